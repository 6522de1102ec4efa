// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QByteArray>
#include <QString>

namespace tcpd::reportpdf {

/// Attaches `data` to the PDF in `pdf` as an embedded file named `fileName` (ASCII), the way PDF readers
/// list attachments (PDF 1.4 §3.10.3: an EmbeddedFile stream, its file specification, and the
/// catalog's /Names /EmbeddedFiles tree), by appending an incremental update: the bytes Qt wrote stay
/// as they are. Qt 6.4's QPdfWriter cannot attach files itself (QPdfWriter::addFileAttachment came in
/// 6.8). Works on a PDF with a classic cross-reference table and a catalog without /Names, as QPdfWriter
/// writes them; anything else is left untouched and false is returned (the caller prints the data then).
bool attachToPdf(QByteArray* pdf, const QString& fileName, const QByteArray& data, const QString& mimeType,
                 const QString& description);

} // namespace tcpd::reportpdf
