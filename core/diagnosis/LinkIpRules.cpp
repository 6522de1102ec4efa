// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The verdicts of checklist steps 1 and 2 (link.down, ip.no_address, ip.self_assigned, ip.no_route,
// ip.gateway_unreachable, link.not_ready), read from the link and ip steps' typed evidence. They come
// before DNS and the port test in the order: a broken lower layer explains the failures above it. They
// never fire when anything came back from beyond this computer (Facts::cameBackFromBeyond: a DNS
// server's answer, a SYN-ACK, RST or ICMP from another host, the gateway): that proves the link and
// the IP configuration worked at that moment.

#include "diagnosis/Rules.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace tcpd::core::rules {

namespace {

using evidence::IpAddress;
using evidence::IpEvidence;

bool applies(const Facts& f)
{
    return !f.targetLocal() && !f.reachedBeyond() && !f.cancelled;
}

/// Interfaces (from the ip step) that have a link and could carry traffic out by themselves.
QStringList linkedInterfaces(const IpEvidence& ip)
{
    QStringList out;
    for (const evidence::LinkInterface& i : ip.interfaces) {
        if (i.link && i.kind != u"loopback" && i.kind != u"tunnel") {
            out << i.name;
        }
    }
    return out;
}

QList<IpAddress> addressesOn(const IpEvidence& ip, const QStringList& interfaces)
{
    QList<IpAddress> out;
    for (const IpAddress& a : ip.addresses) {
        if (interfaces.contains(a.interface)) {
            out << a;
        }
    }
    return out;
}

bool anyUsable(const QList<IpAddress>& addresses)
{
    return std::any_of(addresses.begin(), addresses.end(), [](const IpAddress& a) { return a.usable; });
}

QStringList selfAssigned(const QList<IpAddress>& addresses)
{
    QStringList out;
    for (const IpAddress& a : addresses) {
        if (a.origin == u"link_local" && !a.duplicate) {
            out << a.address + u'/' + QString::number(a.prefixLength);
        }
    }
    return out;
}

QStringList uncoveredDnsServers(const Facts& f)
{
    QStringList out;
    if (!f.dnsAddresses.isEmpty() || f.dnsStatus == u"nxdomain" || f.dnsStatus == u"no_records") {
        return out; // DNS answered: its servers are reachable
    }
    for (const QString& server : f.ip.dnsServers) {
        if (QHostAddress(server.section(u'%', 0, 0)).isLoopback() || f.ip.routeCovers(server)) {
            return {}; // at least one server is reachable (or local)
        }
        out << server;
    }
    return out;
}

bool noRoute(const Facts& f)
{
    if (!f.ip.ran || !applies(f)) {
        return false;
    }
    if (f.ip.route.has_value()) {
        return f.ip.route->rejects();
    }
    if (f.target.isAddress || !f.ip.routesKnown) {
        return false;
    }
    if (!f.dnsAddresses.isEmpty()) {
        return std::none_of(f.dnsAddresses.begin(), f.dnsAddresses.end(),
                            [&f](const QString& a) { return f.ip.routeCovers(a); });
    }
    return !uncoveredDnsServers(f).isEmpty();
}

QString routeLine(const IpEvidence& ip)
{
    if (!ip.route.has_value()) {
        return {};
    }
    const evidence::RouteLookup& r = *ip.route;
    if (r.rejects()) {
        return Diagnosis::tr("Route lookup for %1: no route (%2).").arg(r.destination, r.error.isEmpty() ? r.status : r.error);
    }
    if (r.onLink) {
        return Diagnosis::tr("Route lookup for %1: on the local network of %2, source address %3.")
            .arg(r.destination, r.interface, r.source);
    }
    return Diagnosis::tr("Route lookup for %1: through %2 from %3, next hop %4.")
        .arg(r.destination, r.interface, r.source, r.nextHop);
}

QString gatewaysLine(const IpEvidence& ip)
{
    QStringList list;
    for (const evidence::IpGateway& g : ip.gateways) {
        list << Diagnosis::tr("%1 on %2").arg(g.address.isEmpty() ? u"-"_s : g.address, g.interface);
    }
    return list.isEmpty() ? Diagnosis::tr("No default gateway is configured.")
                          : Diagnosis::tr("Default gateway(s): %1.").arg(list.join(u", "_s));
}

QString probeLine(const evidence::GatewayProbe& g)
{
    const QString method = g.method == u"icmp" ? Diagnosis::tr("ping (ICMP echo)") : Diagnosis::tr("TCP to ports 80, 443, 53");
    if (g.answered) {
        return Diagnosis::tr("Gateway %1 answered %2 in %3.").arg(g.gateway, method, milliseconds(g.rttMs));
    }
    return Diagnosis::tr("Gateway %1 on %2: no answer to %3 (%4 tries); neighbour (ARP/NDP) state: %5.")
        .arg(g.gateway, g.interface, method)
        .arg(g.tries)
        .arg(g.neighbour);
}

void addIpEvidence(const Facts& f, Verdict& v)
{
    if (!f.ip.ran) {
        return;
    }
    const QString route = routeLine(f.ip);
    if (!route.isEmpty()) {
        v.evidence << route;
    }
    v.evidence << gatewaysLine(f.ip);
    if (f.ip.gatewayProbe.has_value()) {
        v.evidence << probeLine(*f.ip.gatewayProbe);
    }
}

QString yesNo(const std::optional<bool>& b)
{
    return b.has_value() ? (*b ? Diagnosis::tr("yes") : Diagnosis::tr("no")) : Diagnosis::tr("unknown");
}

void addInterfaceEvidence(const Facts& f, Verdict& v)
{
    for (const evidence::LinkInterface& o : f.link.interfaces) {
        if (o.kind == u"loopback") {
            continue;
        }
        v.evidence << Diagnosis::tr("%1 (%2): %3, carrier %4, state %5.")
                          .arg(o.name, o.kind,
                               o.adminUp.value_or(true) ? Diagnosis::tr("switched on") : Diagnosis::tr("switched off"),
                               yesNo(o.carrier), o.operState.isEmpty() ? u"unknown"_s : o.operState);
    }
}

} // namespace

RuleList linkIpRules()
{
    return {
        {"link.not_ready", "link",
         [](const Facts& f) {
             return f.link.ran && f.link.workingLinks.isEmpty() && !f.link.notReadyLinks.isEmpty() && applies(f);
         },
         [](const Facts& f, Verdict& v) {
             const QString name = f.link.notReadyLinks.first();
             v.title = Diagnosis::tr("The network connection is not ready yet");
             v.explanation
                 = Diagnosis::tr("%1 is connected (it has a link), but it is not ready to carry traffic yet: it is "
                                 "still connecting, or the Wi-Fi or network sign-in (authentication) has not "
                                 "finished. Nothing came back from the network while tcpdoctor waited, so %2 "
                                 "cannot be reached for now.")
                       .arg(name, where(f));
             v.nextSteps << Diagnosis::tr("Wait a few seconds and check again: a connection that was just made needs a "
                                          "moment.")
                         << Diagnosis::tr("If the network asks for a password or a sign-in (Wi-Fi key, company "
                                          "certificate, 802.1X), finish it in the network menu.")
                         << Diagnosis::tr("If it stays like this, switch the connection off and on, or unplug the cable "
                                          "and plug it in again.");
             v.evidence << Diagnosis::tr("%1 has a carrier but is not up (tcpdoctor waited %2 for it to settle).")
                               .arg(name, milliseconds(f.link.settleWaitMs));
             addInterfaceEvidence(f, v);
         }},
        {"link.down", "link",
         [](const Facts& f) { return f.link.ran && f.link.workingLinks.isEmpty() && applies(f); },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("This computer is not connected to a network");
             v.explanation
                 = Diagnosis::tr("No network interface has a working link: no cable is plugged in (or the device "
                                 "at its other end is off), Wi-Fi is off or not connected, and there is no "
                                 "mobile connection. Nothing can be sent to %1 until a link is up.")
                       .arg(where(f));
             if (!f.link.tunnelsUp.isEmpty()) {
                 v.explanation += u' '
                     + Diagnosis::tr("Only the VPN tunnel %1 is up, and a VPN needs a working connection "
                                     "underneath.")
                           .arg(f.link.tunnelsUp.first());
             }
             v.nextSteps
                 << Diagnosis::tr("Plug the network cable in firmly at both ends, or connect to your Wi-Fi network.")
                 << Diagnosis::tr("If Wi-Fi is off, switch it on (network menu or Wi-Fi key) and check that flight "
                                  "mode is off.")
                 << Diagnosis::tr("Check the router: are its lights on? Switch it off for 30 seconds and on again.")
                 << Diagnosis::tr("Check whether other devices on the same network are online.");
             addInterfaceEvidence(f, v);
         }},
        {"ip.no_address", "ip",
         [](const Facts& f) {
             const QStringList linked = linkedInterfaces(f.ip);
             const QList<IpAddress> addresses = addressesOn(f.ip, linked);
             return f.ip.ran && !linked.isEmpty() && !anyUsable(addresses) && selfAssigned(addresses).isEmpty()
                 && applies(f);
         },
         [](const Facts& f, Verdict& v) {
             const QStringList linked = linkedInterfaces(f.ip);
             v.title = Diagnosis::tr("This computer has no IP address");
             v.explanation
                 = Diagnosis::tr("The network link is up, but no IP address is configured on it, so this computer "
                                 "cannot send anything to %1.")
                       .arg(where(f));
             v.nextSteps << Diagnosis::tr(
                 "Switch the network connection off and on, so it asks the router for an address "
                 "(DHCP).")
                         << Diagnosis::tr(
                                "Check that the connection's IP settings are automatic (DHCP), unless the network "
                                "uses fixed addresses.")
                         << Diagnosis::tr("Restart the router.");
             for (const QString& name : linked) {
                 v.evidence << Diagnosis::tr("%1 has a link but no IP address.").arg(name);
             }
         }},
        {"ip.self_assigned", "ip",
         [](const Facts& f) {
             const QStringList linked = linkedInterfaces(f.ip);
             const QList<IpAddress> addresses = addressesOn(f.ip, linked);
             return f.ip.ran && !linked.isEmpty() && !anyUsable(addresses) && !selfAssigned(addresses).isEmpty()
                 && applies(f);
         },
         [](const Facts& f, Verdict& v) {
             const QStringList self = selfAssigned(addressesOn(f.ip, linkedInterfaces(f.ip)));
             v.title = Diagnosis::tr("This computer did not get an address from the network");
             v.explanation
                 = Diagnosis::tr("Automatic configuration (DHCP) failed: nobody answered when this computer asked "
                                 "for an address, so it has only a self-assigned one (%1). With it, %2 cannot "
                                 "be reached.")
                       .arg(self.join(u", "_s), where(f));
             v.nextSteps << Diagnosis::tr(
                 "Restart the router (switch it off for 30 seconds), wait two minutes and try again.")
                         << Diagnosis::tr("Switch this computer's network connection off and on.")
                         << Diagnosis::tr(
                                "If other devices get no address either, the router's DHCP server is off or broken: "
                                "check its settings or ask the network administrator.");
             for (const QString& a : self) {
                 v.evidence << Diagnosis::tr("Self-assigned address: %1.").arg(a);
             }
         }},
        {"ip.no_route", "ip", [](const Facts& f) { return noRoute(f); },
         [](const Facts& f, Verdict& v) {
             const bool noGateway = f.ip.gateways.isEmpty();
             const QStringList servers = f.target.isAddress ? QStringList() : uncoveredDnsServers(f);
             v.title = Diagnosis::tr("This computer has no route to %1").arg(where(f));
             if (!servers.isEmpty()) {
                 v.explanation
                     = Diagnosis::tr("This computer has no route beyond its local network (no default gateway), so "
                                     "neither its DNS server(s) %1 nor %2 can be reached.")
                           .arg(servers.join(u", "_s), where(f));
             } else if (noGateway) {
                 v.explanation
                     = Diagnosis::tr("%1 is not on the local network, and this computer has no default gateway "
                                     "(router) to send such traffic to, so the SYN could not be sent anywhere.")
                           .arg(where(f));
             } else {
                 v.explanation
                     = Diagnosis::tr("This computer's routing table has no usable route to %1, so the SYN could "
                                     "not be sent anywhere.")
                           .arg(where(f));
             }
             v.nextSteps << Diagnosis::tr(
                 "Connect to the network again, so it sets up the gateway automatically (DHCP).")
                         << Diagnosis::tr("If you set the address by hand, also enter the default gateway: usually the "
                                          "router's address, like 192.168.1.1.")
                         << Diagnosis::tr("If the address belongs to a company network, connect the VPN first.");
             addIpEvidence(f, v);
         }},
        {"ip.gateway_unreachable", "ip",
         [](const Facts& f) {
             if (!f.ip.ran || !f.ip.gatewayProbe.has_value()) {
                 return false;
             }
             const evidence::GatewayProbe& g = *f.ip.gatewayProbe;
             return !g.answered && !g.cancelled && (g.neighbour == u"failed" || g.neighbour == u"incomplete")
                 && applies(f);
         },
         [](const Facts& f, Verdict& v) {
             const QString gw = f.ip.gatewayProbe->gateway;
             v.title = Diagnosis::tr("The router (default gateway %1) does not answer").arg(gw);
             v.explanation
                 = Diagnosis::tr("Traffic to %1 has to go through the gateway %2, but nobody on the local network "
                                 "answered for that address (ARP / neighbour discovery), so no packet can leave "
                                 "the local network.")
                       .arg(where(f), gw);
             v.nextSteps
                 << Diagnosis::tr("Check that the router is switched on and its lights look normal; restart it "
                                  "(switch it off for 30 seconds).")
                 << Diagnosis::tr("Check the cable or the Wi-Fi connection between this computer and the router.")
                 << Diagnosis::tr("If the network settings were typed in by hand, check the gateway address: it must "
                                  "be the router's own address.")
                 << Diagnosis::tr("If other devices on the network work, compare their gateway address with this "
                                  "computer's.");
             addIpEvidence(f, v);
         }},
    };
}

} // namespace tcpd::core::rules
