// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Checklist step 3, DNS: does the name lead to the right place? What the application would get
// (the system resolver), what each DNS server says (c-ares), what the hosts file says, and the
// reverse lookup, all within dnsBudgetMs(). DnsGather.cpp asks, DnsJudge.cpp and
// DnsFindings.cpp judge, DnsData.cpp writes the evidence into the report.

#include "steps/DnsEvidence.h"

namespace tcpd::core {

StepResult runDnsStep(const Target& target, const StepOptions& options, const std::atomic<bool>* cancel,
                      QStringList* addresses)
{
    return runDnsStepWith(target, options, DnsEnvironment::system(), cancel, addresses);
}

} // namespace tcpd::core
