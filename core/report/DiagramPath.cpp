// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The path of a report (this computer → router → DNS server → proxy → network → server): which hops
// exist, what was seen at each, which one the verdict blames, and the picture of it. The wizard's
// PathDiagram, the HTML and the PDF all draw these, so the exported report and the screen agree.

#include "report/Diagram.h"
#include "report/DiagramDetail.h"
#include "report/Escape.h"
#include "report/ReportText.h"

#include "evidence/Evidence.h"
#include "evidence/ProxyEvidence.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
using namespace reporttext;
using namespace diagramdetail;
using Tone = Diagram::Tone;
using Anchor = Diagram::Anchor;

/// `text` in at most two lines of `maxChars`, broken at a space where there is one; what does not fit
/// ends in "…".
QStringList wrapped(const QString& raw, int maxChars)
{
    const QString text = escapeControls(raw);
    if (text.size() <= maxChars) {
        return {text};
    }
    const qsizetype space = text.lastIndexOf(u' ', maxChars);
    if (space <= 0) {
        return {elide(text, maxChars)};
    }
    QString rest = text.mid(space + 1);
    if (space <= 2 && !rest.isEmpty()) {
        // Only the mark before the space ("✔ Dieser..."): keep it with the first word.
        const qsizetype next = text.indexOf(u' ', space + 1);
        if (next > 0 && next <= maxChars) {
            return {text.left(next), elide(text.mid(next + 1), maxChars)};
        }
    }
    return {text.left(space), elide(rest, maxChars)};
}

/// An address for a tile: "host:port" loses the port before it loses letters of the host.
QString fitted(const QString& detail, int maxChars)
{
    if (detail.size() > maxChars) {
        static const QRegularExpression port(u"^(\\[[^\\]]+\\]|[^:]+):[0-9]{1,5}$"_s);
        const QRegularExpressionMatch m = port.match(detail);
        if (m.hasMatch()) {
            return elide(m.captured(1), maxChars);
        }
    }
    return elide(detail, maxChars);
}

/// Is `address` inside one of this computer's own subnets (the ip step's addresses)?
bool onLocalNetwork(const evidence::IpEvidence& ip, const QString& address)
{
    const QHostAddress host(address.section(u'%', 0, 0));
    return std::any_of(ip.addresses.begin(), ip.addresses.end(), [&host](const evidence::IpAddress& a) {
        const QHostAddress own(a.address.section(u'%', 0, 0));
        return a.prefixLength > 0 && own.protocol() == host.protocol() && !own.isLinkLocal()
            && host.isInSubnet(own, a.prefixLength);
    });
}

PathHop hop(const QString& id, const QString& label, const QString& detail, Tone tone)
{
    return PathHop{id, label, detail, tone, hopWord(tone), false};
}

/// The proxy's tile: what it did with the tunnel. A broken proxy is a warning when the verdict is about
/// something else (the direct way works, or the target itself refused), a failure when it is the verdict.
PathHop proxyHop(const evidence::TunnelTry& t, bool blamed)
{
    QString where = t.proxy.contains(u"://"_s) ? t.proxy.section(u"://"_s, 1) : t.proxy;
    if (where.endsWith(u'/')) {
        where.chop(1);
    }
    PathHop h = hop(u"proxy"_s, ReportText::tr("Proxy"), where, Tone::Pass);
    if (t.result == u"open" || t.result == u"target_failed") {
        return h; // it answered as a proxy: the target's part is on the hops after it
    }
    h.tone = blamed ? Tone::Fail : Tone::Warn;
    if (t.result == u"auth_required") {
        h.word = ReportText::tr("wants a sign-in");
    } else if (t.result == u"denied") {
        h.word = ReportText::tr("refuses");
    } else if (t.result == u"no_answer") {
        h.word = ReportText::tr("no answer");
    } else if (t.result == u"unreachable") {
        h.word = ReportText::tr("unreachable");
    } else if (t.result == u"name_not_found") {
        h.word = ReportText::tr("name not found");
    } else if (t.result == u"not_proxy") {
        h.word = ReportText::tr("not a proxy");
    } else {
        h.word = hopWord(Tone::Fail);
    }
    return h;
}

QList<PathHop> hopsFor(const QJsonObject& doc)
{
    const QJsonObject v = doc.value(u"verdict"_s).toObject();
    const QString layer = v.value(u"layer"_s).toString();
    const QString code = v.value(u"code"_s).toString();
    const QJsonObject target = doc.value(u"target"_s).toObject();
    const auto link = evidence::LinkEvidence::fromJson(stepData(doc, u"link"_s), stepLooked(doc, u"link"_s));
    const auto ip = evidence::IpEvidence::fromJson(stepData(doc, u"ip"_s), stepLooked(doc, u"ip"_s));
    const QString dnsStatus = step(doc, u"dns"_s).value(u"status"_s).toString(u"skipped"_s);
    const auto dns = evidence::DnsLookup::fromJson(stepData(doc, u"dns"_s), dnsStatus != u"skipped");
    const auto port = evidence::PortEvidence::fromJson(stepData(doc, u"port"_s));
    const auto firewall = evidence::FirewallEvidence::fromJson(stepData(doc, u"firewall"_s), stepLooked(doc, u"firewall"_s));
    const auto proxy = evidence::ProxyEvidence::fromJson(stepData(doc, u"proxy"_s), stepLooked(doc, u"proxy"_s));

    // Where the target is: this computer, the local network, or beyond a router.
    QStringList addresses;
    for (const evidence::PortAttempt& a : port.attempts) {
        addresses << a.address;
    }
    if (addresses.isEmpty()) {
        addresses = dns.addresses;
    }
    const QString host = target.value(u"host"_s).toString();
    if (addresses.isEmpty() && !QHostAddress(host).isNull()) {
        addresses << host;
    }
    const QStringList own = ip.ownAddresses();
    const bool local = link.targetLocal || ip.targetLocal
        || (!addresses.isEmpty() && std::all_of(addresses.begin(), addresses.end(), [&own](const QString& a) {
               return QHostAddress(a.section(u'%', 0, 0)).isLoopback() || own.contains(a.section(u'%', 0, 0));
           }));
    const bool onLink = !local
        && ((ip.route.has_value() && ip.route->onLink && !ip.route->rejects())
            || (!addresses.isEmpty() && std::all_of(addresses.begin(), addresses.end(), [&ip](const QString& a) {
                   return onLocalNetwork(ip, a);
               })));

    bool anyOpen = false;
    bool reachedServer = false; // the target itself answered (SYN-ACK, RST, or an ICMP message of its own)
    bool serverRejected = false; // its own firewall refuses: an ICMP reject of its own, or it answers other ports
    bool throughRouter = false; // something beyond the router answered
    for (const evidence::PortAttempt& a : port.attempts) {
        anyOpen = anyOpen || a.outcome == evidence::Outcome::Open;
        const bool icmpFromTarget = a.icmp.present && !a.localOrigin && a.icmp.from == a.address;
        const bool fromTarget = a.handshakeCompleted() || a.outcome == evidence::Outcome::Refused || icmpFromTarget;
        serverRejected = serverRejected || (icmpFromTarget && a.outcome == evidence::Outcome::Rejected);
        reachedServer = reachedServer || fromTarget;
        throughRouter = throughRouter || (a.answeredFromBeyond() && !onLocalNetwork(ip, fromTarget ? a.address : a.icmp.from));
    }
    if (firewall.targetAnswersOtherPorts()) {
        // The server answered on other ports: the way there works, the port is dropped at the server.
        reachedServer = true;
        serverRejected = serverRejected || firewall.conclusion.startsWith(u"server_firewall"_s);
        throughRouter = throughRouter || !onLink;
    }
    for (const QString& server : dns.remoteServersAnswered()) {
        throughRouter = throughRouter || !onLocalNetwork(ip, server);
    }
    // The proxy: its port took the connection (an answer from beyond the router when it is not on this
    // network), and an open tunnel means the server itself took the connection the proxy made for us.
    const bool viaProxy = proxy.proxyUsed();
    if (viaProxy && proxy.tunnel.connectMs >= 0 && !proxy.tunnel.address.isEmpty()) {
        throughRouter = throughRouter || !onLocalNetwork(ip, proxy.tunnel.address);
    }
    const bool proxyBlamed = code == u"proxy.unreachable" || code == u"proxy.auth_required" || code == u"proxy.denied";
    const bool tunnelOpen = viaProxy && proxy.tunnelOpen();
    // The server took the proxy's connection: whatever dropped ours directly, it is on the way, not there.
    // A sign-in page answers in the server's place (its "other ports" too): the way out is the problem.
    const bool onlyProxy = (code == u"proxy.required" && tunnelOpen) || code == u"net.captive_portal";
    if (proxy.portal.status > 0 && !proxy.portal.address.isEmpty()) {
        throughRouter = throughRouter || !onLocalNetwork(ip, proxy.portal.address);
    }

    QList<PathHop> hops;
    // This computer: its link and IP configuration.
    const Tone linkTone = toneOf(step(doc, u"link"_s).value(u"status"_s).toString(u"skipped"_s));
    const Tone ipTone = toneOf(step(doc, u"ip"_s).value(u"status"_s).toString(u"skipped"_s));
    Tone computerTone = linkTone == Tone::Fail || ipTone == Tone::Fail ? Tone::Fail
        : linkTone == Tone::Skip && ipTone == Tone::Skip               ? Tone::Skip
        : linkTone == Tone::Warn || ipTone == Tone::Warn               ? Tone::Warn
                                                                       : Tone::Pass;
    if (layer == u"local-firewall") {
        computerTone = Tone::Fail;
    }
    hops << hop(u"computer"_s, ReportText::tr("This computer"), sourceAddress(doc), computerTone);

    if (!local && !onLink) {
        // The router: drawn only when traffic has to pass one, and "works" only when something
        // answered from beyond it.
        const QStringList gateways = gatewayList(doc);
        PathHop router = hop(u"gateway"_s, ReportText::tr("Router"), gateways.value(0), Tone::Skip);
        if (ip.ran && gateways.isEmpty()) {
            router.detail = ReportText::tr("none configured");
            router.word = ReportText::tr("missing");
        } else if (throughRouter || (ip.gatewayProbe.has_value() && ip.gatewayProbe->answered)) {
            router.tone = Tone::Pass;
            router.word = hopWord(Tone::Pass);
        } else if (ip.gatewayProbe.has_value() && !ip.gatewayProbe->cancelled) {
            router.tone = Tone::Warn;
            router.word = ReportText::tr("no answer");
        }
        hops << router;
    }

    if (dnsStatus != u"skipped" || QHostAddress(host).isNull()) {
        // The DNS server: "works" only when one answered; a name from the hosts file did not need it.
        PathHop server = hop(u"dns"_s, ReportText::tr("DNS server"), dnsServerList(doc).value(0), Tone::Skip);
        const bool anyAnswered = std::any_of(dns.servers.begin(), dns.servers.end(),
                                             [](const evidence::DnsServerAnswer& a) { return a.answered(); });
        if (layer == u"dns") {
            server.tone = Tone::Fail;
            server.word = hopWord(Tone::Fail);
        } else if (anyAnswered || (dns.servers.isEmpty() && dns.addressesFrom == u"system_resolver")) {
            server.tone = Tone::Pass;
            server.word = hopWord(Tone::Pass);
        } else if (!dns.servers.isEmpty()) {
            server.tone = Tone::Warn;
            server.word = ReportText::tr("no answer");
        }
        hops << server;
    }

    if (!local && viaProxy) {
        // The proxy the programs on this computer go out through (the system's setting or --proxy),
        // between this computer's network and the rest of the way.
        hops << proxyHop(proxy.tunnel, proxyBlamed);
    }

    if (!local) {
        PathHop network = hop(u"network"_s, onLink ? ReportText::tr("Local network") : ReportText::tr("Network"), {},
                              Tone::Skip);
        const QString portStatus = step(doc, u"port"_s).value(u"status"_s).toString(u"skipped"_s);
        // Attempts this computer ended itself (no local port, no route) sent nothing: the network was not tried.
        const bool nothingSent = std::all_of(port.attempts.begin(), port.attempts.end(), [](const evidence::PortAttempt& a) {
            return a.localOrigin && !a.icmp.present;
        });
        if (reachedServer || tunnelOpen) {
            network.tone = code == u"ok.partial" ? Tone::Warn : Tone::Pass;
        } else if (!port.attempts.isEmpty() && portStatus != u"skipped" && portStatus != u"error"
                   && layer != u"local-firewall" && !nothingSent) {
            network.tone = Tone::Fail;
        }
        network.word = hopWord(network.tone);
        if (code == u"proxy.required" && tunnelOpen) {
            // The way through the proxy works; the direct way out is closed.
            network.tone = Tone::Warn;
            network.word = ReportText::tr("only through the proxy");
        } else if (code == u"net.captive_portal") {
            network.tone = Tone::Fail;
            network.detail = proxy.portal.portalHost;
            network.word = ReportText::tr("sign-in page");
        }
        hops << network;
    }

    PathHop server = hop(u"server"_s, target.value(u"display_host"_s).toString(host), {}, Tone::Skip);
    if (!port.attempts.isEmpty()) {
        server.detail = port.attempts.first().address;
        if (server.detail == server.label) {
            server.detail = ReportText::tr("port %1").arg(target.value(u"port"_s).toInt());
        }
    }
    if (reachedServer) {
        server.tone = anyOpen ? Tone::Pass : Tone::Fail;
    }
    if (tunnelOpen) {
        server.tone = Tone::Pass; // it took the proxy's connection
    } else if (code == u"net.captive_portal") {
        server.tone = Tone::Skip; // what answered may have been the sign-in page
    }
    server.word = hopWord(server.tone);
    hops << server;

    // The hop the verdict blames. After a completed handshake (tls.*, service.*) it is the service on
    // the server: its tile must not say "works" next to "the problem is here".
    const bool afterHandshake = code.startsWith(u"tls."_s) || code.startsWith(u"service."_s);
    // Large packets lost on the way (path.*): the network between, though the handshake worked.
    const bool pathProblem = code.startsWith(u"path."_s);
    for (PathHop& h : hops) {
        const bool blamed = (afterHandshake && h.id == u"server")
            || ((layer == u"link" || layer == u"local-firewall") && h.id == u"computer")
            || (layer == u"ip" && h.id == (code == u"ip.gateway_unreachable" ? u"gateway"_s : u"computer"_s))
            || (layer == u"dns" && h.id == u"dns") || (layer == u"server" && h.id == u"server")
            || (proxyBlamed && h.id == u"proxy")
            || (layer == u"network" && serverRejected && !onlyProxy && !proxyBlamed && h.id == u"server") // its own firewall said no
            || (layer == u"network" && !afterHandshake && (!serverRejected || onlyProxy) && !proxyBlamed
                && h.id == u"network" && (!anyOpen || code == u"ok.partial" || pathProblem));
        if (blamed) {
            h.blamed = true;
            if (layer == u"ip" || layer == u"link" || afterHandshake || pathProblem) {
                h.tone = Tone::Fail;
                h.word = hopWord(Tone::Fail);
            }
        }
    }
    return hops;
}
} // namespace

QString hopWord(Diagram::Tone tone)
{
    switch (tone) {
    case Tone::Pass: return ReportText::tr("works");
    case Tone::Warn: return ReportText::tr("partly works");
    case Tone::Fail: return ReportText::tr("problem");
    default: return ReportText::tr("not checked");
    }
}

QString hopMark(Diagram::Tone tone)
{
    switch (tone) {
    case Tone::Pass: return u"✔"_s;
    case Tone::Warn: return u"⚠"_s;
    case Tone::Fail: return u"✘"_s;
    default: return u"?"_s;
    }
}

QList<PathHop> pathHops(const QJsonObject& report)
{
    QList<PathHop> hops = hopsFor(report);
    for (PathHop& h : hops) {
        h.label = escapeControls(h.label);
        h.detail = escapeControls(h.detail);
    }
    return hops;
}

Diagram pathDiagram(const QJsonObject& doc)
{
    Diagram d;
    d.id = u"path"_s;
    d.title = ReportText::tr("Where the connection goes, and where it fails");
    d.width = kWidth;
    const QList<PathHop> hops = hopsFor(doc);
    const double gap = 30;
    const double n = static_cast<double>(qMax<qsizetype>(1, hops.size()));
    const double w = qMin(180.0, (kWidth - 4 - gap * (n - 1)) / n);
    const double left = (kWidth - (w * n + gap * (n - 1))) / 2;
    const double top = 24;
    // Long names and words ("Dieser Computer" in a row of six) wrap onto a second line rather than
    // lose letters; the rows stay aligned across the hops.
    const int labelChars = qMax(4, qRound(w / 8.5));
    const int wordChars = qMax(4, qRound(w / 7));
    QList<QStringList> names;
    QList<QStringList> words;
    qsizetype nameLines = 1;
    qsizetype wordLines = 1;
    for (const PathHop& hop : hops) {
        names << wrapped(hopMark(hop.tone) + u' ' + hop.label, labelChars);
        words << wrapped(hop.word, wordChars);
        nameLines = qMax(nameLines, names.last().size());
        wordLines = qMax(wordLines, words.last().size());
    }
    const double detailY = top + 22 + 16 * static_cast<double>(nameLines - 1) + 22;
    const double wordY = detailY + 22;
    const double h = wordY + 15 * static_cast<double>(wordLines - 1) + 18 - top;
    d.height = top + h + 42;
    QStringList alt;
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const PathHop& hop = hops.at(i);
        const double x = left + static_cast<double>(i) * (w + gap);
        d.boxes << Diagram::Box{QRectF(x, top, w, h), hop.tone, hop.blamed};
        const double cx = x + w / 2;
        for (qsizetype line = 0; line < names.at(i).size(); ++line) {
            d.labels << Diagram::Label{{cx, top + 22 + 16 * static_cast<double>(line)}, names.at(i).at(line), Tone::Text,
                                       Anchor::Middle, 13, true};
        }
        d.labels << Diagram::Label{{cx, detailY}, fitted(hop.detail, qRound(w / 7)), Tone::Muted, Anchor::Middle, 12, false};
        for (qsizetype line = 0; line < words.at(i).size(); ++line) {
            d.labels << Diagram::Label{{cx, wordY + 15 * static_cast<double>(line)}, words.at(i).at(line), hop.tone,
                                       Anchor::Middle, 12, hop.tone == Tone::Fail};
        }
        if (hop.blamed) {
            // Under the hop, kept inside the picture at both ends.
            const bool first = i == 0;
            const bool last = i + 1 == hops.size();
            d.labels << Diagram::Label{{first      ? x
                                            : last ? x + w
                                                   : cx,
                                        top + h + 24},
                                       u"▲ "_s + ReportText::tr("the problem is here"),
                                       Tone::Fail,
                                       first      ? Anchor::Start
                                           : last ? Anchor::End
                                                  : Anchor::Middle,
                                       12,
                                       true};
        }
        if (i + 1 < hops.size()) {
            d.lines << Diagram::Line{{x + w + 3, top + h / 2}, {x + w + gap - 3, top + h / 2}, Tone::Line, false, true};
        }
        alt << (hop.detail.isEmpty() ? ReportText::tr("%1: %2").arg(hop.label, hop.word)
                                     : ReportText::tr("%1 (%2): %3").arg(hop.label, hop.detail, hop.word))
                + (hop.blamed ? u" — "_s + ReportText::tr("the problem is here") : QString());
    }
    d.description = alt.join(u'\n');
    return finished(d);
}
} // namespace tcpd::core
