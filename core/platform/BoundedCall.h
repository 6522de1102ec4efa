// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// A call into something that may hang (a PAC download, a WPAD search, a D-Bus service), bounded in
// time and cancellable: it runs on a thread of its own; when the time is up or `cancel` is set, the
// thread is left behind (detached, never waited for) and the caller goes on. Qt-free.
//
//     bool stopped = false;
//     const std::optional<Answer> a = boundedCall<Answer>([] { return ask(); }, 3000, cancel, &stopped);
//     if (!a) ... timed out (or stopped)

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace tcpd::platform {

template <typename T, typename Fn>
std::optional<T> boundedCall(Fn fn, int timeoutMs, const std::atomic<bool>* cancel, bool* stopped = nullptr)
{
    struct Shared {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;
        std::optional<T> result;
    };
    auto shared = std::make_shared<Shared>();
    std::thread worker([shared, fn = std::move(fn)]() mutable {
        T value = fn();
        const std::lock_guard<std::mutex> lock(shared->mutex);
        shared->result = std::move(value);
        shared->finished = true;
        shared->done.notify_all();
    });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(std::max(timeoutMs, 1));
    std::unique_lock<std::mutex> lock(shared->mutex);
    while (!shared->finished) {
        const auto now = std::chrono::steady_clock::now();
        const bool stop = cancel != nullptr && cancel->load();
        if (now >= deadline || stop) {
            lock.unlock();
            worker.detach(); // whatever hangs is left behind, never waited for
            if (stopped != nullptr) {
                *stopped = stop;
            }
            return std::nullopt;
        }
        shared->done.wait_for(lock, std::min<std::chrono::steady_clock::duration>(deadline - now, std::chrono::milliseconds(20)));
    }
    std::optional<T> result = std::move(shared->result);
    lock.unlock();
    worker.join();
    return result;
}

} // namespace tcpd::platform
