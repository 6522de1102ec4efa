// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The pure decisions of the Windows backend (WsaErrors.h). No network, no Windows: runs on every OS.
// Links with core/platform/windows/WsaErrors.cpp and core/platform/TcpProbe.cpp.

#include "platform/windows/WsaErrors.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace tcpd::platform::detail {
namespace {

using Status = SystemResolution::Status;

TEST(WsaErrors, NamesTheCodesTheContractMentions)
{
    EXPECT_STREQ(wsaErrorName(10061), "WSAECONNREFUSED");
    EXPECT_STREQ(wsaErrorName(10060), "WSAETIMEDOUT");
    EXPECT_STREQ(wsaErrorName(10065), "WSAEHOSTUNREACH");
    EXPECT_STREQ(wsaErrorName(10051), "WSAENETUNREACH");
    EXPECT_STREQ(wsaErrorName(10013), "WSAEACCES");
    EXPECT_STREQ(wsaErrorName(10054), "WSAECONNRESET");
    EXPECT_STREQ(wsaErrorName(10053), "WSAECONNABORTED");
    EXPECT_STREQ(wsaErrorName(11001), "WSAHOST_NOT_FOUND");
    EXPECT_STREQ(wsaErrorName(11004), "WSANO_DATA");
}

TEST(WsaErrors, UnknownCodesHaveNoName)
{
    EXPECT_STREQ(wsaErrorName(0), "");
    EXPECT_STREQ(wsaErrorName(-1), "");
    EXPECT_STREQ(wsaErrorName(10062), ""); // a gap in the WSAE range
    EXPECT_STREQ(wsaErrorName(99999), "");
}

TEST(WsaErrors, EveryNamedCodeIsAWinsockName)
{
    for (int code = 0; code < 12000; ++code) {
        const std::string name = wsaErrorName(code);
        if (!name.empty()) {
            EXPECT_EQ(name.rfind("WSA", 0), 0u) << code << " " << name;
        }
    }
}

TEST(WsaErrors, ConnectStillUnderWay)
{
    EXPECT_TRUE(isConnectPending(wsa::kWouldBlock));
    EXPECT_TRUE(isConnectPending(wsa::kInProgress));
    EXPECT_FALSE(isConnectPending(wsa::kConnRefused));
    EXPECT_FALSE(isConnectPending(0));
}

TEST(WsaErrors, ConnectFailuresMapToTheContractOutcomes)
{
    EXPECT_EQ(classifyConnectError(10061), Outcome::Refused);
    EXPECT_EQ(classifyConnectError(10060), Outcome::Filtered);
    EXPECT_EQ(classifyConnectError(10065), Outcome::HostUnreachable);
    EXPECT_EQ(classifyConnectError(10064), Outcome::HostUnreachable); // WSAEHOSTDOWN
    EXPECT_EQ(classifyConnectError(10051), Outcome::NetworkUnreachable);
    EXPECT_EQ(classifyConnectError(10013), Outcome::LocalBlock); // Windows Defender Firewall
}

TEST(WsaErrors, AResetWhileConnectingCameAfterTheHandshake)
{
    // An RST to the SYN is WSAECONNREFUSED; WSAECONNRESET from SO_ERROR means the connection had been
    // established and was reset before select() reported it (measured under Wine).
    EXPECT_EQ(classifyConnectError(10054), Outcome::ResetAfterConnect);
}

TEST(WsaErrors, OtherConnectFailuresAreErrors)
{
    EXPECT_EQ(classifyConnectError(10053), Outcome::Error); // aborted before the handshake
    EXPECT_EQ(classifyConnectError(10049), Outcome::Error); // WSAEADDRNOTAVAIL
    EXPECT_EQ(classifyConnectError(10047), Outcome::Error); // WSAEAFNOSUPPORT
    EXPECT_EQ(classifyConnectError(10055), Outcome::Error); // WSAENOBUFS
    EXPECT_EQ(classifyConnectError(10050), Outcome::Error); // WSAENETDOWN
    EXPECT_EQ(classifyConnectError(0), Outcome::Error);
}

TEST(WsaErrors, OnlyATimeoutEndsJustOneTry)
{
    EXPECT_TRUE(endsOnlyThisTry(10060));
    EXPECT_FALSE(endsOnlyThisTry(10061));
    EXPECT_FALSE(endsOnlyThisTry(10065));
    EXPECT_FALSE(endsOnlyThisTry(10013));
}

TEST(WsaErrors, AfterTheHandshake)
{
    EXPECT_EQ(classifyAfterConnectError(10054, false), Outcome::ResetAfterConnect);
    EXPECT_EQ(classifyAfterConnectError(10053, false), Outcome::Error);
    EXPECT_EQ(classifyAfterConnectError(10060, false), Outcome::Open); // handshake done: it was open
    EXPECT_EQ(classifyAfterConnectError(10052, false), Outcome::Open);
}

TEST(WsaErrors, AServiceThatSpokeWasOpen)
{
    EXPECT_EQ(classifyAfterConnectError(10054, true), Outcome::Open);
    EXPECT_EQ(classifyAfterConnectError(10053, true), Outcome::Open);
}

TEST(WsaErrors, IcmpV4)
{
    EXPECT_EQ(classifyIcmp(false, 3, 13, false), Outcome::Rejected); // communication administratively prohibited
    EXPECT_EQ(classifyIcmp(false, 3, 3, false), Outcome::Rejected); // port unreachable
    EXPECT_EQ(classifyIcmp(false, 3, 10, false), Outcome::Rejected);
    EXPECT_EQ(classifyIcmp(false, 3, 13, true), Outcome::LocalBlock); // from this computer: its own firewall
    EXPECT_EQ(classifyIcmp(false, 3, 0, false), Outcome::NetworkUnreachable);
    EXPECT_EQ(classifyIcmp(false, 3, 6, false), Outcome::NetworkUnreachable);
    EXPECT_EQ(classifyIcmp(false, 3, 1, false), Outcome::HostUnreachable);
    EXPECT_EQ(classifyIcmp(false, 3, 7, false), Outcome::HostUnreachable);
    EXPECT_FALSE(classifyIcmp(false, 11, 0, false).has_value()); // time exceeded: the WSA code decides
    EXPECT_FALSE(classifyIcmp(false, 1, 0, false).has_value()); // an ICMPv6 type number on IPv4
}

TEST(WsaErrors, IcmpV6)
{
    EXPECT_EQ(classifyIcmp(true, 1, 1, false), Outcome::Rejected);
    EXPECT_EQ(classifyIcmp(true, 1, 4, false), Outcome::Rejected);
    EXPECT_EQ(classifyIcmp(true, 1, 6, false), Outcome::Rejected);
    EXPECT_EQ(classifyIcmp(true, 1, 1, true), Outcome::LocalBlock);
    EXPECT_EQ(classifyIcmp(true, 1, 0, false), Outcome::NetworkUnreachable);
    EXPECT_EQ(classifyIcmp(true, 1, 3, false), Outcome::HostUnreachable); // address unreachable (no NDP answer)
    EXPECT_FALSE(classifyIcmp(true, 3, 0, false).has_value()); // time exceeded
    EXPECT_FALSE(classifyIcmp(true, 3, 3, false).has_value()); // an ICMPv4 type number on IPv6
}

TEST(WsaErrors, ResolverStatus)
{
    EXPECT_EQ(resolverStatus(0), Status::Ok);
    EXPECT_EQ(resolverStatus(11001), Status::NoSuchName);
    EXPECT_EQ(resolverStatus(11004), Status::NoData);
    EXPECT_EQ(resolverStatus(11002), Status::TryAgain);
    EXPECT_EQ(resolverStatus(11003), Status::Error);
    EXPECT_EQ(resolverStatus(10047), Status::Error);
    EXPECT_EQ(resolverStatus(8), Status::Error);
}

TEST(WsaErrors, NoSynRetransmissionsFromWindows10Build16299)
{
    const InitialRto rto = initialRtoFor(10, 16299, 1500);
    EXPECT_EQ(rto.maxSynRetransmissions, kInitialRtoNoSynRetransmissions);
    EXPECT_EQ(rto.rtt, 1500); // the one SYN waits for the rest of the budget
    EXPECT_EQ(initialRtoFor(10, 22631, 800).maxSynRetransmissions, kInitialRtoNoSynRetransmissions); // Windows 11
}

TEST(WsaErrors, InitialRttStaysInRange)
{
    EXPECT_EQ(initialRtoFor(10, 19045, 0).rtt, 1);
    EXPECT_EQ(initialRtoFor(10, 19045, -5).rtt, 1);
    EXPECT_EQ(initialRtoFor(10, 19045, 1000000).rtt, 0xFFFE); // 0xFFFF would mean "unspecified"
}

TEST(WsaErrors, OneRetransmissionBeforeBuild16299)
{
    for (const auto& [major, build] :
         {std::pair<unsigned long, unsigned long>{10, 16298}, {10, 14393}, {6, 9600}, {6, 7601}, {0, 0}}) {
        const InitialRto rto = initialRtoFor(major, build, 1500);
        EXPECT_EQ(rto.maxSynRetransmissions, 1) << major << "." << build;
        EXPECT_EQ(rto.rtt, kInitialRtoUnspecifiedRtt) << major << "." << build;
    }
}

} // namespace
} // namespace tcpd::platform::detail
