// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The service step against loopback servers: an HTTP answer, and the second try with small segments after
// a TLS hello or an HTTP request that got no answer (a real black hole needs the lab: service-mtu).

#include "LoopbackServer.h"
#include "evidence/ServiceEvidence.h"
#include "steps/ServiceStep.h"
#include "target/Target.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;
using tcpd::core::StepOptions;
using tcpd::core::StepStatus;
using tcpd::core::evidence::ServiceEvidence;
using tcpd::test::LoopbackServer;

namespace {

tcpd::core::Target loopback(const QString& input)
{
    const tcpd::core::TargetParse p = tcpd::core::parseTarget(input);
    EXPECT_TRUE(p.ok()) << input.toStdString();
    return p.target.value_or(tcpd::core::Target{});
}

} // namespace

TEST(ServiceStep, ASilentTlsServiceGetsASecondTryWithSmallSegments)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    StepOptions options;
    options.tls = tcpd::core::TlsMode::On;
    options.serviceTimeoutMs = 600; // the second try gets its floor of 1.5 s
    tcpd::core::Target t = loopback(u"127.0.0.1:443"_s);
    t.port = server.port();
    const auto r = tcpd::core::runServiceStep(t, u"127.0.0.1"_s, options, nullptr);
    const ServiceEvidence e = ServiceEvidence::fromJson(r.data, true);
    EXPECT_EQ(e.check, u"tls");
    EXPECT_EQ(e.result, u"no_answer");
    ASSERT_TRUE(e.small.tried) << "a stalled hello is tried once more";
    EXPECT_EQ(e.small.mss, 1200);
    EXPECT_EQ(e.small.result, u"no_answer") << e.small.error.toStdString();
    EXPECT_EQ(e.small.interfaceName, u"lo") << "the route to 127.0.0.1 leaves by the loopback interface";
    EXPECT_GT(e.small.interfaceMtu, 0);
    EXPECT_GE(server.accepted(), 2) << "two connections: the first try and the small one";
    EXPECT_EQ(r.status, StepStatus::Fail);
    EXPECT_TRUE(r.summary.contains(u"small packets"_s)) << r.summary.toStdString();
}

TEST(ServiceStep, AnAnsweredRequestNeedsNoSecondTry)
{
    LoopbackServer server(LoopbackServer::Mode::Banner, "HTTP/1.1 503 Service Unavailable\r\nServer: lb\r\n\r\n");
    ASSERT_TRUE(server.ok());
    StepOptions options;
    options.serviceTimeoutMs = 3000;
    tcpd::core::Target t = loopback(u"http://127.0.0.1/"_s);
    t.port = server.port();
    const auto r = tcpd::core::runServiceStep(t, u"127.0.0.1"_s, options, nullptr);
    const ServiceEvidence e = ServiceEvidence::fromJson(r.data, true);
    EXPECT_EQ(e.result, u"status");
    EXPECT_EQ(e.httpStatus, 503);
    EXPECT_FALSE(e.small.tried);
    EXPECT_EQ(server.accepted(), 1);
}

TEST(ServiceStep, StoppingDuringTheFirstTryMakesNoSecondOne)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    StepOptions options;
    options.tls = tcpd::core::TlsMode::On;
    options.serviceTimeoutMs = 5000;
    tcpd::core::Target t = loopback(u"127.0.0.1:443"_s);
    t.port = server.port();
    std::atomic<bool> cancel{false};
    std::thread stopper([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    const auto r = tcpd::core::runServiceStep(t, u"127.0.0.1"_s, options, &cancel);
    stopper.join();
    const ServiceEvidence e = ServiceEvidence::fromJson(r.data, true);
    EXPECT_TRUE(e.cancelled);
    EXPECT_FALSE(e.small.tried);
    EXPECT_LT(e.elapsedMs, 4000) << "the stop ended the wait";
}
