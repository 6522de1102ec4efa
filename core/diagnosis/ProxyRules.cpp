// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The verdicts of the way out (proxy.*, net.captive_portal). A sign-in page comes first: until someone
// signs in, it holds or answers every connection out, so what the other steps saw is the portal's doing.
// The proxy verdicts come after the link and the IP configuration (a dead link kills the proxy too) and
// before DNS: a network that lets only its proxy out often resolves outside names only through it.

#include "diagnosis/Rules.h"

#include "steps/ProxyStep.h"

using namespace Qt::StringLiterals;

namespace tcpd::core::rules {

namespace {

using evidence::ProxyEvidence;

bool tunnelIs(const Facts& f, std::initializer_list<const char16_t*> results)
{
    if (!f.proxy.ran || f.proxy.cancelled || f.cancelled) {
        return false;
    }
    return std::any_of(results.begin(), results.end(), [&f](const char16_t* r) { return f.proxy.tunnel.result == r; });
}

/// The direct connection got nowhere: no handshake, and no refusal from the target itself (a port that
/// refuses directly is better explained by the port verdict, whatever the proxy says).
bool directGotNowhere(const Facts& f)
{
    if (f.openCount() > 0) {
        return false;
    }
    return std::none_of(f.attempts.begin(), f.attempts.end(), [](const Attempt& a) {
        return a.outcome == Outcome::ResetAfterConnect || a.outcome == Outcome::ClosedAfterConnect
            || (a.outcome == Outcome::Refused && !a.localOrigin);
    });
}

/// The target is this computer or on its own network: a sign-in page does not stand between them.
bool targetNearby(const Facts& f)
{
    return f.targetLocal() || f.firewall.onLink || (f.ip.route.has_value() && f.ip.route->onLink);
}

QString quoted(const QString& s)
{
    return Diagnosis::tr("“%1”").arg(s);
}

void proxyEvidence(const Facts& f, Verdict& v)
{
    const ProxyEvidence& p = f.proxy;
    v.evidence << Diagnosis::tr("Proxy: %1, from %2.").arg(p.tunnel.proxy, proxySourceText(p.settings));
    if (!p.tunnel.statusLine.isEmpty()) {
        v.evidence << Diagnosis::tr("The proxy answered %1.").arg(quoted(p.tunnel.statusLine));
    }
    if (!p.tunnel.proxyAgent.isEmpty() || !p.tunnel.server.isEmpty()) {
        v.evidence << Diagnosis::tr("The proxy calls itself %1.").arg(quoted(p.tunnel.proxyAgent.isEmpty() ? p.tunnel.server : p.tunnel.proxyAgent));
    }
}

QString hostPort(const Facts& f)
{
    return where(f) + u':' + QString::number(f.target.port);
}

} // namespace

RuleList portalRules()
{
    return {
        {"net.captive_portal", "network",
         [](const Facts& f) {
             // A verified TLS handshake reached the real server: the page holds other traffic, not this.
             const bool reachedForReal = f.service.ran && f.service.check == u"tls" && f.service.result == u"ok";
             return f.proxy.ran && f.proxy.portalFound() && !targetNearby(f) && !reachedForReal && !f.cancelled;
         },
         [](const Facts& f, Verdict& v) {
             const evidence::PortalCheck& c = f.proxy.portal;
             v.title = Diagnosis::tr("A sign-in page holds the way out");
             v.explanation = Diagnosis::tr("This network answers with a sign-in page (%1) instead of letting connections through: "
                                           "a hotel, guest Wi-Fi or public network that wants you to accept its terms or sign in "
                                           "first. Until then it holds connections to %2, or answers them itself.")
                                 .arg(c.portalHost, where(f));
             v.nextSteps << Diagnosis::tr("Open a browser and go to %1 (or any address starting with http://). Accept the terms or "
                                          "sign in on the page that appears, then run the check again.")
                                .arg(c.url);
             v.nextSteps << Diagnosis::tr("If no page appears, turn Wi-Fi off and on again, or ask the staff of the place for the "
                                          "network's sign-in page.");
             v.evidence << Diagnosis::tr("The check address %1 answered %2.").arg(c.url, quoted(c.statusLine));
             if (!c.location.isEmpty()) {
                 v.evidence << Diagnosis::tr("It sends browsers to %1.").arg(c.location);
             }
         }},
    };
}

RuleList proxyRules()
{
    return {
        {"proxy.required", "network",
         [](const Facts& f) { return tunnelIs(f, {u"open"}) && f.openCount() == 0; },
         [](const Facts& f, Verdict& v) {
             const ProxyEvidence& p = f.proxy;
             v.title = Diagnosis::tr("%1 can be reached only through the proxy").arg(where(f));
             v.explanation = Diagnosis::tr("A direct connection to %1 does not get through, but the proxy %2 (from %3) opened the way "
                                           "to it. This network lets connections out only through its proxy. Programs that "
                                           "follow the proxy settings work; programs that ignore them (many command-line tools, "
                                           "Java, Python and database clients) fail with “timed out” or “connection refused”.")
                                 .arg(hostPort(f), p.tunnel.proxy, proxySourceText(p.settings));
             v.nextSteps << Diagnosis::tr("Tell the program that fails to use the proxy %1: most command-line tools read "
                                          "https_proxy=%1 from their environment; Java takes -Dhttps.proxyHost and "
                                          "-Dhttps.proxyPort; git takes git config --global http.proxy %1.")
                                .arg(p.tunnel.proxy);
             v.nextSteps << Diagnosis::tr("If the program cannot use a proxy, ask the network's administrator to let it connect to "
                                          "%1 directly.")
                                .arg(hostPort(f));
             proxyEvidence(f, v);
         }},
        {"proxy.unreachable", "network",
         [](const Facts& f) { return tunnelIs(f, {u"unreachable", u"name_not_found", u"not_proxy"}) && directGotNowhere(f); },
         [](const Facts& f, Verdict& v) {
             const ProxyEvidence& p = f.proxy;
             const QString why = p.tunnel.result == u"name_not_found" ? Diagnosis::tr("its name does not resolve")
                                 : p.tunnel.result == u"not_proxy"
                                     ? Diagnosis::tr("what answers there is not a proxy")
                                     : Diagnosis::tr("its port did not take the connection (%1)").arg(p.tunnel.connectError);
             v.title = Diagnosis::tr("The proxy set on this computer does not answer");
             v.explanation = Diagnosis::tr("Programs here are told to go through the proxy %1 (from %2), but %3. A proxy setting "
                                           "left over from another network (the office, a VPN) does this: every program that "
                                           "follows the setting fails, browsers first. The direct connection to %4 did not get "
                                           "through either.")
                                 .arg(p.tunnel.proxy, proxySourceText(p.settings), why, hostPort(f));
             v.nextSteps << Diagnosis::tr("If this computer should not use a proxy on this network, remove the setting. %1")
                                .arg(proxyChangeAdvice(p.settings));
             v.nextSteps << Diagnosis::tr("If it should, ask the network's administrator whether the proxy %1 is running and "
                                          "which address to use.")
                                .arg(p.tunnel.proxy);
             proxyEvidence(f, v);
         }},
        {"proxy.auth_required", "network",
         [](const Facts& f) { return tunnelIs(f, {u"auth_required"}) && directGotNowhere(f); },
         [](const Facts& f, Verdict& v) {
             const ProxyEvidence& p = f.proxy;
             v.title = Diagnosis::tr("The proxy wants a sign-in");
             v.explanation = (p.settings.credentials
                                  ? Diagnosis::tr("The proxy %1 turned down the user name and password in the proxy setting.")
                                  : Diagnosis::tr("The proxy %1 lets connections through only after a sign-in. Browsers ask for it "
                                                  "or sign in with your computer's account; many other programs cannot, and "
                                                  "fail."))
                                 .arg(p.tunnel.proxy)
                 + u' ' + Diagnosis::tr("The direct connection to %1 did not get through, so programs need the proxy.").arg(hostPort(f));
             v.nextSteps << Diagnosis::tr("Give the program the proxy's user name and password (for example "
                                          "https_proxy=http://USER:PASSWORD@%1), or use a program that can sign in to the proxy.")
                                .arg(p.tunnel.proxy.section(u"://"_s, 1));
             v.nextSteps << Diagnosis::tr("Ask the network's administrator which sign-in the proxy expects.");
             proxyEvidence(f, v);
         }},
        {"proxy.denied", "network",
         [](const Facts& f) { return tunnelIs(f, {u"denied", u"closed"}) && directGotNowhere(f); },
         [](const Facts& f, Verdict& v) {
             const ProxyEvidence& p = f.proxy;
             v.title = Diagnosis::tr("The proxy will not connect to %1").arg(hostPort(f));
             v.explanation = (p.tunnel.result == u"closed"
                                  ? Diagnosis::tr("The proxy %1 closed the connection without an answer when asked to connect to %2.")
                                  : Diagnosis::tr("The proxy %1 refused to connect to %2."))
                                 .arg(p.tunnel.proxy, hostPort(f))
                 + u' '
                 + Diagnosis::tr("Proxies often allow only web ports (443, 80) or a list of sites. The direct connection did "
                                 "not get through either.");
             v.nextSteps << Diagnosis::tr("Ask the network's administrator to allow %1 through the proxy, or to let this program "
                                          "connect to it directly.")
                                .arg(hostPort(f));
             proxyEvidence(f, v);
         }},
        {"proxy.target_failed", "network",
         [](const Facts& f) { return tunnelIs(f, {u"target_failed", u"no_answer"}) && directGotNowhere(f); },
         [](const Facts& f, Verdict& v) {
             const ProxyEvidence& p = f.proxy;
             v.title = Diagnosis::tr("The proxy cannot reach %1 either").arg(hostPort(f));
             v.explanation = (p.tunnel.result == u"no_answer"
                                  ? Diagnosis::tr("The proxy %1 took the request but had no answer after %2 s: it was still "
                                                  "trying to reach %3.")
                                        .arg(p.tunnel.proxy, seconds(static_cast<double>(p.tunnel.elapsedMs)), hostPort(f))
                                  : Diagnosis::tr("The proxy %1 took the request but could not connect to %2.").arg(p.tunnel.proxy, hostPort(f)))
                 + u' '
                 + Diagnosis::tr("Neither this computer nor its proxy gets through, so the problem is at %1 or on the way to "
                                 "it, not on this computer.")
                       .arg(where(f));
             v.nextSteps << Diagnosis::tr("Check that %1 is switched on and that a program listens on port %2.")
                                .arg(where(f))
                                .arg(f.target.port);
             v.nextSteps << Diagnosis::tr("Ask the proxy's administrator whether the proxy may connect to %1.").arg(hostPort(f));
             proxyEvidence(f, v);
         }},
    };
}

} // namespace tcpd::core::rules
