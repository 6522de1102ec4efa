// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Report.h"

#include "Version.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list) {
        a.append(s);
    }
    return a;
}

QString statusLabel(StepStatus s)
{
    switch (s) {
    case StepStatus::Pass: return ReportText::tr("OK");
    case StepStatus::Warn: return ReportText::tr("Warning");
    case StepStatus::Fail: return ReportText::tr("Problem");
    case StepStatus::Skipped: return ReportText::tr("Skipped");
    case StepStatus::Error: return ReportText::tr("Error");
    }
    return {};
}
} // namespace

QJsonObject reportToJson(const Report& report)
{
    QJsonObject root;
    root.insert(u"schema"_s, u"tcpdoctor-report/1"_s);
    root.insert(u"tool"_s, QJsonObject{{u"name"_s, u"tcpdoctor"_s}, {u"version"_s, QStringLiteral(TCPDOCTOR_VERSION)}});
    root.insert(u"started_at"_s, report.startedAt.toUTC().toString(Qt::ISODateWithMs));
    root.insert(u"duration_ms"_s, report.durationMs);

    QJsonObject target;
    target.insert(u"input"_s, report.target.input);
    target.insert(u"host"_s, report.target.host);
    target.insert(u"port"_s, report.target.port);
    target.insert(u"service"_s, report.target.service.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.target.service));
    if (report.target.displayHost != report.target.host) {
        target.insert(u"display_host"_s, report.target.displayHost);
    }
    root.insert(u"target"_s, target);

    QJsonArray steps;
    for (const StepResult& s : report.steps) {
        QJsonObject o;
        o.insert(u"id"_s, s.id);
        o.insert(u"status"_s, statusName(s.status));
        o.insert(u"summary"_s, s.summary);
        o.insert(u"started_ms"_s, s.startedMs);
        o.insert(u"duration_ms"_s, s.durationMs);
        QJsonArray findings;
        for (const Finding& f : s.findings) {
            findings.append(QJsonObject{{u"code"_s, f.code},
                                        {u"severity"_s, severityName(f.severity)},
                                        {u"title"_s, f.title},
                                        {u"detail"_s, f.detail},
                                        {u"advice"_s, toArray(f.advice)}});
        }
        o.insert(u"findings"_s, findings);
        o.insert(u"data"_s, s.data);
        steps.append(o);
    }
    root.insert(u"steps"_s, steps);

    const Verdict& v = report.verdict;
    root.insert(u"verdict"_s, QJsonObject{{u"code"_s, v.code},
                                          {u"layer"_s, v.layer},
                                          {u"title"_s, v.title},
                                          {u"explanation"_s, v.explanation},
                                          {u"next_steps"_s, toArray(v.nextSteps)},
                                          {u"evidence"_s, toArray(v.evidence)}});
    return root;
}

QString reportToText(const Report& report)
{
    QString out;
    const Verdict& v = report.verdict;
    out += ReportText::tr("tcpdoctor: %1 port %2").arg(report.target.displayHost).arg(report.target.port) + u"\n\n"_s;
    out += (v.isOk() ? u"✔ "_s : u"✘ "_s) + v.title + u"\n"_s;
    out += v.explanation + u"\n"_s;
    if (!v.nextSteps.isEmpty()) {
        out += u"\n"_s + ReportText::tr("What to do next:") + u"\n"_s;
        for (const QString& s : v.nextSteps) {
            out += u"  • "_s + s + u"\n"_s;
        }
    }
    out += u"\n"_s + ReportText::tr("Checklist:") + u"\n"_s;
    for (const StepResult& s : report.steps) {
        out += u"  %1  %2: %3\n"_s.arg(statusLabel(s.status).leftJustified(9), stepTitle(s.id), s.summary);
    }
    if (!v.evidence.isEmpty()) {
        out += u"\n"_s + ReportText::tr("Evidence:") + u"\n"_s;
        for (const QString& e : v.evidence) {
            out += u"  - "_s + e + u"\n"_s;
        }
    }
    out += u"\n"_s + ReportText::tr("Verdict code: %1 (layer: %2). Checked in %3 ms.").arg(v.code, v.layer).arg(report.durationMs) + u"\n"_s;
    return out;
}

QString reportToMarkdown(const Report& report)
{
    const Verdict& v = report.verdict;
    QString out;
    out += u"## "_s + ReportText::tr("tcpdoctor: %1 port %2").arg(report.target.displayHost).arg(report.target.port) + u"\n\n"_s;
    out += u"**"_s + v.title + u"** (`"_s + v.code + u"`)\n\n"_s + v.explanation + u"\n\n"_s;
    if (!v.nextSteps.isEmpty()) {
        out += u"**"_s + ReportText::tr("What to do next") + u"**\n\n"_s;
        for (const QString& s : v.nextSteps) {
            out += u"- "_s + s + u"\n"_s;
        }
        out += u"\n"_s;
    }
    out += u"| "_s + ReportText::tr("Step") + u" | "_s + ReportText::tr("Result") + u" | "_s + ReportText::tr("Details") + u" |\n|---|---|---|\n"_s;
    for (const StepResult& s : report.steps) {
        QString summary = s.summary;
        summary.replace(u'|', u"\\|"_s);
        out += u"| %1 | %2 | %3 |\n"_s.arg(stepTitle(s.id), statusLabel(s.status), summary);
    }
    if (!v.evidence.isEmpty()) {
        out += u"\n**"_s + ReportText::tr("Evidence") + u"**\n\n"_s;
        for (const QString& e : v.evidence) {
            out += u"- "_s + e + u"\n"_s;
        }
    }
    out += u"\n"_s + ReportText::tr("Started %1, took %2 ms, tcpdoctor %3.")
                          .arg(report.startedAt.toUTC().toString(Qt::ISODate))
                          .arg(report.durationMs)
                          .arg(QStringLiteral(TCPDOCTOR_VERSION))
         + u"\n"_s;
    return out;
}

QStringList reportFormats()
{
    return {u"json"_s, u"md"_s, u"txt"_s};
}

bool writeReportFile(const Report& report, const QString& path, QString* error)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (ext == u"json") {
        bytes = QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
    } else if (ext == u"md" || ext == u"markdown") {
        bytes = reportToMarkdown(report).toUtf8();
    } else if (ext == u"txt" || ext == u"text") {
        bytes = reportToText(report).toUtf8();
    } else {
        *error = ReportText::tr("tcpdoctor cannot write \"%1\" files yet: use a name ending in .json, .md or .txt.")
                     .arg(ext.isEmpty() ? ReportText::tr("(no extension)") : ext);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ReportText::tr("The report could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        *error = ReportText::tr("The report could not be saved to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tcpd::core
