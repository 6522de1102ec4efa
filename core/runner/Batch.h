// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Report.h"
#include "steps/Steps.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace tcpd::core {

/// One line of a target list: what was written, and the target or why it is not one.
struct BatchLine {
    int lineNumber = 0;
    QString input;
    TargetParse parsed;
    bool deferred = false; ///< not parsed yet: runBatch parses it (with BatchOptions::portOverride) when its turn comes
};

/// Reads a target list: one target a line, `#` starts a comment, blank lines are skipped.
/// `portOverride` applies to lines without a port (like --port).
QList<BatchLine> parseTargetList(const QString& text, const QString& portOverride = QString());

/// The same lines as parseTargetList(), not parsed yet (`deferred`): a long list then costs only its
/// text until each line's turn comes.
QList<BatchLine> splitTargetList(const QString& text);

struct BatchOptions {
    StepOptions step;
    QString portOverride;      ///< for deferred lines without a port (like --port)
    int maxInFlight = 256;     ///< targets checked at the same time (each holds its lookup and a few sockets)
    int resolverThreads = 32;  ///< name lookups at the same time
    int reorderWindow = 0;     ///< lines started ahead of the first unreported one; 0: 2048 (about 25 MB of reports)
};

/// How many targets can be checked at once within this process's open-file limit (the soft limit is
/// raised to the hard one first, where the system allows).
struct BatchCapacity {
    int targets = 0;      ///< 0: not even one target fits: the limit is too low to work
    int filesAllowed = 0; ///< the open-file limit (-1 where the system has none)
    int filesNeeded = 0;  ///< the least limit that lets one target be checked
};
BatchCapacity batchCapacity(const BatchOptions& options);

/// Checks many targets at once: the name lookup and the port test only (the other steps describe
/// this computer and are the same for every target: they appear as skipped with that reason).
/// Blocking: run it on a worker or in the CLI. A fixed number of targets is in flight (a window,
/// not batches: a slow target never holds up the others), sized by batchCapacity(). `onReport` is
/// called from the calling thread for each target, in input order, as soon as it and every line
/// before it are judged; at most `reorderWindow` finished reports wait for their turn, so memory
/// stays bounded however long the list is. When *cancel is set (honoured within ~50 ms), no new
/// target starts; the ones in flight end as stopped and are reported; the rest are not.
/// Returns how many lines were reported.
int streamBatch(const QList<BatchLine>& lines, const BatchOptions& options, const std::atomic<bool>* cancel,
                const std::function<void(const Report&)>& onReport);

/// streamBatch() that also returns every report, in input order (for short lists: the wizard's page).
QList<Report> runBatch(const QList<BatchLine>& lines, const BatchOptions& options, const std::atomic<bool>* cancel,
                       const std::function<void(const Report&)>& onReport = {});

} // namespace tcpd::core
