// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The server side on this computer, with real listeners: `tcpdoctor listen PORT --json` through the real
// binary, the listen check in-process, and `listen --serve` end to end. Connections go only to this
// computer's own addresses (which never leave it).

#include "LoopbackServer.h"
#include "listen/ListenCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::test::LoopbackServer;

namespace {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliResult tcpdoctor(const QStringList& args, int timeoutMs = 30000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TCPDOCTOR_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(timeoutMs)) << "tcpdoctor did not finish";
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QJsonObject json(const CliResult& r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << "stdout is not only JSON: " << r.out.toStdString();
    return doc.object();
}

QString verdictCode(const QJsonObject& o)
{
    return o.value(u"verdict"_s).toObject().value(u"code"_s).toString();
}

/// The socket rows of `o` on `port`.
QList<QJsonObject> socketsOn(const QJsonObject& o, int port)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : o.value(u"sockets"_s).toArray()) {
        if (v.toObject().value(u"port"_s).toInt() == port) {
            out << v.toObject();
        }
    }
    return out;
}

/// A QTcpServer in this process on every IPv4 address, port chosen by the system.
struct AnyServer {
    QTcpServer server;
    AnyServer() { server.listen(QHostAddress::AnyIPv4, 0); }
};

bool oneLine(const QByteArray& err)
{
    const QByteArray t = err.trimmed();
    return !t.isEmpty() && !t.contains('\n');
}

/// Waits (bounded) until `p` printed `text` on stdout; returns everything read so far.
QByteArray waitForOutput(QProcess& p, const QByteArray& text, QByteArray& seen, int ms = 15000)
{
    QElapsedTimer t;
    t.start();
    while (!seen.contains(text) && t.elapsed() < ms && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        seen += p.readAllStandardOutput();
    }
    return seen;
}

} // namespace

TEST(Listen, LoopbackListenerIsLoopbackOnlyAndOwnedByThisProcess)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const CliResult r = tcpdoctor({u"listen"_s, QString::number(server.port()), u"--json"_s});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(u"schema"_s).toString(), u"tcpdoctor-listen/1");
    EXPECT_EQ(o.value(u"port"_s).toInt(), server.port());
    EXPECT_EQ(verdictCode(o), u"listen.loopback_only");
    EXPECT_EQ(o.value(u"verdict"_s).toObject().value(u"layer"_s).toString(), u"server");
    const QList<QJsonObject> rows = socketsOn(o, server.port());
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].value(u"address"_s).toString(), u"127.0.0.1");
    EXPECT_EQ(rows[0].value(u"family"_s).toString(), u"ipv4");
    EXPECT_EQ(rows[0].value(u"state"_s).toString(), u"listen");
    // Our own process: the OS tells its owner to us whoever we are.
    EXPECT_EQ(rows[0].value(u"pid"_s).toInteger(), QCoreApplication::applicationPid());
    EXPECT_EQ(rows[0].value(u"process"_s).toString(), QCoreApplication::applicationName().left(15));
    // Connected to from here: loopback accepted, every other address of this computer refused.
    bool loopbackOpen = false;
    for (const QJsonValue& v : o.value(u"probes"_s).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"address"_s).toString() == u"127.0.0.1") {
            loopbackOpen = p.value(u"outcome"_s).toString() == u"open";
        } else if (p.value(u"family"_s).toString() == u"ipv4") {
            EXPECT_EQ(p.value(u"outcome"_s).toString(), u"refused") << p.value(u"address"_s).toString().toStdString();
        }
    }
    EXPECT_TRUE(loopbackOpen);
    bool firewallNotChecked = false;
    for (const QJsonValue& v : o.value(u"findings"_s).toArray()) {
        firewallNotChecked = firewallNotChecked || v.toObject().value(u"code"_s).toString() == u"firewall.not_checked";
    }
    EXPECT_TRUE(firewallNotChecked);
}

TEST(Listen, EveryAddressListenerIsOk)
{
    AnyServer any;
    ASSERT_TRUE(any.server.isListening());
    const int port = any.server.serverPort();
    const CliResult r = tcpdoctor({u"listen"_s, QString::number(port), u"--json"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(verdictCode(o), u"listen.ok");
    EXPECT_EQ(o.value(u"verdict"_s).toObject().value(u"layer"_s).toString(), u"none");
    const QList<QJsonObject> rows = socketsOn(o, port);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].value(u"address"_s).toString(), u"0.0.0.0");
    EXPECT_EQ(rows[0].value(u"pid"_s).toInteger(), QCoreApplication::applicationPid());
    for (const QJsonValue& v : o.value(u"probes"_s).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"family"_s).toString() == u"ipv4") {
            EXPECT_EQ(p.value(u"outcome"_s).toString(), u"open") << p.value(u"address"_s).toString().toStdString();
        }
    }
}

TEST(Listen, FreePortIsNone)
{
    const unsigned short port = LoopbackServer::closedPort();
    const CliResult r = tcpdoctor({u"listen"_s, QString::number(port), u"--json"_s});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject o = json(r);
    EXPECT_EQ(verdictCode(o), u"listen.none");
    EXPECT_TRUE(o.value(u"sockets"_s).toArray().isEmpty());
    EXPECT_TRUE(o.value(u"nearby"_s).isArray());
    EXPECT_FALSE(o.value(u"probes"_s).toArray().isEmpty());
}

TEST(Listen, HumanOutputAndTheWholeList)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const CliResult text = tcpdoctor({u"listen"_s, QString::number(server.port())});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.out.contains("listens only for this computer itself")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("listen.loopback_only"));
    EXPECT_TRUE(text.out.contains("Not checked yet: the inbound firewall"));

    const CliResult all = tcpdoctor({u"listen"_s, u"--json"_s});
    EXPECT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QJsonObject o = json(all);
    EXPECT_TRUE(o.value(u"port"_s).isNull());
    EXPECT_TRUE(o.value(u"verdict"_s).isNull());
    const QList<QJsonObject> mine = socketsOn(o, server.port());
    ASSERT_EQ(mine.size(), 1);
    EXPECT_EQ(mine[0].value(u"pid"_s).toInteger(), QCoreApplication::applicationPid());

    const CliResult list = tcpdoctor({u"listen"_s});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains(QByteArray::number(server.port()))) << list.out.toStdString();
}

TEST(Listen, InProcessCheckMatchesTheTable)
{
    LoopbackServer server(LoopbackServer::Mode::Silent, {}, true);
    ASSERT_TRUE(server.ok());
    tcpd::core::ListenOptions options;
    options.port = server.port();
    const tcpd::core::ListenReport r = tcpd::core::runListenCheck(options);
    ASSERT_TRUE(r.hasVerdict);
    EXPECT_EQ(r.judgement.verdict.code, u"listen.loopback_only");
    EXPECT_EQ(r.facts.table.os, "linux");
    EXPECT_EQ(tcpd::core::listenExitCode(r), 1);
}

TEST(Listen, BadInputIsOneLineAndExit2)
{
    const QList<QStringList> cases = {
        {u"listen"_s, u"0"_s},
        {u"listen"_s, u"99999"_s},
        {u"listen"_s, u"nosuchservice"_s},
        {u"listen"_s, u"22"_s, u"23"_s},
        {u"listen"_s, u"22"_s, u"--address"_s, u"not-an-address"_s},
        {u"listen"_s, u"--address"_s, u"192.0.2.1"_s},
        {u"listen"_s, u"--for"_s, u"5"_s},
        {u"listen"_s, u"--serve"_s, u"8080"_s, u"--for"_s, u"0"_s},
        {u"listen"_s, u"--serve"_s, u"8080"_s, u"--for"_s, u"3601"_s},
        {u"listen"_s, u"--serve"_s, u"8080"_s, u"--json"_s},
        {u"listen"_s, u"--serve"_s, u"8080"_s, u"--address"_s, u"198.51.100.77"_s}, // not this computer's
        {u"listen"_s, u"--frobnicate"_s},
    };
    for (const QStringList& args : cases) {
        const CliResult r = tcpdoctor(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << args.join(u' ').toStdString() << ": " << r.out.toStdString();
        EXPECT_TRUE(oneLine(r.err)) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
    }
}

TEST(Listen, ServeGreetsEchoesAndClosesByItself)
{
    const unsigned short port = LoopbackServer::closedPort();
    QProcess p;
    p.start(QStringLiteral(TCPDOCTOR_BINARY),
            {u"listen"_s, u"--serve"_s, QString::number(port), u"--for"_s, u"3"_s, u"--address"_s, u"127.0.0.1"_s});
    ASSERT_TRUE(p.waitForStarted());
    QByteArray out;
    waitForOutput(p, "Ctrl-C", out); // the announcement's third line
    ASSERT_TRUE(out.contains("is now OPEN on 127.0.0.1"))
        << out.toStdString() << p.readAllStandardError().toStdString();
    EXPECT_TRUE(out.contains("It closes by itself in 3 seconds")) << out.toStdString();

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    ASSERT_TRUE(client.waitForConnected(5000));
    auto readLine = [&client] {
        QByteArray line;
        QElapsedTimer t;
        t.start();
        while (!line.contains('\n') && t.elapsed() < 5000) {
            client.waitForReadyRead(100);
            line += client.readAll();
        }
        return line;
    };
    const QByteArray greeting = readLine();
    EXPECT_TRUE(greeting.startsWith(
        QByteArray(QByteArray("tcpdoctor test listener at 127.0.0.1 port ") + QByteArray::number(port))))
        << greeting.toStdString();
    EXPECT_TRUE(greeting.endsWith("\r\n"));
    // The connection stays open and what the client sends comes back (what `tcpdoctor idle` relies on).
    EXPECT_EQ(client.state(), QAbstractSocket::ConnectedState);
    client.write("are you there?\n");
    EXPECT_EQ(readLine(), QByteArray("are you there?\n"));
    EXPECT_EQ(client.state(), QAbstractSocket::ConnectedState);

    // It closes by itself, without being asked, and closes the open connection with FIN (a reset would be
    // RemoteHostClosedError too, but not before the listener's time is up: checked by the state above).
    ASSERT_TRUE(p.waitForFinished(20000)) << "the test listener did not close by itself";
    EXPECT_TRUE(client.state() == QAbstractSocket::UnconnectedState || client.waitForDisconnected(5000));
    EXPECT_EQ(client.error(), QAbstractSocket::RemoteHostClosedError);
    out += p.readAllStandardOutput();
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_TRUE(out.contains("connection 1 from 127.0.0.1")) << out.toStdString();
    EXPECT_TRUE(out.contains("closed, its time is up. 1 connection arrived.")) << out.toStdString();
    QTcpSocket after;
    after.connectToHost(QHostAddress::LocalHost, port);
    EXPECT_FALSE(after.waitForConnected(2000)) << "the port is closed again";
}

TEST(Listen, ServeStopsOnSigterm)
{
    const unsigned short port = LoopbackServer::closedPort();
    QProcess p;
    p.start(QStringLiteral(TCPDOCTOR_BINARY),
            {u"listen"_s, u"--serve"_s, QString::number(port), u"--for"_s, u"60"_s, u"--address"_s, u"127.0.0.1"_s});
    ASSERT_TRUE(p.waitForStarted());
    QByteArray out;
    waitForOutput(p, "OPEN", out);
    ASSERT_TRUE(out.contains("OPEN")) << out.toStdString();
    p.terminate(); // SIGTERM
    ASSERT_TRUE(p.waitForFinished(10000));
    out += p.readAllStandardOutput();
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit) << "SIGTERM is caught, the listener closes cleanly";
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_TRUE(out.contains("closed early, as asked. 0 connections arrived.")) << out.toStdString();
}

TEST(Listen, ServeRefusesAPortInUseAndNamesTheHolder)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const CliResult r
        = tcpdoctor({u"listen"_s, u"--serve"_s, QString::number(server.port()), u"--for"_s, u"5"_s}, 15000);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(oneLine(r.err)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("is in use")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QByteArray(QByteArray("pid ") + QByteArray::number(QCoreApplication::applicationPid()))))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QByteArray(QByteArray("127.0.0.1:") + QByteArray::number(server.port()))))
        << r.err.toStdString();
}

TEST(Listen, HelpMentionsListen)
{
    const CliResult all = tcpdoctor({u"--help"_s});
    EXPECT_EQ(all.exitCode, 0);
    EXPECT_TRUE(all.out.contains("tcpdoctor listen [PORT]")) << all.out.toStdString();
    EXPECT_TRUE(all.out.contains("tcpdoctor listen --serve PORT")) << all.out.toStdString();
    const CliResult own = tcpdoctor({u"listen"_s, u"--help"_s});
    EXPECT_EQ(own.exitCode, 0);
    EXPECT_TRUE(own.out.contains("--address ADDR")) << own.out.toStdString();
}

TEST(Listen, ServeOnEveryAddressNamesIpv4ClientsPlainly)
{
    const unsigned short port = LoopbackServer::closedPort();
    QProcess p;
    p.start(QStringLiteral(TCPDOCTOR_BINARY), {u"listen"_s, u"--serve"_s, QString::number(port), u"--for"_s, u"2"_s});
    ASSERT_TRUE(p.waitForStarted());
    QByteArray out;
    waitForOutput(p, "Ctrl-C", out);
    ASSERT_TRUE(out.contains("is now OPEN on 0.0.0.0, ::")) << out.toStdString();
    QTcpSocket client; // an IPv4 client of the dual-stack listener: ::ffff:127.0.0.1 to the socket API
    client.connectToHost(QHostAddress::LocalHost, port);
    ASSERT_TRUE(client.waitForConnected(5000));
    QByteArray greeting;
    QElapsedTimer t;
    t.start();
    while (!greeting.contains('\n') && t.elapsed() < 5000) {
        client.waitForReadyRead(100);
        greeting += client.readAll();
    }
    EXPECT_TRUE(greeting.startsWith("tcpdoctor test listener at 127.0.0.1 port")) << greeting.toStdString();
    ASSERT_TRUE(p.waitForFinished(20000));
    out += p.readAllStandardOutput();
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_TRUE(out.contains("connection 1 from 127.0.0.1:")) << out.toStdString();
}
