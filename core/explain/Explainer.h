// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tcpd::core {

/// What a pasted error message means at the TCP level: CONTRACT.md's explainer codes and the
/// `tcpdoctor-explain/1` document. The code is recognised from the catalog in
/// resources/explain/catalog.json (patterns, codes, phases, priorities); the texts are
/// translatable and follow the installed translators.
///
///     const Explanation e = explainError(u"Error: connect ECONNREFUSED 127.0.0.1:3000"_s);
///     e.code == "error.refused", e.phase == "handshake", e.matched == "ECONNREFUSED"
///     e.host == "127.0.0.1", e.port == 3000, e.target() == "127.0.0.1:3000"
///
/// A pure function of the message: no network, no clock. Thread-safe; instant (well under a
/// millisecond for an ordinary message, see bench/explain_bench.cpp).
struct Explanation {
    QString code; ///< "error.refused", ..., "error.unknown"
    QString kind; ///< which texts: "refused", "read_timeout", "dns_unavailable", "tls", "http", "auth", "unknown", ...
    QString phase; ///< "dns", "handshake", "established" or "local"; empty when nothing was recognised
    QString title;
    QString explanation; ///< what happened in the handshake, in plain language
    QStringList causes; ///< the likely causes, most likely first
    QStringList suggestedSteps; ///< checklist step ids worth running: "link", "ip", "dns", "firewall", "port"
    QString matched; ///< the part of the message that decided the code; empty when nothing did
    QString host; ///< the computer named in the message (validated), or empty: never guessed
    quint16 port = 0; ///< the port named in the message, or 0

    /// True for every code but error.unknown: a TCP connection problem was recognised.
    bool recognised() const { return code != QLatin1String("error.unknown"); }

    /// What to check with the checklist: "host:port", "[2001:db8::1]:22", "host" (no port in the
    /// message), or empty when the message names no computer.
    QString target() const;
};

/// The check that fits an explanation, decided once for the wizard and the command line.
enum class FittingCheck {
    Checklist,        ///< the checklist, for the computer the message names (if it names one)
    ChecklistWithTls, ///< the checklist with a TLS handshake at once: a certificate or TLS code, a named
                      ///< computer, and a port that speaks TLS from the start (not SMTP 25/587, IMAP 143,
                      ///< POP3 110, FTP 21, LDAP 389, MySQL 3306, PostgreSQL 5432, SQL Server 1433, XMPP 5222,
                      ///< which switch to TLS later, so that a TLS hello at once would fail for the wrong reason)
    ServerView,       ///< a port taken on this computer: who holds it ("This computer is the server", listen)
    None,             ///< a port taken while connecting to a named computer (Windows: no local port left):
                      ///< the causes say so, and no check looks at it
};
FittingCheck fittingCheck(const Explanation& e);

/// The most of a message that is read: of a longer one (a whole log piped in), its first and its last
/// kMaxExplainInput / 2 characters, since a log usually ends with the error that stopped the program.
/// This keeps even the worst case within a few milliseconds.
constexpr qsizetype kMaxExplainInput = 32000;

/// Explains one pasted message (any language the catalog knows, with log noise around it).
Explanation explainError(const QString& message);

/// CONTRACT.md's `tcpdoctor-explain/1` document, plus `causes` (an addition the contract allows).
/// `phase` is null when nothing was recognised; `host` and `port` are null when the message has none.
QJsonObject explanationToJson(const Explanation& e);

} // namespace tcpd::core
