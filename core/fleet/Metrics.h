// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// The Prometheus text exposition format (version 0.0.4) of a check, for `tcpdoctor serve --metrics`
// (docs/fleet.md): what blackbox_exporter users expect from a /probe endpoint, with the verdict code and
// layer as labels. Pure: unit-tested, and parsed by the official Python client in the exporter's test.
//
//     const QByteArray body = probeMetrics(report);   // text/plain; version=0.0.4

#include "report/Report.h"

#include <QByteArray>
#include <QString>

namespace tcpd::core {

/// `# HELP`/`# TYPE` and samples: tcpdoctor_probe_success, tcpdoctor_probe_verdict{code,layer},
/// tcpdoctor_probe_duration_seconds, tcpdoctor_probe_handshake_seconds (only with a handshake),
/// tcpdoctor_probe_step_duration_seconds{step}, tcpdoctor_probe_step_status{step,status}.
QByteArray probeMetrics(const Report& report);

/// The exporter's own counters (/metrics).
struct ExporterCounters {
    quint64 probesOk = 0;        ///< probes answered with a verdict
    quint64 probesBadInput = 0;  ///< 400: no or bad target
    quint64 probesRejected = 0;  ///< 503: too many at once
    int inFlight = 0;
    int maxInFlight = 0;
};
QByteArray exporterMetrics(const ExporterCounters& counters, const QString& version);

/// A label value as the format wants it: backslash, double quote and newline escaped.
QString metricLabelValue(const QString& value);

} // namespace tcpd::core
