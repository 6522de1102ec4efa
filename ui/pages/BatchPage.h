// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/BatchTable.h"
#include "report/Report.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace tcpd::core {
class BatchRunner;
}

namespace tcpd::ui {

/// "Check a list of endpoints": the addresses a program needs (one host:port a line, pasted or
/// opened from a text file) checked at once — name lookup and port test for each, as
/// `tcpdoctor diagnose --many` does — with a row per target in the list's order, a count, and
/// the table saved as Markdown, CSV or JSON Lines. Double-clicking a row checks that target fully.
/// The list runs on a worker thread; Stop, Back and closing the window cancel it.
class BatchPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchPage)

public:
    explicit BatchPage(QWidget* parent = nullptr);
    ~BatchPage() override;

    void cleanupPage() override;
    bool isRunning() const;
    /// Starts checking the list in the text box (nothing happens, with a reason shown, if it has no target).
    void start();
    void cancel();
    /// Loads a list from a text file into the box; false and a reason shown when it cannot be read.
    bool loadFile(const QString& path);
    const QList<core::Report>& reports() const { return m_reports; }

signals:
    /// The person double-clicked a target: check it with the whole checklist.
    void checkTargetRequested(const QString& input);
    void finished();

private:
    void addRow(const core::Report& report);
    void workerDone(const QList<core::Report>& reports);
    void drain();
    void updateCount();
    void fitColumns();
    void setRunning(bool running);

    QPlainTextEdit* m_input;
    QPushButton* m_open;
    QPushButton* m_run;
    QPushButton* m_stop;
    QPushButton* m_save;
    QPushButton* m_copy;
    QProgressBar* m_progress;
    QLabel* m_count;
    QTableView* m_table;
    QStandardItemModel* m_rows;
    QTimer* m_drainTimer;
    core::BatchRunner* m_runner;
    QList<core::Report> m_pending;              ///< reports received, not shown yet (drain() adds them in slices)
    std::optional<QList<core::Report>> m_final; ///< every report, once the runner has finished
    QList<core::Report> m_reports;
    int m_expected = 0;
    core::BatchCounts m_counts; ///< the rows shown so far, by outcome
};

} // namespace tcpd::ui
