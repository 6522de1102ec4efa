// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Wizard.h"

#include "pages/PortTestPage.h"
#include "pages/TargetPage.h"

using namespace Qt::StringLiterals;

namespace tcpd::ui {

Wizard::Wizard(QWidget* parent)
    : QWizard(parent)
    , m_targetPage(new TargetPage(this))
    , m_portTestPage(new PortTestPage(this))
{
    setObjectName(u"wizard"_s);
    setWindowTitle(tr("tcpdoctor: why can't I connect?"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(TargetPageId, m_targetPage);
    setPage(PortTestPageId, m_portTestPage);
    setStartId(TargetPageId);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("Close"));
    resize(720, 560);
}

void Wizard::done(int result)
{
    m_portTestPage->cancelRun(); // never leave workers behind a closed window
    QWizard::done(result);
}

} // namespace tcpd::ui
