// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The dns.* verdicts, from a DNS step judged by the step itself (judgeDns) and a port step as the
// port test writes it. No network.

#include "diagnosis/Diagnosis.h"
#include "steps/DnsEvidence.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using tcpd::platform::DnsServerReply;
using tcpd::platform::DnsStatus;
using Sys = tcpd::platform::SystemResolution::Status;

namespace {

Target nameTarget(const QString& host)
{
    Target t;
    t.input = host + u":8080"_s;
    t.host = host;
    t.displayHost = host;
    t.port = 8080;
    return t;
}

DnsServerReply server(const std::string& address, DnsStatus status, std::vector<std::string> a = {})
{
    DnsServerReply r;
    r.server = address;
    r.askedA = r.askedAAAA = true;
    r.a.status = status;
    r.aaaa.status = status == DnsStatus::NoError ? DnsStatus::NoData : status;
    for (const auto& x : a) {
        r.a.records.push_back({x, 60});
    }
    return r;
}

DnsEvidence evidence(const QString& name, std::vector<DnsServerReply> servers, Sys system,
                     std::vector<std::string> addrs = {})
{
    DnsEvidence e;
    e.name = name;
    e.config.readOk = true;
    e.config.source = "/etc/resolv.conf";
    for (const auto& s : servers) {
        e.config.servers.push_back({s.server, "configured"});
    }
    e.servers = std::move(servers);
    e.system.status = system;
    e.system.addresses = std::move(addrs);
    e.hostsPath = "/etc/hosts";
    e.hostsRead.ok = true;
    e.budgetMs = 3000;
    return e;
}

/// The checklist as the runner hands it to diagnose(): the DNS step, and a port step that tried
/// every address with `outcome` (none when the DNS step gave no address).
struct Checked {
    Verdict verdict;
    StepResult dns;
};

Checked check(const QString& name, const DnsEvidence& e, const QString& outcome, StepOptions options = {})
{
    Checked c;
    const Target t = nameTarget(name);
    QStringList addresses;
    c.dns = judgeDns(t, options, e, &addresses);
    StepResult port;
    port.id = u"port"_s;
    if (addresses.isEmpty()) {
        port.status = StepStatus::Skipped;
        port.data.insert(u"reason"_s, u"no_address"_s);
    } else {
        QJsonArray attempts;
        for (const QString& a : addresses) {
            attempts.append(QJsonObject{{u"address"_s, a},
                                        {u"family"_s, a.contains(u':') ? u"ipv6"_s : u"ipv4"_s},
                                        {u"outcome"_s, outcome},
                                        {u"rtt_ms"_s, outcome == u"open" ? QJsonValue(3.0) : QJsonValue()},
                                        {u"tries"_s, 4},
                                        {u"elapsed_ms"_s, 1500}});
        }
        port.status = outcome == u"open" ? StepStatus::Pass : StepStatus::Fail;
        port.data.insert(u"attempts"_s, attempts);
        port.data.insert(u"elapsed_ms"_s, 1500);
    }
    c.verdict = diagnose(t, {notBuiltStep(u"link"_s), notBuiltStep(u"ip"_s), c.dns, notBuiltStep(u"firewall"_s), port});
    EXPECT_FALSE(c.verdict.title.isEmpty()) << c.verdict.code.toStdString();
    EXPECT_FALSE(c.verdict.explanation.isEmpty()) << c.verdict.code.toStdString();
    EXPECT_FALSE(c.verdict.nextSteps.isEmpty()) << c.verdict.code.toStdString();
    return c;
}

bool evidenceHas(const Verdict& v, const QString& text)
{
    return std::any_of(v.evidence.begin(), v.evidence.end(),
                       [&text](const QString& line) { return line.contains(text); });
}

} // namespace

TEST(DnsRules, EveryLookupFailureIsItsOwnVerdict)
{
    struct Case {
        DnsStatus server;
        Sys system;
        const char* code;
    };
    const Case cases[] = {{DnsStatus::NxDomain, Sys::NoSuchName, "dns.nxdomain"},
                          {DnsStatus::NoData, Sys::NoData, "dns.no_records"},
                          {DnsStatus::ServFail, Sys::TryAgain, "dns.servfail"},
                          {DnsStatus::Refused, Sys::Error, "dns.refused"},
                          {DnsStatus::Timeout, Sys::Timeout, "dns.timeout"}};
    for (const Case& c : cases) {
        const Checked r = check(u"app.lab.example"_s,
                                evidence(u"app.lab.example"_s, {server("203.0.113.2", c.server)}, c.system), u"open"_s);
        EXPECT_EQ(r.verdict.code, QLatin1String(c.code));
        EXPECT_EQ(r.verdict.layer, u"dns");
        EXPECT_EQ(exitCodeFor(r.verdict), 1);
        EXPECT_TRUE(evidenceHas(r.verdict, u"Your computer asked the DNS server 203.0.113.2 for app.lab.example"_s))
            << c.code << ": " << r.verdict.evidence.join(u" | "_s).toStdString();
    }
}

TEST(DnsRules, NoResolver)
{
    auto e = evidence(u"app.lab.example"_s, {}, Sys::TryAgain);
    const Checked r = check(u"app.lab.example"_s, e, u"open"_s);
    EXPECT_EQ(r.verdict.code, u"dns.no_resolver");
    EXPECT_TRUE(evidenceHas(r.verdict, u"/etc/resolv.conf"_s));
}

TEST(DnsRules, TheTypoHintIsANextStep)
{
    StepOptions options;
    options.knownNames = {u"app.lab.example"_s};
    const Checked r
        = check(u"app.lab.exmaple"_s,
                evidence(u"app.lab.exmaple"_s, {server("203.0.113.2", DnsStatus::NxDomain)}, Sys::NoSuchName),
                u"open"_s, options);
    EXPECT_EQ(r.verdict.code, u"dns.nxdomain");
    EXPECT_EQ(r.verdict.nextSteps.value(0), u"Did you mean app.lab.example?");
}

TEST(DnsRules, OnlyIPv6AndNoRoute)
{
    auto e = evidence(u"v6.lab.example"_s, {}, Sys::NoSuchName);
    DnsServerReply s = server("203.0.113.2", DnsStatus::NoData);
    s.aaaa.status = DnsStatus::NoError;
    s.aaaa.records.push_back({"2001:db8:2::2", 60});
    e.config.servers.push_back({"203.0.113.2", "configured"});
    e.servers.push_back(s);
    e.ipv6Route = false;
    const Checked r = check(u"v6.lab.example"_s, e, u"open"_s);
    EXPECT_EQ(r.verdict.code, u"dns.no_records");
    EXPECT_TRUE(r.verdict.explanation.contains(u"no IPv6 route"_s)) << r.verdict.explanation.toStdString();
}

TEST(DnsRules, ASinkholeIsBlockedNotRefused)
{
    const Checked r = check(
        u"ads.lab.example"_s,
        evidence(u"ads.lab.example"_s, {server("203.0.113.2", DnsStatus::NoError, {"0.0.0.0"})}, Sys::Ok, {"0.0.0.0"}),
        u"refused"_s);
    EXPECT_EQ(r.verdict.code, u"dns.sinkholed");
    EXPECT_EQ(r.verdict.layer, u"dns");
    EXPECT_TRUE(r.verdict.explanation.contains(u"0.0.0.0"_s));
}

TEST(DnsRules, AStaleHostsEntryExplainsAFailedPortTest)
{
    auto e = evidence(u"app.lab.example"_s, {server("203.0.113.2", DnsStatus::NoError, {"203.0.113.2"})}, Sys::Ok,
                      {"192.0.2.99"});
    e.hostsEntries.push_back({"192.0.2.99", {"app.lab.example"}, 3});
    const Checked failed = check(u"app.lab.example"_s, e, u"filtered"_s);
    EXPECT_EQ(failed.verdict.code, u"dns.hosts_override");
    EXPECT_EQ(failed.verdict.layer, u"dns");
    EXPECT_TRUE(failed.verdict.explanation.contains(u"203.0.113.2"_s)) << "what DNS says";
    EXPECT_TRUE(evidenceHas(failed.verdict, u"Line 3 of the hosts file"_s));
    // The same entry, and the port answers: the hosts file is somebody's choice, and it works.
    EXPECT_EQ(check(u"app.lab.example"_s, e, u"open"_s).verdict.code, u"ok.reachable");
}

TEST(DnsRules, TheWrongAddressExplainsAFailedPortTest)
{
    auto e = evidence(u"app.lab.example"_s, {server("203.0.113.2", DnsStatus::NoError, {"203.0.113.9"})}, Sys::Ok,
                      {"203.0.113.9"});
    StepOptions options;
    options.expectedAddress = u"203.0.113.2"_s;
    const Checked r = check(u"app.lab.example"_s, e, u"filtered"_s, options);
    EXPECT_EQ(r.verdict.code, u"dns.wrong_address");
    EXPECT_TRUE(r.verdict.explanation.contains(u"203.0.113.2"_s));
    EXPECT_EQ(check(u"app.lab.example"_s, e, u"open"_s, options).verdict.code, u"ok.reachable");
    options.expectedAddress = u"203.0.113.9"_s;
    EXPECT_EQ(check(u"app.lab.example"_s, e, u"filtered"_s, options).verdict.code, u"port.filtered")
        << "DNS leads where expected: the port is the problem";
}
