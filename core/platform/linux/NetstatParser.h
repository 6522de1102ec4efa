// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <string>

namespace tcpd::platform::detail {

/// Reads one counter from the text of /proc/net/netstat or /proc/net/snmp, where each section is a
/// header line ("TcpExt: Name1 Name2 ...") followed by a value line ("TcpExt: 1 2 ..."). -1 if absent.
long netstatValue(const std::string& text, const std::string& section, const std::string& name);

} // namespace tcpd::platform::detail
