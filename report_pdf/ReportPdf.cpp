// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "ReportPdf.h"

#include "PdfAttachment.h"

#include "Version.h"
#include "report/HtmlWriter.h"
#include "report/ReportFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tcpd::reportpdf {

namespace {
struct ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};
} // namespace

void loadRichTextReport(QTextDocument* document, const core::Report& report, bool summaryPage,
                        const QString& rawDataAttachedAs)
{
    const core::RichTextReport rich = core::reportToRichText(report, summaryPage, rawDataAttachedAs);
    for (const core::Diagram& d : rich.diagrams) {
        document->addResource(QTextDocument::ImageResource, QUrl(core::richTextDiagramUrl(d)), diagramImage(d));
    }
    document->setHtml(rich.html);
}

namespace {
// The page (0-based) of the heading with anchor `name` (HtmlWriter's "evidence", "appendix"), or -1.
int pageOf(const QTextDocument& document, const QString& name, qreal pageHeight)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(name)) {
                return int(document.documentLayout()->blockBoundingRect(block).top() / pageHeight);
            }
        }
    }
    return -1;
}

// The rich-text report laid out on pages of `body` device pixels of `device`.
void layOut(QTextDocument* document, const core::Report& report, bool summaryPage, const QString& attachedAs,
            QPaintDevice* device, const QSizeF& body)
{
    document->documentLayout()->setPaintDevice(device); // measure text as the PDF will have it
    loadRichTextReport(document, report, summaryPage, attachedAs);
    document->setDocumentMargin(0);
    document->setPageSize(body);
}
} // namespace

namespace {
/// The PDF itself; `attachedAs` empty: the raw data printed on the last pages, else only said to be attached.
void renderPdf(const core::Report& report, QByteArray* bytes, const QString& attachedAs, PdfPages* pages)
{
    bytes->clear();
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 12),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setCreator(u"tcpdoctor %1"_s.arg(QStringLiteral(TCPDOCTOR_VERSION)));
        const QString title
            = ReportPdf::tr("tcpdoctor report: %1 port %2").arg(report.target.displayHost).arg(report.target.port);
        writer.setTitle(title);

        // Laid out here, page by page, rather than by QTextDocument::print: the same layout then tells
        // where the appendix begins, and the footer can say "Page 2 of 5".
        const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
        const qreal footer = 7.0 / 25.4 * writer.resolution(); // 7 mm for the page number
        const QSizeF body(area.width(), area.height() - footer);
        // The summary has page 1 to itself when it fits there; a longer one runs on into the evidence
        // rather than leaving most of page 2 blank. The raw data always starts on a page of its own.
        QTextDocument document;
        layOut(&document, report, true, attachedAs, &writer, body);
        const bool summaryAlone = pageOf(document, u"evidence"_s, body.height()) <= 1;
        if (!summaryAlone) {
            document.clear();
            layOut(&document, report, false, attachedAs, &writer, body);
        }
        const int count = document.pageCount();

        QPainter painter(&writer);
        QFont small = document.defaultFont();
        small.setPointSizeF(7.5);
        for (int i = 0; i < count; ++i) {
            if (i > 0) {
                writer.newPage();
            }
            painter.save();
            painter.translate(0, -i * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * body.height(), body.width(), body.height());
            context.palette.setColor(QPalette::Text, Qt::black);
            painter.setClipRect(context.clip);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setFont(small);
            painter.setPen(QColor(0x5f, 0x63, 0x68));
            const QRectF line(0, body.height() + footer * 0.35, body.width(), footer * 0.65);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, title);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, ReportPdf::tr("Page %1 of %2").arg(i + 1).arg(count));
        }
        if (pages != nullptr) {
            pages->total = count;
            pages->summaryAlone = summaryAlone;
            pages->evidenceStart = pageOf(document, u"evidence"_s, body.height()) + 1;
            pages->appendixStart = pageOf(document, u"appendix"_s, body.height()) + 1;
        }
    }
    buffer.close();
}
} // namespace

bool reportToPdf(const core::Report& report, QByteArray* bytes, QString* error, PdfPages* pages)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        *error = ReportPdf::tr("A PDF report needs tcpdoctor's graphics support, which is not running here; "
                               "save the report as .html and print that to PDF instead.");
        return false;
    }
    // The raw data travels inside the PDF as an attached .json file (pages of JSON helped nobody read it);
    // should attaching fail, it is printed on the last pages instead.
    const QString attachedAs = u"tcpdoctor-report.json"_s;
    renderPdf(report, bytes, attachedAs, pages);
    const QByteArray json = QJsonDocument(core::reportToJson(report)).toJson(QJsonDocument::Indented);
    if (bytes->startsWith("%PDF")
        && !attachToPdf(bytes, attachedAs, json, u"application/json"_s,
                        ReportPdf::tr("The raw data of this report (tcpdoctor-report/1)"))) {
        renderPdf(report, bytes, QString(), pages);
    }
    if (!bytes->startsWith("%PDF")) {
        *error = ReportPdf::tr("The PDF report could not be made.");
        return false;
    }
    return true;
}

void registerPdfFormat()
{
    core::registerReportWriter(u"pdf"_s, [](const core::Report& report, QByteArray* bytes, QString* error) {
        return reportToPdf(report, bytes, error);
    });
}

} // namespace tcpd::reportpdf
