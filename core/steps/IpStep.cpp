// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Checklist step 2, the IP configuration: addresses (and how they were obtained), default gateways,
// DNS servers, the route to the target, whether the gateway answers, proxies and VPN routes.

#include "steps/NetConfigSteps.h"
#include "steps/Steps.h"

#include "platform/NetConfigUtil.h"
#include "platform/ResolvConf.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
struct IpStep {
    Q_DECLARE_TR_FUNCTIONS(IpStep)
};

using platform::AddressOrigin;
using namespace netcfg;
using platform::InterfaceKind;
using platform::NetInterface;
using Status = platform::RouteLookup::Status;


QString originText(const platform::IfAddress& a)
{
    switch (a.origin) {
    case AddressOrigin::Manual: return IpStep::tr("set by hand");
    case AddressOrigin::Dhcp: return IpStep::tr("from DHCP");
    case AddressOrigin::RouterAdvertisement: return IpStep::tr("automatic, from the router (SLAAC)");
    case AddressOrigin::Automatic: return IpStep::tr("automatic (DHCPv6 or SLAAC)");
    case AddressOrigin::LinkLocal: return IpStep::tr("self-assigned");
    case AddressOrigin::Loopback: return IpStep::tr("loopback");
    case AddressOrigin::Unknown: break;
    }
    return IpStep::tr("origin unknown");
}

QString addressText(const platform::IfAddress& a)
{
    QString s = QString::fromStdString(a.address) + u'/' + QString::number(a.prefixLength) + u" ("_s + originText(a);
    if (a.lifetimesKnown && a.validLifetimeS != 0xffffffffu) {
        const qint64 s2 = a.validLifetimeS;
        s += u", "_s
            + (s2 >= 7200 ? IpStep::tr("%n hour(s) left", nullptr, static_cast<int>(s2 / 3600))
                          : IpStep::tr("%n minute(s) left", nullptr, static_cast<int>(s2 / 60)));
    }
    return s + u')';
}

bool targetIsLocal(const Target& target, const std::optional<platform::RouteLookup>& route)
{
    return (route.has_value() && route->status == Status::Local)
        || (target.isAddress && platform::isLoopbackAddress(target.host.toStdString()));
}

bool hasUsableAddress(const platform::NetSnapshot& net, int index, const std::string& gateway)
{
    const NetInterface* itf = net.byIndex(index);
    if (itf == nullptr) {
        return true; // not known: let the probe find out
    }
    const bool v6 = gateway.find(':') != std::string::npos;
    for (const platform::IfAddress& a : itf->addresses) {
        if (a.ipv6 == v6 && !a.tentative && !a.duplicate
            && (platform::isUsableAddress(a) || (v6 && a.origin == AddressOrigin::LinkLocal))) {
            return true;
        }
    }
    return false;
}

void addressFindings(const IpFacts& facts, StepResult& r, bool targetLocal, bool& usableAny)
{
    // Only interfaces that can carry traffic out count: loopback never, VPN tunnels not on their own.
    bool linked = false;
    QList<const platform::IfAddress*> selfAssigned;
    QString firstLinked;
    QString firstLinkedAtStart;
    for (const NetInterface& i : facts.net.interfaces) {
        if (i.kind == InterfaceKind::Loopback || i.kind == InterfaceKind::Tunnel || !hasWorkingLink(i)) {
            continue;
        }
        linked = true;
        if (firstLinked.isEmpty()) {
            firstLinked = interfaceLabel(i);
            firstLinkedAtStart = interfaceLabelAtStart(i);
        }
        QStringList shown;
        for (const platform::IfAddress& a : i.addresses) {
            if (a.duplicate) {
                Finding f;
                f.code = u"ip.duplicate_address"_s;
                f.severity = Severity::Warning;
                f.title = IpStep::tr("Another device on the network uses the same address %1")
                              .arg(QString::fromStdString(a.address));
                f.detail
                    = IpStep::tr("Duplicate address detection failed on %1, so this computer does not use the address.")
                          .arg(interfaceLabel(i));
                f.advice << IpStep::tr(
                    "If the address was set by hand, choose one that no other device uses, or switch to "
                    "automatic configuration (DHCP).");
                r.findings << f;
            }
            if (platform::isUsableAddress(a)) {
                usableAny = true;
            } else if (a.origin == AddressOrigin::LinkLocal && !a.duplicate) {
                selfAssigned << &a;
            }
            if (a.origin != AddressOrigin::LinkLocal || !a.ipv6) {
                shown << addressText(a);
            }
        }
        if (!shown.isEmpty()) {
            Finding f;
            f.code = u"ip.addresses"_s;
            f.severity = Severity::Info;
            f.title = IpStep::tr("%1 has the address(es) %2").arg(interfaceLabelAtStart(i), shown.join(u", "_s));
            r.findings << f;
        }
    }
    if (!linked || usableAny || targetLocal) {
        return; // no link at all is the link step's finding
    }
    Finding f;
    f.severity = Severity::Error;
    const platform::IfAddress* v4 = nullptr;
    for (const platform::IfAddress* a : std::as_const(selfAssigned)) {
        if (!a->ipv6) {
            v4 = a;
        }
    }
    if (!selfAssigned.isEmpty()) {
        f.code = u"ip.self_assigned"_s;
        if (v4 != nullptr) {
            f.title = IpStep::tr("Only a self-assigned address (%1): automatic configuration (DHCP) failed")
                          .arg(QString::fromStdString(v4->address));
            f.detail
                = IpStep::tr("This computer asked the network for an address (DHCP), got no answer, and gave itself "
                             "an address from 169.254.x.x. With it, only the local network can be reached, and "
                             "usually not even that.");
        } else {
            f.title = IpStep::tr("Only a link-local address: the network gave this computer no address");
            f.detail = IpStep::tr("%1 has only its own link-local IPv6 address (fe80::...), which works on the local "
                                  "cable or Wi-Fi alone. No DHCP server or router gave it an address.")
                           .arg(firstLinkedAtStart);
        }
        f.advice << IpStep::tr("Restart the router (switch it off for 30 seconds), wait two minutes, and try again.")
                 << IpStep::tr("Switch this computer's network connection off and on, so it asks for an address again.")
                 << IpStep::tr("If the network uses fixed addresses, ask its administrator for the right settings.");
    } else {
        f.code = u"ip.no_address"_s;
        f.title = IpStep::tr("No IP address on %1").arg(firstLinked);
        f.detail = IpStep::tr("The connection is up, but no IP address is configured, so nothing can be sent.");
        f.advice << IpStep::tr("Switch the connection off and on, so it asks the router for an address (DHCP).")
                 << IpStep::tr("Check the connection's settings: the IP address should be \"automatic (DHCP)\" unless "
                               "the network uses fixed addresses.")
                 << IpStep::tr("Restart the router.");
    }
    r.findings.prepend(f);
}

void routeFindings(const Target& target, const IpFacts& facts, StepResult& r)
{
    const platform::RouteLookup& route = *facts.route;
    const QString dst = QString::fromStdString(route.destination);
    const NetInterface* itf = facts.net.byIndex(route.interfaceIndex);
    Finding f;
    switch (route.status) {
    case Status::Local:
        f.code = u"ip.target_local"_s;
        f.severity = Severity::Info;
        f.title = IpStep::tr("%1 is this computer itself").arg(dst);
        f.detail = IpStep::tr("Traffic to it never leaves this computer.");
        break;
    case Status::Ok:
        f.code = u"ip.route"_s;
        f.severity = Severity::Info;
        f.title = route.onLink
            ? IpStep::tr("%1 is on the local network of %2")
                  .arg(dst, itf != nullptr ? interfaceLabel(*itf) : QString::fromStdString(route.interfaceName))
            : IpStep::tr("Traffic to %1 goes through the gateway %2 on %3")
                  .arg(dst, QString::fromStdString(route.gateway),
                       itf != nullptr ? interfaceLabel(*itf) : QString::fromStdString(route.interfaceName));
        f.detail = IpStep::tr("Source address: %1.")
                       .arg(route.source.empty() ? IpStep::tr("unknown") : QString::fromStdString(route.source));
        if (itf != nullptr && itf->kind == InterfaceKind::Tunnel) {
            Finding vpn;
            vpn.code = u"ip.vpn_route"_s;
            vpn.severity = Severity::Info;
            vpn.title = IpStep::tr("Traffic to %1 goes through the VPN tunnel %2")
                            .arg(dst, QString::fromStdString(itf->name));
            vpn.detail = IpStep::tr("A VPN is connected and its routes catch this address, so the connection goes "
                                    "through the VPN, not directly.");
            vpn.advice << IpStep::tr("If %1 is a company address, this is expected.").arg(target.displayHost)
                       << IpStep::tr("If it should be reached directly (a device at home, a public site), disconnect "
                                     "the VPN and try again.");
            r.findings << vpn;
        }
        break;
    default: {
        f.code = u"ip.no_route"_s;
        f.severity = Severity::Error;
        bool anyDefault = false;
        for (const platform::Route& x : facts.net.routes) {
            anyDefault = anyDefault || (x.isDefault() && x.ipv6 == (dst.contains(u':')));
        }
        if (route.status == Status::NoRoute && !anyDefault) {
            f.title = IpStep::tr("No default gateway: this computer has no route to %1").arg(dst);
            f.detail = IpStep::tr("%1 is not on the local network, and no default gateway (router) is set up to "
                                  "send such traffic to, so nothing can be sent to it.")
                           .arg(dst);
        } else if (route.status == Status::NoRoute) {
            f.title = IpStep::tr("This computer has no route to %1").arg(dst);
            f.detail = IpStep::tr("The routing table has no entry that covers %1.").arg(dst);
        } else {
            f.title = IpStep::tr("A route on this computer rejects traffic to %1").arg(dst);
            f.detail = IpStep::tr("The routing table has a \"%1\" route for it.")
                           .arg(QString::fromLatin1(platform::routeStatusName(route.status)));
        }
        f.advice << IpStep::tr("Connect to the network again, so it sets up the gateway automatically (DHCP).")
                 << IpStep::tr("If you set the address by hand, also enter the default gateway: usually the router's "
                               "address, like 192.168.1.1.")
                 << IpStep::tr("If %1 belongs to a company network, connect the VPN first.").arg(target.displayHost);
        break;
    }
    }
    r.findings.prepend(f);
}

void gatewayFindings(const IpFacts& facts, StepResult& r, bool name)
{
    // Default routes: several competing ones, a gateway outside the interface's network.
    QHash<QString, QStringList> byKey;
    for (const platform::Route& d : facts.net.routes) {
        if (!d.isDefault() || d.type != platform::RouteType::Unicast) {
            continue;
        }
        const NetInterface* itf = facts.net.byIndex(d.interfaceIndex);
        const QString gw = QString::fromStdString(d.gateway);
        if (!d.gateway.empty() && itf != nullptr && !d.ipv6 && !d.onlinkFlag
            && platform::addressCovering(*itf, d.gateway) == nullptr && !itf->addresses.empty()) {
            Finding f;
            f.code = u"ip.gateway_outside_subnet"_s;
            f.severity = Severity::Warning;
            f.title = IpStep::tr("The default gateway %1 is outside the network of %2").arg(gw, interfaceLabel(*itf));
            QStringList own;
            for (const platform::IfAddress& a : itf->addresses) {
                if (!a.ipv6) {
                    own << QString::fromStdString(a.address) + u'/' + QString::number(a.prefixLength);
                }
            }
            f.detail = IpStep::tr("This computer's address there is %1: the gateway must be inside that network to be "
                                  "reached directly.")
                           .arg(own.join(u", "_s));
            f.advice << IpStep::tr(
                "Check the gateway and the subnet mask in the connection's settings (for the address "
                "192.168.1.20 with mask 255.255.255.0, the gateway looks like 192.168.1.1).");
            r.findings << f;
        }
        byKey[(d.ipv6 ? u"6/"_s : u"4/"_s) + QString::number(d.metric)]
            << (gw.isEmpty() ? QString::fromStdString(d.interfaceName)
                             : gw + u" ("_s + QString::fromStdString(d.interfaceName) + u')');
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() < 2) {
            continue;
        }
        Finding f;
        f.code = u"ip.duplicate_default_routes"_s;
        f.severity = Severity::Warning;
        f.title = IpStep::tr("Several default gateways compete: %1").arg(it.value().join(u", "_s));
        f.detail
            = IpStep::tr("They have the same priority (metric), so it is a matter of chance which one carries "
                         "a connection; if one of them does not lead to the internet, connections fail at random.");
        f.advice << IpStep::tr("Disconnect the connection you do not need (for example Wi-Fi while a cable is plugged "
                               "in), or give the connections different priorities.");
        r.findings << f;
    }
    if (!name) {
        return;
    }
    bool anyDefault = false;
    for (const platform::Route& d : facts.net.routes) {
        anyDefault = anyDefault || (d.isDefault() && d.type == platform::RouteType::Unicast);
    }
    if (!anyDefault && facts.net.routesKnown) {
        Finding f;
        f.code = u"ip.no_default_gateway"_s;
        f.severity = Severity::Warning;
        f.title = IpStep::tr("No default gateway: only the local network can be reached");
        f.detail = IpStep::tr("No router is set up to carry traffic beyond the local network (no default route).");
        f.advice << IpStep::tr("Connect to the network again, so it sets up the gateway automatically (DHCP).")
                 << IpStep::tr(
                        "If you set the address by hand, also enter the default gateway (the router's address).");
        r.findings << f;
    }
}

void probeFindings(const IpFacts& facts, StepResult& r)
{
    if (!facts.probe.has_value() || facts.probe->cancelled) {
        return;
    }
    const platform::GatewayProbe& g = *facts.probe;
    const QString gw = QString::fromStdString(g.gateway);
    const NetInterface* itf = facts.net.byIndex(g.interfaceIndex);
    const QString where = itf != nullptr ? interfaceLabel(*itf) : QString();
    const QString how = g.method == platform::GatewayProbe::Method::Icmp
        ? IpStep::tr("ping (ICMP echo)")
        : IpStep::tr("a TCP connection to ports 80, 443 and 53");
    Finding f;
    const bool neighbourFailed
        = g.neighbourAfter == platform::Neighbour::Failed || g.neighbourAfter == platform::Neighbour::Incomplete;
    if (g.answered) {
        f.code = u"ip.gateway_answers"_s;
        f.severity = Severity::Info;
        f.title = IpStep::tr("The gateway %1 answers").arg(gw);
        f.detail = g.method == platform::GatewayProbe::Method::Icmp
            ? IpStep::tr("It answered a ping in %1 ms.").arg(qRound(g.rttMs))
            : IpStep::tr("It answered a TCP connection to port %1 in %2 ms (%3).")
                  .arg(g.tcpPort)
                  .arg(qRound(g.rttMs))
                  .arg(g.answer == "tcp_refused" ? IpStep::tr("RST: nothing listens there, but it is alive")
                                                 : IpStep::tr("SYN-ACK"));
    } else if (neighbourFailed) {
        f.code = u"ip.gateway_unreachable"_s;
        f.severity = Severity::Error;
        f.title = IpStep::tr("The default gateway %1 does not answer on the local network").arg(gw);
        f.detail = IpStep::tr("Nobody answered when this computer asked who has %1 on %2 (ARP / neighbour discovery), "
                              "and %3 got no answer either.")
                       .arg(gw, where, how);
        f.advice << IpStep::tr("Check that the router is switched on and its lights look normal; restart it (switch "
                               "it off for 30 seconds).")
                 << IpStep::tr("Check the cable or the Wi-Fi connection between this computer and the router.")
                 << IpStep::tr("If the addresses were set by hand, check the gateway address: it must be the router's "
                               "address.");
    } else if (g.neighbourAfter == platform::Neighbour::Unknown || g.neighbourAfter == platform::Neighbour::None) {
        f.code = u"ip.gateway_no_answer"_s;
        f.severity = Severity::Warning;
        f.title = IpStep::tr("The gateway %1 did not answer the test").arg(gw);
        f.detail = IpStep::tr("%1 got no answer. Some routers ignore such tests on purpose, so this alone does not "
                              "prove it is gone.")
                       .arg(how);
    } else {
        f.code = u"ip.gateway_silent"_s;
        f.severity = Severity::Info;
        f.title = IpStep::tr("The gateway %1 is present but ignores test packets").arg(gw);
        f.detail = IpStep::tr("It answered on the local network (ARP / neighbour discovery), but not to %1. Many "
                              "routers do that on purpose; it is not a problem by itself.")
                       .arg(how);
    }
    if (!g.icmpUnavailable.empty() && g.method == platform::GatewayProbe::Method::Tcp) {
        f.detail += u' '
            + IpStep::tr("(Ping is not allowed for this user here: %1.)")
                  .arg(QString::fromStdString(g.icmpUnavailable));
    }
    r.findings << f;
}

void proxyFindings(const IpFacts& facts, StepResult& r)
{
    QStringList shown;
    for (const netcfg::ProxySetting& p : facts.proxies) {
        if (!p.value.isEmpty()) {
            shown << (p.source == u"system" ? p.value : p.source + u'=' + p.value);
        }
    }
    if (shown.isEmpty()) {
        return;
    }
    shown.removeDuplicates();
    Finding f;
    f.code = u"ip.proxy"_s;
    f.severity = Severity::Info;
    f.title = IpStep::tr("A proxy is configured: %1").arg(shown.join(u", "_s));
    f.detail = IpStep::tr("Web browsers may reach sites through this proxy even when direct connections, like "
                          "this test and many other programs, are blocked by the network.");
    f.advice << IpStep::tr("If the browser works but this connection does not, the network probably allows only the "
                           "proxy: set the program up to use the proxy, or ask the network administrator.");
    r.findings << f;
}

} // namespace

namespace netcfg {

StepResult assessIp(const Target& target, const IpFacts& facts)
{
    StepResult r;
    r.id = u"ip"_s;
    if (!facts.net.ok) {
        r.status = StepStatus::Error;
        r.summary
            = IpStep::tr("The IP configuration could not be read: %1").arg(QString::fromStdString(facts.net.error));
        r.data.insert(u"error"_s, QString::fromStdString(facts.net.error));
        return r;
    }
    QJsonArray interfaces;
    QJsonArray addresses;
    for (const NetInterface& i : facts.net.interfaces) {
        interfaces.append(QJsonObject{{u"name"_s, QString::fromStdString(i.name)},
                                      {u"kind"_s, QString::fromLatin1(platform::kindName(i.kind))},
                                      {u"link"_s, hasWorkingLink(i)}});
        for (const platform::IfAddress& a : i.addresses) {
            addresses.append(addressJson(a, QString::fromStdString(i.name)));
        }
    }
    r.data.insert(u"interfaces"_s, interfaces);
    r.data.insert(u"addresses"_s, addresses);
    r.data.insert(u"gateways"_s, routesJson(facts.net, true));
    r.data.insert(u"routes"_s, routesJson(facts.net, false));
    r.data.insert(u"routes_known"_s, facts.net.routesKnown);
    r.data.insert(u"dns_servers"_s, QJsonArray::fromStringList(facts.dns.servers));
    r.data.insert(u"dns_search_domains"_s, QJsonArray::fromStringList(facts.dns.search));
    r.data.insert(u"dns_stub"_s, facts.dns.stub.isEmpty() ? QJsonValue() : QJsonValue(facts.dns.stub));
    r.data.insert(u"dns_source"_s, facts.dns.source);
    r.data.insert(u"route"_s, facts.route.has_value() ? QJsonValue(routeJson(*facts.route, facts.net)) : QJsonValue());
    if (facts.route.has_value() && !facts.routeSource.isEmpty()) {
        r.data.insert(u"route_address_from"_s, facts.routeSource); // "address", "hosts_file", "localhost"
    }
    if (facts.settleWaitMs > 0) {
        r.data.insert(u"settle_wait_ms"_s, facts.settleWaitMs);
    }
    r.data.insert(u"gateway_probe"_s,
                  facts.probe.has_value() ? QJsonValue(gatewayProbeJson(*facts.probe, facts.net)) : QJsonValue());
    if (!facts.probeSkipped.isEmpty()) {
        r.data.insert(u"gateway_probe_skipped"_s, facts.probeSkipped);
    }
    QJsonArray proxies;
    for (const ProxySetting& p : facts.proxies) {
        proxies.append(
            QJsonObject{{u"source"_s, p.source}, {u"value"_s, p.value.isEmpty() ? QJsonValue() : QJsonValue(p.value)}});
    }
    r.data.insert(u"proxies"_s, proxies);
    if (facts.probe.has_value() && facts.probe->cancelled) {
        r.data.insert(u"cancelled"_s, true);
    }

    const bool local = targetIsLocal(target, facts.route);
    r.data.insert(u"target_local"_s, local);
    // The route's finding first, then the address problem in front of it: the lower cause leads.
    if (facts.route.has_value()) {
        routeFindings(target, facts, r);
    }
    bool usable = false;
    addressFindings(facts, r, local, usable);
    if (!local) {
        gatewayFindings(facts, r, !facts.route.has_value());
        probeFindings(facts, r);
    }
    proxyFindings(facts, r);

    r.status = StepStatus::Pass;
    for (const Finding& f : std::as_const(r.findings)) {
        if (f.severity == Severity::Error) {
            r.status = StepStatus::Fail;
        } else if (f.severity == Severity::Warning && r.status == StepStatus::Pass) {
            r.status = StepStatus::Warn;
        }
    }
    if (facts.probe.has_value() && facts.probe->cancelled) {
        r.status = StepStatus::Error;
        r.summary = IpStep::tr("Cancelled.");
        return r;
    }
    // The summary: the first problem, else the route, else the addresses.
    for (const Finding& f : std::as_const(r.findings)) {
        if (f.severity == Severity::Error || (f.severity == Severity::Warning && r.status == StepStatus::Warn)) {
            r.summary = f.title + u'.';
            return r;
        }
    }
    if (local) {
        r.summary = IpStep::tr("The target is this computer itself.");
    } else if (facts.route.has_value() && facts.route->status == Status::Ok) {
        const NetInterface* itf = facts.net.byIndex(facts.route->interfaceIndex);
        const QString via
            = itf != nullptr ? QString::fromStdString(itf->name) : QString::fromStdString(facts.route->interfaceName);
        r.summary = facts.route->onLink ? IpStep::tr("%1 is on the local network (%2, from %3).")
                                              .arg(target.displayHost, via, QString::fromStdString(facts.route->source))
                                        : IpStep::tr("Traffic to %1 leaves %2 from %3 through the gateway %4.")
                                              .arg(target.displayHost, via, QString::fromStdString(facts.route->source),
                                                   QString::fromStdString(facts.route->gateway));
    } else if (facts.probe.has_value() && facts.probe->answered) {
        r.summary = IpStep::tr("Addresses and the default gateway %1 are fine.")
                        .arg(QString::fromStdString(facts.probe->gateway));
    } else {
        r.summary
            = usable ? IpStep::tr("This computer has a usable IP address.") : IpStep::tr("IP configuration read.");
    }
    return r;
}

} // namespace netcfg

namespace {
/// Right after the link came up, a new address is still being checked for duplicates: the gateway
/// probe's first packets would be lost and the address would look unusable. Waits for that (at most
/// kSettleMs), with facts.net read again meanwhile, and then looks up the route again.
void settleBeforeProbe(netcfg::IpFacts& facts, const std::string& address, const std::string& gateway,
                       const std::atomic<bool>* cancel)
{
    const bool v6 = gateway.find(':') != std::string::npos;
    facts.settleWaitMs = netcfg::waitUntilSettled(facts.net, !v6, v6, cancel);
    if (facts.settleWaitMs > 0) {
        if (!address.empty()) {
            facts.route = platform::lookupRoute(address);
        }
    }
}
} // namespace

StepResult runIpStep(const Target& target, const StepOptions& options, const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    netcfg::IpFacts facts;
    facts.net = platform::readNetConfig();
    const std::string address = netcfg::knownAddress(target, &facts.routeSource);
    if (!address.empty()) {
        facts.route = platform::lookupRoute(address);
    }
    const platform::DnsServerConfig dns = platform::systemDnsServers();
    bool upstream = false;
    for (const platform::DnsServerEntry& e : dns.servers) {
        upstream = upstream || e.role == "upstream";
    }
    for (const platform::DnsServerEntry& e : dns.servers) {
        if (!upstream || e.role == "upstream") {
            facts.dns.servers << QString::fromStdString(e.address);
        }
    }
    for (const std::string& s : dns.search) {
        facts.dns.search << QString::fromStdString(s);
    }
    facts.dns.stub = QString::fromStdString(dns.stub);
    facts.dns.source
        = QString::fromStdString(upstream && !dns.upstreamSource.empty() ? dns.upstreamSource : dns.source);

    // The gateway traffic to the target uses: does it answer on the local network?
    std::string gateway;
    int index = 0;
    if (targetIsLocal(target, facts.route)) {
        facts.probeSkipped = u"target_local"_s;
    } else if (!netcfg::gatewayFor(facts.net, facts.route, options.family == AddressFamily::IPv6, gateway, index)) {
        facts.probeSkipped = u"no_gateway"_s;
    } else if (settleBeforeProbe(facts, address, gateway, cancel);
               !netcfg::gatewayFor(facts.net, facts.route, options.family == AddressFamily::IPv6, gateway, index)) {
        facts.probeSkipped = u"no_gateway"_s;
    } else if (cancel != nullptr && cancel->load()) {
        facts.probeSkipped = u"cancelled"_s;
    } else if (!hasUsableAddress(facts.net, index, gateway)) {
        facts.probeSkipped = u"no_address"_s; // nothing to send from: the address finding says why
    } else {
        facts.probe = platform::probeGateway(gateway, index, kGatewayProbeMs, cancel);
    }
    facts.proxies = netcfg::proxySettings(target, cancel);
    StepResult r = netcfg::assessIp(target, facts);
    r.durationMs = timer.elapsed();
    return r;
}

} // namespace tcpd::core
