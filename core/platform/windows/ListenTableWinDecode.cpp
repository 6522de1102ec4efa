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
