// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "platform/ResolverWatchdog.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

using tcpd::platform::SystemResolution;
using tcpd::platform::detail::resolveWithWatchdog;

TEST(ResolverWatchdog, AnAnswerIsPassedThrough)
{
    const SystemResolution r = resolveWithWatchdog(
        [](SystemResolution& out) {
            out.status = SystemResolution::Status::Ok;
            out.addresses = {"192.0.2.1"};
        },
        5000, nullptr);
    EXPECT_EQ(r.status, SystemResolution::Status::Ok);
    ASSERT_EQ(r.addresses.size(), 1u);
    EXPECT_EQ(r.addresses[0], "192.0.2.1");
}

TEST(ResolverWatchdog, AHangingResolverIsATimeoutNotAHang)
{
    const SystemResolution r = resolveWithWatchdog(
        [](SystemResolution& out) {
            std::this_thread::sleep_for(std::chrono::seconds(3));
            out.status = SystemResolution::Status::Ok;
        },
        100, nullptr);
    EXPECT_EQ(r.status, SystemResolution::Status::Timeout);
    EXPECT_FALSE(r.errorText.empty());
}

TEST(ResolverWatchdog, CancelEndsTheWait)
{
    std::atomic<bool> cancel{true};
    const SystemResolution r = resolveWithWatchdog(
        [](SystemResolution&) { std::this_thread::sleep_for(std::chrono::seconds(3)); }, 60000, &cancel);
    EXPECT_EQ(r.status, SystemResolution::Status::Cancelled);
}

TEST(ResolverWatchdog, AThrowingLookupIsAnError)
{
    const SystemResolution r =
        resolveWithWatchdog([](SystemResolution&) { throw std::bad_alloc(); }, 5000, nullptr);
    EXPECT_EQ(r.status, SystemResolution::Status::Error);
}
