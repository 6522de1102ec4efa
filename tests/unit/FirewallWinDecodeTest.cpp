// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Windows firewall and trace backends' pure decisions, on every OS. Inputs are the strings and
// codes Windows documents for INetFwRule (RemotePorts, RemoteAddresses, Profiles) and
// IcmpSendEcho2 (IP_STATUS): Wine cannot produce them (its INetFwPolicy2 is a stub).

#include "platform/windows/FirewallWinDecode.h"

#include <gtest/gtest.h>

using namespace tcpd::platform;
using namespace tcpd::platform::windecode;

TEST(FirewallWinDecode, RemotePorts)
{
    EXPECT_EQ(portListMatches("*", 8080), Match::Yes);
    EXPECT_EQ(portListMatches("", 8080), Match::Yes);
    EXPECT_EQ(portListMatches("80,443,8080", 8080), Match::Yes);
    EXPECT_EQ(portListMatches("80, 443", 8080), Match::No);
    EXPECT_EQ(portListMatches("8000-8100", 8080), Match::Yes);
    EXPECT_EQ(portListMatches("8000-8079,8081-9000", 8080), Match::No);
    EXPECT_EQ(portListMatches("RPC", 135), Match::Maybe);
    EXPECT_EQ(portListMatches("IPHTTPSOut,443", 443), Match::Yes);
}

TEST(FirewallWinDecode, RemoteAddresses)
{
    EXPECT_EQ(addressListMatches("*", "203.0.113.2"), Match::Yes);
    EXPECT_EQ(addressListMatches("203.0.113.2", "203.0.113.2"), Match::Yes);
    EXPECT_EQ(addressListMatches("203.0.113.0/24", "203.0.113.2"), Match::Yes);
    EXPECT_EQ(addressListMatches("203.0.113.0/255.255.255.0", "203.0.113.2"), Match::Yes);
    EXPECT_EQ(addressListMatches("10.0.0.0/255.0.0.0,192.0.2.1-192.0.2.9", "192.0.2.5"), Match::Yes);
    EXPECT_EQ(addressListMatches("10.0.0.0/255.0.0.0,192.0.2.1-192.0.2.9", "192.0.2.10"), Match::No);
    EXPECT_EQ(addressListMatches("LocalSubnet", "192.0.2.10"), Match::Maybe);
    EXPECT_EQ(addressListMatches("LocalSubnet,203.0.113.2", "203.0.113.2"), Match::Yes);
    EXPECT_EQ(addressListMatches("2001:db8::/32", "2001:db8:2::2"), Match::Yes);
    EXPECT_EQ(addressListMatches("2001:db8::/32", "2001:db9::1"), Match::No);
    EXPECT_EQ(addressListMatches("203.0.113.0/24", "2001:db8::1"), Match::No);
    EXPECT_EQ(addressListMatches("::1", "::1"), Match::Yes);
}

TEST(FirewallWinDecode, ParseAddress)
{
    std::vector<uint8_t> a;
    ASSERT_TRUE(parseAddress("2001:db8::1", a));
    ASSERT_EQ(a.size(), 16u);
    EXPECT_EQ(a[0], 0x20);
    EXPECT_EQ(a[15], 1);
    EXPECT_TRUE(parseAddress("::", a));
    EXPECT_FALSE(parseAddress("2001:db8:::1", a));
    EXPECT_FALSE(parseAddress("256.1.1.1", a));
    EXPECT_FALSE(parseAddress("1.2.3", a));
    EXPECT_FALSE(parseAddress("LocalSubnet", a));
}

TEST(FirewallWinDecode, OutboundRules)
{
    const FirewallQuery q{"203.0.113.2", 8080, false};
    WinRule block;
    block.name = "Block 8080";
    block.direction = 2;
    block.enabled = true;
    block.action = 0;
    block.protocol = 6;
    block.remotePorts = "8080";
    block.profiles = 4; // public
    EXPECT_EQ(outboundRuleApplies(block, 4, q), Match::Yes);
    EXPECT_EQ(outboundRuleApplies(block, 2, q), Match::No) << "not in the current (private) profile";
    WinRule inbound = block;
    inbound.direction = 1;
    EXPECT_EQ(outboundRuleApplies(inbound, 4, q), Match::No);
    WinRule disabled = block;
    disabled.enabled = false;
    EXPECT_EQ(outboundRuleApplies(disabled, 4, q), Match::No);
    WinRule udp = block;
    udp.protocol = 17;
    EXPECT_EQ(outboundRuleApplies(udp, 4, q), Match::No);
    WinRule app = block;
    app.application = "C:\\Program Files\\App\\app.exe";
    EXPECT_EQ(outboundRuleApplies(app, 4, q), Match::Maybe) << "a rule for one program may or may not be ours";
    WinRule any = block;
    any.protocol = 256;
    any.remotePorts = "*";
    any.profiles = 0x7fffffff;
    EXPECT_EQ(outboundRuleApplies(any, 1, q), Match::Yes);
}

TEST(FirewallWinDecode, ProfilesAndIcmpStatus)
{
    EXPECT_EQ(profileNames(5), (std::vector<std::string>{"domain", "public"}));
    EXPECT_EQ(decodeIcmpStatus(11013).kind, HopKind::TimeExceeded); // IP_TTL_EXPIRED_TRANSIT, as Wine measured
    EXPECT_EQ(decodeIcmpStatus(0).kind, HopKind::TargetEcho);
    EXPECT_EQ(decodeIcmpStatus(11003).kind, HopKind::Unreachable);
    EXPECT_EQ(decodeIcmpStatus(11003).icmpCode, 1);
    EXPECT_EQ(decodeIcmpStatus(11010).kind, HopKind::Silent); // IP_REQ_TIMED_OUT
}
