// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Pure decisions for the Windows firewall and trace backends (FirewallWinDecode.h). No windows.h.

#include "FirewallWinDecode.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace tcpd::platform::windecode {

namespace {

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t");
    const auto e = s.find_last_not_of(" \t");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::vector<std::string> splitList(const std::string& s)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    for (int n = 0; n < 10000 && start <= s.size(); ++n) { // bounded: rule strings are short
        const std::size_t comma = s.find(',', start);
        const std::string part = trim(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (!part.empty()) {
            out.push_back(part);
        }
        if (comma == std::string::npos) {
            break;
        }
        start = comma + 1;
    }
    return out;
}

bool parseNumber(const std::string& s, long& v)
{
    if (s.empty() || s.size() > 10 || !std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        return false;
    }
    v = std::strtol(s.c_str(), nullptr, 10);
    return true;
}

bool parseV4(const std::string& s, std::vector<uint8_t>& out)
{
    out.clear();
    std::size_t start = 0;
    for (int i = 0; i < 4; ++i) {
        const std::size_t dot = s.find('.', start);
        if ((i < 3) == (dot == std::string::npos)) {
            return false;
        }
        long v = 0;
        if (!parseNumber(s.substr(start, dot == std::string::npos ? std::string::npos : dot - start), v) || v > 255) {
            return false;
        }
        out.push_back(static_cast<uint8_t>(v));
        start = dot + 1;
    }
    return true;
}

bool parseV6(const std::string& s, std::vector<uint8_t>& out)
{
    if (s.find(':') == std::string::npos || s.size() > 45) {
        return false;
    }
    std::vector<uint16_t> head;
    std::vector<uint16_t> tail;
    bool compressed = false;
    std::size_t i = 0;
    if (s.compare(0, 2, "::") == 0) {
        compressed = true;
        i = 2;
    }
    for (int n = 0; n < 10 && i < s.size(); ++n) {
        const std::size_t colon = s.find(':', i);
        const std::string group = s.substr(i, colon == std::string::npos ? std::string::npos : colon - i);
        if (group.empty() || group.size() > 4
            || !std::all_of(group.begin(), group.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); })) {
            return false;
        }
        (compressed ? tail : head).push_back(static_cast<uint16_t>(std::strtoul(group.c_str(), nullptr, 16)));
        if (colon == std::string::npos) {
            i = s.size();
            break;
        }
        if (colon + 1 < s.size() && s[colon + 1] == ':') {
            if (compressed) {
                return false;
            }
            compressed = true;
            i = colon + 2;
        } else {
            i = colon + 1;
            if (i == s.size()) {
                return false; // a trailing single ':'
            }
        }
    }
    const std::size_t groups = head.size() + tail.size();
    if (groups > 8 || (!compressed && groups != 8)) {
        return false;
    }
    out.clear();
    std::vector<uint16_t> all = head;
    all.resize(8 - tail.size(), 0);
    all.insert(all.end(), tail.begin(), tail.end());
    for (uint16_t g : all) {
        out.push_back(static_cast<uint8_t>(g >> 8));
        out.push_back(static_cast<uint8_t>(g & 0xff));
    }
    return true;
}

bool inPrefix(const std::vector<uint8_t>& addr, const std::vector<uint8_t>& net, long bits)
{
    if (addr.size() != net.size() || bits < 0 || bits > static_cast<long>(8 * addr.size())) {
        return false;
    }
    for (long b = 0; b < bits; ++b) {
        const auto byte = static_cast<std::size_t>(b / 8);
        const int mask = 0x80 >> (b % 8);
        if ((addr[byte] & mask) != (net[byte] & mask)) {
            return false;
        }
    }
    return true;
}

long maskBits(const std::vector<uint8_t>& mask)
{
    long bits = 0;
    bool ended = false;
    for (uint8_t byte : mask) {
        for (int b = 7; b >= 0; --b) {
            const bool set = (byte >> b) & 1;
            if (set && ended) {
                return -1; // not a contiguous mask
            }
            bits += set ? 1 : 0;
            ended = ended || !set;
        }
    }
    return bits;
}

/// One RemoteAddresses element against the address: Yes, No, or Maybe (a keyword).
Match elementMatches(const std::string& element, const std::vector<uint8_t>& addr)
{
    if (element == "*") {
        return Match::Yes;
    }
    std::vector<uint8_t> a;
    std::vector<uint8_t> b;
    const std::size_t slash = element.find('/');
    const std::size_t dash = element.find('-');
    if (slash != std::string::npos) {
        if (!parseAddress(element.substr(0, slash), a)) {
            return Match::Maybe;
        }
        const std::string rest = element.substr(slash + 1);
        long bits = -1;
        if (!parseNumber(rest, bits)) {
            bits = parseAddress(rest, b) && b.size() == a.size() ? maskBits(b) : -1;
        }
        if (bits < 0) {
            return Match::Maybe;
        }
        return inPrefix(addr, a, bits) ? Match::Yes : Match::No;
    }
    if (dash != std::string::npos && parseAddress(element.substr(0, dash), a) && parseAddress(element.substr(dash + 1), b)) {
        if (a.size() != addr.size() || b.size() != addr.size()) {
            return Match::No;
        }
        return addr >= a && addr <= b ? Match::Yes : Match::No;
    }
    if (parseAddress(element, a)) {
        return a == addr ? Match::Yes : Match::No;
    }
    return Match::Maybe; // LocalSubnet, DNS, DHCP, WINS, DefaultGateway, Intranet, Internet, ...
}

} // namespace

bool parseAddress(const std::string& text, std::vector<uint8_t>& out)
{
    return parseV4(text, out) || parseV6(text, out);
}

Match portListMatches(const std::string& ports, uint16_t port)
{
    const std::string t = trim(ports);
    if (t.empty() || t == "*") {
        return Match::Yes;
    }
    bool maybe = false;
    for (const std::string& part : splitList(t)) {
        long lo = 0;
        long hi = 0;
        const std::size_t dash = part.find('-');
        if (dash == std::string::npos ? parseNumber(part, lo) && (hi = lo, true)
                                      : parseNumber(trim(part.substr(0, dash)), lo) && parseNumber(trim(part.substr(dash + 1)), hi)) {
            if (port >= lo && port <= hi) {
                return Match::Yes;
            }
        } else {
            maybe = true; // RPC, RPC-EPMap, IPHTTPS, Teredo...
        }
    }
    return maybe ? Match::Maybe : Match::No;
}

Match addressListMatches(const std::string& list, const std::string& address)
{
    const std::string t = trim(list);
    if (t.empty() || t == "*") {
        return Match::Yes;
    }
    std::vector<uint8_t> addr;
    if (!parseAddress(address, addr)) {
        return Match::Maybe;
    }
    bool maybe = false;
    for (const std::string& element : splitList(t)) {
        const Match m = elementMatches(element, addr);
        if (m == Match::Yes) {
            return Match::Yes;
        }
        maybe = maybe || m == Match::Maybe;
    }
    return maybe ? Match::Maybe : Match::No;
}

std::vector<std::string> profileNames(long mask)
{
    std::vector<std::string> names;
    if (mask & 1) names.emplace_back("domain");
    if (mask & 2) names.emplace_back("private");
    if (mask & 4) names.emplace_back("public");
    return names;
}

Match outboundRuleApplies(const WinRule& rule, long currentProfiles, const FirewallQuery& query)
{
    if (!rule.enabled || rule.direction != 2 || (rule.protocol != 6 && rule.protocol != 256)) {
        return Match::No;
    }
    if ((rule.profiles & currentProfiles) == 0) {
        return Match::No;
    }
    const Match port = portListMatches(rule.remotePorts, query.port);
    const Match addr = addressListMatches(rule.remoteAddresses, query.address);
    if (port == Match::No || addr == Match::No) {
        return Match::No;
    }
    const bool local = portListMatches(rule.localPorts, 0) == Match::Yes; // "*" only: outbound local ports vary
    if (port == Match::Maybe || addr == Match::Maybe || !local || !rule.application.empty() || !rule.service.empty()) {
        return Match::Maybe;
    }
    return Match::Yes;
}

HopDecode decodeIcmpStatus(unsigned long status)
{
    constexpr unsigned long base = 11000;
    switch (status) {
    case 0: return {HopKind::TargetEcho, 0, 0};
    case base + 2: return {HopKind::Unreachable, 3, 0};  // IP_DEST_NET_UNREACHABLE
    case base + 3: return {HopKind::Unreachable, 3, 1};  // IP_DEST_HOST_UNREACHABLE
    case base + 4: return {HopKind::Unreachable, 3, 2};  // IP_DEST_PROT_UNREACHABLE
    case base + 5: return {HopKind::Unreachable, 3, 3};  // IP_DEST_PORT_UNREACHABLE
    case base + 13: return {HopKind::TimeExceeded, 11, 0}; // IP_TTL_EXPIRED_TRANSIT
    case base + 14: return {HopKind::TimeExceeded, 11, 1}; // IP_TTL_EXPIRED_REASSEM
    case base + 40: return {HopKind::Unreachable, 3, -1}; // IP_DEST_UNREACHABLE (code not told)
    case base + 41: return {HopKind::TimeExceeded, 11, -1}; // IP_TIME_EXCEEDED
    default: return {HopKind::Silent, -1, -1};           // IP_REQ_TIMED_OUT and everything else
    }
}

} // namespace tcpd::platform::windecode
