// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The server-side check behind `tcpdoctor listen [PORT]` and the wizard's server page: read what listens,
// connect to PORT on each of this computer's own addresses, judge (ListenVerdict.h), and write the result
// as CONTRACT.md's `tcpdoctor-listen/1` JSON or as text.
//
//     ListenOptions o;  o.port = 22;
//     const ListenReport r = runListenCheck(o, &cancel);   // blocking: call it on a worker thread
//     print(listenToText(r));  return listenExitCode(r);

#include "listen/ListenTypes.h"

#include <QJsonObject>

#include <atomic>

namespace tcpd::core {

/// Blocking (file reads and connection attempts to this computer's own addresses, about a second at
/// most): meant for a worker thread or the command line. Returns early with `cancelled` set when
/// *cancel becomes true. Never throws.
ListenReport runListenCheck(const ListenOptions& options, const std::atomic<bool>* cancel = nullptr);

/// CONTRACT.md's exit code: 0 for listen.ok (and for a plain list that could be read), 1 for the other
/// listen verdicts, 3 when the table could not be read at all and there is no verdict.
int listenExitCode(const ListenReport& report);

/// `tcpdoctor-listen/1`: {"schema", "port", "verdict", "sockets"} and the fields tcpdoctor adds
/// (docs/listen.md). Without a port: "port" and "verdict" are null and "sockets" lists every listener.
QJsonObject listenToJson(const ListenReport& report);

/// Readable text for a terminal: the verdict, the sockets as a table, the connection tests, findings.
QString listenToText(const ListenReport& report);

/// One socket as a row of texts, shared by the text table and the wizard's table:
/// address, port, family, pid, process, user, services/path.
QStringList socketRow(const platform::ListenSocket& s);

/// The column titles of socketRow().
QStringList socketColumns();

} // namespace tcpd::core
