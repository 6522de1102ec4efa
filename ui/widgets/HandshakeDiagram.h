// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Report.h"

#include <QWidget>

namespace tcpd::ui {

/// The three-way handshake as a ladder, one per address tried: this computer on the left, the
/// server on the right, arrows for SYN, SYN-ACK, ACK, RST, FIN, silence, and ICMP from a router in
/// the middle, with times. Drawn with QPainter (crisp at any scale), palette-aware (dark mode), and
/// described in text for screen readers (accessibleDescription()).
class HandshakeDiagram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandshakeDiagram)

public:
    explicit HandshakeDiagram(QWidget* parent = nullptr);

    /// Shows the port step's attempts of `report` (at most four addresses); empty when there are none.
    void setReport(const core::Report& report);
    bool isEmpty() const { return m_ladders.isEmpty(); }
    /// The same content as plain text lines (also the accessible description).
    QString textAlternative() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    enum class Arrow { Right, Left, LeftFromMiddle, Lost, Blocked };
    struct Step {
        Arrow arrow;
        QString label;
        bool bad = false;
    };
    struct Ladder {
        QString server;
        QString middle; ///< the router that answered with ICMP, if any
        QList<Step> steps;
    };

    static Ladder ladderFor(const QJsonObject& attempt);
    int ladderHeight(const Ladder& l) const;

    QList<Ladder> m_ladders;
};

} // namespace tcpd::ui
