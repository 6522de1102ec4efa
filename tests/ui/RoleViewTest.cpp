// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Issue 23, trap 6 and the three audiences: one result, read by a home user (a short plain verdict,
// what it means for them and what to do, no protocol words unless they open the details), a helpdesk
// person (that, plus the questions to ask and a ticket summary) and an admin (all the evidence).
// Details open as a readable view (per step: what was checked, what came back); the raw JSON is one
// more click away, and copyable.

#include "LoopbackServer.h"
#include "SilentPort.h"
#include "UiTestSupport.h"
#include "Wizard.h"
#include "WizardModel.h"
#include "pages/StepPage.h"
#include "steps/Steps.h"
#include "widgets/HandshakeDiagram.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextDocumentFragment>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::test::LoopbackServer;
using tcpd::test::waitFor;
using tcpd::ui::Wizard;
using Role = tcpd::ui::WizardModel::Role;

namespace {

/// Words a home user should not meet unless they open the details.
const QStringList kProtocolWords = {u"SYN"_s, u"RST"_s, u"ACK"_s, u"ICMP"_s, u"TCP"_s, u"nftables"_s,
                                    u"iptables"_s, u"JSON"_s, u"tcpdoctor listen"_s, u"Path trace"_s,
                                    u"handshake"_s, u"MTU"_s};

QString plain(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

/// Everything a person can read on the current page without opening anything: the page's title and
/// subtitle, and every visible label, text view and button.
QString visibleText(Wizard& wizard)
{
    QWizardPage* page = wizard.currentPage();
    QStringList parts{page->title(), page->subTitle()};
    for (QLabel* l : page->findChildren<QLabel*>()) {
        if (l->isVisible()) {
            parts << plain(l->text());
        }
    }
    for (QTextBrowser* b : page->findChildren<QTextBrowser*>()) {
        if (b->isVisible()) {
            parts << b->toPlainText();
        }
    }
    for (QPlainTextEdit* e : page->findChildren<QPlainTextEdit*>()) {
        if (e->isVisible()) {
            parts << e->toPlainText();
        }
    }
    for (QAbstractButton* b : page->findChildren<QAbstractButton*>()) {
        if (b->isVisible()) {
            parts << b->text();
        }
    }
    for (auto* d : page->findChildren<tcpd::ui::HandshakeDiagram*>()) {
        if (d->isVisible()) {
            parts << d->textAlternative(); // what the drawing says
        }
    }
    return parts.join(u'\n');
}

QStringList protocolWordsIn(const QString& text)
{
    QStringList found;
    for (const QString& w : kProtocolWords) {
        const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(w) + u"\\b"_s,
                                      QRegularExpression::CaseInsensitiveOption);
        if (w == w.toUpper() ? text.contains(QRegularExpression(u"\\b"_s + w + u"\\b"_s)) : text.contains(word)) {
            found << w;
        }
    }
    return found;
}

void chooseRole(Wizard& wizard, Role role)
{
    auto* combo = wizard.findChild<QComboBox*>(u"roleCombo"_s);
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(combo->findData(static_cast<int>(role))); // the model takes it on Next
}

/// Walks step by step to the summary, handing each page's visible text to `look`.
void walkToSummary(Wizard& wizard, const QString& target, const std::function<void(int, const QString&)>& look)
{
    wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(target);
    wizard.findChild<QRadioButton*>(u"stepByStepMode"_s)->setChecked(true);
    ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
    const QVariant role = wizard.findChild<QComboBox*>(u"roleCombo"_s)->currentData();
    wizard.next();
    ASSERT_EQ(static_cast<int>(wizard.model()->role()), role.toInt());
    for (int pages = 0; wizard.currentId() != Wizard::SummaryPageId && pages < 12; ++pages) {
        ASSERT_TRUE(waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }))
            << "page " << wizard.currentId();
        look(wizard.currentId(), visibleText(wizard));
        wizard.next();
    }
    ASSERT_EQ(wizard.currentId(), Wizard::SummaryPageId);
    ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
    QApplication::processEvents();
    look(Wizard::SummaryPageId, visibleText(wizard));
}

QLabel* labelNamed(Wizard& wizard, const QString& name)
{
    return wizard.currentPage()->findChild<QLabel*>(name);
}

} // namespace

class HomeRole : public ::testing::TestWithParam<int>
{};

// Trap 6: a dropped, a refused and an open port, walked page by page as a home user.
TEST_P(HomeRole, EveryPageAndTheSummaryReadWithoutProtocolWords)
{
    tcpd::test::SilentPort silent;
    LoopbackServer open(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(silent.ok());
    ASSERT_TRUE(open.ok());
    const unsigned short port = GetParam() == 0 ? silent.port()
                              : GetParam() == 1 ? LoopbackServer::closedPort()
                                                : open.port();
    Wizard wizard;
    wizard.show();
    chooseRole(wizard, Role::Home);
    walkToSummary(wizard, u"127.0.0.1:%1"_s.arg(port), [](int page, const QString& text) {
        const QStringList words = protocolWordsIn(text);
        EXPECT_TRUE(words.isEmpty()) << "page " << page << " says " << words.join(u", "_s).toStdString() << ":\n"
                                     << text.toStdString();
    });
    const QString code = wizard.model()->report().verdict.code;
    EXPECT_EQ(code, GetParam() == 0 ? u"port.filtered"_s : GetParam() == 1 ? u"port.refused"_s : u"ok.reachable"_s);
    // The plain verdict still says something: a title, what it means, what to do.
    EXPECT_FALSE(labelNamed(wizard, u"verdictTitle"_s)->text().isEmpty());
    EXPECT_GT(labelNamed(wizard, u"verdictExplanation"_s)->text().size(), 40);
    EXPECT_TRUE(labelNamed(wizard, u"nextSteps"_s)->text().contains(u"<li>"_s));
    // ... and the technical verdict is in the details, not lost.
    wizard.currentPage()->findChild<QPushButton*>(u"detailsToggle"_s)->click();
    const QString details = wizard.currentPage()->findChild<QTextBrowser*>(u"evidenceText"_s)->toPlainText();
    EXPECT_TRUE(details.contains(wizard.model()->report().verdict.explanation.left(30))) << details.toStdString();
}

INSTANTIATE_TEST_SUITE_P(RoleView, HomeRole, ::testing::Values(0, 1, 2), [](const ::testing::TestParamInfo<int>& p) {
    return std::string(p.param == 0 ? "DroppedPort" : p.param == 1 ? "RefusedPort" : "OpenPort");
});

TEST(RoleView, DetailsAreReadableAndTheRawDataIsOneMoreClickAndCopyable)
{
    Wizard wizard;
    wizard.show();
    chooseRole(wizard, Role::Home);
    walkToSummary(wizard, u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort()), [](int, const QString&) {});
    auto* toggle = wizard.currentPage()->findChild<QPushButton*>(u"detailsToggle"_s);
    auto* details = wizard.currentPage()->findChild<QTextBrowser*>(u"evidenceText"_s);
    auto* rawToggle = wizard.currentPage()->findChild<QPushButton*>(u"rawDataToggle"_s);
    auto* raw = wizard.currentPage()->findChild<QPlainTextEdit*>(u"rawData"_s);
    auto* copy = wizard.currentPage()->findChild<QPushButton*>(u"copyRawDataButton"_s);
    ASSERT_NE(toggle, nullptr);
    ASSERT_NE(details, nullptr);
    ASSERT_NE(rawToggle, nullptr);
    ASSERT_NE(raw, nullptr);
    ASSERT_NE(copy, nullptr);
    EXPECT_FALSE(details->isVisible()) << "a home user's details start closed";
    toggle->click();
    ASSERT_TRUE(details->isVisible());
    EXPECT_TRUE(rawToggle->isVisible());
    EXPECT_FALSE(raw->isVisible()) << "the raw data is one more click away";
    const QString text = details->toPlainText();
    EXPECT_FALSE(text.contains(u'{')) << "readable, not JSON: " << text.toStdString();
    // Per step: what was checked, and what came back.
    EXPECT_TRUE(text.contains(u"Port test"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Name lookup"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"refused"_s, Qt::CaseInsensitive)) << text.toStdString();
    rawToggle->click();
    ASSERT_TRUE(raw->isVisible());
    EXPECT_GE(raw->minimumHeight(), raw->fontMetrics().height() * 8) << "not a four-line box";
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(raw->toPlainText().toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << raw->toPlainText().left(200).toStdString();
    EXPECT_EQ(doc.object().value(u"verdict"_s).toObject().value(u"code"_s).toString(), u"port.refused"_s);
    QApplication::clipboard()->clear();
    copy->click();
    EXPECT_EQ(QApplication::clipboard()->text(), raw->toPlainText());
}

TEST(RoleView, StepDetailsAreReadableWithTheRawDataOneMoreClick)
{
    Wizard wizard;
    wizard.show();
    chooseRole(wizard, Role::Home);
    wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort()));
    wizard.findChild<QRadioButton*>(u"stepByStepMode"_s)->setChecked(true);
    wizard.next();
    while (wizard.currentId() != Wizard::PortPageId) {
        ASSERT_TRUE(waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }));
        wizard.next();
    }
    ASSERT_TRUE(waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }));
    QWizardPage* page = wizard.currentPage();
    auto* toggle = page->findChild<QPushButton*>(u"stepDetailsToggle"_s);
    auto* details = page->findChild<QTextBrowser*>(u"stepEvidence"_s);
    auto* rawToggle = page->findChild<QPushButton*>(u"rawDataToggle"_s);
    auto* raw = page->findChild<QPlainTextEdit*>(u"rawData"_s);
    ASSERT_NE(toggle, nullptr);
    ASSERT_NE(details, nullptr);
    ASSERT_NE(rawToggle, nullptr);
    ASSERT_NE(raw, nullptr);
    toggle->click();
    ASSERT_TRUE(details->isVisible());
    const QString text = details->toPlainText();
    EXPECT_FALSE(text.contains(u'{')) << text.toStdString();
    EXPECT_TRUE(text.contains(u"What was checked"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"What came back"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"127.0.0.1"_s)) << text.toStdString();
    EXPECT_FALSE(raw->isVisible());
    rawToggle->click();
    EXPECT_TRUE(raw->isVisible());
    QJsonParseError error{};
    QJsonDocument::fromJson(raw->toPlainText().toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError);
}

TEST(RoleView, HelpdeskAddsTheQuestionsToAskAndATicketSummary)
{
    for (Role role : {Role::Home, Role::Helpdesk}) {
        Wizard wizard;
        wizard.show();
        chooseRole(wizard, role);
        walkToSummary(wizard, u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort()), [](int, const QString&) {});
        auto* ticket = wizard.currentPage()->findChild<QPlainTextEdit*>(u"ticketSummary"_s);
        auto* questions = labelNamed(wizard, u"summaryQuestions"_s);
        auto* copy = wizard.currentPage()->findChild<QPushButton*>(u"copySummaryButton"_s);
        ASSERT_NE(ticket, nullptr);
        ASSERT_NE(questions, nullptr);
        ASSERT_NE(copy, nullptr);
        if (role == Role::Home) {
            EXPECT_FALSE(ticket->isVisible());
            EXPECT_FALSE(questions->isVisible());
            continue;
        }
        EXPECT_TRUE(ticket->isVisible());
        EXPECT_TRUE(ticket->toPlainText().contains(u"port.refused"_s)) << ticket->toPlainText().toStdString();
        EXPECT_TRUE(copy->isVisible());
        EXPECT_TRUE(questions->isVisible());
        EXPECT_TRUE(plain(questions->text()).contains(u"ever work"_s)) << questions->text().toStdString();
        // The plain verdict is what the helpdesk person reads out to the caller.
        EXPECT_TRUE(protocolWordsIn(labelNamed(wizard, u"verdictExplanation"_s)->text()).isEmpty())
            << labelNamed(wizard, u"verdictExplanation"_s)->text().toStdString();
    }
}

TEST(RoleView, AdminSeesAllTheEvidenceAtOnce)
{
    Wizard wizard;
    wizard.show();
    chooseRole(wizard, Role::Admin);
    walkToSummary(wizard, u"127.0.0.1:%1"_s.arg(LoopbackServer::closedPort()), [](int, const QString&) {});
    const tcpd::core::Verdict& v = wizard.model()->report().verdict;
    EXPECT_EQ(labelNamed(wizard, u"verdictExplanation"_s)->text(), v.explanation) << "the technical explanation";
    auto* details = wizard.currentPage()->findChild<QTextBrowser*>(u"evidenceText"_s);
    EXPECT_TRUE(details->isVisible()) << "an admin's details start open";
    EXPECT_TRUE(details->toPlainText().contains(u"port.refused"_s));
    auto* handshake = wizard.currentPage()->findChild<tcpd::ui::HandshakeDiagram*>();
    ASSERT_NE(handshake, nullptr);
    EXPECT_TRUE(handshake->isVisible());
    // Nothing twice: the explanation shown above is not repeated in the details.
    EXPECT_FALSE(details->toPlainText().contains(v.explanation.left(40))) << details->toPlainText().toStdString();
}

// Trap 6: the explain page ended with "Code: error.refused" for everyone. The code, what the message was
// recognised from and when it happened are details: one click away, open at once for an admin.
TEST(RoleView, TheExplainPageKeepsTheCodeInTheDetails)
{
    for (Role role : {Role::Home, Role::Admin}) {
        Wizard wizard;
        wizard.show();
        chooseRole(wizard, role);
        wizard.findChild<QAbstractButton*>(u"explainPathButton"_s)->click();
        ASSERT_EQ(wizard.currentId(), Wizard::ExplainPageId);
        ASSERT_EQ(wizard.model()->role(), role);
        wizard.findChild<QPlainTextEdit*>(u"explainInput"_s)->setPlainText(u"connect ECONNREFUSED 10.0.0.5:5432"_s);
        wizard.findChild<QPushButton*>(u"explainButton"_s)->click();
        auto* details = labelNamed(wizard, u"explainDetails"_s);
        auto* toggle = wizard.currentPage()->findChild<QPushButton*>(u"explainDetailsToggle"_s);
        ASSERT_NE(details, nullptr);
        ASSERT_NE(toggle, nullptr);
        ASSERT_TRUE(details->text().contains(u"error.refused"_s));
        if (role == Role::Home) {
            EXPECT_FALSE(details->isVisible());
            EXPECT_FALSE(visibleText(wizard).contains(u"error.refused"_s));
            toggle->click();
        }
        EXPECT_TRUE(details->isVisible());
    }
}

// The step pages' and the check page's one-line result for a home user: plain for every step and status
// (a step's own summary can name the TLS handshake or an outcome code; it stays in the details).
TEST(RoleView, EveryStepsPlainResultLineHasNoProtocolWords)
{
    using tcpd::core::StepStatus;
    for (const QString& id : tcpd::core::checklistStepIds()) {
        for (StepStatus status : {StepStatus::Pass, StepStatus::Warn, StepStatus::Fail, StepStatus::Skipped, StepStatus::Error}) {
            const QString line = tcpd::ui::StepPage::plainSummary(id, status);
            EXPECT_FALSE(line.isEmpty()) << id.toStdString() << " " << int(status);
            EXPECT_TRUE(protocolWordsIn(line).isEmpty()) << line.toStdString();
        }
        tcpd::core::StepResult r;
        r.id = id;
        r.status = StepStatus::Pass;
        r.summary = u"The TLS handshake worked (TLS 1.3)."_s;
        EXPECT_EQ(tcpd::ui::StepPage::summaryFor(r, static_cast<int>(Role::Admin)), r.summary);
        EXPECT_EQ(tcpd::ui::StepPage::summaryFor(r, static_cast<int>(Role::Helpdesk)), r.summary);
        EXPECT_NE(tcpd::ui::StepPage::summaryFor(r, static_cast<int>(Role::Home)), r.summary);
    }
}
