// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QString>

namespace tcpd::core {

/// The computer and port an error message names, to pre-fill the checklist's target.
struct ExtractedTarget {
    QString host; ///< a name or an address without brackets; empty when the message names none
    quint16 port = 0;
};

/// Finds the target in a message prepared by prepareMessage() (its `text`): `127.0.0.1:3000`,
/// `[::1]:5000`, `port 22`, `host 'db.example.com'`, URLs (the port from the scheme), Go's
/// `dial tcp 192.0.2.1:443` and `lookup NAME on DNS-SERVER` (the name, not the DNS server), Java's
/// `localhost/127.0.0.1:8080` (the name), ssh/curl/nc's `HOST port N`, PostgreSQL's and MySQL's
/// wording, the JDBC drivers' (`address=(host=db)(port=3306)`, `the host db, port 1433`, DB2's
/// `on port 50,000`), and more. Shapes that name a specific role (who failed) are tried before the generic
/// `host:port`. Every host is checked with parseTarget(); source files with a line number
/// (`net.js:1141`), times of day, and the unspecified addresses 0.0.0.0 and :: are never taken.
/// Nothing is ever guessed: no host in the message, no host in the result.
ExtractedTarget extractTarget(const QString& text);

/// The port a program on this computer wanted, from a message about its own end ("address already in
/// use"): `:::3000`, `0.0.0.0:80`, `listen tcp :8080`, `127.0.0.1:5000`, `Port 8080 was already in use`.
/// 0 when the message names none.
quint16 extractLocalPort(const QString& text);

} // namespace tcpd::core
