// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "steps/Steps.h"
#include "target/Target.h"

#include <QString>
#include <QStringList>

namespace tcpd::core {

/// What a running step is waiting for, and the most it waits (issue 23, trap 9): the wizard shows
/// "Waiting for an answer from 198.51.100.2 port 3389 — up to 1.5 s" with the time left, from the
/// moment the runner started the step.
struct StepWait {
    QString what;     ///< one translated sentence, without a full stop
    int budgetMs = 0; ///< the step's own deadline (it may end sooner, never much later)
};

/// The wait of step `id` for `target` with `options`; `addresses` are the port test's (from the name
/// lookup). Pure: the budgets are the steps' own deadlines.
StepWait stepWait(const QString& id, const Target& target, const StepOptions& options,
                  const QStringList& addresses = {});

} // namespace tcpd::core
