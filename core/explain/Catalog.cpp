// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Catalog.h"

#include "explain/ExplainTexts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

constexpr QRegularExpression::PatternOptions kOptions
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::DontCaptureOption;

bool isQuote(char16_t c, char16_t* straight)
{
    switch (c) {
    case u'\u2018':
    case u'\u2019':
    case u'\u201A':
    case u'\u201B':
    case u'\u02BC':
    case u'\u2032':
    case u'\u00B4': *straight = u'\''; return true;
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u201F':
    case u'\u00AB':
    case u'\u00BB':
    case u'\u2033': *straight = u'"'; return true;
    default: return false;
    }
}

/// Skips an ANSI escape sequence (terminal colours in pasted logs) starting at `i`; returns the
/// index of its last character.
qsizetype skipEscape(const QString& raw, qsizetype i)
{
    if (i + 1 < raw.size() && raw[i + 1] == u'[') {
        qsizetype j = i + 2;
        while (j < raw.size() && !(raw[j].unicode() >= 0x40 && raw[j].unicode() <= 0x7E)) {
            ++j;
        }
        return std::min(j, raw.size() - 1);
    }
    return i;
}

/// Appends `c` without its accents: "é" -> "e", "ü" -> "u"; "ß" and letters without a canonical
/// decomposition stay as they are.
void appendFolded(QChar c, qsizetype textIndex, PreparedMessage& m)
{
    if (c.unicode() < 0x80 || c.isSurrogate()) {
        m.folded += c;
        m.foldedToText << textIndex;
        return;
    }
    if (c.category() == QChar::Mark_NonSpacing) {
        return; // an accent typed as its own character
    }
    if (c.decompositionTag() == QChar::Canonical) {
        for (const QChar d : c.decomposition()) {
            if (d.category() != QChar::Mark_NonSpacing) {
                m.folded += d;
                m.foldedToText << textIndex;
            }
        }
        return;
    }
    m.folded += c;
    m.foldedToText << textIndex;
}

QString compileError(const QString& id, const QString& pattern, const QRegularExpression& re)
{
    return u"entry \"%1\": pattern \"%2\" does not compile: %3 (at %4)"_s.arg(id, pattern, re.errorString())
        .arg(re.patternErrorOffset());
}

} // namespace

QString PreparedMessage::textSpan(qsizetype start, qsizetype length) const
{
    if (length <= 0 || start < 0 || start + length > foldedToText.size()) {
        return {};
    }
    const qsizetype from = foldedToText[start];
    const qsizetype to = foldedToText[start + length - 1];
    return text.mid(from, to - from + 1).trimmed();
}

PreparedMessage prepareMessage(const QString& input, qsizetype maxLength)
{
    const QString raw = input.left(maxLength);
    PreparedMessage m;
    m.text.reserve(raw.size());
    m.folded.reserve(raw.size());
    m.foldedToText.reserve(raw.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QChar c = raw[i];
        if (c == u'\x1b') {
            i = skipEscape(raw, i);
            continue;
        }
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            pendingSpace = true;
            continue;
        }
        if (c.category() == QChar::Other_Format) {
            continue; // zero-width spaces, direction marks
        }
        if (pendingSpace && !m.text.isEmpty()) {
            m.text += u' ';
            m.folded += u' ';
            m.foldedToText << m.text.size() - 1;
        }
        pendingSpace = false;
        char16_t straight = 0;
        if (isQuote(c.unicode(), &straight)) {
            c = QChar(straight);
        }
        m.text += c;
        appendFolded(c, m.text.size() - 1, m);
    }
    return m;
}

const QStringList& explainerCodes()
{
    static const QStringList codes = {u"error.refused"_s,
                                      u"error.timeout"_s,
                                      u"error.host_unreachable"_s,
                                      u"error.network_unreachable"_s,
                                      u"error.reset"_s,
                                      u"error.aborted"_s,
                                      u"error.closed"_s,
                                      u"error.name_resolution"_s,
                                      u"error.access_denied"_s,
                                      u"error.connect_failed"_s,
                                      u"error.unknown"_s,
                                      // since 0.2
                                      u"error.tls_untrusted"_s,
                                      u"error.tls_expired"_s,
                                      u"error.tls_name_mismatch"_s,
                                      u"error.tls_handshake"_s,
                                      u"error.proxy_auth"_s,
                                      u"error.proxy_failed"_s,
                                      u"error.address_in_use"_s,
                                      u"error.address_not_available"_s,
                                      u"error.no_buffers"_s,
                                      u"error.tls_revoked"_s};
    return codes;
}

Catalog Catalog::fromJson(const QByteArray& json, QStringList* errors)
{
    Catalog catalog;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *errors << u"not a JSON object: %1 (at %2)"_s.arg(parseError.errorString()).arg(parseError.offset);
        return catalog;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"schema"_s).toString() != u"tcpdoctor-explain-catalog/1") {
        *errors << u"schema is not tcpdoctor-explain-catalog/1"_s;
    }
    static const QStringList phases = {u"dns"_s, u"handshake"_s, u"established"_s, u"local"_s};

    QStringList ignore;
    for (const QJsonValue& v : root.value(u"ignore"_s).toArray()) {
        const QRegularExpression re(v.toString(), kOptions);
        if (!re.isValid()) {
            *errors << compileError(u"ignore"_s, v.toString(), re);
            continue;
        }
        ignore << u"(?:"_s + v.toString() + u')';
    }
    if (!ignore.isEmpty()) {
        catalog.m_ignore = QRegularExpression(ignore.join(u'|'), kOptions);
        catalog.m_ignore.optimize();
    }

    QStringList ids;
    for (const QJsonValue& value : root.value(u"entries"_s).toArray()) {
        const QJsonObject o = value.toObject();
        CatalogEntry e;
        e.id = o.value(u"id"_s).toString();
        e.code = o.value(u"code"_s).toString();
        e.phase = o.value(u"phase"_s).toString();
        e.priority = o.value(u"priority"_s).toInt(-1);
        e.text = o.value(u"text"_s).toString(e.code.mid(6)); // "error.refused" -> "refused"
        const QString where = u"entry \"%1\": "_s.arg(e.id);
        QStringList problems;
        if (e.id.isEmpty() || ids.contains(e.id)) {
            problems << where + u"missing or repeated id"_s;
        }
        if (!explainerCodes().contains(e.code)) {
            problems << where + u"unknown code \"%1\""_s.arg(e.code);
        }
        if (!phases.contains(e.phase)) {
            problems << where + u"unknown phase \"%1\""_s.arg(e.phase);
        }
        if (e.priority < 0 || e.priority > 1000) {
            problems << where + u"priority must be a number from 0 to 1000"_s;
        }
        const ExplainText* text = explainText(e.text);
        if (explainerCodes().contains(e.code) && (text == nullptr || QLatin1String(text->code) != e.code)) {
            problems << where + u"text \"%1\" does not exist for %2"_s.arg(e.text, e.code);
        }
        QStringList alternatives;
        for (const QJsonValue& p : o.value(u"patterns"_s).toArray()) {
            const QString pattern = p.toString();
            const QRegularExpression re(pattern, kOptions);
            if (pattern.isEmpty() || !re.isValid()) {
                problems << compileError(e.id, pattern, re);
            } else if (re.match(QString()).hasMatch() || re.match(u" "_s).hasMatch()) {
                problems << where + u"pattern \"%1\" matches empty text"_s.arg(pattern);
            } else {
                alternatives << u"(?:"_s + pattern + u')';
            }
        }
        if (o.value(u"patterns"_s).toArray().isEmpty()) {
            problems << where + u"no patterns"_s;
        }
        if (!problems.isEmpty()) {
            *errors << problems;
            continue;
        }
        ids << e.id;
        e.patternCount = static_cast<int>(alternatives.size());
        e.regex = QRegularExpression(alternatives.join(u'|'), kOptions);
        e.regex.optimize();
        catalog.m_entries.push_back(std::move(e));
    }
    std::stable_sort(catalog.m_entries.begin(), catalog.m_entries.end(),
                     [](const CatalogEntry& a, const CatalogEntry& b) { return a.priority > b.priority; });
    return catalog;
}

const Catalog& Catalog::builtIn()
{
    static const Catalog catalog = [] {
        QFile file(u":/explain/catalog.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            spdlog::error(
                "explain: the embedded catalog :/explain/catalog.json is missing; every message reads as unknown");
            return Catalog();
        }
        QStringList errors;
        Catalog c = fromJson(file.readAll(), &errors);
        for (const QString& e : errors) {
            spdlog::error("explain catalog: {}", e.toStdString());
        }
        spdlog::debug("explain catalog: {} entries, {} patterns", c.entries().size(), c.patternCount());
        return c;
    }();
    return catalog;
}

int Catalog::patternCount() const
{
    int n = 0;
    for (const CatalogEntry& e : m_entries) {
        n += e.patternCount;
    }
    return n;
}

CatalogMatch Catalog::match(const QString& folded) const
{
    QList<std::pair<qsizetype, qsizetype>> ignored; // [start, end)
    if (m_ignore.isValid() && !m_ignore.pattern().isEmpty()) {
        QRegularExpressionMatchIterator it = m_ignore.globalMatch(folded);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            ignored.append({m.capturedStart(), m.capturedEnd()});
        }
    }
    const auto isIgnored = [&ignored](qsizetype start, qsizetype end) {
        return std::any_of(ignored.cbegin(), ignored.cend(),
                           [=](const auto& span) { return start < span.second && span.first < end; });
    };

    CatalogMatch best;
    for (const CatalogEntry& e : m_entries) {
        if (best.entry != nullptr && e.priority < best.entry->priority) {
            break; // entries are sorted: nothing below can win
        }
        qsizetype from = 0;
        while (from < folded.size()) {
            const QRegularExpressionMatch m = e.regex.match(folded, from);
            if (!m.hasMatch() || (best.entry != nullptr && m.capturedStart() >= best.start)) {
                break;
            }
            if (isIgnored(m.capturedStart(), m.capturedEnd())) {
                from = m.capturedStart() + 1;
                continue;
            }
            best = {&e, m.capturedStart(), m.capturedLength()};
            break;
        }
    }
    return best;
}

} // namespace tcpd::core
