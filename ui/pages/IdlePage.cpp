// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "IdlePage.h"

#include "runner/IdleRunner.h"
#include "target/Target.h"
#include "widgets/EnterKey.h"
#include "widgets/Readable.h"
#include "widgets/StatusStyle.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {
core::StepStatus statusOf(const QString& code)
{
    if (code == u"idle.ok") {
        return core::StepStatus::Pass;
    }
    if (code == u"idle.unknown") {
        return core::StepStatus::Warn;
    }
    if (code == u"tool.error") {
        return core::StepStatus::Error;
    }
    return core::StepStatus::Fail;
}

core::StepStatus statusOfPeriod(const core::IdlePeriod& p)
{
    if (p.lived()) {
        return core::StepStatus::Pass;
    }
    if (p.died() || p.result == u"not_connected") {
        return core::StepStatus::Fail;
    }
    if (p.result == u"cancelled") {
        return core::StepStatus::Skipped;
    }
    return core::StepStatus::Warn;
}
} // namespace

IdlePage::IdlePage(QWidget* parent)
    : QWizardPage(parent)
    , m_target(new QLineEdit(this))
    , m_longest(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_check(new QPushButton(this))
    , m_progress(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_tick(new QTimer(this))
    , m_runner(new core::IdleRunner(this))
{
    setObjectName(u"idlePage"_s);
    setTitle(tr("Connections drop after a pause"));
    setSubTitle(tr("For a connection that dies when a program was silent for a while (errors 10053 or 10054 after a "
                   "break): tcpdoctor keeps connections silent for longer and longer pauses and finds out how long "
                   "one survives."));
    m_target->setObjectName(u"idleTarget"_s);
    m_target->setPlaceholderText(tr("for example  db.example.com:5432  or  192.0.2.10:3389"));
    m_target->setClearButtonEnabled(true);
    m_target->setToolTip(tr("The computer and port whose connections drop, such as a database or a remote desktop"));
    m_longest->setObjectName(u"idleLongest"_s);
    for (const int minutes : {1, 5, 15, 30, 60}) {
        m_longest->addItem(minutes < 60 ? tr("%n minute(s)", nullptr, minutes) : tr("1 hour"), minutes * 60);
    }
    m_longest->setCurrentIndex(1); // 5 minutes, as the command line
    m_longest->setToolTip(tr("The longest pause to try. The test takes this long; choose at least the pause after "
                             "which your program fails."));
    m_error->setObjectName(u"idleError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_start->setObjectName(u"idleStartButton"_s);
    m_stop->setObjectName(u"idleStopButton"_s);
    m_stop->setToolTip(tr("Stop; what was found so far stays"));
    m_check->setObjectName(u"idleCheckButton"_s);
    m_check->setVisible(false);
    m_progress->setObjectName(u"idleProgress"_s);
    m_progress->setWordWrap(true);
    m_progress->setTextFormat(Qt::RichText);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setObjectName(u"idleVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setMaximumWidth(readableWidth(this)); // lines a person can read
    m_tick->setInterval(1000);

    auto* form = new QFormLayout;
    form->addRow(tr("&Computer and port:"), m_target);
    auto* longest = new QHBoxLayout;
    longest->addWidget(m_longest);
    longest->addStretch();
    form->addRow(tr("&Longest pause:"), longest);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(longest))) {
        label->setBuddy(m_longest);
    }
    form->addRow(QString(), m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_stop);
    buttons->addWidget(m_start);
    auto* result = new QWidget;
    auto* resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_progress);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(m_check, 0, Qt::AlignTop);
    resultLayout->addLayout(verdictRow);
    resultLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"idleScroll"_s);
    scroll->setWidget(result);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(scroll, 1);

    connect(m_runner, &core::IdleRunner::periodReady, this, &IdlePage::periodArrived);
    connect(m_runner, &core::IdleRunner::finished, this, &IdlePage::workerDone);
    connect(m_tick, &QTimer::timeout, this, &IdlePage::showProgress);
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_typed = true; });
    connect(m_target, &QLineEdit::textChanged, this, &IdlePage::revalidate);
    connect(m_longest, &QComboBox::currentIndexChanged, this,
            [this] { setPeriods(core::defaultIdlePeriods(m_longest->currentData().toInt())); });
    onEnter(m_target, [this] { start(); }); // Enter starts, and never reaches the wizard's Close
    connect(m_start, &QPushButton::clicked, this, &IdlePage::start);
    connect(m_stop, &QPushButton::clicked, this, &IdlePage::cancel);
    connect(m_check, &QPushButton::clicked, this, [this] {
        if (!m_name.isEmpty()) {
            cancel();
            emit checkTargetRequested(m_name);
        }
    });
    setPeriods(core::defaultIdlePeriods(m_longest->currentData().toInt()));
    setRunning(false);
    revalidate();
}

IdlePage::~IdlePage()
{
    cancel(); // m_runner, a child, waits (bounded) for its worker when it goes
}

void IdlePage::cleanupPage()
{
    cancel(); // Back while testing: stop
}

bool IdlePage::isRunning() const
{
    return m_runner->isRunning();
}

void IdlePage::cancel()
{
    m_runner->cancel();
}

void IdlePage::offerTarget(const QString& input)
{
    if (!m_typed && !isRunning() && !input.isEmpty()) {
        m_target->setText(input);
    }
}

void IdlePage::setPeriods(const QList<int>& periodsS)
{
    if (isRunning() || periodsS.isEmpty()) {
        return;
    }
    m_periods = periodsS;
    if (m_done.isEmpty()) {
        showProgress(); // the plan, before it starts
    }
}

void IdlePage::revalidate()
{
    const QString text = m_target->text().trimmed();
    if (text.isEmpty()) {
        m_error->setText(tr("Type the computer and port whose connections drop, like db.example.com:5432."));
        m_error->setVisible(true);
        m_start->setEnabled(false);
        return;
    }
    const core::TargetParse parsed = core::parseTarget(text);
    m_error->setText(parsed.ok() ? QString() : u"⚠ "_s + parsed.error);
    m_error->setVisible(!parsed.ok());
    m_start->setEnabled(parsed.ok() && !isRunning());
}

void IdlePage::start()
{
    if (isRunning()) {
        return;
    }
    const core::TargetParse parsed = core::parseTarget(m_target->text().trimmed());
    if (!parsed.ok()) {
        revalidate();
        m_target->setFocus();
        return;
    }
    core::IdleOptions options;
    options.periodsS = m_periods;
    m_name = core::hostPortText(*parsed.target);
    m_done.clear();
    m_summary = {};
    m_verdict->clear();
    m_check->setVisible(false);
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_runner->start(*parsed.target, options);
    setRunning(true);
    showProgress(); // after start: the countdown needs isRunning()
}

void IdlePage::periodArrived(const core::IdlePeriod& period)
{
    m_done << period;
    showProgress();
}

void IdlePage::workerDone(const core::IdleRun& run)
{
    m_done = run.periods;
    m_summary = core::summarizeIdle(m_name, run, core::IdleWording::Window);
    setRunning(false);
    showProgress();
    showVerdict();
    emit finished();
}

void IdlePage::showProgress()
{
    const qint64 elapsedS = isRunning() ? (QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000 : 0;
    QString html;
    if (isRunning()) {
        const int longest = *std::max_element(m_periods.begin(), m_periods.end());
        const int leftS = std::max<int>(0, longest - int(elapsedS));
        html += u"<p>"_s
            + tr("%n connection(s) to %1 are open and silent. Each sends one byte when its pause is over. About %2 "
                 "left.",
                 nullptr, int(m_periods.size()))
                  .arg(m_name, core::idleDurationText(std::max(1, leftS)))
                  .toHtmlEscaped()
            + u"</p>"_s;
    } else if (m_done.isEmpty()) {
        QStringList pauses;
        for (const int p : m_periods) {
            pauses << core::idleDurationText(p);
        }
        m_progress->setText(u"<p>"_s
                            + tr("Pauses to try: %1. Start opens one connection for each; it takes about %2.")
                                  .arg(pauses.join(u", "_s),
                                       core::idleDurationText(*std::max_element(m_periods.begin(), m_periods.end())))
                                  .toHtmlEscaped()
                            + u"</p>"_s);
        return;
    }
    html += u"<table cellspacing='4'>"_s;
    for (const int p : m_periods) {
        const auto it = std::find_if(m_done.begin(), m_done.end(), [p](const core::IdlePeriod& d) { return d.idleS == p; });
        QString state;
        if (it != m_done.end()) {
            state = statusHtml(palette(), statusOfPeriod(*it)) + u" "_s + core::idleResultWords(it->result).toHtmlEscaped();
        } else if (isRunning()) {
            const int left = p - int(elapsedS);
            state = (left > 0 ? tr("silent, %1 to go").arg(core::idleDurationText(left))
                              : tr("checking whether the byte arrives…"))
                        .toHtmlEscaped();
        }
        html += u"<tr><td>"_s + tr("Pause of %1").arg(core::idleDurationText(p)).toHtmlEscaped() + u"</td><td>"_s
            + state + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    m_progress->setText(html);
}

void IdlePage::showVerdict()
{
    const core::IdleSummary& s = m_summary;
    m_verdict->setText(verdictHtml(palette(), statusOf(s.verdict.code), s.verdict,
                                   s.cancelled ? tr("Stopped before every pause was over.") : QString()));
    m_check->setText(tr("Check %1 step by step").arg(m_name));
    m_check->setVisible(s.verdict.code == u"idle.no_connection" && !m_name.isEmpty());
}

void IdlePage::setRunning(bool running)
{
    m_start->setEnabled(!running && core::parseTarget(m_target->text().trimmed()).ok());
    m_stop->setEnabled(running);
    m_target->setReadOnly(running);
    m_longest->setEnabled(!running);
    if (running) {
        m_tick->start();
    } else {
        m_tick->stop();
    }
}

} // namespace tcpd::ui
