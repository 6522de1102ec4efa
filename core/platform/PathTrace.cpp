// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The path trace's schedule (PathTraceDetail.h), the same on every OS.

#include "platform/PathTraceDetail.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

namespace tcpd::platform {

const char* hopKindName(HopKind k)
{
    switch (k) {
    case HopKind::Silent: return "silent";
    case HopKind::TimeExceeded: return "time_exceeded";
    case HopKind::Unreachable: return "unreachable";
    case HopKind::TargetOpen: return "target_open";
    case HopKind::TargetRefused: return "target_refused";
    case HopKind::TargetEcho: return "target_echo";
    }
    return "silent";
}

const char* traceStopName(TraceStop s)
{
    switch (s) {
    case TraceStop::ReachedTarget: return "reached_target";
    case TraceStop::Unreachable: return "unreachable";
    case TraceStop::Silence: return "silence";
    case TraceStop::MaxTtl: return "max_ttl";
    case TraceStop::Budget: return "budget";
    case TraceStop::Cancelled: return "cancelled";
    case TraceStop::Unavailable: return "unavailable";
    }
    return "unavailable";
}

const TraceHop* TraceResult::lastAnsweringHop() const
{
    const TraceHop* last = nullptr;
    for (const TraceHop& h : hops) {
        if (h.kind == HopKind::TimeExceeded || h.kind == HopKind::Unreachable) {
            last = &h;
        }
    }
    return last;
}

namespace detail {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

bool isTarget(HopKind k)
{
    return k == HopKind::TargetOpen || k == HopKind::TargetRefused || k == HopKind::TargetEcho;
}

/// Looks at the decided TTLs from the first one on, in order: is the trace over, and why?
bool decide(const std::map<int, TraceHop>& decided, int first, int maxTtl, int silentStop, TraceStop& why, int& lastTtl)
{
    int silentRun = 0;
    for (int ttl = first; ttl <= maxTtl; ++ttl) {
        const auto it = decided.find(ttl);
        if (it == decided.end()) {
            return false; // a gap: wait for that TTL
        }
        const HopKind k = it->second.kind;
        if (isTarget(k) || k == HopKind::Unreachable) {
            why = isTarget(k) ? TraceStop::ReachedTarget : TraceStop::Unreachable;
            lastTtl = ttl;
            return true;
        }
        silentRun = k == HopKind::Silent ? silentRun + 1 : 0;
        if (silentRun >= silentStop) {
            why = TraceStop::Silence;
            lastTtl = ttl;
            return true;
        }
    }
    why = TraceStop::MaxTtl;
    lastTtl = maxTtl;
    return true;
}

} // namespace

TraceResult runTrace(TraceProber& prober, const TraceOptions& options, const std::atomic<bool>* cancel)
{
    TraceResult result;
    result.available = true;
    const Clock::time_point start = Clock::now();
    const int first = std::clamp(options.firstTtl, 1, 64);
    const int maxTtl = std::clamp(options.maxTtl, first, 64);
    const int inFlight = std::clamp(options.inFlight, 1, 8);
    const int silentStop = std::max(1, options.silentStop);
    const int budget = std::clamp(options.budgetMs, 100, 120000);
    int probeTimeout = std::clamp(options.probeTimeoutMs, 50, 10000);

    std::map<int, Clock::time_point> outstanding; // ttl -> sent at
    std::map<int, TraceHop> decided;
    int nextTtl = first;
    int stopAfter = maxTtl; // no probe beyond a TTL that reached the target or was rejected
    bool sentAny = false;
    TraceStop why = TraceStop::Budget;
    int lastTtl = 0;
    std::vector<ProbeAnswer> answers;

    // Bounded: every round waits at most 50 ms and the budget ends the loop.
    for (;;) {
        Clock::time_point now = Clock::now();
        if (cancel != nullptr && cancel->load()) {
            why = TraceStop::Cancelled;
            break;
        }
        if (msSince(start, now) >= budget) {
            why = TraceStop::Budget;
            break;
        }
        while (static_cast<int>(outstanding.size()) < inFlight && nextTtl <= stopAfter) {
            std::string error;
            std::string detail;
            const int ttl = nextTtl++;
            if (!prober.send(ttl, error, detail)) {
                if (!sentAny) {
                    result.available = false;
                    result.skipReason = error;
                    result.skipDetail = detail;
                    result.elapsedMs = msSince(start, Clock::now());
                    return result;
                }
                decided[ttl] = TraceHop{ttl, HopKind::Silent, {}, -1, -1, -1};
                continue;
            }
            sentAny = true;
            outstanding[ttl] = Clock::now();
        }
        if (decide(decided, first, stopAfter, silentStop, why, lastTtl)) {
            break;
        }
        int waitMs = 50;
        for (const auto& [ttl, sentAt] : outstanding) {
            const double left = probeTimeout - msSince(sentAt, now);
            waitMs = std::min(waitMs, std::max(0, static_cast<int>(std::ceil(left))));
        }
        answers.clear();
        prober.wait(waitMs, answers);
        now = Clock::now();
        for (const ProbeAnswer& a : answers) {
            if (outstanding.erase(a.ttl) == 0) {
                continue; // late, or already decided
            }
            decided[a.ttl] = TraceHop{a.ttl, a.kind, a.address, a.rttMs, a.icmpType, a.icmpCode};
            if (isTarget(a.kind) || a.kind == HopKind::Unreachable) {
                stopAfter = std::min(stopAfter, a.ttl);
            }
            if (a.rttMs > 0) {
                // A slow path: give later TTLs three of its round trips (bounded).
                probeTimeout = std::max(probeTimeout, std::min(static_cast<int>(3 * a.rttMs) + 100, 5000));
            }
        }
        for (auto it = outstanding.begin(); it != outstanding.end();) {
            if (it->first > stopAfter) {
                prober.abandon(it->first); // beyond the end: not needed any more
                it = outstanding.erase(it);
            } else if (msSince(it->second, now) >= probeTimeout) {
                prober.abandon(it->first);
                decided[it->first] = TraceHop{it->first, HopKind::Silent, {}, -1, -1, -1};
                it = outstanding.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (const auto& entry : outstanding) {
        prober.abandon(entry.first);
    }
    result.stop = why;
    const int until = why == TraceStop::Budget || why == TraceStop::Cancelled ? maxTtl : lastTtl;
    for (const auto& [ttl, hop] : decided) {
        if (ttl <= until) {
            result.hops.push_back(hop);
        }
    }
    result.elapsedMs = msSince(start, Clock::now());
    return result;
}

} // namespace detail

} // namespace tcpd::platform
