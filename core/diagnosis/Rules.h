// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The diagnosis rules, one file per layer, joined in Diagnosis.cpp in checklist order: the first
// rule that matches names the root cause. A rule reads the facts, or its own step's raw data
// through Facts::step(id), and fills a verdict in plain language.

#include "diagnosis/Facts.h"
#include "diagnosis/Verdict.h"
#include "steps/FirewallStepDetail.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace tcpd::core::rules {

/// The translation context of every verdict text.
struct Diagnosis {
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

struct Rule {
    const char* code;
    const char* layer;
    std::function<bool(const Facts&)> when;
    std::function<void(const Facts&, Verdict&)> fill;
};
using RuleList = std::vector<Rule>;

RuleList portalRules();   ///< net.captive_portal: a sign-in page holds the way out (ProxyRules.cpp)
RuleList proxyRules();    ///< proxy.*: the way out through the proxy, when the direct one failed (ProxyRules.cpp)
RuleList serviceRules();  ///< tls.*, service.*: after a working handshake, what came next (ServiceRules.cpp)
RuleList okRules();       ///< ok.reachable, ok.partial (PortRules.cpp): a working handshake outranks all
RuleList linkIpRules();   ///< link.*, ip.* (LinkIpRules.cpp)
RuleList dnsRules();      ///< dns.* (DnsRules.cpp)
RuleList firewallRules(); ///< firewall.* (FirewallRules.cpp)
RuleList portRules();     ///< ip.no_route seen by connect(), port.*, net.* (PortRules.cpp)

/// Fills `v.plain` for the verdict `v.code` (PlainWords.cpp): every verdict diagnose() gives has plain
/// words, and none of them uses a protocol word (SYN, RST, ICMP, TCP, TLS, DNS...). Returns false for
/// a code without plain words of its own (the technical texts are copied then).
bool fillPlain(const Facts& f, Verdict& v);
/// The plain words of `tool.error`: the check was stopped or could not run.
void fillPlainForToolError(Verdict& v);
/// The plain words of `tool.error` when the port test was left out (`--steps` without port).
void fillPlainForLeftOutPortTest(const Facts& f, Verdict& v);
/// Every verdict code a rule can give, in the order they are tried.
QStringList ruleCodes();

// Shared wording.
QString seconds(double ms);      ///< "1.5", in the user's locale
QString milliseconds(double ms); ///< "12 ms", or "less than 1 ms"
QString where(const Facts& f);   ///< the target's name as people read it
QString attemptLine(const Attempt& a, quint16 port); ///< one evidence line per address tried

/// The firewall step's story (who blocks, where on the path, what to do), for a port verdict that a
/// firewall explains (FirewallRules.cpp); nullopt when the step did not run or found nothing to say.
std::optional<firewall::Story> firewallStory(const Facts& f);
/// The firewall step saw the server answer on other ports: it is switched on and reachable.
bool serverAnswersOtherPorts(const Facts& f);

} // namespace tcpd::core::rules
