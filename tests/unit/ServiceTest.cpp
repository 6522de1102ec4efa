// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The service step without a network: which check fits a target, its evidence round trip, and the
// verdicts its results lead to (never one that the port test's evidence contradicts).

#include "diagnosis/Diagnosis.h"
#include "evidence/Evidence.h"
#include "evidence/ServiceEvidence.h"
#include "steps/ServiceStep.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using evidence::ServiceEvidence;

namespace {

Target target(const QString& input)
{
    const TargetParse p = parseTarget(input);
    EXPECT_TRUE(p.ok()) << input.toStdString();
    return p.target.value_or(Target{});
}

ServiceEvidence tlsEvidence(const QString& result)
{
    ServiceEvidence e;
    e.ran = true;
    e.check = u"tls"_s;
    e.result = result;
    e.address = u"203.0.113.2"_s;
    e.port = 443;
    e.budgetMs = 5000;
    e.elapsedMs = 40;
    e.sni = u"app.example"_s;
    e.versionsTried = {u"TLS 1.2"_s, u"TLS 1.3"_s};
    e.protocol = u"TLS 1.3"_s;
    e.cipher = u"TLS_AES_256_GCM_SHA384"_s;
    evidence::CertificateSeen leaf;
    leaf.subject = u"app.example"_s;
    leaf.issuer = u"Example CA"_s;
    leaf.names = {u"app.example"_s, u"www.app.example"_s};
    leaf.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    leaf.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    e.chain << leaf;
    e.clock = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
    return e;
}

/// A run whose port test completed the handshake, and a service step with this evidence.
Verdict verdictFor(const ServiceEvidence& e, quint16 port = 443)
{
    StepResult portStep;
    portStep.id = u"port"_s;
    portStep.status = StepStatus::Pass;
    evidence::PortEvidence p;
    p.ran = true;
    p.port = port;
    evidence::PortAttempt a;
    a.address = u"203.0.113.2"_s;
    a.outcome = evidence::Outcome::Open;
    a.rttMs = 12;
    a.tries = 1;
    p.attempts << a;
    portStep.data = p.toJson();
    StepResult service;
    service.id = u"service"_s;
    service.status = e.result == u"ok" ? StepStatus::Pass : StepStatus::Fail;
    service.data = e.toJson();
    Target t;
    t.host = u"app.example"_s;
    t.displayHost = t.host;
    t.port = port;
    return diagnose(t, {portStep, service});
}

} // namespace

TEST(ServiceCheck, TheTargetChoosesTheCheck)
{
    const StepOptions auto_;
    EXPECT_EQ(serviceCheckFor(target(u"https://app.example/"_s), auto_), u"tls");
    EXPECT_EQ(serviceCheckFor(target(u"app.example:443"_s), auto_), u"tls");
    EXPECT_EQ(serviceCheckFor(target(u"ldaps://dc.example"_s), auto_), u"tls");
    EXPECT_EQ(serviceCheckFor(target(u"app.example:993"_s), auto_), u"tls");
    EXPECT_EQ(serviceCheckFor(target(u"app.example:22"_s), auto_), u"greeting");
    EXPECT_EQ(serviceCheckFor(target(u"app.example:587"_s), auto_), u"greeting");
    EXPECT_EQ(serviceCheckFor(target(u"http://app.example/"_s), auto_), u"http");
    EXPECT_EQ(serviceCheckFor(target(u"http://app.example:8080/"_s), auto_), u"http");
    EXPECT_EQ(serviceCheckFor(target(u"app.example:80"_s), auto_), u"http");
    EXPECT_EQ(serviceCheckFor(target(u"http://app.example:443/"_s), auto_), u"http") << "the URL says plain HTTP";
    EXPECT_EQ(serviceCheckFor(target(u"app.example:8080"_s), auto_), u"") << "8080 is not always a web server";
    EXPECT_EQ(serviceCheckFor(target(u"app.example:5432"_s), auto_), u"");

    StepOptions on;
    on.tls = TlsMode::On;
    EXPECT_EQ(serviceCheckFor(target(u"app.example:8443"_s), on), u"tls");
    StepOptions off;
    off.tls = TlsMode::Off;
    EXPECT_EQ(serviceCheckFor(target(u"app.example:443"_s), off), u"");
    EXPECT_EQ(serviceCheckFor(target(u"app.example:22"_s), off), u"greeting");
}

TEST(ServiceCheck, WithoutAConnectionOrACheckTheStepIsSkippedAndSaysWhy)
{
    const StepResult none = runServiceStep(target(u"app.example:443"_s), QString(), StepOptions{}, nullptr);
    EXPECT_EQ(none.status, StepStatus::Skipped);
    EXPECT_EQ(none.data.value(u"reason"_s).toString(), u"no_connection");
    const StepResult noCheck = runServiceStep(target(u"app.example:5432"_s), u"203.0.113.2"_s, StepOptions{}, nullptr);
    EXPECT_EQ(noCheck.status, StepStatus::Skipped);
    EXPECT_EQ(noCheck.data.value(u"reason"_s).toString(), u"no_check");
    StepOptions off;
    off.tls = TlsMode::Off;
    const StepResult tlsOff = runServiceStep(target(u"app.example:443"_s), u"203.0.113.2"_s, off, nullptr);
    EXPECT_EQ(tlsOff.data.value(u"reason"_s).toString(), u"tls_off");
    EXPECT_TRUE(tlsOff.summary.contains(u"turned off"_s)) << tlsOff.summary.toStdString();
}

TEST(ServiceEvidence, DataRoundTripsExactly)
{
    ServiceEvidence e = tlsEvidence(u"cert_name_mismatch"_s);
    e.certErrors = {u"The host name did not match any of the valid hosts for this certificate"_s};
    e.root = u"Example Root"_s;
    e.rootAddedHere = true;
    e.rootShippedKnown = true;
    e.rootStore = u"CurrentUser\\Root"_s;
    e.alert = u"handshake failure"_s;
    const QJsonObject json = e.toJson();
    EXPECT_EQ(ServiceEvidence::fromJson(json, true).toJson(), json);

    ServiceEvidence g;
    g.ran = true;
    g.check = u"greeting"_s;
    g.result = u"greeting"_s;
    g.greeting = u"SSH-2.0-OpenSSH_9.2p1"_s;
    EXPECT_EQ(ServiceEvidence::fromJson(g.toJson(), true).toJson(), g.toJson());
    ServiceEvidence h;
    h.ran = true;
    h.check = u"http"_s;
    h.result = u"status"_s;
    h.statusLine = u"HTTP/1.1 502 Bad Gateway"_s;
    h.httpStatus = 502;
    h.httpServer = u"nginx"_s;
    const ServiceEvidence back = ServiceEvidence::fromJson(h.toJson(), true);
    EXPECT_EQ(back.httpStatus, 502);
    EXPECT_EQ(back.toJson(), h.toJson());
    EXPECT_FALSE(ServiceEvidence::fromJson(QJsonObject{{u"reason"_s, u"no_check"_s}}, true).ran);
}

TEST(ServiceRules, EachTlsResultHasItsVerdict)
{
    const QList<std::pair<QString, QString>> cases = {
        {u"not_tls"_s, u"tls.not_tls"_s},
        {u"no_answer"_s, u"tls.no_answer"_s},
        {u"handshake_failed"_s, u"tls.handshake_failed"_s},
        {u"closed"_s, u"tls.handshake_failed"_s},
        {u"cert_expired"_s, u"tls.cert_expired"_s},
        {u"cert_not_yet_valid"_s, u"tls.cert_expired"_s},
        {u"cert_untrusted"_s, u"tls.cert_untrusted"_s},
        {u"cert_name_mismatch"_s, u"tls.cert_name_mismatch"_s},
        {u"ok"_s, u"ok.reachable"_s},
    };
    for (const auto& [result, code] : cases) {
        const Verdict v = verdictFor(tlsEvidence(result));
        EXPECT_EQ(v.code, code) << result.toStdString();
        EXPECT_FALSE(v.title.isEmpty());
        if (code != u"ok.reachable") {
            EXPECT_FALSE(v.nextSteps.isEmpty()) << code.toStdString();
            EXPECT_NE(v.layer, u"link") << "a completed handshake proves the link";
            EXPECT_NE(v.layer, u"ip");
        }
    }
}

TEST(ServiceRules, TheCertificateTextsSayWhatWasSeen)
{
    const Verdict expired = verdictFor(tlsEvidence(u"cert_expired"_s));
    EXPECT_TRUE(expired.explanation.contains(u"2027"_s)) << expired.explanation.toStdString();
    const Verdict notYet = verdictFor(tlsEvidence(u"cert_not_yet_valid"_s));
    EXPECT_TRUE(notYet.title.contains(u"clock"_s)) << "a certificate not valid yet points at this computer's clock";
    const Verdict mismatch = verdictFor(tlsEvidence(u"cert_name_mismatch"_s));
    EXPECT_TRUE(mismatch.explanation.contains(u"www.app.example"_s)) << mismatch.explanation.toStdString();
    EXPECT_TRUE(mismatch.explanation.contains(u"app.example"_s));
    ServiceEvidence alert = tlsEvidence(u"handshake_failed"_s);
    alert.alert = u"protocol version"_s;
    const Verdict failed = verdictFor(alert);
    EXPECT_TRUE(failed.explanation.contains(u"protocol version"_s));
    EXPECT_TRUE(failed.nextSteps.join(u' ').contains(u"TLS 1.2, TLS 1.3"_s));
}

TEST(ServiceRules, GreetingAndHttp)
{
    ServiceEvidence silent;
    silent.ran = true;
    silent.check = u"greeting"_s;
    silent.result = u"no_greeting"_s;
    silent.budgetMs = 5000;
    silent.address = u"203.0.113.2"_s;
    EXPECT_EQ(verdictFor(silent, 22).code, u"service.no_greeting");
    silent.result = u"greeting"_s;
    silent.greeting = u"SSH-2.0-x"_s;
    EXPECT_EQ(verdictFor(silent, 22).code, u"ok.reachable");

    ServiceEvidence http;
    http.ran = true;
    http.check = u"http"_s;
    http.result = u"status"_s;
    http.httpStatus = 502;
    http.statusLine = u"HTTP/1.1 502 Bad Gateway"_s;
    const Verdict bad = verdictFor(http, 80);
    EXPECT_EQ(bad.code, u"service.http_error");
    EXPECT_TRUE(bad.explanation.contains(u"502 Bad Gateway"_s));
    http.httpStatus = 404;
    EXPECT_EQ(verdictFor(http, 80).code, u"ok.reachable") << "a 404 is the application's answer, not a broken front";
}

TEST(ServiceRules, ASecondTryWithSmallPacketsThatIsAnsweredIsAnMtuBlackHole)
{
    ServiceEvidence e = tlsEvidence(u"ok"_s);
    e.small.tried = true;
    e.small.mss = 1200;
    e.small.result = u"answered"_s;
    e.small.elapsedMs = 35;
    e.small.interfaceName = u"wg0"_s;
    e.small.interfaceMtu = 1420;
    EXPECT_EQ(ServiceEvidence::fromJson(e.toJson(), true).toJson(), e.toJson()) << "small_segments round-trips";
    const Verdict v = verdictFor(e);
    EXPECT_EQ(v.code, u"path.mtu_blackhole");
    EXPECT_EQ(v.layer, u"network");
    EXPECT_TRUE(v.explanation.contains(u"1200"_s)) << v.explanation.toStdString();
    EXPECT_TRUE(v.nextSteps.join(u' ').contains(u"wg0"_s)) << "the interface whose MTU can be lowered is named";
    EXPECT_TRUE(v.nextSteps.join(u' ').contains(u"MSS"_s));
    EXPECT_TRUE(v.evidence.join(u' ').contains(u"1420"_s));

    // An expired certificate seen on the second try: the black hole still explains the hang first.
    ServiceEvidence expired = e;
    expired.result = u"cert_expired"_s;
    EXPECT_EQ(verdictFor(expired).code, u"path.mtu_blackhole");

    // The same on an HTTP answer.
    ServiceEvidence h;
    h.ran = true;
    h.check = u"http"_s;
    h.result = u"status"_s;
    h.httpStatus = 200;
    h.statusLine = u"HTTP/1.1 200 OK"_s;
    h.address = u"203.0.113.2"_s;
    h.port = 80;
    h.budgetMs = 5000;
    h.small = e.small;
    const Verdict hv = verdictFor(h, 80);
    EXPECT_EQ(hv.code, u"path.mtu_blackhole");
    EXPECT_TRUE(hv.explanation.contains(u"request"_s)) << hv.explanation.toStdString();
}

TEST(ServiceRules, ASilentSecondTryRulesOutThePacketSize)
{
    ServiceEvidence e = tlsEvidence(u"no_answer"_s);
    e.chain.clear();
    e.protocol.clear();
    e.small.tried = true;
    e.small.mss = 1200;
    e.small.result = u"no_answer"_s;
    const Verdict v = verdictFor(e);
    EXPECT_EQ(v.code, u"tls.no_answer");
    EXPECT_TRUE(v.evidence.join(u' ').contains(u"not the cause"_s)) << v.evidence.join(u'|').toStdString();

    // Where the system does not let a program ask for small packets, the black hole is not ruled out.
    e.small.result = u"not_possible"_s;
    e.small.error = u"WSAENOPROTOOPT"_s;
    const Verdict unknown = verdictFor(e);
    EXPECT_EQ(unknown.code, u"tls.no_answer");
    EXPECT_TRUE(unknown.evidence.join(u' ').contains(u"not ruled out"_s));
    EXPECT_TRUE(unknown.nextSteps.join(u' ').contains(u"MTU"_s));
}

TEST(ServiceJudge, AnAuthorityThatCouldNotBeCheckedIsSaidNotSkipped)
{
    ServiceEvidence e = tlsEvidence(u"ok"_s);
    e.root = u"Corp Root CA"_s;
    e.rootShippedKnown = false; // no list of shipped authorities here (Windows, macOS, another Linux)
    StepResult r;
    judgeService(r, e);
    ASSERT_FALSE(r.findings.isEmpty());
    EXPECT_EQ(r.findings.first().code, u"tls.ok");
    EXPECT_TRUE(r.findings.first().detail.contains(u"Corp Root CA"_s)) << r.findings.first().detail.toStdString();
    EXPECT_TRUE(r.findings.first().detail.contains(u"could not be checked"_s));

    e.rootShippedKnown = true; // checked: it came with the system
    StepResult known;
    judgeService(known, e);
    EXPECT_FALSE(known.findings.first().detail.contains(u"could not be checked"_s));
    EXPECT_EQ(std::count_if(known.findings.begin(), known.findings.end(),
                            [](const Finding& f) { return f.code == u"tls.intercepted"; }),
              0);
}

TEST(ServiceJudge, TheSecondTryShapesTheStep)
{
    ServiceEvidence e = tlsEvidence(u"ok"_s);
    e.small.tried = true;
    e.small.mss = 1200;
    e.small.result = u"answered"_s;
    e.small.interfaceName = u"eth0"_s;
    e.small.interfaceMtu = 1500;
    StepResult r;
    judgeService(r, e);
    EXPECT_EQ(r.status, StepStatus::Fail) << "the handshake worked only with small packets";
    ASSERT_FALSE(r.findings.isEmpty());
    EXPECT_EQ(r.findings.first().code, u"path.mtu_blackhole");
    EXPECT_TRUE(r.findings.first().detail.contains(u"MTU 1500"_s)) << r.findings.first().detail.toStdString();
    EXPECT_TRUE(r.summary.contains(u"1200"_s));

    ServiceEvidence silent = tlsEvidence(u"no_answer"_s);
    silent.small = e.small;
    silent.small.result = u"no_answer"_s;
    StepResult s;
    judgeService(s, silent);
    EXPECT_EQ(s.status, StepStatus::Fail);
    EXPECT_TRUE(s.summary.contains(u"no answer either"_s)) << s.summary.toStdString();
    EXPECT_EQ(std::count_if(s.findings.begin(), s.findings.end(),
                            [](const Finding& f) { return f.code == u"path.mtu_blackhole"; }),
              0);
}

TEST(ServiceJudge, AnAuthorityAddedHereNamesTheStoreThatKeepsIt)
{
    ServiceEvidence e = tlsEvidence(u"ok"_s);
    e.root = u"Corp Inspection CA"_s;
    e.rootShippedKnown = true;
    e.rootAddedHere = true;
    e.rootStore = u"LocalMachine\\Root (Group Policy)"_s; // what the Windows backend reports
    StepResult r;
    judgeService(r, e);
    const auto it = std::find_if(r.findings.begin(), r.findings.end(),
                                 [](const Finding& f) { return f.code == u"tls.intercepted"; });
    ASSERT_NE(it, r.findings.end());
    EXPECT_TRUE(it->detail.contains(u"Corp Inspection CA"_s));
    EXPECT_TRUE(it->detail.contains(u"LocalMachine\\Root (Group Policy)"_s)) << it->detail.toStdString();

    e.rootStore.clear(); // Linux: the distribution's list says "not shipped", no store to name
    StepResult linux;
    judgeService(linux, e);
    const auto plain = std::find_if(linux.findings.begin(), linux.findings.end(),
                                    [](const Finding& f) { return f.code == u"tls.intercepted"; });
    ASSERT_NE(plain, linux.findings.end());
    EXPECT_FALSE(plain->detail.contains(u"keeps it in"_s)) << plain->detail.toStdString();
}
