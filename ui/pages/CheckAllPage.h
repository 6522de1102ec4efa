// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "steps/StepResult.h"

#include <QWizardPage>

class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace tcpd::ui {

class WizardModel;

/// "Check everything": every step of the checklist runs at once on workers; each row fills in as
/// its step finishes, then the wizard moves on to the summary. Cancel stops every probe at once.
class CheckAllPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckAllPage)

public:
    CheckAllPage(WizardModel* model, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void resetRows();
    void showStep(const core::StepResult& step);
    bool eventFilter(QObject* watched, QEvent* event) override;
    void fitRows(); ///< the list exactly as high as its (wrapped) rows
    void tick(); ///< the running steps' waits and the progress bar, from the runner's real progress

    WizardModel* m_model;
    QTimer* m_ticker;
    QProgressBar* m_progress;
    QListWidget* m_steps;
    QPushButton* m_cancel;
};

} // namespace tcpd::ui
