// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The whole DNS step (gather + judge) against scripted DNS servers on 127.0.0.1, a hosts file of
// the test's own and a stand-in for the system resolver (the real one would ask this machine's
// DNS servers, which is not loopback).

#include "DnsFakeServer.h"
#include "steps/DnsEvidence.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using tcpd::platform::SystemResolution;
using tcpd::test::DnsFakeServer;

namespace {

using Status = SystemResolution::Status;

Target nameTarget(const QString& host)
{
    const auto parsed = parseTarget(host + u":443"_s);
    EXPECT_TRUE(parsed.ok()) << parsed.error.toStdString();
    return parsed.ok() ? *parsed.target : Target{};
}

/// A DNS environment: the given fake servers, a hosts file with `hosts`, and a system resolver
/// that answers `system` (or, with status Timeout, behaves like the watchdog that ran out).
struct Env {
    QTemporaryDir dir;
    DnsEnvironment env;
    int systemCalls = 0;

    Env(const std::vector<const DnsFakeServer*>& servers, const QString& hosts, SystemResolution system)
    {
        for (const DnsFakeServer* s : servers) {
            env.config.servers.push_back({"127.0.0.1", "configured", s->port()});
        }
        env.config.readOk = true;
        env.config.source = "test resolv.conf";
        const QString path = dir.filePath(u"hosts"_s);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(hosts.toUtf8());
        f.close();
        env.hostsPath = path.toStdString();
        env.systemResolver
            = [this, system](const std::string&, tcpd::platform::Family, int timeoutMs, const std::atomic<bool>*) {
                  ++systemCalls;
                  SystemResolution r = system;
                  if (r.status == Status::Timeout) {
                      r.elapsedMs = timeoutMs;
                      r.errorText = "the system resolver did not answer in time";
                  }
                  return r;
              };
        env.thisHostName = u"testhost"_s;
    }
};

SystemResolution ok(std::vector<std::string> addresses)
{
    SystemResolution r;
    r.status = Status::Ok;
    r.addresses = std::move(addresses);
    r.elapsedMs = 3;
    return r;
}

SystemResolution failed(Status status, const char* text)
{
    SystemResolution r;
    r.status = status;
    r.errorText = text;
    return r;
}

struct StepRun {
    StepResult result;
    QStringList addresses;
    QString status() const { return result.data.value(u"status"_s).toString(); }
    const Finding* finding(const QString& code) const
    {
        for (const Finding& f : result.findings) {
            if (f.code == code) {
                return &f;
            }
        }
        return nullptr;
    }
};

StepRun run(const Target& target, const Env& env, StepOptions options = {}, const std::atomic<bool>* cancel = nullptr)
{
    StepRun r;
    r.result = runDnsStepWith(target, options, env.env, cancel, &r.addresses);
    EXPECT_EQ(r.result.id, u"dns");
    EXPECT_LE(r.result.data.value(u"elapsed_ms"_s).toInt(), r.result.data.value(u"budget_ms"_s).toInt())
        << "the DNS step stays within its budget";
    return r;
}

} // namespace

TEST(DnsStep, AHealthyNameResolvesEverywhere)
{
    DnsFakeServer server(DnsFakeServer::Names{{.name = "app.lab.example", .a = {"203.0.113.2"}},
                                              {.name = "2.113.0.203.in-addr.arpa", .ptr = {"app.lab.example"}}});
    ASSERT_TRUE(server.ok());
    Env env({&server}, u"127.0.0.1 localhost\n"_s, ok({"203.0.113.2"}));
    const StepRun r = run(nameTarget(u"app.lab.example"_s), env);
    EXPECT_EQ(r.status(), u"ok");
    EXPECT_EQ(r.result.status, StepStatus::Pass);
    EXPECT_EQ(r.addresses, QStringList{u"203.0.113.2"_s});
    EXPECT_EQ(r.result.data.value(u"addresses_from"_s).toString(), u"system_resolver");
    const QJsonObject s0 = r.result.data.value(u"servers"_s).toArray().at(0).toObject();
    EXPECT_EQ(s0.value(u"status"_s).toString(), u"ok");
    EXPECT_EQ(s0.value(u"a"_s).toObject().value(u"records"_s).toArray().at(0).toObject().value(u"ttl"_s).toInt(), 300);
    EXPECT_EQ(s0.value(u"aaaa"_s).toObject().value(u"status"_s).toString(), u"no_data");
    const QJsonObject reverse = r.result.data.value(u"reverse"_s).toObject();
    EXPECT_EQ(reverse.value(u"address"_s).toString(), u"203.0.113.2");
    EXPECT_EQ(reverse.value(u"names"_s).toArray(), QJsonArray{u"app.lab.example"_s});
    ASSERT_NE(r.finding(u"dns.servers"_s), nullptr);
    EXPECT_TRUE(r.finding(u"dns.servers"_s)->detail.contains(u"it answered with 203.0.113.2"))
        << r.finding(u"dns.servers"_s)->detail.toStdString();
}

TEST(DnsStep, ANameThatDoesNotExistSaysSoInPlainWordsWithATypoHint)
{
    DnsFakeServer server(DnsFakeServer::Names{});
    ASSERT_TRUE(server.ok());
    Env env({&server}, QString(), failed(Status::NoSuchName, "Name or service not known"));
    StepOptions options;
    options.knownNames = {u"app.lab.example"_s, u"unrelated.example"_s};
    const StepRun r = run(nameTarget(u"app.lab.exmaple"_s), env, options);
    EXPECT_EQ(r.status(), u"nxdomain");
    EXPECT_EQ(r.result.status, StepStatus::Fail);
    EXPECT_TRUE(r.addresses.isEmpty());
    const Finding* f = r.finding(u"dns.nxdomain"_s);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Error);
    EXPECT_TRUE(
        f->detail.contains(u"Your computer asked the DNS server 127.0.0.1 port %1 for app.lab.exmaple; it answered "
                           u"that the name does not exist."_s.arg(server.port())))
        << f->detail.toStdString();
    EXPECT_TRUE(f->advice.contains(u"Did you mean app.lab.example?"_s)) << f->advice.join(u" | "_s).toStdString();
    EXPECT_EQ(r.result.data.value(u"suggestions"_s).toArray(), QJsonArray{u"app.lab.example"_s});
}

TEST(DnsStep, ServfailAndRefusedAreTheServersFailure)
{
    DnsFakeServer server(DnsFakeServer::Names{{.name = "app.lab.example", .rcode = 2}});
    ASSERT_TRUE(server.ok());
    Env env({&server}, QString(), failed(Status::TryAgain, "Temporary failure in name resolution"));
    const StepRun r = run(nameTarget(u"app.lab.example"_s), env);
    EXPECT_EQ(r.status(), u"servfail");
    ASSERT_NE(r.finding(u"dns.servfail"_s), nullptr);
    EXPECT_TRUE(r.finding(u"dns.servfail"_s)->detail.contains(u"SERVFAIL"));
}

TEST(DnsStep, OneSilentServerIsAWarningAndTheOtherAnswerIsUsed)
{
    DnsFakeServer silent(DnsFakeServer::Names{}, true);
    DnsFakeServer good(DnsFakeServer::Names{{.name = "app.lab.example", .a = {"203.0.113.2"}}});
    ASSERT_TRUE(silent.ok() && good.ok());
    // The system resolver asks the silent one first and is still waiting when its watchdog ends.
    Env env({&silent, &good}, QString(), failed(Status::Timeout, ""));
    const StepRun r = run(nameTarget(u"app.lab.example"_s), env);
    EXPECT_EQ(r.status(), u"ok");
    EXPECT_EQ(r.result.status, StepStatus::Warn);
    EXPECT_EQ(r.addresses, QStringList{u"203.0.113.2"_s});
    EXPECT_EQ(r.result.data.value(u"addresses_from"_s).toString(), u"dns_servers");
    const Finding* f = r.finding(u"dns.timeout"_s);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Warning);
    EXPECT_TRUE(f->detail.contains(u"first"_s))
        << "the silent server is the first one asked: " << f->detail.toStdString();
    const QJsonArray servers = r.result.data.value(u"servers"_s).toArray();
    EXPECT_EQ(servers.at(0).toObject().value(u"status"_s).toString(), u"timeout");
    EXPECT_EQ(servers.at(1).toObject().value(u"status"_s).toString(), u"ok");
    EXPECT_GE(silent.questions(), 4) << "the silent server was asked again (A and AAAA, several tries)";
}

TEST(DnsStep, EverySilentServerIsATimeoutWithinTheBudget)
{
    DnsFakeServer silent(DnsFakeServer::Names{}, true);
    ASSERT_TRUE(silent.ok());
    Env env({&silent}, QString(), failed(Status::Timeout, ""));
    const StepRun r = run(nameTarget(u"app.lab.example"_s), env);
    EXPECT_EQ(r.status(), u"timeout");
    EXPECT_EQ(r.result.status, StepStatus::Fail);
    ASSERT_NE(r.finding(u"dns.timeout"_s), nullptr);
    EXPECT_EQ(r.finding(u"dns.timeout"_s)->severity, Severity::Error);
    EXPECT_EQ(r.result.data.value(u"reverse"_s).toObject().value(u"address"_s).toString(), QString())
        << "no address, so no reverse lookup";
}

TEST(DnsStep, AHostsEntryThatDisagreesWithDnsIsShown)
{
    DnsFakeServer server(DnsFakeServer::Names{{.name = "app.lab.example", .a = {"203.0.113.2"}}});
    ASSERT_TRUE(server.ok());
    Env env({&server}, u"127.0.0.1 localhost\n192.0.2.99\tApp.Lab.Example old-app # moved in 2025\n"_s,
            ok({"192.0.2.99"}));
    const StepRun r = run(nameTarget(u"app.lab.example"_s), env);
    EXPECT_EQ(r.status(), u"ok");
    EXPECT_EQ(r.result.data.value(u"addresses_from"_s).toString(), u"hosts_file");
    EXPECT_TRUE(r.result.data.value(u"hosts_override"_s).toBool());
    const Finding* f = r.finding(u"dns.hosts_override"_s);
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->detail.contains(u"Line 2 of the hosts file"_s)) << f->detail.toStdString();
    EXPECT_TRUE(f->detail.contains(u"203.0.113.2"_s));
    const QJsonArray entries = r.result.data.value(u"hosts_file"_s).toObject().value(u"entries"_s).toArray();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.at(0).toObject().value(u"line"_s).toInt(), 2);
}

TEST(DnsStep, ASinkholedNameIsNotHandedToThePortTest)
{
    DnsFakeServer server(DnsFakeServer::Names{{.name = "ads.lab.example", .a = {"0.0.0.0"}, .aaaa = {"::"}}});
    ASSERT_TRUE(server.ok());
    Env env({&server}, QString(), ok({"0.0.0.0", "::"}));
    const StepRun r = run(nameTarget(u"ads.lab.example"_s), env);
    EXPECT_EQ(r.status(), u"sinkholed");
    EXPECT_TRUE(r.addresses.isEmpty());
    ASSERT_NE(r.finding(u"dns.sinkholed"_s), nullptr);
    EXPECT_EQ(r.result.data.value(u"sinkholed"_s).toArray().size(), 2);
}

TEST(DnsStep, NoServerAtAll)
{
    Env env({}, QString(), failed(Status::TryAgain, "Temporary failure in name resolution"));
    const StepRun r = run(nameTarget(u"app.lab.example"_s), env);
    EXPECT_EQ(r.status(), u"no_resolver");
    EXPECT_EQ(r.result.data.value(u"servers_skipped"_s).toString(), u"no_servers");
    ASSERT_NE(r.finding(u"dns.no_resolver"_s), nullptr);
}

TEST(DnsStep, OnlyIPv6RecordsAndNoIPv6Route)
{
    DnsFakeServer server(DnsFakeServer::Names{{.name = "v6only.lab.example", .aaaa = {"2001:db8:2::2"}}});
    ASSERT_TRUE(server.ok());
    Env env({&server}, QString(), failed(Status::NoSuchName, "Name or service not known"));
    const StepRun r = run(nameTarget(u"v6only.lab.example"_s), env);
    EXPECT_EQ(r.status(), u"no_records");
    EXPECT_TRUE(r.result.data.value(u"ipv6_only"_s).toBool());
    // Whether this machine has an IPv6 route to 2001:db8:2::2 depends on it; the data says which.
    EXPECT_TRUE(r.result.data.contains(u"ipv6_route"_s));
    ASSERT_NE(r.finding(u"dns.no_records"_s), nullptr);
    EXPECT_TRUE(r.finding(u"dns.no_records"_s)->title.contains(u"only IPv6"_s));
}

TEST(DnsStep, TheExpectedAddressIsChecked)
{
    DnsFakeServer server(DnsFakeServer::Names{{.name = "app.lab.example", .a = {"203.0.113.2"}}});
    ASSERT_TRUE(server.ok());
    Env env({&server}, QString(), ok({"203.0.113.2"}));
    StepOptions options;
    options.expectedAddress = u"203.0.113.9"_s;
    const StepRun wrong = run(nameTarget(u"app.lab.example"_s), env, options);
    EXPECT_FALSE(wrong.result.data.value(u"expected"_s).toObject().value(u"matched"_s).toBool(true));
    ASSERT_NE(wrong.finding(u"dns.wrong_address"_s), nullptr);
    EXPECT_EQ(wrong.result.status, StepStatus::Warn);
    options.expectedAddress = u"203.0.113.2"_s;
    const StepRun right = run(nameTarget(u"app.lab.example"_s), env, options);
    EXPECT_TRUE(right.result.data.value(u"expected"_s).toObject().value(u"matched"_s).toBool());
    EXPECT_NE(right.finding(u"dns.expected"_s), nullptr);
}

TEST(DnsStep, AnIpAddressNeedsNoLookupButGetsItsReverseName)
{
    DnsFakeServer server(DnsFakeServer::Names{{.name = "2.113.0.203.in-addr.arpa", .ptr = {"app.lab.example"}}});
    ASSERT_TRUE(server.ok());
    Env env({&server}, QString(), ok({}));
    const StepRun r = run(nameTarget(u"203.0.113.2"_s), env);
    EXPECT_EQ(r.result.status, StepStatus::Skipped);
    EXPECT_EQ(r.result.data.value(u"reason"_s).toString(), u"not_needed");
    EXPECT_EQ(r.addresses, QStringList{u"203.0.113.2"_s}) << "the IP literal is what the port test tries";
    EXPECT_EQ(env.systemCalls, 0);
    EXPECT_TRUE(r.result.summary.contains(u"app.lab.example"_s)) << r.result.summary.toStdString();
    EXPECT_EQ(server.seen(), std::vector<std::string>{"2.113.0.203.in-addr.arpa"});
}

TEST(DnsStep, AListOfTargetsDoesNotAskForTheNameOfAnAddress)
{
    DnsFakeServer server(DnsFakeServer::Names{{.name = "2.113.0.203.in-addr.arpa", .ptr = {"app.lab.example"}}});
    ASSERT_TRUE(server.ok());
    Env env({&server}, QString(), ok({}));
    StepOptions options;
    options.reverseLookup = false; // what diagnose --many does
    const StepRun r = run(nameTarget(u"203.0.113.2"_s), env, options);
    EXPECT_EQ(r.result.status, StepStatus::Skipped);
    EXPECT_EQ(r.addresses, QStringList{u"203.0.113.2"_s}) << "the port test still gets the address";
    EXPECT_EQ(server.questions(), 0) << "no PTR question";
    EXPECT_EQ(r.result.data.value(u"reverse"_s).toObject().value(u"skipped"_s).toString(), u"not_asked");
}

TEST(DnsStep, LocalhostIsNeverAskedOfADnsServer)
{
    DnsFakeServer server(DnsFakeServer::Names{});
    ASSERT_TRUE(server.ok());
    Env env({&server}, u"127.0.0.1 localhost\n"_s, ok({"127.0.0.1"}));
    const StepRun r = run(nameTarget(u"localhost"_s), env);
    EXPECT_EQ(r.status(), u"ok");
    EXPECT_EQ(r.addresses, QStringList{u"127.0.0.1"_s}) << "localhost is not a sinkhole";
    EXPECT_EQ(r.result.data.value(u"servers_skipped"_s).toString(), u"local_name");
    EXPECT_EQ(server.questions(), 0);
}

TEST(DnsStep, CancelStopsTheStep)
{
    DnsFakeServer silent(DnsFakeServer::Names{}, true);
    ASSERT_TRUE(silent.ok());
    Env env({&silent}, QString(), failed(Status::Cancelled, "cancelled"));
    std::atomic<bool> cancel{true};
    const StepRun r = run(nameTarget(u"app.lab.example"_s), env, {}, &cancel);
    EXPECT_EQ(r.status(), u"cancelled");
    EXPECT_EQ(r.result.status, StepStatus::Error);
}
