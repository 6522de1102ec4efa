// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "TsFile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace tcpd::test {

TsFile readTsFile(const QString& path)
{
    TsFile ts;
    ts.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open: "_s + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                current = TsMessage();
                current.context = context;
                current.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
                current.line = xml.lineNumber();
            } else if (inMessage && name == u"source") {
                current.source = xml.readElementText();
            } else if (inMessage && name == u"comment") {
                current.comment = xml.readElementText();
            } else if (inMessage && name == u"translation") {
                current.type = xml.attributes().value(u"type"_s).toString();
                if (!current.numerus) {
                    current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
            } else if (inMessage && name == u"numerusform") {
                current.numerusForms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ts.messages << current;
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        ts.error = u"XML error at line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    }
    return ts;
}

QString describe(const TsFile& file, const TsMessage& m)
{
    QString source = m.source;
    source.replace(u'\n', u"\\n"_s);
    return u"%1:%2 [%3] \"%4\""_s.arg(QFileInfo(file.path).fileName()).arg(m.line).arg(m.context, source);
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(u"%(L?)([1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found << it.next().captured(0);
    }
    found.sort();
    return found;
}

QStringList htmlTags(const QString& text)
{
    static const QSet<QString> known
        = {u"a"_s,   u"b"_s,     u"big"_s, u"br"_s, u"code"_s, u"div"_s,   u"em"_s,   u"font"_s,   u"h1"_s,
           u"h2"_s,  u"h3"_s,    u"h4"_s,  u"hr"_s, u"i"_s,    u"img"_s,   u"kbd"_s,  u"li"_s,     u"nobr"_s,
           u"ol"_s,  u"p"_s,     u"pre"_s, u"qt"_s, u"s"_s,    u"small"_s, u"span"_s, u"strong"_s, u"sub"_s,
           u"sup"_s, u"table"_s, u"td"_s,  u"th"_s, u"tr"_s,   u"tt"_s,    u"u"_s,    u"ul"_s};
    static const QRegularExpression re(u"<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9]*)(?=[\\s/>])"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(2).toLower();
        if (known.contains(name)) {
            found << m.captured(1) + name;
        }
    }
    found.sort();
    return found;
}

} // namespace tcpd::test
