// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "runner/Jobs.h"

#include <QThreadPool>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace tcpd::core {

/// Shared by the owner and its jobs. Jobs post only while `owner` is set; shutDown() clears it under
/// the same lock.
struct Jobs::State {
    std::mutex mutex;
    std::condition_variable idle;
    QObject* owner = nullptr;
    int working = 0;
    std::atomic<bool> cancel{false};
};

namespace {

/// The steps wait on the network, not on the processor: a run has up to seven at once (link, ip, proxy
/// and DNS together, then port, firewall and service), and one slow step (a proxy that does not answer)
/// must not hold the others back on a machine with two cores, where Qt's default is two threads.
constexpr int kMinWorkers = 8;

void widenPool()
{
    static const bool once = [] {
        QThreadPool* pool = QThreadPool::globalInstance();
        pool->setMaxThreadCount(std::max(pool->maxThreadCount(), kMinWorkers));
        return true;
    }();
    (void)once;
}

} // namespace

Jobs::Jobs(QObject* owner)
    : m_state(std::make_shared<State>())
{
    m_state->owner = owner;
    widenPool();
}

Jobs::~Jobs()
{
    shutDown();
}

void Jobs::run(std::function<void(const Post& post)> job)
{
    {
        std::lock_guard<std::mutex> lock(m_state->mutex);
        ++m_state->working;
    }
    const std::shared_ptr<State> state = m_state;
    QThreadPool::globalInstance()->start([state, job = std::move(job)] {
        const Post post = [&state](std::function<void()> call) {
            std::lock_guard<std::mutex> lock(state->mutex);
            if (QObject* owner = state->owner) {
                QMetaObject::invokeMethod(owner, std::move(call), Qt::QueuedConnection);
            }
        };
        job(post);
        std::lock_guard<std::mutex> lock(state->mutex);
        --state->working;
        state->idle.notify_all();
    });
}

void Jobs::cancel()
{
    m_state->cancel = true;
}

void Jobs::reset()
{
    m_state->cancel = false;
}

bool Jobs::cancelled() const
{
    return m_state->cancel.load();
}

const std::atomic<bool>* Jobs::cancelFlag() const
{
    return &m_state->cancel;
}

void Jobs::shutDown()
{
    std::unique_lock<std::mutex> lock(m_state->mutex);
    m_state->owner = nullptr;
    m_state->cancel = true;
    // Every job polls the cancel flag every few ms; wait for them, but never forever.
    m_state->idle.wait_for(lock, std::chrono::seconds(2), [this] { return m_state->working == 0; });
}

} // namespace tcpd::core
