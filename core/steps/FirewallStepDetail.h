// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The firewall step's parts that need no network, unit-tested on recorded data
// (FirewallNftTest.cpp, FirewallConclusionTest.cpp):
//   - reading this computer's rules: `nft -j list ruleset` and `iptables-save` output, matched
//     against the connection (which rules would drop or reject a TCP SYN to that address and port);
//   - the conclusion: from the port test, the rules, the path trace and the controls, who blocks
//     and where, in the JSON shape the step writes into `data`;
//   - the plain-language story of that conclusion, shared by the step's findings and the verdict.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>

namespace tcpd::core::firewall {

/// The translation context of the firewall step's texts.
struct FirewallStep {
    Q_DECLARE_TR_FUNCTIONS(FirewallStep)
};

/// The connection whose fate we look for in the rules.
struct Connection {
    QString address; ///< numeric
    quint16 port = 0;
    bool ipv6 = false;
};

/// What one rule set said about the connection.
struct RulesetView {
    bool parsed = false;
    QString error;    ///< why it could not be read, when !parsed
    int rulesSeen = 0;
    int chainsSeen = 0;
    QJsonArray rules; ///< the rules that decide or may decide it: {source, table, chain, hook, handle, rule, verdict, certain}
    QString verdict;  ///< "block" (a rule or a chain policy certainly drops/rejects it), "maybe_block", "allow"
};

/// Evaluates an `nft -j list ruleset` document: the output (and filter postrouting) base chains of
/// the families that carry the connection, rule by rule, following jumps (bounded depth).
RulesetView matchNftRuleset(const QByteArray& json, const Connection& c);

/// Evaluates `iptables-save` text: the filter table's OUTPUT chain (IPv4 only).
RulesetView matchIptablesSave(const QByteArray& text, const Connection& c);

/// This computer's firewall as the current user can see it (data.local): what each firewall says,
/// the rules that would stop the connection, and what needs an administrator. Runs the programs
/// readNativeFirewall names (argument lists, a few seconds at most, cancellable).
QJsonObject readLocalFirewall(const Connection& c, const std::atomic<bool>* cancel);

/// The firewall step's conclusion, written to data.conclusion:
/// {"code": local_firewall | network_firewall | server_firewall | server_firewall_probable |
///           host_silent | unknown | none | not_applicable, "address": the device named or null, "hop": ttl or null}
/// `attempt` is the port attempt looked at (its JSON), `local` data.local, `trace` data.trace,
/// `controls` data.controls, `distance` data.trace.distance_check.
QJsonObject decideConclusion(const QJsonObject& attempt, const QJsonObject& local, const QJsonObject& trace,
                             const QJsonArray& controls);

/// The conclusion told in plain language, from the step's data (a saved report reads the same).
struct Story {
    QString title;       ///< "Probably the server's firewall"
    QString explanation; ///< what happened and why we think so
    QStringList evidence; ///< path, controls, rules: one line each
    QStringList advice;   ///< how to check safely; never "disable the firewall" without "turn it back on"
    QString note;         ///< local_firewall: the matching rule, or that only an administrator can see it
};
Story describe(const QJsonObject& data);

/// One line for the last hop that answered ("The SYN reached router 198.51.100.254 (hop 1) and went
/// no further."), or empty when the trace did not run or named nobody.
QString pathLine(const QJsonObject& trace);

} // namespace tcpd::core::firewall
