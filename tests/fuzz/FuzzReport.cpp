// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The report writers but HTML (core/report): a Report whose every user- and network-supplied field comes
// from the fuzzer (target, summaries, findings, banners, DNS names, interface names, the pasted error,
// the environment, odd numbers; FuzzReportModel.h), written as JSON, Markdown and text, plainly and
// redacted. Checks: the JSON parses and keeps the target as given; Markdown and text carry no raw
// control or bidi characters. The HTML writer has its own target (FuzzReportHtml.cpp): together they
// were one target at about 40 runs a second, which explored little (docs/hardening.md).

#include "FuzzReportModel.h"

#include "report/ReportFile.h"

using namespace tcpd;
using namespace tcpd::core;
using namespace tcpd::fuzz::report;
using namespace Qt::StringLiterals;

namespace {

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
    if (const std::optional<Report> report = reportFromInput(data, size)) {
        checkAll(*report);
    }
    return 0;
}
