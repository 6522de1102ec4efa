// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Readable.h"

#include <QFontMetrics>
#include <QScrollArea>
#include <QWidget>

namespace tcpd::ui {

int readableWidth(const QWidget* widget)
{
    return widget->fontMetrics().averageCharWidth() * 110;
}

QScrollArea* readableScrollArea(QWidget* content, const QString& objectName, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setObjectName(objectName);
    content->setMaximumWidth(readableWidth(content));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the lines wrap; they never run off sideways
    scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return scroll;
}

} // namespace tcpd::ui
