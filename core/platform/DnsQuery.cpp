// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Direct questions to each DNS server with c-ares: one channel per server, all of them driven by
// one poll loop here, so every server is asked at once and each keeps its own timing. c-ares does
// the DNS wire format (ares_query, ares_parse_a_reply / aaaa / ptr); nothing here reads packets.

#include "DnsQuery.h"

#include <ares.h>

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <chrono>
#include <cstring>
#include <memory>
#include <thread>

namespace tcpd::platform {

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kTypeA = 1;
constexpr int kTypeAAAA = 28;
constexpr int kTypePTR = 12;
constexpr int kClassIN = 1;
constexpr int kMaxRecords = 64;
constexpr int kSliceMs = 50; ///< the longest wait between two looks at *cancel

double msSince(Clock::time_point t)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

/// ares_library_init once per process (it starts Winsock on Windows). ARES_SUCCESS or its error.
int libraryStatus()
{
    static const int status = ares_library_init(ARES_LIB_INIT_ALL);
    return status;
}

DnsStatus fromAres(int status)
{
    switch (status) {
    case ARES_SUCCESS: return DnsStatus::NoError;
    case ARES_ENODATA: return DnsStatus::NoData;
    case ARES_ENOTFOUND: return DnsStatus::NxDomain;
    case ARES_ESERVFAIL: return DnsStatus::ServFail;
    case ARES_EREFUSED: return DnsStatus::Refused;
    case ARES_EFORMERR:
    case ARES_ENOTIMP: return DnsStatus::FormErr;
    case ARES_ETIMEOUT: return DnsStatus::Timeout;
    case ARES_ECONNREFUSED: return DnsStatus::ConnRefused;
    case ARES_EBADRESP: return DnsStatus::BadResponse;
    case ARES_ECANCELLED:
    case ARES_EDESTRUCTION: return DnsStatus::Cancelled;
    default: return DnsStatus::Error;
    }
}

struct Channel;

/// One question in flight; its answer is written straight into `out`.
struct Question {
    Channel* channel = nullptr;
    DnsAnswer* out = nullptr;
    int type = kTypeA;
    unsigned char address[16] = {}; ///< PTR: the address asked about (ares_parse_ptr_reply wants it)
    int addressLength = 0;
    int family = 0;
    Clock::time_point start;
};

/// One server: its own c-ares channel, deadline and questions.
struct Channel {
    ares_channel handle = nullptr;
    Clock::time_point start;
    Clock::time_point deadline;
    int deadlineMs = 0;
    int pending = 0;
    bool expired = false;
    double* elapsedOut = nullptr;
    std::vector<std::unique_ptr<Question>> questions;

    Channel() = default;
    Channel(const Channel&) = delete;
    Channel& operator=(const Channel&) = delete;
    ~Channel()
    {
        if (handle != nullptr) {
            ares_destroy(handle);
        }
    }
};

std::string ntop(int family, const void* bytes)
{
    char text[64] = {};
    return ares_inet_ntop(family, bytes, text, sizeof text) != nullptr ? std::string(text) : std::string();
}

/// The CNAME chain from the hostent c-ares builds for an answer. c-ares 1.18 lists every CNAME's
/// owner in h_aliases (the asked name first) and puts the first CNAME's target in h_name, so a
/// chain of several CNAMEs shows its links up to the second-to-last target; `cnameChainPartial`
/// says so. Newer c-ares versions name the canonical (last) name in h_name: then the chain is whole.
void takeCnameChain(const hostent* host, const std::string& asked, DnsAnswer& out)
{
    if (host == nullptr) {
        return;
    }
    std::vector<std::string> owners;
    for (char** a = host->h_aliases; a != nullptr && *a != nullptr; ++a) {
        owners.emplace_back(*a);
    }
    const std::string target = host->h_name != nullptr ? host->h_name : "";
    for (const std::string& n : owners) {
        if (n != asked && std::find(out.cnameChain.begin(), out.cnameChain.end(), n) == out.cnameChain.end()) {
            out.cnameChain.push_back(n);
        }
    }
    const bool targetIsOwner = std::find(owners.begin(), owners.end(), target) != owners.end();
    if (!target.empty() && target != asked && !targetIsOwner) {
        out.cnameChain.push_back(target);
    }
    // The last name of the chain is itself an alias: the name it points to is not known here.
    out.cnameChainPartial
        = !out.cnameChain.empty() && std::find(owners.begin(), owners.end(), out.cnameChain.back()) != owners.end();
}

void parseAddresses(Question& q, const unsigned char* abuf, int alen, const std::string& asked)
{
    DnsAnswer& out = *q.out;
    hostent* host = nullptr;
    int count = kMaxRecords;
    int rc = ARES_SUCCESS;
    if (q.type == kTypeA) {
        ares_addrttl ttls[kMaxRecords];
        rc = ares_parse_a_reply(abuf, alen, &host, ttls, &count);
        for (int i = 0; rc == ARES_SUCCESS && i < count; ++i) {
            out.records.push_back({ntop(AF_INET, &ttls[i].ipaddr), ttls[i].ttl});
        }
    } else {
        ares_addr6ttl ttls[kMaxRecords];
        rc = ares_parse_aaaa_reply(abuf, alen, &host, ttls, &count);
        for (int i = 0; rc == ARES_SUCCESS && i < count; ++i) {
            out.records.push_back({ntop(AF_INET6, &ttls[i].ip6addr), ttls[i].ttl});
        }
    }
    if (rc == ARES_SUCCESS) {
        takeCnameChain(host, asked, out);
    }
    if (host != nullptr) {
        ares_free_hostent(host);
    }
    // NOERROR with only a CNAME and no address at its end is "no data" for this type.
    out.status = rc == ARES_SUCCESS ? (out.records.empty() ? DnsStatus::NoData : DnsStatus::NoError) : fromAres(rc);
    if (rc != ARES_SUCCESS) {
        out.error = ares_strerror(rc);
    }
}

void parsePointers(Question& q, const unsigned char* abuf, int alen)
{
    DnsAnswer& out = *q.out;
    hostent* host = nullptr;
    const int rc = ares_parse_ptr_reply(abuf, alen, q.address, q.addressLength, q.family, &host);
    if (rc == ARES_SUCCESS && host != nullptr) {
        std::vector<std::string> names;
        if (host->h_name != nullptr) {
            names.emplace_back(host->h_name);
        }
        for (char** a = host->h_aliases; a != nullptr && *a != nullptr; ++a) {
            names.emplace_back(*a);
        }
        for (const std::string& n : names) {
            const bool seen = std::any_of(out.records.begin(), out.records.end(),
                                          [&n](const DnsRecord& r) { return r.address == n; });
            if (!seen && !n.empty()) {
                out.records.push_back({n, -1});
            }
        }
    }
    if (host != nullptr) {
        ares_free_hostent(host);
    }
    out.status = rc == ARES_SUCCESS ? (out.records.empty() ? DnsStatus::NoData : DnsStatus::NoError) : fromAres(rc);
    if (rc != ARES_SUCCESS) {
        out.error = ares_strerror(rc);
    }
}

struct Callback {
    Question* question;
    std::string asked;
};

void onAnswer(void* arg, int status, int timeouts, unsigned char* abuf, int alen)
{
    std::unique_ptr<Callback> cb(static_cast<Callback*>(arg));
    Question& q = *cb->question;
    DnsAnswer& out = *q.out;
    out.elapsedMs = msSince(q.start);
    out.timeouts = timeouts;
    if (status == ARES_SUCCESS && abuf != nullptr) {
        if (q.type == kTypePTR) {
            parsePointers(q, abuf, alen);
        } else {
            parseAddresses(q, abuf, alen, cb->asked);
        }
    } else if (status == ARES_ECANCELLED && q.channel->expired) {
        out.status = DnsStatus::Timeout;
        out.error = "no answer within " + std::to_string(q.channel->deadlineMs) + " ms";
        out.elapsedMs = q.channel->deadlineMs;
    } else {
        out.status = fromAres(status);
        out.error = ares_strerror(status);
    }
    --q.channel->pending;
    if (q.channel->elapsedOut != nullptr) {
        *q.channel->elapsedOut = std::max(*q.channel->elapsedOut, out.elapsedMs);
    }
}

/// A channel that asks only `server`. On failure returns nullptr and sets `error`/`status`.
std::unique_ptr<Channel> openChannel(const DnsServerAddress& server, const DnsQueryOptions& options, DnsStatus& status,
                                     std::string& error)
{
    if (const int rc = libraryStatus(); rc != ARES_SUCCESS) {
        status = DnsStatus::Error;
        error = std::string("c-ares could not start: ") + ares_strerror(rc);
        return nullptr;
    }
    ares_addr_port_node node{};
    node.next = nullptr;
    node.udp_port = server.port;
    node.tcp_port = server.port;
    const bool scoped = server.address.find('%') != std::string::npos;
    const bool linkLocal = server.address.size() > 4
        && (server.address.compare(0, 4, "fe80") == 0 || server.address.compare(0, 4, "FE80") == 0);
    if (scoped || linkLocal) {
        status = DnsStatus::Unsupported;
        error = "a link-local server needs its interface, which c-ares " + caresVersion() + " cannot be told";
        return nullptr;
    }
    if (ares_inet_pton(AF_INET, server.address.c_str(), &node.addr.addr4) == 1) {
        node.family = AF_INET;
    } else if (ares_inet_pton(AF_INET6, server.address.c_str(), &node.addr.addr6) == 1) {
        node.family = AF_INET6;
    } else {
        status = DnsStatus::Error;
        error = "not a numeric address";
        return nullptr;
    }
    auto channel = std::make_unique<Channel>();
    ares_options opts{};
    // NOCHECKRESP: a SERVFAIL or REFUSED is the answer we want to see, not a reason to retry.
    opts.flags = ARES_FLAG_NOSEARCH | ARES_FLAG_NOALIASES | ARES_FLAG_NOCHECKRESP;
    opts.timeout = std::max(1, options.tryTimeoutMs);
    opts.tries = std::max(1, options.tries);
    const int mask = ARES_OPT_FLAGS | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES;
    int rc = ares_init_options(&channel->handle, &opts, mask);
    if (rc == ARES_SUCCESS) {
        rc = ares_set_servers_ports(channel->handle, &node);
    }
    if (rc != ARES_SUCCESS) {
        status = DnsStatus::Error;
        error = std::string("c-ares: ") + ares_strerror(rc);
        return nullptr;
    }
    channel->deadlineMs = std::max(1, options.deadlineMs);
    return channel;
}

void ask(Channel& channel, DnsAnswer& out, const std::string& name, int type, const unsigned char* address = nullptr,
         int addressLength = 0, int family = 0)
{
    auto q = std::make_unique<Question>();
    q->channel = &channel;
    q->out = &out;
    q->type = type;
    q->start = Clock::now();
    if (address != nullptr) {
        std::memcpy(q->address, address, static_cast<std::size_t>(addressLength));
        q->addressLength = addressLength;
        q->family = family;
    }
    ++channel.pending;
    Question* raw = q.get();
    channel.questions.push_back(std::move(q));
    // The callback may run inside ares_query (e.g. a bad name): everything is in place before.
    ares_query(channel.handle, name.c_str(), kClassIN, type, onAnswer, new Callback{raw, name});
}

/// Drives every channel until each has its answers, reached its deadline, or *cancel is set.
void runChannels(std::vector<Channel*>& channels, const std::atomic<bool>* cancel)
{
    for (;;) {
        const auto now = Clock::now();
        const bool stop = cancel != nullptr && cancel->load();
        auto wait = std::chrono::milliseconds(kSliceMs);
        std::vector<Channel*> active;
        for (Channel* c : channels) {
            if (c->pending > 0 && (stop || now >= c->deadline)) {
                c->expired = !stop;
                ares_cancel(c->handle); // every callback runs now, with ARES_ECANCELLED
            }
            if (c->pending > 0) {
                active.push_back(c);
                wait = std::min(wait,
                                std::chrono::duration_cast<std::chrono::milliseconds>(c->deadline - now)
                                    + std::chrono::milliseconds(1));
            }
        }
        if (active.empty()) {
            return;
        }
        std::vector<pollfd> fds;
        std::vector<Channel*> owners;
        for (Channel* c : active) {
            ares_socket_t socks[ARES_GETSOCK_MAXNUM];
            const int bits = ares_getsock(c->handle, socks, ARES_GETSOCK_MAXNUM);
            for (int i = 0; i < ARES_GETSOCK_MAXNUM; ++i) {
                short events = 0;
                if (ARES_GETSOCK_READABLE(bits, i)) {
                    events |= POLLIN;
                }
                if (ARES_GETSOCK_WRITABLE(bits, i)) {
                    events |= POLLOUT;
                }
                if (events != 0) {
                    pollfd p{};
                    p.fd = socks[i];
                    p.events = events;
                    fds.push_back(p);
                    owners.push_back(c);
                }
            }
            timeval max{0, static_cast<long>(kSliceMs) * 1000};
            timeval tv{};
            if (const timeval* t = ares_timeout(c->handle, &max, &tv)) {
                wait = std::min(wait, std::chrono::milliseconds(t->tv_sec * 1000 + t->tv_usec / 1000));
            }
        }
        const int waitMs = static_cast<int>(std::max<std::chrono::milliseconds::rep>(0, wait.count()));
        int ready = 0;
        if (fds.empty()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(waitMs));
        } else {
#ifdef _WIN32
            ready = WSAPoll(fds.data(), static_cast<ULONG>(fds.size()), waitMs);
#else
            ready = ::poll(fds.data(), static_cast<nfds_t>(fds.size()), waitMs);
#endif
        }
        for (std::size_t i = 0; ready > 0 && i < fds.size(); ++i) {
            const short r = fds[i].revents;
            if (r == 0) {
                continue;
            }
            const bool readable = (r & (POLLIN | POLLERR | POLLHUP)) != 0;
            const bool writable = (r & POLLOUT) != 0;
            ares_process_fd(owners[i]->handle, readable ? fds[i].fd : ARES_SOCKET_BAD,
                            writable ? fds[i].fd : ARES_SOCKET_BAD);
        }
        for (Channel* c : active) {
            ares_process_fd(c->handle, ARES_SOCKET_BAD, ARES_SOCKET_BAD); // c-ares' own retry timers
        }
    }
}

void failAnswer(DnsAnswer& a, DnsStatus status, const std::string& error)
{
    a.status = status;
    a.error = error;
}

} // namespace

const char* dnsStatusName(DnsStatus status)
{
    switch (status) {
    case DnsStatus::NoError: return "noerror";
    case DnsStatus::NoData: return "no_data";
    case DnsStatus::NxDomain: return "nxdomain";
    case DnsStatus::ServFail: return "servfail";
    case DnsStatus::Refused: return "refused";
    case DnsStatus::FormErr: return "formerr";
    case DnsStatus::Timeout: return "timeout";
    case DnsStatus::ConnRefused: return "connection_refused";
    case DnsStatus::BadResponse: return "bad_response";
    case DnsStatus::Unsupported: return "unsupported";
    case DnsStatus::Cancelled: return "cancelled";
    case DnsStatus::Error: return "error";
    }
    return "error";
}

std::vector<DnsServerReply> queryServers(const std::string& name, const std::vector<DnsServerAddress>& servers,
                                         const DnsQueryOptions& options, const std::atomic<bool>* cancel)
{
    std::vector<DnsServerReply> replies(servers.size());
    std::vector<std::unique_ptr<Channel>> owned;
    std::vector<Channel*> channels;
    const auto start = Clock::now();
    for (std::size_t i = 0; i < servers.size(); ++i) {
        DnsServerReply& r = replies[i]; // `replies` never grows: the callbacks may write into it
        r.server = servers[i].address;
        r.port = servers[i].port;
        r.askedA = options.askA;
        r.askedAAAA = options.askAAAA;
        DnsStatus status = DnsStatus::Error;
        std::string error;
        std::unique_ptr<Channel> c = openChannel(servers[i], options, status, error);
        if (!c) {
            failAnswer(r.a, status, error);
            failAnswer(r.aaaa, status, error);
            continue;
        }
        c->start = start;
        c->deadline = start + std::chrono::milliseconds(c->deadlineMs);
        c->elapsedOut = &r.elapsedMs;
        if (options.askA) {
            ask(*c, r.a, name, kTypeA);
        }
        if (options.askAAAA) {
            ask(*c, r.aaaa, name, kTypeAAAA);
        }
        channels.push_back(c.get());
        owned.push_back(std::move(c));
    }
    runChannels(channels, cancel);
    return replies;
}

namespace detail {

DnsAnswer decodeAddressAnswer(const unsigned char* packet, int length, bool ipv6, const std::string& asked)
{
    DnsAnswer out;
    Question q;
    q.out = &out;
    q.type = ipv6 ? kTypeAAAA : kTypeA;
    parseAddresses(q, packet, length, asked);
    return out;
}

DnsAnswer decodePointerAnswer(const unsigned char* packet, int length, const std::string& address)
{
    DnsAnswer out;
    Question q;
    q.out = &out;
    q.type = kTypePTR;
    const std::string plain = address.substr(0, address.find('%'));
    if (ares_inet_pton(AF_INET, plain.c_str(), q.address) == 1) {
        q.family = AF_INET;
        q.addressLength = 4;
    } else if (ares_inet_pton(AF_INET6, plain.c_str(), q.address) == 1) {
        q.family = AF_INET6;
        q.addressLength = 16;
    } else {
        out.error = "not a numeric address";
        return out;
    }
    parsePointers(q, packet, length);
    return out;
}

} // namespace detail

std::string reverseName(const std::string& address)
{
    std::string plain = address.substr(0, address.find('%'));
    unsigned char bytes[16] = {};
    static const char* hex = "0123456789abcdef";
    if (ares_inet_pton(AF_INET, plain.c_str(), bytes) == 1) {
        return std::to_string(bytes[3]) + '.' + std::to_string(bytes[2]) + '.' + std::to_string(bytes[1]) + '.'
            + std::to_string(bytes[0]) + ".in-addr.arpa";
    }
    if (ares_inet_pton(AF_INET6, plain.c_str(), bytes) == 1) {
        std::string name;
        for (int i = 15; i >= 0; --i) {
            name += hex[bytes[i] & 0x0f];
            name += '.';
            name += hex[bytes[i] >> 4];
            name += '.';
        }
        return name + "ip6.arpa";
    }
    return {};
}

std::vector<DnsReverseReply> reverseLookup(const std::string& address, const std::vector<DnsServerAddress>& servers,
                                           const DnsQueryOptions& options, const std::atomic<bool>* cancel)
{
    std::vector<DnsReverseReply> replies(servers.size());
    const std::string plain = address.substr(0, address.find('%'));
    unsigned char bytes[16] = {};
    int family = 0;
    int length = 0;
    if (ares_inet_pton(AF_INET, plain.c_str(), bytes) == 1) {
        family = AF_INET;
        length = 4;
    } else if (ares_inet_pton(AF_INET6, plain.c_str(), bytes) == 1) {
        family = AF_INET6;
        length = 16;
    }
    const std::string name = reverseName(plain);
    std::vector<std::unique_ptr<Channel>> owned;
    std::vector<Channel*> channels;
    std::vector<std::size_t> indexOf;
    const auto start = Clock::now();
    for (std::size_t i = 0; i < servers.size(); ++i) {
        replies[i].server = servers[i].address;
        if (family == 0) {
            failAnswer(replies[i].ptr, DnsStatus::Error, "not a numeric address");
            continue;
        }
        DnsStatus status = DnsStatus::Error;
        std::string error;
        std::unique_ptr<Channel> c = openChannel(servers[i], options, status, error);
        if (!c) {
            failAnswer(replies[i].ptr, status, error);
            continue;
        }
        c->start = start;
        c->deadline = start + std::chrono::milliseconds(c->deadlineMs);
        channels.push_back(c.get());
        indexOf.push_back(i);
        owned.push_back(std::move(c));
    }
    for (std::size_t k = 0; k < channels.size(); ++k) {
        ask(*channels[k], replies[indexOf[k]].ptr, name, kTypePTR, bytes, length, family);
    }
    runChannels(channels, cancel);
    return replies;
}

bool hasRouteTo(const std::string& address)
{
    if (libraryStatus() != ARES_SUCCESS) { // on Windows this is also what starts Winsock
        return false;
    }
    addrinfo hints{};
    hints.ai_flags = AI_NUMERICHOST;
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo* res = nullptr;
    if (getaddrinfo(address.c_str(), "53", &hints, &res) != 0 || res == nullptr) {
        return false;
    }
    bool routed = false;
#ifdef _WIN32
    const SOCKET s = ::socket(res->ai_family, SOCK_DGRAM, IPPROTO_UDP);
    if (s != INVALID_SOCKET) {
        routed = ::connect(s, res->ai_addr, static_cast<int>(res->ai_addrlen)) == 0;
        ::closesocket(s);
    }
#else
#ifdef SOCK_CLOEXEC
    const int s = ::socket(res->ai_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
#else
    const int s = ::socket(res->ai_family, SOCK_DGRAM, 0);
#endif
    if (s >= 0) {
        routed = ::connect(s, res->ai_addr, res->ai_addrlen) == 0; // ENETUNREACH without a route
        ::close(s);
    }
#endif
    freeaddrinfo(res);
    return routed;
}

std::string caresVersion()
{
    return ares_version(nullptr);
}

} // namespace tcpd::platform
