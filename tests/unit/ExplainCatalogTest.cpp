// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The catalog as data: the embedded file is whole and valid, broken entries are reported and left
// out, and messages are prepared (accents, quotes, white space, terminal colours) before matching.

#include "explain/Catalog.h"
#include "explain/ExplainTexts.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

#include <string_view>

using namespace Qt::StringLiterals;
using namespace tcpd::core;

inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {
QByteArray embeddedCatalog()
{
    QFile file(u":/explain/catalog.json"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray oneEntry(const char* entry)
{
    return QByteArray(R"({"schema": "tcpdoctor-explain-catalog/1", "ignore": [], "entries": [)") + entry + "]}";
}
} // namespace

TEST(ExplainCatalog, TheEmbeddedCatalogIsLinkedAndValid)
{
    const QByteArray json = embeddedCatalog();
    ASSERT_FALSE(json.isEmpty()) << ":/explain/catalog.json is not linked into this program";
    QStringList errors;
    const Catalog catalog = Catalog::fromJson(json, &errors);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    EXPECT_GE(catalog.patternCount(), 300);
    // builtIn() reads the same file: nothing was left out.
    EXPECT_EQ(Catalog::builtIn().entries().size(), catalog.entries().size());
    EXPECT_EQ(Catalog::builtIn().patternCount(), catalog.patternCount());
}

TEST(ExplainCatalog, EveryCodeHasEntriesAndEveryTextIsUsed)
{
    QSet<QString> codes;
    QSet<QString> texts;
    for (const CatalogEntry& e : Catalog::builtIn().entries()) {
        codes.insert(e.code);
        texts.insert(e.text);
    }
    for (const QString& code : explainerCodes()) {
        if (code != u"error.unknown") {
            EXPECT_TRUE(codes.contains(code)) << "no catalog entry gives " << code.toStdString();
        }
    }
    for (const ExplainText& t : explainTexts()) {
        const QString id = QString::fromLatin1(t.id);
        EXPECT_TRUE(id == u"unknown" || texts.contains(id)) << "texts \"" << t.id << "\" are never shown";
        EXPECT_TRUE(explainerCodes().contains(QString::fromLatin1(t.code))) << t.id;
        const bool recognised = std::string_view(t.code) != "error.unknown";
        // A port taken on this computer is the one recognised problem no checklist step looks at: the server
        // view ("This computer is the server", `tcpdoctor listen PORT`) does.
        const bool serverSide = std::string_view(t.code) == "error.address_in_use";
        EXPECT_EQ(!stepIds(t).isEmpty(), recognised && !serverSide)
            << t.id << ": recognised codes suggest steps, others none";
        EXPECT_EQ(translatedCauses(t).isEmpty(), id == u"unknown") << t.id;
    }
}

TEST(ExplainCatalog, EntriesAreSortedByPriority)
{
    const auto& entries = Catalog::builtIn().entries();
    for (size_t i = 1; i < entries.size(); ++i) {
        EXPECT_GE(entries[i - 1].priority, entries[i].priority) << entries[i].id.toStdString();
    }
}

TEST(ExplainCatalog, BrokenEntriesAreReportedAndLeftOut)
{
    const struct {
        const char* entry;
        const char* problem;
    } broken[] = {
        {R"({"id": "a", "code": "error.refused", "phase": "handshake", "priority": 50, "patterns": ["(unclosed"]})",
         "does not compile"},
        {R"({"id": "b", "code": "error.nonsense", "phase": "handshake", "priority": 50, "patterns": ["x"]})",
         "unknown code"},
        {R"({"id": "c", "code": "error.refused", "phase": "later", "priority": 50, "patterns": ["x"]})",
         "unknown phase"},
        {R"({"id": "d", "code": "error.refused", "phase": "handshake", "priority": 50, "patterns": ["a*"]})",
         "matches empty text"},
        {R"({"id": "e", "code": "error.refused", "phase": "handshake", "priority": 50, "text": "host_key", "patterns": ["x"]})",
         "does not exist"},
        {R"({"id": "f", "code": "error.refused", "phase": "handshake", "priority": 50, "patterns": []})",
         "no patterns"},
        {R"({"code": "error.refused", "phase": "handshake", "priority": 50, "patterns": ["x"]})",
         "missing or repeated id"},
        {R"({"id": "g", "code": "error.refused", "phase": "handshake", "patterns": ["x"]})", "priority"},
    };
    for (const auto& b : broken) {
        QStringList errors;
        const Catalog c = Catalog::fromJson(oneEntry(b.entry), &errors);
        EXPECT_TRUE(c.entries().empty()) << b.entry;
        ASSERT_EQ(errors.size(), 1) << b.entry << "\n" << errors.join(u'\n').toStdString();
        EXPECT_TRUE(errors.first().contains(QLatin1String(b.problem))) << errors.first().toStdString();
    }
    QStringList errors;
    Catalog::fromJson("{ not json", &errors);
    EXPECT_EQ(errors.size(), 1);
}

TEST(ExplainCatalog, AGoodEntryMatches)
{
    QStringList errors;
    const Catalog c = Catalog::fromJson(
        oneEntry(
            R"({"id": "x", "code": "error.reset", "phase": "established", "priority": 5, "patterns": ["\\bhung up\\b"]})"),
        &errors);
    ASSERT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    ASSERT_EQ(c.entries().size(), 1u);
    EXPECT_EQ(c.entries().front().text, u"reset") << "the code's own texts by default";
    const CatalogMatch m = c.match(u"the peer HUNG UP on us"_s);
    ASSERT_NE(m.entry, nullptr);
    EXPECT_EQ(m.start, 9);
    EXPECT_EQ(m.length, 7);
    EXPECT_EQ(c.match(u"the peer hungup"_s).entry, nullptr);
}

TEST(ExplainCatalog, PreparingAMessage)
{
    const PreparedMessage m = prepareMessage(u"  \x1b[1;31mRefusée\x1b[0m\r\n\t“quoted”  l’hôte\u200b!  "_s, 1000);
    EXPECT_EQ(m.text, u"Refusée \"quoted\" l'hôte!");
    EXPECT_EQ(m.folded, u"Refusee \"quoted\" l'hote!");
    ASSERT_EQ(m.foldedToText.size(), m.folded.size());
    EXPECT_EQ(m.textSpan(0, 7), u"Refusée");
    EXPECT_EQ(m.textSpan(17, 6), u"l'hôte");
    EXPECT_EQ(prepareMessage(u"abcdef"_s, 3).text, u"abc");
    EXPECT_EQ(prepareMessage(u"e\u0301"_s, 10).folded, u"e") << "a combining accent is dropped";
    EXPECT_EQ(prepareMessage(u"Straße"_s, 10).folded, u"Straße") << "letters without an accent stay";
}
