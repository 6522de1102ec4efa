// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// "Check a list of endpoints": a list pasted or opened, every target checked at once on a worker,
// one row each in the list's order, the count, saving the table, Stop, and a row leading to the
// whole checklist for that target.

#include "LoopbackServer.h"
#include "SilentPort.h"
#include "UiTestSupport.h"
#include "Wizard.h"
#include "WizardModel.h"
#include "pages/BatchPage.h"
#include "report/BatchTable.h"

#include <QCommandLinkButton>
#include <QElapsedTimer>
#include <QPointer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::test::LoopbackServer;
using tcpd::test::waitFor;
using tcpd::ui::BatchPage;
using tcpd::ui::Wizard;

namespace {
BatchPage* openBatchPage(Wizard& wizard)
{
    wizard.show();
    wizard.findChild<QCommandLinkButton*>(u"batchPathButton"_s)->click();
    return qobject_cast<BatchPage*>(wizard.currentPage());
}

QString cell(BatchPage* page, int row, int column)
{
    auto* model = qobject_cast<QStandardItemModel*>(page->findChild<QTableView*>(u"batchTable"_s)->model());
    return model->item(row, column)->text();
}
} // namespace

TEST(BatchPage, ChecksEveryTargetAndKeepsTheListsOrder)
{
    LoopbackServer open(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(open.ok());
    const unsigned short closed = LoopbackServer::closedPort();
    Wizard wizard;
    BatchPage* page = openBatchPage(wizard);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(wizard.currentId(), Wizard::BatchPageId);
    page->findChild<QPlainTextEdit*>(u"batchInput"_s)
        ->setPlainText(u"# the shop's servers\n127.0.0.1:%1\n127.0.0.1:%2\nnot a target:99999\n"_s.arg(open.port()).arg(closed));
    page->findChild<QPushButton*>(u"batchRunButton"_s)->click();
    EXPECT_TRUE(page->isRunning());
    ASSERT_TRUE(waitFor([&] { return !page->isRunning(); }));
    ASSERT_EQ(page->reports().size(), 3);
    EXPECT_EQ(page->reports()[0].verdict.code, u"ok.reachable");
    EXPECT_EQ(page->reports()[1].verdict.code, u"port.refused");
    EXPECT_EQ(page->reports()[2].verdict.code, u"input.invalid");
    EXPECT_EQ(cell(page, 0, 0), u"127.0.0.1:%1"_s.arg(open.port()));
    EXPECT_EQ(cell(page, 1, 0), u"127.0.0.1:%1"_s.arg(closed));
    EXPECT_FALSE(cell(page, 1, 1).isEmpty());
    const QString count = page->findChild<QLabel*>(u"batchCount"_s)->text();
    EXPECT_TRUE(count.contains(u"3 of 3 checked: 1 reachable, 1 with a problem."_s)) << count.toStdString();
    EXPECT_TRUE(count.contains(u"Lines that are not targets: 1."_s)) << count.toStdString();
    EXPECT_TRUE(page->findChild<QPushButton*>(u"batchSaveButton"_s)->isEnabled());
}

TEST(BatchPage, AnEmptyListSaysWhatToWrite)
{
    Wizard wizard;
    BatchPage* page = openBatchPage(wizard);
    ASSERT_NE(page, nullptr);
    page->findChild<QPlainTextEdit*>(u"batchInput"_s)->setPlainText(u"# only a comment\n\n"_s);
    page->findChild<QPushButton*>(u"batchRunButton"_s)->click();
    EXPECT_FALSE(page->isRunning());
    EXPECT_TRUE(page->findChild<QLabel*>(u"batchCount"_s)->text().contains(u"no targets"_s));
}

TEST(BatchPage, StopEndsTheRunAndKeepsWhatWasFound)
{
    tcpd::test::SilentPort silent;
    ASSERT_TRUE(silent.ok());
    const unsigned short closed = LoopbackServer::closedPort();
    Wizard wizard;
    BatchPage* page = openBatchPage(wizard);
    ASSERT_NE(page, nullptr);
    page->findChild<QPlainTextEdit*>(u"batchInput"_s)
        ->setPlainText(u"127.0.0.1:%1\n127.0.0.1:%2\n"_s.arg(closed).arg(silent.port()));
    page->findChild<QPushButton*>(u"batchRunButton"_s)->click();
    // The silent port holds the run for its whole timeout; stop it well before that.
    ASSERT_TRUE(page->isRunning());
    waitFor([] { return false; }, 200);
    ASSERT_TRUE(page->isRunning()) << "the silent port cannot have timed out yet";
    page->findChild<QPushButton*>(u"batchStopButton"_s)->click();
    ASSERT_TRUE(waitFor([&] { return !page->isRunning(); }));
    ASSERT_EQ(page->reports().size(), 2) << "every line gets a row, answered or not";
    EXPECT_NE(page->reports()[1].verdict.code, u"ok.reachable");
    EXPECT_TRUE(page->findChild<QLabel*>(u"batchCount"_s)->text().contains(u"Stopped"_s));
    EXPECT_TRUE(page->findChild<QPushButton*>(u"batchRunButton"_s)->isEnabled()) << "ready to run again";
}

TEST(BatchPage, ClosingTheWindowMidRunStopsTheWorker)
{
    tcpd::test::SilentPort silent;
    ASSERT_TRUE(silent.ok());
    auto wizard = std::make_unique<Wizard>();
    BatchPage* page = openBatchPage(*wizard);
    ASSERT_NE(page, nullptr);
    page->findChild<QPlainTextEdit*>(u"batchInput"_s)->setPlainText(u"127.0.0.1:%1\n"_s.arg(silent.port()));
    page->findChild<QPushButton*>(u"batchRunButton"_s)->click();
    ASSERT_TRUE(page->isRunning());
    const QPointer<BatchPage> watched(page);
    QElapsedTimer closing;
    closing.start();
    wizard->reject();
    wizard.reset(); // cancels and joins the worker; nothing may be delivered to the dead page
    EXPECT_LT(closing.elapsed(), 10000) << "hang bound: closing waits only for the cancelled worker";
    EXPECT_TRUE(watched.isNull());
    waitFor([] { return false; }, 300); // queued answers, if any were left, would arrive now (and crash)
}

TEST(BatchPage, LoadsAListAndSavesTheTable)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const unsigned short closed = LoopbackServer::closedPort();
    {
        QFile list(dir.filePath(u"needed.txt"_s));
        ASSERT_TRUE(list.open(QIODevice::WriteOnly));
        list.write(u"127.0.0.1:%1\n"_s.arg(closed).toUtf8());
    }
    Wizard wizard;
    BatchPage* page = openBatchPage(wizard);
    ASSERT_NE(page, nullptr);
    EXPECT_FALSE(page->loadFile(dir.filePath(u"missing.txt"_s)));
    EXPECT_TRUE(page->findChild<QLabel*>(u"batchCount"_s)->text().contains(u"Cannot read"_s));
    ASSERT_TRUE(page->loadFile(dir.filePath(u"needed.txt"_s)));
    EXPECT_TRUE(page->findChild<QPlainTextEdit*>(u"batchInput"_s)->toPlainText().contains(QString::number(closed)));
    page->start();
    ASSERT_TRUE(waitFor([&] { return !page->isRunning(); }));
    QString error;
    ASSERT_TRUE(tcpd::core::writeBatchFile(page->reports(), dir.filePath(u"out.csv"_s), &error));
    QFile csv(dir.filePath(u"out.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().contains("port.refused"));
}

TEST(BatchPage, DoubleClickingARowChecksThatTargetStepByStep)
{
    const unsigned short closed = LoopbackServer::closedPort();
    Wizard wizard;
    BatchPage* page = openBatchPage(wizard);
    ASSERT_NE(page, nullptr);
    page->findChild<QPlainTextEdit*>(u"batchInput"_s)->setPlainText(u"127.0.0.1:%1\n"_s.arg(closed));
    page->start();
    ASSERT_TRUE(waitFor([&] { return !page->isRunning(); }));
    auto* table = page->findChild<QTableView*>(u"batchTable"_s);
    emit table->doubleClicked(table->model()->index(0, 1));
    EXPECT_EQ(wizard.currentId(), Wizard::LinkPageId) << "the check starts at once (issue 23, trap 8)";
    EXPECT_EQ(wizard.findChild<QLineEdit*>(u"targetEdit"_s)->text(), u"127.0.0.1:%1"_s.arg(closed));
}
