// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "PosixDetail.h"
#include "SocketAddress.h"

#include <ifaddrs.h>

namespace tcpd::platform::detail {

bool isOwnAddress(const std::string& address)
{
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) {
        return false;
    }
    bool found = false;
    for (ifaddrs* i = list; i != nullptr && !found; i = i->ifa_next) {
        if (i->ifa_addr == nullptr || (i->ifa_addr->sa_family != AF_INET && i->ifa_addr->sa_family != AF_INET6)) {
            continue;
        }
        std::string own = toNumeric(i->ifa_addr);
        const auto pct = own.find('%');
        if (pct != std::string::npos) {
            own.resize(pct);
        }
        found = own == address;
    }
    freeifaddrs(list);
    return found;
}

} // namespace tcpd::platform::detail
