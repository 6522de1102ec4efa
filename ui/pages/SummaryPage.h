// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Report.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tcpd::ui {

class WizardModel;
class DetailsView;
class HandshakeDiagram;
class PathDiagram;

/// The answer: the verdict in large type, what happened, numbered next steps, where the problem is
/// (path diagram) and how the handshake went, what changed since the last check, and the actions:
/// copy a ticket summary, check again, start over.
///
/// One result, three audiences (issue 23): the home role reads the verdict's plain words (no protocol
/// words; the handshake drawing only with the details); helpdesk reads the same, plus the questions to
/// ask the caller and the ticket summary; admin reads the technical verdict with the details open. The
/// details are readable (the technical verdict where it was not shown, the evidence, each step's
/// findings) and the raw JSON is one more click away.
class SummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPage)

public:
    SummaryPage(WizardModel* model, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    /// What changed between two runs, one line each (empty when nothing did). Pure; unit-tested.
    static QStringList changesBetween(const core::Report& before, const core::Report& after);

    /// The export dialog for the result shown; a saved file marks the result saved. True when it was saved.
    bool exportReport();

private:
    void showReport(const core::Report& report);
    void showHandshake();
    /// The details' readable view: what the page above did not already say.
    QString detailsHtml(const core::Report& report) const;
    /// The questions to ask the caller about the steps that found a problem (helpdesk).
    static QStringList questionsFor(const core::Report& report);

    WizardModel* m_model;
    QLabel* m_title;
    QLabel* m_explanation;
    QLabel* m_nextSteps;
    QLabel* m_changes;
    PathDiagram* m_path;
    HandshakeDiagram* m_handshake;
    QLabel* m_questions;
    QPlainTextEdit* m_ticket;
    QPushButton* m_details;
    DetailsView* m_evidence;
    QPushButton* m_export;
    QPushButton* m_copy;
    QPushButton* m_rerun;
    QPushButton* m_startOver;
    QPushButton* m_compare;
};

} // namespace tcpd::ui
