// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Reports through the real binary: --report in every format (PDF without a display), --redact,
// tcpdoctor compare, and a failed save that keeps the old file.

#include "CliRun.h"
#include "LoopbackServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::test::CliResult;
using tcpd::test::LoopbackServer;
using tcpd::test::runHeadless;

namespace {
CliResult tcpdoctor(const QStringList& args, const QString& home)
{
    return runHeadless(QStringLiteral(TCPDOCTOR_BINARY), args, home);
}

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString refusedTarget()
{
    return u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort());
}

bool oneLine(const QByteArray& err)
{
    const QByteArray t = err.trimmed();
    return !t.isEmpty() && !t.contains('\n');
}
} // namespace

TEST(ReportCli, EveryFormatIncludingPdfWithoutADisplay)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString target = refusedTarget();
#ifdef TCPDOCTOR_PDF
    const QStringList formats{u"json"_s, u"md"_s, u"txt"_s, u"html"_s, u"pdf"_s};
#else
    // A build without Qt Gui (the core-only preset) cannot make PDFs: refused up front, one line.
    const CliResult refused = tcpdoctor({u"diagnose"_s, target, u"--report"_s, dir.filePath(u"r.pdf"_s)}, dir.path());
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(oneLine(refused.err)) << refused.err.toStdString();
    const QStringList formats{u"json"_s, u"md"_s, u"txt"_s, u"html"_s};
#endif
    for (const QString& ext : formats) {
        const QString path = dir.filePath(u"report."_s + ext);
        const CliResult r = tcpdoctor({u"diagnose"_s, target, u"--report"_s, path}, dir.path());
        EXPECT_EQ(r.exitCode, 1) << ext.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.contains("port.refused")) << "the terminal still gets the text";
        const QByteArray bytes = read(path);
        ASSERT_FALSE(bytes.isEmpty()) << ext.toStdString() << " not written: " << r.err.toStdString();
        if (ext == u"json") {
            EXPECT_EQ(
                QJsonDocument::fromJson(bytes).object().value(u"verdict"_s).toObject().value(u"code"_s).toString(),
                u"port.refused");
        } else if (ext == u"md") {
            EXPECT_TRUE(bytes.startsWith("## tcpdoctor: 127.0.0.1, port ")) << bytes.left(80).toStdString();
        } else if (ext == u"txt") {
            EXPECT_TRUE(bytes.contains("Verdict code: port.refused"));
        } else if (ext == u"html") {
            EXPECT_TRUE(bytes.startsWith("<!DOCTYPE html>"));
            EXPECT_TRUE(bytes.contains("<svg"));
            EXPECT_TRUE(bytes.contains("RST: nothing listens")) << "the handshake ladder";
        } else {
            EXPECT_TRUE(bytes.startsWith("%PDF-")) << bytes.left(16).toStdString();
            EXPECT_GT(bytes.size(), 10000) << "text and diagrams";
        }
    }
    QStringList files = QDir(dir.path()).entryList(QDir::Files);
    EXPECT_EQ(files.size(), formats.size()) << "no temporary files: " << files.join(u' ').toStdString();
}

TEST(ReportCli, RedactMasksWhatIsPrintedAndSaved)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    LoopbackServer server(LoopbackServer::Mode::Banner, "220 mail.corp-example.org ESMTP ready for 8.8.4.4\r\n");
    ASSERT_TRUE(server.ok());
    const QString path = dir.filePath(u"shared.html"_s);
    const CliResult r = tcpdoctor({u"diagnose"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(server.port()),
                                   u"--json"_s, u"--redact"_s, u"--report"_s, path},
                                  dir.path());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_TRUE(o.value(u"redacted"_s).toBool());
    const QJsonObject env = o.value(u"environment"_s).toObject();
    EXPECT_EQ(env.value(u"host_name"_s).toString(), u"this-computer");
    const QJsonObject attempt = o.value(u"steps"_s)
                                    .toArray()
                                    .at(5)
                                    .toObject()
                                    .value(u"data"_s)
                                    .toObject()
                                    .value(u"attempts"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject();
    EXPECT_EQ(attempt.value(u"address"_s).toString(), u"127.0.0.1") << "loopback is kept";
    EXPECT_EQ(attempt.value(u"banner"_s).toString(), u"220 host-1 ESMTP ready for public-ip-1\\r\\n");
    const QByteArray html = read(path);
    EXPECT_TRUE(html.contains("id=\"redacted\""));
    EXPECT_FALSE(html.contains("mail.corp-example.org"));
    EXPECT_FALSE(html.contains("8.8.4.4"));
    const QString host = QSysInfo::machineHostName();
    if (host.size() >= 3 && host != u"localhost") {
        EXPECT_FALSE(r.out.contains(host.toUtf8())) << "this computer's name";
        EXPECT_FALSE(html.contains(host.toUtf8()));
    }

    const CliResult plain = tcpdoctor(
        {u"diagnose"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(server.port()), u"--json"_s}, dir.path());
    EXPECT_FALSE(QJsonDocument::fromJson(plain.out).object().value(u"redacted"_s).toBool());
}

TEST(ReportCli, CompareTellsWhatGotBetterOrWorse)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString broken = dir.filePath(u"before.json"_s);
    const QString fixed = dir.filePath(u"after.json"_s);
    // The same target twice: with a listener (fixed), then with the listener gone (broken).
    unsigned short port = 0;
    {
        LoopbackServer server(LoopbackServer::Mode::Silent);
        ASSERT_TRUE(server.ok());
        port = server.port();
        ASSERT_EQ(tcpdoctor({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--report"_s, fixed}, dir.path()).exitCode,
                  0);
    }
    ASSERT_EQ(tcpdoctor({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(port), u"--report"_s, broken}, dir.path()).exitCode, 1);

    const CliResult better = tcpdoctor({u"compare"_s, broken, fixed}, dir.path());
    EXPECT_EQ(better.exitCode, 0) << better.err.toStdString();
    EXPECT_TRUE(better.out.contains("Port test: was Problem, now OK.")) << better.out.toStdString();
    EXPECT_TRUE(better.out.contains("Nothing got worse."));

    const CliResult worse = tcpdoctor({u"compare"_s, fixed, broken, u"--json"_s}, dir.path());
    EXPECT_EQ(worse.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(worse.out).object();
    EXPECT_EQ(o.value(u"schema"_s).toString(), u"tcpdoctor-compare/1");
    EXPECT_TRUE(o.value(u"worse"_s).toBool());
    EXPECT_FALSE(o.value(u"changes"_s).toArray().isEmpty());

    const CliResult same = tcpdoctor({u"compare"_s, fixed, fixed}, dir.path());
    EXPECT_EQ(same.exitCode, 0);
    EXPECT_TRUE(same.out.contains("Nothing changed"));
}

TEST(ReportCli, CompareRefusesWhatIsNotAReport)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString notReport = dir.filePath(u"x.json"_s);
    {
        QFile f(notReport);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("[1, 2]");
    }
    for (const QStringList& args : {QStringList{u"compare"_s, dir.filePath(u"missing.json"_s), notReport},
                                    QStringList{u"compare"_s, notReport, notReport},
                                    QStringList{u"compare"_s, notReport}, QStringList{u"compare"_s}}) {
        const CliResult r = tcpdoctor(args, dir.path());
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(oneLine(r.err)) << r.err.toStdString();
    }
}

TEST(ReportCli, MissingFolderIsRefusedBeforeAnythingRuns)
{
    QTemporaryDir dir;
    const CliResult r
        = tcpdoctor({u"diagnose"_s, refusedTarget(), u"--report"_s, dir.filePath(u"no/such/r.html"_s)}, dir.path());
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(oneLine(r.err)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("does not exist"));
}

#ifdef Q_OS_LINUX
// The disk "fills up" while the report is written (bash's ulimit -f makes write() fail): exit 3,
// one line, and the report saved yesterday is still there, whole.
TEST(ReportCli, FailedSaveKeepsTheOldReport)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"ticket.html"_s);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("yesterday's report\n");
    }
    const QString script = u"trap '' XFSZ; ulimit -f 8; exec \"$0\" \"$@\""_s;
    const CliResult r
        = runHeadless(u"bash"_s,
              {u"-c"_s, script, QStringLiteral(TCPDOCTOR_BINARY), u"diagnose"_s, refusedTarget(), u"--report"_s, path},
              dir.path());
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(oneLine(r.err)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("could not be saved")) << r.err.toStdString();
    EXPECT_EQ(read(path), "yesterday's report\n");
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{u"ticket.html"_s}) << "no temporary file";
}
#endif
