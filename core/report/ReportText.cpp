// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "ReportText.h"

#include "steps/StepResult.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <cmath>

#include <initializer_list>

using namespace Qt::StringLiterals;

namespace tcpd::core::reporttext {

namespace {
void addUnique(QStringList* list, const QString& s)
{
    if (!s.isEmpty() && !list->contains(s)) {
        list->append(s);
    }
}

QString interfaceText(const evidence::LinkInterface& i)
{
    QStringList parts;
    addUnique(&parts, i.kind);
    parts << (i.link ? ReportText::tr("link up") : ReportText::tr("no link"));
    if (i.speedMbps > 0) {
        parts << ReportText::tr("%1 Mbit/s").arg(i.speedMbps);
    }
    if (!i.mac.isEmpty()) {
        parts << ReportText::tr("MAC %1").arg(i.mac);
    }
    return i.name + u" — "_s + parts.join(u", "_s);
}
} // namespace

QJsonArray steps(const QJsonObject& doc)
{
    return doc.value(u"steps"_s).toArray();
}

QJsonObject step(const QJsonObject& doc, const QString& id)
{
    for (const QJsonValue& v : steps(doc)) {
        if (v.toObject().value(u"id"_s).toString() == id) {
            return v.toObject();
        }
    }
    return {};
}

QJsonObject stepData(const QJsonObject& doc, const QString& id)
{
    return step(doc, id).value(u"data"_s).toObject();
}

bool stepLooked(const QJsonObject& doc, const QString& id)
{
    const QString status = step(doc, id).value(u"status"_s).toString(u"skipped"_s);
    return status != u"skipped" && status != u"error";
}

namespace {

evidence::IpEvidence ipOf(const QJsonObject& doc)
{
    return evidence::IpEvidence::fromJson(stepData(doc, u"ip"_s), stepLooked(doc, u"ip"_s));
}
} // namespace

QList<evidence::PortAttempt> portAttempts(const QJsonObject& doc)
{
    return evidence::PortEvidence::fromJson(stepData(doc, u"port"_s)).attempts;
}

QString statusLabel(const QString& status)
{
    if (status == u"pass")
        return ReportText::tr("OK");
    if (status == u"warn")
        return ReportText::tr("Warning");
    if (status == u"fail")
        return ReportText::tr("Problem");
    if (status == u"skipped")
        return ReportText::tr("Not checked");
    return ReportText::tr("Could not check");
}

QString statusMark(const QString& status)
{
    if (status == u"pass")
        return u"✔"_s;
    if (status == u"warn")
        return u"⚠"_s;
    if (status == u"skipped")
        return u"–"_s;
    return u"✘"_s;
}

QString statusTone(const QString& status)
{
    if (status == u"pass" || status == u"warn" || status == u"skipped") {
        return status;
    }
    return u"fail"_s;
}

QString stepName(const QString& id)
{
    return stepTitle(id);
}

QString skipReason(const QJsonObject& s)
{
    const QString reason = evidence::skipReason(s.value(u"data"_s).toObject());
    if (reason == u"not_built")
        return ReportText::tr("this version does not have this step yet");
    if (reason == u"not_requested")
        return ReportText::tr("left out on request");
    if (reason == u"no_address")
        return ReportText::tr("there was no address to try");
    return {};
}

QString targetLine(const QJsonObject& doc)
{
    const QJsonObject t = doc.value(u"target"_s).toObject();
    const QString host = t.value(u"display_host"_s).toString(t.value(u"host"_s).toString());
    const QString service = t.value(u"service"_s).toString();
    const int port = t.value(u"port"_s).toInt();
    return service.isEmpty() ? ReportText::tr("%1, port %2").arg(host).arg(port)
                             : ReportText::tr("%1, port %2 (%3)").arg(host).arg(port).arg(service);
}

QString startedLocal(const QJsonObject& doc)
{
    const QDateTime utc = QDateTime::fromString(doc.value(u"started_at"_s).toString(), Qt::ISODateWithMs);
    if (!utc.isValid()) {
        return ReportText::tr("unknown");
    }
    const QString zone = doc.value(u"environment"_s).toObject().value(u"time_zone"_s).toString();
    const QTimeZone tz(zone.toUtf8());
    if (zone.isEmpty() || !tz.isValid()) {
        return utc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
    }
    const QDateTime local = utc.toTimeZone(tz);
    const int off = local.offsetFromUtc();
    const QString offset = u"%1%2:%3"_s.arg(QChar(off < 0 ? u'-' : u'+'))
                               .arg(qAbs(off) / 3600, 2, 10, QChar(u'0'))
                               .arg(qAbs(off) % 3600 / 60, 2, 10, QChar(u'0'));
    return local.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u' ' + offset + u" ("_s + zone + u')';
}

QString formatMs(double ms)
{
    if (!(ms >= 0) || ms > 1e15) { // a report file read back may hold anything; qRound64 of 1e300 is undefined
        return ReportText::tr("unknown");
    }
    const bool whole = ms >= 10 || ms == static_cast<double>(qRound64(ms));
    return whole ? ReportText::tr("%1 ms").arg(qRound64(ms))
                 : ReportText::tr("%1 ms").arg(QLocale().toString(ms, 'f', 1)); // "1,5 ms" in German
}

QString attemptSentence(const evidence::PortAttempt& a)
{
    using evidence::Outcome;
    switch (a.outcome) {
    case Outcome::Open: return ReportText::tr("open: the handshake completed in %1").arg(formatMs(a.rttMs));
    case Outcome::Refused:
        return ReportText::tr("refused: the server answered with RST after %1 (nothing listens)").arg(formatMs(a.elapsedMs));
    case Outcome::Filtered:
        return ReportText::tr("no answer in %1 (SYN sent %2 times)").arg(formatMs(a.elapsedMs)).arg(qMax(1, a.tries));
    case Outcome::Rejected: return ReportText::tr("rejected: %1 from %2").arg(a.icmpText(), a.icmp.from);
    case Outcome::HostUnreachable:
    case Outcome::NetworkUnreachable: {
        const QString what = a.outcome == Outcome::HostUnreachable ? ReportText::tr("host unreachable")
                                                                   : ReportText::tr("network unreachable");
        return a.icmp.from.isEmpty() ? ReportText::tr("%1 (said by this computer)").arg(what)
                                     : ReportText::tr("%1: ICMP from %2").arg(what, a.icmp.from);
    }
    case Outcome::LocalBlock: return ReportText::tr("blocked by this computer's firewall");
    case Outcome::ResetAfterConnect: return ReportText::tr("accepted, then reset by the server (RST)");
    case Outcome::ClosedAfterConnect: return ReportText::tr("accepted, then closed at once by the server (FIN)");
    case Outcome::Error: break;
    }
    return ReportText::tr("failed: %1").arg(a.osError.isEmpty() ? evidence::outcomeName(a.outcome) : a.osError);
}

QString compactJson(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? ReportText::tr("yes") : ReportText::tr("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Whole numbers without ".0"; beyond 2^53 (and out of qint64's range) a double is printed as it is.
        return std::abs(d) < 9e15 && d == std::trunc(d) ? QString::number(static_cast<qint64>(d)) : QString::number(d);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& e : v.toArray()) {
            parts << compactJson(e);
        }
        return parts.join(u", "_s);
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            parts << it.key() + u'='
                    + (it.value().isObject() ? u"{"_s + compactJson(it.value()) + u'}' : compactJson(it.value()));
        }
        return parts.join(u", "_s);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    }
    return {};
}

QStringList gatewayList(const QJsonObject& doc, bool withInterface)
{
    const evidence::IpEvidence ip = ipOf(doc);
    QStringList gateways;
    for (const evidence::IpGateway& g : ip.gateways) {
        if (!g.address.isEmpty()) {
            addUnique(&gateways, withInterface && !g.interface.isEmpty()
                                     ? ReportText::tr("%1 on %2").arg(g.address, g.interface)
                                     : g.address);
        }
    }
    // The route's gateway where no default route is listed; on-link there is none (the next hop is
    // the target itself).
    if (gateways.isEmpty() && ip.route.has_value() && !ip.route->onLink && !ip.route->gateway.isEmpty()) {
        addUnique(&gateways, ip.route->gateway);
    }
    return gateways;
}

QStringList dnsServerList(const QJsonObject& doc)
{
    const evidence::IpEvidence ip = ipOf(doc);
    const evidence::DnsLookup dns = evidence::DnsLookup::fromJson(stepData(doc, u"dns"_s), true);
    QStringList servers;
    for (const QString& s : ip.dnsServers) {
        addUnique(&servers, s);
    }
    for (const evidence::DnsServerAnswer& s : dns.servers) {
        addUnique(&servers, s.server);
    }
    return servers;
}

QString sourceAddress(const QJsonObject& doc)
{
    const evidence::IpEvidence ip = ipOf(doc);
    return ip.route.has_value() ? ip.route->source : QString();
}

QList<EnvRow> environmentRows(const QJsonObject& doc)
{
    QList<EnvRow> rows;
    const QJsonObject env = doc.value(u"environment"_s).toObject();
    QString os = env.value(u"os"_s).toString();
    QStringList osDetail;
    addUnique(&osDetail, env.value(u"kernel"_s).toString());
    addUnique(&osDetail, env.value(u"architecture"_s).toString());
    if (!osDetail.isEmpty()) {
        os += u" ("_s + osDetail.join(u", "_s) + u')';
    }
    rows << EnvRow{ReportText::tr("Operating system"), {os}, os.isEmpty()};
    rows << EnvRow{
        ReportText::tr("tcpdoctor"), {doc.value(u"tool"_s).toObject().value(u"version"_s).toString()}, false};
    rows << EnvRow{ReportText::tr("Time"), {startedLocal(doc)}, false};
    const QString host = env.value(u"host_name"_s).toString();
    rows << EnvRow{ReportText::tr("Computer name"), host.isEmpty() ? QStringList() : QStringList{host}, host.isEmpty()};
    if (const QString user = env.value(u"user_name"_s).toString(); !user.isEmpty()) {
        rows << EnvRow{ReportText::tr("User"), {user}, false};
    }

    const evidence::LinkEvidence link = evidence::LinkEvidence::fromJson(stepData(doc, u"link"_s), true);
    const evidence::IpEvidence ip = ipOf(doc);

    QStringList interfaces;
    for (const evidence::LinkInterface& i : link.interfaces.isEmpty() ? ip.interfaces : link.interfaces) {
        addUnique(&interfaces, interfaceText(i));
    }
    QStringList addresses;
    for (const evidence::IpAddress& a : ip.addresses) {
        QString text = a.address;
        if (a.prefixLength > 0 && !text.contains(u'/')) {
            text += u'/' + QString::number(a.prefixLength);
        }
        if (!a.origin.isEmpty()) {
            text += u" ("_s + a.origin + u')';
        }
        addUnique(&addresses, a.interface.isEmpty() ? text : ReportText::tr("%1 on %2").arg(text, a.interface));
    }
    const QStringList gateways = gatewayList(doc, true);
    const QStringList servers = dnsServerList(doc);
    QStringList proxy;
    for (const evidence::ProxySetting& p : ip.proxies) {
        if (!p.value.isEmpty()) {
            addUnique(&proxy, ReportText::tr("%1 (%2)").arg(p.value, p.source));
        }
    }

    const auto row = [&rows](const QString& label, const QStringList& values, bool checked) {
        rows << EnvRow{label, values, values.isEmpty() && !checked};
    };
    row(ReportText::tr("Interfaces"), interfaces, false);
    rows.last().inEvidence = !interfaces.isEmpty();
    row(ReportText::tr("Addresses"), addresses, false);
    rows.last().inEvidence = !addresses.isEmpty();
    row(ReportText::tr("Default gateway"),
        gateways.isEmpty() && ip.ran ? QStringList{ReportText::tr("none")} : gateways, false);
    rows.last().inEvidence = ip.ran;
    row(ReportText::tr("DNS servers"), servers, false);
    rows.last().inEvidence = ip.ran && !servers.isEmpty();
    row(ReportText::tr("Proxy"), proxy.isEmpty() && ip.proxiesKnown ? QStringList{ReportText::tr("none")} : proxy,
        ip.proxiesKnown);
    rows.last().inEvidence = ip.ran && ip.proxiesKnown;
    if (ip.route.has_value()) {
        QStringList parts;
        if (!ip.route->nextHop.isEmpty() && !ip.route->onLink)
            parts << ReportText::tr("via %1").arg(ip.route->nextHop);
        if (ip.route->onLink)
            parts << ReportText::tr("on the local network");
        if (!ip.route->source.isEmpty())
            parts << ReportText::tr("from %1").arg(ip.route->source);
        if (!ip.route->interface.isEmpty())
            parts << ReportText::tr("on %1").arg(ip.route->interface);
        if (!parts.isEmpty()) {
            rows << EnvRow{ReportText::tr("Route to the target"), {parts.join(u' ')}, false, ip.ran};
        }
    }
    return rows;
}

QList<QPair<QString, QString>> manualChecks(const QJsonObject& doc)
{
    QList<QPair<QString, QString>> out;
    const QJsonValue v = doc.value(u"manual_checks"_s);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out.append({it.key(), compactJson(it.value())});
        }
        return out;
    }
    for (const QJsonValue& e : v.toArray()) {
        if (!e.isObject()) {
            out.append({compactJson(e), QString()});
            continue;
        }
        const QJsonObject o = e.toObject();
        const QString question = o.value(u"question"_s).toString(o.value(u"id"_s).toString());
        const QJsonValue raw = o.value(u"answer"_s);
        const QString code = raw.toString();
        QString answer = code == u"yes" ? ReportText::tr("yes")
            : code == u"no"             ? ReportText::tr("no")
            : code == u"unknown"        ? ReportText::tr("not answered")
                                        : compactJson(raw);
        if (const QString note = o.value(u"note"_s).toString(); !note.isEmpty()) {
            answer = answer.isEmpty() ? note : answer + u" — "_s + note;
        }
        out.append({question.isEmpty() ? compactJson(o) : question, answer});
    }
    return out;
}

QString redactedNotice()
{
    return ReportText::tr("This report was redacted: public IP addresses, MAC addresses, host names, Wi-Fi names, "
                          "this computer's name and the user's name were replaced by placeholders (public-ip-1, "
                          "mac-1, host-1, wifi-1, this-computer, user-1). The same value has the same placeholder "
                          "everywhere. Private and documentation addresses and ports are unchanged.");
}

QString verdictText(const Verdict& v, bool good, bool withEvidence)
{
    QString out = (good ? u"✔ "_s : u"✘ "_s) + v.title + u"\n"_s + v.explanation + u"\n"_s;
    if (withEvidence) {
        for (const QString& e : v.evidence) {
            out += u"  - "_s + e + u"\n"_s;
        }
    }
    if (!v.nextSteps.isEmpty()) {
        out += u"\n"_s + ReportText::tr("What to do next:") + u"\n"_s;
        for (const QString& s : v.nextSteps) {
            out += u"  • "_s + s + u"\n"_s;
        }
    }
    return out;
}

} // namespace tcpd::core::reporttext
