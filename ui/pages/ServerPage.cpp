// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "ServerPage.h"

#include "listen/ListenCheck.h"
#include "listen/ListenRunner.h"
#include "listen/ListenVerdict.h"
#include "listen/TestListener.h"
#include "widgets/StatusStyle.h"
#include "target/Target.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {

enum Column {
    AddressColumn,
    PortColumn,
    FamilyColumn,
    PidColumn,
    ProgramColumn,
    UserColumn,
    ServiceColumn,
    ColumnCount
};

} // namespace

ServerPage::ServerPage(QWidget* parent)
    : QWizardPage(parent)
    , m_port(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("Check"), this))
    , m_status(new QLabel(this))
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_nextSteps(new QLabel(this))
    , m_findings(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_serveAddress(new QComboBox(this))
    , m_serveSeconds(new QSpinBox(this))
    , m_serve(new QPushButton(tr("Open a test listener"), this))
    , m_stopServe(new QPushButton(tr("Stop the test listener"), this))
    , m_countdown(new QLabel(this))
    , m_runner(new core::ListenRunner(this))
    , m_listener(new core::TestListener(this)) // a QTcpServer: asynchronous, it never blocks this thread
{
    setObjectName(u"serverPage"_s);
    setTitle(tr("Is anything listening on this computer?"));
    setSubTitle(tr("For the server side: which programs accept connections, on which port and address. Leave the "
                   "port empty to see every listening port."));

    m_port->setObjectName(u"serverPortEdit"_s);
    m_port->setPlaceholderText(tr("Port or service, for example 22, 5432 or https"));
    m_port->setClearButtonEnabled(true);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_title->setObjectName(u"verdictTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    for (QLabel* l : {m_title, m_explanation}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_explanation->setObjectName(u"verdictExplanation"_s);
    for (QLabel* l : {m_nextSteps, m_findings}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_nextSteps->setObjectName(u"nextSteps"_s);
    m_findings->setObjectName(u"findingsText"_s);

    m_model->setHorizontalHeaderLabels(
        {tr("Address"), tr("Port"), tr("Family"), tr("PID"), tr("Program"), tr("User"), tr("Service or path")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setObjectName(u"socketTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PortColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_filter->setObjectName(u"socketFilter"_s);
    m_filter->setPlaceholderText(tr("Filter: address, port, program..."));
    m_filter->setClearButtonEnabled(true);

    m_serveAddress->setObjectName(u"testListenerAddress"_s);
    m_serveAddress->addItem(tr("All addresses"), QString());
    m_serveSeconds->setObjectName(u"testListenerSeconds"_s);
    m_serveSeconds->setRange(1, core::TestListener::kMaxSeconds);
    m_serveSeconds->setValue(core::TestListener::kDefaultSeconds);
    m_serveSeconds->setSuffix(tr(" s"));
    m_serve->setObjectName(u"testListenerButton"_s);
    m_serve->setToolTip(tr("While the real service is stopped: opens the port for a while and answers every connection "
                           "with a greeting, so a client can tell a stopped service from a blocking firewall."));
    m_stopServe->setObjectName(u"stopTestListenerButton"_s);
    m_stopServe->setVisible(false);
    m_countdown->setObjectName(u"testListenerCountdown"_s);
    m_countdown->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Port:"), this));
    top->addWidget(m_port, 1);
    top->addWidget(m_refresh);
    auto* serve = new QHBoxLayout;
    serve->addWidget(m_serve);
    serve->addWidget(new QLabel(tr("on"), this));
    serve->addWidget(m_serveAddress);
    serve->addWidget(new QLabel(tr("for"), this));
    serve->addWidget(m_serveSeconds);
    serve->addWidget(m_stopServe);
    serve->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    // The verdict and its findings scroll on their own, so long texts (and 40 % longer languages) never
    // squeeze the labels until lines are cut, nor the table to nothing.
    auto* verdict = new QWidget(this);
    auto* verdictLayout = new QVBoxLayout(verdict);
    verdictLayout->setContentsMargins(0, 0, 0, 0);
    verdictLayout->addWidget(m_title);
    verdictLayout->addWidget(m_explanation);
    verdictLayout->addWidget(m_nextSteps);
    verdictLayout->addWidget(m_findings);
    verdictLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"serverVerdictScroll"_s);
    scroll->setWidget(verdict);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_filter);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 7);
    layout->addWidget(m_table, 1);
    layout->addLayout(serve);
    layout->addWidget(m_countdown);

    connect(m_refresh, &QPushButton::clicked, this, &ServerPage::refresh);
    connect(m_port, &QLineEdit::returnPressed, this, &ServerPage::refresh);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_runner, &core::ListenRunner::finished, this, &ServerPage::onReport);
    connect(m_serve, &QPushButton::clicked, this, &ServerPage::startTestListener);
    connect(m_stopServe, &QPushButton::clicked, this, &ServerPage::stopTestListener);

    connect(m_listener, &core::TestListener::started, this,
            [this](const QStringList& addresses, quint16 port, int seconds) {
                m_testConnections = 0;
                setTestListening(true);
                m_countdown->setText(
                    tr("Test listener open on %1, port %2: it closes in %3 s. Run \"tcpdoctor diagnose\" on a "
                       "client now.")
                        .arg(addresses.join(u", "_s))
                        .arg(port)
                        .arg(seconds));
            });
    connect(m_listener, &core::TestListener::tick, this, [this](int left) {
        m_countdown->setText(
            tr("Test listener open: it closes in %1 s. %n connection(s) so far.", nullptr, m_testConnections)
                .arg(left));
    });
    connect(m_listener, &core::TestListener::connectionGreeted, this,
            [this](const QString&, quint16, int count) { m_testConnections = count; });
    connect(m_listener, &core::TestListener::refused, this, [this](const QString& reason, int) {
        setTestListening(false);
        m_countdown->setText(reason);
        emit testListenerFinished();
    });
    connect(m_listener, &core::TestListener::finished, this, [this](int connections, bool early) {
        setTestListening(false);
        m_countdown->setText(
            early ? tr("Test listener stopped. %n connection(s) arrived.", nullptr, connections)
                  : tr("Test listener closed, its time is up. %n connection(s) arrived.", nullptr, connections));
        emit testListenerFinished();
    });
}

ServerPage::~ServerPage()
{
    m_runner->cancel();
    m_listener->stop();
}

void ServerPage::initializePage()
{
    refresh();
}

void ServerPage::cleanupPage()
{
    m_runner->cancel();
    stopTestListener();
}

bool ServerPage::isComplete() const
{
    return !m_runner->isRunning();
}

bool ServerPage::isChecking() const
{
    return m_runner->isRunning();
}

void ServerPage::setPort(quint16 port)
{
    m_port->setText(port != 0 ? QString::number(port) : QString());
}

void ServerPage::refresh()
{
    if (m_runner->isRunning()) {
        return;
    }
    core::ListenOptions options;
    const QString text = m_port->text().trimmed();
    if (!text.isEmpty()) {
        QString error;
        options.port = core::parsePort(text, &error);
        if (options.port == 0) {
            m_status->setText(error);
            return;
        }
    }
    m_status->setText(options.port != 0 ? tr("Checking port %1…").arg(options.port) : tr("Reading the list…"));
    m_refresh->setEnabled(false);
    m_runner->start(options);
    emit completeChanged();
}

void ServerPage::onReport(const core::ListenReport& report)
{
    m_refresh->setEnabled(true);
    if (report.cancelled) {
        m_status->setText(tr("Cancelled."));
        emit completeChanged();
        return;
    }
    m_report = report;
    const platform::ListenTable& t = report.facts.table;
    m_status->setText(tr("%n listening socket(s) on this computer, read in %1 ms.", nullptr, int(t.sockets.size()))
                          .arg(report.durationMs));
    showVerdict(report);
    fillTable(report);
    const QString current = m_serveAddress->currentData().toString();
    while (m_serveAddress->count() > 1) {
        m_serveAddress->removeItem(1);
    }
    for (const platform::OwnAddress& o : t.ownAddresses) {
        const QString a = QString::fromStdString(o.address);
        m_serveAddress->addItem(u"%1 (%2)"_s.arg(a, QString::fromStdString(o.interfaceName)), a);
    }
    m_serveAddress->setCurrentIndex(std::max(0, m_serveAddress->findData(current)));
    emit completeChanged();
    emit checkFinished();
}

void ServerPage::showVerdict(const core::ListenReport& report)
{
    QStringList findings;
    for (const core::Finding& f : report.judgement.findings) {
        QString line = f.title;
        if (!f.detail.isEmpty()) {
            line += u" — "_s + f.detail;
        }
        for (const QString& a : f.advice) {
            line += u" "_s + a;
        }
        findings << line;
    }
    m_findings->setText(
        findings.isEmpty() ? QString() : u"<b>"_s + tr("Also found").toHtmlEscaped() + u"</b>"_s + htmlList(findings));
    if (!report.hasVerdict) {
        m_title->setText(tr("Every listening port of this computer"));
        m_explanation->setText(tr("Enter a port above to check it: tcpdoctor then says whether other computers can "
                                  "connect to it, and what to change if not."));
        m_nextSteps->clear();
        return;
    }
    const core::Verdict& v = report.judgement.verdict;
    m_title->setText((v.code == u"listen.ok" ? u"✔ "_s : u"✘ "_s) + v.title);
    m_explanation->setText(v.explanation);
    m_nextSteps->setText(nextStepsHtml(v.nextSteps));
}

void ServerPage::fillTable(const core::ListenReport& report)
{
    m_model->removeRows(0, m_model->rowCount());
    const quint16 port = report.facts.port;
    for (const platform::ListenSocket& s : report.facts.table.sockets) {
        const QStringList texts = core::socketRow(s);
        QList<QStandardItem*> row;
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QStandardItem(texts.value(c));
            item->setData(texts.value(c).toLower(), Qt::UserRole); // sort key
            if (port != 0 && s.port == port) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            row << item;
        }
        row[PortColumn]->setData(int(s.port), Qt::UserRole);
        row[PidColumn]->setData(s.pid, Qt::UserRole);
        if (s.pid < 0 || s.process.empty()) {
            row[ProgramColumn]->setToolTip(
                report.facts.table.privileged
                    ? tr("No program on this system holds this socket (the kernel, or "
                         "another container).")
                    : tr("Hidden: the system tells only an administrator which program this is."));
        }
        if (!s.path.empty()) {
            row[ProgramColumn]->setToolTip(QString::fromStdString(s.path));
        }
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
}

void ServerPage::startTestListener()
{
    QString error;
    const quint16 port = core::parsePort(m_port->text(), &error);
    if (port == 0) {
        m_countdown->setText(tr("Enter the port to open first.") + u' ' + error);
        return;
    }
    const QString address = m_serveAddress->currentData().toString();
    const int seconds = m_serveSeconds->value();
    m_serve->setEnabled(false);
    m_countdown->setText(tr("Opening port %1…").arg(port));
    // Queued, so "Opening port…" is painted first.
    QMetaObject::invokeMethod(
        m_listener, [listener = m_listener, port, address, seconds] { listener->start(port, address, seconds); },
        Qt::QueuedConnection);
}

void ServerPage::stopTestListener()
{
    if (m_testListening) {
        m_listener->stop();
    }
}

void ServerPage::setTestListening(bool on)
{
    m_testListening = on;
    m_serve->setEnabled(!on);
    m_serve->setVisible(!on);
    m_stopServe->setVisible(on);
    m_serveAddress->setEnabled(!on);
    m_serveSeconds->setEnabled(!on);
}

} // namespace tcpd::ui
