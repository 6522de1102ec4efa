// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The port step split in two, for callers that probe many targets in one go (batch mode): the
// engine's options from the step's, and the step's result from the engine's results.

#include "evidence/Evidence.h"
#include "platform/LocalPorts.h"
#include "platform/TcpProbe.h"
#include "steps/Steps.h"

#include <vector>

namespace tcpd::core {

platform::ProbeOptions probeOptionsFor(const StepOptions& options);

/// `localPorts`: how many local ports are taken (readLocalPorts), or nullptr when not read.
StepResult portStepFromProbes(const Target& target, const std::vector<platform::ProbeResult>& results,
                              const StepOptions& options, qint64 elapsedMs, int settleWaitMs = 0,
                              const evidence::LocalPortsSeen* localPorts = nullptr);

/// The platform's count of local ports as the step's evidence.
evidence::LocalPortsSeen localPortsSeen(const platform::LocalPortUsage& usage);

/// True when one of `results` failed because this computer had no local port (EADDRNOTAVAIL at connect;
/// Windows WSAEADDRINUSE, WSAENOBUFS): the ports must be counted to tell why.
bool anyNoLocalPort(const std::vector<platform::ProbeResult>& results);

} // namespace tcpd::core
