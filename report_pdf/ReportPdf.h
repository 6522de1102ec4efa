// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Diagram.h"
#include "report/Report.h"

#include <QByteArray>
#include <QImage>
#include <QString>

class QPainter;
class QTextDocument;

namespace tcpd::reportpdf {

// The PDF report, made from the rich-text flavour of the HTML report (core::reportToRichText)
// through QTextDocument and QPdfWriter, with the diagrams painted by QPainter. Everything here
// needs a QGuiApplication; the CLI creates an offscreen one only when a PDF is asked for.
//
//     tcpd::reportpdf::registerPdfFormat();              // once, at start-up
//     core::writeReportFile(report, u"ticket.pdf"_s, &error);

/// Paints a report diagram in its own coordinates (CSS pixels) with `painter`; `dark` picks the colours
/// that read on a dark background. The wizard's diagrams, the PDF and the images all paint this way.
void paintDiagram(QPainter& painter, const core::Diagram& diagram, bool dark);

/// Paints a report diagram at `scale` device pixels per CSS pixel (devicePixelRatio set).
QImage diagramImage(const core::Diagram& diagram, qreal scale = 2.0);

/// Fills `document` with the rich-text report, its diagrams added as image resources (`summaryPage`:
/// see core::reportToRichText).
/// `rawDataAttachedAs`: see core::reportToRichText.
void loadRichTextReport(QTextDocument* document, const core::Report& report, bool summaryPage = true,
                        const QString& rawDataAttachedAs = {});

/// How a PDF report was laid out: pages in all, and where the evidence and the appendix begin.
struct PdfPages {
    int total = 0;
    bool summaryAlone = false; ///< the summary fits on page 1, which it has to itself
    int evidenceStart = 0;     ///< the page the evidence starts on (2; a longer summary runs on into it)
    int appendixStart = 0;     ///< the page of the raw data's section (the note that it is attached)
};

/// The report as the bytes of an A4 PDF: a one-page summary, the evidence step by step, and the raw data
/// (JSON) attached as the file tcpdoctor-report.json (printed on the last pages only if attaching
/// failed); a footer with the target and "Page N of M". False and one sentence on
/// failure (no QGuiApplication). `pages`, when given, receives the layout.
bool reportToPdf(const core::Report& report, QByteArray* bytes, QString* error, PdfPages* pages = nullptr);

/// Makes core::writeReportFile / renderReport / reportFormats() understand "pdf".
void registerPdfFormat();

} // namespace tcpd::reportpdf
