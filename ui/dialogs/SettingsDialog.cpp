// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "SettingsDialog.h"

#include "SettingsGuard.h"

#include "steps/ProxyStep.h"
#include "steps/Steps.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {
/// The address "this computer's check address" stands for now, and where it comes from.
QString systemAddressText()
{
    core::StepOptions options;
    core::choosePortal(options, {}, false); // reads files or the registry and the environment; contacts nothing
    if (options.portalUrl.isEmpty()) {
        return SettingsDialog::tr("None: TCPDOCTOR_PORTAL_URL=off turns the check off.");
    }
    QString from;
    if (options.portalSource == u"networkmanager") {
        from = SettingsDialog::tr("NetworkManager's connectivity check");
    } else if (options.portalSource == u"windows") {
        from = SettingsDialog::tr("Windows' own connectivity check");
    } else if (options.portalSource == u"environment") {
        from = SettingsDialog::tr("the environment variable TCPDOCTOR_PORTAL_URL");
    } else {
        from = SettingsDialog::tr("a public check address; this computer names none");
    }
    return SettingsDialog::tr("Now: %1 (%2)").arg(options.portalUrl, from);
}
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);

    auto* portal = new QGroupBox(tr("Sign-in pages (hotels, guest Wi-Fi)"), this);
    auto* box = new QVBoxLayout(portal);
    auto* intro = new QLabel(tr("Each check asks a check address whether a sign-in page holds the way out. "
                            "It is one plain web request; nothing about you or the target is sent."),
                         portal);
    intro->setWordWrap(true);
    box->addWidget(intro);

    m_system = new QRadioButton(tr("Use this computer's check address"), portal);
    m_system->setObjectName(u"portalSystemRadio"_s);
    box->addWidget(m_system);
    auto* systemAddress = new QLabel(systemAddressText(), portal);
    systemAddress->setObjectName(u"portalSystemAddress"_s);
    systemAddress->setWordWrap(true);
    systemAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    systemAddress->setIndent(24);
    systemAddress->setForegroundRole(QPalette::PlaceholderText);
    box->addWidget(systemAddress);

    m_address = new QRadioButton(tr("Use this check address (your company's own, for example):"), portal);
    m_address->setObjectName(u"portalAddressRadio"_s);
    box->addWidget(m_address);
    m_url = new QLineEdit(portal);
    m_url->setObjectName(u"portalUrlEdit"_s);
    m_url->setPlaceholderText(tr("http://portal-check.example/generate_204", "an example address; keep it"));
    m_url->setMaxLength(2048);
    m_url->setAccessibleName(tr("Check address"));
    box->addWidget(m_url);
    m_error = new QLabel(portal);
    m_error->setObjectName(u"portalError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setMinimumHeight(m_error->fontMetrics().height() * 2); // room for the reason: nothing jumps
    box->addWidget(m_error);

    m_off = new QRadioButton(tr("Do not look for sign-in pages"), portal);
    m_off->setObjectName(u"portalOffRadio"_s);
    box->addWidget(m_off);
    layout->addWidget(portal);
    layout->addStretch();

    auto* group = new QButtonGroup(this);
    group->addButton(m_system);
    group->addButton(m_address);
    group->addButton(m_off);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    const SettingsGuard::PortalCheck saved = SettingsGuard::portalCheck();
    m_url->setText(saved.url);
    using Mode = SettingsGuard::PortalCheck::Mode;
    (saved.mode == Mode::Address ? m_address : saved.mode == Mode::Off ? m_off : m_system)->setChecked(true);

    connect(group, &QButtonGroup::buttonToggled, this, [this] { validate(); });
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        if (!m_url->text().isEmpty() && !m_address->isChecked()) {
            m_address->setChecked(true); // typing an address chooses it
        }
        validate();
    });
    validate();
    setMinimumWidth(540);
    adjustSize(); // the wrapped texts' height at this width
}

void SettingsDialog::validate()
{
    const QString url = m_url->text().trimmed();
    const bool usable = core::usablePortalUrl(url);
    QString error;
    if (m_address->isChecked() && !usable) {
        error = url.isEmpty() ? tr("Enter the check address, or choose another option.")
            : url.startsWith(u"https://"_s, Qt::CaseInsensitive)
            ? tr("The check address must start with http://, not https://: sign-in pages can only answer plain web requests.")
            : tr("This is not a web address. It must look like http://portal-check.example/generate_204.");
    }
    m_error->setText(error.isEmpty() ? QString() : u"⚠ "_s + error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

bool SettingsDialog::save()
{
    using Mode = SettingsGuard::PortalCheck::Mode;
    SettingsGuard::PortalCheck check;
    check.mode = m_address->isChecked() ? Mode::Address : m_off->isChecked() ? Mode::Off : Mode::System;
    const QString url = m_url->text().trimmed();
    if (core::usablePortalUrl(url)) {
        check.url = url; // kept for next time, even when another option is chosen now
    } else if (check.mode == Mode::Address) {
        return false;
    }
    SettingsGuard::setPortalCheck(check);
    return true;
}

void SettingsDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace tcpd::ui
