// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The wizard as a person uses it: type a target, choose how, press Next, read the answer.

#include "LoopbackServer.h"
#include "Wizard.h"
#include "WizardModel.h"
#include "pages/ExplainPage.h"
#include "pages/StepPage.h"
#include "pages/SummaryPage.h"
#include "pages/TargetPage.h"
#include "widgets/HandshakeDiagram.h"
#include "widgets/PathDiagram.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QJsonArray>
#include <QJsonObject>

#include "UiTestSupport.h"

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;
using tcpd::test::LoopbackServer;
using tcpd::ui::Wizard;

using tcpd::test::waitFor;

namespace {
void chooseTarget(Wizard& wizard, const QString& target, bool stepByStep)
{
    wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(target);
    wizard.findChild<QRadioButton*>(stepByStep ? u"stepByStepMode"_s : u"checkAllMode"_s)->setChecked(true);
    ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
}

QString label(Wizard& wizard, const QString& name)
{
    auto* l = wizard.currentPage()->findChild<QLabel*>(name);
    return l != nullptr ? l->text() : QString();
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

TEST(Wizard, CheckEverythingRefusedEndsOnTheSummaryWithoutFreezing)
{
    const unsigned short closed = LoopbackServer::closedPort();
    Wizard wizard;
    wizard.show();
    chooseTarget(wizard, u"127.0.0.1:%1"_s.arg(closed), false);
    EXPECT_EQ(wizard.currentId(), Wizard::CheckAllPageId);
    // The GUI thread keeps turning while the probes run on workers; the page moves on by itself.
    int turns = 0;
    ASSERT_TRUE(waitFor([&] {
        ++turns;
        return wizard.currentId() == Wizard::SummaryPageId && !wizard.model()->isRunning();
    }));
    EXPECT_GT(turns, 1);
    EXPECT_EQ(wizard.model()->report().verdict.code, u"port.refused");
    EXPECT_TRUE(label(wizard, u"verdictTitle"_s).contains(QString::number(closed)));
    EXPECT_TRUE(label(wizard, u"nextSteps"_s).contains(u"<ol>"_s)) << "numbered next steps";
    auto* path = wizard.currentPage()->findChild<tcpd::ui::PathDiagram*>();
    ASSERT_NE(path, nullptr);
    ASSERT_EQ(path->hops().size(), 5);
    EXPECT_TRUE(path->hops().last().blamed) << "a refusal is the server's side";
    auto* handshake = wizard.currentPage()->findChild<tcpd::ui::HandshakeDiagram*>();
    ASSERT_NE(handshake, nullptr);
    EXPECT_TRUE(handshake->textAlternative().contains(u"RST"));
    EXPECT_FALSE(handshake->accessibleDescription().isEmpty());
}

TEST(Wizard, StepByStepWalksEveryStepToReachable)
{
    LoopbackServer server(LoopbackServer::Mode::Banner, "SSH-2.0-test\r\n");
    ASSERT_TRUE(server.ok());
    Wizard wizard;
    wizard.show();
    chooseTarget(wizard, u"127.0.0.1:%1"_s.arg(server.port()), true);
    const QList<int> pages = {Wizard::LinkPageId, Wizard::IpPageId, Wizard::DnsPageId, Wizard::FirewallPageId,
                              Wizard::PortPageId};
    for (int id : pages) {
        ASSERT_EQ(wizard.currentId(), id);
        ASSERT_TRUE(waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); })) << "page " << id;
        EXPECT_FALSE(label(wizard, u"stepStatus"_s).isEmpty()) << "page " << id << " shows a status";
        EXPECT_FALSE(wizard.currentPage()->subTitle().isEmpty()) << "page " << id << " says why";
        wizard.next();
    }
    ASSERT_EQ(wizard.currentId(), Wizard::SummaryPageId);
    ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
    EXPECT_EQ(wizard.model()->report().verdict.code, u"ok.reachable");
    // Back keeps the state: the port page still shows its result.
    wizard.back();
    EXPECT_EQ(wizard.currentId(), Wizard::PortPageId);
    EXPECT_TRUE(label(wizard, u"stepStatus"_s).contains(u"OK"));
}

TEST(Wizard, HelpdeskSeesTheQuestionsToAskTheCaller)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    Wizard wizard;
    wizard.show();
    auto* role = wizard.findChild<QComboBox*>(u"roleCombo"_s);
    role->setCurrentIndex(role->findData(static_cast<int>(tcpd::ui::WizardModel::Role::Helpdesk)));
    chooseTarget(wizard, u"127.0.0.1:%1"_s.arg(server.port()), true);
    ASSERT_EQ(wizard.currentId(), Wizard::LinkPageId);
    auto* questions = wizard.currentPage()->findChild<QLabel*>(u"callerQuestions"_s);
    ASSERT_NE(questions, nullptr);
    EXPECT_TRUE(questions->isVisible());
    EXPECT_TRUE(questions->text().contains(u"cable"_s));
    wizard.reject();
}

TEST(Wizard, RecentTargetsAreOfferedAndFillTheBoxes)
{
    const unsigned short closed = LoopbackServer::closedPort();
    const QString target = u"127.0.0.1:%1"_s.arg(closed);
    {
        Wizard wizard;
        wizard.show();
        chooseTarget(wizard, target, false);
        ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
    }
    Wizard wizard;
    wizard.show();
    auto* recent = wizard.findChild<QListWidget*>(u"recentTargets"_s);
    ASSERT_NE(recent, nullptr);
    ASSERT_GE(recent->count(), 1);
    EXPECT_EQ(recent->item(0)->text(), target);
    emit recent->itemClicked(recent->item(0));
    EXPECT_EQ(wizard.findChild<QLineEdit*>(u"targetEdit"_s)->text(), target);
}

TEST(Wizard, CheckAgainShowsWhatChanged)
{
    auto server = std::make_unique<LoopbackServer>(LoopbackServer::Mode::Silent);
    const unsigned short port = server->port();
    Wizard wizard;
    wizard.show();
    chooseTarget(wizard, u"127.0.0.1:%1"_s.arg(port), false);
    ASSERT_TRUE(waitFor([&] { return wizard.currentId() == Wizard::SummaryPageId && !wizard.model()->isRunning(); }));
    EXPECT_EQ(wizard.model()->report().verdict.code, u"ok.reachable");
    server.reset(); // the service stops
    wizard.currentPage()->findChild<QPushButton*>(u"rerunButton"_s)->click();
    ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
    EXPECT_EQ(wizard.model()->report().verdict.code, u"port.refused");
    auto* changes = wizard.currentPage()->findChild<QLabel*>(u"changesSinceLastRun"_s);
    ASSERT_NE(changes, nullptr);
    EXPECT_TRUE(changes->text().contains(u"Port test"_s)) << changes->text().toStdString();
}

TEST(Wizard, ClosingMidRunCancelsTheWorkers)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    auto wizard = std::make_unique<Wizard>();
    wizard->show();
    chooseTarget(*wizard, u"127.0.0.1:%1"_s.arg(server.port()), true);
    EXPECT_TRUE(wizard->model()->isRunning());
    wizard->reject(); // the window is closed while the check runs
    wizard.reset();   // and destroyed: no crash, no result delivered to a dead page
    QEventLoop loop;
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    SUCCEED();
}

TEST(SummaryPage, ChangesBetweenRuns)
{
    tcpd::core::Report before;
    before.target.host = u"a.example"_s;
    before.target.port = 80;
    before.verdict.code = u"ok.reachable"_s;
    before.verdict.title = u"reachable"_s;
    tcpd::core::StepResult port;
    port.id = u"port"_s;
    port.status = tcpd::core::StepStatus::Pass;
    before.steps << port;
    tcpd::core::Report after = before;
    EXPECT_TRUE(tcpd::ui::SummaryPage::changesBetween(before, after).isEmpty());
    after.verdict.code = u"port.refused"_s;
    after.verdict.title = u"refused"_s;
    after.steps[0].status = tcpd::core::StepStatus::Fail;
    const QStringList changes = tcpd::ui::SummaryPage::changesBetween(before, after);
    ASSERT_EQ(changes.size(), 2);
    EXPECT_TRUE(changes[0].contains(u"refused"_s));
    after.target.port = 81; // another target: nothing to compare
    EXPECT_TRUE(tcpd::ui::SummaryPage::changesBetween(before, after).isEmpty());
}

TEST(PathDiagram, BlamesTheHopOfTheVerdictLayer)
{
    tcpd::core::Report r;
    r.target.displayHost = u"nas.example"_s;
    tcpd::core::StepResult port;
    port.id = u"port"_s;
    port.status = tcpd::core::StepStatus::Fail;
    port.data.insert(u"attempts"_s, QJsonArray{QJsonObject{{u"outcome"_s, u"filtered"_s}}});
    r.steps << port;
    r.verdict.code = u"port.filtered"_s;
    r.verdict.layer = u"network"_s;
    auto hops = tcpd::ui::PathDiagram::hopsFor(r);
    ASSERT_EQ(hops.size(), 5);
    EXPECT_EQ(hops[3].id, u"network");
    EXPECT_TRUE(hops[3].blamed);
    EXPECT_EQ(hops[3].state, tcpd::ui::PathDiagram::State::Bad);
    EXPECT_EQ(hops[4].label, u"nas.example");
    r.verdict.code = u"dns.nxdomain"_s;
    r.verdict.layer = u"dns"_s;
    hops = tcpd::ui::PathDiagram::hopsFor(r);
    EXPECT_TRUE(hops[2].blamed);
    EXPECT_FALSE(hops[3].blamed);
}

TEST(Wizard, AnErrorMessageIsExplainedAndLeadsBackToTheCheck)
{
    Wizard wizard;
    wizard.show();
    wizard.findChild<QAbstractButton*>(u"explainPathButton"_s)->click();
    ASSERT_EQ(wizard.currentId(), Wizard::ExplainPageId);
    auto* explain = qobject_cast<tcpd::ui::ExplainPage*>(wizard.currentPage());
    ASSERT_NE(explain, nullptr);
    explain->setMessage(u"Error: connect ECONNREFUSED 127.0.0.1:3000"_s);
    EXPECT_EQ(explain->explanation().code, u"error.refused");
    auto* check = wizard.currentPage()->findChild<QPushButton*>(u"checkTargetButton"_s);
    ASSERT_NE(check, nullptr);
    ASSERT_TRUE(check->isEnabled());
    check->click();
    EXPECT_EQ(wizard.currentId(), Wizard::StartPageId);
    EXPECT_EQ(wizard.findChild<QLineEdit*>(u"targetEdit"_s)->text(), u"127.0.0.1:3000");
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST(Wizard, TheServerPathOpensTheServerPage)
{
    Wizard wizard;
    wizard.show();
    wizard.findChild<QAbstractButton*>(u"serverPathButton"_s)->click();
    EXPECT_EQ(wizard.currentId(), Wizard::ServerPageId);
    wizard.back();
    EXPECT_EQ(wizard.currentId(), Wizard::StartPageId);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()) << "no target typed yet";
}
