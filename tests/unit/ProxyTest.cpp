// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The proxy step without a network: reading proxy settings (the parser, the environment as curl reads
// it, and libproxy's own means: environment variables, a PAC file, GNOME settings), what a proxy's or a
// check page's answer means, and the verdicts of the way out (never one the direct evidence contradicts).

#include "diagnosis/Diagnosis.h"
#include "evidence/Evidence.h"
#include "evidence/ProxyEvidence.h"
#include "platform/ProxyConfig.h"
#include "platform/ProxyConfigDetail.h"
#include "steps/ProxyStep.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <map>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using tcpd::platform::ProxyServer;
using tcpd::platform::parseProxyUrl;

namespace {

/// Sets environment variables for one test and puts the old values back on every path.
class ScopedEnv
{
public:
    explicit ScopedEnv(const std::map<std::string, std::string>& values)
    {
        for (const auto& [name, value] : values) {
            const char* old = std::getenv(name.c_str());
            m_old.emplace_back(name, old ? std::optional<std::string>(old) : std::nullopt);
            setenv(name.c_str(), value.c_str(), 1);
        }
    }
    ~ScopedEnv()
    {
        for (const auto& [name, old] : m_old) {
            if (old) {
                setenv(name.c_str(), old->c_str(), 1);
            } else {
                unsetenv(name.c_str());
            }
        }
    }

private:
    std::vector<std::pair<std::string, std::optional<std::string>>> m_old;
};

/// No proxy variable of the machine running the tests gets in the way.
std::map<std::string, std::string> cleanProxyEnv(std::map<std::string, std::string> set)
{
    for (const char* name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"}) {
        set.emplace(name, "");
    }
    return set;
}

} // namespace

TEST(ProxySettings, ProxyAddressesAreReadAsSettingsWriteThem)
{
    struct Case {
        const char* text;
        const char* scheme;
        const char* host;
        int port;
        const char* user;
        const char* password;
    };
    const Case cases[] = {
        {"http://proxy.example:3128", "http", "proxy.example", 3128, "", ""},
        {"proxy.example:8080", "http", "proxy.example", 8080, "", ""},
        {"http://proxy.example", "http", "proxy.example", 80, "", ""},
        {"http://alice:s%40cret@198.51.100.5:3128/", "http", "198.51.100.5", 3128, "alice", "s@cret"},
        {"socks5h://[2001:db8::5]:1080", "socks5", "2001:db8::5", 1080, "", ""},
        {"socks://192.0.2.9", "socks5", "192.0.2.9", 1080, "", ""},
        {"https://proxy.example", "https", "proxy.example", 443, "", ""},
        {"PROXY 198.51.100.7:8080", "http", "198.51.100.7", 8080, "", ""},
        {"SOCKS5 198.51.100.8:1081", "socks5", "198.51.100.8", 1081, "", ""},
        {"DIRECT", "direct", "", 0, "", ""},
        {" direct:// ", "direct", "", 0, "", ""},
    };
    for (const Case& c : cases) {
        ProxyServer p;
        ASSERT_TRUE(parseProxyUrl(c.text, p)) << c.text;
        EXPECT_EQ(p.scheme, c.scheme) << c.text;
        EXPECT_EQ(p.host, c.host) << c.text;
        EXPECT_EQ(p.port, c.port) << c.text;
        EXPECT_EQ(p.user, c.user) << c.text;
        EXPECT_EQ(p.password, c.password) << c.text;
    }
    for (const char* bad : {"", "ftp://proxy.example:21", "http://proxy.example:99999", "http://proxy example:80",
                            "http://:3128", "PROXY :8080", "BOGUS 198.51.100.1:1", "http://[2001:db8::1:3128"}) {
        ProxyServer p;
        p.host = "unchanged";
        EXPECT_FALSE(parseProxyUrl(bad, p)) << bad;
        EXPECT_EQ(p.host, "unchanged") << bad;
    }
}

TEST(ProxySettings, AShownProxyNeverCarriesItsPassword)
{
    ProxyServer p;
    ASSERT_TRUE(parseProxyUrl("http://alice:wonderland@[2001:db8::7]:3128", p));
    EXPECT_EQ(tcpd::platform::displayUrl(p), "http://[2001:db8::7]:3128");
    EXPECT_EQ(tcpd::platform::displayUrl(ProxyServer{}), "direct://");
}

// A PAC file's address is shown without the user and password it may carry (every backend uses this).
TEST(ProxySettings, APacAddressIsShownWithoutItsSignIn)
{
    using tcpd::platform::detail::withoutCredentials;
    EXPECT_EQ(withoutCredentials("http://alice:s3cret@pac.example/proxy.pac"), "http://pac.example/proxy.pac");
    EXPECT_EQ(withoutCredentials("http://alice@pac.example:8080/x.pac?u=a@b"), "http://pac.example:8080/x.pac?u=a@b");
    EXPECT_EQ(withoutCredentials("http://pac.example/x.pac?u=a@b"), "http://pac.example/x.pac?u=a@b")
        << "an @ after the address is not a sign-in";
    EXPECT_EQ(withoutCredentials("file:///etc/proxy.pac"), "file:///etc/proxy.pac");
    EXPECT_EQ(withoutCredentials("not a url"), "not a url");
}

TEST(ProxySettings, TheEnvironmentIsReadAsCurlReadsIt)
{
    using tcpd::platform::detail::environmentProxy;
    {
        const ScopedEnv env(cleanProxyEnv({{"https_proxy", "http://198.51.100.5:3128"}, {"http_proxy", "http://198.51.100.6:80"}}));
        EXPECT_EQ(environmentProxy("https://app.example:8443/").name, "https_proxy");
        EXPECT_EQ(environmentProxy("http://app.example/").name, "http_proxy");
    }
    {
        // HTTP_PROXY in capitals is not read (curl leaves it alone: CGI programs get it from a request header).
        const ScopedEnv env(cleanProxyEnv({{"HTTP_PROXY", "http://198.51.100.5:3128"}, {"ALL_PROXY", "socks5://198.51.100.9"}}));
        const auto found = environmentProxy("http://app.example/");
        EXPECT_EQ(found.name, "ALL_PROXY");
        EXPECT_EQ(found.value, "socks5://198.51.100.9");
    }
    {
        const ScopedEnv env(cleanProxyEnv({{"https_proxy", "http://198.51.100.5:3128"}, {"no_proxy", "localhost, .corp.example,192.0.2.7"}}));
        EXPECT_TRUE(environmentProxy("https://app.corp.example/").bypassed);
        EXPECT_TRUE(environmentProxy("https://corp.example/").bypassed);
        EXPECT_TRUE(environmentProxy("https://192.0.2.7:443/").bypassed);
        EXPECT_FALSE(environmentProxy("https://notcorp.example/").bypassed);
        EXPECT_FALSE(environmentProxy("https://192.0.2.70/").bypassed);
    }
}

TEST(ProxySettings, LibproxyReadsTheEnvironment)
{
    const ScopedEnv env(cleanProxyEnv({{"https_proxy", "http://alice:pw@198.51.100.5:3128"}, {"no_proxy", "skip.example"}}));
    const tcpd::platform::ProxyConfig c = tcpd::platform::systemProxyFor("https://app.example:8443/", 5000, nullptr);
    ASSERT_FALSE(c.proxies.empty());
    EXPECT_EQ(c.backend, "libproxy");
    EXPECT_EQ(c.source, "environment");
    EXPECT_EQ(c.detail, "https_proxy");
    EXPECT_EQ(c.proxies.front().scheme, "http");
    EXPECT_EQ(c.proxies.front().host, "198.51.100.5");
    EXPECT_EQ(c.proxies.front().user, "alice");
    const tcpd::platform::ProxyConfig skipped = tcpd::platform::systemProxyFor("https://skip.example/", 5000, nullptr);
    ASSERT_FALSE(skipped.proxies.empty());
    EXPECT_EQ(skipped.proxies.front().scheme, "direct");
    EXPECT_EQ(skipped.detail, "https_proxy, no_proxy");
}

// libproxy runs PAC files in JavaScriptCore, which is not built for the sanitizers: under UBSan its own
// shared_ptr trips the vptr check (a false alarm: the type information is JavaScriptCore's, the check ours).
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define TCPD_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define TCPD_SANITIZED 1
#endif
#endif

TEST(ProxySettings, LibproxyRunsAPacFile)
{
#ifdef TCPD_SANITIZED
    GTEST_SKIP() << "JavaScriptCore, libproxy's PAC runner, is not built for the sanitizers (UBSan's vptr check "
                    "fails inside it); the PAC path is tested in the normal build";
#endif
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile pac(dir.filePath(u"proxy.pac"_s));
    ASSERT_TRUE(pac.open(QIODevice::WriteOnly));
    pac.write("function FindProxyForURL(url, host) {\n"
              "  if (dnsDomainIs(host, \".corp.example\")) return \"DIRECT\";\n"
              "  if (shExpMatch(url, \"https:*\")) return \"PROXY 198.51.100.7:8080; DIRECT\";\n"
              "  return \"SOCKS5 198.51.100.8:1080\";\n}\n");
    pac.close();
    const std::string pacUrl = "pac+file://" + pac.fileName().toStdString();
    const ScopedEnv env(cleanProxyEnv({{"https_proxy", pacUrl}, {"http_proxy", pacUrl}}));
    const tcpd::platform::ProxyConfig https = tcpd::platform::systemProxyFor("https://app.example/", 10000, nullptr);
    if (https.proxies.size() == 1 && https.proxies.front().scheme == "direct") {
        GTEST_SKIP() << "libproxy answered DIRECT for a PAC file that names a proxy: its PAC runner is missing";
    }
    ASSERT_GE(https.proxies.size(), 2u);
    EXPECT_EQ(https.source, "pac");
    EXPECT_EQ(https.detail, "file://" + pac.fileName().toStdString());
    EXPECT_EQ(https.proxies[0].scheme, "http");
    EXPECT_EQ(https.proxies[0].host, "198.51.100.7");
    EXPECT_EQ(https.proxies[0].port, 8080);
    EXPECT_EQ(https.proxies[1].scheme, "direct");
    const tcpd::platform::ProxyConfig http = tcpd::platform::systemProxyFor("http://app.example/", 10000, nullptr);
    ASSERT_FALSE(http.proxies.empty());
    EXPECT_EQ(http.proxies[0].scheme, "socks5");
    const tcpd::platform::ProxyConfig inside = tcpd::platform::systemProxyFor("https://db.corp.example/", 10000, nullptr);
    ASSERT_FALSE(inside.proxies.empty());
    EXPECT_EQ(inside.proxies[0].scheme, "direct");
}

// A PAC address in the environment with a sign-in in it (pac+http://user:password@...): the settings
// name the PAC file, never the password. The address is a closed loopback port: nothing is fetched.
TEST(ProxySettings, APacAddressFromTheEnvironmentDropsItsPassword)
{
#ifdef TCPD_SANITIZED
    GTEST_SKIP() << "JavaScriptCore, libproxy's PAC runner, is not built for the sanitizers; tested in the normal build";
#endif
    const std::string pacUrl = "pac+http://alice:s3cret@127.0.0.1:9/proxy.pac";
    const ScopedEnv env(cleanProxyEnv({{"https_proxy", pacUrl}}));
    const tcpd::platform::ProxyConfig c = tcpd::platform::systemProxyFor("https://app.example/", 10000, nullptr);
    ASSERT_FALSE(c.timedOut) << c.error;
    EXPECT_EQ(c.source, "pac");
    EXPECT_EQ(c.detail, "http://127.0.0.1:9/proxy.pac");
    EXPECT_EQ(c.detail.find("s3cret"), std::string::npos);
    EXPECT_EQ(c.error.find("s3cret"), std::string::npos);
}

TEST(ProxySettings, LibproxyReadsGnomeSettings)
{
    if (!QFile::exists(u"/usr/share/glib-2.0/schemas/org.gnome.system.proxy.gschema.xml"_s)) {
        GTEST_SKIP() << "GNOME's proxy settings schema is not installed (gsettings-desktop-schemas)";
    }
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(QDir(dir.path()).mkpath(u"glib-2.0/settings"_s));
    QFile keyfile(dir.filePath(u"glib-2.0/settings/keyfile"_s));
    ASSERT_TRUE(keyfile.open(QIODevice::WriteOnly));
    keyfile.write("[system/proxy]\nmode='manual'\n\n[system/proxy/https]\nhost='198.51.100.5'\nport=3129\n");
    keyfile.close();
    if (!QFile::exists(u"/usr/lib/x86_64-linux-gnu/libproxy/0.4.18/pxgsettings"_s)) {
        GTEST_SKIP() << "libproxy's GNOME module is not installed (libproxy1-plugin-gsettings)";
    }
    // libproxy decides on its GNOME module when its (process-wide) factory starts: so in a new process,
    // in a GNOME session whose settings outrank the environment, as for every GNOME program.
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    const std::string config = dir.path().toStdString();
    EXPECT_EXIT(
        {
            const ScopedEnv env(cleanProxyEnv({{"XDG_CONFIG_HOME", config},
                                               {"GSETTINGS_BACKEND", "keyfile"},
                                               {"DESKTOP_SESSION", "gnome"},
                                               {"https_proxy", "http://192.0.2.1:1"}}));
            const tcpd::platform::ProxyConfig c = tcpd::platform::systemProxyFor("https://app.example/", 10000, nullptr);
            const bool right = !c.proxies.empty() && c.source == "desktop" && c.detail == "GNOME settings"
                && c.proxies.front().host == "198.51.100.5" && c.proxies.front().port == 3129;
            std::fprintf(stderr, "%s %s %s:%d\n", c.source.c_str(), c.detail.c_str(),
                         c.proxies.empty() ? "-" : c.proxies.front().host.c_str(), c.proxies.empty() ? 0 : c.proxies.front().port);
            std::exit(right ? 0 : 1);
        },
        testing::ExitedWithCode(0), "desktop GNOME settings 198.51.100.5:3129");
}

TEST(ProxySettings, ALookupIsBoundedAndCanBeCancelled)
{
    std::atomic<bool> stop{true};
    const tcpd::platform::ProxyConfig c = tcpd::platform::systemProxyFor("https://app.example/", 60000, &stop);
    EXPECT_EQ(c.error, "cancelled");
    EXPECT_FALSE(c.timedOut);
}

TEST(ProxyAnswers, WhatAProxyOrACheckPageSaidIsNamed)
{
    using namespace proxydetail;
    EXPECT_EQ(httpTunnelResult(200), u"open");
    EXPECT_EQ(httpTunnelResult(407), u"auth_required");
    EXPECT_EQ(httpTunnelResult(403), u"denied");
    EXPECT_EQ(httpTunnelResult(405), u"denied");
    EXPECT_EQ(httpTunnelResult(502), u"target_failed");
    EXPECT_EQ(httpTunnelResult(504), u"target_failed");
    EXPECT_EQ(socksTunnelResult(0), u"open");
    EXPECT_EQ(socksTunnelResult(2), u"denied");
    EXPECT_EQ(socksTunnelResult(5), u"target_failed");
    EXPECT_EQ(socksTunnelResult(1), u"error");
    EXPECT_EQ(portalResult(204, {}, {}, {}), u"free");
    EXPECT_EQ(portalResult(302, "location: http://192.0.2.1/login\n", {}, {}), u"portal");
    EXPECT_EQ(portalResult(511, {}, "<html>", {}), u"portal");
    EXPECT_EQ(portalResult(200, {}, "<html><title>Welcome to Hotel Wi-Fi</title>", {}), u"portal");
    EXPECT_EQ(portalResult(200, {}, "NetworkManager is online\n", u"NetworkManager is online"_s), u"free");
    EXPECT_EQ(portalResult(200, "x-networkmanager-status: online\n", {}, u"something"_s), u"free");
    EXPECT_EQ(portalResult(200, {}, "Microsoft Connect Test", u"Microsoft Connect Test"_s), u"free");
    EXPECT_EQ(portalResult(404, {}, {}, {}), u"unexpected");
}

TEST(ProxyAnswers, TheQueryUrlFollowsTheTarget)
{
    EXPECT_EQ(proxyQueryUrl(parseTarget(u"https://app.example/x"_s).target.value()), u"https://app.example:443/");
    EXPECT_EQ(proxyQueryUrl(parseTarget(u"app.example:80"_s).target.value()), u"http://app.example:80/");
    EXPECT_EQ(proxyQueryUrl(parseTarget(u"app.example:5432"_s).target.value()), u"https://app.example:5432/");
    EXPECT_EQ(proxyQueryUrl(parseTarget(u"[2001:db8::1]:22"_s).target.value()), u"https://[2001:db8::1]:22/");
}

TEST(ProxyAnswers, ThePortalAddressComesFromTheOptionTheEnvironmentOrTheSystem)
{
    StepOptions o;
    EXPECT_TRUE(choosePortal(o, u"http://192.0.2.1/generate_204"_s, false));
    EXPECT_EQ(o.portalUrl, u"http://192.0.2.1/generate_204");
    EXPECT_EQ(o.portalSource, u"argument");
    EXPECT_FALSE(choosePortal(o, u"https://192.0.2.1/"_s, false));
    EXPECT_FALSE(choosePortal(o, u"not a url"_s, false));
    EXPECT_TRUE(choosePortal(o, {}, true));
    EXPECT_TRUE(o.portalUrl.isEmpty());
    {
        const ScopedEnv env(std::map<std::string, std::string>{{"TCPDOCTOR_PORTAL_URL", "off"}});
        EXPECT_TRUE(choosePortal(o, {}, false));
        EXPECT_TRUE(o.portalUrl.isEmpty());
    }
    {
        const ScopedEnv env(std::map<std::string, std::string>{{"TCPDOCTOR_PORTAL_URL", "http://198.51.100.1:8080/check"}});
        EXPECT_TRUE(choosePortal(o, {}, false));
        EXPECT_EQ(o.portalUrl, u"http://198.51.100.1:8080/check");
        EXPECT_EQ(o.portalSource, u"environment");
    }
    const PortalDefault d = defaultPortal();
    EXPECT_TRUE(d.url.startsWith(u"http://")) << d.url.toStdString();
    EXPECT_FALSE(d.source.isEmpty());
}

// --- The verdicts ---------------------------------------------------------------------------------

namespace {

evidence::ProxyEvidence proxyThrough(const QString& result, int status = 0, const QString& statusLine = {})
{
    evidence::ProxyEvidence e;
    e.ran = true;
    e.settings.source = u"environment"_s;
    e.settings.detail = u"https_proxy"_s;
    e.settings.backend = u"libproxy"_s;
    e.settings.proxies = {u"http://198.51.100.5:3128"_s};
    e.tunnel.result = result;
    e.tunnel.proxy = u"http://198.51.100.5:3128"_s;
    e.tunnel.kind = u"http"_s;
    e.tunnel.address = u"198.51.100.5"_s;
    e.tunnel.connectMs = result == u"unreachable" || result == u"name_not_found" ? -1 : 2;
    e.tunnel.connectError = result == u"unreachable" ? u"Connection refused"_s : QString();
    e.tunnel.status = status;
    e.tunnel.statusLine = statusLine;
    e.tunnel.proxyAgent = status ? u"tinyproxy/1.11.1"_s : QString();
    e.tunnel.elapsedMs = 40;
    e.portal.result = u"skipped"_s;
    return e;
}

StepResult stepOf(const evidence::ProxyEvidence& e, const Target& t)
{
    StepResult s;
    s.id = u"proxy"_s;
    s.data = e.toJson();
    judgeProxy(s, e, t);
    return s;
}

StepResult portWith(evidence::Outcome outcome, bool localOrigin = false)
{
    StepResult port;
    port.id = u"port"_s;
    port.status = outcome == evidence::Outcome::Open ? StepStatus::Pass : StepStatus::Fail;
    evidence::PortEvidence p;
    p.ran = true;
    p.port = 443;
    p.budgetMs = 1500;
    evidence::PortAttempt a;
    a.address = u"203.0.113.2"_s;
    a.outcome = outcome;
    a.rttMs = outcome == evidence::Outcome::Open ? 12 : -1;
    a.tries = outcome == evidence::Outcome::Filtered ? 3 : 1;
    a.localOrigin = localOrigin;
    p.attempts << a;
    port.data = p.toJson();
    return port;
}

Target appTarget()
{
    return parseTarget(u"app.example:443"_s).target.value();
}

} // namespace

TEST(ProxyRules, EachTunnelResultHasItsVerdictWhenTheDirectWayFails)
{
    const struct {
        const char* result;
        int status;
        const char* line;
        const char* verdict;
    } cases[] = {
        {"open", 200, "HTTP/1.1 200 Connection established", "proxy.required"},
        {"unreachable", 0, "", "proxy.unreachable"},
        {"name_not_found", 0, "", "proxy.unreachable"},
        {"not_proxy", 0, "SSH-2.0-OpenSSH_9.2", "proxy.unreachable"},
        {"auth_required", 407, "HTTP/1.0 407 Proxy Authentication Required", "proxy.auth_required"},
        {"denied", 403, "HTTP/1.1 403 Access violation", "proxy.denied"},
        {"closed", 0, "", "proxy.denied"},
        {"target_failed", 502, "HTTP/1.1 502 Bad Gateway", "proxy.target_failed"},
        {"no_answer", 0, "", "proxy.target_failed"},
    };
    const Target t = appTarget();
    for (const auto& c : cases) {
        const evidence::ProxyEvidence e = proxyThrough(QString::fromLatin1(c.result), c.status, QString::fromLatin1(c.line));
        const Verdict v = diagnose(t, {stepOf(e, t), portWith(evidence::Outcome::Filtered)});
        EXPECT_EQ(v.code, QString::fromLatin1(c.verdict)) << c.result;
        EXPECT_EQ(v.layer, u"network") << c.result;
        EXPECT_FALSE(v.nextSteps.isEmpty()) << c.result;
        if (c.status) {
            EXPECT_TRUE(v.evidence.join(u'\n').contains(QString::fromLatin1(c.line))) << c.result;
        }
        // The proxy's password never reaches a text.
        EXPECT_FALSE(v.explanation.contains(u"@"_s)) << c.result;
    }
}

TEST(ProxyRules, AWorkingDirectConnectionOutranksTheProxy)
{
    const Target t = appTarget();
    const StepResult proxy = stepOf(proxyThrough(u"unreachable"_s), t);
    EXPECT_EQ(proxy.status, StepStatus::Warn);
    ASSERT_FALSE(proxy.findings.isEmpty());
    EXPECT_EQ(proxy.findings.front().code, u"proxy.unreachable");
    EXPECT_EQ(diagnose(t, {proxy, portWith(evidence::Outcome::Open)}).code, u"ok.reachable");
}

TEST(ProxyRules, ARefusalFromTheTargetItselfIsThePortVerdict)
{
    const Target t = appTarget();
    const StepResult proxy = stepOf(proxyThrough(u"target_failed"_s, 502, u"HTTP/1.1 502 Bad Gateway"_s), t);
    EXPECT_EQ(diagnose(t, {proxy, portWith(evidence::Outcome::Refused)}).code, u"port.refused");
    // ... but a tunnel that opens where the direct way is refused says the proxy is required.
    const StepResult open = stepOf(proxyThrough(u"open"_s, 200, u"HTTP/1.1 200 OK"_s), t);
    EXPECT_EQ(diagnose(t, {open, portWith(evidence::Outcome::Refused)}).code, u"proxy.required");
}

TEST(ProxyRules, TheProxyReachedBeyondThisComputer)
{
    const Target t = appTarget();
    StepResult link;
    link.id = u"link"_s;
    link.status = StepStatus::Fail;
    const QList<StepResult> steps = reconcileSteps(t, {link, stepOf(proxyThrough(u"open"_s, 200, u"HTTP/1.1 200 OK"_s), t),
                                                       portWith(evidence::Outcome::Filtered)},
                                                   false);
    EXPECT_EQ(steps.front().status, StepStatus::Warn); // proven by the proxy's answer, no longer a failure
}

TEST(ProxyRules, ASignInPageOutranksWhatItCaused)
{
    const Target t = appTarget();
    evidence::ProxyEvidence e = proxyThrough(u"open"_s, 200, u"HTTP/1.1 200 OK"_s);
    e.tunnel = {};
    e.settings.source = u"none"_s;
    e.portal.url = u"http://192.0.2.1/generate_204"_s;
    e.portal.source = u"argument"_s;
    e.portal.result = u"portal"_s;
    e.portal.status = 302;
    e.portal.statusLine = u"HTTP/1.1 302 Found"_s;
    e.portal.location = u"http://192.0.2.1/login?next=x"_s;
    e.portal.portalHost = u"192.0.2.1"_s;
    e.portal.address = u"192.0.2.1"_s;
    const StepResult proxy = stepOf(e, t);
    EXPECT_EQ(proxy.status, StepStatus::Warn);
    const Verdict v = diagnose(t, {proxy, portWith(evidence::Outcome::Open)});
    EXPECT_EQ(v.code, u"net.captive_portal");
    EXPECT_TRUE(v.explanation.contains(u"192.0.2.1"_s));
    EXPECT_TRUE(v.evidence.join(u'\n').contains(u"http://192.0.2.1/login?next=x"_s));
    // A target on this computer is not behind the sign-in page.
    const Target local = parseTarget(u"127.0.0.1:443"_s).target.value();
    EXPECT_NE(diagnose(local, {stepOf(e, local), portWith(evidence::Outcome::Refused, true)}).code, u"net.captive_portal");
}

TEST(ProxyEvidence, DataRoundTripsExactly)
{
    evidence::ProxyEvidence e = proxyThrough(u"auth_required"_s, 407, u"HTTP/1.0 407 Proxy Authentication Required"_s);
    e.settings.credentials = true;
    e.portal.result = u"free"_s;
    e.portal.url = u"http://192.0.2.1/generate_204"_s;
    e.portal.status = 204;
    const QJsonObject json = e.toJson();
    EXPECT_EQ(evidence::ProxyEvidence::fromJson(json, true).toJson(), json);
    EXPECT_TRUE(evidence::ProxyEvidence::fromJson(json, true).ran);
    EXPECT_FALSE(evidence::ProxyEvidence::fromJson({}, true).ran);
}
