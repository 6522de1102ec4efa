// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// What Linux tells every user through sysfs and /proc about a network interface: link speed and
// duplex, whether it is a Wi-Fi or a physical device, the driver, Wi-Fi radio switches (rfkill) and
// the signal level (/proc/net/wireless). Every reader takes its root folder, so the unit tests run
// them on recorded trees in a temporary folder.

#include "platform/NetConfig.h"

#include <string>
#include <vector>

namespace tcpd::platform::sysfs {

struct LinkFacts {
    bool exists = false;
    bool wireless = false; ///< wireless/ or phy80211 present, or DEVTYPE=wlan
    bool physical = false; ///< a device/ link: real hardware (PCI, USB, virtio ...)
    std::string devtype; ///< uevent DEVTYPE: "wlan", "wwan", "bridge", "vlan", "bond", ...
    std::string driver; ///< device/driver's name: "e1000e", "iwlwifi", "virtio_net"
    long long speedMbps = -1; ///< -1 unknown (the file fails to read while the link is down)
    std::string duplex; ///< "full", "half", "" unknown
    std::string operstate;
    int carrier = -1;
    int type = -1; ///< ARPHRD_*
};

/// Reads ROOT/NAME/{speed,duplex,operstate,carrier,type,uevent,wireless,phy80211,device/driver}.
/// ROOT is "/sys/class/net" on a live system. NAME must be a plain interface name.
LinkFacts readLink(const std::string& root, const std::string& name);

struct RfkillSwitch {
    std::string name; ///< "phy0"
    std::string type; ///< "wlan", "wwan", "bluetooth" ...
    bool soft = false; ///< switched off in software (settings, flight mode)
    bool hard = false; ///< switched off by a hardware switch or key
};

/// Every ROOT/rfkill*/{name,type,soft,hard}; ROOT is "/sys/class/rfkill". Bounded to 64 entries.
std::vector<RfkillSwitch> readRfkill(const std::string& root);

struct WirelessLevel {
    std::string interfaceName;
    int signalDbm = 0; ///< 0: unknown
};

/// /proc/net/wireless: "wlp2s0: 0000   54.  -56.  -256  ..." -> {wlp2s0, -56}.
std::vector<WirelessLevel> parseProcNetWireless(const std::string& text);

/// The kind of an interface from what netlink and sysfs say. `detail` receives the word that decided
/// it ("veth", "bridge", "wireguard", the driver ...).
InterfaceKind classify(unsigned arphrd, const std::string& infoKind, const LinkFacts& sys, const std::string& name,
                       std::string& detail);

/// The whole text of a small file (at most 64 KiB), or "" when it cannot be read.
std::string readSmallFile(const std::string& path);

} // namespace tcpd::platform::sysfs
