// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The OS-independent half of NetConfig.h / NetConfigUtil.h: names, prefix arithmetic.

#include "platform/NetConfigUtil.h"
#include "platform/TcpProbe.h"

#include <algorithm>
#include <thread>
#include <chrono>
#include <cstring>

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#endif

namespace tcpd::platform {

const NetInterface* NetSnapshot::byIndex(int index) const
{
    for (const NetInterface& i : interfaces) {
        if (i.index == index) {
            return &i;
        }
    }
    return nullptr;
}

const char* kindName(InterfaceKind k)
{
    switch (k) {
    case InterfaceKind::Loopback: return "loopback";
    case InterfaceKind::Wired: return "wired";
    case InterfaceKind::WiFi: return "wifi";
    case InterfaceKind::Cellular: return "cellular";
    case InterfaceKind::Tunnel: return "tunnel";
    case InterfaceKind::Virtual: return "virtual";
    case InterfaceKind::Unknown: break;
    }
    return "unknown";
}

const char* originName(AddressOrigin o)
{
    switch (o) {
    case AddressOrigin::Manual: return "manual";
    case AddressOrigin::Dhcp: return "dhcp";
    case AddressOrigin::RouterAdvertisement: return "router_advertisement";
    case AddressOrigin::Automatic: return "automatic";
    case AddressOrigin::LinkLocal: return "link_local";
    case AddressOrigin::Loopback: return "loopback";
    case AddressOrigin::Unknown: break;
    }
    return "unknown";
}

const char* neighbourName(Neighbour n)
{
    switch (n) {
    case Neighbour::None: return "none";
    case Neighbour::Incomplete: return "incomplete";
    case Neighbour::Reachable: return "reachable";
    case Neighbour::Stale: return "stale";
    case Neighbour::Delay: return "delay";
    case Neighbour::Probe: return "probe";
    case Neighbour::Failed: return "failed";
    case Neighbour::Permanent: return "permanent";
    case Neighbour::NoArp: return "noarp";
    case Neighbour::Unknown: break;
    }
    return "unknown";
}

const char* routeTypeName(RouteType t)
{
    switch (t) {
    case RouteType::Unicast: return "unicast";
    case RouteType::Local: return "local";
    case RouteType::Blackhole: return "blackhole";
    case RouteType::Unreachable: return "unreachable";
    case RouteType::Prohibit: return "prohibit";
    case RouteType::Other: break;
    }
    return "other";
}

const char* routeStatusName(RouteLookup::Status s)
{
    using S = RouteLookup::Status;
    switch (s) {
    case S::Ok: return "ok";
    case S::Local: return "local";
    case S::NoRoute: return "no_route";
    case S::Unreachable: return "unreachable";
    case S::Blackhole: return "blackhole";
    case S::Prohibited: return "prohibited";
    case S::Error: break;
    }
    return "error";
}

const char* probeMethodName(GatewayProbe::Method m)
{
    switch (m) {
    case GatewayProbe::Method::Icmp: return "icmp";
    case GatewayProbe::Method::Tcp: return "tcp";
    case GatewayProbe::Method::None: break;
    }
    return "none";
}

std::string stripZone(const std::string& address)
{
    const auto pct = address.find('%');
    return pct == std::string::npos ? address : address.substr(0, pct);
}

bool parseAddress(const std::string& text, unsigned char out[16], bool& ipv6)
{
    const std::string plain = stripZone(text);
    std::memset(out, 0, 16);
    if (plain.find(':') != std::string::npos) {
        ipv6 = true;
        return inet_pton(AF_INET6, plain.c_str(), out) == 1;
    }
    ipv6 = false;
    return inet_pton(AF_INET, plain.c_str(), out) == 1;
}

namespace {
bool prefixMatch(const unsigned char* a, const unsigned char* p, int length)
{
    const int whole = length / 8;
    if (std::memcmp(a, p, static_cast<std::size_t>(whole)) != 0) {
        return false;
    }
    const int rest = length % 8;
    if (rest == 0) {
        return true;
    }
    const auto mask = static_cast<unsigned char>(0xff << (8 - rest));
    return (a[whole] & mask) == (p[whole] & mask);
}

bool v4Mapped(const unsigned char* b)
{
    static const unsigned char prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    return std::memcmp(b, prefix, 12) == 0;
}
} // namespace

bool inPrefix(const std::string& address, const std::string& prefix, int length)
{
    unsigned char a[16];
    unsigned char p[16];
    bool a6 = false;
    bool p6 = false;
    if (!parseAddress(address, a, a6) || !parseAddress(prefix, p, p6) || a6 != p6) {
        return false;
    }
    if (length < 0 || length > (a6 ? 128 : 32)) {
        return false;
    }
    return prefixMatch(a, p, length);
}

bool isLoopbackAddress(const std::string& address)
{
    unsigned char b[16];
    bool v6 = false;
    if (!parseAddress(address, b, v6)) {
        return false;
    }
    if (!v6) {
        return b[0] == 127;
    }
    static const unsigned char one[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    return std::memcmp(b, one, 16) == 0 || (v4Mapped(b) && b[12] == 127);
}

bool isLinkLocalAddress(const std::string& address)
{
    unsigned char b[16];
    bool v6 = false;
    if (!parseAddress(address, b, v6)) {
        return false;
    }
    if (!v6) {
        return b[0] == 169 && b[1] == 254;
    }
    return b[0] == 0xfe && (b[1] & 0xc0) == 0x80;
}

bool isUnspecifiedAddress(const std::string& address)
{
    unsigned char b[16];
    bool v6 = false;
    if (!parseAddress(address, b, v6)) {
        return false;
    }
    static const unsigned char zero[16] = {};
    return std::memcmp(b, zero, v6 ? 16 : 4) == 0;
}

const Route* bestRoute(const std::vector<Route>& routes, const std::string& destination, int interfaceIndex)
{
    const Route* best = nullptr;
    for (const Route& r : routes) {
        if (r.type == RouteType::Other || (interfaceIndex > 0 && r.interfaceIndex != interfaceIndex)) {
            continue;
        }
        if (!inPrefix(destination, r.destination, r.prefixLength)) {
            continue;
        }
        const long metric = r.metric < 0 ? 0 : r.metric;
        if (best == nullptr || r.prefixLength > best->prefixLength
            || (r.prefixLength == best->prefixLength && metric < (best->metric < 0 ? 0 : best->metric))) {
            best = &r;
        }
    }
    return best;
}

bool isUsableAddress(const IfAddress& a)
{
    return !a.tentative && !a.duplicate && !isLinkLocalAddress(a.address) && !isLoopbackAddress(a.address)
        && !isUnspecifiedAddress(a.address) && a.origin != AddressOrigin::LinkLocal;
}

const IfAddress* addressCovering(const NetInterface& itf, const std::string& address)
{
    for (const IfAddress& a : itf.addresses) {
        if (a.prefixLength >= 0 && inPrefix(address, a.address, a.prefixLength)) {
            return &a;
        }
    }
    return nullptr;
}

bool neighbourResolving(Neighbour n)
{
    return n == Neighbour::None || n == Neighbour::Incomplete || n == Neighbour::Delay || n == Neighbour::Probe;
}

void probeGatewayByTcp(GatewayProbe& g, const std::string& target, int budgetMs, const std::atomic<bool>* cancel)
{
    g.method = GatewayProbe::Method::Tcp;
    ProbeOptions opt;
    opt.budgetMs = budgetMs;
    opt.listenMs = 0;
    opt.bannerMax = 0;
    for (const ProbeResult& p : probeTcp({{target, 80}, {target, 443}, {target, 53}}, opt, cancel)) {
        g.tries += p.tries;
        g.cancelled = g.cancelled || p.sysErrorName == "cancelled";
        const bool alive = p.outcome == Outcome::Refused || p.outcome == Outcome::Open
            || p.outcome == Outcome::ResetAfterConnect || p.outcome == Outcome::ClosedAfterConnect;
        if (alive && (!g.answered || (p.rttMs >= 0 && p.rttMs < g.rttMs))) {
            g.answered = true;
            g.tcpPort = p.endpoint.port;
            g.rttMs = p.rttMs >= 0 ? p.rttMs : p.elapsedMs;
            g.answer = p.outcome == Outcome::Refused ? "tcp_refused" : "tcp_open";
        } else if (!alive && g.error.empty() && !p.sysErrorName.empty()) {
            g.error = p.sysErrorName;
        }
        if (p.outcome == Outcome::HostUnreachable && p.localOrigin && !g.answered) {
            g.neighbourAfter = Neighbour::Failed; // our own ARP/NDP for it failed
        }
    }
    if (g.answered) {
        g.error.clear();
    }
}

void awaitNeighbour(GatewayProbe& g, const std::function<Neighbour()>& read, const std::function<double()>& elapsedMs,
                    int budgetMs, const std::atomic<bool>* cancel)
{
    g.neighbourAfter = read();
    while (!g.answered && !g.cancelled && neighbourResolving(g.neighbourAfter) && elapsedMs() < budgetMs) {
        if (cancel != nullptr && cancel->load()) {
            g.cancelled = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        g.neighbourAfter = read();
    }
}

} // namespace tcpd::platform
