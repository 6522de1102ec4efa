// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace tcpd::core {

/// The one way core runs work off the GUI thread. Runner (one target), BatchRunner (a list) and
/// ListenRunner (the server side) each own a Jobs: blocking work runs on the global thread pool and
/// hands its results back with `post`, which queues a call on the owner's thread — and drops it once
/// the owner is gone, so nothing reaches a dead object. One cancel flag for all of an owner's jobs.
///
///     const std::atomic<bool>* cancel = m_jobs.cancelFlag(); // never touch `this` on the worker
///     m_jobs.run([this, target, cancel](const Jobs::Post& post) {
///         const StepResult r = runLinkStep(target, {}, cancel);
///         post([this, r] { deliver(r); });        // runs on the owner's thread, if it still exists
///     });
///
/// The owner calls shutDown() in its destructor: cancel, forget the owner, wait (at most 2 s) for jobs.
class Jobs final
{
    Q_DISABLE_COPY_MOVE(Jobs)

public:
    using Post = std::function<void(std::function<void()>)>;

    explicit Jobs(QObject* owner);
    ~Jobs();

    void run(std::function<void(const Post& post)> job);
    void cancel();
    void reset(); ///< clears the cancel flag for the next run
    bool cancelled() const;
    /// The flag every job polls; valid while any job runs (it lives in state the jobs share).
    const std::atomic<bool>* cancelFlag() const;
    void shutDown();

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace tcpd::core
