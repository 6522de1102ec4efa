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

} // namespace tcpd::platform
