// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The pure decisions of the Windows network-configuration backend (NetConfigWin.cpp): what an
// adapter's IfType means, how an address was obtained, the neighbour and ICMP states, route errors.
// Plain C++17 without windows.h, so the Linux unit tests run it (tests/unit/NetConfigWinDecodeTest.cpp);
// NetConfigWin.cpp checks the numbers below against the Windows headers.

#include "platform/NetConfig.h"

#include <string>

namespace tcpd::platform::win {

// Values of the Windows SDK's enums and constants used here.
constexpr unsigned long kIfTypeEthernet = 6, kIfTypePpp = 23, kIfTypeLoopback = 24, kIfTypePropVirtual = 53,
                        kIfTypeWifi = 71, kIfTypeTunnel = 131, kIfTypeWwan = 243, kIfTypeWwan2 = 244;
constexpr int kOperUp = 1, kOperDown = 2, kOperTesting = 3, kOperUnknown = 4, kOperDormant = 5, kOperNotPresent = 6,
              kOperLowerLayerDown = 7;
constexpr int kPrefixManual = 1, kPrefixWellKnown = 2, kPrefixDhcp = 3, kPrefixRouterAdvertisement = 4;
constexpr int kSuffixRandom = 5;
constexpr int kDadTentative = 1, kDadDuplicate = 2, kDadDeprecated = 3;
constexpr int kNeighUnreachable = 0, kNeighIncomplete = 1, kNeighProbe = 2, kNeighDelay = 3, kNeighStale = 4,
              kNeighReachable = 5, kNeighPermanent = 6;
constexpr unsigned long kIpSuccess = 0, kIpDestNetUnreachable = 11002, kIpDestHostUnreachable = 11003,
                        kIpReqTimedOut = 11010, kIpGeneralFailure = 11050;
constexpr unsigned long kErrorAccessDenied = 5, kErrorNotSupported = 50, kErrorInvalidParameter = 87,
                        kErrorNotFound = 1168, kErrorNetworkUnreachable = 1231, kErrorHostUnreachable = 1232;

/// The kind of an adapter from its IfType, whether it is hardware (MIB_IF_ROW2's HardwareInterface)
/// and its description (VPN software often registers an Ethernet-typed virtual adapter).
InterfaceKind kindFor(unsigned long ifType, bool hardware, const std::string& description, std::string& detail);

/// IF_OPER_STATUS -> "up", "down", "dormant", "lowerlayerdown", "notpresent", "testing", "unknown".
const char* operStateName(int operStatus);

/// How a unicast address was obtained (IP_ADAPTER_UNICAST_ADDRESS PrefixOrigin / SuffixOrigin).
AddressOrigin originFor(const std::string& address, int prefixOrigin, int suffixOrigin);

/// NL_NEIGHBOR_STATE -> Neighbour.
Neighbour neighbourFor(int state);

/// An IcmpSendEcho2 reply status: "IP_REQ_TIMED_OUT", ...
const char* icmpStatusName(unsigned long status);

/// GetBestRoute2 / GetBestInterfaceEx error -> route status (and its name in *name).
RouteLookup::Status routeStatusForError(unsigned long error, const char** name);

/// TransmitLinkSpeed (bit/s, ULONG64 max = unknown) -> Mbit/s, -1 unknown.
long long speedMbps(unsigned long long bitsPerSecond);

} // namespace tcpd::platform::win
