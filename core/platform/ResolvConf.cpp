// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "ResolvConf.h"

#include "platform/HostsFile.h"
#include "platform/Resolver.h"

#include <algorithm>
#include <sstream>

namespace tcpd::platform {

namespace {

std::vector<std::string> words(const std::string& line)
{
    std::vector<std::string> out;
    std::istringstream in(line);
    std::string w;
    while (in >> w) {
        out.push_back(w);
    }
    return out;
}

/// "ndots:3" -> 3 when the option is `name` and the value a number in [lo, hi] (clamped like glibc).
bool numericOption(const std::string& word, const std::string& name, int lo, int hi, int& out)
{
    if (word.size() <= name.size() + 1 || word.compare(0, name.size(), name) != 0 || word[name.size()] != ':') {
        return false;
    }
    const std::string value = word.substr(name.size() + 1);
    if (value.empty() || value.size() > 6
        || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return false;
    }
    out = std::clamp(std::stoi(value), lo, hi);
    return true;
}

} // namespace

ResolvConf parseResolvConf(const std::string& text)
{
    ResolvConf conf;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        const auto comment = line.find_first_of("#;");
        if (comment != std::string::npos) {
            line.resize(comment);
        }
        const std::vector<std::string> w = words(line);
        if (w.empty()) {
            continue;
        }
        const std::string& key = w[0];
        if (key == "nameserver") {
            if (w.size() >= 2 && isNumericAddress(w[1])) {
                conf.nameservers.push_back(w[1]);
            } else {
                ++conf.skippedLines;
            }
        } else if (key == "search" || key == "domain") {
            conf.search.assign(w.begin() + 1, w.end());
            if (key == "domain" && conf.search.size() > 1) {
                conf.search.resize(1); // "domain" takes one name
            }
        } else if (key == "options") {
            for (std::size_t i = 1; i < w.size(); ++i) {
                conf.options.push_back(w[i]);
                const bool numeric = numericOption(w[i], "ndots", 0, 15, conf.ndots)
                    || numericOption(w[i], "timeout", 1, 30, conf.timeoutS)
                    || numericOption(w[i], "attempts", 1, 5, conf.attempts);
                conf.rotate = conf.rotate || (!numeric && w[i] == "rotate");
            }
        } else if (key == "sortlist" || key == "lookup" || key == "family") {
            // Known (sortlist everywhere; lookup/family on BSD and macOS) and irrelevant to which servers are asked.
        } else {
            ++conf.skippedLines;
        }
    }
    return conf;
}

bool isResolvedStub(const std::string& address)
{
    return address == "127.0.0.53" || address == "127.0.0.54";
}

DnsServerConfig dnsServersFromFiles(const std::string& resolvConfPath, const std::string& resolvedUpstreamPath)
{
    DnsServerConfig config;
    config.source = resolvConfPath;
    const TextFile file = readTextFile(resolvConfPath, 1u << 20);
    // A missing resolv.conf is read by the C library as "no servers" (it then tries 127.0.0.1):
    // that is a fact about this computer, not a failure to read it.
    if (!file.ok && !file.missing) {
        config.error = file.error;
        return config;
    }
    config.readOk = true;
    const ResolvConf conf = parseResolvConf(file.text);
    config.search = conf.search;
    config.ndots = conf.ndots;
    config.timeoutS = conf.timeoutS;
    config.attempts = conf.attempts;
    for (std::size_t i = 0; i < conf.nameservers.size(); ++i) {
        if (i < kResolverMaxServers) {
            config.servers.push_back({conf.nameservers[i], "configured"});
        } else {
            config.ignoredServers.push_back(conf.nameservers[i]);
        }
    }
    const bool onlyStub = !config.servers.empty()
        && std::all_of(config.servers.begin(), config.servers.end(),
                       [](const DnsServerEntry& s) { return isResolvedStub(s.address); });
    if (!onlyStub || resolvedUpstreamPath.empty()) {
        return config;
    }
    // systemd-resolved: programs ask the stub; the stub asks the servers in its own file.
    config.stub = config.servers.front().address;
    config.upstreamSource = resolvedUpstreamPath;
    const TextFile upstream = readTextFile(resolvedUpstreamPath, 1u << 20);
    if (!upstream.ok) {
        config.upstreamError = upstream.error;
        return config;
    }
    for (const std::string& s : parseResolvConf(upstream.text).nameservers) {
        if (!isResolvedStub(s)) {
            config.servers.push_back({s, "upstream"});
        }
    }
    return config;
}

#ifndef _WIN32
DnsServerConfig systemDnsServers()
{
    return dnsServersFromFiles("/etc/resolv.conf", "/run/systemd/resolve/resolv.conf");
}
#endif

} // namespace tcpd::platform
