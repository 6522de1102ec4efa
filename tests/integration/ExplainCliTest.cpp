// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// tcpdoctor explain through the real binary: the JSON contract on stdout, exit codes, the message
// from the command line or from standard input, one-line errors. No network is used.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {
struct ExplainRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ExplainRun explain(const QStringList& args, const QByteArray& input = QByteArray(), bool writeStdin = false)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TCPDOCTOR_BINARY), QStringList{u"explain"_s} + args);
    EXPECT_TRUE(p.waitForStarted(10000));
    if (writeStdin) {
        p.write(input);
    }
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(30000)) << "tcpdoctor did not finish";
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject json(const ExplainRun& r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << "stdout is not only JSON: " << r.out.toStdString();
    return doc.object();
}

void expectOneLineError(const ExplainRun& r)
{
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    const QByteArray err = r.err.trimmed();
    EXPECT_FALSE(err.isEmpty());
    EXPECT_FALSE(err.contains('\n')) << "one line: " << err.toStdString();
}
} // namespace

TEST(ExplainCli, JsonIsTheContractAndARecognisedErrorExits1)
{
    const ExplainRun r = explain({u"No connection could be made because the target machine actively refused it. "
                                  "(localhost:5001)"_s,
                                  u"--json"_s});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(u"schema"_s).toString(), u"tcpdoctor-explain/1");
    EXPECT_EQ(o.value(u"code"_s).toString(), u"error.refused");
    EXPECT_EQ(o.value(u"phase"_s).toString(), u"handshake");
    EXPECT_EQ(o.value(u"host"_s).toString(), u"localhost");
    EXPECT_EQ(o.value(u"port"_s).toInt(), 5001);
    EXPECT_TRUE(o.value(u"matched"_s).toString().contains(u"actively refused"));
    EXPECT_FALSE(o.value(u"title"_s).toString().isEmpty());
    EXPECT_FALSE(o.value(u"explanation"_s).toString().isEmpty());
    EXPECT_TRUE(o.value(u"suggested_steps"_s).toArray().contains(u"port"_s));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST(ExplainCli, NotATcpErrorExits0WithNulls)
{
    const ExplainRun r = explain({u"HTTP/1.1 404 Not Found"_s, u"--json"_s});
    EXPECT_EQ(r.exitCode, 0);
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(u"code"_s).toString(), u"error.unknown");
    EXPECT_TRUE(o.value(u"host"_s).isNull());
    EXPECT_TRUE(o.value(u"port"_s).isNull());
    EXPECT_FALSE(o.value(u"explanation"_s).toString().isEmpty()) << "a polite sentence, not silence";

    const ExplainRun none = explain({u"Everything went well."_s, u"--json"_s});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(json(none).value(u"phase"_s).isNull());
}

TEST(ExplainCli, ReadsAMultiLineMessageFromStandardInput)
{
    const QByteArray trace = "2024-05-04 10:22:13.456 ERROR 4242 --- [main] o.s.b.SpringApplication : failed\n"
                             "Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection "
                             "refused: localhost/127.0.0.1:6379\n"
                             "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)\n";
    const ExplainRun r = explain({u"-"_s, u"--json"_s}, trace, true);
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(u"code"_s).toString(), u"error.refused");
    EXPECT_EQ(o.value(u"host"_s).toString(), u"localhost");
    EXPECT_EQ(o.value(u"port"_s).toInt(), 6379);

    const ExplainRun german
        = explain({u"-"_s, u"--json"_s},
                  "[WinError 10060] Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach "
                  "einer bestimmten Zeitspanne nicht richtig reagiert hat",
                  true);
    EXPECT_EQ(json(german).value(u"code"_s).toString(), u"error.timeout");
}

TEST(ExplainCli, HumanOutputSaysWhatHappenedAndWhatToRun)
{
    const ExplainRun r = explain({u"ssh: connect to host 192.0.2.10 port 22: Connection timed out"_s});
    EXPECT_EQ(r.exitCode, 1);
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(u"SYN")) << out.toStdString();
    EXPECT_TRUE(out.contains(u"21 seconds")) << "the Windows retry account";
    EXPECT_TRUE(out.contains(u"tcpdoctor diagnose 192.0.2.10:22")) << out.toStdString();
    EXPECT_TRUE(out.contains(u"error.timeout"));
}

TEST(ExplainCli, UnquotedWordsAreOneMessage)
{
    const ExplainRun r = explain({u"Connection"_s, u"reset"_s, u"by"_s, u"peer"_s, u"--json"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(json(r).value(u"code"_s).toString(), u"error.reset");
}

TEST(ExplainCli, AMessageStartingWithADashGoesAfterDoubleDash)
{
    const ExplainRun bad = explain({u"-bash: connect: Connection refused"_s});
    expectOneLineError(bad);
    EXPECT_TRUE(bad.err.contains("--")) << bad.err.toStdString();
    const ExplainRun r = explain({u"--json"_s, u"--"_s, u"-bash: connect: Connection refused"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(json(r).value(u"code"_s).toString(), u"error.refused");
}

TEST(ExplainCli, NoMessageIsBadInput)
{
    expectOneLineError(explain({}));
    expectOneLineError(explain({u""_s}));
    expectOneLineError(explain({u"   "_s, u"--json"_s}));
    expectOneLineError(explain({u"-"_s}, QByteArray(), true));
    expectOneLineError(explain({u"Connection refused"_s, u"--frobnicate"_s}));
}

TEST(ExplainCli, CodesDoNotChangeWithTheLanguage)
{
    const ExplainRun r = explain({u"--lang"_s, u"de"_s, u"--json"_s, u"Connection refused"_s});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(json(r).value(u"code"_s).toString(), u"error.refused");
}

TEST(ExplainCli, HelpMentionsExplain)
{
    const ExplainRun own = explain({u"--help"_s});
    EXPECT_EQ(own.exitCode, 0);
    EXPECT_TRUE(own.out.contains("tcpdoctor explain -")) << own.out.toStdString();

    QProcess p;
    p.start(QStringLiteral(TCPDOCTOR_BINARY), {u"--help"_s});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_TRUE(p.readAllStandardOutput().contains("tcpdoctor explain")) << "explain is listed in tcpdoctor --help";
}

TEST(ExplainCli, ACertificateErrorLeadsToTheCheckWithTls)
{
    const ExplainRun r = explain({u"Get \"https://app.example:8443/\": x509: certificate has expired or is not yet valid"_s});
    EXPECT_EQ(r.exitCode, 1) << "a recognised problem";
    EXPECT_TRUE(r.out.contains("Check it step by step: tcpdoctor diagnose app.example:8443 --tls")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Code: error.tls_expired")) << r.out.toStdString();
}

TEST(ExplainCli, APortInUseLeadsToListenNotToTheChecklist)
{
    const ExplainRun r = explain({u"--json"_s, u"Bind for 0.0.0.0:80 failed: port is already allocated"_s});
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(u"code"_s).toString(), u"error.address_in_use");
    EXPECT_EQ(o.value(u"port"_s).toInt(), 80);
    EXPECT_TRUE(o.value(u"host"_s).isNull()) << "this computer: no host to check";
    EXPECT_TRUE(o.value(u"suggested_steps"_s).toArray().isEmpty());
    const ExplainRun text = explain({u"Bind for 0.0.0.0:80 failed: port is already allocated"_s});
    EXPECT_TRUE(text.out.contains("See who holds the port: tcpdoctor listen 80")) << text.out.toStdString();
    EXPECT_FALSE(text.out.contains("tcpdoctor diagnose")) << text.out.toStdString();
}
