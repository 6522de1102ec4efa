// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The report's diagrams, built from the JSON document only (so a redacted report draws redacted
// labels): here the handshake ladders, the timeline and the colours; the path is in DiagramPath.cpp.

#include "report/Diagram.h"
#include "report/DiagramDetail.h"
#include "report/Escape.h"
#include "report/ReportText.h"

#include "evidence/Evidence.h"
#include "evidence/Icmp.h"
#include "evidence/ServiceEvidence.h"

#include <QJsonArray>
#include <QLineF>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace diagramdetail {

// Labels come from the network too: control characters become visible escapes before anything
// measures or paints them.
QString elide(const QString& raw, int maxChars)
{
    const QString text = escapeControls(raw);
    return text.size() <= maxChars ? text : text.left(qMax(1, maxChars - 1)) + u'…';
}

Diagram finished(Diagram d)
{
    for (Diagram::Label& l : d.labels) {
        l.text = escapeControls(l.text);
    }
    d.title = escapeControls(d.title);
    d.description = escapeControls(d.description, true);
    return d;
}

Diagram::Tone toneOf(const QString& status)
{
    using Tone = Diagram::Tone;
    if (status == u"pass")
        return Tone::Pass;
    if (status == u"warn")
        return Tone::Warn;
    if (status == u"fail" || status == u"error")
        return Tone::Fail;
    return Tone::Skip;
}

} // namespace diagramdetail

namespace {
using namespace reporttext;
using namespace diagramdetail;
using Tone = Diagram::Tone;
using Anchor = Diagram::Anchor;

// One rung of a ladder.
struct Rung {
    enum class Kind { Right, Left, Lost, Blocked, ToMiddle, FromMiddle, Note } kind;
    QString label;
    QString time;
    bool bad = false;
};

QList<Rung> rungsFor(const evidence::PortAttempt& a, QString* middle)
{
    using evidence::Outcome;
    const QString rtt = formatMs(a.rttMs);
    const QString elapsed = formatMs(a.elapsedMs);
    const QString zero = formatMs(0);
    using K = Rung::Kind;
    QList<Rung> rungs;
    const auto handshake = [&] {
        rungs << Rung{K::Right, ReportText::tr("SYN"), zero} << Rung{K::Left, ReportText::tr("SYN-ACK"), rtt}
              << Rung{K::Right, ReportText::tr("ACK: connected"), rtt};
    };
    if (a.outcome == Outcome::Open) {
        handshake();
        if (!a.banner.isEmpty()) {
            rungs << Rung{K::Left, ReportText::tr("greeting: %1").arg(elide(a.banner, 44)), {}};
        }
    } else if (a.outcome == Outcome::Refused) {
        rungs << Rung{K::Right, ReportText::tr("SYN"), zero}
              << Rung{K::Left, ReportText::tr("RST: nothing listens"), elapsed, true};
    } else if (a.outcome == Outcome::ResetAfterConnect) {
        handshake();
        rungs << Rung{K::Left, ReportText::tr("RST: the server cut the connection"), elapsed, true};
    } else if (a.outcome == Outcome::ClosedAfterConnect) {
        handshake();
        rungs << Rung{K::Left, ReportText::tr("FIN: the server closed it"), elapsed, true};
    } else if (a.outcome == Outcome::Filtered) {
        const int tries = qBound(1, a.tries, 3);
        for (int i = 0; i < tries; ++i) {
            rungs << Rung{K::Lost, i == 0 ? ReportText::tr("SYN") : ReportText::tr("SYN again"),
                          i == 0 ? zero : QString(), true};
        }
        rungs << Rung{K::Note, ReportText::tr("nothing came back"), elapsed, true};
    } else if (a.outcome == Outcome::LocalBlock) {
        rungs << Rung{K::Blocked, ReportText::tr("SYN stopped by this computer's firewall"), elapsed, true};
    } else if (a.icmp.present && !a.localOrigin) {
        const QString words = evidence::icmpShortName(a.ipv6, a.icmp.type, a.icmp.code);
        const QString label = words.isEmpty() ? ReportText::tr("ICMP %1/%2").arg(a.icmp.type).arg(a.icmp.code)
                                              : ReportText::tr("ICMP %1/%2: %3").arg(a.icmp.type).arg(a.icmp.code).arg(words);
        if (a.icmp.from == a.address) {
            // The server itself answered with ICMP: no router in between.
            rungs << Rung{K::Right, ReportText::tr("SYN"), zero} << Rung{K::Left, label, elapsed, true};
        } else {
            *middle = a.icmp.from;
            rungs << Rung{K::ToMiddle, ReportText::tr("SYN"), zero} << Rung{K::FromMiddle, label, elapsed, true};
        }
    } else if (a.outcome == Outcome::HostUnreachable) {
        rungs << Rung{K::Blocked, ReportText::tr("SYN not sent: nobody has this address here"), elapsed, true};
    } else if (a.outcome == Outcome::NetworkUnreachable) {
        rungs << Rung{K::Blocked, ReportText::tr("SYN not sent: no route to this network"), elapsed, true};
    } else {
        rungs << Rung{K::Blocked,
                      ReportText::tr("SYN failed: %1").arg(a.osError.isEmpty() ? evidence::outcomeName(a.outcome) : a.osError),
                      elapsed, true};
    }
    return rungs;
}

/// The ladder past the ACK: what the service step sent on this address and what came back.
void serviceRungs(QList<Rung>& rungs, const evidence::ServiceEvidence& s, bool greetingShown)
{
    using K = Rung::Kind;
    // The service step makes connections of its own after the port test's: its times count from its start.
    const QString elapsed = u'+' + formatMs(static_cast<double>(s.elapsedMs - (s.small.tried ? s.small.elapsedMs : 0)));
    const QString smallTime = u'+' + formatMs(static_cast<double>(s.elapsedMs));
    const bool secondTry = s.small.result == u"answered";
    // What came back, for the try that was answered (the only one, or the second).
    const auto answer = [&](const QString& time) {
        if (s.check == u"tls") {
            const QString what = s.result == u"ok" ? ReportText::tr("ServerHello, certificate: %1").arg(s.protocol)
                : s.result == u"cert_expired"       ? ReportText::tr("certificate: expired")
                : s.result == u"cert_not_yet_valid" ? ReportText::tr("certificate: not valid yet")
                : s.result == u"cert_untrusted"     ? ReportText::tr("certificate: not trusted here")
                : s.result == u"cert_name_mismatch" ? ReportText::tr("certificate: for another name")
                : s.result == u"not_tls"            ? ReportText::tr("an answer that is not TLS")
                : s.result == u"handshake_failed"   ? (s.alert.isEmpty() ? ReportText::tr("TLS alert")
                                                                        : ReportText::tr("TLS alert: %1").arg(s.alert))
                : s.result == u"closed"             ? ReportText::tr("FIN: closed instead of answering")
                                                    : QString();
            if (!what.isEmpty()) {
                rungs << Rung{K::Left, what, time, s.result != u"ok"};
            }
        } else if (s.check == u"http" && s.result == u"status") {
            rungs << Rung{K::Left, elide(s.statusLine, 44), time, s.httpStatus >= 500};
        } else if (s.check == u"http" && s.result == u"closed") {
            rungs << Rung{K::Left, ReportText::tr("FIN: closed without an answer"), time, true};
        }
    };
    const QString hello = s.check == u"tls" ? ReportText::tr("on a new connection: ClientHello (TLS hello)")
                                                 : ReportText::tr("on a new connection: HEAD /");
    if (s.check == u"greeting") {
        if (s.result == u"no_greeting") {
            rungs << Rung{K::Note, ReportText::tr("no greeting"), elapsed, true};
        } else if (s.result == u"closed") {
            rungs << Rung{K::Left, ReportText::tr("FIN: closed without a word"), elapsed, true};
        } else if (s.result == u"greeting" && !greetingShown) { // else the port test's rung shows it
            rungs << Rung{K::Left, ReportText::tr("greeting: %1").arg(elide(s.greeting, 44)), elapsed};
        }
        return;
    }
    rungs << Rung{K::Right, hello, {}};
    if (s.result == u"no_answer" || secondTry) {
        rungs << Rung{K::Note, secondTry ? ReportText::tr("no answer: large packets lost on the way") : ReportText::tr("no answer"),
                      elapsed, true};
    } else {
        answer(elapsed);
    }
    if (!s.small.tried) {
        return;
    }
    if (s.small.result == u"answered" || s.small.result == u"no_answer") {
        rungs << Rung{K::Right, ReportText::tr("again, small packets (%1 bytes): %2")
                                    .arg(s.small.mss)
                                    .arg(s.check == u"tls" ? u"ClientHello"_s : u"HEAD /"_s),
                      {}};
        if (secondTry) {
            answer(smallTime);
        } else {
            rungs << Rung{K::Note, ReportText::tr("no answer either"), smallTime, true};
        }
    } else {
        rungs << Rung{K::Note, ReportText::tr("no try with small packets: %1").arg(s.small.error), {}, false};
    }
}
} // namespace

QList<QPointF> Diagram::arrowHead(const Line& line)
{
    const QLineF l(line.from, line.to);
    if (l.length() < 1) {
        return {};
    }
    const double angle = qAtan2(l.dy(), l.dx());
    const double len = 9;
    const double spread = 0.45;
    return {line.to, line.to - QPointF(len * qCos(angle - spread), len * qSin(angle - spread)),
            line.to - QPointF(len * qCos(angle + spread), len * qSin(angle + spread))};
}

QString Diagram::color(Tone tone, bool background, bool dark)
{
    if (dark) {
        switch (tone) {
        case Tone::Text: return u"#e8eaed"_s;
        case Tone::Muted: return u"#aeb4bb"_s;
        case Tone::Line: return u"#8d949b"_s;
        case Tone::Pass: return background ? u"#17331f"_s : u"#5cc97b"_s;
        case Tone::Warn: return background ? u"#3a2f10"_s : u"#f0b429"_s;
        case Tone::Fail: return background ? u"#3d1719"_s : u"#ff6b6b"_s;
        case Tone::Skip: return background ? u"#2a2d31"_s : u"#9aa0a6"_s;
        }
    }
    switch (tone) {
    case Tone::Text: return u"#1d1d1f"_s;
    case Tone::Muted: return u"#5f6368"_s;
    case Tone::Line: return u"#80868b"_s;
    case Tone::Pass: return background ? u"#e6f4ea"_s : u"#1e7e34"_s;
    case Tone::Warn: return background ? u"#fff4d6"_s : u"#9a6700"_s;
    case Tone::Fail: return background ? u"#fdecec"_s : u"#c01c28"_s;
    case Tone::Skip: return background ? u"#eef0f3"_s : u"#6b7280"_s;
    }
    return u"#000000"_s;
}

QString Diagram::toneName(Tone tone)
{
    switch (tone) {
    case Tone::Text: return u"text"_s;
    case Tone::Muted: return u"muted"_s;
    case Tone::Line: return u"line"_s;
    case Tone::Pass: return u"pass"_s;
    case Tone::Warn: return u"warn"_s;
    case Tone::Fail: return u"fail"_s;
    case Tone::Skip: return u"skip"_s;
    }
    return u"text"_s;
}

QList<Diagram> handshakeDiagrams(const QJsonObject& doc)
{
    QList<Diagram> out;
    const QList<evidence::PortAttempt> tried = portAttempts(doc);
    const QJsonObject serviceStep = step(doc, u"service"_s);
    const evidence::ServiceEvidence service = evidence::ServiceEvidence::fromJson(
        serviceStep.value(u"data"_s).toObject(), serviceStep.value(u"status"_s).toString() != u"skipped");
    const double client = 200;
    const double server = 640;
    const double mid = 470;
    const double row = 40;
    const double first = 64;
    for (qsizetype i = 0; i < tried.size(); ++i) {
        const evidence::PortAttempt& a = tried.at(i);
        QString middle;
        QList<Rung> rungs = rungsFor(a, &middle);
        if (service.ran && !service.cancelled && service.address == a.address && a.outcome == evidence::Outcome::Open) {
            serviceRungs(rungs, service, !a.banner.isEmpty());
        }
        const QString address = a.address;
        Diagram d;
        d.id = u"handshake-%1"_s.arg(i + 1);
        d.title = ReportText::tr("The handshake with %1").arg(address);
        d.width = kWidth;
        d.height = first + row * static_cast<double>(rungs.size()) - 6;
        const double bottom = d.height - 8;
        d.labels << Diagram::Label{{8, 18}, ReportText::tr("time"), Tone::Muted, Anchor::Start, 12, false};
        d.labels << Diagram::Label{{client, 18}, ReportText::tr("This computer"), Tone::Text, Anchor::Middle, 13, true};
        d.labels << Diagram::Label{{server, 18}, elide(address, 40), Tone::Text, Anchor::Middle, 13, true};
        d.lines << Diagram::Line{{client, 28}, {client, bottom}, Tone::Line}
                << Diagram::Line{{server, 28}, {server, bottom}, Tone::Line};
        if (!middle.isEmpty()) {
            d.labels << Diagram::Label{
                {mid, 38}, ReportText::tr("router %1").arg(elide(middle, 40)), Tone::Muted, Anchor::Middle, 12, false};
            d.lines << Diagram::Line{{mid, 44}, {mid, bottom}, Tone::Line, true};
        }
        QStringList alt{ReportText::tr("This computer and %1:").arg(address)};
        for (qsizetype r = 0; r < rungs.size(); ++r) {
            const Rung& g = rungs.at(r);
            const double y = first + row * static_cast<double>(r);
            const Tone tone = g.bad ? Tone::Fail : Tone::Text;
            if (!g.time.isEmpty()) {
                d.labels << Diagram::Label{{8, y + 4}, g.time, Tone::Muted, Anchor::Start, 12, false};
            }
            using K = Rung::Kind;
            QPointF from(client, y);
            QPointF to(server, y);
            bool cross = false;
            bool dashed = false;
            switch (g.kind) {
            case K::Right: break;
            case K::Left: std::swap(from, to); break;
            case K::Lost:
                to = QPointF(client + (server - client) * 0.62, y);
                cross = true;
                dashed = true;
                break;
            case K::Blocked:
                to = QPointF(client + 46, y);
                cross = true;
                break;
            case K::ToMiddle: to = QPointF(mid, y); break;
            case K::FromMiddle:
                from = QPointF(mid, y);
                to = QPointF(client, y);
                break;
            case K::Note: break;
            }
            const bool fromStart = g.kind == K::Blocked || g.kind == K::ToMiddle || g.kind == K::FromMiddle;
            const double labelX = g.kind == K::Blocked ? client + 64
                : fromStart                            ? client + 10
                                                       : (from.x() + to.x()) / 2;
            if (g.kind == K::Note) {
                d.labels << Diagram::Label{{(client + server) / 2, y + 4}, g.label, tone, Anchor::Middle, 13, true};
            } else {
                d.lines << Diagram::Line{from, to, g.bad && g.kind != K::Right ? Tone::Fail : Tone::Text, dashed,
                                         !cross};
                d.labels << Diagram::Label{
                    {labelX, y - 7}, g.label, tone, fromStart ? Anchor::Start : Anchor::Middle, 13, false};
            }
            if (cross) {
                d.labels << Diagram::Label{{to.x() + 2, y + 5}, u"✕"_s, Tone::Fail, Anchor::Start, 15, true};
            }
            const QString arrow = g.kind == K::Left || g.kind == K::FromMiddle ? u"←"_s
                : g.kind == K::Note                                            ? u"…"_s
                : cross                                                        ? u"→ ✕"_s
                                                                               : u"→"_s;
            alt << (g.time.isEmpty() ? u"  %1 %2"_s.arg(arrow, g.label)
                                     : u"  %1 %2 (%3)"_s.arg(arrow, g.label, g.time));
        }
        d.description = alt.join(u'\n');
        out << finished(d);
    }
    return out;
}

Diagram timelineDiagram(const QJsonObject& doc)
{
    Diagram d;
    d.id = u"timeline"_s;
    d.title = ReportText::tr("When each step ran");
    d.width = kWidth;
    const QJsonArray all = steps(doc);
    const double row = 28;
    const double left = 170;
    const double right = kWidth - 90;
    d.height = 16 + row * static_cast<double>(all.size()) + 28;
    double total = qMax(1.0, doc.value(u"duration_ms"_s).toDouble());
    for (const QJsonValue& v : all) {
        const QJsonObject s = v.toObject();
        total = qMax(total, s.value(u"started_ms"_s).toDouble() + s.value(u"duration_ms"_s).toDouble());
    }
    const double scale = (right - left) / total;
    QStringList alt;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonObject s = all.at(i).toObject();
        const QString status = s.value(u"status"_s).toString();
        const double y = 12 + row * static_cast<double>(i);
        const QString name = stepName(s.value(u"id"_s).toString());
        d.labels << Diagram::Label{{8, y + 15}, elide(name, 22), Tone::Text, Anchor::Start, 13, false};
        // Within the axis: a report read back (compare) may hold any number, negative or huge.
        const double start = qBound(0.0, s.value(u"started_ms"_s).toDouble(), total);
        const double dur = qBound(0.0, s.value(u"duration_ms"_s).toDouble(), total - start);
        if (status == u"skipped" && dur <= 0) {
            d.labels << Diagram::Label{{left, y + 15}, ReportText::tr("not run"), Tone::Muted, Anchor::Start, 12,
                                       false};
            alt << ReportText::tr("%1: not run").arg(name);
            continue;
        }
        const Tone tone = toneOf(status);
        d.boxes << Diagram::Box{QRectF(left + start * scale, y + 2, qMax(3.0, dur * scale), row - 10), tone, false, 3};
        d.labels << Diagram::Label{{qMin(left + (start + dur) * scale + 6, right + 4), y + 15},
                                   formatMs(dur),
                                   Tone::Muted,
                                   Anchor::Start,
                                   12,
                                   false};
        alt << ReportText::tr("%1: started at %2, took %3").arg(name, formatMs(start), formatMs(dur));
    }
    const double axis = d.height - 18;
    d.lines << Diagram::Line{{left, axis}, {right, axis}, Tone::Line};
    d.labels << Diagram::Label{{left, axis + 14}, formatMs(0), Tone::Muted, Anchor::Start, 11, false};
    d.labels << Diagram::Label{{right, axis + 14}, formatMs(total), Tone::Muted, Anchor::End, 11, false};
    d.description = alt.join(u'\n');
    return finished(d);
}

} // namespace tcpd::core
