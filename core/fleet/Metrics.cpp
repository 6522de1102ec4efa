// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "fleet/Metrics.h"

#include "evidence/Evidence.h"

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 9);
}

/// One metric family: its help and type lines, then its samples.
struct Family {
    QString name;
    QString text;
    Family(const QString& familyName, const QString& help, const QString& type = u"gauge"_s)
        : name(familyName)
    {
        text = u"# HELP "_s + name + u' ' + help + u"\n# TYPE "_s + name + u' ' + type + u'\n';
    }
    void sample(double value, const QList<QPair<QString, QString>>& labels = {})
    {
        text += name;
        if (!labels.isEmpty()) {
            QStringList parts;
            for (const auto& [key, v] : labels) {
                parts << key + u"=\""_s + metricLabelValue(v) + u'"';
            }
            text += u'{' + parts.join(u',') + u'}';
        }
        text += u' ' + number(value) + u'\n';
    }
};

} // namespace

QString metricLabelValue(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\') {
            out += u"\\\\"_s;
        } else if (c == u'"') {
            out += u"\\\""_s;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray probeMetrics(const Report& report)
{
    QString out;
    Family success(u"tcpdoctor_probe_success"_s,
                   u"1 when the target was reachable (verdict ok.*), 0 when the check found a problem."_s);
    success.sample(report.verdict.isOk() ? 1 : 0);
    out += success.text;

    Family verdict(u"tcpdoctor_probe_verdict"_s,
                   u"The check's verdict: always 1; its code and layer are the labels (docs/contract.md)."_s);
    verdict.sample(1, {{u"code"_s, report.verdict.code}, {u"layer"_s, report.verdict.layer}});
    out += verdict.text;

    Family duration(u"tcpdoctor_probe_duration_seconds"_s, u"How long the whole check took."_s);
    duration.sample(double(report.durationMs) / 1000.0);
    out += duration.text;

    // The handshake of the first address that completed one (the port step's attempts).
    double handshakeMs = -1;
    for (const StepResult& step : report.steps) {
        if (step.id != u"port") {
            continue;
        }
        for (const evidence::PortAttempt& a : evidence::PortEvidence::fromJson(step.data).attempts) {
            if (a.rttMs >= 0) {
                handshakeMs = a.rttMs;
                break;
            }
        }
    }
    if (handshakeMs >= 0) {
        Family handshake(u"tcpdoctor_probe_handshake_seconds"_s,
                         u"The TCP handshake time (SYN to SYN-ACK) of the first address that answered."_s);
        handshake.sample(handshakeMs / 1000.0);
        out += handshake.text;
    }

    Family stepDuration(u"tcpdoctor_probe_step_duration_seconds"_s, u"How long each step of the checklist took."_s);
    Family stepStatus(u"tcpdoctor_probe_step_status"_s,
                      u"Each step's status: always 1; the step and its status (pass, warn, fail, skipped, error) "
                      "are the labels."_s);
    for (const StepResult& step : report.steps) {
        stepDuration.sample(double(step.durationMs) / 1000.0, {{u"step"_s, step.id}});
        stepStatus.sample(1, {{u"step"_s, step.id}, {u"status"_s, statusName(step.status)}});
    }
    out += stepDuration.text + stepStatus.text;
    return out.toUtf8();
}

QByteArray exporterMetrics(const ExporterCounters& c, const QString& version)
{
    QString out;
    Family probes(u"tcpdoctor_exporter_probes_total"_s, u"Probe requests answered, by result."_s, u"counter"_s);
    probes.sample(double(c.probesOk), {{u"result"_s, u"checked"_s}});
    probes.sample(double(c.probesBadInput), {{u"result"_s, u"bad_input"_s}});
    probes.sample(double(c.probesRejected), {{u"result"_s, u"too_many"_s}});
    out += probes.text;
    Family inFlight(u"tcpdoctor_exporter_probes_in_flight"_s, u"Checks running now."_s);
    inFlight.sample(c.inFlight);
    out += inFlight.text;
    Family maxInFlight(u"tcpdoctor_exporter_max_probes_in_flight"_s,
                       u"Checks allowed at once (--max-in-flight); more wait, and beyond four times that are refused."_s);
    maxInFlight.sample(c.maxInFlight);
    out += maxInFlight.text;
    Family info(u"tcpdoctor_exporter_build_info"_s, u"Always 1; the version is the label."_s);
    info.sample(1, {{u"version"_s, version}});
    out += info.text;
    return out.toUtf8();
}

} // namespace tcpd::core
