// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The POSIX pieces the Linux and macOS listen tables share: this computer's addresses, the addresses
// other hosts most likely use, and user names.

#include "platform/ListenTable.h"

#include <string>
#include <vector>

namespace tcpd::platform::detail {

/// Every address of every interface that is up (getifaddrs).
std::vector<OwnAddress> ownAddresses();

/// The source addresses this computer would use for its default routes, IPv4 then IPv6: the addresses
/// other hosts most likely know it by. A UDP socket is "connected" to a documentation address to make the
/// kernel choose; nothing is sent. Empty for a family without a default route.
std::vector<std::string> mainAddresses();

/// The user name of `uid`, or "" when it has none.
std::string userName(long long uid);

} // namespace tcpd::platform::detail
