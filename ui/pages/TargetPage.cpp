// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "TargetPage.h"

#include "widgets/TaskLink.h"

#include "SettingsGuard.h"
#include "WizardModel.h"
#include "widgets/Readable.h"
#include "target/Services.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QWizard>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

TargetPage::TargetPage(WizardModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_host(new QLineEdit(this))
    , m_port(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_recent(new QListWidget(this))
    , m_role(new QComboBox(this))
    , m_stepByStep(new QRadioButton(tr("&Step by step: explain each check as it happens"), this))
    , m_all(new QRadioButton(tr("Check &everything at once and show the answer"), this))
    , m_explain(new TaskLink(tr("I have an error message"),
                                       tr("Paste it: tcpdoctor says what it means and what to check."), this))
    , m_server(new TaskLink(tr("This computer is the server"),
                                      tr("See what listens here, on which address, and open a test port."), this))
    , m_batch(new TaskLink(tr("Check a list of endpoints"),
                                     tr("Every address a program needs, checked at once."), this))
    , m_watch(new TaskLink(tr("Watch a connection"),
                                     tr("It works only sometimes: connect again and again and see when it fails."),
                                     this))
    , m_idle(new TaskLink(tr("Connections drop after a pause"),
                                    tr("A program loses its connection after a quiet while: find out how long one "
                                       "survives."),
                                    this))
{
    setObjectName(u"targetPage"_s);
    setTitle(tr("What are you trying to reach?"));
    setSubTitle(tr("Type or paste the name, web address or IP address you cannot connect to. "
                   "tcpdoctor will check the connection step by step and tell you what is wrong."));

    m_host->setObjectName(u"targetEdit"_s);
    m_host->setPlaceholderText(tr("for example  example.com,  https://example.com/,  192.0.2.10:8080"));
    m_host->setClearButtonEnabled(true);

    m_port->setObjectName(u"portCombo"_s);
    m_port->setEditable(true);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    m_port->addItem(tr("(from the address)"), QString());
    for (const core::Service& s : core::knownServices()) {
        if (s.common) {
            m_port->addItem(tr("%1 – port %2").arg(QCoreApplication::translate("Services", s.label)).arg(s.port),
                            QString::number(s.port));
        }
    }
    m_port->lineEdit()->setPlaceholderText(tr("port number or service"));

    m_error->setObjectName(u"targetError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setMinimumHeight(m_error->fontMetrics().height() * 2);
    m_error->setMaximumWidth(readableWidth(m_error)); // a line a person can read, also in a wide window

    m_host->setToolTip(tr("The name, web address or IP address you cannot connect to"));
    m_port->setToolTip(tr("The port number, or choose the kind of service"));
    m_recent->setObjectName(u"recentTargets"_s);
    m_recent->setToolTip(tr("Targets you checked before: click one to fill in the boxes"));
    m_recent->setMaximumHeight(m_recent->fontMetrics().height() * 5);
    m_role->setObjectName(u"roleCombo"_s);
    m_role->addItem(tr("I am checking my own connection"), static_cast<int>(WizardModel::Role::Home));
    m_role->addItem(tr("I am helping someone (helpdesk)"), static_cast<int>(WizardModel::Role::Helpdesk));
    m_role->addItem(tr("I am an administrator: show all evidence"), static_cast<int>(WizardModel::Role::Admin));
    m_role->setToolTip(tr("Helpdesk mode adds the questions to ask the caller; administrator mode opens every detail"));
    m_stepByStep->setObjectName(u"stepByStepMode"_s);
    m_all->setObjectName(u"checkAllMode"_s);

    auto* form = m_form = new QFormLayout;
    form->addRow(tr("&Computer or address:"), m_host);
    form->addRow(tr("&Port or service:"), m_port);
    form->addRow(QString(), m_error);
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Who is checking:"), m_role);
    auto* modes = new QGroupBox(tr("How"), this);
    auto* modeLayout = new QVBoxLayout(modes);
    modeLayout->addWidget(m_all);
    modeLayout->addWidget(m_stepByStep);
    m_explain->setObjectName(u"explainPathButton"_s);
    m_server->setObjectName(u"serverPathButton"_s);
    m_batch->setObjectName(u"batchPathButton"_s);
    m_watch->setObjectName(u"watchPathButton"_s);
    m_idle->setObjectName(u"idlePathButton"_s);
    auto* paths = new QGridLayout; // two by two: four links in one row leave each too narrow to read
    paths->addWidget(m_explain, 0, 0);
    paths->addWidget(m_server, 0, 1);
    paths->addWidget(m_batch, 1, 0);
    paths->addWidget(m_watch, 1, 1);
    paths->addWidget(m_idle, 2, 0);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(modes);
    layout->addLayout(paths);
    layout->addStretch();
    const auto goTo = [this](WizardModel::Path path) {
        m_model->setPath(path);
        wizard()->next();
    };
    connect(m_explain, &QCommandLinkButton::clicked, this, [goTo] { goTo(WizardModel::Path::Explain); });
    connect(m_server, &QCommandLinkButton::clicked, this, [goTo] { goTo(WizardModel::Path::Server); });
    connect(m_batch, &QCommandLinkButton::clicked, this, [goTo] { goTo(WizardModel::Path::Batch); });
    connect(m_watch, &QCommandLinkButton::clicked, this, [goTo] { goTo(WizardModel::Path::Watch); });
    connect(m_idle, &QCommandLinkButton::clicked, this, [goTo] { goTo(WizardModel::Path::Idle); });
    connect(m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { setInput(item->text()); });

    connect(m_host, &QLineEdit::textChanged, this, &TargetPage::revalidate);
    connect(m_port, &QComboBox::currentTextChanged, this, &TargetPage::revalidate);
    revalidate();
}

void TargetPage::revalidate()
{
    QString portText = m_port->currentData().toString();
    if (m_port->currentIndex() < 0 || m_port->currentText() != m_port->itemText(m_port->currentIndex())) {
        portText = m_port->currentText(); // typed by hand
    }
    const core::TargetParse parsed = core::parseTarget(m_host->text(), portText);
    const bool wasValid = m_valid;
    m_valid = parsed.ok();
    if (m_valid) {
        m_target = *parsed.target;
        const core::TargetParse alone = core::parseTarget(m_host->text());
        if (!portText.trimmed().isEmpty() && alone.ok() && alone.target->port != m_target.port) {
            // The port box wins over the address's own port: say so rather than check another port silently.
            m_error->setText(tr("tcpdoctor will check %1, port %2 (from the port box; the address alone means port "
                                "%3).")
                                 .arg(m_target.displayHost)
                                 .arg(m_target.port)
                                 .arg(alone.target->port));
        } else {
            m_error->setText(tr("tcpdoctor will check %1, port %2.").arg(m_target.displayHost).arg(m_target.port));
        }
    } else if (m_host->text().trimmed().isEmpty()) {
        // Not an error yet: what to type, so a grey Next is never without a word.
        m_error->setText(tr("Type the name or address you cannot reach, like example.com or 192.0.2.10:8080."));
    } else {
        m_error->setText(u"⚠ "_s + parsed.error);
    }
    if (wasValid != m_valid || m_valid) {
        emit completeChanged();
    }
}

void TargetPage::initializePage()
{
    m_model->setPath(WizardModel::Path::Check);
    m_recent->clear();
    const QStringList recent = m_model->recentTargets();
    m_recent->addItems(recent);
    m_recent->setVisible(!recent.isEmpty());
    if (const QString notice = SettingsGuard::takeNotice(); !notice.isEmpty()) {
        m_error->setText(u"⚠ "_s + notice); // once: damaged settings were reset
    }
    if (QWidget* label = m_form->labelForField(m_recent)) {
        label->setVisible(!recent.isEmpty());
    }
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(m_model->role())));
    (m_model->mode() == WizardModel::Mode::StepByStep ? m_stepByStep : m_all)->setChecked(true);
}

bool TargetPage::isComplete() const
{
    return m_valid;
}

bool TargetPage::validatePage()
{
    // Who is checking counts on every path: the explainer and the side pages open details for an admin too.
    m_model->setRole(static_cast<WizardModel::Role>(m_role->currentData().toInt()));
    if (m_model->path() != WizardModel::Path::Check) {
        return true; // the explainer, the server page and the list need no target
    }
    if (!m_valid) {
        return false;
    }
    m_model->setMode(m_stepByStep->isChecked() ? WizardModel::Mode::StepByStep : WizardModel::Mode::All);
    m_model->start(m_target);
    return true;
}

QString TargetPage::targetText() const
{
    return m_valid ? core::hostPortText(m_target) : QString();
}

void TargetPage::setInput(const QString& input)
{
    m_port->setCurrentIndex(0); // "(from the address)"
    m_host->setText(input);
}

} // namespace tcpd::ui
