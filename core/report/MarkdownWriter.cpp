// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Markdown report: short, for a ticket or a chat. Every text that is not our own markup goes
// through escapeMarkdown (sentences) or markdownCode (addresses, banners: shown literally, never
// turned into links or HTML); a pasted message goes into a fenced block.

#include "report/Escape.h"
#include "report/Report.h"
#include "report/ReportText.h"

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
using namespace reporttext;

QString cell(const QString& text)
{
    return escapeMarkdown(text); // escapes | too
}
} // namespace

QString reportToMarkdown(const Report& report)
{
    const QJsonObject doc = reportToJson(report);
    const QJsonObject v = doc.value(u"verdict"_s).toObject();
    const QString code = v.value(u"code"_s).toString();
    QString out;
    out += u"## "_s + escapeMarkdown(ReportText::tr("tcpdoctor: %1").arg(targetLine(doc))) + u"\n\n"_s;
    if (doc.value(u"redacted"_s).toBool()) {
        out += u"> "_s + escapeMarkdown(redactedNotice()) + u"\n\n"_s;
    }
    const QString mark = code == u"ok.reachable" ? u"✔ "_s : code.startsWith(u"ok.") ? u"⚠ "_s : u"✘ "_s;
    out += u"**"_s + mark + escapeMarkdown(v.value(u"title"_s).toString()) + u"** ("_s + markdownCode(code) + u", "_s
        + escapeMarkdown(ReportText::tr("layer %1").arg(v.value(u"layer"_s).toString())) + u")\n\n"_s;
    if (const QString explanation = v.value(u"explanation"_s).toString(); !explanation.isEmpty()) {
        out += escapeMarkdown(explanation) + u"\n\n"_s;
    }
    const QJsonArray next = v.value(u"next_steps"_s).toArray();
    if (!next.isEmpty()) {
        out += u"**"_s + escapeMarkdown(ReportText::tr("What to do next")) + u"**\n\n"_s;
        int n = 0;
        for (const QJsonValue& s : next) {
            out += QString::number(++n) + u". "_s + escapeMarkdown(s.toString()) + u'\n';
        }
        out += u'\n';
    }

    out += u"| "_s + cell(ReportText::tr("Step")) + u" | "_s + cell(ReportText::tr("Result")) + u" | "_s
        + cell(ReportText::tr("Details")) + u" |\n|---|---|---|\n"_s;
    for (const QJsonValue& sv : steps(doc)) {
        const QJsonObject s = sv.toObject();
        const QString status = s.value(u"status"_s).toString();
        out += u"| %1 | %2 %3 | %4 |\n"_s.arg(cell(stepName(s.value(u"id"_s).toString())), statusMark(status),
                                              cell(statusLabel(status)), cell(s.value(u"summary"_s).toString()));
    }

    const QList<evidence::PortAttempt> tried = portAttempts(doc);
    if (!tried.isEmpty()) {
        out += u"\n**"_s + escapeMarkdown(ReportText::tr("Connection attempts")) + u"**\n\n"_s;
        for (const evidence::PortAttempt& a : tried) {
            out += u"- "_s + markdownCode(a.address) + u": "_s + escapeMarkdown(attemptSentence(a)) + u'\n';
            if (!a.banner.isEmpty()) {
                out += u"  - "_s + escapeMarkdown(ReportText::tr("greeting:")) + u' ' + markdownCode(a.banner.left(200))
                    + u'\n';
            }
        }
    }

    const QJsonArray evidence = v.value(u"evidence"_s).toArray();
    if (!evidence.isEmpty()) {
        out += u"\n**"_s + escapeMarkdown(ReportText::tr("Evidence")) + u"**\n\n"_s;
        for (const QJsonValue& e : evidence) {
            out += u"- "_s + escapeMarkdown(e.toString()) + u'\n';
        }
    }

    const QJsonObject pasted = doc.value(u"explained_error"_s).toObject();
    if (!pasted.isEmpty()) {
        out += u"\n**"_s + escapeMarkdown(ReportText::tr("The error message")) + u"**\n\n"_s;
        out += markdownFence(pasted.value(u"message"_s).toString());
        if (const QString title = pasted.value(u"title"_s).toString(); !title.isEmpty()) {
            out += u"\n**"_s + escapeMarkdown(ReportText::tr("What it means: %1").arg(title)) + u"**\n\n"_s
                + escapeMarkdown(pasted.value(u"explanation"_s).toString()) + u'\n';
        }
    }

    const auto checks = manualChecks(doc);
    if (!checks.isEmpty()) {
        out += u"\n**"_s + escapeMarkdown(ReportText::tr("Checked by hand")) + u"**\n\n"_s;
        for (const auto& [question, answer] : checks) {
            out += u"- "_s + escapeMarkdown(answer.isEmpty() ? question : question + u": "_s + answer) + u'\n';
        }
    }

    const QJsonObject env = doc.value(u"environment"_s).toObject();
    out += u"\n_"_s
        + escapeMarkdown(ReportText::tr("Started %1, took %2 ms, on %3, tcpdoctor %4.")
                             .arg(startedLocal(doc))
                             .arg(doc.value(u"duration_ms"_s).toInteger())
                             .arg(env.value(u"os"_s).toString(ReportText::tr("an unknown system")),
                                  doc.value(u"tool"_s).toObject().value(u"version"_s).toString()))
        + u"_\n"_s;
    return out;
}

} // namespace tcpd::core
