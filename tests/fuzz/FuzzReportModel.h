// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// What the report fuzzers share (FuzzReport.cpp: JSON, Markdown, text; FuzzReportHtml.cpp: HTML): the
// Report made from the fuzzer's bytes, and the check for hidden characters. Both read an input the same
// way, so a seed or a regression of one is a valid input of the other (both replay regressions/report/).
// Included by one source file per binary.

#include "FuzzSupport.h"

#include "report/Redactor.h"
#include "report/Report.h"
#include "steps/Steps.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>
#include <optional>

namespace tcpd::fuzz::report {

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
        // Printable ASCII (most of every report) is none of the categories below: no table lookup for it.
        if ((c.unicode() >= 0x20 && c.unicode() < 0x7f) || c == u'\n' || c == u'\t') {
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

/// The report an input describes: its first byte says whether the writers get it redacted, the rest
/// fills every field (reportFrom). Nothing for inputs over 64 KiB.
std::optional<Report> reportFromInput(const uint8_t* data, std::size_t size)
{
    if (size > 64 * 1024) {
        return std::nullopt;
    }
    fuzz::Input in(data, size);
    const bool redact = in.flag();
    const Report report = reportFrom(in);
    return redact ? redactReport(report) : report;
}

} // namespace

} // namespace tcpd::fuzz::report
