// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The port step split in two, for callers that probe many targets in one go (batch mode): the
// engine's options from the step's, and the step's result from the engine's results.

#include "platform/TcpProbe.h"
#include "steps/Steps.h"

#include <vector>

namespace tcpd::core {

platform::ProbeOptions probeOptionsFor(const StepOptions& options);

StepResult portStepFromProbes(const Target& target, const std::vector<platform::ProbeResult>& results,
                              const StepOptions& options, qint64 elapsedMs, int settleWaitMs = 0);

} // namespace tcpd::core
