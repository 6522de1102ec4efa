// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "ReportFile.h"

#include "report/HtmlWriter.h"
#include "report/ReportText.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
using reporttext::ReportText;

QHash<QString, ReportRenderer>& registry()
{
    static QHash<QString, ReportRenderer> writers;
    return writers;
}

// QSaveFile often says only "Unknown error" when the disk is full; the system's own words are clearer.
QString reason(const QSaveFile& file, int err)
{
    return err != 0 ? qt_error_string(err) : file.errorString();
}

QString failed(const QString& path, const QString& reason)
{
    return ReportText::tr("The report could not be saved to %1: %2. Nothing that was there before has changed.")
        .arg(QDir::toNativeSeparators(path), reason);
}
} // namespace

bool saveFileAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        *error = ReportText::tr("%1 could not be saved: the folder %2 does not exist.")
                     .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (info.isDir()) {
        *error = failed(path, ReportText::tr("that is a folder"));
        return false;
    }
    // Never through a link, never onto a device, a pipe or a socket: the atomic replace would write
    // wherever the link points (another user's file, /dev/null) or turn a device into a plain file.
    if (info.isSymLink()) {
        *error = failed(path, ReportText::tr("that name is a link to another file; give the name of a real file"));
        return false;
    }
    if (info.exists() && !info.isFile()) {
        *error = failed(path, ReportText::tr("that is not an ordinary file"));
        return false;
    }
    QSaveFile file(path);
    // Unbuffered: every write reaches the system at once, so a full disk is seen here, before commit()
    // renames the temporary file over the old report (a buffered write of a small report failed only in
    // commit's flush, unnoticed, and the old file was replaced by an empty one).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = failed(path, file.errorString());
        return false;
    }
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        const QString why = reason(file, errno);
        file.cancelWriting();
        *error = failed(path, why);
        return false;
    }
    errno = 0;
    if (!file.commit()) {
        *error = failed(path, reason(file, errno));
        return false;
    }
    return true;
}

QString reportFormatFor(const QString& path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == u"markdown")
        return u"md"_s;
    if (ext == u"text")
        return u"txt"_s;
    if (ext == u"htm")
        return u"html"_s;
    return ext;
}

QStringList reportFormats()
{
    QStringList formats{u"html"_s, u"json"_s, u"md"_s, u"txt"_s};
    const QStringList extra = registry().keys();
    for (const QString& f : extra) {
        if (!formats.contains(f)) {
            formats << f;
        }
    }
    return formats;
}

void registerReportWriter(const QString& format, ReportRenderer renderer)
{
    registry().insert(format.toLower(), std::move(renderer));
}

bool renderReport(const Report& report, const QString& format, QByteArray* bytes, QString* error)
{
    if (format == u"json") {
        *bytes = QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Indented);
    } else if (format == u"md") {
        *bytes = reportToMarkdown(report).toUtf8();
    } else if (format == u"txt") {
        *bytes = reportToText(report).toUtf8();
    } else if (format == u"html") {
        *bytes = reportToHtml(report).toUtf8();
    } else if (const auto it = registry().constFind(format); it != registry().cend()) {
        return (*it)(report, bytes, error);
    } else {
        *error = ReportText::tr("tcpdoctor cannot write \"%1\" files: use a name ending in %2.")
                     .arg(format.isEmpty() ? ReportText::tr("(no extension)") : format,
                          u"."_s + reportFormats().join(u", ."_s));
        return false;
    }
    return true;
}

bool writeReportFile(const Report& report, const QString& path, QString* error)
{
    QByteArray bytes;
    return renderReport(report, reportFormatFor(path), &bytes, error) && saveFileAtomically(path, bytes, error);
}

} // namespace tcpd::core
