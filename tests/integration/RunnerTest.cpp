// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The whole checklist through the Runner, on loopback, with an event loop like the GUI's.

#include "LoopbackServer.h"
#include "SilentPort.h"
#include "runner/Runner.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;
using tcpd::core::Report;
using tcpd::core::Runner;
using tcpd::test::LoopbackServer;

namespace {
/// Runs the checklist and waits for finished() (bounded: 20 s, then the test fails). `prepare` may connect
/// to the runner before it starts (to stop it at some step).
Report runTo(const QString& input, Runner::Options options = {}, const std::function<void(Runner&)>& prepare = {})
{
    const auto parsed = tcpd::core::parseTarget(input);
    EXPECT_TRUE(parsed.ok()) << parsed.error.toStdString();
    Runner runner;
    if (prepare) {
        prepare(runner);
    }
    Report report;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&runner, &Runner::finished, &loop, [&](const Report& r) {
        report = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    runner.start(*parsed.target, options);
    loop.exec();
    EXPECT_TRUE(done) << "the runner never finished";
    EXPECT_FALSE(runner.isRunning());
    return report;
}

const tcpd::core::StepResult* step(const Report& r, const QString& id)
{
    for (const auto& s : r.steps) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}
} // namespace

TEST(Runner, OpenPortIsReachableAndLocalStepsPass)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const Report r = runTo(u"127.0.0.1:%1"_s.arg(server.port()));
    EXPECT_EQ(r.verdict.code, u"ok.reachable");
    EXPECT_EQ(r.verdict.layer, u"none");
    ASSERT_EQ(r.steps.size(), 7);
    QStringList ids;
    for (const auto& s : r.steps) {
        ids << s.id;
    }
    EXPECT_EQ(ids, (QStringList{u"link"_s, u"ip"_s, u"dns"_s, u"proxy"_s, u"firewall"_s, u"port"_s, u"service"_s}));
    // No check fits a random port: the service step says so instead of passing.
    EXPECT_EQ(step(r, u"service"_s)->status, tcpd::core::StepStatus::Skipped);
    EXPECT_EQ(step(r, u"service"_s)->data.value(u"reason"_s).toString(), u"no_check");
    // The link and ip steps: a target on this computer needs no link and no gateway.
    for (const QString& id : {u"link"_s, u"ip"_s}) {
        EXPECT_EQ(step(r, id)->status, tcpd::core::StepStatus::Pass) << id.toStdString();
        EXPECT_TRUE(step(r, id)->data.value(u"target_local"_s).toBool()) << id.toStdString();
        EXPECT_FALSE(step(r, id)->summary.isEmpty());
    }
    // The firewall step runs after the port test: nothing blocked this port.
    EXPECT_EQ(step(r, u"firewall"_s)->status, tcpd::core::StepStatus::Pass);
    EXPECT_EQ(step(r, u"port"_s)->status, tcpd::core::StepStatus::Pass);
    EXPECT_GE(step(r, u"port"_s)->data.value(u"attempts"_s).toArray().at(0).toObject().value(u"rtt_ms"_s).toDouble(), 0.0);
}

TEST(Runner, ClosedPortIsRefused)
{
    const Report r = runTo(u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort()));
    EXPECT_EQ(r.verdict.code, u"port.refused");
    EXPECT_EQ(r.verdict.layer, u"server");
    EXPECT_FALSE(r.verdict.nextSteps.isEmpty());
}

TEST(Runner, LocalhostNameIsResolvedThenTried)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const Report r = runTo(u"localhost:%1"_s.arg(server.port()));
    const auto* dns = step(r, u"dns"_s);
    ASSERT_NE(dns, nullptr);
    EXPECT_EQ(dns->status, tcpd::core::StepStatus::Pass);
    EXPECT_TRUE(dns->data.value(u"addresses"_s).toArray().contains(u"127.0.0.1"_s));
    // localhost may also give ::1 where nothing listens: then ok.partial is the honest answer.
    EXPECT_TRUE(r.verdict.code == u"ok.reachable" || r.verdict.code == u"ok.partial") << r.verdict.code.toStdString();
}

TEST(Runner, StepsCanBeLeftOut)
{
    Runner::Options options;
    options.steps = {u"port"_s};
    const Report r = runTo(u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort()), options);
    EXPECT_EQ(step(r, u"dns"_s)->data.value(u"reason"_s).toString(), u"not_requested");
    EXPECT_EQ(r.verdict.code, u"port.refused");
}

TEST(Runner, CancelEndsTheRunWithAToolErrorNotAPass)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const auto parsed = tcpd::core::parseTarget(u"127.0.0.1:%1"_s.arg(server.port()));
    Runner runner;
    Report report;
    QEventLoop loop;
    QObject::connect(&runner, &Runner::finished, &loop, [&](const Report& r) {
        report = r;
        loop.quit();
    });
    QObject::connect(&runner, &Runner::stepStarted, &runner, [&runner](const QString& id) {
        if (id == u"port") {
            runner.cancel();
        }
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    runner.start(*parsed.target, {});
    loop.exec();
    EXPECT_FALSE(runner.isRunning());
    // The connect may already have succeeded before the cancel was seen; otherwise it is tool.error.
    EXPECT_TRUE(report.verdict.code == u"tool.error" || report.verdict.code == u"ok.reachable")
        << report.verdict.code.toStdString();
}

TEST(Runner, DestroyingARunningRunnerDoesNotCrash)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const auto parsed = tcpd::core::parseTarget(u"127.0.0.1:%1"_s.arg(server.port()));
    {
        Runner runner;
        runner.start(*parsed.target, {});
        EXPECT_TRUE(runner.isRunning());
    } // destroyed mid-run: cancels, waits for its workers
    QEventLoop loop;
    QTimer::singleShot(100, &loop, &QEventLoop::quit);
    loop.exec(); // queued results for the dead runner must be dropped, not delivered
    SUCCEED();
}

// Issue 18: a silent port's firewall look (this computer's firewall, the path trace, the controls)
// starts while the port test still waits for its last try, and its judgement is the one a firewall
// step run afterwards would give. Order, not speed, is asserted: the look began before the port test
// ended.
TEST(Runner, ASilentPortsFirewallLookStartsWhileThePortTestStillWaits)
{
    tcpd::test::SilentPort silent;
    ASSERT_TRUE(silent.ok());
    const Report r = runTo(u"127.0.0.1:%1"_s.arg(silent.port()));
    ASSERT_EQ(r.verdict.code, u"port.filtered"_s);
    const auto* port = step(r, u"port"_s);
    const auto* firewall = step(r, u"firewall"_s);
    ASSERT_NE(port, nullptr);
    ASSERT_NE(firewall, nullptr);
    EXPECT_LT(firewall->startedMs, port->startedMs + port->durationMs)
        << "firewall started at " << firewall->startedMs << " ms, the port test ended at "
        << port->startedMs + port->durationMs << " ms";
    EXPECT_EQ(firewall->data.value(u"outcome"_s).toString(), u"filtered"_s);
    EXPECT_EQ(firewall->data.value(u"address"_s).toString(), u"127.0.0.1"_s);
    EXPECT_TRUE(firewall->data.value(u"trace"_s).toObject().value(u"ran"_s).toBool());
    EXPECT_NE(firewall->status, tcpd::core::StepStatus::Skipped);
}

TEST(Runner, APortThatAnswersHasItsFirewallStepAfterThePortTest)
{
    LoopbackServer server(LoopbackServer::Mode::Silent); // accepts, says nothing
    ASSERT_TRUE(server.ok());
    const Report r = runTo(u"127.0.0.1:%1"_s.arg(server.port()));
    ASSERT_EQ(r.verdict.code, u"ok.reachable"_s);
    const auto* port = step(r, u"port"_s);
    const auto* firewall = step(r, u"firewall"_s);
    ASSERT_NE(port, nullptr);
    ASSERT_NE(firewall, nullptr);
    EXPECT_GE(firewall->startedMs, port->startedMs + port->durationMs) << "no early look for an open port";
    EXPECT_FALSE(firewall->data.value(u"trace"_s).toObject().value(u"ran"_s).toBool());
}

TEST(Runner, StoppingDuringTheEarlyFirewallLookEndsTheRun)
{
    tcpd::test::SilentPort silent;
    ASSERT_TRUE(silent.ok());
    bool portRunning = false;
    const Report report = runTo(u"127.0.0.1:%1"_s.arg(silent.port()), {}, [&portRunning](Runner& runner) {
        QObject::connect(&runner, &Runner::stepStarted, &runner, [&portRunning, &runner](const QString& id) {
            if (id == u"port") {
                portRunning = true;
            } else if (id == u"firewall" && portRunning) {
                runner.cancel(); // the early look has begun; the port test still waits
            }
        });
    });
    EXPECT_TRUE(portRunning);
    EXPECT_EQ(report.verdict.code, u"tool.error"_s);
}
