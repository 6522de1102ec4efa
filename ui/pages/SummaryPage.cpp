// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "SummaryPage.h"

#include "WizardModel.h"
#include "dialogs/CompareDialog.h"
#include "dialogs/ExportDialog.h"
#include "pages/StepPage.h"
#include "widgets/DetailsView.h"
#include "widgets/Readable.h"
#include "widgets/HandshakeDiagram.h"
#include "widgets/PathDiagram.h"
#include "widgets/StatusStyle.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

SummaryPage::SummaryPage(WizardModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_title(new QLabel)
    , m_explanation(new QLabel)
    , m_nextSteps(new QLabel)
    , m_changes(new QLabel)
    , m_path(new PathDiagram)
    , m_handshake(new HandshakeDiagram)
    , m_questions(new QLabel)
    , m_ticket(new QPlainTextEdit)
    , m_details(new QPushButton(tr("Show details")))
    , m_evidence(new DetailsView(u"evidenceText"_s))
    , m_export(new QPushButton(tr("Export report…")))
    , m_copy(new QPushButton(tr("Copy ticket summary")))
    , m_rerun(new QPushButton(tr("Check again")))
    , m_startOver(new QPushButton(tr("Start over")))
    , m_compare(new QPushButton(tr("Compare with a report saved earlier…")))
{
    setObjectName(u"summaryPage"_s);
    setTitle(tr("What we found"));
    m_title->setObjectName(u"verdictTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_explanation->setObjectName(u"verdictExplanation"_s);
    m_explanation->setTextFormat(Qt::PlainText);
    m_nextSteps->setObjectName(u"nextSteps"_s);
    m_nextSteps->setTextFormat(Qt::RichText);
    m_changes->setObjectName(u"changesSinceLastRun"_s);
    m_changes->setTextFormat(Qt::RichText);
    m_questions->setObjectName(u"summaryQuestions"_s);
    m_questions->setTextFormat(Qt::RichText);
    m_ticket->setObjectName(u"ticketSummary"_s);
    m_ticket->setReadOnly(true);
    m_ticket->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ticket->setMinimumHeight(m_ticket->fontMetrics().height() * 8);
    m_ticket->setAccessibleName(tr("Ticket summary"));
    for (QLabel* l : {m_explanation, m_nextSteps, m_changes, m_questions}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_details->setObjectName(u"detailsToggle"_s);
    m_details->setCheckable(true);
    m_evidence->setVisible(false);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setToolTip(tr("Save the report as HTML, PDF, Markdown, text or JSON, optionally redacted"));
    m_copy->setObjectName(u"copySummaryButton"_s);
    m_copy->setToolTip(tr("Copy a short summary (Markdown) to paste into a ticket or a chat"));
    m_rerun->setObjectName(u"rerunButton"_s);
    m_rerun->setToolTip(tr("Run the whole check again and show what changed"));
    m_startOver->setObjectName(u"startOverButton"_s);
    m_compare->setObjectName(u"compareButton"_s);
    m_compare->setToolTip(tr("Open a JSON report saved before (today, last week, on the caller's computer) and "
                             "see what is different now"));
    m_startOver->setToolTip(tr("Go back to the first page to check something else"));

    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->addWidget(m_title);
    inner->addWidget(m_explanation);
    inner->addWidget(m_nextSteps);
    inner->addWidget(m_questions);
    inner->addWidget(m_ticket);
    inner->addWidget(m_changes);
    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compare);
    compareRow->addStretch();
    inner->addLayout(compareRow);
    inner->addWidget(m_path);
    inner->addWidget(m_handshake);
    inner->addWidget(m_evidence);
    inner->addStretch();
    QScrollArea* scroll = readableScrollArea(content, u"summaryScroll"_s, this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_details);
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_startOver);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_details, &QPushButton::toggled, this, [this](bool on) {
        m_evidence->setVisible(on);
        m_details->setText(on ? tr("Hide details") : tr("Show details"));
        showHandshake();
    });
    connect(m_export, &QPushButton::clicked, this, &SummaryPage::exportReport);
    connect(m_compare, &QPushButton::clicked, this,
            [this] { CompareDialog::compareWithEarlierReport(m_model->report(), this); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(core::reportToMarkdown(m_model->report()));
        m_copy->setText(tr("Copied"));
    });
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        m_model->start(m_model->target());
        m_title->setText(tr("Checking again…"));
        emit completeChanged();
    });
    connect(m_startOver, &QPushButton::clicked, this, [this] {
        m_model->cancel();
        wizard()->restart();
    });
    connect(m_model, &WizardModel::runFinished, this, [this](const core::Report& r) {
        if (wizard() != nullptr && wizard()->currentPage() == this) {
            showReport(r);
        }
        emit completeChanged();
    });
}

void SummaryPage::initializePage()
{
    m_details->setChecked(m_model->role() == WizardModel::Role::Admin);
    m_evidence->setVisible(m_details->isChecked());
    if (!m_model->isRunning()) {
        showReport(m_model->report());
    } else {
        m_title->setText(tr("Still checking…"));
    }
}

bool SummaryPage::isComplete() const
{
    return !m_model->isRunning();
}

bool SummaryPage::exportReport()
{
    ExportDialog dialog(m_model->report(), this);
    bool saved = false;
    connect(&dialog, &ExportDialog::saved, this, [this, &saved] {
        saved = true;
        m_model->markResultSaved();
    });
    dialog.exec();
    return saved;
}

QStringList SummaryPage::changesBetween(const core::Report& before, const core::Report& after)
{
    QStringList lines;
    if (before.verdict.code.isEmpty() || before.target.host != after.target.host || before.target.port != after.target.port) {
        return lines;
    }
    if (before.verdict.code != after.verdict.code) {
        lines << tr("The verdict changed: before \"%1\", now \"%2\".").arg(before.verdict.title, after.verdict.title);
    }
    for (const core::StepResult& now : after.steps) {
        for (const core::StepResult& was : before.steps) {
            if (was.id == now.id && was.status != now.status) {
                lines << tr("%1: was %2, now %3.").arg(core::stepTitle(now.id), statusWord(was.status), statusWord(now.status));
            }
        }
    }
    return lines;
}

void SummaryPage::showReport(const core::Report& r)
{
    using Role = WizardModel::Role;
    const Role role = m_model->role();
    const core::Verdict& v = r.verdict;
    // Home and helpdesk read the plain words; a report saved before they existed has none.
    const bool plainWords = role != Role::Admin && !v.plain.isEmpty();
    m_title->setText((v.isOk() ? u"✔ "_s : u"✘ "_s) + (plainWords ? v.plain.title : v.title));
    m_explanation->setText(plainWords ? v.plain.meaning : v.explanation);
    const QStringList next = plainWords ? v.plain.nextSteps : v.nextSteps;
    QString nextHtml;
    if (!next.isEmpty()) {
        nextHtml = u"<b>"_s + tr("What to do next").toHtmlEscaped() + u"</b><ol>"_s;
        for (const QString& s : next) {
            nextHtml += u"<li>"_s + s.toHtmlEscaped() + u"</li>"_s;
        }
        nextHtml += u"</ol>"_s;
    }
    m_nextSteps->setText(nextHtml);

    const bool helpdesk = role == Role::Helpdesk;
    const QStringList questions = helpdesk ? questionsFor(r) : QStringList();
    m_questions->setText(StepPage::callerQuestionsHtml(questions));
    m_questions->setVisible(!questions.isEmpty());
    m_ticket->setPlainText(helpdesk ? core::reportToMarkdown(r) : QString());
    m_ticket->setVisible(helpdesk);
    m_copy->setVisible(role != Role::Home);

    const QStringList changes = changesBetween(m_model->previousReport(), r);
    if (changes.isEmpty()) {
        m_changes->clear();
        m_changes->setVisible(false);
    } else {
        QString html = u"<b>"_s + tr("Since the last check").toHtmlEscaped() + u"</b><ul>"_s;
        for (const QString& c : changes) {
            html += u"<li>"_s + c.toHtmlEscaped() + u"</li>"_s;
        }
        m_changes->setText(html + u"</ul>"_s);
        m_changes->setVisible(true);
    }
    m_path->setReport(r);
    m_handshake->setReport(r);
    showHandshake();
    m_evidence->setReadable(detailsHtml(r));
    m_evidence->setRaw(QString::fromUtf8(QJsonDocument(core::reportToJson(r)).toJson(QJsonDocument::Indented)));
    m_copy->setText(tr("Copy ticket summary"));
    m_compare->setEnabled(!v.code.isEmpty());
}

void SummaryPage::showHandshake()
{
    // The drawing speaks in SYN and ACK: an admin sees it at once, everyone else with the details.
    m_handshake->setVisible(!m_handshake->isEmpty()
                            && (m_model->role() == WizardModel::Role::Admin || m_details->isChecked()));
}

QString SummaryPage::detailsHtml(const core::Report& r) const
{
    const core::Verdict& v = r.verdict;
    QString html;
    if (m_model->role() != WizardModel::Role::Admin && !v.plain.isEmpty()) {
        // The technical verdict, which the page above gave in plain words.
        html += u"<h3>"_s + tr("In technical terms").toHtmlEscaped() + u"</h3><p><b>"_s + v.title.toHtmlEscaped()
              + u"</b></p><p>"_s + v.explanation.toHtmlEscaped() + u"</p>"_s;
        if (!v.nextSteps.isEmpty()) {
            html += u"<p><b>"_s + tr("Next steps for an administrator").toHtmlEscaped() + u"</b></p>"_s
                  + htmlList(v.nextSteps);
        }
    }
    html += u"<p><b>"_s + tr("Verdict code").toHtmlEscaped() + u":</b> <code>"_s + v.code.toHtmlEscaped() + u"</code> "_s
          + tr("(layer: %1)").arg(v.layer).toHtmlEscaped() + u"</p>"_s;
    if (!v.evidence.isEmpty()) {
        html += u"<p><b>"_s + tr("Evidence").toHtmlEscaped() + u"</b></p>"_s + htmlList(v.evidence);
    }
    html += u"<h3>"_s + tr("Step by step").toHtmlEscaped() + u"</h3>"_s;
    for (const core::StepResult& s : r.steps) {
        html += u"<p><b>"_s + core::stepTitle(s.id).toHtmlEscaped() + u"</b> — "_s + statusHtml(palette(), s.status)
              + u": "_s + s.summary.toHtmlEscaped() + u"</p>"_s;
        const QString findings = findingsHtml(s);
        if (!findings.isEmpty()) {
            html += u"<blockquote>"_s + findings + u"</blockquote>"_s;
        }
    }
    return html;
}

QStringList SummaryPage::questionsFor(const core::Report& r)
{
    QStringList questions;
    for (const core::StepResult& s : r.steps) {
        if (s.status == core::StepStatus::Fail || s.status == core::StepStatus::Warn || s.status == core::StepStatus::Error) {
            for (const QString& q : StepPage::callerQuestions(s.id)) {
                if (!questions.contains(q)) {
                    questions << q;
                }
            }
        }
    }
    return questions;
}

} // namespace tcpd::ui
