// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "ReportPdf.h"

#include "Version.h"
#include "report/HtmlWriter.h"
#include "report/ReportFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tcpd::reportpdf {

namespace {
struct ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};
} // namespace

void loadRichTextReport(QTextDocument* document, const core::Report& report)
{
    const core::RichTextReport rich = core::reportToRichText(report);
    for (const core::Diagram& d : rich.diagrams) {
        document->addResource(QTextDocument::ImageResource, QUrl(core::richTextDiagramUrl(d)), diagramImage(d));
    }
    document->setHtml(rich.html);
}

bool reportToPdf(const core::Report& report, QByteArray* bytes, QString* error)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        *error = ReportPdf::tr("A PDF report needs tcpdoctor's graphics support, which is not running here; "
                               "save the report as .html and print that to PDF instead.");
        return false;
    }
    bytes->clear();
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setCreator(u"tcpdoctor %1"_s.arg(QStringLiteral(TCPDOCTOR_VERSION)));
        writer.setTitle(
            ReportPdf::tr("tcpdoctor report: %1 port %2").arg(report.target.displayHost).arg(report.target.port));
        QTextDocument document;
        loadRichTextReport(&document, report);
        document.print(&writer);
    }
    buffer.close();
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
