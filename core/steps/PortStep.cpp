// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "steps/Steps.h"
#include "steps/NetConfigSteps.h"
#include "steps/PortStepDetail.h"

#include "evidence/Evidence.h"
#include "evidence/Icmp.h"
#include "platform/TcpProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
struct PortStep {
    Q_DECLARE_TR_FUNCTIONS(PortStep)
};

evidence::PortAttempt attemptOf(const platform::ProbeResult& p)
{
    evidence::PortAttempt a;
    a.address = QString::fromStdString(p.endpoint.address);
    a.ipv6 = p.ipv6;
    a.outcome = p.outcome;
    a.rttMs = p.rttMs;
    a.tries = p.tries;
    a.elapsedMs = p.elapsedMs;
    a.icmp = {p.icmp.present, p.icmp.type, p.icmp.code, QString::fromStdString(p.icmp.from)};
    if (!p.banner.empty()) {
        a.banner = escapeBanner(QByteArray::fromStdString(p.banner));
    }
    a.osError = QString::fromStdString(p.sysErrorName);
    a.osErrorCode = p.sysError;
    a.localOrigin = p.localOrigin;
    a.retransFailDelta = p.retransFailDelta;
    return a;
}

Finding findingFor(const platform::ProbeResult& p, quint16 port)
{
    Finding f;
    const QString addr = QString::fromStdString(p.endpoint.address);
    f.severity = Severity::Error;
    switch (p.outcome) {
    case platform::Outcome::Open:
        f.severity = Severity::Info;
        f.code = u"port.open"_s;
        f.title = PortStep::tr("%1 accepts connections on port %2").arg(addr).arg(port);
        break;
    case platform::Outcome::Refused:
        f.code = u"port.refused"_s;
        f.title = PortStep::tr("%1 refused the connection (RST)").arg(addr);
        f.advice << PortStep::tr("Check that the service is running on the server and really uses port %1.").arg(port);
        break;
    case platform::Outcome::Filtered:
        f.code = u"port.filtered"_s;
        f.title = PortStep::tr("%1 did not answer at all").arg(addr);
        f.advice << PortStep::tr("Ask the server's administrator whether the firewalls allow port %1 from your address.").arg(port);
        break;
    case platform::Outcome::Rejected: {
        f.code = u"port.rejected"_s;
        const QString from = QString::fromStdString(p.icmp.from);
        if (p.icmp.present && evidence::icmpKind(p.ipv6, p.icmp.type, p.icmp.code) == evidence::IcmpKind::PortUnreachable) {
            f.title = from == addr ? PortStep::tr("%1 answered that port %2 is closed (ICMP port unreachable)").arg(addr).arg(port)
                                   : PortStep::tr("%1 answered for %2 that port %3 is closed (ICMP port unreachable)")
                                         .arg(from, addr)
                                         .arg(port);
            f.advice << PortStep::tr("Check that the service is running on the server and that its firewall allows "
                                     "port %1.")
                            .arg(port);
        } else {
            f.title = PortStep::tr("A firewall at %1 rejected the connection to %2").arg(from, addr);
            f.advice << PortStep::tr("Ask the administrator of %1 to allow port %2 from your address.").arg(from).arg(port);
        }
        break;
    }
    case platform::Outcome::HostUnreachable:
        f.code = u"net.host_unreachable"_s;
        f.title = PortStep::tr("%1 cannot be reached on the network").arg(addr);
        f.advice << PortStep::tr("Check that the computer is switched on and that the address is right.");
        break;
    case platform::Outcome::NetworkUnreachable:
        f.code = p.localOrigin && !p.icmp.present ? u"ip.no_route"_s : u"net.network_unreachable"_s;
        f.title = PortStep::tr("There is no way to the network of %1").arg(addr);
        f.advice << PortStep::tr("Check the network connection and the VPN; ask the network administrator about the route.");
        break;
    case platform::Outcome::LocalBlock:
        f.code = u"firewall.local_block"_s;
        f.title = PortStep::tr("This computer did not let the connection to %1 out").arg(addr);
        f.advice << PortStep::tr("Check this computer's firewall and security software for a rule blocking port %1.").arg(port);
        break;
    case platform::Outcome::ResetAfterConnect:
        f.code = u"port.reset_after_connect"_s;
        f.title = PortStep::tr("%1 accepted, then reset the connection").arg(addr);
        f.advice << PortStep::tr("Check the service's log: it may refuse your address or be failing.");
        break;
    case platform::Outcome::ClosedAfterConnect:
        f.code = u"port.closed_after_connect"_s;
        f.title = PortStep::tr("%1 accepted, then closed the connection at once").arg(addr);
        f.advice << PortStep::tr("Check the service's log and whatever sits in front of it (proxy, load balancer).");
        break;
    case platform::Outcome::Error:
        f.code = u"port.error"_s;
        f.title = PortStep::tr("The attempt on %1 failed: %2").arg(addr, QString::fromStdString(p.sysErrorName));
        break;
    }
    if (p.rttMs >= 0) {
        f.detail = PortStep::tr("Handshake round trip: %1 ms.").arg(qRound(p.rttMs));
    } else if (p.icmp.present) {
        f.detail = PortStep::tr("%1 sent back: %2.")
                       .arg(QString::fromStdString(p.icmp.from), evidence::icmpName(p.ipv6, p.icmp.type, p.icmp.code));
    } else {
        f.detail = PortStep::tr("SYN tries: %1.").arg(p.tries);
    }
    if (p.outcome == platform::Outcome::Open && QString::fromStdString(p.sysErrorName).endsWith(u"ECONNRESET"_s)) {
        // A greeting cut off by a reset (a crashing service, or a proxy that gave up): say so.
        f.detail += u' ' + PortStep::tr("It then reset the connection in the middle of its greeting (after %n byte(s)).",
                                        nullptr, static_cast<int>(p.banner.size()));
    }
    return f;
}
} // namespace

QString escapeBanner(const QByteArray& bytes)
{
    QString out;
    const QString text = QString::fromUtf8(bytes);
    const bool utf8 = text.toUtf8() == bytes;
    if (!utf8) {
        for (const char c : bytes) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x20 && u < 0x7f) {
                out += QLatin1Char(c);
            } else if (c == '\r') {
                out += u"\\r"_s;
            } else if (c == '\n') {
                out += u"\\n"_s;
            } else if (c == '\t') {
                out += u"\\t"_s;
            } else {
                out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
            }
        }
        return out;
    }
    for (const QChar c : text) {
        if (c == u'\r') {
            out += u"\\r"_s;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\t') {
            out += u"\\t"_s;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control
                   || c.category() == QChar::Other_Format) {
            // \x1b for a control byte, \u202e for a bidi override (the report writers' spelling)
            out += (c.unicode() > 0xff ? u"\\u"_s : u"\\x"_s)
                   + QString::number(c.unicode(), 16).rightJustified(c.unicode() > 0xff ? 4 : 2, u'0');
        } else {
            out += c;
        }
    }
    return out;
}

evidence::LocalPortsSeen localPortsSeen(const platform::LocalPortUsage& usage)
{
    evidence::LocalPortsSeen e;
    e.read = true;
    e.counted = usage.ok;
    e.error = QString::fromStdString(usage.error);
    e.source = QString::fromStdString(usage.source);
    e.rangeLow = usage.rangeLow;
    e.rangeHigh = usage.rangeHigh;
    e.rangeSource = QString::fromStdString(usage.rangeSource);
    e.total = usage.total;
    e.inRange = usage.inRange;
    e.toTarget = usage.toTarget;
    for (const auto& [state, count] : usage.byState) {
        e.byState.append({QString::fromStdString(state), count});
    }
    for (const platform::RemoteUse& r : usage.topRemotes) {
        e.topRemotes.append({QString::fromStdString(r.address), r.port, r.count});
    }
    return e;
}

bool anyNoLocalPort(const std::vector<platform::ProbeResult>& results)
{
    return std::any_of(results.begin(), results.end(),
                       [](const platform::ProbeResult& p) { return attemptOf(p).noLocalPort(); });
}

/// The counts of the local ports in words: "28000 of the 28232 local ports (32768–60999) are taken; 27990
/// of them by connections to 203.0.113.2:8080. Connections by state: 27000 waiting to close (TIME_WAIT), ..."
QString localPortsDetail(const evidence::LocalPortsSeen& lp, quint16 port)
{
    QStringList parts;
    if (lp.rangeSize() > 0) {
        parts << PortStep::tr("%1 of the %2 local ports this computer picks from (%3 to %4) are taken.")
                     .arg(lp.inRange)
                     .arg(lp.rangeSize())
                     .arg(lp.rangeLow)
                     .arg(lp.rangeHigh);
    }
    if (lp.toTarget > 0) {
        parts << PortStep::tr("%n connection(s) to the same address and port %1 hold one each.", nullptr, lp.toTarget).arg(port);
    }
    QStringList states;
    for (const auto& [state, count] : lp.byState) {
        states << PortStep::tr("%1 %2").arg(count).arg(evidence::tcpStateText(state));
    }
    if (!states.isEmpty()) {
        parts << PortStep::tr("This computer's TCP connections by state: %1.").arg(states.join(u", "_s));
    }
    return parts.join(u' ');
}

StepResult portStepFromProbes(const Target& target, const std::vector<platform::ProbeResult>& results,
                              const StepOptions& options, qint64 elapsedMs, int settleWaitMs,
                              const evidence::LocalPortsSeen* localPorts)
{
    StepResult r;
    r.id = u"port"_s;
    r.durationMs = elapsedMs;
    evidence::PortEvidence e;
    e.ran = true;
    e.port = target.port;
    e.budgetMs = options.timeoutMs;
    e.elapsedMs = elapsedMs;
    e.settleWaitMs = settleWaitMs;
    int open = 0;
    for (const auto& p : results) {
        e.attempts << attemptOf(p);
        open += p.outcome == platform::Outcome::Open ? 1 : 0;
        e.cancelled = e.cancelled || p.sysErrorName == "cancelled";
        r.findings << findingFor(p, target.port);
    }
    if (localPorts != nullptr) {
        e.localPorts = *localPorts;
    }
    const evidence::LocalPortsSeen& lp = e.localPorts;
    if (e.portsExhausted()) {
        Finding f;
        f.code = u"local.ports_exhausted"_s;
        f.severity = Severity::Error;
        f.title = PortStep::tr("This computer had no free local port for the connection");
        f.detail = lp.counted ? localPortsDetail(lp, target.port)
                              : PortStep::tr("The connections of this computer could not be counted: %1").arg(lp.error);
        r.findings << f;
    } else if (lp.nearlyFull()) {
        Finding f;
        f.code = u"local.ports_nearly_exhausted"_s;
        f.severity = Severity::Warning;
        f.title = PortStep::tr("Almost every local port of this computer is taken");
        f.detail = localPortsDetail(lp, target.port);
        f.advice << PortStep::tr("When none is left, new connections fail at once. Close programs that open many "
                                 "connections, or restart the one that holds most of them.");
        r.findings << f;
    }
    r.data = e.toJson();
    if (e.cancelled) {
        r.status = StepStatus::Error;
        r.summary = PortStep::tr("Cancelled.");
        return r;
    }
    if (results.empty()) {
        r.status = StepStatus::Skipped;
        r.summary = PortStep::tr("There was no address to try.");
        return r;
    }
    if (open == static_cast<int>(results.size())) {
        r.status = StepStatus::Pass;
        r.summary = PortStep::tr("Port %1 accepts connections.").arg(target.port);
    } else if (open > 0) {
        r.status = StepStatus::Warn;
        r.summary = PortStep::tr("Port %1 accepts connections on %2 of %3 addresses.").arg(target.port).arg(open).arg(results.size());
    } else {
        r.status = StepStatus::Fail;
        r.summary = PortStep::tr("Port %1 could not be reached.").arg(target.port);
    }
    if (settleWaitMs > 0) {
        r.summary += u' '
            + PortStep::tr("This computer's connection had just come up: the test waited %1 s for it to be ready.")
                  .arg(secondsText(settleWaitMs));
    }
    return r;
}

platform::ProbeOptions probeOptionsFor(const StepOptions& options)
{
    platform::ProbeOptions popt;
    popt.budgetMs = options.timeoutMs;
    return popt;
}

StepResult runPortStep(const Target& target, const QStringList& addresses, const StepOptions& options,
                       const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<platform::Endpoint> endpoints;
    bool v4 = false;
    bool v6 = false;
    for (const QString& a : addresses) {
        endpoints.push_back({a.toStdString(), target.port});
        (a.contains(u':') ? v6 : v4) = true;
    }
    // A connection that came up a moment ago (a new address still checked for duplicates) would
    // lose the first SYNs and look like a lossy path: wait for it first, and say so.
    platform::NetSnapshot net = platform::readNetConfig();
    const int settleWaitMs = netcfg::waitUntilSettled(net, v4, v6, cancel);
    const std::vector<platform::ProbeResult> results = platform::probeTcp(endpoints, probeOptionsFor(options), cancel);
    // Count the local ports (a few ms): the evidence when no local port was left, and a warning when few are.
    // The address that lacked a local port, else the first: the one "to_target" counts connections to.
    const auto lacking = std::find_if(results.begin(), results.end(),
                                      [](const platform::ProbeResult& p) { return attemptOf(p).noLocalPort(); });
    const std::string counted = lacking != results.end() ? lacking->endpoint.address
        : endpoints.empty()                              ? std::string()
                                                         : endpoints.front().address;
    const evidence::LocalPortsSeen localPorts = localPortsSeen(platform::readLocalPortUsage(counted, target.port));
    return portStepFromProbes(target, results, options, timer.elapsed(), settleWaitMs, &localPorts);
}

StepResult notBuiltStep(const QString& id)
{
    StepResult r;
    r.id = id;
    r.status = StepStatus::Skipped;
    r.summary = QCoreApplication::translate("Steps", "Not checked yet: this version of tcpdoctor does not have this step.");
    r.data.insert(u"reason"_s, u"not_built"_s);
    return r;
}

StepResult stoppedStep(const QString& id)
{
    StepResult r;
    r.id = id;
    r.status = StepStatus::Skipped;
    r.summary = QCoreApplication::translate("Steps", "Not checked: the check was stopped before this step finished.");
    r.data.insert(u"reason"_s, u"cancelled"_s);
    return r;
}

StepResult notRequestedStep(const QString& id)
{
    StepResult r;
    r.id = id;
    r.status = StepStatus::Skipped;
    r.summary = QCoreApplication::translate("Steps", "Not checked: left out with --steps.");
    r.data.insert(u"reason"_s, u"not_requested"_s);
    return r;
}

} // namespace tcpd::core
