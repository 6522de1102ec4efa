// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Facts.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
int reach(const QString& outcome)
{
    static const QStringList order = {u"error"_s,    u"network_unreachable"_s, u"host_unreachable"_s,
                                      u"local_block"_s, u"filtered"_s,        u"rejected"_s,
                                      u"refused"_s,  u"closed_after_connect"_s, u"reset_after_connect"_s};
    return static_cast<int>(order.indexOf(outcome));
}
} // namespace

Facts Facts::from(const Target& target, const QList<StepResult>& steps)
{
    Facts f{target, {}, {}, {}, {}, 0, false, steps};
    for (const StepResult& s : steps) {
        if (s.id == u"dns" && s.status != StepStatus::Skipped) {
            f.dnsStatus = s.data.value(u"status"_s).toString();
            f.dnsError = s.data.value(u"error"_s).toString();
            for (const auto& a : s.data.value(u"addresses"_s).toArray()) {
                f.dnsAddresses << a.toString();
            }
        } else if (s.id == u"port") {
            f.portElapsedMs = s.data.value(u"elapsed_ms"_s).toDouble();
            f.cancelled = s.data.value(u"cancelled"_s).toBool();
            for (const auto& v : s.data.value(u"attempts"_s).toArray()) {
                const QJsonObject o = v.toObject();
                Attempt a;
                a.address = o.value(u"address"_s).toString();
                a.family = o.value(u"family"_s).toString();
                a.outcome = o.value(u"outcome"_s).toString();
                a.rttMs = o.value(u"rtt_ms"_s).toDouble(-1);
                a.tries = o.value(u"tries"_s).toInt();
                const QJsonObject icmp = o.value(u"icmp"_s).toObject();
                a.icmpPresent = !icmp.isEmpty();
                a.icmpType = icmp.value(u"type"_s).toInt(-1);
                a.icmpCode = icmp.value(u"code"_s).toInt(-1);
                a.icmpFrom = icmp.value(u"from"_s).toString();
                a.osError = o.value(u"os_error"_s).toString();
                a.localOrigin = o.value(u"local_origin"_s).toBool();
                a.retransFailDelta = o.value(u"retrans_fail_delta"_s).toInteger(-1);
                a.elapsedMs = o.value(u"elapsed_ms"_s).toDouble();
                if (a.outcome != u"error" || a.osError != u"cancelled") {
                    f.attempts << a;
                }
            }
        }
    }
    return f;
}

const StepResult* Facts::step(const QString& id) const
{
    for (const StepResult& s : steps) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

qsizetype Facts::openCount() const
{
    return countOutcome(u"open"_s);
}

qsizetype Facts::countOutcome(const QString& outcome) const
{
    qsizetype n = 0;
    for (const Attempt& a : attempts) {
        n += a.outcome == outcome ? 1 : 0;
    }
    return n;
}

double Facts::fastestRtt() const
{
    double best = -1;
    for (const Attempt& a : attempts) {
        if (a.rttMs >= 0 && (best < 0 || a.rttMs < best)) {
            best = a.rttMs;
        }
    }
    return best;
}

const Attempt* Facts::bestFailure() const
{
    const Attempt* best = nullptr;
    for (const Attempt& a : attempts) {
        if (a.outcome == u"open") {
            continue;
        }
        if (best == nullptr || reach(a.outcome) > reach(best->outcome)) {
            best = &a;
        }
    }
    return best;
}

} // namespace tcpd::core
