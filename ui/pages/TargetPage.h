// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "target/Target.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tcpd::ui {

/// "What are you trying to reach?": a host, URL or address, and a port or service by name. The
/// input is checked as the person types; Next is enabled only for a target that parses.
class TargetPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetPage)

public:
    explicit TargetPage(QWidget* parent = nullptr);

    bool isComplete() const override;
    /// The parsed target (valid when isComplete()).
    const core::Target& target() const { return m_target; }

private:
    void revalidate();

    QLineEdit* m_host;
    QComboBox* m_port;
    QLabel* m_error;
    core::Target m_target;
    bool m_valid = false;
};

} // namespace tcpd::ui
