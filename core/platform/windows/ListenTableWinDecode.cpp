// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "ListenTableWinDecode.h"

#include <map>

namespace tcpd::platform::detail {

uint16_t portFromTableDword(uint32_t dwPort)
{
    return static_cast<uint16_t>(((dwPort & 0xffu) << 8) | ((dwPort >> 8) & 0xffu));
}

std::string ipv4FromTableDword(uint32_t dwAddr)
{
    const unsigned char bytes[4]
        = {static_cast<unsigned char>(dwAddr & 0xffu), static_cast<unsigned char>((dwAddr >> 8) & 0xffu),
           static_cast<unsigned char>((dwAddr >> 16) & 0xffu), static_cast<unsigned char>((dwAddr >> 24) & 0xffu)};
    return formatIpv4(bytes);
}

std::string ipv6FromTableBytes(const unsigned char addr[16], uint32_t scopeId)
{
    std::string text = formatIpv6(addr);
    const bool linkLocal = addr[0] == 0xfe && (addr[1] & 0xc0) == 0x80;
    if (scopeId != 0 && linkLocal) {
        text += "%" + std::to_string(scopeId);
    }
    return text;
}

std::string tcpStateName(int mibState)
{
    switch (mibState) {
    case mib::kClosed: return "close";
    case mib::kListen: return "listen";
    case mib::kSynSent: return "syn_sent";
    case mib::kSynRcvd: return "syn_recv";
    case mib::kEstab: return "established";
    case mib::kFinWait1: return "fin_wait1";
    case mib::kFinWait2: return "fin_wait2";
    case mib::kCloseWait: return "close_wait";
    case mib::kClosing: return "closing";
    case mib::kLastAck: return "last_ack";
    case mib::kTimeWait: return "time_wait";
    case mib::kDeleteTcb: // the TCB is being deleted: the connection is gone, as Linux's CLOSE
        return "close";
    default: return {};
    }
}

TcpSocketRow tcpSocketRowV4(uint32_t state, uint32_t localAddr, uint32_t localPort, uint32_t remoteAddr,
                            uint32_t remotePort)
{
    TcpSocketRow r;
    r.localAddress = ipv4FromTableDword(localAddr);
    r.localPort = portFromTableDword(localPort);
    r.remoteAddress = ipv4FromTableDword(remoteAddr);
    r.remotePort = portFromTableDword(remotePort);
    r.state = tcpStateName(static_cast<int>(state));
    return r;
}

TcpSocketRow tcpSocketRowV6(uint32_t state, const unsigned char localAddr[16], uint32_t localScopeId,
                            uint32_t localPort, const unsigned char remoteAddr[16], uint32_t remoteScopeId,
                            uint32_t remotePort)
{
    TcpSocketRow r;
    r.ipv6 = true;
    r.localAddress = ipv6FromTableBytes(localAddr, localScopeId);
    r.localPort = portFromTableDword(localPort);
    r.remoteAddress = ipv6FromTableBytes(remoteAddr, remoteScopeId);
    r.remotePort = portFromTableDword(remotePort);
    r.state = tcpStateName(static_cast<int>(state));
    return r;
}

void addWinRows(ListenTable& table, const std::vector<WinTcpRow>& rows)
{
    std::map<uint16_t, PortActivity> activity;
    for (const PortActivity& a : table.activity) {
        activity[a.port] = a;
    }
    for (const WinTcpRow& r : rows) {
        if (r.state == mib::kListen) {
            ListenSocket s;
            s.address = r.localAddress;
            s.port = r.localPort;
            s.ipv6 = r.ipv6;
            // pid 0 is the idle process, which owns no listener: Windows did not say (Wine says 0 for all).
            s.pid = r.pid == 0 ? -1 : static_cast<long long>(r.pid);
            table.sockets.push_back(s);
        } else if (r.state == mib::kEstab || r.state == mib::kSynRcvd) {
            PortActivity& a = activity[r.localPort];
            a.port = r.localPort;
            if (r.state == mib::kEstab) {
                ++a.established;
            } else {
                ++a.synRecv;
            }
        }
    }
    table.activity.clear();
    for (const auto& [port, a] : activity) {
        table.activity.push_back(a);
    }
}

std::string processNameFromPath(const std::string& path)
{
    const std::size_t slash = path.find_last_of("\\/");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string wellKnownProcessName(long long pid)
{
    return pid == 4 ? "System" : "";
}

} // namespace tcpd::platform::detail
