// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "watch/Idle.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace tcpd::core {
class IdleRunner;
}

namespace tcpd::ui {

/// "Connections drop after a pause": for a connection that dies when a program was silent for a while
/// (10053/10054 after a break). As `tcpdoctor idle` does, on a worker thread: one connection per pause,
/// all at once, each silent for its pause and then tested with one byte. The page shows each pause
/// with the time left, then what became of it, and ends with a verdict (idle.ok, path.idle_timeout with
/// keepalive settings, idle.server_closes, ...). Stop, Back and closing the window end it.
class IdlePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdlePage)

public:
    explicit IdlePage(QWidget* parent = nullptr);
    ~IdlePage() override;

    void cleanupPage() override;
    /// Fills in the target (from the start page) unless the person already typed one here.
    void offerTarget(const QString& input);
    /// The pauses to try, in seconds. The "longest pause" choice sets them; this sets them directly
    /// (shorter ones than the choice offers, for tests and demonstrations).
    void setPeriods(const QList<int>& periodsS);
    QList<int> periods() const { return m_periods; }
    /// Starts (nothing happens, with a reason shown, when the target is not right).
    void start();
    void cancel();
    bool isRunning() const;
    const core::IdleSummary& summary() const { return m_summary; }

signals:
    /// The person wants the whole checklist for this target.
    void checkTargetRequested(const QString& input);
    void finished();

private:
    void revalidate();
    void periodArrived(const core::IdlePeriod& period);
    void workerDone(const core::IdleRun& run);
    void showProgress();
    void showVerdict();
    void setRunning(bool running);

    QLineEdit* m_target;
    QComboBox* m_longest;
    QLabel* m_error;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_check;
    QLabel* m_progress;
    QLabel* m_verdict;
    QTimer* m_tick; ///< the countdown, every second while running
    core::IdleRunner* m_runner;
    QList<int> m_periods;
    QList<core::IdlePeriod> m_done; ///< decided so far
    core::IdleSummary m_summary;
    QString m_name;
    qint64 m_startedMs = 0;
    bool m_typed = false;
};

} // namespace tcpd::ui
