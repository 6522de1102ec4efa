// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "HandshakeDiagram.h"

#include "ReportPdf.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {
constexpr int kMaxLadders = 4;
constexpr double kGap = 8;
} // namespace

HandshakeDiagram::HandshakeDiagram(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"handshakeDiagram"_s);
    setAccessibleName(tr("Handshake diagram"));
}

void HandshakeDiagram::setReport(const core::Report& report)
{
    m_ladders = core::handshakeDiagrams(core::reportToJson(report)).mid(0, kMaxLadders);
    setAccessibleDescription(textAlternative());
    setToolTip(textAlternative());
    updateGeometry();
    update();
}

QString HandshakeDiagram::textAlternative() const
{
    QStringList out;
    for (const core::Diagram& d : m_ladders) {
        out << d.description;
    }
    return out.join(u"\n"_s);
}

QSize HandshakeDiagram::sizeHint() const
{
    const int w = m_ladders.isEmpty() ? 0 : qRound(m_ladders.first().width);
    return {w, heightForWidth(w)};
}

QSize HandshakeDiagram::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, heightForWidth(fontMetrics().averageCharWidth() * 40)};
}

int HandshakeDiagram::heightForWidth(int width) const
{
    double h = 0;
    for (const core::Diagram& d : m_ladders) {
        h += d.height * qMin(1.0, width / d.width) + kGap;
    }
    return qCeil(h);
}

void HandshakeDiagram::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    double y = 0;
    for (const core::Diagram& d : m_ladders) {
        const qreal scale = qMin(1.0, width() / d.width);
        p.save();
        p.translate(0, y);
        p.scale(scale, scale);
        reportpdf::paintDiagram(p, d, dark);
        p.restore();
        y += d.height * scale + kGap;
    }
}

} // namespace tcpd::ui
