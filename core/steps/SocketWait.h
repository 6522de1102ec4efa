// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// Bounded, cancellable waits on a QTcpSocket owned by a worker thread (no event loop needed): each
// wait is cut into short slices that look at the cancel flag, so a stop ends it within ~50 ms.

#include <QByteArray>
#include <QElapsedTimer>
#include <QTcpSocket>

#include <algorithm>
#include <atomic>

namespace tcpd::core::socketwait {

constexpr int kSliceMs = 50;

inline bool cancelled(const std::atomic<bool>* cancel)
{
    return cancel != nullptr && cancel->load();
}

/// Calls done(sliceMs) until it returns true (then true), the budget since `timer` started is used up,
/// or the user stops (then false).
template <typename F>
bool waitSliced(F done, const QElapsedTimer& timer, int budgetMs, const std::atomic<bool>* cancel)
{
    while (timer.elapsed() < budgetMs && !cancelled(cancel)) {
        if (done(static_cast<int>(std::min<qint64>(kSliceMs, budgetMs - timer.elapsed())))) {
            return true;
        }
    }
    return false;
}

/// Connects (the socket is already told where to); true once connected. The socket's own error says why not.
inline bool waitConnected(QTcpSocket& socket, const QElapsedTimer& timer, int budgetMs, const std::atomic<bool>* cancel)
{
    return waitSliced([&](int ms) { return socket.waitForConnected(ms) || socket.state() == QAbstractSocket::UnconnectedState; },
                      timer, budgetMs, cancel)
        && socket.state() == QAbstractSocket::ConnectedState;
}

/// Reads until enough(bytes), `maxBytes`, the peer closes (*closed), the budget ends or the user stops.
template <typename F>
QByteArray readUntil(QTcpSocket& socket, const QElapsedTimer& timer, int budgetMs, const std::atomic<bool>* cancel,
                     qint64 maxBytes, F enough, bool* closed)
{
    QByteArray got;
    *closed = false;
    waitSliced(
        [&](int ms) {
            if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(ms)) {
                *closed = socket.state() != QAbstractSocket::ConnectedState;
                return *closed;
            }
            got += socket.read(maxBytes - got.size());
            return got.size() >= maxBytes || enough(got);
        },
        timer, budgetMs, cancel);
    return got;
}

} // namespace tcpd::core::socketwait
