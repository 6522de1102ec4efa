// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The link and ip steps on this computer's real configuration, with loopback targets only (no
// gateway probe leaves this computer), compared with what the kernel tells through other doors
// (/sys/class/net, /proc/net/route), plus the gateway probe and its cancel on 127.0.0.1.

#include "platform/NetConfig.h"
#include "steps/Steps.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;

namespace {

Target loopbackTarget(const QString& host = u"127.0.0.1"_s)
{
    Target t;
    t.input = host + u":9"_s;
    t.host = host;
    t.displayHost = host;
    t.port = 9;
    t.isAddress = host != u"localhost";
    return t;
}

QJsonObject named(const QJsonArray& list, const QString& key, const QString& value)
{
    for (const auto& v : list) {
        if (v.toObject().value(key).toString() == value) {
            return v.toObject();
        }
    }
    return {};
}

TEST(LinkIpSteps, LoopbackTargetOnThisComputer)
{
    const std::atomic<bool> cancel{false};
    const StepResult link = runLinkStep(loopbackTarget(), {}, &cancel);
    EXPECT_EQ(link.id, u"link");
    EXPECT_EQ(link.status, StepStatus::Pass) << link.summary.toStdString();
    EXPECT_TRUE(link.data.value(u"target_local"_s).toBool());
    const QJsonObject lo = named(link.data.value(u"interfaces"_s).toArray(), u"kind"_s, u"loopback"_s);
    ASSERT_FALSE(lo.isEmpty()) << "a loopback interface is always there";
    EXPECT_TRUE(lo.value(u"mac_address"_s).isNull());

    const StepResult ip = runIpStep(loopbackTarget(), {}, &cancel);
    EXPECT_EQ(ip.id, u"ip");
    EXPECT_NE(ip.status, StepStatus::Fail) << ip.summary.toStdString();
    const QJsonObject route = ip.data.value(u"route"_s).toObject();
    EXPECT_EQ(route.value(u"status"_s).toString(), u"local");
    EXPECT_EQ(route.value(u"interface"_s).toString(), lo.value(u"name"_s).toString());
    EXPECT_TRUE(ip.data.value(u"gateway_probe"_s).isNull()) << "nothing leaves this computer for a local target";
    EXPECT_EQ(ip.data.value(u"gateway_probe_skipped"_s).toString(), u"target_local");
    const QJsonObject own = named(ip.data.value(u"addresses"_s).toArray(), u"address"_s, u"127.0.0.1"_s);
    EXPECT_EQ(own.value(u"origin"_s).toString(), u"loopback");
}

TEST(LinkIpSteps, LocalhostByNameNeedsNoGatewayEither)
{
    const std::atomic<bool> cancel{false};
    const StepResult ip = runIpStep(loopbackTarget(u"localhost"_s), {}, &cancel);
    EXPECT_TRUE(ip.data.value(u"gateway_probe"_s).isNull());
    EXPECT_EQ(ip.data.value(u"route"_s).toObject().value(u"status"_s).toString(), u"local");
    EXPECT_TRUE(ip.data.value(u"target_local"_s).toBool());
}

#ifdef __linux__
TEST(LinkIpSteps, InterfacesAreThoseOfSysClassNet)
{
    const std::atomic<bool> cancel{false};
    const StepResult link = runLinkStep(loopbackTarget(), {}, &cancel);
    QSet<QString> reported;
    for (const auto& v : link.data.value(u"interfaces"_s).toArray()) {
        reported << v.toObject().value(u"name"_s).toString();
    }
    QSet<QString> sysfs;
    for (const QString& name : QDir(u"/sys/class/net"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        sysfs << name;
    }
    EXPECT_EQ(reported, sysfs);
}

TEST(LinkIpSteps, DefaultGatewayIsThatOfProcNetRoute)
{
    // /proc/net/route: "Iface Destination Gateway Flags ..." with addresses in little-endian hex.
    QFile f(u"/proc/net/route"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        GTEST_SKIP() << "no /proc/net/route here";
    }
    QStringList expected;
    for (const QByteArray& line : f.readAll().split('\n').mid(1)) {
        const QList<QByteArray> cols = line.simplified().split(' ');
        if (cols.size() > 7 && cols[1] == "00000000" && cols[7] == "00000000") {
            const quint32 gw = cols[2].toUInt(nullptr, 16);
            expected << u"%1.%2.%3.%4 on %5"_s.arg(gw & 0xff)
                            .arg((gw >> 8) & 0xff)
                            .arg((gw >> 16) & 0xff)
                            .arg(gw >> 24)
                            .arg(QString::fromLatin1(cols[0]));
        }
    }
    const std::atomic<bool> cancel{false};
    const StepResult ip = runIpStep(loopbackTarget(), {}, &cancel);
    QStringList reported;
    for (const auto& v : ip.data.value(u"gateways"_s).toArray()) {
        const QJsonObject g = v.toObject();
        if (g.value(u"family"_s).toString() == u"ipv4" && g.value(u"address"_s).isString()) {
            reported << g.value(u"address"_s).toString() + u" on "_s + g.value(u"interface"_s).toString();
        }
    }
    expected.sort();
    reported.sort();
    EXPECT_EQ(reported, expected);
}
#endif

TEST(GatewayProbe, AnswersOnLoopback)
{
    // 127.0.0.1 stands in for a gateway: ping where this user may, else TCP (RST from a closed port).
    const std::atomic<bool> cancel{false};
    const tcpd::platform::GatewayProbe g = tcpd::platform::probeGateway("127.0.0.1", 0, 2000, &cancel);
    EXPECT_TRUE(g.answered) << "method " << static_cast<int>(g.method) << ", error " << g.error;
    EXPECT_NE(g.method, tcpd::platform::GatewayProbe::Method::None);
    EXPECT_GE(g.rttMs, 0);
    if (g.method == tcpd::platform::GatewayProbe::Method::Tcp) {
        EXPECT_FALSE(g.icmpUnavailable.empty()) << "says why ping was not used";
        EXPECT_TRUE(g.answer == "tcp_refused" || g.answer == "tcp_open") << g.answer;
    } else {
        EXPECT_EQ(g.answer, "echo_reply");
    }
}

TEST(GatewayProbe, StopsAtOnceWhenCancelled)
{
    const std::atomic<bool> cancel{true};
    QElapsedTimer timer;
    timer.start();
    // 127.0.0.1 again: were the cancel ignored, nothing would leave this computer anyway.
    const tcpd::platform::GatewayProbe g = tcpd::platform::probeGateway("127.0.0.1", 0, 4000, &cancel);
    EXPECT_TRUE(g.cancelled);
    EXPECT_FALSE(g.answered);
    EXPECT_LT(timer.elapsed(), 1000) << "a cancel must not wait for the probe's budget";
}

} // namespace
