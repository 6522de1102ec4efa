// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Winsock helpers (windows/WinDetail.cpp) and the test environment itself: the Windows version the
// engine sees decides its SYN-retransmission settings, so the Wine prefix must say Windows 10.

#include "WinTestSupport.h"
#include "platform/windows/WinDetail.h"

#include <gtest/gtest.h>

using namespace tcpd::platform::detail;

TEST(WinEnvironment, WinsockStarts)
{
    EXPECT_EQ(startWinsock(), 0);
    EXPECT_EQ(startWinsock(), 0) << "a second call is harmless";
}

TEST(WinEnvironment, ReportsWindows10OrLater)
{
    const WindowsVersion v = windowsVersion();
    RecordProperty("windows_version", std::to_string(v.major) + "." + std::to_string(v.minor) + "." + std::to_string(v.build));
    RecordProperty("wine_version", tcpd::wintest::wineVersion());
    // Under Wine this checks the prefix (wine-run sets `winecfg -v win10`); Wine 8 says 6.1.7601 otherwise.
    EXPECT_GE(v.major, 10u) << v.major << "." << v.minor << "." << v.build;
    EXPECT_GE(v.build, 10240u);
}

TEST(WinDetail, SystemMessagesForWinsockCodes)
{
    EXPECT_FALSE(systemMessage(10061).empty()); // WSAECONNREFUSED
    EXPECT_FALSE(systemMessage(11001).empty()); // WSAHOST_NOT_FOUND
    const std::string text = systemMessage(10061);
    EXPECT_NE(text.back(), '\n') << "trimmed";
    EXPECT_NE(text.back(), '\r') << "trimmed";
}

TEST(WinDetail, Utf8AndUtf16RoundTrip)
{
    bool ok = false;
    const std::string name = "b\xc3\xbc" "cher.example"; // bücher.example
    const std::wstring wide = toWide(name, ok);
    ASSERT_TRUE(ok);
    EXPECT_EQ(wide, L"b\u00fccher.example");
    EXPECT_EQ(toUtf8(wide), name);
    toWide("\xff", ok);
    EXPECT_FALSE(ok);
}

TEST(WinDetail, NumericAddressesToSockaddrAndBack)
{
    sockaddr_storage ss{};
    int len = 0;
    ASSERT_TRUE(toSockaddr("127.0.0.1", 443, ss, len));
    EXPECT_EQ(ss.ss_family, AF_INET);
    EXPECT_EQ(ntohs(reinterpret_cast<sockaddr_in*>(&ss)->sin_port), 443);
    EXPECT_EQ(toNumeric(reinterpret_cast<sockaddr*>(&ss)), "127.0.0.1");

    ASSERT_TRUE(toSockaddr("fe80::1%7", 22, ss, len));
    EXPECT_EQ(ss.ss_family, AF_INET6);
    EXPECT_EQ(reinterpret_cast<sockaddr_in6*>(&ss)->sin6_scope_id, 7u);

    EXPECT_FALSE(toSockaddr("example.com", 80, ss, len));
}

TEST(WinDetail, LoopbackIsOwnAddress)
{
    EXPECT_TRUE(isOwnAddress("127.0.0.1"));
    EXPECT_FALSE(isOwnAddress("192.0.2.99")) << "a documentation address is nobody's";
}
