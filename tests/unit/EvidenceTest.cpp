// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The typed evidence (core/evidence): each step's data reads back into fields and, for the port step,
// writes out again to the same JSON; ICMP messages are named as received; a verdict never says a
// sentence twice; a stopped step is "not checked" and a link that answers is not called broken.

#include "diagnosis/Diagnosis.h"
#include "evidence/Evidence.h"
#include "evidence/Icmp.h"
#include "report/Diagram.h"
#include "report/Report.h"
#include "steps/Steps.h"
#include "ReportSamples.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using namespace tcpd::core::evidence;

namespace {

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

TEST(Evidence, PortDataRoundTripsExactly)
{
    // As the port step writes it (and as a report saved by 0.1 holds it).
    const QJsonObject data = parse(R"({"port": 8080, "budget_ms": 1500, "elapsed_ms": 812, "attempts": [
        {"address": "203.0.113.2", "family": "ipv4", "outcome": "rejected", "rtt_ms": null, "tries": 1,
         "elapsed_ms": 3, "icmp": {"type": 3, "code": 13, "from": "198.51.100.254"}, "os_error": "EHOSTUNREACH",
         "os_error_code": 113, "local_origin": false},
        {"address": "2001:db8:2::2", "family": "ipv6", "outcome": "open", "rtt_ms": 0.42, "tries": 1,
         "elapsed_ms": 101, "banner": "SSH-2.0-x\\r\\n", "local_origin": false, "retrans_fail_delta": 0}]})");
    const PortEvidence e = PortEvidence::fromJson(data);
    ASSERT_EQ(e.attempts.size(), 2);
    EXPECT_EQ(e.attempts[0].outcome, Outcome::Rejected);
    EXPECT_TRUE(e.attempts[0].icmp.present);
    EXPECT_EQ(e.attempts[0].icmp.from, u"198.51.100.254");
    EXPECT_TRUE(e.attempts[1].ipv6);
    EXPECT_EQ(e.attempts[1].outcome, Outcome::Open);
    EXPECT_DOUBLE_EQ(e.attempts[1].rttMs, 0.42);
    EXPECT_EQ(e.toJson(), data) << QJsonDocument(e.toJson()).toJson().toStdString();
    EXPECT_EQ(PortEvidence::fromJson(e.toJson()).toJson(), data);
}

TEST(Evidence, EveryOutcomeNameReadsBack)
{
    for (Outcome o : {Outcome::Open, Outcome::Refused, Outcome::Filtered, Outcome::Rejected, Outcome::HostUnreachable,
                      Outcome::NetworkUnreachable, Outcome::LocalBlock, Outcome::ResetAfterConnect,
                      Outcome::ClosedAfterConnect, Outcome::Error}) {
        EXPECT_EQ(outcomeFromName(evidence::outcomeName(o)), o) << evidence::outcomeName(o).toStdString();
    }
    EXPECT_EQ(outcomeFromName(u"something new"_s), Outcome::Error);
}

TEST(Evidence, WhatCameFromBeyondThisComputer)
{
    PortAttempt a;
    a.address = u"203.0.113.2"_s;
    a.outcome = Outcome::Refused;
    EXPECT_TRUE(a.answeredFromBeyond()) << "an RST from the server";
    a.address = u"127.0.0.1"_s;
    EXPECT_FALSE(a.answeredFromBeyond()) << "loopback answers from this computer";
    a.address = u"203.0.113.2"_s;
    a.outcome = Outcome::Filtered;
    EXPECT_FALSE(a.answeredFromBeyond());
    a.outcome = Outcome::Rejected;
    a.icmp = {true, 3, 13, u"198.51.100.254"_s};
    EXPECT_TRUE(a.answeredFromBeyond()) << "ICMP from a router";
    a.localOrigin = true;
    EXPECT_FALSE(a.answeredFromBeyond()) << "ICMP made by this computer itself";
}

TEST(Evidence, LinkIpAndDnsDataReadIntoFields)
{
    const LinkEvidence link = LinkEvidence::fromJson(parse(R"({"interfaces": [{"name": "eth0", "kind": "wired",
        "admin_up": true, "carrier": true, "oper_state": "dormant", "link": false}], "working_links": [],
        "not_ready_links": ["eth0"], "tunnels_up": [], "target_local": false, "settle_wait_ms": 1003})"),
                                                     true);
    EXPECT_TRUE(link.ran);
    ASSERT_EQ(link.interfaces.size(), 1);
    EXPECT_EQ(link.interfaces[0].carrier, std::optional<bool>(true));
    EXPECT_EQ(link.interfaces[0].operState, u"dormant");
    EXPECT_EQ(link.notReadyLinks, QStringList{u"eth0"_s});
    EXPECT_EQ(link.settleWaitMs, 1003);

    const IpEvidence ip = IpEvidence::fromJson(parse(R"({"addresses": [{"address": "198.51.100.1", "interface": "eth0",
        "prefix_length": 24, "origin": "dhcp", "usable": true}], "gateways": [], "routes": [
        {"destination": "198.51.100.0", "prefix_length": 24, "type": "unicast"}], "routes_known": true,
        "dns_servers": ["198.51.100.53"], "gateway_probe": null, "route": {"destination": "198.51.100.2",
        "status": "ok", "interface": "eth0", "source": "198.51.100.1", "next_hop": "198.51.100.2", "on_link": true}})"),
                                               true);
    EXPECT_TRUE(ip.gateways.isEmpty());
    EXPECT_FALSE(ip.gatewayProbe.has_value());
    ASSERT_TRUE(ip.route.has_value());
    EXPECT_TRUE(ip.route->onLink);
    EXPECT_TRUE(ip.routeCovers(u"198.51.100.2"_s));
    EXPECT_FALSE(ip.routeCovers(u"203.0.113.2"_s));

    const DnsLookup dns = DnsLookup::fromJson(parse(R"({"status": "ok", "addresses": ["198.51.100.2"],
        "addresses_from": "hosts_file", "servers": [{"server": "198.51.100.53", "status": "timeout"},
        {"server": "127.0.0.53", "status": "servfail"}], "hosts_file": {"path": "/etc/hosts",
        "entries": [{"line": 3, "address": "198.51.100.2"}]}})"),
                                              true);
    EXPECT_EQ(dns.addressesFrom, u"hosts_file");
    EXPECT_TRUE(dns.remoteServersAnswered().isEmpty()) << "a silent server and a local stub prove nothing";
    ASSERT_EQ(dns.hostsEntries.size(), 1);
    EXPECT_EQ(dns.hostsEntries[0].line, 3);
}

TEST(Icmp, MessagesAreNamedAsReceived)
{
    EXPECT_TRUE(icmpName(false, 3, 3).startsWith(u"port unreachable"_s));
    EXPECT_TRUE(icmpName(false, 3, 13).startsWith(u"communication administratively prohibited"_s));
    EXPECT_TRUE(icmpName(false, 3, 10).startsWith(u"host administratively prohibited"_s));
    EXPECT_TRUE(icmpName(true, 1, 4).startsWith(u"port unreachable"_s));
    EXPECT_TRUE(icmpName(true, 1, 1).startsWith(u"communication administratively prohibited"_s));
    EXPECT_TRUE(icmpName(false, 3, 3).contains(u"ICMP type 3, code 3"_s));
    EXPECT_TRUE(icmpName(true, 1, 4).contains(u"ICMPv6 type 1, code 4"_s));
    EXPECT_EQ(icmpName(false, 3, 99), u"ICMP type 3, code 99"_s) << "an unknown code is shown as numbers only";
    EXPECT_EQ(icmpKind(false, 3, 3), IcmpKind::PortUnreachable);
    EXPECT_EQ(icmpKind(false, 3, 13), IcmpKind::AdminProhibited);
    EXPECT_EQ(icmpKind(true, 1, 0), IcmpKind::NetworkUnreachable);
}

TEST(Verdicts, NoSentenceIsSaidTwice)
{
    Verdict v;
    v.explanation = u"A firewall there rejects this traffic. The server never saw it.  A firewall  there rejects this traffic"_s;
    v.nextSteps = {u"Ask the administrator."_s, u"ask the administrator"_s, u"The server never saw it."_s, u"Try again."_s};
    v.evidence = {u"ICMP from 198.51.100.254."_s, u"ICMP from 198.51.100.254"_s};
    removeRepeats(v);
    EXPECT_EQ(v.explanation, u"A firewall there rejects this traffic. The server never saw it."_s);
    EXPECT_EQ(v.nextSteps, (QStringList{u"Ask the administrator."_s, u"Try again."_s}));
    EXPECT_EQ(v.evidence.size(), 1);
}

TEST(Reconcile, AStoppedStepIsNotChecked)
{
    Target t;
    t.host = u"203.0.113.2"_s;
    t.displayHost = t.host;
    t.port = 22;
    t.isAddress = true;
    StepResult dns;
    dns.id = u"dns"_s;
    dns.status = StepStatus::Fail;
    dns.data.insert(u"status"_s, u"cancelled"_s);
    StepResult port;
    port.id = u"port"_s;
    port.status = StepStatus::Error;
    port.data.insert(u"cancelled"_s, true);
    StepResult link;
    link.id = u"link"_s;
    link.status = StepStatus::Pass; // finished before the stop: kept
    const QList<StepResult> out = reconcileSteps(t, {link, dns, port}, true);
    EXPECT_EQ(out[0].status, StepStatus::Pass);
    EXPECT_EQ(out[1].status, StepStatus::Skipped);
    EXPECT_EQ(out[1].data.value(u"reason"_s).toString(), u"cancelled");
    EXPECT_EQ(out[2].status, StepStatus::Skipped);
    EXPECT_EQ(reconcileSteps(t, {dns}, false)[0].status, StepStatus::Fail) << "without a stop nothing changes";
}

TEST(Reconcile, ALinkThatAnsweredIsNotShownAsBroken)
{
    Target t;
    t.host = u"203.0.113.2"_s;
    t.displayHost = t.host;
    t.port = 22;
    t.isAddress = true;
    StepResult link;
    link.id = u"link"_s;
    link.status = StepStatus::Fail;
    link.summary = u"No working network connection."_s;
    StepResult port;
    port.id = u"port"_s;
    port.status = StepStatus::Fail;
    port.data = parse(R"({"attempts": [{"address": "203.0.113.2", "family": "ipv4", "outcome": "refused",
                          "local_origin": false}]})");
    const QList<StepResult> out = reconcileSteps(t, {link, port}, false);
    EXPECT_EQ(out[0].status, StepStatus::Warn);
    ASSERT_FALSE(out[0].findings.isEmpty());
    EXPECT_EQ(out[0].findings[0].code, u"link.proven");
    EXPECT_TRUE(out[0].findings[0].detail.contains(u"203.0.113.2"_s));
    EXPECT_EQ(diagnose(t, out).code, u"port.refused");
}

TEST(Evidence, ASavedReportReadsBackToTheSameDocument)
{
    for (const Report& r : {tcpd::test::hostileReport(), tcpd::test::minimalReport()}) {
        const QJsonObject doc = reportToJson(r);
        QString error;
        const std::optional<Report> back = reportFromJson(doc, &error);
        ASSERT_TRUE(back.has_value()) << error.toStdString();
        EXPECT_EQ(reportToJson(*back), doc);
        EXPECT_EQ(diagnose(back->target, back->steps).code, diagnose(r.target, r.steps).code)
            << "a saved report is judged again exactly as it was";
    }
    QString error;
    EXPECT_FALSE(reportFromJson(QJsonObject{{u"schema"_s, u"something-else"_s}}, &error).has_value());
    EXPECT_FALSE(error.isEmpty());
}

namespace {
const PathHop* hopOf(const QList<PathHop>& hops, const QString& id)
{
    for (const PathHop& h : hops) {
        if (h.id == id) {
            return &h;
        }
    }
    return nullptr;
}

Report pathReport(const char* ipData, const char* dnsData, const char* portData, const char* code, const char* layer)
{
    Report r;
    r.target.host = u"app.corp.test"_s;
    r.target.displayHost = r.target.host;
    r.target.port = 3389;
    StepResult ip;
    ip.id = u"ip"_s;
    ip.status = StepStatus::Pass;
    ip.data = parse(ipData);
    StepResult dns;
    dns.id = u"dns"_s;
    dns.status = StepStatus::Pass;
    dns.data = parse(dnsData);
    StepResult port;
    port.id = u"port"_s;
    port.status = StepStatus::Fail;
    port.data = parse(portData);
    r.steps << ip << dns << port;
    r.verdict.code = QString::fromLatin1(code);
    r.verdict.layer = QString::fromLatin1(layer);
    return r;
}
} // namespace

// The helpdesk call: on-link target from the hosts file, a silent DNS server, no gateway, a dropped port.
TEST(PathHops, OnlyWhatExistsAndWhatWasSeen)
{
    const Report r = pathReport(
        R"({"addresses": [{"address": "198.51.100.1", "interface": "eth0", "prefix_length": 24}], "gateways": [],
            "dns_servers": ["198.51.100.53"], "route": {"destination": "198.51.100.2", "status": "ok",
            "next_hop": "198.51.100.2", "on_link": true}})",
        R"({"status": "ok", "addresses": ["198.51.100.2"], "addresses_from": "hosts_file",
            "servers": [{"server": "198.51.100.53", "status": "timeout"}]})",
        R"({"attempts": [{"address": "198.51.100.2", "family": "ipv4", "outcome": "filtered", "local_origin": false}]})",
        "port.filtered", "network");
    const QList<PathHop> hops = pathHops(reportToJson(r));
    EXPECT_EQ(hopOf(hops, u"gateway"_s), nullptr) << "no router between this computer and its own network";
    ASSERT_NE(hopOf(hops, u"dns"_s), nullptr);
    EXPECT_NE(hopOf(hops, u"dns"_s)->tone, Diagram::Tone::Pass) << "a DNS server that never answered does not work";
    EXPECT_EQ(hopOf(hops, u"dns"_s)->word, u"no answer");
    ASSERT_NE(hopOf(hops, u"network"_s), nullptr);
    EXPECT_EQ(hopOf(hops, u"network"_s)->label, u"Local network");
    EXPECT_TRUE(hopOf(hops, u"network"_s)->blamed);
}

// No local port left (issue 21): the connect ended on this computer and nothing was sent, so the network
// was not tried: it must not say "problem" beside a verdict that says the network is not involved.
TEST(PathHops, NothingSentLeavesTheNetworkUnchecked)
{
    const Report r = pathReport(
        R"({"addresses": [{"address": "198.51.100.1", "interface": "eth0", "prefix_length": 24}],
            "gateways": [{"address": "198.51.100.254", "interface": "eth0"}]})",
        R"({"status": "ok", "addresses": ["203.0.113.2"]})",
        R"({"attempts": [{"address": "203.0.113.2", "family": "ipv4", "outcome": "error", "local_origin": true,
            "os_error": "EADDRNOTAVAIL"}]})",
        "local.ports_exhausted", "ip");
    const QList<PathHop> hops = pathHops(reportToJson(r));
    ASSERT_NE(hopOf(hops, u"network"_s), nullptr);
    EXPECT_EQ(hopOf(hops, u"network"_s)->tone, Diagram::Tone::Skip) << hopOf(hops, u"network"_s)->word.toStdString();
    EXPECT_FALSE(hopOf(hops, u"network"_s)->blamed);
    ASSERT_NE(hopOf(hops, u"computer"_s), nullptr);
    EXPECT_TRUE(hopOf(hops, u"computer"_s)->blamed);
}

TEST(PathHops, ARejectFromTheServerItselfBlamesTheServer)
{
    const Report r = pathReport(
        R"({"addresses": [{"address": "198.51.100.1", "interface": "eth0", "prefix_length": 24}],
            "gateways": [{"address": "198.51.100.254", "interface": "eth0"}]})",
        R"({"status": "ok", "addresses": ["203.0.113.2"]})",
        R"({"attempts": [{"address": "203.0.113.2", "family": "ipv4", "outcome": "rejected", "local_origin": false,
            "icmp": {"type": 3, "code": 3, "from": "203.0.113.2"}}]})",
        "port.rejected", "network");
    const QList<PathHop> hops = pathHops(reportToJson(r));
    ASSERT_NE(hopOf(hops, u"gateway"_s), nullptr);
    EXPECT_EQ(hopOf(hops, u"gateway"_s)->tone, Diagram::Tone::Pass) << "an answer came from beyond it";
    EXPECT_EQ(hopOf(hops, u"network"_s)->tone, Diagram::Tone::Pass);
    EXPECT_FALSE(hopOf(hops, u"network"_s)->blamed);
    EXPECT_TRUE(hopOf(hops, u"server"_s)->blamed);
    const QList<Diagram> ladders = handshakeDiagrams(reportToJson(r));
    ASSERT_EQ(ladders.size(), 1);
    EXPECT_TRUE(ladders[0].description.contains(u"ICMP 3/3: port unreachable"_s));
    EXPECT_FALSE(ladders[0].description.contains(u"router"_s)) << "the server answered itself: no router in the ladder";
}

// After a completed handshake the service failed (an expired certificate, no TLS answer): the server's
// tile says so instead of "works" next to "the problem is here".
TEST(PathHops, AServiceProblemAfterTheHandshakeMarksTheServer)
{
    for (const auto& [code, layer] : {std::pair{"tls.cert_expired", "server"}, std::pair{"tls.no_answer", "network"}}) {
        const Report r = pathReport(
            R"({"addresses": [{"address": "198.51.100.1", "interface": "eth0", "prefix_length": 24}],
                "gateways": [{"address": "198.51.100.254", "interface": "eth0"}]})",
            R"({"status": "ok", "addresses": ["203.0.113.2"]})",
            R"({"attempts": [{"address": "203.0.113.2", "family": "ipv4", "outcome": "open", "rtt_ms": 0.3,
                "local_origin": false}]})",
            code, layer);
        const QList<PathHop> hops = pathHops(reportToJson(r));
        ASSERT_NE(hopOf(hops, u"server"_s), nullptr) << code;
        EXPECT_TRUE(hopOf(hops, u"server"_s)->blamed) << code;
        EXPECT_EQ(hopOf(hops, u"server"_s)->tone, Diagram::Tone::Fail) << code;
        EXPECT_FALSE(hopOf(hops, u"network"_s)->blamed) << code << ": the handshake crossed the network";
        EXPECT_EQ(hopOf(hops, u"network"_s)->tone, Diagram::Tone::Pass) << code;
    }
}

// Large packets lost on the way (path.mtu_blackhole): the network is the problem, though the handshake
// crossed it; the ladder goes on past the ACK to the silent hello and the second try that was answered.
TEST(PathHops, AnMtuBlackHoleMarksTheNetworkAndTheLadderShowsBothTries)
{
    Report r = pathReport(
        R"({"addresses": [{"address": "198.51.100.1", "interface": "eth0", "prefix_length": 24}],
            "gateways": [{"address": "198.51.100.254", "interface": "eth0"}]})",
        R"({"status": "ok", "addresses": ["203.0.113.2"]})",
        R"({"attempts": [{"address": "203.0.113.2", "family": "ipv4", "outcome": "open", "rtt_ms": 0.3,
            "local_origin": false}]})",
        "path.mtu_blackhole", "network");
    StepResult service;
    service.id = u"service"_s;
    service.status = StepStatus::Fail;
    service.data = parse(R"({"check": "tls", "result": "ok", "address": "203.0.113.2", "port": 443,
        "budget_ms": 5000, "elapsed_ms": 5004, "tls": {"protocol": "TLS 1.3", "chain": []},
        "small_segments": {"mss": 1200, "result": "answered", "elapsed_ms": 4,
                           "interface": {"name": "eth0", "mtu": 1500}}})");
    r.steps << service;
    const QList<PathHop> hops = pathHops(reportToJson(r));
    EXPECT_TRUE(hopOf(hops, u"network"_s)->blamed);
    EXPECT_EQ(hopOf(hops, u"network"_s)->tone, Diagram::Tone::Fail);
    EXPECT_FALSE(hopOf(hops, u"server"_s)->blamed) << "the server answered small packets";
    const QList<Diagram> ladders = handshakeDiagrams(reportToJson(r));
    ASSERT_EQ(ladders.size(), 1);
    const QString& d = ladders[0].description;
    EXPECT_TRUE(d.contains(u"ACK: connected"_s)) << d.toStdString();
    EXPECT_TRUE(d.contains(u"ClientHello (TLS hello)"_s)) << d.toStdString();
    EXPECT_TRUE(d.contains(u"large packets lost on the way (+5000 ms)"_s)) << d.toStdString();
    EXPECT_TRUE(d.contains(u"small packets (1200 bytes): ClientHello"_s)) << d.toStdString();
    EXPECT_TRUE(d.contains(u"ServerHello, certificate: TLS 1.3 (+5004 ms)"_s)) << d.toStdString();
    EXPECT_LT(d.indexOf(u"ACK: connected"_s), d.indexOf(u"ClientHello"_s)) << "past the ACK, in order";
}

TEST(PathHops, ALoopbackTargetHasNoNetworkOnTheWay)
{
    Report r = pathReport(R"({"target_local": true})", R"({})",
                          R"({"attempts": [{"address": "127.0.0.1", "family": "ipv4", "outcome": "refused", "local_origin": false}]})",
                          "port.refused", "server");
    r.target.host = u"127.0.0.1"_s;
    r.target.displayHost = r.target.host;
    r.steps[1].status = StepStatus::Skipped;
    const QList<PathHop> hops = pathHops(reportToJson(r));
    QStringList ids;
    for (const PathHop& h : hops) {
        ids << h.id;
    }
    EXPECT_EQ(ids, (QStringList{u"computer"_s, u"server"_s}));
    EXPECT_TRUE(hops.last().blamed);
}

namespace {
// A target beyond the router whose direct connection was dropped, with a proxy step that tried `tunnel`.
Report proxyPathReport(const char* tunnel, const char* code)
{
    Report r = pathReport(
        R"({"addresses": [{"address": "198.51.100.1", "interface": "eth0", "prefix_length": 24}],
            "gateways": [{"address": "198.51.100.254", "interface": "eth0"}]})",
        R"({"status": "ok", "addresses": ["203.0.113.2"]})",
        R"({"attempts": [{"address": "203.0.113.2", "family": "ipv4", "outcome": "filtered", "local_origin": false}]})",
        code, "network");
    StepResult proxy;
    proxy.id = u"proxy"_s;
    proxy.status = StepStatus::Warn;
    const QByteArray json = R"({"settings": {"source": "environment", "detail": "https_proxy",
        "proxies": ["http://192.0.2.8:3128"]}, "tunnel": )" + QByteArray(tunnel) + "}";
    proxy.data = parse(json.constData());
    r.steps.insert(2, proxy);
    return r;
}

QStringList hopIds(const QList<PathHop>& hops)
{
    QStringList ids;
    for (const PathHop& h : hops) {
        ids << h.id;
    }
    return ids;
}
} // namespace

// Only the proxy goes out: the path shows the proxy working and the direct way closed, and the server
// that took the proxy's connection.
TEST(PathHops, TheWayThroughTheProxyIsAHopOfItsOwn)
{
    const Report r = proxyPathReport(R"({"result": "open", "proxy": "http://192.0.2.8:3128", "kind": "http",
        "address": "192.0.2.8", "status": 200, "connect_ms": 1})", "proxy.required");
    const QList<PathHop> hops = pathHops(reportToJson(r));
    EXPECT_EQ(hopIds(hops), (QStringList{u"computer"_s, u"gateway"_s, u"dns"_s, u"proxy"_s, u"network"_s, u"server"_s}));
    const PathHop* proxy = hopOf(hops, u"proxy"_s);
    ASSERT_NE(proxy, nullptr);
    EXPECT_EQ(proxy->label, u"Proxy");
    EXPECT_EQ(proxy->detail, u"192.0.2.8:3128");
    EXPECT_EQ(proxy->tone, Diagram::Tone::Pass);
    EXPECT_FALSE(proxy->blamed);
    EXPECT_EQ(hopOf(hops, u"gateway"_s)->tone, Diagram::Tone::Pass) << "the proxy beyond the router answered";
    EXPECT_TRUE(hopOf(hops, u"network"_s)->blamed);
    EXPECT_EQ(hopOf(hops, u"network"_s)->word, u"only through the proxy");
    EXPECT_EQ(hopOf(hops, u"server"_s)->tone, Diagram::Tone::Pass) << "it took the proxy's connection";
    const Diagram d = pathDiagram(reportToJson(r));
    EXPECT_TRUE(d.description.contains(u"Proxy (192.0.2.8:3128): works"_s)) << d.description.toStdString();
}

// A proxy that wants a sign-in, refuses or does not answer is the problem: its tile is blamed, not the network.
TEST(PathHops, ABrokenProxyIsTheHopToBlame)
{
    const std::array cases{
        std::tuple{R"({"result": "auth_required", "proxy": "http://192.0.2.8:3128", "status": 407, "connect_ms": 1,
                      "address": "192.0.2.8"})", "proxy.auth_required", "wants a sign-in"},
        std::tuple{R"({"result": "denied", "proxy": "http://192.0.2.8:3128", "status": 403, "connect_ms": 1,
                      "address": "192.0.2.8"})", "proxy.denied", "refuses"},
        std::tuple{R"({"result": "unreachable", "proxy": "http://192.0.2.8:3128", "address": "192.0.2.8"})",
                   "proxy.unreachable", "unreachable"},
    };
    for (const auto& [tunnel, code, word] : cases) {
        const QList<PathHop> hops = pathHops(reportToJson(proxyPathReport(tunnel, code)));
        const PathHop* proxy = hopOf(hops, u"proxy"_s);
        ASSERT_NE(proxy, nullptr) << code;
        EXPECT_TRUE(proxy->blamed) << code;
        EXPECT_EQ(proxy->tone, Diagram::Tone::Fail) << code;
        EXPECT_EQ(proxy->word, QString::fromUtf8(word)) << code;
        EXPECT_FALSE(hopOf(hops, u"network"_s)->blamed) << code << ": one hop carries the blame";
        EXPECT_NE(hopOf(hops, u"server"_s)->tone, Diagram::Tone::Pass) << code;
    }
}

// The direct way works and the configured proxy is dead: the proxy's tile warns (browsers fail), the
// verdict's hops stay as they are.
TEST(PathHops, ADeadProxyBesideAWorkingDirectWayIsAWarning)
{
    Report r = proxyPathReport(R"({"result": "unreachable", "proxy": "http://192.0.2.8:3128", "address": "192.0.2.8"})",
                               "ok.reachable");
    r.steps.last().status = StepStatus::Pass;
    r.steps.last().data = parse(R"({"attempts": [{"address": "203.0.113.2", "family": "ipv4", "outcome": "open",
        "rtt_ms": 3, "local_origin": false}]})");
    r.verdict.layer = QString();
    const QList<PathHop> hops = pathHops(reportToJson(r));
    EXPECT_EQ(hopOf(hops, u"proxy"_s)->tone, Diagram::Tone::Warn);
    EXPECT_EQ(hopOf(hops, u"proxy"_s)->word, u"unreachable");
    for (const PathHop& h : hops) {
        EXPECT_FALSE(h.blamed) << h.id.toStdString();
    }
    EXPECT_EQ(hopOf(hops, u"server"_s)->tone, Diagram::Tone::Pass);
}

// No proxy in the settings: no proxy hop. A sign-in page holds the way out: the network's tile names it.
TEST(PathHops, NoProxyNoHopAndASignInPageIsNamedOnTheNetwork)
{
    Report r = proxyPathReport(R"({})", "net.captive_portal");
    r.steps[2].data = parse(R"({"settings": {"source": "none", "proxies": ["direct://"]},
        "portal": {"url": "http://check.example/generate_204", "result": "portal", "status": 302,
                   "portal_host": "login.hotel.example", "address": "192.0.2.9"}})");
    const QList<PathHop> hops = pathHops(reportToJson(r));
    EXPECT_EQ(hopOf(hops, u"proxy"_s), nullptr);
    const PathHop* network = hopOf(hops, u"network"_s);
    ASSERT_NE(network, nullptr);
    EXPECT_TRUE(network->blamed);
    EXPECT_EQ(network->detail, u"login.hotel.example");
    EXPECT_EQ(network->word, u"sign-in page");
    EXPECT_FALSE(hopOf(hops, u"server"_s)->blamed);
}

// The firewall step saw the target answer on other ports (the sign-in page answers for everyone, or
// the network lets out only the proxy): one hop still carries the blame, the way out.
TEST(PathHops, OtherPortsAnsweringDoNotMoveTheBlameFromTheWayOut)
{
    const std::array cases{
        std::pair{R"({"result": "open", "proxy": "http://192.0.2.8:3128", "address": "192.0.2.8", "status": 200,
                     "connect_ms": 1})", "proxy.required"},
        std::pair{R"({"result": "auth_required", "proxy": "http://192.0.2.8:3128", "address": "192.0.2.8",
                     "status": 407, "connect_ms": 1})", "proxy.auth_required"},
        std::pair{R"({})", "net.captive_portal"},
    };
    for (const auto& [tunnel, code] : cases) {
        Report r = proxyPathReport(tunnel, code);
        StepResult firewall;
        firewall.id = u"firewall"_s;
        firewall.status = StepStatus::Warn;
        firewall.data = parse(R"({"conclusion": {"code": "server_firewall_probable", "where": "server"},
            "controls": [{"address": "203.0.113.2", "kind": "other_port", "outcome": "refused", "port": 22}]})");
        r.steps.insert(3, firewall);
        const QList<PathHop> hops = pathHops(reportToJson(r));
        int blamed = 0;
        for (const PathHop& h : hops) {
            blamed += h.blamed ? 1 : 0;
        }
        EXPECT_EQ(blamed, 1) << code;
        EXPECT_FALSE(hopOf(hops, u"server"_s)->blamed) << code;
    }
}

// Six hops in 760 pixels: a long name wraps onto two lines instead of losing letters.
TEST(PathHops, LongNamesWrapInsteadOfLosingLetters)
{
    const Diagram d = pathDiagram(reportToJson(proxyPathReport(
        R"({"result": "open", "proxy": "http://192.0.2.8:3128", "address": "192.0.2.8", "status": 200, "connect_ms": 1})",
        "proxy.required")));
    QStringList texts;
    for (const Diagram::Label& l : d.labels) {
        texts << l.text;
    }
    EXPECT_TRUE(texts.contains(u"computer"_s) || texts.contains(u"✔ This computer"_s)) << texts.join(u'|').toStdString();
    for (const QString& t : texts) {
        EXPECT_FALSE(t.contains(u"This comput…"_s)) << t.toStdString();
    }
    for (const Diagram::Box& b : d.boxes) {
        EXPECT_LE(b.rect.bottom(), d.height) << "inside the picture";
    }
}
