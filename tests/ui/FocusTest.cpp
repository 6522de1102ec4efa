// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Issue 23, trap 7: after Next, focus landed on "Show details" (the button row's first one once Next was
// disabled while the step ran), so the next Enter opened the raw evidence instead of moving on.

#include "LoopbackServer.h"
#include "UiTestSupport.h"
#include "Wizard.h"
#include "WizardModel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QImage>
#include <QRadioButton>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::test::LoopbackServer;
using tcpd::test::waitFor;
using tcpd::ui::Wizard;

TEST(Focus, WhenAStepIsDoneEnterMovesOnAndNeverOpensTheDetails)
{
    LoopbackServer server(LoopbackServer::Mode::Silent);
    ASSERT_TRUE(server.ok());
    Wizard wizard;
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setText(u"127.0.0.1:%1"_s.arg(server.port()));
    wizard.findChild<QRadioButton*>(u"stepByStepMode"_s)->setChecked(true);
    wizard.button(QWizard::NextButton)->click();
    ASSERT_EQ(wizard.currentId(), Wizard::LinkPageId);
    ASSERT_TRUE(waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }));
    QApplication::processEvents();
    QWidget* focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    EXPECT_EQ(focus, wizard.button(QWizard::NextButton)) << "focus is on " << focus->objectName().toStdString();
    auto* details = wizard.currentPage()->findChild<QAbstractButton*>(u"stepDetailsToggle"_s);
    ASSERT_NE(details, nullptr);
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(focus, &enter);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(focus, &release);
    QApplication::processEvents();
    EXPECT_FALSE(details->isChecked()) << "Enter opened the details";
    EXPECT_EQ(wizard.currentId(), Wizard::IpPageId) << "Enter moves on to the next step";
    // The next step was done before its page appeared (a fast check): the focus is on Next there too.
    ASSERT_TRUE(waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }));
    EXPECT_TRUE(waitFor([&] { return QApplication::focusWidget() == wizard.button(QWizard::NextButton); }, 2000))
        << "focus is on " << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : "");
    wizard.model()->cancel();
    ASSERT_TRUE(waitFor([&] { return !wizard.model()->isRunning(); }));
}

TEST(Focus, TheStartPagesTaskLinksShowWhereTheFocusIs)
{
    Wizard wizard;
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    auto* link = wizard.findChild<QAbstractButton*>(u"explainPathButton"_s);
    ASSERT_NE(link, nullptr);
    wizard.findChild<QLineEdit*>(u"targetEdit"_s)->setFocus();
    QApplication::processEvents();
    ASSERT_FALSE(link->hasFocus());
    const QImage without = link->grab().toImage();
    link->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    ASSERT_TRUE(link->hasFocus());
    const QImage with = link->grab().toImage();
    ASSERT_EQ(without.size(), with.size());
    // A ring: the outermost two pixels all round change, to the palette's highlight colour.
    const QColor highlight = link->palette().color(QPalette::Active, QPalette::Highlight);
    int changed = 0;
    int ring = 0;
    for (int x = 0; x < with.width(); ++x) {
        for (int y : {1, with.height() - 2}) {
            ++ring;
            if (with.pixelColor(x, y) != without.pixelColor(x, y)) {
                ++changed;
            }
        }
    }
    EXPECT_GT(changed, ring * 3 / 4) << "no visible focus ring: " << changed << " of " << ring << " edge pixels changed";
    int highlighted = 0;
    for (int x = with.width() / 4; x < with.width() * 3 / 4; ++x) {
        const QColor c = with.pixelColor(x, 1);
        if (std::abs(c.red() - highlight.red()) + std::abs(c.green() - highlight.green())
                + std::abs(c.blue() - highlight.blue()) < 60) {
            ++highlighted;
        }
    }
    EXPECT_GT(highlighted, with.width() / 4) << "the ring is in the highlight colour";
}
