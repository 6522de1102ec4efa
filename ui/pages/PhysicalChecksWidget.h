// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Report.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QLabel;

namespace tcpd::ui {

/// The person's answers to the physical questions, as a plain value.
struct PhysicalAnswers {
    using Answer = core::ManualCheck::Answer;
    Answer cableSeated = Answer::Unknown; ///< cable plugged in firmly (or: connected to the Wi-Fi)
    Answer routerLights = Answer::Unknown; ///< the router's lights look as usual
    Answer otherDevicesOnline = Answer::Unknown; ///< other devices on the same network get online
};

/// The physical checks a program cannot make, asked of the person at the link step: is the cable
/// seated, are the router's lights on, are other devices online? Each question has Yes / No /
/// I don't know, and a "No" (or a telling "Yes") shows what to do about it at once.
///
///     auto* checks = new PhysicalChecksWidget(page);
///     connect(checks, &PhysicalChecksWidget::answersChanged, page, [=] { ... checks->answers() ... });
///     report.manualChecks = checks->manualChecks();   // JSON manual_checks
///
/// Object names for tests: "physicalChecks"; per question ID (cable_seated, router_lights,
/// other_devices_online): "question_ID", "answer_ID_yes", "answer_ID_no", "answer_ID_unknown", "hint_ID".
class PhysicalChecksWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhysicalChecksWidget)

public:
    explicit PhysicalChecksWidget(QWidget* parent = nullptr);

    PhysicalAnswers answers() const;
    void setAnswers(const PhysicalAnswers& answers);

    /// The three questions as asked (translated) with their answers, for Report::manualChecks.
    QList<core::ManualCheck> manualChecks() const;

    /// The question ids, in the order they are asked.
    static QStringList questionIds();

signals:
    void answersChanged();

private:
    struct Question {
        QString id;
        QButtonGroup* group = nullptr;
        QLabel* text = nullptr;
        QLabel* hint = nullptr;
    };
    void addQuestion(const QString& id, const QString& question, const QString& howToCheck);
    core::ManualCheck::Answer answerOf(int index) const;
    void setAnswerOf(int index, core::ManualCheck::Answer answer);
    void updateHint(int index);

    QList<Question> m_questions;
};

} // namespace tcpd::ui
