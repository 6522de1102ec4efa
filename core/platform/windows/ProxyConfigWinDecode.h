// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The pure string logic of the Windows proxy lookup (ProxyConfigWin.cpp): Internet Options' proxy list
// and bypass list, and the names of WinHTTP's auto-proxy errors. No windows.h, so the tests feed it any
// text without touching the registry (tests/windows/WinProxyConfigTest.cpp).

#include "platform/ProxyConfig.h"

#include <string>
#include <vector>

namespace tcpd::platform::detail {

/// The proxies a WinINet/WinHTTP proxy list gives a URL of `urlScheme` ("http", "https"), in order.
/// The list is Internet Options' "ProxyServer" (or what WinHttpGetProxyForUrl returns): entries separated
/// by ';' or white space, each "host:port", "scheme://host:port", "DIRECT", or per scheme
/// "http=host:port", "https=host:port", "socks=host:port". An entry for the URL's own scheme wins; else
/// the socks= entries (SOCKS4: that is what Internet Options' "Socks" box means to the programs that read
/// it); else the entries without a scheme. "http=" and "https=" name HTTP proxies (an https URL goes
/// through them with CONNECT). Entries that do not parse are left out; empty: no proxy for this scheme.
std::vector<ProxyServer> proxiesFromWinList(const std::string& list, const std::string& urlScheme);

/// True if Internet Options' bypass list ("ProxyOverride") names `host`: entries separated by ';' (or
/// ',' or white space), compared without regard to case, '*' matching any run of characters
/// ("*.example.com", "10.*"), "<local>" matching any name without a dot. An IPv6 host is compared
/// without brackets, on either side.
bool winBypassMatches(const std::string& bypassList, const std::string& host);

/// A short English name for a WinHTTP auto-proxy error ("ERROR_WINHTTP_AUTODETECTION_FAILED"), or
/// nullptr for a code this does not know.
const char* winHttpErrorName(unsigned long code);

} // namespace tcpd::platform::detail
