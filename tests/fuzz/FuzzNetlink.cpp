// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The netlink decoders (core/platform/linux/NetConfigNetlink, NetConfigWifi): any bytes as one
// recv() of a netlink socket. Every message goes through every decoder: each must check the type and
// every length before it reads (ASan reports any read past the buffer).

#include "FuzzSupport.h"

#include "platform/Resolver.h"
#include "platform/linux/NetConfigNetlink.h"

#include <linux/netlink.h>

#include <cstring>
#include <memory>

using namespace tcpd;
using namespace tcpd::platform;

namespace {

bool numericOrEmpty(const std::string& a)
{
    return a.empty() || isNumericAddress(a);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    if (size > 256 * 1024) {
        return 0;
    }
    // A buffer of exactly `size` bytes (so ASan sees any read past it); operator new aligns it at least
    // as recv()'s buffer is (alignas(nlmsghdr)).
    std::unique_ptr<unsigned char[]> storage(new unsigned char[size == 0 ? 1 : size]);
    std::memcpy(storage.get(), data, size);
    const unsigned char* bytes = storage.get();

    int messages = 0;
    bool done = false;
    std::vector<Route> routes;
    const int error = nl::forEachMessage(
        bytes, size,
        [&](const nlmsghdr* h) {
            ++messages;
            FUZZ_CHECK(h->nlmsg_len >= sizeof(nlmsghdr), "only whole headers are passed on");
            FUZZ_CHECK(reinterpret_cast<const unsigned char*>(h) + h->nlmsg_len <= bytes + size,
                       "only messages inside the buffer are passed on");
            nl::LinkMessage link;
            if (nl::decodeLink(h, link)) {
                FUZZ_CHECK(link.name.size() < 4096 && link.mac.size() <= 32 * 3, "bounded link texts");
            }
            int index = 0;
            IfAddress address;
            if (nl::decodeAddress(h, index, address)) {
                FUZZ_CHECK(numericOrEmpty(address.address), "an address is numeric");
                FUZZ_CHECK(address.prefixLength <= (address.ipv6 ? 128 : 32), "a prefix fits its family");
            }
            const std::size_t before = routes.size();
            if (nl::decodeRoute(h, routes)) {
                FUZZ_CHECK(routes.size() > before, "a kept route is appended");
            }
            for (std::size_t i = before; i < routes.size(); ++i) {
                FUZZ_CHECK(numericOrEmpty(routes[i].destination) && numericOrEmpty(routes[i].gateway),
                           "route addresses are numeric");
                FUZZ_CHECK(routes[i].prefixLength >= 0 && routes[i].prefixLength <= 128, "a route prefix is 0..128");
            }
            RouteLookup lookup;
            if (nl::decodeRouteReply(h, lookup)) {
                FUZZ_CHECK(numericOrEmpty(lookup.source) && numericOrEmpty(lookup.gateway),
                           "lookup addresses are numeric");
            }
            std::string neighbour;
            Neighbour state = Neighbour::Unknown;
            if (nl::decodeNeighbour(h, index, neighbour, state)) {
                FUZZ_CHECK(numericOrEmpty(neighbour), "a neighbour is numeric");
            }
            (void)nl::decodeGenlFamilyId(h);
            FUZZ_CHECK(nl::decodeNl80211Ssid(h).size() <= 32, "an SSID has at most 32 bytes");
        },
        &done);
    FUZZ_CHECK(error <= 0, "the error is a negative errno or 0");
    FUZZ_CHECK(messages <= static_cast<int>(size / NLMSG_HDRLEN), "no more messages than the bytes can hold");
    (void)nl::routeErrorStatus(error);
    return 0;
}
