// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The Prometheus text of a check (tcpdoctor serve --metrics). tests/fleet/exporter.sh parses real scrapes
// with the official client; here: which samples, which values, and label escaping.

#include "fleet/Metrics.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;

namespace {
Report reachable()
{
    Report r;
    r.durationMs = 250;
    r.verdict.code = u"ok.reachable"_s;
    r.verdict.layer = u"none"_s;
    StepResult dns;
    dns.id = u"dns"_s;
    dns.status = StepStatus::Pass;
    dns.durationMs = 12;
    StepResult port;
    port.id = u"port"_s;
    port.status = StepStatus::Pass;
    port.durationMs = 30;
    port.data.insert(u"attempts"_s, QJsonArray{QJsonObject{{u"outcome"_s, u"filtered"_s}, {u"rtt_ms"_s, QJsonValue()}},
                                               QJsonObject{{u"outcome"_s, u"open"_s}, {u"rtt_ms"_s, 1.5}}});
    r.steps = {dns, port};
    return r;
}
} // namespace

TEST(Metrics, AReachableTargetHasItsVerdictHandshakeAndSteps)
{
    const QString text = QString::fromUtf8(probeMetrics(reachable()));
    EXPECT_TRUE(text.contains(u"# TYPE tcpdoctor_probe_success gauge\ntcpdoctor_probe_success 1\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"tcpdoctor_probe_verdict{code=\"ok.reachable\",layer=\"none\"} 1\n"_s));
    EXPECT_TRUE(text.contains(u"tcpdoctor_probe_duration_seconds 0.25\n"_s));
    EXPECT_TRUE(text.contains(u"tcpdoctor_probe_handshake_seconds 0.0015\n"_s)) << "the first attempt with a handshake";
    EXPECT_TRUE(text.contains(u"tcpdoctor_probe_step_duration_seconds{step=\"dns\"} 0.012\n"_s));
    EXPECT_TRUE(text.contains(u"tcpdoctor_probe_step_status{step=\"port\",status=\"pass\"} 1\n"_s));
    EXPECT_TRUE(text.endsWith(u'\n'));
    // Every family is announced once, before its samples.
    EXPECT_EQ(text.count(u"# TYPE tcpdoctor_probe_step_duration_seconds "_s), 1);
    EXPECT_LT(text.indexOf(u"# TYPE tcpdoctor_probe_step_status"_s), text.indexOf(u"tcpdoctor_probe_step_status{"_s));
}

TEST(Metrics, AProblemIsSuccessZeroWithoutAHandshake)
{
    Report r = reachable();
    r.verdict.code = u"port.refused"_s;
    r.verdict.layer = u"server"_s;
    r.steps[1].status = StepStatus::Fail;
    r.steps[1].data.insert(u"attempts"_s, QJsonArray{QJsonObject{{u"outcome"_s, u"refused"_s}, {u"rtt_ms"_s, QJsonValue()}}});
    const QString text = QString::fromUtf8(probeMetrics(r));
    EXPECT_TRUE(text.contains(u"tcpdoctor_probe_success 0\n"_s));
    EXPECT_TRUE(text.contains(u"code=\"port.refused\",layer=\"server\""_s));
    EXPECT_FALSE(text.contains(u"tcpdoctor_probe_handshake_seconds"_s)) << "no handshake, no sample (not a 0)";
    EXPECT_TRUE(text.contains(u"tcpdoctor_probe_step_status{step=\"port\",status=\"fail\"} 1\n"_s));
}

TEST(Metrics, LabelValuesAreEscapedAsTheFormatSays)
{
    EXPECT_EQ(metricLabelValue(u"a\"b\\c\nd"_s), u"a\\\"b\\\\c\\nd"_s);
    EXPECT_EQ(metricLabelValue(u"plain"_s), u"plain"_s);
}

TEST(Metrics, TheExporterCountsItsOwnWork)
{
    ExporterCounters c;
    c.probesOk = 12;
    c.probesBadInput = 4;
    c.probesRejected = 1;
    c.inFlight = 2;
    c.maxInFlight = 16;
    const QString text = QString::fromUtf8(exporterMetrics(c, u"0.2.0"_s));
    EXPECT_TRUE(text.contains(u"# TYPE tcpdoctor_exporter_probes_total counter\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"tcpdoctor_exporter_probes_total{result=\"checked\"} 12\n"_s));
    EXPECT_TRUE(text.contains(u"tcpdoctor_exporter_probes_total{result=\"bad_input\"} 4\n"_s));
    EXPECT_TRUE(text.contains(u"tcpdoctor_exporter_probes_total{result=\"too_many\"} 1\n"_s));
    EXPECT_TRUE(text.contains(u"tcpdoctor_exporter_probes_in_flight 2\n"_s));
    EXPECT_TRUE(text.contains(u"tcpdoctor_exporter_build_info{version=\"0.2.0\"} 1\n"_s));
}
