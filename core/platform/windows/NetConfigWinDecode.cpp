// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Pure decisions of the Windows network-configuration backend (NetConfigWinDecode.h).

#include "NetConfigWinDecode.h"

#include "platform/NetConfigUtil.h"

#include <algorithm>
#include <cctype>

namespace tcpd::platform::win {

namespace {
std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}
} // namespace

InterfaceKind kindFor(unsigned long ifType, bool hardware, const std::string& description, std::string& detail)
{
    detail = "iftype " + std::to_string(ifType);
    const std::string d = lower(description);
    // VPN clients install virtual adapters, often typed as Ethernet (TAP-Windows, Cisco AnyConnect,
    // GlobalProtect, FortiClient) or as "proprietary virtual" (WireGuard, Wintun).
    for (const char* vpn : {"vpn", "tap-windows", "wireguard", "wintun", "openvpn", "anyconnect", "globalprotect",
                            "pangp", "fortinet", "forticlient", "juniper", "pulse secure", "zscaler", "tailscale"}) {
        if (d.find(vpn) != std::string::npos) {
            detail = vpn;
            return ifType == kIfTypeLoopback ? InterfaceKind::Loopback : InterfaceKind::Tunnel;
        }
    }
    switch (ifType) {
    case kIfTypeLoopback: return InterfaceKind::Loopback;
    case kIfTypeWifi: return InterfaceKind::WiFi;
    case kIfTypeWwan:
    case kIfTypeWwan2: return InterfaceKind::Cellular;
    case kIfTypePpp: detail = "ppp"; return InterfaceKind::Tunnel;
    case kIfTypeTunnel: detail = "tunnel"; return InterfaceKind::Tunnel;
    case kIfTypePropVirtual: return InterfaceKind::Tunnel;
    case kIfTypeEthernet:
        if (hardware) {
            return InterfaceKind::Wired;
        }
        detail = d.find("hyper-v") != std::string::npos ? "hyper-v" : "virtual ethernet";
        return InterfaceKind::Virtual;
    default: return hardware ? InterfaceKind::Wired : InterfaceKind::Unknown;
    }
}

const char* operStateName(int s)
{
    switch (s) {
    case kOperUp: return "up";
    case kOperDown: return "down";
    case kOperTesting: return "testing";
    case kOperDormant: return "dormant";
    case kOperNotPresent: return "notpresent";
    case kOperLowerLayerDown: return "lowerlayerdown";
    case kOperUnknown:
    default: return "unknown";
    }
}

AddressOrigin originFor(const std::string& address, int prefixOrigin, int suffixOrigin)
{
    if (isLoopbackAddress(address)) {
        return AddressOrigin::Loopback;
    }
    if (isLinkLocalAddress(address)) {
        return AddressOrigin::LinkLocal; // APIPA 169.254.x.x, fe80::
    }
    switch (prefixOrigin) {
    case kPrefixManual: return AddressOrigin::Manual;
    case kPrefixDhcp: return AddressOrigin::Dhcp;
    case kPrefixRouterAdvertisement: return AddressOrigin::RouterAdvertisement;
    case kPrefixWellKnown: return AddressOrigin::LinkLocal;
    default: break;
    }
    (void)suffixOrigin;
    return AddressOrigin::Unknown;
}

Neighbour neighbourFor(int state)
{
    switch (state) {
    case kNeighUnreachable: return Neighbour::Failed;
    case kNeighIncomplete: return Neighbour::Incomplete;
    case kNeighProbe: return Neighbour::Probe;
    case kNeighDelay: return Neighbour::Delay;
    case kNeighStale: return Neighbour::Stale;
    case kNeighReachable: return Neighbour::Reachable;
    case kNeighPermanent: return Neighbour::Permanent;
    default: return Neighbour::Unknown;
    }
}

const char* icmpStatusName(unsigned long status)
{
    switch (status) {
    case kIpSuccess: return "IP_SUCCESS";
    case kIpDestNetUnreachable: return "IP_DEST_NET_UNREACHABLE";
    case kIpDestHostUnreachable: return "IP_DEST_HOST_UNREACHABLE";
    case kIpReqTimedOut: return "IP_REQ_TIMED_OUT";
    case kIpGeneralFailure: return "IP_GENERAL_FAILURE";
    default: return "IP_STATUS_OTHER";
    }
}

RouteLookup::Status routeStatusForError(unsigned long error, const char** name)
{
    const char* n = "ERROR_OTHER";
    RouteLookup::Status s = RouteLookup::Status::Error;
    switch (error) {
    case kErrorNetworkUnreachable:
        n = "ERROR_NETWORK_UNREACHABLE";
        s = RouteLookup::Status::NoRoute;
        break;
    case kErrorHostUnreachable:
        n = "ERROR_HOST_UNREACHABLE";
        s = RouteLookup::Status::Unreachable;
        break;
    case kErrorNotFound:
        n = "ERROR_NOT_FOUND";
        s = RouteLookup::Status::NoRoute;
        break;
    case kErrorNotSupported: n = "ERROR_NOT_SUPPORTED"; break;
    case kErrorInvalidParameter: n = "ERROR_INVALID_PARAMETER"; break;
    case kErrorAccessDenied: n = "ERROR_ACCESS_DENIED"; break;
    default: break;
    }
    if (name != nullptr) {
        *name = n;
    }
    return s;
}

long long speedMbps(unsigned long long bitsPerSecond)
{
    if (bitsPerSecond == 0 || bitsPerSecond == ~0ULL) {
        return -1;
    }
    return static_cast<long long>(bitsPerSecond / 1000000ULL);
}

} // namespace tcpd::platform::win
