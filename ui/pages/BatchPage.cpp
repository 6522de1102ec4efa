// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "BatchPage.h"

#include "report/BatchTable.h"
#include "runner/Batch.h"
#include "runner/BatchRunner.h"
#include "widgets/StatusStyle.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {
constexpr qint64 maxListBytes = 4 * 1024 * 1024;
constexpr int maxTargets = 10000;

enum Column { TargetColumn, ResultColumn, WhereColumn, TimeColumn, ColumnCount };

core::StepStatus statusOf(const core::Verdict& v)
{
    switch (core::exitCodeFor(v)) {
    case 0: return core::StepStatus::Pass;
    case 1: return core::StepStatus::Fail;
    case 2: return core::StepStatus::Warn; // the line is not a target
    default: return core::StepStatus::Error;
    }
}
/// Where the problem is, in the words of the path diagram (CONTRACT.md's verdict.layer).
QString whereText(const QString& layer)
{
    if (layer == u"none") return u"—"_s;
    if (layer == u"input") return BatchPage::tr("the list");
    if (layer == u"link" || layer == u"ip" || layer == u"local-firewall") return BatchPage::tr("this computer");
    if (layer == u"dns") return BatchPage::tr("name lookup");
    if (layer == u"network") return BatchPage::tr("the network");
    if (layer == u"server") return BatchPage::tr("the server");
    return BatchPage::tr("unknown");
}

} // namespace

BatchPage::BatchPage(QWidget* parent)
    : QWizardPage(parent)
    , m_input(new QPlainTextEdit(this))
    , m_open(new QPushButton(tr("&Open a list…"), this))
    , m_run(new QPushButton(tr("&Check the list"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_save(new QPushButton(tr("&Save results…"), this))
    , m_copy(new QPushButton(tr("Copy as table"), this))
    , m_progress(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_rows(new QStandardItemModel(0, ColumnCount, this))
    , m_drainTimer(new QTimer(this))
    , m_runner(new core::BatchRunner(this))
{
    m_drainTimer->setSingleShot(true);
    m_drainTimer->setInterval(0);
    connect(m_drainTimer, &QTimer::timeout, this, &BatchPage::drain);
    connect(m_runner, &core::BatchRunner::reportReady, this, [this](const core::Report& r) {
        m_pending << r;
        if (!m_drainTimer->isActive()) {
            m_drainTimer->start();
        }
    });
    connect(m_runner, &core::BatchRunner::finished, this, [this](const QList<core::Report>& reports) {
        m_final = reports;
        if (!m_drainTimer->isActive()) {
            m_drainTimer->start();
        }
    });
    setObjectName(u"batchPage"_s);
    setTitle(tr("Check a list of endpoints"));
    setSubTitle(tr("The addresses a program needs, one a line, pasted or opened from a text file: tcpdoctor "
                   "checks them all at once."));
    m_input->setObjectName(u"batchInput"_s);
    m_input->setPlaceholderText(tr("# one target a line; # starts a comment\nexample.com:443\n192.0.2.10:3389"));
    m_input->setToolTip(tr("One target a line: a name or address and a port. Lines starting with # are ignored."));
    m_input->setTabChangesFocus(true);
    m_input->setMaximumHeight(m_input->fontMetrics().height() * 7);
    m_open->setObjectName(u"batchOpenButton"_s);
    m_open->setToolTip(tr("Read the list from a text file"));
    m_run->setObjectName(u"batchRunButton"_s);
    m_run->setToolTip(tr("Check every target in the list now"));
    m_stop->setObjectName(u"batchStopButton"_s);
    m_stop->setToolTip(tr("Stop checking; the answers so far stay"));
    m_save->setObjectName(u"batchSaveButton"_s);
    m_save->setToolTip(tr("Save the results as a Markdown table, CSV for a spreadsheet, or JSON Lines"));
    m_copy->setObjectName(u"batchCopyButton"_s);
    m_copy->setToolTip(tr("Copy the results as a Markdown table to paste into a ticket"));
    m_progress->setObjectName(u"batchProgress"_s);
    m_progress->setTextVisible(false);
    m_count->setObjectName(u"batchCount"_s);
    m_count->setWordWrap(true);
    m_count->setTextFormat(Qt::PlainText);
    m_rows->setHorizontalHeaderLabels({tr("Target"), tr("Result"), tr("Where"), tr("Took")});
    m_table->setObjectName(u"batchTable"_s);
    m_table->setModel(m_rows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);

    m_table->setToolTip(tr("Double-click a target to run the whole checklist on it"));
    m_table->setAccessibleName(tr("Results, one row a target"));

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_open);
    inputRow->addStretch();
    inputRow->addWidget(m_stop);
    inputRow->addWidget(m_run);
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_count, 1);
    resultRow->addWidget(m_copy);
    resultRow->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addLayout(inputRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addLayout(resultRow);

    connect(m_run, &QPushButton::clicked, this, &BatchPage::start);
    connect(m_stop, &QPushButton::clicked, this, &BatchPage::cancel);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a list of targets"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Text files (*.txt *.csv *.list);;All files (*)"));
        if (!path.isEmpty()) {
            loadFile(path);
        }
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString selected;
        QString path = QFileDialog::getSaveFileName(
            this, tr("Save the results"), dir + u"/tcpdoctor-list.md"_s,
            tr("Markdown table (*.md);;CSV for a spreadsheet (*.csv);;JSON Lines (*.jsonl)"), &selected);
        if (path.isEmpty()) {
            return;
        }
        if (QFileInfo(path).suffix().isEmpty()) {
            path += selected.contains(u"*.csv"_s) ? u".csv"_s : selected.contains(u"*.jsonl"_s) ? u".jsonl"_s : u".md"_s;
        }
        QString error;
        if (core::writeBatchFile(m_reports, path, &error)) {
            m_count->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
        } else {
            m_count->setText(error);
        }
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(core::batchToMarkdown(m_reports));
        m_count->setText(tr("Copied the table (%n row(s)).", nullptr, static_cast<int>(m_reports.size())));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString input = m_rows->item(index.row(), TargetColumn)->data(Qt::UserRole).toString();
        if (!input.isEmpty()) {
            cancel();
            emit checkTargetRequested(input);
        }
    });
    setRunning(false);
}

BatchPage::~BatchPage()
{
    cancel(); // m_runner, a child, waits (bounded) for its worker when it goes
}

void BatchPage::cleanupPage()
{
    cancel(); // Back while running: stop the probes
}

bool BatchPage::isRunning() const
{
    return m_runner->isRunning() || !m_pending.isEmpty() || m_final.has_value();
}

void BatchPage::cancel()
{
    m_runner->cancel();
}

bool BatchPage::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_count->setText(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(maxListBytes + 1);
    if (bytes.size() > maxListBytes) {
        m_count->setText(tr("%1 is larger than 4 MB, much larger than a list of targets. If it is one, split it into "
                            "smaller lists.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_input->setPlainText(QString::fromUtf8(bytes));
    m_count->setText(tr("Read %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void BatchPage::start()
{
    if (isRunning()) {
        return;
    }
    const QList<core::BatchLine> lines = core::parseTargetList(m_input->toPlainText());
    if (lines.isEmpty()) {
        m_count->setText(tr("The list has no targets yet: write one a line, for example example.com:443."));
        return;
    }
    if (lines.size() > maxTargets) {
        m_count->setText(tr("The list has %1 targets; tcpdoctor checks at most %2 at a time: split it.")
                             .arg(QLocale().toString(lines.size()), QLocale().toString(maxTargets)));
        return;
    }
    m_rows->removeRows(0, m_rows->rowCount());
    m_reports.clear();
    m_expected = static_cast<int>(lines.size());
    m_counts = {};
    m_pending.clear();
    m_final.reset();
    setRunning(true);
    m_runner->start(lines, core::BatchOptions{});
    updateCount(); // busy until the first answers arrive
}

void BatchPage::drain()
{
    // The runner's reports arrive one queued signal each; rows are added in slices, so a thousand
    // answers arriving at once never hold the GUI thread for more than a slice.
    constexpr int slice = 40; // rows added per turn of the event loop
    const qsizetype n = qMin<qsizetype>(slice, m_pending.size());
    for (qsizetype i = 0; i < n; ++i) {
        addRow(m_pending.at(i));
    }
    m_pending.remove(0, n);
    if (!m_pending.isEmpty()) {
        m_drainTimer->start(); // a real zero timer: paints and other timers run between slices
    } else if (m_final.has_value()) {
        const QList<core::Report> reports = std::move(*m_final);
        m_final.reset();
        workerDone(reports);
    }
}

void BatchPage::addRow(const core::Report& r)
{
    const core::StepStatus status = statusOf(r.verdict);
    auto* target = new QStandardItem(core::batchTargetText(r));
    target->setData(r.target.host.isEmpty() ? QString() : core::batchTargetText(r), Qt::UserRole);
    auto* result = new QStandardItem(statusIcon(style(), status), statusWord(status) + u" — "_s + r.verdict.title);
    result->setToolTip(r.verdict.explanation.isEmpty() ? r.verdict.code : r.verdict.explanation);
    result->setData(r.verdict.code, Qt::UserRole);
    auto* where = new QStandardItem(whereText(r.verdict.layer));
    where->setToolTip(r.verdict.layer);
    auto* time = new QStandardItem(tr("%1 ms").arg(QLocale().toString(core::batchMilliseconds(r))));
    time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_rows->appendRow({target, result, where, time});
    m_counts.add(r); // "failed": stopped before its answer, or tcpdoctor could not check it
    if (m_rows->rowCount() <= 20) { // sized by the first rows; once more at the end (each resize reads every row)
        fitColumns();
    }
    updateCount();
}

void BatchPage::fitColumns()
{
    for (const int column : {TargetColumn, WhereColumn, TimeColumn}) {
        m_table->resizeColumnToContents(column); // the result column takes the rest
    }
}

void BatchPage::workerDone(const QList<core::Report>& reports)
{
    const bool cancelled = m_runner->wasCancelled();
    // The rows arrived in the list's order (runBatch reports in input order); rebuild only if some are missing.
    m_reports = reports;
    if (m_rows->rowCount() != reports.size()) {
        m_rows->removeRows(0, m_rows->rowCount());
        m_counts = {};
        for (const core::Report& r : reports) {
            addRow(r);
        }
    }
    fitColumns();
    setRunning(false);
    updateCount();
    if (cancelled) {
        m_count->setText(m_count->text() + u' ' + tr("Stopped before the end of the list."));
    }
    emit finished();
}

void BatchPage::updateCount()
{
    if (isRunning() && m_counts.total == 0) {
        m_progress->setRange(0, 0); // busy: the answers come together once every address has been tried
    } else {
        m_progress->setRange(0, qMax(1, m_expected));
        m_progress->setValue(m_counts.total);
    }
    if (m_expected == 0) {
        m_count->clear();
        return;
    }
    QString text = tr("%1 of %2 checked: %3 reachable, %4 with a problem.")
                       .arg(QLocale().toString(m_counts.total - m_counts.failed), QLocale().toString(m_expected),
                            QLocale().toString(m_counts.reachable), QLocale().toString(m_counts.problems));
    if (m_counts.failed > 0) {
        text += u' ' + tr("Not checked: %1.").arg(QLocale().toString(m_counts.failed));
    }
    if (m_counts.invalid > 0) {
        text += u' ' + tr("Lines that are not targets: %1.").arg(QLocale().toString(m_counts.invalid));
    }
    m_count->setText(text);
}

void BatchPage::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_open->setEnabled(!running);
    m_input->setReadOnly(running);
    m_stop->setEnabled(running);
    m_save->setEnabled(!running && !m_reports.isEmpty());
    m_copy->setEnabled(!running && !m_reports.isEmpty());
    m_progress->setVisible(running || m_expected > 0);
}

} // namespace tcpd::ui
