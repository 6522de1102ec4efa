// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The rules table, fed with step results as the steps write them. No network.

#include "diagnosis/Diagnosis.h"
#include "evidence/Evidence.h"
#include "steps/Steps.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;

namespace {

Target target(const QString& host = u"db.example"_s, quint16 port = 5432)
{
    Target t;
    t.input = host + u':' + QString::number(port);
    t.host = host;
    t.displayHost = host;
    t.port = port;
    return t;
}

struct A {
    QString address = u"203.0.113.2"_s;
    QString outcome;
    double rtt = -1;
    QJsonObject icmp = {};
    QString osError = {};
    bool local = false;
    int retransFail = -1;
};

QJsonObject attempt(const A& a)
{
    QJsonObject o{{u"address"_s, a.address},
                  {u"family"_s, a.address.contains(u':') ? u"ipv6"_s : u"ipv4"_s},
                  {u"outcome"_s, a.outcome},
                  {u"rtt_ms"_s, a.rtt >= 0 ? QJsonValue(a.rtt) : QJsonValue()},
                  {u"tries"_s, 4},
                  {u"elapsed_ms"_s, 1500},
                  {u"local_origin"_s, a.local}};
    if (!a.icmp.isEmpty()) {
        o.insert(u"icmp"_s, a.icmp);
    }
    if (!a.osError.isEmpty()) {
        o.insert(u"os_error"_s, a.osError);
    }
    if (a.retransFail >= 0) {
        o.insert(u"retrans_fail_delta"_s, a.retransFail);
    }
    return o;
}

QList<StepResult> steps(const QList<A>& attempts, const QString& dnsStatus = u"ok"_s)
{
    StepResult dns;
    dns.id = u"dns"_s;
    dns.status = dnsStatus == u"ok" ? StepStatus::Pass : StepStatus::Fail;
    dns.data.insert(u"status"_s, dnsStatus);
    QJsonArray addrs;
    QJsonArray list;
    for (const A& a : attempts) {
        addrs.append(a.address);
        list.append(attempt(a));
    }
    dns.data.insert(u"addresses"_s, addrs);
    StepResult port;
    port.id = u"port"_s;
    port.data.insert(u"attempts"_s, list);
    port.data.insert(u"elapsed_ms"_s, 1500);
    return {notBuiltStep(u"link"_s), notBuiltStep(u"ip"_s), dns, notBuiltStep(u"firewall"_s), port};
}

Verdict judge(const QList<A>& attempts, const QString& dnsStatus = u"ok"_s)
{
    return diagnose(target(), steps(attempts, dnsStatus));
}

void expectComplete(const Verdict& v)
{
    EXPECT_FALSE(v.title.isEmpty()) << v.code.toStdString();
    EXPECT_FALSE(v.explanation.isEmpty()) << v.code.toStdString();
    EXPECT_FALSE(v.nextSteps.isEmpty()) << v.code.toStdString();
}

} // namespace

TEST(Diagnosis, AllOpenIsReachable)
{
    const Verdict v = judge({{.outcome = u"open"_s, .rtt = 12.5}});
    EXPECT_EQ(v.code, u"ok.reachable");
    EXPECT_EQ(v.layer, u"none");
    EXPECT_TRUE(v.explanation.contains(u"SYN-ACK"));
    EXPECT_TRUE(v.explanation.contains(u"13 ms")) << v.explanation.toStdString();
    EXPECT_EQ(exitCodeFor(v), 0);
    expectComplete(v);
}

TEST(Diagnosis, SomeOpenIsPartial)
{
    const Verdict v = judge({{.address = u"2001:db8:2::2"_s, .outcome = u"filtered"_s}, {.outcome = u"open"_s, .rtt = 3}});
    EXPECT_EQ(v.code, u"ok.partial");
    EXPECT_EQ(v.layer, u"network");
    EXPECT_EQ(exitCodeFor(v), 0);
    expectComplete(v);
}

TEST(Diagnosis, RstIsRefusedAndNamesThePort)
{
    const Verdict v = judge({{.outcome = u"refused"_s, .osError = u"ECONNREFUSED"_s}});
    EXPECT_EQ(v.code, u"port.refused");
    EXPECT_EQ(v.layer, u"server");
    EXPECT_TRUE(v.explanation.contains(u"RST"));
    EXPECT_TRUE(v.title.contains(u"5432"));
    EXPECT_EQ(exitCodeFor(v), 1);
    expectComplete(v);
}

TEST(Diagnosis, SilenceIsFilteredAndComparesWaitingTimes)
{
    const Verdict v = judge({{.outcome = u"filtered"_s}});
    EXPECT_EQ(v.code, u"port.filtered");
    EXPECT_EQ(v.layer, u"network");
    EXPECT_TRUE(v.explanation.contains(u"21 seconds")) << v.explanation.toStdString();
    EXPECT_TRUE(v.explanation.contains(u"1.5")) << v.explanation.toStdString();
    expectComplete(v);
}

TEST(Diagnosis, AdminProhibitedIsRejectedAndNamesTheSender)
{
    const QJsonObject icmp{{u"type"_s, 3}, {u"code"_s, 13}, {u"from"_s, u"198.51.100.254"_s}};
    const Verdict v = judge({{.outcome = u"rejected"_s, .icmp = icmp}});
    EXPECT_EQ(v.code, u"port.rejected");
    EXPECT_EQ(v.layer, u"network");
    EXPECT_TRUE(v.explanation.contains(u"198.51.100.254"));
    EXPECT_TRUE(v.evidence.join(u' ').contains(u"198.51.100.254"));
    expectComplete(v);
}

TEST(Diagnosis, AfterConnectOutcomesBlameTheServer)
{
    Verdict v = judge({{.outcome = u"reset_after_connect"_s, .rtt = 2}});
    EXPECT_EQ(v.code, u"port.reset_after_connect");
    EXPECT_EQ(v.layer, u"server");
    expectComplete(v);
    v = judge({{.outcome = u"closed_after_connect"_s, .rtt = 2}});
    EXPECT_EQ(v.code, u"port.closed_after_connect");
    EXPECT_EQ(v.layer, u"server");
    expectComplete(v);
}

TEST(Diagnosis, UnreachableOutcomes)
{
    const QJsonObject host{{u"type"_s, 3}, {u"code"_s, 1}, {u"from"_s, u"198.51.100.254"_s}};
    Verdict v = judge({{.outcome = u"host_unreachable"_s, .icmp = host}});
    EXPECT_EQ(v.code, u"net.host_unreachable");
    EXPECT_TRUE(v.explanation.contains(u"198.51.100.254"));
    expectComplete(v);
    v = judge({{.address = u"198.51.100.77"_s, .outcome = u"host_unreachable"_s, .osError = u"neighbour-unresolved"_s,
                .local = true}});
    EXPECT_EQ(v.code, u"net.host_unreachable");
    EXPECT_TRUE(v.explanation.contains(u"ARP")) << v.explanation.toStdString();
    const QJsonObject net{{u"type"_s, 3}, {u"code"_s, 0}, {u"from"_s, u"198.51.100.254"_s}};
    v = judge({{.outcome = u"network_unreachable"_s, .icmp = net}});
    EXPECT_EQ(v.code, u"net.network_unreachable");
    EXPECT_EQ(v.layer, u"network");
    expectComplete(v);
}

TEST(Diagnosis, NoLocalRouteIsAnIpProblem)
{
    const Verdict v = judge({{.outcome = u"network_unreachable"_s, .osError = u"ENETUNREACH"_s, .local = true}});
    EXPECT_EQ(v.code, u"ip.no_route");
    EXPECT_EQ(v.layer, u"ip");
    expectComplete(v);
}

TEST(Diagnosis, LocalBlockWinsOverLaterLayers)
{
    const Verdict v = judge({{.outcome = u"local_block"_s, .local = true, .retransFail = 1}});
    EXPECT_EQ(v.code, u"firewall.local_block");
    EXPECT_EQ(v.layer, u"local-firewall");
    EXPECT_TRUE(v.evidence.join(u' ').contains(u"TCPRetransFail"));
    expectComplete(v);
}

TEST(Diagnosis, TheFurthestAnswerNamesTheCause)
{
    // IPv6 has no route at all, IPv4 reaches the server which refuses: the refusal is the story.
    const Verdict v = judge({{.address = u"2001:db8:2::2"_s, .outcome = u"network_unreachable"_s, .local = true},
                             {.outcome = u"refused"_s}});
    EXPECT_EQ(v.code, u"port.refused");
}

TEST(Diagnosis, DnsFailuresComeBeforeThePort)
{
    EXPECT_EQ(judge({}, u"nxdomain"_s).code, u"dns.nxdomain");
    EXPECT_EQ(judge({}, u"no_records"_s).code, u"dns.no_records");
    EXPECT_EQ(judge({}, u"timeout"_s).code, u"dns.timeout");
    expectComplete(judge({}, u"nxdomain"_s));
}

TEST(Diagnosis, NothingToJudgeIsAToolErrorNeverAPass)
{
    const Verdict v = judge({});
    EXPECT_EQ(v.code, u"tool.error");
    EXPECT_EQ(exitCodeFor(v), 3);
}

TEST(Diagnosis, InvalidInput)
{
    const Verdict v = invalidInputVerdict(u"example.com:99999"_s, u"Port 99999 does not exist."_s);
    EXPECT_EQ(v.code, u"input.invalid");
    EXPECT_EQ(v.layer, u"input");
    EXPECT_EQ(exitCodeFor(v), 2);
}

namespace {

/// The port step's `local_ports` as the step writes it.
QJsonObject localPorts(int inRange, int toTarget, int low = 40000, int high = 40009, int timeWait = 0, int established = 0)
{
    evidence::LocalPortsSeen lp;
    lp.read = true;
    lp.counted = true;
    lp.source = u"sock_diag"_s;
    lp.rangeLow = low;
    lp.rangeHigh = high;
    lp.rangeSource = u"/proc/sys/net/ipv4/ip_local_port_range"_s;
    lp.inRange = inRange;
    lp.toTarget = toTarget;
    lp.total = timeWait + established;
    if (timeWait > 0) {
        lp.byState.append({u"time_wait"_s, timeWait});
    }
    if (established > 0) {
        lp.byState.append({u"established"_s, established});
    }
    lp.topRemotes.append({u"203.0.113.2"_s, 5432, toTarget});
    return lp.toJson();
}

Verdict judgeWithPorts(const QList<A>& attempts, const QJsonObject& ports)
{
    QList<StepResult> s = steps(attempts);
    s.last().data.insert(u"local_ports"_s, ports);
    return diagnose(target(), s);
}

} // namespace

TEST(Diagnosis, NoLocalPortLeftIsPortsExhausted)
{
    const A noPort{.outcome = u"error"_s, .osError = u"EADDRNOTAVAIL"_s, .local = true};
    Verdict v = judgeWithPorts({noPort}, localPorts(10, 10, 40000, 40009, 9, 1));
    EXPECT_EQ(v.code, u"local.ports_exhausted");
    EXPECT_EQ(v.layer, u"ip");
    EXPECT_EQ(exitCodeFor(v), 1);
    expectComplete(v);
    EXPECT_TRUE(v.explanation.contains(u"EADDRNOTAVAIL")) << v.explanation.toStdString();
    EXPECT_TRUE(v.explanation.contains(u"TIME_WAIT")) << "most are closed connections: say so";
    EXPECT_TRUE(v.evidence.join(u'\n').contains(u"10 of 10")) << v.evidence.join(u'\n').toStdString();
    EXPECT_TRUE(v.nextSteps.join(u'\n').contains(u"203.0.113.2 port 5432"));
    EXPECT_TRUE(v.nextSteps.join(u'\n').contains(u"ip_local_port_range"));

    // Windows: the same at connect is WSAEADDRINUSE (10048) or WSAENOBUFS (10055), and netsh widens the range.
    v = judgeWithPorts({{.outcome = u"error"_s, .osError = u"WSAEADDRINUSE"_s, .local = true}},
                       localPorts(9, 0, 40000, 40009, 0, 9));
    EXPECT_EQ(v.code, u"local.ports_exhausted");
    EXPECT_TRUE(v.explanation.contains(u"open connections")) << v.explanation.toStdString();
    EXPECT_TRUE(v.nextSteps.join(u'\n').contains(u"netsh int ipv4 set dynamicport"));

    // Connections that could not be counted: the error still decides, and the report says what it could not see.
    evidence::LocalPortsSeen unknown;
    unknown.read = true;
    unknown.error = u"sock_diag: Operation not permitted"_s;
    v = judgeWithPorts({noPort}, unknown.toJson());
    EXPECT_EQ(v.code, u"local.ports_exhausted");
    EXPECT_TRUE(v.evidence.join(u'\n').contains(u"could not be counted")) << v.evidence.join(u'\n').toStdString();
}

TEST(Diagnosis, EaddrnotavailWithFreePortsIsNotCalledExhausted)
{
    // Most ports free: the error has another cause (an address this computer does not have), and the
    // evidence beside the verdict would contradict "no port left".
    const A noPort{.outcome = u"error"_s, .osError = u"EADDRNOTAVAIL"_s, .local = true};
    const Verdict v = judgeWithPorts({noPort}, localPorts(3, 1, 32768, 60999));
    EXPECT_NE(v.code, u"local.ports_exhausted");
    // A working address beside it: the connection worked, nothing is exhausted for this target.
    EXPECT_EQ(judgeWithPorts({noPort, {.address = u"2001:db8:2::2"_s, .outcome = u"open"_s, .rtt = 2}},
                             localPorts(10, 10))
                  .code,
              u"ok.partial");
}

TEST(Diagnosis, PortsExhaustedRoundTripsThroughJson)
{
    const QJsonObject o = localPorts(8, 7, 40000, 40009, 2, 6);
    const evidence::LocalPortsSeen lp = evidence::LocalPortsSeen::fromJson(o);
    EXPECT_TRUE(lp.counted);
    EXPECT_EQ(lp.rangeSize(), 10);
    EXPECT_EQ(lp.inRange, 8);
    EXPECT_EQ(lp.toTarget, 7);
    EXPECT_EQ(lp.stateCount(u"established"_s), 6);
    EXPECT_TRUE(lp.nearlyFull());
    EXPECT_EQ(lp.toJson(), o);
    EXPECT_FALSE(evidence::LocalPortsSeen::fromJson(localPorts(7, 0)).nearlyFull());
}
