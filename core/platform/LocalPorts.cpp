// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "platform/LocalPorts.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace tcpd::platform {

namespace {

/// "::ffff:203.0.113.2" -> "203.0.113.2"; anything else as it is, in lower case.
std::string plainAddress(const std::string& address)
{
    std::string a = address;
    std::transform(a.begin(), a.end(), a.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const std::string mapped = "::ffff:";
    if (a.rfind(mapped, 0) == 0 && a.find('.') != std::string::npos) {
        a.erase(0, mapped.size());
    }
    return a;
}

bool isWildcard(const std::string& address)
{
    return address.empty() || address == "0.0.0.0" || address == "::";
}

} // namespace

double LocalPortUsage::usedShare() const
{
    const int size = rangeSize();
    if (!ok || size <= 0) {
        return 0;
    }
    return std::min(1.0, static_cast<double>(std::max(inRange, toTarget)) / size);
}

LocalPortUsage summarizePortUsage(const std::vector<TcpSocketRow>& rows, int rangeLow, int rangeHigh,
                                  const std::string& targetAddress, uint16_t targetPort)
{
    LocalPortUsage u;
    u.ok = true;
    u.rangeLow = rangeLow;
    u.rangeHigh = rangeHigh;
    const bool range = u.rangeKnown();
    const std::string target = plainAddress(targetAddress);
    std::map<std::string, int> states;
    std::set<uint16_t> taken;
    std::map<std::pair<std::string, uint16_t>, int> remotes;
    for (const TcpSocketRow& r : rows) {
        ++u.total;
        ++states[r.state.empty() ? std::string("unknown") : r.state];
        const bool inside = range && r.localPort >= rangeLow && r.localPort <= rangeHigh;
        if (inside) {
            taken.insert(r.localPort);
        }
        if (r.state == "listen" || isWildcard(r.remoteAddress)) {
            continue;
        }
        const std::string remote = plainAddress(r.remoteAddress);
        ++remotes[{remote, r.remotePort}];
        if (inside && targetPort != 0 && r.remotePort == targetPort && remote == target) {
            ++u.toTarget;
        }
    }
    u.inRange = static_cast<int>(taken.size());
    for (const auto& [name, count] : states) {
        u.byState.emplace_back(name, count);
    }
    std::stable_sort(u.byState.begin(), u.byState.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [key, count] : remotes) {
        u.topRemotes.push_back({key.first, key.second, count});
    }
    std::stable_sort(u.topRemotes.begin(), u.topRemotes.end(),
                     [](const RemoteUse& a, const RemoteUse& b) { return a.count > b.count; });
    if (u.topRemotes.size() > 5) {
        u.topRemotes.resize(5);
    }
    return u;
}

bool parsePortRange(const std::string& text, int& low, int& high)
{
    std::istringstream in(text);
    long a = -1;
    long b = -1;
    if (!(in >> a >> b)) {
        return false;
    }
    std::string rest;
    if (in >> rest) {
        return false;
    }
    if (a < 1 || b > 65535 || a > b) {
        return false;
    }
    low = static_cast<int>(a);
    high = static_cast<int>(b);
    return true;
}

} // namespace tcpd::platform
