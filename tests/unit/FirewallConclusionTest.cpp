// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Who blocks, and where: the firewall step's conclusion from its data, the story told about it,
// and how the verdicts use it (firewall.local_block; path evidence on port.filtered/rejected).
// Fed with data in the shape the step writes. No network.

#include "diagnosis/Diagnosis.h"
#include "steps/FirewallStepDetail.h"
#include "steps/Steps.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using namespace tcpd::core::firewall;

namespace {

const QString kServer = u"203.0.113.2"_s;
const QString kRouter = u"198.51.100.254"_s;

QJsonObject attempt(const QString& outcome, const QString& icmpFrom = {})
{
    QJsonObject a{{u"address"_s, kServer}, {u"family"_s, u"ipv4"_s}, {u"outcome"_s, outcome}, {u"tries"_s, 4},
                  {u"elapsed_ms"_s, 1500}, {u"local_origin"_s, outcome == u"local_block"}};
    if (!icmpFrom.isEmpty()) {
        a.insert(u"icmp"_s, QJsonObject{{u"type"_s, 3}, {u"code"_s, 13}, {u"from"_s, icmpFrom}});
    }
    return a;
}

QJsonObject hop(int ttl, const QString& address, const QString& kind, int type = -1, int code = -1)
{
    return QJsonObject{{u"ttl"_s, ttl},
                       {u"address"_s, address.isEmpty() ? QJsonValue() : QJsonValue(address)},
                       {u"rtt_ms"_s, address.isEmpty() ? QJsonValue() : QJsonValue(0.2)},
                       {u"kind"_s, kind},
                       {u"icmp"_s, type >= 0 ? QJsonValue(QJsonObject{{u"type"_s, type}, {u"code"_s, code}}) : QJsonValue()}};
}

/// The lab's router-drop path: hop 1 answers time-exceeded, then silence.
QJsonObject silentAfterRouter(const QString& distance = {})
{
    QJsonObject t{{u"ran"_s, true}, {u"method"_s, u"tcp-syn"_s}, {u"family"_s, u"ipv4"_s}, {u"stop"_s, u"silence"_s},
                  {u"reached_target"_s, false},
                  {u"hops"_s, QJsonArray{hop(1, kRouter, u"time_exceeded"_s, 11, 0), hop(2, {}, u"silent"_s),
                                         hop(3, {}, u"silent"_s), hop(4, {}, u"silent"_s)}},
                  {u"last_answering_hop"_s, QJsonObject{{u"ttl"_s, 1}, {u"address"_s, kRouter}}}};
    if (!distance.isEmpty()) {
        t.insert(u"distance_check"_s, QJsonObject{{u"port"_s, 22}, {u"ttl"_s, 2}, {u"answered_by"_s, distance}});
    }
    return t;
}

QJsonArray otherPorts(const QString& o22, const QString& o80, const QString& o443)
{
    QJsonArray a;
    const std::pair<int, QString> ports[] = {{22, o22}, {80, o80}, {443, o443}};
    for (const auto& [port, outcome] : ports) {
        a.append(QJsonObject{{u"kind"_s, u"other_port"_s}, {u"address"_s, kServer}, {u"port"_s, port}, {u"outcome"_s, outcome}});
    }
    return a;
}

QJsonObject hiddenRules()
{
    return QJsonObject{{u"os"_s, u"linux"_s},
                       {u"rules_readable"_s, false},
                       {u"verdict"_s, u"unknown"_s},
                       {u"rules"_s, QJsonArray()},
                       {u"sources"_s, QJsonArray{QJsonObject{{u"id"_s, u"nftables"_s},
                                                             {u"status"_s, u"needs_admin"_s},
                                                             {u"detail"_s, u"Operation not permitted (you must be root)"_s},
                                                             {u"admin_hint"_s, u"sudo nft list ruleset"_s}}}}};
}

QJsonObject visibleRule()
{
    return QJsonObject{{u"os"_s, u"linux"_s},
                       {u"rules_readable"_s, true},
                       {u"verdict"_s, u"block"_s},
                       {u"rules"_s, QJsonArray{QJsonObject{{u"source"_s, u"nftables"_s}, {u"table"_s, u"inet tdl_fault"_s},
                                                           {u"chain"_s, u"output"_s}, {u"handle"_s, 2},
                                                           {u"rule"_s, u"tcp dport 8080 drop"_s}, {u"verdict"_s, u"drop"_s},
                                                           {u"certain"_s, true}}}},
                       {u"sources"_s, QJsonArray()}};
}

QString code(const QJsonObject& c)
{
    return c.value(u"code"_s).toString();
}

/// A whole run as the runner hands it to diagnose(): dns, firewall (with data), port.
Verdict judge(const QJsonObject& att, const QJsonObject& local, const QJsonObject& trace, const QJsonArray& controls)
{
    Target t;
    t.host = t.displayHost = kServer;
    t.port = 8080;
    t.isAddress = true;
    StepResult port;
    port.id = u"port"_s;
    port.status = StepStatus::Fail;
    port.data.insert(u"attempts"_s, QJsonArray{att});
    port.data.insert(u"elapsed_ms"_s, 1500);
    StepResult fw;
    fw.id = u"firewall"_s;
    fw.status = StepStatus::Fail;
    fw.data = QJsonObject{{u"address"_s, kServer}, {u"port"_s, 8080}, {u"local"_s, local}, {u"trace"_s, trace}, {u"controls"_s, controls}};
    fw.data.insert(u"conclusion"_s, decideConclusion(att, local, trace, controls));
    return diagnose(t, {notBuiltStep(u"link"_s), notBuiltStep(u"ip"_s), notRequestedStep(u"dns"_s), fw, port});
}

bool anyContains(const QStringList& lines, const QString& text)
{
    for (const QString& l : lines) {
        if (l.contains(text)) return true;
    }
    return false;
}

} // namespace

TEST(FirewallConclusion, NoBlockWhenTheServerAnswered)
{
    EXPECT_EQ(code(decideConclusion(attempt(u"open"_s), {}, {}, {})), u"none");
    EXPECT_EQ(code(decideConclusion(attempt(u"refused"_s), {}, {}, {})), u"none");
    EXPECT_EQ(code(decideConclusion(attempt(u"host_unreachable"_s), {}, {}, {})), u"not_applicable");
}

TEST(FirewallConclusion, LocalBlockAndAVisibleBlockingRule)
{
    EXPECT_EQ(code(decideConclusion(attempt(u"local_block"_s), hiddenRules(), {}, {})), u"local_firewall");
    // Silence, but this computer's own rule certainly drops it: this computer, not the network.
    EXPECT_EQ(code(decideConclusion(attempt(u"filtered"_s), visibleRule(), silentAfterRouter(), {})), u"local_firewall");
}

TEST(FirewallConclusion, RejectedByARouterOrByTheServer)
{
    QJsonObject trace = silentAfterRouter();
    trace.insert(u"stop"_s, u"unreachable"_s);
    trace.insert(u"hops"_s, QJsonArray{hop(1, kRouter, u"time_exceeded"_s, 11, 0), hop(2, kRouter, u"unreachable"_s, 3, 13)});
    const QJsonObject c = decideConclusion(attempt(u"rejected"_s, kRouter), hiddenRules(), trace, {});
    EXPECT_EQ(code(c), u"network_firewall");
    EXPECT_EQ(c.value(u"address"_s).toString(), kRouter);
    EXPECT_EQ(c.value(u"hop"_s).toInt(), 1) << "named by the hop it answered as";
    EXPECT_EQ(pathLine(trace), u"Router 198.51.100.254 (hop 1) rejected it: communication administratively prohibited (ICMP type 3, code 13)."_s);
    EXPECT_EQ(code(decideConclusion(attempt(u"rejected"_s, kServer), {}, {}, {})), u"server_firewall");
}

TEST(FirewallConclusion, SilenceWithOtherPortsAnsweringIsProbablyTheServer)
{
    const QJsonObject c = decideConclusion(attempt(u"filtered"_s), hiddenRules(), silentAfterRouter(u"target"_s),
                                           otherPorts(u"open"_s, u"open"_s, u"refused"_s));
    EXPECT_EQ(code(c), u"server_firewall_probable");
    EXPECT_EQ(c.value(u"address"_s).toString(), kRouter) << "the router in front is named too";
    // No distance check (e.g. it could not run): still "probably the server".
    EXPECT_EQ(code(decideConclusion(attempt(u"filtered"_s), hiddenRules(), silentAfterRouter(), otherPorts(u"refused"_s, u"refused"_s, u"refused"_s))),
              u"server_firewall_probable");
}

TEST(FirewallConclusion, OtherPortsPassingAnotherRouterPutsTheBlockOnTheNetwork)
{
    const QJsonObject c = decideConclusion(attempt(u"filtered"_s), hiddenRules(), silentAfterRouter(u"router"_s),
                                           otherPorts(u"open"_s, u"filtered"_s, u"filtered"_s));
    EXPECT_EQ(code(c), u"network_firewall");
    EXPECT_EQ(c.value(u"where"_s).toString(), u"after_router");
    EXPECT_EQ(c.value(u"address"_s).toString(), kRouter);
}

TEST(FirewallConclusion, ReferenceHostFailingTooMeansThisNetwork)
{
    QJsonArray controls = otherPorts(u"filtered"_s, u"filtered"_s, u"filtered"_s);
    controls.append(QJsonObject{{u"kind"_s, u"reference"_s}, {u"host"_s, u"ref.example"_s}, {u"address"_s, u"192.0.2.80"_s},
                                {u"port"_s, 8080}, {u"outcome"_s, u"filtered"_s}});
    const QJsonObject c = decideConclusion(attempt(u"filtered"_s), hiddenRules(), silentAfterRouter(), controls);
    EXPECT_EQ(code(c), u"network_firewall");
    EXPECT_EQ(c.value(u"where"_s).toString(), u"local_network");
    EXPECT_EQ(c.value(u"address"_s).toString(), kRouter) << "the gateway, hop 1";
}

TEST(FirewallConclusion, NothingAnswersAtAll)
{
    const QJsonObject c = decideConclusion(attempt(u"filtered"_s), hiddenRules(), silentAfterRouter(),
                                           otherPorts(u"filtered"_s, u"filtered"_s, u"filtered"_s));
    EXPECT_EQ(code(c), u"host_silent");
}

TEST(FirewallConclusion, StoryNamesTheLastHopAndNeverSaysJustDisable)
{
    QJsonObject data{{u"address"_s, kServer}, {u"port"_s, 8080}, {u"local"_s, hiddenRules()},
                     {u"trace"_s, silentAfterRouter(u"target"_s)}, {u"controls"_s, otherPorts(u"open"_s, u"open"_s, u"refused"_s)}};
    data.insert(u"conclusion"_s, decideConclusion(attempt(u"filtered"_s), hiddenRules(), data.value(u"trace"_s).toObject(),
                                                  data.value(u"controls"_s).toArray()));
    const Story s = describe(data);
    EXPECT_EQ(s.title, u"Probably the server's firewall (the server answers on other ports)");
    EXPECT_TRUE(anyContains(s.evidence, u"The SYN reached router 198.51.100.254 (hop 1) and went no further"_s));
    EXPECT_TRUE(anyContains(s.evidence, u"Other ports on 203.0.113.2: 22 open, 80 open, 443 refused."_s));
    EXPECT_TRUE(anyContains(s.evidence, u"only be read by an administrator"_s));
    bool backOn = false;
    for (const QString& a : s.advice) {
        backOn = backOn || a.contains(u"turn it back on"_s);
        if (a.contains(u"off"_s)) {
            EXPECT_TRUE(a.contains(u"back on"_s)) << "advice to switch off must say to switch back on: " << a.toStdString();
        }
    }
    EXPECT_TRUE(backOn);
}

TEST(FirewallVerdict, LocalBlockShowsTheMatchingRuleWhenVisible)
{
    const Verdict v = judge(attempt(u"local_block"_s), visibleRule(), QJsonObject{{u"ran"_s, false}}, {});
    EXPECT_EQ(v.code, u"firewall.local_block");
    EXPECT_EQ(v.layer, u"local-firewall");
    EXPECT_TRUE(v.explanation.contains(u"tcp dport 8080 drop"_s)) << v.explanation.toStdString();
    EXPECT_TRUE(anyContains(v.nextSteps, u"sudo nft -a list chain inet tdl_fault output"_s));
}

TEST(FirewallVerdict, LocalBlockSaysHonestlyWhenRulesAreHidden)
{
    const Verdict v = judge(attempt(u"local_block"_s), hiddenRules(), QJsonObject{{u"ran"_s, false}}, {});
    EXPECT_EQ(v.code, u"firewall.local_block");
    EXPECT_TRUE(v.explanation.contains(u"needs administrator rights"_s)) << v.explanation.toStdString();
    EXPECT_TRUE(anyContains(v.nextSteps, u"sudo nft list ruleset"_s));
    EXPECT_FALSE(v.explanation.contains(u"The rule that matches"_s));
}

TEST(FirewallVerdict, SilenceWithAVisibleLocalRuleIsTheLocalFirewall)
{
    const Verdict v = judge(attempt(u"filtered"_s), visibleRule(), silentAfterRouter(), {});
    EXPECT_EQ(v.code, u"firewall.local_block");
}

TEST(FirewallVerdict, FilteredKeepsItsCodeAndGainsThePath)
{
    const Verdict v = judge(attempt(u"filtered"_s), hiddenRules(), silentAfterRouter(u"target"_s),
                            otherPorts(u"open"_s, u"open"_s, u"refused"_s));
    EXPECT_EQ(v.code, u"port.filtered");
    EXPECT_EQ(v.layer, u"network");
    EXPECT_TRUE(v.explanation.contains(u"the server's firewall"_s)) << v.explanation.toStdString();
    EXPECT_TRUE(anyContains(v.evidence, u"198.51.100.254 (hop 1)"_s));
}

TEST(FirewallVerdict, RejectedNamesTheRouterOnThePath)
{
    QJsonObject trace = silentAfterRouter();
    trace.insert(u"stop"_s, u"unreachable"_s);
    trace.insert(u"hops"_s, QJsonArray{hop(1, kRouter, u"time_exceeded"_s, 11, 0), hop(2, kRouter, u"unreachable"_s, 3, 13)});
    const Verdict v = judge(attempt(u"rejected"_s, kRouter), hiddenRules(), trace, otherPorts(u"refused"_s, u"refused"_s, u"refused"_s));
    EXPECT_EQ(v.code, u"port.rejected");
    EXPECT_TRUE(anyContains(v.evidence, u"Router 198.51.100.254 (hop 1) rejected it"_s));
    EXPECT_TRUE(v.explanation.contains(u"router 198.51.100.254"_s)) << v.explanation.toStdString();
}

TEST(FirewallVerdict, WithoutTheFirewallStepTheVerdictIsUnchanged)
{
    Target t;
    t.host = t.displayHost = kServer;
    t.port = 8080;
    StepResult port;
    port.id = u"port"_s;
    port.data.insert(u"attempts"_s, QJsonArray{attempt(u"filtered"_s)});
    const Verdict plain = diagnose(t, {notBuiltStep(u"firewall"_s), port});
    EXPECT_EQ(plain.code, u"port.filtered");
    EXPECT_FALSE(plain.explanation.contains(u"firewall (the server"_s));
}
