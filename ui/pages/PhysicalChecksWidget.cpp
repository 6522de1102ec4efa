// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "PhysicalChecksWidget.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {
using Answer = core::ManualCheck::Answer;

constexpr int kYes = 1;
constexpr int kNo = 2;
constexpr int kUnknown = 0;

/// What to do after an answer, or "" when the answer needs no comment.
QString hintFor(const QString& id, Answer a)
{
    if (id == u"cable_seated" && a == Answer::No) {
        return PhysicalChecksWidget::tr(
            "Push the network cable in until it clicks, at both ends (this computer and "
            "the router or wall socket). On Wi-Fi, choose your network in the network menu.");
    }
    if (id == u"router_lights" && a == Answer::No) {
        return PhysicalChecksWidget::tr(
            "Switch the router off, wait 30 seconds, switch it on again and wait two minutes. "
            "If the internet light stays off or red, call your internet provider.");
    }
    if (id == u"other_devices_online" && a == Answer::No) {
        return PhysicalChecksWidget::tr(
            "If no device gets online, the router or the internet connection is the problem, "
            "not this computer: restart the router, or call your internet provider.");
    }
    if (id == u"other_devices_online" && a == Answer::Yes) {
        return PhysicalChecksWidget::tr("Then the network itself works: the problem is on this computer, or only with "
                                        "what you are trying to reach.");
    }
    return {};
}
} // namespace

PhysicalChecksWidget::PhysicalChecksWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"physicalChecks"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Some things only you can check. Have a look, then answer:"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    addQuestion(u"cable_seated"_s,
                tr("Is the network cable plugged in firmly at both ends (or, on Wi-Fi, is this computer connected to "
                   "your Wi-Fi network)?"),
                tr("Follow the cable from this computer to the router or wall socket and press both plugs in."));
    addQuestion(u"router_lights"_s, tr("Are the lights on the router or modem on as usual?"),
                tr("Usually the power and internet lights are on (green or white); a red or dark internet light means "
                   "no internet connection."));
    addQuestion(u"other_devices_online"_s,
                tr("Do other devices on the same network (for example a phone on the same Wi-Fi) get online?"),
                tr("Open a well-known website on another device connected to the same router."));
    layout->addStretch(1);
}

QStringList PhysicalChecksWidget::questionIds()
{
    return {u"cable_seated"_s, u"router_lights"_s, u"other_devices_online"_s};
}

void PhysicalChecksWidget::addQuestion(const QString& id, const QString& question, const QString& howToCheck)
{
    auto* box = new QGroupBox(this);
    box->setObjectName(u"box_"_s + id);
    auto* v = new QVBoxLayout(box);
    Question q;
    q.id = id;
    q.text = new QLabel(question, box);
    q.text->setObjectName(u"question_"_s + id);
    q.text->setWordWrap(true);
    q.text->setToolTip(howToCheck);
    v->addWidget(q.text);
    auto* how = new QLabel(howToCheck, box);
    how->setWordWrap(true);
    how->setEnabled(false); // shown greyed: help, not a question
    v->addWidget(how);

    auto* row = new QHBoxLayout;
    q.group = new QButtonGroup(box);
    const std::pair<int, QString> choices[] = {{kYes, tr("Yes")}, {kNo, tr("No")}, {kUnknown, tr("I don't know")}};
    for (const auto& [value, label] : choices) {
        auto* b = new QRadioButton(label, box);
        b->setObjectName(u"answer_"_s + id + (value == kYes ? u"_yes"_s : value == kNo ? u"_no"_s : u"_unknown"_s));
        q.group->addButton(b, value);
        row->addWidget(b);
        if (value == kUnknown) {
            b->setChecked(true);
        }
    }
    row->addStretch(1);
    v->addLayout(row);

    q.hint = new QLabel(box);
    q.hint->setObjectName(u"hint_"_s + id);
    q.hint->setWordWrap(true);
    q.hint->setVisible(false);
    v->addWidget(q.hint);
    layout()->addWidget(box);

    const int index = static_cast<int>(m_questions.size());
    m_questions << q;
    connect(q.group, &QButtonGroup::idToggled, this, [this, index](int, bool checked) {
        if (checked) {
            updateHint(index);
            emit answersChanged();
        }
    });
}

Answer PhysicalChecksWidget::answerOf(int index) const
{
    switch (m_questions.at(index).group->checkedId()) {
    case kYes: return Answer::Yes;
    case kNo: return Answer::No;
    default: return Answer::Unknown;
    }
}

void PhysicalChecksWidget::setAnswerOf(int index, Answer answer)
{
    const int id = answer == Answer::Yes ? kYes : answer == Answer::No ? kNo : kUnknown;
    if (QAbstractButton* b = m_questions.at(index).group->button(id)) {
        b->setChecked(true);
    }
    updateHint(index);
}

void PhysicalChecksWidget::updateHint(int index)
{
    const Question& q = m_questions.at(index);
    const QString hint = hintFor(q.id, answerOf(index));
    q.hint->setText(hint);
    q.hint->setVisible(!hint.isEmpty());
}

PhysicalAnswers PhysicalChecksWidget::answers() const
{
    PhysicalAnswers a;
    a.cableSeated = answerOf(0);
    a.routerLights = answerOf(1);
    a.otherDevicesOnline = answerOf(2);
    return a;
}

void PhysicalChecksWidget::setAnswers(const PhysicalAnswers& answers)
{
    setAnswerOf(0, answers.cableSeated);
    setAnswerOf(1, answers.routerLights);
    setAnswerOf(2, answers.otherDevicesOnline);
}

QList<core::ManualCheck> PhysicalChecksWidget::manualChecks() const
{
    QList<core::ManualCheck> out;
    for (int i = 0; i < m_questions.size(); ++i) {
        out << core::ManualCheck{m_questions.at(i).id, m_questions.at(i).text->text(), answerOf(i)};
    }
    return out;
}

} // namespace tcpd::ui
