// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "CheckAllPage.h"

#include "WizardModel.h"
#include "widgets/StatusStyle.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

CheckAllPage::CheckAllPage(WizardModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_ticker(new QTimer(this))
    , m_progress(new QProgressBar(this))
    , m_steps(new QListWidget(this))
    , m_cancel(new QPushButton(tr("S&top the check"), this))
{
    setObjectName(u"checkAllPage"_s);
    setTitle(tr("Checking everything"));
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setTextVisible(false);
    m_steps->setObjectName(u"stepList"_s);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setIconSize(QSize(16, 16));
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setToolTip(tr("Stop every check now"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_steps);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_cancel);
    layout->addLayout(row);
    layout->addStretch();

    m_progress->setRange(0, 1000);
    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this, &CheckAllPage::tick);
    connect(m_cancel, &QPushButton::clicked, m_model, &WizardModel::cancel);
    connect(m_model, &WizardModel::runStarted, this, &CheckAllPage::resetRows);
    connect(m_model, &WizardModel::stepFinished, this, &CheckAllPage::showStep);
    connect(m_model, &WizardModel::runFinished, this, [this](const core::Report& report) {
        for (const core::StepResult& s : report.steps) {
            showStep(s);
        }
        m_ticker->stop();
        m_progress->setValue(m_progress->maximum());
        m_cancel->setEnabled(false);
        emit completeChanged();
        // The summary says what it all means: go there, unless the person already left this page.
        if (wizard() != nullptr && wizard()->currentPage() == this) {
            QTimer::singleShot(0, wizard(), &QWizard::next);
        }
    });
}

void CheckAllPage::initializePage()
{
    setSubTitle(tr("Checking %1, port %2. This takes a few seconds at most.")
                    .arg(m_model->target().displayHost)
                    .arg(m_model->target().port));
    if (m_model->isRunning()) {
        resetRows();
    }
    for (const QString& id : core::checklistStepIds()) {
        if (const core::StepResult* r = m_model->result(id)) {
            showStep(*r);
        }
    }
}

void CheckAllPage::cleanupPage()
{
    m_model->cancel(); // Back while running: stop the probes
}

bool CheckAllPage::isComplete() const
{
    return !m_model->isRunning();
}

void CheckAllPage::resetRows()
{
    m_steps->clear();
    for (const QString& id : core::checklistStepIds()) {
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_BrowserReload),
                                         tr("%1: checking…").arg(core::stepTitle(id)), m_steps);
        item->setData(Qt::UserRole, id);
    }
    // Exactly one row per step: the last step must never hide below the fold. A long line brings a
    // horizontal scroll bar, which would otherwise take the last row's place.
    m_steps->setFixedHeight(m_steps->sizeHintForRow(0) * m_steps->count() + 2 * m_steps->frameWidth() + 4
                            + m_steps->horizontalScrollBar()->sizeHint().height());
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_ticker->start();
    tick();
    emit completeChanged();
}

void CheckAllPage::tick()
{
    if (!m_model->isRunning()) {
        m_ticker->stop();
        return;
    }
    m_progress->setValue(int(m_model->runProgress() * m_progress->maximum()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem* item = m_steps->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        const QDateTime started = m_model->stepStartedAt(id);
        if (m_model->result(id) == nullptr && started.isValid()) {
            item->setText(tr("%1: %2").arg(core::stepTitle(id), waitText(m_model->stepWait(id), started.msecsTo(now))));
        }
    }
}

void CheckAllPage::showStep(const core::StepResult& step)
{
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem* item = m_steps->item(i);
        if (item->data(Qt::UserRole).toString() == step.id) {
            item->setIcon(statusIcon(style(), step.status));
            item->setText(tr("%1: %2 — %3").arg(core::stepTitle(step.id), statusWord(step.status), step.summary));
            item->setForeground(step.status == core::StepStatus::Skipped ? palette().brush(QPalette::PlaceholderText)
                                                                          : palette().brush(QPalette::Text));
        }
    }
}

} // namespace tcpd::ui
