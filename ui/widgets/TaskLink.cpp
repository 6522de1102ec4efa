// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "widgets/TaskLink.h"

#include <QPainter>

namespace tcpd::ui {

TaskLink::TaskLink(const QString& text, const QString& description, QWidget* parent)
    : QCommandLinkButton(text, description, parent)
{
    setFocusPolicy(Qt::StrongFocus);
}

TaskLink::~TaskLink() = default;

void TaskLink::paintEvent(QPaintEvent* event)
{
    QCommandLinkButton::paintEvent(event);
    if (!hasFocus()) {
        return;
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal width = 2.0;
    QPen pen(palette().color(QPalette::Active, QPalette::Highlight), width); // visible in an inactive window too
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2), 4, 4);
}

} // namespace tcpd::ui
