// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// "Watch a connection" (issue 21): reached from the start page with its target, repeated connections on
// loopback drawn as they come, statistics and a verdict, "until it works", Stop and Back, saving as CSV
// and JSON Lines and opening a saved watch again.

#include "LoopbackServer.h"
#include "UiTestSupport.h"
#include "Wizard.h"
#include "pages/WatchPage.h"
#include "widgets/WatchPlot.h"

#include <QApplication>
#include <QCheckBox>
#include <QKeyEvent>
#include <QCommandLinkButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::test::LoopbackServer;
using tcpd::test::waitFor;
using tcpd::ui::WatchPage;
using tcpd::ui::WatchPlot;
using tcpd::ui::Wizard;

namespace {
WatchPage* openWatchPage(Wizard& wizard, const QString& target = {})
{
    wizard.show();
    if (!target.isEmpty()) {
        wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(target);
    }
    wizard.findChild<QCommandLinkButton*>(u"watchPathButton"_s)->click();
    return qobject_cast<WatchPage*>(wizard.currentPage());
}

void setUp(WatchPage* page, int count, double intervalS, bool untilOpen = false)
{
    page->findChild<QSpinBox*>(u"watchCount"_s)->setValue(count);
    page->findChild<QDoubleSpinBox*>(u"watchInterval"_s)->setValue(intervalS);
    page->findChild<QCheckBox*>(u"watchUntilOpen"_s)->setChecked(untilOpen);
}

QString text(WatchPage* page, const char* name)
{
    return page->findChild<QLabel*>(QString::fromLatin1(name))->text();
}
} // namespace

TEST(WatchPage, TheStartPageLeadsThereWithItsTarget)
{
    Wizard wizard;
    WatchPage* page = openWatchPage(wizard, u"app.example:3389"_s);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(wizard.currentId(), Wizard::WatchPageId);
    EXPECT_EQ(page->findChild<QLineEdit*>(u"watchTarget"_s)->text(), u"app.example:3389");
    EXPECT_TRUE(page->findChild<QPushButton*>(u"watchStartButton"_s)->isEnabled());
}

TEST(WatchPage, ATargetThatIsNotOneSaysWhyAndCannotStart)
{
    Wizard wizard;
    WatchPage* page = openWatchPage(wizard);
    ASSERT_NE(page, nullptr);
    auto* start = page->findChild<QPushButton*>(u"watchStartButton"_s);
    EXPECT_FALSE(start->isEnabled());
    EXPECT_TRUE(text(page, "watchError").contains(u"example.com:443"_s)) << text(page, "watchError").toStdString();
    page->findChild<QLineEdit*>(u"watchTarget"_s)->setText(u"app.example:99999"_s);
    EXPECT_FALSE(start->isEnabled());
    EXPECT_TRUE(text(page, "watchError").startsWith(u"⚠"_s)) << text(page, "watchError").toStdString();
    page->start(); // Enter in the box: nothing starts
    EXPECT_FALSE(page->isRunning());
}

TEST(WatchPage, AnOpenPortIsStableAndEveryAttemptIsSaved)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    const QString target = u"127.0.0.1:%1"_s.arg(server.port());
    Wizard wizard;
    WatchPage* page = openWatchPage(wizard, target);
    ASSERT_NE(page, nullptr);
    setUp(page, 3, 0.1);
    page->findChild<QPushButton*>(u"watchStartButton"_s)->click();
    EXPECT_TRUE(page->isRunning());
    EXPECT_TRUE(page->findChild<QPushButton*>(u"watchStopButton"_s)->isEnabled());
    ASSERT_TRUE(waitFor([&] { return !page->isRunning(); }));
    ASSERT_EQ(page->attempts().size(), 3);
    EXPECT_EQ(page->summary().verdict.code, u"watch.stable");
    auto* plot = page->findChild<WatchPlot*>(u"watchPlot"_s);
    EXPECT_EQ(plot->attempts().size(), 3);
    EXPECT_EQ(plot->legendOutcomes(), QStringList{u"open"_s});
    EXPECT_GT(plot->axisMaxMs(), 0);
    EXPECT_TRUE(text(page, "watchStats").contains(u"3 of 3 connected (100 %)."_s)) << text(page, "watchStats").toStdString();
    EXPECT_TRUE(text(page, "watchVerdict").contains(u"worked every time"_s)) << text(page, "watchVerdict").toStdString();
    EXPECT_FALSE(page->findChild<QPushButton*>(u"watchCheckButton"_s)->isVisible());

    QTemporaryDir dir;
    ASSERT_TRUE(page->findChild<QPushButton*>(u"watchSaveButton"_s)->isEnabled());
    ASSERT_TRUE(page->saveFile(dir.filePath(u"watch.csv"_s)));
    QFile csv(dir.filePath(u"watch.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().trimmed().split('\n');
    ASSERT_EQ(rows.size(), 4);
    EXPECT_TRUE(rows[1].startsWith("1,")) << rows[1].constData();
    EXPECT_TRUE(rows[3].contains(",127.0.0.1,")) << rows[3].constData();
    EXPECT_TRUE(text(page, "watchStats").contains(u"3 of 3 connected"_s)) << "the statistics stay after saving";
    ASSERT_TRUE(page->saveFile(dir.filePath(u"watch.jsonl"_s)));
    EXPECT_FALSE(page->saveFile(dir.filePath(u"watch.docx"_s)));
    EXPECT_TRUE(text(page, "watchStats").contains(u".csv or .jsonl"_s)) << text(page, "watchStats").toStdString();

    // Opened again, in another window: the same attempts, statistics and verdict.
    Wizard other;
    WatchPage* again = openWatchPage(other);
    ASSERT_TRUE(again->openFile(dir.filePath(u"watch.jsonl"_s)));
    EXPECT_EQ(again->attempts().size(), 3);
    EXPECT_EQ(again->summary().verdict.code, u"watch.stable");
    EXPECT_EQ(again->summary().target, target);
    EXPECT_EQ(again->findChild<WatchPlot*>(u"watchPlot"_s)->attempts().size(), 3);
    EXPECT_FALSE(again->openFile(dir.filePath(u"watch.csv"_s))); // CSV is for spreadsheets, not read back
    EXPECT_TRUE(text(again, "watchStats").contains(u"not JSON"_s)) << text(again, "watchStats").toStdString();
    EXPECT_EQ(again->attempts().size(), 3) << "a bad file leaves the watch shown alone";
}

TEST(WatchPage, RefusedEveryTimeIsDownAndLeadsToTheChecklist)
{
    const unsigned short closed = LoopbackServer::closedPort();
    const QString target = u"127.0.0.1:%1"_s.arg(closed);
    Wizard wizard;
    WatchPage* page = openWatchPage(wizard, target);
    ASSERT_NE(page, nullptr);
    setUp(page, 2, 0.1);
    page->start();
    ASSERT_TRUE(waitFor([&] { return !page->isRunning(); }));
    EXPECT_EQ(page->summary().verdict.code, u"watch.down");
    EXPECT_EQ(page->findChild<WatchPlot*>(u"watchPlot"_s)->legendOutcomes(), QStringList{u"refused"_s});
    EXPECT_TRUE(text(page, "watchVerdict").contains(u"step by step"_s)) << "the window names its own next step";
    EXPECT_FALSE(text(page, "watchVerdict").contains(u"tcpdoctor diagnose"_s));
    auto* check = page->findChild<QPushButton*>(u"watchCheckButton"_s);
    ASSERT_TRUE(check->isVisible());
    check->click();
    EXPECT_EQ(wizard.currentId(), Wizard::LinkPageId) << "the check starts at once, step by step";
    EXPECT_EQ(wizard.findChild<QLineEdit*>(u"targetEdit"_s)->text(), target);
}

TEST(WatchPage, UntilItWorksEndsAtTheFirstConnection)
{
    const unsigned short port = LoopbackServer::closedPort(); // reserved, with SO_REUSEADDR: a listener can come
    Wizard wizard;
    WatchPage* page = openWatchPage(wizard, u"127.0.0.1:%1"_s.arg(port));
    ASSERT_NE(page, nullptr);
    setUp(page, 100, 0.1, true);
    QTcpServer late;
    QTimer::singleShot(400, &late, [&] { late.listen(QHostAddress::LocalHost, port); });
    page->start();
    ASSERT_TRUE(waitFor([&] { return !page->isRunning(); }));
    ASSERT_TRUE(late.isListening()) << late.errorString().toStdString();
    const auto& attempts = page->attempts();
    ASSERT_GE(attempts.size(), 2);
    EXPECT_LT(attempts.size(), 100) << "it stops at the first connection";
    EXPECT_EQ(attempts.last().outcome, u"open");
    EXPECT_EQ(attempts.first().outcome, u"refused");
    EXPECT_TRUE(page->summary().verdict.title.contains(u"works again"_s)) << page->summary().verdict.title.toStdString();
    EXPECT_TRUE(text(page, "watchVerdict").contains(u"works again"_s));
    EXPECT_FALSE(page->findChild<QPushButton*>(u"watchCheckButton"_s)->isVisible()) << "it works: nothing to check";
}

TEST(WatchPage, StopAndBackEndTheWatchAndKeepWhatWasSeen)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    Wizard wizard;
    WatchPage* page = openWatchPage(wizard, u"127.0.0.1:%1"_s.arg(server.port()));
    ASSERT_NE(page, nullptr);
    setUp(page, 1000, 0.2);
    page->start();
    ASSERT_TRUE(waitFor([&] { return page->attempts().size() >= 2; }));
    page->findChild<QPushButton*>(u"watchStopButton"_s)->click();
    ASSERT_TRUE(waitFor([&] { return !page->isRunning(); }, 3000)) << "Stop ends it at once";
    EXPECT_TRUE(page->summary().cancelled);
    EXPECT_GE(page->attempts().size(), 2);
    EXPECT_LT(page->attempts().size(), 1000);
    EXPECT_TRUE(text(page, "watchVerdict").contains(u"Stopped after"_s)) << text(page, "watchVerdict").toStdString();
    EXPECT_TRUE(page->findChild<QPushButton*>(u"watchSaveButton"_s)->isEnabled());

    page->start();
    ASSERT_TRUE(page->isRunning());
    wizard.back();
    EXPECT_EQ(wizard.currentId(), Wizard::StartPageId);
    EXPECT_TRUE(waitFor([&] { return !page->isRunning(); }, 3000)) << "Back ends the watch";
}

// Enter in a box of a page runs that page's action; the wizard's default button (Close on a last page)
// must not get the key too: typing a target and pressing Enter closed the window.
TEST(WatchPage, EnterInABoxStartsTheWatchAndKeepsTheWindowOpen)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    for (const char* box : {"watchTarget", "watchCount"}) {
        Wizard wizard;
        WatchPage* page = openWatchPage(wizard, u"127.0.0.1:%1"_s.arg(server.port()));
        ASSERT_NE(page, nullptr);
        setUp(page, 2, 0.1);
        auto* widget = page->findChild<QWidget*>(QString::fromLatin1(box));
        ASSERT_NE(widget, nullptr) << box;
        widget->setFocus();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(widget, &press);
        EXPECT_TRUE(wizard.isVisible()) << "Enter in " << box << " closed the window";
        EXPECT_EQ(wizard.currentId(), Wizard::WatchPageId) << box;
        EXPECT_TRUE(page->isRunning() || !page->attempts().isEmpty()) << "Enter in " << box << " starts the watch";
        waitFor([&] { return !page->isRunning(); });
    }
}
