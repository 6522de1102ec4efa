// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Report.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace tcpd::core {
class Runner;
}

namespace tcpd::ui {

/// Runs the checklist for the target of the first page on worker threads, shows each step as it
/// finishes, then the verdict: a plain title and explanation, what to do next, and the evidence
/// one click away. Cancel stops the run at once; leaving the page cancels it too.
class PortTestPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortTestPage)

public:
    explicit PortTestPage(QWidget* parent = nullptr);
    ~PortTestPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void cancelRun();
    bool isRunning() const;
    /// The last finished report (empty verdict code while running).
    const core::Report& report() const { return m_report; }

signals:
    void runFinished();

private:
    void startRun();
    void onStepFinished(const core::StepResult& step);
    void onFinished(const core::Report& report);

    core::Runner* m_runner;
    QProgressBar* m_progress;
    QListWidget* m_steps;
    QLabel* m_title;
    QLabel* m_explanation;
    QLabel* m_nextSteps;
    QPushButton* m_details;
    QTextBrowser* m_evidence;
    QPushButton* m_cancel;
    QPushButton* m_rerun;
    core::Report m_report;
};

} // namespace tcpd::ui
