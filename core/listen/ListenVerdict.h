// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The verdict of the server side, as a pure function of the facts (no OS calls, no clock), so every
// rule is unit-tested without a network:
//
//     ListenFacts f;  f.port = 5432;  f.table = ...;  f.probes = ...;  f.clientAddresses = {"192.0.2.2"};
//     const ListenJudgement j = judgeListen(f);   // j.verdict.code == "listen.loopback_only", ...
//
// The rules, first match wins:
//   listen.backlog_full   something listens where clients connect, but its accept queue is full (or our own
//                         connection got no answer while the system counted SYNs dropped for a full queue)
//   listen.ok             something listens on PORT on every address (0.0.0.0, ::) or on an address clients
//                         use; or, where the OS hides the table, a connection from here to such an address
//                         was accepted
//   listen.other_address  PORT listens only on specific addresses, none of which clients use
//   listen.loopback_only  PORT listens only on 127.0.0.1 / ::1 (or only loopback accepted a connection)
//   listen.none           nothing listens on PORT

#include "listen/ListenTypes.h"

namespace tcpd::core {

ListenJudgement judgeListen(const ListenFacts& facts);

/// What the table itself tells about `port` (0: every port): hidden owners, an incomplete table, a read error.
QList<Finding> tableFindings(const platform::ListenTable& table, quint16 port);

/// The listening sockets on `port`, in table order.
QList<platform::ListenSocket> listenersOn(const platform::ListenTable& table, quint16 port);

/// Listening sockets on other ports "near" `port`, which a service that moved may use: within 10 of it,
/// the same last three digits (80 and 8080), or a usual alternative (22 and 2222, 443 and 4443). Closest
/// first, at most `max`.
QList<platform::ListenSocket> nearbyListeners(const platform::ListenTable& table, quint16 port, int max = 8);

/// Who owns a socket, in words: "sshd (pid 812)", "pid 4 (System)", "an unknown program of user postgres".
QString ownerText(const platform::ListenSocket& s);

/// How the bound address reads: "every IPv4 address of this computer", "only this computer (loopback)", ...
QString bindKindText(BindKind kind, const QString& address);

// Per-OS advice (ListenHints.cpp). `os` is "linux", "windows" or "macos" (ListenTable::os).

/// The command that shows the same list: ss / Get-NetTCPConnection / lsof, for `port`.
QString listCommand(const QString& os, quint16 port);

/// How to look at the service behind `port`: systemd, Windows Services, launchd. `owner` is the listening
/// socket when there is one (its systemd unit, Windows services or pid make the advice exact), else null.
QString serviceHint(const QString& os, quint16 port, const platform::ListenSocket* owner);

/// True when a connection attempt reached a listening program: the handshake completed ("open"), even if
/// the program closed or reset the connection at once.
bool probeAccepted(const ListenProbe& p);

/// How to see the process names: sudo / "Run as administrator".
QString elevateHint(const QString& os, quint16 port);

/// How to look at the inbound firewall, which tcpdoctor does not check yet.
QString firewallHint(const QString& os, quint16 port);

} // namespace tcpd::core
