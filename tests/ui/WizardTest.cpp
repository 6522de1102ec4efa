// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The wizard as a person uses it: type a target, choose how, press Next, read the answer.

#include "LoopbackServer.h"
#include "Wizard.h"
#include "WizardModel.h"
#include "dialogs/CompareDialog.h"
#include "pages/ExplainPage.h"
#include "pages/PhysicalChecksWidget.h"
#include "pages/StepPage.h"
#include "pages/SummaryPage.h"
#include "pages/TargetPage.h"
#include "widgets/HandshakeDiagram.h"
#include "widgets/PathDiagram.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QTemporaryDir>
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

#include "SilentPort.h"
#include "UiTestSupport.h"

#include <gtest/gtest.h>

#include <functional>
#include <memory>

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
    ASSERT_NE(path->hop(u"server"_s), nullptr);
    EXPECT_TRUE(path->hop(u"server"_s)->blamed) << "a refusal is the server's side";
    EXPECT_EQ(path->hop(u"gateway"_s), nullptr) << "a loopback target has no router on the way";
    EXPECT_EQ(path->hop(u"network"_s), nullptr) << "nor a network";
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
    const QList<int> pages = {Wizard::LinkPageId, Wizard::IpPageId, Wizard::DnsPageId, Wizard::ProxyPageId, Wizard::FirewallPageId,
                              Wizard::PortPageId, Wizard::ServicePageId};
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
    EXPECT_EQ(wizard.currentId(), Wizard::ServicePageId);
    // No check fits an unknown port: the service step is skipped, and its page does not repeat the port
    // page's ladder.
    EXPECT_EQ(wizard.model()->result(u"service"_s)->status, tcpd::core::StepStatus::Skipped);
    auto* ladder = wizard.currentPage()->findChild<tcpd::ui::HandshakeDiagram*>();
    ASSERT_NE(ladder, nullptr);
    wizard.currentPage()->findChild<QPushButton*>(u"stepDetailsToggle"_s)->click(); // where the ladder would be
    EXPECT_FALSE(ladder->isVisible());
    wizard.back();
    EXPECT_EQ(wizard.currentId(), Wizard::PortPageId);
    EXPECT_TRUE(label(wizard, u"stepStatus"_s).contains(u"OK"));
}

TEST(Wizard, TheServicePageDrawsTheLadderPastTheAck)
{
    LoopbackServer server(LoopbackServer::Mode::Banner, "HTTP/1.0 200 OK\r\nServer: test\r\n\r\n");
    ASSERT_TRUE(server.ok());
    Wizard wizard;
    wizard.show();
    chooseTarget(wizard, u"http://127.0.0.1:%1/"_s.arg(server.port()), true);
    while (wizard.currentId() != Wizard::ServicePageId && wizard.currentId() != -1) {
        ASSERT_TRUE(waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }));
        wizard.next();
    }
    ASSERT_EQ(wizard.currentId(), Wizard::ServicePageId);
    ASSERT_TRUE(waitFor([&] { return wizard.model()->result(u"service"_s) != nullptr; }));
    EXPECT_NE(wizard.model()->result(u"service"_s)->status, tcpd::core::StepStatus::Skipped);
    auto* ladder = wizard.currentPage()->findChild<tcpd::ui::HandshakeDiagram*>();
    ASSERT_NE(ladder, nullptr);
    // The drawing speaks in SYN and ACK: for the home role (the default) it comes with the details.
    ASSERT_EQ(wizard.model()->role(), tcpd::ui::WizardModel::Role::Home);
    EXPECT_FALSE(ladder->isVisible());
    wizard.currentPage()->findChild<QPushButton*>(u"stepDetailsToggle"_s)->click();
    EXPECT_TRUE(ladder->isVisible());
    // The port step's handshake, then the service step's own request and the answer.
    EXPECT_TRUE(ladder->textAlternative().contains(u"SYN-ACK"_s)) << ladder->textAlternative().toStdString();
    EXPECT_TRUE(ladder->textAlternative().contains(u"HEAD /"_s)) << ladder->textAlternative().toStdString();
    EXPECT_TRUE(ladder->textAlternative().contains(u"200"_s)) << ladder->textAlternative().toStdString();
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

// Stop pressed on each step page while the check is still running (the port test waits on a port that
// silently drops, so the run cannot have finished): the run ends as cancelled, every page gets an
// answer, nothing hangs, and Next still walks to a summary that says the check was stopped.
// The firewall page is where the port test is caught in the middle: the firewall step runs after the
// port test (it judges what the port test saw), so the firewall page waits on it; by the time the port
// page can be reached, the run has ended, so it has no "middle" to stop in.
class StopOnStepPage : public ::testing::TestWithParam<int>
{};

TEST_P(StopOnStepPage, StopsTheRunAndEveryPageStillAnswers)
{
    tcpd::test::SilentPort silent;
    ASSERT_TRUE(silent.ok());
    Wizard wizard;
    wizard.show();
    chooseTarget(wizard, u"127.0.0.1:%1"_s.arg(silent.port()), true);
    const int stopAt = GetParam();
    while (wizard.currentId() != stopAt) {
        ASSERT_TRUE(waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }))
            << "page " << wizard.currentId();
        wizard.next();
    }
    ASSERT_TRUE(wizard.model()->isRunning()) << "the port test is still waiting on page " << stopAt;
    auto* stop = wizard.currentPage()->findChild<QPushButton*>(u"stopButton"_s);
    ASSERT_NE(stop, nullptr);
    ASSERT_TRUE(waitFor([&] { return stop->isVisible(); }));
    stop->click();
    ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); })) << "the run did not stop";
    EXPECT_EQ(wizard.model()->report().verdict.code, u"tool.error");
    EXPECT_TRUE(wizard.model()->report().verdict.title.contains(u"stopped"_s))
        << wizard.model()->report().verdict.title.toStdString();
    EXPECT_TRUE(wizard.model()->report().verdict.explanation.contains(u"cancelled"_s));
    while (wizard.currentId() != Wizard::SummaryPageId) {
        ASSERT_TRUE(waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }))
            << "page " << wizard.currentId() << " never got an answer after Stop";
        EXPECT_FALSE(label(wizard, u"stepStatus"_s).isEmpty()) << "page " << wizard.currentId();
        wizard.next();
    }
    EXPECT_TRUE(label(wizard, u"verdictTitle"_s).contains(u"stopped"_s)) << label(wizard, u"verdictTitle"_s).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Wizard, StopOnStepPage,
                         ::testing::Values(Wizard::LinkPageId, Wizard::IpPageId, Wizard::DnsPageId,
                                           Wizard::ProxyPageId, Wizard::FirewallPageId),
                         [](const ::testing::TestParamInfo<int>& p) {
                             switch (p.param) {
                             case Wizard::LinkPageId: return std::string("Link");
                             case Wizard::IpPageId: return std::string("Ip");
                             case Wizard::DnsPageId: return std::string("Dns");
                             case Wizard::ProxyPageId: return std::string("Proxy");
                             default: return std::string("Firewall");
                             }
                         });

TEST(Wizard, CancelInCheckEverythingStopsTheRun)
{
    tcpd::test::SilentPort silent;
    ASSERT_TRUE(silent.ok());
    Wizard wizard;
    wizard.show();
    chooseTarget(wizard, u"127.0.0.1:%1"_s.arg(silent.port()), false);
    ASSERT_EQ(wizard.currentId(), Wizard::CheckAllPageId);
    ASSERT_TRUE(wizard.model()->isRunning());
    wizard.currentPage()->findChild<QPushButton*>(u"cancelButton"_s)->click();
    ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
    EXPECT_EQ(wizard.model()->report().verdict.code, u"tool.error");
}

TEST(Wizard, RecentNamesFeedTheDnsStepsDidYouMean)
{
    {
        Wizard wizard;
        wizard.show();
        chooseTarget(wizard, u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort()), false);
        ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
        wizard.restart();
        wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"localhost:%1"_s.arg(LoopbackServer::closedPort()));
        wizard.next();
        ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
    }
    tcpd::ui::WizardModel model;
    const QStringList names = model.knownNames();
    EXPECT_TRUE(names.contains(u"localhost"_s)) << names.join(u',').toStdString();
    EXPECT_FALSE(names.contains(u"127.0.0.1"_s)) << "addresses are not names";
}

// Polls (bounded) for a visible top-level widget of type T — a modal dialog the code under test opened
// with exec() — and hands it to `act`.
template <typename T>
void whenShown(const std::function<void(T*)>& act, int triesLeft = 200)
{
    QTimer::singleShot(50, [act, triesLeft] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* t = qobject_cast<T*>(w); t != nullptr && t->isVisible()) {
                act(t);
                return;
            }
        }
        if (triesLeft > 0) {
            whenShown<T>(act, triesLeft - 1);
        }
    });
}

TEST(SummaryPage, ComparesWithAReportSavedEarlier)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString earlier = dir.filePath(u"before.json"_s);
    auto server = std::make_unique<LoopbackServer>(LoopbackServer::Mode::Silent);
    const unsigned short port = server->port();
    Wizard wizard;
    wizard.show();
    chooseTarget(wizard, u"127.0.0.1:%1"_s.arg(port), false);
    ASSERT_TRUE(waitFor([&] { return wizard.currentId() == Wizard::SummaryPageId && !wizard.model()->isRunning(); }));
    QString error;
    ASSERT_TRUE(tcpd::core::writeReportFile(wizard.model()->report(), earlier, &error)) << error.toStdString();
    server.reset(); // the service stops; check again
    wizard.currentPage()->findChild<QPushButton*>(u"rerunButton"_s)->click();
    ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
    ASSERT_EQ(wizard.model()->report().verdict.code, u"port.refused");

    auto* compare = wizard.currentPage()->findChild<QPushButton*>(u"compareButton"_s);
    ASSERT_NE(compare, nullptr);
    ASSERT_TRUE(compare->isEnabled());
    // The button asks for the earlier report with a file dialog (what the comparison shows once a file is
    // chosen is CompareDialog's test, in ExportDialogTest.cpp: CompareDialog::forFile with such a file).
    const auto offered = std::make_shared<QString>();
    whenShown<QFileDialog>([offered](QFileDialog* files) {
        *offered = files->nameFilters().join(u';');
        files->reject();
    });
    compare->click(); // returns when the file dialog is closed
    EXPECT_TRUE(offered->contains(u"*.json"_s)) << offered->toStdString();
    tcpd::ui::CompareDialog* dialog = tcpd::ui::CompareDialog::forFile(earlier, wizard.model()->report(), &wizard, &error);
    ASSERT_NE(dialog, nullptr) << error.toStdString();
    EXPECT_TRUE(dialog->comparison().gotWorse()) << "reachable before, refused now";
    delete dialog;
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

TEST(PathDiagram, PaintsCoresHopsAndBlamesTheVerdictLayer)
{
    tcpd::core::Report r;
    r.target.host = u"nas.example"_s;
    r.target.displayHost = u"nas.example"_s;
    tcpd::core::StepResult port;
    port.id = u"port"_s;
    port.status = tcpd::core::StepStatus::Fail;
    port.data.insert(u"attempts"_s, QJsonArray{QJsonObject{{u"address"_s, u"203.0.113.2"_s}, {u"outcome"_s, u"filtered"_s}}});
    r.steps << port;
    r.verdict.code = u"port.filtered"_s;
    r.verdict.layer = u"network"_s;
    tcpd::ui::PathDiagram widget;
    widget.setReport(r);
    ASSERT_NE(widget.hop(u"network"_s), nullptr);
    EXPECT_TRUE(widget.hop(u"network"_s)->blamed);
    EXPECT_EQ(widget.hop(u"network"_s)->tone, tcpd::core::Diagram::Tone::Fail);
    EXPECT_EQ(widget.hops().last().label, u"nas.example");
    EXPECT_EQ(widget.hops(), tcpd::core::pathHops(tcpd::core::reportToJson(r))) << "the widget draws core's model";
    EXPECT_FALSE(widget.textAlternative().isEmpty());
    r.verdict.code = u"dns.nxdomain"_s;
    r.verdict.layer = u"dns"_s;
    widget.setReport(r);
    EXPECT_TRUE(widget.hop(u"dns"_s)->blamed);
    EXPECT_FALSE(widget.hop(u"network"_s)->blamed);
    const QImage painted = widget.grab().toImage();
    EXPECT_FALSE(painted.isNull());
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
    // "Check 127.0.0.1:3000 step by step" does that: the first step, not the start page to find Next on
    // (issue 23, trap 8).
    EXPECT_EQ(wizard.currentId(), Wizard::LinkPageId);
    EXPECT_EQ(wizard.model()->mode(), tcpd::ui::WizardModel::Mode::StepByStep);
    EXPECT_EQ(wizard.model()->target().port, 3000);
    EXPECT_EQ(wizard.findChild<QLineEdit*>(u"targetEdit"_s)->text(), u"127.0.0.1:3000");
}

TEST(Wizard, ACertificateErrorLeadsToTheCheckWithTls)
{
    Wizard wizard;
    wizard.show();
    wizard.findChild<QAbstractButton*>(u"explainPathButton"_s)->click();
    auto* explain = qobject_cast<tcpd::ui::ExplainPage*>(wizard.currentPage());
    ASSERT_NE(explain, nullptr);
    explain->setMessage(u"Get \"https://app.example:8443/login\": x509: certificate signed by unknown authority"_s);
    EXPECT_EQ(explain->explanation().code, u"error.tls_untrusted");
    auto* check = wizard.currentPage()->findChild<QPushButton*>(u"checkTargetButton"_s);
    ASSERT_NE(check, nullptr);
    EXPECT_TRUE(check->text().contains(u"certificate"_s)) << check->text().toStdString();
    check->click();
    EXPECT_EQ(wizard.currentId(), Wizard::LinkPageId);
    // As a TLS URL, so the service step checks the certificate.
    EXPECT_EQ(wizard.findChild<QLineEdit*>(u"targetEdit"_s)->text(), u"https://app.example:8443/");
    EXPECT_EQ(wizard.targetPage()->target().scheme, u"https");
    EXPECT_EQ(wizard.targetPage()->target().port, 8443);
}

TEST(Wizard, APortInUseLeadsToTheServerView)
{
    Wizard wizard;
    wizard.show();
    wizard.findChild<QAbstractButton*>(u"explainPathButton"_s)->click();
    auto* explain = qobject_cast<tcpd::ui::ExplainPage*>(wizard.currentPage());
    ASSERT_NE(explain, nullptr);
    explain->setMessage(u"Error: listen EADDRINUSE: address already in use :::3000"_s);
    EXPECT_EQ(explain->explanation().code, u"error.address_in_use");
    EXPECT_EQ(explain->explanation().port, 3000);
    auto* details = wizard.currentPage()->findChild<QLabel*>(u"explainDetails"_s);
    ASSERT_NE(details, nullptr);
    EXPECT_FALSE(details->text().contains(u"checklist steps"_s)) << "no checklist step looks at this";
    auto* check = wizard.currentPage()->findChild<QPushButton*>(u"checkTargetButton"_s);
    ASSERT_NE(check, nullptr);
    ASSERT_TRUE(check->isVisible());
    EXPECT_TRUE(check->text().contains(u"3000"_s)) << check->text().toStdString();
    check->click();
    ASSERT_EQ(wizard.currentId(), Wizard::ServerPageId);
    EXPECT_EQ(wizard.findChild<QLineEdit*>(u"serverPortEdit"_s)->text(), u"3000");
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

// Issue 23, trap 1: after a side page and Back, Next went to that side page again, whatever was typed.
TEST(Wizard, BackFromEverySidePageThenNextRunsTheChecklist)
{
    const unsigned short closed = LoopbackServer::closedPort();
    for (const char* link : {"explainPathButton", "serverPathButton", "batchPathButton", "watchPathButton"}) {
        Wizard wizard;
        wizard.show();
        wizard.findChild<QRadioButton*>(u"checkAllMode"_s)->setChecked(true);
        auto* button = wizard.findChild<QAbstractButton*>(QString::fromLatin1(link));
        ASSERT_NE(button, nullptr) << link;
        button->click();
        ASSERT_NE(wizard.currentId(), Wizard::StartPageId) << link << " opens its page";
        wizard.back();
        ASSERT_EQ(wizard.currentId(), Wizard::StartPageId) << link;
        wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(closed));
        wizard.next();
        EXPECT_EQ(wizard.currentId(), Wizard::CheckAllPageId) << "Back from " << link << ", then Next";
        wizard.model()->cancel();
        waitFor([&] { return !wizard.model()->isRunning(); }, 5000);
    }
}

// Issue 23, trap 4: a port chosen in the port box was lost from the recent targets (the entry was the
// bare name, and choosing it emptied the port and greyed out Next).
TEST(Wizard, ARecentTargetKeepsThePortFromThePortBox)
{
    const unsigned short closed = LoopbackServer::closedPort();
    {
        Wizard wizard;
        wizard.show();
        wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1"_s);
        wizard.findChild<QComboBox*>(u"portCombo"_s)->setCurrentText(QString::number(closed));
        wizard.findChild<QRadioButton*>(u"checkAllMode"_s)->setChecked(true);
        ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
        EXPECT_EQ(wizard.model()->report().verdict.code, u"port.refused");
    }
    Wizard wizard;
    wizard.show();
    auto* recent = wizard.findChild<QListWidget*>(u"recentTargets"_s);
    ASSERT_GE(recent->count(), 1);
    EXPECT_EQ(recent->item(0)->text(), u"127.0.0.1:%1"_s.arg(closed));
    emit recent->itemClicked(recent->item(0));
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled()) << "the recent target is complete";
}

// Issue 23, trap 5: the physical answers of an earlier run were pre-filled and went into the next
// report ("checked by hand") although nobody was asked this time.
TEST(Wizard, PhysicalAnswersStartEmptyEachRun)
{
    const unsigned short closed = LoopbackServer::closedPort();
    Wizard wizard;
    wizard.show();
    chooseTarget(wizard, u"127.0.0.1:%1"_s.arg(closed), true);
    ASSERT_EQ(wizard.currentId(), Wizard::LinkPageId);
    auto* checks = wizard.findChild<tcpd::ui::PhysicalChecksWidget*>(u"physicalChecks"_s);
    ASSERT_NE(checks, nullptr);
    wizard.currentPage()->findChild<QAbstractButton*>(u"answer_cable_seated_yes"_s)->click();
    ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
    const auto answered = [](const tcpd::core::Report& r) {
        return std::count_if(r.manualChecks.begin(), r.manualChecks.end(), [](const tcpd::core::ManualCheck& m) {
            return m.answer != tcpd::core::ManualCheck::Answer::Unknown;
        });
    };
    EXPECT_EQ(answered(wizard.model()->report()), 1) << "this run's answer is in its report";

    wizard.restart();
    chooseTarget(wizard, u"127.0.0.1:%1"_s.arg(closed), false); // everything at once: nobody is asked
    ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
    EXPECT_EQ(answered(wizard.model()->report()), 0) << "no answer carried over into the next report";
    EXPECT_EQ(checks->answers().cableSeated, tcpd::core::ManualCheck::Answer::Unknown) << "the questions start empty";
}

// Issue 23, trap 10: input that gets no word, a hint with the very mistake in it, and a port box that
// silently wins over the address.
TEST(Wizard, TheStartPageSaysWhatItWillCheckOrWhatIsMissing)
{
    Wizard wizard;
    wizard.show();
    auto* edit = wizard.findChild<QLineEdit*>(u"targetEdit"_s);
    auto* error = wizard.findChild<QLabel*>(u"targetError"_s);
    auto* port = wizard.findChild<QComboBox*>(u"portCombo"_s);
    edit->setText(u"x"_s);
    edit->clear();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_FALSE(error->text().isEmpty()) << "an empty box says what to type";

    edit->setText(u"app corp test"_s);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(error->text().contains(u"app.corp.test"_s)) << error->text().toStdString();
    EXPECT_FALSE(error->text().contains(u"example.com 443"_s)) << "the hint must not show the mistake it warns of";

    edit->setText(u"https://app.corp.test/login"_s);
    port->setCurrentText(u"3389"_s);
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(error->text().contains(u"3389"_s) && error->text().contains(u"443"_s))
        << "say that the port box wins over the address's own port: " << error->text().toStdString();
}
