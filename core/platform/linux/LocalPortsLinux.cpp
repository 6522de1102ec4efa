// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Linux: every TCP socket of this network namespace from sock_diag (all states, TIME_WAIT included),
// and the ephemeral range of this namespace from /proc/sys/net/ipv4/ip_local_port_range.

#include "SockDiag.h"
#include "platform/LocalPorts.h"

#include <fstream>
#include <sstream>

namespace tcpd::platform {

LocalPortUsage readLocalPortUsage(const std::string& targetAddress, uint16_t targetPort)
{
    int low = -1;
    int high = -1;
    const char* const rangeFile = "/proc/sys/net/ipv4/ip_local_port_range";
    std::ifstream in(rangeFile);
    std::stringstream text;
    text << in.rdbuf();
    const bool rangeRead = in && parsePortRange(text.str(), low, high);

    const detail::SockDiagDump dump = detail::dumpTcpSockets(~0u);
    std::vector<TcpSocketRow> rows;
    rows.reserve(dump.sockets.size());
    for (const detail::DiagSocket& d : dump.sockets) {
        rows.push_back({d.ipv6, d.localAddress, d.localPort, d.remoteAddress, d.remotePort, detail::tcpStateName(d.state)});
    }
    LocalPortUsage u = summarizePortUsage(rows, rangeRead ? low : -1, rangeRead ? high : -1, targetAddress, targetPort);
    u.ok = dump.ok;
    u.error = dump.error;
    if (dump.truncated) {
        u.error = "sock_diag: more sockets than counted";
    }
    u.source = "sock_diag";
    u.rangeSource = rangeRead ? rangeFile : "";
    return u;
}

} // namespace tcpd::platform
