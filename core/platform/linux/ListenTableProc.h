// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The pure half of the Linux listen table: parsing /proc/net/tcp and /proc/net/tcp6 and the
// /proc/<pid>/fd link text. No file access here, so recorded samples can be unit-tested.
//
// Byte order: the kernel prints each address as 32-bit words with "%08X" of the raw (network-order)
// bytes read as a host integer, so on little-endian machines 127.0.0.1 reads "0100007F"; the port is
// printed after ntohs(), so "0016" is port 22 everywhere.

#include "platform/ListenTable.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tcpd::platform::detail {

/// Kernel TCP states as /proc/net/tcp prints them (include/net/tcp_states.h).
constexpr int kProcEstablished = 0x01;
constexpr int kProcSynRecv = 0x03; // request sockets (half-open) are printed with this state
constexpr int kProcListen = 0x0A;
constexpr int kProcNewSynRecv = 0x0C;

struct ProcTcpRow {
    bool ipv6 = false;
    std::string localAddress;
    uint16_t localPort = 0;
    std::string remoteAddress;
    uint16_t remotePort = 0;
    int state = 0;
    unsigned long txQueue = 0;
    unsigned long rxQueue = 0; ///< for a listener: connections waiting in the accept queue
    long long uid = -1;
    unsigned long long inode = 0; ///< 0 for half-open and TIME-WAIT sockets
};

/// True on a little-endian machine.
bool hostIsLittleEndian();

/// Decodes the kernel's hex address text: 8 hex digits (IPv4) or 32 (IPv6), each 32-bit word in the
/// byte order of the machine that wrote it. Returns "" if `hex` is malformed.
std::string decodeProcAddress(const std::string& hex, bool littleEndian);

/// Parses the whole text of /proc/net/tcp (ipv6 = false) or /proc/net/tcp6 (ipv6 = true), header
/// included. Lines that do not parse are skipped and counted in *bad.
std::vector<ProcTcpRow> parseProcNetTcp(const std::string& text, bool ipv6, bool littleEndian, int* bad = nullptr);

/// The inode in a /proc/<pid>/fd link ("socket:[12345]" -> 12345); 0 when it is not a socket.
unsigned long long socketInodeFromLink(const std::string& link);

/// The systemd unit a process runs in, from the text of /proc/<pid>/cgroup ("0::/system.slice/ssh.service"
/// -> "ssh.service"); "" when it runs in none (a login session, a container without systemd).
std::string systemdUnitFromCgroup(const std::string& text);

/// Adds the rows to `table`: listeners to `sockets` (owner not yet known; acceptQueue from rx_queue,
/// uid from the row), established and half-open connections to `activity`. Not sorted.
void addProcRows(ListenTable& table, const std::vector<ProcTcpRow>& rows);

} // namespace tcpd::platform::detail
