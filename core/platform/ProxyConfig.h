// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The proxy settings as programs on this computer see them, for one address. Qt-free.
//
//     const ProxyConfig c = systemProxyFor("https://app.example.com:8443/", 3000, &cancel);
//     for (const ProxyServer& p : c.proxies) if (p.scheme != "direct") ...

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace tcpd::platform {

/// One way out, as a proxy setting or a PAC file names it.
struct ProxyServer {
    std::string scheme; ///< "direct", "http", "https", "socks5", "socks4"
    std::string host;   ///< a name or an address (IPv6 without brackets); empty for "direct"
    uint16_t port = 0;  ///< 0 for "direct"
    /// From the setting itself (http://user:password@host:port). Used to sign in, exactly as programs that
    /// follow the setting do; never shown, logged or reported.
    std::string user;
    std::string password;
};

struct ProxyConfig {
    /// In the order programs try them. Empty, or only "direct": no proxy for this address.
    std::vector<ProxyServer> proxies;
    /// Where the setting came from:
    ///   "environment" (http_proxy, https_proxy, all_proxy...), "desktop" (GNOME/KDE settings, Windows
    ///   Internet Options, macOS network settings), "pac" (a PAC file), "wpad" (automatic detection),
    ///   "system" (another system-wide file), "none" (nothing is set).
    std::string source;
    /// The exact place, when known: the variable's name ("https_proxy"), the PAC file's address, "Internet
    /// Options", "GNOME settings". Never contains a password.
    std::string detail;
    std::string backend; ///< what read it: "libproxy", "winhttp", "cfnetwork"
    std::string error;   ///< why the settings could not be read completely ("" when they could)
    bool timedOut = false; ///< the lookup (a PAC file or automatic detection) took longer than allowed
};

/// The proxies a program that follows this computer's settings uses for `url` ("https://host:port/" or
/// "http://host:port/"). Linux: libproxy (environment, GNOME/KDE settings, PAC files, WPAD); Windows:
/// WinHTTP (Internet Options, automatic detection, PAC) and then the environment; macOS: CFNetwork's system
/// settings and their PAC file. Blocking, but returns within timeoutMs (a PAC download or a WPAD search that
/// takes longer is left behind and reported as timedOut) and soon after *cancel becomes true.
ProxyConfig systemProxyFor(const std::string& url, int timeoutMs, const std::atomic<bool>* cancel);

/// Reads one proxy as settings write it: "http://user:pass@proxy:3128", "socks5://[2001:db8::1]:1080",
/// "proxy.example:8080" (http), "direct://", and PAC words ("PROXY host:port", "SOCKS5 host:port",
/// "DIRECT"). Default ports: http 80 (PAC: 80), https 443, socks 1080. Percent-escapes in the user and
/// password are decoded. False for anything else (out is left unchanged).
bool parseProxyUrl(const std::string& text, ProxyServer& out);

/// The proxy as it may be shown: "http://proxy.example:3128" — never the user or the password.
std::string displayUrl(const ProxyServer& p);

} // namespace tcpd::platform
