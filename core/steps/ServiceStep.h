// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "evidence/ServiceEvidence.h"
#include "steps/StepResult.h"
#include "steps/Steps.h"
#include "target/Target.h"

#include <atomic>

namespace tcpd::core {

/// Which check the service step makes for this target: "tls" (a TLS URL, a TLS port or --tls),
/// "greeting" (a service that speaks first: SSH, SMTP, FTP, POP3, IMAP, MySQL), "http" (an http://
/// target or port 80), or "" (none fits; the step is skipped).
QString serviceCheckFor(const Target& target, const StepOptions& options);

/// "The service answers": on `address` (one where the port test's handshake completed), a TLS
/// handshake with the certificate checked, the greeting read, or one HEAD request. Bounded by
/// options.serviceTimeoutMs, cancellable; a skipped step (reason no_connection, no_check, tls_off)
/// when `address` is empty or no check fits.
StepResult runServiceStep(const Target& target, const QString& address, const StepOptions& options,
                          const std::atomic<bool>* cancel);

/// The step's status, summary and findings from its evidence: the last part of runServiceStep().
void judgeService(StepResult& r, const evidence::ServiceEvidence& e);

} // namespace tcpd::core
