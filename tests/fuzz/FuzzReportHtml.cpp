// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The HTML report writer (core/report/HtmlWriter): the fuzzer's Report (FuzzReportModel.h, the same input
// as the report target), written as HTML, plainly and redacted. Checks: only the writer's own tags and
// attributes (no markup from a field: no <script, no on...= handler) and no raw control characters.

#include "FuzzReportModel.h"

#include "report/ReportFile.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace tcpd;
using namespace tcpd::core;
using namespace tcpd::fuzz::report;
using namespace Qt::StringLiterals;

namespace {

/// Whitespace followed by "on" in any case: what every match of the event-handler pattern starts with.
bool mayHaveHandler(QStringView attributes)
{
    for (qsizetype i = 0; i + 2 < attributes.size(); ++i) {
        if (attributes.at(i).isSpace() && attributes.at(i + 1).toLower() == u'o'
            && attributes.at(i + 2).toLower() == u'n') {
            return true;
        }
    }
    return false;
}

/// Every tag in `html` is one the writer itself writes, with plain attributes and no event handler.
void checkHtmlMarkup(const QString& html)
{
    static const QSet<QString> allowed{
        u"html"_s, u"head"_s,    u"meta"_s, u"title"_s,   u"style"_s,   u"body"_s,     u"h1"_s,      u"h2"_s,
        u"h3"_s,   u"h4"_s,      u"p"_s,    u"table"_s,   u"thead"_s,   u"tbody"_s,    u"tr"_s,      u"th"_s,
        u"td"_s,   u"ul"_s,      u"ol"_s,   u"li"_s,      u"code"_s,    u"span"_s,     u"strong"_s,  u"em"_s,
        u"br"_s,   u"section"_s, u"div"_s,  u"summary"_s, u"details"_s, u"pre"_s,      u"img"_s,     u"footer"_s,
        u"svg"_s,  u"g"_s,       u"rect"_s, u"line"_s,    u"polygon"_s, u"polyline"_s, u"path"_s,    u"circle"_s,
        u"text"_s, u"tspan"_s,   u"desc"_s, u"defs"_s,    u"marker"_s,  u"small"_s,    u"caption"_s, u"header"_s};
    // Matched on one candidate tag at a time, anchored by \A in the pattern: PCRE2's JIT cannot run a
    // match anchored by an option (AnchorAtOffsetMatchOption), so that falls back to the interpreter, which
    // allocates its frames on every call.
    static const QRegularExpression tag(
        uR"(\A<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*(?:="[^"<>]*")?)*)\s*/?>)"_s);
    // An event handler is an attribute *name* on...; inside a quoted (escaped) value it is only text.
    static const QRegularExpression quotedValue(uR"(="[^"]*")"_s);
    static const QRegularExpression handler(uR"(\son[a-z]+\b)"_s, QRegularExpression::CaseInsensitiveOption);
    // The tags checked already on this page, and what each does to the <style> state: a page repeats a
    // few hundred distinct tags a thousand times, and three regular expressions per tag were most of the
    // fuzzer's time.
    enum class StyleEffect { None, Opens, Closes };
    QHash<QStringView, StyleEffect> checked; // views into `html`, which outlives them
    qsizetype pos = 0;
    bool inStyle = false;
    while ((pos = html.indexOf(u'<', pos)) >= 0) {
        if (QStringView(html).mid(pos, 15) == u"<!DOCTYPE html>") {
            pos += 15;
            continue;
        }
        // A tag ends at the first '>' after its '<' (no part of the pattern but the last matches one), so
        // the match runs on that slice: the same result as on the whole page, without PCRE2 checking the
        // rest of the page again for every tag.
        const qsizetype end = html.indexOf(u'>', pos);
        const QStringView candidate = end < 0 ? QStringView() : QStringView(html).mid(pos, end - pos + 1);
        auto known = checked.constFind(candidate);
        if (known == checked.cend()) {
            const QRegularExpressionMatch m = end < 0 ? QRegularExpressionMatch() : tag.match(candidate.toString());
            FUZZ_CHECK(m.hasMatch() || inStyle,
                       qPrintable(u"a '<' that starts no tag of the writer: "_s + html.mid(pos, 80)));
            if (!m.hasMatch()) {
                ++pos;
                continue;
            }
            const QString name = m.captured(2).toLower();
            FUZZ_CHECK(allowed.contains(name), qPrintable(u"a tag the writer does not write: "_s + m.captured(0)));
            // A handler needs whitespace then "on" in the attributes; removing the quoted values cannot join
            // one (a value ends at a '"' followed by whitespace or the end), so without it there is none.
            const QString attributes = m.captured(3);
            FUZZ_CHECK(!mayHaveHandler(attributes)
                           || !handler.match(QString(attributes).remove(quotedValue)).hasMatch(),
                       qPrintable(u"an event handler: "_s + m.captured(0)));
            const StyleEffect effect = name != u"style"_s ? StyleEffect::None
                : m.captured(1).isEmpty()                 ? StyleEffect::Opens
                                                          : StyleEffect::Closes;
            known = checked.insert(candidate, effect); // a match is the whole candidate (it ends at its '>')
        }
        if (*known != StyleEffect::None) {
            inStyle = *known == StyleEffect::Opens;
        }
        pos += candidate.size();
    }
    FUZZ_CHECK(!html.contains(u"<script"_s, Qt::CaseInsensitive), "no script element");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    const std::optional<Report> report = reportFromInput(data, size);
    if (!report) {
        return 0;
    }
    QString error;
    QByteArray html;
    FUZZ_CHECK(renderReport(*report, u"html"_s, &html, &error), "HTML is written");
    const QString htmlText = QString::fromUtf8(html);
    checkNoHiddenCharacters(htmlText, "HTML");
    checkHtmlMarkup(htmlText);
    return 0;
}
