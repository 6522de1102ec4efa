// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The readable evidence of the proxy, firewall, port and service steps (ReportEvidence.h).

#include "report/ReportEvidence.h"

#include "evidence/Evidence.h"
#include "evidence/ProxyEvidence.h"
#include "evidence/ServiceEvidence.h"
#include "report/ReportText.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tcpd::core::reporttext {

namespace {
using namespace evidence;

QString quoted(const QString& text)
{
    return ReportText::tr("“%1”").arg(text);
}

QString tunnelWord(const QString& result)
{
    if (result == u"open")
        return ReportText::tr("the proxy opened the way to the target");
    if (result == u"auth_required")
        return ReportText::tr("the proxy asks for a sign-in");
    if (result == u"denied")
        return ReportText::tr("the proxy refused");
    if (result == u"closed")
        return ReportText::tr("the proxy closed the connection");
    if (result == u"target_failed")
        return ReportText::tr("the proxy could not reach the target");
    if (result == u"no_answer")
        return ReportText::tr("the proxy did not answer");
    if (result == u"unreachable")
        return ReportText::tr("the proxy's port did not take the connection");
    if (result == u"name_not_found")
        return ReportText::tr("the proxy's name was not found");
    if (result == u"not_proxy")
        return ReportText::tr("it answered, but not as a proxy");
    if (result == u"not_supported")
        return ReportText::tr("this kind of proxy cannot be tested");
    return ReportText::tr("it failed");
}

QString portalWord(const PortalCheck& p)
{
    if (p.result == u"free")
        return ReportText::tr("the expected answer: no sign-in page");
    if (p.result == u"portal")
        return p.portalHost.isEmpty() ? ReportText::tr("a sign-in page answered instead")
                                      : ReportText::tr("a sign-in page answered instead, from %1").arg(p.portalHost);
    if (p.result == u"unexpected")
        return ReportText::tr("an unexpected answer (%1), which proves nothing either way").arg(p.statusLine);
    if (p.result == u"no_answer")
        return p.error.isEmpty() ? ReportText::tr("no answer") : ReportText::tr("no answer (%1)").arg(p.error);
    return p.error.isEmpty() ? ReportText::tr("it failed") : ReportText::tr("it failed: %1").arg(p.error);
}
} // namespace

QList<EvidenceBlock> proxyEvidence(const QJsonObject& doc)
{
    QList<EvidenceBlock> out;
    const ProxyEvidence p = ProxyEvidence::fromJson(stepData(doc, u"proxy"_s), stepLooked(doc, u"proxy"_s));
    if (!p.ran) {
        return out;
    }
    const ProxySettingsSeen& s = p.settings;
    QString settings;
    if (p.ignored) {
        settings = ReportText::tr("The system's proxy settings were left out on request.");
    } else if (p.given) {
        settings = ReportText::tr("The proxy to test was given: %1.").arg(s.proxies.join(u", "_s));
    } else if (s.source == u"none" || s.proxies.isEmpty()
               || (s.proxies.size() == 1 && s.proxies.first() == u"direct://")) {
        settings = ReportText::tr("No proxy is configured: programs connect directly.");
    } else {
        const QString where = s.detail.isEmpty() ? s.source : ReportText::tr("%1, %2").arg(s.source, s.detail);
        settings = ReportText::tr("Proxy settings (%1): %2.").arg(where, s.proxies.join(u", "_s));
    }
    if (s.credentials) {
        settings += u' ' + ReportText::tr("The setting carries a sign-in (not shown).");
    }
    if (!s.error.isEmpty()) {
        settings += u' ' + ReportText::tr("They could not be read completely: %1.").arg(s.error);
    } else if (s.timedOut) {
        settings += u' ' + ReportText::tr("Reading them took too long.");
    }
    out << evidenceSentence(settings);

    const TunnelTry& t = p.tunnel;
    if (!t.result.isEmpty()) {
        QString text = ReportText::tr("Through %1: %2").arg(t.proxy, tunnelWord(t.result));
        if (!t.statusLine.isEmpty()) {
            text += u' ' + ReportText::tr("(it said %1)").arg(quoted(t.statusLine));
        }
        text += u' ' + ReportText::tr("after %1.").arg(formatMs(double(t.elapsedMs)));
        if (!t.connectError.isEmpty()) {
            text += u' ' + t.connectError;
        }
        if (!t.proxyAgent.isEmpty() || !t.server.isEmpty()) {
            text += u' ' + ReportText::tr("It calls itself %1.").arg(quoted(t.proxyAgent.isEmpty() ? t.server : t.proxyAgent));
        }
        out << evidenceSentence(text);
    }

    const PortalCheck& portal = p.portal;
    if (!portal.result.isEmpty() && portal.result != u"skipped") {
        QString text = ReportText::tr("Sign-in page check at %1: %2.").arg(portal.url, portalWord(portal));
        if (!portal.title.isEmpty()) {
            text += u' ' + ReportText::tr("Page title: %1.").arg(quoted(portal.title));
        }
        if (!portal.systemState.isEmpty()) {
            text += u' ' + ReportText::tr("NetworkManager says: %1.").arg(portal.systemState);
        } else if (!portal.systemError.isEmpty()) {
            text += u' ' + ReportText::tr("NetworkManager could not be asked (%1).").arg(portal.systemError);
        }
        out << evidenceSentence(text);
    }
    return out;
}

QList<EvidenceBlock> firewallEvidence(const QJsonObject& doc)
{
    QList<EvidenceBlock> out;
    const FirewallEvidence fw = FirewallEvidence::fromJson(stepData(doc, u"firewall"_s), stepLooked(doc, u"firewall"_s));
    if (!fw.ran) {
        return out;
    }
    // The local firewalls and the path trace have no typed form (nothing but the report reads them):
    // their contract keys, read defensively.
    const QJsonObject data = stepData(doc, u"firewall"_s);
    const QJsonObject local = data.value(u"local"_s).toObject();
    const QJsonArray sources = local.value(u"sources"_s).toArray();
    if (!sources.isEmpty()) {
        EvidenceBlock t;
        t.kind = EvidenceBlock::Kind::Table;
        t.id = u"local-firewalls"_s;
        t.caption = ReportText::tr("Firewalls on this computer");
        t.header = QStringList{ReportText::tr("Firewall"), ReportText::tr("State"), ReportText::tr("Read"),
                               ReportText::tr("To look yourself")};
        t.keepWhole = QList<bool>{true, false, false, false};
        for (const QJsonValue& v : sources) {
            const QJsonObject o = v.toObject();
            const QString status = o.value(u"status"_s).toString();
            const QString read = status == u"ok"  ? ReportText::tr("yes")
                : status == u"not_installed"      ? ReportText::tr("not installed")
                : status == u"needs_admin"        ? ReportText::tr("needs administrator rights")
                : status == u"not_supported"      ? ReportText::tr("not on this system")
                                                  : status;
            QString detail = o.value(u"detail"_s).toString();
            t.rows << QStringList{o.value(u"id"_s).toString(), o.value(u"state"_s).toString(),
                                  detail.isEmpty() ? read : read + u'\n' + detail,
                                  o.value(u"admin_hint"_s).toString()};
        }
        out << t;
    }
    const QString verdict = local.value(u"verdict"_s).toString();
    if (!verdict.isEmpty()) {
        const QString word = verdict == u"allow" ? ReportText::tr("let the connection through")
            : verdict == u"block"                ? ReportText::tr("block the connection")
            : verdict == u"maybe_block"          ? ReportText::tr("may block the connection")
                                                 : ReportText::tr("could not be judged");
        out << evidenceSentence(ReportText::tr("The rules on this computer (%n read) %1.", nullptr,
                                               local.value(u"rules_seen"_s).toInt())
                                    .arg(word));
    }
    QStringList rules;
    for (const QJsonValue& v : local.value(u"rules"_s).toArray()) {
        const QJsonObject r = v.toObject();
        rules << ReportText::tr("%1 %2 %3: %4")
                     .arg(r.value(u"source"_s).toString(), r.value(u"table"_s).toString(),
                          r.value(u"chain"_s).toString(), r.value(u"rule"_s).toString());
    }
    if (!rules.isEmpty()) {
        out << evidenceList(u"firewall-rules"_s, ReportText::tr("Rules that match"), rules);
    }
    const QJsonObject trace = data.value(u"trace"_s).toObject();
    if (trace.value(u"ran"_s).toBool()) {
        QStringList hops;
        for (const QJsonValue& v : trace.value(u"hops"_s).toArray()) {
            const QJsonObject hop = v.toObject();
            const QString address = hop.value(u"address"_s).toString();
            const double rtt = hop.value(u"rtt_ms"_s).toDouble(-1);
            hops << (address.isEmpty() ? ReportText::tr("%1. no answer").arg(hop.value(u"ttl"_s).toInt())
                     : rtt >= 0        ? ReportText::tr("%1. %2 in %3").arg(hop.value(u"ttl"_s).toInt()).arg(address, formatMs(rtt))
                                       : ReportText::tr("%1. %2").arg(hop.value(u"ttl"_s).toInt()).arg(address));
        }
        out << evidenceSentence(ReportText::tr("Path trace (%1): %2.")
                                    .arg(trace.value(u"method"_s).toString(),
                                         hops.isEmpty() ? ReportText::tr("no hop answered") : hops.join(u"; "_s)));
    }
    QStringList controls;
    for (const FirewallControl& c : fw.controls) {
        const QString what = c.outcome == Outcome::Open ? ReportText::tr("open")
            : c.outcome == Outcome::Refused             ? ReportText::tr("refused (the host is up)")
            : c.outcome == Outcome::Filtered            ? ReportText::tr("no answer")
                                                        : evidence::outcomeName(c.outcome);
        controls << (c.reference ? ReportText::tr("port %1 on %2 (the reference host): %3")
                                 : ReportText::tr("port %1 on %2: %3"))
                        .arg(c.port)
                        .arg(c.address, what);
    }
    if (!controls.isEmpty()) {
        out << evidenceSentence(ReportText::tr("Other ports tried: %1.").arg(controls.join(u"; "_s)));
    }
    return out;
}

QList<EvidenceBlock> portEvidence(const QJsonObject& doc)
{
    QList<EvidenceBlock> out;
    const PortEvidence port = PortEvidence::fromJson(stepData(doc, u"port"_s));
    if (port.budgetMs > 0) {
        out << evidenceSentence(ReportText::tr("Each address had up to %1; the test took %2.")
                                    .arg(formatMs(port.budgetMs), formatMs(double(port.elapsedMs))));
    }
    if (port.settleWaitMs > 0) {
        out << evidenceSentence(
            ReportText::tr("It first waited %1 for a connection that had just come up.").arg(formatMs(port.settleWaitMs)));
    }
    const LocalPortsSeen& lp = port.localPorts;
    if (lp.read && lp.counted) {
        QStringList states;
        for (const auto& [state, count] : lp.byState) {
            states << ReportText::tr("%1 %2").arg(count).arg(tcpStateText(state));
        }
        QString text = ReportText::tr("This computer has %n connections open", nullptr, lp.total);
        if (!states.isEmpty()) {
            text += u" ("_s + states.join(u", "_s) + u')';
        }
        text += u". "_s;
        if (lp.rangeSize() > 0) {
            text += ReportText::tr("%1 of the %2 local ports (%3–%4) are taken, %5 of them to this target.")
                        .arg(lp.inRange)
                        .arg(lp.rangeSize())
                        .arg(lp.rangeLow)
                        .arg(lp.rangeHigh)
                        .arg(lp.toTarget);
        }
        out << evidenceSentence(text.trimmed());
    } else if (lp.read && !lp.error.isEmpty()) {
        out << evidenceSentence(ReportText::tr("The local ports could not be counted: %1.").arg(lp.error));
    }
    return out;
}

namespace {
QString serviceWord(const QString& result)
{
    if (result == u"ok")
        return ReportText::tr("the handshake succeeded");
    if (result == u"not_tls")
        return ReportText::tr("the server does not speak TLS on this port");
    if (result == u"no_answer")
        return ReportText::tr("no answer");
    if (result == u"handshake_failed")
        return ReportText::tr("the handshake failed");
    if (result == u"closed")
        return ReportText::tr("the server closed the connection");
    if (result == u"cert_expired")
        return ReportText::tr("the certificate has expired");
    if (result == u"cert_not_yet_valid")
        return ReportText::tr("the certificate is not valid yet");
    if (result == u"cert_untrusted")
        return ReportText::tr("the certificate is not trusted");
    if (result == u"cert_name_mismatch")
        return ReportText::tr("the certificate is for another name");
    if (result == u"greeting")
        return ReportText::tr("it greeted");
    if (result == u"no_greeting")
        return ReportText::tr("it said nothing first");
    if (result == u"status")
        return ReportText::tr("it answered");
    if (result == u"not_http")
        return ReportText::tr("the answer is not HTTP");
    return ReportText::tr("it failed");
}

QString day(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd"_s) : QString();
}
} // namespace

QList<EvidenceBlock> serviceEvidence(const QJsonObject& doc)
{
    QList<EvidenceBlock> out;
    const ServiceEvidence s = ServiceEvidence::fromJson(stepData(doc, u"service"_s), stepLooked(doc, u"service"_s));
    if (!s.ran || s.check.isEmpty()) {
        return out;
    }
    const QString check = s.check == u"tls" ? ReportText::tr("TLS handshake")
        : s.check == u"http"                ? ReportText::tr("HTTP request")
                                            : ReportText::tr("Greeting");
    QString text = ReportText::tr("%1 with %2: %3, after %4.")
                       .arg(check, s.address, serviceWord(s.result), formatMs(double(s.elapsedMs)));
    if (!s.error.isEmpty()) {
        text += u' ' + ReportText::tr("The system said: %1").arg(quoted(s.error));
    }
    out << evidenceSentence(text);
    if (s.check == u"tls") {
        QStringList facts;
        if (!s.sni.isEmpty())
            facts << ReportText::tr("Name sent: %1.").arg(s.sni);
        if (!s.protocol.isEmpty())
            facts << ReportText::tr("Agreed on %1 with %2.").arg(s.protocol, s.cipher);
        else if (!s.versionsTried.isEmpty())
            facts << ReportText::tr("Versions tried: %1.").arg(s.versionsTried.join(u", "_s));
        if (!s.alert.isEmpty())
            facts << ReportText::tr("The server sent the alert %1.").arg(quoted(s.alert));
        if (!facts.isEmpty()) {
            out << evidenceSentence(facts.join(u' '));
        }
        if (!s.certErrors.isEmpty()) {
            out << evidenceList(u"certificate-errors"_s, ReportText::tr("What the certificate check said"), s.certErrors);
        }
        if (!s.chain.isEmpty()) {
            EvidenceBlock t;
            t.kind = EvidenceBlock::Kind::Table;
            t.id = u"certificates"_s;
            t.caption = ReportText::tr("Certificates, the server's first");
            t.header = QStringList{ReportText::tr("Issued to"), ReportText::tr("Issued by"),
                                   ReportText::tr("Valid from"), ReportText::tr("Valid until")};
            t.keepWhole = QList<bool>{false, false, true, true};
            for (const CertificateSeen& c : s.chain) {
                t.rows << QStringList{c.subject, c.selfSigned ? ReportText::tr("itself") : c.issuer, day(c.notBefore),
                                      day(c.notAfter)};
            }
            out << t;
            // A certificate may cover hundreds of names: the first few say enough, the appendix has all.
            const QStringList names = s.chain.first().names;
            constexpr int kNames = 8;
            if (names.size() > kNames + 1) {
                out << evidenceSentence(ReportText::tr("The server's certificate covers %1 and %n more names.", nullptr,
                                                       int(names.size() - kNames))
                                            .arg(names.mid(0, kNames).join(u", "_s)));
            } else if (!names.isEmpty()) {
                out << evidenceSentence(ReportText::tr("The server's certificate covers: %1.").arg(names.join(u", "_s)));
            }
        }
        if (s.rootAddedHere) {
            out << evidenceSentence(ReportText::tr("The chain ends in %1, an authority added on this computer.").arg(s.root));
        }
    }
    if (!s.greeting.isEmpty()) {
        out << evidenceSentence(ReportText::tr("The service greeted with %1.").arg(quoted(s.greeting)));
    }
    if (!s.statusLine.isEmpty()) {
        out << evidenceSentence(s.httpServer.isEmpty()
                                    ? ReportText::tr("The answer: %1.").arg(quoted(s.statusLine))
                                    : ReportText::tr("The answer: %1 (server %2).").arg(quoted(s.statusLine), quoted(s.httpServer)));
    }
    if (s.small.tried) {
        const QString result = s.small.result == u"answered" ? ReportText::tr("it answered")
            : s.small.result == u"no_answer"                 ? ReportText::tr("it stalled too")
            : s.small.result == u"not_possible"              ? ReportText::tr("this system cannot choose the segment size")
                                                             : ReportText::tr("it failed (%1)").arg(s.small.error);
        QString retry = ReportText::tr("Tried again with small segments (%1 bytes): %2.").arg(s.small.mss).arg(result);
        if (!s.small.interfaceName.isEmpty() && s.small.interfaceMtu > 0) {
            retry += u' ' + ReportText::tr("The route goes out of %1, MTU %2.").arg(s.small.interfaceName).arg(s.small.interfaceMtu);
        }
        out << evidenceSentence(retry);
    }
    return out;
}

} // namespace tcpd::core::reporttext
