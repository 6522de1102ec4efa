// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The verdicts of checklist steps 1 and 2 (link.down, ip.no_address, ip.self_assigned, ip.no_route,
// ip.gateway_unreachable), read from the link and ip steps' raw data. They come before DNS and the
// port test in the order: a broken lower layer explains the failures above it. They never fire when
// the port test shows that packets did reach the network (an answer from a server or a router).

#include "diagnosis/Rules.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tcpd::core::rules {

namespace {

QJsonObject dataOf(const Facts& f, const QString& id)
{
    const StepResult* s = f.step(id);
    if (s == nullptr || s->status == StepStatus::Skipped || s->status == StepStatus::Error) {
        return {};
    }
    return s->data;
}

/// Something beyond this computer answered the port test: the lower layers cannot be broken.
bool reachedNetwork(const Facts& f)
{
    for (const Attempt& a : f.attempts) {
        if (a.outcome == u"open" || a.outcome == u"refused" || a.outcome == u"reset_after_connect"
            || a.outcome == u"closed_after_connect" || (a.icmpPresent && !a.localOrigin)) {
            return true;
        }
    }
    return false;
}

QStringList ownAddresses(const QJsonObject& ip)
{
    QStringList out;
    for (const auto& v : ip.value(u"addresses"_s).toArray()) {
        out << v.toObject().value(u"address"_s).toString();
    }
    return out;
}

/// The target is this computer (loopback, or one of its own addresses): no link or route needed.
bool targetLocal(const Facts& f)
{
    const QJsonObject link = dataOf(f, u"link"_s);
    const QJsonObject ip = dataOf(f, u"ip"_s);
    if (link.value(u"target_local"_s).toBool() || ip.value(u"target_local"_s).toBool()) {
        return true;
    }
    QStringList addresses = f.dnsAddresses;
    if (f.target.isAddress) {
        addresses = {f.target.host};
    }
    if (addresses.isEmpty()) {
        return false;
    }
    const QStringList own = ownAddresses(ip);
    for (const QString& a : std::as_const(addresses)) {
        const QHostAddress h(a);
        if (!h.isLoopback() && !own.contains(a.section(u'%', 0, 0))) {
            return false;
        }
    }
    return true;
}

bool applies(const Facts& f)
{
    return !targetLocal(f) && !reachedNetwork(f) && !f.cancelled;
}

/// Interfaces (from the ip step) that have a link and could carry traffic out by themselves.
QStringList linkedInterfaces(const QJsonObject& ip)
{
    QStringList out;
    for (const auto& v : ip.value(u"interfaces"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString kind = o.value(u"kind"_s).toString();
        if (o.value(u"link"_s).toBool() && kind != u"loopback" && kind != u"tunnel") {
            out << o.value(u"name"_s).toString();
        }
    }
    return out;
}

QList<QJsonObject> addressesOn(const QJsonObject& ip, const QStringList& interfaces)
{
    QList<QJsonObject> out;
    for (const auto& v : ip.value(u"addresses"_s).toArray()) {
        const QJsonObject a = v.toObject();
        if (interfaces.contains(a.value(u"interface"_s).toString())) {
            out << a;
        }
    }
    return out;
}

bool anyUsable(const QList<QJsonObject>& addresses)
{
    return std::any_of(addresses.begin(), addresses.end(),
                       [](const QJsonObject& a) { return a.value(u"usable"_s).toBool(); });
}

QStringList selfAssigned(const QList<QJsonObject>& addresses)
{
    QStringList out;
    for (const QJsonObject& a : addresses) {
        if (a.value(u"origin"_s).toString() == u"link_local" && !a.value(u"duplicate"_s).toBool()) {
            out << a.value(u"address"_s).toString() + u'/' + QString::number(a.value(u"prefix_length"_s).toInt());
        }
    }
    return out;
}

/// Is any route of the ip step's table a way to `address` (longest prefix; reject routes are no way)?
bool routeCovers(const QJsonObject& ip, const QString& address)
{
    const QHostAddress host(address.section(u'%', 0, 0));
    int bestLength = -1;
    QString bestType;
    for (const auto& v : ip.value(u"routes"_s).toArray()) {
        const QJsonObject r = v.toObject();
        const int length = r.value(u"prefix_length"_s).toInt(-1);
        const QHostAddress net(r.value(u"destination"_s).toString());
        if (length < 0 || net.protocol() != host.protocol() || !host.isInSubnet(net, length) || length <= bestLength) {
            continue;
        }
        bestLength = length;
        bestType = r.value(u"type"_s).toString();
    }
    return bestLength >= 0 && (bestType == u"unicast" || bestType == u"local");
}

bool routeRejects(const QJsonObject& route)
{
    const QString status = route.value(u"status"_s).toString();
    return status == u"no_route" || status == u"unreachable" || status == u"blackhole" || status == u"prohibited";
}

QStringList uncoveredDnsServers(const Facts& f, const QJsonObject& ip)
{
    QStringList out;
    if (!f.dnsAddresses.isEmpty() || f.dnsStatus == u"nxdomain" || f.dnsStatus == u"no_records") {
        return out; // DNS answered: its servers are reachable
    }
    for (const auto& v : ip.value(u"dns_servers"_s).toArray()) {
        const QString server = v.toString();
        if (QHostAddress(server.section(u'%', 0, 0)).isLoopback() || routeCovers(ip, server)) {
            return {}; // at least one server is reachable (or local)
        }
        out << server;
    }
    return out;
}

bool noRoute(const Facts& f)
{
    const QJsonObject ip = dataOf(f, u"ip"_s);
    if (ip.isEmpty() || !applies(f)) {
        return false;
    }
    const QJsonValue route = ip.value(u"route"_s);
    if (route.isObject()) {
        return routeRejects(route.toObject());
    }
    if (f.target.isAddress || !ip.value(u"routes_known"_s).toBool()) {
        return false;
    }
    if (!f.dnsAddresses.isEmpty()) {
        return std::none_of(f.dnsAddresses.begin(), f.dnsAddresses.end(),
                            [&ip](const QString& a) { return routeCovers(ip, a); });
    }
    return !uncoveredDnsServers(f, ip).isEmpty();
}

QString routeLine(const QJsonObject& ip)
{
    const QJsonObject r = ip.value(u"route"_s).toObject();
    if (r.isEmpty()) {
        return {};
    }
    const QString dst = r.value(u"destination"_s).toString();
    if (routeRejects(r)) {
        return Diagnosis::tr("Route lookup for %1: no route (%2).")
            .arg(dst, r.value(u"error"_s).toString(r.value(u"status"_s).toString()));
    }
    if (r.value(u"on_link"_s).toBool()) {
        return Diagnosis::tr("Route lookup for %1: on the local network of %2, source address %3.")
            .arg(dst, r.value(u"interface"_s).toString(), r.value(u"source"_s).toString());
    }
    return Diagnosis::tr("Route lookup for %1: through %2 from %3, next hop %4.")
        .arg(dst, r.value(u"interface"_s).toString(), r.value(u"source"_s).toString(),
             r.value(u"next_hop"_s).toString());
}

QString gatewaysLine(const QJsonObject& ip)
{
    QStringList list;
    for (const auto& v : ip.value(u"gateways"_s).toArray()) {
        const QJsonObject g = v.toObject();
        list << Diagnosis::tr("%1 on %2")
                    .arg(g.value(u"address"_s).toString(u"-"_s), g.value(u"interface"_s).toString());
    }
    return list.isEmpty() ? Diagnosis::tr("No default gateway is configured.")
                          : Diagnosis::tr("Default gateway(s): %1.").arg(list.join(u", "_s));
}

QString probeLine(const QJsonObject& g)
{
    const QString method = g.value(u"method"_s).toString() == u"icmp" ? Diagnosis::tr("ping (ICMP echo)")
                                                                      : Diagnosis::tr("TCP to ports 80, 443, 53");
    if (g.value(u"answered"_s).toBool()) {
        return Diagnosis::tr("Gateway %1 answered %2 in %3.")
            .arg(g.value(u"gateway"_s).toString(), method, milliseconds(g.value(u"rtt_ms"_s).toDouble()));
    }
    return Diagnosis::tr("Gateway %1 on %2: no answer to %3 (%4 tries); neighbour (ARP/NDP) state: %5.")
        .arg(g.value(u"gateway"_s).toString(), g.value(u"interface"_s).toString(), method)
        .arg(g.value(u"tries"_s).toInt())
        .arg(g.value(u"neighbour"_s).toString());
}

void addIpEvidence(const Facts& f, Verdict& v)
{
    const QJsonObject ip = dataOf(f, u"ip"_s);
    if (ip.isEmpty()) {
        return;
    }
    const QString route = routeLine(ip);
    if (!route.isEmpty()) {
        v.evidence << route;
    }
    v.evidence << gatewaysLine(ip);
    if (ip.value(u"gateway_probe"_s).isObject()) {
        v.evidence << probeLine(ip.value(u"gateway_probe"_s).toObject());
    }
}

} // namespace

RuleList linkIpRules()
{
    return {
        {"link.down", "link",
         [](const Facts& f) {
             const QJsonObject link = dataOf(f, u"link"_s);
             return !link.isEmpty() && link.value(u"working_links"_s).toArray().isEmpty() && applies(f);
         },
         [](const Facts& f, Verdict& v) {
             const QJsonObject link = dataOf(f, u"link"_s);
             const QJsonArray tunnels = link.value(u"tunnels_up"_s).toArray();
             v.title = Diagnosis::tr("This computer is not connected to a network");
             v.explanation
                 = Diagnosis::tr("No network interface has a working link: no cable is plugged in (or the device "
                                 "at its other end is off), Wi-Fi is off or not connected, and there is no "
                                 "mobile connection. Nothing can be sent to %1 until a link is up.")
                       .arg(where(f));
             if (!tunnels.isEmpty()) {
                 v.explanation += u' '
                     + Diagnosis::tr("Only the VPN tunnel %1 is up, and a VPN needs a working connection "
                                     "underneath.")
                           .arg(tunnels.first().toString());
             }
             v.nextSteps
                 << Diagnosis::tr("Plug the network cable in firmly at both ends, or connect to your Wi-Fi network.")
                 << Diagnosis::tr("If Wi-Fi is off, switch it on (network menu or Wi-Fi key) and check that flight "
                                  "mode is off.")
                 << Diagnosis::tr("Check the router: are its lights on? Switch it off for 30 seconds and on again.")
                 << Diagnosis::tr("Check whether other devices on the same network are online.");
             for (const auto& i : link.value(u"interfaces"_s).toArray()) {
                 const QJsonObject o = i.toObject();
                 if (o.value(u"kind"_s).toString() == u"loopback") {
                     continue;
                 }
                 v.evidence << Diagnosis::tr("%1 (%2): %3, carrier %4, state %5.")
                                   .arg(o.value(u"name"_s).toString(), o.value(u"kind"_s).toString(),
                                        o.value(u"admin_up"_s).toBool() ? Diagnosis::tr("switched on")
                                                                        : Diagnosis::tr("switched off"),
                                        o.value(u"carrier"_s).isBool() ? (
                                            o.value(u"carrier"_s).toBool() ? Diagnosis::tr("yes") : Diagnosis::tr("no"))
                                                                       : Diagnosis::tr("unknown"),
                                        o.value(u"oper_state"_s).toString(u"unknown"_s));
             }
         }},
        {"ip.no_address", "ip",
         [](const Facts& f) {
             const QJsonObject ip = dataOf(f, u"ip"_s);
             const QStringList linked = linkedInterfaces(ip);
             const QList<QJsonObject> addresses = addressesOn(ip, linked);
             return !linked.isEmpty() && !anyUsable(addresses) && selfAssigned(addresses).isEmpty() && applies(f);
         },
         [](const Facts& f, Verdict& v) {
             const QStringList linked = linkedInterfaces(dataOf(f, u"ip"_s));
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
             const QJsonObject ip = dataOf(f, u"ip"_s);
             const QStringList linked = linkedInterfaces(ip);
             const QList<QJsonObject> addresses = addressesOn(ip, linked);
             return !linked.isEmpty() && !anyUsable(addresses) && !selfAssigned(addresses).isEmpty() && applies(f);
         },
         [](const Facts& f, Verdict& v) {
             const QJsonObject ip = dataOf(f, u"ip"_s);
             const QStringList self = selfAssigned(addressesOn(ip, linkedInterfaces(ip)));
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
             const QJsonObject ip = dataOf(f, u"ip"_s);
             const bool noGateway = ip.value(u"gateways"_s).toArray().isEmpty();
             const QStringList servers = f.target.isAddress ? QStringList() : uncoveredDnsServers(f, ip);
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
             const QJsonObject g = dataOf(f, u"ip"_s).value(u"gateway_probe"_s).toObject();
             const QString n = g.value(u"neighbour"_s).toString();
             return !g.isEmpty() && !g.value(u"answered"_s).toBool() && !g.value(u"cancelled"_s).toBool()
                 && (n == u"failed" || n == u"incomplete") && applies(f);
         },
         [](const Facts& f, Verdict& v) {
             const QJsonObject g = dataOf(f, u"ip"_s).value(u"gateway_probe"_s).toObject();
             const QString gw = g.value(u"gateway"_s).toString();
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
