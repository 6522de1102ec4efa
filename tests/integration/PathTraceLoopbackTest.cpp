// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The TCP path trace and the firewall step on loopback only (127.0.0.1): a listener, a closed
// port, and a listener whose accept queue is full (it drops SYNs: silence). No other traffic.

#include "platform/PathTrace.h"
#include "steps/Steps.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace tcpd::platform;

namespace {

/// A listener on 127.0.0.1. `full`: backlog 0 with one connection queued, so further SYNs are dropped.
struct Listener {
    int fd = -1;
    int client = -1;
    uint16_t port = 0;
    explicit Listener(bool full)
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd, full ? 0 : 8) != 0
            || ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
            return;
        }
        port = ntohs(a.sin_port);
        if (full) {
            client = ::socket(AF_INET, SOCK_STREAM, 0);
            ::connect(client, reinterpret_cast<sockaddr*>(&a), sizeof a); // fills the queue; never accepted
        }
    }
    ~Listener()
    {
        if (client >= 0) ::close(client);
        if (fd >= 0) ::close(fd);
    }
};

uint16_t closedPort()
{
    Listener l(false);
    return l.port; // closed again when l goes away
}

tcpd::core::StepResult portResult(const QString& outcome, uint16_t port)
{
    tcpd::core::StepResult r;
    r.id = u"port"_s;
    r.status = tcpd::core::StepStatus::Fail;
    r.data.insert(u"attempts"_s, QJsonArray{QJsonObject{{u"address"_s, u"127.0.0.1"_s}, {u"family"_s, u"ipv4"_s},
                                                        {u"outcome"_s, outcome}, {u"port"_s, port}}});
    return r;
}

} // namespace

TEST(PathTraceLoopback, AListenerIsReachedAtTheFirstHop)
{
    Listener l(false);
    ASSERT_NE(l.port, 0);
    const TraceResult r = tracePath({"127.0.0.1", l.port}, TraceOptions{}, nullptr);
    ASSERT_TRUE(r.available) << r.skipReason;
    EXPECT_EQ(r.method, "tcp-syn");
    EXPECT_EQ(r.stop, TraceStop::ReachedTarget);
    ASSERT_EQ(r.hops.size(), 1u);
    EXPECT_EQ(r.hops[0].kind, HopKind::TargetOpen);
    EXPECT_EQ(r.hops[0].address, "127.0.0.1");
    EXPECT_EQ(r.lastAnsweringHop(), nullptr) << "no router on loopback";
}

TEST(PathTraceLoopback, AClosedPortAnswersRst)
{
    const uint16_t port = closedPort();
    const TraceResult r = tracePath({"127.0.0.1", port}, TraceOptions{}, nullptr);
    EXPECT_EQ(r.stop, TraceStop::ReachedTarget);
    ASSERT_FALSE(r.hops.empty());
    EXPECT_EQ(r.hops[0].kind, HopKind::TargetRefused);
}

TEST(PathTraceLoopback, SilenceEndsAfterThreeSilentHops)
{
    Listener l(true);
    ASSERT_NE(l.port, 0);
    TraceOptions o;
    o.probeTimeoutMs = 300;
    const TraceResult r = tracePath({"127.0.0.1", l.port}, o, nullptr);
    EXPECT_EQ(r.stop, TraceStop::Silence);
    ASSERT_EQ(r.hops.size(), 3u);
    for (const TraceHop& h : r.hops) {
        EXPECT_EQ(h.kind, HopKind::Silent);
        EXPECT_TRUE(h.address.empty());
    }
}

TEST(PathTraceLoopback, CancelEndsASilentTrace)
{
    Listener l(true);
    ASSERT_NE(l.port, 0);
    TraceOptions o;
    o.probeTimeoutMs = 10000; // would wait 10 s per silent hop
    o.budgetMs = 60000;
    std::atomic<bool> cancel{false};
    std::thread stopper([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        cancel = true;
    });
    const auto start = std::chrono::steady_clock::now();
    const TraceResult r = tracePath({"127.0.0.1", l.port}, o, &cancel);
    const auto took = std::chrono::steady_clock::now() - start;
    stopper.join();
    EXPECT_EQ(r.stop, TraceStop::Cancelled);
    // Not a speed assertion: only that cancel ended a 10 s wait (generous bound for a busy machine).
    EXPECT_LT(took, std::chrono::seconds(5));
}

TEST(FirewallStepLoopback, SilenceGetsATraceControlsAndAConclusion)
{
    Listener l(true);
    ASSERT_NE(l.port, 0);
    tcpd::core::Target t;
    t.host = t.displayHost = u"127.0.0.1"_s;
    t.port = l.port;
    t.isAddress = true;
    tcpd::core::StepOptions options;
    options.timeoutMs = 300;
    const tcpd::core::StepResult port = portResult(u"filtered"_s, l.port);
    const tcpd::core::StepResult r = tcpd::core::runFirewallStep(t, options, nullptr, &port);
    EXPECT_EQ(r.id, u"firewall");
    EXPECT_EQ(r.status, tcpd::core::StepStatus::Fail);
    const QJsonObject trace = r.data.value(u"trace"_s).toObject();
    EXPECT_TRUE(trace.value(u"ran"_s).toBool());
    EXPECT_EQ(trace.value(u"method"_s).toString(), u"tcp-syn");
    EXPECT_EQ(trace.value(u"hops"_s).toArray().size(), 3);
    EXPECT_TRUE(trace.value(u"last_answering_hop"_s).isNull());
    const QJsonArray controls = r.data.value(u"controls"_s).toArray();
    ASSERT_EQ(controls.size(), 3); // 22, 80, 443 on 127.0.0.1 only
    for (const QJsonValue& c : controls) {
        EXPECT_EQ(c.toObject().value(u"address"_s).toString(), u"127.0.0.1");
        EXPECT_EQ(c.toObject().value(u"kind"_s).toString(), u"other_port");
    }
    const QString code = r.data.value(u"conclusion"_s).toObject().value(u"code"_s).toString();
    EXPECT_TRUE(code == u"server_firewall_probable" || code == u"host_silent") << code.toStdString();
    // This computer's firewall: nftables is read as root, and honestly "needs admin" otherwise.
    const QJsonObject local = r.data.value(u"local"_s).toObject();
    EXPECT_EQ(local.value(u"os"_s).toString(), u"linux");
    for (const QJsonValue& v : local.value(u"sources"_s).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"id"_s).toString() == u"nftables" && s.value(u"status"_s).toString() != u"not_installed") {
            EXPECT_EQ(s.value(u"status"_s).toString(), ::geteuid() == 0 ? u"ok"_s : u"needs_admin"_s);
        }
    }
    EXPECT_FALSE(r.findings.isEmpty());
}

TEST(FirewallStepLoopback, AnOpenPortNeedsNoTraceAndPasses)
{
    Listener l(false);
    tcpd::core::Target t;
    t.host = t.displayHost = u"127.0.0.1"_s;
    t.port = l.port;
    t.isAddress = true;
    const tcpd::core::StepResult port = portResult(u"open"_s, l.port);
    const tcpd::core::StepResult r = tcpd::core::runFirewallStep(t, tcpd::core::StepOptions{}, nullptr, &port);
    EXPECT_EQ(r.status, tcpd::core::StepStatus::Pass);
    EXPECT_FALSE(r.data.value(u"trace"_s).toObject().value(u"ran"_s).toBool());
    EXPECT_EQ(r.data.value(u"trace"_s).toObject().value(u"skipped_reason"_s).toString(), u"not_needed");
    EXPECT_TRUE(r.data.value(u"controls"_s).toArray().isEmpty()) << "nothing else is probed when nothing is blocked";
    EXPECT_EQ(r.data.value(u"conclusion"_s).toObject().value(u"code"_s).toString(), u"none");
}
