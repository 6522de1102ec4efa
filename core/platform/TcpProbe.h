// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tcpd::platform {

/// What happened to one TCP connection attempt, as CONTRACT.md names it (`attempts[].outcome`).
enum class Outcome {
    Open,               ///< SYN, SYN-ACK, ACK completed (and the peer did not hang up at once)
    Refused,            ///< the peer answered the SYN with RST
    Filtered,           ///< no answer at all to repeated SYNs within the budget
    Rejected,           ///< an ICMP "administratively prohibited" / port-unreachable came back
    HostUnreachable,    ///< ICMP host unreachable, or no ARP/neighbour answer on the local link
    NetworkUnreachable, ///< a router (or our own routing table) says the network is unreachable
    LocalBlock,         ///< this computer refused to send: EPERM/EACCES/WSAEACCES, a reject from our
                        ///< own address, or SYNs that never left (Linux TcpExt TCPRetransFail rose)
    ResetAfterConnect,  ///< the handshake completed, then the peer sent RST
    ClosedAfterConnect, ///< the handshake completed, then the peer sent FIN without a word
    Error               ///< anything else (the OS error is kept in sysError)
};

/// The contract's spelling: "open", "refused", "filtered", ...
const char* outcomeName(Outcome o);

/// What an ICMP "destination unreachable" message (ICMP type 3, ICMPv6 type 1) means for a connection
/// attempt, written once for every backend: a prohibition or port unreachable is Rejected (LocalBlock
/// when this computer sent it itself), a network one NetworkUnreachable, the rest HostUnreachable.
/// nullopt for other types.
std::optional<Outcome> outcomeForIcmp(bool ipv6, int type, int code, bool fromOwnAddress);

/// The ICMP message the operating system attached to a failed attempt, where it tells us.
struct IcmpInfo {
    bool present = false;
    int type = -1;
    int code = -1;
    std::string from; ///< numeric address of the host that sent the ICMP message
};

/// One address to try. `address` is numeric (IPv4, or IPv6 with an optional %zone).
struct Endpoint {
    std::string address;
    uint16_t port = 0;
    /// Endpoints of one target (the addresses of one name) share a group: a round trip measured
    /// on one of them stretches the budget of its silent siblings, never of other targets.
    std::size_t group = 0;
};

struct ProbeOptions {
    /// Total time allowed for the handshake of one address, in ms (CLI --timeout).
    int budgetMs = 1500;
    /// Extra SYN tries (new sockets) are started at these fractions of the budget, besides the one at 0.
    /// The kernel's own retransmissions come on top. Derived at run time from rttHintMs when known.
    std::vector<double> retryAt = {1.0 / 6.0, 1.0 / 3.0, 2.0 / 3.0};
    /// A round-trip time measured earlier on the same path (ms), or 0 when unknown. A slow path
    /// stretches the budget so a 1 s link is never called filtered.
    int rttHintMs = 0;
    /// After the handshake, how long to listen for RST, FIN or a banner (ms). Stretched to 2×RTT (a
    /// greeting sent right after the server's accept arrives one round trip after our handshake ends);
    /// the floor covers a server that is slow to be scheduled. 100 ms keeps the whole checklist on a LAN
    /// under 300 ms (docs/benchmarks.md; it was 300 ms, which alone missed that goal).
    int listenMs = 100;
    /// At most this many bytes of a banner are kept.
    std::size_t bannerMax = 256;
};

/// The raw evidence of one address (CONTRACT.md `attempts[]`).
struct ProbeResult {
    Endpoint endpoint;
    bool ipv6 = false;
    Outcome outcome = Outcome::Error;
    double rttMs = -1; ///< handshake round trip, or -1 when there was none
    int tries = 0;     ///< SYN tries (sockets) we started
    IcmpInfo icmp;
    std::string banner;      ///< what the service said first, raw bytes (at most bannerMax)
    int sysError = 0;        ///< errno / WSA code that decided the outcome, 0 if none
    std::string sysErrorName; ///< "ECONNREFUSED", "WSAECONNREFUSED", ...
    uint16_t localPort = 0;  ///< this computer's port: of the connection that completed, else of the first
                             ///< try once the system picked one (0 when it never did)
    bool localOrigin = false; ///< the ICMP error came from one of this computer's own addresses
    long retransFailDelta = -1; ///< Linux: rise of TcpExt TCPRetransFail during the attempt, -1 unknown
    double elapsedMs = 0;     ///< time until the outcome was known
};

/// Tries every endpoint at once (one thread, non-blocking sockets, one poll loop) and classifies
/// each. Returns one result per endpoint, in the same order. Returns early, with Outcome::Error and
/// sysErrorName "cancelled", within ~50 ms after *cancel becomes true. Never throws.
std::vector<ProbeResult> probeTcp(const std::vector<Endpoint>& endpoints, const ProbeOptions& options,
                                  const std::atomic<bool>* cancel = nullptr);

/// One connection whose packets from the server are kept small: the maximum segment size (TCP_MAXSEG) is
/// set before the SYN, so the SYN asks the server for segments of at most `mss` bytes. The service step's
/// second try when a TLS handshake or an HTTP answer stalls after the handshake (a path MTU black hole).
struct SmallSegmentConnection {
    std::intptr_t socket = -1; ///< the connected socket (file descriptor / SOCKET), -1 if none; the
                               ///< caller owns it (QAbstractSocket::setSocketDescriptor, or closeSocketHandle)
    int mss = 0;               ///< the segment size asked for (what the socket reports after connect)
    bool unsupported = false;  ///< this system does not let a program choose its segment size
    bool cancelled = false;
    std::string error; ///< why there is no socket: "ECONNREFUSED", "WSAENOPROTOOPT", "timed out"
};

/// Connects to `address` (numeric) within `budgetMs`, with TCP_MAXSEG = `mss` set first. Cancellable
/// (checked every 50 ms). Never throws.
SmallSegmentConnection connectSmallSegments(const std::string& address, uint16_t port, int mss, int budgetMs,
                                            const std::atomic<bool>* cancel = nullptr);

/// Closes a socket from connectSmallSegments() that nobody took over.
void closeSocketHandle(std::intptr_t socket);

} // namespace tcpd::platform
