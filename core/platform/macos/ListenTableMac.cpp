// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The macOS listen table, as `lsof -nP -iTCP -sTCP:LISTEN` builds it: every process (proc_listpids), its
// open files (PROC_PIDLISTFDS), and for each TCP socket its state, addresses and queues
// (PROC_PIDFDSOCKETINFO). macOS lets a user look only into that user's own processes, so without root
// the table shows this user's sockets alone: `complete` is false then, and the verdict leans on the
// connection tests from this computer as well. Half-open counts come from the listener itself
// (soi_incqlen), the accept queue from soi_qlen / soi_qlimit.
// Not compiled in our CI (see STYLE.md): keep it small and plain.

#include "platform/ListenTable.h"
#include "platform/posix/ListenTablePosix.h"

#include <cerrno>
#include <map>
#include <set>
#include <vector>

#include <arpa/inet.h>
#include <libproc.h>
#include <netinet/in.h>
#include <sys/proc_info.h>
#include <unistd.h>

namespace tcpd::platform {

namespace {

std::string socketAddress(const in_sockinfo& in)
{
    if ((in.insi_vflag & INI_IPV6) != 0) {
        return formatIpv6(reinterpret_cast<const unsigned char*>(&in.insi_laddr.ina_6));
    }
    return formatIpv4(reinterpret_cast<const unsigned char*>(&in.insi_laddr.ina_46.i46a_addr4));
}

} // namespace

ListenCounters readListenCounters()
{
    return {}; // this system keeps no count of dropped connection requests that a program may read
}

ListenTable readListenTable()
{
    ListenTable table;
    table.os = "macos";
    table.privileged = ::geteuid() == 0;
    table.complete = table.privileged;
    table.activityKnown = table.privileged;

    const int bytes = ::proc_listpids(PROC_ALL_PIDS, 0, nullptr, 0);
    if (bytes <= 0) {
        table.error = "proc_listpids failed";
        return table;
    }
    std::vector<pid_t> pids(static_cast<std::size_t>(bytes) / sizeof(pid_t) + 64);
    const int got = ::proc_listpids(PROC_ALL_PIDS, 0, pids.data(), static_cast<int>(pids.size() * sizeof(pid_t)));
    if (got <= 0) {
        table.error = "proc_listpids failed";
        return table;
    }
    pids.resize(static_cast<std::size_t>(got) / sizeof(pid_t));
    table.ok = true;

    std::map<uint64_t, std::size_t> byPcb; // one socket can be open in several processes
    std::map<uint16_t, PortActivity> activity;
    for (const pid_t pid : pids) {
        if (pid <= 0) {
            continue;
        }
        const int fdBytes = ::proc_pidinfo(pid, PROC_PIDLISTFDS, 0, nullptr, 0);
        if (fdBytes <= 0) {
            if (errno == EPERM || errno == EACCES) {
                ++table.processesHidden;
            }
            continue;
        }
        std::vector<proc_fdinfo> fds(static_cast<std::size_t>(fdBytes) / sizeof(proc_fdinfo) + 16);
        const int fdGot
            = ::proc_pidinfo(pid, PROC_PIDLISTFDS, 0, fds.data(), static_cast<int>(fds.size() * sizeof(proc_fdinfo)));
        if (fdGot <= 0) {
            continue;
        }
        fds.resize(static_cast<std::size_t>(fdGot) / sizeof(proc_fdinfo));
        for (const proc_fdinfo& fd : fds) {
            if (fd.proc_fdtype != PROX_FDTYPE_SOCKET) {
                continue;
            }
            socket_fdinfo si{};
            if (::proc_pidfdinfo(pid, fd.proc_fd, PROC_PIDFDSOCKETINFO, &si, sizeof si) < static_cast<int>(sizeof si)
                || si.psi.soi_kind != SOCKINFO_TCP) {
                continue;
            }
            const tcp_sockinfo& tcp = si.psi.soi_proto.pri_tcp;
            const uint16_t port = ntohs(static_cast<uint16_t>(tcp.tcpsi_ini.insi_lport));
            if (tcp.tcpsi_state == TSI_S_ESTABLISHED) {
                PortActivity& a = activity[port];
                a.port = port;
                ++a.established; // counted per file descriptor: a shared connection may count twice
                continue;
            }
            if (tcp.tcpsi_state != TSI_S_LISTEN) {
                continue;
            }
            const auto seen = byPcb.find(si.psi.soi_pcb);
            if (seen != byPcb.end()) {
                ListenSocket& s = table.sockets[seen->second];
                if (pid < s.pid) {
                    s.otherPids.push_back(s.pid);
                    s.pid = pid;
                } else if (pid != s.pid) {
                    s.otherPids.push_back(pid);
                }
                continue;
            }
            ListenSocket s;
            s.address = socketAddress(tcp.tcpsi_ini);
            s.ipv6 = (tcp.tcpsi_ini.insi_vflag & INI_IPV6) != 0;
            s.port = port;
            s.pid = pid;
            s.uid = static_cast<long long>(si.psi.soi_stat.vst_uid);
            s.acceptQueue = si.psi.soi_qlen;
            s.acceptQueueMax = si.psi.soi_qlimit;
            PortActivity& a = activity[port];
            a.port = port;
            a.synRecv += si.psi.soi_incqlen;
            byPcb[si.psi.soi_pcb] = table.sockets.size();
            table.sockets.push_back(s);
        }
    }
    std::map<long long, std::pair<std::string, std::string>> names;
    for (ListenSocket& s : table.sockets) {
        if (names.count(s.pid) == 0) {
            char name[256] = {};
            char path[PROC_PIDPATHINFO_MAXSIZE] = {};
            ::proc_name(static_cast<int>(s.pid), name, sizeof name);
            ::proc_pidpath(static_cast<int>(s.pid), path, sizeof path);
            names[s.pid] = {name, path};
        }
        s.process = names[s.pid].first;
        s.path = names[s.pid].second;
        s.user = detail::userName(s.uid);
        if (s.process.empty()) {
            ++table.ownersUnknown;
        }
    }
    for (const auto& [port, a] : activity) {
        table.activity.push_back(a);
    }
    table.ownAddresses = detail::ownAddresses();
    table.mainAddresses = detail::mainAddresses();
    sortTable(table);
    return table;
}

} // namespace tcpd::platform
