// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Compare.h"

#include "report/Escape.h"
#include "report/ReportText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
using namespace reporttext;
using Kind = ReportChange::Kind;
using Direction = ReportChange::Direction;

int verdictRank(const QString& code)
{
    return code == u"ok.reachable" ? 0 : code == u"ok.partial" ? 1 : 2;
}

int statusRank(const QString& status)
{
    if (status == u"pass")
        return 0;
    if (status == u"warn")
        return 1;
    if (status == u"fail" || status == u"error")
        return 2;
    return -1; // skipped or unknown: not better or worse than anything
}

Direction direction(int before, int after)
{
    if (before < 0 || after < 0 || before == after) {
        return Direction::Changed;
    }
    return after < before ? Direction::Better : Direction::Worse;
}

QString q(const QString& s)
{
    return escapeControls(s);
}

QJsonObject summaryOf(const QJsonObject& doc)
{
    const QJsonObject t = doc.value(u"target"_s).toObject();
    const QJsonObject v = doc.value(u"verdict"_s).toObject();
    return {{u"started_at"_s, doc.value(u"started_at"_s)},
            {u"target"_s, QJsonObject{{u"host"_s, t.value(u"host"_s)}, {u"port"_s, t.value(u"port"_s)}}},
            {u"verdict"_s, QJsonObject{{u"code"_s, v.value(u"code"_s)}, {u"title"_s, v.value(u"title"_s)}}}};
}

QString kindName(Kind k)
{
    switch (k) {
    case Kind::Target: return u"target"_s;
    case Kind::Verdict: return u"verdict"_s;
    case Kind::Step: return u"step"_s;
    case Kind::Attempt: return u"attempt"_s;
    case Kind::AddressAdded: return u"address_added"_s;
    case Kind::AddressRemoved: return u"address_removed"_s;
    }
    return {};
}

QString directionName(Direction d)
{
    return d == Direction::Better ? u"better"_s : d == Direction::Worse ? u"worse"_s : u"changed"_s;
}
} // namespace

bool ReportComparison::gotWorse() const
{
    return std::any_of(changes.begin(), changes.end(),
                       [](const ReportChange& c) { return c.direction == Direction::Worse; });
}

ReportComparison compareReports(const QJsonObject& older, const QJsonObject& newer)
{
    ReportComparison out;
    const QJsonObject ot = older.value(u"target"_s).toObject();
    const QJsonObject nt = newer.value(u"target"_s).toObject();
    if (ot.value(u"host"_s) != nt.value(u"host"_s) || ot.value(u"port"_s) != nt.value(u"port"_s)) {
        out.changes << ReportChange{Kind::Target,
                                    Direction::Changed,
                                    {},
                                    targetLine(older),
                                    targetLine(newer),
                                    ReportText::tr("The reports are about different targets: %1, then %2.")
                                        .arg(q(targetLine(older)), q(targetLine(newer)))};
    }

    const QJsonObject ov = older.value(u"verdict"_s).toObject();
    const QJsonObject nv = newer.value(u"verdict"_s).toObject();
    const QString oc = ov.value(u"code"_s).toString();
    const QString nc = nv.value(u"code"_s).toString();
    if (oc != nc) {
        out.changes << ReportChange{
            Kind::Verdict,
            direction(verdictRank(oc), verdictRank(nc)),
            {},
            oc,
            nc,
            ReportText::tr("The verdict changed from \"%1\" (%2) to \"%3\" (%4).")
                .arg(q(ov.value(u"title"_s).toString()), q(oc), q(nv.value(u"title"_s).toString()), q(nc))};
    }

    QStringList ids;
    for (const QJsonObject* doc : {&older, &newer}) {
        for (const QJsonValue& s : steps(*doc)) {
            const QString id = s.toObject().value(u"id"_s).toString();
            if (!ids.contains(id)) {
                ids << id;
            }
        }
    }
    for (const QString& id : std::as_const(ids)) {
        const QString before = step(older, id).value(u"status"_s).toString(u"skipped"_s);
        const QString after = step(newer, id).value(u"status"_s).toString(u"skipped"_s);
        if (before != after) {
            out.changes << ReportChange{
                Kind::Step,
                direction(statusRank(before), statusRank(after)),
                id,
                before,
                after,
                ReportText::tr("%1: was %2, now %3.").arg(q(stepName(id)), statusLabel(before), statusLabel(after))};
        }
    }

    using evidence::PortAttempt;
    const QList<PortAttempt> oldAttempts = portAttempts(older);
    const QList<PortAttempt> newAttempts = portAttempts(newer);
    const auto find = [](const QList<PortAttempt>& list, const QString& address) -> const PortAttempt* {
        for (const PortAttempt& a : list) {
            if (a.address == address) {
                return &a;
            }
        }
        return nullptr;
    };
    for (const PortAttempt& now : newAttempts) {
        const QString& address = now.address;
        const PortAttempt* was = find(oldAttempts, address);
        const QString after = evidence::outcomeName(now.outcome);
        if (was == nullptr) {
            out.changes << ReportChange{Kind::AddressAdded,
                                        Direction::Changed,
                                        address,
                                        {},
                                        after,
                                        ReportText::tr("New address %1: %2.").arg(q(address), q(attemptSentence(now)))};
            continue;
        }
        const QString before = evidence::outcomeName(was->outcome);
        if (before != after) {
            const int b = was->outcome == evidence::Outcome::Open ? 0 : 2;
            const int a = now.outcome == evidence::Outcome::Open ? 0 : 2;
            out.changes << ReportChange{Kind::Attempt,
                                        direction(b, a),
                                        address,
                                        before,
                                        after,
                                        ReportText::tr("%1: was %2; now %3.")
                                            .arg(q(address), q(attemptSentence(*was)), q(attemptSentence(now)))};
        }
    }
    for (const PortAttempt& was : oldAttempts) {
        const QString& address = was.address;
        if (find(newAttempts, address) == nullptr) {
            out.changes << ReportChange{Kind::AddressRemoved,
                                        Direction::Changed,
                                        address,
                                        evidence::outcomeName(was.outcome),
                                        {},
                                        ReportText::tr("Address %1 was not tried any more (it was: %2).")
                                            .arg(q(address), q(attemptSentence(was)))};
        }
    }
    return out;
}

QJsonObject comparisonToJson(const ReportComparison& c, const QJsonObject& older, const QJsonObject& newer)
{
    QJsonArray changes;
    for (const ReportChange& ch : c.changes) {
        const auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
        changes.append(QJsonObject{{u"kind"_s, kindName(ch.kind)},
                                   {u"subject"_s, orNull(ch.subject)},
                                   {u"old"_s, orNull(ch.before)},
                                   {u"new"_s, orNull(ch.after)},
                                   {u"direction"_s, directionName(ch.direction)},
                                   {u"text"_s, ch.text}});
    }
    return {{u"schema"_s, u"tcpdoctor-compare/1"_s},
            {u"old"_s, summaryOf(older)},
            {u"new"_s, summaryOf(newer)},
            {u"worse"_s, c.gotWorse()},
            {u"changes"_s, changes}};
}

QString comparisonToText(const ReportComparison& c, const QJsonObject& older, const QJsonObject& newer)
{
    QString out = ReportText::tr("Comparing %1 (%2) with %3 (%4):")
                      .arg(q(targetLine(older)), q(older.value(u"started_at"_s).toString()), q(targetLine(newer)),
                           q(newer.value(u"started_at"_s).toString()))
        + u'\n';
    if (c.isEmpty()) {
        return out
            + ReportText::tr("Nothing changed: the same verdict (%1), the same results for every step and address.")
                  .arg(q(newer.value(u"verdict"_s).toObject().value(u"code"_s).toString()))
            + u'\n';
    }
    for (const ReportChange& ch : c.changes) {
        const QString mark = ch.direction == Direction::Better ? u"✔ "_s
            : ch.direction == Direction::Worse                 ? u"✘ "_s
                                                               : u"• "_s;
        out += u"  "_s + mark + ch.text + u'\n';
    }
    out += c.gotWorse() ? ReportText::tr("Something got worse.") : ReportText::tr("Nothing got worse.");
    return out + u'\n';
}

std::optional<QJsonObject> readReportJson(const QString& path, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists()) {
        *error = ReportText::tr("%1 does not exist.").arg(shown);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ReportText::tr("%1 cannot be read: %2.").arg(shown, file.errorString());
        return std::nullopt;
    }
    // Read at most the cap, whatever the file claims to be: /dev/zero, a pipe or a file that grows have no
    // honest size. A real report is a few hundred kilobytes at most.
    const QByteArray bytes = file.read(kMaxReportBytes + 1);
    if (bytes.size() > kMaxReportBytes) {
        *error = ReportText::tr("%1 is larger than %2 MB: too large to be a tcpdoctor report.")
                     .arg(shown)
                     .arg(kMaxReportBytes / (1024 * 1024));
        return std::nullopt;
    }
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = ReportText::tr("%1 is not a JSON report: %2.")
                     .arg(shown,
                          parse.error != QJsonParseError::NoError ? parse.errorString()
                                                                  : ReportText::tr("not a JSON object"));
        return std::nullopt;
    }
    const QString schema = doc.object().value(u"schema"_s).toString();
    if (schema != u"tcpdoctor-report/1") {
        *error = ReportText::tr("%1 is not a tcpdoctor report (its schema is \"%2\", expected \"tcpdoctor-report/1\").")
                     .arg(shown, q(schema.left(80)));
        return std::nullopt;
    }
    const QJsonObject verdict = doc.object().value(u"verdict"_s).toObject();
    if (verdict.value(u"code"_s).toString().isEmpty()) {
        *error = ReportText::tr("%1 has no verdict: it is not a whole tcpdoctor report.").arg(shown);
        return std::nullopt;
    }
    return doc.object();
}

} // namespace tcpd::core
