// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace tcpd::core {

enum class StepStatus { Pass, Warn, Fail, Skipped, Error };
enum class Severity { Info, Warning, Error };

/// The contract's spelling ("pass", "warning", ...) and back.
QString statusName(StepStatus s);
QString severityName(Severity s);

/// One plain-language observation of a step (CONTRACT.md `findings[]`).
struct Finding {
    QString code; ///< same namespaces as verdict codes, e.g. "port.refused"
    Severity severity = Severity::Info;
    QString title;
    QString detail;
    QStringList advice;
};

/// What one checklist step found. A plain value: copied across threads, written into the report.
/// `data` keeps the raw evidence in the contract's JSON shape, so diagnosis reads the same thing
/// a saved report holds.
struct StepResult {
    QString id; ///< "link", "ip", "dns", "firewall", "port"
    StepStatus status = StepStatus::Skipped;
    QString summary; ///< one line: what the step saw, or why it was skipped
    qint64 startedMs = 0; ///< since the run started
    qint64 durationMs = 0;
    QList<Finding> findings;
    QJsonObject data;
};

/// A duration in seconds with one decimal, in the user's locale ("1.5", "1,5"), for step texts.
QString secondsText(double ms);

/// The checklist, in order.
const QStringList& checklistStepIds();

/// The translated name of a step ("Port test"...).
QString stepTitle(const QString& id);

} // namespace tcpd::core

Q_DECLARE_METATYPE(tcpd::core::StepResult)
