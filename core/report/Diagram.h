// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace tcpd::core {

/// A report diagram described once, from the report's JSON document, and drawn twice: as inline
/// SVG in the HTML report (diagramToSvg) and with QPainter for the PDF (report_pdf). Coordinates
/// are CSS pixels; colours are tones, so the HTML can follow light/dark mode. Text in labels is
/// plain (the SVG writer escapes it).
///
///     for (const Diagram& d : handshakeDiagrams(reportToJson(report))) html += diagramToSvg(d);
struct Diagram {
    enum class Tone { Text, Muted, Line, Pass, Warn, Fail, Skip };
    enum class Anchor { Start, Middle, End };
    struct Box {
        QRectF rect;
        Tone tone = Tone::Skip;
        bool strong = false; ///< a thick outline: the hop the verdict blames
        double radius = 8;
    };
    struct Line {
        QPointF from;
        QPointF to;
        Tone tone = Tone::Line;
        bool dashed = false;
        bool arrow = false; ///< an arrowhead at `to`
    };
    struct Label {
        QPointF at; ///< the baseline point
        QString text;
        Tone tone = Tone::Text;
        Anchor anchor = Anchor::Start;
        double size = 13;
        bool bold = false;
    };

    QString id; ///< unique in a page: "path", "handshake-1", "timeline"
    QString title; ///< a short name
    QString description; ///< the text alternative, one fact a line
    double width = 0;
    double height = 0;
    QList<Box> boxes; ///< drawn first
    QList<Line> lines;
    QList<Label> labels; ///< drawn last

    /// The three corners of the arrowhead of `line`.
    static QList<QPointF> arrowHead(const Line& line);
    /// A colour for a tone ("#1e7e34"); `background` gives the pale fill of boxes; `dark` the colours
    /// that read on a dark window (the wizard in dark mode).
    static QString color(Tone tone, bool background = false, bool dark = false);
    /// The tone's name, used as CSS class suffix ("pass", "fail", ...).
    static QString toneName(Tone tone);
};

/// One hop of the path as people read it, with what was seen there. Only hops that exist are listed:
/// no router for a target on the local network, no network for this computer itself, no DNS server
/// for an address. A hop "works" only when something answered from it or from beyond it.
struct PathHop {
    QString id;     ///< "computer", "gateway", "dns", "proxy", "network", "server"
    QString label;  ///< translated name ("Router"), or the target's name
    QString detail; ///< an address, "none configured", "not needed: hosts file", ...
    Diagram::Tone tone = Diagram::Tone::Skip;
    QString word;   ///< what was seen: "works", "no answer", "problem", "not checked", ...
    bool blamed = false; ///< the verdict's layer

    bool operator==(const PathHop& o) const
    {
        return id == o.id && label == o.label && detail == o.detail && tone == o.tone && word == o.word
            && blamed == o.blamed;
    }
};

/// The path of a report (the one owner: the wizard, the HTML/SVG report and the PDF draw these).
QList<PathHop> pathHops(const QJsonObject& report);
/// The status words and marks of a hop's tone ("works", "✔"), translated once.
QString hopWord(Diagram::Tone tone);
QString hopMark(Diagram::Tone tone);

/// this computer → gateway → DNS server → proxy → network → server (the hops that exist), coloured by what
/// was seen, the hop the verdict blames outlined.
Diagram pathDiagram(const QJsonObject& report);

/// One ladder per address the port test tried: SYN →, ← SYN-ACK / RST / nothing / ICMP from X,
/// with times since the attempt started.
QList<Diagram> handshakeDiagrams(const QJsonObject& report);

/// When each step ran and how long it took (steps[].started_ms, duration_ms).
Diagram timelineDiagram(const QJsonObject& report);

/// The diagram as an inline <svg> element with role="img", <title> and <desc>.
QString diagramToSvg(const Diagram& diagram);

} // namespace tcpd::core
