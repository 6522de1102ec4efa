// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// What each OS backend of ProxyConfig provides; ProxyConfig.cpp bounds it in time.

#include "platform/ProxyConfig.h"

#include <string>

namespace tcpd::platform::detail {

/// The backend's own lookup: may block (a PAC download, WPAD). Runs on a thread of its own, which
/// systemProxyFor() leaves behind when it takes too long, so it must not touch anything but its arguments.
/// Linux: ProxyConfigLinux.cpp; Windows: windows/ProxyConfigWin.cpp; macOS: macos/ProxyConfigMac.cpp.
ProxyConfig lookUpProxy(const std::string& url);

/// The proxy variables of the environment for this URL's scheme, as curl reads them (lower case first,
/// HTTP_PROXY only in upper case... see ProxyConfig.cpp): the variable's name and value, or empty.
/// no_proxy / NO_PROXY are honoured: a host they list gets an empty result with `bypassed` set.
struct EnvProxy {
    std::string name;
    std::string value;
    bool bypassed = false;
};
EnvProxy environmentProxy(const std::string& url);

/// A "direct" entry: no proxy.
ProxyServer directServer();

/// Adds one reason to c.error ("first; second").
void appendError(std::string& errors, const std::string& more);

/// The last resort of the Windows and macOS backends, which ask the system first: the environment's
/// proxy variable for this URL (source "environment", detail its name; a no_proxy match gives direct), or
/// nothing at all (source "none", direct). A value that is not a proxy address is an error, not repeated
/// (it may hold a password).
void useEnvironment(ProxyConfig& c, const std::string& url);

/// A PAC file's address as it may be shown: without a user and password, should it carry them
/// ("http://alice:secret@pac.example/x.pac" -> "http://pac.example/x.pac").
std::string withoutCredentials(const std::string& url);

/// The host and the scheme of a URL ("https://h:1/" -> "h", "https"); empty when it is not one.
void splitUrl(const std::string& url, std::string& scheme, std::string& host);

} // namespace tcpd::platform::detail
