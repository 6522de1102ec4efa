// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "listen/ListenTypes.h"
#include "runner/Jobs.h"

#include <QObject>

#include <memory>

namespace tcpd::core {

/// Runs the listen check (runListenCheck) on a worker thread of the global QThreadPool and reports back
/// on the thread that owns it, like Runner does for the checklist. Never blocks the caller.
///
///     ListenRunner runner;
///     connect(&runner, &ListenRunner::finished, this, [](const ListenReport& r) { ... });
///     runner.start(options);
///
/// Destroying a running ListenRunner cancels it and waits (bounded) for its worker; no result arrives then.
class ListenRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListenRunner)

public:
    explicit ListenRunner(QObject* parent = nullptr);
    ~ListenRunner() override;

    /// Starts a check; ignored while one runs.
    void start(const ListenOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(const tcpd::core::ListenReport& report);

private:
    Jobs m_jobs;
    bool m_running = false;
};

} // namespace tcpd::core
