// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The plain-text report: the CLI's output and a summary for chat. Short: the verdict and what to
// do first, one line per step and per address. Everything from the network or the user passes
// escapeControls, so a banner cannot drive the terminal.

#include "report/Escape.h"
#include "report/Report.h"
#include "report/ReportText.h"

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
using namespace reporttext;

QString line(const QString& text)
{
    return escapeControls(text) + u'\n';
}

QString block(const QString& text, const QString& indent = {})
{
    QString out;
    for (const QString& l : escapeControls(text, true).split(u'\n')) {
        out += indent + l + u'\n';
    }
    return out;
}
} // namespace

QString reportToText(const Report& report)
{
    const QJsonObject doc = reportToJson(report);
    const QJsonObject v = doc.value(u"verdict"_s).toObject();
    const QString code = v.value(u"code"_s).toString();
    const QString mark = code == u"ok.reachable" ? u"✔ "_s : code.startsWith(u"ok.") ? u"⚠ "_s : u"✘ "_s;
    QString out;
    out += line(ReportText::tr("tcpdoctor: %1").arg(targetLine(doc))) + u'\n';
    if (doc.value(u"redacted"_s).toBool()) {
        out += line(redactedNotice()) + u'\n';
    }
    out += mark + line(v.value(u"title"_s).toString());
    out += block(v.value(u"explanation"_s).toString());
    const QJsonArray next = v.value(u"next_steps"_s).toArray();
    if (!next.isEmpty()) {
        out += u'\n' + ReportText::tr("What to do next:") + u'\n';
        for (const QJsonValue& s : next) {
            out += u"  • "_s + line(s.toString());
        }
    }

    out += u'\n' + ReportText::tr("Checklist:") + u'\n';
    for (const QJsonValue& sv : steps(doc)) {
        const QJsonObject s = sv.toObject();
        const QString status = s.value(u"status"_s).toString();
        // An unknown id (a report read back, compared) is shown as it is: escaped like any text.
        out += u"  %1 %2 %3: "_s.arg(statusMark(status), statusLabel(status).leftJustified(11),
                                     escapeControls(stepName(s.value(u"id"_s).toString())))
            + line(s.value(u"summary"_s).toString());
    }

    const QList<evidence::PortAttempt> tried = portAttempts(doc);
    if (!tried.isEmpty()) {
        out += u'\n' + ReportText::tr("Connection attempts:") + u'\n';
        for (const evidence::PortAttempt& a : tried) {
            out += u"  "_s + line(a.address + u": "_s + attemptSentence(a));
            if (!a.banner.isEmpty()) {
                out += u"    "_s + line(ReportText::tr("greeting: %1").arg(a.banner.left(200)));
            }
        }
    }

    const QJsonArray evidence = v.value(u"evidence"_s).toArray();
    if (!evidence.isEmpty()) {
        out += u'\n' + ReportText::tr("Evidence:") + u'\n';
        for (const QJsonValue& e : evidence) {
            out += u"  - "_s + line(e.toString());
        }
    }

    const QJsonObject pasted = doc.value(u"explained_error"_s).toObject();
    if (!pasted.isEmpty()) {
        out += u'\n' + ReportText::tr("The error message:") + u'\n';
        out += block(pasted.value(u"message"_s).toString(), u"  > "_s);
        if (const QString title = pasted.value(u"title"_s).toString(); !title.isEmpty()) {
            out += u"  "_s + line(ReportText::tr("What it means: %1").arg(title));
            out += block(pasted.value(u"explanation"_s).toString(), u"  "_s);
        }
    }

    const auto checks = manualChecks(doc);
    if (!checks.isEmpty()) {
        out += u'\n' + ReportText::tr("Checked by hand:") + u'\n';
        for (const auto& [question, answer] : checks) {
            out += u"  - "_s + line(answer.isEmpty() ? question : question + u": "_s + answer);
        }
    }

    const QJsonObject env = doc.value(u"environment"_s).toObject();
    out += u'\n'
        + line(ReportText::tr("Verdict code: %1 (layer: %2). Checked in %3 ms.")
                   .arg(code, v.value(u"layer"_s).toString())
                   .arg(doc.value(u"duration_ms"_s).toInteger()));
    out += line(ReportText::tr("%1, %2, tcpdoctor %3.")
                    .arg(startedLocal(doc), env.value(u"os"_s).toString(ReportText::tr("unknown system")),
                         doc.value(u"tool"_s).toObject().value(u"version"_s).toString()));
    return out;
}

} // namespace tcpd::core
