// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "SockDiag.h"

#include "platform/ListenTable.h"

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#include <arpa/inet.h>
#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>

namespace tcpd::platform::detail {

namespace {

struct Closer {
    void operator()(mnl_socket* s) const { mnl_socket_close(s); }
};

struct Collect {
    SockDiagDump* dump;
    std::size_t maxRows;
};

int onMessage(const nlmsghdr* nlh, void* data)
{
    auto* c = static_cast<Collect*>(data);
    if (nlh->nlmsg_len < mnl_nlmsg_size(sizeof(inet_diag_msg))) {
        return MNL_CB_OK; // too short to be one: skip it
    }
    const auto* msg = static_cast<const inet_diag_msg*>(mnl_nlmsg_get_payload(nlh));
    if (c->dump->sockets.size() >= c->maxRows) {
        c->dump->truncated = true;
        return MNL_CB_OK; // keep reading to the end of the dump, keep nothing more
    }
    DiagSocket s;
    s.ipv6 = msg->idiag_family == AF_INET6;
    unsigned char bytes[16];
    if (s.ipv6) {
        std::memcpy(bytes, msg->id.idiag_src, 16);
        s.localAddress = formatIpv6(bytes);
        std::memcpy(bytes, msg->id.idiag_dst, 16);
        s.remoteAddress = formatIpv6(bytes);
    } else {
        std::memcpy(bytes, msg->id.idiag_src, 4);
        s.localAddress = formatIpv4(bytes);
        std::memcpy(bytes, msg->id.idiag_dst, 4);
        s.remoteAddress = formatIpv4(bytes);
    }
    s.localPort = ntohs(msg->id.idiag_sport);
    s.remotePort = ntohs(msg->id.idiag_dport);
    s.state = msg->idiag_state;
    s.rqueue = msg->idiag_rqueue;
    s.wqueue = msg->idiag_wqueue;
    s.uid = msg->idiag_uid;
    s.inode = msg->idiag_inode;
    c->dump->sockets.push_back(std::move(s));
    return MNL_CB_OK;
}

/// One family's dump. False (with dump.error) when the kernel or the socket failed.
bool dumpFamily(mnl_socket* nl, uint8_t family, uint32_t stateMask, unsigned seq, Collect& collect)
{
    std::vector<char> buf(MNL_SOCKET_BUFFER_SIZE * 4);
    nlmsghdr* nlh = mnl_nlmsg_put_header(buf.data());
    nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
    nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    nlh->nlmsg_seq = seq;
    auto* req = static_cast<inet_diag_req_v2*>(mnl_nlmsg_put_extra_header(nlh, sizeof(inet_diag_req_v2)));
    req->sdiag_family = family;
    req->sdiag_protocol = IPPROTO_TCP;
    req->idiag_states = stateMask;
    if (mnl_socket_sendto(nl, nlh, nlh->nlmsg_len) < 0) {
        collect.dump->error = std::string("sock_diag: ") + std::strerror(errno);
        return false;
    }
    const unsigned portid = mnl_socket_get_portid(nl);
    // A dump ends with NLMSG_DONE; the row limit and the receive time-out bound it otherwise. The
    // number of reads is bounded too (each carries at least one row or ends the dump).
    for (std::size_t reads = 0; reads < collect.maxRows + 16; ++reads) {
        const ssize_t n = mnl_socket_recvfrom(nl, buf.data(), buf.size());
        if (n < 0) {
            if (family == AF_INET6 && errno == ENOENT) {
                return true; // IPv6 disabled in this kernel: nothing to list
            }
            collect.dump->error = std::string("sock_diag: ") + std::strerror(errno);
            return false;
        }
        const int r = mnl_cb_run(buf.data(), static_cast<size_t>(n), seq, portid, onMessage, &collect);
        if (r == MNL_CB_STOP) {
            return true;
        }
        if (r < 0) {
            if (family == AF_INET6 && errno == ENOENT) {
                return true;
            }
            collect.dump->error = std::string("sock_diag: ") + std::strerror(errno);
            return false;
        }
    }
    collect.dump->error = "sock_diag: the dump did not end";
    return false;
}

} // namespace

const char* tcpStateName(int state)
{
    switch (state) {
    case kTcpEstablished: return "established";
    case kTcpSynSent: return "syn_sent";
    case kTcpSynRecv:
    case kTcpNewSynRecv: return "syn_recv";
    case kTcpFinWait1: return "fin_wait1";
    case kTcpFinWait2: return "fin_wait2";
    case kTcpTimeWait: return "time_wait";
    case kTcpClose: return "close";
    case kTcpCloseWait: return "close_wait";
    case kTcpLastAck: return "last_ack";
    case kTcpListen: return "listen";
    case kTcpClosing: return "closing";
    default: return "unknown";
    }
}

SockDiagDump dumpTcpSockets(uint32_t stateMask, std::size_t maxRows)
{
    SockDiagDump dump;
    std::unique_ptr<mnl_socket, Closer> nl(mnl_socket_open2(NETLINK_SOCK_DIAG, SOCK_CLOEXEC));
    if (!nl) {
        dump.error = std::string("sock_diag: ") + std::strerror(errno);
        return dump;
    }
    if (mnl_socket_bind(nl.get(), 0, MNL_SOCKET_AUTOPID) < 0) {
        dump.error = std::string("sock_diag: ") + std::strerror(errno);
        return dump;
    }
    timeval tv{1, 0}; // the kernel answers at once; this only bounds a kernel that does not
    ::setsockopt(mnl_socket_get_fd(nl.get()), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    Collect collect{&dump, maxRows};
    unsigned seq = 1;
    for (const uint8_t family : {uint8_t(AF_INET), uint8_t(AF_INET6)}) {
        if (!dumpFamily(nl.get(), family, stateMask, seq++, collect)) {
            dump.sockets.clear();
            return dump;
        }
    }
    dump.ok = true;
    return dump;
}

} // namespace tcpd::platform::detail
