// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "WatchPage.h"

#include "report/ReportText.h"
#include "runner/WatchRunner.h"
#include "target/Target.h"
#include "widgets/EnterKey.h"
#include "widgets/Readable.h"
#include "widgets/StatusStyle.h"
#include "widgets/WatchPlot.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {
constexpr int maxAttempts = 10000;            ///< the window's limit (the command line allows more)
constexpr qint64 maxFileBytes = 32 * 1024 * 1024; ///< a saved watch of 100000 attempts is about 20 MB

core::StepStatus statusOf(const core::WatchSummary& s)
{
    if (core::watchExitCode(s) == 0) { // stable, or back again after "until it works"
        return core::StepStatus::Pass;
    }
    if (s.verdict.code == u"watch.slow") {
        return core::StepStatus::Warn;
    }
    if (s.verdict.code == u"tool.error") {
        return core::StepStatus::Error;
    }
    return core::StepStatus::Fail;
}
} // namespace

WatchPage::WatchPage(QWidget* parent)
    : QWizardPage(parent)
    , m_target(new QLineEdit(this))
    , m_count(new QSpinBox(this))
    , m_interval(new QDoubleSpinBox(this))
    , m_untilOpen(new QCheckBox(tr("Stop and &tell me as soon as it works"), this))
    , m_error(new QLabel(this))
    , m_start(new QPushButton(tr("&Start watching"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_open(new QPushButton(tr("&Open a saved watch…"), this))
    , m_save(new QPushButton(tr("Sa&ve…"), this))
    , m_check(new QPushButton(this))
    , m_plot(new WatchPlot(this))
    , m_stats(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_runner(new core::WatchRunner(this))
{
    setObjectName(u"watchPage"_s);
    setTitle(tr("Watch a connection"));
    setSubTitle(tr("For a connection that works only sometimes: tcpdoctor connects again and again, draws how long "
                   "each connection took, and says what it saw."));
    m_target->setObjectName(u"watchTarget"_s);
    m_target->setPlaceholderText(tr("for example  example.com:443  or  192.0.2.10:3389"));
    m_target->setClearButtonEnabled(true);
    m_target->setToolTip(tr("The computer and port to connect to, again and again"));
    m_count->setObjectName(u"watchCount"_s);
    m_count->setRange(1, maxAttempts);
    m_count->setValue(20);
    m_count->setToolTip(tr("How many times to connect (at most %1)").arg(QLocale().toString(maxAttempts)));
    m_interval->setObjectName(u"watchInterval"_s);
    m_interval->setRange(0.1, 3600);
    m_interval->setDecimals(1);
    m_interval->setSingleStep(0.5);
    m_interval->setValue(1);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("Time from the start of one attempt to the start of the next"));
    m_untilOpen->setObjectName(u"watchUntilOpen"_s);
    m_untilOpen->setToolTip(tr("For a server that is down: the watch ends at the first connection that works, and the "
                               "window asks for your attention"));
    m_error->setObjectName(u"watchError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_start->setObjectName(u"watchStartButton"_s);
    m_start->setDefault(false);
    m_stop->setObjectName(u"watchStopButton"_s);
    m_stop->setToolTip(tr("Stop watching; what was seen so far stays"));
    m_open->setObjectName(u"watchOpenButton"_s);
    m_open->setToolTip(tr("Show a watch saved earlier as JSON Lines (from this window or tcpdoctor watch --json)"));
    m_save->setObjectName(u"watchSaveButton"_s);
    m_save->setToolTip(tr("Save every attempt as CSV for a spreadsheet, or JSON Lines"));
    m_check->setObjectName(u"watchCheckButton"_s);
    m_check->setVisible(false);
    m_stats->setObjectName(u"watchStats"_s);
    m_stats->setWordWrap(true);
    m_stats->setTextFormat(Qt::PlainText);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setObjectName(u"watchVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setMaximumWidth(readableWidth(this)); // lines a person can read

    auto* every = new QHBoxLayout;
    every->addWidget(m_count);
    every->addWidget(new QLabel(tr("times, every"), this));
    every->addWidget(m_interval);
    every->addSpacing(fontMetrics().averageCharWidth() * 3);
    every->addWidget(m_untilOpen);
    every->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Computer and port:"), m_target);
    form->addRow(tr("&Connect:"), every);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(every))) {
        label->setBuddy(m_count);
    }
    form->addRow(QString(), m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_stop);
    buttons->addWidget(m_start);
    // The verdict scrolls when it is long, so the plot keeps its room.
    auto* verdictBox = new QWidget;
    auto* after = new QHBoxLayout(verdictBox);
    after->setContentsMargins(0, 0, 0, 0);
    after->addWidget(m_verdict, 1);
    after->addWidget(m_check, 0, Qt::AlignTop);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"watchVerdictScroll"_s);
    scroll->setWidget(verdictBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(fontMetrics().height() * 5);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_plot, 3);
    layout->addWidget(m_stats);
    layout->addWidget(scroll, 2);

    connect(m_runner, &core::WatchRunner::attemptReady, this, &WatchPage::attemptArrived);
    connect(m_runner, &core::WatchRunner::finished, this, &WatchPage::workerDone);
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_typed = true; });
    connect(m_target, &QLineEdit::textChanged, this, &WatchPage::revalidate);
    for (QWidget* box : std::initializer_list<QWidget*>{m_target, m_count, m_interval}) {
        onEnter(box, [this] { start(); }); // Enter starts the watch, and never reaches the wizard's Close
    }
    connect(m_start, &QPushButton::clicked, this, &WatchPage::start);
    connect(m_stop, &QPushButton::clicked, this, &WatchPage::cancel);
    connect(m_check, &QPushButton::clicked, this, [this] {
        if (!m_name.isEmpty()) {
            cancel();
            emit checkTargetRequested(m_name);
        }
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a saved watch"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("JSON Lines (*.jsonl *.json);;All files (*)"));
        if (!path.isEmpty()) {
            openFile(path);
        }
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString selected;
        QString path = QFileDialog::getSaveFileName(this, tr("Save the watch"), dir + u"/tcpdoctor-watch.csv"_s,
                                                    tr("CSV for a spreadsheet (*.csv);;JSON Lines (*.jsonl)"), &selected);
        if (path.isEmpty()) {
            return;
        }
        if (QFileInfo(path).suffix().isEmpty()) {
            path += selected.contains(u"*.jsonl"_s) ? u".jsonl"_s : u".csv"_s;
        }
        saveFile(path);
    });
    setRunning(false);
    revalidate();
}

WatchPage::~WatchPage()
{
    cancel(); // m_runner, a child, waits (bounded) for its worker when it goes
}

void WatchPage::cleanupPage()
{
    cancel(); // Back while watching: stop
}

bool WatchPage::isRunning() const
{
    return m_runner->isRunning();
}

void WatchPage::cancel()
{
    m_runner->cancel();
}

void WatchPage::offerTarget(const QString& input)
{
    if (!m_typed && !isRunning() && !input.isEmpty()) {
        m_target->setText(input);
    }
}

void WatchPage::revalidate()
{
    const QString text = m_target->text().trimmed();
    if (text.isEmpty()) {
        m_error->setText(tr("Type the computer and port to watch, like example.com:443."));
        m_error->setVisible(true);
        m_start->setEnabled(false);
        return;
    }
    const core::TargetParse parsed = core::parseTarget(text);
    m_error->setText(parsed.ok() ? QString() : u"⚠ "_s + parsed.error);
    m_error->setVisible(!parsed.ok());
    m_start->setEnabled(parsed.ok() && !isRunning());
}

void WatchPage::start()
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
    core::WatchOptions options;
    options.count = m_count->value();
    options.intervalMs = static_cast<int>(std::lround(m_interval->value() * 1000));
    options.untilOpen = m_untilOpen->isChecked();
    m_name = core::hostPortText(*parsed.target);
    m_watchUntilOpen = options.untilOpen;
    m_attempts.clear();
    m_summary = {};
    m_plot->reset(options.count);
    m_verdict->clear();
    m_check->setVisible(false);
    m_stats->setText(tr("Connecting to %1…").arg(m_name));
    setRunning(true);
    m_runner->start(*parsed.target, options);
}

void WatchPage::attemptArrived(const core::WatchAttempt& attempt)
{
    m_attempts << attempt;
    m_plot->addAttempt(attempt);
    m_summary = core::summarizeWatch(m_name, m_attempts, m_watchUntilOpen, false, core::WatchWording::Window);
    showSummary(false);
}

void WatchPage::workerDone(const QList<core::WatchAttempt>& attempts)
{
    m_attempts = attempts;
    m_plot->setAttempts(attempts);
    m_summary = core::summarizeWatch(m_name, m_attempts, m_watchUntilOpen, m_runner->wasCancelled(),
                                     core::WatchWording::Window);
    setRunning(false);
    showSummary(true);
    if (m_summary.untilOpen && m_summary.succeeded > 0) {
        QApplication::alert(window()); // the person asked to be told: flash the taskbar entry
        QApplication::beep();
    }
    emit finished();
}

void WatchPage::showSummary(bool final)
{
    const core::WatchSummary& s = m_summary;
    QStringList parts;
    if (!final && isRunning()) {
        parts << tr("Attempt %1 of %2.").arg(QLocale().toString(s.attempts), QLocale().toString(m_count->value()));
    }
    parts << tr("%1 of %2 connected (%3 %).")
                 .arg(QLocale().toString(s.succeeded), QLocale().toString(s.attempts),
                      QLocale().toString(s.successRate * 100, 'f', 0));
    if (s.rttP50 >= 0) {
        parts << tr("Usually %1, 95 % under %2, slowest %3.")
                     .arg(core::reporttext::formatMs(s.rttP50), core::reporttext::formatMs(s.rttP95),
                          core::reporttext::formatMs(s.rttMax));
    }
    if (s.longestOutageMs > 0) {
        parts << tr("Longest outage: %1 s.").arg(QLocale().toString(double(s.longestOutageMs) / 1000.0, 'f', 1));
    }
    if (s.addressesSeen.size() > 1) {
        parts << tr("Addresses: %1.").arg(s.addressesSeen.join(u", "_s));
    }
    m_stats->setText(parts.join(u' '));
    if (!final) {
        return;
    }
    m_verdict->setText(verdictHtml(palette(), statusOf(s), s.verdict,
                                   s.cancelled ? tr("Stopped after %n attempt(s).", nullptr, s.attempts) : QString()));
    const bool failing = s.verdict.code == u"watch.down" || s.verdict.code == u"watch.intermittent";
    m_check->setText(tr("Check %1 step by step").arg(m_name));
    m_check->setVisible(failing && !m_name.isEmpty() && !(s.untilOpen && s.succeeded > 0));
}

bool WatchPage::openFile(const QString& path)
{
    if (isRunning()) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_stats->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes) {
        m_stats->setText(tr("%1 is larger than 32 MB, larger than any saved watch.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    const core::WatchFile watch = core::readWatchJsonLines(bytes);
    if (!watch.error.isEmpty()) {
        m_stats->setText(tr("Cannot show %1: %2").arg(QDir::toNativeSeparators(path), watch.error));
        return false;
    }
    m_attempts = watch.attempts;
    m_name = watch.target.isEmpty() ? QFileInfo(path).completeBaseName() : watch.target;
    if (!watch.target.isEmpty()) {
        m_target->setText(watch.target); // to watch it again from here
        m_untilOpen->setChecked(watch.untilOpen);
    }
    m_watchUntilOpen = watch.untilOpen;
    m_summary = core::summarizeWatch(m_name, m_attempts, m_watchUntilOpen, false, core::WatchWording::Window);
    m_plot->setAttempts(m_attempts);
    showSummary(true);
    m_stats->setText(tr("From %1: a watch that began %2.")
                         .arg(QDir::toNativeSeparators(path),
                              QLocale().toString(m_attempts.first().at.toLocalTime(), QLocale::ShortFormat))
                     + u' ' + m_stats->text());
    setRunning(false);
    return true;
}

bool WatchPage::saveFile(const QString& path)
{
    QString error;
    if (!core::writeWatchFile(m_attempts, m_summary, path, &error)) {
        m_stats->setText(error);
        return false;
    }
    showSummary(true); // the statistics stay, with where they went
    m_stats->setText(m_stats->text() + u' ' + tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void WatchPage::setRunning(bool running)
{
    m_start->setEnabled(!running && core::parseTarget(m_target->text().trimmed()).ok());
    m_stop->setEnabled(running);
    m_target->setReadOnly(running);
    m_count->setEnabled(!running);
    m_interval->setEnabled(!running);
    m_untilOpen->setEnabled(!running);
    m_open->setEnabled(!running);
    m_save->setEnabled(!running && !m_attempts.isEmpty());
}

} // namespace tcpd::ui
