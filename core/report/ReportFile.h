// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Report.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace tcpd::core {

/// Writes `bytes` to `path` atomically (QSaveFile): the file is complete or untouched, and no
/// temporary file is left behind. On failure returns false and one sentence in `*error` that names
/// the file and the reason (missing folder, no permission, disk full...).
bool saveFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

/// The format a file name asks for: its extension in lower case, with aliases folded
/// (markdown → md, text → txt, htm → html). Empty when there is no extension.
QString reportFormatFor(const QString& path);

/// The report in `format` (one of reportFormats()) as the bytes of a file.
bool renderReport(const Report& report, const QString& format, QByteArray* bytes, QString* error);

/// A writer for a format core cannot produce itself (PDF needs Qt Gui).
using ReportRenderer = std::function<bool(const Report& report, QByteArray* bytes, QString* error)>;

/// Lets renderReport/writeReportFile produce `format` files. The application registers PDF at
/// start-up (report_pdf/ReportPdf.h), before any thread writes reports.
void registerReportWriter(const QString& format, ReportRenderer renderer);

} // namespace tcpd::core
