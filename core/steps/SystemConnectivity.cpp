// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "steps/SystemConnectivity.h"

#include "platform/BoundedCall.h"

#include <QCoreApplication>

#if defined(TCPDOCTOR_HAVE_QTDBUS)
#include <QAtomicInteger>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

using namespace Qt::StringLiterals;

namespace tcpd::core {

QString connectivityWord(uint state)
{
    // NMConnectivityState: 0 unknown, 1 none, 2 portal, 3 limited, 4 full.
    switch (state) {
    case 1: return u"none"_s;
    case 2: return u"portal"_s;
    case 3: return u"limited"_s;
    case 4: return u"full"_s;
    default: return u"unknown"_s;
    }
}

#if defined(TCPDOCTOR_HAVE_QTDBUS)
namespace {
SystemConnectivity askNetworkManager(const QString& busAddress, int callMs)
{
    static QAtomicInteger<quint64> serial;
    const QString name = u"tcpdoctor-nm-%1"_s.arg(serial.fetchAndAddRelaxed(1));
    SystemConnectivity c;
    c.source = u"networkmanager"_s;
    {
        QDBusConnection bus = busAddress.isEmpty() ? QDBusConnection::connectToBus(QDBusConnection::SystemBus, name)
                                                   : QDBusConnection::connectToBus(busAddress, name);
        if (!bus.isConnected()) {
            c.error = QCoreApplication::translate("ProxyStep", "the system's message bus is not reachable");
        } else {
            QDBusMessage get = QDBusMessage::createMethodCall(u"org.freedesktop.NetworkManager"_s,
                                                              u"/org/freedesktop/NetworkManager"_s,
                                                              u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
            get << u"org.freedesktop.NetworkManager"_s << u"Connectivity"_s;
            const QDBusMessage reply = bus.call(get, QDBus::Block, callMs);
            if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
                const QVariant v = reply.arguments().first().value<QDBusVariant>().variant();
                bool ok = false;
                const uint state = v.toUInt(&ok);
                if (ok) {
                    c.state = connectivityWord(state);
                } else {
                    c.error = QCoreApplication::translate("ProxyStep", "NetworkManager gave an answer that is not a state");
                }
            } else if (reply.errorName() == u"org.freedesktop.DBus.Error.ServiceUnknown"
                       || reply.errorName() == u"org.freedesktop.DBus.Error.NameHasNoOwner") {
                c.error = QCoreApplication::translate("ProxyStep", "NetworkManager is not running");
            } else if (reply.errorName() == u"org.freedesktop.DBus.Error.NoReply"
                       || reply.errorName() == u"org.freedesktop.DBus.Error.Timeout") {
                c.error = QCoreApplication::translate("ProxyStep", "NetworkManager did not answer in time");
            } else {
                c.error = reply.errorMessage().left(200);
            }
        }
    }
    QDBusConnection::disconnectFromBus(name);
    return c;
}
} // namespace

SystemConnectivity systemConnectivity(int budgetMs, const std::atomic<bool>* cancel, const QString& busAddress)
{
    bool stopped = false;
    // The bus itself may hang (its sign-in): the whole exchange is bounded, the call a little less.
    const int callMs = qMax(100, budgetMs - 100);
    const std::optional<SystemConnectivity> c = platform::boundedCall<SystemConnectivity>(
        [busAddress, callMs] { return askNetworkManager(busAddress, callMs); }, budgetMs, cancel, &stopped);
    if (c) {
        return *c;
    }
    SystemConnectivity late;
    late.source = u"networkmanager"_s;
    late.error = stopped ? QCoreApplication::translate("ProxyStep", "stopped")
                         : QCoreApplication::translate("ProxyStep", "the system's message bus did not answer in time");
    return late;
}
#else
SystemConnectivity systemConnectivity(int, const std::atomic<bool>*, const QString&)
{
    return {}; // no NetworkManager on this system: nothing to ask
}
#endif

} // namespace tcpd::core
