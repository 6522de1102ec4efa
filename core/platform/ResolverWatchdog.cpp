// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "ResolverWatchdog.h"

#include <chrono>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace tcpd::platform::detail {

namespace {
using Clock = std::chrono::steady_clock;

struct Shared {
    std::mutex mutex;
    std::condition_variable cv;
    bool done = false;
    SystemResolution result;
};

SystemResolution failed(SystemResolution::Status status, const char* text, double elapsedMs)
{
    SystemResolution r;
    r.status = status;
    r.errorText = text;
    r.elapsedMs = elapsedMs;
    return r;
}
} // namespace

SystemResolution resolveWithWatchdog(std::function<void(SystemResolution&)> lookup, int timeoutMs,
                                     const std::atomic<bool>* cancel)
{
    const auto start = Clock::now();
    const auto elapsed = [start] { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); };
    std::shared_ptr<Shared> shared;
    try {
        shared = std::make_shared<Shared>();
        // Detached on purpose: the lookup cannot be interrupted, and a hung resolver must not hang us.
        std::thread([shared, lookup = std::move(lookup)] {
            SystemResolution r;
            try {
                lookup(r);
            } catch (const std::exception&) {
                r = failed(SystemResolution::Status::Error, "out of memory", 0);
            }
            std::lock_guard<std::mutex> lock(shared->mutex);
            shared->result = std::move(r);
            shared->done = true;
            shared->cv.notify_all();
        }).detach();
    } catch (const std::exception&) {
        return failed(SystemResolution::Status::Error, "could not start a thread", elapsed());
    }
    std::unique_lock<std::mutex> lock(shared->mutex);
    const auto deadline = start + std::chrono::milliseconds(timeoutMs);
    while (!shared->done) {
        if (cancel != nullptr && cancel->load()) {
            return failed(SystemResolution::Status::Cancelled, "cancelled", elapsed());
        }
        if (Clock::now() >= deadline) {
            return failed(SystemResolution::Status::Timeout, "the system resolver did not answer in time", timeoutMs);
        }
        shared->cv.wait_for(lock, std::chrono::milliseconds(20));
    }
    SystemResolution r = shared->result;
    r.elapsedMs = elapsed();
    return r;
}

} // namespace tcpd::platform::detail
