// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "diagnosis/Verdict.h"
#include "evidence/Evidence.h"

// Internal to core/report: what every writer says the same way. The writers render the JSON
// document (reportToJson), read defensively: a step another version does not have, or data a step
// does not carry yet, shows as "not checked", never as an error.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tcpd::core::reporttext {

/// The translation context of the report writers.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

/// The steps of the document, and one of them by id (empty object when absent).
QJsonArray steps(const QJsonObject& doc);
QJsonObject step(const QJsonObject& doc, const QString& id);
/// The step's `data`, for its typed reader (evidence::*::fromJson); {} when there is no such step.
QJsonObject stepData(const QJsonObject& doc, const QString& id);
/// The step looked at something: it ran (not skipped) and did not fail to run (not `error`).
bool stepLooked(const QJsonObject& doc, const QString& id);
/// The port step's attempts (empty when there are none).
QList<evidence::PortAttempt> portAttempts(const QJsonObject& doc); ///< the port step's, typed

/// "OK", "Warning", "Problem", "Not checked", "Error" for a contract status name.
QString statusLabel(const QString& status);
/// ✔ ⚠ ✘ – for a contract status name (never the only signal: always next to the label).
QString statusMark(const QString& status);
/// "pass", "warn", "fail", "skipped" — a CSS class / diagram tone for a status name (error → fail).
QString statusTone(const QString& status);

/// The translated name of a step; "not checked" reason for a skipped step ("" when none).
QString stepName(const QString& id);
QString skipReason(const QJsonObject& step);

/// "Port 443 (https) on example.com" style headline parts.
QString targetLine(const QJsonObject& doc);
/// When the run started, in the local time of the computer it ran on, with the zone:
/// "2026-11-21 11:00:00 +01:00 (Europe/Berlin)"; UTC when the zone is unknown.
QString startedLocal(const QJsonObject& doc);

/// One attempt in words: "open: handshake in 12.3 ms", "refused: RST after 0.4 ms", ...
QString attemptSentence(const evidence::PortAttempt& attempt);
/// "12.3 ms" (one decimal under 10 ms, whole milliseconds above).
QString formatMs(double ms);

/// Any JSON value on one line: strings as they are, objects as "key=value, ...".
QString compactJson(const QJsonValue& v);

/// The default gateway(s) and DNS servers the ip/dns steps found, this computer's source address
/// towards the target (empty when not checked).
QStringList gatewayList(const QJsonObject& doc, bool withInterface = false);
QStringList dnsServerList(const QJsonObject& doc);
QString sourceAddress(const QJsonObject& doc);

/// One row of the environment section. `values` empty and `notChecked` true when no step
/// gathered it.
struct EnvRow {
    QString label;
    QStringList values;
    bool notChecked = false;
    bool inEvidence = false; ///< the steps' evidence shows the same (the interfaces table, the ip step's lists)
};
/// OS, tcpdoctor, time, host name, then interfaces/addresses/gateway/DNS servers/proxy from the
/// link, ip and dns steps' data when present.
QList<EnvRow> environmentRows(const QJsonObject& doc);

/// The manual checks (`manual_checks`, written by the wizard) as question/answer pairs, read from
/// an array of objects or an object of answers; empty when absent.
QList<QPair<QString, QString>> manualChecks(const QJsonObject& doc);

/// The sentence shown at the top of a redacted report.
QString redactedNotice();

/// A verdict for a terminal: "✔ title" (or "✘ " when not `good`), the explanation, the evidence as "  - "
/// lines when `withEvidence`, then "What to do next:" with one "  • " line per step. Ends with a newline.
QString verdictText(const Verdict& v, bool good, bool withEvidence = false);

} // namespace tcpd::core::reporttext
