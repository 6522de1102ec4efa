// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace tcpd::ui {

/// The wizard's settings (the "Settings…" button in the button row). Today: the sign-in page check
/// (docs/proxy.md) — this computer's own check address, one the person gives (a company's own), or no
/// check. Saved through SettingsGuard when the person presses OK; the next check uses it.
///
/// Controls for tests: portalSystemRadio, portalAddressRadio, portalOffRadio, portalUrlEdit, portalError,
/// portalSystemAddress.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    /// Saves what is chosen; false (nothing saved) while the address is not a usable one.
    bool save();

    void accept() override;

private:
    /// Shows why the address cannot be used (if it cannot) and enables OK only for a usable choice.
    void validate();

    QRadioButton* m_system = nullptr;
    QRadioButton* m_address = nullptr;
    QLineEdit* m_url = nullptr;
    QLabel* m_error = nullptr;
    QRadioButton* m_off = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tcpd::ui
