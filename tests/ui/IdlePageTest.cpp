// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// "Connections drop after a pause" (issue 21): reached from the start page with its target; real idle
// connections on loopback to servers that keep them, close them when idle, or are not there; the pauses
// with their time left, then what became of each, a verdict; Stop and Back.

#include "LoopbackServer.h"
#include "UiTestSupport.h"
#include "Wizard.h"
#include "pages/IdlePage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::test::LoopbackServer;
using tcpd::test::waitFor;
using tcpd::ui::IdlePage;
using tcpd::ui::Wizard;

namespace {
IdlePage* openIdlePage(Wizard& wizard, const QString& target = {})
{
    wizard.show();
    if (!target.isEmpty()) {
        wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(target);
    }
    wizard.findChild<QCommandLinkButton*>(u"idlePathButton"_s)->click();
    return qobject_cast<IdlePage*>(wizard.currentPage());
}

QString text(IdlePage* page, const char* name)
{
    return page->findChild<QLabel*>(QString::fromLatin1(name))->text();
}
} // namespace

TEST(IdlePage, TheStartPageLeadsThereWithItsTargetAndThePlan)
{
    Wizard wizard;
    IdlePage* page = openIdlePage(wizard, u"db.example:5432"_s);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(wizard.currentId(), Wizard::IdlePageId);
    EXPECT_EQ(page->findChild<QLineEdit*>(u"idleTarget"_s)->text(), u"db.example:5432");
    EXPECT_TRUE(page->findChild<QPushButton*>(u"idleStartButton"_s)->isEnabled());
    EXPECT_EQ(page->periods(), (QList<int>{15, 30, 60, 120, 240, 300})) << "five minutes, as the command line";
    EXPECT_TRUE(text(page, "idleProgress").contains(u"15 s, 30 s, 1 min, 2 min, 4 min, 5 min"_s))
        << text(page, "idleProgress").toStdString();
    auto* longest = page->findChild<QComboBox*>(u"idleLongest"_s);
    longest->setCurrentIndex(0); // one minute
    EXPECT_EQ(page->periods(), (QList<int>{15, 30, 60}));
}

TEST(IdlePage, ATargetThatIsNotOneSaysWhyAndCannotStart)
{
    Wizard wizard;
    IdlePage* page = openIdlePage(wizard);
    ASSERT_NE(page, nullptr);
    EXPECT_FALSE(page->findChild<QPushButton*>(u"idleStartButton"_s)->isEnabled());
    EXPECT_TRUE(text(page, "idleError").contains(u"db.example.com:5432"_s)) << text(page, "idleError").toStdString();
    page->findChild<QLineEdit*>(u"idleTarget"_s)->setText(u"db.example"_s); // no port
    EXPECT_TRUE(text(page, "idleError").startsWith(u"⚠"_s)) << text(page, "idleError").toStdString();
    page->start();
    EXPECT_FALSE(page->isRunning());
}

TEST(IdlePage, ConnectionsThatSurviveShowTheirCountdownThenOk)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    Wizard wizard;
    IdlePage* page = openIdlePage(wizard, u"127.0.0.1:%1"_s.arg(server.port()));
    ASSERT_NE(page, nullptr);
    page->setPeriods({1, 3});
    // Enter in the target box starts, and does not reach the wizard's Close.
    auto* box = page->findChild<QLineEdit*>(u"idleTarget"_s);
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(box, &enter);
    ASSERT_TRUE(page->isRunning());
    EXPECT_TRUE(wizard.isVisible());
    EXPECT_TRUE(page->findChild<QPushButton*>(u"idleStopButton"_s)->isEnabled());
    // (ui_tests load no translation, so English plural forms read "connection(s)" here)
    EXPECT_TRUE(text(page, "idleProgress").contains(u"2 connection"_s)
                && text(page, "idleProgress").contains(u"to 127.0.0.1:%1 "_s.arg(server.port())))
        << text(page, "idleProgress").toStdString();
    EXPECT_TRUE(text(page, "idleProgress").contains(u"to go"_s)) << text(page, "idleProgress").toStdString();
    // The one-second pause is decided while the other still waits.
    ASSERT_TRUE(waitFor([&] { return text(page, "idleProgress").contains(u"still worked"_s); }, 6000));
    EXPECT_TRUE(page->isRunning());
    ASSERT_TRUE(waitFor([&] { return !page->isRunning(); }, 10000));
    EXPECT_EQ(page->summary().verdict.code, u"idle.ok");
    EXPECT_EQ(text(page, "idleProgress").count(u"still worked"_s), 2) << text(page, "idleProgress").toStdString();
    EXPECT_TRUE(text(page, "idleVerdict").contains(u"survive"_s)) << text(page, "idleVerdict").toStdString();
    EXPECT_FALSE(text(page, "idleVerdict").contains(u"--max-idle"_s)) << "the window names no command-line options";
    EXPECT_FALSE(page->findChild<QPushButton*>(u"idleCheckButton"_s)->isVisible());
}

TEST(IdlePage, AServerThatClosesSilentConnectionsIsNamed)
{
    LoopbackServer server(LoopbackServer::Mode::CloseWhenIdle);
    ASSERT_TRUE(server.ok());
    Wizard wizard;
    IdlePage* page = openIdlePage(wizard, u"127.0.0.1:%1"_s.arg(server.port()));
    ASSERT_NE(page, nullptr);
    page->setPeriods({1, 3});
    page->findChild<QPushButton*>(u"idleStartButton"_s)->click();
    ASSERT_TRUE(waitFor([&] { return !page->isRunning(); }, 10000));
    EXPECT_EQ(page->summary().verdict.code, u"idle.server_closes");
    EXPECT_TRUE(text(page, "idleProgress").contains(u"closed by the server"_s)) << text(page, "idleProgress").toStdString();
}

TEST(IdlePage, NoConnectionOffersTheChecklist)
{
    const unsigned short port = LoopbackServer::closedPort();
    Wizard wizard;
    IdlePage* page = openIdlePage(wizard, u"127.0.0.1:%1"_s.arg(port));
    ASSERT_NE(page, nullptr);
    page->setPeriods({30});
    page->start();
    ASSERT_TRUE(waitFor([&] { return !page->isRunning(); }, 8000));
    EXPECT_EQ(page->summary().verdict.code, u"idle.no_connection");
    auto* check = page->findChild<QPushButton*>(u"idleCheckButton"_s);
    ASSERT_TRUE(check->isVisible());
    check->click();
    EXPECT_EQ(wizard.currentId(), Wizard::LinkPageId) << "the check starts at once, step by step";
    EXPECT_EQ(wizard.findChild<QLineEdit*>(u"targetEdit"_s)->text(), u"127.0.0.1:%1"_s.arg(port));
}

TEST(IdlePage, StopAndBackEndItAtOnce)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    Wizard wizard;
    IdlePage* page = openIdlePage(wizard, u"127.0.0.1:%1"_s.arg(server.port()));
    ASSERT_NE(page, nullptr);
    page->setPeriods({60, 120});
    page->start();
    ASSERT_TRUE(page->isRunning());
    QElapsedTimer t;
    t.start();
    page->findChild<QPushButton*>(u"idleStopButton"_s)->click();
    ASSERT_TRUE(waitFor([&] { return !page->isRunning(); }, 3000));
    EXPECT_LT(t.elapsed(), 3000);
    EXPECT_EQ(page->summary().verdict.code, u"tool.error");
    EXPECT_TRUE(text(page, "idleVerdict").contains(u"Stopped"_s)) << text(page, "idleVerdict").toStdString();

    page->start();
    ASSERT_TRUE(page->isRunning());
    wizard.back();
    ASSERT_TRUE(waitFor([&] { return !page->isRunning(); }, 3000));
    EXPECT_EQ(wizard.currentId(), Wizard::StartPageId);
}
