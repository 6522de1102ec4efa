// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The physical questions (cable, router lights, other devices) as a person answers them, and what
// reaches the report.

#include "pages/PhysicalChecksWidget.h"

#include <QJsonArray>
#include <QLabel>
#include <QRadioButton>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::core::ManualCheck;
using tcpd::ui::PhysicalChecksWidget;

namespace {

QRadioButton* button(const PhysicalChecksWidget& w, const QString& name)
{
    auto* b = w.findChild<QRadioButton*>(name);
    EXPECT_NE(b, nullptr) << name.toStdString();
    return b;
}

TEST(PhysicalChecks, StartsUnansweredAndAsksThreeQuestions)
{
    PhysicalChecksWidget w;
    w.show();
    EXPECT_EQ(w.objectName(), u"physicalChecks");
    const auto a = w.answers();
    EXPECT_EQ(a.cableSeated, ManualCheck::Answer::Unknown);
    EXPECT_EQ(a.routerLights, ManualCheck::Answer::Unknown);
    EXPECT_EQ(a.otherDevicesOnline, ManualCheck::Answer::Unknown);
    for (const QString& id : PhysicalChecksWidget::questionIds()) {
        auto* q = w.findChild<QLabel*>(u"question_"_s + id);
        ASSERT_NE(q, nullptr) << id.toStdString();
        EXPECT_TRUE(q->text().endsWith(u'?')) << q->text().toStdString();
        EXPECT_TRUE(button(w, u"answer_"_s + id + u"_unknown"_s)->isChecked());
        EXPECT_FALSE(w.findChild<QLabel*>(u"hint_"_s + id)->isVisible());
    }
}

TEST(PhysicalChecks, ANoShowsWhatToDo)
{
    PhysicalChecksWidget w;
    w.show();
    int changes = 0;
    QObject::connect(&w, &PhysicalChecksWidget::answersChanged, &w, [&changes] { ++changes; });
    button(w, u"answer_cable_seated_no"_s)->click();
    EXPECT_EQ(changes, 1);
    EXPECT_EQ(w.answers().cableSeated, ManualCheck::Answer::No);
    auto* hint = w.findChild<QLabel*>(u"hint_cable_seated"_s);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(u"clicks"_s)) << hint->text().toStdString();

    button(w, u"answer_cable_seated_yes"_s)->click();
    EXPECT_EQ(w.answers().cableSeated, ManualCheck::Answer::Yes);
    EXPECT_FALSE(hint->isVisible());

    // Other devices online: the network works, so the problem is here.
    button(w, u"answer_other_devices_online_yes"_s)->click();
    auto* others = w.findChild<QLabel*>(u"hint_other_devices_online"_s);
    EXPECT_TRUE(others->isVisible());
    EXPECT_TRUE(others->text().contains(u"this computer"_s));
    EXPECT_EQ(changes, 3);
}

TEST(PhysicalChecks, AnswersReachTheReport)
{
    PhysicalChecksWidget w;
    tcpd::ui::PhysicalAnswers given;
    given.cableSeated = ManualCheck::Answer::Yes;
    given.routerLights = ManualCheck::Answer::No;
    w.setAnswers(given);
    EXPECT_TRUE(button(w, u"answer_router_lights_no"_s)->isChecked());

    tcpd::core::Report report;
    report.manualChecks = w.manualChecks();
    ASSERT_EQ(report.manualChecks.size(), 3);
    const QJsonArray json = tcpd::core::reportToJson(report).value(u"manual_checks"_s).toArray();
    ASSERT_EQ(json.size(), 3);
    const QStringList answers = {u"yes"_s, u"no"_s, u"unknown"_s};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject o = json[i].toObject();
        EXPECT_EQ(o.value(u"id"_s).toString(), PhysicalChecksWidget::questionIds().at(i));
        EXPECT_EQ(o.value(u"answer"_s).toString(), answers.at(i));
        EXPECT_FALSE(o.value(u"question"_s).toString().isEmpty());
    }
    // Without the wizard's questions the report has no such field.
    EXPECT_FALSE(tcpd::core::reportToJson(tcpd::core::Report{}).contains(u"manual_checks"_s));
}

} // namespace
