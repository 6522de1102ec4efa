// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "WsaErrors.h"

#include <algorithm>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <winsock2.h> // first of the Winsock headers
#include <ws2tcpip.h>

#include <mstcpip.h>

// The numbers in WsaErrors.h must be the SDK's.
namespace tcpd::platform::detail {
static_assert(wsa::kNotEnoughMemory == WSA_NOT_ENOUGH_MEMORY);
static_assert(wsa::kInterrupted == WSAEINTR);
static_assert(wsa::kBadHandle == WSAEBADF);
static_assert(wsa::kAccess == WSAEACCES);
static_assert(wsa::kFault == WSAEFAULT);
static_assert(wsa::kInvalid == WSAEINVAL);
static_assert(wsa::kTooManySockets == WSAEMFILE);
static_assert(wsa::kWouldBlock == WSAEWOULDBLOCK);
static_assert(wsa::kInProgress == WSAEINPROGRESS);
static_assert(wsa::kAlready == WSAEALREADY);
static_assert(wsa::kNotSocket == WSAENOTSOCK);
static_assert(wsa::kDestAddrRequired == WSAEDESTADDRREQ);
static_assert(wsa::kMsgSize == WSAEMSGSIZE);
static_assert(wsa::kProtoType == WSAEPROTOTYPE);
static_assert(wsa::kNoProtoOpt == WSAENOPROTOOPT);
static_assert(wsa::kProtoNoSupport == WSAEPROTONOSUPPORT);
static_assert(wsa::kSockTypeNoSupport == WSAESOCKTNOSUPPORT);
static_assert(wsa::kOpNotSupp == WSAEOPNOTSUPP);
static_assert(wsa::kPfNoSupport == WSAEPFNOSUPPORT);
static_assert(wsa::kAfNoSupport == WSAEAFNOSUPPORT);
static_assert(wsa::kAddrInUse == WSAEADDRINUSE);
static_assert(wsa::kAddrNotAvail == WSAEADDRNOTAVAIL);
static_assert(wsa::kNetDown == WSAENETDOWN);
static_assert(wsa::kNetUnreach == WSAENETUNREACH);
static_assert(wsa::kNetReset == WSAENETRESET);
static_assert(wsa::kConnAborted == WSAECONNABORTED);
static_assert(wsa::kConnReset == WSAECONNRESET);
static_assert(wsa::kNoBufs == WSAENOBUFS);
static_assert(wsa::kIsConn == WSAEISCONN);
static_assert(wsa::kNotConn == WSAENOTCONN);
static_assert(wsa::kShutdown == WSAESHUTDOWN);
static_assert(wsa::kTimedOut == WSAETIMEDOUT);
static_assert(wsa::kConnRefused == WSAECONNREFUSED);
static_assert(wsa::kHostDown == WSAEHOSTDOWN);
static_assert(wsa::kHostUnreach == WSAEHOSTUNREACH);
static_assert(wsa::kProcessLimit == WSAEPROCLIM);
static_assert(wsa::kSysNotReady == WSASYSNOTREADY);
static_assert(wsa::kVerNotSupported == WSAVERNOTSUPPORTED);
static_assert(wsa::kNotInitialised == WSANOTINITIALISED);
static_assert(wsa::kDisconnected == WSAEDISCON);
static_assert(wsa::kProviderFailedInit == WSAEPROVIDERFAILEDINIT);
static_assert(wsa::kServiceNotFound == WSASERVICE_NOT_FOUND);
static_assert(wsa::kTypeNotFound == WSATYPE_NOT_FOUND);
static_assert(wsa::kHostNotFound == WSAHOST_NOT_FOUND);
static_assert(wsa::kTryAgain == WSATRY_AGAIN);
static_assert(wsa::kNoRecovery == WSANO_RECOVERY);
static_assert(wsa::kNoData == WSANO_DATA);
static_assert(wsa::kHostNotFound == EAI_NONAME);
static_assert(wsa::kTryAgain == EAI_AGAIN);
static_assert(wsa::kNoRecovery == EAI_FAIL);
static_assert(wsa::kNoData == EAI_NODATA);
static_assert(kInitialRtoUnspecifiedRtt == TCP_INITIAL_RTO_UNSPECIFIED_RTT);
static_assert(kInitialRtoNoSynRetransmissions == TCP_INITIAL_RTO_NO_SYN_RETRANSMISSIONS);
} // namespace tcpd::platform::detail
#endif

namespace tcpd::platform::detail {

const char* wsaErrorName(int code)
{
    switch (code) {
    case wsa::kNotEnoughMemory: return "WSA_NOT_ENOUGH_MEMORY";
    case wsa::kInterrupted: return "WSAEINTR";
    case wsa::kBadHandle: return "WSAEBADF";
    case wsa::kAccess: return "WSAEACCES";
    case wsa::kFault: return "WSAEFAULT";
    case wsa::kInvalid: return "WSAEINVAL";
    case wsa::kTooManySockets: return "WSAEMFILE";
    case wsa::kWouldBlock: return "WSAEWOULDBLOCK";
    case wsa::kInProgress: return "WSAEINPROGRESS";
    case wsa::kAlready: return "WSAEALREADY";
    case wsa::kNotSocket: return "WSAENOTSOCK";
    case wsa::kDestAddrRequired: return "WSAEDESTADDRREQ";
    case wsa::kMsgSize: return "WSAEMSGSIZE";
    case wsa::kProtoType: return "WSAEPROTOTYPE";
    case wsa::kNoProtoOpt: return "WSAENOPROTOOPT";
    case wsa::kProtoNoSupport: return "WSAEPROTONOSUPPORT";
    case wsa::kSockTypeNoSupport: return "WSAESOCKTNOSUPPORT";
    case wsa::kOpNotSupp: return "WSAEOPNOTSUPP";
    case wsa::kPfNoSupport: return "WSAEPFNOSUPPORT";
    case wsa::kAfNoSupport: return "WSAEAFNOSUPPORT";
    case wsa::kAddrInUse: return "WSAEADDRINUSE";
    case wsa::kAddrNotAvail: return "WSAEADDRNOTAVAIL";
    case wsa::kNetDown: return "WSAENETDOWN";
    case wsa::kNetUnreach: return "WSAENETUNREACH";
    case wsa::kNetReset: return "WSAENETRESET";
    case wsa::kConnAborted: return "WSAECONNABORTED";
    case wsa::kConnReset: return "WSAECONNRESET";
    case wsa::kNoBufs: return "WSAENOBUFS";
    case wsa::kIsConn: return "WSAEISCONN";
    case wsa::kNotConn: return "WSAENOTCONN";
    case wsa::kShutdown: return "WSAESHUTDOWN";
    case wsa::kTimedOut: return "WSAETIMEDOUT";
    case wsa::kConnRefused: return "WSAECONNREFUSED";
    case wsa::kHostDown: return "WSAEHOSTDOWN";
    case wsa::kHostUnreach: return "WSAEHOSTUNREACH";
    case wsa::kProcessLimit: return "WSAEPROCLIM";
    case wsa::kSysNotReady: return "WSASYSNOTREADY";
    case wsa::kVerNotSupported: return "WSAVERNOTSUPPORTED";
    case wsa::kNotInitialised: return "WSANOTINITIALISED";
    case wsa::kDisconnected: return "WSAEDISCON";
    case wsa::kProviderFailedInit: return "WSAEPROVIDERFAILEDINIT";
    case wsa::kServiceNotFound: return "WSASERVICE_NOT_FOUND";
    case wsa::kTypeNotFound: return "WSATYPE_NOT_FOUND";
    case wsa::kHostNotFound: return "WSAHOST_NOT_FOUND";
    case wsa::kTryAgain: return "WSATRY_AGAIN";
    case wsa::kNoRecovery: return "WSANO_RECOVERY";
    case wsa::kNoData: return "WSANO_DATA";
    default: return "";
    }
}

bool isConnectPending(int code)
{
    return code == wsa::kWouldBlock || code == wsa::kInProgress;
}

Outcome classifyConnectError(int code)
{
    switch (code) {
    case wsa::kConnRefused: return Outcome::Refused;
    case wsa::kTimedOut: return Outcome::Filtered;
    case wsa::kHostUnreach:
    case wsa::kHostDown: return Outcome::HostUnreachable;
    case wsa::kNetUnreach: return Outcome::NetworkUnreachable;
    case wsa::kAccess:
        return Outcome::LocalBlock; // Windows Defender Firewall (WFP) blocked the connect
    // An RST to the SYN is 10061; 10054 means the handshake completed and the peer reset the connection
    // before the engine saw it complete (seen under Wine when the server resets right after accept).
    case wsa::kConnReset: return Outcome::ResetAfterConnect;
    default: return Outcome::Error; // 10053 aborted by this computer, no address, no buffers, ...
    }
}

bool endsOnlyThisTry(int code)
{
    return code == wsa::kTimedOut;
}

Outcome classifyAfterConnectError(int code, bool haveBanner)
{
    if (haveBanner) {
        return Outcome::Open;
    }
    switch (code) {
    case wsa::kConnReset: return Outcome::ResetAfterConnect;
    case wsa::kConnAborted: return Outcome::Error;
    default: return Outcome::Open;
    }
}

std::optional<Outcome> classifyIcmp(bool ipv6, int type, int code, bool fromOwnAddress)
{
    return outcomeForIcmp(ipv6, type, code, fromOwnAddress); // shared with the POSIX backend (TcpProbe.cpp)
}

SystemResolution::Status resolverStatus(int code)
{
    switch (code) {
    case 0: return SystemResolution::Status::Ok;
    case wsa::kHostNotFound: return SystemResolution::Status::NoSuchName;
    case wsa::kNoData: return SystemResolution::Status::NoData;
    case wsa::kTryAgain: return SystemResolution::Status::TryAgain;
    default: return SystemResolution::Status::Error;
    }
}

InitialRto initialRtoFor(unsigned long major, unsigned long build, int remainingMs)
{
    InitialRto rto;
    if (major > 10 || (major == 10 && build >= 16299)) {
        rto.rtt = static_cast<unsigned short>(std::clamp(remainingMs, 1, 0xFFFE));
        rto.maxSynRetransmissions = kInitialRtoNoSynRetransmissions;
    } else {
        rto.rtt = kInitialRtoUnspecifiedRtt;
        rto.maxSynRetransmissions = 1;
    }
    return rto;
}

} // namespace tcpd::platform::detail
