// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "StepPage.h"

#include "WizardModel.h"
#include "pages/PhysicalChecksWidget.h"
#include "widgets/DetailsView.h"
#include "widgets/Readable.h"
#include "widgets/HandshakeDiagram.h"
#include "widgets/StatusStyle.h"

#include "evidence/ProxyEvidence.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QDesktopServices>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QUrl>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

QString StepPage::purpose(const QString& id)
{
    if (id == u"link") return tr("First the physical connection: without a working cable or Wi-Fi link nothing else can work.");
    if (id == u"ip") return tr("Then the IP configuration: this computer needs an address and a way (a gateway) to other networks.");
    if (id == u"dns") return tr("Then the name: the name must be turned into the right address before a connection can start.");
    if (id == u"proxy") return tr("Then the way out: does this computer go through a proxy, and does a sign-in page (hotel, guest Wi-Fi) hold the way?");
    if (id == u"firewall") return tr("Then the firewalls: a firewall here or on the way can stop the connection, often silently.");
    if (id == u"port") return tr("Then the port test: we try the connection itself and watch what answers.");
    if (id == u"service") return tr("Finally the service: once connected, does it answer as it should (a secure connection with a valid certificate, a greeting, a web page)?");
    return {};
}

QStringList StepPage::callerQuestions(const QString& id)
{
    if (id == u"link") {
        return {tr("Is the network cable plugged in at both ends, or is Wi-Fi switched on?"),
                tr("Are the lights on the router and on the computer's network socket on?"),
                tr("Do other devices in the same place work (a phone on the same Wi-Fi)?")};
    }
    if (id == u"ip") return {tr("Did anything change recently: a new router, a new network, a VPN?")};
    if (id == u"dns") return {tr("Can you open other websites by name?"), tr("Did you type the name exactly as given to you?")};
    if (id == u"proxy") return {tr("Does the website or program work in a browser, but not in this program (or the other way round)?"),
                                tr("Is this a hotel, guest or public Wi-Fi that showed a page to accept?")};
    if (id == u"firewall") return {tr("Is security software installed (antivirus, endpoint protection)?")};
    if (id == u"port") return {tr("Did this ever work from this computer? Since when does it fail?")};
    if (id == u"service") return {tr("What exactly does the program or browser say: a certificate warning, or does it just wait?")};
    return {};
}

QString StepPage::callerQuestionsHtml(const QStringList& questions)
{
    return questions.isEmpty() ? QString() : u"<b>"_s + tr("Ask the caller").toHtmlEscaped() + u"</b>"_s + htmlList(questions);
}

QString StepPage::plainSummary(const QString& id, core::StepStatus status)
{
    using core::StepStatus;
    switch (status) {
    case StepStatus::Pass:
        if (id == u"link") return tr("The network connection works.");
        if (id == u"ip") return tr("This computer has an address and a way out.");
        if (id == u"dns") return tr("The name was found.");
        if (id == u"proxy") return tr("The way out is clear.");
        if (id == u"firewall") return tr("No firewall stopped the connection.");
        if (id == u"port") return tr("The connection works.");
        if (id == u"service") return tr("The service answers as it should.");
        break;
    case StepStatus::Warn:
        return tr("Mostly fine, but something is not quite right: the details say what.");
    case StepStatus::Fail:
        if (id == u"link") return tr("No network connection works.");
        if (id == u"ip") return tr("This computer has no working address or no way out.");
        if (id == u"dns") return tr("The name could not be turned into an address.");
        if (id == u"proxy") return tr("The way out through the proxy or a sign-in page is blocked.");
        if (id == u"firewall") return tr("A firewall stops the connection.");
        if (id == u"port") return tr("The connection does not work.");
        if (id == u"service") return tr("The service does not answer as it should.");
        break;
    case StepStatus::Skipped:
        return tr("Not needed this time, or not possible: the details say why.");
    case StepStatus::Error:
        return tr("This check could not finish.");
    }
    return {};
}

QString StepPage::summaryFor(const core::StepResult& result, int role)
{
    const QString plain = role == static_cast<int>(WizardModel::Role::Home) ? plainSummary(result.id, result.status) : QString();
    return plain.isEmpty() ? result.summary : plain;
}

QString StepPage::whatIsChecked(const QString& id, const QString& host, quint16 port)
{
    if (id == u"link") return tr("The network connections of this computer: cable, Wi-Fi, and whether they are up.");
    if (id == u"ip") return tr("This computer's addresses, its router, and whether it has a way to %1.").arg(host);
    if (id == u"dns") return tr("The address of %1: the hosts file, and the name servers this computer asks.").arg(host);
    if (id == u"proxy") return tr("The proxy settings for %1 port %2, and whether a sign-in page holds the way out.").arg(host).arg(port);
    if (id == u"firewall") return tr("This computer's firewall, and where on the way to %1 the connection stops.").arg(host);
    if (id == u"port") return tr("A connection to %1 on port %2: which answer came back, and how fast.").arg(host).arg(port);
    if (id == u"service") return tr("What the service on %1 port %2 says once the connection is made.").arg(host).arg(port);
    return {};
}

StepPage::StepPage(const QString& stepId, WizardModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_id(stepId)
    , m_model(model)
    , m_progress(new QProgressBar(this))
    , m_waiting(new QLabel(this))
    , m_statusIcon(new QLabel(this))
    , m_status(new QLabel(this))
    , m_took(new QLabel(this))
    , m_questions(new QLabel(this))
    , m_details(new QPushButton(tr("Show details"), this))
    , m_stop(new QPushButton(tr("Stop checking"), this))
    , m_evidence(new DetailsView(u"stepEvidence"_s, this))
    , m_ticker(new QTimer(this))
{
    setObjectName(stepId + u"StepPage"_s);
    setTitle(core::stepTitle(stepId));
    setSubTitle(purpose(stepId));
    m_progress->setObjectName(u"stepProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_waiting->setObjectName(u"stepWaiting"_s);
    m_status->setObjectName(u"stepStatus"_s);
    // How long the step took: in step by step it often finished while an earlier page was read.
    m_took->setObjectName(u"stepTook"_s);
    m_took->setForegroundRole(QPalette::PlaceholderText);
    m_took->setVisible(false);
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_questions->setObjectName(u"callerQuestions"_s);
    m_questions->setTextFormat(Qt::RichText);
    m_questions->setWordWrap(true);
    m_details->setObjectName(u"stepDetailsToggle"_s);
    m_details->setCheckable(true);
    m_stop->setObjectName(u"stopButton"_s);
    m_stop->setToolTip(tr("Stop every check now; the steps that already finished keep their answers"));
    m_evidence->setVisible(false);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_waiting);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_took);
    if (stepId == u"port" || stepId == u"service") {
        // The service page shows the same ladder, gone on past the ACK: the hello and what came back.
        m_handshake = new HandshakeDiagram(this);
        layout->addWidget(m_handshake);
    }
    if (stepId == u"link") {
        // What no program can check: the person answers, and the report keeps the answers.
        auto* checks = new PhysicalChecksWidget(this);
        layout->addWidget(checks);
        connect(checks, &PhysicalChecksWidget::answersChanged, this,
                [this, checks] { m_model->setManualChecks(checks->manualChecks()); });
        connect(m_model, &WizardModel::runStarted, checks, [checks] {
            const QSignalBlocker quiet(checks); // a new run: the questions start unanswered, and are not answers
            checks->setAnswers({});
        });
    }
    if (stepId == u"proxy") {
        // A sign-in page is signed in to in the browser: offer to open it there.
        m_openPortal = new QPushButton(tr("Open the sign-in page in the browser"), this);
        m_openPortal->setObjectName(u"openPortalButton"_s);
        m_openPortal->setVisible(false);
        layout->addWidget(m_openPortal, 0, Qt::AlignLeft);
        connect(m_openPortal, &QPushButton::clicked, this, [this] {
            if (const core::StepResult* r = m_model->result(u"proxy"_s); r != nullptr) {
                const core::evidence::ProxyEvidence e = core::evidence::ProxyEvidence::fromJson(r->data, true);
                QDesktopServices::openUrl(QUrl(e.portal.url));
            }
        });
    }
    layout->addWidget(m_questions);
    layout->addWidget(m_evidence, 1);
    layout->addStretch();
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(readableScrollArea(content, u"stepScroll"_s, this), 1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_details);
    row->addStretch();
    row->addWidget(m_stop);
    outer->addLayout(row);

    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this, &StepPage::refresh);
    connect(m_model, &WizardModel::stepFinished, this, [this](const core::StepResult& r) {
        if (r.id == m_id) {
            refresh();
        }
    });
    connect(m_model, &WizardModel::runFinished, this, &StepPage::refresh);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_model->cancel();
        m_stop->setEnabled(false);
        refresh();
    });
    connect(m_model, &WizardModel::runStarted, this, [this] { m_stop->setEnabled(true); });
    connect(m_details, &QPushButton::toggled, this, [this](bool on) {
        m_evidence->setVisible(on);
        m_details->setText(on ? tr("Hide details") : tr("Show details"));
        showHandshake();
    });
}

void StepPage::initializePage()
{
    const QStringList questions = callerQuestions(m_id);
    if (m_model->role() == WizardModel::Role::Helpdesk && !questions.isEmpty()) {
        m_questions->setText(callerQuestionsHtml(questions));
        m_questions->setVisible(true);
    } else {
        m_questions->setVisible(false);
    }
    m_details->setChecked(m_model->role() == WizardModel::Role::Admin);
    m_evidence->setVisible(m_details->isChecked());
    m_stop->setEnabled(true);
    m_ticker->start();
    refresh();
    // A step that was done before its page appeared: the wizard gives the new page's first button (Show
    // details) the focus after this; take it back to Next once the page is shown.
    QTimer::singleShot(0, this, [this] {
        if (m_model->result(m_id) != nullptr) {
            focusNextWhenDone();
        }
    });
}

void StepPage::focusNextWhenDone()
{
    // While the step ran, Next was disabled and the focus fell to the next button in the row (Show details):
    // Enter then opened the evidence instead of moving on (issue 23, trap 7). Once the step is done the
    // focus goes back to Next, unless the person has put it somewhere themselves.
    QWizard* w = wizard();
    if (w == nullptr || w->currentPage() != this) {
        return;
    }
    QWidget* focus = QApplication::focusWidget();
    if (focus == nullptr || focus == m_details || focus == m_stop || !focus->isEnabled() || !focus->isVisible()) {
        QAbstractButton* next = w->button(w->button(QWizard::NextButton)->isVisible() ? QWizard::NextButton
                                                                                         : QWizard::FinishButton);
        if (next->isEnabled()) {
            next->setFocus(Qt::OtherFocusReason);
        }
    }
}

bool StepPage::isComplete() const
{
    return m_model->result(m_id) != nullptr;
}

void StepPage::refresh()
{
    if (const core::StepResult* r = m_model->result(m_id)) {
        m_ticker->stop();
        m_stop->setVisible(m_model->isRunning()); // the later steps may still be running
        showResult(*r);
        emit completeChanged();
        focusNextWhenDone();
        return;
    }
    m_progress->setVisible(true);
    m_stop->setVisible(m_model->isRunning());
    m_status->clear();
    m_statusIcon->clear();
    m_took->setVisible(false);
    if (!m_stop->isEnabled()) {
        m_waiting->setText(tr("Stopping…"));
        return;
    }
    // What the step waits for and the time left of its budget, from the runner's own start (trap 9).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime started = m_model->stepStartedAt(m_id);
    const QDateTime portStarted = m_model->stepStartedAt(u"port"_s);
    if (started.isValid()) {
        const core::StepWait wait = m_model->stepWait(m_id);
        const qint64 elapsed = started.msecsTo(now);
        m_waiting->setText(waitText(wait, elapsed));
        m_progress->setRange(0, 1000);
        m_progress->setValue(wait.budgetMs > 0 ? int(std::min<qint64>(1000, elapsed * 1000 / wait.budgetMs)) : 0);
    } else if ((m_id == u"firewall" || m_id == u"service") && portStarted.isValid()) {
        const QString port = waitText(m_model->stepWait(u"port"_s), portStarted.msecsTo(now));
        m_waiting->setText(m_id == u"firewall" ? tr("First the port test (the firewall check looks at what it saw): %1").arg(port)
                                               : tr("First the port test (the service is checked once a connection works): %1").arg(port));
        m_progress->setRange(0, 0);
    } else if (m_id == u"port" || m_id == u"firewall" || m_id == u"service") {
        m_waiting->setText(tr("Waiting for the name lookup before trying the connection…"));
        m_progress->setRange(0, 0);
    } else {
        m_waiting->setText(tr("Checking…"));
        m_progress->setRange(0, 0);
    }
}

void StepPage::showResult(const core::StepResult& r)
{
    m_progress->setVisible(false);
    // In step by step, a step often finished while an earlier page was read: say how long it took.
    m_waiting->clear();
    m_took->setText(r.status == core::StepStatus::Skipped ? QString()
                    : r.durationMs < 100 ? tr("Finished at once.")
                                         : tr("Finished in %1 s.").arg(QLocale().toString(r.durationMs / 1000.0, 'f', 1)));
    m_took->setVisible(!m_took->text().isEmpty());
    const int side = m_status->fontMetrics().height() + 4;
    m_statusIcon->setPixmap(statusIcon(style(), r.status).pixmap(QSize(side, side), devicePixelRatio()));
    m_status->setText(statusHtml(palette(), r.status) + u" — "_s
                      + summaryFor(r, static_cast<int>(m_model->role())).toHtmlEscaped());
    if (m_openPortal != nullptr) {
        m_openPortal->setVisible(core::evidence::ProxyEvidence::fromJson(r.data, true).portalFound());
    }
    if (m_handshake != nullptr) {
        core::Report one;
        if (m_id == u"service" && r.status != core::StepStatus::Skipped) { // skipped: the port page has the ladder
            if (const core::StepResult* port = m_model->result(u"port"_s); port != nullptr) {
                one.steps << *port;
            }
        }
        one.steps << r;
        m_handshake->setReport(one);
        showHandshake();
    }
    // The details: what was checked, then what came back (the findings, with what to try next).
    // A finding that only repeats the step's summary (a passing port: "port 443 accepts connections") is left out.
    core::StepResult shown = r;
    const auto bare = [](QString t) { return t.trimmed().remove(QRegularExpression(u"[.!]+$"_s)).toCaseFolded(); };
    shown.findings.removeIf([&](const core::Finding& f) { return f.detail.isEmpty() && f.advice.isEmpty() && bare(f.title) == bare(r.summary); });
    const bool plainLine = m_model->role() == WizardModel::Role::Home;
    const QString findings = (plainLine ? u"<p>"_s + r.summary.toHtmlEscaped() + u"</p>"_s : QString()) + findingsHtml(shown);
    QString html = u"<p><b>"_s + tr("What was checked").toHtmlEscaped() + u"</b><br>"_s
                 + whatIsChecked(m_id, m_model->target().displayHost, m_model->target().port).toHtmlEscaped() + u"</p><p><b>"_s
                 + tr("What came back").toHtmlEscaped() + u"</b></p>"_s
                 + (findings.isEmpty() ? u"<p>"_s + tr("Nothing more than the result above.").toHtmlEscaped() + u"</p>"_s
                                       : findings);
    m_evidence->setReadable(html);
    m_evidence->setRaw(QString::fromUtf8(QJsonDocument(r.data).toJson(QJsonDocument::Indented)));
}

void StepPage::showHandshake()
{
    // The drawing speaks in SYN and ACK: an admin sees it at once, everyone else with the details.
    if (m_handshake != nullptr) {
        m_handshake->setVisible(!m_handshake->isEmpty()
                                && (m_model->role() == WizardModel::Role::Admin || m_details->isChecked()));
    }
}

} // namespace tcpd::ui
