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
};

/// Reads a target list: one target a line, `#` starts a comment, blank lines are skipped.
/// `portOverride` applies to lines without a port (like --port).
QList<BatchLine> parseTargetList(const QString& text, const QString& portOverride = QString());

struct BatchOptions {
    StepOptions step;
    int maxInFlight = 1000;  ///< addresses tried at the same time (each may hold a few sockets)
    int resolverThreads = 32; ///< name lookups at the same time
};

/// Checks many targets at once: the name lookup and the port test only (the other steps describe
/// this computer and are the same for every target: they appear as skipped with that reason).
/// Blocking: run it on a worker or in the CLI. Calls `onReport` for each target as it is judged
/// (from the calling thread), and returns every report in input order. Bounded: at most
/// maxInFlight addresses are probed at once; *cancel is honoured within ~50 ms.
QList<Report> runBatch(const QList<BatchLine>& lines, const BatchOptions& options, const std::atomic<bool>* cancel,
                       const std::function<void(const Report&)>& onReport = {});

} // namespace tcpd::core
