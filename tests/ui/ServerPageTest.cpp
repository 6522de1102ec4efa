// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The server page as a person uses it: type a port, read the verdict above the table of listening
// sockets, filter and sort it, open a test listener and stop it. Offscreen; loopback only.

#include "Wizard.h"
#include "pages/ServerPage.h"
#include "LoopbackServer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTcpSocket>
#include <QTimer>

#include "UiTestSupport.h"

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;
using tcpd::test::LoopbackServer;
using tcpd::ui::ServerPage;

using tcpd::test::waitFor;

namespace {

template <typename T>
T* child(ServerPage& page, const char* name)
{
    T* w = page.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

/// The visible (filtered, sorted) rows' texts of one column.
QStringList column(QTableView* table, int c)
{
    QStringList out;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        out << table->model()->index(r, c).data().toString();
    }
    return out;
}

bool check(ServerPage& page, const QString& port)
{
    child<QLineEdit>(page, "serverPortEdit")->setText(port);
    child<QPushButton>(page, "refreshButton")->click();
    return waitFor([&] { return !page.isChecking(); });
}

} // namespace

TEST(ServerPage, ChecksAPortOnAWorkerAndShowsTheVerdictAboveTheTable)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    ServerPage page;
    page.show();
    child<QLineEdit>(page, "serverPortEdit")->setText(QString::number(server.port()));
    child<QPushButton>(page, "refreshButton")->click();
    EXPECT_TRUE(page.isChecking()) << "the check runs on a worker, not in the click";
    EXPECT_FALSE(page.isComplete());
    int turns = 0; // the GUI thread keeps turning while the worker reads the table and connects
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &page, [&turns] { ++turns; });
    ticker.start(1);
    ASSERT_TRUE(waitFor([&] { return !page.isChecking(); }));
    EXPECT_GT(turns, 0);
    EXPECT_TRUE(page.isComplete());
    EXPECT_EQ(page.report().judgement.verdict.code, u"listen.loopback_only");
    EXPECT_TRUE(child<QLabel>(page, "verdictTitle")->text().contains(u"listens only for this computer itself"))
        << child<QLabel>(page, "verdictTitle")->text().toStdString();
    EXPECT_TRUE(child<QLabel>(page, "nextSteps")->text().contains(u"0.0.0.0"));
    EXPECT_TRUE(child<QLabel>(page, "findingsText")->text().contains(u"Not checked yet: the inbound firewall"));
    auto* table = child<QTableView>(page, "socketTable");
    const int row = int(column(table, 1).indexOf(QString::number(server.port())));
    ASSERT_GE(row, 0) << "our listener is in the table";
    EXPECT_EQ(table->model()->index(row, 0).data().toString(), u"127.0.0.1");
    EXPECT_EQ(table->model()->index(row, 3).data().toString(), QString::number(QCoreApplication::applicationPid()));
    EXPECT_TRUE(table->model()->index(row, 1).data(Qt::FontRole).value<QFont>().bold())
        << "the checked port stands out";
}

TEST(ServerPage, FiltersAndSortsTheTable)
{
    LoopbackServer a(LoopbackServer::Mode::Silent);
    LoopbackServer b(LoopbackServer::Mode::Silent, {}, true);
    ASSERT_TRUE(a.ok() && b.ok());
    ServerPage page;
    page.show();
    ASSERT_TRUE(check(page, QString()));
    EXPECT_FALSE(page.report().hasVerdict) << "no port: the whole list, no verdict";
    EXPECT_TRUE(child<QLabel>(page, "verdictTitle")->text().contains(u"Every listening port"));
    auto* table = child<QTableView>(page, "socketTable");
    const QStringList ports = column(table, 1);
    EXPECT_TRUE(ports.contains(QString::number(a.port())));
    EXPECT_TRUE(ports.contains(QString::number(b.port())));

    auto* filter = child<QLineEdit>(page, "socketFilter");
    filter->setText(u"::1"_s);
    ASSERT_GE(table->model()->rowCount(), 1);
    for (const QString& address : column(table, 0)) {
        EXPECT_TRUE(address.contains(u"::1")) << address.toStdString();
    }
    EXPECT_TRUE(column(table, 1).contains(QString::number(b.port())));
    EXPECT_FALSE(column(table, 1).contains(QString::number(a.port())));
    filter->setText(u"no-such-program-anywhere"_s);
    EXPECT_EQ(table->model()->rowCount(), 0);
    filter->clear();

    table->sortByColumn(1, Qt::DescendingOrder);
    QList<int> sorted;
    for (const QString& p : column(table, 1)) {
        sorted << p.toInt();
    }
    ASSERT_GE(sorted.size(), 2);
    EXPECT_TRUE(std::is_sorted(sorted.rbegin(), sorted.rend())) << "ports sort as numbers, not as text";
}

TEST(ServerPage, BadPortIsSaidAndNothingRuns)
{
    ServerPage page;
    page.show();
    child<QLineEdit>(page, "serverPortEdit")->setText(u"99999"_s);
    child<QPushButton>(page, "refreshButton")->click();
    EXPECT_FALSE(page.isChecking());
    EXPECT_TRUE(child<QLabel>(page, "statusLabel")->text().contains(u"65535"));
}

TEST(ServerPage, TestListenerCountsDownGreetsAndStops)
{
    const unsigned short port = LoopbackServer::closedPort();
    ServerPage page;
    page.show();
    ASSERT_TRUE(check(page, QString::number(port)));
    EXPECT_EQ(page.report().judgement.verdict.code, u"listen.none");
    auto* address = child<QComboBox>(page, "testListenerAddress");
    const int loopback = address->findData(u"127.0.0.1"_s);
    ASSERT_GE(loopback, 0) << "this computer's addresses are offered";
    address->setCurrentIndex(loopback);
    child<QSpinBox>(page, "testListenerSeconds")->setValue(30);
    child<QPushButton>(page, "testListenerButton")->click();
    ASSERT_TRUE(waitFor([&] { return page.isTestListening(); }));
    auto* countdown = child<QLabel>(page, "testListenerCountdown");
    EXPECT_TRUE(waitFor([&] { return countdown->text().contains(u"closes in"); }));
    EXPECT_TRUE(child<QPushButton>(page, "stopTestListenerButton")->isVisible());

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QByteArray greeting;
    ASSERT_TRUE(waitFor([&] {
        greeting += client.readAll();
        return greeting.contains('\n');
    }));
    EXPECT_TRUE(greeting.startsWith("tcpdoctor test listener at 127.0.0.1")) << greeting.toStdString();

    bool finished = false;
    QObject::connect(&page, &ServerPage::testListenerFinished, &page, [&finished] { finished = true; });
    child<QPushButton>(page, "stopTestListenerButton")->click();
    ASSERT_TRUE(waitFor([&] { return finished; }));
    EXPECT_FALSE(page.isTestListening());
    EXPECT_TRUE(countdown->text().contains(u"stopped. 1 connection(s) arrived.")) << countdown->text().toStdString();
    QTcpSocket after;
    after.connectToHost(QHostAddress::LocalHost, port);
    EXPECT_FALSE(after.waitForConnected(2000)) << "the port is closed again";
}

TEST(ServerPage, TestListenerRefusesAPortInUse)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    ServerPage page;
    page.show();
    bool finished = false;
    QObject::connect(&page, &ServerPage::testListenerFinished, &page, [&finished] { finished = true; });
    child<QLineEdit>(page, "serverPortEdit")->setText(QString::number(server.port()));
    child<QPushButton>(page, "testListenerButton")->click();
    ASSERT_TRUE(waitFor([&] { return finished; }));
    EXPECT_FALSE(page.isTestListening());
    const QString text = child<QLabel>(page, "testListenerCountdown")->text();
    EXPECT_TRUE(text.contains(u"is in use")) << text.toStdString();
    EXPECT_TRUE(text.contains(u"pid %1"_s.arg(QCoreApplication::applicationPid()))) << text.toStdString();
}

// Enter in the port box checks that port; the wizard's default button (Close on this last page) must
// not get the key too.
TEST(ServerPage, EnterInThePortBoxChecksAndKeepsTheWindowOpen)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    tcpd::ui::Wizard wizard;
    wizard.show();
    wizard.findChild<QAbstractButton*>(u"serverPathButton"_s)->click();
    auto* page = qobject_cast<ServerPage*>(wizard.currentPage());
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(waitFor([&] { return !page->isChecking(); })); // the first look at every listener
    auto* edit = child<QLineEdit>(*page, "serverPortEdit");
    edit->setText(QString::number(server.port()));
    edit->setFocus();
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(edit, &press);
    EXPECT_TRUE(wizard.isVisible()) << "Enter in the port box closed the window";
    EXPECT_EQ(wizard.currentId(), tcpd::ui::Wizard::ServerPageId);
    EXPECT_TRUE(waitFor([&] { return !page->isChecking(); }));
}
