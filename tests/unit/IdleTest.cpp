// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// tcpdoctor idle: the verdict from the periods' results, the periods' parsing, the JSON, and the engine's
// decision after the byte. No network here (tests/integration/IdleTest.cpp runs it on loopback, the lab
// through a router that forgets).

#include "platform/IdleProbe.h"
#include "watch/Idle.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;

namespace {

IdlePeriod period(int idleS, const QString& result, double diedAfterS = -1)
{
    IdlePeriod p;
    p.idleS = idleS;
    p.result = result;
    p.localPort = 40000 + idleS;
    p.connectMs = 0.5;
    p.ackKnown = true;
    p.diedAfterS = diedAfterS;
    if (result == u"alive") {
        p.ackMs = 0.2;
    }
    return p;
}

IdleRun run(const QList<IdlePeriod>& periods)
{
    IdleRun r;
    r.address = u"203.0.113.2"_s;
    r.periods = periods;
    return r;
}

bool anyContains(const QStringList& list, const QString& text)
{
    return std::any_of(list.begin(), list.end(), [&](const QString& s) { return s.contains(text); });
}

} // namespace

TEST(Idle, EveryPeriodLivingIsOk)
{
    const IdleSummary s = summarizeIdle(u"db.example.com:5432"_s, run({period(15, u"alive"_s), period(60, u"alive"_s)}));
    EXPECT_EQ(s.verdict.code, u"idle.ok");
    EXPECT_EQ(s.verdict.layer, u"none");
    EXPECT_EQ(s.lastAliveS, 60);
    EXPECT_EQ(s.firstDeadS, -1);
    EXPECT_TRUE(s.verdict.explanation.contains(u"1 min"_s)) << s.verdict.explanation.toStdString();
    EXPECT_EQ(idleExitCode(s), 0);
}

TEST(Idle, ARouterThatForgetsAfterTenSecondsGivesTheLimitsAndKeepaliveSettings)
{
    // The lab's case: periods 2, 4, 20 through a router whose conntrack forgets after 10 s.
    const IdleSummary s = summarizeIdle(
        u"203.0.113.2:8080"_s, run({period(2, u"alive"_s), period(4, u"alive"_s), period(20, u"silent"_s)}));
    EXPECT_EQ(s.verdict.code, u"path.idle_timeout");
    EXPECT_EQ(s.verdict.layer, u"network");
    EXPECT_EQ(s.lastAliveS, 4);
    EXPECT_EQ(s.firstDeadS, 20);
    EXPECT_EQ(s.keepaliveS, 3); // under the longest silence that was survived
    EXPECT_TRUE(s.verdict.explanation.contains(u"4 s"_s) && s.verdict.explanation.contains(u"20 s"_s))
        << s.verdict.explanation.toStdString();
    EXPECT_TRUE(s.verdict.explanation.contains(u"never acknowledged"_s)) << s.verdict.explanation.toStdString();
    EXPECT_TRUE(anyContains(s.verdict.nextSteps, u"ServerAliveInterval 3"_s));
    EXPECT_TRUE(anyContains(s.verdict.nextSteps, u"keepalives_idle=3"_s));
    EXPECT_TRUE(anyContains(s.verdict.nextSteps, u"net.ipv4.tcp_keepalive_time=3"_s));
    EXPECT_TRUE(anyContains(s.verdict.nextSteps, u"KeepAliveTime=3000"_s));
    EXPECT_FALSE(anyContains(s.verdict.nextSteps, u"SQLNET.EXPIRE_TIME"_s)) << "Oracle counts in minutes: not under 1";
    EXPECT_EQ(idleExitCode(s), 1);

    const QJsonObject o = s.toJson();
    EXPECT_EQ(o.value(u"schema"_s).toString(), u"tcpdoctor-idle/1");
    EXPECT_EQ(o.value(u"last_alive_s"_s).toInt(), 4);
    EXPECT_EQ(o.value(u"first_dead_s"_s).toInt(), 20);
    const QJsonArray periods = o.value(u"periods"_s).toArray();
    ASSERT_EQ(periods.size(), 3);
    EXPECT_EQ(periods.at(2).toObject().value(u"idle_s"_s).toInt(), 20);
    EXPECT_EQ(periods.at(2).toObject().value(u"result"_s).toString(), u"silent");
    EXPECT_EQ(o.value(u"verdict"_s).toObject().value(u"code"_s).toString(), u"path.idle_timeout");
}

TEST(Idle, LongLimitsNameOracleInMinutes)
{
    const IdleSummary s = summarizeIdle(u"db:1521"_s, run({period(120, u"alive"_s), period(240, u"reset"_s)}));
    EXPECT_EQ(s.verdict.code, u"path.idle_timeout");
    EXPECT_EQ(s.keepaliveS, 96);
    EXPECT_TRUE(anyContains(s.verdict.nextSteps, u"SQLNET.EXPIRE_TIME=1"_s));
    EXPECT_TRUE(s.verdict.explanation.contains(u"a reset came back"_s)) << s.verdict.explanation.toStdString();
}

TEST(Idle, EvenTheShortestPauseDyingHasNoLastAlive)
{
    const IdleSummary s = summarizeIdle(u"x:1"_s, run({period(10, u"silent"_s), period(30, u"silent"_s)}));
    EXPECT_EQ(s.verdict.code, u"path.idle_timeout");
    EXPECT_EQ(s.lastAliveS, -1);
    EXPECT_EQ(s.firstDeadS, 10);
    EXPECT_EQ(s.keepaliveS, 5);
    EXPECT_TRUE(s.toJson().value(u"last_alive_s"_s).isNull());
}

TEST(Idle, AFinWhileIdleIsTheServersOwnTimeout)
{
    const IdleSummary s = summarizeIdle(
        u"web:80"_s, run({period(2, u"alive"_s), period(4, u"alive"_s), period(20, u"closed"_s, 15.2)}));
    EXPECT_EQ(s.verdict.code, u"idle.server_closes");
    EXPECT_EQ(s.verdict.layer, u"server");
    EXPECT_EQ(s.lastAliveS, 4);
    EXPECT_EQ(s.firstDeadS, 20);
    EXPECT_TRUE(s.verdict.explanation.contains(u"15 s"_s)) << s.verdict.explanation.toStdString();
    EXPECT_TRUE(anyContains(s.verdict.evidence, u"15.2"_s));
    EXPECT_EQ(idleExitCode(s), 1);
}

TEST(Idle, ALongerPauseLivingAfterAShorterDiedDoesNotMoveTheLastAlive)
{
    // Not monotonic (a box that forgets now and then): the shortest death decides, and the last alive
    // stays below it.
    const IdleSummary s = summarizeIdle(
        u"x:1"_s, run({period(5, u"alive"_s), period(10, u"silent"_s), period(20, u"alive"_s)}));
    EXPECT_EQ(s.firstDeadS, 10);
    EXPECT_EQ(s.lastAliveS, 5);
}

TEST(Idle, NoAcknowledgementInformationIsUnknownNeverOk)
{
    IdlePeriod p = period(30, u"unknown"_s);
    p.ackKnown = false;
    const IdleSummary s = summarizeIdle(u"x:1"_s, run({period(15, u"alive"_s), p}));
    EXPECT_EQ(s.verdict.code, u"idle.unknown");
    EXPECT_EQ(idleExitCode(s), 1);
}

TEST(Idle, NoConnectionAtAllSendsToTheChecklist)
{
    IdlePeriod a = period(15, u"not_connected"_s);
    a.osError = u"ECONNREFUSED"_s;
    IdlePeriod b = period(30, u"not_connected"_s);
    b.osError = u"ECONNREFUSED"_s;
    const IdleSummary s = summarizeIdle(u"x:1"_s, run({a, b}));
    EXPECT_EQ(s.verdict.code, u"idle.no_connection");
    EXPECT_TRUE(s.verdict.explanation.contains(u"ECONNREFUSED"_s));
    EXPECT_TRUE(anyContains(s.verdict.nextSteps, u"tcpdoctor diagnose x:1"_s));
    EXPECT_TRUE(anyContains(summarizeIdle(u"x:1"_s, run({a, b}), IdleWording::Window).verdict.nextSteps,
                            u"step by step"_s));

    IdleRun noName;
    noName.resolveError = u"Name or service not known"_s;
    const IdleSummary n = summarizeIdle(u"nowhere.example:1"_s, noName);
    EXPECT_EQ(n.verdict.code, u"idle.no_connection");
    EXPECT_TRUE(n.verdict.explanation.contains(u"Name or service not known"_s));
    EXPECT_TRUE(n.toJson().value(u"address"_s).isNull());
}

TEST(Idle, StoppedBeforeAnythingWasDecidedSaysSo)
{
    IdleRun r = run({period(15, u"cancelled"_s), period(30, u"cancelled"_s)});
    r.cancelled = true;
    const IdleSummary s = summarizeIdle(u"x:1"_s, r);
    EXPECT_EQ(s.verdict.code, u"tool.error");
    EXPECT_TRUE(s.toJson().value(u"cancelled"_s).toBool());
    EXPECT_EQ(idleExitCode(s), 1);
}

TEST(Idle, DefaultPeriodsEndAtTheLongestAskedFor)
{
    EXPECT_EQ(defaultIdlePeriods(300), (QList<int>{15, 30, 60, 120, 240, 300}));
    EXPECT_EQ(defaultIdlePeriods(480), (QList<int>{15, 30, 60, 120, 240, 480}));
    EXPECT_EQ(defaultIdlePeriods(10), (QList<int>{10}));
    EXPECT_EQ(defaultIdlePeriods(60), (QList<int>{15, 30, 60}));
}

TEST(Idle, PeriodsAreParsedSortedOnceAndBounded)
{
    QString error;
    EXPECT_EQ(parseIdlePeriods(u"20, 2,4,4"_s, &error), (QList<int>{2, 4, 20}));
    for (const QString& bad : {u""_s, u"0"_s, u"2,x"_s, u"-5"_s, u"86401"_s, u"1,2,3,4,5,6,7,8,9,10,11,12,13"_s}) {
        error.clear();
        EXPECT_TRUE(parseIdlePeriods(bad, &error).isEmpty()) << bad.toStdString();
        EXPECT_FALSE(error.isEmpty()) << bad.toStdString();
        EXPECT_FALSE(error.contains(u'\n'));
    }
}

TEST(Idle, DurationsReadAsAPersonSaysThem)
{
    EXPECT_EQ(idleDurationText(20), u"20 s");
    EXPECT_EQ(idleDurationText(120), u"2 min");
    EXPECT_EQ(idleDurationText(90), u"1 min 30 s");
    EXPECT_EQ(idleDurationText(7200), u"2 h");
}

TEST(Idle, TheEngineDecidesAfterTheByteFromWhatCameBack)
{
    using tcpd::platform::decideAfterSend;
    using tcpd::platform::IdleState;
    IdleState s{};
    EXPECT_TRUE(decideAfterSend(0, false, false, false, false, s));
    EXPECT_EQ(s, IdleState::Alive); // acknowledged
    EXPECT_TRUE(decideAfterSend(-1, true, false, false, false, s));
    EXPECT_EQ(s, IdleState::Alive); // answered, without statistics
    EXPECT_TRUE(decideAfterSend(1, false, true, false, false, s));
    EXPECT_EQ(s, IdleState::Reset);
    EXPECT_TRUE(decideAfterSend(1, false, false, true, false, s));
    EXPECT_EQ(s, IdleState::Alive); // the server hung up on our byte: it still knew the connection
    EXPECT_FALSE(decideAfterSend(1, false, false, false, false, s)); // still waiting
    EXPECT_TRUE(decideAfterSend(1, false, false, false, true, s));
    EXPECT_EQ(s, IdleState::Silent);
    EXPECT_TRUE(decideAfterSend(-1, false, false, false, true, s));
    EXPECT_EQ(s, IdleState::Unknown); // no statistics, no answer: never called alive
}
