// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// Internal to core/report: a step's evidence for people, as sentences, lists and small tables
// read from the typed evidence (core/evidence), never as a dump of the step's `data`. The HTML and
// rich-text writers lay these blocks out; the raw JSON goes to the report's appendix
// (reportJsonText).
//
//     for (const EvidenceBlock& b : stepEvidence(doc, u"link"_s)) html += render(b);

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tcpd::core::reporttext {

struct EvidenceBlock {
    enum class Kind { Sentence, List, Table };
    Kind kind = Kind::Sentence;
    QString caption;         ///< "Addresses", "Routes"; "" for none (a sentence has none)
    QStringList lines;       ///< Sentence: one line; List: one item each
    QStringList header;      ///< Table: the column titles
    QList<QStringList> rows; ///< Table: the cells; a cell with several values has one per line ('\n')
    QList<bool> keepWhole;   ///< Table: per column, cells that must never break inside (addresses, MACs)
    QString id;              ///< a stable name for the block ("interfaces", "routes"), for anchors and tests
};

/// The readable evidence of step `stepId` in the report document `doc` (reportToJson); empty for a
/// step that did not look at anything (skipped, or without data).
QList<EvidenceBlock> stepEvidence(const QJsonObject& doc, const QString& stepId);

/// The parts stepEvidence is made of (ReportEvidence.cpp: link, ip, dns; ReportEvidenceSteps.cpp: the others).
EvidenceBlock evidenceSentence(const QString& text);
/// A list; beyond a dozen items the rest is summed up in one last item (the appendix has them all).
EvidenceBlock evidenceList(const QString& id, const QString& caption, QStringList items);
QList<EvidenceBlock> proxyEvidence(const QJsonObject& doc);
QList<EvidenceBlock> firewallEvidence(const QJsonObject& doc);
QList<EvidenceBlock> portEvidence(const QJsonObject& doc);
QList<EvidenceBlock> serviceEvidence(const QJsonObject& doc);

/// The document as JSON for reading on paper or a screen: valid JSON, objects and lists on one line
/// when they fit in `width` characters, else one member (or a run of short members) a line.
QString reportJsonText(const QJsonObject& doc, int width = 100);

} // namespace tcpd::core::reporttext
