// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "runner/BatchRunner.h"

namespace tcpd::core {

BatchRunner::BatchRunner(QObject* parent)
    : QObject(parent)
    , m_jobs(this)
{
}

BatchRunner::~BatchRunner()
{
    m_jobs.shutDown(); // runBatch honours the cancel flag within ~50 ms
}

bool BatchRunner::wasCancelled() const
{
    return m_jobs.cancelled();
}

void BatchRunner::start(const QList<BatchLine>& lines, const BatchOptions& options)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_jobs.reset();
    const std::atomic<bool>* cancel = m_jobs.cancelFlag();
    m_jobs.run([this, lines, options, cancel](const Jobs::Post& post) {
        const QList<Report> reports = runBatch(lines, options, cancel, [this, &post](const Report& r) {
            post([this, r] { emit reportReady(r); });
        });
        post([this, reports] {
            m_running = false;
            emit finished(reports);
        });
    });
}

void BatchRunner::cancel()
{
    m_jobs.cancel();
}

} // namespace tcpd::core
