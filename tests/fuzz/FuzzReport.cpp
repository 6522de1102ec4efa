// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The report writers (core/report): a Report whose every user- and network-supplied field comes from
// the fuzzer (target, summaries, findings, banners, DNS names, interface names, the pasted error, the
// environment, odd numbers), written as JSON, HTML, Markdown and text, plainly and redacted. Checks:
// the JSON parses; the HTML has only the writer's own tags and attributes (no markup from a field:
// no <script, no on...= handler) and no raw control characters; Markdown and text carry no raw
// control or bidi characters.

#include "FuzzSupport.h"

#include "report/Redactor.h"
#include "report/Report.h"
#include "report/ReportFile.h"
#include "steps/Steps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <limits>

using namespace tcpd;
using namespace tcpd::core;
using namespace Qt::StringLiterals;

namespace {

qint64 duration(fuzz::Input& in)
{
    switch (in.number(3)) {
    case 0: return in.number(5000);
    case 1: return -static_cast<qint64>(in.number(5000));
    case 2: return std::numeric_limits<qint64>::max() - in.number(10);
    default: return std::numeric_limits<qint64>::min() + in.number(10);
    }
}

QJsonValue number(fuzz::Input& in)
{
    switch (in.number(5)) {
    case 0: return static_cast<int>(in.number(65535));
    case 1: return 1e300 * (in.flag() ? 1 : -1);
    case 2: return -static_cast<double>(in.number(100000)) / 7.0;
    case 3: return QJsonValue::Null;
    case 4: return in.text(32);
    default: return static_cast<double>(in.number(100000)) / 3.0;
    }
}

StepResult step(fuzz::Input& in, const QString& id)
{
    StepResult s;
    s.id = in.flag() ? id : in.text(16);
    s.status = static_cast<StepStatus>(in.number(4));
    s.summary = in.text(300);
    s.startedMs = duration(in);
    s.durationMs = duration(in);
    for (unsigned i = 0, n = in.number(3); i < n; ++i) {
        Finding f;
        f.code = id + u'.' + in.text(32);
        f.severity = static_cast<Severity>(in.number(2));
        f.title = in.text(200);
        f.detail = in.text(500);
        for (unsigned k = 0, m = in.number(2); k < m; ++k) {
            f.advice << in.text(200);
        }
        s.findings << f;
    }
    QJsonArray attempts;
    for (unsigned i = 0, n = in.number(3); i < n; ++i) {
        attempts << QJsonObject{
            {u"address"_s, in.text(64)},
            {u"family"_s, in.flag() ? u"ipv4"_s : u"ipv6"_s},
            {u"outcome"_s, in.text(24)},
            {u"rtt_ms"_s, number(in)},
            {u"tries"_s, number(in)},
            {u"elapsed_ms"_s, number(in)},
            {u"banner"_s, in.text(500)},
            {u"os_error"_s, in.text(64)},
            {u"local_origin"_s, in.flag()},
            {u"icmp"_s, QJsonObject{{u"type"_s, number(in)}, {u"code"_s, number(in)}, {u"from"_s, in.text(64)}}}};
    }
    QJsonArray interfaces;
    for (unsigned i = 0, n = in.number(2); i < n; ++i) {
        interfaces << QJsonObject{
            {u"name"_s, in.text(32)},
            {u"kind"_s, in.text(16)},
            {u"carrier"_s, in.flag()},
            {u"mac"_s, in.text(32)},
            {u"wifi"_s, QJsonObject{{u"ssid"_s, in.text(64)}}},
            {u"addresses"_s, QJsonArray{QJsonObject{{u"address"_s, in.text(64)}, {u"prefix"_s, number(in)}}}}};
    }
    s.data = QJsonObject{
        {u"attempts"_s, attempts},
        {u"interfaces"_s, interfaces},
        {u"port"_s, number(in)},
        {u"status"_s, in.text(24)},
        {u"addresses"_s, QJsonArray{in.text(64), in.text(64)}},
        {u"cname_chain"_s, QJsonArray{in.text(100), in.text(100)}},
        {u"gateways"_s, QJsonArray{in.text(64)}},
        {u"dns_servers"_s, QJsonArray{in.text(64)}},
        {u"route"_s,
         QJsonObject{{u"source"_s, in.text(64)}, {u"next_hop"_s, in.text(64)}, {u"interface"_s, in.text(32)}}}};
    if (in.flag()) {
        // Any JSON shape the fuzzer comes up with, merged over the fields above.
        const QJsonObject extra = QJsonDocument::fromJson(QByteArray::fromStdString(in.bytes(2000))).object();
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            s.data.insert(it.key(), it.value());
        }
    }
    return s;
}

Report reportFrom(fuzz::Input& in)
{
    Report r;
    r.startedAt = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(in.number(65535)) * 86400000LL / 8, Qt::UTC);
    r.durationMs = duration(in);
    r.target.input = in.text(300);
    r.target.host = in.text(300);
    r.target.displayHost = in.text(300);
    r.target.port = static_cast<quint16>(in.number(65535));
    r.target.service = in.text(16);
    r.target.isAddress = in.flag();
    r.target.isIPv6 = in.flag();
    r.environment = {in.text(64), in.text(16), in.text(64), in.text(16), in.text(64), in.text(64), in.text(64)};
    for (const QString& id : checklistStepIds()) {
        r.steps << (in.flag() ? notBuiltStep(id) : step(in, id));
    }
    r.verdict.code = in.text(32);
    r.verdict.layer = in.text(16);
    r.verdict.title = in.text(200);
    r.verdict.explanation = in.text(500);
    r.verdict.nextSteps = {in.text(200), in.text(200)};
    r.verdict.evidence = {in.text(200)};
    if (in.flag()) {
        r.pastedError.message = in.text(2000);
        r.pastedError.code = in.text(32);
        r.pastedError.title = in.text(200);
        r.pastedError.explanation = in.text(500);
        r.pastedError.suggestedSteps = {in.text(16)};
    }
    for (unsigned i = 0, n = in.number(3); i < n; ++i) {
        r.manualChecks << ManualCheck{in.text(32), in.text(200), static_cast<ManualCheck::Answer>(in.number(2))};
    }
    return r;
}

/// `text` with every character that is not plain printable shown as <U+xxxx>, for the failure messages.
QString visible(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        const bool plain = c.unicode() >= 0x20 && c.unicode() < 0x7f;
        out += plain ? QString(c) : u"<U+%1>"_s.arg(static_cast<uint>(c.unicode()), 4, 16, QChar(u'0'));
    }
    return out;
}

/// Raw control, bidi and line-separator characters (what escapeControls turns into \x.. / \u....): fails
/// with the character's code and the text around it.
void checkNoHiddenCharacters(const QString& text, const char* format)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\t') {
            continue;
        }
        const QChar::Category cat = c.category();
        const bool hidden = cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Separator_Line
            || cat == QChar::Separator_Paragraph;
        FUZZ_CHECK(
            !hidden,
            qPrintable(u"a raw U+%1 in the %2 output: \"%3\""_s.arg(static_cast<uint>(c.unicode()), 4, 16, QChar(u'0'))
                           .arg(QLatin1String(format), visible(text.mid(qMax<qsizetype>(0, i - 60), 120)))));
    }
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
    static const QRegularExpression tag(
        uR"(<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*(?:="[^"<>]*")?)*)\s*/?>)"_s);
    // An event handler is an attribute *name* on...; inside a quoted (escaped) value it is only text.
    static const QRegularExpression quotedValue(uR"(="[^"]*")"_s);
    static const QRegularExpression handler(uR"(\son[a-z]+\b)"_s, QRegularExpression::CaseInsensitiveOption);
    qsizetype pos = 0;
    bool inStyle = false;
    while ((pos = html.indexOf(u'<', pos)) >= 0) {
        if (html.mid(pos, 15) == u"<!DOCTYPE html>"_s) {
            pos += 15;
            continue;
        }
        const QRegularExpressionMatch m
            = tag.match(html, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        FUZZ_CHECK(m.hasMatch() || inStyle,
                   qPrintable(u"a '<' that starts no tag of the writer: "_s + html.mid(pos, 80)));
        if (!m.hasMatch()) {
            ++pos;
            continue;
        }
        const QString name = m.captured(2).toLower();
        FUZZ_CHECK(allowed.contains(name), qPrintable(u"a tag the writer does not write: "_s + m.captured(0)));
        FUZZ_CHECK(!handler.match(m.captured(3).remove(quotedValue)).hasMatch(),
                   qPrintable(u"an event handler: "_s + m.captured(0)));
        if (name == u"style"_s) {
            inStyle = m.captured(1).isEmpty();
        }
        pos += m.capturedLength(0);
    }
    FUZZ_CHECK(!html.contains(u"<script"_s, Qt::CaseInsensitive), "no script element");
}

void checkAll(const Report& report)
{
    QString error;
    QByteArray json;
    FUZZ_CHECK(renderReport(report, u"json"_s, &json, &error), "JSON is written");
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    FUZZ_CHECK(parse.error == QJsonParseError::NoError && doc.isObject(), "the JSON report is valid JSON");
    FUZZ_CHECK(doc.object().value(u"target"_s).toObject().value(u"input"_s).toString() == report.target.input,
               "the JSON keeps the target as given");

    QByteArray html;
    FUZZ_CHECK(renderReport(report, u"html"_s, &html, &error), "HTML is written");
    const QString htmlText = QString::fromUtf8(html);
    checkNoHiddenCharacters(htmlText, "HTML");
    checkHtmlMarkup(htmlText);

    QByteArray md;
    FUZZ_CHECK(renderReport(report, u"md"_s, &md, &error), "Markdown is written");
    checkNoHiddenCharacters(QString::fromUtf8(md), "Markdown");

    QByteArray txt;
    FUZZ_CHECK(renderReport(report, u"txt"_s, &txt, &error), "text is written");
    checkNoHiddenCharacters(QString::fromUtf8(txt), "text");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    if (size > 64 * 1024) {
        return 0;
    }
    fuzz::Input in(data, size);
    const bool redact = in.flag();
    const Report report = reportFrom(in);
    checkAll(redact ? redactReport(report) : report);
    return 0;
}
