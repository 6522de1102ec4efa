// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QToolButton>

#include <functional>

namespace tcpd::ui {

class Wizard;

/// The language chooser in the wizard's button row: a menu with "System default" first, then every
/// language tcpdoctor has texts for, each named in its own language ("Deutsch", "Français"...).
/// A choice is saved in QSettings ("ui/language", empty = the system's) and announced with
/// languageChosen(); the application installs the translators and rebuilds the window (app/main.cpp).
class LanguageButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageButton)

public:
    /// `languages`: codes ("de", "fr"); by default those of the embedded translations (:/i18n).
    explicit LanguageButton(QWidget* parent = nullptr, const QStringList& languages = embeddedLanguages());

    /// The codes of the embedded tcpdoctor_XX.qm files, sorted.
    static QStringList embeddedLanguages();
    /// The saved choice: one of `available`, or empty for the system's language (a saved value that
    /// is not a language we have is dropped, see SettingsGuard).
    static QString savedLanguage(const QStringList& available = embeddedLanguages());
    /// "Deutsch", "English", "Français": the language named in itself.
    static QString nativeName(const QString& code);

    /// The choice in effect ("" = system default): checked in the menu and shown on the button.
    QString currentChoice() const { return m_current; }
    void setCurrentChoice(const QString& code);

signals:
    void languageChosen(const QString& code);

private:
    void choose(const QString& code);

    QStringList m_languages;
    QString m_current;
};

/// Opens the wizard as a window of its own (deleted when closed), its language menu showing `choice`
/// ("" = system default). Choosing another language calls `install(code)` (app: installTranslators)
/// and opens a fresh wizard in its place, at the same position and size: every text is then built in
/// the new language, nothing is left to retranslate by hand. A check that was running is stopped.
Wizard* openWizardWindow(const QString& choice, const std::function<void(const QString&)>& install,
                         const QByteArray& geometry = QByteArray());

} // namespace tcpd::ui
