// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The DNS step's judging half, fed with evidence made by hand, and its small helpers. No network.

#include "platform/DnsQuery.h"
#include "steps/DnsEvidence.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using tcpd::platform::DnsServerReply;
using tcpd::platform::DnsStatus;
using tcpd::platform::SystemResolution;

namespace {

using Sys = SystemResolution::Status;

Target nameTarget(const QString& host)
{
    Target t;
    t.input = host + u":443"_s;
    t.host = host;
    t.displayHost = host;
    t.port = 443;
    return t;
}

DnsServerReply server(const std::string& address, DnsStatus a, std::vector<std::string> aRecords = {},
                      DnsStatus aaaa = DnsStatus::NoData, std::vector<std::string> aaaaRecords = {})
{
    DnsServerReply r;
    r.server = address;
    r.askedA = r.askedAAAA = true;
    r.a.status = a;
    r.aaaa.status = aaaa;
    for (const auto& x : aRecords) {
        r.a.records.push_back({x, 60});
    }
    for (const auto& x : aaaaRecords) {
        r.aaaa.records.push_back({x, 60});
    }
    r.elapsedMs = a == DnsStatus::Timeout ? 2000 : 4;
    return r;
}

/// Evidence for `name` with these servers (in resolv.conf order) and this system resolver answer.
DnsEvidence evidence(const QString& name, std::vector<DnsServerReply> servers, Sys system,
                     std::vector<std::string> systemAddresses = {})
{
    DnsEvidence e;
    e.name = name;
    e.config.readOk = true;
    e.config.source = "/etc/resolv.conf";
    for (const auto& s : servers) {
        e.config.servers.push_back({s.server, "configured"});
    }
    e.servers = std::move(servers);
    e.systemRan = true;
    e.system.status = system;
    e.system.addresses = std::move(systemAddresses);
    e.system.errorText = system == Sys::Ok ? "" : "resolver said no";
    e.hostsPath = "/etc/hosts";
    e.hostsRead.ok = true;
    e.budgetMs = 3000;
    e.elapsedMs = 12;
    return e;
}

struct Judged {
    StepResult r;
    QStringList addresses;
    QString status() const { return r.data.value(u"status"_s).toString(); }
    bool has(const QString& code, Severity s) const
    {
        return std::any_of(r.findings.begin(), r.findings.end(),
                           [&](const Finding& f) { return f.code == code && f.severity == s; });
    }
};

Judged judge(const QString& name, const DnsEvidence& e, StepOptions options = {})
{
    Judged j;
    j.r = judgeDns(nameTarget(name), options, e, &j.addresses);
    for (const Finding& f : j.r.findings) {
        EXPECT_FALSE(f.title.isEmpty()) << f.code.toStdString();
    }
    return j;
}

} // namespace

TEST(DnsJudge, TheSystemResolversAnswerIsWhatThePortTestTries)
{
    auto e = evidence(u"app.example"_s,
                      {server("192.0.2.53", DnsStatus::NoError, {"192.0.2.10"}, DnsStatus::NoError, {"2001:db8::10"})},
                      Sys::Ok, {"2001:db8::10", "192.0.2.10"});
    const Judged j = judge(u"app.example"_s, e);
    EXPECT_EQ(j.status(), u"ok");
    EXPECT_EQ(j.r.status, StepStatus::Pass);
    EXPECT_EQ(j.addresses, (QStringList{u"2001:db8::10"_s, u"192.0.2.10"_s})) << "in the resolver's order";
    EXPECT_EQ(j.r.data.value(u"addresses"_s).toArray().size(), 2);
    EXPECT_TRUE(j.r.summary.contains(u"2 address"_s)) << j.r.summary.toStdString();
}

TEST(DnsJudge, EachFailureHasItsStatusAndFinding)
{
    struct Case {
        DnsStatus server;
        Sys system;
        const char* status;
        const char* code;
    };
    const Case cases[] = {
        {DnsStatus::NxDomain, Sys::NoSuchName, "nxdomain", "dns.nxdomain"},
        {DnsStatus::NoData, Sys::NoData, "no_records", "dns.no_records"},
        {DnsStatus::NoData, Sys::NoSuchName, "no_records", "dns.no_records"}, // the servers are more precise
        {DnsStatus::ServFail, Sys::TryAgain, "servfail", "dns.servfail"},
        {DnsStatus::Refused, Sys::Error, "refused", "dns.refused"},
        {DnsStatus::Timeout, Sys::Timeout, "timeout", "dns.timeout"},
        {DnsStatus::ConnRefused, Sys::TryAgain, "timeout", "dns.timeout"},
    };
    for (const Case& c : cases) {
        auto e = evidence(u"app.example"_s, {server("192.0.2.53", c.server, {}, c.server)}, c.system);
        const Judged j = judge(u"app.example"_s, e);
        EXPECT_EQ(j.status(), QLatin1String(c.status)) << c.status;
        EXPECT_EQ(j.r.status, StepStatus::Fail) << c.status;
        EXPECT_TRUE(j.has(QLatin1String(c.code), Severity::Error)) << c.status;
        EXPECT_TRUE(j.addresses.isEmpty());
        EXPECT_EQ(j.r.data.value(u"error"_s).toString(), u"resolver said no") << "the system resolver's words are kept";
    }
}

TEST(DnsJudge, NoServerConfigured)
{
    auto e = evidence(u"app.example"_s, {}, Sys::TryAgain);
    e.serversSkipped = u"no_servers"_s;
    const Judged j = judge(u"app.example"_s, e);
    EXPECT_EQ(j.status(), u"no_resolver");
    EXPECT_TRUE(j.has(u"dns.no_resolver"_s, Severity::Error));
}

TEST(DnsJudge, SystemdResolvedWithoutUpstreamServersIsNoResolver)
{
    auto e = evidence(u"app.example"_s, {server("127.0.0.53", DnsStatus::ServFail, {}, DnsStatus::ServFail)},
                      Sys::TryAgain);
    e.config.stub = "127.0.0.53";
    e.config.upstreamSource = "/run/systemd/resolve/resolv.conf";
    const Judged j = judge(u"app.example"_s, e);
    EXPECT_EQ(j.status(), u"no_resolver");
    EXPECT_TRUE(j.r.findings.front().detail.contains(u"127.0.0.53"_s)) << j.r.findings.front().detail.toStdString();
}

TEST(DnsJudge, ASilentFirstServerIsAWarningWhenAnotherAnswers)
{
    auto e = evidence(u"app.example"_s,
                      {server("192.0.2.53", DnsStatus::Timeout, {}, DnsStatus::Timeout),
                       server("192.0.2.54", DnsStatus::NoError, {"192.0.2.10"})},
                      Sys::Timeout);
    e.config.timeoutS = 5;
    const Judged j = judge(u"app.example"_s, e);
    EXPECT_EQ(j.status(), u"ok");
    EXPECT_EQ(j.addresses, QStringList{u"192.0.2.10"_s});
    EXPECT_EQ(j.r.data.value(u"addresses_from"_s).toString(), u"dns_servers");
    EXPECT_EQ(j.r.status, StepStatus::Warn);
    EXPECT_TRUE(j.has(u"dns.timeout"_s, Severity::Warning));
    EXPECT_FALSE(j.has(u"dns.timeout"_s, Severity::Error));
}

TEST(DnsJudge, ServersThatDisagreeAboutTheNameAreAWarning)
{
    auto e = evidence(u"intranet.example"_s,
                      {server("192.0.2.53", DnsStatus::NoError, {"192.0.2.10"}),
                       server("198.51.100.53", DnsStatus::NxDomain, {}, DnsStatus::NxDomain)},
                      Sys::Ok, {"192.0.2.10"});
    const Judged j = judge(u"intranet.example"_s, e);
    EXPECT_TRUE(j.r.data.value(u"servers_disagree"_s).toBool());
    EXPECT_TRUE(j.has(u"dns.servers_disagree"_s, Severity::Warning));
    // Different addresses only (a CDN): worth telling, not a warning.
    auto cdn = evidence(u"www.example"_s,
                        {server("192.0.2.53", DnsStatus::NoError, {"192.0.2.10"}),
                         server("198.51.100.53", DnsStatus::NoError, {"192.0.2.11"})},
                        Sys::Ok, {"192.0.2.10"});
    const Judged c = judge(u"www.example"_s, cdn);
    EXPECT_TRUE(c.has(u"dns.servers_disagree"_s, Severity::Info));
    EXPECT_EQ(c.r.status, StepStatus::Pass);
}

TEST(DnsJudge, SinkholeAnswersAreNotTried)
{
    auto e = evidence(u"ads.example"_s, {server("192.0.2.53", DnsStatus::NoError, {"0.0.0.0"})}, Sys::Ok, {"0.0.0.0"});
    const Judged j = judge(u"ads.example"_s, e);
    EXPECT_EQ(j.status(), u"sinkholed");
    EXPECT_TRUE(j.addresses.isEmpty());
    EXPECT_TRUE(j.has(u"dns.sinkholed"_s, Severity::Error));

    auto loop = evidence(u"tracker.example"_s, {server("192.0.2.53", DnsStatus::NoError, {"127.0.0.1"})}, Sys::Ok,
                         {"127.0.0.1"});
    EXPECT_EQ(judge(u"tracker.example"_s, loop).status(), u"sinkholed");
}

TEST(DnsJudge, LoopbackFromTheHostsFileOrForLocalNamesIsNoSinkhole)
{
    auto e = evidence(u"myapp.test"_s, {server("192.0.2.53", DnsStatus::NxDomain, {}, DnsStatus::NxDomain)}, Sys::Ok,
                      {"127.0.0.1"});
    e.hostsEntries.push_back({"127.0.0.1", {"myapp.test"}, 3});
    const Judged j = judge(u"myapp.test"_s, e);
    EXPECT_EQ(j.status(), u"ok");
    EXPECT_EQ(j.addresses, QStringList{u"127.0.0.1"_s});
    EXPECT_EQ(j.r.data.value(u"addresses_from"_s).toString(), u"hosts_file");
    EXPECT_TRUE(j.has(u"dns.hosts_file"_s, Severity::Info));

    auto own = evidence(u"laptop"_s, {}, Sys::Ok, {"127.0.1.1"});
    own.thisHostName = u"LAPTOP"_s;
    EXPECT_EQ(judge(u"laptop"_s, own).status(), u"ok");

    // 0.0.0.0 from the hosts file is a block all the same (ad-blocking hosts files).
    auto blocked
        = evidence(u"ads.example"_s, {server("192.0.2.53", DnsStatus::NoError, {"192.0.2.66"})}, Sys::Ok, {"0.0.0.0"});
    blocked.hostsEntries.push_back({"0.0.0.0", {"ads.example"}, 9});
    EXPECT_EQ(judge(u"ads.example"_s, blocked).status(), u"sinkholed");
}

TEST(DnsJudge, AHostsEntryThatDnsContradictsIsAnOverride)
{
    auto e = evidence(u"app.example"_s, {server("192.0.2.53", DnsStatus::NoError, {"203.0.113.2"})}, Sys::Ok,
                      {"192.0.2.99"});
    e.hostsEntries.push_back({"192.0.2.99", {"app.example"}, 7});
    const Judged j = judge(u"app.example"_s, e);
    EXPECT_EQ(j.status(), u"ok");
    EXPECT_TRUE(j.r.data.value(u"hosts_override"_s).toBool());
    EXPECT_TRUE(j.has(u"dns.hosts_override"_s, Severity::Warning));
    EXPECT_EQ(j.addresses, QStringList{u"192.0.2.99"_s})
        << "the application uses the hosts file: so does the port test";

    // The same entry with DNS agreeing is just information.
    auto agree = evidence(u"app.example"_s, {server("192.0.2.53", DnsStatus::NoError, {"192.0.2.99"})}, Sys::Ok,
                          {"192.0.2.99"});
    agree.hostsEntries.push_back({"192.0.2.99", {"app.example"}, 7});
    const Judged a = judge(u"app.example"_s, agree);
    EXPECT_FALSE(a.r.data.contains(u"hosts_override"_s));
    EXPECT_TRUE(a.has(u"dns.hosts_file"_s, Severity::Info));
}

TEST(DnsJudge, OnlyIPv6RecordsWithoutAnIPv6Route)
{
    auto e
        = evidence(u"v6.example"_s, {server("192.0.2.53", DnsStatus::NoData, {}, DnsStatus::NoError, {"2001:db8::6"})},
                   Sys::NoSuchName);
    e.ipv6RouteChecked = true;
    e.ipv6Route = false;
    const Judged j = judge(u"v6.example"_s, e);
    EXPECT_EQ(j.status(), u"no_records");
    EXPECT_TRUE(j.r.data.value(u"ipv6_only"_s).toBool());
    EXPECT_FALSE(j.r.data.value(u"ipv6_route"_s).toBool(true));
    ASSERT_FALSE(j.r.findings.isEmpty());
    EXPECT_TRUE(j.r.findings.front().detail.contains(u"no IPv6 route"_s)) << j.r.findings.front().detail.toStdString();

    // --ipv4 and only AAAA: the same outcome, another reason.
    StepOptions v4;
    v4.family = AddressFamily::IPv4;
    e.ipv6Route = true;
    const Judged k = judge(u"v6.example"_s, e, v4);
    EXPECT_EQ(k.status(), u"no_records");
    EXPECT_TRUE(k.r.findings.front().detail.contains(u"Only IPv4"_s));
}

TEST(DnsJudge, TheExpectedAddress)
{
    auto e = evidence(u"app.example"_s,
                      {server("192.0.2.53", DnsStatus::NoError, {"192.0.2.10"}),
                       server("192.0.2.54", DnsStatus::NoError, {"192.0.2.20"})},
                      Sys::Ok, {"192.0.2.10"});
    StepOptions options;
    options.expectedAddress = u"192.0.2.20"_s;
    const Judged j = judge(u"app.example"_s, e, options);
    const QJsonObject expected = j.r.data.value(u"expected"_s).toObject();
    EXPECT_FALSE(expected.value(u"matched"_s).toBool(true));
    EXPECT_EQ(expected.value(u"servers_with_it"_s).toArray(), QJsonArray{u"192.0.2.54"_s});
    EXPECT_TRUE(j.has(u"dns.wrong_address"_s, Severity::Warning));
    options.expectedAddress = u"192.0.2.10"_s;
    EXPECT_TRUE(judge(u"app.example"_s, e, options).has(u"dns.expected"_s, Severity::Info));
}

TEST(DnsJudge, AnIpAddressIsNotLookedUp)
{
    DnsEvidence e;
    e.name = u"192.0.2.10"_s;
    e.isAddress = true;
    e.reverseAddress = u"192.0.2.10"_s;
    tcpd::platform::DnsReverseReply rr;
    rr.server = "192.0.2.53";
    rr.ptr.status = DnsStatus::NoError;
    rr.ptr.records.push_back({"app.example", -1});
    e.reverse.push_back(rr);
    Target t = nameTarget(u"192.0.2.10"_s);
    t.isAddress = true;
    QStringList addresses;
    const StepResult r = judgeDns(t, {}, e, &addresses);
    EXPECT_EQ(r.status, StepStatus::Skipped);
    EXPECT_EQ(r.data.value(u"reason"_s).toString(), u"not_needed");
    EXPECT_EQ(addresses, QStringList{u"192.0.2.10"_s});
    EXPECT_TRUE(r.summary.contains(u"app.example"_s)) << r.summary.toStdString();
    EXPECT_EQ(r.data.value(u"reverse"_s).toObject().value(u"names"_s).toArray(), QJsonArray{u"app.example"_s});
}

TEST(DnsJudge, ThePlainSentenceForEachAnswer)
{
    const QJsonObject nx{{u"server"_s, u"192.0.2.53"_s}, {u"port"_s, 53}, {u"status"_s, u"nxdomain"_s}};
    EXPECT_EQ(describeServerAnswer(nx, u"app.example.com"_s),
              u"Your computer asked the DNS server 192.0.2.53 for app.example.com; it answered that the name does not "
              u"exist.");
    const QJsonObject ok{{u"server"_s, u"192.0.2.53"_s},
                         {u"port"_s, 5353},
                         {u"status"_s, u"ok"_s},
                         {u"a"_s,
                          QJsonObject{{u"records"_s, QJsonArray{QJsonObject{{u"address"_s, u"192.0.2.10"_s}}}},
                                      {u"cname_chain"_s, QJsonArray{u"edge.cdn.example"_s}}}}};
    const QString line = describeServerAnswer(ok, u"www.example"_s);
    EXPECT_TRUE(line.startsWith(
        u"Your computer asked the DNS server 192.0.2.53 port 5353 for www.example; it answered with 192.0.2.10."))
        << line.toStdString();
    EXPECT_TRUE(line.contains(u"edge.cdn.example"_s));
}

TEST(DnsHelpers, Sinkholes)
{
    bool loopback = false;
    EXPECT_TRUE(isSinkholeAddress(u"0.0.0.0"_s, &loopback));
    EXPECT_FALSE(loopback);
    EXPECT_TRUE(isSinkholeAddress(u"::"_s));
    EXPECT_TRUE(isSinkholeAddress(u"127.0.0.2"_s, &loopback));
    EXPECT_TRUE(loopback);
    EXPECT_TRUE(isSinkholeAddress(u"::1"_s));
    EXPECT_FALSE(isSinkholeAddress(u"192.0.2.10"_s));
    EXPECT_FALSE(isSinkholeAddress(u"2001:db8::1"_s));
    EXPECT_FALSE(isSinkholeAddress(u"not an address"_s));
}

TEST(DnsHelpers, LocalhostNames)
{
    EXPECT_TRUE(isLocalhostName(u"localhost"_s));
    EXPECT_TRUE(isLocalhostName(u"LocalHost."_s));
    EXPECT_TRUE(isLocalhostName(u"app.localhost"_s));
    EXPECT_FALSE(isLocalhostName(u"localhost.example"_s));
    EXPECT_FALSE(isLocalhostName(u"mylocalhost"_s));
}

TEST(DnsHelpers, TypoSuggestions)
{
    const QStringList known = {u"fileserver.corp.example"_s, u"mail.example.com"_s, u"db"_s};
    EXPECT_EQ(dnsTypoSuggestions(u"fileservr.corp.example"_s, known, {}), QStringList{u"fileserver.corp.example"_s});
    EXPECT_EQ(dnsTypoSuggestions(u"mial.example.com"_s, known, {}), QStringList{u"mail.example.com"_s})
        << "swapped letters";
    EXPECT_EQ(dnsTypoSuggestions(u"MAIL.example.com"_s, known, {}), QStringList()) << "the same name is no typo";
    EXPECT_EQ(dnsTypoSuggestions(u"www.example.org"_s, known, {}), QStringList()) << "too far from anything known";
    EXPECT_EQ(dnsTypoSuggestions(u"dc"_s, known, {}), QStringList{u"db"_s});
    // The end of the name is a typo of a search domain.
    EXPECT_EQ(dnsTypoSuggestions(u"printer.corp.exmaple"_s, {}, {u"corp.example"_s}),
              QStringList{u"printer.corp.example"_s});
    EXPECT_EQ(dnsTypoSuggestions(u"printer.corp.example"_s, {}, {u"corp.example"_s}), QStringList());
}

TEST(DnsHelpers, ReverseNames)
{
    EXPECT_EQ(tcpd::platform::reverseName("192.0.2.10"), "10.2.0.192.in-addr.arpa");
    EXPECT_EQ(tcpd::platform::reverseName("2001:db8::1"),
              "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    EXPECT_EQ(tcpd::platform::reverseName("app.example"), "");
}
