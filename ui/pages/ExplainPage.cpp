// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "ExplainPage.h"

#include "explain/ExplainTexts.h"
#include "steps/StepResult.h"

#include <QFont>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {
constexpr int kSettleMs = 400; // explain again this long after the last key press

QLabel* wrappingLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // messages are pasted text: shown, never interpreted
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ExplainPage::ExplainPage(QWidget* parent)
    : QWizardPage(parent)
    , m_input(new QPlainTextEdit(this))
    , m_explain(new QPushButton(tr("&Explain"), this))
    , m_settle(new QTimer(this))
    , m_result(new QWidget(this))
    , m_title(wrappingLabel(u"explainTitle"_s, m_result))
    , m_text(wrappingLabel(u"explainText"_s, m_result))
    , m_causes(wrappingLabel(u"explainCauses"_s, m_result))
    , m_detailsToggle(new QPushButton(tr("Show details"), m_result))
    , m_details(wrappingLabel(u"explainDetails"_s, m_result))
    , m_target(wrappingLabel(u"explainTarget"_s, m_result))
    , m_check(new QPushButton(m_result))
{
    setObjectName(u"explainPage"_s);
    setTitle(tr("I have an error message"));
    setSubTitle(tr("Paste the message the program showed, as it is: stack traces and log lines around it do no harm. "
                   "tcpdoctor explains what happened to the connection."));

    m_input->setObjectName(u"explainInput"_s);
    m_input->setPlaceholderText(tr("for example  No connection could be made because the target machine actively "
                                   "refused it. (localhost:5001)"));
    m_input->setTabChangesFocus(true);
    m_input->setMinimumHeight(m_input->fontMetrics().height() * 5);
    m_explain->setObjectName(u"explainButton"_s);
    m_explain->setEnabled(false);
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);

    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_check->setObjectName(u"checkTargetButton"_s);
    // When, what it was recognised from, and the code: for the curious and the admin, one click away.
    m_detailsToggle->setObjectName(u"explainDetailsToggle"_s);
    m_detailsToggle->setCheckable(true);
    m_details->setVisible(false);
    connect(m_detailsToggle, &QPushButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_detailsToggle->setText(on ? tr("Hide details") : tr("Show details"));
    });
    m_result->setObjectName(u"explainResult"_s);
    m_result->setVisible(false);

    auto* resultLayout = new QVBoxLayout(m_result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_title);
    resultLayout->addWidget(m_text);
    resultLayout->addWidget(m_causes);
    resultLayout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    resultLayout->addWidget(m_details);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_check, 0, Qt::AlignRight); // its own width, also when the label beside it is hidden
    resultLayout->addLayout(targetRow);

    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_explain);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addLayout(buttonRow);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_explain, &QPushButton::clicked, this, &ExplainPage::explainNow);
    connect(m_settle, &QTimer::timeout, this, &ExplainPage::explainNow);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        const bool empty = m_input->toPlainText().trimmed().isEmpty();
        m_explain->setEnabled(!empty);
        if (empty) {
            m_settle->stop();
            m_result->setVisible(false);
        } else {
            m_settle->start();
        }
    });
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_input);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &ExplainPage::explainNow);
    connect(m_check, &QPushButton::clicked, this, [this] {
        if (core::fittingCheck(m_explanation) == core::FittingCheck::ServerView) {
            emit serverViewRequested(m_explanation.port);
        } else if (!m_explanation.target().isEmpty()) {
            emit checkTargetRequested(checkInput());
        }
    });
}

void ExplainPage::setDetailsOpen(bool open)
{
    m_detailsToggle->setChecked(open);
}

QString ExplainPage::checkInput() const
{
    const core::Explanation& e = m_explanation;
    return core::fittingCheck(e) == core::FittingCheck::ChecklistWithTls ? u"https://"_s + e.target() + u'/' : e.target();
}

void ExplainPage::setMessage(const QString& message)
{
    m_input->setPlainText(message);
    explainNow();
}

void ExplainPage::explainNow()
{
    m_settle->stop();
    const QString message = m_input->toPlainText();
    if (message.trimmed().isEmpty()) {
        return;
    }
    m_explanation = core::explainError(message);
    showExplanation();
}

void ExplainPage::showExplanation()
{
    const core::Explanation& e = m_explanation;
    m_title->setText(e.title);
    m_text->setText(e.explanation);

    QString causes;
    if (!e.causes.isEmpty()) {
        causes = e.recognised() ? tr("Likely causes, most likely first:") : tr("What to check:");
        for (qsizetype i = 0; i < e.causes.size(); ++i) {
            causes += u"\n%1. %2"_s.arg(i + 1).arg(e.causes[i]);
        }
    }
    m_causes->setText(causes);
    m_causes->setVisible(!causes.isEmpty());

    QStringList details;
    if (e.recognised()) {
        details << tr("When: %1.").arg(core::phaseDescription(e.phase));
        QStringList steps;
        for (const QString& id : e.suggestedSteps) {
            steps << core::stepTitle(id);
        }
        if (!steps.isEmpty()) {
            details << tr("The checklist steps that matter most here: %1.").arg(steps.join(u", "_s));
        }
    }
    if (!e.matched.isEmpty()) {
        details << tr("Recognised from: \"%1\"").arg(e.matched);
    }
    details << tr("Code: %1").arg(e.code);
    m_details->setText(details.join(u'\n'));

    const core::FittingCheck fits = core::fittingCheck(e);
    if (fits == core::FittingCheck::None) {
        m_target->clear();
        m_check->setVisible(false);
    } else if (fits == core::FittingCheck::ServerView) {
        // A port taken here: the server view names the program that holds it.
        m_target->clear(); // the button says which port
        m_check->setText(e.port != 0 ? tr("See who holds port %1 on this computer").arg(e.port)
                                     : tr("See what listens on this computer"));
        m_check->setVisible(true);
    } else if (e.host.isEmpty()) {
        m_target->setText(e.recognised() ? tr("The message does not say which computer it tried to reach: "
                                              "you can type it when you start the checklist.")
                                         : QString());
        m_check->setVisible(false);
    } else {
        m_target->setText(e.port != 0 ? tr("The message names %1, port %2.").arg(e.host).arg(e.port)
                                      : tr("The message names %1, but no port.").arg(e.host));
        m_check->setText(fits == core::FittingCheck::ChecklistWithTls
                             ? tr("Check the certificate of %1 step by step").arg(e.target())
                             : tr("Check %1 step by step").arg(e.target()));
        m_check->setVisible(true);
    }
    m_target->setVisible(!m_target->text().isEmpty());
    m_result->setVisible(true);
}

} // namespace tcpd::ui
