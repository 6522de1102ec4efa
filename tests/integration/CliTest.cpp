// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The real binary, as scripts and people use it: exit codes, --json on stdout, one-line errors.

#include "LoopbackServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::test::LoopbackServer;

namespace {
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun tcpdoctor(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TCPDOCTOR_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(30000)) << "tcpdoctor did not finish";
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject json(const CliRun& r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << "stdout is not only JSON: " << r.out.toStdString();
    return doc.object();
}
} // namespace

TEST(Cli, ClosedPortGivesPortRefusedAndExit1)
{
    const CliRun r = tcpdoctor({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort()), u"--json"_s});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(u"schema"_s).toString(), u"tcpdoctor-report/1");
    EXPECT_EQ(o.value(u"verdict"_s).toObject().value(u"code"_s).toString(), u"port.refused");
    EXPECT_EQ(o.value(u"verdict"_s).toObject().value(u"layer"_s).toString(), u"server");
    const QJsonArray steps = o.value(u"steps"_s).toArray();
    ASSERT_EQ(steps.size(), 7);
    EXPECT_EQ(steps.at(5).toObject().value(u"id"_s).toString(), u"port");
    const QJsonObject attempt = steps.at(5).toObject().value(u"data"_s).toObject().value(u"attempts"_s).toArray().at(0).toObject();
    EXPECT_EQ(attempt.value(u"outcome"_s).toString(), u"refused");
    EXPECT_EQ(attempt.value(u"family"_s).toString(), u"ipv4");
    EXPECT_TRUE(attempt.value(u"rtt_ms"_s).isNull());
}

TEST(Cli, OpenPortGivesOkReachableAndExit0)
{
    LoopbackServer server(LoopbackServer::Mode::Banner, "220 mail.example ESMTP\r\n");
    ASSERT_TRUE(server.ok());
    const CliRun r = tcpdoctor({u"diagnose"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(server.port()), u"--json"_s});
    EXPECT_EQ(r.exitCode, 0);
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(u"verdict"_s).toObject().value(u"code"_s).toString(), u"ok.reachable");
    const QJsonObject attempt =
        o.value(u"steps"_s).toArray().at(5).toObject().value(u"data"_s).toObject().value(u"attempts"_s).toArray().at(0).toObject();
    EXPECT_EQ(attempt.value(u"banner"_s).toString(), u"220 mail.example ESMTP\\r\\n");
    EXPECT_GE(attempt.value(u"rtt_ms"_s).toDouble(), 0.0);
}

TEST(Cli, HumanOutputWithoutJson)
{
    const CliRun r = tcpdoctor({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort())});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains("Nothing is listening on port")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("port.refused"));
}

TEST(Cli, PortOutOfRangeIsOneClearLineAndExit2)
{
    const CliRun r = tcpdoctor({u"diagnose"_s, u"example.com:99999"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    const QByteArray err = r.err.trimmed();
    EXPECT_FALSE(err.isEmpty());
    EXPECT_FALSE(err.contains('\n')) << "one line: " << err.toStdString();
    EXPECT_TRUE(err.contains("65535")) << err.toStdString();
}

TEST(Cli, BadUsageIsExit2)
{
    EXPECT_EQ(tcpdoctor({u"diagnose"_s}).exitCode, 2);
    EXPECT_EQ(tcpdoctor({u"frobnicate"_s}).exitCode, 2);
    EXPECT_EQ(tcpdoctor({u"diagnose"_s, u"127.0.0.1:80"_s, u"--timeout"_s, u"soon"_s}).exitCode, 2);
    EXPECT_EQ(tcpdoctor({u"diagnose"_s, u"127.0.0.1:80"_s, u"--steps"_s, u"port,magic"_s}).exitCode, 2);
    EXPECT_EQ(tcpdoctor({u"diagnose"_s, u"[::1:80"_s}).exitCode, 2);
}

TEST(Cli, VersionAndHelp)
{
    const CliRun v = tcpdoctor({u"--version"_s});
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_TRUE(v.out.startsWith("tcpdoctor ")) << v.out.toStdString();
    const CliRun h = tcpdoctor({u"--help"_s});
    EXPECT_EQ(h.exitCode, 0);
    EXPECT_TRUE(h.out.contains("diagnose"));
    EXPECT_TRUE(h.out.contains("Log file:"));
}

TEST(Cli, ReportFileIsWrittenWhole)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"report.json"_s);
    const CliRun r = tcpdoctor({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort()), u"--report"_s, path});
    EXPECT_EQ(r.exitCode, 1);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(o.value(u"verdict"_s).toObject().value(u"code"_s).toString(), u"port.refused");
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1) << "no temporary files left behind";
}

TEST(Cli, UnknownReportFormatIsRefusedBeforeAnythingRuns)
{
    const CliRun r = tcpdoctor({u"diagnose"_s, u"127.0.0.1:80"_s, u"--report"_s, u"/tmp/x.docx"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
}
