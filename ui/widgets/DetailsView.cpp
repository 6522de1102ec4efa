// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "DetailsView.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

DetailsView::DetailsView(const QString& readableName, QWidget* parent)
    : QWidget(parent)
    , m_readable(new QTextBrowser(this))
    , m_rawToggle(new QPushButton(tr("Show raw data"), this))
    , m_copy(new QPushButton(tr("Copy raw data"), this))
    , m_raw(new QPlainTextEdit(this))
{
    setObjectName(readableName + u"View"_s);
    m_readable->setObjectName(readableName);
    m_readable->setOpenLinks(false);
    // As high as its text: the page around it scrolls, not a box inside the page.
    m_readable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_readable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_readable->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_readable->installEventFilter(this);
    m_rawToggle->setObjectName(u"rawDataToggle"_s);
    m_rawToggle->setCheckable(true);
    m_rawToggle->setToolTip(tr("The data exactly as the check recorded it (JSON), for an administrator or a bug report"));
    m_copy->setObjectName(u"copyRawDataButton"_s);
    m_copy->setToolTip(tr("Copy the raw data (JSON) to paste it into a ticket or a chat"));
    m_raw->setObjectName(u"rawData"_s);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setMinimumHeight(m_raw->fontMetrics().height() * 16);
    m_raw->setVisible(false);
    m_copy->setVisible(false);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_rawToggle);
    row->addWidget(m_copy);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readable, 1);
    layout->addLayout(row);
    layout->addWidget(m_raw, 1);

    connect(m_rawToggle, &QPushButton::toggled, this, &DetailsView::showRaw);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_raw->toPlainText());
        m_copy->setText(tr("Copied"));
    });
}

DetailsView::~DetailsView() = default;

void DetailsView::setReadable(const QString& html)
{
    m_readable->setHtml(html);
    fitHeight();
}

bool DetailsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_readable && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        fitHeight();
    }
    return QWidget::eventFilter(watched, event);
}

void DetailsView::fitHeight()
{
    QTextDocument* doc = m_readable->document();
    doc->setTextWidth(m_readable->viewport()->width());
    const int height = int(std::ceil(doc->size().height())) + 2 * m_readable->frameWidth()
                     + m_readable->contentsMargins().top() + m_readable->contentsMargins().bottom();
    const int least = fontMetrics().height() * 3;
    if (m_readable->height() != std::max(height, least) || m_readable->minimumHeight() != std::max(height, least)) {
        m_readable->setFixedHeight(std::max(height, least));
    }
}

void DetailsView::setRaw(const QString& text)
{
    m_raw->setPlainText(text);
    m_copy->setText(tr("Copy raw data"));
}

void DetailsView::showRaw(bool on)
{
    m_raw->setVisible(on);
    m_copy->setVisible(on);
    m_rawToggle->setText(on ? tr("Hide raw data") : tr("Show raw data"));
}

} // namespace tcpd::ui
