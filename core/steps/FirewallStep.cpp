// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "steps/Steps.h"

using namespace Qt::StringLiterals;

namespace tcpd::core {

StepResult runFirewallStep(const Target&, const StepOptions&, const std::atomic<bool>*, const StepResult*)
{
    return notBuiltStep(u"firewall"_s); // this step comes with its own issue: skipped, never "pass"
}

} // namespace tcpd::core
