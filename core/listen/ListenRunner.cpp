// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "listen/ListenRunner.h"

#include "listen/ListenCheck.h"

#include <QThreadPool>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace tcpd::core {

/// Shared with the worker: it posts its result only while `owner` is alive (cleared under the lock).
struct ListenRunner::Shared {
    std::mutex mutex;
    std::condition_variable idle;
    ListenRunner* owner = nullptr;
    bool working = false;
    std::atomic<bool> cancel{false};
};

ListenRunner::ListenRunner(QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<tcpd::core::ListenReport>();
    m_shared->owner = this;
}

ListenRunner::~ListenRunner()
{
    std::unique_lock<std::mutex> lock(m_shared->mutex);
    m_shared->owner = nullptr;
    m_shared->cancel = true;
    m_shared->idle.wait_for(lock, std::chrono::seconds(2), [this] { return !m_shared->working; });
}

void ListenRunner::start(const ListenOptions& options)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_shared->cancel = false;
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->working = true;
    }
    std::shared_ptr<Shared> shared = m_shared;
    QThreadPool::globalInstance()->start([shared, options] {
        const ListenReport report = runListenCheck(options, &shared->cancel);
        std::lock_guard<std::mutex> lock(shared->mutex);
        if (ListenRunner* owner = shared->owner) {
            QMetaObject::invokeMethod(
                owner,
                [owner, report] {
                    owner->m_running = false;
                    emit owner->finished(report);
                },
                Qt::QueuedConnection);
        }
        shared->working = false;
        shared->idle.notify_all();
    });
}

void ListenRunner::cancel()
{
    m_shared->cancel = true;
}

} // namespace tcpd::core
