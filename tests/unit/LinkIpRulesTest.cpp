// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The link and ip verdicts (LinkIpRules.cpp) from step results as the steps write them (made by the
// steps' own judging half from made-up configurations), with DNS and port-test results around them.
// Earliest broken layer wins; a port test that reached the network overrules them. No network.

#include "LinkIpTestSupport.h"
#include "diagnosis/Diagnosis.h"
#include "steps/Steps.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using namespace tcpd::test;

namespace {

StepResult dnsStep(const QString& status, const QStringList& addresses = {})
{
    StepResult dns;
    dns.id = u"dns"_s;
    dns.status = status == u"ok" ? StepStatus::Pass : StepStatus::Fail;
    dns.data.insert(u"status"_s, status);
    dns.data.insert(u"addresses"_s, QJsonArray::fromStringList(addresses));
    return dns;
}

StepResult skippedDns()
{
    StepResult dns;
    dns.id = u"dns"_s;
    dns.status = StepStatus::Skipped;
    return dns;
}

/// The port step with one attempt.
StepResult portStep(const QString& address, const QString& outcome, bool local = true, const QString& osError = {},
                    const QJsonObject& icmp = {})
{
    QJsonObject a{{u"address"_s, address},   {u"family"_s, address.contains(u':') ? u"ipv6"_s : u"ipv4"_s},
                  {u"outcome"_s, outcome},   {u"rtt_ms"_s, QJsonValue()},
                  {u"tries"_s, 1},           {u"elapsed_ms"_s, 3000},
                  {u"local_origin"_s, local}};
    if (!osError.isEmpty()) {
        a.insert(u"os_error"_s, osError);
    }
    if (!icmp.isEmpty()) {
        a.insert(u"icmp"_s, icmp);
    }
    StepResult port;
    port.id = u"port"_s;
    port.status = StepStatus::Fail;
    port.data.insert(u"attempts"_s, QJsonArray{a});
    port.data.insert(u"elapsed_ms"_s, 3000);
    return port;
}

struct Scenario {
    Target target = literal();
    NetSnapshot net = healthyComputer();
    std::optional<RouteLookup> route = viaGateway();
    std::optional<GatewayProbe> probe = tcpd::test::probe(true, Neighbour::Reachable);
    StepResult dns = skippedDns();
    StepResult port = portStep(u"203.0.113.2"_s, u"filtered"_s, false);
    QStringList dnsServers = {u"198.51.100.53"_s};

    Verdict judge() const
    {
        netcfg::IpFacts facts;
        facts.net = net;
        facts.route = target.isAddress ? route : std::nullopt;
        facts.probe = probe;
        facts.dns.servers = dnsServers;
        const QList<StepResult> steps = {netcfg::assessLink(target, net, target.isAddress ? route : std::nullopt),
                                         netcfg::assessIp(target, facts), dns, notBuiltStep(u"firewall"_s), port};
        return diagnose(target, steps);
    }
};

bool evidenceHas(const Verdict& v, const QString& text)
{
    return std::any_of(v.evidence.begin(), v.evidence.end(), [&](const QString& e) { return e.contains(text); });
}

TEST(LinkIpRules, HealthyComputerLeavesTheVerdictToThePortTest)
{
    Scenario run;
    EXPECT_EQ(run.judge().code, u"port.filtered");
}

TEST(LinkIpRules, NoCarrierAnywhereIsLinkDown)
{
    Scenario run;
    run.net.interfaces[1].carrier = Tri::No;
    run.probe = probe(false, Neighbour::Failed); // nothing answers through a link without carrier
    run.net.interfaces[1].operState = "down";
    run.port = portStep(u"203.0.113.2"_s, u"host_unreachable"_s, true, u"EHOSTUNREACH"_s);
    const Verdict v = run.judge();
    EXPECT_EQ(v.code, u"link.down");
    EXPECT_EQ(v.layer, u"link");
    EXPECT_FALSE(v.nextSteps.isEmpty());
    EXPECT_TRUE(evidenceHas(v, u"eth0 (wired)"_s)) << v.evidence.join(u'\n').toStdString();
}

TEST(LinkIpRules, LinkDownOutranksDnsAndIp)
{
    Scenario run;
    run.target = name();
    run.net.interfaces[1].carrier = Tri::No;
    run.probe = std::nullopt; // no gateway to ask
    run.net.interfaces[1].addresses.clear();
    run.net.routes.clear();
    run.dns = dnsStep(u"timeout"_s);
    run.port = notBuiltStep(u"port"_s);
    EXPECT_EQ(run.judge().code, u"link.down");
}

TEST(LinkIpRules, OnlyATunnelIsStillLinkDown)
{
    Scenario run;
    run.net.interfaces[1].carrier = Tri::No;
    run.probe = probe(false, Neighbour::Failed);
    NetInterface wg = makeInterface(4, "wg0", InterfaceKind::Tunnel, true);
    run.net.interfaces.push_back(wg);
    const Verdict v = run.judge();
    EXPECT_EQ(v.code, u"link.down");
    EXPECT_TRUE(v.explanation.contains(u"wg0"_s));
}

TEST(LinkIpRules, ALoopbackTargetNeverBlamesTheLink)
{
    Scenario run;
    run.target = literal(u"127.0.0.1"_s, 9);
    run.net.interfaces[1].carrier = Tri::No;
    run.route = RouteLookup{};
    run.route->status = RouteLookup::Status::Local;
    run.route->destination = "127.0.0.1";
    run.probe.reset();
    run.port = portStep(u"127.0.0.1"_s, u"refused"_s, false);
    EXPECT_EQ(run.judge().code, u"port.refused");

    // The same for a name that resolves to loopback.
    run.target = name(u"localhost"_s, 9);
    run.dns = dnsStep(u"ok"_s, {u"127.0.0.1"_s});
    EXPECT_EQ(run.judge().code, u"port.refused");
}

TEST(LinkIpRules, AnAnswerFromTheNetworkOverrulesTheLowerLayers)
{
    // Whatever the snapshot says, an RST from the server proves link and IP work.
    Scenario run;
    run.net.interfaces[1].carrier = Tri::No;
    run.port = portStep(u"203.0.113.2"_s, u"refused"_s, false);
    EXPECT_EQ(run.judge().code, u"port.refused");
    // So does an ICMP error from a router.
    run.port = portStep(u"203.0.113.2"_s, u"network_unreachable"_s, false, {},
                        QJsonObject{{u"type"_s, 3}, {u"code"_s, 0}, {u"from"_s, u"198.51.100.254"_s}});
    EXPECT_EQ(run.judge().code, u"net.network_unreachable");
}

TEST(LinkIpRules, NoAddress)
{
    Scenario run;
    run.net.interfaces[1].addresses.clear();
    run.route = noRoute();
    run.probe.reset();
    run.port = portStep(u"203.0.113.2"_s, u"network_unreachable"_s, true, u"ENETUNREACH"_s);
    const Verdict v = run.judge();
    EXPECT_EQ(v.code, u"ip.no_address");
    EXPECT_EQ(v.layer, u"ip");
    EXPECT_TRUE(evidenceHas(v, u"eth0"_s));
}

TEST(LinkIpRules, SelfAssigned)
{
    Scenario run;
    run.net.interfaces[1].addresses = {makeAddress("169.254.7.1", 16, AddressOrigin::LinkLocal)};
    run.net.routes.clear();
    run.route = noRoute();
    run.probe.reset();
    run.port = portStep(u"203.0.113.2"_s, u"network_unreachable"_s, true, u"ENETUNREACH"_s);
    const Verdict v = run.judge();
    EXPECT_EQ(v.code, u"ip.self_assigned");
    EXPECT_TRUE(v.explanation.contains(u"169.254.7.1/16"_s));

    // A link-local IPv6 address alone counts the same (CONTRACT.md: "fe80:: alone").
    run.net.interfaces[1].addresses = {makeAddress("fe80::1", 64, AddressOrigin::LinkLocal)};
    EXPECT_EQ(run.judge().code, u"ip.self_assigned");
}

TEST(LinkIpRules, NoRouteCarriesTheRouteEvidence)
{
    Scenario run;
    run.net.routes.erase(run.net.routes.begin());
    run.route = noRoute();
    run.probe.reset();
    run.port = portStep(u"203.0.113.2"_s, u"network_unreachable"_s, true, u"ENETUNREACH"_s);
    const Verdict v = run.judge();
    EXPECT_EQ(v.code, u"ip.no_route");
    EXPECT_EQ(v.layer, u"ip");
    EXPECT_TRUE(evidenceHas(v, u"Route lookup for 203.0.113.2: no route (ENETUNREACH)"_s))
        << v.evidence.join(u'\n').toStdString();
    EXPECT_TRUE(evidenceHas(v, u"No default gateway"_s));
    EXPECT_TRUE(v.explanation.contains(u"no default gateway"_s));
}

TEST(LinkIpRules, NoRouteForANameFromItsAddresses)
{
    Scenario run;
    run.target = name();
    run.net.routes.erase(run.net.routes.begin());
    run.probe.reset();
    run.dns = dnsStep(u"ok"_s, {u"203.0.113.2"_s});
    run.port = portStep(u"203.0.113.2"_s, u"network_unreachable"_s, true, u"ENETUNREACH"_s);
    EXPECT_EQ(run.judge().code, u"ip.no_route");
    // A name on the local network needs no gateway.
    run.dns = dnsStep(u"ok"_s, {u"198.51.100.7"_s});
    run.port = portStep(u"198.51.100.7"_s, u"host_unreachable"_s, true, u"neighbour-unresolved"_s);
    EXPECT_EQ(run.judge().code, u"net.host_unreachable");
}

TEST(LinkIpRules, NoRouteForANameWhoseDnsServersAreOutOfReach)
{
    Scenario run;
    run.target = name();
    run.net.routes.erase(run.net.routes.begin());
    run.probe.reset();
    run.dnsServers = {u"203.0.113.53"_s};
    run.dns = dnsStep(u"timeout"_s);
    run.port = notBuiltStep(u"port"_s);
    Verdict v = run.judge();
    EXPECT_EQ(v.code, u"ip.no_route");
    EXPECT_TRUE(v.explanation.contains(u"203.0.113.53"_s)) << v.explanation.toStdString();
    // A DNS server on the local network could have answered: then it is DNS's problem.
    run.dnsServers = {u"198.51.100.53"_s};
    EXPECT_EQ(run.judge().code, u"dns.timeout");
}

TEST(LinkIpRules, GatewayUnreachable)
{
    Scenario run;
    run.probe = probe(false, Neighbour::Failed);
    run.port = portStep(u"203.0.113.2"_s, u"host_unreachable"_s, true, u"EHOSTUNREACH"_s,
                        QJsonObject{{u"type"_s, 3}, {u"code"_s, 1}, {u"from"_s, u"198.51.100.1"_s}});
    const Verdict v = run.judge();
    EXPECT_EQ(v.code, u"ip.gateway_unreachable");
    EXPECT_EQ(v.layer, u"ip");
    EXPECT_TRUE(v.title.contains(u"198.51.100.254"_s));
    EXPECT_TRUE(evidenceHas(v, u"neighbour (ARP/NDP) state: failed"_s)) << v.evidence.join(u'\n').toStdString();
    EXPECT_TRUE(
        evidenceHas(v, u"Route lookup for 203.0.113.2: through eth0 from 198.51.100.1, next hop 198.51.100.254"_s));

    run.probe = probe(false, Neighbour::Incomplete);
    EXPECT_EQ(run.judge().code, u"ip.gateway_unreachable");
}

TEST(LinkIpRules, ASilentGatewayThatAnsweredArpIsNotUnreachable)
{
    Scenario run;
    run.probe = probe(false, Neighbour::Reachable);
    EXPECT_EQ(run.judge().code, u"port.filtered");
    run.probe = probe(false, Neighbour::Unknown);
    EXPECT_EQ(run.judge().code, u"port.filtered");
    run.probe = probe(false, Neighbour::Failed);
    run.probe->cancelled = true;
    EXPECT_NE(run.judge().code, u"ip.gateway_unreachable");
}

TEST(LinkIpRules, WithoutTheLinkAndIpStepsConnectStillNamesNoRoute)
{
    // --steps dns,port: PortRules' own ip.no_route (from ENETUNREACH) still works.
    const Target t = literal();
    const QList<StepResult> steps
        = {notRequestedStep(u"link"_s), notRequestedStep(u"ip"_s), skippedDns(), notRequestedStep(u"firewall"_s),
           portStep(u"203.0.113.2"_s, u"network_unreachable"_s, true, u"ENETUNREACH"_s)};
    const Verdict v = diagnose(t, steps);
    EXPECT_EQ(v.code, u"ip.no_route");
    EXPECT_FALSE(evidenceHas(v, u"Route lookup"_s));
}

} // namespace

// Operstate lags the carrier by up to a second after a link comes up: the link step can still say
// "down" while a DNS server already answers. Anything that came back from beyond this computer proves
// the link and the IP configuration worked, so the verdict is never link.* or ip.* then.
TEST(LinkIpRules, ADnsAnswerOverrulesALinkThatLooksDown)
{
    for (const char* status : {"nxdomain", "servfail", "refused"}) {
        Scenario run;
        run.target = name();
        run.net.interfaces[1].operState = "down"; // carrier yes, state not caught up yet
        run.probe = probe(false, Neighbour::Reachable);
        run.dns = dnsStep(QString::fromLatin1(status));
        QJsonObject server{{u"server"_s, u"198.51.100.53"_s}, {u"status"_s, QString::fromLatin1(status)}};
        run.dns.data.insert(u"servers"_s, QJsonArray{server});
        run.port = notBuiltStep(u"port"_s);
        const Verdict v = run.judge();
        EXPECT_TRUE(v.code.startsWith(u"dns.")) << status << ": " << v.code.toStdString();
    }
}

TEST(LinkIpRules, ALoopbackDnsServerProvesNothing)
{
    Scenario run;
    run.target = name();
    run.net.interfaces[1].carrier = Tri::No;
    run.probe = std::nullopt;
    run.dns = dnsStep(u"servfail"_s);
    run.dns.data.insert(u"servers"_s, QJsonArray{QJsonObject{{u"server"_s, u"127.0.0.53"_s}, {u"status"_s, u"servfail"_s}}});
    run.port = notBuiltStep(u"port"_s);
    EXPECT_EQ(run.judge().code, u"link.down") << "a local stub resolver answering says nothing about the link";
}

TEST(LinkIpRules, TheGatewayAnsweringOverrulesLinkDown)
{
    Scenario run;
    run.net.interfaces[1].operState = "lowerlayerdown";
    run.probe = probe(true, Neighbour::Reachable);
    EXPECT_EQ(run.judge().code, u"port.filtered");
}

TEST(LinkIpRules, CarrierButNotUpIsNotReady)
{
    for (const char* state : {"dormant", "down", "lowerlayerdown"}) {
        Scenario run;
        run.net.interfaces[1].operState = state; // carrier stays yes
        run.probe = probe(false, Neighbour::Failed);
        run.port = portStep(u"203.0.113.2"_s, u"filtered"_s, false);
        const Verdict v = run.judge();
        EXPECT_EQ(v.code, u"link.not_ready") << state;
        EXPECT_EQ(v.layer, u"link");
        EXPECT_TRUE(evidenceHas(v, u"eth0"_s));
    }
}

TEST(LinkIpRules, NotReadyIsNeverChosenWhenTheServerAnswered)
{
    Scenario run;
    run.net.interfaces[1].operState = "dormant";
    run.probe = probe(false, Neighbour::Failed);
    run.port = portStep(u"203.0.113.2"_s, u"refused"_s, false);
    EXPECT_EQ(run.judge().code, u"port.refused");
}

// Every combination of link state, gateway answer, DNS outcome and port outcome: whenever anything came
// back from beyond this computer, the verdict's layer is never the link or the IP configuration. The
// one exception is a port test that this computer's own routing table refused ("no route", no ICMP):
// an answer from a DNS server proves a way to that server, not to the target.
TEST(LinkIpRules, NoVerdictContradictsWhatCameBack)
{
    enum class LinkState { Up, NoCarrier, Dormant };
    enum class Gw { Answered, Silent, None };
    struct Dns {
        const char* status;
        const char* server; ///< who answered ("" = nobody)
    };
    struct Port {
        const char* outcome;
        bool local;
        bool icmpFromRouter;
    };
    const Dns dnsCases[] = {{"", ""},                         {"ok", "198.51.100.53"},      {"nxdomain", "198.51.100.53"},
                            {"servfail", "198.51.100.53"},    {"refused", "198.51.100.53"}, {"timeout", ""},
                            {"servfail", "127.0.0.53"}};
    const Port portCases[] = {{"open", false, false},     {"refused", false, false},
                              {"filtered", false, false}, {"rejected", false, true},
                              {"host_unreachable", true, false}, {"network_unreachable", true, false},
                              {"", false, false}};
    int judged = 0;
    for (LinkState link : {LinkState::Up, LinkState::NoCarrier, LinkState::Dormant}) {
        for (Gw gw : {Gw::Answered, Gw::Silent, Gw::None}) {
            for (const Dns& d : dnsCases) {
                for (const Port& p : portCases) {
                    Scenario run;
                    if (link == LinkState::NoCarrier) {
                        run.net.interfaces[1].carrier = Tri::No;
                        run.net.interfaces[1].operState = "down";
                    } else if (link == LinkState::Dormant) {
                        run.net.interfaces[1].operState = "dormant";
                    }
                    run.probe = gw == Gw::None ? std::nullopt
                                               : std::optional<GatewayProbe>(probe(gw == Gw::Answered, Neighbour::Reachable));
                    const bool named = *d.status != '\0';
                    run.target = named ? name() : literal();
                    bool answered = gw == Gw::Answered;
                    if (named) {
                        run.dns = dnsStep(QString::fromLatin1(d.status),
                                          QString::fromLatin1(d.status) == u"ok" ? QStringList{u"203.0.113.2"_s} : QStringList{});
                        if (*d.server != '\0') {
                            run.dns.data.insert(u"servers"_s, QJsonArray{QJsonObject{{u"server"_s, QString::fromLatin1(d.server)},
                                                                                    {u"status"_s, QString::fromLatin1(d.status)}}});
                            answered = answered || QString::fromLatin1(d.server) != u"127.0.0.53";
                        }
                    }
                    if (*p.outcome == '\0') {
                        run.port = notBuiltStep(u"port"_s);
                    } else {
                        const QJsonObject icmp = p.icmpFromRouter
                            ? QJsonObject{{u"type"_s, 3}, {u"code"_s, 13}, {u"from"_s, u"198.51.100.254"_s}}
                            : QJsonObject();
                        run.port = portStep(u"203.0.113.2"_s, QString::fromLatin1(p.outcome), p.local, {}, icmp);
                        answered = answered || (!p.local && QString::fromLatin1(p.outcome) != u"filtered");
                    }
                    const Verdict v = run.judge();
                    ++judged;
                    const bool ownRouteRefused = QString::fromLatin1(p.outcome) == u"network_unreachable" && p.local;
                    if (answered && !(v.code == u"ip.no_route" && ownRouteRefused)) {
                        EXPECT_NE(v.layer, u"link") << v.code.toStdString() << " link " << int(link) << " gw " << int(gw)
                                                    << " dns " << d.status << "/" << d.server << " port " << p.outcome;
                        EXPECT_NE(v.layer, u"ip") << v.code.toStdString() << " link " << int(link) << " gw " << int(gw)
                                                  << " dns " << d.status << "/" << d.server << " port " << p.outcome;
                    }
                }
            }
        }
    }
    EXPECT_EQ(judged, 3 * 3 * 7 * 7);
}
