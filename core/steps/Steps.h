// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "steps/StepResult.h"

#include <QJsonArray>
#include "target/Target.h"

#include <QStringList>

#include <atomic>

namespace tcpd::core {

enum class AddressFamily { Any, IPv4, IPv6 };

/// --tls / --no-tls: whether the service step makes a TLS handshake (Auto: for TLS URLs and ports).
enum class TlsMode { Auto, On, Off };

struct StepOptions {
    int timeoutMs = 1500;     ///< the budget for one connection attempt (--timeout)
    int dnsTimeoutMs = 2500;  ///< watchdog for the system resolver; the DNS step ends within this + 500 ms (min. 3 s)
    AddressFamily family = AddressFamily::Any;
    QString expectedAddress;  ///< the address the name should lead to (--expect), or empty
    QStringList knownNames;   ///< names the user checked before (recent targets), for "did you mean" hints
    QString referenceHost;    ///< --reference: the firewall step also tries the target's port there (empty: never)
    /// Ask the DNS servers for the name of an address target (PTR: evidence, up to 1 s). A list of targets
    /// (--many) turns it off: with a silent DNS server it cost a second for every 32 addresses.
    bool reverseLookup = true;
    TlsMode tls = TlsMode::Auto;
    QString sni;                 ///< --sni: the name sent in the TLS handshake and checked (default: the target's)
    int serviceTimeoutMs = 5000; ///< the budget of the service step's one exchange
    QString proxyUrl;            ///< --proxy: the proxy step tests this proxy instead of the system's settings
    bool noProxy = false;        ///< --no-proxy: the proxy step leaves the system's proxy settings alone
    /// The sign-in page check's address (an http:// URL that answers 204, or portalExpect, when the way out
    /// is free); empty: no check. Core never picks one itself: the command line and the wizard fill in
    /// defaultPortal() unless --no-portal-check, so tests contact nothing unless they say so.
    QString portalUrl;
    QString portalSource;        ///< where portalUrl came from: "argument", "networkmanager", "windows", "default"
    QString portalExpect;        ///< the body the check address answers with when free; empty: it answers 204
    QString systemBusAddress;    ///< tests only: a private D-Bus in place of the system bus (NetworkManager)
};

// Each step is a blocking function meant for a worker thread. It checks *cancel while it waits,
// never throws, and returns a complete StepResult (status, summary, findings, raw data).

/// How long the IP step waits for the default gateway to answer its probe (the step's longest wait).
constexpr int kGatewayProbeMs = 4000;

/// How long the link step waits for a link that has a carrier but is not up yet (operstate lags the
/// carrier by up to a second after a link comes up) before it calls it not ready.
constexpr int kLinkSettleMs = 1000;

/// The physical link: interfaces, carrier, which interface carries traffic to the target. Waits up to
/// kLinkSettleMs for a link that is still coming up.
StepResult runLinkStep(const Target& target, const StepOptions& options, const std::atomic<bool>* cancel);

/// The IP configuration: addresses, gateways, DNS servers, the route to the target.
StepResult runIpStep(const Target& target, const StepOptions& options, const std::atomic<bool>* cancel);

/// This computer's firewall and where on the path traffic is blocked. Runs after the port test and
/// looks at its result (`port` is nullptr when the port test was left out).
StepResult runFirewallStep(const Target& target, const StepOptions& options, const std::atomic<bool>* cancel,
                           const StepResult* port);

/// The firewall step in two halves, so the slow half can start before the port test has ended (issue 18:
/// a silent port's path trace runs while the port test still waits for its last try). The look gathers
/// this computer's firewall and, for a silent or rejected port at `address`, the path trace and the
/// controls; the judgement is quick and pure. runFirewallStep() is judgeFirewall(lookForFirewall(...)).
struct FirewallLook {
    QString address; ///< the address looked at
    QString outcome; ///< the port test's outcome the look was made for ("filtered", "rejected", ...)
    QJsonObject local, trace, reference;
    QJsonArray controls;
    bool wantTrace = false;
    qint64 elapsedMs = 0;
    bool cancelled = false;
};
/// The address and outcome runFirewallStep() looks at for this port test (the attempt that names a
/// device first, then a silent one, then a local block).
QString firewallAddress(const Target& target, const StepResult* port);
QString firewallOutcome(const StepResult* port);
FirewallLook lookForFirewall(const Target& target, const StepOptions& options, const std::atomic<bool>* cancel,
                             const QString& address, const QString& outcome);
StepResult judgeFirewall(const Target& target, const StepResult* port, const FirewallLook& look);

/// The name lookup as an application would do it (the system resolver). `addresses` receives
/// what to try, in the resolver's order. For an IP literal the step is skipped and the literal used.
StepResult runDnsStep(const Target& target, const StepOptions& options, const std::atomic<bool>* cancel,
                      QStringList* addresses);

/// Tries every address at once and classifies each handshake.
StepResult runPortStep(const Target& target, const QStringList& addresses, const StepOptions& options,
                       const std::atomic<bool>* cancel);

/// A step this version does not check yet: status skipped, with the reason. Never "pass".
StepResult notBuiltStep(const QString& id);

/// A step the user left out with --steps.
StepResult notRequestedStep(const QString& id);

/// A step that a stop (the Stop button, Ctrl+C, closing the window) cut short: not checked, never a
/// problem. `reason` is "cancelled".
StepResult stoppedStep(const QString& id);

/// Turns raw banner bytes into safe, bounded text: printable characters stay, everything else is
/// escaped (\r \n \t \xNN), so markup and terminal control sequences are shown, never obeyed.
QString escapeBanner(const QByteArray& bytes);

} // namespace tcpd::core
