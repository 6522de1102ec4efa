// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Issue 23, trap 3: Escape on the summary used to quit at once, with nothing saved; Cancel quit the app from
// any page; the check page showed "Cancel check" and "Cancel" side by side. Now a result that was not saved
// is never thrown away without asking, and each button says what it does.

#include "LoopbackServer.h"
#include "UiTestSupport.h"
#include "Wizard.h"
#include "WizardModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::test::LoopbackServer;
using tcpd::test::waitFor;
using tcpd::ui::Wizard;

namespace {
void runToSummary(Wizard& wizard)
{
    wizard.show();
    wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort()));
    wizard.findChild<QRadioButton*>(u"checkAllMode"_s)->setChecked(true);
    wizard.next();
    ASSERT_TRUE(waitFor([&] { return wizard.currentId() == Wizard::SummaryPageId && !wizard.model()->isRunning(); }));
}

void pressEscape(QWidget& w)
{
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(&w, &escape);
}

/// When the question appears, remembers its text and clicks the button named `choice`.
struct Answer {
    QString text;
    bool asked = false;
    void on(const QString& choice)
    {
        QTimer::singleShot(50, [this, choice] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box == nullptr) {
                return;
            }
            asked = true;
            text = box->text() + u' ' + box->informativeText();
            if (auto* b = box->findChild<QAbstractButton*>(choice)) {
                b->click();
            }
        });
    }
};
} // namespace

TEST(Close, EscapeOnAnUnsavedResultAsksAndKeepOpenKeepsIt)
{
    Wizard wizard;
    runToSummary(wizard);
    Answer answer;
    answer.on(u"closeKeepButton"_s);
    pressEscape(wizard);
    EXPECT_TRUE(answer.asked) << "Escape on a result that was not saved must ask first";
    EXPECT_TRUE(answer.text.contains(u"not been saved"_s)) << answer.text.toStdString();
    EXPECT_TRUE(wizard.isVisible());
    EXPECT_EQ(wizard.currentId(), Wizard::SummaryPageId);
    EXPECT_EQ(wizard.model()->report().verdict.code, u"port.refused") << "the result is still there";

    // The summary's Close button asks too, and it is the only way out there (no Quit beside it).
    EXPECT_FALSE(wizard.button(QWizard::CancelButton)->isVisible()) << "Close and Quit side by side say the same";
    answer = {};
    answer.on(u"closeKeepButton"_s);
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_TRUE(answer.asked);
    EXPECT_TRUE(wizard.isVisible());

    answer = {};
    answer.on(u"closeDiscardButton"_s);
    wizard.reject(); // the window's close box
    EXPECT_TRUE(answer.asked);
    EXPECT_FALSE(wizard.isVisible()) << "closing without saving, when asked to";
}

TEST(Close, NothingToLoseClosesWithoutAQuestion)
{
    Wizard wizard;
    wizard.show();
    Answer answer;
    answer.on(u"closeKeepButton"_s);
    pressEscape(wizard);
    QApplication::processEvents();
    EXPECT_FALSE(answer.asked);
    EXPECT_FALSE(wizard.isVisible());
}

TEST(Close, AResultSavedFromTheWindowClosesWithoutAQuestion)
{
    Wizard wizard;
    runToSummary(wizard);
    wizard.model()->markResultSaved(); // what the export dialog does after writing the file
    Answer answer;
    answer.on(u"closeKeepButton"_s);
    wizard.reject();
    QApplication::processEvents();
    EXPECT_FALSE(answer.asked);
    EXPECT_FALSE(wizard.isVisible());
}

TEST(Close, EachButtonSaysWhatItDoes)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    Wizard wizard;
    wizard.show();
    EXPECT_EQ(wizard.button(QWizard::CancelButton)->text().remove(u'&'), u"Quit"_s) << "it quits tcpdoctor, from every page";
    wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(server.port()));
    wizard.findChild<QRadioButton*>(u"checkAllMode"_s)->setChecked(true);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), Wizard::CheckAllPageId);
    QStringList cancels;
    for (const QAbstractButton* b : wizard.findChildren<QAbstractButton*>()) {
        if (b->isVisible() && b->text().contains(u"Cancel"_s, Qt::CaseInsensitive)) {
            cancels << b->text();
        }
    }
    EXPECT_TRUE(cancels.isEmpty()) << "no two buttons called Cancel: " << cancels.join(u", "_s).toStdString();
    wizard.model()->cancel();
    ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
}
