// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Report.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tcpd::core {

// The results of a target list (`diagnose --many`, the wizard's "Check a list of endpoints") as one
// table: for a ticket (Markdown), a spreadsheet (CSV) or a program (JSON Lines, one
// tcpdoctor-report/1 document a line, exactly as `diagnose --many --json` prints them).

/// How a list came out: targets reachable, with a problem, and lines that are not targets.
struct BatchCounts {
    int total = 0;
    int reachable = 0;
    int problems = 0; ///< diagnosed problems (exit code 1)
    int invalid = 0;  ///< lines that are not targets (exit code 2)
    int failed = 0;   ///< tcpdoctor could not check (exit code 3)

    /// Counts one more report, by its verdict's exit code.
    void add(const Report& report);
};
BatchCounts countBatch(const QList<Report>& reports);

/// "host:port" as people write it ([v6]:port), or the line as written when it is not a target.
QString batchTargetText(const Report& report);

/// One CSV cell: quoted when needed, control characters escaped, and never read as a formula by a
/// spreadsheet (a leading = + - @ gets a ').
QString csvCell(QString text);

/// How long a target took: its port test (a list runs them all at once), else the report's duration.
qint64 batchMilliseconds(const Report& report);

/// A GitHub-flavoured Markdown table: target, result, verdict code, time. Cell text is escaped.
QString batchToMarkdown(const QList<Report>& reports);

/// RFC 4180 CSV with a header row (target, verdict, title, layer, milliseconds). Cells that a
/// spreadsheet would run as a formula (= + - @ at the start) get a leading apostrophe.
QString batchToCsv(const QList<Report>& reports);

/// One compact tcpdoctor-report/1 JSON document a line (JSON Lines), in list order.
QByteArray batchToJsonLines(const QList<Report>& reports);

/// Writes the table to `path` in the format its extension names (.md, .csv, .jsonl or .json, .txt =
/// Markdown), atomically. On failure returns false and one sentence in *error.
bool writeBatchFile(const QList<Report>& reports, const QString& path, QString* error);

} // namespace tcpd::core
