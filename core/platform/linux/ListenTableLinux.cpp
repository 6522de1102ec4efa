// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Linux listen table, as `ss -ltnp` builds it: every TCP socket of this network namespace from
// /proc/net/tcp and /proc/net/tcp6 (readable by every user), joined to its process through the socket
// inodes in /proc/<pid>/fd. Another user's /proc/<pid>/fd is closed to an unprivileged user, so their
// sockets keep an unknown owner (the uid from /proc/net/tcp still tells whose they are). A socket that no
// process in this PID namespace holds (the kernel's own services, another container) stays unknown too.

#include "ListenTableProc.h"
#include "NetstatParser.h"
#include "SockDiag.h"
#include "platform/ListenTable.h"
#include "platform/posix/ListenTablePosix.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace tcpd::platform {

namespace {

bool readFile(const std::string& path, std::string& out)
{
    std::ifstream in(path);
    if (!in) {
        return false;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

std::string readLink(const std::string& path)
{
    char buf[4096];
    const ssize_t n = ::readlink(path.c_str(), buf, sizeof buf - 1);
    if (n <= 0) {
        return {};
    }
    return std::string(buf, static_cast<std::size_t>(n));
}

bool isPid(const char* name)
{
    if (*name == '\0') {
        return false;
    }
    for (const char* c = name; *c != '\0'; ++c) {
        if (*c < '0' || *c > '9') {
            return false;
        }
    }
    return true;
}

/// Every process holding each of `wanted`'s inodes. Counts the processes whose fds this user may not read.
std::map<unsigned long long, std::set<long long>> findOwners(const std::set<unsigned long long>& wanted, int& hidden)
{
    std::map<unsigned long long, std::set<long long>> owners;
    hidden = 0;
    DIR* proc = ::opendir("/proc");
    if (proc == nullptr) {
        return owners;
    }
    while (dirent* e = ::readdir(proc)) {
        if (!isPid(e->d_name)) {
            continue;
        }
        const std::string fdDir = std::string("/proc/") + e->d_name + "/fd";
        DIR* fds = ::opendir(fdDir.c_str());
        if (fds == nullptr) {
            if (errno == EACCES || errno == EPERM) {
                ++hidden;
            }
            continue; // ENOENT: the process ended meanwhile
        }
        const long long pid = std::stoll(e->d_name);
        const int dfd = ::dirfd(fds);
        while (dirent* f = ::readdir(fds)) {
            if (f->d_name[0] == '.') {
                continue;
            }
            char link[64];
            const ssize_t n = ::readlinkat(dfd, f->d_name, link, sizeof link - 1);
            if (n <= 0) {
                continue;
            }
            const unsigned long long inode
                = detail::socketInodeFromLink(std::string(link, static_cast<std::size_t>(n)));
            if (inode != 0 && wanted.count(inode) != 0) {
                owners[inode].insert(pid);
            }
        }
        ::closedir(fds);
    }
    ::closedir(proc);
    return owners;
}

} // namespace

ListenCounters readListenCounters()
{
    ListenCounters c;
    std::string netstat;
    if (readFile("/proc/net/netstat", netstat)) {
        c.overflows = detail::netstatValue(netstat, "TcpExt", "ListenOverflows");
        c.drops = detail::netstatValue(netstat, "TcpExt", "ListenDrops");
    }
    return c;
}

ListenTable readListenTable()
{
    ListenTable table;
    table.os = "linux";
    table.privileged = ::geteuid() == 0;
    std::string v4;
    if (!readFile("/proc/net/tcp", v4)) {
        table.error = std::string("cannot read /proc/net/tcp: ") + std::strerror(errno);
    } else {
        table.ok = true;
        const bool le = detail::hostIsLittleEndian();
        detail::addProcRows(table, detail::parseProcNetTcp(v4, false, le));
        std::string v6; // absent when IPv6 is disabled in the kernel
        if (readFile("/proc/net/tcp6", v6)) {
            detail::addProcRows(table, detail::parseProcNetTcp(v6, true, le));
        }
    }

    // The backlog limit of each listener (and a fresher queue length): sock_diag, joined by inode.
    if (table.ok) {
        const detail::SockDiagDump listeners = detail::dumpTcpSockets(1u << detail::kTcpListen);
        std::map<unsigned long long, const detail::DiagSocket*> byInode;
        for (const detail::DiagSocket& d : listeners.sockets) {
            byInode[d.inode] = &d;
        }
        for (ListenSocket& s : table.sockets) {
            const auto it = byInode.find(s.inode);
            if (s.inode != 0 && it != byInode.end()) {
                s.acceptQueue = static_cast<long>(it->second->rqueue);
                s.acceptQueueMax = static_cast<long>(it->second->wqueue);
            }
        }
    }
    const ListenCounters counters = readListenCounters();
    table.listenOverflows = counters.overflows;
    table.listenDrops = counters.drops;

    std::set<unsigned long long> wanted;
    for (const ListenSocket& s : table.sockets) {
        if (s.inode != 0) {
            wanted.insert(s.inode);
        }
    }
    const auto owners = findOwners(wanted, table.processesHidden);
    std::map<long long, std::pair<std::string, std::string>> processes; // pid -> name, path
    std::map<long long, std::string> users;
    std::map<long long, std::string> units;
    for (ListenSocket& s : table.sockets) {
        if (users.count(s.uid) == 0) {
            users[s.uid] = detail::userName(s.uid);
        }
        s.user = users[s.uid];
        const auto it = owners.find(s.inode);
        if (it == owners.end() || it->second.empty()) {
            ++table.ownersUnknown;
            continue;
        }
        s.pid = *it->second.begin();
        s.otherPids.assign(std::next(it->second.begin()), it->second.end());
        if (processes.count(s.pid) == 0) {
            std::string comm;
            readFile("/proc/" + std::to_string(s.pid) + "/comm", comm);
            while (!comm.empty() && (comm.back() == '\n' || comm.back() == '\r')) {
                comm.pop_back();
            }
            processes[s.pid] = {comm, readLink("/proc/" + std::to_string(s.pid) + "/exe")};
            std::string cgroup;
            readFile("/proc/" + std::to_string(s.pid) + "/cgroup", cgroup);
            units[s.pid] = detail::systemdUnitFromCgroup(cgroup);
        }
        s.process = processes[s.pid].first;
        s.path = processes[s.pid].second;
        if (!units[s.pid].empty()) {
            s.services = {units[s.pid]};
        }
    }
    table.ownAddresses = detail::ownAddresses();
    table.mainAddresses = detail::mainAddresses();
    sortTable(table);
    return table;
}

} // namespace tcpd::platform
