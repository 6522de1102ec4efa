// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "runner/Jobs.h"
#include "watch/Watch.h"

#include <QList>
#include <QObject>

namespace tcpd::core {

/// runWatch on a worker thread, for the wizard: each attempt arrives as a signal on the owner's thread
/// while the next one waits its interval; cancel() ends it within ~50 ms (the attempt in flight is
/// closed, not reported). Destroying the runner cancels and waits (bounded) for the worker.
class WatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchRunner)

public:
    explicit WatchRunner(QObject* parent = nullptr);
    ~WatchRunner() override;

    /// Ignored while a watch runs.
    void start(const Target& target, const WatchOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const;

signals:
    void attemptReady(const tcpd::core::WatchAttempt& attempt);
    /// Every attempt made, in order (also after cancel()).
    void finished(const QList<tcpd::core::WatchAttempt>& attempts);

private:
    Jobs m_jobs;
    bool m_running = false;
};

} // namespace tcpd::core
