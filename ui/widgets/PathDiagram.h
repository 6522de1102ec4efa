// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Diagram.h"
#include "report/Report.h"

#include <QWidget>

namespace tcpd::ui {

/// The path of a check (this computer → router → DNS server → network → server, the hops that
/// exist), as core builds it (core::pathHops, core::pathDiagram): this widget only paints it, scaled
/// to its width, in the palette's light or dark colours. The same picture is in the HTML and PDF.
class PathDiagram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathDiagram)

public:
    explicit PathDiagram(QWidget* parent = nullptr);

    void setReport(const core::Report& report);
    const QList<core::PathHop>& hops() const { return m_hops; }
    /// The hop with this id ("computer", "gateway", "dns", "proxy", "network", "server"), or nullptr.
    const core::PathHop* hop(const QString& id) const;
    QString textAlternative() const { return m_diagram.description; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<core::PathHop> m_hops;
    core::Diagram m_diagram;
};

} // namespace tcpd::ui
