// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "PathDiagram.h"

#include "widgets/DiagramColors.h"

#include <QJsonArray>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

namespace {
using State = PathDiagram::State;

State fromStatus(const core::StepResult* s)
{
    if (s == nullptr) {
        return State::Unknown;
    }
    switch (s->status) {
    case core::StepStatus::Pass: return State::Good;
    case core::StepStatus::Warn: return State::Warning;
    case core::StepStatus::Fail:
    case core::StepStatus::Error: return State::Bad;
    case core::StepStatus::Skipped: return State::Unknown;
    }
    return State::Unknown;
}

const core::StepResult* stepOf(const core::Report& r, const QString& id)
{
    for (const core::StepResult& s : r.steps) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

QString mark(State s)
{
    switch (s) {
    case State::Good: return u"✔"_s;
    case State::Warning: return u"⚠"_s;
    case State::Bad: return u"✘"_s;
    case State::Unknown: return u"?"_s;
    }
    return {};
}

QString stateWord(State s)
{
    switch (s) {
    case State::Good: return PathDiagram::tr("works");
    case State::Warning: return PathDiagram::tr("partly works");
    case State::Bad: return PathDiagram::tr("problem");
    case State::Unknown: return PathDiagram::tr("not checked");
    }
    return {};
}
} // namespace

PathDiagram::PathDiagram(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"pathDiagram"_s);
    setAccessibleName(tr("Path diagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QList<PathDiagram::Hop> PathDiagram::hopsFor(const core::Report& r)
{
    const QString layer = r.verdict.layer;
    const QString code = r.verdict.code;
    Hop computer{u"computer"_s, tr("This computer"), {}, State::Unknown, false};
    Hop gateway{u"gateway"_s, tr("Router"), {}, State::Unknown, false};
    Hop dns{u"dns"_s, tr("Name lookup"), {}, State::Unknown, false};
    Hop network{u"network"_s, tr("Network"), {}, State::Unknown, false};
    Hop server{u"server"_s, r.target.displayHost, {}, State::Unknown, false};

    const State link = fromStatus(stepOf(r, u"link"_s));
    const State ip = fromStatus(stepOf(r, u"ip"_s));
    computer.state = link == State::Bad || ip == State::Bad ? State::Bad
                   : link == State::Unknown && ip == State::Unknown ? State::Unknown
                   : link == State::Warning || ip == State::Warning ? State::Warning : State::Good;
    gateway.state = ip;
    dns.state = fromStatus(stepOf(r, u"dns"_s));
    if (const core::StepResult* dnsStep = stepOf(r, u"dns"_s); dnsStep != nullptr && dnsStep->status == core::StepStatus::Skipped) {
        dns.detail = tr("not needed");
    }

    // What the port test saw tells about the network and the server.
    const core::StepResult* port = stepOf(r, u"port"_s);
    bool anyOpen = false;
    bool reachedServer = false;
    if (port != nullptr) {
        for (const auto& v : port->data.value(u"attempts"_s).toArray()) {
            const QString o = v.toObject().value(u"outcome"_s).toString();
            anyOpen = anyOpen || o == u"open";
            reachedServer = reachedServer || o == u"open" || o == u"refused" || o == u"reset_after_connect"
                         || o == u"closed_after_connect";
        }
    }
    if (reachedServer) {
        network.state = State::Good;
        server.state = anyOpen ? State::Good : State::Bad;
        if (anyOpen && code == u"ok.partial") {
            network.state = State::Warning;
        }
    } else if (port != nullptr && port->status != core::StepStatus::Skipped && port->status != core::StepStatus::Error) {
        network.state = State::Bad;
        server.state = State::Unknown;
    }
    if (layer == u"local-firewall") {
        computer.state = State::Bad;
        network.state = State::Unknown;
    }

    if (layer == u"link" || layer == u"local-firewall") {
        computer.blamed = true;
    } else if (layer == u"ip") {
        (code == u"ip.gateway_unreachable" ? gateway : computer).blamed = true;
        (code == u"ip.gateway_unreachable" ? gateway : computer).state = State::Bad;
    } else if (layer == u"dns") {
        dns.blamed = true;
        dns.state = State::Bad;
    } else if (layer == u"network") {
        network.blamed = !anyOpen || code == u"ok.partial";
    } else if (layer == u"server") {
        server.blamed = true;
    }
    return {computer, gateway, dns, network, server};
}

void PathDiagram::setReport(const core::Report& report)
{
    m_hops = hopsFor(report);
    setAccessibleDescription(textAlternative());
    setToolTip(textAlternative());
    update();
}

QString PathDiagram::textAlternative() const
{
    QStringList parts;
    for (const Hop& h : m_hops) {
        QString t = h.label + u": "_s + stateWord(h.state);
        if (!h.detail.isEmpty()) {
            t += u" ("_s + h.detail + u')';
        }
        if (h.blamed) {
            t += u" — "_s + tr("the problem is here");
        }
        parts << t;
    }
    return parts.join(u" → "_s);
}

QSize PathDiagram::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 6};
}

void PathDiagram::paintEvent(QPaintEvent*)
{
    if (m_hops.isEmpty()) {
        return;
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const DiagramColors colors(palette());
    const QFontMetrics fm = fontMetrics();
    const int n = static_cast<int>(m_hops.size());
    const int slot = width() / n;
    const int r = qMin(slot / 4, fm.height());
    const int cy = fm.height() + r + 4;
    for (int i = 0; i < n; ++i) {
        const Hop& h = m_hops[i];
        const int cx = slot * i + slot / 2;
        if (i + 1 < n) {
            p.setPen(QPen(colors.line, 2));
            p.drawLine(cx + r + 2, cy, cx + slot - r - 2, cy);
        }
        const QColor c = h.state == State::Good ? colors.good
                       : h.state == State::Warning ? colors.warn
                       : h.state == State::Bad ? colors.bad : colors.unknown;
        p.setPen(QPen(c, h.blamed ? 4 : 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPoint(cx, cy), r, r);
        if (h.blamed) {
            p.setPen(QPen(colors.bad, 1, Qt::DashLine));
            p.drawEllipse(QPoint(cx, cy), r + 5, r + 5);
        }
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(c);
        p.drawText(QRect(cx - r, cy - r, 2 * r, 2 * r), Qt::AlignCenter, mark(h.state));
        p.setFont(font());
        p.setPen(colors.text);
        p.drawText(QRect(slot * i, cy + r + 6, slot, fm.height()), Qt::AlignHCenter,
                   fm.elidedText(h.label, Qt::ElideMiddle, slot - 4));
        p.setPen(h.blamed ? colors.bad : colors.line);
        p.drawText(QRect(slot * i, cy + r + 6 + fm.height(), slot, fm.height()), Qt::AlignHCenter,
                   fm.elidedText(h.blamed ? tr("problem here") : (h.detail.isEmpty() ? stateWord(h.state) : h.detail),
                                 Qt::ElideRight, slot - 4));
    }
}

} // namespace tcpd::ui
