// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "BatchTable.h"

#include "report/ReportFile.h"

#include "Escape.h"
#include "ReportText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
struct BatchTable {
    Q_DECLARE_TR_FUNCTIONS(BatchTable)
};

} // namespace

QString csvCell(QString text)
{
    text = escapeControls(text);
    if (!text.isEmpty() && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@')) {
        text.prepend(u'\''); // never a formula in someone's spreadsheet
    }
    if (text.contains(u',') || text.contains(u'"')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

void BatchCounts::add(const Report& report)
{
    ++total;
    switch (exitCodeFor(report.verdict)) {
    case 0: ++reachable; break;
    case 1: ++problems; break;
    case 2: ++invalid; break;
    default: ++failed; break;
    }
}

BatchCounts countBatch(const QList<Report>& reports)
{
    BatchCounts c;
    for (const Report& r : reports) {
        c.add(r);
    }
    return c;
}

QString batchTargetText(const Report& report)
{
    const Target& t = report.target;
    if (t.host.isEmpty()) {
        return t.input;
    }
    return hostPortText(t);
}

qint64 batchMilliseconds(const Report& report)
{
    for (const StepResult& s : report.steps) {
        if (s.id == u"port" && s.durationMs > 0) {
            return s.durationMs;
        }
    }
    return report.durationMs;
}

QString batchToMarkdown(const QList<Report>& reports)
{
    QString md = u"| "_s + BatchTable::tr("Target") + u" | "_s + BatchTable::tr("Result") + u" | "_s
                 + BatchTable::tr("Code") + u" | "_s + BatchTable::tr("Took") + u" |\n|---|---|---|---:|\n"_s;
    for (const Report& r : reports) {
        md += u"| "_s + markdownCode(batchTargetText(r), true) + u" | "_s + escapeMarkdown(r.verdict.title)
              + u" | "_s + markdownCode(r.verdict.code, true) + u" | "_s
              + reporttext::formatMs(static_cast<double>(batchMilliseconds(r))) + u" |\n"_s;
    }
    const BatchCounts c = countBatch(reports);
    md += u"\n"_s
          + BatchTable::tr("Targets: %1. Reachable: %2. With a problem: %3. Not valid: %4. Not checked: %5.")
                .arg(c.total)
                .arg(c.reachable)
                .arg(c.problems)
                .arg(c.invalid)
                .arg(c.failed)
          + u"\n"_s;
    return md;
}

QString batchToCsv(const QList<Report>& reports)
{
    // Column names are fixed (English) so scripts can read them; the title is in the user's language.
    QString csv = u"target,verdict,title,layer,ms\r\n"_s;
    for (const Report& r : reports) {
        csv += csvCell(batchTargetText(r)) + u',' + csvCell(r.verdict.code) + u',' + csvCell(r.verdict.title) + u','
               + csvCell(r.verdict.layer) + u',' + QString::number(batchMilliseconds(r)) + u"\r\n"_s;
    }
    return csv;
}

QByteArray batchToJsonLines(const QList<Report>& reports)
{
    QByteArray out;
    for (const Report& r : reports) {
        out += QJsonDocument(reportToJson(r)).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

bool writeBatchFile(const QList<Report>& reports, const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"csv") {
        bytes = batchToCsv(reports).toUtf8();
    } else if (suffix == u"jsonl" || suffix == u"json") {
        bytes = batchToJsonLines(reports);
    } else if (suffix == u"md" || suffix == u"markdown" || suffix == u"txt") {
        bytes = batchToMarkdown(reports).toUtf8();
    } else {
        if (error != nullptr) {
            *error = BatchTable::tr("Choose a file name ending in .md, .csv or .jsonl.");
        }
        return false;
    }
    QString why;
    if (!saveFileAtomically(path, bytes, &why)) { // the same atomic, unbuffered save as every report
        if (error != nullptr) {
            *error = why;
        }
        return false;
    }
    return true;
}

} // namespace tcpd::core
