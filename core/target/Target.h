// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QString>

#include <optional>

namespace tcpd::core {

/// What the person wants to reach, parsed once from what they pasted.
///
///     auto parsed = parseTarget(u"https://example.com/x"_s);
///     if (!parsed.ok()) show(parsed.error);   // one translated sentence
///     parsed.target->host == "example.com", parsed.target->port == 443
struct Target {
    QString input;       ///< exactly what was given
    QString host;        ///< ASCII name (IDN converted to punycode) or numeric address without brackets
    QString displayHost; ///< the name as people read it (Unicode)
    quint16 port = 0;
    QString service;     ///< "https", "ssh"... where known, else empty
    QString scheme;      ///< the URL's scheme ("https", "http"), lower case; empty when not a URL
    bool isAddress = false;
    bool isIPv6 = false;
};

struct TargetParse {
    std::optional<Target> target;
    QString error; ///< one sentence a home user understands; empty when target is set
    bool ok() const { return target.has_value(); }
};

/// Parses `host:port`, `host port`, URLs (port from the scheme), IPv4, `[IPv6]:port` with a zone,
/// bare IPv6 (with `portOverride`), IDN names and service names for the port. `portOverride` is
/// the value of --port (or the wizard's port box), as text: a number or a service name.
TargetParse parseTarget(const QString& input, const QString& portOverride = QString());

/// "example.com:443", "[2001:db8::1]:443": the target as people write it, ready to be parsed again.
QString hostPortText(const Target& target);

/// Parses a port given as a number or a service name. On failure returns 0 and sets *error.
quint16 parsePort(const QString& text, QString* error, QString* serviceName = nullptr);

} // namespace tcpd::core
