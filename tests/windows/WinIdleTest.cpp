// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The idle engine (core/platform/IdleProbe.cpp) with real Winsock on loopback. Whether a sent byte was
// acknowledged comes from SIO_TCP_INFO (Windows 10 1703 and later); where the system does not answer it
// (Wine), a byte that gets neither an answer nor an error must be "unknown", never "alive".

#include "WinTestSupport.h"
#include "platform/IdleProbe.h"

#include <gtest/gtest.h>

#include <chrono>

using tcpd::platform::IdleProbeOptions;
using tcpd::platform::IdleState;
using tcpd::platform::probeIdle;
using tcpd::wintest::WinLoopbackServer;

namespace {
IdleProbeOptions periods(std::vector<int> p)
{
    IdleProbeOptions o;
    o.periodsS = std::move(p);
    o.answerBudgetMs = 1500;
    return o;
}
} // namespace

TEST(WinIdle, AServerThatAnswersKeepsTheConnectionAlive)
{
    WinLoopbackServer server(WinLoopbackServer::Mode::Echo);
    ASSERT_TRUE(server.ok());
    int reported = 0;
    const auto results = probeIdle("127.0.0.1", server.port(), periods({1}), [&](const auto&) { ++reported; });
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(reported, 1);
    EXPECT_EQ(results[0].state, IdleState::Alive) << results[0].error;
    EXPECT_GT(results[0].localPort, 0);
    EXPECT_GE(results[0].connectMs, 0);
}

TEST(WinIdle, ASilentServerIsAliveOnlyWhenTheSystemSaysTheByteWasAcknowledged)
{
    WinLoopbackServer server(WinLoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const auto results = probeIdle("127.0.0.1", server.port(), periods({1}), {});
    ASSERT_EQ(results.size(), 1u);
    if (results[0].ackKnown) {
        EXPECT_EQ(results[0].state, IdleState::Alive) << "SIO_TCP_INFO said the byte was acknowledged";
    } else {
        EXPECT_EQ(results[0].state, IdleState::Unknown) << "no SIO_TCP_INFO and no answer: not known";
    }
    if (!tcpd::wintest::underWine()) {
        EXPECT_TRUE(results[0].ackKnown) << "Windows 10 1703 and later answer SIO_TCP_INFO";
    }
}

TEST(WinIdle, AServerThatHangsUpWhileIdleClosedIt)
{
    WinLoopbackServer server(WinLoopbackServer::Mode::Close);
    ASSERT_TRUE(server.ok());
    const auto results = probeIdle("127.0.0.1", server.port(), periods({5}), {});
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].state, IdleState::Closed) << results[0].error;
    EXPECT_GE(results[0].diedAfterS, 0);
    EXPECT_LT(results[0].diedAfterS, 4) << "found while idle, not at the end of the period";
}

TEST(WinIdle, NothingListeningIsNotConnected)
{
    const unsigned short port = WinLoopbackServer::closedPort();
    const auto start = std::chrono::steady_clock::now();
    const auto results = probeIdle("127.0.0.1", port, periods({30}), {});
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].state, IdleState::NotConnected);
    EXPECT_FALSE(results[0].error.empty());
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
}
