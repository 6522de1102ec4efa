// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The DNS step in two halves: gatherDnsEvidence() asks (system resolver, every DNS server, the
// hosts file, the reverse lookup) and judgeDns() turns what came back into the step's result. The
// judging half is pure, so the unit tests feed it evidence made by hand.

#include "platform/DnsQuery.h"
#include "platform/HostsFile.h"
#include "platform/ResolvConf.h"
#include "platform/Resolver.h"
#include "steps/Steps.h"

#include <QJsonObject>

#include <functional>

namespace tcpd::core {

/// The DNS step's time budget: everything (system resolver, servers, reverse lookup) ends by then.
/// The system resolver's watchdog is StepOptions::dnsTimeoutMs (default 2500 ms); a silent server
/// is given up after kDnsServerDeadlineMs (asked at 0, 0.5 and 1.5 s).
constexpr int kDnsServerDeadlineMs = 2000;
int dnsBudgetMs(const StepOptions& options);

/// What the DNS step looks at. Tests replace parts of it; runDnsStep() uses the system's.
struct DnsEnvironment {
    platform::DnsServerConfig config;
    std::string hostsPath;
    /// The system resolver (getaddrinfo with the watchdog); tests put a stand-in here.
    std::function<platform::SystemResolution(const std::string& host, platform::Family family, int timeoutMs,
                                             const std::atomic<bool>* cancel)>
        systemResolver;
    QString thisHostName; ///< this computer's own name (a local name, never "sinkholed")

    static DnsEnvironment system();
};

/// Everything the DNS step found out, raw.
struct DnsEvidence {
    QString name; ///< the name asked for (ASCII), or the IP address typed
    bool isAddress = false; ///< the target is an IP address: nothing to look up, only the reverse lookup
    QString serversSkipped; ///< why the DNS servers were not asked: "local_name", "mdns", "no_servers", "" when asked
    bool systemRan = false;
    platform::SystemResolution system;
    int systemWatchdogMs = 0;
    platform::DnsServerConfig config;
    std::vector<platform::DnsServerReply> servers; ///< one per config.servers entry, same order
    std::string hostsPath;
    platform::TextFile hostsRead; ///< text cleared after parsing; ok/error/truncated kept
    int hostsSkippedLines = 0;
    std::vector<platform::HostsEntry> hostsEntries; ///< entries naming `name`
    QString reverseAddress;
    QString reverseSkipped; ///< "loopback", "no_server_answered", "no_time", "cancelled", "not_asked" (--many), ""
    std::vector<platform::DnsReverseReply> reverse;
    std::vector<std::string> reverseHostsNames; ///< names the hosts file gives reverseAddress
    bool ipv6RouteChecked = false;
    bool ipv6Route = true;
    QString thisHostName;
    bool cancelled = false;
    double elapsedMs = 0;
    int budgetMs = 0;
};

/// Asks everything, within dnsBudgetMs(options), checking *cancel at least every 50 ms.
DnsEvidence gatherDnsEvidence(const Target& target, const StepOptions& options, const DnsEnvironment& env,
                              const std::atomic<bool>* cancel);

/// Judges the evidence: status, plain-language findings, the raw data (docs/cli.md), and in
/// `addresses` what the port test should try.
StepResult judgeDns(const Target& target, const StepOptions& options, const DnsEvidence& evidence,
                    QStringList* addresses);

/// The DNS step with an environment of the caller's (runDnsStep uses DnsEnvironment::system()).
StepResult runDnsStepWith(const Target& target, const StepOptions& options, const DnsEnvironment& env,
                          const std::atomic<bool>* cancel, QStringList* addresses);

/// Names close to `name` (a typo of a known name, or of a search domain at its end), best first, at
/// most three. Comparison ignores case; equal names are not suggestions.
QStringList dnsTypoSuggestions(const QString& name, const QStringList& knownNames, const QStringList& searchDomains);

/// 0.0.0.0/8 and :: (nobody serves there), or a loopback address: where DNS filters send names.
bool isSinkholeAddress(const QString& address, bool* loopback = nullptr);

/// "localhost" and *.localhost (RFC 6761): answered by this computer, never asked of a DNS server.
bool isLocalhostName(const QString& name);

/// One plain sentence for one server's answer, from the step's data.servers[] entry:
/// "Your computer asked the DNS server 192.0.2.53 for app.example.com; it answered that the name does not exist."
QString describeServerAnswer(const QJsonObject& server, const QString& name);

} // namespace tcpd::core
