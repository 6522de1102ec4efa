// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace tcpd::core {

/// A pasted message made ready for matching.
///
///     const PreparedMessage m = prepareMessage(raw);
///     m.text   : white space runs are one space, curly quotes straight, terminal colours gone
///     m.folded : the same without accents ("refusée" -> "refusee"), what the catalog matches
struct PreparedMessage {
    QString text;
    QString folded;
    QList<qsizetype> foldedToText; ///< for each character of `folded`, its index in `text`

    /// The part of `text` that `folded.mid(start, length)` came from.
    QString textSpan(qsizetype start, qsizetype length) const;
};

/// Prepares at most `maxLength` characters of `raw` (the start is kept).
PreparedMessage prepareMessage(const QString& raw, qsizetype maxLength);

/// One catalog entry: its patterns compiled into one case-insensitive expression.
struct CatalogEntry {
    QString id; ///< "refused-text": names the entry in tests and logs
    QString code; ///< CONTRACT.md explainer code
    QString phase; ///< "dns", "handshake", "established", "local"
    QString text; ///< which texts to show (ExplainTexts.h); the code's own texts by default
    int priority = 0;
    int patternCount = 0;
    QRegularExpression regex;
};

/// Where the catalog recognised a message: the winning entry and the span that decided it.
struct CatalogMatch {
    const CatalogEntry* entry = nullptr; ///< null: nothing recognised
    qsizetype start = 0; ///< in PreparedMessage::folded
    qsizetype length = 0;
};

/// The error-message catalog: data from resources/explain/catalog.json (embedded as
/// :/explain/catalog.json), compiled once. The highest priority that matches wins; on a tie, the
/// match that comes first in the message. Spans matched by the catalog's `ignore` patterns never
/// decide (for example the ping line of Test-NetConnection).
class Catalog
{
public:
    /// The embedded catalog, parsed and compiled on first use (thread-safe). A broken catalog is
    /// logged and leaves only what could be read, so explaining never throws.
    static const Catalog& builtIn();

    /// Parses a catalog document. Every problem (bad JSON, unknown code or phase, a pattern that
    /// does not compile or that matches empty text, a text variant of another code) is appended
    /// to `errors` and the entry left out.
    static Catalog fromJson(const QByteArray& json, QStringList* errors);

    CatalogMatch match(const QString& folded) const;

    /// Entries, highest priority first (the catalog's order within one priority).
    const std::vector<CatalogEntry>& entries() const { return m_entries; }
    int patternCount() const;

private:
    std::vector<CatalogEntry> m_entries;
    QRegularExpression m_ignore;
};

/// The explainer codes of CONTRACT.md, in its order.
const QStringList& explainerCodes();

} // namespace tcpd::core
