// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Issue 23, trap 6: every verdict has plain words for someone who is not a network person (the
// wizard's home role), and none of them uses a protocol word.

#include "diagnosis/Diagnosis.h"
#include "diagnosis/Facts.h"
#include "diagnosis/Rules.h"
#include "report/Report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;

namespace {

Target target()
{
    Target t;
    t.input = u"app.example:3389"_s;
    t.host = t.displayHost = u"app.example"_s;
    t.port = 3389;
    return t;
}

/// Protocol words and tool jargon a home user should not meet outside the details.
QStringList jargonIn(const QString& text)
{
    static const QStringList words = {u"SYN"_s,  u"RST"_s,  u"ACK"_s,     u"FIN"_s,     u"ICMP"_s,      u"TCP"_s,
                                      u"TLS"_s,  u"SSL"_s,  u"DNS"_s,     u"IPv4"_s,    u"IPv6"_s,      u"MTU"_s,
                                      u"ARP"_s,  u"JSON"_s, u"nftables"_s, u"iptables"_s, u"conntrack"_s, u"NXDOMAIN"_s,
                                      u"SERVFAIL"_s, u"gateway"_s, u"handshake"_s, u"tcpdoctor"_s, u"--"_s, u"route"_s};
    QStringList found;
    for (const QString& w : words) {
        const QString pattern = w == u"--"_s ? u"--"_s : u"\\b"_s + QRegularExpression::escape(w) + u"\\b"_s;
        const bool caseless = w != w.toUpper();
        if (text.contains(QRegularExpression(pattern, caseless ? QRegularExpression::CaseInsensitiveOption
                                                               : QRegularExpression::NoPatternOption))) {
            found << w;
        }
    }
    return found;
}

} // namespace

TEST(PlainWords, EveryVerdictCodeHasItsOwnPlainWordsWithoutProtocolWords)
{
    const QStringList codes = rules::ruleCodes();
    ASSERT_GE(codes.size(), 40) << "the rule table";
    const Target t = target();
    const Facts facts = Facts::from(t, {});
    for (const QString& code : codes) {
        Verdict v;
        v.code = code;
        v.title = u"technical title"_s;
        v.explanation = u"technical SYN explanation"_s;
        EXPECT_TRUE(rules::fillPlain(facts, v)) << code.toStdString() << " has no plain words of its own";
        EXPECT_FALSE(v.plain.title.isEmpty()) << code.toStdString();
        EXPECT_GT(v.plain.meaning.size(), 30) << code.toStdString();
        EXPECT_FALSE(v.plain.nextSteps.isEmpty()) << code.toStdString();
        const QString all = v.plain.title + u'\n' + v.plain.meaning + u'\n' + v.plain.nextSteps.join(u'\n');
        EXPECT_TRUE(jargonIn(all).isEmpty()) << code.toStdString() << ": " << jargonIn(all).join(u", "_s).toStdString()
                                             << "\n" << all.toStdString();
        EXPECT_FALSE(all.contains(u"%1"_s)) << code.toStdString() << ": an argument was left out";
    }
}

TEST(PlainWords, AnUnknownCodeFallsBackToTheTechnicalTextsAndSaysSo)
{
    Verdict v;
    v.code = u"no.such_code"_s;
    v.title = u"T"_s;
    v.explanation = u"E"_s;
    v.nextSteps = {u"N"_s};
    const Target t = target();
    EXPECT_FALSE(rules::fillPlain(Facts::from(t, {}), v));
    EXPECT_EQ(v.plain.title, u"T"_s);
    EXPECT_EQ(v.plain.meaning, u"E"_s);
}

TEST(PlainWords, DiagnoseFillsThemAndTheReportKeepsThem)
{
    // A refused port, as the port step writes it.
    StepResult port;
    port.id = u"port"_s;
    port.status = StepStatus::Fail;
    port.data.insert(u"attempts"_s, QJsonArray{QJsonObject{{u"address"_s, u"203.0.113.2"_s},
                                                           {u"family"_s, u"ipv4"_s},
                                                           {u"outcome"_s, u"refused"_s}}});
    Report r;
    r.target = target();
    r.steps << port;
    r.verdict = diagnose(r.target, r.steps);
    ASSERT_EQ(r.verdict.code, u"port.refused"_s);
    EXPECT_TRUE(r.verdict.plain.title.contains(u"app.example"_s)) << r.verdict.plain.title.toStdString();
    EXPECT_TRUE(r.verdict.plain.meaning.contains(u"3389"_s)) << r.verdict.plain.meaning.toStdString();
    EXPECT_NE(r.verdict.plain.meaning, r.verdict.explanation);
    const QJsonObject plain = reportToJson(r).value(u"verdict"_s).toObject().value(u"plain"_s).toObject();
    EXPECT_EQ(plain.value(u"title"_s).toString(), r.verdict.plain.title);
    EXPECT_EQ(plain.value(u"next_steps"_s).toArray().size(), r.verdict.plain.nextSteps.size());
    const std::optional<Report> back = reportFromJson(reportToJson(r));
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->verdict.plain.meaning, r.verdict.plain.meaning);
    EXPECT_EQ(back->verdict.plain.nextSteps, r.verdict.plain.nextSteps);
}

TEST(PlainWords, AStoppedCheckSaysSoPlainly)
{
    const Verdict v = toolErrorVerdict(u"The check was cancelled."_s);
    EXPECT_FALSE(v.plain.title.isEmpty());
    EXPECT_TRUE(jargonIn(v.plain.title + v.plain.meaning + v.plain.nextSteps.join(u' ')).isEmpty());
}

TEST(PlainWords, APortTestLeftOutIsSaidAsSuch)
{
    StepResult link;
    link.id = u"link"_s;
    link.status = StepStatus::Pass;
    const Verdict v = diagnose(target(), {link}); // no port step at all: it was left out
    ASSERT_EQ(v.code, u"tool.error"_s);
    EXPECT_TRUE(v.plain.title.contains(u"not tried"_s)) << v.plain.title.toStdString();
    EXPECT_FALSE(v.plain.meaning.contains(u"stopped"_s)) << v.plain.meaning.toStdString();
    EXPECT_TRUE(jargonIn(v.plain.title + v.plain.meaning + v.plain.nextSteps.join(u' ')).isEmpty());
}
