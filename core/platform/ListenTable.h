// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// What listens on this computer, like `ss -ltnp`, `netstat -abno` or `lsof -iTCP -sTCP:LISTEN`: the
// listening TCP sockets, the process that owns each where the OS tells this user, how many connections
// each port has (established, half-open), and this computer's own addresses. Plain C++17, no Qt.
//
//     const ListenTable t = readListenTable();
//     for (const ListenSocket& s : t.sockets) ...   // s.pid < 0: the OS did not say who owns it
//
// Linux: /proc/net/tcp{,6} joined to the socket inodes in /proc/<pid>/fd (linux/ListenTableLinux.cpp);
//        each listener's backlog limit from sock_diag (linux/SockDiag.h).
// Windows: GetExtendedTcpTable + QueryFullProcessImageNameW + the service control manager.
// macOS: libproc (proc_pidinfo / PROC_PIDFDSOCKETINFO); without root only this user's processes show.

#include <cstdint>
#include <string>
#include <vector>

namespace tcpd::platform {

/// One listening TCP socket. `address` is numeric and bare ("0.0.0.0", "::", "127.0.0.1",
/// "::ffff:127.0.0.1", "fe80::1%eth0"), exactly as the OS reports the bound address.
struct ListenSocket {
    std::string address;
    uint16_t port = 0;
    bool ipv6 = false;
    long long pid = -1; ///< the owning process (the lowest pid when several share it), -1 unknown
    std::vector<long long> otherPids; ///< further processes holding the same socket (forked workers)
    std::string process; ///< the process name ("sshd"), empty when unknown
    std::string path; ///< the program's full path, empty when unknown
    std::vector<std::string> services; ///< Windows: the services running in that process ("sshd", "W3SVC");
                                       ///< Linux: the process's systemd unit ("ssh.service")
    long long uid = -1; ///< the socket's owner user (Linux: from /proc/net/tcp, seen by everyone), -1 unknown
    std::string user; ///< the user name of `uid`, where it has one
    long acceptQueue = -1; ///< connections waiting for accept(), -1 unknown
    long acceptQueueMax = -1; ///< the backlog limit, -1 unknown
    unsigned long long inode = 0; ///< Linux: the socket's inode, which joins it to its process
};

/// The connections of one local port, for the accept-queue and overload hints.
struct PortActivity {
    uint16_t port = 0;
    int established = 0; ///< ESTABLISHED with this local port
    int synRecv = 0; ///< half-open: SYN received, SYN-ACK sent, the client's ACK not yet here
};

/// One of this computer's own addresses.
struct OwnAddress {
    std::string address; ///< numeric; IPv6 link-local ones carry their %zone
    bool ipv6 = false;
    std::string interfaceName;
    bool loopback = false; ///< 127.0.0.0/8, ::1, or on the loopback interface
    bool linkLocal = false; ///< 169.254.0.0/16, fe80::/10
};

struct ListenTable {
    bool ok = false; ///< the table could be read at all
    std::string error; ///< why not (the OS's text)
    std::string os; ///< "linux", "windows", "macos"
    std::vector<ListenSocket> sockets; ///< state LISTEN only, sorted by port, then address
    std::vector<PortActivity> activity; ///< local ports with established or half-open connections
    bool activityKnown = true; ///< false where the OS hides other users' connections (macOS)
    std::vector<OwnAddress> ownAddresses; ///< every address of every interface that is up
    std::vector<std::string> mainAddresses; ///< the source addresses for the default routes (v4, v6): the
                                            ///< addresses other hosts most likely use; empty without a default route
    bool privileged = false; ///< running as root / an elevated administrator
    bool complete = true; ///< every listening socket of this computer is in `sockets` (macOS as a user: no)
    int ownersUnknown = 0; ///< sockets whose process (pid or name) the OS did not tell this user
    int processesHidden = 0; ///< Linux: processes whose open files this user may not look into
    long long listenOverflows = -1; ///< Linux: TcpExt ListenOverflows (SYNs dropped because an accept queue was
                                    ///< full, every port of this network namespace together), -1 unknown
    long long listenDrops = -1;     ///< Linux: TcpExt ListenDrops (every SYN a listener dropped), -1 unknown
    bool servicesChecked = false; ///< Windows: the service control manager was asked
    std::string servicesNote; ///< why it was not ("access denied", "not on this OS")
};

/// Reads the table (blocking, file and OS calls only: meant for a worker thread). Never throws.
ListenTable readListenTable();

/// The system's counters of connection requests (SYNs) that listeners dropped, for this network
/// namespace; read again after the check's own connections to see whether they rose meanwhile.
struct ListenCounters {
    long long overflows = -1; ///< Linux TcpExt ListenOverflows: dropped because an accept queue was full
    long long drops = -1;     ///< Linux TcpExt ListenDrops: dropped for any reason
};
/// -1 where the system does not count them (Windows, macOS).
ListenCounters readListenCounters();

/// The connections of `port` (zeros when none).
PortActivity activityFor(const ListenTable& table, uint16_t port);

// Pure helpers shared by the OS backends (unit-tested on every OS).

/// Dotted IPv4 text of four bytes in network order.
std::string formatIpv4(const unsigned char bytes[4]);

/// IPv6 text of 16 bytes in network order, as glibc's inet_ntop writes it (RFC 5952: lower case,
/// the longest run of two or more zero groups as "::", "::ffff:a.b.c.d" for IPv4-mapped addresses).
std::string formatIpv6(const unsigned char bytes[16]);

/// Sorts sockets by port, then family (IPv4 first), then address; and activity by port.
void sortTable(ListenTable& table);

} // namespace tcpd::platform
