// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The asking half of the DNS step: the system resolver (what an application gets) runs on a
// thread of its own while every configured DNS server is asked directly (c-ares); then the
// reverse lookup of the address the port test will try first. All of it within dnsBudgetMs().

#include "steps/DnsEvidence.h"

#include <QHostAddress>
#include <QHostInfo>

#include <algorithm>
#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kReverseMaxMs = 1000; ///< the reverse lookup is evidence, not the point: at most 1 s
constexpr int kReverseMinMs = 150; ///< less time left than this: skip it rather than overrun

double msSince(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

platform::Family toPlatform(AddressFamily f)
{
    return f == AddressFamily::IPv4 ? platform::Family::IPv4
        : f == AddressFamily::IPv6  ? platform::Family::IPv6
                                    : platform::Family::Any;
}

bool answered(platform::DnsStatus s)
{
    using S = platform::DnsStatus;
    return s == S::NoError || s == S::NoData || s == S::NxDomain || s == S::ServFail || s == S::Refused
        || s == S::FormErr;
}

/// The address the port test will try first: the system resolver's, else the first a server gave.
QString firstAddress(const DnsEvidence& e)
{
    if (!e.system.addresses.empty()) {
        return QString::fromStdString(e.system.addresses.front());
    }
    for (const auto& r : e.servers) {
        for (const auto* answer : {&r.aaaa, &r.a}) {
            if (!answer->records.empty()) {
                return QString::fromStdString(answer->records.front().address);
            }
        }
    }
    return {};
}

void reverseLookup(DnsEvidence& e, const QString& address, const platform::HostsFile& hosts,
                   const std::vector<platform::DnsServerAddress>& servers, Clock::time_point start,
                   const std::atomic<bool>* cancel)
{
    e.reverseAddress = address;
    for (const platform::HostsEntry* entry : hosts.lookupAddress(address.toStdString())) {
        for (const std::string& n : entry->names) {
            if (std::find(e.reverseHostsNames.begin(), e.reverseHostsNames.end(), n) == e.reverseHostsNames.end()) {
                e.reverseHostsNames.push_back(n);
            }
        }
    }
    bool loopback = false;
    if (isSinkholeAddress(address, &loopback) && loopback) {
        e.reverseSkipped = u"loopback"_s; // 127.in-addr.arpa is this computer's business (RFC 6761)
        return;
    }
    if (isSinkholeAddress(address)) {
        e.reverseSkipped = u"unspecified"_s;
        return;
    }
    if (servers.empty()) {
        e.reverseSkipped = e.isAddress || e.config.servers.empty() ? u"no_servers"_s
            : e.serversSkipped.isEmpty()                           ? u"no_server_answered"_s
                                                                   : u"servers_not_asked"_s;
        return;
    }
    const int left = e.budgetMs - static_cast<int>(msSince(start));
    if (left < kReverseMinMs) {
        e.reverseSkipped = u"no_time"_s;
        return;
    }
    platform::DnsQueryOptions options;
    options.deadlineMs = std::min(kReverseMaxMs, left);
    options.tryTimeoutMs = 250;
    e.reverse = platform::reverseLookup(address.toStdString(), servers, options, cancel);
}

} // namespace

int dnsBudgetMs(const StepOptions& options)
{
    return std::max(3000, options.dnsTimeoutMs + 500);
}

DnsEnvironment DnsEnvironment::system()
{
    DnsEnvironment env;
    env.config = platform::systemDnsServers();
    env.hostsPath = platform::systemHostsPath();
    env.systemResolver
        = [](const std::string& host, platform::Family family, int timeoutMs, const std::atomic<bool>* cancel) {
              return platform::resolveSystem(host, family, timeoutMs, cancel);
          };
    env.thisHostName = QHostInfo::localHostName();
    return env;
}

DnsEvidence gatherDnsEvidence(const Target& target, const StepOptions& options, const DnsEnvironment& env,
                              const std::atomic<bool>* cancel)
{
    const auto start = Clock::now();
    DnsEvidence e;
    e.name = target.host;
    e.isAddress = target.isAddress;
    e.config = env.config;
    e.hostsPath = env.hostsPath;
    e.thisHostName = env.thisHostName;
    e.budgetMs = dnsBudgetMs(options);
    e.systemWatchdogMs = std::min(options.dnsTimeoutMs, e.budgetMs);
    if (cancel != nullptr && cancel->load()) {
        e.cancelled = true; // stopped before it began (a long list): no file read, no thread, no query
        return e;
    }

    e.hostsRead = platform::readTextFile(e.hostsPath);
    const platform::HostsFile hosts = platform::parseHostsFile(e.hostsRead.text);
    e.hostsRead.text.clear();
    e.hostsSkippedLines = hosts.skippedLines;

    std::vector<platform::DnsServerAddress> servers;
    for (const platform::DnsServerEntry& s : e.config.servers) {
        servers.push_back({s.address, s.port});
    }

    if (e.isAddress && !options.reverseLookup) {
        e.reverseAddress = target.host;
        e.reverseSkipped = u"not_asked"_s;
        e.elapsedMs = msSince(start);
        return e;
    }
    if (e.isAddress) {
        reverseLookup(e, target.host, hosts, servers, start, cancel);
        e.cancelled = cancel != nullptr && cancel->load();
        e.elapsedMs = msSince(start);
        return e;
    }

    for (const platform::HostsEntry* entry : hosts.lookup(e.name.toStdString())) {
        e.hostsEntries.push_back(*entry);
    }
    if (isLocalhostName(e.name)) {
        e.serversSkipped = u"local_name"_s;
    } else if (e.name.endsWith(u".local", Qt::CaseInsensitive) || e.name.endsWith(u".local.", Qt::CaseInsensitive)) {
        e.serversSkipped = u"mdns"_s; // answered by multicast DNS on the local network, not by DNS servers
    } else if (servers.empty()) {
        e.serversSkipped = u"no_servers"_s;
    }

    // The system resolver on a thread of its own (it has its own watchdog), the servers meanwhile here.
    const std::string host = e.name.toStdString();
    const platform::Family family = toPlatform(options.family);
    std::thread systemThread;
    try {
        systemThread = std::thread([&e, &env, host, family, cancel] {
            e.system = env.systemResolver(host, family, e.systemWatchdogMs, cancel);
        });
    } catch (const std::exception&) {
        e.system.status = platform::SystemResolution::Status::Error;
        e.system.errorText = "could not start a thread";
    }
    if (e.serversSkipped.isEmpty()) {
        platform::DnsQueryOptions q;
        q.deadlineMs = std::min(kDnsServerDeadlineMs, e.budgetMs);
        // Both families always: "only IPv6 records" is a finding even when IPv4 was asked for.
        e.servers = platform::queryServers(host, servers, q, cancel);
    }
    if (systemThread.joinable()) {
        systemThread.join();
        e.systemRan = true;
    }

    // The reverse lookup, asked of the servers that answered at all (a silent one would only burn time).
    std::vector<platform::DnsServerAddress> answering;
    for (std::size_t i = 0; i < e.servers.size(); ++i) {
        if (answered(e.servers[i].a.status) || answered(e.servers[i].aaaa.status)) {
            answering.push_back(servers[i]);
        }
    }
    const QString first = firstAddress(e);
    if (!first.isEmpty() && !(cancel != nullptr && cancel->load())) {
        reverseLookup(e, first, hosts, answering, start, cancel);
    }

    // "Only IPv6 records": does this computer have a route for them at all?
    for (const auto& r : e.servers) {
        if (!r.aaaa.records.empty() && !e.ipv6RouteChecked) {
            e.ipv6RouteChecked = true;
            e.ipv6Route = platform::hasRouteTo(r.aaaa.records.front().address);
        }
    }
    e.cancelled = cancel != nullptr && cancel->load();
    e.elapsedMs = msSince(start);
    return e;
}

} // namespace tcpd::core
