// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The service step's typed evidence (`data` of "service"): what happened after the handshake — a TLS
// handshake and the certificate chain, a greeting read from a service that speaks first, or the
// status line of one HEAD request. One toJson/fromJson pair; nothing else reads these keys.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tcpd::core::evidence {

/// One certificate of the chain the server sent, leaf first.
struct CertificateSeen {
    QString subject;    ///< the common name, else the whole subject
    QString issuer;     ///< the issuer's common name, else the whole issuer
    QStringList names;  ///< the names it covers (subject alternative names, else the common name)
    QDateTime notBefore; ///< UTC
    QDateTime notAfter;  ///< UTC
    bool selfSigned = false;
};

/// The second try after a stall (a TLS hello or a HEAD request that got no answer at all): the same
/// exchange on a new connection whose SYN asks the server for small segments. If that one answers, large
/// packets from the server are lost on the way (a path MTU black hole).
struct SmallSegmentsTry {
    bool tried = false;
    int mss = 0;          ///< the segment size asked for (1200)
    /// "answered" (the same exchange worked), "no_answer" (it stalled too), "not_possible" (this system
    /// does not let a program choose its segment size), "error" (the second connection failed)
    QString result;
    QString error;        ///< the system's error name ("ECONNREFUSED", "WSAENOPROTOOPT")
    qint64 elapsedMs = 0;
    QString interfaceName; ///< the interface of the route to the address ("" if unknown)
    int interfaceMtu = 0;  ///< its MTU (0 if unknown)
};

struct ServiceEvidence {
    bool ran = false;
    /// "tls", "greeting", "http"; "" when no check fits this port (data.reason "no_check").
    QString check;
    /// What came of it.
    ///   tls: "ok", "not_tls", "no_answer", "handshake_failed", "cert_expired", "cert_not_yet_valid",
    ///        "cert_untrusted", "cert_name_mismatch", "closed", "error"
    ///   greeting: "greeting", "no_greeting", "closed", "error"
    ///   http: "status", "no_answer", "closed", "not_http", "error"
    QString result;
    QString address; ///< the address the check connected to (one where the handshake completed)
    int port = 0;
    int budgetMs = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;
    QString error; ///< the TLS library's or the system's message, as it said it

    // TLS
    QString sni;              ///< the name sent and checked against the certificate ("" for an address)
    QStringList versionsTried; ///< "TLS 1.2", "TLS 1.3"
    QString protocol;         ///< the version agreed on ("TLS 1.3")
    QString cipher;
    QString alert;            ///< the alert the server sent ("protocol version", "handshake failure")
    QStringList certErrors;   ///< what verification said, one sentence each (the TLS library's words)
    QList<CertificateSeen> chain;
    QDateTime clock;          ///< this computer's clock (UTC) when the certificate was checked
    bool rootAddedHere = false; ///< the chain ends in an authority added on this computer, not shipped
    QString root;             ///< that authority's name
    bool rootShippedKnown = false; ///< the system's own list of authorities could be read
    QString rootStore;        ///< where the system keeps that authority ("CurrentUser\\Root"); "" when not said

    // greeting and HTTP
    QString greeting;   ///< the first line the service sent, escaped
    QString statusLine; ///< "HTTP/1.1 502 Bad Gateway", escaped
    int httpStatus = 0;
    QString httpServer; ///< the Server header, escaped

    /// Only when the first try stalled. When it answered, the fields above describe that second try.
    SmallSegmentsTry small;

    static ServiceEvidence fromJson(const QJsonObject& data, bool ran);
    QJsonObject toJson() const;

    /// Days until the leaf certificate expires (negative: expired); 0 without a chain.
    qint64 daysLeft() const;
};

} // namespace tcpd::core::evidence
