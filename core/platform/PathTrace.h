// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// Where on the path a connection dies: SYNs to the target port with increasing TTL (hop limit).
// Each router that drops a packet whose TTL ran out answers with ICMP time-exceeded; the last one
// that answered is the last point the SYN is known to have reached. Plain C++17, no Qt.
//
//   TraceOptions o;                                  // TTL 1..30, 3 in flight, bounded time
//   TraceResult t = tracePath({"203.0.113.2", 8080}, o, &cancel);
//   if (!t.available) show(t.skipReason);            // e.g. Windows without raw-socket rights
//   for (const TraceHop& h : t.hops) ...             // in TTL order; silent TTLs included
//
// Linux: TCP SYNs on ordinary sockets (IP_TTL / IPV6_UNICAST_HOPS), the ICMP answer read from the
// socket's error queue (IP_RECVERR, MSG_ERRQUEUE): no privileges. Windows: ICMP echo with a TTL
// (IcmpSendEcho2), which needs no rights on Windows but raw-socket rights under Wine. macOS:
// unprivileged ICMP datagram sockets.

#include "platform/TcpProbe.h"

#include <atomic>
#include <string>
#include <vector>

namespace tcpd::platform {

/// What came back for one TTL.
enum class HopKind {
    Silent,       ///< nothing within the probe's time (a router that does not answer, or a drop)
    TimeExceeded, ///< ICMP time-exceeded from a router on the way: the SYN got this far
    Unreachable,  ///< ICMP destination unreachable from a device on the way (a reject, or no route)
    TargetOpen,    ///< the target answered SYN-ACK
    TargetRefused, ///< the target answered RST
    TargetEcho     ///< the target answered an ICMP echo (ICMP method: says nothing about the port)
};

/// "silent", "time_exceeded", "unreachable", "target_open", "target_refused", "target_echo".
const char* hopKindName(HopKind k);

struct TraceHop {
    int ttl = 0;
    HopKind kind = HopKind::Silent;
    std::string address; ///< who answered (numeric), empty when silent
    double rttMs = -1;   ///< -1 when silent
    int icmpType = -1;   ///< -1 when no ICMP message (silent, or the target's own TCP answer)
    int icmpCode = -1;
};

struct TraceOptions {
    int firstTtl = 1;
    int maxTtl = 30;          ///< clamped to 1..64
    int inFlight = 3;         ///< probes outstanding at once (clamped to 1..8)
    int probeTimeoutMs = 1000; ///< how long one TTL may stay silent; stretched to 3 round trips of the path
    int silentStop = 3;       ///< stop after this many silent TTLs in a row beyond the last answer
    int budgetMs = 8000;      ///< the whole trace, whatever happens
};

/// Why the trace ended.
enum class TraceStop {
    ReachedTarget, ///< the target itself answered (SYN-ACK or RST; echo reply)
    Unreachable,   ///< a device on the way answered "destination unreachable" (stop at the hop that rejects)
    Silence,       ///< `silentStop` silent TTLs in a row after the last answer
    MaxTtl,
    Budget,
    Cancelled,
    Unavailable ///< not run: see skipReason
};

/// "reached_target", "unreachable", "silence", "max_ttl", "budget", "cancelled", "unavailable".
const char* traceStopName(TraceStop s);

struct TraceResult {
    bool available = false;
    std::string method;     ///< "tcp-syn" (Linux), "icmp-echo" (Windows, macOS)
    std::string skipReason; ///< machine-readable reason when !available: "no-raw-socket-rights", ...
    std::string skipDetail; ///< the OS's words, for the report
    TraceStop stop = TraceStop::Unavailable;
    std::vector<TraceHop> hops; ///< one per TTL that was decided, in TTL order
    double elapsedMs = 0;

    /// The answering hop with the highest TTL that was a router (time-exceeded or unreachable), or nullptr.
    const TraceHop* lastAnsweringHop() const;
};

/// Traces the path to `target` (numeric address and port). Bounded by options.budgetMs and maxTtl;
/// returns within ~50 ms after *cancel becomes true. Never throws.
TraceResult tracePath(const Endpoint& target, const TraceOptions& options, const std::atomic<bool>* cancel = nullptr);

} // namespace tcpd::platform
