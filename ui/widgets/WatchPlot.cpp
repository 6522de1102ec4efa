// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "WatchPlot.h"

#include "DiagramColors.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {

enum class Mark { Dot, Cross, Triangle, Diamond, Square };

Mark markOf(const QString& outcome)
{
    if (outcome == u"open" || outcome == u"reset_after_connect" || outcome == u"closed_after_connect") {
        return Mark::Dot;
    }
    if (outcome == u"refused") {
        return Mark::Cross;
    }
    if (outcome == u"filtered") {
        return Mark::Triangle;
    }
    if (outcome == u"dns_failed") {
        return Mark::Diamond;
    }
    return Mark::Square;
}

QColor colorOf(const DiagramColors& c, Mark mark)
{
    switch (mark) {
    case Mark::Dot: return c.good;
    case Mark::Triangle: return c.warn;
    case Mark::Diamond: return c.text;
    case Mark::Cross:
    case Mark::Square: break;
    }
    return c.bad;
}

void drawMark(QPainter& p, Mark mark, QPointF at, double r, const QColor& color)
{
    p.save();
    p.setPen(QPen(color, std::max(1.5, r / 2.2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (mark) {
    case Mark::Dot:
        p.setBrush(color);
        p.drawEllipse(at, r * 0.8, r * 0.8);
        break;
    case Mark::Cross:
        p.drawLine(at + QPointF(-r, -r), at + QPointF(r, r));
        p.drawLine(at + QPointF(-r, r), at + QPointF(r, -r));
        break;
    case Mark::Triangle: {
        p.setBrush(Qt::NoBrush);
        const QPointF pts[3] = {at + QPointF(-r, -r * 0.8), at + QPointF(r, -r * 0.8), at + QPointF(0, r)};
        p.drawPolygon(pts, 3);
        break;
    }
    case Mark::Diamond: {
        p.setBrush(color);
        const QPointF pts[4] = {at + QPointF(0, -r), at + QPointF(r, 0), at + QPointF(0, r), at + QPointF(-r, 0)};
        p.drawPolygon(pts, 4);
        break;
    }
    case Mark::Square:
        p.setBrush(color);
        p.drawRect(QRectF(at - QPointF(r * 0.8, r * 0.8), QSizeF(r * 1.6, r * 1.6)));
        break;
    }
    p.restore();
}

/// 1, 2 or 5 times a power of ten, at or above `v`.
double niceCeil(double v)
{
    if (v <= 0) {
        return 1;
    }
    const double power = std::pow(10.0, std::floor(std::log10(v)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= v) {
            return m * power;
        }
    }
    return 10 * power;
}

QString msText(double ms)
{
    if (ms >= 1000) {
        return WatchPlot::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'g', 3));
    }
    return WatchPlot::tr("%1 ms").arg(QLocale().toString(ms, 'g', 3));
}

} // namespace

WatchPlot::WatchPlot(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"watchPlot"_s);
    setAccessibleName(tr("Handshake times"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    describe();
}

void WatchPlot::reset(int expected)
{
    m_attempts.clear();
    m_expected = std::max(0, expected);
    describe();
    update();
}

void WatchPlot::addAttempt(const core::WatchAttempt& attempt)
{
    m_attempts << attempt;
    describe();
    update();
}

void WatchPlot::setAttempts(const QList<core::WatchAttempt>& attempts)
{
    m_attempts = attempts;
    m_expected = 0;
    describe();
    update();
}

qsizetype WatchPlot::countOf(const QString& outcome) const
{
    return std::count_if(m_attempts.begin(), m_attempts.end(), [&](const core::WatchAttempt& a) {
        return outcome == u"open" ? a.succeeded() : (!a.succeeded() && a.outcome == outcome);
    });
}

QStringList WatchPlot::legendOutcomes() const
{
    QStringList out;
    bool anyOpen = false;
    for (const core::WatchAttempt& a : m_attempts) {
        if (a.succeeded()) {
            anyOpen = true;
        } else if (!out.contains(a.outcome)) {
            out << a.outcome;
        }
    }
    if (anyOpen) {
        out.prepend(u"open"_s);
    }
    return out;
}

double WatchPlot::axisMaxMs() const
{
    double slowest = 0;
    for (const core::WatchAttempt& a : m_attempts) {
        slowest = std::max(slowest, a.rttMs);
    }
    return slowest > 0 ? niceCeil(slowest * 1.1) : 0;
}

QSize WatchPlot::sizeHint() const
{
    return {600, fontMetrics().height() * 14};
}

QSize WatchPlot::minimumSizeHint() const
{
    return {300, fontMetrics().height() * 12};
}

WatchPlot::Geometry WatchPlot::geometry() const
{
    const QFontMetricsF fm(font());
    Geometry g;
    const double legend = fm.height() * 1.6;
    const double bandHeight = fm.height() * 1.5;
    const double yMax = axisMaxMs() > 0 ? axisMaxMs() : 100;
    double labels = 0;
    for (const double tick : {0.0, yMax / 2, yMax}) {
        labels = std::max(labels, fm.horizontalAdvance(msText(tick)));
    }
    labels = std::max(labels, fm.horizontalAdvance(tr("failed")));
    const double left = labels + fm.height() * 0.8;
    const double bottom = fm.height() * 1.8;
    const double right = fm.height();
    g.band = QRectF(left, legend, std::max(10.0, width() - left - right), bandHeight);
    g.plot = QRectF(left, g.band.bottom() + fm.height() * 0.6, g.band.width(),
                    std::max(10.0, height() - g.band.bottom() - fm.height() * 0.6 - bottom));
    const qsizetype n = std::max<qsizetype>({m_attempts.size(), m_expected, 2});
    g.xStep = g.plot.width() / double(n);
    g.yMax = yMax;
    return g;
}

QPointF WatchPlot::pointOf(const Geometry& g, qsizetype index) const
{
    const core::WatchAttempt& a = m_attempts.at(index);
    const double x = g.plot.left() + (double(index) + 0.5) * g.xStep;
    if (!a.succeeded() || a.rttMs < 0) {
        return {x, g.band.center().y()};
    }
    return {x, g.plot.bottom() - std::clamp(a.rttMs / g.yMax, 0.0, 1.0) * g.plot.height()};
}

void WatchPlot::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const DiagramColors c(palette());
    const QFontMetricsF fm(font());
    const Geometry g = geometry();
    const double r = std::clamp(g.xStep / 3, 2.5, fm.height() / 3.5);

    // The band for failures and the axes.
    p.setPen(QPen(c.line, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(g.band);
    p.drawText(QRectF(0, g.band.top(), g.band.left() - fm.height() * 0.4, g.band.height()),
               Qt::AlignRight | Qt::AlignVCenter, tr("failed"));
    p.drawLine(g.plot.bottomLeft(), g.plot.bottomRight());
    p.drawLine(g.plot.bottomLeft(), g.plot.topLeft());
    for (const double tick : {0.0, g.yMax / 2, g.yMax}) {
        const double y = g.plot.bottom() - tick / g.yMax * g.plot.height();
        p.setPen(QPen(c.line, 1, tick > 0 ? Qt::DotLine : Qt::SolidLine));
        p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        p.setPen(c.text);
        p.drawText(QRectF(0, y - fm.height() / 2, g.plot.left() - fm.height() * 0.4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, msText(tick));
    }
    if (g.yMax >= 1000) { // where the system sends a lost SYN again
        const double y = g.plot.bottom() - 1000 / g.yMax * g.plot.height();
        p.setPen(QPen(c.warn, 1, Qt::DashLine));
        p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        const QString label = tr("1 s: a lost packet was sent again");
        const QRectF box(g.plot.right() - fm.horizontalAdvance(label) - 8, y - fm.height() - 2,
                         fm.horizontalAdvance(label) + 6, fm.height());
        QColor behind = palette().color(QPalette::Window);
        behind.setAlpha(210); // readable over the dots it may cover
        p.fillRect(box, behind);
        p.drawText(box, Qt::AlignCenter, label);
    }
    const qsizetype n = std::max<qsizetype>({m_attempts.size(), m_expected, 2});
    p.setPen(c.text);
    const QRectF xLabels(g.plot.left(), g.plot.bottom() + 2, g.plot.width(), fm.height() * 1.6);
    p.drawText(xLabels, Qt::AlignLeft | Qt::AlignTop, QLocale().toString(1));
    p.drawText(xLabels, Qt::AlignRight | Qt::AlignTop, QLocale().toString(qlonglong(n)));
    p.drawText(xLabels, Qt::AlignHCenter | Qt::AlignTop, tr("attempt"));

    if (m_attempts.isEmpty()) {
        p.setPen(c.line);
        p.drawText(g.plot, Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The time of each connection appears here, one mark per attempt."));
    }
    // Outages: a shaded column behind each failed attempt, across the band and the plot.
    QColor shade = c.bad;
    shade.setAlpha(40);
    for (qsizetype i = 0; i < m_attempts.size(); ++i) {
        if (!m_attempts[i].succeeded()) {
            const double x = g.plot.left() + double(i) * g.xStep;
            p.fillRect(QRectF(x, g.band.top(), g.xStep, g.plot.bottom() - g.band.top()), shade);
        }
    }
    // Connections that kept working, joined.
    p.setPen(QPen(c.good, 1.5));
    for (qsizetype i = 1; i < m_attempts.size(); ++i) {
        if (m_attempts[i].succeeded() && m_attempts[i - 1].succeeded() && m_attempts[i].rttMs >= 0
            && m_attempts[i - 1].rttMs >= 0) {
            p.drawLine(pointOf(g, i - 1), pointOf(g, i));
        }
    }
    for (qsizetype i = 0; i < m_attempts.size(); ++i) {
        const Mark mark = markOf(m_attempts[i].outcome);
        drawMark(p, mark, pointOf(g, i), r, colorOf(c, mark));
    }

    // The legend: a mark and the words for each outcome seen, with its count.
    double x = g.band.left();
    const double y = fm.height() * 0.8;
    for (const QString& outcome : legendOutcomes()) {
        const qsizetype count = countOf(outcome);
        const Mark mark = markOf(outcome);
        drawMark(p, mark, QPointF(x + fm.height() / 3, y), fm.height() / 3.5, colorOf(c, mark));
        const QString words = tr("%1: %2").arg(core::watchOutcomeWords(outcome), QLocale().toString(qlonglong(count)));
        p.setPen(c.text);
        p.drawText(QPointF(x + fm.height() * 0.9, y + fm.ascent() / 2 - 1), words);
        x += fm.height() * 0.9 + fm.horizontalAdvance(words) + fm.height();
    }
}

bool WatchPlot::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && !m_attempts.isEmpty()) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Geometry g = geometry();
        const auto index = static_cast<qsizetype>(std::floor((help->pos().x() - g.plot.left()) / g.xStep));
        if (index >= 0 && index < m_attempts.size()) {
            QToolTip::showText(help->globalPos(), core::watchAttemptLine(m_attempts[index]).trimmed(), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void WatchPlot::describe()
{
    if (m_attempts.isEmpty()) {
        setAccessibleDescription(tr("No attempt yet."));
        return;
    }
    QStringList parts;
    for (const QString& outcome : legendOutcomes()) {
        const qsizetype count = countOf(outcome);
        parts << tr("%1: %2").arg(core::watchOutcomeWords(outcome), QLocale().toString(qlonglong(count)));
    }
    setAccessibleDescription(tr("%n attempt(s): %1.", nullptr, int(m_attempts.size())).arg(parts.join(u"; "_s)));
}

} // namespace tcpd::ui
