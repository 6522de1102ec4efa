// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "runner/Jobs.h"
#include "watch/Idle.h"

#include <QObject>

namespace tcpd::core {

/// runIdle on a worker thread, for the wizard: each connection's result arrives as a signal on the
/// owner's thread as it is decided; cancel() ends the run within ~50 ms. Destroying the runner cancels
/// and waits (bounded) for the worker.
class IdleRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleRunner)

public:
    explicit IdleRunner(QObject* parent = nullptr);
    ~IdleRunner() override;

    /// Ignored while a run is going on.
    void start(const Target& target, const IdleOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void periodReady(const tcpd::core::IdlePeriod& period);
    /// Everything, in the order of the periods (also after cancel()).
    void finished(const tcpd::core::IdleRun& run);

private:
    Jobs m_jobs;
    bool m_running = false;
};

} // namespace tcpd::core
