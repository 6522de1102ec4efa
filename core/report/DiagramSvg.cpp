// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Diagram → inline SVG. Colours come from CSS classes (the page's light/dark variables), with
// the light colours as presentation attributes underneath, so an SVG copied out of the page still
// reads. Every label is escaped; the SVG has role="img", a <title> and a <desc> (text alternative).

#include "report/Diagram.h"
#include "report/Escape.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
QString num(double v)
{
    // qRound of a coordinate beyond int's range is undefined; no drawing has one (they are clamped), so 0.
    return QString::number(std::abs(v) < 1e8 ? qRound(v * 10) / 10.0 : 0.0, 'g', 8);
}
} // namespace

QString diagramToSvg(const Diagram& d)
{
    using Tone = Diagram::Tone;
    const QString id = escapeHtml(d.id);
    QString svg;
    svg += u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" viewBox=\"0 0 %1 %2\" width=\"%1\" "
           u"height=\"%2\" "
           "role=\"img\" aria-labelledby=\"%3-title %3-desc\">\n"_s.arg(num(d.width), num(d.height), id);
    svg += u"<title id=\"%1-title\">%2</title>\n<desc id=\"%1-desc\">%3</desc>\n"_s.arg(id, escapeHtml(d.title),
                                                                                        escapeHtml(d.description));
    for (const Diagram::Box& b : d.boxes) {
        const QString tone = Diagram::toneName(b.tone);
        svg += u"<rect class=\"box t-%1%2\" x=\"%3\" y=\"%4\" width=\"%5\" height=\"%6\" rx=\"%10\" fill=\"%7\" "
               u"stroke=\"%8\" "
               "stroke-width=\"%9\"/>\n"_s.arg(tone, b.strong ? u" strong"_s : QString(), num(b.rect.x()),
                                               num(b.rect.y()), num(b.rect.width()), num(b.rect.height()),
                                               Diagram::color(b.tone, true), Diagram::color(b.tone),
                                               b.strong ? u"3.5"_s : u"1.5"_s, num(b.radius));
    }
    for (const Diagram::Line& l : d.lines) {
        const QString tone = Diagram::toneName(l.tone);
        svg += u"<line class=\"ln t-%1%2\" x1=\"%3\" y1=\"%4\" x2=\"%5\" y2=\"%6\" stroke=\"%7\" stroke-width=\"1.5\"%8/>\n"_s
                   .arg(tone, l.dashed ? u" dashed"_s : QString(), num(l.from.x()), num(l.from.y()), num(l.to.x()),
                        num(l.to.y()), Diagram::color(l.tone), l.dashed ? u" stroke-dasharray=\"6 4\""_s : QString());
        if (l.arrow) {
            QStringList points;
            for (const QPointF& p : Diagram::arrowHead(l)) {
                points << num(p.x()) + u',' + num(p.y());
            }
            svg += u"<polygon class=\"head t-%1\" points=\"%2\" fill=\"%3\"/>\n"_s.arg(tone, points.join(u' '),
                                                                                       Diagram::color(l.tone));
        }
    }
    for (const Diagram::Label& t : d.labels) {
        const QString anchor = t.anchor == Diagram::Anchor::Middle ? u"middle"_s
            : t.anchor == Diagram::Anchor::End                     ? u"end"_s
                                                                   : u"start"_s;
        svg += u"<text class=\"t-%1\" x=\"%2\" y=\"%3\" text-anchor=\"%4\" font-size=\"%5\"%6 fill=\"%7\">%8</text>\n"_s
                   .arg(Diagram::toneName(t.tone), num(t.at.x()), num(t.at.y()), anchor, num(t.size),
                        t.bold ? u" font-weight=\"bold\""_s : QString(),
                        Diagram::color(t.tone == Tone::Skip ? Tone::Muted : t.tone), escapeHtml(t.text));
    }
    svg += u"</svg>\n"_s;
    return svg;
}

} // namespace tcpd::core
