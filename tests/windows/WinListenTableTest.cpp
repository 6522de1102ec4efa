// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Windows listen table (windows/ListenTableWin.cpp: GetExtendedTcpTable + process names) against a
// listener of our own on loopback. Built when ListenTableWin.cpp is present (tests/windows/CMakeLists.txt).

#include "WinTestSupport.h"
#include "platform/ListenTable.h"

#include <gtest/gtest.h>

#include <windows.h>

#include <algorithm>

using tcpd::platform::ListenSocket;
using tcpd::platform::ListenTable;
using tcpd::platform::readListenTable;
using tcpd::wintest::WinLoopbackServer;

namespace {
const ListenSocket* find(const ListenTable& t, const std::string& address, unsigned short port)
{
    const auto it = std::find_if(t.sockets.begin(), t.sockets.end(),
                                 [&](const ListenSocket& s) { return s.address == address && s.port == port; });
    return it == t.sockets.end() ? nullptr : &*it;
}
} // namespace

TEST(WinListenTable, OurListenerIsInTheTable)
{
    WinLoopbackServer server(WinLoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const ListenTable t = readListenTable();
    ASSERT_TRUE(t.ok) << t.error;
    EXPECT_EQ(t.os, "windows");
    const ListenSocket* s = find(t, "127.0.0.1", server.port());
    ASSERT_NE(s, nullptr) << "127.0.0.1:" << server.port() << " is not among " << t.sockets.size() << " listeners";
    EXPECT_FALSE(s->ipv6);
    EXPECT_TRUE(std::is_sorted(t.sockets.begin(), t.sockets.end(),
                               [](const ListenSocket& a, const ListenSocket& b) { return a.port < b.port; }));
}

TEST(WinListenTable, AClosedListenerIsGone)
{
    unsigned short port = 0;
    {
        WinLoopbackServer server(WinLoopbackServer::Mode::Silent);
        ASSERT_TRUE(server.ok());
        port = server.port();
    }
    const ListenTable t = readListenTable();
    ASSERT_TRUE(t.ok) << t.error;
    EXPECT_EQ(find(t, "127.0.0.1", port), nullptr);
}

TEST(WinListenTable, OurListenerIsOwnedByThisProcess)
{
    if (tcpd::wintest::underWine()) {
        GTEST_SKIP() << "Wine " << tcpd::wintest::wineVersion()
                     << " reports owning pid 0 for every socket in GetExtendedTcpTable (fixed in Wine 9.17); "
                        "the pid-to-name decoding is tested on recorded Windows rows in ListenWinDecode";
    }
    WinLoopbackServer server(WinLoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const ListenTable t = readListenTable();
    ASSERT_TRUE(t.ok) << t.error;
    const ListenSocket* s = find(t, "127.0.0.1", server.port());
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->pid, static_cast<long long>(::GetCurrentProcessId()));
    EXPECT_EQ(s->process, "windows_tests.exe");
}
