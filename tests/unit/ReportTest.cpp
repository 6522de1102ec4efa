// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "report/Report.h"
#include "steps/Steps.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;

namespace {
Report sample()
{
    Report r;
    r.startedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0, 123), Qt::UTC);
    r.durationMs = 812;
    r.target.input = u"https://example.com/x"_s;
    r.target.host = u"example.com"_s;
    r.target.displayHost = u"example.com"_s;
    r.target.port = 443;
    r.target.service = u"https"_s;
    for (const QString& id : checklistStepIds()) {
        StepResult s = notBuiltStep(id);
        if (id == u"port") {
            s.status = StepStatus::Fail;
            s.summary = u"Port 443 could not be reached | really"_s;
            s.findings << Finding{u"port.filtered"_s, Severity::Error, u"t"_s, u"d"_s, {u"a"_s}};
        }
        r.steps << s;
    }
    r.verdict.code = u"port.filtered"_s;
    r.verdict.layer = u"network"_s;
    r.verdict.title = u"Nobody answered on port 443"_s;
    r.verdict.explanation = u"…"_s;
    r.verdict.nextSteps = {u"one"_s, u"two"_s};
    r.verdict.evidence = {u"e1"_s};
    return r;
}
} // namespace

TEST(Report, JsonFollowsTheContract)
{
    const QJsonObject o = reportToJson(sample());
    EXPECT_EQ(o.value(u"schema"_s).toString(), u"tcpdoctor-report/1");
    EXPECT_EQ(o.value(u"tool"_s).toObject().value(u"name"_s).toString(), u"tcpdoctor");
    EXPECT_FALSE(o.value(u"tool"_s).toObject().value(u"version"_s).toString().isEmpty());
    EXPECT_EQ(o.value(u"started_at"_s).toString(), u"2026-11-21T10:00:00.123Z");
    EXPECT_EQ(o.value(u"duration_ms"_s).toInt(), 812);
    const QJsonObject t = o.value(u"target"_s).toObject();
    EXPECT_EQ(t.value(u"input"_s).toString(), u"https://example.com/x");
    EXPECT_EQ(t.value(u"host"_s).toString(), u"example.com");
    EXPECT_EQ(t.value(u"port"_s).toInt(), 443);
    EXPECT_EQ(t.value(u"service"_s).toString(), u"https");
    const QJsonArray steps = o.value(u"steps"_s).toArray();
    ASSERT_EQ(steps.size(), 7);
    QStringList ids;
    for (const auto& s : steps) {
        ids << s.toObject().value(u"id"_s).toString();
        for (const char* key : {"id", "status", "duration_ms", "findings", "data"}) {
            EXPECT_TRUE(s.toObject().contains(QString::fromLatin1(key))) << key;
        }
    }
    EXPECT_EQ(ids, checklistStepIds());
    EXPECT_EQ(steps.at(0).toObject().value(u"status"_s).toString(), u"skipped");
    const QJsonObject finding = steps.at(5).toObject().value(u"findings"_s).toArray().at(0).toObject();
    EXPECT_EQ(finding.value(u"severity"_s).toString(), u"error");
    EXPECT_EQ(finding.value(u"code"_s).toString(), u"port.filtered");
    const QJsonObject v = o.value(u"verdict"_s).toObject();
    EXPECT_EQ(v.value(u"code"_s).toString(), u"port.filtered");
    EXPECT_EQ(v.value(u"layer"_s).toString(), u"network");
    EXPECT_EQ(v.value(u"next_steps"_s).toArray().size(), 2);
    EXPECT_EQ(v.value(u"evidence"_s).toArray().size(), 1);
}

TEST(Report, MarkdownEscapesTableCells)
{
    const QString md = reportToMarkdown(sample());
    EXPECT_TRUE(md.contains(u"could not be reached \\| really"));
    EXPECT_TRUE(md.contains(u"`port.filtered`"));
}

TEST(Report, FilesAreWrittenByExtension)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    ASSERT_TRUE(writeReportFile(sample(), dir.filePath(u"r.json"_s), &error)) << error.toStdString();
    QFile f(dir.filePath(u"r.json"_s));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(f.readAll()).object().value(u"schema"_s).toString(), u"tcpdoctor-report/1");
    ASSERT_TRUE(writeReportFile(sample(), dir.filePath(u"r.md"_s), &error));
    ASSERT_TRUE(writeReportFile(sample(), dir.filePath(u"r.txt"_s), &error));
    EXPECT_FALSE(writeReportFile(sample(), dir.filePath(u"r.docx"_s), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(writeReportFile(sample(), dir.filePath(u"missing/dir/r.json"_s), &error));
}
