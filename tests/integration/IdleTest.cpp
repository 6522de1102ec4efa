// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// tcpdoctor idle on loopback: real connections to in-process servers with their own idle behaviour (keep
// silent, close with FIN, reset), the real binary against the real test listener (`listen --serve`), bad
// input, and Stop. A device on the way that drops a forgotten connection's packets needs a router: the lab
// scenario idle-timeout does that.

#include "CliRun.h"
#include "LoopbackServer.h"
#include "watch/Idle.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using tcpd::test::LoopbackServer;

namespace {

Target loopback(unsigned short port)
{
    Target t;
    t.host = u"127.0.0.1"_s;
    t.port = port;
    return t;
}

IdleOptions periods(QList<int> p)
{
    IdleOptions o;
    o.periodsS = std::move(p);
    o.answerBudgetMs = 2000;
    return o;
}

} // namespace

TEST(IdleRun, ConnectionsToAServerThatKeepsThemLiveThroughTheirPause)
{
    LoopbackServer server(LoopbackServer::Mode::Banner, "220 hello\r\n"); // greets, then keeps silent
    ASSERT_TRUE(server.ok());
    QList<IdlePeriod> seen;
    const IdleRun run = runIdle(loopback(server.port()), periods({1, 2}), [&](const IdlePeriod& p) { seen << p; });
    ASSERT_EQ(run.periods.size(), 2);
    EXPECT_EQ(seen.size(), 2) << "each period is reported as it is decided";
    for (const IdlePeriod& p : run.periods) {
        EXPECT_EQ(p.result, u"alive") << p.idleS << " " << p.osError.toStdString();
        EXPECT_TRUE(p.ackKnown) << "Linux tells whether the byte was acknowledged (TCP_INFO)";
        EXPECT_GE(p.ackMs, 0);
        EXPECT_GT(p.localPort, 0);
    }
    const IdleSummary s = summarizeIdle(u"127.0.0.1:1"_s, run);
    EXPECT_EQ(s.verdict.code, u"idle.ok");
    EXPECT_EQ(s.lastAliveS, 2);
    EXPECT_EQ(server.accepted(), 2);
}

TEST(IdleRun, AServerThatClosesIdleConnectionsIsNamedWithWhenItClosed)
{
    LoopbackServer server(LoopbackServer::Mode::CloseWhenIdle); // FIN 1.5 s after the accept
    ASSERT_TRUE(server.ok());
    const IdleRun run = runIdle(loopback(server.port()), periods({1, 3}), {});
    ASSERT_EQ(run.periods.size(), 2);
    EXPECT_EQ(run.periods.at(0).result, u"alive");
    EXPECT_EQ(run.periods.at(1).result, u"closed");
    EXPECT_NEAR(run.periods.at(1).diedAfterS, LoopbackServer::kIdleLimitMs / 1000.0, 0.5);
    const IdleSummary s = summarizeIdle(u"127.0.0.1:1"_s, run);
    EXPECT_EQ(s.verdict.code, u"idle.server_closes");
    EXPECT_EQ(s.lastAliveS, 1);
    EXPECT_EQ(s.firstDeadS, 3);
}

TEST(IdleRun, AResetWhileIdleIsAConnectionThatWasForgotten)
{
    LoopbackServer server(LoopbackServer::Mode::ResetWhenIdle); // RST 1.5 s after the accept
    ASSERT_TRUE(server.ok());
    const IdleRun run = runIdle(loopback(server.port()), periods({1, 3}), {});
    ASSERT_EQ(run.periods.size(), 2);
    EXPECT_EQ(run.periods.at(0).result, u"alive");
    EXPECT_EQ(run.periods.at(1).result, u"reset") << run.periods.at(1).osError.toStdString();
    const IdleSummary s = summarizeIdle(u"127.0.0.1:1"_s, run);
    EXPECT_EQ(s.verdict.code, u"path.idle_timeout");
    EXPECT_EQ(s.firstDeadS, 3);
    EXPECT_EQ(s.lastAliveS, 1);
}

TEST(IdleRun, NothingListeningIsNoConnectionAtOnce)
{
    const unsigned short port = LoopbackServer::closedPort();
    QElapsedTimer t;
    t.start();
    const IdleRun run = runIdle(loopback(port), periods({60, 120}), {});
    EXPECT_LT(t.elapsed(), 10000) << "a refused connection does not wait for its period";
    ASSERT_EQ(run.periods.size(), 2);
    EXPECT_EQ(run.periods.at(0).result, u"not_connected");
    EXPECT_EQ(run.periods.at(0).osError, u"ECONNREFUSED");
    EXPECT_EQ(summarizeIdle(u"127.0.0.1:1"_s, run).verdict.code, u"idle.no_connection");
}

TEST(IdleRun, AStopEndsItWithinAMoment)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    std::atomic<bool> cancel{false};
    std::thread stopper([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    QElapsedTimer t;
    t.start();
    const IdleRun run = runIdle(loopback(server.port()), periods({30, 60}), {}, &cancel);
    stopper.join();
    EXPECT_LT(t.elapsed(), 5000);
    EXPECT_TRUE(run.cancelled);
    ASSERT_EQ(run.periods.size(), 2);
    EXPECT_EQ(run.periods.at(0).result, u"cancelled");
    EXPECT_EQ(summarizeIdle(u"127.0.0.1:1"_s, run).verdict.code, u"tool.error");
}

TEST(IdleCli, AgainstTheTestListenerEveryPauseLives)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const unsigned short port = LoopbackServer::closedPort();
    QProcess listener;
    listener.setProcessEnvironment(tcpd::test::headlessEnvironment(home.path()));
    listener.start(QStringLiteral(TCPDOCTOR_BINARY), {u"listen"_s, u"--serve"_s, QString::number(port), u"--for"_s,
                                                      u"30"_s, u"--address"_s, u"127.0.0.1"_s});
    ASSERT_TRUE(listener.waitForStarted());
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains("OPEN") && t.elapsed() < 15000 && listener.state() != QProcess::NotRunning) {
        listener.waitForReadyRead(100);
        out += listener.readAllStandardOutput();
    }
    ASSERT_TRUE(out.contains("OPEN")) << out.toStdString();

    const tcpd::test::CliResult r = tcpd::test::runHeadless(
        QStringLiteral(TCPDOCTOR_BINARY),
        {u"idle"_s, u"127.0.0.1:%1"_s.arg(port), u"--periods"_s, u"1,2"_s, u"--json"_s}, home.path());
    listener.terminate();
    listener.waitForFinished(10000);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError pe{};
    const QJsonObject o = QJsonDocument::fromJson(r.out, &pe).object();
    ASSERT_EQ(pe.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(o.value(u"schema"_s).toString(), u"tcpdoctor-idle/1");
    EXPECT_EQ(o.value(u"verdict"_s).toObject().value(u"code"_s).toString(), u"idle.ok");
    EXPECT_EQ(o.value(u"last_alive_s"_s).toInt(), 2);
    EXPECT_TRUE(o.value(u"first_dead_s"_s).isNull());
    const QJsonArray ps = o.value(u"periods"_s).toArray();
    ASSERT_EQ(ps.size(), 2);
    EXPECT_EQ(ps.at(0).toObject().value(u"idle_s"_s).toInt(), 1);
    EXPECT_EQ(ps.at(1).toObject().value(u"result"_s).toString(), u"alive");
}

TEST(IdleCli, HumanOutputSaysWhatItDoesThenEachPause)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const tcpd::test::CliResult r = tcpd::test::runHeadless(
        QStringLiteral(TCPDOCTOR_BINARY), {u"idle"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(server.port()),
                                           u"--periods"_s, u"1"_s},
        home.path());
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Opening 1 connection to 127.0.0.1:")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("after 1 s idle")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("still worked")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Idle connections to 127.0.0.1:")) << r.out.toStdString();
}

TEST(IdleCli, BadInputGetsOneLineAndExitTwo)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QList<QStringList> bad = {
        {u"idle"_s},
        {u"idle"_s, u"127.0.0.1:9"_s, u"--periods"_s, u"0"_s},
        {u"idle"_s, u"127.0.0.1:9"_s, u"--periods"_s, u"2,soon"_s},
        {u"idle"_s, u"127.0.0.1:9"_s, u"--max-idle"_s, u"100000"_s},
        {u"idle"_s, u"127.0.0.1:9"_s, u"--max-idle"_s, u"60"_s, u"--periods"_s, u"2"_s},
        {u"idle"_s, u"127.0.0.1"_s}, // no port
    };
    for (const QStringList& args : bad) {
        const tcpd::test::CliResult r = tcpd::test::runHeadless(QStringLiteral(TCPDOCTOR_BINARY), args, home.path());
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << args.join(u' ').toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
    }
}
