// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "HandshakeDiagram.h"

#include "widgets/DiagramColors.h"

#include <QJsonArray>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {
QString ms(double v)
{
    return v < 1 ? HandshakeDiagram::tr("< 1 ms") : HandshakeDiagram::tr("%1 ms").arg(qRound(v));
}
} // namespace

HandshakeDiagram::HandshakeDiagram(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"handshakeDiagram"_s);
    setAccessibleName(tr("Handshake diagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

HandshakeDiagram::Ladder HandshakeDiagram::ladderFor(const QJsonObject& a)
{
    Ladder l;
    l.server = a.value(u"address"_s).toString();
    const QString outcome = a.value(u"outcome"_s).toString();
    const double rtt = a.value(u"rtt_ms"_s).toDouble(-1);
    const int tries = a.value(u"tries"_s).toInt(1);
    const double elapsed = a.value(u"elapsed_ms"_s).toDouble();
    const QJsonObject icmp = a.value(u"icmp"_s).toObject();
    const bool local = a.value(u"local_origin"_s).toBool();
    const auto handshake = [&] {
        l.steps << Step{Arrow::Right, tr("SYN")} << Step{Arrow::Left, tr("SYN-ACK (%1)").arg(ms(rtt))}
                << Step{Arrow::Right, tr("ACK")};
    };
    if (outcome == u"open") {
        handshake();
        if (a.contains(u"banner"_s)) {
            l.steps << Step{Arrow::Left, tr("greeting: %1").arg(a.value(u"banner"_s).toString().left(40))};
        }
    } else if (outcome == u"refused") {
        l.steps << Step{Arrow::Right, tr("SYN")} << Step{Arrow::Left, tr("RST: nothing listens"), true};
    } else if (outcome == u"reset_after_connect") {
        handshake();
        l.steps << Step{Arrow::Left, tr("RST: the server cut the connection"), true};
    } else if (outcome == u"closed_after_connect") {
        handshake();
        l.steps << Step{Arrow::Left, tr("FIN: the server closed it"), true};
    } else if (outcome == u"filtered") {
        for (int i = 0; i < qMin(tries, 3); ++i) {
            l.steps << Step{Arrow::Lost, i == 0 ? tr("SYN") : tr("SYN again"), true};
        }
        l.steps << Step{Arrow::Lost,
                        tr("no answer in %1 s").arg(QLocale().toString(elapsed / 1000.0, 'f', 1)), true};
    } else if (outcome == u"local_block") {
        l.steps << Step{Arrow::Blocked, tr("SYN stopped by this computer's firewall"), true};
    } else if (!icmp.isEmpty() && !local) {
        l.middle = icmp.value(u"from"_s).toString();
        l.steps << Step{Arrow::Right, tr("SYN")}
                << Step{Arrow::LeftFromMiddle,
                        tr("ICMP %1/%2 from %3").arg(icmp.value(u"type"_s).toInt()).arg(icmp.value(u"code"_s).toInt()).arg(l.middle),
                        true};
    } else if (outcome == u"host_unreachable" || outcome == u"network_unreachable") {
        l.steps << Step{Arrow::Blocked, outcome == u"host_unreachable" ? tr("SYN: nobody has this address here")
                                                                       : tr("SYN: no route to this network"),
                        true};
    } else {
        l.steps << Step{Arrow::Blocked, tr("SYN: %1").arg(a.value(u"os_error"_s).toString(outcome)), true};
    }
    return l;
}

void HandshakeDiagram::setReport(const core::Report& report)
{
    m_ladders.clear();
    for (const core::StepResult& s : report.steps) {
        if (s.id != u"port") {
            continue;
        }
        const QJsonArray attempts = s.data.value(u"attempts"_s).toArray();
        for (qsizetype i = 0; i < attempts.size() && i < 4; ++i) {
            m_ladders << ladderFor(attempts.at(i).toObject());
        }
    }
    setAccessibleDescription(textAlternative());
    setToolTip(textAlternative());
    updateGeometry();
    update();
}

QString HandshakeDiagram::textAlternative() const
{
    QStringList lines;
    for (const Ladder& l : m_ladders) {
        lines << tr("This computer and %1:").arg(l.server);
        for (const Step& s : l.steps) {
            const QString dir = s.arrow == Arrow::Right ? u"→"_s : s.arrow == Arrow::Lost ? u"→ ✗"_s
                              : s.arrow == Arrow::Blocked ? u"✗"_s : u"←"_s;
            lines << u"  "_s + dir + u' ' + s.label;
        }
    }
    return lines.join(u'\n');
}

int HandshakeDiagram::ladderHeight(const Ladder& l) const
{
    const int row = fontMetrics().height() * 2;
    return fontMetrics().height() * 2 + row * static_cast<int>(l.steps.size()) + fontMetrics().height();
}

QSize HandshakeDiagram::sizeHint() const
{
    int h = 0;
    for (const Ladder& l : m_ladders) {
        h += ladderHeight(l);
    }
    return {fontMetrics().averageCharWidth() * 70, h};
}

QSize HandshakeDiagram::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, sizeHint().height()};
}

void HandshakeDiagram::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const DiagramColors colors(palette());
    const QFontMetrics fm = fontMetrics();
    const int margin = fm.averageCharWidth() * 2;
    const int left = margin + fm.horizontalAdvance(tr("This computer")) / 2;
    int top = 0;
    for (const Ladder& l : m_ladders) {
        const int right = width() - margin - qMax(fm.horizontalAdvance(l.server), fm.horizontalAdvance(tr("Server"))) / 2;
        const int middle = (left + right) / 2;
        const int h = ladderHeight(l);
        p.setPen(colors.text);
        p.drawText(QRect(left - 100, top, 200, fm.height()), Qt::AlignCenter, tr("This computer"));
        p.drawText(QRect(right - 150, top, 300, fm.height()), Qt::AlignCenter, l.server);
        const int y0 = top + fm.height() + 4;
        const int y1 = top + h - fm.height();
        p.setPen(QPen(colors.line, 2));
        p.drawLine(left, y0, left, y1);
        p.drawLine(right, y0, right, y1);
        if (!l.middle.isEmpty()) {
            p.setPen(QPen(colors.line, 1, Qt::DashLine));
            p.drawLine(middle, y0, middle, y1);
            p.setPen(colors.text);
            p.drawText(QRect(middle - 150, top, 300, fm.height()), Qt::AlignCenter, tr("router %1").arg(l.middle));
        }
        int y = y0 + fm.height();
        for (const Step& s : l.steps) {
            const QColor c = s.bad ? colors.bad : colors.good;
            int x0 = left;
            int x1 = right;
            Qt::PenStyle style = Qt::SolidLine;
            switch (s.arrow) {
            case Arrow::Right: break;
            case Arrow::Left: std::swap(x0, x1); break;
            case Arrow::LeftFromMiddle: x0 = middle; x1 = left; break;
            case Arrow::Lost: x1 = middle; style = Qt::DashLine; break;
            case Arrow::Blocked: x1 = left + (right - left) / 6; break;
            }
            p.setPen(QPen(c, 2, style));
            const int ya = y + fm.height() / 2;
            p.drawLine(x0, ya, x1, ya + (s.arrow == Arrow::Lost || s.arrow == Arrow::Blocked ? 0 : fm.height() / 2));
            const int yEnd = ya + (s.arrow == Arrow::Lost || s.arrow == Arrow::Blocked ? 0 : fm.height() / 2);
            if (s.arrow == Arrow::Lost || s.arrow == Arrow::Blocked) {
                const int r = fm.height() / 3;
                p.setPen(QPen(c, 2));
                p.drawLine(x1 - r, yEnd - r, x1 + r, yEnd + r);
                p.drawLine(x1 - r, yEnd + r, x1 + r, yEnd - r);
            } else {
                const int dir = x1 > x0 ? -1 : 1;
                QPainterPath head;
                head.moveTo(x1, yEnd);
                head.lineTo(x1 + dir * fm.height() / 2, yEnd - fm.height() / 4);
                head.lineTo(x1 + dir * fm.height() / 2, yEnd + fm.height() / 4);
                head.closeSubpath();
                p.fillPath(head, c);
            }
            p.setPen(colors.text);
            const int textLeft = qMin(x0, x1) + fm.averageCharWidth();
            const int textWidth = qMax(right - textLeft, fm.averageCharWidth() * 10);
            p.drawText(QRect(textLeft, y - fm.height() / 2, textWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(s.label, Qt::ElideRight, textWidth));
            y += fm.height() * 2;
        }
        top += h;
    }
}

} // namespace tcpd::ui
