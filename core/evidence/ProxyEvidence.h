// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The proxy step's typed evidence (`data` of "proxy"): the proxy settings as programs see them for this
// target, the tunnel tried through that proxy, and the sign-in page check. One toJson/fromJson pair;
// nothing else reads these keys. Never holds a proxy's user name or password.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tcpd::core::evidence {

struct ProxySettingsSeen {
    /// "environment", "desktop", "pac", "wpad", "system", "none", "argument" (--proxy); "" not looked at
    QString source;
    QString detail;      ///< "https_proxy", "GNOME settings", "Internet Options", a PAC file's address
    QString backend;     ///< "libproxy", "winhttp", "cfnetwork"
    QString error;       ///< why the settings could not be read completely
    bool timedOut = false;
    QStringList proxies; ///< in order, as shown ("http://proxy.example:3128", "direct://"), never a password
    bool credentials = false; ///< the setting carries a user name and password (used, not shown)
};

/// What the proxy did with `CONNECT host:port` (HTTP) or a SOCKS CONNECT.
struct TunnelTry {
    /// "open" (200 / SOCKS succeeded), "auth_required" (407 / SOCKS wants a sign-in), "denied" (403 and the
    /// other refusals / SOCKS not allowed), "target_failed" (502, 503, 504 / SOCKS could not reach the
    /// target), "no_answer" (the proxy took the connection but said nothing in time), "unreachable" (the
    /// proxy's port did not take the connection), "name_not_found" (its name does not resolve),
    /// "not_proxy" (it answered, but not as a proxy), "not_supported" (a kind of proxy this version cannot
    /// test), "error"; "" not tried
    QString result;
    QString proxy;      ///< the proxy tried, as shown
    QString kind;       ///< "http", "socks5"
    QString address;    ///< the proxy's address the connection went to
    QString connectError; ///< the system's words when the proxy's port did not take the connection
    int status = 0;     ///< the HTTP status (200, 407...) or 0
    QString statusLine; ///< as the proxy wrote it, escaped and bounded
    QString proxyAgent; ///< the Proxy-Agent header, escaped
    QString server;     ///< the Server header, escaped
    int socksReply = -1; ///< the SOCKS5 reply code (0 succeeded, 2 not allowed, 5 refused...), -1 none
    qint64 connectMs = -1; ///< until the proxy's port took the connection
    qint64 elapsedMs = 0;
    int budgetMs = 0;
};

/// The sign-in page check: one plain HTTP request to an address that answers 204 when the way out is free.
struct PortalCheck {
    QString url;
    /// "argument" (--portal-url, the settings), "networkmanager", "windows", "default"
    QString source;
    /// "free" (the expected answer), "portal" (a redirect, a 511 or a page instead), "unexpected" (another
    /// status: it proves nothing either way), "no_answer", "error", "skipped" (--no-portal-check)
    QString result;
    int status = 0;
    QString statusLine;
    QString location;   ///< a redirect's Location, escaped
    QString portalHost; ///< who holds the way out: the redirect's host, else the address that answered
    QString title;      ///< the page's <title>, escaped
    QString address;    ///< the address the request went to
    QString error;
    qint64 elapsedMs = 0;
    /// The system's own opinion (NetworkManager's connectivity state over D-Bus), a second opinion:
    /// source "networkmanager" or empty (not asked); state "full", "portal", "limited", "none",
    /// "unknown", or empty with `systemError` saying why it could not be read.
    QString systemSource;
    QString systemState;
    QString systemError;
};

struct ProxyEvidence {
    bool ran = false;
    bool given = false;   ///< --proxy: this proxy was tested instead of the system's settings
    bool ignored = false; ///< --no-proxy
    ProxySettingsSeen settings;
    TunnelTry tunnel;
    PortalCheck portal;
    bool cancelled = false;

    bool proxyUsed() const { return !tunnel.result.isEmpty() && tunnel.result != u"not_supported"; }
    bool tunnelOpen() const { return tunnel.result == u"open"; }
    bool portalFound() const { return portal.result == u"portal"; }

    static ProxyEvidence fromJson(const QJsonObject& data, bool ran);
    QJsonObject toJson() const;
};

} // namespace tcpd::core::evidence
