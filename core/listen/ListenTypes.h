// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The server side ("is anything listening, and where?"): the values the listen check passes around.
// Plain values, copied across threads.

#include "diagnosis/Verdict.h"
#include "platform/ListenTable.h"
#include "steps/StepResult.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tcpd::core {

/// One connection attempt from this computer to one of its own addresses.
struct ListenProbe {
    QString address;
    bool ipv6 = false;
    bool loopback = false;
    QString outcome; ///< CONTRACT.md's attempt outcome: "open", "refused", "filtered", ...
    double rttMs = -1;
    QString osError; ///< "ECONNREFUSED", ...; empty when it answered
};

/// How a listening socket's bound address relates to this computer.
enum class BindKind {
    Wildcard, ///< 0.0.0.0 or :: — every address of this computer
    Loopback, ///< 127.0.0.0/8, ::1 (also IPv4-mapped): only this computer
    Client, ///< one of the addresses clients use (this computer's main address, or --address)
    OwnOther, ///< another address of this computer
    NotOwn, ///< an address this computer does not have (any more)
};

/// The facts the verdict is judged from: what listens, what answered, which addresses clients use.
struct ListenFacts {
    quint16 port = 0;
    platform::ListenTable table;
    QList<ListenProbe> probes;
    QStringList clientAddresses; ///< the addresses clients use, as judged
    bool clientAddressesGiven = false; ///< they came from --address, not from the routing table
    /// How much the system's count of SYNs dropped for a full accept queue (Linux TcpExt ListenOverflows,
    /// every port together) rose while the check ran: its own connections to a full queue are dropped
    /// too. -1 unknown.
    long long overflowsDuring = -1;
};

/// The verdict (listen.*) and what else was found (CONTRACT.md `findings[]` shape).
struct ListenJudgement {
    Verdict verdict;
    QList<Finding> findings;
};

/// A finished listen check: the facts, the time, and the judgement (no verdict without a port).
struct ListenReport {
    ListenFacts facts;
    QDateTime startedAt;
    qint64 durationMs = 0;
    bool hasVerdict = false; ///< a port was checked (and the check was not cancelled)
    bool cancelled = false;
    ListenJudgement judgement;
};

/// What to check. port 0 lists every listening socket and judges nothing.
struct ListenOptions {
    quint16 port = 0;
    QStringList clientAddresses; ///< --address: the addresses clients use; empty: this computer's main addresses
    int probeBudgetMs = 1000; ///< for each connection attempt from here (loopback-fast unless a firewall drops)
    int maxProbes = 16; ///< own addresses tried at most (containers can give a computer hundreds)
};

// Address helpers (ListenAddress.cpp), shared by the verdict, the outputs and the GUI.

/// "fe80::1%eth0" -> "fe80::1"; IPv4-mapped "::ffff:127.0.0.1" stays as it is.
QString withoutZone(const QString& address);

/// True if both name the same address (zones ignored, IPv4-mapped IPv6 equal to its IPv4).
bool sameAddress(const QString& a, const QString& b);

/// Wildcard, loopback, one of `clientAddresses`, one of `own` addresses, or none of these.
BindKind classifyBind(const QString& address, const QStringList& clientAddresses,
                      const std::vector<platform::OwnAddress>& own);

/// "0.0.0.0" -> "0.0.0.0:22", "::1" -> "[::1]:22".
QString endpointText(const QString& address, quint16 port);

/// The addresses clients most likely use when none were given: the main addresses, else every
/// address of this computer that is neither loopback nor link-local.
QStringList defaultClientAddresses(const platform::ListenTable& table);

/// The "ipv4" / "ipv6" of CONTRACT.md.
inline QString familyName(bool ipv6)
{
    return ipv6 ? QStringLiteral("ipv6") : QStringLiteral("ipv4");
}

} // namespace tcpd::core

Q_DECLARE_METATYPE(tcpd::core::ListenReport)
