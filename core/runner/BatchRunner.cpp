// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "runner/BatchRunner.h"

#include <QElapsedTimer>
#include <QThreadPool>

#include <condition_variable>
#include <mutex>

namespace tcpd::core {

/// What the worker and the owner share. The worker posts to `owner` under `mutex`; the owner's
/// destructor clears `owner` under the same mutex, so nothing is posted to a dead object.
struct BatchRunner::Shared {
    std::mutex mutex;
    std::condition_variable done;
    BatchRunner* owner = nullptr;
    bool working = false;
    std::atomic<bool> cancel{false};
};

BatchRunner::BatchRunner(QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
}

BatchRunner::~BatchRunner()
{
    m_shared->cancel = true;
    std::unique_lock<std::mutex> lock(m_shared->mutex);
    m_shared->owner = nullptr;
    // runBatch honours the cancel flag within ~50 ms; never wait forever.
    m_shared->done.wait_for(lock, std::chrono::seconds(2), [this] { return !m_shared->working; });
}

bool BatchRunner::wasCancelled() const
{
    return m_shared->cancel.load();
}

void BatchRunner::start(const QList<BatchLine>& lines, const BatchOptions& options)
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
    const std::shared_ptr<Shared> shared = m_shared;
    QThreadPool::globalInstance()->start([shared, lines, options] {
        const QList<Report> reports = runBatch(lines, options, &shared->cancel, [&shared](const Report& r) {
            std::lock_guard<std::mutex> lock(shared->mutex);
            if (BatchRunner* owner = shared->owner) {
                QMetaObject::invokeMethod(owner, [owner, r] { emit owner->reportReady(r); }, Qt::QueuedConnection);
            }
        });
        std::lock_guard<std::mutex> lock(shared->mutex);
        if (BatchRunner* owner = shared->owner) {
            QMetaObject::invokeMethod(
                owner,
                [owner, reports] {
                    owner->m_running = false;
                    emit owner->finished(reports);
                },
                Qt::QueuedConnection);
        }
        shared->working = false;
        shared->done.notify_all();
    });
}

void BatchRunner::cancel()
{
    m_shared->cancel = true;
}

} // namespace tcpd::core
