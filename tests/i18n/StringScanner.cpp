// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "StringScanner.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tcpd::test {

namespace {

// Replaces comments by spaces (keeping newlines, so line numbers stay right); literals stay.
QString withoutComments(const QString& in)
{
    QString out = in;
    enum { Code, Line, Block, Str, Chr } state = Code;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out[i];
        const QChar next = i + 1 < out.size() ? out[i + 1] : QChar();
        switch (state) {
        case Code:
            if (c == u'/' && next == u'/') {
                state = Line;
                out[i] = u' ';
            } else if (c == u'/' && next == u'*') {
                state = Block;
                out[i] = u' ';
            } else if (c == u'"') {
                state = Str;
            } else if (c == u'\'') {
                state = Chr;
            }
            break;
        case Line:
            if (c == u'\n') {
                state = Code;
            } else {
                out[i] = u' ';
            }
            break;
        case Block:
            if (c == u'*' && next == u'/') {
                out[i] = u' ';
                out[i + 1] = u' ';
                ++i;
                state = Code;
            } else if (c != u'\n') {
                out[i] = u' ';
            }
            break;
        case Str:
        case Chr:
            if (c == u'\\') {
                ++i;
            } else if ((state == Str && c == u'"') || (state == Chr && c == u'\'')) {
                state = Code;
            }
            break;
        }
    }
    return out;
}

enum class Until {
    Closing,      ///< the bracket that closes the one at `from`
    StatementEnd, ///< the first ';' at depth 0, or a bracket closing one opened before `from`
};

// Walks from `from` over balanced (), {} and [], skipping string and character literals, and returns where
// `until` is met, or -1 (bounded: at most 4000 characters).
qsizetype scanBalanced(const QString& s, qsizetype from, Until until)
{
    int depth = 0;
    for (qsizetype i = from; i < s.size() && i < from + 4000; ++i) {
        const QChar c = s[i];
        if (c == u'"' || c == u'\'') {
            for (++i; i < s.size() && s[i] != c; ++i) {
                if (s[i] == u'\\') {
                    ++i;
                }
            }
        } else if (c == u'(' || c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u')' || c == u'}' || c == u']') {
            --depth;
            if (until == Until::Closing ? depth == 0 : depth < 0) {
                return i;
            }
        } else if (until == Until::StatementEnd && c == u';' && depth == 0) {
            return i;
        }
    }
    return -1;
}

// The end of a balanced (...) that opens at `open`, or -1. Literals are skipped.
qsizetype closingParen(const QString& s, qsizetype open)
{
    return scanBalanced(s, open, Until::Closing);
}

// The end of an expression statement from `from`: the first ';' at depth 0.
qsizetype statementEnd(const QString& s, qsizetype from)
{
    return scanBalanced(s, from, Until::StatementEnd);
}

// Blanks out the translated parts: tr(...), translate(...), QT_TR_NOOP(...) and friends.
QString withoutTranslated(QString expr)
{
    static const QRegularExpression call(
        u"\\b(tr|translate|qtTrId|QT_TR_NOOP|QT_TR_N_NOOP|QT_TRANSLATE_NOOP|QT_TRANSLATE_NOOP3|QT_TRANSLATE_N_NOOP)\\s*\\("_s);
    for (qsizetype from = 0;;) {
        const auto m = call.match(expr, from);
        if (!m.hasMatch()) {
            break;
        }
        const qsizetype open = m.capturedEnd() - 1;
        const qsizetype close = closingParen(expr, open);
        if (close < 0) {
            break;
        }
        for (qsizetype i = m.capturedStart(); i <= close; ++i) {
            if (expr[i] != u'\n') {
                expr[i] = u' ';
            }
        }
        from = close + 1;
    }
    return expr;
}

// The literal's text as the program sees it: \" \\ \n \t resolved.
QString unescaped(const QString& written)
{
    QString out;
    for (qsizetype i = 0; i < written.size(); ++i) {
        if (written[i] == u'\\' && i + 1 < written.size()) {
            const QChar c = written[++i];
            out += c == u'n' ? QChar(u'\n') : c == u't' ? QChar(u'\t') : c;
        } else {
            out += written[i];
        }
    }
    return out;
}

bool isProse(const QString& literal)
{
    static const QRegularExpression noise(u"%L?[0-9]+|%n|<[^<>]*>|&[a-zA-Z]+;|\\\\[nrt]"_s);
    static const QRegularExpression word(u"\\p{L}{2,}"_s);
    static const QRegularExpression code(u"^[a-z][a-z0-9]*([._-][a-z0-9]+)+$"_s); // "listen.ok", "dns_timeout"
    if (code.match(literal).hasMatch()) {
        return false;
    }
    QString text = literal;
    text.replace(noise, u" "_s);
    return word.match(text).hasMatch();
}

// A literal that is a JSON key, a lookup or one side of a comparison: o.value(u"name"_s), x == u"ok".
bool isKeyOrComparison(const QString& before)
{
    static const QRegularExpression re(u"(==|!=|\\[|\\b(value|contains|startsWith|endsWith|indexOf|insert|remove|take|"
                                       "find|count|compare)\\s*\\()\\s*$"_s);
    return re.match(before.right(80)).hasMatch();
}

struct Sink {
    QRegularExpression re;
    enum Kind { Call, Statement } kind;
};

} // namespace

QList<UnmarkedString> findUnmarkedStrings(const QString& source)
{
    static const QList<Sink> sinks = {
        // Widgets: the texts people read.
        {QRegularExpression(u"(?:\\.|->)\\s*(setText|setWindowTitle|setToolTip|setPlaceholderText|addItem|addItems|"
                            "insertItem|setTitle|setSubTitle|setStatusTip|setWhatsThis|setButtonText|"
                            "setAccessibleName|setAccessibleDescription|setHeaderLabels|setHorizontalHeaderLabels|"
                            "setTabText|addTab|addAction|setLabelText|showMessage|setPlainText|setHtml|"
                            "setSpecialValueText|setSuffix|setPrefix)\\s*\\("_s),
         Sink::Call},
        {QRegularExpression(u"\\b(?:setText|setWindowTitle|setToolTip|setTitle|setSubTitle|setButtonText|"
                            "setPlaceholderText)\\s*\\("_s),
         Sink::Call},
        {QRegularExpression(u"\\bQMessageBox::(information|warning|critical|question|about)\\s*\\("_s), Sink::Call},
        {QRegularExpression(u"\\bnew\\s+(QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QToolButton|QAction|"
                            "QCommandLinkButton|QMenu)\\s*\\("_s),
         Sink::Call},
        // The report and step structs: findings, advice, summaries, verdicts, explanations.
        {QRegularExpression(u"(?:\\.|->)(title|detail|summary|explanation|description|headline|finding)\\s*=(?!=)"_s),
         Sink::Statement},
        {QRegularExpression(u"(?:\\.|->)(advice|nextSteps|evidence|suggestedSteps)\\s*(?:<<|=(?!=)|\\.append\\(|"
                            "\\.push_back\\(|\\.prepend\\()"_s),
         Sink::Statement},
        // The command line: what is printed to people.
        {QRegularExpression(u"\\bQTextStream\\s*\\(\\s*(stdout|stderr)\\s*\\)\\s*<<"_s), Sink::Statement},
        {QRegularExpression(u"\\b(fail|failLine|usageError)\\s*\\("_s), Sink::Call},
        // Text written for people: the CLI's streams, the report writers' output.
        {QRegularExpression(u"\\b(?:out|err|m_out|text|html|md)\\s*(?:<<|\\+=)"_s), Sink::Statement},
    };
    static const QRegularExpression literal(u"(?:\\bu8?|\\bL)?\"((?:[^\"\\\\\\n]|\\\\.)*)\""_s);

    const QString code = withoutComments(source);
    QList<UnmarkedString> found;
    QList<qsizetype> seen; // a literal caught by two sinks counts once
    for (const Sink& sink : sinks) {
        for (auto it = sink.re.globalMatch(code); it.hasNext();) {
            const auto m = it.next();
            qsizetype begin = m.capturedEnd();
            qsizetype end = -1;
            if (sink.kind == Sink::Call) {
                begin -= 1; // at '('
                end = closingParen(code, begin);
            } else {
                end = statementEnd(code, begin);
            }
            if (end < 0) {
                continue;
            }
            const QString expr = withoutTranslated(code.mid(begin, end - begin));
            for (auto lit = literal.globalMatch(expr); lit.hasNext();) {
                const auto l = lit.next();
                const qsizetype at = begin + l.capturedStart();
                if (!isProse(l.captured(1)) || seen.contains(at) || isKeyOrComparison(expr.left(l.capturedStart()))) {
                    continue;
                }
                seen << at;
                UnmarkedString u;
                u.line = int(code.left(at).count(u'\n')) + 1;
                u.sink = m.captured(0).simplified();
                u.literal = unescaped(l.captured(1));
                found << u;
            }
        }
    }
    std::sort(found.begin(), found.end(),
              [](const UnmarkedString& a, const UnmarkedString& b) { return a.line < b.line; });
    return found;
}

} // namespace tcpd::test
