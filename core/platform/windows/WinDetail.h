// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// Small Winsock helpers shared by the Windows connect engine and resolver (the counterpart of
// posix/SocketAddress.h and posix/PosixDetail.h). Include this before any other Windows header.

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <winsock2.h> // before windows.h
#include <ws2tcpip.h>

#include <windows.h>

#include <string>

namespace tcpd::platform::detail {

/// WSAStartup(2.2), once per process (WSACleanup is left to process exit). 0, or WSAStartup's error.
int startWinsock();

/// Numeric text -> sockaddr (AI_NUMERICHOST). An IPv6 zone may be an interface index ("fe80::1%12")
/// or an interface name ("fe80::1%Ethernet", mapped to its index). False if not numeric.
bool toSockaddr(const std::string& address, unsigned short port, sockaddr_storage& out, int& len);

/// sockaddr -> numeric text without the port ("" on failure).
std::string toNumeric(const sockaddr* sa);

/// UTF-8 -> UTF-16. `ok` is false when `utf8` is not valid UTF-8.
std::wstring toWide(const std::string& utf8, bool& ok);

/// UTF-16 -> UTF-8.
std::string toUtf8(const std::wstring& wide);

/// The system's text for a Win32/Winsock error code (FormatMessage, English where installed), trimmed;
/// "" when Windows has none.
std::string systemMessage(int code);

/// True if `address` (numeric, no zone) is one of this computer's own addresses.
bool isOwnAddress(const std::string& address);

/// The real Windows version (RtlGetVersion, not the manifest-dependent GetVersionEx). Wine reports
/// what winecfg says (Windows 7, 6.1.7601, until set otherwise).
struct WindowsVersion {
    unsigned long major = 0;
    unsigned long minor = 0;
    unsigned long build = 0;
};
WindowsVersion windowsVersion();

} // namespace tcpd::platform::detail
