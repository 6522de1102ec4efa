// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// "The connection dies after a pause" (10053/10054 after lunch): CONTRACT.md `idle`. One connection per
// idle period, all opened at once; each stays silent for its period, then sends one byte, and the
// system's TCP statistics tell whether it still lived (platform/IdleProbe.h). The summary names the
// longest silence that was survived and the shortest that was not.
//
//     IdleOptions o;  o.periodsS = {2, 4, 20};
//     const IdleRun run = runIdle(target, o, [](const IdlePeriod& p) { print(p); }, cancel);
//     const IdleSummary s = summarizeIdle(u"app.corp.test:5432"_s, run);   // pure: unit-tested
//
// Verdicts: path.idle_timeout (something on the way forgot the silent connection: the byte after the
// period got a reset or no acknowledgement), idle.server_closes (the server closed it with FIN while it
// was idle: its own timeout), idle.ok (all lived), idle.unknown (nothing came back and this system does
// not tell whether the byte arrived), idle.no_connection (no connection could be opened at all).

#include "diagnosis/Verdict.h"
#include "target/Target.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace tcpd::core {

/// The idle periods the contract tries by default: 15, 30, 60, 120, 240, 480 s, those up to `maxIdleS`,
/// and `maxIdleS` itself (so the longest silence asked for is always tried). 1 <= maxIdleS <= 86400.
QList<int> defaultIdlePeriods(int maxIdleS = 300);

/// "2,4,20" -> {2, 4, 20}: whole seconds 1..86400, at most 12, sorted, each once. Empty and a one-line
/// reason in `error` for anything else.
QList<int> parseIdlePeriods(const QString& text, QString* error);

struct IdleOptions {
    QList<int> periodsS = defaultIdlePeriods();
    int connectBudgetMs = 4000; ///< to open each connection
    int answerBudgetMs = 3000;  ///< after the byte, for its acknowledgement
};

/// One connection, idle for `idleS` (CONTRACT.md `periods[]`).
struct IdlePeriod {
    int idleS = 0;
    QString result;          ///< alive | reset | silent | closed | unknown | not_connected | cancelled
    int localPort = 0;       ///< this computer's port, 0 unknown
    double connectMs = -1;   ///< handshake time, -1 none
    double ackMs = -1;       ///< from the byte to its acknowledgement (or answer), -1 none
    double diedAfterS = -1;  ///< closed or reset while idle: after how many seconds, -1 otherwise
    int retransmits = -1;    ///< segments sent again (TCP statistics), -1 unknown
    bool ackKnown = false;   ///< the system tells whether sent data was acknowledged
    QString osError;         ///< "ECONNREFUSED", "timed out", ...

    bool lived() const { return result == u"alive"; }
    /// reset, silent or closed: the connection did not survive its period.
    bool died() const;
    QJsonObject toJson() const;
};

/// What runIdle did: the address used (or why there was none) and one entry per period, in order.
struct IdleRun {
    QString address;      ///< the numeric address connected to
    QString resolveError; ///< the name did not resolve: the resolver's words (address empty)
    QList<IdlePeriod> periods;
    bool cancelled = false;
};

/// Resolves the name once, then runs the periods at once (platform::probeIdle), calling `onPeriod` as
/// each is decided. Blocking (max period + budgets): for a worker thread or the command line.
IdleRun runIdle(const Target& target, const IdleOptions& options,
                const std::function<void(const IdlePeriod&)>& onPeriod, const std::atomic<bool>* cancel = nullptr);

enum class IdleWording { CommandLine, Window };

struct IdleSummary {
    QString target;
    QString address;
    QList<IdlePeriod> periods;
    int lastAliveS = -1;  ///< the longest period that lived, below firstDeadS; -1 none
    int firstDeadS = -1;  ///< the shortest period that died; -1 none
    int keepaliveS = -1;  ///< path.idle_timeout: the keepalive interval the next steps suggest
    bool cancelled = false;
    Verdict verdict;

    QJsonObject toJson() const; ///< tcpdoctor-idle/1
};

/// The verdict and the numbers, in the user's language. Pure.
IdleSummary summarizeIdle(const QString& target, const IdleRun& run, IdleWording wording = IdleWording::CommandLine);

/// CONTRACT.md: 0 for idle.ok, 1 otherwise.
int idleExitCode(const IdleSummary& summary);

/// A result in a few plain words ("still worked", "forgotten on the way: no answer", ...).
QString idleResultWords(const QString& result);

/// One period as a line for a person: "after  20 s idle  from port 40112  forgotten on the way: ...".
QString idlePeriodLine(const IdlePeriod& p);

/// "20 s", "2 min", "1 min 30 s", "2 h": a period for a person.
QString idleDurationText(int seconds);

} // namespace tcpd::core
