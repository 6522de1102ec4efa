// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "watch/Watch.h"

#include <QWizardPage>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tcpd::core {
class WatchRunner;
}

namespace tcpd::ui {

class WatchPlot;

/// "Watch a connection": for a connection that works only sometimes. tcpdoctor connects to the target
/// again and again (as `tcpdoctor watch` does, on a worker thread), draws each handshake time as it comes
/// in with failures marked by outcome, keeps the statistics up to date, and ends with a verdict
/// (watch.stable, watch.slow, watch.intermittent, watch.down). "Until it works" stops at the first
/// connection and alerts the person. The attempts are saved as CSV or JSON Lines, and a saved JSON Lines
/// watch (from here or `tcpdoctor watch --json`) can be opened again. Stop, Back and closing the window
/// end the watch.
class WatchPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchPage)

public:
    explicit WatchPage(QWidget* parent = nullptr);
    ~WatchPage() override;

    void cleanupPage() override;
    /// Fills in the target (from the start page) unless the person already typed one here.
    void offerTarget(const QString& input);
    /// Starts watching (nothing happens, with a reason shown, when the target or the options are not right).
    void start();
    void cancel();
    bool isRunning() const;
    /// Shows a watch saved as JSON Lines; false and a reason shown when it cannot be read.
    bool openFile(const QString& path);
    /// Saves the attempts (.csv or .jsonl); false and a reason shown when it cannot.
    bool saveFile(const QString& path);
    const QList<core::WatchAttempt>& attempts() const { return m_attempts; }
    /// The verdict of the watch shown (empty code before one has ended).
    const core::WatchSummary& summary() const { return m_summary; }

signals:
    /// The person wants the whole checklist for this target.
    void checkTargetRequested(const QString& input);
    void finished();

private:
    void revalidate();
    void attemptArrived(const core::WatchAttempt& attempt);
    void workerDone(const QList<core::WatchAttempt>& attempts);
    void showSummary(bool final);
    void setRunning(bool running);

    QLineEdit* m_target;
    QSpinBox* m_count;
    QDoubleSpinBox* m_interval;
    QCheckBox* m_untilOpen;
    QLabel* m_error;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_check;
    WatchPlot* m_plot;
    QLabel* m_stats;
    QLabel* m_verdict;
    core::WatchRunner* m_runner;
    QList<core::WatchAttempt> m_attempts;
    core::WatchSummary m_summary;
    QString m_name;       ///< the target being watched, as people write it
    bool m_watchUntilOpen = false;
    bool m_typed = false; ///< the person typed a target here: the start page does not overwrite it
};

} // namespace tcpd::ui
