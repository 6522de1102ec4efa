// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Batch.h"

#include "diagnosis/Diagnosis.h"
#include "steps/PortStepDetail.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <mutex>
#include <thread>

#ifndef _WIN32
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

struct BatchText {
    Q_DECLARE_TR_FUNCTIONS(Batch)
};

StepResult notInBatch(const QString& id)
{
    StepResult r;
    r.id = id;
    r.status = StepStatus::Skipped;
    r.summary = BatchText::tr("Not checked in batch mode: it describes this computer, not the target.");
    r.data.insert(u"reason"_s, u"batch_mode"_s);
    return r;
}

/// Lets this process hold enough sockets for `wanted` at once; returns how many it may use.
int socketBudget(int wanted)
{
#ifndef _WIN32
    rlimit lim{};
    if (getrlimit(RLIMIT_NOFILE, &lim) == 0) {
        const rlim_t want = static_cast<rlim_t>(wanted) + 64;
        if (lim.rlim_cur < want && (lim.rlim_max == RLIM_INFINITY || lim.rlim_max >= lim.rlim_cur)) {
            lim.rlim_cur = lim.rlim_max == RLIM_INFINITY ? want : std::min(want, lim.rlim_max);
            setrlimit(RLIMIT_NOFILE, &lim);
            getrlimit(RLIMIT_NOFILE, &lim);
        }
        return static_cast<int>(std::max<rlim_t>(lim.rlim_cur, 128) - 64);
    }
#endif
    return std::min(wanted, 512);
}

/// Runs `job(i)` for i in [0, n) on `threads` threads.
void parallelFor(int n, int threads, const std::function<void(int)>& job)
{
    std::atomic<int> next{0};
    std::vector<std::thread> pool;
    const int count = std::max(1, std::min(threads, n));
    pool.reserve(static_cast<std::size_t>(count));
    for (int t = 0; t < count; ++t) {
        pool.emplace_back([&] {
            for (int i = next++; i < n; i = next++) {
                job(i);
            }
        });
    }
    for (std::thread& t : pool) {
        t.join();
    }
}

} // namespace

QList<BatchLine> parseTargetList(const QString& text, const QString& portOverride)
{
    QList<BatchLine> out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (const auto hash = line.indexOf(u'#'); hash >= 0) {
            line.truncate(hash);
        }
        line = line.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        out << BatchLine{static_cast<int>(i + 1), line, parseTarget(line, portOverride)};
    }
    return out;
}

QList<Report> runBatch(const QList<BatchLine>& lines, const BatchOptions& options, const std::atomic<bool>* cancel,
                       const std::function<void(const Report&)>& onReport)
{
    const int n = static_cast<int>(lines.size());
    QList<Report> reports(n);
    QList<QStringList> addresses(n);
    QList<StepResult> dnsSteps(n);
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();

    // 1. Every name at once (bounded), as an application would look it up. No reverse lookups of address
    //    targets: evidence that would cost up to a second each when a DNS server is silent.
    StepOptions dnsOptions = options.step;
    dnsOptions.reverseLookup = false;
    parallelFor(n, options.resolverThreads, [&](int i) {
        if (lines[i].parsed.ok()) {
            dnsSteps[i] = runDnsStep(*lines[i].parsed.target, dnsOptions, cancel, &addresses[i]);
        }
    });

    // 2. Every address at once, in slices the socket limit allows, each slice in one poll loop.
    struct Span {
        int line;
        std::size_t first;
        std::size_t count;
    };
    std::vector<platform::Endpoint> endpoints;
    std::vector<Span> spans;
    for (int i = 0; i < n; ++i) {
        if (!lines[i].parsed.ok()) {
            continue;
        }
        spans.push_back({i, endpoints.size(), static_cast<std::size_t>(addresses[i].size())});
        for (const QString& a : addresses[i]) {
            endpoints.push_back({a.toStdString(), lines[i].parsed.target->port, static_cast<std::size_t>(i)});
        }
    }
    const platform::ProbeOptions probeOptions = probeOptionsFor(options.step);
    const int socketsPerEndpoint = 1 + static_cast<int>(probeOptions.retryAt.size());
    const int inFlight = std::max(1, std::min(options.maxInFlight, socketBudget(options.maxInFlight * socketsPerEndpoint)
                                                                       / socketsPerEndpoint));
    std::vector<platform::ProbeResult> results(endpoints.size());
    const int slices = static_cast<int>((endpoints.size() + static_cast<std::size_t>(inFlight) - 1) / static_cast<std::size_t>(inFlight));
    // Slices run one after the other so no more than inFlight addresses are open at once.
    for (int s = 0; s < slices; ++s) {
        const std::size_t from = static_cast<std::size_t>(s) * static_cast<std::size_t>(inFlight);
        const std::size_t to = std::min(endpoints.size(), from + static_cast<std::size_t>(inFlight));
        const std::vector<platform::Endpoint> part(endpoints.begin() + static_cast<std::ptrdiff_t>(from),
                                                   endpoints.begin() + static_cast<std::ptrdiff_t>(to));
        const auto got = platform::probeTcp(part, probeOptions, cancel);
        std::copy(got.begin(), got.end(), results.begin() + static_cast<std::ptrdiff_t>(from));
    }

    // 3. One report per line, judged like a single run.
    std::size_t spanIndex = 0;
    for (int i = 0; i < n; ++i) {
        Report& r = reports[i];
        r.startedAt = startedAt;
        if (!lines[i].parsed.ok()) {
            r.target.input = lines[i].input;
            r.verdict = invalidInputVerdict(lines[i].input, lines[i].parsed.error);
        } else {
            const Span& span = spans[spanIndex++];
            const Target& target = *lines[i].parsed.target;
            r.target = target;
            std::vector<platform::ProbeResult> mine(results.begin() + static_cast<std::ptrdiff_t>(span.first),
                                                    results.begin() + static_cast<std::ptrdiff_t>(span.first + span.count));
            StepResult port = addresses[i].isEmpty() ? notRequestedStep(u"port"_s)
                                                     : portStepFromProbes(target, mine, options.step, timer.elapsed());
            if (addresses[i].isEmpty()) {
                port.summary = QCoreApplication::translate("PortStep", "Not tried: the name lookup gave no address.");
                port.data.insert(u"reason"_s, u"no_address"_s);
            }
            r.steps = {notInBatch(u"link"_s), notInBatch(u"ip"_s), dnsSteps[i], notInBatch(u"firewall"_s), port};
            r.steps = reconcileSteps(target, r.steps, false);
            r.verdict = diagnose(target, r.steps);
        }
        r.durationMs = timer.elapsed();
        if (onReport) {
            onReport(r);
        }
    }
    return reports;
}

} // namespace tcpd::core
