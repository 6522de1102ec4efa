// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "WinDetail.h"

#include <iphlpapi.h>

#include <cstdlib>
#include <cstring>
#include <vector>

namespace tcpd::platform::detail {

namespace {

bool parseNumeric(const std::string& address, unsigned short port, sockaddr_storage& out, int& len)
{
    // No brackets: Windows' parser takes "[::1]", POSIX's does not, and Endpoint addresses are bare.
    if (address.empty() || address.find_first_of(std::string("[]\0", 3)) != std::string::npos) {
        return false;
    }
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
    addrinfo* res = nullptr;
    const std::string service = std::to_string(port);
    if (::getaddrinfo(address.c_str(), service.c_str(), &hints, &res) != 0 || res == nullptr) {
        return false;
    }
    bool ok = false;
    if (res->ai_addrlen <= sizeof out) {
        std::memset(&out, 0, sizeof out);
        std::memcpy(&out, res->ai_addr, res->ai_addrlen);
        len = static_cast<int>(res->ai_addrlen);
        ok = true;
    }
    ::freeaddrinfo(res);
    return ok;
}

/// The interface index for a zone given by name: the alias ipconfig shows ("Ethernet", "Wi-Fi"), or the
/// NDIS name ("ethernet_32768"). 0 when there is no such interface.
unsigned long interfaceIndexForName(const std::string& name)
{
    NET_LUID luid{};
    bool ok = false;
    const std::wstring wide = toWide(name, ok);
    bool found = ok && ::ConvertInterfaceAliasToLuid(wide.c_str(), &luid) == NO_ERROR;
    if (!found) {
        found = ::ConvertInterfaceNameToLuidA(name.c_str(), &luid) == NO_ERROR;
    }
    NET_IFINDEX index = 0;
    if (!found || ::ConvertInterfaceLuidToIndex(&luid, &index) != NO_ERROR) {
        return 0;
    }
    return index;
}

} // namespace

int startWinsock()
{
    static const int rc = [] {
        WSADATA data{};
        return ::WSAStartup(MAKEWORD(2, 2), &data);
    }();
    return rc;
}

bool toSockaddr(const std::string& address, unsigned short port, sockaddr_storage& out, int& len)
{
    if (startWinsock() != 0) {
        return false;
    }
    if (parseNumeric(address, port, out, len)) {
        return true;
    }
    // Windows' parser takes only an interface index as the zone, and not everywhere: parse the address
    // without it and set the scope ourselves, mapping a zone name to its interface index.
    const std::size_t pct = address.find('%');
    if (pct == std::string::npos || pct + 1 >= address.size() || address.find(':') > pct) {
        return false;
    }
    const std::string zone = address.substr(pct + 1);
    unsigned long index = 0;
    if (zone.find_first_not_of("0123456789") == std::string::npos) {
        index = zone.size() <= 9 ? std::strtoul(zone.c_str(), nullptr, 10) : 0;
    } else {
        index = interfaceIndexForName(zone);
    }
    if (index == 0 || !parseNumeric(address.substr(0, pct), port, out, len) || out.ss_family != AF_INET6) {
        return false;
    }
    reinterpret_cast<sockaddr_in6*>(&out)->sin6_scope_id = index;
    return true;
}

std::string toNumeric(const sockaddr* sa)
{
    if (sa == nullptr || (sa->sa_family != AF_INET && sa->sa_family != AF_INET6)) {
        return {};
    }
    char host[NI_MAXHOST] = {};
    const int len = sa->sa_family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
    if (::getnameinfo(sa, len, host, sizeof host, nullptr, 0, NI_NUMERICHOST) != 0) {
        return {};
    }
    return host;
}

std::wstring toWide(const std::string& utf8, bool& ok)
{
    ok = true;
    if (utf8.empty()) {
        return {};
    }
    const int n
        = ::MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    if (n <= 0) {
        ok = false;
        return {};
    }
    std::wstring wide(static_cast<std::size_t>(n), L'\0');
    ::MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, utf8.data(), static_cast<int>(utf8.size()), wide.data(), n);
    return wide;
}

std::string toUtf8(const std::wstring& wide)
{
    if (wide.empty()) {
        return {};
    }
    const int n
        = ::WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), nullptr, 0, nullptr, nullptr);
    if (n <= 0) {
        return {};
    }
    std::string utf8(static_cast<std::size_t>(n), '\0');
    ::WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), utf8.data(), n, nullptr, nullptr);
    return utf8;
}

std::string systemMessage(int code)
{
    const DWORD flags = FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS | FORMAT_MESSAGE_MAX_WIDTH_MASK;
    wchar_t buf[512] = {};
    DWORD n = ::FormatMessageW(flags, nullptr, static_cast<DWORD>(code), MAKELANGID(LANG_ENGLISH, SUBLANG_ENGLISH_US),
                               buf, static_cast<DWORD>(sizeof buf / sizeof buf[0]), nullptr);
    if (n == 0) {
        n = ::FormatMessageW(flags, nullptr, static_cast<DWORD>(code), 0, buf,
                             static_cast<DWORD>(sizeof buf / sizeof buf[0]), nullptr);
    }
    std::wstring text(buf, n);
    while (!text.empty() && (text.back() == L' ' || text.back() == L'\r' || text.back() == L'\n')) {
        text.pop_back();
    }
    return toUtf8(text);
}

bool isOwnAddress(const std::string& address)
{
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
        return false;
    }
    for (auto* a = reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buf.data()); a != nullptr; a = a->Next) {
        for (IP_ADAPTER_UNICAST_ADDRESS* u = a->FirstUnicastAddress; u != nullptr; u = u->Next) {
            std::string own = toNumeric(u->Address.lpSockaddr);
            const std::size_t pct = own.find('%');
            if (pct != std::string::npos) {
                own.resize(pct);
            }
            if (!own.empty() && own == address) {
                return true;
            }
        }
    }
    return false;
}

WindowsVersion windowsVersion()
{
    static const WindowsVersion version = [] {
        WindowsVersion v;
        using RtlGetVersionFn = LONG(WINAPI*)(OSVERSIONINFOW*);
        const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
        const FARPROC proc = ntdll != nullptr ? ::GetProcAddress(ntdll, "RtlGetVersion") : nullptr;
        if (proc != nullptr) {
            // Through a generic function pointer: FARPROC and the real signature differ on purpose.
            const auto fn = reinterpret_cast<RtlGetVersionFn>(reinterpret_cast<void (*)()>(proc));
            OSVERSIONINFOW info{};
            info.dwOSVersionInfoSize = sizeof info;
            if (fn(&info) == 0) {
                v.major = info.dwMajorVersion;
                v.minor = info.dwMinorVersion;
                v.build = info.dwBuildNumber;
            }
        }
        return v;
    }();
    return version;
}

} // namespace tcpd::platform::detail
