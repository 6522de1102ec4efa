// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The verdicts of the service step (tls.*, service.*): the handshake worked, and what came next did
// not. They come before ok.reachable: "port 443 is reachable" is no answer for a person whose
// browser says the certificate has expired.

#include "diagnosis/Rules.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace tcpd::core::rules {

namespace {

using evidence::ServiceEvidence;

bool tlsResult(const Facts& f, std::initializer_list<const char16_t*> results)
{
    if (!f.service.ran || f.service.check != u"tls" || f.openCount() == 0) {
        return false;
    }
    return std::any_of(results.begin(), results.end(), [&f](const char16_t* r) { return f.service.result == r; });
}

QString checkedName(const ServiceEvidence& s)
{
    return s.sni.isEmpty() ? s.address : s.sni;
}

QString day(const QDateTime& t)
{
    return QLocale().toString(t.toUTC().date(), QLocale::LongFormat);
}

void chainEvidence(const Facts& f, Verdict& v)
{
    const ServiceEvidence& s = f.service;
    if (!s.protocol.isEmpty()) {
        v.evidence << Diagnosis::tr("TLS handshake on %1: %2, %3.").arg(s.address, s.protocol, s.cipher);
    }
    for (int i = 0; i < s.chain.size(); ++i) {
        const evidence::CertificateSeen& c = s.chain[i];
        v.evidence << Diagnosis::tr("Certificate %1: \"%2\", issued by \"%3\", valid from %4 to %5, for: %6.")
                          .arg(i + 1)
                          .arg(c.subject, c.issuer, day(c.notBefore), day(c.notAfter), c.names.join(u", "_s));
    }
    for (const QString& e : s.certErrors) {
        v.evidence << Diagnosis::tr("Certificate check: %1").arg(e);
    }
}

/// What the second try with small segments showed, as evidence lines.
void smallTryEvidence(const Facts& f, Verdict& v)
{
    const evidence::SmallSegmentsTry& small = f.service.small;
    if (!small.tried) {
        return;
    }
    if (small.result == u"answered") {
        v.evidence << Diagnosis::tr("A second connection asking for packets of at most %1 bytes got its answer in %2 ms.")
                          .arg(small.mss)
                          .arg(small.elapsedMs);
    } else if (small.result == u"no_answer") {
        v.evidence << Diagnosis::tr("A second connection asking for packets of at most %1 bytes got no answer either: the "
                                    "size of the packets is not the cause.")
                          .arg(small.mss);
    } else if (small.result == u"not_possible") {
        v.evidence << Diagnosis::tr("tcpdoctor could not ask for small packets on this computer (%1), so large packets lost on "
                                    "the way (a path MTU black hole) are not ruled out.")
                          .arg(small.error);
    } else {
        v.evidence << Diagnosis::tr("The second connection, for a try with small packets, failed: %1.").arg(small.error);
    }
    if (!small.interfaceName.isEmpty() && small.interfaceMtu > 0) {
        v.evidence << Diagnosis::tr("This computer sends to %1 through %2, whose MTU is %3 bytes.")
                          .arg(f.service.address, small.interfaceName)
                          .arg(small.interfaceMtu);
    }
}

} // namespace

RuleList serviceRules()
{
    return {
        {"path.mtu_blackhole", "network",
         [](const Facts& f) { return f.service.ran && f.openCount() > 0 && f.service.small.result == u"answered"; },
         [](const Facts& f, Verdict& v) {
             const ServiceEvidence& s = f.service;
             v.title = Diagnosis::tr("Large packets from %1 are lost on the way").arg(where(f));
             v.explanation = (s.check == u"tls"
                                  ? Diagnosis::tr("The connection to port %1 was made, but the TLS hello got no answer in %2 s. "
                                                  "The same hello on a connection that asks for packets of at most %3 bytes "
                                                  "was answered at once.")
                                  : Diagnosis::tr("The connection to port %1 was made, but the request got no answer in %2 s. "
                                                  "The same request on a connection that asks for packets of at most %3 bytes "
                                                  "was answered at once."))
                                 .arg(f.target.port)
                                 .arg(seconds(s.budgetMs))
                                 .arg(s.small.mss)
                 + u' '
                 + Diagnosis::tr("Small packets pass and large ones from the server are lost: a router, tunnel or VPN on the "
                                 "way carries only smaller packets and drops larger ones without sending back the message "
                                 "(ICMP \"fragmentation needed\") that would make the server send smaller ones. This is "
                                 "called a path MTU black hole: programs connect, then hang.");
             if (!s.small.interfaceName.isEmpty() && s.small.interfaceMtu > 0) {
                 v.nextSteps << Diagnosis::tr("To get going on this computer, lower the MTU of %1 (now %2) to 1400, and try "
                                              "again.")
                                    .arg(s.small.interfaceName)
                                    .arg(s.small.interfaceMtu);
             }
             v.nextSteps << Diagnosis::tr("If you use a VPN or tunnel, try without it, or ask its administrator to lower the "
                                          "MTU of the tunnel.")
                         << Diagnosis::tr("Tell the network's administrator: a router on the way should adjust the TCP "
                                          "maximum segment size (MSS clamping), and let ICMP \"fragmentation needed\" "
                                          "(IPv6: \"packet too big\") messages through.");
             smallTryEvidence(f, v);
         }},
        {"tls.not_tls", "server", [](const Facts& f) { return tlsResult(f, {u"not_tls"}); },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("The service on port %1 of %2 does not speak TLS").arg(f.target.port).arg(where(f));
             v.explanation = Diagnosis::tr("The connection was made, but the service answered the TLS hello (the start of an "
                                           "encrypted connection) with something that is not TLS: a plain web server, or "
                                           "another protocol, listens on this port.");
             v.nextSteps << Diagnosis::tr("Check the address: maybe it should start with http:// instead of https://, or use "
                                          "another port.")
                         << Diagnosis::tr("Tell the server's administrator: TLS is expected on port %1, but the service "
                                          "there does not use it.")
                                .arg(f.target.port);
             v.evidence << Diagnosis::tr("The TLS library said: %1").arg(f.service.error);
         }},
        {"tls.no_answer", "network", [](const Facts& f) { return tlsResult(f, {u"no_answer"}); },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("%1 accepts the connection but does not answer the TLS hello").arg(where(f));
             v.explanation = Diagnosis::tr("The handshake on port %1 completed, then the TLS hello got no answer at all in %2 s: "
                                           "the service hangs, or a filter on the way drops encrypted connections to this "
                                           "name.")
                                 .arg(f.target.port)
                                 .arg(seconds(f.service.budgetMs));
             v.nextSteps << Diagnosis::tr("Try again in a few minutes: a busy or hanging service may recover.")
                         << Diagnosis::tr("Tell the server's administrator that connections are accepted but TLS never "
                                          "starts.")
                         << Diagnosis::tr("If it works from another network, ask this network's administrator whether a "
                                          "filter blocks this site.");
             if (f.service.small.result == u"not_possible") {
                 v.nextSteps << Diagnosis::tr("If programs connect and then hang only on this network or VPN, ask its "
                                              "administrator whether large packets are lost on the way (the MTU of a tunnel, "
                                              "MSS clamping on the router).");
             }
             smallTryEvidence(f, v);
         }},
        {"tls.handshake_failed", "server", [](const Facts& f) { return tlsResult(f, {u"handshake_failed", u"closed"}); },
         [](const Facts& f, Verdict& v) {
             const ServiceEvidence& s = f.service;
             v.title = Diagnosis::tr("The TLS handshake with %1 failed").arg(where(f));
             v.explanation = s.result == u"closed"
                 ? Diagnosis::tr("The server closed the connection instead of answering the TLS hello. It accepts "
                                 "connections, but not this kind of encrypted one.")
                 : s.alert.isEmpty()
                 ? Diagnosis::tr("The server ended the TLS handshake: the two sides found no protocol version or cipher "
                                 "they both accept.")
                 : Diagnosis::tr("The server ended the TLS handshake with the alert \"%1\": the two sides found no "
                                 "protocol version or cipher they both accept.")
                       .arg(s.alert);
             v.nextSteps << Diagnosis::tr("Tell the server's administrator: this computer offers %1, and the server accepts "
                                          "none of them. Servers should offer TLS 1.2 or newer.")
                                .arg(s.versionsTried.join(u", "_s))
                         << Diagnosis::tr("If only an old program of yours fails, update it: it may offer only old versions.");
             if (!s.error.isEmpty()) {
                 v.evidence << Diagnosis::tr("The TLS library said: %1").arg(s.error);
             }
         }},
        {"tls.cert_expired", "server", [](const Facts& f) { return tlsResult(f, {u"cert_expired", u"cert_not_yet_valid"}); },
         [](const Facts& f, Verdict& v) {
             const ServiceEvidence& s = f.service;
             const evidence::CertificateSeen& leaf = s.chain.first();
             const QString clock = QLocale().toString(s.clock.toLocalTime(), QLocale::LongFormat);
             if (s.result == u"cert_not_yet_valid") {
                 v.title = Diagnosis::tr("The certificate of %1 is not valid yet — check this computer's clock").arg(where(f));
                 v.explanation = Diagnosis::tr("The certificate is valid from %1, and this computer's clock says %2. A "
                                               "certificate that only starts to be valid later is rare: this computer's date "
                                               "or time zone is more likely wrong.")
                                     .arg(day(leaf.notBefore), clock);
                 v.nextSteps << Diagnosis::tr("Check the date, time and time zone of this computer, and turn on setting the "
                                              "time automatically.");
             } else {
                 v.title = Diagnosis::tr("The certificate of %1 has expired").arg(where(f));
                 v.explanation = Diagnosis::tr("The certificate was valid until %1; this computer's clock says %2. Programs "
                                               "refuse the connection, because an expired certificate no longer proves "
                                               "who the server is.")
                                     .arg(day(leaf.notAfter), clock);
                 v.nextSteps << Diagnosis::tr("Tell the server's administrator: the certificate must be renewed.")
                             << Diagnosis::tr("If other sites' certificates fail too, check this computer's date and time.");
             }
             chainEvidence(f, v);
         }},
        {"tls.cert_untrusted", "server", [](const Facts& f) { return tlsResult(f, {u"cert_untrusted"}); },
         [](const Facts& f, Verdict& v) {
             const ServiceEvidence& s = f.service;
             const QString issuer = s.chain.isEmpty() ? QString() : s.chain.last().issuer;
             const bool self = !s.chain.isEmpty() && s.chain.last().selfSigned;
             v.title = Diagnosis::tr("This computer does not trust the certificate of %1").arg(where(f));
             v.explanation = self
                 ? Diagnosis::tr("The certificate chain ends in \"%1\", which signed itself and is not on this computer's "
                                 "list of trusted authorities: a self-signed certificate, or a private authority.")
                       .arg(issuer)
                 : Diagnosis::tr("The certificate chain does not lead to an authority on this computer's list of trusted "
                                 "authorities (its last certificate was issued by \"%1\"). The server may not send its "
                                 "intermediate certificates, or uses a private authority.")
                       .arg(issuer);
             v.nextSteps << Diagnosis::tr("If this is your organisation's server, ask its administrator for the authority's "
                                          "certificate and how to install it on this computer.")
                         << Diagnosis::tr("Tell the server's administrator: the server must send its full certificate chain "
                                          "from an authority that clients trust.")
                         << Diagnosis::tr("Do not accept the certificate just to get past the warning unless you know why it "
                                          "is different.");
             chainEvidence(f, v);
         }},
        {"tls.cert_name_mismatch", "server", [](const Facts& f) { return tlsResult(f, {u"cert_name_mismatch"}); },
         [](const Facts& f, Verdict& v) {
             const ServiceEvidence& s = f.service;
             const QString names = s.chain.isEmpty() ? QString() : s.chain.first().names.join(u", "_s);
             v.title = Diagnosis::tr("The certificate of %1 is for another name").arg(where(f));
             v.explanation = Diagnosis::tr("The certificate is valid, but it covers %1, not %2. Programs refuse the "
                                           "connection, because the server could not prove it is %2.")
                                 .arg(names, checkedName(s));
             v.nextSteps << Diagnosis::tr("Connect with a name the certificate covers (%1), if it is the same server.").arg(names)
                         << Diagnosis::tr("Tell the server's administrator: the certificate must include %1.").arg(checkedName(s));
             chainEvidence(f, v);
         }},
        {"service.no_greeting", "server",
         [](const Facts& f) {
             return f.service.ran && f.service.check == u"greeting" && f.openCount() > 0
                 && (f.service.result == u"no_greeting" || f.service.result == u"closed");
         },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("The service on port %1 of %2 accepts connections but does not greet").arg(f.target.port).arg(where(f));
             v.explanation = f.service.result == u"closed"
                 ? Diagnosis::tr("The service on this port always speaks first, but it closed the connection without a "
                                 "word: it refuses this computer, or it is overloaded.")
                 : Diagnosis::tr("The service on this port always speaks first (a greeting such as \"SSH-2.0-...\" or "
                                 "\"220 ...\"), but it said nothing in %1 s: it hangs or is overloaded, or its name lookups "
                                 "of clients time out.")
                       .arg(seconds(f.service.budgetMs));
             v.nextSteps << Diagnosis::tr("Tell the server's administrator that the service accepts connections but does not "
                                          "answer; its log and load are the place to look.")
                         << Diagnosis::tr("Try again in a few minutes: an overloaded service may recover.");
         }},
        {"service.http_error", "server",
         [](const Facts& f) {
             return f.service.ran && f.service.check == u"http" && f.openCount() > 0 && f.service.result == u"status"
                 && f.service.httpStatus >= 500;
         },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("The web server at %1 answers with an error (%2)").arg(where(f)).arg(f.service.httpStatus);
             v.explanation = Diagnosis::tr("The connection works and the web server answered \"%1\". A 5xx status comes from "
                                           "the front (a proxy or load balancer, or the web server itself): it works, but the "
                                           "application behind it does not answer properly.")
                                 .arg(f.service.statusLine);
             v.nextSteps << Diagnosis::tr("Tell the site's administrator the time and the status: the application behind the "
                                          "web server is down or overloaded.")
                         << Diagnosis::tr("Try again in a few minutes.");
             if (!f.service.httpServer.isEmpty()) {
                 v.evidence << Diagnosis::tr("The web server calls itself \"%1\".").arg(f.service.httpServer);
             }
         }},
    };
}

} // namespace tcpd::core::rules
