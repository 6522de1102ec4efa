// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Report.h"

#include <QWidget>

namespace tcpd::ui {

/// The one-glance answer to "where is the problem": this computer → gateway → DNS server →
/// network → server, each hop coloured and marked (✔ ⚠ ✘ ?) by what the steps found, and the hop the
/// verdict blames ringed. Palette-aware, crisp at any scale, with a text alternative.
class PathDiagram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathDiagram)

public:
    enum class State { Good, Warning, Bad, Unknown };
    struct Hop {
        QString id;    ///< "computer", "gateway", "dns", "network", "server"
        QString label; ///< translated name
        QString detail;
        State state = State::Unknown;
        bool blamed = false;
    };

    explicit PathDiagram(QWidget* parent = nullptr);

    void setReport(const core::Report& report);
    const QList<Hop>& hops() const { return m_hops; }
    QString textAlternative() const;

    /// The hops for a report: a pure function, unit-tested.
    static QList<Hop> hopsFor(const core::Report& report);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Hop> m_hops;
};

} // namespace tcpd::ui
