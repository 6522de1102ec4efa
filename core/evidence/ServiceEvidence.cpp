// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

#include "evidence/ServiceEvidence.h"

#include "evidence/Evidence.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tcpd::core::evidence {

namespace {

QJsonValue stringOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDateTime timeOf(const QJsonValue& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

ServiceEvidence ServiceEvidence::fromJson(const QJsonObject& data, bool ran)
{
    ServiceEvidence e;
    e.ran = ran && !data.isEmpty() && data.contains(u"check"_s);
    e.check = data.value(u"check"_s).toString();
    e.result = data.value(u"result"_s).toString();
    e.address = data.value(u"address"_s).toString();
    e.port = data.value(u"port"_s).toInt();
    e.budgetMs = data.value(u"budget_ms"_s).toInt();
    e.elapsedMs = data.value(u"elapsed_ms"_s).toInteger();
    e.cancelled = data.value(u"cancelled"_s).toBool();
    e.error = data.value(u"error"_s).toString();
    const QJsonObject tls = data.value(u"tls"_s).toObject();
    e.sni = tls.value(u"sni"_s).toString();
    e.versionsTried = strings(tls.value(u"versions_tried"_s));
    e.protocol = tls.value(u"protocol"_s).toString();
    e.cipher = tls.value(u"cipher"_s).toString();
    e.alert = tls.value(u"alert"_s).toString();
    e.certErrors = strings(tls.value(u"certificate_errors"_s));
    for (const QJsonValue& v : tls.value(u"chain"_s).toArray()) {
        const QJsonObject o = v.toObject();
        CertificateSeen c;
        c.subject = o.value(u"subject"_s).toString();
        c.issuer = o.value(u"issuer"_s).toString();
        c.names = strings(o.value(u"names"_s));
        c.notBefore = timeOf(o.value(u"not_before"_s));
        c.notAfter = timeOf(o.value(u"not_after"_s));
        c.selfSigned = o.value(u"self_signed"_s).toBool();
        e.chain << c;
    }
    e.clock = timeOf(tls.value(u"clock"_s));
    e.rootAddedHere = tls.value(u"root_added_here"_s).toBool();
    e.root = tls.value(u"root"_s).toString();
    e.rootShippedKnown = tls.value(u"system_roots_known"_s).toBool();
    e.rootStore = tls.value(u"root_store"_s).toString();
    e.greeting = data.value(u"greeting"_s).toString();
    const QJsonObject http = data.value(u"http"_s).toObject();
    e.statusLine = http.value(u"status_line"_s).toString();
    e.httpStatus = http.value(u"status"_s).toInt();
    e.httpServer = http.value(u"server"_s).toString();
    const QJsonObject small = data.value(u"small_segments"_s).toObject();
    e.small.tried = !small.isEmpty();
    e.small.mss = small.value(u"mss"_s).toInt();
    e.small.result = small.value(u"result"_s).toString();
    e.small.error = small.value(u"error"_s).toString();
    e.small.elapsedMs = small.value(u"elapsed_ms"_s).toInteger();
    const QJsonObject itf = small.value(u"interface"_s).toObject();
    e.small.interfaceName = itf.value(u"name"_s).toString();
    e.small.interfaceMtu = itf.value(u"mtu"_s).toInt();
    return e;
}

QJsonObject ServiceEvidence::toJson() const
{
    QJsonObject data;
    data.insert(u"check"_s, check);
    data.insert(u"result"_s, result);
    data.insert(u"address"_s, address);
    data.insert(u"port"_s, port);
    data.insert(u"budget_ms"_s, budgetMs);
    data.insert(u"elapsed_ms"_s, elapsedMs);
    data.insert(u"error"_s, stringOrNull(error));
    if (cancelled) {
        data.insert(u"cancelled"_s, true);
    }
    if (check == u"tls") {
        QJsonArray chainJson;
        for (const CertificateSeen& c : chain) {
            chainJson.append(QJsonObject{{u"subject"_s, c.subject},
                                         {u"issuer"_s, c.issuer},
                                         {u"names"_s, QJsonArray::fromStringList(c.names)},
                                         {u"not_before"_s, timeOrNull(c.notBefore)},
                                         {u"not_after"_s, timeOrNull(c.notAfter)},
                                         {u"self_signed"_s, c.selfSigned}});
        }
        data.insert(u"tls"_s, QJsonObject{{u"sni"_s, stringOrNull(sni)},
                                          {u"versions_tried"_s, QJsonArray::fromStringList(versionsTried)},
                                          {u"protocol"_s, stringOrNull(protocol)},
                                          {u"cipher"_s, stringOrNull(cipher)},
                                          {u"alert"_s, stringOrNull(alert)},
                                          {u"certificate_errors"_s, QJsonArray::fromStringList(certErrors)},
                                          {u"chain"_s, chainJson},
                                          {u"clock"_s, timeOrNull(clock)},
                                          {u"root"_s, stringOrNull(root)},
                                          {u"root_added_here"_s, rootAddedHere},
                                          {u"root_store"_s, stringOrNull(rootStore)},
                                          {u"system_roots_known"_s, rootShippedKnown}});
    }
    if (check == u"greeting") {
        data.insert(u"greeting"_s, stringOrNull(greeting));
    }
    if (check == u"http") {
        data.insert(u"http"_s, QJsonObject{{u"status_line"_s, stringOrNull(statusLine)},
                                           {u"status"_s, httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue()},
                                           {u"server"_s, stringOrNull(httpServer)}});
    }
    if (small.tried) {
        data.insert(u"small_segments"_s,
                    QJsonObject{{u"mss"_s, small.mss},
                                {u"result"_s, small.result},
                                {u"error"_s, stringOrNull(small.error)},
                                {u"elapsed_ms"_s, small.elapsedMs},
                                {u"interface"_s, small.interfaceName.isEmpty()
                                     ? QJsonValue()
                                     : QJsonValue(QJsonObject{{u"name"_s, small.interfaceName},
                                                              {u"mtu"_s, small.interfaceMtu > 0 ? QJsonValue(small.interfaceMtu)
                                                                                                : QJsonValue()}})}});
    }
    return data;
}

qint64 ServiceEvidence::daysLeft() const
{
    if (chain.isEmpty() || !chain.first().notAfter.isValid()) {
        return 0;
    }
    const QDateTime now = clock.isValid() ? clock : QDateTime::currentDateTimeUtc();
    return now.secsTo(chain.first().notAfter) / 86400;
}

} // namespace tcpd::core::evidence
