// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tcpd::test {

/// One <message> of a Qt Linguist .ts file, as the checks need it.
struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QString translation; ///< the text (not numerus)
    QStringList numerusForms; ///< the forms (numerus)
    qint64 line = 0; ///< where the <message> starts in the file
};

struct TsFile {
    QString path;
    QString language; ///< the TS element's language attribute ("de")
    QList<TsMessage> messages;
    QString error; ///< non-empty when the file could not be read or parsed
};

TsFile readTsFile(const QString& path);

/// "file:line [context] "source"": where a message is, for failure messages.
QString describe(const TsFile& file, const TsMessage& m);

/// The placeholders of a text, sorted: %1..%99, %L1, %n, %Ln (a multiset).
QStringList placeholders(const QString& text);
/// The HTML tag names of a text, sorted, closing tags as "/b" (a multiset). Only real HTML tags
/// count: "<target>" in a usage line is a word, not a tag.
QStringList htmlTags(const QString& text);

} // namespace tcpd::test
