// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Issue 23, trap 9: progress that does not progress. The bar was a busy indicator (full-looking)
// while the check ran for seconds, and nothing said what was being waited for. Now each running step
// says what it waits for and the time left of its budget, from the runner's real progress.

#include "SilentPort.h"
#include "UiTestSupport.h"
#include "Wizard.h"
#include "WizardModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QRadioButton>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::test::waitFor;
using tcpd::ui::Wizard;

namespace {
void start(Wizard& wizard, unsigned short port, bool stepByStep)
{
    wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(port));
    wizard.findChild<QRadioButton*>(stepByStep ? u"stepByStepMode"_s : u"checkAllMode"_s)->setChecked(true);
    wizard.next();
}
} // namespace

TEST(Progress, CheckingEverythingSaysWhatEachStepWaitsForAndTheTimeLeft)
{
    tcpd::test::SilentPort silent;
    ASSERT_TRUE(silent.ok());
    Wizard wizard;
    wizard.show();
    start(wizard, silent.port(), false);
    ASSERT_EQ(wizard.currentId(), Wizard::CheckAllPageId);
    auto* list = wizard.currentPage()->findChild<QListWidget*>(u"stepList"_s);
    auto* bar = wizard.currentPage()->findChild<QProgressBar*>(u"progressBar"_s);
    ASSERT_NE(list, nullptr);
    ASSERT_NE(bar, nullptr);
    const QString waiting = u"Waiting for an answer from 127.0.0.1 port %1"_s.arg(silent.port());
    QString portRow;
    ASSERT_TRUE(waitFor([&] {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == u"port"_s) {
                portRow = list->item(i)->text();
            }
        }
        return portRow.contains(waiting) && portRow.contains(u"left"_s);
    }, 3000)) << portRow.toStdString();
    EXPECT_TRUE(portRow.contains(u"up to 1.5 s"_s)) << portRow.toStdString();
    ASSERT_TRUE(wizard.model()->isRunning());
    EXPECT_GT(bar->maximum(), 0) << "a bar that measures, not a busy indicator";
    EXPECT_GT(bar->value(), 0);
    EXPECT_LT(bar->value(), bar->maximum()) << "not full while the port test still waits";
    ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
}

TEST(Progress, AStepPageCountsDownWhileItWaitsAndSaysHowLongItTook)
{
    tcpd::test::SilentPort silent;
    ASSERT_TRUE(silent.ok());
    Wizard wizard;
    wizard.show();
    start(wizard, silent.port(), true);
    // The link step is done at once; its page says how long it took.
    ASSERT_TRUE(waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }));
    const auto waitLabel = [&] { return wizard.currentPage()->findChild<QLabel*>(u"stepWaiting"_s); };
    auto* took = wizard.currentPage()->findChild<QLabel*>(u"stepTook"_s);
    ASSERT_NE(took, nullptr);
    EXPECT_TRUE(took->isVisible());
    EXPECT_TRUE(took->text().startsWith(u"Finished"_s)) << took->text().toStdString();
    while (wizard.currentId() != Wizard::FirewallPageId) {
        ASSERT_TRUE(waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }));
        wizard.next();
    }
    // The firewall page waits for the port test, and says how long that may still take.
    ASSERT_TRUE(wizard.model()->isRunning());
    ASSERT_TRUE(waitFor([&] { return waitLabel()->text().contains(u"left"_s); }, 2000)) << waitLabel()->text().toStdString();
    EXPECT_TRUE(waitLabel()->text().contains(u"port test"_s)) << waitLabel()->text().toStdString();
    EXPECT_TRUE(waitLabel()->text().contains(u"127.0.0.1 port %1"_s.arg(silent.port()))) << waitLabel()->text().toStdString();
    ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
}
