// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tcpd::app {

namespace {
QPointer<QTranslator> g_qt; // qtbase's texts (standard buttons)
QPointer<QTranslator> g_app; // ours

void removeInstalled()
{
    for (QPointer<QTranslator>* t : {&g_qt, &g_app}) {
        if (*t != nullptr) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}
} // namespace

QStringList availableLanguages()
{
    QStringList codes;
    const QStringList files = QDir(u":/i18n"_s).entryList({u"tcpdoctor_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        codes << file.mid(10, file.size() - 13); // tcpdoctor_XX.qm
    }
    return codes;
}

bool isAvailableLanguage(const QString& language)
{
    if (language == u"C" || language == u"POSIX") {
        return availableLanguages().contains(u"en"_s);
    }
    const QLocale asked(language);
    if (asked.language() == QLocale::C) {
        return false; // not a language code at all
    }
    for (const QString& code : availableLanguages()) {
        if (QLocale(code).language() == asked.language()) {
            return true;
        }
    }
    return false;
}

bool installTranslators(const QString& language)
{
    if (!language.isEmpty() && !isAvailableLanguage(language)) {
        return false;
    }
    removeInstalled();
    const bool english = language == u"C" || language == u"POSIX";
    const QLocale locale = language.isEmpty() ? QLocale::system() : english ? QLocale(u"en"_s) : QLocale(language);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    auto* app = new QTranslator(QCoreApplication::instance());
    // English has a .qm too: it holds the plural forms. Any language without texts falls back to it.
    if (app->load(locale, u"tcpdoctor"_s, u"_"_s, u":/i18n"_s) || app->load(u"tcpdoctor_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(app);
        g_app = app;
    } else {
        delete app;
    }
    return true;
}

} // namespace tcpd::app
