// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Windows listen table, as `netstat -abno` / Get-NetTCPConnection build it: GetExtendedTcpTable
// (TCP_TABLE_OWNER_PID_ALL, IPv4 and IPv6) gives every connection with its owning pid, to any user. The
// program behind a pid comes from QueryFullProcessImageNameW, which a standard user is refused for
// other users' and the system's processes (the pid stays known, the name not). The services running in
// each process come from the service control manager (EnumServicesStatusExW), which any user may ask.
// Under Wine 8 every pid reads 0 (see WINDOWS.md): those owners stay unknown.

#include "ListenTableWinDecode.h"
#include "WinDetail.h" // first: it sets up the Windows headers
#include "platform/ListenTable.h"

#include <iphlpapi.h>
#include <winsvc.h>

#include <map>
#include <vector>

namespace tcpd::platform {

namespace {

/// GetExtendedTcpTable for one family, grown until it fits (the table can change between calls).
bool fetchTable(ULONG family, std::vector<unsigned char>& buf, DWORD& rc)
{
    DWORD size = 0;
    rc = ::GetExtendedTcpTable(nullptr, &size, FALSE, family, TCP_TABLE_OWNER_PID_ALL, 0);
    for (int attempt = 0; attempt < 4 && rc == ERROR_INSUFFICIENT_BUFFER; ++attempt) {
        size += 16 * 1024;
        buf.assign(size, 0);
        rc = ::GetExtendedTcpTable(buf.data(), &size, FALSE, family, TCP_TABLE_OWNER_PID_ALL, 0);
    }
    return rc == NO_ERROR && !buf.empty();
}

std::vector<detail::WinTcpRow> readRows(bool& ok, std::string& error)
{
    std::vector<detail::WinTcpRow> rows;
    std::vector<unsigned char> buf;
    DWORD rc = 0;
    ok = fetchTable(AF_INET, buf, rc);
    if (!ok) {
        error = "GetExtendedTcpTable (IPv4) failed: " + std::to_string(rc) + " "
            + detail::systemMessage(static_cast<int>(rc));
        return rows;
    }
    const auto* t4 = reinterpret_cast<const MIB_TCPTABLE_OWNER_PID*>(buf.data());
    for (DWORD i = 0; i < t4->dwNumEntries; ++i) {
        const MIB_TCPROW_OWNER_PID& r = t4->table[i];
        detail::WinTcpRow row;
        row.localAddress = detail::ipv4FromTableDword(r.dwLocalAddr);
        row.localPort = detail::portFromTableDword(r.dwLocalPort);
        row.state = static_cast<int>(r.dwState);
        row.pid = r.dwOwningPid;
        rows.push_back(row);
    }
    if (fetchTable(AF_INET6, buf, rc)) { // fails when IPv6 is not installed: IPv4 alone is fine
        const auto* t6 = reinterpret_cast<const MIB_TCP6TABLE_OWNER_PID*>(buf.data());
        for (DWORD i = 0; i < t6->dwNumEntries; ++i) {
            const MIB_TCP6ROW_OWNER_PID& r = t6->table[i];
            detail::WinTcpRow row;
            row.ipv6 = true;
            row.localAddress = detail::ipv6FromTableBytes(r.ucLocalAddr, r.dwLocalScopeId);
            row.localPort = detail::portFromTableDword(r.dwLocalPort);
            row.state = static_cast<int>(r.dwState);
            row.pid = r.dwOwningPid;
            rows.push_back(row);
        }
    }
    return rows;
}

/// The image path of a process; "" when Windows refuses (another user's or a protected process).
std::string imagePath(long long pid)
{
    HANDLE h = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (h == nullptr) {
        return {};
    }
    std::wstring path(32768, L'\0');
    DWORD len = static_cast<DWORD>(path.size());
    std::string out;
    if (::QueryFullProcessImageNameW(h, 0, path.data(), &len) != 0) {
        path.resize(len);
        out = detail::toUtf8(path);
    }
    ::CloseHandle(h);
    return out;
}

/// pid -> the names of the services running in it. Any user may enumerate services.
std::map<long long, std::vector<std::string>> servicesByPid(bool& checked, std::string& note)
{
    std::map<long long, std::vector<std::string>> out;
    SC_HANDLE scm = ::OpenSCManagerW(nullptr, nullptr, SC_MANAGER_ENUMERATE_SERVICE);
    if (scm == nullptr) {
        note = detail::systemMessage(static_cast<int>(::GetLastError()));
        return out;
    }
    std::vector<unsigned char> buf(64 * 1024);
    DWORD resume = 0;
    for (int round = 0; round < 32; ++round) { // bounded: a few hundred services per round
        DWORD needed = 0;
        DWORD count = 0;
        const BOOL done = ::EnumServicesStatusExW(scm, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_ACTIVE, buf.data(),
                                                  static_cast<DWORD>(buf.size()), &needed, &count, &resume, nullptr);
        const DWORD err = done ? ERROR_SUCCESS : ::GetLastError();
        if (!done && err != ERROR_MORE_DATA) {
            note = detail::systemMessage(static_cast<int>(err));
            break;
        }
        const auto* entries = reinterpret_cast<const ENUM_SERVICE_STATUS_PROCESSW*>(buf.data());
        for (DWORD i = 0; i < count; ++i) {
            const DWORD pid = entries[i].ServiceStatusProcess.dwProcessId;
            if (pid != 0 && entries[i].lpServiceName != nullptr) {
                out[pid].push_back(detail::toUtf8(entries[i].lpServiceName));
            }
        }
        if (done) {
            checked = true;
            break;
        }
        if (needed > buf.size()) {
            buf.assign(needed, 0);
        }
    }
    ::CloseServiceHandle(scm);
    return out;
}

bool isElevated()
{
    HANDLE token = nullptr;
    if (::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token) == 0) {
        return false;
    }
    TOKEN_ELEVATION elevation{};
    DWORD len = 0;
    const bool elevated = ::GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &len) != 0
        && elevation.TokenIsElevated != 0;
    ::CloseHandle(token);
    return elevated;
}

std::vector<OwnAddress> ownAddresses()
{
    std::vector<OwnAddress> out;
    const ULONG flags = GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST | GAA_FLAG_SKIP_DNS_SERVER;
    ULONG size = 16 * 1024;
    std::vector<unsigned char> buf;
    ULONG rc = ERROR_BUFFER_OVERFLOW;
    for (int attempt = 0; attempt < 3 && rc == ERROR_BUFFER_OVERFLOW; ++attempt) {
        buf.assign(size, 0);
        rc = ::GetAdaptersAddresses(AF_UNSPEC, flags, nullptr, reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buf.data()),
                                    &size);
    }
    if (rc != NO_ERROR) {
        return out;
    }
    for (auto* a = reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buf.data()); a != nullptr; a = a->Next) {
        if (a->OperStatus != IfOperStatusUp) {
            continue;
        }
        for (IP_ADAPTER_UNICAST_ADDRESS* u = a->FirstUnicastAddress; u != nullptr; u = u->Next) {
            const sockaddr* sa = u->Address.lpSockaddr;
            OwnAddress o;
            o.address = detail::toNumeric(sa);
            if (o.address.empty()) {
                continue;
            }
            o.ipv6 = sa->sa_family == AF_INET6;
            o.interfaceName = a->FriendlyName != nullptr ? detail::toUtf8(a->FriendlyName) : std::string();
            if (o.ipv6) {
                const auto* b = reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr.s6_addr;
                o.linkLocal = b[0] == 0xfe && (b[1] & 0xc0) == 0x80;
                o.loopback = o.address == "::1";
            } else {
                const auto* b
                    = reinterpret_cast<const unsigned char*>(&reinterpret_cast<const sockaddr_in*>(sa)->sin_addr);
                o.linkLocal = b[0] == 169 && b[1] == 254;
                o.loopback = b[0] == 127;
            }
            o.loopback = o.loopback || a->IfType == IF_TYPE_SOFTWARE_LOOPBACK;
            out.push_back(o);
        }
    }
    return out;
}

/// The source address Windows picks for each default route (a UDP connect sends nothing).
std::vector<std::string> mainAddresses()
{
    std::vector<std::string> out;
    for (const char* probe : {"198.51.100.1", "2001:db8::1"}) {
        sockaddr_storage dst{};
        int len = 0;
        if (!detail::toSockaddr(probe, 9, dst, len)) {
            continue;
        }
        SOCKET s = ::socket(dst.ss_family, SOCK_DGRAM, IPPROTO_UDP);
        if (s == INVALID_SOCKET) {
            continue;
        }
        sockaddr_storage src{};
        int srcLen = sizeof src;
        if (::connect(s, reinterpret_cast<const sockaddr*>(&dst), len) == 0
            && ::getsockname(s, reinterpret_cast<sockaddr*>(&src), &srcLen) == 0) {
            const std::string a = detail::toNumeric(reinterpret_cast<const sockaddr*>(&src));
            if (!a.empty() && a != "0.0.0.0" && a != "::") {
                out.push_back(a);
            }
        }
        ::closesocket(s);
    }
    return out;
}

} // namespace

ListenCounters readListenCounters()
{
    return {}; // this system keeps no count of dropped connection requests that a program may read
}

ListenTable readListenTable()
{
    ListenTable table;
    table.os = "windows";
    if (detail::startWinsock() != 0) {
        table.error = "WSAStartup failed";
        return table;
    }
    table.privileged = isElevated();
    const std::vector<detail::WinTcpRow> rows = readRows(table.ok, table.error);
    detail::addWinRows(table, rows);

    const auto services = servicesByPid(table.servicesChecked, table.servicesNote);
    std::map<long long, std::string> paths;
    for (ListenSocket& s : table.sockets) {
        if (s.pid < 0) {
            ++table.ownersUnknown;
            continue;
        }
        if (paths.count(s.pid) == 0) {
            paths[s.pid] = imagePath(s.pid);
        }
        s.path = paths[s.pid];
        s.process = s.path.empty() ? detail::wellKnownProcessName(s.pid) : detail::processNameFromPath(s.path);
        const auto it = services.find(s.pid);
        if (it != services.end()) {
            s.services = it->second;
        }
        if (s.process.empty()) { // the pid is known, but Windows would not name the program to this user
            ++table.ownersUnknown;
        }
    }
    table.ownAddresses = ownAddresses();
    table.mainAddresses = mainAddresses();
    sortTable(table);
    return table;
}

} // namespace tcpd::platform
