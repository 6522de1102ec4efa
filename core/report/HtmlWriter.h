// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Diagram.h"
#include "report/Report.h"

#include <QList>
#include <QString>

namespace tcpd::core {

/// The HTML report: one self-contained page (inline CSS, no scripts, nothing loaded from anywhere:
/// a Content-Security-Policy says so too), light and dark following the reader's system, printable.
/// Order: the verdict and what to do next, the path diagram, each step with its findings and
/// evidence (the port test with a handshake ladder per address), the timeline, this computer, the
/// manual checks and the pasted error message. All text from the network or the user is escaped.
QString reportToHtml(const Report& report);

/// The same report for Qt's rich-text engine (QTextDocument: the PDF and the export preview): the
/// same sections in the same order from the same code, with a stylesheet QTextDocument understands
/// and the diagrams as <img src="tcpdoctor-diagram:ID"> that the caller supplies as images.
/// On paper the summary has page 1 to itself (`summaryPage`, the default) and the raw data starts on
/// a page of its own; a caller whose summary ran over one page asks again without the first break.
/// The headings of the evidence and the appendix carry the anchors "evidence" and "appendix".
struct RichTextReport {
    QString html;
    QList<Diagram> diagrams; ///< the images `html` refers to, by Diagram::id
};
/// `rawDataAttachedAs` (a file name, e.g. "report.json"): the raw data is not printed; a short "The raw
/// data" section says it is attached under that name (the PDF attaches it).
RichTextReport reportToRichText(const Report& report, bool summaryPage = true, const QString& rawDataAttachedAs = {});

/// The URL scheme of diagram images in RichTextReport::html ("tcpdoctor-diagram:path").
QString richTextDiagramUrl(const Diagram& diagram);

} // namespace tcpd::core
