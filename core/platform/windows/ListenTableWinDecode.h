// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The pure half of the Windows listen table: decoding GetExtendedTcpTable's rows (addresses and ports
// in network byte order inside DWORDs), their states, and process names. Plain C++17 without
// windows.h, so it builds and is unit-tested on every OS (ListenWinDecodeTest.cpp).

#include "platform/ListenTable.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tcpd::platform::detail {

/// MIB_TCP_STATE values (tcpmib.h).
namespace mib {
constexpr int kListen = 2; // MIB_TCP_STATE_LISTEN
constexpr int kSynRcvd = 4; // MIB_TCP_STATE_SYN_RCVD
constexpr int kEstab = 5; // MIB_TCP_STATE_ESTAB
} // namespace mib

/// One row of MIB_TCPTABLE_OWNER_PID / MIB_TCP6TABLE_OWNER_PID, decoded.
struct WinTcpRow {
    bool ipv6 = false;
    std::string localAddress;
    uint16_t localPort = 0;
    int state = 0;
    unsigned long pid = 0; ///< 0 where Windows (or Wine) does not say
};

/// dwLocalPort holds the port in network byte order in its low 16 bits: 0x5000 is port 80.
uint16_t portFromTableDword(uint32_t dwPort);

/// dwLocalAddr is an IN_ADDR read as a little-endian DWORD: 0x0100007F is 127.0.0.1.
std::string ipv4FromTableDword(uint32_t dwAddr);

/// ucLocalAddr (16 bytes, network order) and dwLocalScopeId: "fe80::1%12" for a scoped address.
std::string ipv6FromTableBytes(const unsigned char addr[16], uint32_t scopeId);

/// Adds the rows: listeners to `sockets` (pid only, -1 when 0), established and half-open connections
/// to `activity`. Not sorted; names are filled in later.
void addWinRows(ListenTable& table, const std::vector<WinTcpRow>& rows);

/// "C:\\Windows\\System32\\svchost.exe" -> "svchost.exe".
std::string processNameFromPath(const std::string& path);

/// Names Windows gives processes that have no image file: 4 is "System" (the kernel: HTTP.sys, SMB).
/// "" for any other pid.
std::string wellKnownProcessName(long long pid);

} // namespace tcpd::platform::detail
