// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The results of a target list as a table: Markdown for tickets, CSV for spreadsheets, JSON Lines.

#include "report/BatchTable.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;

namespace {
Report make(const QString& host, int port, const QString& code, const QString& title, qint64 ms)
{
    Report r;
    r.target.input = host;
    r.target.host = host;
    r.target.displayHost = host;
    r.target.port = static_cast<quint16>(port);
    r.verdict.code = code;
    r.verdict.title = title;
    r.verdict.layer = code.startsWith(u"ok.") ? u"none"_s : u"server"_s;
    r.durationMs = ms;
    return r;
}

Report badLine(const QString& input)
{
    Report r;
    r.target.input = input;
    r.verdict.code = u"input.invalid"_s;
    r.verdict.title = u"That is not a port number"_s;
    return r;
}

QList<Report> sample()
{
    return {make(u"203.0.113.10"_s, 443, u"ok.reachable"_s, u"Port 443 answers"_s, 3),
            make(u"2001:db8::5"_s, 22, u"port.refused"_s, u"Refused | nothing listens"_s, 1),
            badLine(u"=cmd|' /C calc'!A0"_s)};
}
} // namespace

TEST(BatchTable, CountsEachKindOfOutcome)
{
    const BatchCounts c = countBatch(sample());
    EXPECT_EQ(c.total, 3);
    EXPECT_EQ(c.reachable, 1);
    EXPECT_EQ(c.problems, 1);
    EXPECT_EQ(c.invalid, 1);
    EXPECT_EQ(c.failed, 0);
}

TEST(BatchTable, TargetsAreWrittenAsPeopleWriteThem)
{
    const QList<Report> s = sample();
    EXPECT_EQ(batchTargetText(s[0]), u"203.0.113.10:443");
    EXPECT_EQ(batchTargetText(s[1]), u"[2001:db8::5]:22");
    EXPECT_EQ(batchTargetText(s[2]), u"=cmd|' /C calc'!A0") << "a bad line as it was written";
}

TEST(BatchTable, MarkdownIsOneRowPerTargetWithCellsEscaped)
{
    const QString md = batchToMarkdown(sample());
    const QStringList lines = md.split(u'\n');
    ASSERT_GE(lines.size(), 6);
    EXPECT_TRUE(lines[0].startsWith(u"| Target |"));
    EXPECT_TRUE(lines[1].startsWith(u"|---|"));
    EXPECT_TRUE(lines[2].contains(u"`203.0.113.10:443`"));
    EXPECT_TRUE(lines[3].contains(u"Refused \\| nothing listens")) << "a pipe in a title must not split the cell";
    // Every row has exactly 5 unescaped pipes: 4 cells.
    for (int i = 2; i <= 4; ++i) {
        QString row = lines[i];
        row.replace(u"\\|"_s, QString());
        EXPECT_EQ(row.count(u'|'), 5) << lines[i].toStdString();
    }
    EXPECT_TRUE(md.contains(u"Targets: 3. Reachable: 1. With a problem: 1. Not valid: 1. Not checked: 0."));
}

TEST(BatchTable, CsvQuotesAndDisarmsFormulas)
{
    const QString csv = batchToCsv(sample());
    const QStringList rows = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0], u"target,verdict,title,layer,ms");
    EXPECT_EQ(rows[1], u"203.0.113.10:443,ok.reachable,Port 443 answers,none,3");
    EXPECT_TRUE(rows[3].startsWith(u"'=cmd|' /C calc'!A0,")) << rows[3].toStdString();
}

TEST(BatchTable, CsvCellsWithCommasAndQuotesAreQuoted)
{
    Report r = make(u"a.example"_s, 80, u"port.filtered"_s, u"No answer, \"silence\""_s, 2000);
    const QString csv = batchToCsv({r});
    EXPECT_TRUE(csv.contains(u",\"No answer, \"\"silence\"\"\","_s)) << csv.toStdString();
}

TEST(BatchTable, JsonLinesAreOneReportDocumentEach)
{
    const QList<QByteArray> lines = batchToJsonLines(sample()).split('\n');
    ASSERT_EQ(lines.size(), 4); // three documents and the final newline
    EXPECT_TRUE(lines[3].isEmpty());
    for (int i = 0; i < 3; ++i) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(lines[i], &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << lines[i].toStdString();
        EXPECT_EQ(doc.object().value(u"schema").toString(), u"tcpdoctor-report/1");
    }
}

TEST(BatchTable, FilesAreWrittenByExtensionAndUnknownOnesRefused)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    for (const QString& name : {u"list.md"_s, u"list.csv"_s, u"list.jsonl"_s}) {
        const QString path = dir.filePath(name);
        ASSERT_TRUE(writeBatchFile(sample(), path, &error)) << error.toStdString();
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_GT(f.size(), 50) << name.toStdString();
    }
    EXPECT_FALSE(writeBatchFile(sample(), dir.filePath(u"list.exe"_s), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(dir.filePath(u"list.exe"_s)));
    EXPECT_FALSE(writeBatchFile(sample(), dir.filePath(u"no/such/folder/list.md"_s), &error));
    EXPECT_TRUE(error.contains(u"list.md"));
}
