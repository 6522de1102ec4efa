// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "target/Target.h"

#include <QWizardPage>

class QComboBox;
class QCommandLinkButton;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace tcpd::ui {

class WizardModel;

/// The start page, "What are you trying to reach?": a host, URL or address, a port or service by
/// name, recent targets, who is using the wizard and how (step by step or everything at once).
/// The input is checked as the person types; Next is enabled only for a target that parses, and
/// leaving the page starts the checklist.
class TargetPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetPage)

public:
    explicit TargetPage(WizardModel* model, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// Fills the boxes, e.g. from a recent target or a pasted error message.
    void setInput(const QString& input);
    /// The target in the boxes as "host:port" when it is valid, else empty.
    QString targetText() const;
    /// The parsed target (valid when isComplete()).
    const core::Target& target() const { return m_target; }

private:
    void revalidate();

    WizardModel* m_model;
    QLineEdit* m_host;
    QComboBox* m_port;
    QLabel* m_error;
    QListWidget* m_recent;
    QComboBox* m_role;
    QRadioButton* m_stepByStep;
    QRadioButton* m_all;
    QCommandLinkButton* m_explain;
    QCommandLinkButton* m_server;
    QCommandLinkButton* m_batch;
    QCommandLinkButton* m_watch;
    QCommandLinkButton* m_idle;
    QFormLayout* m_form = nullptr;
    core::Target m_target;
    bool m_valid = false;
};

} // namespace tcpd::ui
