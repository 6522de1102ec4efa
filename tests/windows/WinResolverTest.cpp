// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Windows system resolver (windows/ResolverWin.cpp: GetAddrInfoW with a watchdog) and numeric address
// parsing. No DNS traffic: only "localhost", numeric addresses and names refused before any lookup.

#include "WinTestSupport.h"
#include "platform/Resolver.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

using tcpd::platform::Family;
using tcpd::platform::isNumericAddress;
using tcpd::platform::resolveSystem;
using tcpd::platform::SystemResolution;
using Status = SystemResolution::Status;

// A bound against a hung resolver, not a speed limit: a Wine process starting up on a busy machine can take
// seconds before its first lookup (speed is measured in bench/, never asserted here).
constexpr int kBoundMs = 30000;

namespace {
bool contains(const std::vector<std::string>& v, const std::string& s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}
} // namespace

TEST(WinResolver, LocalhostGivesTheIpv4Loopback)
{
    const SystemResolution r = resolveSystem("localhost", Family::Any, kBoundMs);
    ASSERT_EQ(r.status, Status::Ok) << r.gaiError << " " << r.errorText;
    EXPECT_TRUE(contains(r.addresses, "127.0.0.1"));
    EXPECT_EQ(r.gaiError, 0);
    EXPECT_GE(r.elapsedMs, 0.0);
}

TEST(WinResolver, LocalhostAlsoGivesTheIpv6Loopback)
{
    if (tcpd::wintest::underWine()) {
        GTEST_SKIP() << "Wine " << tcpd::wintest::wineVersion()
                     << " answers only 127.0.0.1 for localhost; Windows also answers ::1 (WINDOWS.md)";
    }
    if (!tcpd::wintest::ipv6LoopbackAvailable()) {
        GTEST_SKIP() << "no IPv6 loopback (::1) on this machine";
    }
    const SystemResolution r = resolveSystem("localhost", Family::Any, kBoundMs);
    ASSERT_EQ(r.status, Status::Ok) << r.gaiError << " " << r.errorText;
    EXPECT_TRUE(contains(r.addresses, "::1"));
}

TEST(WinResolver, FamilyIpv4GivesOnlyIpv4)
{
    const SystemResolution r = resolveSystem("localhost", Family::IPv4, kBoundMs);
    ASSERT_EQ(r.status, Status::Ok) << r.gaiError << " " << r.errorText;
    ASSERT_FALSE(r.addresses.empty());
    for (const std::string& a : r.addresses) {
        EXPECT_EQ(a.find(':'), std::string::npos) << a;
    }
}

TEST(WinResolver, NumericAddressesResolveToThemselves)
{
    SystemResolution r = resolveSystem("127.0.0.1", Family::Any, kBoundMs);
    ASSERT_EQ(r.status, Status::Ok) << r.gaiError << " " << r.errorText;
    EXPECT_EQ(r.addresses, std::vector<std::string>{"127.0.0.1"});

    r = resolveSystem("::1", Family::Any, kBoundMs);
    ASSERT_EQ(r.status, Status::Ok) << r.gaiError << " " << r.errorText;
    EXPECT_EQ(r.addresses, std::vector<std::string>{"::1"});
}

TEST(WinResolver, InvalidNamesFailBeforeAnyLookup)
{
    // A timeout of 0: these must fail at once, before any thread or lookup is started.
    SystemResolution r = resolveSystem("", Family::Any, 0);
    EXPECT_EQ(r.status, Status::Error);
    EXPECT_NE(r.gaiError, 0);
    EXPECT_FALSE(r.errorText.empty());

    r = resolveSystem("bad\xff\xfe", Family::Any, 0); // not UTF-8
    EXPECT_EQ(r.status, Status::Error);
    EXPECT_TRUE(r.addresses.empty());
}

TEST(WinNumericAddress, Ipv4)
{
    bool v6 = true;
    EXPECT_TRUE(isNumericAddress("127.0.0.1", &v6));
    EXPECT_FALSE(v6);
    EXPECT_TRUE(isNumericAddress("192.0.2.10"));
    EXPECT_FALSE(isNumericAddress("256.1.1.1"));
}

TEST(WinNumericAddress, Ipv6WithAndWithoutIndexZone)
{
    bool v6 = false;
    EXPECT_TRUE(isNumericAddress("::1", &v6));
    EXPECT_TRUE(v6);
    EXPECT_TRUE(isNumericAddress("2001:db8::1"));
    EXPECT_TRUE(isNumericAddress("fe80::1%1"));
    EXPECT_FALSE(isNumericAddress("2001:db8::1::2"));
}

TEST(WinNumericAddress, NamesAndJunkAreNotNumeric)
{
    EXPECT_FALSE(isNumericAddress(""));
    EXPECT_FALSE(isNumericAddress("localhost"));
    EXPECT_FALSE(isNumericAddress("example.com"));
    EXPECT_FALSE(isNumericAddress("[::1]"));
    EXPECT_FALSE(isNumericAddress("127.0.0.1:80"));
}
