// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// compare: what changed between two saved reports, and whether anything got worse.

#include "report/Compare.h"
#include "ReportSamples.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using Direction = ReportChange::Direction;
using Kind = ReportChange::Kind;

namespace {
QJsonObject doc(const Report& r)
{
    return reportToJson(r);
}

// The minimal report with port 9 open instead of refused.
Report fixed()
{
    Report r = tcpd::test::minimalReport();
    r.steps[5].status = StepStatus::Pass;
    r.steps[5].summary = u"Port 9 accepts connections."_s;
    QJsonObject attempt = r.steps[5].data.value(u"attempts"_s).toArray().at(0).toObject();
    attempt.insert(u"outcome"_s, u"open"_s);
    attempt.insert(u"rtt_ms"_s, 0.1);
    r.steps[5].data.insert(u"attempts"_s, QJsonArray{attempt});
    r.verdict.code = u"ok.reachable"_s;
    r.verdict.layer = u"none"_s;
    r.verdict.title = u"Port 9 is reachable"_s;
    return r;
}

const ReportChange* find(const ReportComparison& c, Kind kind, const QString& subject = {})
{
    for (const ReportChange& ch : c.changes) {
        if (ch.kind == kind && (subject.isEmpty() || ch.subject == subject)) {
            return &ch;
        }
    }
    return nullptr;
}
} // namespace

TEST(Compare, SameReportNothingChanged)
{
    const ReportComparison c = compareReports(doc(tcpd::test::hostileReport()), doc(tcpd::test::hostileReport()));
    EXPECT_TRUE(c.isEmpty());
    EXPECT_FALSE(c.gotWorse());
    EXPECT_TRUE(comparisonToText(c, doc(fixed()), doc(fixed())).contains(u"Nothing changed"_s));
}

TEST(Compare, AFixIsBetterAndABreakIsWorse)
{
    const QJsonObject broken = doc(tcpd::test::minimalReport());
    const QJsonObject working = doc(fixed());
    const ReportComparison better = compareReports(broken, working);
    EXPECT_FALSE(better.gotWorse());
    const ReportChange* v = find(better, Kind::Verdict);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->direction, Direction::Better);
    EXPECT_EQ(v->before, u"port.refused");
    EXPECT_EQ(v->after, u"ok.reachable");
    const ReportChange* s = find(better, Kind::Step, u"port"_s);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->direction, Direction::Better);
    EXPECT_EQ(s->text, u"Port test: was Problem, now OK.");
    const ReportChange* a = find(better, Kind::Attempt, u"127.0.0.1"_s);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->direction, Direction::Better);
    EXPECT_EQ(a->after, u"open");

    const ReportComparison worse = compareReports(working, broken);
    EXPECT_TRUE(worse.gotWorse());
    EXPECT_EQ(find(worse, Kind::Verdict)->direction, Direction::Worse);
    EXPECT_EQ(find(worse, Kind::Attempt)->direction, Direction::Worse);
}

TEST(Compare, ChangesWithoutAnOrderAreJustChanges)
{
    Report a = tcpd::test::minimalReport();
    Report b = a;
    b.steps[2].status = StepStatus::Pass; // skipped → pass: not better or worse, it simply ran
    QJsonObject attempt = b.steps[5].data.value(u"attempts"_s).toArray().at(0).toObject();
    attempt.insert(u"outcome"_s, u"filtered"_s); // refused → filtered: both failures
    b.steps[5].data.insert(u"attempts"_s, QJsonArray{attempt});
    b.verdict.code = u"port.filtered"_s;
    const ReportComparison c = compareReports(doc(a), doc(b));
    EXPECT_FALSE(c.gotWorse());
    EXPECT_EQ(find(c, Kind::Step, u"dns"_s)->direction, Direction::Changed);
    EXPECT_EQ(find(c, Kind::Attempt)->direction, Direction::Changed);
    EXPECT_EQ(find(c, Kind::Verdict)->direction, Direction::Changed);
}

TEST(Compare, AddressesThatAppearOrVanish)
{
    const QJsonObject hostile = doc(tcpd::test::hostileReport());
    Report fewer = tcpd::test::hostileReport();
    QJsonArray attempts = fewer.steps[4].data.value(u"attempts"_s).toArray();
    attempts.removeAt(1);
    fewer.steps[4].data.insert(u"attempts"_s, attempts);
    const ReportComparison gone = compareReports(hostile, doc(fewer));
    const ReportChange* removed = find(gone, Kind::AddressRemoved);
    ASSERT_NE(removed, nullptr);
    EXPECT_EQ(removed->subject, u"2606:2800:220:1::1");
    EXPECT_EQ(removed->before, u"filtered");
    const ReportComparison back = compareReports(doc(fewer), hostile);
    ASSERT_NE(find(back, Kind::AddressAdded), nullptr);
    EXPECT_EQ(find(back, Kind::AddressAdded)->subject, u"2606:2800:220:1::1");
}

TEST(Compare, DifferentTargetsAreSaid)
{
    const ReportComparison c = compareReports(doc(tcpd::test::minimalReport()), doc(tcpd::test::hostileReport()));
    const ReportChange* t = find(c, Kind::Target);
    ASSERT_NE(t, nullptr);
    EXPECT_TRUE(t->text.contains(u"example.com, port 443 (https)"_s)) << t->text.toStdString();
}

TEST(Compare, JsonAndTextOutput)
{
    const QJsonObject broken = doc(tcpd::test::minimalReport());
    const QJsonObject working = doc(fixed());
    const ReportComparison c = compareReports(working, broken);
    const QJsonObject o = comparisonToJson(c, working, broken);
    EXPECT_EQ(o.value(u"schema"_s).toString(), u"tcpdoctor-compare/1");
    EXPECT_TRUE(o.value(u"worse"_s).toBool());
    EXPECT_EQ(o.value(u"old"_s).toObject().value(u"verdict"_s).toObject().value(u"code"_s).toString(), u"ok.reachable");
    const QJsonArray changes = o.value(u"changes"_s).toArray();
    ASSERT_EQ(changes.size(), c.changes.size());
    EXPECT_EQ(changes.at(0).toObject().value(u"kind"_s).toString(), u"verdict");
    EXPECT_EQ(changes.at(0).toObject().value(u"direction"_s).toString(), u"worse");
    const QString text = comparisonToText(c, working, broken);
    EXPECT_TRUE(text.contains(u"✘ Port test: was OK, now Problem."_s)) << text.toStdString();
    EXPECT_TRUE(text.trimmed().endsWith(u"Something got worse."_s));
}

TEST(Compare, ControlCharactersFromAFileStayHarmless)
{
    QJsonObject a = doc(tcpd::test::minimalReport());
    QJsonObject b = a;
    QJsonObject v = b.value(u"verdict"_s).toObject();
    v.insert(u"code"_s, u"x\x1b[2Jy"_s);
    v.insert(u"title"_s, u"\u202Eevil"_s);
    b.insert(u"verdict"_s, v);
    const QString text = comparisonToText(compareReports(a, b), a, b);
    EXPECT_FALSE(text.contains(QChar(0x1b)));
    EXPECT_FALSE(text.contains(QChar(0x202e)));
    EXPECT_TRUE(text.contains(u"x\\x1b[2Jy"_s));
}

TEST(Compare, ReadingReportFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QString error;
    EXPECT_FALSE(readReportJson(dir.filePath(u"missing.json"_s), &error));
    EXPECT_TRUE(error.contains(u"does not exist"_s)) << error.toStdString();

    const auto write = [&dir](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return dir.filePath(name);
    };
    EXPECT_FALSE(readReportJson(write(u"garbage.json"_s, "{not json"), &error));
    EXPECT_TRUE(error.contains(u"is not a JSON report"_s)) << error.toStdString();
    EXPECT_FALSE(readReportJson(write(u"other.json"_s, R"({"schema": "tcpdoctor-listen/1"})"), &error));
    EXPECT_TRUE(error.contains(u"tcpdoctor-listen/1"_s)) << error.toStdString();
    const auto ok = readReportJson(write(u"ok.json"_s, QJsonDocument(doc(fixed())).toJson()), &error);
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->value(u"verdict"_s).toObject().value(u"code"_s).toString(), u"ok.reachable");
}
