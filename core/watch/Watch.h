// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// "It works sometimes": the same connection, again and again (CONTRACT.md `watch`). Each attempt
// resolves the name anew (so DNS load balancing shows), opens one connection the way a program would
// (one socket, the system's own SYN retransmissions, no extra tries) and closes it; the summary has the
// statistics tcping and psping users ask for and a verdict.
//
//     WatchOptions o;  o.count = 20;
//     const QList<WatchAttempt> seen = runWatch(target, o, [](const WatchAttempt& a) { print(a); }, cancel);
//     const WatchSummary s = summarizeWatch(target, seen);   // pure: unit-tested without a network
//
// Verdicts: watch.stable (every attempt worked, none took 1 s or more), watch.slow (every attempt worked,
// some took about 1 s or 3 s: SYNs that had to be sent again, so packets are lost), watch.intermittent
// (some failed), watch.down (none worked).

#include "diagnosis/Verdict.h"
#include "target/Target.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace tcpd::core {

struct WatchOptions {
    int count = 20;          ///< attempts (ignored when durationS > 0)
    int intervalMs = 1000;   ///< from the start of one attempt to the start of the next
    int durationS = 0;       ///< > 0: attempts for this many seconds instead of `count`
    bool untilOpen = false;  ///< stop at the first success
    int budgetMs = 4000;     ///< one attempt's time for the handshake: room for SYNs sent again at 1 s and 3 s
};

struct WatchAttempt {
    int seq = 0;            ///< 1, 2, ...
    QDateTime at;           ///< when it started (UTC)
    QString address;        ///< the address tried; empty when the name did not resolve
    int localPort = 0;      ///< this computer's port for it, 0 unknown
    QString outcome;        ///< the port test's outcomes, plus "dns_failed"
    double rttMs = -1;      ///< the handshake time, -1 without a handshake
    QString osError;        ///< "ECONNREFUSED", the resolver's text, ...
    qint64 offsetMs = 0;    ///< since the first attempt started

    bool succeeded() const;
    QJsonObject toJson() const; ///< tcpdoctor-watch-attempt/1
};

struct WatchSummary {
    QString target;         ///< as given
    int attempts = 0;
    int succeeded = 0;
    double successRate = 0; ///< 0..1
    double rttMin = -1, rttP50 = -1, rttP95 = -1, rttMax = -1; ///< of the handshakes that worked, -1 none
    double jitterMs = -1;   ///< mean difference between consecutive handshake times, -1 under two
    qint64 longestOutageMs = 0; ///< from the first failure of a run to the next success (or the last attempt)
    QStringList addressesSeen;  ///< in the order first seen
    QList<QPair<QString, int>> failuresByOutcome; ///< most first
    int slowHandshakes = 0; ///< handshakes of 900 ms or more: a SYN or SYN-ACK was sent again
    bool untilOpen = false;
    bool cancelled = false;
    Verdict verdict;

    QJsonObject toJson() const; ///< tcpdoctor-watch/1
};

/// Runs the attempts one after the other, `intervalMs` apart (never overlapping), calling `onAttempt` after
/// each. Stops early on `cancel` (checked at least every 50 ms) or, with untilOpen, at the first success.
/// Blocking: meant for a worker thread or the command line.
QList<WatchAttempt> runWatch(const Target& target, const WatchOptions& options,
                             const std::function<void(const WatchAttempt&)>& onAttempt,
                             const std::atomic<bool>* cancel = nullptr);

/// Where the verdict's next steps are read: the command line names options (--until-open), the
/// wizard names its own controls.
enum class WatchWording { CommandLine, Window };

/// The statistics and the verdict, in the user's language. Pure.
WatchSummary summarizeWatch(const QString& target, const QList<WatchAttempt>& attempts, bool untilOpen = false,
                            bool cancelled = false, WatchWording wording = WatchWording::CommandLine);

/// An outcome in a few plain words ("refused (RST)", "no answer", "name not found", ...).
QString watchOutcomeWords(const QString& outcome);

/// The attempts as CSV for a spreadsheet: seq, time (UTC, ISO 8601), address, local port, outcome,
/// handshake ms (empty without one), OS error. Lines end in CRLF.
QString watchToCsv(const QList<WatchAttempt>& attempts);
/// What `tcpdoctor watch --json` prints: one tcpdoctor-watch-attempt/1 object a line, then the summary.
QByteArray watchToJsonLines(const QList<WatchAttempt>& attempts, const WatchSummary& summary);
/// Saves as CSV (.csv) or JSON Lines (.jsonl, .json), atomically; false and a one-line reason otherwise.
bool writeWatchFile(const QList<WatchAttempt>& attempts, const WatchSummary& summary, const QString& path,
                    QString* error);

/// A watch saved as JSON Lines (by the wizard or `tcpdoctor watch --json`), read back.
struct WatchFile {
    QList<WatchAttempt> attempts;
    QString target;  ///< from the summary line, if there is one
    bool untilOpen = false;
    QString error;   ///< one line for a person when nothing could be read
};
/// Reads the attempt lines (and the target from the summary line); lines of other kinds are skipped.
/// At most 100000 attempts; bad JSON gives an error, never a crash.
WatchFile readWatchJsonLines(const QByteArray& bytes);

/// CONTRACT.md: 0 for watch.stable (with --until-open: a success), 1 otherwise, 3 when stopped.
int watchExitCode(const WatchSummary& summary);

/// One attempt as a line for a person: "  3  12:00:03  203.0.113.2  port 40112  open  12.5 ms".
QString watchAttemptLine(const WatchAttempt& a);

} // namespace tcpd::core
