// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "evidence/Evidence.h"
#include "evidence/ProxyEvidence.h"
#include "evidence/ServiceEvidence.h"
#include "steps/StepResult.h"
#include "target/Target.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tcpd::core {

using evidence::Outcome;
using Attempt = evidence::PortAttempt;

/// What the diagnosis rules look at: every step's typed evidence (evidence/Evidence.h), read once
/// from the steps' raw data, and what follows from it.
struct Facts {
    const Target& target;
    evidence::LinkEvidence link;
    evidence::IpEvidence ip;
    evidence::DnsLookup dns;
    evidence::PortEvidence port;
    evidence::FirewallEvidence firewall;
    evidence::ServiceEvidence service;
    evidence::ProxyEvidence proxy;
    QString dnsStatus; ///< dns.status: "ok", "nxdomain", ...; "" if the lookup did not run (docs/cli.md)
    QString dnsError;
    QStringList dnsAddresses;
    QList<Attempt> attempts; ///< the port test's attempts, without the ones a cancel cut short
    double portElapsedMs = 0;
    bool cancelled = false;   ///< the run was stopped before the port test finished
    QList<StepResult> steps; ///< every step as it came (status, findings)

    /// The step with this id, or nullptr if it is not in the run.
    const StepResult* step(const QString& id) const;

    static Facts from(const Target& target, const QList<StepResult>& steps);

    qsizetype openCount() const;
    qsizetype countOutcome(Outcome outcome) const;
    double fastestRtt() const;
    /// Among failed attempts, the one whose packets got furthest (reset after connect > closed >
    /// refused > rejected > filtered > local block > host unreachable > network unreachable > error).
    const Attempt* bestFailure() const;

    /// Everything that came back from beyond this computer, one sentence each: a SYN-ACK, RST or ICMP
    /// from another host, an answer from a DNS server that is not this computer, the gateway
    /// answering. Any of it proves the link and the IP configuration worked at that moment.
    QStringList cameBackFromBeyond() const;
    bool reachedBeyond() const { return !cameBackFromBeyond().isEmpty(); }
    /// The target is this computer (loopback, or one of its own addresses): no link or route needed.
    bool targetLocal() const;
};

} // namespace tcpd::core
