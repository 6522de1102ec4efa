// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Batch.h"

#include "diagnosis/Diagnosis.h"
#include "steps/PortStepDetail.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#ifndef _WIN32
#include <dirent.h>
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

// Open files one target may hold at once: its name lookup (the system resolver and the DNS servers
// asked directly) and, per address tried at the same time, one socket per SYN try.
constexpr int kLookupFiles = 6;
// Kept free for everything else the process has open or may open (stdout, the log, Qt's own).
constexpr int kSpareFiles = 8;
// Threads that mostly wait on sockets need little stack; this bounds a long list's address space.
constexpr uint kWorkerStack = 1024 * 1024;

int socketsPerAddress(const BatchOptions& options)
{
    return 1 + static_cast<int>(probeOptionsFor(options.step).retryAt.size());
}

/// Files this process has open now (Linux: /proc/self/fd, macOS: /dev/fd); a guess elsewhere.
int openFilesNow()
{
#ifndef _WIN32
#ifdef __APPLE__
    DIR* dir = ::opendir("/dev/fd");
#else
    DIR* dir = ::opendir("/proc/self/fd");
#endif
    if (dir != nullptr) {
        int n = 0;
        while (const dirent* e = ::readdir(dir)) {
            n += e->d_name[0] != '.' ? 1 : 0;
        }
        ::closedir(dir);
        return std::max(0, n - 1); // the directory itself
    }
#endif
    return 16;
}

/// Files a worker needs to check one target with `addresses` addresses tried at once.
int filesPerWorker(const BatchOptions& options, int addresses)
{
    return kLookupFiles + addresses * socketsPerAddress(options);
}

} // namespace

BatchCapacity batchCapacity(const BatchOptions& options)
{
    BatchCapacity c;
    const int wanted = std::max(1, options.maxInFlight);
    const int open = openFilesNow();
    c.filesNeeded = open + kSpareFiles + filesPerWorker(options, 1);
#ifndef _WIN32
    rlimit lim{};
    if (getrlimit(RLIMIT_NOFILE, &lim) == 0) {
        // Ask for room for every worker with two addresses at once; the hard limit caps it.
        const rlim_t want = static_cast<rlim_t>(open + kSpareFiles) + static_cast<rlim_t>(wanted)
                                                                        * static_cast<rlim_t>(filesPerWorker(options, 2));
        if (lim.rlim_cur != RLIM_INFINITY && lim.rlim_cur < want) {
            lim.rlim_cur = lim.rlim_max == RLIM_INFINITY ? want : std::min(want, lim.rlim_max);
            setrlimit(RLIMIT_NOFILE, &lim);
            getrlimit(RLIMIT_NOFILE, &lim);
        }
        if (lim.rlim_cur == RLIM_INFINITY) {
            c.filesAllowed = -1;
            c.targets = wanted;
            return c;
        }
        c.filesAllowed = static_cast<int>(std::min<rlim_t>(lim.rlim_cur, 1 << 30));
        const int free = c.filesAllowed - open - kSpareFiles;
        c.targets = std::clamp(free / filesPerWorker(options, 2), free >= filesPerWorker(options, 1) ? 1 : 0, wanted);
        return c;
    }
#endif
    // Windows has no per-process limit on sockets worth the name (WSAEMFILE is a kernel memory matter).
    c.filesAllowed = -1;
    c.targets = wanted;
    return c;
}

namespace {

/// One target, start to verdict: its lookup, then its addresses (at most `atOnce` at a time), judged
/// like a single run.
Report checkOne(const BatchLine& line, const BatchOptions& options, const StepOptions& dnsOptions, int atOnce,
                const std::atomic<bool>* cancel, std::mutex& lookupGate, std::condition_variable& lookupFree,
                int& lookupsRunning)
{
    Report r;
    r.startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    const TargetParse parsed = line.deferred ? parseTarget(line.input, options.portOverride) : line.parsed;
    if (!parsed.ok()) {
        r.target.input = line.input;
        r.verdict = invalidInputVerdict(line.input, parsed.error);
        r.durationMs = timer.elapsed();
        return r;
    }
    const Target& target = *parsed.target;
    r.target = target;

    // The name lookup, as an application would do it; a bounded number at once.
    QStringList addresses;
    StepResult dns;
    {
        std::unique_lock lock(lookupGate);
        lookupFree.wait(lock, [&] { return lookupsRunning < std::max(1, options.resolverThreads); });
        ++lookupsRunning;
    }
    dns = runDnsStep(target, dnsOptions, cancel, &addresses);
    {
        const std::lock_guard lock(lookupGate);
        --lookupsRunning;
    }
    lookupFree.notify_one();

    StepResult port;
    if (addresses.isEmpty()) {
        port = notRequestedStep(u"port"_s);
        port.summary = QCoreApplication::translate("PortStep", "Not tried: the name lookup gave no address.");
        port.data.insert(u"reason"_s, u"no_address"_s);
    } else {
        const platform::ProbeOptions probeOptions = probeOptionsFor(options.step);
        std::vector<platform::ProbeResult> results;
        QElapsedTimer probeTimer;
        probeTimer.start();
        for (qsizetype from = 0; from < addresses.size(); from += atOnce) {
            std::vector<platform::Endpoint> part;
            for (qsizetype i = from; i < std::min(addresses.size(), from + atOnce); ++i) {
                part.push_back({addresses[i].toStdString(), target.port, static_cast<std::size_t>(i)});
            }
            const auto got = platform::probeTcp(part, probeOptions, cancel);
            results.insert(results.end(), got.begin(), got.end());
        }
        // Many targets at once can use up the local ports: count them only when a connect said so.
        std::optional<evidence::LocalPortsSeen> localPorts;
        if (anyNoLocalPort(results)) {
            localPorts = localPortsSeen(platform::readLocalPortUsage(results.front().endpoint.address, target.port));
        }
        port = portStepFromProbes(target, results, options.step, probeTimer.elapsed(), 0,
                                  localPorts ? &*localPorts : nullptr);
    }
    r.steps = {notInBatch(u"link"_s), notInBatch(u"ip"_s), dns, notInBatch(u"firewall"_s), port};
    const bool stopped = cancel != nullptr && cancel->load();
    r.steps = reconcileSteps(target, r.steps, stopped);
    r.verdict = diagnose(target, r.steps);
    r.durationMs = timer.elapsed();
    return r;
}

} // namespace

QList<BatchLine> parseTargetList(const QString& text, const QString& portOverride)
{
    QList<BatchLine> lines = splitTargetList(text);
    for (BatchLine& line : lines) {
        line.parsed = parseTarget(line.input, portOverride);
        line.deferred = false;
    }
    return lines;
}

QList<BatchLine> splitTargetList(const QString& text)
{
    QList<BatchLine> out;
    qsizetype lineStart = 0;
    int number = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = text.size();
        }
        ++number;
        QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        if (const auto hash = line.indexOf(u'#'); hash >= 0) {
            line.truncate(hash);
        }
        line = line.trimmed();
        if (!line.isEmpty()) {
            BatchLine b;
            b.lineNumber = number;
            b.input = line.toString();
            b.deferred = true;
            out << std::move(b);
        }
        lineStart = lineEnd + 1;
    }
    return out;
}

int streamBatch(const QList<BatchLine>& lines, const BatchOptions& options, const std::atomic<bool>* cancel,
                const std::function<void(const Report&)>& onReport)
{
    const int n = static_cast<int>(lines.size());
    if (n == 0) {
        return 0;
    }
    const BatchCapacity capacity = batchCapacity(options);
    const int workers = std::clamp(capacity.targets, 1, n);
    const int window = std::max(workers, options.reorderWindow > 0 ? options.reorderWindow : 2048);
    // Addresses of one target tried at once: what the file limit leaves each worker.
    const int perWorker = capacity.filesAllowed < 0
                            ? 1 << 20
                            : (capacity.filesAllowed - openFilesNow() - kSpareFiles) / workers;
    const int atOnce = std::max(1, (perWorker - kLookupFiles) / socketsPerAddress(options));
    StepOptions dnsOptions = options.step;
    dnsOptions.reverseLookup = false; // a reverse lookup would cost up to a second each when a DNS server is silent

    std::mutex mutex;
    std::condition_variable changed;
    int next = 0;    // the next line to start
    int emitted = 0; // lines handed to onReport
    int running = workers;
    std::map<int, Report> finished; // at most `window` entries
    std::mutex lookupGate;
    std::condition_variable lookupFree;
    int lookupsRunning = 0;
    const auto stopping = [cancel] { return cancel != nullptr && cancel->load(); };

    std::vector<std::unique_ptr<QThread>> pool;
    pool.reserve(static_cast<std::size_t>(workers));
    for (int w = 0; w < workers; ++w) {
        pool.emplace_back(QThread::create([&] {
            for (;;) {
                int i = 0;
                {
                    std::unique_lock lock(mutex);
                    // Wait for room in the window; wake every 50 ms to notice a stop.
                    while (next < n && next >= emitted + window && !stopping()) {
                        changed.wait_for(lock, std::chrono::milliseconds(50));
                    }
                    if (next >= n || stopping()) {
                        break;
                    }
                    i = next++;
                }
                Report r = checkOne(lines[i], options, dnsOptions, atOnce, cancel, lookupGate, lookupFree,
                                    lookupsRunning);
                const std::lock_guard lock(mutex);
                finished.emplace(i, std::move(r));
                changed.notify_all();
            }
            const std::lock_guard lock(mutex);
            --running;
            changed.notify_all();
        }));
        pool.back()->setStackSize(kWorkerStack);
        pool.back()->start();
    }

    // Hand the reports over in input order, from this thread, as soon as each one's turn comes.
    std::unique_lock lock(mutex);
    for (;;) {
        const auto it = finished.find(emitted);
        if (it != finished.end()) {
            Report r = std::move(it->second);
            finished.erase(it);
            ++emitted;
            changed.notify_all(); // room in the window
            lock.unlock();
            if (onReport) {
                onReport(r);
            }
            lock.lock();
            continue;
        }
        if (running == 0) {
            break; // everything started was reported (the lines started form a prefix of the list)
        }
        changed.wait(lock);
    }
    lock.unlock();
    for (const auto& t : pool) {
        t->wait();
    }
    return emitted;
}

QList<Report> runBatch(const QList<BatchLine>& lines, const BatchOptions& options, const std::atomic<bool>* cancel,
                       const std::function<void(const Report&)>& onReport)
{
    QList<Report> reports;
    reports.reserve(lines.size());
    streamBatch(lines, options, cancel, [&](const Report& r) {
        reports << r;
        if (onReport) {
            onReport(r);
        }
    });
    return reports;
}

} // namespace tcpd::core
