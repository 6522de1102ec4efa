// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "StatusStyle.h"

#include <QLocale>

#include "widgets/DiagramColors.h"

#include "report/ReportText.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

QIcon statusIcon(const QStyle* style, core::StepStatus status)
{
    switch (status) {
    case core::StepStatus::Pass: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case core::StepStatus::Warn: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case core::StepStatus::Fail:
    case core::StepStatus::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case core::StepStatus::Skipped: break;
    }
    QPixmap blank(16, 16); // not looked at: no tick, no cross, but the text stays aligned
    blank.fill(Qt::transparent);
    return QIcon(blank);
}

QString statusWord(core::StepStatus status)
{
    return core::reporttext::statusLabel(core::statusName(status)); // one wording for the wizard and the reports
}

QColor statusColor(const QPalette& palette, core::StepStatus status)
{
    const DiagramColors c(palette);
    switch (status) {
    case core::StepStatus::Pass: return c.good;
    case core::StepStatus::Warn: return c.warn;
    case core::StepStatus::Fail:
    case core::StepStatus::Error: return c.bad;
    case core::StepStatus::Skipped: return c.unknown;
    }
    return c.text;
}

QString statusHtml(const QPalette& palette, core::StepStatus status)
{
    return u"<b style=\"color:%1\">%2</b>"_s.arg(statusColor(palette, status).name(), statusWord(status).toHtmlEscaped());
}

QString htmlList(const QStringList& items)
{
    QString html = u"<ul>"_s;
    for (const QString& s : items) {
        html += u"<li>"_s + s.toHtmlEscaped() + u"</li>"_s;
    }
    return html + u"</ul>"_s;
}

QString nextStepsHtml(const QStringList& steps)
{
    return u"<b>"_s + QCoreApplication::translate("StatusStyle", "What to do next").toHtmlEscaped() + u"</b>"_s
        + htmlList(steps);
}

QString waitText(const core::StepWait& wait, qint64 elapsedMs)
{
    const auto secs = [](qint64 ms) { return QLocale().toString(double(ms) / 1000.0, 'f', 1); };
    if (wait.budgetMs <= 0) {
        return wait.what;
    }
    if (elapsedMs > wait.budgetMs) {
        return QCoreApplication::translate("StatusStyle", "%1 — taking longer than its %2 s").arg(wait.what, secs(wait.budgetMs));
    }
    return QCoreApplication::translate("StatusStyle", "%1 — up to %2 s, %3 s left")
        .arg(wait.what, secs(wait.budgetMs), secs(wait.budgetMs - elapsedMs));
}

QString findingsHtml(const core::StepResult& step)
{
    QString html;
    for (const core::Finding& f : step.findings) {
        html += u"<p><b>"_s + f.title.toHtmlEscaped() + u"</b>"_s;
        if (!f.detail.isEmpty()) {
            html += u"<br>"_s + f.detail.toHtmlEscaped();
        }
        html += u"</p>"_s;
        if (!f.advice.isEmpty()) {
            html += u"<p>"_s + QCoreApplication::translate("StatusStyle", "What to try next:").toHtmlEscaped()
                + u"</p>"_s + htmlList(f.advice);
        }
    }
    return html;
}

QString verdictHtml(const QPalette& palette, core::StepStatus status, const core::Verdict& verdict,
                    const QString& note)
{
    QString html = u"<p>"_s + statusHtml(palette, status) + u" — <b>"_s + verdict.title.toHtmlEscaped()
        + u"</b></p><p>"_s + verdict.explanation.toHtmlEscaped() + u"</p>"_s;
    if (!note.isEmpty()) {
        html += u"<p>"_s + note.toHtmlEscaped() + u"</p>"_s;
    }
    if (!verdict.nextSteps.isEmpty()) {
        html += nextStepsHtml(verdict.nextSteps);
    }
    return html;
}

} // namespace tcpd::ui
