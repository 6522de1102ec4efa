// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// tcpdoctor watch (issue 21): the statistics and verdicts from a list of attempts, and one real watch
// on loopback. No other network.

#include "watch/Watch.h"

#include <QJsonArray>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;

namespace {

WatchAttempt attempt(int seq, const QString& outcome, double rtt = -1, const QString& address = u"203.0.113.2"_s)
{
    WatchAttempt a;
    a.seq = seq;
    a.offsetMs = qint64(seq - 1) * 1000;
    a.at = QDateTime::fromMSecsSinceEpoch(1700000000000LL + a.offsetMs, Qt::UTC);
    a.address = address;
    a.outcome = outcome;
    a.rttMs = rtt;
    a.localPort = 40000 + seq;
    return a;
}

} // namespace

TEST(Watch, EveryAttemptWorkingIsStableWithStatistics)
{
    const QList<WatchAttempt> list = {attempt(1, u"open"_s, 10), attempt(2, u"open"_s, 14), attempt(3, u"open"_s, 12),
                                      attempt(4, u"open"_s, 30)};
    const WatchSummary s = summarizeWatch(u"app.example:443"_s, list);
    EXPECT_EQ(s.verdict.code, u"watch.stable");
    EXPECT_EQ(s.attempts, 4);
    EXPECT_EQ(s.succeeded, 4);
    EXPECT_DOUBLE_EQ(s.successRate, 1.0);
    EXPECT_DOUBLE_EQ(s.rttMin, 10);
    EXPECT_DOUBLE_EQ(s.rttMax, 30);
    EXPECT_DOUBLE_EQ(s.rttP50, 12); // nearest rank of 10, 12, 14, 30
    EXPECT_DOUBLE_EQ(s.rttP95, 30);
    EXPECT_DOUBLE_EQ(s.jitterMs, (4.0 + 2.0 + 18.0) / 3.0);
    EXPECT_EQ(s.longestOutageMs, 0);
    EXPECT_EQ(watchExitCode(s), 0);
    const QJsonObject j = s.toJson();
    EXPECT_EQ(j.value(u"schema"_s).toString(), u"tcpdoctor-watch/1");
    EXPECT_EQ(j.value(u"rtt_ms"_s).toObject().value(u"p50"_s).toDouble(), 12);
    EXPECT_EQ(j.value(u"verdict"_s).toObject().value(u"code"_s).toString(), u"watch.stable");
}

TEST(Watch, SomeFailuresAreIntermittentWithTheLongestOutage)
{
    const QList<WatchAttempt> list = {attempt(1, u"open"_s, 10),  attempt(2, u"filtered"_s), attempt(3, u"filtered"_s),
                                      attempt(4, u"filtered"_s), attempt(5, u"open"_s, 11),  attempt(6, u"refused"_s),
                                      attempt(7, u"open"_s, 9)};
    const WatchSummary s = summarizeWatch(u"app.example:443"_s, list);
    EXPECT_EQ(s.verdict.code, u"watch.intermittent");
    EXPECT_EQ(s.succeeded, 3);
    EXPECT_EQ(s.longestOutageMs, 3000); // from attempt 2 to attempt 5
    ASSERT_EQ(s.failuresByOutcome.size(), 2);
    EXPECT_EQ(s.failuresByOutcome.first(), qMakePair(u"filtered"_s, 3));
    EXPECT_TRUE(s.verdict.explanation.contains(u"3 of 7")) << s.verdict.explanation.toStdString();
    EXPECT_TRUE(s.verdict.nextSteps.join(u' ').contains(u"packets were lost"));
    EXPECT_TRUE(s.verdict.nextSteps.join(u' ').contains(u"Refused attempts"));
    EXPECT_EQ(watchExitCode(s), 1);
    EXPECT_EQ(s.toJson().value(u"failures"_s).toObject().value(u"filtered"_s).toInt(), 3);
}

TEST(Watch, HandshakesNearOneSecondAreSlowNotStable)
{
    const QList<WatchAttempt> list = {attempt(1, u"open"_s, 10), attempt(2, u"open"_s, 1012), attempt(3, u"open"_s, 11)};
    const WatchSummary s = summarizeWatch(u"app.example:443"_s, list);
    EXPECT_EQ(s.verdict.code, u"watch.slow");
    EXPECT_EQ(s.slowHandshakes, 1);
    EXPECT_TRUE(s.verdict.explanation.contains(u"sent again")) << s.verdict.explanation.toStdString();
    EXPECT_EQ(watchExitCode(s), 1);
}

TEST(Watch, NothingWorkingIsDownAndNamesTheNextCheck)
{
    const QList<WatchAttempt> list = {attempt(1, u"filtered"_s), attempt(2, u"filtered"_s)};
    WatchSummary s = summarizeWatch(u"app.example:443"_s, list);
    EXPECT_EQ(s.verdict.code, u"watch.down");
    EXPECT_TRUE(s.verdict.nextSteps.join(u' ').contains(u"tcpdoctor diagnose app.example:443"));
    EXPECT_EQ(s.longestOutageMs, 1000);
    EXPECT_EQ(s.rttMin, -1);
    EXPECT_TRUE(s.toJson().value(u"rtt_ms"_s).toObject().value(u"min"_s).isNull());
    // --until-open: the exit code says whether it came back, whatever the verdict.
    s = summarizeWatch(u"app.example:443"_s, list, true);
    EXPECT_EQ(watchExitCode(s), 1);
    s = summarizeWatch(u"app.example:443"_s, {attempt(1, u"refused"_s), attempt(2, u"open"_s, 3)}, true);
    EXPECT_EQ(s.verdict.code, u"watch.intermittent");
    EXPECT_EQ(watchExitCode(s), 0);
}

TEST(Watch, SeveralAddressesBehindTheNameAreListed)
{
    const QList<WatchAttempt> list = {attempt(1, u"open"_s, 5, u"203.0.113.2"_s),
                                      attempt(2, u"filtered"_s, -1, u"203.0.113.3"_s),
                                      attempt(3, u"open"_s, 5, u"203.0.113.2"_s)};
    const WatchSummary s = summarizeWatch(u"app.example:443"_s, list);
    EXPECT_EQ(s.addressesSeen, (QStringList{u"203.0.113.2"_s, u"203.0.113.3"_s}));
    EXPECT_TRUE(s.verdict.explanation.contains(u"203.0.113.3")) << s.verdict.explanation.toStdString();
}

TEST(Watch, AnAttemptAsJsonLine)
{
    WatchAttempt a = attempt(3, u"refused"_s);
    a.osError = u"ECONNREFUSED"_s;
    const QJsonObject j = a.toJson();
    EXPECT_EQ(j.value(u"schema"_s).toString(), u"tcpdoctor-watch-attempt/1");
    EXPECT_EQ(j.value(u"seq"_s).toInt(), 3);
    EXPECT_EQ(j.value(u"local_port"_s).toInt(), 40003);
    EXPECT_TRUE(j.value(u"rtt_ms"_s).isNull());
    EXPECT_EQ(j.value(u"os_error"_s).toString(), u"ECONNREFUSED");
    EXPECT_TRUE(watchAttemptLine(a).contains(u"refused")) << watchAttemptLine(a).toStdString();
}

TEST(Watch, ARealWatchOnLoopbackStopsAtTheFirstSuccessWithUntilOpen)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost));
    Target t;
    t.host = u"127.0.0.1"_s;
    t.displayHost = t.host;
    t.port = server.serverPort();
    WatchOptions o;
    o.count = 5;
    o.intervalMs = 100;
    o.untilOpen = true;
    int calls = 0;
    const QList<WatchAttempt> seen = runWatch(t, o, [&](const WatchAttempt&) { ++calls; });
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(seen.first().outcome, u"open");
    EXPECT_GT(seen.first().localPort, 0);
    EXPECT_GE(seen.first().rttMs, 0);

    // A closed port, watched three times: three refusals, each from its own local port.
    server.close();
    o.count = 3;
    o.untilOpen = false;
    const QList<WatchAttempt> refused = runWatch(t, o, [](const WatchAttempt&) {});
    ASSERT_EQ(refused.size(), 3);
    for (const WatchAttempt& a : refused) {
        EXPECT_EQ(a.outcome, u"refused");
    }
    EXPECT_EQ(summarizeWatch(u"x"_s, refused).verdict.code, u"watch.down");
}

TEST(Watch, AStopEndsTheWatchWithinAnInterval)
{
    Target t;
    t.host = u"127.0.0.1"_s;
    t.displayHost = t.host;
    t.port = 9; // nothing listens: refused at once
    WatchOptions o;
    o.count = 1000;
    o.intervalMs = 60000;
    std::atomic<bool> stop{false};
    const QList<WatchAttempt> seen = runWatch(t, o, [&](const WatchAttempt&) { stop = true; }, &stop);
    EXPECT_EQ(seen.size(), 1) << "the second attempt, a minute later, never started";
}

TEST(Watch, CsvHasOneRowPerAttemptAndNeverAFormula)
{
    WatchAttempt odd = attempt(2, u"refused"_s);
    odd.osError = u"=HYPERLINK(\"x\")"_s; // whatever an error text holds, a spreadsheet must not run it
    odd.localPort = 0;
    const QString csv = watchToCsv({attempt(1, u"open"_s, 12.345), odd});
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0], u"seq,at,address,local_port,outcome,rtt_ms,os_error");
    EXPECT_EQ(lines[1], u"1,2023-11-14T22:13:20.000Z,203.0.113.2,40001,open,12.35,");
    EXPECT_EQ(lines[2], u"2,2023-11-14T22:13:21.000Z,203.0.113.2,,refused,,\"'=HYPERLINK(\"\"x\"\")\"");
}

TEST(Watch, JsonLinesReadBackAsTheyWereSaved)
{
    const QList<WatchAttempt> list = {attempt(1, u"refused"_s), attempt(2, u"filtered"_s),
                                      attempt(3, u"open"_s, 21.5, u"2001:db8::2"_s)};
    const WatchSummary s = summarizeWatch(u"app.example:443"_s, list, true);
    const QByteArray bytes = watchToJsonLines(list, s);
    EXPECT_EQ(bytes.count('\n'), 4); // three attempts and the summary
    const WatchFile back = readWatchJsonLines(bytes);
    ASSERT_TRUE(back.error.isEmpty()) << back.error.toStdString();
    EXPECT_EQ(back.target, u"app.example:443");
    EXPECT_TRUE(back.untilOpen);
    ASSERT_EQ(back.attempts.size(), 3);
    for (qsizetype i = 0; i < list.size(); ++i) {
        EXPECT_EQ(back.attempts[i].seq, list[i].seq);
        EXPECT_EQ(back.attempts[i].at, list[i].at);
        EXPECT_EQ(back.attempts[i].address, list[i].address);
        EXPECT_EQ(back.attempts[i].localPort, list[i].localPort);
        EXPECT_EQ(back.attempts[i].outcome, list[i].outcome);
        EXPECT_DOUBLE_EQ(back.attempts[i].rttMs, list[i].rttMs);
        EXPECT_EQ(back.attempts[i].offsetMs, list[i].offsetMs);
    }
    EXPECT_EQ(summarizeWatch(back.target, back.attempts, back.untilOpen).toJson(), s.toJson());
}

TEST(Watch, ADamagedOrForeignFileSaysWhyInOneLine)
{
    for (const QByteArray& bad : {QByteArray(), QByteArray("{\"schema\":\"tcpdoctor-report/1\"}\n"),
                                  QByteArray("not json at all\n"),
                                  QByteArray("{\"schema\":\"tcpdoctor-watch-attempt/1\",\"seq\":1}\n"),
                                  QByteArray("{\"schema\":\"tcpdoctor-watch-attempt/1\",\"seq\":\"x\",\"at\":[]}\n")}) {
        const WatchFile f = readWatchJsonLines(bad);
        EXPECT_TRUE(f.attempts.isEmpty()) << bad.constData();
        EXPECT_FALSE(f.error.isEmpty()) << bad.constData();
        EXPECT_FALSE(f.error.contains(u'\n')) << bad.constData();
    }
}

TEST(Watch, TheWindowsWordingNamesNoOptions)
{
    const QList<QList<WatchAttempt>> cases = {{attempt(1, u"refused"_s), attempt(2, u"refused"_s)},
                                              {attempt(1, u"open"_s, 10), attempt(2, u"open"_s, 11)}};
    for (const auto& list : cases) {
        const WatchSummary cli = summarizeWatch(u"app.example:443"_s, list, true);
        const WatchSummary window = summarizeWatch(u"app.example:443"_s, list, true, false, WatchWording::Window);
        EXPECT_EQ(window.verdict.code, cli.verdict.code);
        EXPECT_TRUE(cli.verdict.nextSteps.join(u' ').contains(u"--"_s) || cli.verdict.nextSteps.join(u' ').contains(u"tcpdoctor"_s));
        for (const QString& step : window.verdict.nextSteps) {
            EXPECT_FALSE(step.contains(u"--"_s) || step.contains(u"tcpdoctor "_s)) << step.toStdString();
        }
    }
}

TEST(Watch, UntilOpenSaysItWorksAgain)
{
    const QList<WatchAttempt> list = {attempt(1, u"refused"_s), attempt(2, u"refused"_s), attempt(3, u"open"_s, 4)};
    const WatchSummary waited = summarizeWatch(u"db.example:5432"_s, list, true);
    EXPECT_EQ(waited.verdict.code, u"watch.intermittent"); // the contract's code: it failed, then worked
    EXPECT_EQ(waited.verdict.title, u"db.example:5432 works again");
    EXPECT_TRUE(waited.verdict.explanation.contains(u"at attempt 3, after 2 failed attempt"_s))
        << waited.verdict.explanation.toStdString();
    EXPECT_EQ(watchExitCode(waited), 0);
    const WatchSummary plain = summarizeWatch(u"db.example:5432"_s, list, false);
    EXPECT_EQ(plain.verdict.title, u"The connection to db.example:5432 works only sometimes");
}

TEST(Watch, OutcomesHavePlainWordsForEveryProbeOutcome)
{
    for (const char* outcome : {"open", "refused", "filtered", "rejected", "host_unreachable", "network_unreachable",
                                "local_block", "reset_after_connect", "closed_after_connect", "error", "dns_failed"}) {
        const QString words = watchOutcomeWords(QString::fromLatin1(outcome));
        EXPECT_NE(words, QString::fromLatin1(outcome)) << outcome;
        EXPECT_FALSE(words.contains(u'_')) << outcome;
    }
}
