// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "evidence/Icmp.h"

#include <QCoreApplication>

namespace tcpd::core::evidence {

namespace {
struct Icmp {
    Q_DECLARE_TR_FUNCTIONS(Icmp)
};

struct Entry {
    bool ipv6;
    int type;
    int code;
    IcmpKind kind;
    const char* name;
};

// RFC 792 / RFC 1812 (ICMPv4 type 3) and RFC 4443 (ICMPv6 type 1): destination unreachable.
constexpr Entry kTable[] = {
    {false, 3, 0, IcmpKind::NetworkUnreachable, QT_TRANSLATE_NOOP("Icmp", "network unreachable")},
    {false, 3, 1, IcmpKind::HostUnreachable, QT_TRANSLATE_NOOP("Icmp", "host unreachable")},
    {false, 3, 2, IcmpKind::ProtocolUnreachable, QT_TRANSLATE_NOOP("Icmp", "protocol unreachable")},
    {false, 3, 3, IcmpKind::PortUnreachable, QT_TRANSLATE_NOOP("Icmp", "port unreachable")},
    {false, 3, 4, IcmpKind::Other, QT_TRANSLATE_NOOP("Icmp", "fragmentation needed")},
    {false, 3, 5, IcmpKind::Other, QT_TRANSLATE_NOOP("Icmp", "source route failed")},
    {false, 3, 6, IcmpKind::NetworkUnreachable, QT_TRANSLATE_NOOP("Icmp", "destination network unknown")},
    {false, 3, 7, IcmpKind::HostUnreachable, QT_TRANSLATE_NOOP("Icmp", "destination host unknown")},
    {false, 3, 9, IcmpKind::AdminProhibited, QT_TRANSLATE_NOOP("Icmp", "network administratively prohibited")},
    {false, 3, 10, IcmpKind::AdminProhibited, QT_TRANSLATE_NOOP("Icmp", "host administratively prohibited")},
    {false, 3, 11, IcmpKind::NetworkUnreachable, QT_TRANSLATE_NOOP("Icmp", "network unreachable for this type of service")},
    {false, 3, 12, IcmpKind::HostUnreachable, QT_TRANSLATE_NOOP("Icmp", "host unreachable for this type of service")},
    {false, 3, 13, IcmpKind::AdminProhibited, QT_TRANSLATE_NOOP("Icmp", "communication administratively prohibited")},
    {true, 1, 0, IcmpKind::NetworkUnreachable, QT_TRANSLATE_NOOP("Icmp", "no route to destination")},
    {true, 1, 1, IcmpKind::AdminProhibited, QT_TRANSLATE_NOOP("Icmp", "communication administratively prohibited")},
    {true, 1, 2, IcmpKind::Other, QT_TRANSLATE_NOOP("Icmp", "beyond scope of source address")},
    {true, 1, 3, IcmpKind::HostUnreachable, QT_TRANSLATE_NOOP("Icmp", "address unreachable")},
    {true, 1, 4, IcmpKind::PortUnreachable, QT_TRANSLATE_NOOP("Icmp", "port unreachable")},
    {true, 1, 5, IcmpKind::AdminProhibited, QT_TRANSLATE_NOOP("Icmp", "source address failed ingress/egress policy")},
    {true, 1, 6, IcmpKind::AdminProhibited, QT_TRANSLATE_NOOP("Icmp", "reject route to destination")},
};

const Entry* find(bool ipv6, int type, int code)
{
    for (const Entry& e : kTable) {
        if (e.ipv6 == ipv6 && e.type == type && e.code == code) {
            return &e;
        }
    }
    return nullptr;
}
} // namespace

IcmpKind icmpKind(bool ipv6, int type, int code)
{
    const Entry* e = find(ipv6, type, code);
    return e != nullptr ? e->kind : IcmpKind::Other;
}

QString icmpShortName(bool ipv6, int type, int code)
{
    const Entry* e = find(ipv6, type, code);
    return e != nullptr ? QCoreApplication::translate("Icmp", e->name) : QString();
}

QString icmpName(bool ipv6, int type, int code)
{
    const Entry* e = find(ipv6, type, code);
    const QString numbers = ipv6 ? Icmp::tr("ICMPv6 type %1, code %2").arg(type).arg(code)
                                 : Icmp::tr("ICMP type %1, code %2").arg(type).arg(code);
    if (e == nullptr) {
        return numbers;
    }
    return Icmp::tr("%1 (%2)").arg(QCoreApplication::translate("Icmp", e->name), numbers);
}

} // namespace tcpd::core::evidence
