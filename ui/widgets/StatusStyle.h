// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "diagnosis/Verdict.h"
#include "runner/StepWait.h"
#include "steps/StepResult.h"

#include <QIcon>
#include <QString>
#include <QStringList>

class QStyle;
class QPalette;
class QColor;

namespace tcpd::ui {

/// How a step status looks everywhere in the wizard: an icon, a colour and a word — never colour alone.
QIcon statusIcon(const QStyle* style, core::StepStatus status);
QString statusWord(core::StepStatus status);
QColor statusColor(const QPalette& palette, core::StepStatus status);
/// "<b style='color:…'>Problem</b>" for rich-text labels (the word is translated and escaped).
QString statusHtml(const QPalette& palette, core::StepStatus status);
/// "<ul><li>…</li></ul>" for rich-text labels, each item escaped.
QString htmlList(const QStringList& items);
/// "<b>What to do next</b><ul>…</ul>" (translated, escaped): a verdict's next steps as the pages show them.
QString nextStepsHtml(const QStringList& steps);
/// A running step's line (issue 23, trap 9): "Waiting for an answer from 198.51.100.2 port 3389 — up to
/// 1.5 s, 0.7 s left", or "... — taking longer than its 1.5 s" once the budget is used up.
QString waitText(const core::StepWait& wait, qint64 elapsedMs);
/// A step's findings as the details show them (what came back): each finding's title in bold, its detail,
/// and what to try next. Every text escaped; empty when the step has no findings.
QString findingsHtml(const core::StepResult& step);
/// A verdict as the watch and idle pages show it: "Status — title", the explanation, `note` (a line about
/// how the run ended, or empty), then the next steps. Every text escaped.
QString verdictHtml(const QPalette& palette, core::StepStatus status, const core::Verdict& verdict,
                    const QString& note = {});

} // namespace tcpd::ui
