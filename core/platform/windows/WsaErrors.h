// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The pure decisions of the Windows backend: which outcome a Winsock error code means, what the code
// is called, how the system resolver's answer maps to a status, how an ICMP error reads, and how each
// probe socket's SYN retransmissions are set. Plain C++17 without windows.h, so it builds and is
// unit-tested on every OS; WsaErrors.cpp checks the numbers below against winsock2.h on Windows.

#include "platform/Resolver.h"
#include "platform/TcpProbe.h"

#include <optional>

namespace tcpd::platform::detail {

/// Winsock error codes (the values of winsock2.h's WSAE* / WSA* macros, which these names must not clash with).
namespace wsa {
constexpr int kNotEnoughMemory = 8; // WSA_NOT_ENOUGH_MEMORY
constexpr int kInterrupted = 10004; // WSAEINTR
constexpr int kBadHandle = 10009; // WSAEBADF
constexpr int kAccess = 10013; // WSAEACCES
constexpr int kFault = 10014; // WSAEFAULT
constexpr int kInvalid = 10022; // WSAEINVAL
constexpr int kTooManySockets = 10024; // WSAEMFILE
constexpr int kWouldBlock = 10035; // WSAEWOULDBLOCK
constexpr int kInProgress = 10036; // WSAEINPROGRESS
constexpr int kAlready = 10037; // WSAEALREADY
constexpr int kNotSocket = 10038; // WSAENOTSOCK
constexpr int kDestAddrRequired = 10039; // WSAEDESTADDRREQ
constexpr int kMsgSize = 10040; // WSAEMSGSIZE
constexpr int kProtoType = 10041; // WSAEPROTOTYPE
constexpr int kNoProtoOpt = 10042; // WSAENOPROTOOPT
constexpr int kProtoNoSupport = 10043; // WSAEPROTONOSUPPORT
constexpr int kSockTypeNoSupport = 10044; // WSAESOCKTNOSUPPORT
constexpr int kOpNotSupp = 10045; // WSAEOPNOTSUPP
constexpr int kPfNoSupport = 10046; // WSAEPFNOSUPPORT
constexpr int kAfNoSupport = 10047; // WSAEAFNOSUPPORT
constexpr int kAddrInUse = 10048; // WSAEADDRINUSE
constexpr int kAddrNotAvail = 10049; // WSAEADDRNOTAVAIL
constexpr int kNetDown = 10050; // WSAENETDOWN
constexpr int kNetUnreach = 10051; // WSAENETUNREACH
constexpr int kNetReset = 10052; // WSAENETRESET
constexpr int kConnAborted = 10053; // WSAECONNABORTED
constexpr int kConnReset = 10054; // WSAECONNRESET
constexpr int kNoBufs = 10055; // WSAENOBUFS
constexpr int kIsConn = 10056; // WSAEISCONN
constexpr int kNotConn = 10057; // WSAENOTCONN
constexpr int kShutdown = 10058; // WSAESHUTDOWN
constexpr int kTimedOut = 10060; // WSAETIMEDOUT
constexpr int kConnRefused = 10061; // WSAECONNREFUSED
constexpr int kHostDown = 10064; // WSAEHOSTDOWN
constexpr int kHostUnreach = 10065; // WSAEHOSTUNREACH
constexpr int kProcessLimit = 10067; // WSAEPROCLIM
constexpr int kSysNotReady = 10091; // WSASYSNOTREADY
constexpr int kVerNotSupported = 10092; // WSAVERNOTSUPPORTED
constexpr int kNotInitialised = 10093; // WSANOTINITIALISED
constexpr int kDisconnected = 10101; // WSAEDISCON
constexpr int kProviderFailedInit = 10106; // WSAEPROVIDERFAILEDINIT
constexpr int kServiceNotFound = 10108; // WSASERVICE_NOT_FOUND
constexpr int kTypeNotFound = 10109; // WSATYPE_NOT_FOUND
constexpr int kHostNotFound = 11001; // WSAHOST_NOT_FOUND (= EAI_NONAME)
constexpr int kTryAgain = 11002; // WSATRY_AGAIN (= EAI_AGAIN)
constexpr int kNoRecovery = 11003; // WSANO_RECOVERY (= EAI_FAIL)
constexpr int kNoData = 11004; // WSANO_DATA (= EAI_NODATA)
} // namespace wsa

/// "WSAECONNREFUSED" for 10061, ...; "" for a code this table does not know (the number is kept anyway).
const char* wsaErrorName(int code);

/// True when a non-blocking connect() that returned SOCKET_ERROR with `code` is still under way.
bool isConnectPending(int code);

/// The outcome of a connection attempt that failed with `code` before the handshake completed
/// (immediately from connect(), or later from SO_ERROR). 10060 WSAETIMEDOUT reads as Filtered; 10054
/// WSAECONNRESET as ResetAfterConnect (the handshake had completed: an RST to the SYN gives 10061).
Outcome classifyConnectError(int code);

/// True when `code` ends only the one SYN try that reported it, not the endpoint: WSAETIMEDOUT, which a
/// socket with few SYN retransmissions reports before our budget is over. The other tries, and the
/// budget, decide; only when nothing is left does the endpoint become Filtered.
bool endsOnlyThisTry(int code);

/// The outcome when recv() fails with `code` after the handshake completed. `haveBanner`: the service
/// already spoke, so it was open whatever came next. WSAECONNRESET -> ResetAfterConnect; WSAECONNABORTED
/// (this computer's own stack, or software on it, gave the connection up: not the server's doing) -> Error;
/// anything else -> Open, as the POSIX engine does.
Outcome classifyAfterConnectError(int code, bool haveBanner);

/// The outcome an ICMP error means for a connection attempt (the same rules as the POSIX engine), or
/// nothing when the message says nothing decisive (time exceeded, ...; then the WSA code decides).
/// `fromOwnAddress`: the ICMP message came from one of this computer's addresses (its own firewall).
std::optional<Outcome> classifyIcmp(bool ipv6, int type, int code, bool fromOwnAddress);

/// The resolver status for a GetAddrInfoW() return code (0 = Ok).
SystemResolution::Status resolverStatus(int code);

/// SIO_TCP_INITIAL_RTO parameters for one probe socket (TCP_INITIAL_RTO_PARAMETERS).
/// Windows does not report a refused connect at the first RST: it sends the SYN again and reports
/// WSAECONNREFUSED only after every retransmission was refused too (about 2 s even on loopback), which
/// would turn a closed port into "filtered" under a 1.5 s budget. The engine sends its own extra tries
/// (new sockets), so the stack's SYN retransmissions are turned off where Windows allows it
/// (10.0.16299 and later): the first RST then fails the connect at once, and the one SYN waits for the
/// rest of the budget (rtt = remaining ms; Windows waits about 3 x rtt before giving up on it).
/// Before 16299 the least Windows allows is one retransmission with the system's own timing.
struct InitialRto {
    unsigned short rtt = 0xFFFF; ///< TCP_INITIAL_RTO_UNSPECIFIED_RTT
    unsigned char maxSynRetransmissions = 0xFF; ///< TCP_INITIAL_RTO_UNSPECIFIED_MAX_SYN_RETRANSMISSIONS
};
constexpr unsigned short kInitialRtoUnspecifiedRtt = 0xFFFF;
constexpr unsigned char kInitialRtoNoSynRetransmissions = 0xFE;
InitialRto initialRtoFor(unsigned long major, unsigned long build, int remainingMs);

} // namespace tcpd::platform::detail
