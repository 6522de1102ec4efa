// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "platform/Resolver.h"
#include "platform/ResolverWatchdog.h"
#include "SocketAddress.h"

#include <netdb.h>

namespace tcpd::platform {

namespace {

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
    return detail::resolveWithWatchdog([host, family](SystemResolution& r) { runGetaddrinfo(host, family, r); }, timeoutMs,
                                       cancel);
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
