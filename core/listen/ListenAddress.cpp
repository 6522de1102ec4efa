// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "listen/ListenTypes.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

/// The address without zone, IPv4-mapped IPv6 turned into IPv4. Null if not numeric.
QHostAddress normalized(const QString& text)
{
    QHostAddress a(withoutZone(text));
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const quint32 v4 = a.toIPv4Address(&mapped);
        if (mapped) {
            a = QHostAddress(v4);
        }
    }
    return a;
}

} // namespace

QString withoutZone(const QString& address)
{
    const qsizetype pct = address.indexOf(u'%');
    return pct < 0 ? address : address.left(pct);
}

bool sameAddress(const QString& a, const QString& b)
{
    const QHostAddress x = normalized(a);
    return !x.isNull() && x == normalized(b);
}

BindKind classifyBind(const QString& address, const QStringList& clientAddresses,
                      const std::vector<platform::OwnAddress>& own)
{
    const QHostAddress a = normalized(address);
    if (a.isNull()) {
        return BindKind::NotOwn;
    }
    if (a == QHostAddress(QHostAddress::AnyIPv4) || a == QHostAddress(QHostAddress::AnyIPv6)) {
        return BindKind::Wildcard;
    }
    if (a.isLoopback()) {
        return BindKind::Loopback;
    }
    for (const QString& c : clientAddresses) {
        if (sameAddress(address, c)) {
            return BindKind::Client;
        }
    }
    for (const platform::OwnAddress& o : own) {
        if (sameAddress(address, QString::fromStdString(o.address))) {
            return BindKind::OwnOther;
        }
    }
    return BindKind::NotOwn;
}

QString endpointText(const QString& address, quint16 port)
{
    if (address.contains(u':')) {
        return u"[%1]:%2"_s.arg(address).arg(port);
    }
    return u"%1:%2"_s.arg(address).arg(port);
}

QStringList defaultClientAddresses(const platform::ListenTable& table)
{
    QStringList out;
    for (const std::string& a : table.mainAddresses) {
        out << QString::fromStdString(a);
    }
    if (!out.isEmpty()) {
        return out;
    }
    for (const platform::OwnAddress& o : table.ownAddresses) {
        if (!o.loopback && !o.linkLocal) {
            out << QString::fromStdString(o.address);
        }
    }
    return out;
}

} // namespace tcpd::core
