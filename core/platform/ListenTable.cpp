// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The OS-independent parts of the listen table: address text, ordering, and summaries.

#include "ListenTable.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace tcpd::platform {

PortActivity activityFor(const ListenTable& table, uint16_t port)
{
    for (const PortActivity& a : table.activity) {
        if (a.port == port) {
            return a;
        }
    }
    PortActivity none;
    none.port = port;
    return none;
}

std::string formatIpv4(const unsigned char bytes[4])
{
    char text[16];
    std::snprintf(text, sizeof text, "%u.%u.%u.%u", bytes[0], bytes[1], bytes[2], bytes[3]);
    return text;
}

std::string formatIpv6(const unsigned char bytes[16])
{
    unsigned words[8];
    for (int i = 0; i < 8; ++i) {
        words[i] = (static_cast<unsigned>(bytes[2 * i]) << 8) | bytes[2 * i + 1];
    }
    // The longest run of zero words (the first of equal ones), if it is at least two long.
    int bestBase = -1;
    int bestLen = 0;
    for (int i = 0; i < 8;) {
        if (words[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && words[j] == 0) {
            ++j;
        }
        if (j - i > bestLen) {
            bestBase = i;
            bestLen = j - i;
        }
        i = j;
    }
    if (bestLen < 2) {
        bestBase = -1;
    }
    std::string out;
    for (int i = 0; i < 8; ++i) {
        if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
            if (i == bestBase) {
                out += ':';
            }
            continue;
        }
        if (i != 0) {
            out += ':';
        }
        // IPv4-mapped (::ffff:a.b.c.d) and the old IPv4-compatible form (::a.b.c.d) end in a dotted quad,
        // as inet_ntop writes them.
        if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff))) {
            out += formatIpv4(bytes + 12);
            return out;
        }
        char group[8];
        std::snprintf(group, sizeof group, "%x", words[i]);
        out += group;
    }
    if (bestBase >= 0 && bestBase + bestLen == 8) {
        out += ':';
    }
    return out;
}

void sortTable(ListenTable& table)
{
    std::sort(table.sockets.begin(), table.sockets.end(), [](const ListenSocket& a, const ListenSocket& b) {
        return std::tie(a.port, a.ipv6, a.address, a.pid) < std::tie(b.port, b.ipv6, b.address, b.pid);
    });
    std::sort(table.activity.begin(), table.activity.end(),
              [](const PortActivity& a, const PortActivity& b) { return a.port < b.port; });
}

} // namespace tcpd::platform
