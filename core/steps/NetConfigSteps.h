// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The link and ip steps, split in two: runLinkStep / runIpStep (Steps.h) gather the facts through
// core/platform/NetConfig.h, and the functions here judge them. The judging half does no I/O, so
// unit tests feed it made-up snapshots (tests/unit/LinkIpStepsTest.cpp).

#include "platform/NetConfig.h"
#include "steps/StepResult.h"
#include "target/Target.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <optional>

namespace tcpd::core::netcfg {

/// A proxy this computer is set up to use (raw, credentials removed).
struct ProxySetting {
    QString source; ///< "system" or the environment variable's name ("https_proxy")
    QString value; ///< "http://proxy.example:3128"
};

/// DNS servers as the ip step reports them (from platform::systemDnsServers()).
struct DnsServers {
    QStringList servers; ///< where the queries really go (a local stub's upstream servers where known)
    QStringList search;
    QString stub; ///< "127.0.0.53" when a local stub resolver sits in between
    QString source;
};

struct IpFacts {
    platform::NetSnapshot net;
    std::optional<platform::RouteLookup> route; ///< the route to knownAddress(), where known
    QString routeSource; ///< knownAddress()'s source
    std::optional<platform::GatewayProbe> probe; ///< the gateway traffic to the target uses
    QString probeSkipped; ///< why there was no probe ("no_gateway", "local", ...)
    QList<ProxySetting> proxies;
    DnsServers dns;
    int settleWaitMs = 0; ///< how long the step waited for the connection to finish coming up
};

/// A working link: switched on, carrier, and not down / dormant (Wi-Fi not connected).
bool hasWorkingLink(const platform::NetInterface& itf);

/// A link that can carry traffic out of this computer on its own: everything but loopback and VPN
/// tunnels (a tunnel needs another link underneath). Virtual interfaces count: in a container or a
/// virtual machine they are the way out.
bool countsAsUplink(const platform::NetInterface& itf);

/// A link that has a carrier but is not up yet: still connecting, or Wi-Fi / 802.1X authentication
/// not finished (operstate dormant), or the kernel has not caught up with the carrier yet (operstate
/// lags the carrier by up to a second after a link comes up).
bool linkComingUp(const platform::NetInterface& itf);

/// No link works yet, but one has a carrier and is still coming up: worth waiting for.
bool linksSettling(const platform::NetSnapshot& net);

/// A working link whose address of the family (IPv6 when `ipv6`) is still being checked for
/// duplicates (tentative) while it has no other usable one of that family: nothing can be sent
/// from it yet. Right after a link comes up, DAD takes a random delay of up to 1 s and 1 s more.
bool addressesSettling(const platform::NetSnapshot& net, bool ipv4, bool ipv6);

/// How long a step that sends packets waits for this computer's connection to finish coming up:
/// the link state (up to 1 s) and then duplicate address detection (up to 2 s).
constexpr int kSettleMs = 3000;

/// Waits (50 ms steps, cancellable) while linksSettling() (at most 1 s, kLinkSettleMs) or
/// addressesSettling() for the families (at most kSettleMs), so that the first packet is not lost to
/// a connection that is still coming up. `net` is the configuration as the caller last read it; it
/// is read again while waiting and holds the last reading afterwards. Returns the milliseconds
/// waited, 0 when `net` was settled already (then nothing is read or waited for).
int waitUntilSettled(platform::NetSnapshot& net, bool ipv4, bool ipv6, const std::atomic<bool>* cancel);

/// "Ethernet 'eth0'", "Wi-Fi 'wlan0'", "virtual interface 'veth0'" (translated), for inside a sentence;
/// interfaceLabelAtStart() capitalizes it for the start of one.
QString interfaceLabel(const platform::NetInterface& itf);
QString interfaceLabelAtStart(const platform::NetInterface& itf);
QString kindLabel(platform::InterfaceKind kind);

QJsonObject interfaceJson(const platform::NetInterface& itf);
QJsonObject addressJson(const platform::IfAddress& a, const QString& interfaceName);
QJsonObject routeJson(const platform::RouteLookup& r, const platform::NetSnapshot& net);
QJsonObject gatewayProbeJson(const platform::GatewayProbe& g, const platform::NetSnapshot& net);
QJsonArray routesJson(const platform::NetSnapshot& net, bool defaultsOnly);

/// The address traffic to the target goes to, where it is known before DNS answers: the target's own
/// address, a hosts-file entry for the name, or loopback for "localhost" names (RFC 6761). "" when
/// only DNS can tell. `source` receives "address", "hosts_file" or "localhost".
std::string knownAddress(const Target& target, QString* source);

/// The gateway traffic to the target would use: the route's gateway for an address, else the
/// preferred default route (IPv4 first unless `preferIpv6`). Returns false when there is none.
bool gatewayFor(const platform::NetSnapshot& net, const std::optional<platform::RouteLookup>& route, bool preferIpv6,
                std::string& gateway, int& interfaceIndex);

/// The link step's judgement.
StepResult assessLink(const Target& target, const platform::NetSnapshot& net,
                      const std::optional<platform::RouteLookup>& route);

/// The ip step's judgement.
StepResult assessIp(const Target& target, const IpFacts& facts);

/// Proxy settings from the environment (http_proxy, https_proxy, all_proxy and upper case) and
/// from the system (QNetworkProxyFactory::systemProxyForQuery for the target, as a browser asks).
/// The system's answer is awaited at most `timeoutMs` (PAC/WPAD can hang); a late one is recorded
/// as {"system", ""}.
QList<ProxySetting> proxySettings(const Target& target, const std::atomic<bool>* cancel, int timeoutMs = 2000);

/// "http://user:secret@proxy:3128" -> "http://proxy:3128"
QString withoutCredentials(const QString& proxyUrl);

} // namespace tcpd::core::netcfg
