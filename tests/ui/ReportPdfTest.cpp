// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The PDF report on the lab's saved reports (tests/ui/data/): a one-page summary, the evidence
// within three pages in all, the raw data after it on pages of its own.

#include "ReportPdf.h"
#include "ReportSamples.h"
#include "report/Report.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {
std::optional<tcpd::core::Report> fixture(const QString& name)
{
    QFile file(QStringLiteral(TCPDOCTOR_UI_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return tcpd::core::reportFromJson(QJsonDocument::fromJson(file.readAll()).object());
}

// The pages of a PDF as Qt writes them: one "/Type /Page" object each (not "/Pages").
int pdfPageObjects(const QByteArray& pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![s])"_s);
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next()) {
        ++n;
    }
    return n;
}
} // namespace

TEST(ReportPdf, TypicalRunsFitOnThreePagesBeforeTheRawData)
{
    const QStringList names = QDir(QStringLiteral(TCPDOCTOR_UI_DATA)).entryList({u"*.json"_s}, QDir::Files);
    ASSERT_GE(names.size(), 8);
    for (const QString& name : names) {
        const std::optional<tcpd::core::Report> report = fixture(name);
        ASSERT_TRUE(report.has_value()) << name.toStdString();
        QByteArray pdf;
        QString error;
        tcpd::reportpdf::PdfPages pages;
        ASSERT_TRUE(tcpd::reportpdf::reportToPdf(*report, &pdf, &error, &pages)) << error.toStdString();
        EXPECT_TRUE(pages.summaryAlone) << name.toStdString() << ": the summary fits on page 1";
        EXPECT_EQ(pages.evidenceStart, 2) << name.toStdString();
        EXPECT_LE(pages.appendixStart - 1, 3) << name.toStdString() << ": summary and evidence in at most 3 pages";
        EXPECT_GE(pages.total, pages.appendixStart) << name.toStdString() << ": the raw data comes last";
        EXPECT_EQ(pdfPageObjects(pdf), pages.total) << name.toStdString() << ": the layout is the PDF's";
    }
}

TEST(ReportPdf, ALongSummaryRunsOnWithoutABlankPage)
{
    tcpd::core::Report r = tcpd::test::hostileReport();
    for (int i = 0; i < 40; ++i) {
        r.verdict.nextSteps << u"Step %1: check the cable, the router and the server once more, then try again."_s.arg(i);
    }
    QByteArray pdf;
    QString error;
    tcpd::reportpdf::PdfPages pages;
    ASSERT_TRUE(tcpd::reportpdf::reportToPdf(r, &pdf, &error, &pages)) << error.toStdString();
    EXPECT_FALSE(pages.summaryAlone);
    EXPECT_EQ(pages.evidenceStart, 2) << "the evidence starts on the page where the summary ends";
}
