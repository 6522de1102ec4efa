// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Linux /proc parsers (core/platform/linux): /proc/net/tcp and tcp6, /proc/<pid>/fd links,
// /proc/<pid>/cgroup, /proc/net/netstat and /proc/net/wireless. Input: one flags byte (bit 0: the
// text is tcp6, bit 1: a big-endian machine wrote it), then the file's text.

#include "FuzzSupport.h"

#include "platform/Resolver.h"
#include "platform/linux/ListenTableProc.h"
#include "platform/linux/NetConfigSysfs.h"
#include "platform/linux/NetstatParser.h"

#include <algorithm>

using namespace tcpd;
using namespace tcpd::platform;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    fuzz::Input in(data, size);
    const uint8_t flags = in.byte();
    const bool ipv6 = (flags & 1) != 0;
    const bool littleEndian = (flags & 2) == 0;
    const std::string text = in.rest();

    int bad = -1;
    const std::vector<detail::ProcTcpRow> rows = detail::parseProcNetTcp(text, ipv6, littleEndian, &bad);
    const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    FUZZ_CHECK(bad >= 0 && static_cast<int>(rows.size()) + bad <= lines, "each line is a row or counted as bad");
    for (const detail::ProcTcpRow& r : rows) {
        bool v6 = false;
        FUZZ_CHECK(r.ipv6 == ipv6, "rows have the file's family");
        FUZZ_CHECK(isNumericAddress(r.localAddress, &v6) && v6 == ipv6, "the local address is of the file's family");
        FUZZ_CHECK(isNumericAddress(r.remoteAddress, &v6) && v6 == ipv6, "the remote address is of the file's family");
        FUZZ_CHECK(r.state >= 0 && r.state <= 0xff, "the state is one hex byte");
    }
    ListenTable table;
    detail::addProcRows(table, rows);
    detail::addProcRows(table, rows); // a second file (tcp6 after tcp) adds to the same table
    sortTable(table);
    const auto listeners = std::count_if(rows.begin(), rows.end(),
                                         [](const detail::ProcTcpRow& r) { return r.state == detail::kProcListen; });
    FUZZ_CHECK(static_cast<long>(table.sockets.size()) == 2 * listeners, "every listener is in the table");
    for (std::size_t i = 1; i < table.sockets.size(); ++i) {
        FUZZ_CHECK(table.sockets[i - 1].port <= table.sockets[i].port, "sorted by port");
    }
    for (const PortActivity& a : table.activity) {
        const PortActivity found = activityFor(table, a.port);
        FUZZ_CHECK(found.port == a.port && found.established == a.established && found.synRecv == a.synRecv,
                   "activityFor finds each port");
    }

    // The same bytes as the other small /proc files.
    const unsigned long long inode = detail::socketInodeFromLink(text);
    FUZZ_CHECK(inode == 0 || text.rfind("socket:[", 0) == 0, "only socket links have an inode");
    const std::string unit = detail::systemdUnitFromCgroup(text);
    FUZZ_CHECK(unit.empty() || (unit.size() > 8 && unit.compare(unit.size() - 8, 8, ".service") == 0),
               "a unit is a .service");
    FUZZ_CHECK(unit.find('/') == std::string::npos && unit.find('\n') == std::string::npos, "a unit is one path part");
    (void)detail::netstatValue(text, "TcpExt", "ListenOverflows");
    (void)detail::netstatValue(text, "Tcp", "RetransSegs");
    for (const sysfs::WirelessLevel& w : sysfs::parseProcNetWireless(text)) {
        FUZZ_CHECK(!w.interfaceName.empty(), "a wireless level names its interface");
    }
    return 0;
}
