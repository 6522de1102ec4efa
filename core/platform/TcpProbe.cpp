// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "TcpProbe.h"

namespace tcpd::platform {

const char* outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Open: return "open";
    case Outcome::Refused: return "refused";
    case Outcome::Filtered: return "filtered";
    case Outcome::Rejected: return "rejected";
    case Outcome::HostUnreachable: return "host_unreachable";
    case Outcome::NetworkUnreachable: return "network_unreachable";
    case Outcome::LocalBlock: return "local_block";
    case Outcome::ResetAfterConnect: return "reset_after_connect";
    case Outcome::ClosedAfterConnect: return "closed_after_connect";
    case Outcome::Error: return "error";
    }
    return "error";
}

std::optional<Outcome> outcomeForIcmp(bool ipv6, int type, int code, bool fromOwnAddress)
{
    const int unreachable = ipv6 ? 1 : 3; // ICMPv6 1 / ICMP 3: destination unreachable
    if (type != unreachable) {
        return std::nullopt;
    }
    // ICMP 3/2 protocol, 3/3 port unreachable, 3/9 3/10 3/13 administratively prohibited;
    // ICMPv6 1/1 administratively prohibited, 1/4 port unreachable, 1/5 policy failed, 1/6 reject route.
    const bool administrative = ipv6 ? (code == 1 || code == 4 || code == 5 || code == 6)
                                     : (code == 2 || code == 3 || code == 9 || code == 10 || code == 13);
    if (administrative) {
        return fromOwnAddress ? Outcome::LocalBlock : Outcome::Rejected;
    }
    // ICMP 3/0 network unreachable, 3/6 network unknown, 3/11 network unreachable for TOS; ICMPv6 1/0 no route.
    const bool network = ipv6 ? code == 0 : (code == 0 || code == 6 || code == 11);
    if (network) {
        return Outcome::NetworkUnreachable;
    }
    return Outcome::HostUnreachable; // host unreachable, address unreachable (no ARP/NDP answer), ...
}

} // namespace tcpd::platform
