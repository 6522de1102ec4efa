// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Checklist step 4, the firewall: whose firewall blocks, and where. It runs after the port test
// and looks at its result. Always: this computer's firewall, as far as this user may see it. When
// the port test was silent or rejected: a TCP path trace to the port (which router answered last)
// and, at the same time, controls that localize the block (22, 80, 443 on the same address; the
// same port on a reference host only if one is configured). Nothing else is ever probed.

#include "steps/FirewallStepDetail.h"
#include "steps/Steps.h"

#include "platform/NetConfig.h"
#include "platform/PathTrace.h"
#include "platform/Resolver.h"
#include "platform/TcpProbe.h"

#include <QElapsedTimer>
#include <QHash>

#include <thread>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

using firewall::FirewallStep;

QJsonValue roundedMs(double v)
{
    return v >= 0 ? QJsonValue(qRound(v * 100) / 100.0) : QJsonValue(QJsonValue::Null);
}

/// The attempt to look at: a rejected one names a device, then silence, then a local block.
QJsonObject pickAttempt(const StepResult* port)
{
    if (port == nullptr) {
        return {};
    }
    const QJsonArray attempts = port->data.value(u"attempts"_s).toArray();
    for (const QString& want : {u"rejected"_s, u"filtered"_s, u"local_block"_s}) {
        for (const QJsonValue& v : attempts) {
            if (v.toObject().value(u"outcome"_s).toString() == want) {
                return v.toObject();
            }
        }
    }
    return attempts.isEmpty() ? QJsonObject() : attempts.first().toObject();
}

QJsonObject traceJson(const platform::TraceResult& t, const QString& address, quint16 port, bool v6)
{
    QJsonArray hops;
    for (const platform::TraceHop& h : t.hops) {
        QJsonObject o{{u"ttl"_s, h.ttl},
                      {u"address"_s, h.address.empty() ? QJsonValue() : QJsonValue(QString::fromStdString(h.address))},
                      {u"rtt_ms"_s, roundedMs(h.rttMs)},
                      {u"kind"_s, QString::fromLatin1(platform::hopKindName(h.kind))}};
        o.insert(u"icmp"_s, h.icmpType >= 0 ? QJsonValue(QJsonObject{{u"type"_s, h.icmpType}, {u"code"_s, h.icmpCode}}) : QJsonValue());
        hops.append(o);
    }
    QJsonObject j{{u"ran"_s, t.available},
                  {u"method"_s, QString::fromStdString(t.method)},
                  {u"address"_s, address},
                  {u"port"_s, port},
                  {u"family"_s, v6 ? u"ipv6"_s : u"ipv4"_s},
                  {u"hops"_s, hops},
                  {u"stop"_s, QString::fromLatin1(platform::traceStopName(t.stop))},
                  {u"reached_target"_s, t.stop == platform::TraceStop::ReachedTarget},
                  {u"elapsed_ms"_s, qRound(t.elapsedMs)}};
    const platform::TraceHop* last = t.lastAnsweringHop();
    j.insert(u"last_answering_hop"_s, last != nullptr ? QJsonValue(QJsonObject{{u"ttl"_s, last->ttl},
                                                                               {u"address"_s, QString::fromStdString(last->address)}})
                                                      : QJsonValue());
    if (!t.available) {
        j.insert(u"skipped_reason"_s, QString::fromStdString(t.skipReason));
        j.insert(u"detail"_s, QString::fromStdString(t.skipDetail));
    }
    return j;
}

QJsonObject notTraced(const QString& reason)
{
    return QJsonObject{{u"ran"_s, false}, {u"skipped_reason"_s, reason}, {u"hops"_s, QJsonArray()}};
}

QString traceSkipText(const QJsonObject& trace)
{
    const QString reason = trace.value(u"skipped_reason"_s).toString();
    if (reason == u"not_needed") return FirewallStep::tr("Not needed: the port test did not end in silence or a rejection.");
    if (reason == u"blocked_on_this_computer") return FirewallStep::tr("Not needed: the SYN never left this computer.");
    if (reason == u"no-raw-socket-rights") {
        return FirewallStep::tr("Skipped: the ICMP trace needs raw-socket rights here (under Wine: CAP_NET_RAW).");
    }
    return FirewallStep::tr("Skipped: %1 (%2).").arg(reason, trace.value(u"detail"_s).toString());
}

Finding finding(const QString& code, Severity severity, const QString& title, const QString& detail = {},
                const QStringList& advice = {})
{
    return Finding{code, severity, title, detail, advice};
}

} // namespace

QString firewallAddress(const Target& target, const StepResult* port)
{
    const QString address = pickAttempt(port).value(u"address"_s).toString();
    return address.isEmpty() && target.isAddress ? target.host : address;
}

QString firewallOutcome(const StepResult* port)
{
    return pickAttempt(port).value(u"outcome"_s).toString();
}

FirewallLook lookForFirewall(const Target& target, const StepOptions& options, const std::atomic<bool>* cancel,
                             const QString& address, const QString& outcome)
{
    QElapsedTimer timer;
    timer.start();
    FirewallLook look;
    look.address = address;
    look.outcome = outcome;
    firewall::Connection conn{address, target.port, false};
    conn.ipv6 = conn.address.contains(u':');

    const QJsonObject local = firewall::readLocalFirewall(conn, cancel);
    const bool wantTrace = outcome == u"filtered" || outcome == u"rejected";
    const bool wantControls = wantTrace || outcome == u"local_block";

    // Controls, on a helper thread while the trace runs: other common ports of the same address,
    // and the same port on the reference host when one is configured.
    std::vector<platform::Endpoint> controls;
    QString referenceAddress;
    QJsonObject reference{{u"host"_s, options.referenceHost.isEmpty() ? QJsonValue() : QJsonValue(options.referenceHost)}};
    if (wantControls) {
        for (const quint16 p : {quint16(22), quint16(80), quint16(443)}) {
            if (p != target.port) {
                controls.push_back({conn.address.toStdString(), p, 1});
            }
        }
        if (!options.referenceHost.isEmpty()) {
            const std::string host = options.referenceHost.toStdString();
            if (platform::isNumericAddress(host)) {
                referenceAddress = options.referenceHost;
            } else {
                const auto res = platform::resolveSystem(host, conn.ipv6 ? platform::Family::IPv6 : platform::Family::IPv4,
                                                         std::min(options.dnsTimeoutMs, 3000), cancel);
                if (!res.addresses.empty()) {
                    referenceAddress = QString::fromStdString(res.addresses.front());
                } else {
                    reference.insert(u"error"_s, QString::fromStdString(res.errorText));
                }
            }
            reference.insert(u"address"_s, referenceAddress.isEmpty() ? QJsonValue() : QJsonValue(referenceAddress));
            if (!referenceAddress.isEmpty()) {
                controls.push_back({referenceAddress.toStdString(), target.port, 2});
            }
        }
    }
    std::vector<platform::ProbeResult> controlResults;
    platform::ProbeOptions popt;
    popt.budgetMs = options.timeoutMs;
    std::thread controlThread;
    if (!controls.empty()) {
        controlThread = std::thread([&controls, &controlResults, popt, cancel] { controlResults = platform::probeTcp(controls, popt, cancel); });
    }

    QJsonObject trace = notTraced(outcome == u"local_block" ? u"blocked_on_this_computer"_s : u"not_needed"_s);
    platform::TraceResult traced;
    if (wantTrace) {
        traced = platform::tracePath({conn.address.toStdString(), target.port}, platform::TraceOptions{}, cancel);
        trace = traceJson(traced, conn.address, target.port, conn.ipv6);
        // On the local network there is no router in between: the words about the path say so.
        const platform::RouteLookup route = platform::lookupRoute(conn.address.toStdString());
        trace.insert(u"on_link"_s, route.status == platform::RouteLookup::Status::Ok && route.onLink);
    }
    if (controlThread.joinable()) {
        controlThread.join();
    }

    QJsonArray controlJson;
    quint16 answeringPort = 0;
    for (const platform::ProbeResult& p : controlResults) {
        const bool isReference = p.endpoint.group == 2;
        const QString o = QString::fromLatin1(platform::outcomeName(p.outcome));
        QJsonObject c{{u"kind"_s, isReference ? u"reference"_s : u"other_port"_s},
                      {u"address"_s, QString::fromStdString(p.endpoint.address)},
                      {u"port"_s, p.endpoint.port},
                      {u"outcome"_s, o},
                      {u"rtt_ms"_s, roundedMs(p.rttMs)}};
        if (isReference) {
            c.insert(u"host"_s, options.referenceHost);
        } else if (answeringPort == 0 && (p.outcome == platform::Outcome::Open || p.outcome == platform::Outcome::Refused)) {
            answeringPort = p.endpoint.port;
        }
        controlJson.append(c);
    }

    // Where does the silence start? A port that answers, sent with one hop more than the last router
    // that answered for ours: if the server answers, it sits right behind that router.
    const platform::TraceHop* last = traced.lastAnsweringHop();
    if (outcome == u"filtered" && traced.method == "tcp-syn" && last != nullptr && answeringPort != 0
        && (traced.stop == platform::TraceStop::Silence || traced.stop == platform::TraceStop::MaxTtl)) {
        platform::TraceOptions one;
        one.firstTtl = one.maxTtl = last->ttl + 1;
        one.inFlight = 1;
        one.silentStop = 1;
        const platform::TraceResult d = platform::tracePath({conn.address.toStdString(), answeringPort}, one, cancel);
        const platform::TraceHop* h = d.hops.empty() ? nullptr : &d.hops.front();
        const bool atTarget = h != nullptr && (h->kind == platform::HopKind::TargetOpen || h->kind == platform::HopKind::TargetRefused);
        const bool router = h != nullptr && h->kind == platform::HopKind::TimeExceeded;
        trace.insert(u"distance_check"_s, QJsonObject{{u"port"_s, answeringPort},
                                                      {u"ttl"_s, last->ttl + 1},
                                                      {u"answered_by"_s, atTarget ? u"target"_s : router ? u"router"_s : u"none"_s},
                                                      {u"address"_s, h != nullptr && !h->address.empty() ? QJsonValue(QString::fromStdString(h->address))
                                                                                                         : QJsonValue()}});
    }

    look.local = local;
    look.trace = trace;
    look.controls = controlJson;
    look.reference = reference;
    look.wantTrace = wantTrace;
    look.elapsedMs = timer.elapsed();
    look.cancelled = cancel != nullptr && cancel->load();
    return look;
}

StepResult judgeFirewall(const Target& target, const StepResult* port, const FirewallLook& look)
{
    StepResult r;
    r.id = u"firewall"_s;
    const QJsonObject attempt = pickAttempt(port);
    const QString outcome = attempt.value(u"outcome"_s).toString();
    const QJsonObject& local = look.local;
    const QJsonObject& trace = look.trace;
    const QJsonArray& controlJson = look.controls;
    const bool wantTrace = look.wantTrace;
    r.data.insert(u"address"_s, look.address.isEmpty() ? QJsonValue() : QJsonValue(look.address));
    r.data.insert(u"port"_s, target.port);
    r.data.insert(u"outcome"_s, outcome.isEmpty() ? QJsonValue() : QJsonValue(outcome));
    r.data.insert(u"local"_s, local);
    r.data.insert(u"trace"_s, trace);
    r.data.insert(u"controls"_s, controlJson);
    r.data.insert(u"reference"_s, look.reference);
    r.durationMs = look.elapsedMs;
    r.data.insert(u"elapsed_ms"_s, static_cast<qint64>(r.durationMs));

    if (look.cancelled) {
        r.data.insert(u"cancelled"_s, true);
        r.status = StepStatus::Error;
        r.summary = FirewallStep::tr("Cancelled.");
        return r;
    }
    const QJsonObject conclusion = attempt.isEmpty() ? QJsonObject{{u"code"_s, u"not_applicable"_s}}
                                                     : firewall::decideConclusion(attempt, local, trace, controlJson);
    r.data.insert(u"conclusion"_s, conclusion);
    const firewall::Story story = firewall::describe(r.data);
    const QString code = conclusion.value(u"code"_s).toString();

    static const QHash<QString, QString> findingCodes = {
        {u"local_firewall"_s, u"firewall.local_block"_s},   {u"network_firewall"_s, u"firewall.network_block"_s},
        {u"server_firewall"_s, u"firewall.server_block"_s}, {u"server_firewall_probable"_s, u"firewall.server_block_probable"_s},
        {u"host_silent"_s, u"firewall.host_silent"_s},      {u"unknown"_s, u"firewall.block_not_located"_s}};
    if (findingCodes.contains(code)) {
        const bool sure = code == u"local_firewall" || code == u"network_firewall" || code == u"server_firewall";
        r.findings << finding(findingCodes.value(code), sure ? Severity::Error : Severity::Warning, story.title, story.explanation,
                              story.advice);
    }
    // What this computer's firewall says, and what only an administrator may see.
    QStringList said;
    QStringList hidden;
    for (const QJsonValue& v : local.value(u"sources"_s).toArray()) {
        const QJsonObject s = v.toObject();
        const QString status = s.value(u"status"_s).toString();
        if (status == u"needs_admin") {
            hidden << s.value(u"admin_hint"_s).toString();
        } else if (status == u"ok") {
            said << FirewallStep::tr("%1: %2").arg(s.value(u"id"_s).toString(), s.value(u"state"_s).toString());
        }
    }
    r.findings << finding(u"firewall.this_computer"_s, Severity::Info,
                          said.isEmpty() ? FirewallStep::tr("This computer's firewall: nothing could be read")
                                         : FirewallStep::tr("This computer's firewall: %1").arg(said.join(u", "_s)),
                          hidden.isEmpty() ? QString()
                                           : FirewallStep::tr("Some rules can only be read by an administrator; this check "
                                                              "never asks for admin rights."),
                          hidden.isEmpty() ? QStringList()
                                           : QStringList{FirewallStep::tr("An administrator can look with: %1").arg(hidden.join(u"; "_s))});
    if (trace.value(u"ran"_s).toBool()) {
        QStringList hopText;
        for (const QJsonValue& v : trace.value(u"hops"_s).toArray()) {
            const QJsonObject h = v.toObject();
            hopText << (h.value(u"address"_s).isNull() ? u"%1 *"_s.arg(h.value(u"ttl"_s).toInt())
                                                       : u"%1 %2 (%3 ms)"_s.arg(h.value(u"ttl"_s).toInt())
                                                             .arg(h.value(u"address"_s).toString())
                                                             .arg(h.value(u"rtt_ms"_s).toDouble()));
        }
        r.findings << finding(u"firewall.path"_s, Severity::Info, firewall::pathLine(trace),
                              FirewallStep::tr("Path trace: %1.").arg(hopText.join(u", "_s)));
    } else if (wantTrace) {
        r.findings << finding(u"firewall.path"_s, Severity::Info, traceSkipText(trace));
    }

    if (code == u"none") {
        r.status = StepStatus::Pass;
        r.summary = story.title + u'.';
    } else if (code == u"not_applicable" && port != nullptr && !attempt.isEmpty()) {
        r.status = StepStatus::Skipped;
        r.data.insert(u"reason"_s, u"not_a_firewall_problem"_s);
        r.summary = FirewallStep::tr("Not needed: the port test failed for a reason other than a firewall (%1).").arg(outcome);
    } else if (attempt.isEmpty()) {
        // No port test to look at: only this computer's own rules can say something.
        const QString v = local.value(u"verdict"_s).toString();
        r.status = v == u"block" || v == u"maybe_block" ? StepStatus::Warn : v == u"allow" ? StepStatus::Pass : StepStatus::Skipped;
        if (r.status == StepStatus::Skipped) {
            r.data.insert(u"reason"_s, u"no_port_test"_s);
        }
        r.summary = v == u"block" ? FirewallStep::tr("A rule of this computer's firewall blocks port %1.").arg(target.port)
                  : v == u"maybe_block" ? FirewallStep::tr("A rule of this computer's firewall may block port %1.").arg(target.port)
                  : v == u"allow" ? FirewallStep::tr("No rule of this computer's firewall blocks port %1.").arg(target.port)
                                  : FirewallStep::tr("Without the port test there is no block to locate, and this computer's "
                                                     "rules could not be read.");
    } else {
        r.status = StepStatus::Fail;
        r.summary = story.title + u'.';
    }
    return r;
}

StepResult runFirewallStep(const Target& target, const StepOptions& options, const std::atomic<bool>* cancel,
                           const StepResult* port)
{
    const FirewallLook look = lookForFirewall(target, options, cancel, firewallAddress(target, port), firewallOutcome(port));
    return judgeFirewall(target, port, look);
}

} // namespace tcpd::core
