// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "platform/ListenTable.h"

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace tcpd::core {

/// A temporary test listener (`tcpdoctor listen --serve PORT`, and the server page's button): while the
/// real service is stopped it opens PORT for a bounded time and answers every connection with one
/// greeting line naming tcpdoctor, then keeps it open and sends back what arrives (so `tcpdoctor idle`
/// can test pauses against it) until its time is up (up to kMaxOpen at once; more are closed after
/// the greeting). A client's `tcpdoctor diagnose` then tells
/// "packets reach the server, the service was the problem" from "a firewall drops them".
///
///     auto* l = new TestListener;              // may be moved to a worker thread first
///     connect(l, &TestListener::started, ...); connect(l, &TestListener::finished, ...);
///     l->start(8080, QString(), 60);          // all addresses, 60 s; or invokeMethod across threads
///     l->stop();                               // early; finished() follows
///
/// It refuses (refused(), nothing opened) a port another program holds, naming it from the listen table,
/// an address that is not this computer's, and a time outside 1..kMaxSeconds.
class TestListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestListener)

public:
    static constexpr int kDefaultSeconds = 60;
    static constexpr int kMaxSeconds = 3600;
    static constexpr int kMaxOpen = 256;          ///< connections kept open at once
    static constexpr qint64 kEchoBacklog = 65536; ///< bytes queued for sending back, per connection

    explicit TestListener(QObject* parent = nullptr);
    ~TestListener() override;

    /// The line each connection gets: ASCII on purpose (it is wire data, read by programs on the other
    /// side in any language), ending in CRLF.
    static QByteArray greeting(const QString& localAddress, quint16 port);

    /// The sockets in `table` that keep a listener on `address` (empty: every address) and `port` from
    /// opening: same address, or either side on every address. Empty when the port is free there.
    static QList<platform::ListenSocket> holders(const platform::ListenTable& table, quint16 port,
                                                 const QString& address);

    bool isListening() const;
    int connections() const { return m_connections; }

public slots:
    /// Reads the listen table (blocking, briefly), checks, then opens the port. `address` empty: all.
    void start(quint16 port, const QString& address, int seconds);
    void stop();

signals:
    void started(const QStringList& addresses, quint16 port, int seconds);
    /// Not started: one sentence; exitCode 2 for a port in use or bad input, 3 for anything else.
    void refused(const QString& reason, int exitCode);
    void connectionGreeted(const QString& peerAddress, quint16 peerPort, int count);
    void tick(int secondsLeft);
    void finished(int connections, bool stoppedEarly);

private:
    void onNewConnection();
    void onTick();
    void finish(bool early);

    QTcpServer* m_server;
    QTimer* m_timer; ///< the countdown, every second
    QTimer* m_end; ///< closes the listener when its time is up
    qint64 m_deadlineMs = 0;
    quint16 m_port = 0;
    int m_connections = 0;
    QList<QPointer<QTcpSocket>> m_open; ///< connections kept open, closed (FIN) when the listener ends
};

} // namespace tcpd::core
