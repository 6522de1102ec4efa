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
