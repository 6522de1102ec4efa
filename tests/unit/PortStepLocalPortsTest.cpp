// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The port step with the count of local ports (issue 21): the finding when no local port was left, the
// warning when few are, and the evidence in the step's data. No network.

#include "steps/PortStepDetail.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
namespace platform = tcpd::platform;

namespace {

Target target()
{
    Target t;
    t.host = u"203.0.113.2"_s;
    t.displayHost = t.host;
    t.port = 8080;
    return t;
}

platform::ProbeResult result(platform::Outcome outcome, const char* error = "")
{
    platform::ProbeResult p;
    p.endpoint = {"203.0.113.2", 8080};
    p.outcome = outcome;
    p.sysErrorName = error;
    p.localOrigin = outcome == platform::Outcome::Error;
    p.tries = 1;
    p.rttMs = outcome == platform::Outcome::Open ? 1.0 : -1;
    return p;
}

evidence::LocalPortsSeen ports(int inRange)
{
    platform::TcpSocketRow row{false, "198.51.100.1", 40000, "203.0.113.2", 8080, "time_wait"};
    std::vector<platform::TcpSocketRow> rows;
    for (int i = 0; i < inRange; ++i) {
        row.localPort = static_cast<uint16_t>(40000 + i);
        rows.push_back(row);
    }
    platform::LocalPortUsage u = platform::summarizePortUsage(rows, 40000, 40009, "203.0.113.2", 8080);
    u.source = "sock_diag";
    return localPortsSeen(u);
}

const Finding* findingWith(const StepResult& r, const QString& code)
{
    for (const Finding& f : r.findings) {
        if (f.code == code) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

TEST(PortStepLocalPorts, NoLocalPortLeftIsAFindingWithTheCounts)
{
    const evidence::LocalPortsSeen lp = ports(10);
    const StepResult r = portStepFromProbes(target(), {result(platform::Outcome::Error, "EADDRNOTAVAIL")}, {}, 3, 0, &lp);
    const Finding* f = findingWith(r, u"local.ports_exhausted"_s);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::Error);
    EXPECT_TRUE(f->detail.contains(u"10 of the 10 local ports")) << f->detail.toStdString();
    EXPECT_TRUE(f->detail.contains(u"TIME_WAIT")) << f->detail.toStdString();
    const QJsonObject data = r.data.value(u"local_ports"_s).toObject();
    EXPECT_EQ(data.value(u"in_range"_s).toInt(), 10);
    EXPECT_EQ(data.value(u"to_target"_s).toInt(), 10);
    EXPECT_EQ(data.value(u"range"_s).toObject().value(u"low"_s).toInt(), 40000);
    EXPECT_EQ(data.value(u"source"_s).toString(), u"sock_diag");
    EXPECT_EQ(findingWith(r, u"local.ports_nearly_exhausted"_s), nullptr) << "said once";
}

TEST(PortStepLocalPorts, AlmostEveryPortTakenIsAWarningEvenWhenTheConnectionWorked)
{
    evidence::LocalPortsSeen lp = ports(8); // 80 %
    StepResult r = portStepFromProbes(target(), {result(platform::Outcome::Open)}, {}, 3, 0, &lp);
    ASSERT_NE(findingWith(r, u"local.ports_nearly_exhausted"_s), nullptr);
    EXPECT_EQ(findingWith(r, u"local.ports_nearly_exhausted"_s)->severity, Severity::Warning);
    EXPECT_EQ(r.status, StepStatus::Pass);

    lp = ports(7); // 70 %: nothing to say
    r = portStepFromProbes(target(), {result(platform::Outcome::Open)}, {}, 3, 0, &lp);
    EXPECT_EQ(findingWith(r, u"local.ports_nearly_exhausted"_s), nullptr);
    EXPECT_EQ(findingWith(r, u"local.ports_exhausted"_s), nullptr);
}

TEST(PortStepLocalPorts, WithoutACountTheDataHasNoLocalPorts)
{
    const StepResult r = portStepFromProbes(target(), {result(platform::Outcome::Refused)}, {}, 3);
    EXPECT_FALSE(r.data.contains(u"local_ports"_s));
    EXPECT_FALSE(anyNoLocalPort({result(platform::Outcome::Refused, "ECONNREFUSED")}));
    EXPECT_TRUE(anyNoLocalPort({result(platform::Outcome::Error, "WSAENOBUFS")}));
}
