// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "steps/StepResult.h"
#include "target/Target.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tcpd::core {

/// One port-test attempt as read back from the step's `data.attempts[]`.
struct Attempt {
    QString address;
    QString family;
    QString outcome;
    double rttMs = -1;
    int tries = 0;
    bool icmpPresent = false;
    int icmpType = -1;
    int icmpCode = -1;
    QString icmpFrom;
    QString osError;
    bool localOrigin = false;
    qint64 retransFailDelta = -1;
    double elapsedMs = 0;
};

/// What the diagnosis rules look at, read from the steps' raw data (the same JSON a report holds).
struct Facts {
    const Target& target;
    QString dnsStatus; ///< "ok", "nxdomain", "no_records", "timeout", "servfail", "no_resolver", "sinkholed",
                       ///< "error", "cancelled"; "" if not run (docs/cli.md)
    QString dnsError;
    QStringList dnsAddresses;
    QList<Attempt> attempts;
    double portElapsedMs = 0;
    bool cancelled = false;
    QList<StepResult> steps; ///< every step as it came, for rules that read their own step's data

    /// The step with this id, or nullptr if it is not in the run.
    const StepResult* step(const QString& id) const;

    static Facts from(const Target& target, const QList<StepResult>& steps);

    qsizetype openCount() const;
    qsizetype countOutcome(const QString& outcome) const;
    double fastestRtt() const;
    /// Among failed attempts, the one whose packets got furthest (reset after connect > refused >
    /// rejected > filtered > host unreachable > network unreachable > error). nullptr if none failed.
    const Attempt* bestFailure() const;
};

} // namespace tcpd::core
