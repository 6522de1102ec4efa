// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Explainer.h"

#include "explain/Catalog.h"
#include "explain/ExplainTexts.h"
#include "explain/Extract.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
constexpr qsizetype kMaxMatched = 300; // `matched` is a quote, not a copy of the log
}

QString Explanation::target() const
{
    if (host.isEmpty()) {
        return {};
    }
    if (port == 0) {
        return host;
    }
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

Explanation explainError(const QString& message)
{
    const PreparedMessage prepared = message.size() <= kMaxExplainInput
        ? prepareMessage(message, kMaxExplainInput)
        : prepareMessage(message.left(kMaxExplainInput / 2) + u"\n…\n"_s + message.right(kMaxExplainInput / 2),
                         kMaxExplainInput + 3); // "…": the two halves never join into one sentence
    const CatalogMatch match = Catalog::builtIn().match(prepared.folded);

    Explanation e;
    if (match.entry != nullptr) {
        e.code = match.entry->code;
        e.kind = match.entry->text;
        e.phase = match.entry->phase;
        e.matched = prepared.textSpan(match.start, match.length).left(kMaxMatched);
    } else {
        e.code = u"error.unknown"_s;
        e.kind = u"unknown"_s;
    }
    const ExplainText* text = explainText(e.kind);
    Q_ASSERT(text != nullptr); // the catalog only loads entries whose texts exist
    if (text != nullptr) {
        e.title = translatedTitle(*text);
        e.explanation = translatedExplanation(*text);
        e.causes = translatedCauses(*text);
        e.suggestedSteps = stepIds(*text);
    }
    const ExtractedTarget target = extractTarget(prepared.text);
    e.host = target.host;
    e.port = target.port;
    if (e.code == u"error.address_in_use" && e.host.isEmpty() && e.port == 0) {
        e.port = extractLocalPort(prepared.text); // the port taken on this computer, for the server view
    }
    return e;
}

FittingCheck fittingCheck(const Explanation& e)
{
    if (e.code == u"error.address_in_use") {
        return e.host.isEmpty() ? FittingCheck::ServerView : FittingCheck::None;
    }
    static constexpr quint16 kStartTlsPorts[] = {21, 25, 110, 143, 389, 587, 1433, 3306, 5222, 5432};
    const bool directTls = e.code.startsWith(u"error.tls_"_s) && !e.host.isEmpty()
        && std::find(std::begin(kStartTlsPorts), std::end(kStartTlsPorts), e.port) == std::end(kStartTlsPorts);
    return directTls ? FittingCheck::ChecklistWithTls : FittingCheck::Checklist;
}

QJsonObject explanationToJson(const Explanation& e)
{
    return QJsonObject{
        {u"schema"_s, u"tcpdoctor-explain/1"_s},
        {u"code"_s, e.code},
        {u"title"_s, e.title},
        {u"explanation"_s, e.explanation},
        {u"phase"_s, e.phase.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.phase)},
        {u"host"_s, e.host.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.host)},
        {u"port"_s, e.port == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(e.port)},
        {u"suggested_steps"_s, QJsonArray::fromStringList(e.suggestedSteps)},
        {u"matched"_s, e.matched},
        {u"causes"_s, QJsonArray::fromStringList(e.causes)},
    };
}

} // namespace tcpd::core
