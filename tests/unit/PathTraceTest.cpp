// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The path trace's schedule (PathTraceDetail.h) driven by a scripted prober: which TTLs are sent,
// how many at once, when it stops. No network; the schedule's own clock runs for real but every
// case is over in well under a second of probe time.

#include "platform/PathTraceDetail.h"

#include <gtest/gtest.h>

#include <map>
#include <thread>

using namespace tcpd::platform;
using namespace tcpd::platform::detail;

namespace {

/// Answers each TTL from a script at once; TTLs not in the script stay silent.
class ScriptedProber final : public TraceProber {
public:
    explicit ScriptedProber(std::map<int, ProbeAnswer> script) : m_script(std::move(script)) {}

    bool send(int ttl, std::string& error, std::string& detail) override
    {
        if (m_refuse) {
            error = "blocked-by-this-computer";
            detail = "Operation not permitted";
            return false;
        }
        sent.push_back(ttl);
        ++m_outstanding;
        maxOutstanding = std::max(maxOutstanding, m_outstanding);
        const auto it = m_script.find(ttl);
        if (it != m_script.end()) {
            m_ready.push_back(it->second);
            m_ready.back().ttl = ttl;
        }
        return true;
    }
    void wait(int ms, std::vector<ProbeAnswer>& out) override
    {
        if (m_ready.empty()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        }
        for (const ProbeAnswer& a : m_ready) {
            out.push_back(a);
            --m_outstanding;
        }
        m_ready.clear();
    }
    void abandon(int) override { m_outstanding = std::max(0, m_outstanding - 1); }

    std::vector<int> sent;
    int maxOutstanding = 0;
    bool m_refuse = false;

private:
    std::map<int, ProbeAnswer> m_script;
    std::vector<ProbeAnswer> m_ready;
    int m_outstanding = 0;
};

ProbeAnswer router(const std::string& address)
{
    return ProbeAnswer{0, HopKind::TimeExceeded, address, 0.3, 11, 0};
}

TraceOptions fast()
{
    TraceOptions o;
    o.probeTimeoutMs = 60; // the silent TTLs cost this much each round
    return o;
}

} // namespace

TEST(PathTrace, StopsAtTheTargetAndKeepsHopsInOrder)
{
    ScriptedProber p({{1, router("198.51.100.254")}, {2, router("203.0.113.254")}, {3, {0, HopKind::TargetOpen, "203.0.113.2", 0.5}}});
    const TraceResult r = runTrace(p, fast(), nullptr);
    EXPECT_TRUE(r.available);
    EXPECT_EQ(r.stop, TraceStop::ReachedTarget);
    ASSERT_EQ(r.hops.size(), 3u);
    EXPECT_EQ(r.hops[0].address, "198.51.100.254");
    EXPECT_EQ(r.hops[2].kind, HopKind::TargetOpen);
    ASSERT_NE(r.lastAnsweringHop(), nullptr);
    EXPECT_EQ(r.lastAnsweringHop()->ttl, 2);
    for (int ttl : p.sent) {
        EXPECT_LE(ttl, 5) << "never far beyond the target: only the window in flight";
    }
}

TEST(PathTrace, SilenceAfterTheLastAnswerStopsAfterThreeSilentHops)
{
    ScriptedProber p({{1, router("198.51.100.254")}});
    const TraceResult r = runTrace(p, fast(), nullptr);
    EXPECT_EQ(r.stop, TraceStop::Silence);
    ASSERT_EQ(r.hops.size(), 4u); // 1 answered, 2..4 silent
    EXPECT_EQ(r.hops[3].kind, HopKind::Silent);
    EXPECT_EQ(r.lastAnsweringHop()->address, "198.51.100.254");
    EXPECT_LE(p.maxOutstanding, 3) << "a few in flight, never more than inFlight";
    EXPECT_LE(p.sent.size(), 7u);
}

TEST(PathTrace, ARejectingHopEndsTheTrace)
{
    ScriptedProber p({{1, router("198.51.100.254")}, {2, {0, HopKind::Unreachable, "198.51.100.254", 0.4, 3, 13}}});
    const TraceResult r = runTrace(p, fast(), nullptr);
    EXPECT_EQ(r.stop, TraceStop::Unreachable);
    ASSERT_EQ(r.hops.size(), 2u);
    EXPECT_EQ(r.hops[1].icmpCode, 13);
}

TEST(PathTrace, SilentHopsInTheMiddleDoNotEndIt)
{
    ScriptedProber p({{1, router("a")}, {2, router("b")}, {5, router("e")}, {6, {0, HopKind::TargetRefused, "t", 1}}});
    TraceOptions o = fast();
    const TraceResult r = runTrace(p, o, nullptr);
    EXPECT_EQ(r.stop, TraceStop::ReachedTarget);
    ASSERT_EQ(r.hops.size(), 6u);
    EXPECT_EQ(r.hops[2].kind, HopKind::Silent);
    EXPECT_EQ(r.lastAnsweringHop()->address, "e");
}

TEST(PathTrace, MaxTtlAndBudgetBoundIt)
{
    ScriptedProber all({{1, router("a")}, {2, router("b")}, {3, router("c")}});
    TraceOptions o = fast();
    o.maxTtl = 3;
    EXPECT_EQ(runTrace(all, o, nullptr).stop, TraceStop::MaxTtl);

    ScriptedProber silent({});
    TraceOptions slow;
    slow.probeTimeoutMs = 5000;
    slow.budgetMs = 200;
    const auto t0 = std::chrono::steady_clock::now();
    const TraceResult r = runTrace(silent, slow, nullptr);
    EXPECT_EQ(r.stop, TraceStop::Budget);
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(2));
}

TEST(PathTrace, CancelEndsItAndRefusalMakesItUnavailable)
{
    std::atomic<bool> cancel{true};
    ScriptedProber p({});
    EXPECT_EQ(runTrace(p, fast(), &cancel).stop, TraceStop::Cancelled);

    ScriptedProber refused({});
    refused.m_refuse = true;
    const TraceResult r = runTrace(refused, fast(), nullptr);
    EXPECT_FALSE(r.available);
    EXPECT_EQ(r.skipReason, "blocked-by-this-computer");
    EXPECT_EQ(r.stop, TraceStop::Unavailable);
}

TEST(PathTrace, ASingleTtlProbe)
{
    ScriptedProber p({{2, {0, HopKind::TargetRefused, "203.0.113.2", 0.5}}});
    TraceOptions one = fast();
    one.firstTtl = one.maxTtl = 2;
    one.inFlight = 1;
    one.silentStop = 1;
    const TraceResult r = runTrace(p, one, nullptr);
    ASSERT_EQ(r.hops.size(), 1u);
    EXPECT_EQ(r.hops[0].ttl, 2);
    EXPECT_EQ(p.sent, std::vector<int>{2});
}
