// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Compare.h"
#include "report/Report.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QListWidget;

namespace tcpd::ui {

/// What changed between an earlier saved report and this run: the verdict, each step, each address
/// ("Port test: was Problem, now OK"), better ones marked ✔, worse ones ✘.
///
/// The wizard's hook (summary page, "Compare with an earlier report…"):
///
///     CompareDialog::compareWithEarlierReport(model->report(), this);
///
/// Controls for tests: summaryLabel, changesList.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    CompareDialog(const QJsonObject& older, const QJsonObject& newer, QWidget* parent = nullptr);

    /// Asks for an earlier JSON report, compares it with `current` and shows the result (modal).
    /// False when the person cancelled or the file is not a tcpdoctor report (the reason is shown).
    static bool compareWithEarlierReport(const core::Report& current, QWidget* parent);

    /// The dialog for a known file, not shown yet; nullptr and one sentence in *error when the file
    /// is missing or not a tcpdoctor report.
    static CompareDialog* forFile(const QString& path, const core::Report& current, QWidget* parent, QString* error);

    const core::ReportComparison& comparison() const { return m_comparison; }

private:
    core::ReportComparison m_comparison;
    QLabel* m_summary;
    QListWidget* m_changes;
};

} // namespace tcpd::ui
