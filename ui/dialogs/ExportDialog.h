// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Report.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace tcpd::ui {

/// Exports a finished report: pick a format (HTML, PDF, Markdown, text, JSON), optionally redact it,
/// look at the preview, save it (atomically, through core's writers), or copy a Markdown ticket
/// summary to the clipboard.
///
///     ExportDialog dialog(model->report(), this);
///     dialog.exec();
///
/// Controls for tests: formatCombo, redactCheck, previewView, saveButton, copyButton, statusLabel.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    explicit ExportDialog(const core::Report& report, QWidget* parent = nullptr);

    /// The chosen format, as a file extension: "html", "pdf", "md", "txt", "json".
    QString format() const;
    void setFormat(const QString& format);
    bool isRedacted() const;
    void setRedacted(bool redacted);

    /// The report as it will be exported: redacted when the box is ticked.
    const core::Report& exportedReport() const;
    /// The Markdown summary "Copy ticket summary" puts on the clipboard.
    QString ticketSummary() const;
    /// "tcpdoctor-example.com-443-20261121-1000.html"
    QString suggestedFileName() const;

    /// Saves in the chosen format to `path` (what Save… does once a file is chosen). On failure the
    /// reason is shown in the dialog, nothing on disk changed, and false is returned.
    bool saveTo(const QString& path);

signals:
    void saved(const QString& path);

private:
    void updatePreview();
    void chooseFileAndSave();
    void copySummary();
    void showStatus(const QString& text, bool error);

    core::Report m_report;
    core::Report m_redacted;
    QComboBox* m_format;
    QCheckBox* m_redact;
    QTextBrowser* m_preview;
    QPushButton* m_save;
    QPushButton* m_copy;
    QLabel* m_status;
};

} // namespace tcpd::ui
