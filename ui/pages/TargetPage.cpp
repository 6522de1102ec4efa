// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "TargetPage.h"

#include "target/Services.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

TargetPage::TargetPage(QWidget* parent)
    : QWizardPage(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QComboBox(this))
    , m_error(new QLabel(this))
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

    auto* form = new QFormLayout;
    form->addRow(tr("&Computer or address:"), m_host);
    form->addRow(tr("&Port or service:"), m_port);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();

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
        m_error->setText(tr("tcpdoctor will check %1, port %2.").arg(m_target.displayHost).arg(m_target.port));
    } else {
        // An empty box is not an error yet: just no Next.
        m_error->setText(m_host->text().trimmed().isEmpty() ? QString() : u"⚠ "_s + parsed.error);
    }
    if (wasValid != m_valid || m_valid) {
        emit completeChanged();
    }
}

bool TargetPage::isComplete() const
{
    return m_valid;
}

} // namespace tcpd::ui
