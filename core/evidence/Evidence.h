// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// Typed evidence of the checklist steps. A step's raw data travels as JSON (the contract's
// `steps[].data`, what a saved report holds); these are its typed form, read in one place per step
// (fromJson, in Evidence*.cpp) so that the diagnosis, the diagrams and the writers look at fields,
// not at string keys. The port step also writes its data through PortEvidence::toJson.
//
//     const PortEvidence port = PortEvidence::fromJson(step.data);
//     for (const PortAttempt& a : port.attempts) if (a.answeredFromBeyond()) ...

#include "platform/TcpProbe.h"
#include "steps/StepResult.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tcpd::core::evidence {

using platform::Outcome;

/// A JSON array of strings as a list (anything else: empty strings / an empty list).
QStringList strings(const QJsonValue& v);

/// Why a skipped step was skipped (`data.reason`: "not_built", "not_requested", "cancelled", ...), or "".
QString skipReason(const QJsonObject& data);

/// A stop cut this step short: its data says `cancelled` (or, for DNS, status "cancelled").
bool wasCutShort(const StepResult& step);

/// The contract's outcome names ("open", "refused", ...) and back; unknown names give Outcome::Error.
QString outcomeName(Outcome o);
/// A TCP state of the contract ("time_wait") in words: "waiting after close (TIME_WAIT)".
QString tcpStateText(const QString& state);
Outcome outcomeFromName(const QString& name);

struct IcmpSeen {
    bool present = false;
    int type = -1;
    int code = -1;
    QString from; ///< who sent it
};

/// One address the port test tried (`data.attempts[]`).
struct PortAttempt {
    QString address;
    bool ipv6 = false;
    Outcome outcome = Outcome::Error;
    double rttMs = -1; ///< handshake round trip, -1 when none
    int tries = 0;
    double elapsedMs = 0;
    IcmpSeen icmp;
    QString banner; ///< already escaped
    QString osError;
    int osErrorCode = 0;
    bool localOrigin = false; ///< the refusal came from this computer itself
    qint64 retransFailDelta = -1;

    bool handshakeCompleted() const;
    /// Something beyond this computer answered this attempt: a SYN-ACK, an RST, or an ICMP message
    /// from another host. Proves the link and the IP configuration worked at that moment.
    bool answeredFromBeyond() const;
    bool cancelled() const { return outcome == Outcome::Error && osError == QLatin1String("cancelled"); }
    /// This computer had no local port for it: EADDRNOTAVAIL at connect (Windows WSAEADDRINUSE, WSAENOBUFS).
    bool noLocalPort() const;
    /// The ICMP message in words ("port unreachable (ICMP type 3, code 3)"), or "" without one.
    QString icmpText() const;
};

/// How many of this computer's local ports are taken (`data.local_ports` of "port"): the evidence of
/// local.ports_exhausted and of the warning local.ports_nearly_exhausted.
struct LocalPortsSeen {
    bool read = false;    ///< the step looked (false: the object is absent)
    bool counted = false; ///< the connections could be counted
    QString error;
    QString source;
    int rangeLow = -1;
    int rangeHigh = -1;
    QString rangeSource;
    int total = 0;
    QList<QPair<QString, int>> byState; ///< most first
    int inRange = 0;
    int toTarget = 0;
    struct Remote {
        QString address;
        int port = 0;
        int count = 0;
    };
    QList<Remote> topRemotes;

    int rangeSize() const { return rangeLow > 0 && rangeHigh >= rangeLow ? rangeHigh - rangeLow + 1 : 0; }
    /// The larger of inRange and toTarget as a share of the range (0..1); 0 when not counted.
    double usedShare() const;
    /// At least 80 % of the range is taken (for all connections, or for this target alone).
    bool nearlyFull() const { return counted && rangeSize() > 0 && usedShare() >= 0.8; }
    int stateCount(const QString& state) const;

    static LocalPortsSeen fromJson(const QJsonObject& o);
    QJsonObject toJson() const;
};

struct PortEvidence {
    bool ran = false;
    int port = 0;
    int budgetMs = 0;
    qint64 elapsedMs = 0;
    int settleWaitMs = 0; ///< waited first for a connection that had just come up (0: not at all)
    bool cancelled = false;
    QList<PortAttempt> attempts;
    LocalPortsSeen localPorts;

    /// No attempt completed a handshake, and at least one failed for want of a local port.
    bool noLocalPort() const;
    /// local.ports_exhausted: noLocalPort(), and the count agrees (80 % of the range taken) or could not be made.
    bool portsExhausted() const { return noLocalPort() && (!localPorts.counted || localPorts.nearlyFull()); }

    static PortEvidence fromJson(const QJsonObject& data);
    QJsonObject toJson() const;
};

/// The link step (`data` of "link").
struct LinkInterface {
    QString name;
    QString kind; ///< "wired", "wifi", "loopback", "tunnel", ...
    std::optional<bool> adminUp;
    std::optional<bool> carrier;
    QString operState;
    bool link = false; ///< a working link
    double speedMbps = 0; ///< 0 when unknown
    QString mac;
    int mtu = 0;  ///< 0 when unknown
    QString ssid; ///< the Wi-Fi network it is on ("" when none or not Wi-Fi)
};

struct LinkEvidence {
    bool ran = false; ///< the step ran and read the interfaces
    QList<LinkInterface> interfaces;
    QStringList workingLinks;
    QStringList notReadyLinks; ///< carrier, but not up yet (still connecting, sign-in not finished)
    QStringList tunnelsUp;
    bool targetLocal = false;
    int settleWaitMs = 0; ///< how long the step waited for a link to settle
    bool cancelled = false;

    static LinkEvidence fromJson(const QJsonObject& data, bool ran);
};

/// The IP step (`data` of "ip"): the parts the diagnosis and the diagrams read.
struct IpAddress {
    QString address;
    QString interface;
    int prefixLength = 0;
    QString origin; ///< "dhcp", "static", "link_local", ...
    bool usable = false;
    bool duplicate = false;
};
struct IpRoute {
    QString destination;
    int prefixLength = -1;
    QString type; ///< "unicast", "local", "blackhole", ...
    QString gateway;   ///< "" for an on-link route
    QString interface;
    int metric = -1;   ///< -1 when unknown
};
struct IpGateway {
    QString address;
    QString interface;
};
struct RouteLookup {
    QString destination;
    QString status; ///< "ok", "no_route", "unreachable", "blackhole", "prohibited", "local", ...
    QString interface;
    QString source;
    QString nextHop;
    bool onLink = false;
    QString error;
    QString gateway; ///< the router it goes through, "" on-link
    bool rejects() const;
};
struct GatewayProbe {
    QString gateway;
    QString interface;
    QString method; ///< "icmp" or "tcp"
    bool answered = false;
    double rttMs = -1;
    int tries = 0;
    QString neighbour; ///< "reachable", "failed", "incomplete", ...
    bool cancelled = false;
};

struct ProxySetting {
    QString source; ///< "system" or the environment variable
    QString value;  ///< without credentials; "" for none
};

struct IpEvidence {
    bool ran = false;
    QList<LinkInterface> interfaces;
    QList<IpAddress> addresses;
    QList<IpGateway> gateways;
    QList<IpRoute> routes;
    bool routesKnown = false;
    QStringList dnsServers;
    std::optional<RouteLookup> route;
    std::optional<GatewayProbe> gatewayProbe;
    bool targetLocal = false;
    bool proxiesKnown = false; ///< the step looked at the proxy settings
    QList<ProxySetting> proxies;

    static IpEvidence fromJson(const QJsonObject& data, bool ran);
    /// Does the routing table have a usable route to `address` (longest prefix; reject routes are none)?
    bool routeCovers(const QString& address) const;
    QStringList ownAddresses() const;
};

/// The DNS step (`data` of "dns").
struct DnsServerAnswer {
    QString server;
    int port = 53;
    QString status; ///< "ok", "nxdomain", "no_records", "servfail", "refused", "timeout", ...
    double elapsedMs = 0;
    QStringList addresses; ///< A and AAAA records
    QJsonObject raw;       ///< for the DNS step's own sentence about it (describeServerAnswer)
    /// The server sent a DNS answer (any rcode): it was reached over the network.
    bool answered() const;
};
struct HostsLine {
    int line = 0;
    QString address;
};

struct DnsLookup {
    bool ran = false; ///< the step looked the name up (not skipped for an address)
    QString status;   ///< "ok", "nxdomain", ..., "" when it did not run
    QString error;
    QStringList addresses;
    QString addressesFrom; ///< "hosts_file", "system_resolver", "dns_servers", "target"
    QList<DnsServerAnswer> servers;
    QStringList configuredServers;
    QString configSource;
    QString hostsPath;
    QList<HostsLine> hostsEntries;
    QStringList suggestions;
    QStringList sinkholed;
    bool hostsOverride = false;
    bool ipv6Only = false;
    bool ipv6Route = true;
    QString expectedAddress;
    bool expectedMatched = true;
    bool cancelled = false;

    static DnsLookup fromJson(const QJsonObject& data, bool ran);
    /// DNS servers other than this computer's own (not loopback) that sent an answer.
    QStringList remoteServersAnswered() const;
    const DnsServerAnswer* server(const QString& address) const;
};

/// The firewall step (`data` of "firewall"): its conclusion and the other ports it tried.
struct FirewallControl {
    QString address;
    int port = 0;
    Outcome outcome = Outcome::Error;
    bool reference = false; ///< the same port on the --reference host, not the target
};
struct FirewallEvidence {
    bool ran = false;
    QString conclusion; ///< "local_firewall", "network_firewall", "server_firewall", "server_firewall_probable",
                        ///< "host_silent", "unknown", "none", "not_applicable"; "" without one
    QString blockedBy;  ///< the conclusion's address (the router or server that blocks)
    bool onLink = false; ///< the target is on this computer's own network
    QList<FirewallControl> controls;

    static FirewallEvidence fromJson(const QJsonObject& data, bool ran);
    /// The target answered on another port (SYN-ACK or RST): it is switched on and reachable.
    bool targetAnswersOtherPorts() const;
};

} // namespace tcpd::core::evidence
