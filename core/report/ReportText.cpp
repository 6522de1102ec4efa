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
QJsonValue firstOf(const QJsonObject& o, std::initializer_list<QStringView> keys)
{
    for (const QStringView k : keys) {
        const QJsonValue v = o.value(k);
        if (!v.isUndefined() && !v.isNull()) {
            return v;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString firstString(const QJsonObject& o, std::initializer_list<QStringView> keys)
{
    const QJsonValue v = firstOf(o, keys);
    return v.isString() ? v.toString() : v.isDouble() ? compactJson(v) : QString();
}

QJsonArray asArray(const QJsonValue& v)
{
    if (v.isArray()) {
        return v.toArray();
    }
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    return QJsonArray{v};
}

void addUnique(QStringList* list, const QString& s)
{
    if (!s.isEmpty() && !list->contains(s)) {
        list->append(s);
    }
}

// An address as a string or {"address": ..., "prefix": ...}: "192.0.2.5/24 (dhcp)".
QString addressText(const QJsonValue& v)
{
    if (!v.isObject()) {
        return compactJson(v);
    }
    const QJsonObject o = v.toObject();
    QString s = firstString(o, {u"address", u"addr", u"ip", u"local"});
    if (s.isEmpty()) {
        return compactJson(v);
    }
    const QString prefix = firstString(o, {u"prefix", u"prefix_length", u"prefixlen", u"prefix_len"});
    if (!prefix.isEmpty() && !s.contains(u'/')) {
        s += u'/' + prefix;
    }
    const QString origin = firstString(o, {u"origin", u"source", u"config", u"method"});
    if (!origin.isEmpty()) {
        s += u" ("_s + origin + u')';
    }
    const QString dev = firstString(o, {u"interface", u"dev", u"ifname"});
    return dev.isEmpty() ? s : ReportText::tr("%1 on %2").arg(s, dev);
}

QString serverText(const QJsonValue& v, bool withInterface = true)
{
    if (!v.isObject()) {
        return compactJson(v);
    }
    const QJsonObject o = v.toObject();
    const QString s = firstString(o, {u"server", u"address", u"ip", u"gateway", u"via", u"next_hop", u"host"});
    if (s.isEmpty()) {
        return compactJson(v);
    }
    const QString dev = withInterface ? firstString(o, {u"interface", u"dev", u"ifname"}) : QString();
    return dev.isEmpty() ? s : ReportText::tr("%1 on %2").arg(s, dev);
}

QString interfaceText(const QJsonObject& o)
{
    const QString name = firstString(o, {u"name", u"friendly_name", u"ifname", u"id"});
    if (name.isEmpty()) {
        return compactJson(o).left(200);
    }
    QStringList parts;
    addUnique(&parts, firstString(o, {u"kind", u"type"}));
    const QJsonValue link = firstOf(o, {u"link", u"carrier", u"link_detected", u"connected"});
    if (link.isBool()) {
        parts << (link.toBool() ? ReportText::tr("link up") : ReportText::tr("no link"));
    } else if (const QString state = firstString(o, {u"oper_state", u"operstate", u"state"}); !state.isEmpty()) {
        parts << state;
    }
    if (const double speed = o.value(u"speed_mbps"_s).toDouble(); speed > 0) {
        parts << ReportText::tr("%1 Mbit/s").arg(speed);
    }
    if (const QString mac = firstString(o, {u"mac", u"hwaddr", u"mac_address"}); !mac.isEmpty()) {
        parts << ReportText::tr("MAC %1").arg(mac);
    }
    return parts.isEmpty() ? name : name + u" — "_s + parts.join(u", "_s);
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

QJsonArray attempts(const QJsonObject& doc)
{
    return step(doc, u"port"_s).value(u"data"_s).toObject().value(u"attempts"_s).toArray();
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
    const QString reason = s.value(u"data"_s).toObject().value(u"reason"_s).toString();
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

QString attemptSentence(const QJsonObject& a)
{
    const QString outcome = a.value(u"outcome"_s).toString();
    const double rtt = a.value(u"rtt_ms"_s).toDouble(-1);
    const double elapsed = a.value(u"elapsed_ms"_s).toDouble(-1);
    const QJsonObject icmp = a.value(u"icmp"_s).toObject();
    const QString from = icmp.value(u"from"_s).toString();
    if (outcome == u"open") {
        return ReportText::tr("open: the handshake completed in %1").arg(formatMs(rtt));
    }
    if (outcome == u"refused") {
        return ReportText::tr("refused: the server answered with RST after %1 (nothing listens)")
            .arg(formatMs(elapsed));
    }
    if (outcome == u"filtered") {
        return ReportText::tr("no answer in %1 (SYN sent %2 times)")
            .arg(formatMs(elapsed))
            .arg(a.value(u"tries"_s).toInt(1));
    }
    if (outcome == u"rejected") {
        return ReportText::tr("rejected: ICMP %1/%2 from %3")
            .arg(icmp.value(u"type"_s).toInt())
            .arg(icmp.value(u"code"_s).toInt())
            .arg(from);
    }
    if (outcome == u"host_unreachable" || outcome == u"network_unreachable") {
        const QString what = outcome == u"host_unreachable" ? ReportText::tr("host unreachable")
                                                            : ReportText::tr("network unreachable");
        return from.isEmpty() ? ReportText::tr("%1 (said by this computer)").arg(what)
                              : ReportText::tr("%1: ICMP from %2").arg(what, from);
    }
    if (outcome == u"local_block") {
        return ReportText::tr("blocked by this computer's firewall");
    }
    if (outcome == u"reset_after_connect") {
        return ReportText::tr("accepted, then reset by the server (RST)");
    }
    if (outcome == u"closed_after_connect") {
        return ReportText::tr("accepted, then closed at once by the server (FIN)");
    }
    return ReportText::tr("failed: %1").arg(a.value(u"os_error"_s).toString(outcome));
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
    const QJsonObject ip = step(doc, u"ip"_s).value(u"data"_s).toObject();
    QStringList gateways;
    for (const QJsonValue& g :
         asArray(firstOf(ip, {u"gateways", u"default_gateways", u"gateway", u"default_gateway", u"routers"}))) {
        addUnique(&gateways, serverText(g, withInterface));
    }
    if (gateways.isEmpty()) {
        // The route's next hop is a gateway only when the target is not on the local network: on-link,
        // the next hop is the target itself, and there is no router.
        const QJsonObject route = firstOf(ip, {u"route", u"route_to_target"}).toObject();
        const QString hop = firstString(route, {u"gateway", u"via"});
        if (!hop.isEmpty() && !route.value(u"on_link"_s).toBool()) {
            addUnique(&gateways, hop);
        }
    }
    return gateways;
}

QStringList dnsServerList(const QJsonObject& doc)
{
    const QJsonObject ip = step(doc, u"ip"_s).value(u"data"_s).toObject();
    const QJsonObject dns = step(doc, u"dns"_s).value(u"data"_s).toObject();
    QStringList servers;
    for (const QJsonValue& s : asArray(firstOf(ip, {u"dns_servers", u"nameservers", u"dns"}))) {
        addUnique(&servers, serverText(s));
    }
    for (const QJsonValue& s : asArray(firstOf(dns, {u"servers", u"dns_servers", u"resolvers", u"nameservers"}))) {
        addUnique(&servers, serverText(s));
    }
    if (const QJsonValue per = dns.value(u"per_server"_s); per.isArray()) {
        for (const QJsonValue& s : per.toArray()) {
            addUnique(&servers, serverText(s));
        }
    }
    return servers;
}

QString sourceAddress(const QJsonObject& doc)
{
    const QJsonObject ip = step(doc, u"ip"_s).value(u"data"_s).toObject();
    const QJsonObject route = firstOf(ip, {u"route", u"route_to_target"}).toObject();
    return firstString(route, {u"source", u"source_address", u"src", u"preferred_source"});
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

    const QJsonObject link = step(doc, u"link"_s).value(u"data"_s).toObject();
    const QJsonObject ip = step(doc, u"ip"_s).value(u"data"_s).toObject();

    QStringList interfaces;
    QStringList addresses;
    QJsonArray ifaceList = asArray(firstOf(link, {u"interfaces", u"adapters"}));
    const QJsonArray ipIfaces = asArray(firstOf(ip, {u"interfaces", u"adapters"}));
    if (ifaceList.isEmpty()) {
        ifaceList = ipIfaces;
    }
    for (const QJsonValue& v : ifaceList) {
        addUnique(&interfaces, v.isObject() ? interfaceText(v.toObject()) : compactJson(v));
    }
    for (const QJsonValue& v : ipIfaces) {
        const QJsonObject o = v.toObject();
        const QString name = firstString(o, {u"name", u"friendly_name", u"ifname", u"id"});
        for (const auto key : {u"addresses", u"ipv4", u"ipv6", u"addrs"}) {
            for (const QJsonValue& a : asArray(o.value(key))) {
                const QString text = addressText(a);
                addUnique(&addresses, name.isEmpty() ? text : ReportText::tr("%1 on %2").arg(text, name));
            }
        }
    }
    for (const QJsonValue& a : asArray(ip.value(u"addresses"_s))) {
        addUnique(&addresses, addressText(a));
    }

    const QStringList gateways = gatewayList(doc, true);
    const QStringList servers = dnsServerList(doc);

    QStringList proxy;
    const QJsonValue p = firstOf(ip, {u"proxies", u"proxy", u"system_proxy"});
    const bool proxyChecked = !p.isUndefined();
    for (const QJsonValue& v : asArray(p)) {
        if (v.isBool() || v.isNull()) {
            continue; // false: none
        }
        if (v.isObject() && v.toObject().contains(u"value"_s)) { // {"source": "system", "value": "http://..."|null}
            const QString value = v.toObject().value(u"value"_s).toString();
            if (!value.isEmpty()) {
                addUnique(&proxy, ReportText::tr("%1 (%2)").arg(value, v.toObject().value(u"source"_s).toString()));
            }
            continue;
        }
        addUnique(&proxy, compactJson(v));
    }

    const auto row = [&rows](const QString& label, const QStringList& values, bool checked) {
        rows << EnvRow{label, values, values.isEmpty() && !checked};
    };
    const bool ipChecked = !ip.isEmpty() && ip.value(u"reason"_s).isUndefined();
    row(ReportText::tr("Interfaces"), interfaces, false);
    row(ReportText::tr("Addresses"), addresses, false);
    row(ReportText::tr("Default gateway"),
        gateways.isEmpty() && ipChecked ? QStringList{ReportText::tr("none")} : gateways, false);
    row(ReportText::tr("DNS servers"), servers, false);
    row(ReportText::tr("Proxy"), proxy.isEmpty() && proxyChecked ? QStringList{ReportText::tr("none")} : proxy,
        proxyChecked);
    if (const QJsonObject route = firstOf(ip, {u"route", u"route_to_target"}).toObject(); !route.isEmpty()) {
        const QString via = firstString(route, {u"next_hop", u"gateway", u"via"});
        const QString from = firstString(route, {u"source", u"source_address", u"src"});
        const QString dev = firstString(route, {u"interface", u"dev"});
        QStringList parts;
        if (!via.isEmpty())
            parts << ReportText::tr("via %1").arg(via);
        if (!from.isEmpty())
            parts << ReportText::tr("from %1").arg(from);
        if (!dev.isEmpty())
            parts << ReportText::tr("on %1").arg(dev);
        rows << EnvRow{
            ReportText::tr("Route to the target"), {parts.isEmpty() ? compactJson(route) : parts.join(u' ')}, false};
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
        const QString question = firstString(o, {u"question", u"title", u"text", u"label", u"id"});
        const QJsonValue raw = firstOf(o, {u"answer", u"value", u"result", u"response"});
        const QString code = raw.toString();
        QString answer = code == u"yes" ? ReportText::tr("yes")
            : code == u"no"             ? ReportText::tr("no")
            : code == u"unknown"        ? ReportText::tr("not answered")
                                        : compactJson(raw);
        if (const QString note = firstString(o, {u"note", u"notes", u"comment"}); !note.isEmpty()) {
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

} // namespace tcpd::core::reporttext
