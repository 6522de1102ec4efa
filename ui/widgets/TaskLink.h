// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QCommandLinkButton>

namespace tcpd::ui {

/// The start page's task links ("I have an error message", ...): a QCommandLinkButton that shows where the
/// keyboard focus is. Several styles draw no focus frame on command links, so a person tabbing through the
/// start page could not see which task Enter would open (issue 23, trap 7): this one draws a ring in the
/// palette's highlight colour around itself while it has the focus.
class TaskLink final : public QCommandLinkButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskLink)

public:
    TaskLink(const QString& text, const QString& description, QWidget* parent = nullptr);
    ~TaskLink() override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace tcpd::ui
