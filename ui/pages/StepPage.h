// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "steps/StepResult.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace tcpd::ui {

class WizardModel;
class DetailsView;
class HandshakeDiagram;

/// One checklist step in step-by-step mode: what is checked and why (one sentence), live progress
/// while the probe runs on a worker (with a countdown for the port test), then the result as a
/// status line with colour, icon and word. "Show details" opens what was checked and what came back
/// (the findings and what to try next), with the raw data one more click away; an admin sees them
/// open, and the handshake drawing, at once. Next is enabled once the step has a result.
class StepPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepPage)

public:
    StepPage(const QString& stepId, WizardModel* model, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    QString stepId() const { return m_id; }

    /// "Why this step matters", one sentence (translated).
    static QString purpose(const QString& stepId);
    /// Questions a helpdesk asks the caller at this step (translated; may be empty).
    static QStringList callerQuestions(const QString& stepId);
    /// "<b>Ask the caller</b><ul>…</ul>" for a rich-text label (escaped); empty for no questions. The step
    /// pages and the summary show them the same way.
    static QString callerQuestionsHtml(const QStringList& questions);
    /// The step's result in one plain sentence for the home role, from its status alone (no protocol words;
    /// the step's own summary, which may name SYNs or TLS, is in the details).
    static QString plainSummary(const QString& stepId, core::StepStatus status);
    /// The line a status shows for `role` (WizardModel::Role as int): the plain sentence for home, the step's
    /// own summary for everyone else.
    static QString summaryFor(const core::StepResult& result, int role);
    /// What the step looks at, for this target, one sentence (translated): the details' first line.
    static QString whatIsChecked(const QString& stepId, const QString& host, quint16 port);

private:
    void refresh();
    void focusNextWhenDone();
    void showResult(const core::StepResult& result);
    void showHandshake();

    QString m_id;
    WizardModel* m_model;
    QProgressBar* m_progress;
    QLabel* m_waiting;
    QLabel* m_statusIcon;
    QLabel* m_status;
    QLabel* m_took;
    QLabel* m_questions;
    QPushButton* m_details;
    QPushButton* m_stop;
    DetailsView* m_evidence;
    HandshakeDiagram* m_handshake = nullptr;
    QPushButton* m_openPortal = nullptr; ///< the proxy page: opens a sign-in page that was found
    QTimer* m_ticker;
};

} // namespace tcpd::ui
