// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tcpd::core {

/// One difference between an earlier and a later report.
struct ReportChange {
    enum class Kind { Target, Verdict, Step, Attempt, AddressAdded, AddressRemoved };
    enum class Direction { Better, Worse, Changed };
    Kind kind = Kind::Verdict;
    Direction direction = Direction::Changed;
    QString subject; ///< the step id or the address; empty for the verdict and the target
    QString before; ///< the old code / status / outcome (empty for an added address)
    QString after; ///< the new one (empty for a vanished address)
    QString text; ///< one translated sentence: "Port test: was Problem, now OK."
};

/// What changed between two `tcpdoctor-report/1` documents: the verdict, each step's status, each
/// address's handshake outcome, addresses that appeared or vanished, and a different target.
/// Pure: no files, no clock. A change is Better or Worse where an order is clear (pass < warn <
/// fail; open beats any failure; ok.reachable < ok.partial < a problem), Changed otherwise.
///
///     const ReportComparison c = compareReports(older, newer);
///     if (c.gotWorse()) ...        // tcpdoctor compare exits 1
struct ReportComparison {
    QList<ReportChange> changes;
    bool gotWorse() const;
    bool isEmpty() const { return changes.isEmpty(); }
};
ReportComparison compareReports(const QJsonObject& older, const QJsonObject& newer);

/// `tcpdoctor compare --json`: {"schema": "tcpdoctor-compare/1", "old": {...}, "new": {...},
/// "worse": bool, "changes": [{"kind", "subject", "old", "new", "direction", "text"}]}.
QJsonObject comparisonToJson(const ReportComparison& c, const QJsonObject& older, const QJsonObject& newer);

/// The comparison for a terminal or a dialog: a headline and one line per change.
QString comparisonToText(const ReportComparison& c, const QJsonObject& older, const QJsonObject& newer);

/// The largest report readReportJson() reads (larger input is refused, never read whole).
constexpr qint64 kMaxReportBytes = 8 * 1024 * 1024;

/// Reads a saved JSON report and checks it is `tcpdoctor-report/1` with a verdict. On failure returns
/// nothing and one sentence in *error (missing file, not JSON, too large, another kind of document).
/// Reads at most kMaxReportBytes + 1 bytes, so a device or a growing file cannot exhaust memory.
std::optional<QJsonObject> readReportJson(const QString& path, QString* error);

} // namespace tcpd::core
