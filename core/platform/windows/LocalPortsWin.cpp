// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// How many local ports are taken on Windows: GetTcpTable2 and GetTcp6Table2 list every TCP connection
// of the computer to any user (the table `netstat -an` prints), and summarizePortUsage() counts them.
//
// The ephemeral range: no documented call reads it. `netsh int ipv4 show dynamicport tcp` prints it (a
// process to start, its text in the system's language); Get-NetTCPSetting, the WMI class
// MSFT_NetTCPSetting (DynamicPortRangeStartPort, DynamicPortRangeNumberOfPorts), has it, but starting WMI
// takes seconds; the registry value MaxUserPort only applied before Vista; iphlpapi's
// InternalGetTcpDynamicPortRange export is undocumented (its signature known only from third-party stubs).
// So the range is the documented default since Vista, 49152-65535 (Microsoft KB 929851, "The default
// dynamic port range for TCP/IP has changed"), and rangeSource says so rather than claiming it was read.
// Under Wine the ports come from Linux (32768-60999 there), so our own connections mostly fall outside it.

#include "ListenTableWinDecode.h"
#include "WinDetail.h" // first: it sets up the Windows headers
#include "platform/LocalPorts.h"

#include <iphlpapi.h>

#include <exception>
#include <string>
#include <vector>

namespace tcpd::platform {

namespace {

constexpr int kDefaultLow = 49152; // IPPORT_DYNAMIC_MIN
constexpr int kDefaultHigh = 65535; // IPPORT_DYNAMIC_MAX

ULONG getTable4(unsigned char* buf, ULONG* size)
{
    return ::GetTcpTable2(reinterpret_cast<PMIB_TCPTABLE2>(buf), size, FALSE);
}

ULONG getTable6(unsigned char* buf, ULONG* size)
{
    return ::GetTcp6Table2(reinterpret_cast<PMIB_TCP6TABLE2>(buf), size, FALSE);
}

/// Calls `get(buffer, &size)` until the table fits: it can grow between the sizing call and the next,
/// so each retry adds room; bounded, a machine whose table keeps outgrowing us gets an error, not a loop.
ULONG fetchTable(ULONG (*get)(unsigned char*, ULONG*), std::vector<unsigned char>& buf)
{
    ULONG size = 16 * 1024;
    ULONG rc = ERROR_INSUFFICIENT_BUFFER;
    for (int attempt = 0; attempt < 5 && rc == ERROR_INSUFFICIENT_BUFFER; ++attempt) {
        buf.assign(size, 0);
        ULONG needed = size;
        rc = get(buf.data(), &needed);
        if (rc == ERROR_INSUFFICIENT_BUFFER) {
            size = (needed > size ? needed : size) + 16 * 1024;
        }
    }
    return rc;
}

std::string failure(const char* call, ULONG rc)
{
    return std::string(call) + " failed: " + std::to_string(rc) + " " + detail::systemMessage(static_cast<int>(rc));
}

bool readRows(std::vector<TcpSocketRow>& rows, std::string& error)
{
    std::vector<unsigned char> buf;
    ULONG rc = fetchTable(getTable4, buf);
    if (rc == ERROR_NO_DATA) { // no IPv4 connection at all (not documented for GetTcpTable2, but cheap to allow)
        buf.clear();
    } else if (rc != NO_ERROR) {
        error = failure("GetTcpTable2", rc);
        return false;
    }
    if (!buf.empty()) {
        const auto* t4 = reinterpret_cast<const MIB_TCPTABLE2*>(buf.data());
        for (DWORD i = 0; i < t4->dwNumEntries; ++i) {
            const MIB_TCPROW2& r = t4->table[i];
            rows.push_back(
                detail::tcpSocketRowV4(r.dwState, r.dwLocalAddr, r.dwLocalPort, r.dwRemoteAddr, r.dwRemotePort));
        }
    }

    rc = fetchTable(getTable6, buf);
    if (rc == ERROR_NOT_SUPPORTED || rc == ERROR_NO_DATA) {
        return true; // IPv6 not installed, or no IPv6 connection: the IPv4 rows are the whole count
    }
    if (rc != NO_ERROR) {
        error = failure("GetTcp6Table2", rc);
        return false;
    }
    const auto* t6 = reinterpret_cast<const MIB_TCP6TABLE2*>(buf.data());
    for (DWORD i = 0; i < t6->dwNumEntries; ++i) {
        const MIB_TCP6ROW2& r = t6->table[i];
        rows.push_back(detail::tcpSocketRowV6(static_cast<uint32_t>(r.State), r.LocalAddr.s6_addr, r.dwLocalScopeId,
                                              r.dwLocalPort, r.RemoteAddr.s6_addr, r.dwRemoteScopeId, r.dwRemotePort));
    }
    return true;
}

} // namespace

LocalPortUsage readLocalPortUsage(const std::string& targetAddress, uint16_t targetPort)
{
    LocalPortUsage u;
    try {
        std::vector<TcpSocketRow> rows;
        std::string error;
        if (readRows(rows, error)) {
            u = summarizePortUsage(rows, kDefaultLow, kDefaultHigh, targetAddress, targetPort);
        } else {
            u.error = error;
        }
    } catch (const std::exception& e) { // std::bad_alloc on a huge table: say so, never throw
        u = LocalPortUsage{};
        u.error = e.what();
    }
    u.source = "GetTcpTable2";
    u.rangeLow = kDefaultLow; // filled even when the table failed, as on the other systems
    u.rangeHigh = kDefaultHigh;
    u.rangeSource = "Windows default (netsh int ipv4 show dynamicport tcp shows the real one)";
    return u;
}

} // namespace tcpd::platform
