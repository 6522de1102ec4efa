// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "PathDiagram.h"

#include "ReportPdf.h"

#include <QPainter>

namespace tcpd::ui {

PathDiagram::PathDiagram(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pathDiagram"));
    setAccessibleName(tr("Path diagram"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void PathDiagram::setReport(const core::Report& report)
{
    const QJsonObject doc = core::reportToJson(report);
    m_hops = core::pathHops(doc);
    m_diagram = core::pathDiagram(doc);
    setAccessibleDescription(textAlternative());
    setToolTip(textAlternative());
    updateGeometry();
    update();
}

const core::PathHop* PathDiagram::hop(const QString& id) const
{
    for (const core::PathHop& h : m_hops) {
        if (h.id == id) {
            return &h;
        }
    }
    return nullptr;
}

QSize PathDiagram::sizeHint() const
{
    const int w = qRound(m_diagram.width > 0 ? m_diagram.width : 760);
    return {w, heightForWidth(w)};
}

int PathDiagram::heightForWidth(int width) const
{
    if (m_diagram.width <= 0) {
        return 0;
    }
    return qCeil(m_diagram.height * qMin(1.0, width / m_diagram.width));
}

void PathDiagram::paintEvent(QPaintEvent*)
{
    if (m_diagram.width <= 0) {
        return;
    }
    QPainter p(this);
    const qreal scale = qMin(1.0, width() / m_diagram.width);
    p.translate((width() - m_diagram.width * scale) / 2, 0);
    p.scale(scale, scale);
    reportpdf::paintDiagram(p, m_diagram, palette().color(QPalette::Window).lightness() < 128);
}

} // namespace tcpd::ui
