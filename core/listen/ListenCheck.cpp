// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "listen/ListenCheck.h"

#include "listen/ListenVerdict.h"
#include "platform/TcpProbe.h"

#include <QElapsedTimer>

#include <algorithm>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

/// The own addresses to connect to: loopback first, then the addresses clients use, then the rest.
std::vector<platform::OwnAddress> probeTargets(const ListenFacts& f, int max)
{
    std::vector<platform::OwnAddress> ordered;
    auto add = [&](const platform::OwnAddress& o) {
        for (const platform::OwnAddress& have : ordered) {
            if (have.address == o.address) {
                return;
            }
        }
        ordered.push_back(o);
    };
    for (const platform::OwnAddress& o : f.table.ownAddresses) {
        if (o.loopback) {
            add(o);
        }
    }
    for (const QString& c : f.clientAddresses) {
        for (const platform::OwnAddress& o : f.table.ownAddresses) {
            if (sameAddress(c, QString::fromStdString(o.address))) {
                add(o);
            }
        }
    }
    for (const platform::OwnAddress& o : f.table.ownAddresses) {
        add(o);
    }
    if (ordered.size() > static_cast<std::size_t>(max)) {
        ordered.resize(static_cast<std::size_t>(max));
    }
    return ordered;
}

} // namespace

ListenReport runListenCheck(const ListenOptions& options, const std::atomic<bool>* cancel)
{
    ListenReport r;
    r.startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    ListenFacts& f = r.facts;
    f.port = options.port;
    f.table = platform::readListenTable();
    f.clientAddressesGiven = !options.clientAddresses.isEmpty();
    f.clientAddresses = f.clientAddressesGiven ? options.clientAddresses : defaultClientAddresses(f.table);
    spdlog::debug("listen: {} sockets, {} owners unknown, table ok {}", f.table.sockets.size(), f.table.ownersUnknown,
                  f.table.ok);
    if (options.port == 0) {
        r.judgement.findings = tableFindings(f.table, 0);
        r.durationMs = timer.elapsed();
        return r;
    }
    // The table first: our own test connections would otherwise show up in its counts.
    const std::vector<platform::OwnAddress> targets = probeTargets(f, options.maxProbes);
    std::vector<platform::Endpoint> endpoints;
    for (const platform::OwnAddress& o : targets) {
        endpoints.push_back({o.address, options.port});
    }
    platform::ProbeOptions popt;
    popt.budgetMs = options.probeBudgetMs;
    popt.listenMs = 200;
    const std::vector<platform::ProbeResult> results = platform::probeTcp(endpoints, popt, cancel);
    for (std::size_t i = 0; i < results.size() && i < targets.size(); ++i) {
        const platform::ProbeResult& p = results[i];
        r.cancelled = r.cancelled || p.sysErrorName == "cancelled";
        ListenProbe probe;
        probe.address = QString::fromStdString(targets[i].address);
        probe.ipv6 = targets[i].ipv6;
        probe.loopback = targets[i].loopback;
        probe.outcome = QString::fromLatin1(platform::outcomeName(p.outcome));
        probe.rttMs = p.rttMs;
        if (p.outcome != platform::Outcome::Open) {
            probe.osError = QString::fromStdString(p.sysErrorName);
        }
        f.probes << probe;
    }
    const platform::ListenCounters after = platform::readListenCounters();
    if (after.overflows >= 0 && f.table.listenOverflows >= 0) {
        f.overflowsDuring = std::max(0LL, after.overflows - f.table.listenOverflows);
    }
    r.judgement = judgeListen(f);
    r.hasVerdict = !r.cancelled;
    r.durationMs = timer.elapsed();
    return r;
}

int listenExitCode(const ListenReport& report)
{
    if (!report.hasVerdict) {
        return report.facts.table.ok && !report.cancelled ? 0 : 3;
    }
    return report.judgement.verdict.code == u"listen.ok" ? 0 : 1;
}

} // namespace tcpd::core
