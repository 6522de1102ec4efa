// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The path trace's schedule, shared by every OS: which TTL to send next, when a TTL counts as
// silent, and when to stop. Each OS supplies a TraceProber that sends one probe with a given TTL
// and reports what came back; the schedule itself is tested with a scripted prober (no network).

#include "platform/PathTrace.h"

#include <vector>

namespace tcpd::platform::detail {

/// One answer a prober saw for the probe it sent with `ttl`.
struct ProbeAnswer {
    int ttl = 0;
    HopKind kind = HopKind::Silent;
    std::string address;
    double rttMs = -1;
    int icmpType = -1;
    int icmpCode = -1;
};

class TraceProber {
public:
    virtual ~TraceProber() = default;
    /// Sends the probe for `ttl`. False when the OS refuses to send at all; `error`, `detail` say why
    /// (the trace is then unavailable when nothing was sent yet, else that TTL counts as silent).
    virtual bool send(int ttl, std::string& error, std::string& detail) = 0;
    /// Waits at most `ms` for answers to outstanding probes and appends them to `out`.
    virtual void wait(int ms, std::vector<ProbeAnswer>& out) = 0;
    /// Forgets the probe for `ttl` (timed out, or no longer needed): closes its socket/handle.
    virtual void abandon(int ttl) = 0;
};

/// Runs the schedule: a window of options.inFlight probes, TTL by TTL, each silent after the probe
/// timeout; stops at the target, at a device that answers "unreachable", after options.silentStop
/// silent TTLs in a row, at maxTtl, at the budget, or on cancel (checked at least every 50 ms).
TraceResult runTrace(TraceProber& prober, const TraceOptions& options, const std::atomic<bool>* cancel);

} // namespace tcpd::platform::detail
