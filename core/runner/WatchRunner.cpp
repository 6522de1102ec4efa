// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "runner/WatchRunner.h"

namespace tcpd::core {

WatchRunner::WatchRunner(QObject* parent)
    : QObject(parent)
    , m_jobs(this)
{
}

WatchRunner::~WatchRunner()
{
    m_jobs.shutDown(); // runWatch checks the cancel flag at least every 50 ms
}

bool WatchRunner::wasCancelled() const
{
    return m_jobs.cancelled();
}

void WatchRunner::start(const Target& target, const WatchOptions& options)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_jobs.reset();
    const std::atomic<bool>* cancel = m_jobs.cancelFlag();
    m_jobs.run([this, target, options, cancel](const Jobs::Post& post) {
        const QList<WatchAttempt> attempts = runWatch(
            target, options, [this, &post](const WatchAttempt& a) { post([this, a] { emit attemptReady(a); }); },
            cancel);
        post([this, attempts] {
            m_running = false;
            emit finished(attempts);
        });
    });
}

void WatchRunner::cancel()
{
    m_jobs.cancel();
}

} // namespace tcpd::core
