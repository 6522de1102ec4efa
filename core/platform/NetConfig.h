// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// This computer's network configuration as plain values (Qt-free): interfaces and their link,
// addresses and routes; the route to one address; a bounded probe of a gateway. (The DNS servers
// come from ResolvConf.h's systemDnsServers(), shared with the DNS step.)
// One implementation per OS (linux/NetConfigLinux.cpp, windows/NetConfigWin.cpp,
// macos/NetConfigMac.cpp); the shared pure helpers are in NetConfigUtil.h. Nothing here needs
// admin rights: what the OS does not tell an unprivileged user stays Unknown / empty.
//
//     NetSnapshot net = readNetConfig();                 // a few ms: netlink/sysfs, IP Helper, getifaddrs
//     RouteLookup r = lookupRoute("203.0.113.2");        // like `ip route get`
//     if (r.status == RouteLookup::Status::Ok && !r.gateway.empty())
//         GatewayProbe g = probeGateway(r.gateway, r.interfaceIndex, 4000, &cancel);

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace tcpd::platform {

enum class Tri { Unknown, No, Yes };

enum class InterfaceKind { Unknown, Loopback, Wired, WiFi, Cellular, Tunnel, Virtual };

/// How an address was obtained. Linux tells DHCP/SLAAC apart from "set by hand" only by lifetimes
/// (a lease has one, a manual address is permanent); the raw flags are kept next to it.
enum class AddressOrigin { Unknown, Manual, Dhcp, RouterAdvertisement, Automatic, LinkLocal, Loopback };

struct WifiInfo {
    Tri radioOn = Tri::Unknown; ///< No: switched off (rfkill / radio state)
    Tri hardwareSwitch = Tri::Unknown; ///< Yes: off by a hardware switch or key (flight mode key)
    std::string ssid; ///< the network it is connected to, where the OS tells
    int signalDbm = 0; ///< 0: unknown
    int signalPercent = -1; ///< -1: unknown (Windows gives a quality in %)
};

struct IfAddress {
    std::string address; ///< numeric, without a zone
    int prefixLength = -1;
    bool ipv6 = false;
    AddressOrigin origin = AddressOrigin::Unknown;
    Tri permanent = Tri::Unknown; ///< Linux IFA_F_PERMANENT: no lifetime, set by hand or static
    uint32_t validLifetimeS = 0xffffffffu; ///< 0xffffffff: forever (or not told)
    uint32_t preferredLifetimeS = 0xffffffffu;
    bool lifetimesKnown = false;
    bool tentative = false; ///< duplicate address detection still running
    bool duplicate = false; ///< DAD failed: another device has this address
    bool deprecated = false;
    bool temporary = false; ///< IPv6 privacy address
};

struct NetInterface {
    int index = 0;
    std::string name; ///< eth0, wlp2s0; Windows: the adapter GUID name
    std::string friendlyName; ///< Windows "Ethernet", "Wi-Fi"; Linux: the alias, else the name
    std::string description; ///< Windows adapter description / Linux driver
    InterfaceKind kind = InterfaceKind::Unknown;
    std::string kindDetail; ///< "veth", "bridge", "wireguard", "tun", "ppp", IfType number ...
    Tri adminUp = Tri::Unknown;
    Tri carrier = Tri::Unknown; ///< link detected (cable plugged in, Wi-Fi associated)
    std::string operState; ///< "up", "down", "dormant", "lowerlayerdown", "notpresent", "testing", "unknown"
    long long speedMbps = -1; ///< -1: unknown
    std::string duplex; ///< "full", "half", "" unknown
    int mtu = 0;
    std::string mac; ///< "02:00:5e:10:00:01", "" if none
    bool wireless = false;
    WifiInfo wifi;
    std::vector<IfAddress> addresses;
    std::vector<std::string> dnsServers; ///< per adapter (Windows); elsewhere see systemDnsServers()
    std::string dnsSuffix;
    Tri dhcpEnabled = Tri::Unknown; ///< Windows Dhcpv4Enabled
};

enum class RouteType { Unicast, Local, Blackhole, Unreachable, Prohibit, Other };

struct Route {
    std::string destination; ///< network address ("0.0.0.0" / "::" for a default route)
    int prefixLength = 0;
    bool ipv6 = false;
    std::string gateway; ///< "" when on-link
    int interfaceIndex = 0;
    std::string interfaceName;
    long metric = -1;
    RouteType type = RouteType::Unicast;
    bool onlinkFlag = false; ///< the gateway was declared on-link although no prefix covers it
    bool isDefault() const { return prefixLength == 0; }
};

struct NetSnapshot {
    bool ok = false;
    std::string error; ///< why the interface list could not be read
    std::vector<NetInterface> interfaces;
    std::vector<Route> routes; ///< the main routing table (bounded), default routes included
    bool routesKnown = false;
    const NetInterface* byIndex(int index) const;
};

/// Reads the whole configuration. Never throws; bounded (each OS call answers at once).
NetSnapshot readNetConfig();

/// The route the OS would use to reach `destination` (numeric address, IPv6 may carry a %zone).
struct RouteLookup {
    enum class Status { Ok, Local, NoRoute, Unreachable, Blackhole, Prohibited, Error };
    Status status = Status::Error;
    std::string destination;
    std::string interfaceName;
    int interfaceIndex = 0;
    std::string source; ///< the source address this computer would use
    std::string gateway; ///< "" when the destination is on-link
    bool onLink = false;
    std::string error; ///< "ENETUNREACH", "ERROR_NETWORK_UNREACHABLE", ...
    std::string method; ///< how it was found ("RTM_GETROUTE", "GetBestRoute2", ...)
    std::string nextHop() const { return gateway.empty() ? destination : gateway; }
};
RouteLookup lookupRoute(const std::string& destination);

/// The state of the neighbour (ARP / NDP) entry of an address on the local network.
enum class Neighbour { Unknown, None, Incomplete, Reachable, Stale, Delay, Probe, Failed, Permanent, NoArp };

/// Does a gateway answer on the local network? ICMP echo where this user may send it, else TCP
/// connects to common ports (an RST or a SYN-ACK both prove it is alive); plus what the neighbour
/// table says before and after. At most `budgetMs`; returns within ~50 ms of *cancel.
struct GatewayProbe {
    enum class Method { None, Icmp, Tcp };
    std::string gateway;
    int interfaceIndex = 0;
    Method method = Method::None;
    bool answered = false;
    double rttMs = -1;
    int tries = 0;
    std::string answer; ///< "echo_reply", "tcp_refused", "tcp_open"
    int tcpPort = 0; ///< the port that answered (Method::Tcp)
    std::string icmpUnavailable; ///< why ICMP was not used ("ping_group_range", "ERROR_ACCESS_DENIED")
    std::string error; ///< what the OS said when there was no answer ("EHOSTUNREACH", "IP_REQ_TIMED_OUT")
    Neighbour neighbourBefore = Neighbour::Unknown;
    Neighbour neighbourAfter = Neighbour::Unknown;
    bool cancelled = false;
    double elapsedMs = 0;
};
GatewayProbe probeGateway(const std::string& gateway, int interfaceIndex, int budgetMs,
                          const std::atomic<bool>* cancel);

} // namespace tcpd::platform
