// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "LanguageButton.h"

#include "SettingsGuard.h"
#include "Wizard.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QPointer>
#include <QGuiApplication>
#include <QApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {
const QString kSettingKey = u"ui/language"_s;
}

LanguageButton::LanguageButton(QWidget* parent, const QStringList& languages)
    : QToolButton(parent)
    , m_languages(languages)
{
    setObjectName(u"languageButton"_s);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setToolTip(tr("Language of the texts"));
    setAccessibleName(tr("Language"));
    auto* menu = new QMenu(this);
    menu->setObjectName(u"languageMenu"_s);
    auto* group = new QActionGroup(menu);
    auto add = [this, menu, group](const QString& text, const QString& code) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(tr("System default"), QString());
    menu->addSeparator();
    for (const QString& code : languages) {
        add(nativeName(code), code);
    }
    setMenu(menu);
    setCurrentChoice(savedLanguage(languages));
}

QStringList LanguageButton::embeddedLanguages()
{
    QStringList codes;
    const QStringList files = QDir(u":/i18n"_s).entryList({u"tcpdoctor_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        codes << file.mid(10, file.size() - 13); // tcpdoctor_XX.qm
    }
    return codes;
}

QString LanguageButton::savedLanguage(const QStringList& available)
{
    return SettingsGuard::language(kSettingKey, available);
}

QString LanguageButton::nativeName(const QString& code)
{
    const QLocale locale(code);
    // Plain names: CLDR says "American English", "español de España".
    switch (locale.language()) {
    case QLocale::C:
    case QLocale::English: return u"English"_s;
    case QLocale::German: return u"Deutsch"_s;
    case QLocale::Spanish: return u"Español"_s;
    case QLocale::French: return u"Français"_s;
    default: break;
    }
    QString name = locale.nativeLanguageName();
    if (name.isEmpty()) {
        return code;
    }
    return locale.toUpper(name.left(1)) + name.mid(1); // "français" -> "Français" in a menu
}

void LanguageButton::setCurrentChoice(const QString& code)
{
    m_current = code;
    for (QAction* action : menu()->actions()) {
        if (action->isCheckable()) {
            action->setChecked(action->data().toString() == code);
        }
    }
    // The button names the language in effect, in that language: someone who cannot read the
    // current texts still recognises the name of a language.
    QString shown = code;
    if (shown.isEmpty()) { // the system's language, or English when we have no texts for it
        shown = u"en"_s;
        for (const QString& l : m_languages) {
            if (QLocale(l).language() == QLocale().language()) {
                shown = l;
            }
        }
    }
    setText(nativeName(shown));
}

void LanguageButton::choose(const QString& code)
{
    QSettings().setValue(kSettingKey, code);
    const bool changed = code != m_current;
    setCurrentChoice(code);
    if (changed) {
        emit languageChosen(code);
    }
}

Wizard* openWizardWindow(const QString& choice, const std::function<void(const QString&)>& install,
                         const QByteArray& geometry)
{
    auto* wizard = new Wizard;
    QObject::connect(wizard, &QDialog::finished, wizard, &QObject::deleteLater);
    if (!geometry.isEmpty()) {
        wizard->restoreGeometry(geometry);
    }
    if (auto* button = wizard->findChild<LanguageButton*>()) {
        button->setCurrentChoice(choice);
        QObject::connect(button, &LanguageButton::languageChosen, wizard, [wizard, install](const QString& code) {
            // Once the menu has closed (not from inside the button's own call). The old window goes first,
            // with every check it was running stopped and its worker threads joined, and only then are the
            // translators and the default locale changed: QLocale::setDefault() must not run while other
            // threads build QLocales (the steps format numbers on their workers).
            QTimer::singleShot(0, qApp, [old = QPointer<Wizard>(wizard), install, code] {
                if (old.isNull()) {
                    return;
                }
                const QByteArray where = old->saveGeometry();
                const Wizard::Carry carry = old->carryOver(); // the result on screen goes to the new window
                const bool quitOnLast = QGuiApplication::quitOnLastWindowClosed();
                QGuiApplication::setQuitOnLastWindowClosed(false); // between the two windows, none is open
                old->closeForLanguageSwitch();
                delete old.data(); // cancels the run and joins the list page's worker
                install(code);
                openWizardWindow(code, install, where)->resume(carry);
                QGuiApplication::setQuitOnLastWindowClosed(quitOnLast);
            });
        });
    }
    wizard->show();
    return wizard;
}

} // namespace tcpd::ui
