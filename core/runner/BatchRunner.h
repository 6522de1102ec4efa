// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "runner/Batch.h"
#include "runner/Jobs.h"

#include <QObject>

namespace tcpd::core {

/// A list of targets checked off the calling thread: runBatch() as a job of its own (Jobs), with the
/// same shape as Runner (start, cancel, signals). Each report arrives as soon as its target is judged
/// (reportReady, in the order they are judged), then finished() with every report in list order.
/// Pages own no threads: they start this and receive its signals on their own thread.
///
///     BatchRunner runner;
///     connect(&runner, &BatchRunner::reportReady, this, [](const Report& r) { addRow(r); });
///     runner.start(parseTargetList(text), {});
///
/// Destroying a running BatchRunner cancels it and waits (bounded, ~2 s) for its worker.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    explicit BatchRunner(QObject* parent = nullptr);
    ~BatchRunner() override;

    void start(const QList<BatchLine>& lines, const BatchOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }
    /// The run was cancelled (the flag of the current or last run).
    bool wasCancelled() const;

signals:
    void reportReady(const tcpd::core::Report& report);
    void finished(const QList<tcpd::core::Report>& reports);

private:
    Jobs m_jobs;
    bool m_running = false;
};

} // namespace tcpd::core
