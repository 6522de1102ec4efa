// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "diagnosis/Rules.h"

using namespace Qt::StringLiterals;

namespace tcpd::core::rules {

RuleList dnsRules()
{
    return {
        {"dns.nxdomain", "dns", [](const Facts& f) { return f.dnsStatus == u"nxdomain"; },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("The name %1 does not exist").arg(where(f));
             v.explanation = Diagnosis::tr("Before a connection can start, the name must be turned into an address. "
                                "The name service (DNS) answered that %1 does not exist, so no SYN was ever sent.")
                                 .arg(where(f));
             v.nextSteps << Diagnosis::tr("Check the spelling of the name, letter by letter.")
                         << Diagnosis::tr("If it is an internal name, connect to the company network or VPN first.")
                         << Diagnosis::tr("Try the full name, including the domain (for example server.example.com).");
         }},
        {"dns.no_records", "dns", [](const Facts& f) { return f.dnsStatus == u"no_records"; },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("The name %1 has no address").arg(where(f));
             v.explanation = Diagnosis::tr("The name exists, but DNS holds no address for it (of the kind that was asked for), "
                                "so there was nothing to connect to.");
             v.nextSteps << Diagnosis::tr("Check that you have the right name: it may be a mail-only or an old name.")
                         << Diagnosis::tr("Ask the administrator of the domain to add an address record for it.");
         }},
        {"dns.timeout", "dns", [](const Facts& f) { return f.dnsStatus == u"timeout"; },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("The name service (DNS) did not answer");
             v.explanation = Diagnosis::tr("To find the address of %1, this computer asked its DNS servers, but no usable answer "
                                "came back, so no connection could start.")
                                 .arg(where(f));
             v.nextSteps << Diagnosis::tr("Check that this computer is connected to a network (try a well-known website).")
                         << Diagnosis::tr("Restart the router, or switch the network connection off and on.")
                         << Diagnosis::tr("If you use a VPN, connect it, or disconnect it, and try again.");
         }},
    };
}

} // namespace tcpd::core::rules
