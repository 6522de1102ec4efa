// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The PDF report on the lab's saved reports (tests/ui/data/): a one-page summary, the evidence
// within three pages in all, and the raw data attached as a .json file that PDF readers list
// (read back here with poppler's pdfinfo and pdfdetach, when they are installed).

#include "PdfAttachment.h"
#include "ReportPdf.h"
#include "ReportSamples.h"
#include "report/Redactor.h"
#include "report/Report.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
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
        EXPECT_LE(pages.total, 3) << name.toStdString() << ": the whole PDF in at most 3 pages (issue 23)";
        EXPECT_EQ(pages.total, pages.appendixStart) << name.toStdString() << ": the note on the raw data comes last";
        EXPECT_TRUE(pdf.contains("/EmbeddedFiles")) << name.toStdString() << ": the raw data is attached";
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

// The attachment as a PDF reader sees it: poppler's pdfinfo reads the file without complaint and
// pdfdetach saves tcpdoctor-report.json, which is the report's JSON.
TEST(ReportPdf, TheRawDataIsAnAttachmentAPdfReaderCanSave)
{
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    const QString pdfdetach = QStandardPaths::findExecutable(u"pdfdetach"_s);
    if (pdfinfo.isEmpty() || pdfdetach.isEmpty()) {
        GTEST_SKIP() << "poppler-utils (pdfinfo, pdfdetach) are not installed (scripts/install-deps installs them)";
    }
    const std::optional<tcpd::core::Report> report = fixture(u"helpdesk-onlink.json"_s);
    ASSERT_TRUE(report.has_value());
    QByteArray pdf;
    QString error;
    ASSERT_TRUE(tcpd::reportpdf::reportToPdf(*report, &pdf, &error)) << error.toStdString();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile out(dir.filePath(u"report.pdf"_s));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(pdf);
    out.close();
    const auto run = [](const QString& program, const QStringList& args) {
        QProcess p;
        p.start(program, args);
        EXPECT_TRUE(p.waitForFinished(30000)) << program.toStdString();
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const auto [infoCode, info] = run(pdfinfo, {out.fileName()});
    EXPECT_EQ(infoCode, 0) << info.toStdString();
    EXPECT_FALSE(info.contains(u"Syntax Error"_s) || info.contains(u"Syntax Warning"_s)) << info.toStdString();
    const auto [listCode, list] = run(pdfdetach, {u"-list"_s, out.fileName()});
    EXPECT_EQ(listCode, 0);
    EXPECT_TRUE(list.contains(u"1 embedded files"_s) && list.contains(u"tcpdoctor-report.json"_s)) << list.toStdString();
    const auto [saveCode, saved] = run(pdfdetach, {u"-save"_s, u"1"_s, u"-o"_s, dir.filePath(u"saved.json"_s), out.fileName()});
    ASSERT_EQ(saveCode, 0) << saved.toStdString();
    QFile json(dir.filePath(u"saved.json"_s));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QJsonObject back = QJsonDocument::fromJson(json.readAll()).object();
    EXPECT_EQ(back, tcpd::core::reportToJson(*report));
}

TEST(ReportPdf, APdfThatIsNotQtsShapeIsLeftAlone)
{
    QByteArray odd = "%PDF-1.7\n1 0 obj\n<< /Type /XRef >>\nendobj\nstartxref\n0\n%%EOF\n";
    const QByteArray before = odd;
    EXPECT_FALSE(tcpd::reportpdf::attachToPdf(&odd, u"a.json"_s, "{}", u"application/json"_s, u"x"_s));
    EXPECT_EQ(odd, before);
}

// A redacted report's PDF attaches the redacted data: the attachment never brings back what the pages hide.
TEST(ReportPdf, ARedactedReportAttachesTheRedactedData)
{
    const std::optional<tcpd::core::Report> report = fixture(u"helpdesk-onlink.json"_s);
    ASSERT_TRUE(report.has_value());
    const QString host = report->target.host;
    ASSERT_FALSE(host.isEmpty());
    const tcpd::core::Report redacted = tcpd::core::redactReport(*report);
    QByteArray pdf;
    QString error;
    ASSERT_TRUE(tcpd::reportpdf::reportToPdf(redacted, &pdf, &error)) << error.toStdString();
    const qsizetype at = pdf.indexOf("/Type /EmbeddedFile");
    ASSERT_GE(at, 0);
    const qsizetype start = pdf.indexOf("stream\n", at) + 7;
    const qsizetype end = pdf.indexOf("\nendstream", start);
    const QJsonObject attached = QJsonDocument::fromJson(pdf.mid(start, end - start)).object();
    EXPECT_TRUE(attached.value(u"redacted"_s).toBool());
    EXPECT_FALSE(QJsonDocument(attached).toJson().contains(host.toUtf8())) << host.toStdString();
    EXPECT_EQ(attached, tcpd::core::reportToJson(redacted));
}
