// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The names of the ICMP "destination unreachable" messages, in one place. Every text that says which
// ICMP message came back (verdicts, findings, diagrams, reports) asks here, so a port unreachable is
// never called "administratively prohibited" and the words match the type and code that were seen.

#include <QString>

namespace tcpd::core::evidence {

/// What kind of refusal an ICMP message is, for choosing the sentence around it.
enum class IcmpKind {
    AdminProhibited,   ///< a filter said "not allowed" (v4 3/9, 3/10, 3/13; v6 1/1, 1/5, 1/6)
    PortUnreachable,   ///< the host itself said "nothing on that port" (v4 3/3, v6 1/4)
    ProtocolUnreachable, ///< v4 3/2
    HostUnreachable,   ///< v4 3/1, 3/7 ...; v6 1/3
    NetworkUnreachable,///< v4 3/0, 3/6, 3/11; v6 1/0
    Other
};

IcmpKind icmpKind(bool ipv6, int type, int code);

/// "port unreachable", "communication administratively prohibited", ... (translated), with the raw
/// numbers: "port unreachable (ICMP type 3, code 3)". `ipv6` picks the ICMPv6 table.
QString icmpName(bool ipv6, int type, int code);
/// The name alone ("port unreachable"), or "" for a type and code not in the table.
QString icmpShortName(bool ipv6, int type, int code);

} // namespace tcpd::core::evidence
