// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "ExportDialog.h"

#include "ReportPdf.h"
#include "report/Redactor.h"
#include "report/ReportFile.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

ExportDialog::ExportDialog(const core::Report& report, QWidget* parent)
    : QDialog(parent)
    , m_report(report)
    , m_format(new QComboBox(this))
    , m_redact(new QCheckBox(tr("&Hide addresses and names (redact)"), this))
    , m_preview(new QTextBrowser(this))
    , m_save(new QPushButton(tr("&Save…"), this))
    , m_copy(new QPushButton(tr("&Copy ticket summary"), this))
    , m_status(new QLabel(this))
{
    reportpdf::registerPdfFormat();
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export the report"));

    const QStringList available = core::reportFormats();
    const QList<QPair<QString, QString>> formats{
        {u"html"_s, tr("Web page (HTML): everything, with diagrams")},
        {u"pdf"_s, tr("PDF document: the same, for printing and attaching")},
        {u"md"_s, tr("Markdown: short, for a ticket or a chat")},
        {u"txt"_s, tr("Plain text: short")},
        {u"json"_s, tr("JSON: every detail, for scripts and for comparing later")}};
    for (const auto& [ext, label] : formats) {
        if (available.contains(ext)) {
            m_format->addItem(label, ext);
        }
    }
    m_format->setObjectName(u"formatCombo"_s);
    m_redact->setObjectName(u"redactCheck"_s);
    m_redact->setToolTip(
        tr("Replaces public IP addresses, MAC addresses, host names, this computer's name and your "
           "user name by placeholders such as public-ip-1 and host-1. Private addresses and ports stay."));
    m_preview->setObjectName(u"previewView"_s);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    m_preview->setMinimumSize(560, 360);
    m_save->setObjectName(u"saveButton"_s);
    m_copy->setObjectName(u"copyButton"_s);
    m_copy->setToolTip(tr("Puts a short Markdown summary on the clipboard, ready to paste into a ticket."));
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    form->addRow(QString(), m_redact);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_redact, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_redacted.redacted) {
            m_redacted = core::redactReport(m_report);
        }
        updatePreview();
    });
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::chooseFileAndSave);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copySummary);
    updatePreview();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFormat(const QString& format)
{
    const int i = m_format->findData(format);
    if (i >= 0) {
        m_format->setCurrentIndex(i);
    }
}

bool ExportDialog::isRedacted() const
{
    return m_redact->isChecked();
}

void ExportDialog::setRedacted(bool redacted)
{
    m_redact->setChecked(redacted);
}

const core::Report& ExportDialog::exportedReport() const
{
    return m_redact->isChecked() ? m_redacted : m_report;
}

QString ExportDialog::ticketSummary() const
{
    return core::reportToMarkdown(exportedReport());
}

QString ExportDialog::suggestedFileName() const
{
    const core::Report& r = exportedReport();
    QString host = r.target.host;
    host.replace(QRegularExpression(u"[^A-Za-z0-9.-]+"_s), u"_"_s);
    const QDateTime when = r.startedAt.isValid() ? r.startedAt.toLocalTime() : QDateTime::currentDateTime();
    return u"tcpdoctor-%1-%2-%3.%4"_s.arg(host.left(60))
        .arg(r.target.port)
        .arg(when.toString(u"yyyyMMdd-HHmm"_s), format());
}

void ExportDialog::updatePreview()
{
    const QString f = format();
    const core::Report& r = exportedReport();
    m_preview->clear();
    if (f == u"html" || f == u"pdf") {
        m_preview->setFont(font());
        reportpdf::loadRichTextReport(m_preview->document(), r);
    } else {
        m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        QByteArray bytes;
        QString error;
        m_preview->setPlainText(core::renderReport(r, f, &bytes, &error) ? QString::fromUtf8(bytes) : error);
    }
    m_status->clear();
}

bool ExportDialog::saveTo(const QString& path)
{
    QString error;
    if (!core::writeReportFile(exportedReport(), path, &error)) {
        showStatus(error, true);
        return false;
    }
    showStatus(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    emit saved(path);
    return true;
}

void ExportDialog::chooseFileAndSave()
{
    QSettings settings;
    const QString dir
        = settings.value(u"export/lastFolder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString ext = format();
    QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), QDir(dir).filePath(suggestedFileName()),
                                                tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + ext;
    }
    settings.setValue(u"export/lastFolder"_s, QFileInfo(path).absolutePath());
    saveTo(path);
}

void ExportDialog::copySummary()
{
    QGuiApplication::clipboard()->setText(ticketSummary());
    showStatus(tr("The ticket summary (Markdown) is on the clipboard."), false);
}

void ExportDialog::showStatus(const QString& text, bool error)
{
    // Text and weight, not colour alone: readable in light and dark palettes.
    m_status->setText(error ? u"✘ "_s + text : u"✔ "_s + text);
    m_status->setProperty("error", error);
    QFont f = m_status->font();
    f.setBold(error);
    m_status->setFont(f);
}

} // namespace tcpd::ui
