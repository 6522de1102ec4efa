// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The pure half of the Windows listen table: decoding GetExtendedTcpTable's rows (addresses and ports
// in network byte order inside DWORDs), their states, and process names. Plain C++17 without
// windows.h, so it builds and is unit-tested on every OS (ListenWinDecodeTest.cpp). The local-port
// count (LocalPortsWin.cpp, GetTcpTable2) decodes its rows here too (LocalPortsWinDecodeTest.cpp).

#include "platform/ListenTable.h"
#include "platform/LocalPorts.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tcpd::platform::detail {

/// MIB_TCP_STATE values (tcpmib.h).
namespace mib {
constexpr int kClosed = 1; // MIB_TCP_STATE_CLOSED
constexpr int kListen = 2; // MIB_TCP_STATE_LISTEN
constexpr int kSynSent = 3; // MIB_TCP_STATE_SYN_SENT
constexpr int kSynRcvd = 4; // MIB_TCP_STATE_SYN_RCVD
constexpr int kEstab = 5; // MIB_TCP_STATE_ESTAB
constexpr int kFinWait1 = 6; // MIB_TCP_STATE_FIN_WAIT1
constexpr int kFinWait2 = 7; // MIB_TCP_STATE_FIN_WAIT2
constexpr int kCloseWait = 8; // MIB_TCP_STATE_CLOSE_WAIT
constexpr int kClosing = 9; // MIB_TCP_STATE_CLOSING
constexpr int kLastAck = 10; // MIB_TCP_STATE_LAST_ACK
constexpr int kTimeWait = 11; // MIB_TCP_STATE_TIME_WAIT
constexpr int kDeleteTcb = 12; // MIB_TCP_STATE_DELETE_TCB
} // namespace mib

/// A MIB_TCP_STATE as the contract names TCP states (the names `ss` and Linux use): "established",
/// "time_wait", ... DELETE_TCB (a connection being torn down) is "close". "" for a value Windows does
/// not define (summarizePortUsage() counts it as "unknown").
std::string tcpStateName(int mibState);

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

/// One MIB_TCPROW2 (GetTcpTable2), its DWORDs as Windows hands them back, as the local-port count needs it.
TcpSocketRow tcpSocketRowV4(uint32_t state, uint32_t localAddr, uint32_t localPort, uint32_t remoteAddr,
                            uint32_t remotePort);

/// One MIB_TCP6ROW2 (GetTcp6Table2): addresses as 16 network-order bytes with their scope ids.
TcpSocketRow tcpSocketRowV6(uint32_t state, const unsigned char localAddr[16], uint32_t localScopeId,
                            uint32_t localPort, const unsigned char remoteAddr[16], uint32_t remoteScopeId,
                            uint32_t remotePort);

/// Adds the rows: listeners to `sockets` (pid only, -1 when 0), established and half-open connections
/// to `activity`. Not sorted; names are filled in later.
void addWinRows(ListenTable& table, const std::vector<WinTcpRow>& rows);

/// "C:\\Windows\\System32\\svchost.exe" -> "svchost.exe".
std::string processNameFromPath(const std::string& path);

/// Names Windows gives processes that have no image file: 4 is "System" (the kernel: HTTP.sys, SMB).
/// "" for any other pid.
std::string wellKnownProcessName(long long pid);

} // namespace tcpd::platform::detail
