// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "diagnosis/Rules.h"

namespace tcpd::core::rules {

RuleList linkIpRules()
{
    return {}; // the link and ip steps come with their issue; connect()'s own ip.no_route is in PortRules.cpp
}

} // namespace tcpd::core::rules
