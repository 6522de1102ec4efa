// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The language chooser: "System default" first, each language named in itself; a choice
// is saved and announced once.

#include "widgets/LanguageButton.h"
#include "Wizard.h"

#include "SilentPort.h"
#include "UiTestSupport.h"
#include "pages/BatchPage.h"
#include "LoopbackServer.h"
#include "WizardModel.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QPlainTextEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QTimer>
#include <QApplication>
#include <QMenu>
#include <QPointer>
#include <QSettings>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::ui::LanguageButton;

namespace {

QStringList actionTexts(const QMenu* menu)
{
    QStringList texts;
    for (const QAction* a : menu->actions()) {
        texts << (a->isSeparator() ? u"--"_s : a->text());
    }
    return texts;
}

QAction* action(const QMenu* menu, const QString& code)
{
    for (QAction* a : menu->actions()) {
        if (a->isCheckable() && a->data().toString() == code) {
            return a;
        }
    }
    return nullptr;
}

TEST(LanguageButton, ListsSystemDefaultThenEachLanguageInItsOwnName)
{
    QSettings().remove(u"ui/language"_s);
    LanguageButton button(nullptr, {u"de"_s, u"en"_s, u"es"_s, u"fr"_s});
    ASSERT_NE(button.menu(), nullptr);
    EXPECT_EQ(actionTexts(button.menu()),
              (QStringList{u"System default"_s, u"--"_s, u"Deutsch"_s, u"English"_s, u"Español"_s, u"Français"_s}));
    EXPECT_TRUE(action(button.menu(), QString())->isChecked()) << "nothing saved: the system's language";
    EXPECT_FALSE(button.toolTip().isEmpty());
}

TEST(LanguageButton, AChoiceIsSavedAndAnnouncedOnce)
{
    QSettings().remove(u"ui/language"_s);
    LanguageButton button(nullptr, {u"de"_s, u"en"_s, u"es"_s, u"fr"_s});
    QStringList chosen;
    QObject::connect(&button, &LanguageButton::languageChosen, [&chosen](const QString& code) { chosen << code; });
    action(button.menu(), u"fr"_s)->trigger();
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.at(0), u"fr"_s);
    EXPECT_EQ(QSettings().value(u"ui/language"_s).toString(), u"fr"_s);
    EXPECT_EQ(LanguageButton::savedLanguage({u"de"_s, u"fr"_s}), u"fr"_s);
    EXPECT_EQ(button.text(), u"Français"_s);
    EXPECT_TRUE(action(button.menu(), u"fr"_s)->isChecked());
    action(button.menu(), u"fr"_s)->trigger();
    EXPECT_EQ(chosen.size(), 1) << "the language in use again: nothing to rebuild";
    action(button.menu(), QString())->trigger();
    ASSERT_EQ(chosen.size(), 2);
    EXPECT_EQ(chosen.at(1), QString());
    EXPECT_EQ(LanguageButton::savedLanguage({u"de"_s, u"fr"_s}), QString());
    QSettings().remove(u"ui/language"_s);
}

TEST(LanguageButton, SitsInTheWizardsButtonRow)
{
    tcpd::ui::Wizard wizard;
    wizard.show();
    auto* button = qobject_cast<LanguageButton*>(wizard.button(QWizard::CustomButton1));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isVisible());
    EXPECT_FALSE(button->text().isEmpty());
    EXPECT_EQ(wizard.findChildren<LanguageButton*>().size(), 1);
}

TEST(LanguageButton, ChoosingALanguageRebuildsTheWindowInPlace)
{
    QStringList installed;
    QPointer<tcpd::ui::Wizard> first;
    bool oldWindowGoneAtInstall = false;
    first = tcpd::ui::openWizardWindow(u"de"_s, [&](const QString& code) {
        installed << code;
        // The translators and the default locale change only once the old window, and every check it
        // ran, is gone: QLocale::setDefault() must not race the steps' worker threads.
        oldWindowGoneAtInstall = first.isNull();
    });
    ASSERT_NE(first, nullptr);
    first->resize(800, 640);
    auto* button = first->findChild<LanguageButton*>();
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->currentChoice(), u"de"_s);
    action(button->menu(), QString())->trigger(); // "System default"
    ASSERT_TRUE(tcpd::test::waitFor([&] { return first.isNull(); }, 5000)) << "the old window is still there";
    EXPECT_EQ(installed, QStringList{QString()});
    EXPECT_TRUE(oldWindowGoneAtInstall);
    QList<tcpd::ui::Wizard*> open;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* wizard = qobject_cast<tcpd::ui::Wizard*>(w); wizard != nullptr && wizard->isVisible()) {
            open << wizard;
        }
    }
    ASSERT_EQ(open.size(), 1) << "one new window in place of the old";
    QPointer<tcpd::ui::Wizard> second = open.first();
    EXPECT_EQ(second->size(), QSize(800, 640)) << "same size as before";
    EXPECT_EQ(second->findChild<LanguageButton*>()->currentChoice(), QString());
    second->close();
    EXPECT_TRUE(tcpd::test::waitFor([&] { return second.isNull(); }, 5000)) << "a closed window is deleted";
    QSettings().remove(u"ui/language"_s);
    QSettings().remove(u"wizard/geometry"_s);
}

// Changing the language while a list is being checked: the old window stops its checks and is gone
// (its worker joined) before the translators change; the new window opens. No crash, no hang.
TEST(LanguageButton, ChangingTheLanguageWhileAListRunsStopsItFirst)
{
    tcpd::test::SilentPort silent; // holds the list's port test for its whole timeout
    ASSERT_TRUE(silent.ok());
    QPointer<tcpd::ui::Wizard> first;
    bool oldWindowGoneAtInstall = false;
    first = tcpd::ui::openWizardWindow(u"de"_s, [&](const QString&) { oldWindowGoneAtInstall = first.isNull(); });
    ASSERT_NE(first, nullptr);
    first->findChild<QCommandLinkButton*>(u"batchPathButton"_s)->click();
    auto* page = qobject_cast<tcpd::ui::BatchPage*>(first->currentPage());
    ASSERT_NE(page, nullptr);
    page->findChild<QPlainTextEdit*>(u"batchInput"_s)->setPlainText(u"127.0.0.1:%1\n"_s.arg(silent.port()));
    page->start();
    ASSERT_TRUE(page->isRunning());
    QAction* systemDefault = action(first->findChild<LanguageButton*>()->menu(), QString());
    ASSERT_NE(systemDefault, nullptr);
    systemDefault->trigger(); // (the test binary embeds no .qm files, so the menu lists only this choice)
    ASSERT_TRUE(tcpd::test::waitFor([&] { return first.isNull(); }, 10000)) << "the old window is still there";
    EXPECT_TRUE(oldWindowGoneAtInstall);
    QList<tcpd::ui::Wizard*> open;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* wizard = qobject_cast<tcpd::ui::Wizard*>(w); wizard != nullptr && wizard->isVisible()) {
            open << wizard;
        }
    }
    ASSERT_EQ(open.size(), 1);
    QPointer<tcpd::ui::Wizard> second = open.first();
    second->close();
    EXPECT_TRUE(tcpd::test::waitFor([&] { return second.isNull(); }, 5000));
    QSettings().remove(u"ui/language"_s);
    QSettings().remove(u"wizard/geometry"_s);
}

} // namespace

// Issue 23, trap 2: switching the language on a summary used to land on an empty start page (and, once
// closing asked about unsaved results, would have asked that too). The new window shows the same result,
// its verdict judged again in the new language, without a question.
TEST(LanguageButton, ChangingTheLanguageOnASummaryKeepsTheResult)
{
    const unsigned short closed = tcpd::test::LoopbackServer::closedPort();
    QPointer<tcpd::ui::Wizard> first = tcpd::ui::openWizardWindow(u"de"_s, [](const QString&) {});
    ASSERT_NE(first, nullptr);
    first->findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(closed));
    first->findChild<QRadioButton*>(u"checkAllMode"_s)->setChecked(true);
    first->next();
    ASSERT_TRUE(tcpd::test::waitFor(
        [&] { return first->currentId() == tcpd::ui::Wizard::SummaryPageId && !first->model()->isRunning(); }));
    ASSERT_EQ(first->model()->report().verdict.code, u"port.refused");
    bool asked = false;
    QTimer::singleShot(300, [&asked] { // a question would be modal: answer it so the test cannot hang
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = true;
            box->reject();
        }
    });
    action(first->findChild<LanguageButton*>()->menu(), QString())->trigger();
    ASSERT_TRUE(tcpd::test::waitFor([&] { return first.isNull(); }, 5000)) << "the old window is still there";
    EXPECT_FALSE(asked) << "a language switch is not closing: no question";
    QList<tcpd::ui::Wizard*> open;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* wizard = qobject_cast<tcpd::ui::Wizard*>(w); wizard != nullptr && wizard->isVisible()) {
            open << wizard;
        }
    }
    ASSERT_EQ(open.size(), 1);
    QPointer<tcpd::ui::Wizard> second = open.first();
    EXPECT_EQ(second->currentId(), tcpd::ui::Wizard::SummaryPageId) << "the same page";
    EXPECT_EQ(second->model()->report().verdict.code, u"port.refused") << "the same result";
    EXPECT_EQ(second->model()->report().target.port, closed);
    EXPECT_FALSE(second->findChild<QLabel*>(u"verdictTitle"_s)->text().isEmpty()) << "shown, not only kept";
    EXPECT_FALSE(second->model()->resultSaved()) << "still not saved: closing it later still asks";
    second->model()->markResultSaved();
    second->close();
    EXPECT_TRUE(tcpd::test::waitFor([&] { return second.isNull(); }, 5000));
    QSettings().remove(u"ui/language"_s);
    QSettings().remove(u"wizard/geometry"_s);
}
