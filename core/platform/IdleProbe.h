// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// Connections that die when idle (CONTRACT.md `idle`): one connection per idle period, all opened at
// once; each stays silent for its period, then sends one byte, and the system's own TCP statistics
// (Linux/macOS TCP_INFO, Windows SIO_TCP_INFO) tell whether the byte was acknowledged, sent again
// unanswered, or answered with a reset. A FIN from the server while idle means the server itself
// closed it. Qt-free: the same engine runs on Linux, macOS and Windows (IdleProbe.cpp).
//
//     IdleProbeOptions o;  o.periodsS = {2, 4, 20};
//     probeIdle("203.0.113.2", 8080, o, [](const IdlePeriodResult& r) { show(r); }, &cancel);

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace tcpd::platform {

/// What became of one idle connection.
enum class IdleState {
    Alive,        ///< after the idle period the byte was acknowledged (or answered): the connection lived
    Reset,        ///< a reset came back (while idle, or for the byte): something on the way or the server forgot it
    Silent,       ///< the byte was sent again and again and never acknowledged: a device on the way drops it
    Closed,       ///< the server closed the connection (FIN) during the idle period: its own idle timeout
    Unknown,      ///< nothing came back and this system does not tell whether the byte was acknowledged
    NotConnected, ///< the connection could not be opened at all (error says why)
    Cancelled     ///< stopped before the period ended
};

/// The contract's spelling: "alive", "reset", "silent", "closed", "unknown", "not_connected", "cancelled".
const char* idleStateName(IdleState s);

struct IdleProbeOptions {
    std::vector<int> periodsS;  ///< one connection per period, in seconds (1..86400)
    int connectBudgetMs = 4000; ///< to open each connection: room for SYNs sent again at 1 s and 3 s
    int answerBudgetMs = 3000;  ///< after the byte: how long to wait for its acknowledgement
};

struct IdlePeriodResult {
    int idleS = 0;
    IdleState state = IdleState::NotConnected;
    uint16_t localPort = 0;
    double connectMs = -1;  ///< the handshake's time, -1 without one
    double ackMs = -1;      ///< from sending the byte to its acknowledgement (or the answer), -1 none; read
                            ///< from the statistics every 20 ms, so no finer than that
    double diedAfterS = -1; ///< Closed/Reset while idle: seconds after the connection opened; -1 otherwise
    int retransmits = -1;   ///< times the byte was sent again (TCP statistics), -1 unknown
    bool ackKnown = false;  ///< this system tells whether sent data was acknowledged
    bool answered = false;  ///< the server sent something back after the byte
    std::string error;      ///< "ECONNREFUSED", "timed out", "WSAECONNRESET", ...
};

/// Opens one connection to `address` (numeric) per period, all at once, and judges each after its
/// period. `onResult` is called as each one is decided (shortest periods first, usually). Returns one
/// result per period, in the order given. Stops within ~50 ms after *cancel turns true: the rest are
/// Cancelled. Blocking: for a worker thread or the command line. Never throws.
std::vector<IdlePeriodResult> probeIdle(const std::string& address, uint16_t port, const IdleProbeOptions& options,
                                        const std::function<void(const IdlePeriodResult&)>& onResult,
                                        const std::atomic<bool>* cancel = nullptr);

/// After the byte, what the evidence so far decides (pure, shared by every backend and unit-tested):
/// `unacked` is the number of sent bytes or segments not yet acknowledged (-1: the system does not say),
/// `answered` whether data came back, `reset` / `fin` whether a reset or FIN arrived, `timedOut` whether
/// the answer budget is spent. Returns false (and leaves `out`) while it is still open.
bool decideAfterSend(int unacked, bool answered, bool reset, bool fin, bool timedOut, IdleState& out);

} // namespace tcpd::platform
