// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QString>
#include <QStringList>

namespace tcpd::app {

/// The languages tcpdoctor has texts for ("de", "en", "es", "fr"), read from the embedded .qm files.
QStringList availableLanguages();

/// Whether `language` ("de", "fr_CA", "en-GB"...) names one of availableLanguages().
bool isAvailableLanguage(const QString& language);

/// Installs tcpdoctor's and Qt's own (qtbase) translators for `language`, or for the system language
/// when empty, replacing any installed before (the language can change while running), and makes
/// that language's QLocale the default so numbers, durations and dates follow it. English is loaded
/// too (its plural forms: "1 address", "3 addresses"); a system language without texts falls back to
/// English. Returns false, installing nothing, when an explicitly asked language has no texts.
bool installTranslators(const QString& language);

} // namespace tcpd::app
