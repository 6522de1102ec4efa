// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Batch mode on loopback: many targets at once, each judged like a single run.

#include "LoopbackServer.h"
#include "SilentPort.h"
#include "runner/Batch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using tcpd::test::LoopbackServer;

TEST(Batch, TargetListSkipsCommentsAndBlankLinesAndKeepsBadLines)
{
    const auto lines = tcpd::core::parseTargetList(u"# endpoints\n\n127.0.0.1:80  # web\n  example.com:99999\nfoo 22\n"_s);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0].lineNumber, 3);
    EXPECT_EQ(lines[0].input, u"127.0.0.1:80");
    EXPECT_TRUE(lines[0].parsed.ok());
    EXPECT_FALSE(lines[1].parsed.ok());
    EXPECT_TRUE(lines[2].parsed.ok());
    EXPECT_EQ(lines[2].parsed.target->port, 22);
}

TEST(Batch, ManyTargetsAreJudgedEachInInputOrder)
{
    std::vector<std::unique_ptr<LoopbackServer>> open;
    QString list;
    for (int i = 0; i < 20; ++i) {
        open.push_back(std::make_unique<LoopbackServer>(LoopbackServer::Mode::Silent));
        ASSERT_TRUE(open.back()->ok());
        list += u"127.0.0.1:%1\n"_s.arg(open.back()->port());
        list += u"127.0.0.1:%1\n"_s.arg(LoopbackServer::closedPort());
    }
    list += u"not a target at all\n"_s;
    const auto lines = tcpd::core::parseTargetList(list);
    int callbacks = 0;
    tcpd::core::BatchOptions options;
    options.maxInFlight = 7; // forces several slices
    const auto reports = tcpd::core::runBatch(lines, options, nullptr, [&](const tcpd::core::Report&) { ++callbacks; });
    ASSERT_EQ(reports.size(), 41);
    EXPECT_EQ(callbacks, 41);
    for (int i = 0; i < 40; ++i) {
        EXPECT_EQ(reports[i].verdict.code, i % 2 == 0 ? u"ok.reachable"_s : u"port.refused"_s) << "line " << i;
        EXPECT_EQ(reports[i].target.input, lines[i].input);
        ASSERT_EQ(reports[i].steps.size(), 5);
        EXPECT_EQ(reports[i].steps[0].data.value(u"reason"_s).toString(), u"batch_mode");
    }
    EXPECT_EQ(reports[40].verdict.code, u"input.invalid");
}

TEST(Batch, CliPrintsJsonLinesAndTheWorstExitCode)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"targets.txt"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(u"127.0.0.1:%1\n127.0.0.1:%2\n"_s.arg(server.port()).arg(LoopbackServer::closedPort()).toUtf8());
    f.close();
    QProcess p;
    p.start(QStringLiteral(TCPDOCTOR_BINARY), {u"diagnose"_s, u"--many"_s, path, u"--json"_s});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 1);
    const QList<QByteArray> out = p.readAllStandardOutput().trimmed().split('\n');
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(QJsonDocument::fromJson(out[0]).object().value(u"verdict"_s).toObject().value(u"code"_s).toString(),
              u"ok.reachable");
    EXPECT_EQ(QJsonDocument::fromJson(out[1]).object().value(u"verdict"_s).toObject().value(u"code"_s).toString(),
              u"port.refused");

    QProcess empty;
    empty.start(QStringLiteral(TCPDOCTOR_BINARY), {u"diagnose"_s, u"--many"_s, dir.filePath(u"missing.txt"_s)});
    ASSERT_TRUE(empty.waitForFinished(30000));
    EXPECT_EQ(empty.exitCode(), 2);
    EXPECT_FALSE(empty.readAllStandardError().trimmed().contains('\n'));
}

TEST(Batch, RedactIsRefusedRatherThanIgnored)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"targets.txt"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("127.0.0.1:1\n");
    f.close();
    QProcess p;
    p.start(QStringLiteral(TCPDOCTOR_BINARY), {u"diagnose"_s, u"--many"_s, path, u"--redact"_s, u"--json"_s});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(p.readAllStandardOutput().isEmpty()) << "nothing unredacted may be printed";
}

TEST(Batch, WindowIsNeverExceeded)
{
    // Each report carries when its check started (startedAt). A line may start only while fewer than
    // `window` lines before it are unreported: line k + 6 (window 5) cannot start before line k + 1 was
    // handed over, which is after line k's callback (a slow reader: 20 ms each) began.
    QString list;
    for (int i = 0; i < 40; ++i) {
        list += u"127.0.0.1:%1\n"_s.arg(LoopbackServer::closedPort());
    }
    const auto lines = tcpd::core::splitTargetList(list);
    tcpd::core::BatchOptions options;
    options.maxInFlight = 3;
    options.reorderWindow = 5;
    QList<tcpd::core::Report> reports;
    QList<QDateTime> reportedAt;
    tcpd::core::streamBatch(lines, options, nullptr, [&](const tcpd::core::Report& r) {
        reportedAt << QDateTime::currentDateTimeUtc();
        reports << r;
        QThread::msleep(20); // a slow reader: the workers must wait for it, not run ahead
    });
    ASSERT_EQ(reports.size(), 40);
    for (int k = 0; k + 6 < reports.size(); ++k) {
        EXPECT_EQ(reports[k].target.input, lines[k].input) << "input order";
        EXPECT_GE(reports[k + 6].startedAt, reportedAt[k])
            << "line " << k + 7 << " started before line " << k + 1 << " was reported";
    }
}

TEST(Batch, CancelReportsOnlyWhatStarted)
{
    // Silent ports that would keep each check for 20 s: a cancel ends the run within a second, and
    // only the lines that had started are reported (stopped), in order.
    tcpd::test::SilentPort silent;
    ASSERT_TRUE(silent.ok());
    QString list;
    for (int i = 0; i < 30; ++i) {
        list += u"127.0.0.1:%1\n"_s.arg(silent.port());
    }
    const auto lines = tcpd::core::splitTargetList(list);
    tcpd::core::BatchOptions options;
    options.maxInFlight = 4;
    options.step.timeoutMs = 20000;
    std::atomic<bool> cancel{false};
    std::thread stopper([&] {
        QThread::msleep(500);
        cancel = true;
    });
    QElapsedTimer t;
    t.start();
    QList<tcpd::core::Report> reports;
    const int n = tcpd::core::streamBatch(lines, options, &cancel, [&](const tcpd::core::Report& r) { reports << r; });
    stopper.join();
    EXPECT_LT(t.elapsed(), 10000) << "a cancelled list ends in about 50 ms once its checks notice";
    EXPECT_EQ(n, reports.size());
    EXPECT_GE(n, 1);
    EXPECT_LE(n, 4) << "only the lines in flight had started";
    for (const auto& r : reports) {
        EXPECT_EQ(r.verdict.code, u"tool.error"_s);
    }
}

TEST(Batch, DeferredLinesAreParsedWithThePortOverride)
{
    const auto lines = tcpd::core::splitTargetList(u"127.0.0.1\n# comment\nnot a target at all\n"_s);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[1].lineNumber, 3);
    tcpd::core::BatchOptions options;
    options.portOverride = QString::number(LoopbackServer::closedPort());
    const auto reports = tcpd::core::runBatch(lines, options, nullptr);
    ASSERT_EQ(reports.size(), 2);
    EXPECT_EQ(reports[0].verdict.code, u"port.refused");
    EXPECT_EQ(reports[1].verdict.code, u"input.invalid");
}
