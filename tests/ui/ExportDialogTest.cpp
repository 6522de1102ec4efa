// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The export dialog as a person uses it (format, redaction, preview, save, copy), and the compare
// dialog the wizard opens for an earlier report. Offscreen.

#include "dialogs/ExportDialog.h"
#include "ReportSamples.h"
#include "dialogs/CompareDialog.h"
#include "report/ReportFile.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::ui::CompareDialog;
using tcpd::ui::ExportDialog;

namespace {
QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* w = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}
} // namespace

TEST(ExportDialog, OffersEveryFormatAndPreviewsEach)
{
    ExportDialog dialog(tcpd::test::hostileReport());
    dialog.show();
    auto* combo = child<QComboBox>(dialog, "formatCombo");
    auto* preview = child<QTextBrowser>(dialog, "previewView");
    ASSERT_TRUE(combo && preview);
    QStringList formats;
    for (int i = 0; i < combo->count(); ++i) {
        formats << combo->itemData(i).toString();
    }
    EXPECT_EQ(formats, (QStringList{u"html"_s, u"pdf"_s, u"md"_s, u"txt"_s, u"json"_s}));

    // HTML: rendered, the hostile banner shown as text, not obeyed.
    EXPECT_EQ(dialog.format(), u"html");
    const QString rendered = preview->toPlainText();
    EXPECT_TRUE(rendered.contains(u"<script>alert(1)</script>"_s)) << "shown literally";
    EXPECT_TRUE(rendered.contains(u"Port 443 answers on 1 of 3 addresses"_s));
    EXPECT_FALSE(
        preview->document()->resource(QTextDocument::ImageResource, QUrl(u"tcpdoctor-diagram:path"_s)).isNull())
        << "the path diagram is painted";

    dialog.setFormat(u"md"_s);
    EXPECT_TRUE(preview->toPlainText().startsWith(u"## tcpdoctor: example.com"_s));
    EXPECT_TRUE(preview->toPlainText().contains(u"banner: \\<script\\>alert(1)\\</script\\>"_s));
    dialog.setFormat(u"json"_s);
    EXPECT_EQ(QJsonDocument::fromJson(preview->toPlainText().toUtf8()).object().value(u"schema"_s).toString(),
              u"tcpdoctor-report/1");
}

TEST(ExportDialog, RedactionChangesPreviewAndFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ExportDialog dialog(tcpd::test::hostileReport());
    dialog.show();
    auto* redact = child<QCheckBox>(dialog, "redactCheck");
    auto* preview = child<QTextBrowser>(dialog, "previewView");
    ASSERT_TRUE(redact && preview);
    dialog.setFormat(u"txt"_s);
    EXPECT_TRUE(preview->toPlainText().contains(u"example.com"_s));
    redact->click();
    EXPECT_TRUE(dialog.isRedacted());
    EXPECT_FALSE(preview->toPlainText().contains(u"example.com"_s));
    EXPECT_TRUE(preview->toPlainText().contains(u"host-1"_s));
    EXPECT_TRUE(dialog.suggestedFileName().startsWith(u"tcpdoctor-host-1-443-"_s))
        << dialog.suggestedFileName().toStdString();

    const QString path = dir.filePath(u"shared.json"_s);
    dialog.setFormat(u"json"_s);
    ASSERT_TRUE(dialog.saveTo(path));
    const QByteArray saved = read(path);
    EXPECT_TRUE(QJsonDocument::fromJson(saved).object().value(u"redacted"_s).toBool());
    EXPECT_FALSE(saved.contains("93.184.216.34"));
}

TEST(ExportDialog, SavesEveryFormatAndSaysWhereOrWhyNot)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ExportDialog dialog(tcpd::test::hostileReport());
    dialog.show();
    auto* status = child<QLabel>(dialog, "statusLabel");
    ASSERT_TRUE(status);
    for (const QString& ext : {u"html"_s, u"pdf"_s, u"md"_s, u"txt"_s, u"json"_s}) {
        dialog.setFormat(ext);
        const QString path = dir.filePath(u"r."_s + ext);
        ASSERT_TRUE(dialog.saveTo(path)) << status->text().toStdString();
        EXPECT_TRUE(status->text().contains(QDir::toNativeSeparators(path))) << status->text().toStdString();
    }
    EXPECT_TRUE(read(dir.filePath(u"r.pdf"_s)).startsWith("%PDF-"));
    EXPECT_TRUE(read(dir.filePath(u"r.html"_s)).startsWith("<!DOCTYPE html>"));

    EXPECT_FALSE(dialog.saveTo(dir.filePath(u"missing/r.json"_s)));
    EXPECT_TRUE(status->text().contains(u"does not exist"_s)) << status->text().toStdString();
    EXPECT_TRUE(status->property("error").toBool());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(u"missing"_s)));
}

TEST(ExportDialog, CopiesTheTicketSummary)
{
    ExportDialog dialog(tcpd::test::hostileReport());
    dialog.show();
    QGuiApplication::clipboard()->clear();
    auto* copy = child<QPushButton>(dialog, "copyButton");
    ASSERT_TRUE(copy);
    copy->click();
    const QString clip = QGuiApplication::clipboard()->text();
    EXPECT_EQ(clip, dialog.ticketSummary());
    EXPECT_TRUE(clip.startsWith(u"## tcpdoctor: example.com, port 443 (https)"_s)) << clip.left(60).toStdString();
    EXPECT_FALSE(clip.contains(QChar(0x1b)));
}

TEST(CompareDialog, ShowsWhatChangedSinceAnEarlierReport)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString earlier = dir.filePath(u"earlier.json"_s);
    QString error;
    ASSERT_TRUE(tcpd::core::writeReportFile(tcpd::test::minimalReport(), earlier, &error)) << error.toStdString();

    tcpd::core::Report now = tcpd::test::minimalReport();
    now.steps[5].status = tcpd::core::StepStatus::Pass;
    now.verdict.code = u"ok.reachable"_s;
    std::unique_ptr<CompareDialog> dialog(CompareDialog::forFile(earlier, now, nullptr, &error));
    ASSERT_NE(dialog, nullptr) << error.toStdString();
    dialog->show();
    auto* list = child<QListWidget>(*dialog, "changesList");
    auto* summary = child<QLabel>(*dialog, "summaryLabel");
    ASSERT_TRUE(list && summary);
    EXPECT_GE(list->count(), 2);
    QStringList lines;
    for (int i = 0; i < list->count(); ++i) {
        lines << list->item(i)->text();
    }
    EXPECT_TRUE(lines.contains(u"✔ Port test: was Problem, now OK."_s)) << lines.join(u" | "_s).toStdString();
    EXPECT_TRUE(summary->text().startsWith(u"Nothing got worse"_s)) << summary->text().toStdString();

    EXPECT_EQ(CompareDialog::forFile(dir.filePath(u"nope.json"_s), now, nullptr, &error), nullptr);
    EXPECT_TRUE(error.contains(u"does not exist"_s));
}
