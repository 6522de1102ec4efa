// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <string>
#include <sys/socket.h>

namespace tcpd::platform::detail {

/// Numeric text -> sockaddr (AI_NUMERICHOST, so "fe80::1%eth0" keeps its scope). False if not numeric.
bool toSockaddr(const std::string& address, unsigned short port, sockaddr_storage& out, socklen_t& len);

/// "ECONNREFUSED" for ECONNREFUSED, ... (the errors a connection meets); "" for others.
const char* errnoName(int e);

/// sockaddr -> numeric text without the port ("" on failure).
std::string toNumeric(const sockaddr* sa);

} // namespace tcpd::platform::detail
