// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "watch/Watch.h"

#include <QList>
#include <QWidget>

namespace tcpd::ui {

/// The handshake time of each attempt of a watch, drawn as it comes in: a dot per connection (joined
/// while they keep working), and a mark per failure in a band above the plot, shaped and named by
/// outcome (refused ✕, no answer ▽, name not found ◆, anything else ■), over a shaded outage. A dashed
/// line at 1 s marks where a SYN had to be sent again. Hovering a mark shows that attempt. Colour is
/// never the only signal: shapes and a legend with words say the same.
class WatchPlot final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchPlot)

public:
    explicit WatchPlot(QWidget* parent = nullptr);

    /// Clears the plot; `expected` > 0 fixes the x axis to that many attempts (0: it grows).
    void reset(int expected);
    void addAttempt(const core::WatchAttempt& attempt);
    void setAttempts(const QList<core::WatchAttempt>& attempts);
    const QList<core::WatchAttempt>& attempts() const { return m_attempts; }
    /// The outcomes the legend shows, in the order drawn ("open" first when any worked).
    QStringList legendOutcomes() const;
    /// The attempts with that outcome ("open": every one that made a connection).
    qsizetype countOf(const QString& outcome) const;
    /// The top of the time axis in ms (a round number above the slowest handshake; 0 when empty).
    double axisMaxMs() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry {
        QRectF plot;   ///< where the dots go
        QRectF band;   ///< the failure marks, above the plot
        double xStep = 0;
        double yMax = 0;
    };
    Geometry geometry() const;
    QPointF pointOf(const Geometry& g, qsizetype index) const;
    void describe();

    QList<core::WatchAttempt> m_attempts;
    int m_expected = 0;
};

} // namespace tcpd::ui
