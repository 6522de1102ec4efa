// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "listen/TestListener.h"

#include "listen/ListenTypes.h"
#include "listen/ListenVerdict.h"

#include <QDateTime>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
/// IPv4 clients of a dual-stack listener show as ::ffff:a.b.c.d: say a.b.c.d, as they know themselves.
QString plainAddress(const QHostAddress& address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped && address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(v4).toString()
                                                                         : address.toString();
}
} // namespace

TestListener::TestListener(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_timer(new QTimer(this))
    , m_end(new QTimer(this))
{
    m_timer->setInterval(1000);
    m_end->setSingleShot(true);
    connect(m_end, &QTimer::timeout, this, [this] { finish(false); });
    connect(m_timer, &QTimer::timeout, this, &TestListener::onTick);
    connect(m_server, &QTcpServer::newConnection, this, &TestListener::onNewConnection);
}

TestListener::~TestListener() = default;

QByteArray TestListener::greeting(const QString& localAddress, quint16 port)
{
    return "tcpdoctor test listener at " + withoutZone(localAddress).toLatin1() + " port " + QByteArray::number(port)
        + ": your connection arrived. This is a temporary test, not the real service; it sends back what you send.\r\n";
}

QList<platform::ListenSocket> TestListener::holders(const platform::ListenTable& table, quint16 port,
                                                    const QString& address)
{
    QList<platform::ListenSocket> out;
    for (const platform::ListenSocket& s : table.sockets) {
        if (s.port != port) {
            continue;
        }
        const QString bound = QString::fromStdString(s.address);
        const bool wildcard = classifyBind(bound, {}, {}) == BindKind::Wildcard;
        if (address.isEmpty() || wildcard || classifyBind(address, {}, {}) == BindKind::Wildcard
            || sameAddress(bound, address)) {
            out << s;
        }
    }
    return out;
}

bool TestListener::isListening() const
{
    return m_server->isListening();
}

void TestListener::start(quint16 port, const QString& address, int seconds)
{
    if (m_server->isListening()) {
        return;
    }
    if (port == 0 || seconds < 1 || seconds > kMaxSeconds) {
        emit refused(
            tr("The test listener needs a port from 1 to 65535 and a time from 1 to %1 seconds.").arg(kMaxSeconds), 2);
        return;
    }
    QHostAddress bindTo(QHostAddress::Any);
    if (!address.isEmpty() && !bindTo.setAddress(address)) {
        emit refused(tr("\"%1\" is not an IP address. Give one of this computer's addresses, or leave it out for all.")
                         .arg(address.left(80)),
                     2);
        return;
    }
    const platform::ListenTable table = platform::readListenTable();
    if (!address.isEmpty() && classifyBind(address, {}, table.ownAddresses) == BindKind::NotOwn) {
        QStringList own;
        for (const platform::OwnAddress& o : table.ownAddresses) {
            own << QString::fromStdString(o.address);
        }
        emit refused(tr("%1 is not an address of this computer (its addresses: %2).").arg(address, own.join(u", "_s)),
                     2);
        return;
    }
    const QList<platform::ListenSocket> taken = holders(table, port, address);
    if (!taken.isEmpty()) {
        QStringList who;
        for (const platform::ListenSocket& s : taken) {
            who << tr("%1 on %2").arg(ownerText(s), endpointText(QString::fromStdString(s.address), s.port));
        }
        emit refused(tr("Port %1 is in use: %2 listens there. Stop that program first, or test another port.")
                         .arg(port)
                         .arg(who.join(u"; "_s)),
                     2);
        return;
    }
    if (!m_server->listen(bindTo, port)) {
        const auto error = m_server->serverError();
        if (error == QAbstractSocket::AddressInUseError) {
            emit refused(tr("Port %1 is in use by a program the system does not show to this user. Stop it first, or "
                            "test another port.")
                             .arg(port),
                         2);
        } else if (error == QAbstractSocket::SocketAccessError) {
            emit refused(
                tr("This user may not open port %1: ports below 1024 need administrator (root) rights.").arg(port), 2);
        } else {
            emit refused(tr("The test listener could not open port %1: %2").arg(port).arg(m_server->errorString()), 3);
        }
        return;
    }
    m_port = port;
    m_connections = 0;
    m_deadlineMs = QDateTime::currentMSecsSinceEpoch() + qint64(seconds) * 1000;
    m_timer->start();
    m_end->start(seconds * 1000);
    QStringList addresses;
    if (address.isEmpty()) {
        addresses << u"0.0.0.0"_s << u"::"_s;
    } else {
        addresses << address;
    }
    spdlog::info("test listener on port {} for {} s", port, seconds);
    emit started(addresses, port, seconds);
}

void TestListener::stop()
{
    if (m_server->isListening()) {
        finish(true);
    }
}

void TestListener::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->write(greeting(plainAddress(socket->localAddress()), m_port));
        m_open.removeAll(nullptr);
        if (m_open.size() >= kMaxOpen) {
            socket->disconnectFromHost(); // after the greeting is written: FIN, never RST
            QTimer::singleShot(5000, socket, [socket] { socket->abort(); }); // a peer that never reads
        } else {
            // Kept open, and whatever arrives is sent back: `tcpdoctor idle` (or telnet) can then see
            // that a connection still works after a pause. A peer that sends and never reads gets at
            // most kEchoBacklog bytes queued; the rest is read and dropped.
            m_open << socket;
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                const QByteArray data = socket->readAll();
                if (socket->bytesToWrite() + data.size() <= kEchoBacklog) {
                    socket->write(data);
                }
            });
        }
        emit connectionGreeted(plainAddress(socket->peerAddress()), socket->peerPort(), m_connections);
    }
}

void TestListener::onTick()
{
    const qint64 leftMs = m_deadlineMs - QDateTime::currentMSecsSinceEpoch();
    if (leftMs > 0) {
        emit tick(int((leftMs + 999) / 1000));
    }
}

void TestListener::finish(bool early)
{
    m_timer->stop();
    m_end->stop();
    m_server->close();
    for (const QPointer<QTcpSocket>& socket : std::as_const(m_open)) {
        if (socket) {
            socket->disconnectFromHost(); // FIN: the test is over
        }
    }
    m_open.clear();
    spdlog::info("test listener on port {} closed after {} connection(s)", m_port, m_connections);
    emit finished(m_connections, early);
}

} // namespace tcpd::core
