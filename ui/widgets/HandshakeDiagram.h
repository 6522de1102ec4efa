// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Diagram.h"
#include "report/Report.h"

#include <QWidget>

namespace tcpd::ui {

/// The handshake ladders of a check (SYN →, ← SYN-ACK / RST / nothing / ICMP from whom), one per
/// address tried, as core builds them (core::handshakeDiagrams): this widget only paints them, scaled
/// to its width, in the palette's light or dark colours. The same pictures are in the HTML and PDF.
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
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<core::Diagram> m_ladders;
};

} // namespace tcpd::ui
