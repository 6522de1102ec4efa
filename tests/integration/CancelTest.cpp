// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Issue 14: the whole checklist (Runner) cancelled at 100 random moments, against loopback targets
// (open, refused, silent after accept, and a name whose DNS server never answers). Each time: the
// run ends, as cancelled unless it had already found its answer; every worker has stopped; nothing
// arrives after finished(); no socket is left open. The cancel-to-stopped latency is printed
// (p50/p95/max); the goal is 200 ms (docs/security.md), the assertion only a hang bound.

#include "DnsFakeServer.h"
#include "LoopbackServer.h"
#include "platform/ResolverWatchdog.h"
#include "runner/Runner.h"
#include "steps/DnsEvidence.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThreadPool>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <thread>

using namespace Qt::StringLiterals;
using tcpd::core::Report;
using tcpd::core::Runner;
using tcpd::test::DnsFakeServer;
using tcpd::test::LoopbackServer;

namespace {

constexpr int kRuns = 100;
constexpr qint64 kHangBoundMs = 2000; // generous: the goal is 200 ms, measured and printed, not asserted

int openFds()
{
    return static_cast<int>(QDir(u"/proc/self/fd"_s).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size());
}

/// Lookups of the stand-in system resolver still blocked (a hung getaddrinfo cannot be interrupted).
std::atomic<int> g_hungLookups{0};
std::atomic<bool> g_releaseLookups{false};

/// The DNS step against a DnsFakeServer that never answers, with a system resolver that hangs like
/// a getaddrinfo waiting for that server: the real watchdog has to give up on it, not the lookup.
Runner::Options silentDnsOptions(const DnsFakeServer& server)
{
    Runner::Options options;
    const unsigned short port = server.port();
    options.dnsStep = [port](const tcpd::core::Target& target, const tcpd::core::StepOptions& stepOptions,
                             const std::atomic<bool>* cancel, QStringList* addresses) {
        tcpd::core::DnsEnvironment env;
        env.config.servers.push_back({"127.0.0.1", "configured", port});
        env.config.readOk = true;
        env.config.source = "test resolv.conf";
        env.hostsPath = "/nonexistent/tcpdoctor-test-hosts";
        env.thisHostName = u"testhost"_s;
        env.systemResolver = [](const std::string&, tcpd::platform::Family, int timeoutMs, const std::atomic<bool>* c) {
            return tcpd::platform::detail::resolveWithWatchdog(
                [](tcpd::platform::SystemResolution& r) {
                    ++g_hungLookups;
                    // Blocks like a resolver that waits for a silent server (bounded: 10 s at most).
                    for (int i = 0; i < 1000 && !g_releaseLookups; ++i) {
                        std::this_thread::sleep_for(std::chrono::milliseconds(10));
                    }
                    r.status = tcpd::platform::SystemResolution::Status::Timeout;
                    --g_hungLookups;
                },
                timeoutMs, c);
        };
        return tcpd::core::runDnsStepWith(target, stepOptions, env, cancel, addresses);
    };
    return options;
}

struct Outcome {
    bool finished = false;
    bool finishedBeforeCancel = false;
    int finishedCount = 0;
    int afterFinished = 0; ///< signals that came after finished()
    qint64 latencyMs = -1; ///< cancel() until finished() and every worker stopped
    Report report;
};

/// Starts one run and cancels it after `delayMs`.
Outcome runAndCancel(const QString& input, const Runner::Options& options, int delayMs)
{
    Outcome out;
    const auto parsed = tcpd::core::parseTarget(input);
    EXPECT_TRUE(parsed.ok()) << parsed.error.toStdString();
    if (!parsed.ok()) {
        return out;
    }
    Runner runner;
    QEventLoop loop;
    QElapsedTimer sinceCancel;
    QObject::connect(&runner, &Runner::stepFinished, &loop, [&] { out.afterFinished += out.finished ? 1 : 0; });
    QObject::connect(&runner, &Runner::stepStarted, &loop, [&] { out.afterFinished += out.finished ? 1 : 0; });
    QObject::connect(&runner, &Runner::finished, &loop, [&](const Report& r) {
        ++out.finishedCount;
        if (out.finished) {
            ++out.afterFinished;
            return;
        }
        out.finished = true;
        out.finishedBeforeCancel = !sinceCancel.isValid();
        out.report = r;
        loop.quit();
    });
    QTimer::singleShot(delayMs, &loop, [&] {
        if (!out.finished) {
            sinceCancel.start();
            runner.cancel();
        }
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit); // hang bound for the whole run
    runner.start(*parsed.target, options);
    loop.exec();
    // Every worker of the pool has stopped (nothing else in this test uses the global pool).
    const bool stopped = QThreadPool::globalInstance()->waitForDone(static_cast<int>(kHangBoundMs));
    EXPECT_TRUE(stopped) << "a worker was still running " << kHangBoundMs << " ms after the run ended";
    if (sinceCancel.isValid() && out.finished) {
        out.latencyMs = sinceCancel.elapsed();
    }
    // Anything still queued for this runner would arrive now.
    QEventLoop settle;
    QTimer::singleShot(30, &settle, &QEventLoop::quit);
    settle.exec();
    return out;
}

qint64 percentile(std::vector<qint64> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto i
        = static_cast<std::size_t>(std::clamp(p * static_cast<double>(v.size() - 1), 0.0, double(v.size() - 1)));
    return v[i];
}

} // namespace

TEST(Cancel, HundredRandomMomentsEveryWorkerStopsNothingLeaks)
{
    std::random_device device;
    const unsigned seed = qEnvironmentVariableIsSet("TCPDOCTOR_CANCEL_SEED")
        ? qEnvironmentVariable("TCPDOCTOR_CANCEL_SEED").toUInt()
        : device();
    std::printf("[ cancel   ] seed %u (set TCPDOCTOR_CANCEL_SEED=%u to repeat)\n", seed, seed);
    std::mt19937 random(seed);

    struct Kind {
        const char* name;
        LoopbackServer::Mode mode;
        bool refused = false;
        bool silentName = false;
        qint64 fullMs = 0; ///< how long an uncancelled run takes (measured below): cancels fall within it
    };
    std::vector<Kind> kinds = {{"open", LoopbackServer::Mode::Banner},
                               {"refused", LoopbackServer::Mode::Silent, true},
                               {"silent after accept", LoopbackServer::Mode::Silent},
                               {"silent DNS server", LoopbackServer::Mode::Silent, false, true}};

    // One refused port for every run: closedPort() keeps its socket bound for the whole process, so
    // asking inside the loop would count as a leaked descriptor per run.
    const unsigned short refusedPort = LoopbackServer::closedPort();
    ASSERT_NE(refusedPort, 0);
    auto inputFor = [refusedPort](const Kind& k, const LoopbackServer& server) {
        if (k.silentName) {
            return u"app.tcpdoctor-test.example:%1"_s.arg(server.port());
        }
        return u"127.0.0.1:%1"_s.arg(k.refused ? refusedPort : server.port());
    };

    // Warm-up (lazy allocations of Qt and the resolver) and the length of an uncancelled run of each kind.
    for (Kind& k : kinds) {
        LoopbackServer server(k.mode, "SSH-2.0-test\r\n");
        DnsFakeServer dns({}, true);
        ASSERT_TRUE(server.ok() && dns.ok());
        const Runner::Options options = k.silentName ? silentDnsOptions(dns) : Runner::Options{};
        QElapsedTimer t;
        t.start();
        const Outcome full = runAndCancel(inputFor(k, server), options, 30000);
        k.fullMs = std::max<qint64>(t.elapsed(), 1);
        ASSERT_TRUE(full.finished) << k.name;
        std::printf("[ cancel   ] %s: an uncancelled run takes %lld ms (%s)\n", k.name,
                    static_cast<long long>(k.fullMs), qPrintable(full.report.verdict.code));
    }
    g_releaseLookups = true; // let the warm-up's hung lookups end
    for (int i = 0; i < 300 && g_hungLookups > 0; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    g_releaseLookups = false;

    std::vector<qint64> latencies;
    int cancelled = 0;
    int finishedFirst = 0;
    for (int run = 0; run < kRuns; ++run) {
        const Kind& k = kinds[static_cast<std::size_t>(run) % kinds.size()];
        const int delayMs
            = std::uniform_int_distribution<int>(0, static_cast<int>(std::min<qint64>(k.fullMs, 3500)))(random);
        const int fdsBefore = openFds();
        Outcome out;
        {
            LoopbackServer server(k.mode, "SSH-2.0-test\r\n");
            DnsFakeServer dns({}, true);
            ASSERT_TRUE(server.ok() && dns.ok());
            const Runner::Options options = k.silentName ? silentDnsOptions(dns) : Runner::Options{};
            out = runAndCancel(inputFor(k, server), options, delayMs);
        }
        const std::string where = std::string(k.name) + ", cancelled after " + std::to_string(delayMs) + " ms, run "
            + std::to_string(run) + ", seed " + std::to_string(seed);
        ASSERT_TRUE(out.finished) << "the run never ended: " << where;
        EXPECT_EQ(out.finishedCount, 1) << where;
        EXPECT_EQ(out.afterFinished, 0) << "a result arrived after the run ended: " << where;
        if (out.finishedBeforeCancel) {
            ++finishedFirst;
        } else {
            ++cancelled;
            latencies.push_back(out.latencyMs);
            EXPECT_LE(out.latencyMs, kHangBoundMs) << where;
            // Cancelled: tool.error "cancelled", unless what had already come in was a complete answer.
            const QString code = out.report.verdict.code;
            EXPECT_TRUE(code == u"tool.error" || out.report.verdict.isOk()) << code.toStdString() << ": " << where;
            if (code == u"tool.error") {
                EXPECT_TRUE(out.report.verdict.explanation.contains(u"cancel"_s, Qt::CaseInsensitive)) << where;
            }
            if (k.silentName) {
                EXPECT_EQ(code, u"tool.error") << "a silent DNS server cannot give an answer: " << where;
            }
        }
        // No socket left behind (the servers of this round are gone too).
        int fdsAfter = openFds();
        for (int i = 0; i < 50 && fdsAfter > fdsBefore; ++i) { // c-ares or a worker may close a moment later
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            fdsAfter = openFds();
        }
        EXPECT_LE(fdsAfter, fdsBefore) << "file descriptors leaked: " << where;
    }
    ASSERT_FALSE(latencies.empty());
    std::printf("[ cancel   ] %d runs cancelled mid-run, %d had finished first; cancel -> every worker stopped: "
                "p50 %lld ms, p95 %lld ms, max %lld ms (goal 200 ms)\n",
                cancelled, finishedFirst, static_cast<long long>(percentile(latencies, 0.5)),
                static_cast<long long>(percentile(latencies, 0.95)),
                static_cast<long long>(*std::max_element(latencies.begin(), latencies.end())));
    EXPECT_GE(cancelled, kRuns / 2) << "most moments should fall inside a run";

    // The system resolver's hung lookups were left behind (the runner does not wait for them): they
    // end on their own once the resolver returns.
    std::printf("[ cancel   ] hung system-resolver lookups left running by the watchdog: %d\n", g_hungLookups.load());
    g_releaseLookups = true;
    for (int i = 0; i < 300 && g_hungLookups > 0; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    EXPECT_EQ(g_hungLookups.load(), 0);
}
