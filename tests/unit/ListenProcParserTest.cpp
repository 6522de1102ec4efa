// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Linux listen table's parser on /proc/net/tcp and /proc/net/tcp6 text recorded on a real x86-64
// machine (kernel 6.x, in a private network namespace): listeners on 0.0.0.0, 127.0.0.1, 192.0.2.50, ::,
// ::1, ::ffff:127.0.0.1 (an IPv6 socket bound to an IPv4-mapped address) and 2001:db8:2::2, one accepted
// connection, one waiting in the accept queue, and one half-open (its final ACK dropped by nftables).
// Two recordings are merged (the listener on 9000 with one connection in its accept queue is from the
// first), and row 2's uid is set to 113 so that the column is tested with something other than root.

#include "platform/ListenTable.h"
#include "platform/linux/ListenTableProc.h"

#include <gtest/gtest.h>

using namespace tcpd::platform;
using namespace tcpd::platform::detail;

namespace {

const char* kTcp
    = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode                "
      "                                     \n"
      "   0: 0100007F:1538 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 557622 1 "
      "00000000a2643d25 100 0 0 10 0                    \n"
      "   1: 0100007F:2328 00000000:0000 0A 00000000:00000001 00:00000000 00000000     0        0 556971 2 "
      "0000000056f5e234 100 0 0 10 0                    \n"
      "   2: 320200C0:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000   113        0 557623 1 "
      "000000007e5a64dd 100 0 0 10 0                    \n"
      "   3: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 557621 1 "
      "000000001593df02 100 0 0 10 0                    \n"
      "   4: 0100007F:2328 0100007F:A1CC 03 00000000:00000000 01:00000045 00000000     0        0 0 0 "
      "00000000f30400c6                                      \n"
      "   5: 0100007F:2328 0100007F:A1C2 01 00000000:00000000 00:00000000 00000000     0        0 557630 1 "
      "00000000c6609755 20 0 0 10 -1                    \n"
      "   6: 0100007F:A1C2 0100007F:2328 01 00000000:00000000 00:00000000 00000000     0        0 557629 2 "
      "0000000045757398 20 0 0 10 -1                    \n"
      "   7: 0100007F:A1CC 0100007F:2328 01 00000000:00000000 00:00000000 00000000     0        0 557632 2 "
      "00000000b4067b50 20 0 0 10 -1                    \n";

const char* kTcp6
    = "  sl  local_address                         remote_address                        st tx_queue rx_queue tr "
      "tm->when retrnsmt   uid  timeout inode\n"
      "   0: 0000000000000000FFFF00000100007F:18EB 00000000000000000000000000000000:0000 0A 00000000:00000000 "
      "00:00000000 00000000     0        0 557626 1 00000000f8c8a58b 100 0 0 10 0\n"
      "   1: 00000000000000000000000001000000:0277 00000000000000000000000000000000:0000 0A 00000000:00000000 "
      "00:00000000 00000000     0        0 557625 1 00000000a1cf8d7b 100 0 0 10 0\n"
      "   2: B80D0120000002000000000002000000:01BB 00000000000000000000000000000000:0000 0A 00000000:00000000 "
      "00:00000000 00000000     0        0 557627 1 0000000023e5891d 100 0 0 10 0\n"
      "   3: 00000000000000000000000000000000:0016 00000000000000000000000000000000:0000 0A 00000000:00000000 "
      "00:00000000 00000000     0        0 557624 1 000000006d2fed38 100 0 0 10 0\n";

const ProcTcpRow* rowOn(const std::vector<ProcTcpRow>& rows, uint16_t port, int state)
{
    for (const ProcTcpRow& r : rows) {
        if (r.localPort == port && r.state == state) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

TEST(ListenProcParser, ReadsRecordedIpv4Sample)
{
    int bad = -1;
    const auto rows = parseProcNetTcp(kTcp, false, true, &bad);
    EXPECT_EQ(bad, 0);
    ASSERT_EQ(rows.size(), 8u);
    EXPECT_EQ(rows[0].localAddress, "127.0.0.1");
    EXPECT_EQ(rows[0].localPort, 5432); // 0x1538
    EXPECT_EQ(rows[0].state, kProcListen);
    EXPECT_EQ(rows[0].inode, 557622u);
    EXPECT_EQ(rows[2].localAddress, "192.0.2.50"); // 320200C0: byte order reversed on little-endian
    EXPECT_EQ(rows[2].localPort, 8080);
    EXPECT_EQ(rows[2].uid, 113);
    EXPECT_EQ(rows[3].localAddress, "0.0.0.0");
    EXPECT_EQ(rows[3].localPort, 22);
    EXPECT_EQ(rows[1].rxQueue, 1u) << "a listener's rx_queue is its accept queue";
    const ProcTcpRow* half = rowOn(rows, 9000, kProcSynRecv);
    ASSERT_NE(half, nullptr);
    EXPECT_EQ(half->remoteAddress, "127.0.0.1");
    EXPECT_EQ(half->remotePort, 0xA1CC);
    EXPECT_EQ(half->inode, 0u) << "request sockets have no inode";
    EXPECT_FALSE(rows[0].ipv6);
}

TEST(ListenProcParser, ReadsRecordedIpv6SampleWithMappedAddress)
{
    int bad = -1;
    const auto rows = parseProcNetTcp(kTcp6, true, true, &bad);
    EXPECT_EQ(bad, 0);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].localAddress, "::ffff:127.0.0.1");
    EXPECT_EQ(rows[0].localPort, 6379);
    EXPECT_EQ(rows[1].localAddress, "::1");
    EXPECT_EQ(rows[1].localPort, 631);
    EXPECT_EQ(rows[2].localAddress, "2001:db8:2::2");
    EXPECT_EQ(rows[2].localPort, 443);
    EXPECT_EQ(rows[3].localAddress, "::");
    EXPECT_EQ(rows[3].localPort, 22);
    EXPECT_TRUE(rows[3].ipv6);
}

TEST(ListenProcParser, ByteOrderOfTheWritingMachineDecides)
{
    // The same addresses as a big-endian machine prints them.
    EXPECT_EQ(decodeProcAddress("7F000001", false), "127.0.0.1");
    EXPECT_EQ(decodeProcAddress("0100007F", true), "127.0.0.1");
    EXPECT_EQ(decodeProcAddress("C0000232", false), "192.0.2.50");
    EXPECT_EQ(decodeProcAddress("20010DB8000200000000000000000002", false), "2001:db8:2::2");
    EXPECT_EQ(decodeProcAddress("B80D0120000002000000000002000000", true), "2001:db8:2::2");
    EXPECT_EQ(decodeProcAddress("00000000000000000000FFFF7F000001", false), "::ffff:127.0.0.1");
    // A port is printed after ntohs(): the same text on every machine.
    const auto be = parseProcNetTcp(
        "   0: 7F000001:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1 1 0\n", false, false);
    ASSERT_EQ(be.size(), 1u);
    EXPECT_EQ(be[0].localAddress, "127.0.0.1");
    EXPECT_EQ(be[0].localPort, 22);
}

TEST(ListenProcParser, MalformedLinesAreSkippedAndCounted)
{
    EXPECT_EQ(decodeProcAddress("0100007", true), "");
    EXPECT_EQ(decodeProcAddress("0100007G", true), "");
    int bad = 0;
    const std::string text = std::string(kTcp) + "   8: garbage\n   9: 0100007F:GGGG 00000000:0000 0A 0:0 0:0 0 0 0 5\n"
        + "  10: 0100007F:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000 x 0 7 1\n";
    const auto rows = parseProcNetTcp(text, false, true, &bad);
    EXPECT_EQ(rows.size(), 8u);
    EXPECT_EQ(bad, 3);
    EXPECT_TRUE(parseProcNetTcp("", false, true, &bad).empty());
    EXPECT_EQ(bad, 0);
    // The IPv4 file's text read as IPv6 does not parse (wrong address length).
    EXPECT_TRUE(parseProcNetTcp(kTcp, true, true, &bad).empty());
    EXPECT_EQ(bad, 8);
}

TEST(ListenProcParser, RowsBecomeListenersAndPortActivity)
{
    ListenTable t;
    addProcRows(t, parseProcNetTcp(kTcp, false, true));
    addProcRows(t, parseProcNetTcp(kTcp6, true, true));
    sortTable(t);
    ASSERT_EQ(t.sockets.size(), 8u);
    EXPECT_EQ(t.sockets[0].port, 22);
    EXPECT_EQ(t.sockets[0].address, "0.0.0.0");
    EXPECT_EQ(t.sockets[1].port, 22);
    EXPECT_EQ(t.sockets[1].address, "::") << "IPv4 before IPv6 on the same port";
    for (const ListenSocket& s : t.sockets) {
        EXPECT_EQ(s.pid, -1) << "owners come from /proc/<pid>/fd, not from the rows";
        EXPECT_NE(s.inode, 0u);
    }
    const PortActivity a = activityFor(t, 9000);
    EXPECT_EQ(a.established, 1);
    EXPECT_EQ(a.synRecv, 1);
    EXPECT_EQ(activityFor(t, 22).established, 0);
}

TEST(ListenProcParser, SocketInodeFromFdLink)
{
    EXPECT_EQ(socketInodeFromLink("socket:[557622]"), 557622u);
    EXPECT_EQ(socketInodeFromLink("socket:[]"), 0u);
    EXPECT_EQ(socketInodeFromLink("socket:[12a]"), 0u);
    EXPECT_EQ(socketInodeFromLink("pipe:[557622]"), 0u);
    EXPECT_EQ(socketInodeFromLink("/dev/null"), 0u);
    EXPECT_EQ(socketInodeFromLink("anon_inode:[eventpoll]"), 0u);
}

TEST(ListenProcParser, SystemdUnitFromCgroup)
{
    EXPECT_EQ(systemdUnitFromCgroup("0::/system.slice/ssh.service\n"), "ssh.service");
    EXPECT_EQ(systemdUnitFromCgroup("0::/system.slice/postgresql@15-main.service\n"), "postgresql@15-main.service");
    EXPECT_EQ(systemdUnitFromCgroup("0::/user.slice/user-1000.slice/user@1000.service/app.slice/app-x.scope\n"), "");
    EXPECT_EQ(systemdUnitFromCgroup("0::/user.slice/user-1000.slice/user@1000.service/app.slice/syncthing.service\n"),
              "syncthing.service");
    EXPECT_EQ(systemdUnitFromCgroup("0::/\n"), "");
    EXPECT_EQ(systemdUnitFromCgroup(
                  "12:pids:/system.slice/nginx.service\n1:name=systemd:/system.slice/nginx.service\n0::/\n"),
              "nginx.service");
    EXPECT_EQ(systemdUnitFromCgroup(""), "");
}

TEST(ListenTableFormat, Ipv6TextLikeInetNtop)
{
    auto v6 = [](std::initializer_list<int> b) {
        unsigned char bytes[16] = {};
        int i = 0;
        for (int x : b) {
            bytes[i++] = static_cast<unsigned char>(x);
        }
        return formatIpv6(bytes);
    };
    EXPECT_EQ(v6({}), "::");
    EXPECT_EQ(v6({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}), "::1");
    EXPECT_EQ(v6({0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1}), "2001:db8::1:0:0:1");
    EXPECT_EQ(v6({0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1}), "2001:db8:0:1:1:1:1:1")
        << "a single zero group is not shortened";
    EXPECT_EQ(v6({0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0xfc, 0, 0xff, 0xfe, 0, 0, 1}), "fe80::fc:ff:fe00:1");
    EXPECT_EQ(v6({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 1}), "::ffff:192.0.2.1");
    EXPECT_EQ(v6({0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}), "2001:db8::");
    EXPECT_EQ(v6({0x20, 0x01, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1}), "2001:0:0:1::1") << "the longer run wins";
    const unsigned char v4[4] = {203, 0, 113, 2};
    EXPECT_EQ(formatIpv4(v4), "203.0.113.2");
}
