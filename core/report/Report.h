// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "diagnosis/Verdict.h"
#include "steps/StepResult.h"
#include "target/Target.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace tcpd::core {

/// Everything one run found: the model every writer (JSON, text, Markdown) and the GUI read.
struct Report {
    QDateTime startedAt;
    qint64 durationMs = 0;
    Target target;
    QList<StepResult> steps;
    Verdict verdict;
};

/// CONTRACT.md's `tcpdoctor-report/1` document.
QJsonObject reportToJson(const Report& report);

/// Readable text for a terminal (the CLI's output without --json).
QString reportToText(const Report& report);

/// Short Markdown for tickets and chat.
QString reportToMarkdown(const Report& report);

/// Writes the report to `path` in the format its extension names (.json, .md, .txt). The file is
/// written atomically: it is either complete or untouched. On failure returns false and a sentence.
bool writeReportFile(const Report& report, const QString& path, QString* error);

/// The extensions writeReportFile understands.
QStringList reportFormats();

} // namespace tcpd::core

Q_DECLARE_METATYPE(tcpd::core::Report)
