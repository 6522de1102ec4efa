// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Saving reports: every format by its extension, atomically; a failed write is one clear sentence
// and leaves what was on disk untouched, without temporary files.

#include "report/ReportFile.h"
#include "ReportSamples.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace tcpd::core;

namespace {
QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST(ReportFile, EveryFormatByItsExtension)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Report r = tcpd::test::hostileReport();
    QString error;
    for (const QString& name : {u"r.html"_s, u"r.HTM"_s, u"r.json"_s, u"r.md"_s, u"r.markdown"_s, u"r.txt"_s}) {
        ASSERT_TRUE(writeReportFile(r, dir.filePath(name), &error)) << error.toStdString();
    }
    EXPECT_TRUE(read(dir.filePath(u"r.html"_s)).startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(read(dir.filePath(u"r.HTM"_s)).startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(read(dir.filePath(u"r.markdown"_s)).startsWith("## tcpdoctor"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 6) << "no temporary files left";
    EXPECT_TRUE(reportFormats().contains(u"html"_s));
    EXPECT_EQ(reportFormatFor(u"/x/y.Markdown"_s), u"md");
}

TEST(ReportFile, UnknownFormatNamesTheKnownOnes)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(writeReportFile(tcpd::test::minimalReport(), dir.filePath(u"r.docx"_s), &error));
    EXPECT_TRUE(error.contains(u".html"_s) && error.contains(u".json"_s)) << error.toStdString();
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST(ReportFile, RegisteredFormatsAreWritten)
{
    registerReportWriter(u"test-fmt"_s, [](const Report& r, QByteArray* bytes, QString*) {
        *bytes = r.verdict.code.toUtf8();
        return true;
    });
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(writeReportFile(tcpd::test::minimalReport(), dir.filePath(u"r.test-fmt"_s), &error));
    EXPECT_EQ(read(dir.filePath(u"r.test-fmt"_s)), "port.refused");
    EXPECT_TRUE(reportFormats().contains(u"test-fmt"_s));
}

TEST(ReportFile, MissingFolderIsOneClearSentence)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(writeReportFile(tcpd::test::minimalReport(), dir.filePath(u"missing/r.json"_s), &error));
    EXPECT_TRUE(error.contains(u"does not exist"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(dir.filePath(u"missing"_s)))) << error.toStdString();
    EXPECT_FALSE(error.contains(u'\n'));
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST(ReportFile, AFolderInTheWayIsNotReplaced)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"r.json"_s));
    QString error;
    EXPECT_FALSE(writeReportFile(tcpd::test::minimalReport(), dir.filePath(u"r.json"_s), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(QFileInfo(dir.filePath(u"r.json"_s)).isDir());
}

#ifdef Q_OS_UNIX
// A link in place of the report is never written through: not to another file, not to a device.
TEST(ReportFile, NeverThroughALinkNorOntoADevice)
{
    QTemporaryDir dir;
    const QString victim = dir.filePath(u"someone-elses.txt"_s);
    {
        QFile f(victim);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("precious\n");
    }
    const QString link = dir.filePath(u"r.json"_s);
    ASSERT_TRUE(QFile::link(victim, link));
    QString error;
    EXPECT_FALSE(writeReportFile(tcpd::test::minimalReport(), link, &error));
    EXPECT_TRUE(error.contains(u"link"_s)) << error.toStdString();
    QFile f(victim);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("precious\n")) << "the file the link points to is untouched";
    EXPECT_TRUE(QFileInfo(link).isSymLink()) << "and the link itself stays";

    const QString deviceLink = dir.filePath(u"null.json"_s);
    ASSERT_TRUE(QFile::link(u"/dev/null"_s, deviceLink));
    error.clear();
    EXPECT_FALSE(writeReportFile(tcpd::test::minimalReport(), deviceLink, &error));
    error.clear();
    EXPECT_FALSE(saveFileAtomically(u"/dev/null"_s, QByteArray("{}"), &error)) << "a device is no report";
    EXPECT_TRUE(error.contains(u"not an ordinary file"_s)) << error.toStdString();
    EXPECT_FALSE(QFileInfo(u"/dev/null"_s).isFile());
}

// The disk fills up in the middle of the write (a file size limit makes write() fail with EFBIG,
// as ENOSPC would): the report that was there before is untouched and no temporary file stays.
TEST(ReportFile, FailedWriteKeepsTheOldFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"report.html"_s);
    const QByteArray before = "the report from yesterday\n";
    write(path, before);

    struct rlimit old {
    };
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
    struct rlimit small = old;
    small.rlim_cur = 4096; // far below the HTML report's size
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool ok = writeReportFile(tcpd::test::hostileReport(), path, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);

    EXPECT_FALSE(ok);
    EXPECT_TRUE(error.contains(u"could not be saved"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"Nothing that was there before has changed"_s)) << error.toStdString();
    EXPECT_EQ(read(path), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"report.html"_s})
        << "no temporary file";
}

TEST(ReportFile, NoPermissionKeepsTheOldFile)
{
    if (geteuid() == 0) {
        GTEST_SKIP() << "root may write anywhere: FailedWriteKeepsTheOldFile covers the failure path";
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.json"_s);
    write(path, "old");
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QString error;
    const bool ok = writeReportFile(tcpd::test::minimalReport(), path, &error);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(error.contains(u"could not be saved"_s)) << error.toStdString();
    EXPECT_EQ(read(path), "old");
}
#endif
