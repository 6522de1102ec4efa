// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace tcpd::core {

/// The words shown for one kind of error: untranslated source texts, marked with
/// QT_TRANSLATE_NOOP in the context "Explain" (lupdate and the runtime use the same context).
/// Each code has its own texts under its name without "error." ("refused"); some codes have
/// variants a catalog entry can ask for with "text" ("read_timeout" for error.timeout).
///
///     const ExplainText* t = explainText(u"refused"_s);
///     QString title = translatedTitle(*t);
struct ExplainText {
    const char* id;
    const char* code;
    const char* title;
    const char* explanation;
    std::array<const char*, 5> causes; ///< most likely first; unused slots are nullptr
    std::array<const char*, 5> steps; ///< checklist step ids (never translated); unused slots are nullptr
};

/// The texts named `id`, or nullptr.
const ExplainText* explainText(const QString& id);

/// Every text variant (for tests and for translators' checks).
const std::vector<ExplainText>& explainTexts();

QString translatedTitle(const ExplainText& t);
QString translatedExplanation(const ExplainText& t);
QStringList translatedCauses(const ExplainText& t);
QStringList stepIds(const ExplainText& t);

/// When it went wrong, for people: "while the connection was being set up (the TCP handshake)" for
/// "handshake"; empty for an unknown phase.
QString phaseDescription(const QString& phase);

} // namespace tcpd::core
