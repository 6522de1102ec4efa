// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
//
// Linux: libproxy answers which proxy a program that follows the settings uses (the environment,
// GNOME or KDE settings, a PAC file, WPAD), exactly as GNOME's and KDE's own programs and Qt do. libproxy
// does not say where its answer came from, so the source is told from the same signals libproxy itself
// goes by: a GNOME or KDE session's settings come first, then the environment.

#include "platform/ProxyConfigDetail.h"

#include <proxy.h>

#include <cstdlib>
#include <cstring>

namespace tcpd::platform::detail {

namespace {

bool envIs(const char* name, std::initializer_list<const char*> values)
{
    const char* v = std::getenv(name);
    if (v == nullptr) {
        return false;
    }
    for (const char* want : values) {
        if (std::strcmp(v, want) == 0) {
            return true;
        }
    }
    return false;
}

/// libproxy 0.4's session tests: its GNOME module runs in a GNOME session, its KDE module in a KDE one.
std::string desktopSettings()
{
    if (std::getenv("GNOME_DESKTOP_SESSION_ID") != nullptr || envIs("DESKTOP_SESSION", {"gnome", "gnome-wayland", "ubuntu", "ubuntu-wayland"})) {
        return "GNOME settings";
    }
    if (envIs("KDE_FULL_SESSION", {"true"})) {
        return "KDE settings";
    }
    return {};
}

/// One factory for the whole process, never freed. libproxy reads the environment again on every call
/// and its GNOME module follows the settings as they change; but freeing a factory unloads its PAC
/// runner (JavaScriptCore), whose per-thread data is then destroyed at thread exit by code that is no
/// longer there (a crash seen with libproxy 0.4.18). Calls on one factory are serialised by libproxy.
pxProxyFactory* factory()
{
    static pxProxyFactory* const instance = px_proxy_factory_new();
    return instance;
}

} // namespace

ProxyConfig lookUpProxy(const std::string& url)
{
    ProxyConfig c;
    c.backend = "libproxy";
    pxProxyFactory* const f = factory();
    if (f == nullptr) {
        c.error = "libproxy could not start";
        return c;
    }
    char** proxies = px_proxy_factory_get_proxies(f, url.c_str());
    bool unreadable = false;
    for (int i = 0; proxies != nullptr && proxies[i] != nullptr && i < 16; ++i) {
        ProxyServer p;
        if (parseProxyUrl(proxies[i], p)) {
            c.proxies.push_back(p);
        } else {
            unreadable = true; // "ftp://...", a PAC word libproxy passed on as it was
        }
    }
    px_proxy_factory_free_proxies(proxies);
    if (unreadable) {
        c.error = "libproxy named a kind of proxy that cannot be tested";
    }

    bool viaProxy = false;
    for (const ProxyServer& p : c.proxies) {
        viaProxy = viaProxy || p.scheme != "direct";
    }
    const std::string desktop = desktopSettings();
    const EnvProxy env = environmentProxy(url);
    if (!desktop.empty()) {
        c.source = "desktop";
        c.detail = desktop;
    } else if (!env.name.empty()) {
        const bool pac = env.value.rfind("pac+", 0) == 0;
        c.source = pac ? "pac" : "environment";
        c.detail = pac ? withoutCredentials(env.value.substr(4)) : env.name; // a password is never shown
        if (env.bypassed && !viaProxy) {
            c.detail = env.name + ", no_proxy";
        }
    } else if (viaProxy) {
        c.source = "system"; // /etc/sysconfig/proxy and the like
    } else {
        c.source = "none";
    }
    if (c.proxies.empty()) {
        c.proxies.push_back(directServer());
    }
    return c;
}

} // namespace tcpd::platform::detail
