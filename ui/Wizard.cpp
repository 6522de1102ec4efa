// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Wizard.h"

#include "WizardModel.h"
#include "pages/BatchPage.h"
#include "pages/CheckAllPage.h"
#include "pages/ExplainPage.h"
#include "pages/ServerPage.h"
#include "pages/StepPage.h"
#include "pages/SummaryPage.h"
#include "pages/TargetPage.h"
#include "pages/WatchPage.h"
#include "pages/IdlePage.h"
#include "SettingsGuard.h"
#include "dialogs/SettingsDialog.h"
#include "widgets/LanguageButton.h"

#include "diagnosis/Diagnosis.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

Wizard::Wizard(QWidget* parent)
    : QWizard(parent)
    , m_model(new WizardModel(this))
    , m_targetPage(new TargetPage(m_model, this))
    , m_summaryPage(new SummaryPage(m_model, this))
{
    setObjectName(u"wizard"_s);
    setWindowTitle(tr("tcpdoctor: why can't I connect?"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(StartPageId, m_targetPage);
    setPage(LinkPageId, new StepPage(u"link"_s, m_model, this));
    setPage(IpPageId, new StepPage(u"ip"_s, m_model, this));
    setPage(DnsPageId, new StepPage(u"dns"_s, m_model, this));
    setPage(ProxyPageId, new StepPage(u"proxy"_s, m_model, this));
    setPage(FirewallPageId, new StepPage(u"firewall"_s, m_model, this));
    setPage(PortPageId, new StepPage(u"port"_s, m_model, this));
    setPage(ServicePageId, new StepPage(u"service"_s, m_model, this));
    setPage(CheckAllPageId, new CheckAllPage(m_model, this));
    setPage(SummaryPageId, m_summaryPage);
    auto* explain = new ExplainPage(this);
    setPage(ExplainPageId, explain);
    auto* server = new ServerPage(this);
    setPage(ServerPageId, server);
    auto* batch = new BatchPage(this);
    setPage(BatchPageId, batch);
    connect(batch, &BatchPage::checkTargetRequested, this, &Wizard::checkTarget);
    m_watchPage = new WatchPage(this);
    setPage(WatchPageId, m_watchPage);
    connect(m_watchPage, &WatchPage::checkTargetRequested, this, &Wizard::checkTarget);
    m_idlePage = new IdlePage(this);
    setPage(IdlePageId, m_idlePage);
    connect(m_idlePage, &IdlePage::checkTargetRequested, this, &Wizard::checkTarget);
    connect(explain, &ExplainPage::checkTargetRequested, this, &Wizard::checkTarget);
    connect(explain, &ExplainPage::serverViewRequested, this, [this, server](quint16 port) {
        restart(); // the start page sets the path back to "check"
        m_model->setPath(WizardModel::Path::Server);
        server->setPort(port); // 0: every listening socket
        next(); // from the start page to "This computer is the server"
    });
    connect(explain, &ExplainPage::checkTargetRequested, this, [this, explain] {
        const core::Explanation& e = explain->explanation();
        core::PastedError pasted;
        pasted.message = explain->findChild<QPlainTextEdit*>(u"explainInput"_s)->toPlainText().left(4000);
        pasted.code = e.code;
        pasted.title = e.title;
        pasted.explanation = e.explanation;
        pasted.suggestedSteps = e.suggestedSteps;
        m_model->setPastedError(pasted);
    });
    // Back to the start page (from a side page, too): Next there runs the checklist again, unless a
    // link on the page is chosen (each sets its path before it moves on).
    connect(this, &QWizard::currentIdChanged, this, [this, explain](int id) {
        if (id == StartPageId) {
            m_model->setPath(WizardModel::Path::Check);
        } else if (id == ExplainPageId) {
            explain->setDetailsOpen(m_model->role() == WizardModel::Role::Admin);
        }
    });
    setStartId(StartPageId);
    setButtonText(QWizard::FinishButton, tr("Close"));
    setButtonText(QWizard::CancelButton, tr("&Quit")); // it quits tcpdoctor from any page, not a check
    setOption(QWizard::NoCancelButtonOnLastPage); // the last page has Close: one button, not Close and Quit
    button(QWizard::CancelButton)->setObjectName(u"quitButton"_s);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    setButton(QWizard::CustomButton1, new LanguageButton(this)); // the language menu, left in the button row
    setOption(QWizard::HaveCustomButton1);
    auto* settings = new QPushButton(tr("Settings…"), this);
    settings->setObjectName(u"settingsButton"_s);
    settings->setToolTip(tr("Where the sign-in page check asks"));
    connect(settings, &QPushButton::clicked, this, [this] {
        SettingsDialog dialog(this);
        dialog.exec();
    });
    setButton(QWizard::CustomButton2, settings);
    setOption(QWizard::HaveCustomButton2);
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    const QByteArray geometry = SettingsGuard::geometry(u"wizard/geometry"_s); // empty if absent or implausible
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(760, 620);
    }
}

Wizard::~Wizard() = default;

int Wizard::nextId() const
{
    switch (currentId()) {
    case StartPageId:
        if (m_model->path() == WizardModel::Path::Explain) {
            return ExplainPageId;
        }
        if (m_model->path() == WizardModel::Path::Server) {
            return ServerPageId;
        }
        if (m_model->path() == WizardModel::Path::Batch) {
            return BatchPageId;
        }
        if (m_model->path() == WizardModel::Path::Watch) {
            return WatchPageId;
        }
        if (m_model->path() == WizardModel::Path::Idle) {
            return IdlePageId;
        }
        return m_model->mode() == WizardModel::Mode::StepByStep ? LinkPageId : CheckAllPageId;
    case LinkPageId: return IpPageId;
    case IpPageId: return DnsPageId;
    case DnsPageId: return ProxyPageId;
    case ProxyPageId: return FirewallPageId;
    case FirewallPageId: return PortPageId;
    case PortPageId: return ServicePageId;
    case ServicePageId:
    case CheckAllPageId: return SummaryPageId;
    default: return -1;
    }
}

void Wizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == WatchPageId) {
        m_watchPage->offerTarget(m_targetPage->targetText()); // what the start page has, if it is a target
    }
    if (id == IdlePageId) {
        m_idlePage->offerTarget(m_targetPage->targetText());
    }
}

void Wizard::checkTarget(const QString& input)
{
    // Every caller's button says "Check … step by step": it starts that check, rather than leaving the
    // person on the start page to find Next (issue 23, trap 8). A target the start page cannot take stays
    // there, with the reason shown.
    m_model->setPath(WizardModel::Path::Check);
    m_model->setMode(WizardModel::Mode::StepByStep);
    restart();
    m_targetPage->setInput(input);
    if (button(QWizard::NextButton)->isEnabled()) {
        next();
    }
}

Wizard::Carry Wizard::carryOver() const
{
    Carry c;
    c.input = m_targetPage->findChild<QLineEdit*>(u"targetEdit"_s)->text();
    c.role = static_cast<int>(m_model->role());
    c.onSummary = currentId() == SummaryPageId && !m_model->isRunning() && !m_model->report().verdict.code.isEmpty();
    if (c.onSummary) {
        c.report = m_model->report();
        c.saved = m_model->resultSaved();
    }
    return c;
}

void Wizard::resume(const Carry& carry)
{
    m_model->setRole(static_cast<WizardModel::Role>(carry.role));
    m_targetPage->setInput(carry.input);
    if (!carry.onSummary) {
        return;
    }
    core::Report report = carry.report;
    // The verdict's texts in the new language: judged again from the same evidence. Should that ever give
    // another code (a stopped run's verdict is not the rules' own), the result stays as it was.
    const core::Verdict again = core::diagnose(report.target, report.steps);
    if (again.code == report.verdict.code) {
        report.verdict = again;
    }
    m_model->showSavedReport(report);
    if (!carry.saved) {
        m_model->markResultUnsaved();
    }
    setStartId(SummaryPageId); // straight to the result...
    restart();
    setStartId(StartPageId); // ...and "New check" / restart lead to the start page again
}

void Wizard::closeForLanguageSwitch()
{
    m_closingQuietly = true;
    close();
}

bool Wizard::mayClose()
{
    const bool unsaved = !m_closingQuietly && currentId() == SummaryPageId && !m_model->isRunning()
        && !m_model->report().verdict.code.isEmpty() && !m_model->resultSaved();
    if (unsaved) {
        QMessageBox box(QMessageBox::Question, tr("Close tcpdoctor?"), tr("The result of this check has not been saved."),
                        QMessageBox::NoButton, this);
        box.setObjectName(u"closeQuestion"_s);
        box.setInformativeText(tr("Save the report to keep it (for a ticket, or to compare later), or close without "
                                  "it."));
        QPushButton* save = box.addButton(tr("&Save report…"), QMessageBox::AcceptRole);
        save->setObjectName(u"closeSaveButton"_s);
        QPushButton* discard = box.addButton(tr("&Close without saving"), QMessageBox::DestructiveRole);
        discard->setObjectName(u"closeDiscardButton"_s);
        QPushButton* keep = box.addButton(tr("&Keep open"), QMessageBox::RejectRole);
        keep->setObjectName(u"closeKeepButton"_s);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() == save) {
            if (!m_summaryPage->exportReport()) {
                return false; // not saved after all: stay
            }
        } else if (box.clickedButton() != discard) {
            return false; // Keep open (or the question closed)
        }
    }
    return true;
}

void Wizard::done(int result)
{
    if (!mayClose()) {
        return;
    }
    m_model->cancel(); // never leave workers behind a closed window
    QSettings().setValue(u"wizard/geometry"_s, saveGeometry());
    QWizard::done(result);
}

} // namespace tcpd::ui
