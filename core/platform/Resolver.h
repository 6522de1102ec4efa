// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <atomic>
#include <string>
#include <vector>

namespace tcpd::platform {

/// What the system resolver (getaddrinfo) answered: what an ordinary application would get.
struct SystemResolution {
    enum class Status { Ok, NoSuchName, NoData, TryAgain, Timeout, Cancelled, Error };
    Status status = Status::Error;
    std::vector<std::string> addresses; ///< numeric, in the order the resolver returned them
    int gaiError = 0;                   ///< EAI_* / WSA code, 0 on success
    std::string errorText;              ///< gai_strerror text, for the evidence
    double elapsedMs = 0;
};

enum class Family { Any, IPv4, IPv6 };

/// Runs getaddrinfo(host) for TCP on a helper thread, with a watchdog: a resolver that hangs
/// returns Status::Timeout after timeoutMs (the helper thread is left to finish on its own).
/// Polls *cancel every few ms. Never throws.
SystemResolution resolveSystem(const std::string& host, Family family, int timeoutMs,
                               const std::atomic<bool>* cancel = nullptr);

/// True if `text` is a numeric IPv4 or IPv6 address (IPv6 may carry a %zone).
bool isNumericAddress(const std::string& text, bool* isV6 = nullptr);

} // namespace tcpd::platform
