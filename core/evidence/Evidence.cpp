// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The one place that reads the steps' raw data by key (and writes the port step's). Keys and shapes
// are the contract's (docs/contract.md); a report saved by an older version reads the same way.

#include "evidence/Evidence.h"

#include "evidence/Icmp.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tcpd::core::evidence {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const auto& s : v.toArray()) {
        out << s.toString();
    }
    return out;
}

namespace {

std::optional<bool> tri(const QJsonValue& v)
{
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

bool isLoopback(const QString& address)
{
    return QHostAddress(address.section(u'%', 0, 0)).isLoopback();
}

QList<LinkInterface> interfacesOf(const QJsonValue& v)
{
    QList<LinkInterface> out;
    for (const auto& i : v.toArray()) {
        const QJsonObject o = i.toObject();
        LinkInterface itf;
        itf.name = o.value(u"name"_s).toString();
        itf.kind = o.value(u"kind"_s).toString();
        itf.adminUp = tri(o.value(u"admin_up"_s));
        itf.carrier = tri(o.value(u"carrier"_s));
        itf.operState = o.value(u"oper_state"_s).toString();
        itf.link = o.value(u"link"_s).toBool();
        itf.speedMbps = o.value(u"speed_mbps"_s).toDouble();
        itf.mac = o.value(u"mac_address"_s).toString();
        itf.mtu = o.value(u"mtu"_s).toInt();
        itf.ssid = o.value(u"wifi"_s).toObject().value(u"ssid"_s).toString();
        out << itf;
    }
    return out;
}

} // namespace

QString skipReason(const QJsonObject& data)
{
    return data.value(u"reason"_s).toString();
}

bool wasCutShort(const StepResult& step)
{
    return step.data.value(u"cancelled"_s).toBool() || step.data.value(u"status"_s).toString() == u"cancelled"
        || step.data.value(u"reason"_s).toString() == u"cancelled";
}

// ---- port -------------------------------------------------------------------------------------

namespace {
struct TcpStates {
    Q_DECLARE_TR_FUNCTIONS(TcpStates)
};
} // namespace

QString tcpStateText(const QString& state)
{
    if (state == u"established") {
        return TcpStates::tr("open (ESTABLISHED)");
    }
    if (state == u"time_wait") {
        return TcpStates::tr("closed, keeping their port for a while (TIME_WAIT)");
    }
    if (state == u"close_wait") {
        return TcpStates::tr("closed by the other side, not yet by the program (CLOSE_WAIT)");
    }
    if (state == u"syn_sent") {
        return TcpStates::tr("connecting (SYN_SENT)");
    }
    if (state == u"syn_recv") {
        return TcpStates::tr("half-open (SYN_RECV)");
    }
    if (state == u"listen") {
        return TcpStates::tr("listening (LISTEN)");
    }
    if (state == u"fin_wait1" || state == u"fin_wait2" || state == u"closing" || state == u"last_ack") {
        return TcpStates::tr("closing (%1)").arg(state.toUpper());
    }
    return state.toUpper();
}

QString outcomeName(Outcome o)
{
    return QString::fromLatin1(platform::outcomeName(o));
}

Outcome outcomeFromName(const QString& name)
{
    for (Outcome o : {Outcome::Open, Outcome::Refused, Outcome::Filtered, Outcome::Rejected, Outcome::HostUnreachable,
                      Outcome::NetworkUnreachable, Outcome::LocalBlock, Outcome::ResetAfterConnect,
                      Outcome::ClosedAfterConnect, Outcome::Error}) {
        if (name == QLatin1String(platform::outcomeName(o))) {
            return o;
        }
    }
    return Outcome::Error;
}

bool PortAttempt::handshakeCompleted() const
{
    return outcome == Outcome::Open || outcome == Outcome::ResetAfterConnect || outcome == Outcome::ClosedAfterConnect;
}

bool PortAttempt::answeredFromBeyond() const
{
    if (localOrigin) {
        return false;
    }
    if (handshakeCompleted() || outcome == Outcome::Refused) {
        // A loopback target answers from this computer itself: nothing left it.
        return !isLoopback(address);
    }
    return icmp.present && !icmp.from.isEmpty() && !isLoopback(icmp.from);
}

QString PortAttempt::icmpText() const
{
    return icmp.present ? icmpName(ipv6, icmp.type, icmp.code) : QString();
}

PortEvidence PortEvidence::fromJson(const QJsonObject& data)
{
    PortEvidence e;
    e.ran = !data.isEmpty();
    e.port = data.value(u"port"_s).toInt();
    e.budgetMs = data.value(u"budget_ms"_s).toInt();
    e.elapsedMs = data.value(u"elapsed_ms"_s).toInteger();
    e.settleWaitMs = data.value(u"settle_wait_ms"_s).toInt();
    e.cancelled = data.value(u"cancelled"_s).toBool() || data.value(u"reason"_s).toString() == u"cancelled";
    for (const auto& v : data.value(u"attempts"_s).toArray()) {
        const QJsonObject o = v.toObject();
        PortAttempt a;
        a.address = o.value(u"address"_s).toString();
        a.ipv6 = o.value(u"family"_s).toString() == u"ipv6";
        a.outcome = outcomeFromName(o.value(u"outcome"_s).toString());
        a.rttMs = o.value(u"rtt_ms"_s).toDouble(-1);
        a.tries = o.value(u"tries"_s).toInt();
        a.elapsedMs = o.value(u"elapsed_ms"_s).toDouble();
        const QJsonObject icmp = o.value(u"icmp"_s).toObject();
        a.icmp.present = !icmp.isEmpty();
        a.icmp.type = icmp.value(u"type"_s).toInt(-1);
        a.icmp.code = icmp.value(u"code"_s).toInt(-1);
        a.icmp.from = icmp.value(u"from"_s).toString();
        a.banner = o.value(u"banner"_s).toString();
        a.osError = o.value(u"os_error"_s).toString();
        a.osErrorCode = o.value(u"os_error_code"_s).toInt();
        a.localOrigin = o.value(u"local_origin"_s).toBool();
        a.retransFailDelta = o.value(u"retrans_fail_delta"_s).toInteger(-1);
        e.attempts << a;
    }
    e.localPorts = LocalPortsSeen::fromJson(data.value(u"local_ports"_s).toObject());
    return e;
}

QJsonObject PortEvidence::toJson() const
{
    QJsonArray list;
    for (const PortAttempt& a : attempts) {
        QJsonObject o;
        o.insert(u"address"_s, a.address);
        o.insert(u"family"_s, a.ipv6 ? u"ipv6"_s : u"ipv4"_s);
        o.insert(u"outcome"_s, evidence::outcomeName(a.outcome));
        o.insert(u"rtt_ms"_s, a.rttMs >= 0 ? QJsonValue(qRound(a.rttMs * 100) / 100.0) : QJsonValue(QJsonValue::Null));
        o.insert(u"tries"_s, a.tries);
        o.insert(u"elapsed_ms"_s, qRound(a.elapsedMs));
        if (a.icmp.present) {
            o.insert(u"icmp"_s, QJsonObject{{u"type"_s, a.icmp.type}, {u"code"_s, a.icmp.code}, {u"from"_s, a.icmp.from}});
        }
        if (!a.banner.isEmpty()) {
            o.insert(u"banner"_s, a.banner);
        }
        if (!a.osError.isEmpty()) {
            o.insert(u"os_error"_s, a.osError);
        }
        if (a.osErrorCode != 0) {
            o.insert(u"os_error_code"_s, a.osErrorCode);
        }
        o.insert(u"local_origin"_s, a.localOrigin);
        if (a.retransFailDelta >= 0) {
            o.insert(u"retrans_fail_delta"_s, a.retransFailDelta);
        }
        list.append(o);
    }
    QJsonObject data;
    data.insert(u"port"_s, port);
    data.insert(u"budget_ms"_s, budgetMs);
    data.insert(u"elapsed_ms"_s, elapsedMs);
    data.insert(u"attempts"_s, list);
    if (settleWaitMs > 0) {
        data.insert(u"settle_wait_ms"_s, settleWaitMs);
    }
    if (cancelled) {
        data.insert(u"cancelled"_s, true);
    }
    if (localPorts.read) {
        data.insert(u"local_ports"_s, localPorts.toJson());
    }
    return data;
}

bool PortAttempt::noLocalPort() const
{
    return outcome == Outcome::Error && localOrigin
        && (osError == u"EADDRNOTAVAIL" || osError == u"WSAEADDRINUSE" || osError == u"WSAENOBUFS");
}

bool PortEvidence::noLocalPort() const
{
    return std::none_of(attempts.begin(), attempts.end(), [](const PortAttempt& a) { return a.handshakeCompleted(); })
        && std::any_of(attempts.begin(), attempts.end(), [](const PortAttempt& a) { return a.noLocalPort(); });
}

double LocalPortsSeen::usedShare() const
{
    const int size = rangeSize();
    return counted && size > 0 ? std::min(1.0, double(std::max(inRange, toTarget)) / size) : 0.0;
}

int LocalPortsSeen::stateCount(const QString& state) const
{
    for (const auto& [name, count] : byState) {
        if (name == state) {
            return count;
        }
    }
    return 0;
}

LocalPortsSeen LocalPortsSeen::fromJson(const QJsonObject& o)
{
    LocalPortsSeen e;
    e.read = !o.isEmpty();
    if (!e.read) {
        return e;
    }
    e.counted = o.value(u"counted"_s).toBool();
    e.error = o.value(u"error"_s).toString();
    e.source = o.value(u"source"_s).toString();
    const QJsonObject range = o.value(u"range"_s).toObject();
    e.rangeLow = range.value(u"low"_s).toInt(-1);
    e.rangeHigh = range.value(u"high"_s).toInt(-1);
    e.rangeSource = range.value(u"source"_s).toString();
    e.total = o.value(u"total"_s).toInt();
    e.inRange = o.value(u"in_range"_s).toInt();
    e.toTarget = o.value(u"to_target"_s).toInt();
    for (const auto& v : o.value(u"by_state"_s).toArray()) {
        const QJsonObject s = v.toObject();
        e.byState.append({s.value(u"state"_s).toString(), s.value(u"count"_s).toInt()});
    }
    for (const auto& v : o.value(u"top_remotes"_s).toArray()) {
        const QJsonObject r = v.toObject();
        e.topRemotes.append({r.value(u"address"_s).toString(), r.value(u"port"_s).toInt(), r.value(u"count"_s).toInt()});
    }
    return e;
}

QJsonObject LocalPortsSeen::toJson() const
{
    QJsonObject o;
    o.insert(u"counted"_s, counted);
    o.insert(u"source"_s, source);
    o.insert(u"error"_s, error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error));
    o.insert(u"range"_s, rangeSize() > 0 ? QJsonValue(QJsonObject{{u"low"_s, rangeLow}, {u"high"_s, rangeHigh},
                                                                  {u"source"_s, rangeSource}})
                                         : QJsonValue(QJsonValue::Null));
    o.insert(u"total"_s, total);
    o.insert(u"in_range"_s, inRange);
    o.insert(u"to_target"_s, toTarget);
    QJsonArray states;
    for (const auto& [name, count] : byState) {
        states.append(QJsonObject{{u"state"_s, name}, {u"count"_s, count}});
    }
    o.insert(u"by_state"_s, states);
    QJsonArray remotes;
    for (const Remote& r : topRemotes) {
        remotes.append(QJsonObject{{u"address"_s, r.address}, {u"port"_s, r.port}, {u"count"_s, r.count}});
    }
    o.insert(u"top_remotes"_s, remotes);
    return o;
}

// ---- link -------------------------------------------------------------------------------------

LinkEvidence LinkEvidence::fromJson(const QJsonObject& data, bool ran)
{
    LinkEvidence e;
    e.ran = ran && !data.isEmpty() && !data.contains(u"error"_s);
    e.interfaces = interfacesOf(data.value(u"interfaces"_s));
    e.workingLinks = strings(data.value(u"working_links"_s));
    e.notReadyLinks = strings(data.value(u"not_ready_links"_s));
    e.tunnelsUp = strings(data.value(u"tunnels_up"_s));
    e.targetLocal = data.value(u"target_local"_s).toBool();
    e.settleWaitMs = data.value(u"settle_wait_ms"_s).toInt();
    e.cancelled = data.value(u"cancelled"_s).toBool();
    return e;
}

// ---- ip ---------------------------------------------------------------------------------------

bool RouteLookup::rejects() const
{
    return status == u"no_route" || status == u"unreachable" || status == u"blackhole" || status == u"prohibited";
}

IpEvidence IpEvidence::fromJson(const QJsonObject& data, bool ran)
{
    IpEvidence e;
    e.ran = ran && !data.isEmpty() && !data.contains(u"error"_s);
    e.interfaces = interfacesOf(data.value(u"interfaces"_s));
    for (const auto& v : data.value(u"addresses"_s).toArray()) {
        const QJsonObject o = v.toObject();
        e.addresses << IpAddress{o.value(u"address"_s).toString(), o.value(u"interface"_s).toString(),
                                 o.value(u"prefix_length"_s).toInt(), o.value(u"origin"_s).toString(),
                                 o.value(u"usable"_s).toBool(), o.value(u"duplicate"_s).toBool()};
    }
    for (const auto& v : data.value(u"gateways"_s).toArray()) {
        const QJsonObject o = v.toObject();
        e.gateways << IpGateway{o.value(u"address"_s).toString(), o.value(u"interface"_s).toString()};
    }
    for (const auto& v : data.value(u"routes"_s).toArray()) {
        const QJsonObject o = v.toObject();
        e.routes << IpRoute{o.value(u"destination"_s).toString(), o.value(u"prefix_length"_s).toInt(-1),
                            o.value(u"type"_s).toString(),        o.value(u"gateway"_s).toString(),
                            o.value(u"interface"_s).toString(),   o.value(u"metric"_s).toInt(-1)};
    }
    e.routesKnown = data.value(u"routes_known"_s).toBool();
    e.dnsServers = strings(data.value(u"dns_servers"_s));
    if (data.value(u"route"_s).isObject()) {
        const QJsonObject r = data.value(u"route"_s).toObject();
        e.route = RouteLookup{r.value(u"destination"_s).toString(), r.value(u"status"_s).toString(),
                              r.value(u"interface"_s).toString(),   r.value(u"source"_s).toString(),
                              r.value(u"next_hop"_s).toString(),    r.value(u"on_link"_s).toBool(),
                              r.value(u"error"_s).toString(),       r.value(u"gateway"_s).toString()};
    }
    if (data.value(u"gateway_probe"_s).isObject()) {
        const QJsonObject g = data.value(u"gateway_probe"_s).toObject();
        e.gatewayProbe = GatewayProbe{g.value(u"gateway"_s).toString(),    g.value(u"interface"_s).toString(),
                                      g.value(u"method"_s).toString(),     g.value(u"answered"_s).toBool(),
                                      g.value(u"rtt_ms"_s).toDouble(-1),   g.value(u"tries"_s).toInt(),
                                      g.value(u"neighbour"_s).toString(), g.value(u"cancelled"_s).toBool()};
    }
    e.targetLocal = data.value(u"target_local"_s).toBool();
    e.proxiesKnown = data.contains(u"proxies"_s);
    for (const auto& v : data.value(u"proxies"_s).toArray()) {
        const QJsonObject o = v.toObject();
        e.proxies << ProxySetting{o.value(u"source"_s).toString(), o.value(u"value"_s).toString()};
    }
    return e;
}

bool IpEvidence::routeCovers(const QString& address) const
{
    const QHostAddress host(address.section(u'%', 0, 0));
    int bestLength = -1;
    QString bestType;
    for (const IpRoute& r : routes) {
        const QHostAddress net(r.destination);
        if (r.prefixLength < 0 || net.protocol() != host.protocol() || !host.isInSubnet(net, r.prefixLength)
            || r.prefixLength <= bestLength) {
            continue;
        }
        bestLength = r.prefixLength;
        bestType = r.type;
    }
    return bestLength >= 0 && (bestType == u"unicast" || bestType == u"local");
}

QStringList IpEvidence::ownAddresses() const
{
    QStringList out;
    for (const IpAddress& a : addresses) {
        out << a.address;
    }
    return out;
}

// ---- dns --------------------------------------------------------------------------------------

bool DnsServerAnswer::answered() const
{
    static const QStringList answers = {u"ok"_s,      u"nxdomain"_s, u"no_records"_s,  u"servfail"_s,
                                        u"refused"_s, u"formerr"_s,  u"bad_response"_s};
    return answers.contains(status);
}

DnsLookup DnsLookup::fromJson(const QJsonObject& data, bool ran)
{
    DnsLookup e;
    e.ran = ran;
    e.status = ran ? data.value(u"status"_s).toString() : QString();
    e.error = data.value(u"error"_s).toString();
    e.addresses = strings(data.value(u"addresses"_s));
    e.addressesFrom = data.value(u"addresses_from"_s).toString();
    for (const auto& v : data.value(u"servers"_s).toArray()) {
        const QJsonObject o = v.toObject();
        DnsServerAnswer s;
        s.server = o.value(u"server"_s).toString();
        s.port = o.value(u"port"_s).toInt(53);
        s.status = o.value(u"status"_s).toString();
        s.elapsedMs = o.value(u"elapsed_ms"_s).toDouble();
        for (const auto* key : {"aaaa", "a"}) {
            for (const auto& r : o.value(QLatin1String(key)).toObject().value(u"records"_s).toArray()) {
                s.addresses << r.toObject().value(u"address"_s).toString();
            }
        }
        s.raw = o;
        e.servers << s;
    }
    const QJsonObject config = data.value(u"config"_s).toObject();
    e.configSource = config.value(u"source"_s).toString();
    for (const auto& v : config.value(u"servers"_s).toArray()) {
        e.configuredServers << v.toObject().value(u"address"_s).toString();
    }
    const QJsonObject hosts = data.value(u"hosts_file"_s).toObject();
    e.hostsPath = hosts.value(u"path"_s).toString();
    for (const auto& v : hosts.value(u"entries"_s).toArray()) {
        const QJsonObject o = v.toObject();
        e.hostsEntries << HostsLine{o.value(u"line"_s).toInt(), o.value(u"address"_s).toString()};
    }
    e.suggestions = strings(data.value(u"suggestions"_s));
    e.sinkholed = strings(data.value(u"sinkholed"_s));
    e.hostsOverride = data.value(u"hosts_override"_s).toBool();
    e.ipv6Only = data.value(u"ipv6_only"_s).toBool();
    e.ipv6Route = data.value(u"ipv6_route"_s).toBool(true);
    const QJsonObject expected = data.value(u"expected"_s).toObject();
    e.expectedAddress = expected.value(u"address"_s).toString();
    e.expectedMatched = expected.isEmpty() || expected.value(u"matched"_s).toBool();
    e.cancelled = e.status == u"cancelled";
    return e;
}

QStringList DnsLookup::remoteServersAnswered() const
{
    QStringList out;
    for (const DnsServerAnswer& s : servers) {
        if (s.answered() && !isLoopback(s.server)) {
            out << s.server;
        }
    }
    return out;
}

const DnsServerAnswer* DnsLookup::server(const QString& address) const
{
    for (const DnsServerAnswer& s : servers) {
        if (s.server == address) {
            return &s;
        }
    }
    return nullptr;
}

// ---- firewall ---------------------------------------------------------------------------------

FirewallEvidence FirewallEvidence::fromJson(const QJsonObject& data, bool ran)
{
    FirewallEvidence e;
    e.ran = ran && !data.isEmpty();
    const QJsonObject conclusion = data.value(u"conclusion"_s).toObject();
    e.conclusion = conclusion.value(u"code"_s).toString();
    e.blockedBy = conclusion.value(u"address"_s).toString();
    e.onLink = data.value(u"trace"_s).toObject().value(u"on_link"_s).toBool();
    for (const auto& v : data.value(u"controls"_s).toArray()) {
        const QJsonObject o = v.toObject();
        e.controls << FirewallControl{o.value(u"address"_s).toString(), o.value(u"port"_s).toInt(),
                                      outcomeFromName(o.value(u"outcome"_s).toString()),
                                      o.value(u"kind"_s).toString() == u"reference"};
    }
    return e;
}

bool FirewallEvidence::targetAnswersOtherPorts() const
{
    return std::any_of(controls.begin(), controls.end(), [](const FirewallControl& c) {
        return !c.reference && (c.outcome == Outcome::Open || c.outcome == Outcome::Refused);
    });
}

} // namespace tcpd::core::evidence
