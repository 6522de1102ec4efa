// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The rules of the server side's verdict (listen.*), on hand-made tables: no network, no /proc.

#include "listen/ListenVerdict.h"
#include "listen/ListenCheck.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using tcpd::platform::ListenSocket;
using tcpd::platform::ListenTable;
using tcpd::platform::OwnAddress;

namespace {

OwnAddress own(const char* address, bool loopback = false, bool linkLocal = false)
{
    OwnAddress o;
    o.address = address;
    o.ipv6 = std::string(address).find(':') != std::string::npos;
    o.interfaceName = loopback ? "lo" : "eth0";
    o.loopback = loopback;
    o.linkLocal = linkLocal;
    return o;
}

ListenSocket sock(const char* address, uint16_t port, long long pid = 812, const char* process = "sshd")
{
    ListenSocket s;
    s.address = address;
    s.port = port;
    s.ipv6 = std::string(address).find(':') != std::string::npos;
    s.pid = pid;
    s.process = pid >= 0 ? process : "";
    s.uid = 0;
    s.user = "root";
    return s;
}

/// A server with a main address (192.0.2.2), a second one (192.0.2.60), loopback and link-local.
ListenFacts facts(uint16_t port, std::vector<ListenSocket> sockets, const char* os = "linux")
{
    ListenFacts f;
    f.port = port;
    f.table.ok = true;
    f.table.os = os;
    f.table.privileged = true;
    f.table.sockets = std::move(sockets);
    f.table.ownAddresses = {own("127.0.0.1", true), own("::1", true),   own("192.0.2.2"),
                            own("192.0.2.60"),      own("2001:db8::2"), own("fe80::1%eth0", false, true)};
    f.table.mainAddresses = {"192.0.2.2", "2001:db8::2"};
    f.clientAddresses = defaultClientAddresses(f.table);
    return f;
}

ListenProbe probe(const char* address, const char* outcome, bool loopback = false)
{
    ListenProbe p;
    p.address = QString::fromLatin1(address);
    p.ipv6 = p.address.contains(u':');
    p.loopback = loopback;
    p.outcome = QString::fromLatin1(outcome);
    return p;
}

const Finding* findingWith(const ListenJudgement& j, const QString& code)
{
    for (const Finding& f : j.findings) {
        if (f.code == code) {
            return &f;
        }
    }
    return nullptr;
}

bool anyContains(const QStringList& list, const QString& text)
{
    for (const QString& s : list) {
        if (s.contains(text)) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST(ListenVerdict, ListeningOnEveryAddressIsOk)
{
    for (const char* any : {"0.0.0.0", "::", "::ffff:0.0.0.0"}) {
        const ListenJudgement j = judgeListen(facts(22, {sock(any, 22)}));
        EXPECT_EQ(j.verdict.code, u"listen.ok") << any;
        EXPECT_EQ(j.verdict.layer, u"none");
        EXPECT_TRUE(j.verdict.explanation.contains(u"sshd (pid 812)")) << j.verdict.explanation.toStdString();
    }
}

TEST(ListenVerdict, TheFirewallIsNotCheckedAndNeverPasses)
{
    const ListenJudgement j = judgeListen(facts(22, {sock("0.0.0.0", 22)}));
    const Finding* fw = findingWith(j, u"firewall.not_checked"_s);
    ASSERT_NE(fw, nullptr);
    EXPECT_EQ(fw->severity, Severity::Info);
    EXPECT_TRUE(fw->title.contains(u"Not checked yet"));
    EXPECT_TRUE(anyContains(fw->advice, u"nft list ruleset"_s));
}

TEST(ListenVerdict, ListeningOnTheMainAddressIsOk)
{
    EXPECT_EQ(judgeListen(facts(443, {sock("192.0.2.2", 443, 900, "nginx")})).verdict.code, u"listen.ok");
    EXPECT_EQ(judgeListen(facts(443, {sock("2001:db8::2", 443, 900, "nginx")})).verdict.code, u"listen.ok");
}

TEST(ListenVerdict, LoopbackOnly)
{
    for (const char* lo : {"127.0.0.1", "127.0.1.1", "::1", "::ffff:127.0.0.1"}) {
        const ListenJudgement j = judgeListen(facts(5432, {sock(lo, 5432, 77, "postgres")}));
        EXPECT_EQ(j.verdict.code, u"listen.loopback_only") << lo;
        EXPECT_EQ(j.verdict.layer, u"server");
        EXPECT_TRUE(j.verdict.title.contains(QString::fromLatin1(lo))) << j.verdict.title.toStdString();
        EXPECT_TRUE(anyContains(j.verdict.nextSteps, u"0.0.0.0"_s));
        EXPECT_TRUE(anyContains(j.verdict.nextSteps, u"listen_addresses"_s));
    }
    // Both loopback addresses are still loopback only.
    EXPECT_EQ(judgeListen(facts(5432, {sock("127.0.0.1", 5432), sock("::1", 5432)})).verdict.code,
              u"listen.loopback_only");
}

TEST(ListenVerdict, AnotherAddressOfThisComputer)
{
    const ListenJudgement j = judgeListen(facts(8080, {sock("192.0.2.60", 8080, 31, "java")}));
    EXPECT_EQ(j.verdict.code, u"listen.other_address");
    EXPECT_EQ(j.verdict.layer, u"server");
    // The evidence lists both the bound address and the addresses clients use.
    EXPECT_TRUE(anyContains(j.verdict.evidence, u"Bound to: 192.0.2.60"_s));
    EXPECT_TRUE(anyContains(j.verdict.evidence, u"192.0.2.2"_s));
    EXPECT_TRUE(anyContains(j.verdict.evidence, u"This computer's own addresses: 192.0.2.2, 192.0.2.60"_s));
    EXPECT_TRUE(j.verdict.explanation.contains(u"192.0.2.2"));
}

TEST(ListenVerdict, AnAddressThisComputerNoLongerHas)
{
    const ListenJudgement j = judgeListen(facts(8080, {sock("198.51.100.7", 8080)}));
    EXPECT_EQ(j.verdict.code, u"listen.other_address");
    EXPECT_TRUE(j.verdict.explanation.contains(u"not an address of this computer any more"));
}

TEST(ListenVerdict, TheWorstSpecificAddressIsNamedAndEveryAddressWins)
{
    EXPECT_EQ(judgeListen(facts(80, {sock("127.0.0.1", 80), sock("192.0.2.60", 80)})).verdict.code,
              u"listen.other_address");
    EXPECT_EQ(judgeListen(facts(80, {sock("127.0.0.1", 80), sock("0.0.0.0", 80)})).verdict.code, u"listen.ok");
}

TEST(ListenVerdict, GivenClientAddressesDecide)
{
    ListenFacts f = facts(8080, {sock("192.0.2.60", 8080)});
    f.clientAddresses = {u"192.0.2.60"_s};
    f.clientAddressesGiven = true;
    EXPECT_EQ(judgeListen(f).verdict.code, u"listen.ok");
    f.table.sockets = {sock("192.0.2.2", 8080)};
    const ListenJudgement j = judgeListen(f);
    EXPECT_EQ(j.verdict.code, u"listen.other_address");
    EXPECT_TRUE(anyContains(j.verdict.evidence, u"as given with --address"_s));
}

TEST(ListenVerdict, NothingListensAndNearbyPortsAreNamed)
{
    const ListenJudgement j = judgeListen(facts(80, {sock("0.0.0.0", 8080, 7, "nginx"), sock("0.0.0.0", 22)}));
    EXPECT_EQ(j.verdict.code, u"listen.none");
    EXPECT_EQ(j.verdict.layer, u"server");
    EXPECT_TRUE(anyContains(j.verdict.evidence, u"Nearby: nginx (pid 7) listens on 0.0.0.0:8080"_s));
    EXPECT_FALSE(anyContains(j.verdict.evidence, u":22"_s)) << "22 is not near 80";
    EXPECT_TRUE(anyContains(j.verdict.nextSteps, u"systemctl status NAME, and journalctl -u NAME"_s));
    EXPECT_TRUE(anyContains(j.verdict.nextSteps, u"(NAME is the service, for example nginx"_s));
    EXPECT_TRUE(anyContains(j.verdict.nextSteps, u"something listens on port(s) 8080 nearby"_s));
    EXPECT_TRUE(anyContains(j.verdict.nextSteps, u"tcpdoctor listen --serve 80"_s));
}

TEST(ListenVerdict, NothingNearbySaysHowManyListenInAll)
{
    const ListenJudgement j = judgeListen(facts(7000, {sock("0.0.0.0", 22)}));
    EXPECT_EQ(j.verdict.code, u"listen.none");
    EXPECT_TRUE(anyContains(j.verdict.evidence, u"1 port(s) listen on this computer in all"_s));
}

TEST(ListenVerdict, WhereTheTableIsHiddenTheConnectionsFromHereDecide)
{
    ListenFacts f = facts(8080, {}, "macos");
    f.table.complete = false;
    f.table.privileged = false;
    f.probes = {probe("127.0.0.1", "open", true), probe("192.0.2.2", "open")};
    EXPECT_EQ(judgeListen(f).verdict.code, u"listen.ok");
    f.probes = {probe("127.0.0.1", "open", true), probe("192.0.2.2", "refused")};
    EXPECT_EQ(judgeListen(f).verdict.code, u"listen.loopback_only");
    f.probes = {probe("127.0.0.1", "refused", true), probe("192.0.2.2", "refused"), probe("192.0.2.60", "open")};
    EXPECT_EQ(judgeListen(f).verdict.code, u"listen.other_address");
    f.probes = {probe("127.0.0.1", "refused", true), probe("192.0.2.2", "refused")};
    const ListenJudgement j = judgeListen(f);
    EXPECT_EQ(j.verdict.code, u"listen.none");
    ASSERT_NE(findingWith(j, u"listen.table_incomplete"_s), nullptr);
    EXPECT_TRUE(anyContains(j.verdict.nextSteps, u"lsof -nP -iTCP:8080 -sTCP:LISTEN"_s));
}

TEST(ListenVerdict, HiddenOwnersAreSaidPlainly)
{
    ListenFacts f = facts(22, {sock("0.0.0.0", 22, -1)});
    f.table.privileged = false;
    ListenJudgement j = judgeListen(f);
    const Finding* hidden = findingWith(j, u"listen.owner_hidden"_s);
    ASSERT_NE(hidden, nullptr);
    EXPECT_TRUE(hidden->title.contains(u"not running as administrator"));
    EXPECT_TRUE(anyContains(hidden->advice, u"sudo tcpdoctor listen 22"_s));
    EXPECT_TRUE(j.verdict.explanation.contains(u"an unknown program of user root"))
        << j.verdict.explanation.toStdString();

    f.table.os = "windows";
    f.table.sockets = {sock("0.0.0.0", 22, 3120, "")};
    j = judgeListen(f);
    ASSERT_NE(findingWith(j, u"listen.owner_hidden"_s), nullptr);
    EXPECT_TRUE(anyContains(findingWith(j, u"listen.owner_hidden"_s)->advice, u"Run as administrator"_s));
    EXPECT_TRUE(j.verdict.explanation.contains(u"pid 3120"));

    f.table.privileged = true; // root and still no process: the kernel or another namespace
    f.table.os = "linux";
    f.table.sockets = {sock("0.0.0.0", 2049, -1)};
    f.port = 2049;
    j = judgeListen(f);
    EXPECT_EQ(findingWith(j, u"listen.owner_hidden"_s), nullptr);
    ASSERT_NE(findingWith(j, u"listen.owner_unknown"_s), nullptr);

    f.table.sockets = {sock("0.0.0.0", 2049)};
    j = judgeListen(f);
    EXPECT_EQ(findingWith(j, u"listen.owner_unknown"_s), nullptr);
    EXPECT_EQ(findingWith(j, u"listen.owner_hidden"_s), nullptr);
}

TEST(ListenVerdict, ConnectionCountsAndAFullQueue)
{
    ListenFacts f = facts(443, {sock("0.0.0.0", 443, 900, "nginx")});
    f.table.activity = {{443, 12, 1}};
    ListenJudgement j = judgeListen(f);
    const Finding* c = findingWith(j, u"listen.connections"_s);
    ASSERT_NE(c, nullptr);
    EXPECT_TRUE(c->detail.contains(u"12 established connection(s)")) << c->detail.toStdString();
    EXPECT_TRUE(c->detail.contains(u"1 half-open"));
    EXPECT_EQ(findingWith(j, u"listen.overloaded"_s), nullptr);

    f.table.activity = {{443, 12, 200}};
    j = judgeListen(f);
    ASSERT_NE(findingWith(j, u"listen.overloaded"_s), nullptr);
    EXPECT_EQ(findingWith(j, u"listen.overloaded"_s)->severity, Severity::Warning);
    EXPECT_TRUE(anyContains(findingWith(j, u"listen.overloaded"_s)->advice, u"time-outs"_s));

    // A queue that is getting long but not full yet: a warning, still listen.ok.
    f.table.activity = {};
    f.table.sockets[0].acceptQueue = 20;
    f.table.sockets[0].acceptQueueMax = 128;
    j = judgeListen(f);
    EXPECT_EQ(j.verdict.code, u"listen.ok");
    ASSERT_NE(findingWith(j, u"listen.overloaded"_s), nullptr);
    EXPECT_TRUE(findingWith(j, u"listen.overloaded"_s)->detail.contains(u"20 connection(s) wait"));
    EXPECT_TRUE(findingWith(j, u"listen.overloaded"_s)->detail.contains(u"set to 128"));

    // A full queue is the verdict itself (issue 21: listen.backlog_full), not a warning beside listen.ok.
    f.table.sockets[0].acceptQueue = 128;
    j = judgeListen(f);
    EXPECT_EQ(j.verdict.code, u"listen.backlog_full");
    EXPECT_EQ(j.verdict.layer, u"server");
    EXPECT_EQ(findingWith(j, u"listen.overloaded"_s), nullptr); // said once, in the verdict
    ASSERT_NE(findingWith(j, u"listen.connections"_s), nullptr);
}

TEST(ListenVerdict, AFullAcceptQueueIsBacklogFull)
{
    ListenFacts f = facts(9000, {sock("::", 9000, 4242, "app")});
    f.table.sockets[0].acceptQueue = 2; // Linux queues one more than the backlog before it drops SYNs
    f.table.sockets[0].acceptQueueMax = 1;
    f.probes = {probe("127.0.0.1", "filtered", true), probe("192.0.2.2", "filtered"), probe("2001:db8::2", "filtered")};
    f.overflowsDuring = 6;
    const ListenJudgement j = judgeListen(f);
    EXPECT_EQ(j.verdict.code, u"listen.backlog_full");
    EXPECT_TRUE(j.verdict.explanation.contains(u"app (pid 4242)")) << j.verdict.explanation.toStdString();
    EXPECT_TRUE(j.verdict.explanation.contains(u"2 connection(s) wait"));
    EXPECT_TRUE(j.verdict.explanation.contains(u"\"timed out\""));
    EXPECT_TRUE(anyContains(j.verdict.evidence, u"dropped 6 connection request(s)"_s));
    EXPECT_TRUE(anyContains(j.verdict.evidence, u"[2001:db8::2]:9000 got no answer at all: the queue is full"_s));
    EXPECT_TRUE(anyContains(j.verdict.nextSteps, u"net.core.somaxconn"_s));
    // Our own unanswered connections are explained by the queue, not reported as a contradiction.
    EXPECT_EQ(findingWith(j, u"listen.refused_here"_s), nullptr);
}

TEST(ListenVerdict, DroppedSynsWhileOurOwnConnectionGotNoAnswerIsBacklogFull)
{
    // Windows and older systems do not tell the queue; the counters and our silent connection do.
    ListenFacts f = facts(9000, {sock("0.0.0.0", 9000, 4242, "app")});
    f.probes = {probe("127.0.0.1", "filtered", true), probe("192.0.2.2", "filtered")};
    f.overflowsDuring = 2;
    EXPECT_EQ(judgeListen(f).verdict.code, u"listen.backlog_full");
    // Counters that rose while every connection of ours was accepted belong to another port.
    f.probes = {probe("127.0.0.1", "open", true), probe("192.0.2.2", "open")};
    EXPECT_EQ(judgeListen(f).verdict.code, u"listen.ok");
    // No counters and no queue length: silence alone is not called a full queue.
    f.probes = {probe("127.0.0.1", "filtered", true), probe("192.0.2.2", "filtered")};
    f.overflowsDuring = -1;
    EXPECT_EQ(judgeListen(f).verdict.code, u"listen.ok");
    // A full queue on a loopback-only listener: other computers cannot connect anyway; that comes first.
    f.table.sockets = {sock("127.0.0.1", 9000, 4242, "app")};
    f.table.sockets[0].acceptQueue = 5;
    f.table.sockets[0].acceptQueueMax = 4;
    EXPECT_EQ(judgeListen(f).verdict.code, u"listen.loopback_only");
}

TEST(ListenVerdict, AProgramThatClosesAtOnceStillAccepted)
{
    ListenFacts f = facts(22, {}, "macos");
    f.table.complete = false;
    f.probes = {probe("127.0.0.1", "closed_after_connect", true), probe("192.0.2.2", "refused")};
    const ListenJudgement j = judgeListen(f);
    EXPECT_EQ(j.verdict.code, u"listen.loopback_only");
    EXPECT_TRUE(anyContains(j.verdict.evidence, u"was accepted, then the program closed it at once"_s));
    f.probes = {probe("127.0.0.1", "refused", true), probe("192.0.2.2", "reset_after_connect")};
    EXPECT_EQ(judgeListen(f).verdict.code, u"listen.ok");
    f.probes = {probe("127.0.0.1", "filtered", true), probe("192.0.2.2", "error")};
    EXPECT_EQ(judgeListen(f).verdict.code, u"listen.none");
}

TEST(ListenVerdict, IpV6OnlyListenerRefusingIpv4IsPointedOut)
{
    ListenFacts f = facts(22, {sock("::", 22)});
    f.probes = {probe("127.0.0.1", "refused", true), probe("192.0.2.2", "refused"), probe("2001:db8::2", "open")};
    const ListenJudgement j = judgeListen(f);
    EXPECT_EQ(j.verdict.code, u"listen.ok");
    const Finding* r = findingWith(j, u"listen.refused_here"_s);
    ASSERT_NE(r, nullptr);
    EXPECT_TRUE(r->title.contains(u"192.0.2.2:22"));
    EXPECT_TRUE(anyContains(r->advice, u"IPV6_V6ONLY"_s));
    EXPECT_TRUE(anyContains(j.verdict.evidence, u"a connection to [2001:db8::2]:22 was accepted"_s));
}

TEST(ListenVerdict, AnIpv4OnlyListenerLeavesIpv6ClientsOutButIsNoContradiction)
{
    ListenFacts f = facts(2024, {sock("0.0.0.0", 2024)});
    f.probes = {probe("127.0.0.1", "open", true), probe("192.0.2.2", "open"), probe("2001:db8::2", "refused")};
    const ListenJudgement j = judgeListen(f);
    EXPECT_EQ(j.verdict.code, u"listen.ok");
    EXPECT_EQ(findingWith(j, u"listen.refused_here"_s), nullptr) << "0.0.0.0 never promised IPv6";
    const Finding* gap = findingWith(j, u"listen.not_all_addresses"_s);
    ASSERT_NE(gap, nullptr);
    EXPECT_TRUE(gap->detail.contains(u"2001:db8::2"));
    EXPECT_FALSE(gap->detail.contains(u"192.0.2.2"));
    // "::" covers both: no gap; a refused IPv4 connection to it is a contradiction (IPV6_V6ONLY).
    f.table.sockets = {sock("::", 2024)};
    EXPECT_EQ(findingWith(judgeListen(f), u"listen.not_all_addresses"_s), nullptr);
}

TEST(ListenVerdict, AGivenAddressThatIsNotOursPointsAtForwarding)
{
    ListenFacts f = facts(443, {sock("0.0.0.0", 443)});
    f.clientAddresses = {u"203.0.113.9"_s};
    f.clientAddressesGiven = true;
    const ListenJudgement j = judgeListen(f);
    EXPECT_EQ(j.verdict.code, u"listen.ok");
    ASSERT_NE(findingWith(j, u"listen.address_not_own"_s), nullptr);
}

TEST(ListenVerdict, CommandsPerOs)
{
    EXPECT_EQ(listCommand(u"linux"_s, 22), u"sudo ss -ltnp 'sport = :22'");
    EXPECT_EQ(listCommand(u"windows"_s, 22), u"Get-NetTCPConnection -LocalPort 22 -State Listen");
    EXPECT_EQ(listCommand(u"macos"_s, 22), u"sudo lsof -nP -iTCP:22 -sTCP:LISTEN");
    ListenSocket unit = sock("127.0.0.1", 5432, 77, "postgres");
    unit.services = {"postgresql@15-main.service"};
    EXPECT_TRUE(serviceHint(u"linux"_s, 5432, &unit).contains(u"systemctl status postgresql@15-main.service"));
    ListenSocket plain = sock("127.0.0.1", 5432, 77, "postgres");
    EXPECT_TRUE(serviceHint(u"linux"_s, 5432, &plain)
                    .contains(u"systemctl status 77 shows the systemd service that runs postgres"));
    EXPECT_TRUE(
        serviceHint(u"windows"_s, 3389, nullptr).contains(u"Get-Service NAME. ")
        && serviceHint(u"windows"_s, 3389, nullptr).contains(u"(NAME is the service, for example TermService.)"));
    ListenSocket rdp = sock("0.0.0.0", 3389, 1044, "svchost.exe");
    rdp.services = {"TermService"};
    EXPECT_TRUE(serviceHint(u"windows"_s, 3389, &rdp).contains(u"Get-Service TermService"));
    rdp.services.clear();
    EXPECT_TRUE(serviceHint(u"windows"_s, 3389, &rdp).contains(u"tasklist /svc /fi \"PID eq 1044\""));
    EXPECT_TRUE(serviceHint(u"macos"_s, 22, nullptr).contains(u"launchctl list | grep NAME;")
                && serviceHint(u"macos"_s, 22, nullptr).contains(u"for example com.openssh.sshd"));
    EXPECT_TRUE(serviceHint(u"macos"_s, 22, &plain).contains(u"launchctl procinfo 77"));

    ListenSocket pg = sock("127.0.0.1", 5432, 77, "postgres");
    pg.services = {"postgresql@15-main.service"};
    const ListenJudgement j = judgeListen(facts(5432, {pg}));
    EXPECT_TRUE(anyContains(j.verdict.nextSteps, u"systemctl status postgresql@15-main.service"_s));
    EXPECT_TRUE(anyContains(j.verdict.nextSteps, u"sudo ss -ltnp 'sport = :5432'"_s));
}

TEST(ListenVerdict, NearbyPorts)
{
    ListenTable t;
    t.sockets = {sock("0.0.0.0", 3000), sock("0.0.0.0", 8080), sock("0.0.0.0", 8000), sock("0.0.0.0", 81),
                 sock("0.0.0.0", 2222), sock("0.0.0.0", 5433), sock("0.0.0.0", 8443), sock("0.0.0.0", 80)};
    auto ports = [&](quint16 port) {
        QList<int> out;
        for (const ListenSocket& s : nearbyListeners(t, port)) {
            out << s.port;
        }
        return out;
    };
    EXPECT_EQ(ports(80), (QList<int>{81, 8000, 8080})) << "closest first; 80 itself is not nearby";
    EXPECT_EQ(ports(22), (QList<int>{2222}));
    EXPECT_EQ(ports(5432), (QList<int>{5433}));
    EXPECT_EQ(ports(443), (QList<int>{8443}));
    EXPECT_TRUE(ports(9999).isEmpty());
}

TEST(ListenVerdict, AddressClassification)
{
    const std::vector<OwnAddress> mine = {own("127.0.0.1", true), own("192.0.2.2"), own("fe80::1%eth0", false, true)};
    const QStringList clients = {u"192.0.2.2"_s};
    EXPECT_EQ(classifyBind(u"0.0.0.0"_s, clients, mine), BindKind::Wildcard);
    EXPECT_EQ(classifyBind(u"::"_s, clients, mine), BindKind::Wildcard);
    EXPECT_EQ(classifyBind(u"::ffff:127.0.0.1"_s, clients, mine), BindKind::Loopback);
    EXPECT_EQ(classifyBind(u"::ffff:192.0.2.2"_s, clients, mine), BindKind::Client);
    EXPECT_EQ(classifyBind(u"fe80::1%eth0"_s, clients, mine), BindKind::OwnOther);
    EXPECT_EQ(classifyBind(u"203.0.113.5"_s, clients, mine), BindKind::NotOwn);
    EXPECT_EQ(classifyBind(u"not an address"_s, clients, mine), BindKind::NotOwn);
    EXPECT_EQ(endpointText(u"::1"_s, 22), u"[::1]:22");
    EXPECT_EQ(endpointText(u"127.0.0.1"_s, 22), u"127.0.0.1:22");
}

TEST(ListenVerdict, ExitCodes)
{
    ListenReport r;
    r.facts.table.ok = true;
    EXPECT_EQ(listenExitCode(r), 0) << "a plain list";
    r.facts.table.ok = false;
    EXPECT_EQ(listenExitCode(r), 3) << "no table, no verdict: the tool failed";
    r.hasVerdict = true;
    for (const auto& [code, exit] : std::vector<std::pair<QString, int>>{{u"listen.ok"_s, 0},
                                                                         {u"listen.none"_s, 1},
                                                                         {u"listen.loopback_only"_s, 1},
                                                                         {u"listen.other_address"_s, 1}}) {
        r.judgement.verdict.code = code;
        EXPECT_EQ(listenExitCode(r), exit) << code.toStdString();
    }
}
