// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "platform/linux/NetstatParser.h"

#include <gtest/gtest.h>

using tcpd::platform::detail::netstatValue;

TEST(NetstatParser, ReadsACounterFromItsSection)
{
    const std::string text = "TcpExt: SyncookiesSent SyncookiesRecv TCPRetransFail TCPTimeouts\n"
                             "TcpExt: 0 0 7 12\n"
                             "IpExt: InNoRoutes TCPRetransFail\n"
                             "IpExt: 3 99\n";
    EXPECT_EQ(netstatValue(text, "TcpExt", "TCPRetransFail"), 7);
    EXPECT_EQ(netstatValue(text, "TcpExt", "TCPTimeouts"), 12);
    EXPECT_EQ(netstatValue(text, "IpExt", "TCPRetransFail"), 99);
}

TEST(NetstatParser, MissingOrBrokenGivesMinusOne)
{
    EXPECT_EQ(netstatValue("", "TcpExt", "TCPRetransFail"), -1);
    EXPECT_EQ(netstatValue("TcpExt: A B\nTcpExt: 1 2\n", "TcpExt", "TCPRetransFail"), -1);
    EXPECT_EQ(netstatValue("TcpExt: TCPRetransFail\n", "TcpExt", "TCPRetransFail"), -1);
    EXPECT_EQ(netstatValue("TcpExt: TCPRetransFail\nTcpExt: x\n", "TcpExt", "TCPRetransFail"), -1);
}
