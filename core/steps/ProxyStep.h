// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "evidence/ProxyEvidence.h"
#include "steps/StepResult.h"
#include "steps/Steps.h"
#include "target/Target.h"

#include <QByteArray>
#include <QString>

#include <atomic>

namespace tcpd::core {

/// The address that tells whether a sign-in page holds the way out, and what it answers when it does not.
struct PortalDefault {
    QString url;    ///< an http:// address
    QString source; ///< "networkmanager" (its [connectivity] uri), "windows" (the NCSI probe), "default"
    QString expect; ///< the body it answers with when the way out is free; empty: it answers 204
};

/// The system's own check address where one is configured (NetworkManager's, Windows' NCSI), else
/// kDefaultPortalUrl. Reads files or the registry only; contacts nothing.
PortalDefault defaultPortal();

/// Fills options' portal fields: none when `off`; `given` (an http:// address, source "argument") when set;
/// else the environment's TCPDOCTOR_PORTAL_URL ("off", or an address: source "environment"); else
/// defaultPortal(). False when `given` or the variable is not an http:// address.
bool choosePortal(StepOptions& options, const QString& given, bool off);
/// Can `text` be a check address: a plain http:// address with a host, at most 2048 characters.
bool usablePortalUrl(const QString& text);

/// The documented public check address used when the system names none (answers 204 with an empty body).
inline constexpr const char* kDefaultPortalUrl = "http://connectivitycheck.gstatic.com/generate_204";

/// The address a program asks its proxy settings about for this target: the target's own URL, else
/// http://host:port/ for port 80 and https://host:port/ for any other port (what CONNECT is used for).
QString proxyQueryUrl(const Target& target);

/// "Proxy and sign-in page": the proxy settings for this target as programs see them (or --proxy), a
/// tunnel to the target through that proxy (HTTP CONNECT or SOCKS5), and one plain HTTP request to the
/// sign-in page check address (options.portalUrl; none when empty). Bounded and cancellable; the
/// tunnel and the page check run side by side.
/// The budget of one exchange with the proxy (connect, then its answer): the longest the step waits on
/// the way out.
int proxyConnectBudgetMs(const StepOptions& options);

StepResult runProxyStep(const Target& target, const StepOptions& options, const std::atomic<bool>* cancel);

/// Where the proxy setting came from, as a phrase: "the environment variable https_proxy", "GNOME
/// settings", "the automatic configuration script http://wpad.example/proxy.pac", "--proxy".
QString proxySourceText(const evidence::ProxySettingsSeen& s);

/// Where a person changes that setting, one sentence.
QString proxyChangeAdvice(const evidence::ProxySettingsSeen& s);

/// The step's status, summary and findings from its evidence: the last part of runProxyStep().
void judgeProxy(StepResult& r, const evidence::ProxyEvidence& e, const Target& target);

namespace proxydetail {
/// The tunnel's result from an HTTP proxy's status code ("open", "auth_required", "denied", "target_failed").
QString httpTunnelResult(int status);
/// The tunnel's result from a SOCKS5 reply code.
QString socksTunnelResult(int reply);
/// The sign-in page check's result from one answer: status, headers (lower-case names), body.
QString portalResult(int status, const QByteArray& headers, const QByteArray& body, const QString& expect);
} // namespace proxydetail

} // namespace tcpd::core
