// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tcpd::app {

bool installTranslators(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty()) {
        QLocale::setDefault(locale);
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return true;
    }
    auto* app = new QTranslator(QCoreApplication::instance());
    if (app->load(locale, u"tcpdoctor"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(app);
        return true;
    }
    return language.isEmpty();
}

} // namespace tcpd::app
