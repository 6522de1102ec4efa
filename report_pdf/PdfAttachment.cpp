// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "PdfAttachment.h"

#include <QRegularExpression>

#include <cctype>

using namespace Qt::StringLiterals;

namespace tcpd::reportpdf {

namespace {

/// A PDF literal string for ASCII text: ( ) and \\ escaped, anything else replaced (file names are ASCII).
QByteArray pdfString(const QString& text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x20 || u > 0x7e) {
            out += '_';
            continue;
        }
        if (c == u'(' || c == u')' || c == u'\\') {
            out += '\\';
        }
        out += char(u);
    }
    return out + ')';
}

/// A PDF text string for any text: UTF-16BE with its byte order mark, in hex (<FEFF...>).
QByteArray pdfTextString(const QString& text)
{
    QByteArray out = "<FEFF";
    for (const QChar c : text) {
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    }
    return out + '>';
}

/// A PDF name: /application#2Fjson.
QByteArray pdfName(const QString& text)
{
    QByteArray out = "/";
    for (const char c : text.toLatin1()) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_') {
            out += c;
        } else {
            out += '#' + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0').toUpper();
        }
    }
    return out;
}

} // namespace

bool attachToPdf(QByteArray* pdf, const QString& fileName, const QByteArray& data, const QString& mimeType,
                 const QString& description)
{
    // The last trailer: the catalog, the object count, the previous cross-reference table.
    const qsizetype trailerAt = pdf->lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf->lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt || pdf->indexOf("/Type /XRef") >= 0 || pdf->indexOf("/Encrypt") >= 0) {
        return false;
    }
    const QString trailer = QString::fromLatin1(pdf->mid(trailerAt, startxrefAt - trailerAt));
    static const QRegularExpression rootRe(u"/Root\\s+(\\d+)\\s+0\\s+R"_s);
    static const QRegularExpression sizeRe(u"/Size\\s+(\\d+)"_s);
    static const QRegularExpression infoRe(u"/Info\\s+(\\d+)\\s+0\\s+R"_s);
    static const QRegularExpression prevRe(u"startxref\\s+(\\d+)"_s);
    const auto root = rootRe.match(trailer);
    const auto size = sizeRe.match(trailer);
    const auto prev = prevRe.match(QString::fromLatin1(pdf->mid(startxrefAt, 64)));
    if (!root.hasMatch() || !size.hasMatch() || !prev.hasMatch()) {
        return false;
    }
    const int rootId = root.captured(1).toInt();
    const int next = size.captured(1).toInt();
    // The catalog as written: "N 0 obj << ... >> endobj", without /Names of its own.
    const QByteArray head = QByteArray::number(rootId) + " 0 obj";
    QByteArray needle("\n");
    needle += head;
    qsizetype objAt = pdf->lastIndexOf(needle); // the catalog's latest version, should there be updates
    if (objAt < 0) {
        return false;
    }
    objAt += 1;
    const qsizetype open = pdf->indexOf("<<", objAt);
    const qsizetype end = pdf->indexOf("endobj", objAt);
    const qsizetype close = pdf->lastIndexOf(">>", end);
    if (open < 0 || end < 0 || close < open || pdf->mid(open, close - open).contains("/Names")
        || !pdf->mid(open, close - open).contains("/Catalog")) {
        return false;
    }
    const QByteArray catalogBody = pdf->mid(open + 2, close - open - 2);

    if (!pdf->endsWith('\n')) {
        *pdf += '\n';
    }
    QList<std::pair<int, qsizetype>> offsets; // object number, byte offset
    const auto object = [&](int id, const QByteArray& body) {
        offsets.append({id, pdf->size()});
        *pdf += QByteArray::number(id) + " 0 obj\n" + body + "\nendobj\n";
    };
    const int fileId = next;
    const int specId = next + 1;
    const int namesId = next + 2;
    object(fileId, "<<\n/Type /EmbeddedFile\n/Subtype " + pdfName(mimeType) + "\n/Length "
                       + QByteArray::number(data.size()) + "\n/Params << /Size " + QByteArray::number(data.size())
                       + " >>\n>>\nstream\n" + data + "\nendstream");
    object(specId, "<<\n/Type /Filespec\n/F " + pdfString(fileName) + "\n/UF " + pdfTextString(fileName) + "\n/Desc "
                       + pdfTextString(description) + "\n/EF << /F " + QByteArray::number(fileId) + " 0 R >>\n>>");
    object(namesId, "<<\n/Names [" + pdfString(fileName) + " " + QByteArray::number(specId) + " 0 R]\n>>");
    object(rootId, "<<" + catalogBody + "/Names << /EmbeddedFiles " + QByteArray::number(namesId) + " 0 R >>\n>>");

    // The cross-reference section of this update: entry 0, the new catalog, the three new objects.
    const qsizetype xrefAt = pdf->size();
    const auto entry = [](qsizetype offset) -> QByteArray { // a QByteArray, not a builder of a temporary
        return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    };
    QByteArray xref = "xref\n0 1\n0000000000 65535 f \n";
    xref += QByteArray::number(rootId) + " 1\n" + entry(offsets.last().second);
    xref += QByteArray::number(fileId) + " 3\n";
    for (int i = 0; i < 3; ++i) {
        xref += entry(offsets[i].second);
    }
    *pdf += xref;
    const auto info = infoRe.match(trailer);
    static const QRegularExpression idRe(u"/ID\\s*\\[[^\\]]*\\]"_s);
    const auto id = idRe.match(trailer); // the file's identifier stays (PDF 2.0 and PDF/A require it)
    *pdf += "trailer\n<<\n/Size " + QByteArray::number(next + 3) + "\n/Root " + QByteArray::number(rootId) + " 0 R\n"
        + (info.hasMatch() ? "/Info " + info.captured(1).toLatin1() + " 0 R\n" : QByteArray())
        + (id.hasMatch() ? id.captured(0).toLatin1() + "\n" : QByteArray()) + "/Prev "
        + prev.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    return true;
}

} // namespace tcpd::reportpdf
