// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// core::Diagram → QImage, the twin of core's SVG writer (report/DiagramSvg.cpp): same shapes, the
// light theme's colours (paper is white).

#include "ReportPdf.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

using namespace Qt::StringLiterals;

namespace tcpd::reportpdf {

using core::Diagram;

void paintDiagram(QPainter& p, const Diagram& d, bool dark)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    for (const Diagram::Box& b : d.boxes) {
        p.setPen(QPen(QColor(Diagram::color(b.tone, false, dark)), b.strong ? 3.5 : 1.5));
        p.setBrush(QColor(Diagram::color(b.tone, true, dark)));
        p.drawRoundedRect(b.rect, b.radius, b.radius);
    }
    for (const Diagram::Line& l : d.lines) {
        const QColor color(Diagram::color(l.tone, false, dark));
        QPen pen(color, 1.5);
        if (l.dashed) {
            pen.setDashPattern({4.0, 2.7});
        }
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawLine(l.from, l.to);
        if (l.arrow) {
            const QList<QPointF> head = Diagram::arrowHead(l);
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawPolygon(QPolygonF(head));
        }
    }
    QFont base = QGuiApplication::font();
    base.setFamilies({u"DejaVu Sans"_s, u"Noto Sans"_s, u"Segoe UI"_s, u"Helvetica"_s, u"Arial"_s});
    base.setStyleHint(QFont::SansSerif);
    for (const Diagram::Label& t : d.labels) {
        QFont f = base;
        f.setPixelSize(qRound(t.size));
        f.setBold(t.bold);
        p.setFont(f);
        p.setPen(QColor(Diagram::color(t.tone == Diagram::Tone::Skip ? Diagram::Tone::Muted : t.tone, false, dark)));
        const qreal w = QFontMetricsF(f).horizontalAdvance(t.text);
        const qreal x = t.anchor == Diagram::Anchor::Middle ? t.at.x() - w / 2
            : t.anchor == Diagram::Anchor::End              ? t.at.x() - w
                                                            : t.at.x();
        p.drawText(QPointF(x, t.at.y()), t.text);
    }
    p.restore();
}

QImage diagramImage(const Diagram& d, qreal scale)
{
    QImage image(qCeil(d.width * scale), qCeil(d.height * scale), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    paintDiagram(p, d, false);
    return image;
}

} // namespace tcpd::reportpdf
