// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The listen check written out: CONTRACT.md's `tcpdoctor-listen/1` JSON (plus added fields, never
// renamed ones; docs/listen.md) and text for a terminal.

#include "listen/ListenCheck.h"
#include "listen/ListenVerdict.h"
#include "report/ReportText.h"

#include "Version.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

struct ListenText {
    Q_DECLARE_TR_FUNCTIONS(ListenText)
};

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonValue textOrNull(const std::string& s)
{
    return s.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(qs(s));
}

QJsonValue numberOrNull(long long n)
{
    return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(static_cast<qint64>(n));
}

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list) {
        a.append(s);
    }
    return a;
}

QJsonObject socketJson(const platform::ListenSocket& s)
{
    QJsonObject o;
    o.insert(u"address"_s, qs(s.address));
    o.insert(u"port"_s, s.port);
    o.insert(u"family"_s, familyName(s.ipv6));
    o.insert(u"pid"_s, numberOrNull(s.pid));
    o.insert(u"process"_s, textOrNull(s.process));
    o.insert(u"state"_s, u"listen"_s);
    o.insert(u"path"_s, textOrNull(s.path));
    o.insert(u"user"_s, textOrNull(s.user));
    o.insert(u"uid"_s, numberOrNull(s.uid));
    QJsonArray services;
    for (const std::string& name : s.services) {
        services.append(qs(name));
    }
    o.insert(u"services"_s, services);
    QJsonArray others;
    for (const long long pid : s.otherPids) {
        others.append(static_cast<qint64>(pid));
    }
    o.insert(u"other_pids"_s, others);
    o.insert(u"accept_queue"_s, numberOrNull(s.acceptQueue));
    o.insert(u"accept_queue_max"_s, numberOrNull(s.acceptQueueMax));
    return o;
}

QJsonArray socketsJson(const QList<platform::ListenSocket>& list)
{
    QJsonArray a;
    for (const platform::ListenSocket& s : list) {
        a.append(socketJson(s));
    }
    return a;
}

QString severityMark(Severity s)
{
    switch (s) {
    case Severity::Info: return u"i"_s;
    case Severity::Warning: return u"!"_s;
    case Severity::Error: return u"✘"_s;
    }
    return {};
}

/// Rows as aligned columns, two spaces apart, indented.
QString columns(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& r : rows) {
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (widths.size() <= i) {
                widths << 0;
            }
            widths[i] = std::max(widths[i], r[i].size());
        }
    }
    QString out;
    for (const QStringList& r : rows) {
        QString line = u"  "_s;
        for (qsizetype i = 0; i < r.size(); ++i) {
            line += i + 1 < r.size() ? r[i].leftJustified(widths[i] + 2) : r[i];
        }
        out += line.trimmed().isEmpty() ? QString() : line + u"\n"_s;
    }
    return out;
}

QString socketTable(const QList<platform::ListenSocket>& list)
{
    QList<QStringList> rows{socketColumns()};
    for (const platform::ListenSocket& s : list) {
        rows << socketRow(s);
    }
    return columns(rows);
}

} // namespace

QStringList socketColumns()
{
    return {ListenText::tr("ADDRESS"), ListenText::tr("PORT"), ListenText::tr("FAMILY"),        ListenText::tr("PID"),
            ListenText::tr("PROGRAM"), ListenText::tr("USER"), ListenText::tr("SERVICE / PATH")};
}

QStringList socketRow(const platform::ListenSocket& s)
{
    QStringList services;
    for (const std::string& name : s.services) {
        services << qs(name);
    }
    const QString unknown = u"?"_s;
    return {qs(s.address),
            QString::number(s.port),
            s.ipv6 ? u"IPv6"_s : u"IPv4"_s,
            s.pid >= 0 ? QString::number(s.pid) : unknown,
            s.process.empty() ? unknown : qs(s.process),
            !s.user.empty()  ? qs(s.user)
                : s.uid >= 0 ? QString::number(s.uid)
                             : unknown,
            !services.isEmpty() ? services.join(u", "_s) : qs(s.path)};
}

QJsonObject listenToJson(const ListenReport& r)
{
    const ListenFacts& f = r.facts;
    const platform::ListenTable& t = f.table;
    QJsonObject root;
    root.insert(u"schema"_s, u"tcpdoctor-listen/1"_s);
    root.insert(u"tool"_s, QJsonObject{{u"name"_s, u"tcpdoctor"_s}, {u"version"_s, QStringLiteral(TCPDOCTOR_VERSION)}});
    root.insert(u"started_at"_s, r.startedAt.toString(Qt::ISODateWithMs));
    root.insert(u"duration_ms"_s, r.durationMs);
    root.insert(u"os"_s, qs(t.os));
    root.insert(u"port"_s, f.port != 0 ? QJsonValue(f.port) : QJsonValue(QJsonValue::Null));
    if (r.hasVerdict) {
        const Verdict& v = r.judgement.verdict;
        root.insert(u"verdict"_s,
                    QJsonObject{{u"code"_s, v.code},
                                {u"layer"_s, v.layer},
                                {u"title"_s, v.title},
                                {u"explanation"_s, v.explanation},
                                {u"next_steps"_s, toArray(v.nextSteps)},
                                {u"evidence"_s, toArray(v.evidence)}});
    } else {
        root.insert(u"verdict"_s, QJsonValue(QJsonValue::Null));
    }
    const QList<platform::ListenSocket> all(t.sockets.begin(), t.sockets.end());
    root.insert(u"sockets"_s, socketsJson(f.port != 0 ? listenersOn(t, f.port) : all));
    if (f.port != 0) {
        root.insert(u"nearby"_s, socketsJson(nearbyListeners(t, f.port)));
        const platform::PortActivity a = platform::activityFor(t, f.port);
        root.insert(u"connections"_s,
                    QJsonObject{{u"established"_s, a.established},
                                {u"syn_recv"_s, a.synRecv},
                                {u"complete"_s, t.activityKnown}});
        QJsonArray probes;
        for (const ListenProbe& p : f.probes) {
            probes.append(QJsonObject{
                {u"address"_s, p.address},
                {u"family"_s, familyName(p.ipv6)},
                {u"loopback"_s, p.loopback},
                {u"outcome"_s, p.outcome},
                {u"rtt_ms"_s, p.rttMs >= 0 ? QJsonValue(qRound(p.rttMs * 100) / 100.0) : QJsonValue(QJsonValue::Null)},
                {u"os_error"_s, p.osError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.osError)}});
        }
        root.insert(u"probes"_s, probes);
        root.insert(u"listen_overflows"_s, t.listenOverflows < 0
                        ? QJsonValue(QJsonValue::Null)
                        : QJsonValue(QJsonObject{{u"total"_s, t.listenOverflows},
                                                 {u"during_check"_s, f.overflowsDuring >= 0
                                                      ? QJsonValue(f.overflowsDuring) : QJsonValue(QJsonValue::Null)}}));
    }
    root.insert(u"client_addresses"_s, toArray(f.clientAddresses));
    root.insert(u"client_addresses_given"_s, f.clientAddressesGiven);
    QJsonArray own;
    for (const platform::OwnAddress& o : t.ownAddresses) {
        own.append(QJsonObject{{u"address"_s, qs(o.address)},
                               {u"family"_s, familyName(o.ipv6)},
                               {u"interface"_s, qs(o.interfaceName)},
                               {u"loopback"_s, o.loopback},
                               {u"link_local"_s, o.linkLocal}});
    }
    root.insert(u"own_addresses"_s, own);
    root.insert(u"visibility"_s,
                QJsonObject{{u"table_read"_s, t.ok},
                            {u"error"_s, textOrNull(t.error)},
                            {u"privileged"_s, t.privileged},
                            {u"complete"_s, t.complete},
                            {u"owners_unknown"_s, t.ownersUnknown},
                            {u"processes_hidden"_s, t.processesHidden},
                            {u"services_checked"_s, t.servicesChecked}});
    QJsonArray findings;
    for (const Finding& x : r.judgement.findings) {
        findings.append(QJsonObject{{u"code"_s, x.code},
                                    {u"severity"_s, severityName(x.severity)},
                                    {u"title"_s, x.title},
                                    {u"detail"_s, x.detail},
                                    {u"advice"_s, toArray(x.advice)}});
    }
    root.insert(u"findings"_s, findings);
    return root;
}

QString listenToText(const ListenReport& r)
{
    const ListenFacts& f = r.facts;
    const platform::ListenTable& t = f.table;
    QString out;
    if (!r.hasVerdict) {
        out += ListenText::tr("tcpdoctor: %n listening TCP socket(s) on this computer", nullptr, int(t.sockets.size()))
            + u"\n\n"_s;
        out += socketTable(QList<platform::ListenSocket>(t.sockets.begin(), t.sockets.end()));
    } else {
        const Verdict& v = r.judgement.verdict;
        out += ListenText::tr("tcpdoctor: port %1 on this computer").arg(f.port) + u"\n\n"_s;
        out += reporttext::verdictText(v, v.code == u"listen.ok");
        const QList<platform::ListenSocket> on = listenersOn(t, f.port);
        out += u"\n"_s + ListenText::tr("Listening on port %1:").arg(f.port) + u"\n"_s;
        out += on.isEmpty() ? u"  "_s + ListenText::tr("nothing") + u"\n"_s : socketTable(on);
        const QList<platform::ListenSocket> nearby = nearbyListeners(t, f.port);
        if (!nearby.isEmpty() && on.isEmpty()) {
            out += u"\n"_s + ListenText::tr("Listening on ports nearby:") + u"\n"_s + socketTable(nearby);
        }
        if (!f.probes.isEmpty()) {
            out += u"\n"_s + ListenText::tr("Connections from this computer to port %1:").arg(f.port) + u"\n"_s;
            QList<QStringList> rows;
            for (const ListenProbe& p : f.probes) {
                rows << QStringList{p.address, p.outcome, p.osError};
            }
            out += columns(rows);
        }
    }
    if (!r.judgement.findings.isEmpty()) {
        out += u"\n"_s + ListenText::tr("Findings:") + u"\n"_s;
        for (const Finding& x : r.judgement.findings) {
            out += u"  %1 %2\n"_s.arg(severityMark(x.severity), x.title);
            if (!x.detail.isEmpty()) {
                out += u"    "_s + x.detail + u"\n"_s;
            }
            for (const QString& a : x.advice) {
                out += u"    → "_s + a + u"\n"_s;
            }
        }
    }
    if (r.hasVerdict) {
        const Verdict& v = r.judgement.verdict;
        if (!v.evidence.isEmpty()) {
            out += u"\n"_s + ListenText::tr("Evidence:") + u"\n"_s;
            for (const QString& e : v.evidence) {
                out += u"  - "_s + e + u"\n"_s;
            }
        }
        out += u"\n"_s
            + ListenText::tr("Verdict code: %1 (layer: %2). Checked in %3 ms.").arg(v.code, v.layer).arg(r.durationMs)
            + u"\n"_s;
    }
    return out;
}

} // namespace tcpd::core
