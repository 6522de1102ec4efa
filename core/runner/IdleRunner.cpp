// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "runner/IdleRunner.h"

namespace tcpd::core {

IdleRunner::IdleRunner(QObject* parent)
    : QObject(parent)
    , m_jobs(this)
{
}

IdleRunner::~IdleRunner()
{
    m_jobs.shutDown(); // probeIdle checks the cancel flag every 20 ms
}

void IdleRunner::start(const Target& target, const IdleOptions& options)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_jobs.reset();
    const std::atomic<bool>* cancel = m_jobs.cancelFlag();
    m_jobs.run([this, target, options, cancel](const Jobs::Post& post) {
        const IdleRun run = runIdle(
            target, options, [this, &post](const IdlePeriod& p) { post([this, p] { emit periodReady(p); }); },
            cancel);
        post([this, run] {
            m_running = false;
            emit finished(run);
        });
    });
}

void IdleRunner::cancel()
{
    m_jobs.cancel();
}

} // namespace tcpd::core
