// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// sysfs and /proc readers for NetConfigLinux.cpp (NetConfigSysfs.h). Every file is small and read
// with a size bound; a file that cannot be read means "unknown", never an error.

#include "NetConfigSysfs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace tcpd::platform::sysfs {

namespace fs = std::filesystem;

namespace {

std::string trimmed(std::string s)
{
    const auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}

bool readNumber(const std::string& path, long long& out)
{
    const std::string text = trimmed(readSmallFile(path));
    if (text.empty()) {
        return false;
    }
    try {
        std::size_t used = 0;
        out = std::stoll(text, &used);
        return used == text.size();
    } catch (...) {
        return false;
    }
}

bool plainName(const std::string& name)
{
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos && name.size() < 256;
}

bool oneOf(const std::string& s, std::initializer_list<const char*> list)
{
    return std::any_of(list.begin(), list.end(), [&](const char* x) { return s == x; });
}

} // namespace

std::string readSmallFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return {};
    }
    std::string text(65536, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text;
}

LinkFacts readLink(const std::string& root, const std::string& name)
{
    LinkFacts f;
    if (!plainName(name)) {
        return f;
    }
    const fs::path dir = fs::path(root) / name;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        return f;
    }
    f.exists = true;
    long long n = 0;
    if (readNumber((dir / "speed").string(), n) && n > 0 && n < 100000000) {
        f.speedMbps = n;
    }
    const std::string duplex = trimmed(readSmallFile((dir / "duplex").string()));
    if (duplex == "full" || duplex == "half") {
        f.duplex = duplex;
    }
    f.operstate = trimmed(readSmallFile((dir / "operstate").string()));
    if (readNumber((dir / "carrier").string(), n)) {
        f.carrier = static_cast<int>(n);
    }
    if (readNumber((dir / "type").string(), n)) {
        f.type = static_cast<int>(n);
    }
    std::istringstream uevent(readSmallFile((dir / "uevent").string()));
    std::string line;
    while (std::getline(uevent, line)) {
        if (line.rfind("DEVTYPE=", 0) == 0) {
            f.devtype = trimmed(line.substr(8));
        }
    }
    f.wireless = fs::exists(dir / "wireless", ec) || fs::exists(dir / "phy80211", ec) || f.devtype == "wlan";
    f.physical = fs::exists(dir / "device", ec);
    if (f.physical) {
        const fs::path driver = fs::read_symlink(dir / "device" / "driver", ec);
        if (!ec) {
            f.driver = driver.filename().string();
        }
    }
    return f;
}

std::vector<RfkillSwitch> readRfkill(const std::string& root)
{
    std::vector<RfkillSwitch> out;
    std::error_code ec;
    fs::directory_iterator it(root, ec);
    if (ec) {
        return out;
    }
    std::vector<fs::path> entries;
    for (; it != fs::directory_iterator() && entries.size() < 64; it.increment(ec)) {
        if (ec) {
            break;
        }
        if (it->path().filename().string().rfind("rfkill", 0) == 0) {
            entries.push_back(it->path());
        }
    }
    std::sort(entries.begin(), entries.end());
    for (const fs::path& p : entries) {
        RfkillSwitch s;
        s.name = trimmed(readSmallFile((p / "name").string()));
        s.type = trimmed(readSmallFile((p / "type").string()));
        long long v = 0;
        s.soft = readNumber((p / "soft").string(), v) && v != 0;
        s.hard = readNumber((p / "hard").string(), v) && v != 0;
        if (!s.type.empty()) {
            out.push_back(s);
        }
    }
    return out;
}

std::vector<WirelessLevel> parseProcNetWireless(const std::string& text)
{
    std::vector<WirelessLevel> out;
    std::istringstream in(text);
    std::string line;
    for (int lines = 0; std::getline(in, line) && lines < 256; ++lines) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) {
            continue;
        }
        const std::string name = trimmed(line.substr(0, colon));
        if (name.empty() || name.find_first_of(" |") != std::string::npos) {
            continue; // the two header lines
        }
        std::istringstream fields(line.substr(colon + 1));
        std::string status;
        std::string link;
        std::string level;
        if (!(fields >> status >> link >> level)) {
            continue;
        }
        WirelessLevel w;
        w.interfaceName = name;
        try {
            const double dbm = std::stod(level);
            // Drivers that report no signal write 0 or -256; anything outside (-120, 0) is not a level.
            if (dbm < 0 && dbm > -120) {
                w.signalDbm = static_cast<int>(dbm);
            }
        } catch (...) {
        }
        out.push_back(w);
    }
    return out;
}

InterfaceKind classify(unsigned arphrd, const std::string& infoKind, const LinkFacts& sys, const std::string& name,
                       std::string& detail)
{
    constexpr unsigned kEther = 1, kPpp = 512, kTunnel = 768, kTunnel6 = 769, kLoopback = 772, kSit = 776, kIpGre = 778,
                       kRawIp = 519, kNone = 65534;
    detail = !infoKind.empty() ? infoKind : !sys.driver.empty() ? sys.driver : sys.devtype;
    if (arphrd == kLoopback) {
        return InterfaceKind::Loopback;
    }
    if (sys.wireless) {
        return InterfaceKind::WiFi;
    }
    if (sys.devtype == "wwan" || arphrd == kRawIp || (name.rfind("wwan", 0) == 0 && infoKind.empty())) {
        return InterfaceKind::Cellular;
    }
    if (infoKind == "tun") {
        // tun (layer 3) is what VPN programs use; tap (Ethernet frames) is a virtual wire.
        detail = arphrd == kEther ? "tap" : "tun";
        return arphrd == kEther ? InterfaceKind::Virtual : InterfaceKind::Tunnel;
    }
    if (oneOf(infoKind,
              {"wireguard", "ipip", "gre", "sit", "ip6tnl", "ip6gre", "vti", "vti6", "xfrm", "ipsec", "openvpn",
               "ovpn-dco"})) {
        return InterfaceKind::Tunnel;
    }
    if (arphrd == kPpp) {
        detail = "ppp";
        return InterfaceKind::Tunnel;
    }
    if (arphrd == kTunnel || arphrd == kTunnel6 || arphrd == kSit || arphrd == kIpGre || arphrd == kNone) {
        return InterfaceKind::Tunnel;
    }
    if (!infoKind.empty()) {
        return InterfaceKind::Virtual;
    }
    if (sys.physical) {
        return InterfaceKind::Wired;
    }
    return arphrd == kEther ? InterfaceKind::Virtual : InterfaceKind::Unknown;
}

} // namespace tcpd::platform::sysfs
