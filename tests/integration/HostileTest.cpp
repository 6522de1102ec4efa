// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Issue 14: hostile peers on loopback. A server that sends megabytes at once, one that drips a
// byte a second, one that accepts and never speaks, one that resets in the middle of its greeting,
// and greetings full of NULs, invalid UTF-8, terminal escapes and bidi overrides. Each: bounded
// time (a generous hang bound, never a speed assertion), bounded memory (what is kept of a greeting
// is capped), escaped output in the JSON and in every report format, and a clear finding.

#include "CliRun.h"
#include "DnsFakeServer.h"
#include "LoopbackServer.h"
#include "platform/TcpProbe.h"
#include "steps/DnsEvidence.h"
#include "steps/PortStepDetail.h"
#include "steps/Steps.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using tcpd::test::DnsFakeServer;
using tcpd::test::CliResult;
using tcpd::test::LoopbackServer;
using tcpd::test::runHeadless;

namespace {

constexpr qint64 kHangBoundMs = 10000; // generous: these finish in well under a second

/// The port step alone against `server` (what the Runner would run after the DNS step).
tcpd::core::StepResult portStep(const LoopbackServer& server, qint64* elapsedMs)
{
    const auto parsed = tcpd::core::parseTarget(u"127.0.0.1:%1"_s.arg(server.port()));
    EXPECT_TRUE(parsed.ok());
    QElapsedTimer t;
    t.start();
    tcpd::core::StepResult r = tcpd::core::runPortStep(*parsed.target, {u"127.0.0.1"_s}, {}, nullptr);
    *elapsedMs = t.elapsed();
    return r;
}

QJsonObject firstAttempt(const tcpd::core::StepResult& r)
{
    return r.data.value(u"attempts"_s).toArray().at(0).toObject();
}

/// No raw control character, no bidi or invisible format character: what a terminal or a browser
/// would obey instead of showing. (Tab, CR and LF are allowed in files, as layout.)
bool hasOnlyVisibleText(const QString& s, QString* bad = nullptr)
{
    for (const QChar c : s) {
        const bool layout = c == u'\n' || c == u'\r' || c == u'\t';
        if (!layout
            && (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control
                || c.category() == QChar::Other_Format || c == QChar::ReplacementCharacter)) {
            if (bad != nullptr) {
                *bad = u"U+%1"_s.arg(static_cast<uint>(c.unicode()), 4, 16, QChar(u'0'));
            }
            return false;
        }
    }
    return true;
}

CliResult tcpdoctor(const QStringList& args, const QString& home)
{
    return runHeadless(QStringLiteral(TCPDOCTOR_BINARY), args, home);
}

QString readUtf8(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// NUL, invalid UTF-8 (a lone continuation byte, an overlong slash), ESC [2J (clear screen), an OSC 8
// hyperlink, a bell, and a right-to-left override that would show "exe.txt" as "txt.exe".
const std::string kHostileBytes = std::string("220 a\0b ", 8) + "\x80\xc0\xaf "
    + "\x1b[2J\x1b]8;;http://x.example/\x07link\x1b]8;;\x07 " + "\xe2\x80\xae" + "exe.txt\r\n";
// The same greeting, valid UTF-8 except the bidi override (so it is escaped character by character).
const std::string kHostileUtf8
    = std::string("220 a\0b <b>x</b> ", 17) + "\x1b[31mRED\x1b[0m " + "\xe2\x80\xae" + "exe.txt\r\n";

} // namespace

TEST(HostilePeer, MegabytesAtOnceAreCappedAndTheRunEnds)
{
    LoopbackServer server(LoopbackServer::Mode::Flood, "A flood of text. ");
    ASSERT_TRUE(server.ok());
    qint64 ms = 0;
    const auto r = portStep(server, &ms);
    EXPECT_LT(ms, kHangBoundMs);
    const QJsonObject a = firstAttempt(r);
    EXPECT_EQ(a.value(u"outcome"_s).toString(), u"open");
    const QString banner = a.value(u"banner"_s).toString();
    // The cap: ProbeOptions::bannerMax bytes of what the server said, whatever it sends.
    EXPECT_EQ(banner.size(), static_cast<qsizetype>(tcpd::platform::ProbeOptions{}.bannerMax)) << banner.toStdString();
    EXPECT_TRUE(banner.startsWith(u"A flood of text. A flood"_s));
    EXPECT_EQ(r.status, tcpd::core::StepStatus::Pass);
}

TEST(HostilePeer, TheBannerCapHoldsInTheProbeAndEscapingAtMostQuadruplesIt)
{
    // Every byte an escape: the kept greeting is bannerMax bytes, its text at most 4 × that.
    LoopbackServer server(LoopbackServer::Mode::Flood, std::string("\x01\x02\x1b\xff", 4));
    ASSERT_TRUE(server.ok());
    tcpd::platform::ProbeOptions o;
    const auto results = tcpd::platform::probeTcp({{"127.0.0.1", server.port()}}, o);
    ASSERT_EQ(results.size(), 1U);
    EXPECT_EQ(results[0].banner.size(), o.bannerMax);
    const QString text = tcpd::core::escapeBanner(QByteArray::fromStdString(results[0].banner));
    EXPECT_EQ(text.size(), static_cast<qsizetype>(4 * o.bannerMax));
    EXPECT_TRUE(hasOnlyVisibleText(text));
    // The server's send() returns after the probe has already read its fill (bounded wait).
    for (int i = 0; i < 200 && server.sent() <= o.bannerMax; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    EXPECT_GT(server.sent(), o.bannerMax) << "the server should have sent more than we kept";
}

TEST(HostilePeer, ADripOfOneByteASecondDoesNotHoldTheCheck)
{
    LoopbackServer server(LoopbackServer::Mode::Drip, "SSH-2.0-slowloris\r\n");
    ASSERT_TRUE(server.ok());
    qint64 ms = 0;
    const auto r = portStep(server, &ms);
    // The greeting is read for a short while after the handshake (ProbeOptions::listenMs), never
    // until the server is done talking: a drip costs that window, not 19 seconds.
    EXPECT_LT(ms, kHangBoundMs);
    const QJsonObject a = firstAttempt(r);
    EXPECT_EQ(a.value(u"outcome"_s).toString(), u"open");
    EXPECT_LE(a.value(u"banner"_s).toString().size(), 2) << "at most the first byte or two arrived";
    EXPECT_EQ(r.status, tcpd::core::StepStatus::Pass);
    EXPECT_EQ(r.findings.value(0).code, u"port.open");
}

TEST(HostilePeer, AServerThatAcceptsAndNeverSpeaksIsOpenWithoutAGreeting)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    qint64 ms = 0;
    const auto r = portStep(server, &ms);
    EXPECT_LT(ms, kHangBoundMs);
    const QJsonObject a = firstAttempt(r);
    EXPECT_EQ(a.value(u"outcome"_s).toString(), u"open");
    EXPECT_FALSE(a.contains(u"banner"_s));
    EXPECT_EQ(r.findings.value(0).code, u"port.open");
}

TEST(HostilePeer, AResetInTheMiddleOfTheGreetingIsSaidInPlainWords)
{
    LoopbackServer server(LoopbackServer::Mode::ResetMidBanner, "220 mail.example ESMTP pos");
    ASSERT_TRUE(server.ok());
    qint64 ms = 0;
    const auto r = portStep(server, &ms);
    EXPECT_LT(ms, kHangBoundMs);
    const QJsonObject a = firstAttempt(r);
    // The handshake completed and the service spoke: the port is open; the reset is evidence.
    EXPECT_EQ(a.value(u"outcome"_s).toString(), u"open");
    EXPECT_EQ(a.value(u"banner"_s).toString(), u"220 mail.example ESMTP pos");
    EXPECT_EQ(a.value(u"os_error"_s).toString(), u"ECONNRESET");
    const auto f = r.findings.value(0);
    EXPECT_EQ(f.code, u"port.open");
    EXPECT_TRUE(f.detail.contains(u"reset the connection in the middle of its greeting (after 26 byte"_s))
        << f.detail.toStdString();
}

TEST(HostilePeer, NulsInvalidUtf8EscapesAndBidiAreShownAsTextInTheJson)
{
    for (const std::string& bytes : {kHostileBytes, kHostileUtf8}) {
        LoopbackServer server(LoopbackServer::Mode::Banner, bytes);
        ASSERT_TRUE(server.ok());
        qint64 ms = 0;
        const auto r = portStep(server, &ms);
        EXPECT_LT(ms, kHangBoundMs);
        const QString banner = firstAttempt(r).value(u"banner"_s).toString();
        QString bad;
        EXPECT_TRUE(hasOnlyVisibleText(banner, &bad)) << bad.toStdString() << " in " << banner.toStdString();
        EXPECT_TRUE(banner.contains(u"a\\x00b"_s)) << banner.toStdString();
        EXPECT_TRUE(banner.contains(u"\\x1b["_s)) << banner.toStdString();
        EXPECT_TRUE(banner.endsWith(u"exe.txt\\r\\n"_s)) << banner.toStdString();
        EXPECT_FALSE(banner.contains(QChar(0x202e)));
        // Through the JSON document and back: still the same visible text.
        const QByteArray json = QJsonDocument(r.data).toJson(QJsonDocument::Compact);
        EXPECT_FALSE(json.contains('\0'));
        EXPECT_FALSE(json.contains("\xe2\x80\xae"));
    }
    // Valid UTF-8: the override is named like the report writers name it.
    LoopbackServer utf8(LoopbackServer::Mode::Banner, kHostileUtf8);
    qint64 ms = 0;
    EXPECT_TRUE(firstAttempt(portStep(utf8, &ms)).value(u"banner"_s).toString().contains(u"\\u202eexe.txt"_s));
}

TEST(HostilePeer, EveryReportFormatShowsAHostileGreetingAsText)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const std::string& bytes : {kHostileBytes, kHostileUtf8}) {
        LoopbackServer server(LoopbackServer::Mode::Banner, bytes);
        ASSERT_TRUE(server.ok());
        const QString target = u"127.0.0.1:%1"_s.arg(server.port());

        const CliResult json = tcpdoctor({u"diagnose"_s, target, u"--json"_s}, dir.path());
        EXPECT_LT(json.elapsedMs, 60000);
        EXPECT_EQ(json.exitCode, 0) << json.err.toStdString();
        EXPECT_FALSE(json.out.contains('\0'));
        EXPECT_FALSE(json.out.contains("\x1b"));
        EXPECT_FALSE(json.out.contains("\xe2\x80\xae"));
        const QJsonDocument doc = QJsonDocument::fromJson(json.out);
        ASSERT_TRUE(doc.isObject()) << json.out.left(300).toStdString();

        const CliResult text = tcpdoctor({u"diagnose"_s, target}, dir.path());
        QString bad;
        EXPECT_TRUE(hasOnlyVisibleText(QString::fromUtf8(text.out), &bad)) << "terminal output: " << bad.toStdString();
        EXPECT_TRUE(hasOnlyVisibleText(QString::fromUtf8(text.err), &bad)) << "terminal stderr: " << bad.toStdString();

        for (const QString& ext : {u"txt"_s, u"md"_s, u"html"_s}) {
            const QString file = dir.filePath(u"hostile."_s + ext);
            QFile::remove(file);
            const CliResult saved = tcpdoctor({u"diagnose"_s, target, u"--report"_s, file}, dir.path());
            EXPECT_EQ(saved.exitCode, 0) << ext.toStdString() << ": " << saved.err.toStdString();
            const QString content = readUtf8(file);
            ASSERT_FALSE(content.isEmpty()) << ext.toStdString();
            EXPECT_TRUE(hasOnlyVisibleText(content, &bad)) << ext.toStdString() << ": " << bad.toStdString();
            EXPECT_TRUE(content.contains(u"\\x1b["_s)) << ext.toStdString() << ": the escape is shown as text";
            EXPECT_TRUE(content.contains(u"exe.txt"_s)) << ext.toStdString();
            if (ext == u"html") {
                EXPECT_FALSE(content.contains(u"<b>x</b>"_s)) << "live markup from the greeting";
            }
        }
    }
}

TEST(HostilePeer, TheCliStaysSmallAndQuickAgainstAFlood)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    LoopbackServer server(LoopbackServer::Mode::Flood, "0123456789abcdef");
    ASSERT_TRUE(server.ok());
    const CliResult r = tcpdoctor({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(server.port()), u"--json"_s}, dir.path());
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(root.value(u"verdict"_s).toObject().value(u"code"_s).toString(), u"ok.reachable");
    EXPECT_LT(r.out.size(), 256 * 1024) << "the report grew with the flood";
    // Peak memory of the finished child processes (kB on Linux): a generous bound, far above the
    // tool's normal footprint and far below what keeping megabytes of greeting would cost over runs.
    rusage usage{};
    ASSERT_EQ(::getrusage(RUSAGE_CHILDREN, &usage), 0);
    EXPECT_LT(usage.ru_maxrss, 512 * 1024) << "peak resident memory of tcpdoctor in kB";
}

namespace {
/// The DNS step against `server` alone (no hosts file, a system resolver that is not asked).
tcpd::core::StepResult dnsStep(const DnsFakeServer& server, const QString& name, qint64* elapsedMs)
{
    const auto parsed = tcpd::core::parseTarget(name + u":443"_s);
    EXPECT_TRUE(parsed.ok());
    tcpd::core::DnsEnvironment env;
    env.config.servers.push_back({"127.0.0.1", "configured", server.port()});
    env.config.readOk = true;
    env.config.source = "test resolv.conf";
    env.hostsPath = "/nonexistent/tcpdoctor-test-hosts";
    env.thisHostName = u"testhost"_s;
    env.systemResolver = [](const std::string&, tcpd::platform::Family, int, const std::atomic<bool>*) {
        tcpd::platform::SystemResolution r;
        r.status = tcpd::platform::SystemResolution::Status::NoData;
        r.errorText = "stand-in";
        return r;
    };
    QStringList addresses;
    QElapsedTimer t;
    t.start();
    tcpd::core::StepResult r = tcpd::core::runDnsStepWith(*parsed.target, {}, env, nullptr, &addresses);
    *elapsedMs = t.elapsed();
    return r;
}
} // namespace

TEST(HostileDns, ALongCnameChainIsCutToSixteenNamesInTheEvidence)
{
    // 22 one-letter names: the answer must fit in 512 bytes (c-ares drops bigger UDP answers, and
    // this fake server has no TCP; the lab's dns-cname-chain scenario has the TCP case).
    std::vector<std::string> chain;
    for (char c = 'a'; c < 'a' + 22; ++c) {
        chain.push_back(std::string(1, c) + ".t");
    }
    DnsFakeServer::Name deep;
    deep.name = "deep.t";
    deep.cnames = chain;
    deep.a = {"192.0.2.10"};
    DnsFakeServer server({deep});
    ASSERT_TRUE(server.ok());
    qint64 ms = 0;
    const auto r = dnsStep(server, u"deep.t"_s, &ms);
    EXPECT_LT(ms, kHangBoundMs);
    const QJsonObject a = r.data.value(u"servers"_s).toArray().at(0).toObject().value(u"a"_s).toObject();
    EXPECT_EQ(a.value(u"status"_s).toString(), u"noerror") << QJsonDocument(a).toJson().toStdString();
    EXPECT_EQ(a.value(u"cname_chain"_s).toArray().size(), 16);
    EXPECT_TRUE(a.value(u"cname_chain_partial"_s).toBool());
    EXPECT_GE(a.value(u"cname_chain_length"_s).toInt(), 21); // c-ares 1.18 names all but the last target
    EXPECT_EQ(a.value(u"cname_chain"_s).toArray().at(0).toString(), u"a.t");
    // Every sentence about it stays readable: the chain is cut, with an ellipsis.
    for (const auto& f : r.findings) {
        EXPECT_LT(f.title.size() + f.detail.size(), 2000) << f.title.toStdString();
    }
}

TEST(HostileDns, ACnameLoopEndsAsANameWithoutAddress)
{
    DnsFakeServer::Name loop;
    loop.name = "loopa.t";
    loop.cnames = {"loopb.t", "loopa.t", "loopb.t", "loopa.t"}; // loopa -> loopb -> loopa -> ...
    DnsFakeServer server({loop});
    ASSERT_TRUE(server.ok());
    qint64 ms = 0;
    const auto r = dnsStep(server, u"loopa.t"_s, &ms);
    EXPECT_LT(ms, kHangBoundMs);
    const QJsonObject srv = r.data.value(u"servers"_s).toArray().at(0).toObject();
    const QString status = srv.value(u"a"_s).toObject().value(u"status"_s).toString();
    EXPECT_TRUE(status == u"no_data" || status == u"bad_response") << status.toStdString();
    EXPECT_NE(r.status, tcpd::core::StepStatus::Pass);
    EXPECT_FALSE(r.summary.isEmpty());
}
