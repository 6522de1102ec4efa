// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Facts.h"

#include "diagnosis/Rules.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
int reach(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Error: return 0;
    case Outcome::NetworkUnreachable: return 1;
    case Outcome::HostUnreachable: return 2;
    case Outcome::LocalBlock: return 3;
    case Outcome::Filtered: return 4;
    case Outcome::Rejected: return 5;
    case Outcome::Refused: return 6;
    case Outcome::ClosedAfterConnect: return 7;
    case Outcome::ResetAfterConnect: return 8;
    case Outcome::Open: return 9;
    }
    return 0;
}

bool ran(const StepResult& s)
{
    return s.status != StepStatus::Skipped && s.status != StepStatus::Error;
}
} // namespace

Facts Facts::from(const Target& target, const QList<StepResult>& steps)
{
    Facts f{target, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, 0, false, steps};
    for (const StepResult& s : steps) {
        if (s.id == u"link") {
            f.link = evidence::LinkEvidence::fromJson(s.data, ran(s));
        } else if (s.id == u"ip") {
            f.ip = evidence::IpEvidence::fromJson(s.data, ran(s));
        } else if (s.id == u"dns") {
            f.dns = evidence::DnsLookup::fromJson(s.data, s.status != StepStatus::Skipped);
            if (f.dns.ran) {
                f.dnsStatus = f.dns.status;
                f.dnsError = f.dns.error;
                f.dnsAddresses = f.dns.addresses;
            }
        } else if (s.id == u"firewall") {
            f.firewall = evidence::FirewallEvidence::fromJson(s.data, ran(s) || s.status == StepStatus::Skipped);
        } else if (s.id == u"proxy") {
            f.proxy = evidence::ProxyEvidence::fromJson(s.data, ran(s));
        } else if (s.id == u"service") {
            f.service = evidence::ServiceEvidence::fromJson(s.data, ran(s));
        } else if (s.id == u"port") {
            f.port = evidence::PortEvidence::fromJson(s.data);
            f.portElapsedMs = static_cast<double>(f.port.elapsedMs);
            f.cancelled = f.port.cancelled;
            for (const Attempt& a : std::as_const(f.port.attempts)) {
                if (!a.cancelled()) {
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
    return countOutcome(Outcome::Open);
}

qsizetype Facts::countOutcome(Outcome outcome) const
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
        if (a.outcome == Outcome::Open) {
            continue;
        }
        if (best == nullptr || reach(a.outcome) > reach(best->outcome)) {
            best = &a;
        }
    }
    return best;
}

QStringList Facts::cameBackFromBeyond() const
{
    using rules::Diagnosis;
    QStringList out;
    for (const Attempt& a : attempts) {
        if (!a.answeredFromBeyond()) {
            continue;
        }
        if (a.handshakeCompleted()) {
            out << Diagnosis::tr("%1 answered the SYN with SYN-ACK.").arg(a.address);
        } else if (a.outcome == Outcome::Refused) {
            out << Diagnosis::tr("%1 answered the SYN with RST.").arg(a.address);
        } else {
            out << Diagnosis::tr("%1 sent back an ICMP message: %2.").arg(a.icmp.from, a.icmpText());
        }
    }
    for (const QString& server : dns.remoteServersAnswered()) {
        out << Diagnosis::tr("The DNS server %1 answered.").arg(server);
    }
    if (ip.gatewayProbe.has_value() && ip.gatewayProbe->answered) {
        out << Diagnosis::tr("The gateway %1 answered.").arg(ip.gatewayProbe->gateway);
    }
    // The proxy's port took the connection, or the sign-in page check got an answer (not from this computer).
    const auto beyond = [](const QString& a) {
        const QHostAddress h(a.section(u'%', 0, 0));
        return !a.isEmpty() && !h.isNull() && !h.isLoopback();
    };
    if (proxy.tunnel.connectMs >= 0 && beyond(proxy.tunnel.address)) {
        out << Diagnosis::tr("The proxy %1 took the connection.").arg(proxy.tunnel.address);
    }
    if (proxy.portal.status > 0 && beyond(proxy.portal.address)) {
        out << Diagnosis::tr("%1 answered the sign-in page check.").arg(proxy.portal.address);
    }
    return out;
}

bool Facts::targetLocal() const
{
    if (link.targetLocal || ip.targetLocal) {
        return true;
    }
    const QStringList addresses = target.isAddress ? QStringList{target.host} : dnsAddresses;
    if (addresses.isEmpty()) {
        return false;
    }
    const QStringList own = ip.ownAddresses();
    return std::all_of(addresses.begin(), addresses.end(), [&own](const QString& a) {
        return QHostAddress(a.section(u'%', 0, 0)).isLoopback() || own.contains(a.section(u'%', 0, 0));
    });
}

} // namespace tcpd::core
