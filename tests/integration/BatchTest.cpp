// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Batch mode on loopback: many targets at once, each judged like a single run.

#include "LoopbackServer.h"
#include "runner/Batch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
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
