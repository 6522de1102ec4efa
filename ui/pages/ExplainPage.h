// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "explain/Explainer.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QWidget;

namespace tcpd::ui {

/// "I have an error message": paste the message a program showed, and the page says what happened
/// at the TCP level (title, the handshake in plain words, likely causes, when it failed) and offers
/// to check the computer the message names with the checklist.
///
///     auto* page = new ExplainPage;
///     connect(page, &ExplainPage::checkTargetRequested, wizard, [](const QString& target) {
///         // start the checklist with target ("db.example:5432", "[2001:db8::1]:22", or "db.example"
///         // when the message names no port)
///     });
///
/// Explaining is instant and happens on the GUI thread: on "Explain", on Ctrl+Return, and a moment
/// after the text stops changing. Controls carry objectNames for tests: explainInput,
/// explainButton, explainResult, explainTitle, explainText, explainCauses, explainDetails,
/// explainTarget, checkTargetButton.
class ExplainPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainPage)

public:
    explicit ExplainPage(QWidget* parent = nullptr);

    /// Puts `message` in the box and explains it at once.
    void setMessage(const QString& message);

    /// Whether the details (when, recognised from, the code) show without a click: an admin's do.
    void setDetailsOpen(bool open);

    /// The last explanation shown (code empty before the first one).
    const core::Explanation& explanation() const { return m_explanation; }

signals:
    /// The person asked to check the computer named in the message. `target` is what the target
    /// page accepts: "host:port", "[IPv6]:port", or "host" when the message names no port.
    void checkTargetRequested(const QString& target);

    /// The message is about a port taken on this computer (error.address_in_use): the person asked to see
    /// who holds it. `port` is 0 when the message names none.
    void serverViewRequested(quint16 port);

private:
    /// What the check button starts with: "https://host:port/" for FittingCheck::ChecklistWithTls (so the
    /// checklist checks the certificate), else the target the message names.
    QString checkInput() const;
    void explainNow();
    void showExplanation();

    QPlainTextEdit* m_input;
    QPushButton* m_explain;
    QTimer* m_settle;
    QWidget* m_result;
    QLabel* m_title;
    QLabel* m_text;
    QLabel* m_causes;
    QPushButton* m_detailsToggle;
    QLabel* m_details;
    QLabel* m_target;
    QPushButton* m_check;
    core::Explanation m_explanation;
};

} // namespace tcpd::ui
