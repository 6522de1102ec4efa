// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "platform/Resolver.h"
#include "SocketAddress.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <netdb.h>
#include <thread>

namespace tcpd::platform {

namespace {

using Clock = std::chrono::steady_clock;

struct Shared {
    std::mutex mutex;
    std::condition_variable cv;
    bool done = false;
    SystemResolution result;
};

void runGetaddrinfo(const std::string& host, Family family, SystemResolution& r)
{
    addrinfo hints{};
    hints.ai_family = family == Family::IPv4 ? AF_INET : family == Family::IPv6 ? AF_INET6 : AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_ADDRCONFIG;
    addrinfo* res = nullptr;
    const int rc = getaddrinfo(host.c_str(), nullptr, &hints, &res);
    r.gaiError = rc;
    if (rc != 0) {
        r.errorText = gai_strerror(rc);
        switch (rc) {
        case EAI_NONAME: r.status = SystemResolution::Status::NoSuchName; break;
#ifdef EAI_NODATA
        case EAI_NODATA: r.status = SystemResolution::Status::NoData; break;
#endif
#ifdef EAI_ADDRFAMILY
        case EAI_ADDRFAMILY: r.status = SystemResolution::Status::NoData; break;
#endif
        case EAI_AGAIN: r.status = SystemResolution::Status::TryAgain; break;
        default: r.status = SystemResolution::Status::Error; break;
        }
        return;
    }
    for (addrinfo* a = res; a != nullptr; a = a->ai_next) {
        const std::string text = detail::toNumeric(a->ai_addr);
        bool seen = false;
        for (const auto& s : r.addresses) {
            seen = seen || s == text;
        }
        if (!text.empty() && !seen) {
            r.addresses.push_back(text);
        }
    }
    freeaddrinfo(res);
    r.status = r.addresses.empty() ? SystemResolution::Status::NoData : SystemResolution::Status::Ok;
}

} // namespace

SystemResolution resolveSystem(const std::string& host, Family family, int timeoutMs, const std::atomic<bool>* cancel)
{
    const auto start = Clock::now();
    auto shared = std::make_shared<Shared>();
    try {
        // Detached on purpose: getaddrinfo cannot be interrupted, and a hung resolver must not hang us.
        std::thread([shared, host, family] {
            SystemResolution r;
            runGetaddrinfo(host, family, r);
            std::lock_guard<std::mutex> lock(shared->mutex);
            shared->result = std::move(r);
            shared->done = true;
            shared->cv.notify_all();
        }).detach();
    } catch (const std::system_error&) {
        SystemResolution r;
        r.status = SystemResolution::Status::Error;
        r.errorText = "could not start a thread";
        return r;
    }
    std::unique_lock<std::mutex> lock(shared->mutex);
    const auto deadline = start + std::chrono::milliseconds(timeoutMs);
    while (!shared->done) {
        if (cancel != nullptr && cancel->load()) {
            SystemResolution r;
            r.status = SystemResolution::Status::Cancelled;
            r.elapsedMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            return r;
        }
        if (Clock::now() >= deadline) {
            SystemResolution r;
            r.status = SystemResolution::Status::Timeout;
            r.errorText = "the system resolver did not answer in time";
            r.elapsedMs = timeoutMs;
            return r;
        }
        shared->cv.wait_for(lock, std::chrono::milliseconds(20));
    }
    SystemResolution r = shared->result;
    r.elapsedMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    return r;
}

bool isNumericAddress(const std::string& text, bool* isV6)
{
    sockaddr_storage ss{};
    socklen_t len = 0;
    if (!detail::toSockaddr(text, 0, ss, len)) {
        return false;
    }
    if (isV6 != nullptr) {
        *isV6 = ss.ss_family == AF_INET6;
    }
    return true;
}

} // namespace tcpd::platform
