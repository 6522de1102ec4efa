// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Checklist step 1, the physical link: is any network interface connected (cable, Wi-Fi, mobile),
// and does the one that carries traffic to the target have a link?

#include "steps/NetConfigSteps.h"
#include "steps/Steps.h"

#include "platform/NetConfigUtil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>


using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
struct LinkStep {
    Q_DECLARE_TR_FUNCTIONS(LinkStep)
};

using namespace netcfg;
using platform::InterfaceKind;
using platform::NetInterface;
using platform::Tri;

bool physical(const NetInterface& i)
{
    return i.kind == InterfaceKind::Wired || i.kind == InterfaceKind::WiFi || i.kind == InterfaceKind::Cellular;
}

Finding notReadyFinding(const NetInterface& i, Severity severity)
{
    Finding f;
    f.code = u"link.not_ready"_s;
    f.severity = severity;
    f.title = LinkStep::tr("%1 is connected but not ready yet").arg(interfaceLabelAtStart(i));
    f.detail = i.operState == "dormant"
        ? LinkStep::tr("It has a link, but waits for a sign-in to finish (state: dormant), as Wi-Fi does while it "
                       "checks the password or a company network checks this computer.")
        : LinkStep::tr("It has a link, but is not up yet (state: %1): it is still connecting.")
              .arg(QString::fromStdString(i.operState));
    f.advice << LinkStep::tr("Wait a few seconds and check again.")
             << LinkStep::tr("If the network asks for a password or a sign-in, finish it in the network menu.");
    return f;
}

QString speedText(const NetInterface& i)
{
    QStringList parts;
    if (i.speedMbps >= 1000 && i.speedMbps % 1000 == 0) {
        parts << LinkStep::tr("%1 Gbit/s").arg(i.speedMbps / 1000);
    } else if (i.speedMbps > 0) {
        parts << LinkStep::tr("%1 Mbit/s").arg(i.speedMbps);
    }
    if (i.duplex == "full") {
        parts << LinkStep::tr("full duplex");
    } else if (i.duplex == "half") {
        parts << LinkStep::tr("half duplex");
    }
    return parts.join(u", "_s);
}

/// What is wrong with one interface that has no working link, in words a home user can act on.
Finding downFinding(const NetInterface& i, Severity severity)
{
    Finding f;
    f.severity = severity;
    const QString label = interfaceLabel(i);
    const QString labelAtStart = interfaceLabelAtStart(i);
    const QString name = QString::fromStdString(i.friendlyName.empty() ? i.name : i.friendlyName);
    if (i.kind == InterfaceKind::WiFi && i.wifi.radioOn == Tri::No) {
        f.code = u"link.wifi_off"_s;
        if (i.wifi.hardwareSwitch == Tri::Yes) {
            f.title = LinkStep::tr("Wi-Fi is switched off with a switch or key on the computer");
            f.advice << LinkStep::tr("Switch Wi-Fi on with the switch on the side of the computer, or the key with an "
                                     "antenna symbol (often together with the Fn key).");
        } else {
            f.title = LinkStep::tr("Wi-Fi is switched off");
            f.advice << LinkStep::tr("Switch Wi-Fi on in the network menu (the network symbol next to the clock).");
        }
        f.detail = LinkStep::tr("The radio of %1 is off, so it cannot connect to any network.").arg(label);
        f.advice << LinkStep::tr("Check that flight mode (airplane mode) is off.");
        return f;
    }
    if (i.adminUp == Tri::No) {
        f.code = u"link.adapter_disabled"_s;
        f.title = LinkStep::tr("The network connection %1 is switched off").arg(label);
        f.detail = LinkStep::tr("The adapter is disabled on this computer, so it does not use the network.");
        f.advice << LinkStep::tr("Switch the connection on in the network settings (on Windows: Settings, Network & "
                                 "Internet, Advanced network settings, Enable).");
        return f;
    }
    switch (i.kind) {
    case InterfaceKind::WiFi:
        f.code = u"link.wifi_disconnected"_s;
        f.title = LinkStep::tr("Wi-Fi is on but not connected to a network (%1)").arg(name);
        f.detail = LinkStep::tr("%1 is not associated with any wireless network.").arg(labelAtStart);
        f.advice << LinkStep::tr("Choose your Wi-Fi network in the network menu and enter its password.")
                 << LinkStep::tr("Move closer to the router, or check that the router's Wi-Fi light is on.");
        break;
    case InterfaceKind::Cellular:
        f.code = u"link.cellular_down"_s;
        f.title = LinkStep::tr("The mobile broadband connection %1 is not connected").arg(name);
        f.detail = LinkStep::tr("%1 has no link: no signal, no SIM card, or the connection is not started.")
                       .arg(labelAtStart);
        f.advice << LinkStep::tr("Check the signal and that mobile data is switched on.");
        break;
    case InterfaceKind::Wired:
        f.code = u"link.cable_unplugged"_s;
        f.title = LinkStep::tr("The network cable seems unplugged (no link on Ethernet '%1')").arg(name);
        f.detail = LinkStep::tr("%1 sees no signal on its cable (no carrier).").arg(labelAtStart);
        f.advice << LinkStep::tr("Check that the cable is plugged in firmly at both ends: this computer and the router "
                                 "or wall socket. It should click into place.")
                 << LinkStep::tr("Look at the small lights next to the cable socket: no light usually means no link.")
                 << LinkStep::tr("Try another cable, or another socket on the router.");
        break;
    default:
        f.code = u"link.no_carrier"_s;
        f.title = LinkStep::tr("%1 has no link").arg(labelAtStart);
        f.detail = LinkStep::tr("The interface reports no carrier (state: %1).")
                       .arg(QString::fromStdString(i.operState.empty() ? std::string("unknown") : i.operState));
        break;
    }
    return f;
}

Finding upFinding(const NetInterface& i)
{
    Finding f;
    f.code = u"link.up"_s;
    f.severity = Severity::Info;
    const QString speed = speedText(i);
    if (i.kind == InterfaceKind::WiFi && !i.wifi.ssid.empty()) {
        f.title = LinkStep::tr("%1 is connected to the network \"%2\"")
                      .arg(interfaceLabelAtStart(i), QString::fromStdString(i.wifi.ssid));
    } else {
        f.title = LinkStep::tr("%1 is connected").arg(interfaceLabelAtStart(i));
    }
    QStringList detail;
    if (!speed.isEmpty()) {
        detail << speed;
    }
    if (i.wifi.signalDbm != 0) {
        detail << LinkStep::tr("signal %1 dBm").arg(i.wifi.signalDbm);
    } else if (i.wifi.signalPercent >= 0) {
        detail << LinkStep::tr("signal %1 %").arg(i.wifi.signalPercent);
    }
    f.detail = detail.join(u"; "_s);
    return f;
}

} // namespace

namespace netcfg {

StepResult assessLink(const Target& target, const platform::NetSnapshot& net,
                      const std::optional<platform::RouteLookup>& route)
{
    StepResult r;
    r.id = u"link"_s;
    if (!net.ok) {
        r.status = StepStatus::Error;
        r.summary = LinkStep::tr("The network interfaces could not be read: %1").arg(QString::fromStdString(net.error));
        r.data.insert(u"error"_s, QString::fromStdString(net.error));
        return r;
    }
    QJsonArray interfaces;
    QJsonArray working;
    QJsonArray notReadyLinks;
    QJsonArray tunnels;
    QList<const NetInterface*> up;
    QList<const NetInterface*> downPhysical;
    QList<const NetInterface*> waiting;
    for (const NetInterface& i : net.interfaces) {
        interfaces.append(interfaceJson(i));
        const bool works = hasWorkingLink(i);
        if (works && countsAsUplink(i)) {
            working.append(QString::fromStdString(i.name));
            up << &i;
        } else if (works && i.kind == InterfaceKind::Tunnel) {
            tunnels.append(QString::fromStdString(i.name));
        } else if (!works && netcfg::linkComingUp(i)) {
            notReadyLinks.append(QString::fromStdString(i.name));
            waiting << &i;
        } else if (!works && physical(i)) {
            downPhysical << &i;
        }
    }
    const bool targetLocal = (route.has_value() && route->status == platform::RouteLookup::Status::Local)
        || (target.isAddress && platform::isLoopbackAddress(target.host.toStdString()));
    const NetInterface* routeItf = route.has_value() && route->status == platform::RouteLookup::Status::Ok
        ? net.byIndex(route->interfaceIndex)
        : nullptr;
    r.data.insert(u"interfaces"_s, interfaces);
    r.data.insert(u"working_links"_s, working);
    r.data.insert(u"not_ready_links"_s, notReadyLinks);
    r.data.insert(u"tunnels_up"_s, tunnels);
    r.data.insert(u"target_local"_s, targetLocal);
    r.data.insert(u"route_interface"_s,
                  routeItf != nullptr ? QJsonValue(QString::fromStdString(routeItf->name)) : QJsonValue());
    r.data.insert(u"route_interface_link"_s,
                  routeItf != nullptr ? QJsonValue(hasWorkingLink(*routeItf)) : QJsonValue());

    const bool noLink = up.isEmpty() && !targetLocal;
    for (const NetInterface* i : std::as_const(up)) {
        if (physical(*i) || i == routeItf) {
            r.findings << upFinding(*i);
        }
    }
    for (const NetInterface* i : std::as_const(downPhysical)) {
        // Only a problem when nothing else connects this computer (or traffic to the target needs it).
        r.findings << downFinding(*i, noLink || i == routeItf ? Severity::Error : Severity::Info);
    }
    for (const NetInterface* i : std::as_const(waiting)) {
        r.findings.prepend(notReadyFinding(*i, noLink || i == routeItf ? Severity::Error : Severity::Info));
    }

    if (targetLocal) {
        r.status = StepStatus::Pass;
        r.summary = LinkStep::tr("The target is this computer itself: no network link is needed.");
        return r;
    }
    if (noLink && !waiting.isEmpty()) {
        r.status = StepStatus::Fail;
        r.summary = LinkStep::tr("%1 is connected but not ready yet: still connecting, or a sign-in is not finished.")
                        .arg(interfaceLabelAtStart(*waiting.first()));
        return r;
    }
    if (noLink) {
        Finding f;
        f.code = u"link.down"_s;
        f.severity = Severity::Error;
        if (!tunnels.isEmpty()) {
            f.code = u"link.only_tunnel"_s;
            f.title = LinkStep::tr("Only a VPN tunnel is up");
            f.detail = LinkStep::tr("The VPN tunnel %1 is up, but no cable, Wi-Fi or mobile connection carries it: a "
                                    "VPN needs a working network connection underneath.")
                           .arg(tunnels.first().toString());
            r.summary = LinkStep::tr("No working network connection: only a VPN tunnel is up.");
        } else {
            f.title = LinkStep::tr("This computer has no working network connection");
            f.detail = LinkStep::tr("No network interface besides loopback has a link: no cable plugged in, Wi-Fi off "
                                    "or not connected, no mobile connection.");
            r.summary = downPhysical.isEmpty() ? LinkStep::tr("No working network connection.")
                : downPhysical.first()->kind == InterfaceKind::Wired
                ? LinkStep::tr("No working network connection: the network cable "
                               "seems unplugged.")
                : LinkStep::tr("No working network connection.");
        }
        f.advice << LinkStep::tr("Plug in the network cable, or connect to your Wi-Fi network.")
                 << LinkStep::tr("Check the router: are its lights on? Switch it off for 30 seconds and on again.")
                 << LinkStep::tr("Check whether other devices (a phone on the same Wi-Fi) are online.");
        r.findings.prepend(f);
        r.status = StepStatus::Fail;
        return r;
    }
    if (routeItf != nullptr && !hasWorkingLink(*routeItf)) {
        Finding f;
        f.code = u"link.route_interface_down"_s;
        f.severity = Severity::Error;
        f.title = LinkStep::tr("Traffic to %1 would leave through %2, which has no link")
                      .arg(target.displayHost, interfaceLabel(*routeItf));
        f.detail = LinkStep::tr("This computer's routing table sends traffic for %1 through %2, but that interface is "
                                "not connected, while another one is.")
                       .arg(target.displayHost, interfaceLabel(*routeItf));
        f.advice << LinkStep::tr("Connect %1 (cable or Wi-Fi), or disconnect it so that the working connection is "
                                 "used.")
                        .arg(interfaceLabel(*routeItf));
        r.findings.prepend(f);
        r.status = StepStatus::Fail;
        r.summary = LinkStep::tr("The network connection that traffic to %1 would use has no link.").arg(target.displayHost);
        return r;
    }
    r.status = StepStatus::Pass;
    const NetInterface* shown = routeItf != nullptr ? routeItf : up.first();
    for (const NetInterface* i : std::as_const(up)) {
        if (routeItf == nullptr && physical(*i)) {
            shown = i;
            break;
        }
    }
    r.summary = routeItf != nullptr ? LinkStep::tr("Traffic to %1 leaves through %2, which is connected.")
                                          .arg(target.displayHost, interfaceLabel(*routeItf))
                                    : LinkStep::tr("Connected through %1.").arg(interfaceLabel(*shown));
    return r;
}

} // namespace netcfg

StepResult runLinkStep(const Target& target, const StepOptions&, const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    platform::NetSnapshot net = platform::readNetConfig(); // a few ms: netlink / IP Helper, no waiting
    // Right after a cable is plugged in or Wi-Fi joins, the state lags the carrier by up to a second:
    // wait that long (cancellable) before calling the link not ready. No address family: only links.
    const int waitedMs = netcfg::waitUntilSettled(net, false, false, cancel);
    std::optional<platform::RouteLookup> route;
    QString source;
    const std::string address = netcfg::knownAddress(target, &source);
    if (!address.empty()) {
        route = platform::lookupRoute(address);
    }
    StepResult r = netcfg::assessLink(target, net, route);
    if (waitedMs > 0) {
        r.data.insert(u"settle_wait_ms"_s, waitedMs);
    }
    if (cancel != nullptr && cancel->load()) {
        r.data.insert(u"cancelled"_s, true);
    }
    r.durationMs = timer.elapsed();
    return r;
}

} // namespace tcpd::core
