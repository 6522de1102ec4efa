// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The real binary against what an attacker or an unlucky person gives it: escape sequences in every
// string that reaches the terminal, unbounded input, signals in the middle of a run, a low open-file
// limit, odd log locations, and small misreadings of what was typed. Loopback only.

#include "CliRun.h"
#include "LoopbackServer.h"
#include "SilentPort.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using tcpd::test::CliResult;
using tcpd::test::LoopbackServer;
using tcpd::test::runHeadless;
using tcpd::test::SilentPort;

namespace {

const QString kEvil = u"ev\x1b]0;pwned\x07il\x1b[2J\u202etxt.exe"_s;

/// Nothing in `bytes` can drive a terminal: no ESC, BEL, NUL or bidi override (U+202E, UTF-8 E2 80 AE).
void expectNoRawControls(const QByteArray& bytes, const char* what)
{
    EXPECT_FALSE(bytes.contains('\x1b')) << what << ": " << bytes.toStdString();
    EXPECT_FALSE(bytes.contains('\x07')) << what;
    EXPECT_FALSE(bytes.contains('\0')) << what;
    EXPECT_FALSE(bytes.contains("\xe2\x80\xae")) << what << ": a raw right-to-left override";
}

/// One line on stderr, and not an endless one.
void expectOneLine(const QByteArray& err, int maxChars = 600)
{
    const QByteArray line = err.trimmed();
    EXPECT_FALSE(line.isEmpty());
    EXPECT_FALSE(line.contains('\n')) << err.toStdString();
    EXPECT_LE(QString::fromUtf8(line).size(), maxChars) << err.toStdString();
}

class CliHardening : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_home.isValid()); }
    CliResult run(const QStringList& args) { return runHeadless(QStringLiteral(TCPDOCTOR_BINARY), args, m_home.path()); }
    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return path;
    }
    QTemporaryDir m_home;
};

/// Starts the binary with its output kept apart, for tests that signal it in the middle.
struct Started {
    QProcess p;
    explicit Started(const QStringList& args, const QString& home)
    {
        p.setReadChannel(QProcess::StandardOutput);
        p.setProcessEnvironment(tcpd::test::headlessEnvironment(home));
        p.start(QStringLiteral(TCPDOCTOR_BINARY), args);
    }
    ~Started()
    {
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
        }
    }
    void signal(int sig) { ::kill(static_cast<pid_t>(p.processId()), sig); }
    /// Waits (bounded) until stdout has at least `lines` lines; returns what was read so far.
    QByteArray waitForLines(int lines, int timeoutMs = 20000)
    {
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (out.count('\n') < lines && t.elapsed() < timeoutMs && p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        return out;
    }
};

} // namespace

// --- Terminal injection ------------------------------------------------------------------------

TEST_F(CliHardening, ListLinesReachTheTerminalEscaped)
{
    const QString list = file(u"list.txt"_s, (kEvil + u":80\n"_s + u"127.0.0.1:1\x1b[31m\n"_s).toUtf8());
    const CliResult r = run({u"diagnose"_s, u"--many"_s, list});
    expectNoRawControls(r.out, "the table");
    EXPECT_TRUE(r.out.contains("\\x1b")) << "the escape is shown, not dropped: " << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("\\u202e")) << r.out.toStdString();

    const CliResult json = run({u"diagnose"_s, u"--many"_s, list, u"--json"_s});
    expectNoRawControls(json.out, "JSON Lines");
    const QList<QByteArray> lines = json.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2);
    // Still the same JSON: the escapes are JSON's own, so the value comes back unchanged.
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    EXPECT_EQ(first.value(u"target"_s).toObject().value(u"input"_s).toString(), kEvil + u":80"_s);
}

TEST_F(CliHardening, EchoedArgumentsAreEscapedAndCut)
{
    const QString longEvil = kEvil + QString(5000, u'x');
    const QList<QStringList> cases = {
        {u"diagnose"_s, u"127.0.0.1:1"_s, u"--"_s + kEvil},
        {u"diagnose"_s, u"127.0.0.1:1"_s, u"--steps"_s, kEvil},
        {u"diagnose"_s, u"127.0.0.1:1"_s, u"--lang"_s, kEvil},
        {u"diagnose"_s, u"127.0.0.1:1"_s, u"--report"_s, longEvil + u".exe"_s},
        {u"diagnose"_s, u"--many"_s, m_home.filePath(longEvil)},
        {u"listen"_s, u"22"_s, u"--address"_s, longEvil},
        {u"compare"_s, m_home.filePath(kEvil), m_home.filePath(kEvil)},
        {longEvil},
        {u"explain"_s, u"--"_s + kEvil},
    };
    for (const QStringList& args : cases) {
        const CliResult r = run(args);
        SCOPED_TRACE(args.join(u' ').left(60).toStdString());
        EXPECT_EQ(r.exitCode, 2);
        expectNoRawControls(r.err, "stderr");
        expectOneLine(r.err);
        EXPECT_FALSE(r.err.trimmed().endsWith("'..")) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    }
}

TEST_F(CliHardening, ExplainEchoesThePastedMessageEscaped)
{
    const QString message = u"curl: (7) Failed to connect to \x1b[31mapp\x1b[0m port 443: Connection refused\u202e"_s;
    const CliResult text = run({u"explain"_s, message});
    EXPECT_EQ(text.exitCode, 1) << "recognised (CONTRACT: explain exits 1 for a recognised problem)";
    expectNoRawControls(text.out, "explain");
    const CliResult json = run({u"explain"_s, message, u"--json"_s});
    expectNoRawControls(json.out, "explain --json");
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(json.out, &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << json.out.toStdString();
    EXPECT_EQ(o.value(u"code"_s).toString(), u"error.refused");
}

TEST_F(CliHardening, ListenShowsProgramNamesEscaped)
{
    if (QStandardPaths::findExecutable(u"python3"_s).isEmpty()) {
        GTEST_SKIP() << "python3 is needed to start a listener whose program name holds an escape sequence";
    }
    // A process that names itself with an escape sequence (PR_SET_NAME) and listens on loopback.
    QProcess evil;
    evil.start(u"python3"_s, {u"-c"_s, u"import ctypes, socket, sys, time\n"
                                       "ctypes.CDLL(None).prctl(15, b'ev\\x1b[31mil\\x07', 0, 0, 0)\n"
                                       "s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1)\n"
                                       "print(s.getsockname()[1], flush=True)\n"
                                       "time.sleep(30)\n"_s});
    ASSERT_TRUE(evil.waitForReadyRead(10000));
    const QByteArray port = evil.readLine().trimmed();
    ASSERT_FALSE(port.isEmpty());
    const CliResult r = run({u"listen"_s, QString::fromLatin1(port)});
    evil.kill();
    evil.waitForFinished(5000);
    expectNoRawControls(r.out, "listen");
    if (!r.out.contains("ev\\x1b[31mil")) {
        // The program name is only shown where the system lets this user see it.
        EXPECT_TRUE(r.out.contains("python") || r.out.contains('?')) << r.out.toStdString();
    }
}

// --- Unbounded input ---------------------------------------------------------------------------

TEST_F(CliHardening, CompareRefusesEndlessAndHugeInput)
{
    const QString good = file(u"good.json"_s, R"({"schema":"tcpdoctor-report/1","verdict":{"code":"ok.reachable"}})");
    const CliResult zero = run({u"compare"_s, good, u"/dev/zero"_s});
    EXPECT_EQ(zero.exitCode, 2);
    expectOneLine(zero.err);
    EXPECT_TRUE(zero.err.contains("too large")) << zero.err.toStdString();

    QByteArray huge = R"({"schema":"tcpdoctor-report/1","verdict":{"code":"ok.reachable"},"x":")";
    huge += QByteArray(9 * 1024 * 1024, 'a');
    huge += "\"}";
    const CliResult big = run({u"compare"_s, good, file(u"huge.json"_s, huge)});
    EXPECT_EQ(big.exitCode, 2);
    expectOneLine(big.err);
}

TEST_F(CliHardening, CompareRefusesAReportWithoutAVerdict)
{
    const QString good = file(u"good.json"_s, R"({"schema":"tcpdoctor-report/1","verdict":{"code":"ok.reachable"}})");
    const QString bare = file(u"bare.json"_s, R"({"schema":"tcpdoctor-report/1","steps":[]})");
    const CliResult r = run({u"compare"_s, good, bare});
    EXPECT_EQ(r.exitCode, 2);
    expectOneLine(r.err);
    EXPECT_TRUE(r.err.contains("verdict")) << r.err.toStdString();
}

// --- Signals -----------------------------------------------------------------------------------

TEST_F(CliHardening, InterruptedDiagnosePrintsTheStoppedReportAndExits3)
{
    SilentPort silent;
    ASSERT_TRUE(silent.ok());
    for (const int sig : {SIGINT, SIGTERM}) {
        Started s({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(silent.port()), u"--timeout"_s, u"20000"_s, u"--json"_s,
                   u"--verbose"_s},
                  m_home.path());
        ASSERT_TRUE(s.p.waitForStarted(10000));
        // --verbose logs when the check has started with its signal handlers in place (a sanitizer build
        // may take a while to get there); only then is the signal sent.
        QByteArray log;
        QElapsedTimer waited;
        waited.start();
        s.p.setReadChannel(QProcess::StandardError);
        while (!log.contains("Ctrl-C or SIGTERM stops") && waited.elapsed() < 30000 && s.p.state() == QProcess::Running) {
            s.p.waitForReadyRead(100);
            log += s.p.readAllStandardError();
        }
        s.p.setReadChannel(QProcess::StandardOutput);
        ASSERT_TRUE(log.contains("Ctrl-C or SIGTERM stops")) << log.toStdString();
        QThread::msleep(300); // the port test is waiting on the silent port by now
        s.signal(sig);
        ASSERT_TRUE(s.p.waitForFinished(10000)) << "a stopped run ends within seconds";
        EXPECT_EQ(s.p.exitStatus(), QProcess::NormalExit) << "signal " << sig << " must not kill it";
        EXPECT_EQ(s.p.exitCode(), 3);
        const QJsonObject report = QJsonDocument::fromJson(s.p.readAllStandardOutput()).object();
        EXPECT_EQ(report.value(u"verdict"_s).toObject().value(u"code"_s).toString(), u"tool.error");
        EXPECT_EQ(report.value(u"schema"_s).toString(), u"tcpdoctor-report/1");
    }
}

TEST_F(CliHardening, InterruptedListPrintsWhatFinishedAndExits3)
{
    SilentPort silent;
    ASSERT_TRUE(silent.ok());
    // Refused targets first (they finish at once), then more silent ones than are checked at once
    // (256), each of which would wait 20 s.
    QByteArray list;
    for (int i = 0; i < 5; ++i) {
        list += "127.0.0.1:" + QByteArray::number(LoopbackServer::closedPort()) + "\n";
    }
    for (int i = 0; i < 300; ++i) {
        list += "127.0.0.1:" + QByteArray::number(silent.port()) + "\n";
    }
    const QString path = file(u"list.txt"_s, list);
    for (const bool json : {false, true}) {
        QStringList args = {u"diagnose"_s, u"--many"_s, path, u"--timeout"_s, u"20000"_s};
        if (json) {
            args << u"--json"_s;
        }
        Started s(args, m_home.path());
        QByteArray out = s.waitForLines(json ? 5 : 6); // the header, then the five refused rows
        QThread::msleep(300);
        s.signal(SIGINT);
        ASSERT_TRUE(s.p.waitForFinished(10000));
        EXPECT_EQ(s.p.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(s.p.exitCode(), 3);
        out += s.p.readAllStandardOutput();
        const QList<QByteArray> lines = out.trimmed().split('\n');
        EXPECT_GE(lines.size(), json ? 5 : 6) << out.toStdString();
        EXPECT_LT(lines.size(), json ? 305 : 306) << "the targets never started are not printed";
        const QByteArray err = s.p.readAllStandardError();
        expectOneLine(err);
        EXPECT_TRUE(err.contains("Stopped")) << err.toStdString();
        if (json) {
            EXPECT_EQ(QJsonDocument::fromJson(lines[0]).object().value(u"verdict"_s).toObject().value(u"code"_s).toString(),
                      u"port.refused");
        }
    }
}

// --- Few file descriptors ----------------------------------------------------------------------

namespace {
CliResult runWithFileLimit(const QStringList& args, const QString& home, rlim_t limit)
{
    QProcess p;
    p.setProcessEnvironment(tcpd::test::headlessEnvironment(home));
    p.setChildProcessModifier([limit] {
        const rlimit l{limit, limit};
        ::setrlimit(RLIMIT_NOFILE, &l);
    });
    p.start(QStringLiteral(TCPDOCTOR_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError(), 0};
}
} // namespace

TEST_F(CliHardening, LowFileLimitChecksEveryTargetOrSaysWhyNot)
{
    LoopbackServer open(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(open.ok());
    QByteArray list;
    for (int i = 0; i < 150; ++i) {
        list += "127.0.0.1:" + QByteArray::number(i % 3 == 0 ? open.port() : LoopbackServer::closedPort()) + "\n";
    }
    const QString path = file(u"list.txt"_s, list);

    // Too few to work: one clear line, nothing half-done.
    const CliResult tiny = runWithFileLimit({u"diagnose"_s, u"--many"_s, path, u"--json"_s}, m_home.path(), 12);
    EXPECT_EQ(tiny.exitCode, 3);
    expectOneLine(tiny.err);
    EXPECT_TRUE(tiny.err.contains("ulimit")) << tiny.err.toStdString();
    EXPECT_TRUE(tiny.out.isEmpty());

    // Few, but enough: every target judged, none lost to "too many open files".
    const CliResult few = runWithFileLimit({u"diagnose"_s, u"--many"_s, path, u"--json"_s}, m_home.path(), 64);
    EXPECT_EQ(few.exitCode, 1) << few.err.toStdString();
    const QList<QByteArray> lines = few.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 150);
    for (int i = 0; i < lines.size(); ++i) {
        const QString code =
            QJsonDocument::fromJson(lines[i]).object().value(u"verdict"_s).toObject().value(u"code"_s).toString();
        EXPECT_EQ(code, i % 3 == 0 ? u"ok.reachable"_s : u"port.refused"_s) << "line " << i + 1;
    }
}

// --- Smaller ones ------------------------------------------------------------------------------

TEST_F(CliHardening, StepsWithoutThePortTestSayNoVerdictInsteadOfABug)
{
    const CliResult empty = run({u"diagnose"_s, u"127.0.0.1:1"_s, u"--steps"_s, u""_s});
    EXPECT_EQ(empty.exitCode, 2);
    expectOneLine(empty.err);

    const CliResult linkOnly = run({u"diagnose"_s, u"127.0.0.1:1"_s, u"--steps"_s, u"link"_s, u"--json"_s});
    const QJsonObject verdict = QJsonDocument::fromJson(linkOnly.out).object().value(u"verdict"_s).toObject();
    const QString text = QString::fromUtf8(QJsonDocument(verdict).toJson());
    EXPECT_FALSE(text.contains(u"bug report"_s)) << text.toStdString();
    if (verdict.value(u"code"_s).toString() == u"tool.error") {
        EXPECT_EQ(linkOnly.exitCode, 3);
        EXPECT_TRUE(verdict.value(u"title"_s).toString().contains(u"port test"_s)) << text.toStdString();
    } else {
        EXPECT_TRUE(verdict.value(u"code"_s).toString().startsWith(u"link."_s)) << "a verdict from what ran";
    }
}

TEST_F(CliHardening, UnknownZoneIsBadInput)
{
    const CliResult r = run({u"diagnose"_s, u"[fe80::1%nosuch0]:22"_s});
    EXPECT_EQ(r.exitCode, 2);
    expectOneLine(r.err);
    EXPECT_TRUE(r.err.contains("nosuch0")) << r.err.toStdString();
}

TEST_F(CliHardening, TwoReportFilesAreBothWritten)
{
    const CliResult r = run({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort()), u"--report"_s,
                             m_home.filePath(u"a.json"_s), u"--report"_s, m_home.filePath(u"b.md"_s)});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson([&] {
                    QFile f(m_home.filePath(u"a.json"_s));
                    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                }()).isObject());
    EXPECT_GT(QFileInfo(m_home.filePath(u"b.md"_s)).size(), 100);
    const CliResult twice = run({u"diagnose"_s, u"127.0.0.1:1"_s, u"--report"_s, m_home.filePath(u"a.json"_s),
                                 u"--report"_s, m_home.filePath(u"a.json"_s)});
    EXPECT_EQ(twice.exitCode, 2);
}

TEST_F(CliHardening, NoDisplayIsOneLineNotAnAbort)
{
    const CliResult r = run({}); // runHeadless removes DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM
    EXPECT_EQ(r.exitCode, 2);
    expectOneLine(r.err);
    EXPECT_TRUE(r.err.contains("--help")) << r.err.toStdString();
}

TEST_F(CliHardening, QtNotesStayOffStderr)
{
#ifndef TCPDOCTOR_PDF
    GTEST_SKIP() << "this build has no PDF writer";
#else
    // Without XDG_RUNTIME_DIR, Qt's PDF path notes it on stderr unless tcpdoctor keeps such notes in its log.
    QProcess p;
    QProcessEnvironment env = tcpd::test::headlessEnvironment(m_home.path());
    env.remove(u"XDG_RUNTIME_DIR"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TCPDOCTOR_BINARY), {u"diagnose"_s, u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort()),
                                               u"--report"_s, m_home.filePath(u"r.pdf"_s)});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 1);
    EXPECT_TRUE(p.readAllStandardError().isEmpty());
    EXPECT_GT(QFileInfo(m_home.filePath(u"r.pdf"_s)).size(), 1000);
#endif
}

// --- Log locations -----------------------------------------------------------------------------

namespace {
CliResult runWithEnv(const QStringList& args, const QProcessEnvironment& env, const QString& cwd = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!cwd.isEmpty()) {
        p.setWorkingDirectory(cwd);
    }
    p.start(QStringLiteral(TCPDOCTOR_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(20000)) << "tcpdoctor hung";
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError(), 0};
}

QProcessEnvironment baseEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    env.remove(u"XDG_DATA_HOME"_s);
    return env;
}
} // namespace

TEST_F(CliHardening, AFifoOrALinkInPlaceOfTheLogIsLeftAlone)
{
    const QString logs = m_home.filePath(u"data/tcpdoctor/logs"_s);
    ASSERT_TRUE(QDir().mkpath(logs));
    const QString log = logs + u"/tcpdoctor.log"_s;
    QProcessEnvironment env = baseEnv();
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));

    ASSERT_EQ(::mkfifo(QFile::encodeName(log).constData(), 0600), 0);
    const CliResult fifo = runWithEnv({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort())}, env);
    EXPECT_EQ(fifo.exitCode, 1) << "a FIFO as the log must not hang the command line";
    struct stat st {};
    ASSERT_EQ(::lstat(QFile::encodeName(log).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode)) << "the FIFO is left as it was";
    ASSERT_TRUE(QFile::remove(log));

    const QString victim = file(u"victim.txt"_s, "precious\n");
    ASSERT_TRUE(QFile::link(victim, log));
    const CliResult link = runWithEnv({u"diagnose"_s, u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort())}, env);
    EXPECT_EQ(link.exitCode, 1);
    QFile v(victim);
    ASSERT_TRUE(v.open(QIODevice::ReadOnly));
    EXPECT_EQ(v.readAll(), QByteArray("precious\n")) << "a symlinked log is never followed";
}

TEST_F(CliHardening, BadLogLocationsAreSkippedNotCreated)
{
    // A home that does not exist is never created (as root that would make /nonexistent/...).
    const QString missingHome = m_home.filePath(u"no/such/home"_s);
    QProcessEnvironment env = baseEnv();
    env.insert(u"HOME"_s, missingHome);
    const CliResult r = runWithEnv({u"--version"_s}, env);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_FALSE(QFileInfo::exists(missingHome));
    EXPECT_FALSE(QFileInfo::exists(m_home.filePath(u"no"_s)));

    // A relative XDG_DATA_HOME is ignored (the XDG spec): nothing appears in the working folder.
    QDir(m_home.path()).mkpath(u"home"_s);
    QDir(m_home.path()).mkpath(u"cwd"_s);
    env.insert(u"HOME"_s, m_home.filePath(u"home"_s));
    env.insert(u"XDG_DATA_HOME"_s, u"relative/data"_s);
    const CliResult rel = runWithEnv({u"--version"_s}, env, m_home.filePath(u"cwd"_s));
    EXPECT_EQ(rel.exitCode, 0);
    EXPECT_FALSE(QFileInfo::exists(m_home.filePath(u"cwd/relative"_s)));
    EXPECT_TRUE(QFileInfo::exists(m_home.filePath(u"home/.local/share/tcpdoctor/logs/tcpdoctor.log"_s)))
        << "the log went to the home folder instead";
}
