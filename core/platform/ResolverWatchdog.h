// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "platform/Resolver.h"

#include <functional>

namespace tcpd::platform::detail {

/// Runs `lookup` (a blocking getaddrinfo / GetAddrInfoW) on a detached thread and waits at most
/// `timeoutMs`, checking *cancel every 20 ms. A resolver that hangs gives Status::Timeout and its
/// thread is left to finish on its own (it cannot be interrupted). Fills elapsedMs. Never throws.
SystemResolution resolveWithWatchdog(std::function<void(SystemResolution&)> lookup, int timeoutMs,
                                     const std::atomic<bool>* cancel);

} // namespace tcpd::platform::detail
