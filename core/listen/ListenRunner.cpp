// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "listen/ListenRunner.h"

#include "listen/ListenCheck.h"

namespace tcpd::core {

ListenRunner::ListenRunner(QObject* parent)
    : QObject(parent)
    , m_jobs(this)
{
    qRegisterMetaType<tcpd::core::ListenReport>();
}

ListenRunner::~ListenRunner()
{
    m_jobs.shutDown();
}

void ListenRunner::start(const ListenOptions& options)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_jobs.reset();
    const std::atomic<bool>* cancel = m_jobs.cancelFlag();
    m_jobs.run([this, options, cancel](const Jobs::Post& post) {
        const ListenReport report = runListenCheck(options, cancel);
        post([this, report] {
            m_running = false;
            emit finished(report);
        });
    });
}

void ListenRunner::cancel()
{
    m_jobs.cancel();
}

} // namespace tcpd::core
