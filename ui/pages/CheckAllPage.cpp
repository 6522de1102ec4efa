// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "CheckAllPage.h"

#include "WizardModel.h"
#include "pages/StepPage.h"
#include "widgets/StatusStyle.h"

#include <QEvent>
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
    // Long rows (German, French, a long "waiting for ..." line) wrap: no scroll bar, no row cut off
    // (issue 23, trap 11). The list is as high as its rows; fitRows() keeps it so.
    m_steps->setWordWrap(true);
    m_steps->setTextElideMode(Qt::ElideNone);
    m_steps->setResizeMode(QListView::Adjust);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->installEventFilter(this);
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
    fitRows();
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_ticker->start();
    tick();
    emit completeChanged();
}

bool CheckAllPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_steps && event->type() == QEvent::Resize) {
        QTimer::singleShot(0, this, &CheckAllPage::fitRows); // after the list laid its rows out anew
    }
    return QWizardPage::eventFilter(watched, event);
}

void CheckAllPage::fitRows()
{
    // Exactly as high as the rows, wrapped to the list's width: the last step never hides below the fold.
    int height = 2 * m_steps->frameWidth() + 4;
    if (!m_steps->isVisible() || m_steps->viewport()->width() < m_steps->fontMetrics().averageCharWidth() * 40) {
        // Not laid out yet: one line a row until the list has its width (its resize comes back here).
        height += m_steps->count() * (m_steps->sizeHintForRow(0) > 0 ? m_steps->fontMetrics().height() + 6 : 0);
    } else {
        m_steps->doItemsLayout();
        for (int i = 0; i < m_steps->count(); ++i) {
            height += m_steps->visualItemRect(m_steps->item(i)).height();
        }
    }
    if (m_steps->height() != height) {
        m_steps->setFixedHeight(height);
    }
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
    fitRows();
}

void CheckAllPage::showStep(const core::StepResult& step)
{
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem* item = m_steps->item(i);
        if (item->data(Qt::UserRole).toString() == step.id) {
            item->setIcon(statusIcon(style(), step.status));
            item->setText(tr("%1: %2 — %3").arg(core::stepTitle(step.id), statusWord(step.status),
                                                StepPage::summaryFor(step, static_cast<int>(m_model->role()))));
            item->setForeground(step.status == core::StepStatus::Skipped ? palette().brush(QPalette::PlaceholderText)
                                                                          : palette().brush(QPalette::Text));
        }
    }
    fitRows();
}

} // namespace tcpd::ui
