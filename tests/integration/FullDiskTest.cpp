// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// A full disk never costs the report that was there: on a small tmpfs filled to the brim, saving a
// report (JSON, Markdown, text, HTML; the list table too) fails with one clear line and exit code 3,
// and the old file keeps every byte. Needs root to mount the tmpfs; skipped with the reason without it.

#include "CliRun.h"
#include "report/BatchTable.h"
#include "report/ReportFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>

#if defined(__linux__)
#include <sys/mount.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

class FullDisk : public ::testing::Test
{
protected:
    void SetUp() override
    {
#if defined(__linux__)
        if (::geteuid() != 0) {
            GTEST_SKIP() << "mounting a small tmpfs needs root (CI runs as root)";
        }
        ASSERT_TRUE(m_dir.isValid());
        const QByteArray path = QFile::encodeName(m_dir.path());
        if (::mount("tmpfs", path.constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0700") != 0) {
            GTEST_SKIP() << "this system does not let root mount a tmpfs here: " << std::strerror(errno);
        }
        m_mounted = true;
        ASSERT_TRUE(write(u"old.json"_s, QByteArray(R"({"old": true})")));
        for (const QString& name : {u"old.md"_s, u"old.txt"_s, u"old.html"_s}) {
            ASSERT_TRUE(write(name, QByteArray("the old report\n")));
        }
        // Fill the rest: write until the system says no more (bounded by the tmpfs' 64 KiB).
        QFile filler(m_dir.filePath(u"filler"_s));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(1024, 'x');
        for (int i = 0; i < 256 && filler.write(block) == block.size(); ++i) {
        }
        filler.close();
#else
        GTEST_SKIP() << "the tmpfs check is Linux-only";
#endif
    }

    void TearDown() override
    {
#if defined(__linux__)
        if (m_mounted) {
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
        }
#endif
    }

    bool write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    QByteArray read(const QString& name)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace

TEST_F(FullDisk, SavingAReportKeepsTheOldFileAndSaysWhy)
{
    for (const QString& name : {u"old.json"_s, u"old.md"_s, u"old.txt"_s, u"old.html"_s}) {
        const QByteArray before = read(name);
        ASSERT_FALSE(before.isEmpty());
        QString error;
        EXPECT_FALSE(tcpd::core::saveFileAtomically(m_dir.filePath(name), QByteArray(8192, 'n'), &error)) << name.toStdString();
        EXPECT_TRUE(error.contains(u"No space left"_s)) << error.toStdString();
        EXPECT_EQ(read(name), before) << name.toStdString() << ": the old file keeps every byte";
        const QByteArray small("{}");
        error.clear();
        // A report small enough for a write buffer is the case that used to leave an empty file behind.
        if (!tcpd::core::saveFileAtomically(m_dir.filePath(name), small, &error)) {
            EXPECT_EQ(read(name), before) << name.toStdString();
        }
    }
}

TEST_F(FullDisk, TheCommandLineExitsThreeWithOneLine)
{
    const QString target = m_dir.filePath(u"old.json"_s);
    QTemporaryDir home;
    const tcpd::test::CliResult r = tcpd::test::runHeadless(
        QStringLiteral(TCPDOCTOR_BINARY), {u"diagnose"_s, u"127.0.0.1:1"_s, u"--steps"_s, u"dns,port"_s, u"--report"_s, target},
        home.path());
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("could not be saved")) << r.err.toStdString();
    EXPECT_EQ(r.err.trimmed().count('\n'), 0) << "one line: " << r.err.toStdString();
    EXPECT_EQ(read(u"old.json"_s), QByteArray(R"({"old": true})"));
}

// stdout that cannot take the output (a full disk: /dev/full) is the tool failing: exit 3 and one line,
// for every command, never exit 0 or 1 with a half-written result.
TEST(FullStdout, EveryCommandExitsThreeWithOneLine)
{
#if defined(__linux__)
    QTemporaryDir home;
    const QList<QStringList> commands = {{u"diagnose"_s, u"127.0.0.1:1"_s, u"--steps"_s, u"dns,port"_s, u"--json"_s},
                                         {u"diagnose"_s, u"127.0.0.1:1"_s, u"--steps"_s, u"dns,port"_s},
                                         {u"explain"_s, u"Connection refused"_s, u"--json"_s},
                                         {u"listen"_s, u"1"_s, u"--json"_s}};
    for (const QStringList& args : commands) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/data"_s);
        env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        env.remove(u"DISPLAY"_s);
        p.setProcessEnvironment(env);
        p.setStandardOutputFile(u"/dev/full"_s);
        p.start(QStringLiteral(TCPDOCTOR_BINARY), args);
        ASSERT_TRUE(p.waitForFinished(60000)) << args.join(u' ').toStdString();
        const QByteArray err = p.readAllStandardError();
        EXPECT_EQ(p.exitCode(), 3) << args.join(u' ').toStdString() << ": " << err.toStdString();
        EXPECT_TRUE(err.contains("output could not be written")) << err.toStdString();
        EXPECT_EQ(err.trimmed().count('\n'), 0) << "one line: " << err.toStdString();
    }
#else
    GTEST_SKIP() << "/dev/full is Linux-only";
#endif
}
