// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Each step's evidence in sentences, lists and small tables. Everything is read through the typed
// evidence (core/evidence); the firewall step's local rules and path trace, which have no typed
// form, are read here from their contract keys. Texts are plain: the writers escape them.

#include "report/ReportEvidence.h"

#include "evidence/Evidence.h"
#include "evidence/ProxyEvidence.h"
#include "evidence/ServiceEvidence.h"
#include "report/ReportText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tcpd::core::reporttext {

namespace {
using namespace evidence;

// Long lists (a container host has dozens of routes) are cut here; the appendix has them all.
constexpr int kMaxListItems = 12;
} // namespace

EvidenceBlock evidenceSentence(const QString& text)
{
    EvidenceBlock b;
    b.lines = QStringList{text};
    return b;
}

EvidenceBlock evidenceList(const QString& id, const QString& caption, QStringList items)
{
    EvidenceBlock b;
    b.kind = EvidenceBlock::Kind::List;
    b.id = id;
    b.caption = caption;
    if (items.size() > kMaxListItems + 1) {
        const qsizetype more = items.size() - kMaxListItems;
        items = items.mid(0, kMaxListItems);
        items << ReportText::tr("… and %n more (all of them are in the raw data at the end)", nullptr, int(more));
    }
    b.lines = items;
    return b;
}

namespace {
using namespace evidence;

EvidenceBlock sentence(const QString& text)
{
    return evidenceSentence(text);
}

EvidenceBlock list(const QString& id, const QString& caption, const QStringList& items)
{
    return evidenceList(id, caption, items);
}

QString joined(const QStringList& items)
{
    return items.join(u", "_s);
}

QString withPrefix(const QString& address, int prefixLength)
{
    return prefixLength >= 0 && !address.contains(u'/') ? address + u'/' + QString::number(prefixLength) : address;
}

QString kindWord(const LinkInterface& i)
{
    const QString& k = i.kind;
    QString word = k == u"wired"   ? ReportText::tr("wired")
        : k == u"wifi"             ? ReportText::tr("Wi-Fi")
        : k == u"cellular"         ? ReportText::tr("mobile")
        : k == u"tunnel"           ? ReportText::tr("tunnel (VPN)")
        : k == u"virtual"          ? ReportText::tr("virtual")
        : k == u"loopback"         ? ReportText::tr("loopback")
                                   : k;
    if (!i.ssid.isEmpty()) {
        word += u" ("_s + i.ssid + u')';
    }
    return word;
}

QString stateWord(const LinkInterface& i)
{
    if (i.link) {
        return i.speedMbps > 0 ? ReportText::tr("connected, %1 Mbit/s").arg(i.speedMbps) : ReportText::tr("connected");
    }
    if (i.adminUp.has_value() && !*i.adminUp) {
        return ReportText::tr("switched off");
    }
    if (i.carrier.has_value() && !*i.carrier) {
        return ReportText::tr("no cable or signal");
    }
    return ReportText::tr("not connected");
}

QString originWord(const QString& origin)
{
    if (origin == u"manual")
        return ReportText::tr("set by hand");
    if (origin == u"dhcp")
        return ReportText::tr("from DHCP");
    if (origin == u"router_advertisement")
        return ReportText::tr("from the router");
    if (origin == u"automatic")
        return ReportText::tr("automatic");
    if (origin == u"link_local")
        return ReportText::tr("link-local");
    if (origin == u"loopback")
        return ReportText::tr("loopback");
    return {};
}

// Name, type, state, MTU, addresses, MAC: one row per interface, the addresses from the ip step.
EvidenceBlock interfacesTable(const QList<LinkInterface>& interfaces, const QList<IpAddress>& addresses)
{
    EvidenceBlock b;
    b.kind = EvidenceBlock::Kind::Table;
    b.id = u"interfaces"_s;
    b.caption = ReportText::tr("Network interfaces");
    b.header = QStringList{ReportText::tr("Interface"), ReportText::tr("Type"), ReportText::tr("State"),
                           ReportText::tr("MTU"),       ReportText::tr("Addresses"), ReportText::tr("MAC address")};
    b.keepWhole = QList<bool>{true, false, false, true, true, true};
    for (const LinkInterface& i : interfaces) {
        QStringList own;
        for (const IpAddress& a : addresses) {
            if (a.interface == i.name) {
                own << withPrefix(a.address, a.prefixLength > 0 ? a.prefixLength : -1);
            }
        }
        b.rows << QStringList{i.name,
                              kindWord(i),
                              stateWord(i),
                              i.mtu > 0 ? QString::number(i.mtu) : QString(),
                              own.join(u'\n'),
                              i.mac};
    }
    return b;
}

QList<EvidenceBlock> linkEvidence(const QJsonObject& doc)
{
    QList<EvidenceBlock> out;
    const LinkEvidence link = LinkEvidence::fromJson(stepData(doc, u"link"_s), stepLooked(doc, u"link"_s));
    if (!link.ran) {
        return out;
    }
    const IpEvidence ip = IpEvidence::fromJson(stepData(doc, u"ip"_s), stepLooked(doc, u"ip"_s));
    if (!link.interfaces.isEmpty()) {
        out << interfacesTable(link.interfaces, ip.addresses);
    }
    out << sentence(link.workingLinks.isEmpty()
                        ? ReportText::tr("No interface has a working link.")
                        : ReportText::tr("Working links: %1.").arg(joined(link.workingLinks)));
    if (!link.notReadyLinks.isEmpty()) {
        out << sentence(ReportText::tr("Connected, but not ready yet: %1.").arg(joined(link.notReadyLinks)));
    }
    if (!link.tunnelsUp.isEmpty()) {
        out << sentence(ReportText::tr("VPN tunnels up: %1.").arg(joined(link.tunnelsUp)));
    }
    if (link.settleWaitMs > 0) {
        out << sentence(ReportText::tr("Waited %1 for a link that was still coming up.").arg(formatMs(link.settleWaitMs)));
    }
    return out;
}

QString routeSentence(const RouteLookup& r)
{
    const QString to = r.destination;
    if (r.status == u"local") {
        return ReportText::tr("%1 is this computer itself.").arg(to);
    }
    if (r.status == u"no_route") {
        return ReportText::tr("This computer has no route to %1.").arg(to);
    }
    if (r.rejects()) {
        return ReportText::tr("The routing table rejects %1 (%2).").arg(to, r.status);
    }
    if (r.status == u"error") {
        return ReportText::tr("The route to %1 could not be read: %2").arg(to, r.error);
    }
    const QString from = r.source.isEmpty() ? QString() : ReportText::tr(", from %1").arg(r.source);
    if (r.onLink || r.gateway.isEmpty()) {
        return ReportText::tr("%1 is on the local network: packets go straight out of %2%3.").arg(to, r.interface, from);
    }
    return ReportText::tr("Packets to %1 go through the router %2 on %3%4.").arg(to, r.gateway, r.interface, from);
}

QList<EvidenceBlock> ipEvidence(const QJsonObject& doc)
{
    QList<EvidenceBlock> out;
    const IpEvidence ip = IpEvidence::fromJson(stepData(doc, u"ip"_s), stepLooked(doc, u"ip"_s));
    if (!ip.ran) {
        return out;
    }
    const LinkEvidence link = LinkEvidence::fromJson(stepData(doc, u"link"_s), stepLooked(doc, u"link"_s));
    if ((!link.ran || link.interfaces.isEmpty()) && !ip.interfaces.isEmpty()) {
        out << interfacesTable(ip.interfaces, ip.addresses); // the link step did not show it
    }
    if (ip.route.has_value()) {
        out << sentence(routeSentence(*ip.route));
    }
    if (ip.gatewayProbe.has_value()) {
        const GatewayProbe& g = *ip.gatewayProbe;
        const QString how = g.method == u"tcp" ? ReportText::tr("TCP") : ReportText::tr("ping");
        QString text = g.cancelled  ? ReportText::tr("The check of the router %1 was stopped.").arg(g.gateway)
            : g.answered            ? ReportText::tr("The router %1 answered (%2) in %3.").arg(g.gateway, how, formatMs(g.rttMs))
                                    : ReportText::tr("The router %1 did not answer (%2, %n tries).", nullptr, g.tries)
                                          .arg(g.gateway, how);
        if (!g.neighbour.isEmpty()) {
            text += u' ' + ReportText::tr("Neighbour table: %1.").arg(g.neighbour);
        }
        out << sentence(text);
    }
    QStringList addresses;
    for (const IpAddress& a : ip.addresses) {
        QStringList notes;
        if (const QString origin = originWord(a.origin); !origin.isEmpty()) {
            notes << origin;
        }
        if (a.duplicate) {
            notes << ReportText::tr("another device uses it too");
        }
        const QString text = withPrefix(a.address, a.prefixLength > 0 ? a.prefixLength : -1);
        const QString on = a.interface.isEmpty() ? text : ReportText::tr("%1 on %2").arg(text, a.interface);
        addresses << (notes.isEmpty() ? on : on + u" ("_s + joined(notes) + u')');
    }
    // The interfaces table (under the link step, or here) lists them already; its findings say how they were set.
    if (!addresses.isEmpty() && ip.interfaces.isEmpty() && (!link.ran || link.interfaces.isEmpty())) {
        out << list(u"addresses"_s, ReportText::tr("Addresses"), addresses);
    }
    const QStringList gateways = gatewayList(doc, true);
    out << (gateways.isEmpty() ? sentence(ReportText::tr("No default gateway is set."))
                               : list(u"gateways"_s, ReportText::tr("Default gateway"), gateways));
    QStringList routes;
    for (const IpRoute& r : ip.routes) {
        QString text = withPrefix(r.destination, r.prefixLength);
        if (!r.gateway.isEmpty()) {
            text += u' ' + ReportText::tr("via %1").arg(r.gateway);
        }
        if (!r.interface.isEmpty()) {
            text += u' ' + ReportText::tr("on %1").arg(r.interface);
        }
        QStringList notes;
        if (!r.type.isEmpty() && r.type != u"unicast") {
            notes << r.type;
        }
        if (r.metric >= 0) {
            notes << ReportText::tr("metric %1").arg(r.metric);
        }
        routes << (notes.isEmpty() ? text : text + u" ("_s + joined(notes) + u')');
    }
    if (!routes.isEmpty()) {
        out << list(u"routes"_s, ReportText::tr("Routes"), routes);
    }
    if (!ip.dnsServers.isEmpty()) {
        out << list(u"dns-servers"_s, ReportText::tr("DNS servers"), ip.dnsServers);
    }
    if (ip.proxiesKnown) {
        QStringList proxies;
        for (const ProxySetting& p : ip.proxies) {
            if (!p.value.isEmpty()) {
                proxies << ReportText::tr("%1 (%2)").arg(p.value, p.source);
            }
        }
        out << (proxies.isEmpty() ? sentence(ReportText::tr("No proxy is set in the environment."))
                                  : list(u"proxies"_s, ReportText::tr("Proxy settings"), proxies));
    }
    return out;
}

QString dnsStatusWord(const QString& status)
{
    if (status == u"ok" || status == u"noerror")
        return ReportText::tr("answered");
    if (status == u"nxdomain")
        return ReportText::tr("no such name");
    if (status == u"no_records" || status == u"no_data")
        return ReportText::tr("the name has no addresses");
    if (status == u"timeout")
        return ReportText::tr("no answer in time");
    if (status == u"servfail")
        return ReportText::tr("server failure");
    if (status == u"refused" || status == u"connection_refused")
        return ReportText::tr("refused");
    return status;
}

QList<EvidenceBlock> dnsEvidence(const QJsonObject& doc)
{
    QList<EvidenceBlock> out;
    const DnsLookup dns = DnsLookup::fromJson(stepData(doc, u"dns"_s), stepLooked(doc, u"dns"_s));
    if (!dns.ran) {
        return out;
    }
    const QString from = dns.addressesFrom == u"hosts_file"      ? ReportText::tr("from the hosts file")
        : dns.addressesFrom == u"system_resolver"                  ? ReportText::tr("from the system's resolver")
        : dns.addressesFrom == u"dns_servers"                      ? ReportText::tr("from the DNS servers")
                                                                   : QString();
    if (!dns.addresses.isEmpty()) {
        out << list(u"dns-addresses"_s,
                    from.isEmpty() ? ReportText::tr("Addresses found") : ReportText::tr("Addresses found (%1)").arg(from),
                    dns.addresses);
    } else {
        out << sentence(ReportText::tr("No address was found: %1.").arg(dnsStatusWord(dns.status))
                        + (dns.error.isEmpty() ? QString() : u' ' + dns.error));
    }
    if (!dns.servers.isEmpty()) {
        EvidenceBlock t;
        t.kind = EvidenceBlock::Kind::Table;
        t.id = u"dns-servers-asked"_s;
        t.caption = ReportText::tr("DNS servers asked");
        t.header = QStringList{ReportText::tr("Server"), ReportText::tr("Answer"), ReportText::tr("Time"),
                               ReportText::tr("Addresses")};
        t.keepWhole = QList<bool>{true, false, true, true};
        for (const DnsServerAnswer& s : dns.servers) {
            t.rows << QStringList{s.port == 53 ? s.server : u"%1 port %2"_s.arg(s.server).arg(s.port),
                                  dnsStatusWord(s.status), formatMs(s.elapsedMs), s.addresses.join(u'\n')};
        }
        out << t;
    }
    if (!dns.configuredServers.isEmpty()) {
        out << sentence(dns.configSource.isEmpty()
                            ? ReportText::tr("Configured DNS servers: %1.").arg(joined(dns.configuredServers))
                            : ReportText::tr("Configured DNS servers (%1): %2.")
                                  .arg(dns.configSource, joined(dns.configuredServers)));
    }
    for (const HostsLine& h : dns.hostsEntries) {
        out << sentence(ReportText::tr("The hosts file %1 says %2 (line %3).").arg(dns.hostsPath, h.address).arg(h.line));
    }
    if (!dns.sinkholed.isEmpty()) {
        out << sentence(ReportText::tr("Answers that block the name (a filter): %1.").arg(joined(dns.sinkholed)));
    }
    if (!dns.expectedAddress.isEmpty()) {
        out << sentence(dns.expectedMatched
                            ? ReportText::tr("The expected address %1 is among the answers.").arg(dns.expectedAddress)
                            : ReportText::tr("The expected address %1 is not among the answers.").arg(dns.expectedAddress));
    }
    if (!dns.suggestions.isEmpty()) {
        out << sentence(ReportText::tr("Did you mean: %1?").arg(joined(dns.suggestions)));
    }
    return out;
}

} // namespace

QList<EvidenceBlock> stepEvidence(const QJsonObject& doc, const QString& stepId)
{
    if (stepId == u"link")
        return linkEvidence(doc);
    if (stepId == u"ip")
        return ipEvidence(doc);
    if (stepId == u"dns")
        return dnsEvidence(doc);
    if (stepId == u"proxy")
        return proxyEvidence(doc);
    if (stepId == u"firewall")
        return firewallEvidence(doc);
    if (stepId == u"port")
        return portEvidence(doc);
    if (stepId == u"service")
        return serviceEvidence(doc);
    return {};
}

// ---- the appendix's JSON -----------------------------------------------------------------------

namespace {
QString flatJson(const QJsonValue& v)
{
    if (v.isObject()) {
        QStringList members;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            members << flatJson(it.key()) + u": "_s + flatJson(it.value());
        }
        return u'{' + members.join(u", "_s) + u'}';
    }
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& e : v.toArray()) {
            items << flatJson(e);
        }
        return u'[' + items.join(u", "_s) + u']';
    }
    // A scalar as JSON writes it (strings quoted and escaped): the one element of a compact array.
    const QByteArray one = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(one.mid(1, one.size() - 2));
}

// The first line follows whatever precedes it; inner lines are indented by indent + 2, the closing
// bracket by indent. Members that fit share a line.
QString denseJson(const QJsonValue& v, int indent, int width)
{
    const QString flat = flatJson(v);
    if ((!v.isObject() && !v.isArray()) || indent + flat.size() <= width) {
        return flat;
    }
    const bool object = v.isObject();
    QList<QPair<QString, QJsonValue>> members;
    if (object) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            members.append({flatJson(it.key()) + u": "_s, it.value()});
        }
    } else {
        for (const QJsonValue& e : v.toArray()) {
            members.append({QString(), e});
        }
    }
    const int inner = indent + 2;
    QStringList lines;
    QString line;
    for (const auto& [prefix, value] : members) {
        const QString piece = prefix + flatJson(value);
        if (inner + piece.size() + 1 <= width) {
            if (!line.isEmpty() && inner + line.size() + 2 + piece.size() + 1 > width) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : u", "_s) + piece;
            continue;
        }
        if (!line.isEmpty()) {
            lines << line;
            line.clear();
        }
        lines << prefix + denseJson(value, inner, width);
    }
    if (!line.isEmpty()) {
        lines << line;
    }
    const QString pad(inner, u' ');
    return (object ? u"{\n"_s : u"[\n"_s) + pad + lines.join(u",\n"_s + pad) + u'\n' + QString(indent, u' ')
        + (object ? u'}' : u']');
}
} // namespace

QString reportJsonText(const QJsonObject& doc, int width)
{
    return denseJson(doc, 0, width) + u'\n';
}

} // namespace tcpd::core::reporttext
