// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Escape.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
bool isHidden(char32_t c)
{
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
        return true;
    }
    // Bidi overrides, zero-width marks, soft hyphen, BOM (Other_Format); U+2028/2029; lone surrogates.
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Separator_Line
        || cat == QChar::Separator_Paragraph || cat == QChar::Other_Surrogate;
}

QString escapeFor(char32_t c)
{
    if (c == u'\n')
        return u"\\n"_s;
    if (c == u'\r')
        return u"\\r"_s;
    if (c == u'\t')
        return u"\\t"_s;
    if (c < 0x100) {
        return u"\\x"_s + QString::number(c, 16).rightJustified(2, u'0');
    }
    return u"\\u"_s + QString::number(c, 16).rightJustified(4, u'0');
}

int longestRun(const QString& text, QChar c)
{
    int best = 0;
    int run = 0;
    for (const QChar ch : text) {
        run = ch == c ? run + 1 : 0;
        best = qMax(best, run);
    }
    return best;
}
} // namespace

QString escapeControls(const QString& text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> ucs4 = text.toUcs4();
    for (const uint u : ucs4) {
        const auto c = static_cast<char32_t>(u);
        if (keepNewlines && (c == u'\n' || c == u'\t')) {
            out += QChar(static_cast<char16_t>(c));
        } else if (isHidden(c)) {
            out += escapeFor(c);
        } else if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(static_cast<char16_t>(c));
        }
    }
    return out;
}

QString escapeJsonForTerminal(const QString& json)
{
    QString out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        char32_t code = c.unicode();
        qsizetype units = 1;
        if (c.isHighSurrogate() && i + 1 < json.size() && json.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, json.at(i + 1));
            units = 2;
        }
        // ASCII controls are escaped by every JSON writer already, and the layout's newlines must stay.
        if (code >= 0x7f && isHidden(code)) {
            for (qsizetype k = 0; k < units; ++k) {
                out += u"\\u"_s + QString::number(json.at(i + k).unicode(), 16).rightJustified(4, u'0');
            }
        } else {
            out += QStringView(json).mid(i, units);
        }
        i += units - 1;
    }
    return out;
}

QString escapeHtml(const QString& text)
{
    const QString clean = escapeControls(text, true);
    QString out;
    out.reserve(clean.size() + clean.size() / 8);
    for (const QChar c : clean) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'"': out += u"&quot;"_s; break;
        case u'\'': out += u"&#39;"_s; break;
        default: out += c;
        }
    }
    return out;
}

QString escapeMarkdown(const QString& text)
{
    QString clean = escapeControls(text, true);
    clean.replace(u'\t', u' ');
    clean = clean.split(u'\n', Qt::SkipEmptyParts).join(u' ');
    static const QString special = u"\\`*_[]<>|~&$"_s;
    QString out;
    out.reserve(clean.size() + 8);
    for (const QChar c : clean) {
        if (special.contains(c)) {
            out += u'\\';
        }
        out += c;
    }
    // What only means something at the start of a line: headings, lists, quotes, setext rules.
    static const QRegularExpression lineStart(
        uR"(^(\s*)(#{1,6}(?=\s|$)|[+\-](?=\s|$)|[=\-]{2,})|^(\s*\d{1,9})([.)])(?=\s|$))"_s);
    const QRegularExpressionMatch m = lineStart.match(out);
    if (m.hasMatch()) {
        const int at = m.capturedStart(2) >= 0 ? m.capturedStart(2) : m.capturedStart(4);
        out.insert(at, u'\\');
    }
    return out;
}

QString markdownCode(const QString& text, bool inTable)
{
    QString clean = escapeControls(text, false);
    if (inTable) {
        clean.replace(u'|', u"\\|"_s);
    }
    const QString fence(longestRun(clean, u'`') + 1, u'`');
    const bool pad = clean.isEmpty() || clean.startsWith(u'`') || clean.endsWith(u'`') || clean.startsWith(u' ');
    return pad ? QString(fence + u' ' + clean + u' ' + fence) : QString(fence + clean + fence);
}

QString markdownFence(const QString& text)
{
    const QString clean = escapeControls(text, true);
    const QString fence(qMax(3, longestRun(clean, u'`') + 1), u'`');
    return fence + u"text\n"_s + clean + (clean.endsWith(u'\n') ? u""_s : u"\n"_s) + fence + u'\n';
}

} // namespace tcpd::core
