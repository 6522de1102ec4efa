// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// "I have an error message" as a person uses it: paste, explain, read, start the checklist.

#include "pages/ExplainPage.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

#include "UiTestSupport.h"

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;
using tcpd::ui::ExplainPage;

using tcpd::test::waitFor;

namespace {
struct Ui {
    explicit Ui(ExplainPage& page)
        : input(page.findChild<QPlainTextEdit*>(u"explainInput"_s))
        , button(page.findChild<QPushButton*>(u"explainButton"_s))
        , result(page.findChild<QWidget*>(u"explainResult"_s))
        , title(page.findChild<QLabel*>(u"explainTitle"_s))
        , text(page.findChild<QLabel*>(u"explainText"_s))
        , causes(page.findChild<QLabel*>(u"explainCauses"_s))
        , details(page.findChild<QLabel*>(u"explainDetails"_s))
        , target(page.findChild<QLabel*>(u"explainTarget"_s))
        , check(page.findChild<QPushButton*>(u"checkTargetButton"_s))
    {
    }
    bool complete() const { return input && button && result && title && text && causes && details && target && check; }

    QPlainTextEdit* input;
    QPushButton* button;
    QWidget* result;
    QLabel* title;
    QLabel* text;
    QLabel* causes;
    QLabel* details;
    QLabel* target;
    QPushButton* check;
};
} // namespace

TEST(ExplainPage, ExplainsAPastedMessageAndOffersItsTarget)
{
    ExplainPage page;
    page.show();
    Ui ui(page);
    ASSERT_TRUE(ui.complete());
    EXPECT_FALSE(ui.button->isEnabled()) << "nothing to explain yet";
    EXPECT_FALSE(ui.result->isVisible());

    ui.input->setPlainText(u"System.Net.Http.HttpRequestException: No connection could be made because the target "
                           "machine actively refused it. (localhost:5001)\n   at System.Net.Http.HttpConnectionPool."
                           "ConnectToTcpHostAsync(String host, Int32 port)"_s);
    EXPECT_TRUE(ui.button->isEnabled());
    ui.button->click();

    EXPECT_TRUE(ui.result->isVisible());
    EXPECT_EQ(page.explanation().code, u"error.refused");
    EXPECT_EQ(ui.title->text(), page.explanation().title);
    EXPECT_TRUE(ui.text->text().contains(u"RST")) << ui.text->text().toStdString();
    EXPECT_TRUE(ui.causes->isVisible());
    EXPECT_TRUE(ui.causes->text().contains(u"1. "));
    EXPECT_TRUE(ui.details->text().contains(u"error.refused"));
    EXPECT_TRUE(ui.details->text().contains(u"actively refused"));
    EXPECT_TRUE(ui.target->text().contains(u"localhost"));
    ASSERT_TRUE(ui.check->isVisible());

    QStringList requested;
    QObject::connect(&page, &ExplainPage::checkTargetRequested, &page,
                     [&requested](const QString& target) { requested << target; });
    ui.check->click();
    EXPECT_EQ(requested, QStringList{u"localhost:5001"_s});
}

TEST(ExplainPage, NoComputerInTheMessageMeansNoCheckButton)
{
    ExplainPage page;
    page.show();
    Ui ui(page);
    ASSERT_TRUE(ui.complete());
    page.setMessage(u"java.net.SocketTimeoutException: connect timed out"_s);
    EXPECT_EQ(page.explanation().code, u"error.timeout");
    EXPECT_TRUE(ui.result->isVisible());
    EXPECT_FALSE(ui.check->isVisible());
    EXPECT_TRUE(ui.target->isVisible()) << "it says that the message names no computer";
}

TEST(ExplainPage, AMessageThatIsNotATcpErrorGetsAPoliteAnswer)
{
    ExplainPage page;
    page.show();
    Ui ui(page);
    ASSERT_TRUE(ui.complete());
    page.setMessage(u"Segmentation fault (core dumped)"_s);
    EXPECT_EQ(page.explanation().code, u"error.unknown");
    EXPECT_TRUE(ui.result->isVisible());
    EXPECT_FALSE(ui.title->text().isEmpty());
    EXPECT_FALSE(ui.causes->isVisible());
    EXPECT_FALSE(ui.check->isVisible());
    EXPECT_TRUE(ui.details->text().contains(u"error.unknown"));
}

TEST(ExplainPage, ExplainsByItselfAMomentAfterTypingStops)
{
    ExplainPage page;
    page.show();
    Ui ui(page);
    ASSERT_TRUE(ui.complete());
    ui.input->setPlainText(u"ssh: connect to host 192.0.2.10 port 22: Connection refused"_s);
    EXPECT_FALSE(ui.result->isVisible()) << "not on every key press";
    ASSERT_TRUE(waitFor([&ui] { return ui.result->isVisible(); }, 5000));
    EXPECT_EQ(ui.check->text().contains(u"192.0.2.10:22"), true) << ui.check->text().toStdString();
    // Clearing the box clears the answer.
    ui.input->clear();
    EXPECT_FALSE(ui.result->isVisible());
    EXPECT_FALSE(ui.button->isEnabled());
}

TEST(ExplainPage, PastedTextIsShownNeverInterpreted)
{
    ExplainPage page;
    page.show();
    Ui ui(page);
    ASSERT_TRUE(ui.complete());
    page.setMessage(u"<b>curl: (7) Failed to connect to <i>x</i> port 80: Connection refused</b>"_s);
    EXPECT_EQ(ui.details->textFormat(), Qt::PlainText);
    EXPECT_TRUE(ui.details->text().contains(u"Connection refused"));
}

TEST(ExplainPage, ARevokedCertificateOffersTheCertificateCheck)
{
    ExplainPage page;
    page.show();
    Ui ui(page);
    ASSERT_TRUE(ui.complete());
    page.setMessage(u"Your connection is not private\nshop.example:8443 NET::ERR_CERT_REVOKED"_s);
    EXPECT_EQ(page.explanation().code, u"error.tls_revoked");
    ASSERT_TRUE(ui.check->isVisible());
    EXPECT_TRUE(ui.check->text().contains(u"certificate"_s)) << ui.check->text().toStdString();

    QStringList requested;
    QObject::connect(&page, &ExplainPage::checkTargetRequested, &page,
                     [&requested](const QString& target) { requested << target; });
    ui.check->click();
    // As a TLS URL, so the service step checks the certificate, as for the other certificate codes.
    EXPECT_EQ(requested, QStringList{u"https://shop.example:8443/"_s});
}
