// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The system resolver on Windows: GetAddrInfoW (what an ordinary Windows application gets, hosts file and
// DNS client cache included) on a helper thread with a watchdog, like posix/ResolverPosix.cpp.

#include "WinDetail.h" // first: it sets up the Windows headers
#include "WsaErrors.h"
#include "platform/Resolver.h"
#include "platform/ResolverWatchdog.h"


namespace tcpd::platform {

namespace {


void fail(SystemResolution& r, int code, const std::string& text)
{
    r.status = detail::resolverStatus(code);
    if (r.status == SystemResolution::Status::Ok) {
        r.status = SystemResolution::Status::Error;
    }
    r.gaiError = code;
    r.errorText = text;
}

void runGetAddrInfo(const std::string& host, Family family, SystemResolution& r)
{
    const int started = detail::startWinsock();
    if (started != 0) {
        fail(r, started, "Winsock could not be started: " + detail::systemMessage(started));
        return;
    }
    bool valid = false;
    const std::wstring wideHost = detail::toWide(host, valid);
    if (!valid) { // resolveSystem() checked this already; kept so this function is safe on its own
        fail(r, detail::wsa::kInvalid, "the host name is empty or not valid UTF-8");
        return;
    }
    ADDRINFOW hints{};
    hints.ai_family = family == Family::IPv4 ? AF_INET : family == Family::IPv6 ? AF_INET6 : AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    // No AI_ADDRCONFIG, unlike POSIX: on Windows it ignores loopback addresses, so on a computer without a
    // network (the very case we diagnose) even "localhost" and hosts-file names would fail. Windows' DNS
    // client already skips AAAA queries when the computer has no global IPv6 address.
    hints.ai_flags = 0;
    ADDRINFOW* res = nullptr;
    const int rc = ::GetAddrInfoW(wideHost.c_str(), nullptr, &hints, &res);
    r.gaiError = rc;
    if (rc != 0) {
        r.status = detail::resolverStatus(rc);
        r.errorText = detail::systemMessage(rc);
        if (r.errorText.empty()) {
            r.errorText = detail::wsaErrorName(rc);
        }
        return;
    }
    for (ADDRINFOW* a = res; a != nullptr; a = a->ai_next) {
        const std::string text = detail::toNumeric(a->ai_addr);
        bool seen = false;
        for (const auto& s : r.addresses) {
            seen = seen || s == text;
        }
        if (!text.empty() && !seen) {
            r.addresses.push_back(text);
        }
    }
    ::FreeAddrInfoW(res);
    r.status = r.addresses.empty() ? SystemResolution::Status::NoData : SystemResolution::Status::Ok;
}

} // namespace

SystemResolution resolveSystem(const std::string& host, Family family, int timeoutMs, const std::atomic<bool>* cancel)
{
    // A name Windows cannot even be asked about fails here, at once: no thread, no Winsock, no watchdog
    // (under load, starting those can take longer than the timeout, and "" must never become "timed out").
    bool valid = false;
    (void)detail::toWide(host, valid);
    if (!valid || host.empty() || host.find('\0') != std::string::npos) {
        SystemResolution r;
        fail(r, detail::wsa::kInvalid, "the host name is empty or not valid UTF-8");
        return r;
    }
    return detail::resolveWithWatchdog([host, family](SystemResolution& r) { runGetAddrInfo(host, family, r); }, timeoutMs,
                                       cancel);
}

bool isNumericAddress(const std::string& text, bool* isV6)
{
    sockaddr_storage ss{};
    int len = 0;
    if (!detail::toSockaddr(text, 0, ss, len)) {
        return false;
    }
    if (isV6 != nullptr) {
        *isV6 = ss.ss_family == AF_INET6;
    }
    return true;
}

} // namespace tcpd::platform
