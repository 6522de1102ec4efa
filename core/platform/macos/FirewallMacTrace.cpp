// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The path trace on macOS: not built yet. The BSD stack keeps no per-socket ICMP error queue, so
// the TCP method of Linux cannot work; an unprivileged ICMP datagram socket (as macOS's own ping
// uses) could carry an ICMP trace, but it cannot be compiled or tested here. Until then the trace
// says plainly that it was skipped, and why.

#include "platform/PathTrace.h"

namespace tcpd::platform {

TraceResult tracePath(const Endpoint&, const TraceOptions&, const std::atomic<bool>*)
{
    TraceResult r;
    r.method = "icmp-echo";
    r.skipReason = "not-built-for-this-os";
    r.skipDetail = "the path trace is not built for macOS yet; run: traceroute -n HOST";
    return r;
}

} // namespace tcpd::platform
