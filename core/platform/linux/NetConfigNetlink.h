// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// rtnetlink for NetConfigLinux.cpp: one bounded request helper, and pure decoders that turn one
// netlink message into NetConfig.h values (interface names are left to the caller). The decoders are unit-tested on
// recorded kernel answers (tests/unit/NetConfigLinuxTest.cpp), so they never need a live socket.

#include "platform/NetConfig.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

struct nlmsghdr;

namespace tcpd::platform::nl {

/// One RTM_NEWLINK, as the kernel says it.
struct LinkMessage {
    int index = 0;
    unsigned short arphrd = 0; ///< ARPHRD_* (1 Ethernet, 772 loopback, 65534 none: tun/wireguard)
    unsigned flags = 0; ///< IFF_UP, IFF_LOWER_UP, IFF_LOOPBACK ...
    std::string name;
    std::string alias; ///< IFLA_IFALIAS
    std::string infoKind; ///< IFLA_INFO_KIND: "veth", "bridge", "wireguard", "tun" ...; "" for hardware
    std::string parentBus; ///< IFLA_PARENT_DEV_BUS_NAME: "pci", "usb", "virtio" (Linux 5.17+)
    std::string mac;
    int mtu = 0;
    int operState = -1; ///< IF_OPER_*, -1 not told
    int carrier = -1; ///< IFLA_CARRIER, -1 not told
};

bool decodeLink(const nlmsghdr* h, LinkMessage& out);

/// One RTM_NEWADDR: the interface index and the address with prefix, flags, lifetimes and origin.
bool decodeAddress(const nlmsghdr* h, int& interfaceIndex, IfAddress& out);

/// One RTM_NEWROUTE of a dump: appends the route (one per next hop of a multipath route). Only the
/// main table's unicast, local and reject routes are kept; false for anything else.
bool decodeRoute(const nlmsghdr* h, std::vector<Route>& out);

/// The kernel's answer to RTM_GETROUTE for one destination (`ip route get`).
bool decodeRouteReply(const nlmsghdr* h, RouteLookup& out);

/// RTM_GETROUTE failed with this (negative) errno: which status.
RouteLookup::Status routeErrorStatus(int negativeErrno);

/// One RTM_NEWNEIGH: interface, address and state.
bool decodeNeighbour(const nlmsghdr* h, int& interfaceIndex, std::string& address, Neighbour& state);

Neighbour neighbourFromNud(unsigned nudState);
const char* operStateName(int ifOper); ///< IF_OPER_UP -> "up" ...

/// nl80211 (generic netlink): the SSID a Wi-Fi interface is connected to, "" when not connected or not
/// told. NL80211_CMD_GET_INTERFACE needs no privileges. Bounded (two requests, 500 ms each at most).
std::string wifiSsid(int interfaceIndex);
int decodeGenlFamilyId(const nlmsghdr* h); ///< CTRL_CMD_GETFAMILY answer -> family id, or -1
std::string decodeNl80211Ssid(const nlmsghdr* h); ///< NL80211_CMD_NEW_INTERFACE answer -> SSID bytes

/// Walks every message in `buf` (one recv(), or a recorded answer). Returns the first NLMSG_ERROR's
/// (negative) error, or 0. *done becomes true at NLMSG_DONE or an error.
int forEachMessage(const void* buf, std::size_t len, const std::function<void(const nlmsghdr*)>& onMessage,
                   bool* done = nullptr);

/// Sends one request on a fresh netlink socket of `protocol` (NETLINK_ROUTE, NETLINK_GENERIC) and
/// passes every answer to `onMessage`, until NLMSG_DONE, an error or a single answer. Bounded: each
/// receive waits at most `timeoutMs`, at most 256 receives. Returns 0 or a negative errno.
/// `record` receives the raw answer bytes (how the unit tests' samples were captured).
int request(int protocol, void* req, std::size_t len, const std::function<void(const nlmsghdr*)>& onMessage,
            int timeoutMs = 1000, std::vector<unsigned char>* record = nullptr);

} // namespace tcpd::platform::nl
