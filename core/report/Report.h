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

#include <optional>

namespace tcpd::core {

/// The computer a report was made on. Left empty by the runner; writers fill it from the running
/// system (RunEnvironment::current()) when they find it empty, so a report saved right after a run
/// describes that computer.
struct RunEnvironment {
    QString os;           ///< "Debian GNU/Linux 12 (bookworm)" (QSysInfo::prettyProductName)
    QString osVersion;    ///< "12"
    QString kernel;       ///< "linux 6.1.0-18-amd64"
    QString architecture; ///< "x86_64"
    QString hostName;     ///< this computer's name (masked by --redact)
    QString userName;     ///< the user's login name (masked by --redact)
    QString timeZone;     ///< IANA id, "Europe/Berlin"

    bool isEmpty() const { return os.isEmpty() && hostName.isEmpty() && kernel.isEmpty(); }
    static RunEnvironment current();
};

/// The error message a person pasted (wizard: "I have an error message") and what the explainer
/// made of it. Empty when nothing was pasted. JSON: `explained_error`.
struct PastedError {
    QString message;     ///< exactly what was pasted
    QString code;        ///< explainer code, "error.refused"; empty if not explained
    QString title;
    QString explanation;
    QStringList suggestedSteps;

    bool isEmpty() const { return message.isEmpty() && code.isEmpty(); }
};

/// A physical check only the person can do (the wizard asks: cable seated? router lights on? other
/// devices online?) and the answer. JSON: `manual_checks[]` = {"id", "question", "answer": "yes|no|unknown"}.
struct ManualCheck {
    enum class Answer { Unknown, Yes, No };
    QString id;       ///< "cable_seated", "router_lights", "other_devices_online"
    QString question; ///< as it was asked, in the person's language
    Answer answer = Answer::Unknown;
};

/// Everything one run found: the model every writer (JSON, HTML, Markdown, text, PDF) and the GUI
/// read. Writers render reportToJson(report), so a field that reaches the JSON reaches every format.
struct Report {
    QDateTime startedAt;
    qint64 durationMs = 0;
    Target target;
    QList<StepResult> steps;
    Verdict verdict;
    RunEnvironment environment; ///< JSON `environment`
    PastedError pastedError;    ///< JSON `explained_error`, only when set
    bool redacted = false;      ///< set by redactReport(); JSON `redacted`
    QList<ManualCheck> manualChecks; ///< JSON `manual_checks`, only when the wizard asked
};

/// CONTRACT.md's `tcpdoctor-report/1` document.
QJsonObject reportToJson(const Report& report);

/// A saved report read back (the inverse of reportToJson: reportToJson(*reportFromJson(doc)) gives
/// the same document, but for the tool version and a missing environment). nullopt, with one sentence
/// in `error`, when `doc` is not a tcpdoctor-report/1 document with a target and a verdict.
std::optional<Report> reportFromJson(const QJsonObject& doc, QString* error = nullptr);

/// Readable text for a terminal (the CLI's output without --json) and for chat: short. Control
/// characters from the network or the user are shown as escapes, never sent to the terminal.
QString reportToText(const Report& report);

/// Short Markdown for tickets and chat; text from the network or the user is escaped.
QString reportToMarkdown(const Report& report);

/// Writes the report to `path` in the format its extension names (reportFormats()). The file is
/// written atomically: it is either complete or untouched. On failure returns false and one sentence.
bool writeReportFile(const Report& report, const QString& path, QString* error);

/// The extensions writeReportFile understands: json, md, txt, html, and pdf where the application
/// registered it (registerReportWriter in report/ReportFile.h).
QStringList reportFormats();

} // namespace tcpd::core

Q_DECLARE_METATYPE(tcpd::core::Report)
