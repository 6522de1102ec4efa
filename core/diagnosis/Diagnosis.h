// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "diagnosis/Verdict.h"
#include "steps/StepResult.h"
#include "target/Target.h"

#include <QList>

namespace tcpd::core {

/// Turns the step results into one verdict. A pure function: no network, no clock, no state.
/// The rules are a table, tried in checklist order (earliest layer first); the first that matches
/// names the root cause, and everything else stays as findings.
Verdict diagnose(const Target& target, const QList<StepResult>& steps);

/// The steps as they should be shown next to the verdict: a link or ip step that failed on its own
/// evidence (say, a link whose state had not caught up yet) while answers came back from beyond this
/// computer is shown as a warning, with a finding that says what came back; a step that a stop cut
/// short (`cancelled`) is shown as not checked. Pure, like diagnose(); the Runner calls it before
/// diagnose().
QList<StepResult> reconcileSteps(const Target& target, QList<StepResult> steps, bool stopped);

/// Removes what a verdict says twice: repeated sentences in the explanation, next steps that repeat
/// each other or the explanation, repeated evidence lines (compared without case, spacing and the
/// final full stop). diagnose() applies it to every verdict.
void removeRepeats(Verdict& v);

/// The verdict for input that could not be parsed (`input.invalid`), with the parser's sentence.
Verdict invalidInputVerdict(const QString& input, const QString& reason);

/// The verdict when the run was cancelled or the tool could not work (`tool.error`, exit code 3).
Verdict toolErrorVerdict(const QString& reason);

} // namespace tcpd::core
