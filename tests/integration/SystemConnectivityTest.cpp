// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// NetworkManager's connectivity state as a second opinion beside the sign-in page check (issue 20):
// a private D-Bus daemon (dbus-daemon, as on every Linux desktop) with a stand-in for NetworkManager
// that exposes the real interface's Connectivity property. Nothing touches the machine's own buses.

#include "LoopbackServer.h"

#include "evidence/ProxyEvidence.h"
#include "steps/ProxyStep.h"
#include "steps/SystemConnectivity.h"
#include "target/Target.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace tcpd::core;

/// The part of org.freedesktop.NetworkManager the step reads.
class FakeNetworkManager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.NetworkManager")
    Q_PROPERTY(uint Connectivity READ connectivity)

public:
    std::atomic<uint> state{4};
    uint connectivity() const { return state.load(); }
};

namespace {

class SystemConnectivityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        if (daemon.isEmpty()) {
            GTEST_SKIP() << "Skipped, because dbus-daemon is not installed (scripts/install-deps installs it).";
        }
        m_daemon.start(daemon, {u"--session"_s, u"--nofork"_s, u"--nopidfile"_s, u"--print-address=1"_s});
        ASSERT_TRUE(m_daemon.waitForStarted(5000));
        for (int i = 0; i < 50 && !m_daemon.canReadLine(); ++i) {
            m_daemon.waitForReadyRead(100);
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        ASSERT_FALSE(m_address.isEmpty()) << "dbus-daemon printed no address";
        m_thread.start(); // the stand-in answers on a thread of its own, as NetworkManager is a process of its own
        m_fake.moveToThread(&m_thread);
        QDBusConnection bus = QDBusConnection::connectToBus(m_address, u"fake-nm"_s);
        ASSERT_TRUE(bus.isConnected()) << bus.lastError().message().toStdString();
        ASSERT_TRUE(bus.registerObject(u"/org/freedesktop/NetworkManager"_s, &m_fake, QDBusConnection::ExportAllProperties));
        ASSERT_TRUE(bus.registerService(u"org.freedesktop.NetworkManager"_s));
    }

    void TearDown() override
    {
        QDBusConnection::disconnectFromBus(u"fake-nm"_s);
        m_thread.quit();
        m_thread.wait(5000);
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }

    QProcess m_daemon;
    QString m_address;
    QThread m_thread;
    FakeNetworkManager m_fake;
};

} // namespace

TEST_F(SystemConnectivityTest, ReadsNetworkManagersStateInWords)
{
    m_fake.state = 2;
    SystemConnectivity c = systemConnectivity(3000, nullptr, m_address);
    EXPECT_EQ(c.source, u"networkmanager");
    EXPECT_EQ(c.state, u"portal") << c.error.toStdString();
    m_fake.state = 4;
    EXPECT_EQ(systemConnectivity(3000, nullptr, m_address).state, u"full");
    m_fake.state = 3;
    EXPECT_EQ(systemConnectivity(3000, nullptr, m_address).state, u"limited");
    m_fake.state = 0;
    EXPECT_EQ(systemConnectivity(3000, nullptr, m_address).state, u"unknown");
}

TEST_F(SystemConnectivityTest, NoNetworkManagerOrNoBusIsSaidNotGuessed)
{
    QDBusConnection::disconnectFromBus(u"fake-nm"_s); // NetworkManager is gone; the bus is still there
    const SystemConnectivity gone = systemConnectivity(3000, nullptr, m_address);
    EXPECT_TRUE(gone.state.isEmpty());
    EXPECT_EQ(gone.error, u"NetworkManager is not running");
    const SystemConnectivity noBus = systemConnectivity(3000, nullptr, u"unix:path=/nonexistent/tcpdoctor-no-bus"_s);
    EXPECT_TRUE(noBus.state.isEmpty());
    EXPECT_EQ(noBus.error, u"the system's message bus is not reachable");
}

// A bus that takes the connection and then says nothing (a hung dbus-daemon): the answer is "not in
// time", within the budget, and a stop ends the wait too.
TEST_F(SystemConnectivityTest, ASilentBusIsBoundedAndCanBeStopped)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray path = (dir.path() + u"/silent"_s).toUtf8();
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    ASSERT_GE(fd, 0);
    sockaddr_un sa{};
    sa.sun_family = AF_UNIX;
    ASSERT_LT(static_cast<size_t>(path.size()), sizeof(sa.sun_path));
    std::memcpy(sa.sun_path, path.constData(), static_cast<size_t>(path.size()));
    ASSERT_EQ(::bind(fd, reinterpret_cast<const sockaddr*>(&sa), sizeof(sa)), 0);
    ASSERT_EQ(::listen(fd, 4), 0); // never accepted, never answered
    const QString address = u"unix:path="_s + QString::fromUtf8(path);
    const SystemConnectivity late = systemConnectivity(300, nullptr, address);
    EXPECT_TRUE(late.state.isEmpty());
    EXPECT_EQ(late.error, u"the system's message bus did not answer in time");
    std::atomic<bool> stop{true};
    EXPECT_EQ(systemConnectivity(30000, &stop, address).error, u"stopped");
    ::close(fd);
}

// The proxy step asks NetworkManager beside its own check: agreement, a newer answer of its own, and
// a sign-in page only NetworkManager saw (the check address did not answer).
TEST_F(SystemConnectivityTest, TheProxyStepWeighsTheSecondOpinion)
{
    const unsigned short closed = tcpd::test::LoopbackServer::closedPort();
    const Target target = parseTarget(u"127.0.0.1:%1"_s.arg(closed)).target.value_or(Target{});
    tcpd::test::LoopbackServer free(tcpd::test::LoopbackServer::Mode::Banner,
                                    "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
    ASSERT_TRUE(free.ok());
    StepOptions options;
    options.noProxy = true;
    options.systemBusAddress = m_address;
    options.portalUrl = u"http://127.0.0.1:%1/generate_204"_s.arg(free.port());
    options.portalSource = u"argument"_s;

    m_fake.state = 2; // NetworkManager's last check saw a sign-in page; ours, now, sees none
    StepResult r = runProxyStep(target, options, nullptr);
    auto e = evidence::ProxyEvidence::fromJson(r.data, true);
    EXPECT_EQ(e.portal.systemSource, u"networkmanager");
    EXPECT_EQ(e.portal.systemState, u"portal");
    EXPECT_EQ(e.portal.result, u"free");
    ASSERT_FALSE(r.findings.isEmpty());
    const auto finding = [&r](const QString& code) -> const Finding* {
        for (const Finding& f : r.findings) {
            if (f.code == code) {
                return &f;
            }
        }
        return nullptr;
    };
    ASSERT_NE(finding(u"net.no_portal"_s), nullptr);
    EXPECT_TRUE(finding(u"net.no_portal"_s)->detail.contains(u"this answer is the newer one"_s));
    EXPECT_EQ(finding(u"net.captive_portal"_s), nullptr) << "one answer, not two that contradict";

    // The check address gives no answer; NetworkManager saw a sign-in page: a warning says so.
    options.portalUrl = u"http://127.0.0.1:%1/generate_204"_s.arg(closed);
    r = runProxyStep(target, options, nullptr);
    ASSERT_NE(finding(u"net.captive_portal"_s), nullptr);
    EXPECT_EQ(finding(u"net.captive_portal"_s)->severity, Severity::Warning);
    EXPECT_EQ(r.status, StepStatus::Warn);

    // The same, with NetworkManager seeing a free way: nothing is claimed.
    m_fake.state = 4;
    r = runProxyStep(target, options, nullptr);
    EXPECT_EQ(finding(u"net.captive_portal"_s), nullptr);
    ASSERT_NE(finding(u"net.portal_unknown"_s), nullptr);
    EXPECT_TRUE(finding(u"net.portal_unknown"_s)->detail.contains(u"NetworkManager reports a free way to the internet."_s));
}

#include "SystemConnectivityTest.moc"
