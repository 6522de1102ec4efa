// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The service step's words: its status, summary and findings from its typed evidence (what
// ServiceStep.cpp saw on the wire). The verdicts' texts are in diagnosis/ServiceRules.cpp.

#include "steps/ServiceStep.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

struct ServiceStep { // the translation context, shared with ServiceStep.cpp
    Q_DECLARE_TR_FUNCTIONS(ServiceStep)
};

using evidence::ServiceEvidence;

QString day(const QDateTime& t)
{
    return QLocale().toString(t.toUTC().date(), QLocale::ShortFormat);
}

void judgeExchange(StepResult& r, const ServiceEvidence& e);

/// What the second try with small segments adds to the step's summary and findings.
void judgeSmallTry(StepResult& r, const ServiceEvidence& e)
{
    const evidence::SmallSegmentsTry& small = e.small;
    if (!small.tried || e.cancelled) {
        return;
    }
    const QString what = e.check == u"tls" ? ServiceStep::tr("The TLS handshake") : ServiceStep::tr("The request");
    if (small.result == u"answered") {
        r.status = StepStatus::Fail;
        r.summary = ServiceStep::tr("Large packets from the server are lost on the way. %1 got no answer, then worked on a "
                                    "connection that asks for small packets (at most %2 bytes).")
                        .arg(what)
                        .arg(small.mss);
        r.findings.prepend(Finding{u"path.mtu_blackhole"_s, Severity::Error,
                                   ServiceStep::tr("Small packets pass, large ones are lost (a path MTU black hole)"),
                                   small.interfaceName.isEmpty() || small.interfaceMtu <= 0
                                       ? QString()
                                       : ServiceStep::tr("This computer sends through %1, MTU %2 bytes.")
                                             .arg(small.interfaceName)
                                             .arg(small.interfaceMtu),
                                   {}});
    } else if (small.result == u"no_answer") {
        r.summary += u' ' + ServiceStep::tr("A second try with small packets got no answer either.");
    } else if (small.result == u"not_possible") {
        r.summary += u' ' + ServiceStep::tr("tcpdoctor could not try again with small packets on this system.");
    } else {
        r.summary += u' ' + ServiceStep::tr("The second try with small packets could not connect (%1).").arg(small.error);
    }
}


void judgeExchange(StepResult& r, const ServiceEvidence& e)
{
    if (e.cancelled) {
        r.status = StepStatus::Error;
        r.summary = ServiceStep::tr("Cancelled.");
        return;
    }
    if (e.check == u"tls") {
        const QString names = e.chain.isEmpty() ? QString() : e.chain.first().names.join(u", "_s);
        if (e.result == u"ok") {
            r.status = StepStatus::Pass;
            r.summary = ServiceStep::tr("The TLS handshake worked (%1), and the certificate is valid for %2.")
                            .arg(e.protocol, e.sni.isEmpty() ? e.address : e.sni);
            const qint64 days = e.daysLeft();
            QString detail = ServiceStep::tr("Certificate issued by %1, valid until %2 (%n day(s) left).", nullptr, static_cast<int>(days))
                                 .arg(e.chain.isEmpty() ? QString() : e.chain.first().issuer,
                                      e.chain.isEmpty() ? QString() : day(e.chain.first().notAfter));
            if (!e.rootShippedKnown && !e.root.isEmpty()) {
                // Said, not skipped in silence: without the system's own list, an authority added here
                // (TLS inspection) cannot be told apart from one that came with the system.
                detail += u' ' + ServiceStep::tr("Whether the authority %1 came with the system or was added on this computer "
                                                 "could not be checked here.")
                                     .arg(e.root);
            }
            r.findings << Finding{u"tls.ok"_s, Severity::Info, ServiceStep::tr("TLS works: %1, %2").arg(e.protocol, e.cipher),
                                  detail, {}};
            if (days < 14) {
                r.findings << Finding{u"tls.expires_soon"_s, Severity::Warning,
                                      ServiceStep::tr("The certificate expires in %n day(s)", nullptr, static_cast<int>(days)),
                                      {},
                                      {ServiceStep::tr("Tell the server's administrator: the certificate must be renewed before %1.")
                                           .arg(day(e.chain.first().notAfter))}};
            }
        } else {
            r.status = StepStatus::Fail;
            if (e.result == u"not_tls") {
                r.summary = ServiceStep::tr("The service on port %1 does not speak TLS: it answered the TLS hello with something else.").arg(e.port);
            } else if (e.result == u"no_answer") {
                r.summary = ServiceStep::tr("The connection was made, but the TLS hello got no answer in %1 s.")
                                .arg(secondsText(e.budgetMs));
            } else if (e.result == u"handshake_failed") {
                r.summary = e.alert.isEmpty()
                    ? ServiceStep::tr("The server ended the TLS handshake.")
                    : ServiceStep::tr("The server ended the TLS handshake with the alert \"%1\".").arg(e.alert);
            } else if (e.result == u"closed") {
                r.summary = ServiceStep::tr("The server closed the connection instead of answering the TLS hello.");
            } else if (e.result == u"cert_expired") {
                r.summary = ServiceStep::tr("The server's certificate expired on %1.").arg(day(e.chain.first().notAfter));
            } else if (e.result == u"cert_not_yet_valid") {
                r.summary = ServiceStep::tr("The server's certificate is only valid from %1.").arg(day(e.chain.first().notBefore));
            } else if (e.result == u"cert_untrusted") {
                r.summary = ServiceStep::tr("The server's certificate is not trusted by this computer (issued by %1).")
                                .arg(e.chain.isEmpty() ? QString() : e.chain.last().issuer);
            } else if (e.result == u"cert_name_mismatch") {
                r.summary = ServiceStep::tr("The server's certificate is not valid for %1; it covers %2.").arg(e.sni.isEmpty() ? e.address : e.sni, names);
            } else {
                r.summary = ServiceStep::tr("The TLS check failed: %1").arg(e.error);
            }
        }
        if (e.rootAddedHere) {
            r.findings << Finding{u"tls.intercepted"_s, Severity::Warning,
                                ServiceStep::tr("The certificate comes from an authority added on this computer: %1").arg(e.root),
                                ServiceStep::tr("%1 is not one of the authorities that come with the system. It is your organisation's own "
                                                "authority, or a company proxy or security software that inspects encrypted connections. "
                                                "Browsers use this computer's list and work; programs with a list of their own (Java, "
                                                "Python, Node.js, git) do not know it and fail with certificate errors.")
                                    .arg(e.root)
                                    + (e.rootStore.isEmpty()
                                           ? QString()
                                           : u' ' + ServiceStep::tr("This computer keeps it in: %1.").arg(e.rootStore)),
                                {ServiceStep::tr("For such a program, add the authority to its own list: Java with keytool -importcert into "
                                                 "its cacerts; Python with the REQUESTS_CA_BUNDLE or SSL_CERT_FILE variable; Node.js with "
                                                 "NODE_EXTRA_CA_CERTS; git with http.sslCAInfo.")}};
        }
        return;
    }
    if (e.check == u"greeting") {
        if (e.result == u"greeting") {
            r.status = StepStatus::Pass;
            r.summary = ServiceStep::tr("The service greeted: %1").arg(e.greeting);
            r.findings << Finding{u"service.greeting"_s, Severity::Info, ServiceStep::tr("Greeting: %1").arg(e.greeting), {}, {}};
        } else {
            r.status = StepStatus::Fail;
            r.summary = e.result == u"closed"
                ? ServiceStep::tr("The service closed the connection without a word.")
                : e.result == u"no_greeting"
                ? ServiceStep::tr("The service accepted the connection but said nothing in %1 s.")
                      .arg(secondsText(e.budgetMs))
                : ServiceStep::tr("The second connection failed: %1").arg(e.error);
        }
        return;
    }
    if (e.check == u"http") {
        if (e.result == u"status") {
            r.status = e.httpStatus >= 500 ? StepStatus::Fail : StepStatus::Pass;
            r.summary = ServiceStep::tr("The web server answered: %1").arg(e.statusLine);
            r.findings << Finding{u"service.http_status"_s, e.httpStatus >= 500 ? Severity::Error : Severity::Info,
                                  ServiceStep::tr("HTTP answer: %1").arg(e.statusLine),
                                  e.httpServer.isEmpty() ? QString() : ServiceStep::tr("Server: %1").arg(e.httpServer), {}};
        } else {
            r.status = StepStatus::Warn;
            r.summary = e.result == u"not_http" ? ServiceStep::tr("The service answered, but not in HTTP: %1").arg(e.statusLine)
                : e.result == u"closed"          ? ServiceStep::tr("The service closed the connection without answering the request.")
                : e.result == u"no_answer"
                ? ServiceStep::tr("The service did not answer the request in %1 s.").arg(secondsText(e.budgetMs))
                : ServiceStep::tr("The second connection failed: %1").arg(e.error);
        }
        return;
    }
}

} // namespace

void judgeService(StepResult& r, const evidence::ServiceEvidence& e)
{
    judgeExchange(r, e);
    judgeSmallTry(r, e);
}

} // namespace tcpd::core
