// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The wizard as a person uses it: type a target, press Next, watch the check run, read the verdict.

#include "LoopbackServer.h"
#include "Wizard.h"
#include "pages/PortTestPage.h"
#include "pages/TargetPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::test::LoopbackServer;
using tcpd::ui::Wizard;

namespace {
bool waitFor(const std::function<bool()>& condition, int ms = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return condition();
}
} // namespace

TEST(Wizard, NextIsEnabledOnlyForAValidTarget)
{
    Wizard wizard;
    wizard.show();
    auto* edit = wizard.findChild<QLineEdit*>(u"targetEdit"_s);
    auto* error = wizard.findChild<QLabel*>(u"targetError"_s);
    ASSERT_NE(edit, nullptr);
    ASSERT_NE(error, nullptr);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    edit->setText(u"example.com:99999"_s);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(error->text().contains(u"65535")) << error->text().toStdString();
    edit->setText(u"example.com:443"_s);
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST(Wizard, PortChosenFromTheServiceList)
{
    Wizard wizard;
    wizard.show();
    wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"server.example"_s);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()) << "no port yet";
    auto* combo = wizard.findChild<QComboBox*>(u"portCombo"_s);
    const int ssh = combo->findData(u"22"_s);
    ASSERT_GE(ssh, 0);
    combo->setCurrentIndex(ssh);
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_EQ(wizard.targetPage()->target().port, 22);
}

TEST(Wizard, RunsAPortTestWithoutFreezingAndShowsTheVerdict)
{
    const unsigned short closed = LoopbackServer::closedPort();
    Wizard wizard;
    wizard.show();
    wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(closed));
    wizard.next();
    auto* page = wizard.portTestPage();
    ASSERT_EQ(wizard.currentId(), Wizard::PortTestPageId);
    // The GUI thread keeps turning while the probe runs on a worker: this loop would starve otherwise.
    int turns = 0;
    ASSERT_TRUE(waitFor([&] {
        ++turns;
        return !page->isRunning() && !page->report().verdict.code.isEmpty();
    }));
    EXPECT_GT(turns, 0);
    EXPECT_EQ(page->report().verdict.code, u"port.refused");
    auto* title = wizard.findChild<QLabel*>(u"verdictTitle"_s);
    EXPECT_TRUE(title->text().contains(QString::number(closed))) << title->text().toStdString();
    EXPECT_FALSE(wizard.findChild<QLabel*>(u"nextSteps"_s)->text().isEmpty());
    auto* list = wizard.findChild<QListWidget*>(u"stepList"_s);
    ASSERT_EQ(list->count(), 5);
    EXPECT_TRUE(list->item(4)->text().contains(u"Port test"));
    EXPECT_TRUE(wizard.findChild<QPushButton*>(u"rerunButton"_s)->isVisible());
}

TEST(Wizard, ClosingMidRunCancelsTheWorkers)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    auto wizard = std::make_unique<Wizard>();
    wizard->show();
    wizard->findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(server.port()));
    wizard->next();
    wizard->reject(); // the window is closed while the check runs
    wizard.reset();   // and destroyed: no crash, no result delivered to a dead page
    QEventLoop loop;
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    SUCCEED();
}
