// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "PortTestPage.h"

#include "Wizard.h"
#include "pages/TargetPage.h"
#include "runner/Runner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {
QIcon iconFor(const QStyle* style, core::StepStatus s)
{
    switch (s) {
    case core::StepStatus::Pass: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case core::StepStatus::Warn: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case core::StepStatus::Fail: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case core::StepStatus::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case core::StepStatus::Skipped: { // not looked at: no tick, no cross, but the text stays aligned
        QPixmap blank(16, 16);
        blank.fill(Qt::transparent);
        return QIcon(blank);
    }
    }
    return {};
}
} // namespace

PortTestPage::PortTestPage(QWidget* parent)
    : QWizardPage(parent)
    , m_runner(new core::Runner(this))
    , m_progress(new QProgressBar(this))
    , m_steps(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_nextSteps(new QLabel(this))
    , m_details(new QPushButton(tr("Show details"), this))
    , m_evidence(new QTextBrowser(this))
    , m_cancel(new QPushButton(tr("Cancel check"), this))
    , m_rerun(new QPushButton(tr("Check again"), this))
{
    setObjectName(u"portTestPage"_s);
    setTitle(tr("Checking the connection"));
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_steps->setObjectName(u"stepList"_s);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setIconSize(QSize(16, 16));
    m_title->setObjectName(u"verdictTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    for (QLabel* l : {m_explanation, m_nextSteps}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_explanation->setObjectName(u"verdictExplanation"_s);
    m_explanation->setTextFormat(Qt::PlainText);
    m_nextSteps->setObjectName(u"nextSteps"_s);
    m_nextSteps->setTextFormat(Qt::RichText);
    m_details->setObjectName(u"detailsToggle"_s);
    m_details->setCheckable(true);
    m_evidence->setObjectName(u"evidenceText"_s);
    m_evidence->setVisible(false);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_rerun->setObjectName(u"rerunButton"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_details);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_rerun);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_steps);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(m_nextSteps);
    layout->addWidget(m_evidence, 1);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_runner, &core::Runner::stepFinished, this, &PortTestPage::onStepFinished);
    connect(m_runner, &core::Runner::finished, this, &PortTestPage::onFinished);
    connect(m_cancel, &QPushButton::clicked, this, &PortTestPage::cancelRun);
    connect(m_rerun, &QPushButton::clicked, this, &PortTestPage::startRun);
    connect(m_details, &QPushButton::toggled, this, [this](bool on) {
        m_evidence->setVisible(on);
        m_details->setText(on ? tr("Hide details") : tr("Show details"));
    });
}

PortTestPage::~PortTestPage() = default;

void PortTestPage::initializePage()
{
    startRun();
}

void PortTestPage::cleanupPage()
{
    cancelRun();
}

bool PortTestPage::isComplete() const
{
    return !m_runner->isRunning();
}

bool PortTestPage::isRunning() const
{
    return m_runner->isRunning();
}

void PortTestPage::cancelRun()
{
    m_runner->cancel();
}

void PortTestPage::startRun()
{
    if (m_runner->isRunning()) {
        return;
    }
    auto* wizard = qobject_cast<Wizard*>(this->wizard());
    if (wizard == nullptr) {
        return;
    }
    const core::Target target = wizard->targetPage()->target();
    setSubTitle(tr("Checking %1, port %2. This takes a few seconds at most.").arg(target.displayHost).arg(target.port));
    m_report = core::Report{};
    m_steps->clear();
    for (const QString& id : core::checklistStepIds()) {
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_BrowserReload),
                                         tr("%1: checking…").arg(core::stepTitle(id)), m_steps);
        item->setData(Qt::UserRole, id);
    }
    // Exactly one row per step: the port test (last) must never hide below the fold.
    m_steps->setFixedHeight(m_steps->sizeHintForRow(0) * m_steps->count() + 2 * m_steps->frameWidth() + 4);
    m_title->clear();
    m_explanation->clear();
    m_nextSteps->clear();
    m_evidence->clear();
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_rerun->setVisible(false);
    m_details->setVisible(false);
    m_runner->start(target, core::Runner::Options{});
    emit completeChanged();
}

void PortTestPage::onStepFinished(const core::StepResult& step)
{
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem* item = m_steps->item(i);
        if (item->data(Qt::UserRole).toString() == step.id) {
            item->setIcon(iconFor(style(), step.status));
            item->setText(tr("%1: %2").arg(core::stepTitle(step.id), step.summary));
            item->setForeground(step.status == core::StepStatus::Skipped ? palette().brush(QPalette::PlaceholderText)
                                                                          : palette().brush(QPalette::Text));
        }
    }
}

void PortTestPage::onFinished(const core::Report& report)
{
    m_report = report;
    for (const core::StepResult& s : report.steps) {
        onStepFinished(s);
    }
    setSubTitle(tr("Checked %1, port %2, in %3 ms.")
                    .arg(report.target.displayHost)
                    .arg(report.target.port)
                    .arg(report.durationMs));
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_rerun->setVisible(true);
    m_details->setVisible(true);
    const core::Verdict& v = report.verdict;
    m_title->setText((v.isOk() ? u"✔ "_s : u"✘ "_s) + v.title);
    m_explanation->setText(v.explanation);
    QString next;
    if (!v.nextSteps.isEmpty()) {
        next = u"<b>"_s + tr("What to do next").toHtmlEscaped() + u"</b><ul>"_s;
        for (const QString& s : v.nextSteps) {
            next += u"<li>"_s + s.toHtmlEscaped() + u"</li>"_s;
        }
        next += u"</ul>"_s;
    }
    m_nextSteps->setText(next);
    QString evidence = u"<p><b>"_s + tr("Verdict code").toHtmlEscaped() + u":</b> <code>"_s + v.code.toHtmlEscaped()
                     + u"</code> "_s + tr("(layer: %1)").arg(v.layer).toHtmlEscaped() + u"</p><ul>"_s;
    for (const QString& e : v.evidence) {
        evidence += u"<li>"_s + e.toHtmlEscaped() + u"</li>"_s;
    }
    evidence += u"</ul>"_s;
    m_evidence->setHtml(evidence);
    emit completeChanged();
    emit runFinished();
}

} // namespace tcpd::ui
