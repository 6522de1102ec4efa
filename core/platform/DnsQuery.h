// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <atomic>
#include <string>
#include <vector>

namespace tcpd::platform {

/// What one DNS server said to one question, as c-ares tells it (its own parsers; no hand-made DNS).
enum class DnsStatus {
    NoError, ///< NOERROR with records of the asked type
    NoData, ///< NOERROR without records of the asked type: the name exists
    NxDomain, ///< NXDOMAIN: the name does not exist
    ServFail, ///< SERVFAIL: the server could not get an answer
    Refused, ///< REFUSED: the server will not answer this client
    FormErr, ///< FORMERR / NOTIMP: the server did not understand the question
    Timeout, ///< no answer within the deadline (all tries)
    ConnRefused, ///< the server's port is closed (ICMP port unreachable, TCP RST)
    BadResponse, ///< an answer came that could not be read
    Unsupported, ///< this server cannot be asked (a link-local address with a zone)
    Cancelled,
    Error, ///< anything else (out of memory, no sockets ...); `error` says what
};

/// The report's spelling: "noerror", "no_data", "nxdomain", "servfail", "refused", "formerr",
/// "timeout", "connection_refused", "bad_response", "unsupported", "cancelled", "error".
const char* dnsStatusName(DnsStatus status);

struct DnsRecord {
    std::string address; ///< numeric (A or AAAA), or a name (PTR)
    int ttl = -1; ///< seconds; -1 where the parser does not tell (PTR)
};

/// One question (A, AAAA or PTR) to one server.
struct DnsAnswer {
    DnsStatus status = DnsStatus::Error;
    std::vector<DnsRecord> records;
    std::vector<std::string> cnameChain; ///< the CNAMEs followed, in order; the last one is the canonical name
    bool cnameChainPartial = false; ///< the chain goes on beyond its last name (c-ares 1.18 shows no more)
    double elapsedMs = 0;
    int timeouts = 0; ///< tries that went unanswered before the outcome
    std::string error; ///< ares_strerror text, or why it failed
};

/// Everything one server said about the name.
struct DnsServerReply {
    std::string server;
    unsigned short port = 53;
    bool askedA = false;
    bool askedAAAA = false;
    DnsAnswer a;
    DnsAnswer aaaa;
    double elapsedMs = 0; ///< until the last of its answers (or the deadline)
};

struct DnsServerAddress {
    std::string address; ///< numeric
    unsigned short port = 53;
};

struct DnsQueryOptions {
    int deadlineMs = 2000; ///< one server's answers, all tries included, end by then
    int tryTimeoutMs = 500; ///< the first try waits this long; c-ares doubles it for each further try
    int tries = 3; ///< so a silent server is asked at 0, 0.5 and 1.5 s and given up at 2 s
    bool askA = true;
    bool askAAAA = true;
};

/// Asks every server at once (one c-ares channel each, UDP with TCP for truncated answers) for
/// the A and/or AAAA records of `name`, exactly as given (no search domains). Blocks until every
/// server has answered or reached the deadline; checks *cancel at least every 50 ms. Never throws.
/// The result has one entry per server, in the given order.
std::vector<DnsServerReply> queryServers(const std::string& name, const std::vector<DnsServerAddress>& servers,
                                         const DnsQueryOptions& options, const std::atomic<bool>* cancel = nullptr);

/// One server's answer to the reverse question (PTR) for an address.
struct DnsReverseReply {
    std::string server;
    DnsAnswer ptr; ///< records[].address holds the names
};

/// The reverse lookup (PTR of in-addr.arpa / ip6.arpa) of `address` at every server at once,
/// with the same deadline rules as queryServers.
std::vector<DnsReverseReply> reverseLookup(const std::string& address, const std::vector<DnsServerAddress>& servers,
                                           const DnsQueryOptions& options, const std::atomic<bool>* cancel = nullptr);

/// The reverse-lookup name: "10.2.0.192.in-addr.arpa", "...ip6.arpa". Empty if `address` is not numeric.
std::string reverseName(const std::string& address);

/// True if this computer has a route to `address` (a UDP socket is connected there: nothing is sent).
bool hasRouteTo(const std::string& address);

/// The c-ares version in use ("1.18.1").
std::string caresVersion();

namespace detail {
/// The pure half of reading one server's answer (the packet c-ares hands the callback), exposed for
/// tests/fuzz: the records, the CNAME chain and the status of an A (ipv6 = false) or AAAA answer to
/// `asked`, as queryServers() fills them in.
DnsAnswer decodeAddressAnswer(const unsigned char* packet, int length, bool ipv6, const std::string& asked);
/// The same for a PTR answer about the numeric `address`, as reverseLookup() fills it in.
DnsAnswer decodePointerAnswer(const unsigned char* packet, int length, const std::string& address);
} // namespace detail

} // namespace tcpd::platform
