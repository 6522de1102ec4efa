// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The DNS servers Windows asks: the DNS server list of every adapter that is up
// (GetAdaptersAddresses), in adapter order, without duplicates.

#include "WinDetail.h" // first: winsock2.h before windows.h

#include "platform/ResolvConf.h"

#include <iphlpapi.h>

#include <algorithm>
#include <vector>

namespace tcpd::platform {

namespace {

/// fec0:0:0:ffff::1..3 are placeholders Windows lists for IPv6 when nothing was configured: nobody answers there.
bool isSiteLocalPlaceholder(const std::string& address)
{
    return address.rfind("fec0:0:0:ffff::", 0) == 0;
}

} // namespace

DnsServerConfig systemDnsServers()
{
    DnsServerConfig config;
    config.source = "GetAdaptersAddresses";
    const ULONG flags = GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST | GAA_FLAG_SKIP_FRIENDLY_NAME;
    ULONG size = 16 * 1024;
    std::vector<unsigned char> buffer;
    ULONG rc = ERROR_BUFFER_OVERFLOW;
    for (int i = 0; i < 4 && rc == ERROR_BUFFER_OVERFLOW; ++i) { // the list can grow between two calls
        buffer.assign(size, 0);
        rc = GetAdaptersAddresses(AF_UNSPEC, flags, nullptr, reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()),
                                  &size);
    }
    if (rc == ERROR_NO_DATA) {
        config.readOk = true; // no adapters at all: no servers
        return config;
    }
    if (rc != NO_ERROR) {
        config.error = "GetAdaptersAddresses failed: " + detail::systemMessage(static_cast<int>(rc));
        return config;
    }
    config.readOk = true;
    for (auto* a = reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()); a != nullptr; a = a->Next) {
        if (a->OperStatus != IfOperStatusUp || a->IfType == IF_TYPE_SOFTWARE_LOOPBACK) {
            continue;
        }
        for (auto* d = a->FirstDnsServerAddress; d != nullptr; d = d->Next) {
            std::string address = detail::toNumeric(d->Address.lpSockaddr);
            if (address.empty() || isSiteLocalPlaceholder(address)) {
                continue;
            }
            const bool seen = std::any_of(config.servers.begin(), config.servers.end(),
                                          [&address](const DnsServerEntry& s) { return s.address == address; });
            if (!seen) {
                config.servers.push_back({std::move(address), "configured"});
            }
        }
        const auto addSuffix = [&config](const wchar_t* suffix) {
            if (suffix == nullptr || *suffix == L'\0') {
                return;
            }
            const std::string s = detail::toUtf8(suffix);
            if (std::find(config.search.begin(), config.search.end(), s) == config.search.end()) {
                config.search.push_back(s);
            }
        };
        addSuffix(a->DnsSuffix);
        for (auto* s = a->FirstDnsSuffix; s != nullptr; s = s->Next) {
            addSuffix(s->String);
        }
    }
    return config;
}

} // namespace tcpd::platform
