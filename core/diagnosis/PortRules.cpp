// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "diagnosis/Rules.h"

#include "evidence/Icmp.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tcpd::core::rules {

QString seconds(double ms)
{
    return QLocale().toString(ms / 1000.0, 'f', ms < 10000 ? 1 : 0);
}

QString milliseconds(double ms)
{
    return ms < 1 ? Diagnosis::tr("less than 1 ms") : Diagnosis::tr("%1 ms").arg(qRound(ms));
}

QString where(const Facts& f)
{
    return f.target.displayHost;
}

QString attemptLine(const Attempt& a, quint16 port)
{
    QString line;
    if (a.outcome == Outcome::Open) {
        line = Diagnosis::tr("%1 port %2: the handshake completed in %3.").arg(a.address).arg(port).arg(milliseconds(a.rttMs));
    } else if (a.outcome == Outcome::Refused) {
        line = Diagnosis::tr("%1 port %2: the SYN was answered with RST (connection refused).").arg(a.address).arg(port);
    } else if (a.outcome == Outcome::Filtered) {
        line = Diagnosis::tr("%1 port %2: no answer in %3 s (SYN tries: %4).").arg(a.address).arg(port).arg(seconds(a.elapsedMs)).arg(a.tries);
    } else if (a.outcome == Outcome::ResetAfterConnect) {
        line = Diagnosis::tr("%1 port %2: the handshake completed, then the server sent RST.").arg(a.address).arg(port);
    } else if (a.outcome == Outcome::ClosedAfterConnect) {
        line = Diagnosis::tr("%1 port %2: the handshake completed, then the server closed the connection without a word.")
                   .arg(a.address).arg(port);
    } else if (a.noLocalPort()) {
        line = Diagnosis::tr("%1 port %2: this computer had no free local port for the connection.").arg(a.address).arg(port);
    } else if (a.outcome == Outcome::LocalBlock) {
        line = Diagnosis::tr("%1 port %2: this computer did not let the connection out.").arg(a.address).arg(port);
    } else {
        line = Diagnosis::tr("%1 port %2: %3.").arg(a.address).arg(port).arg(evidence::outcomeName(a.outcome));
    }
    if (a.icmp.present) {
        line += u' ' + Diagnosis::tr("%1 sent back: %2.").arg(a.icmp.from, a.icmpText());
    }
    if (!a.osError.isEmpty() && a.outcome != Outcome::Open) {
        line += u' ' + Diagnosis::tr("(system error: %1)").arg(a.osError);
    }
    if (a.retransFailDelta > 0) {
        line += u' ' + Diagnosis::tr("SYN retransmissions the kernel could not send (TcpExt TCPRetransFail): %1.")
                                    .arg(a.retransFailDelta);
    }
    return line;
}

namespace {

QString waitNote(const Facts& f)
{
    return Diagnosis::tr("An ordinary program would have waited about 21 seconds on Windows, or about 2 minutes on Linux, "
              "before showing a time-out; tcpdoctor knew after %1 seconds.")
        .arg(seconds(f.portElapsedMs));
}

bool bestIs(const Facts& f, Outcome outcome)
{
    const Attempt* a = f.bestFailure();
    return f.openCount() == 0 && a != nullptr && a->outcome == outcome;
}

} // namespace

RuleList okRules()
{
    return {
        {"ok.reachable", "none", [](const Facts& f) { return !f.attempts.isEmpty() && f.openCount() == f.attempts.size(); },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("Port %1 on %2 is reachable").arg(f.target.port).arg(where(f));
             v.explanation = Diagnosis::tr("We sent a SYN, the server answered with SYN-ACK and we completed the handshake "
                                "with an ACK in %1: something is listening on port %2 and nothing in between "
                                "blocks it.")
                                 .arg(milliseconds(f.fastestRtt()))
                                 .arg(f.target.port);
             const evidence::ServiceEvidence& s = f.service;
             if (s.ran && s.check == u"tls" && s.result == u"ok") {
                 v.evidence << Diagnosis::tr("The TLS handshake worked (%1), and the certificate is valid for %2 until %3.")
                                   .arg(s.protocol, s.sni.isEmpty() ? s.address : s.sni,
                                        QLocale().toString(s.chain.isEmpty() ? QDate() : s.chain.first().notAfter.date(),
                                                           QLocale::ShortFormat));
                 v.nextSteps << Diagnosis::tr("If a program still cannot connect, check its own settings: a proxy, its own list "
                                              "of trusted certificates (Java, Python, Node.js and git have one), or the user "
                                              "name and password.");
             } else if (s.ran && (s.result == u"greeting" || s.result == u"status")) {
                 v.evidence << (s.check == u"greeting" ? Diagnosis::tr("The service greeted: %1").arg(s.greeting)
                                                        : Diagnosis::tr("The web server answered: %1").arg(s.statusLine));
                 v.nextSteps << Diagnosis::tr("If a program still cannot connect, the problem is in the program or the service: "
                                              "check the program's settings, a proxy, or the user name and password.");
             } else {
                 v.nextSteps << Diagnosis::tr("If a program still cannot connect, the problem is above TCP: check the program's "
                                              "settings, a proxy, TLS certificates, or the user name and password.");
             }
             v.nextSteps << Diagnosis::tr("Make sure the program uses the same name and port as this test.");
         }},
        {"ok.partial", "network", [](const Facts& f) { return f.openCount() > 0 && f.openCount() < f.attempts.size(); },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("Port %1 answers on some addresses of %2, not on all").arg(f.target.port).arg(where(f));
             v.explanation = Diagnosis::tr("%1 has several addresses. The handshake completed on some of them and failed on "
                                "others. Programs that try a failing address first may be slow to connect, or fail.")
                                 .arg(where(f));
             v.nextSteps << Diagnosis::tr("If the failing addresses are IPv6, check IPv6 on this network (router settings), "
                               "or ask the network administrator.")
                         << Diagnosis::tr("Tell the server's administrator which addresses fail: one of them may point to an "
                               "old or wrong server.");
         }},
    };
}

namespace {

/// Why the local ports ran out, from the connections' states and where they go.
void explainPortUse(const Facts& f, Verdict& v, bool windows)
{
    const evidence::LocalPortsSeen& lp = f.port.localPorts;
    if (!lp.counted) {
        v.evidence << Diagnosis::tr("This computer's connections could not be counted: %1").arg(lp.error);
        v.nextSteps << (windows ? Diagnosis::tr("An administrator can list them with: netstat -ano")
                                : Diagnosis::tr("An administrator can list them with: ss -tan"));
        return;
    }
    if (lp.rangeSize() > 0) {
        v.evidence << Diagnosis::tr("Local ports in use: %1 of %2 (this computer picks them from %3 to %4).")
                          .arg(lp.inRange)
                          .arg(lp.rangeSize())
                          .arg(lp.rangeLow)
                          .arg(lp.rangeHigh);
    }
    QStringList states;
    for (const auto& [state, count] : lp.byState) {
        states << Diagnosis::tr("%1 %2").arg(count).arg(evidence::tcpStateText(state));
    }
    if (!states.isEmpty()) {
        v.evidence << Diagnosis::tr("TCP connections of this computer: %1.").arg(states.join(u", "_s));
    }
    const int timeWait = lp.stateCount(u"time_wait"_s);
    const int established = lp.stateCount(u"established"_s);
    if (timeWait > 0 && timeWait >= established) {
        v.explanation += u' '
            + Diagnosis::tr("Most of them belong to connections closed in the last minutes: a closed connection keeps "
                            "its port for a while (TIME_WAIT). A program opens and closes connections very fast.");
    } else if (established > 0) {
        v.explanation += u' '
            + Diagnosis::tr("Most of them belong to open connections: a program keeps very many connections open.");
    }
    if (!lp.topRemotes.isEmpty()) {
        const auto& top = lp.topRemotes.first();
        v.evidence << Diagnosis::tr("Most connections go to %1 port %2 (%3).").arg(top.address).arg(top.port).arg(top.count);
        v.nextSteps << Diagnosis::tr("Find the program that opens the connections to %1 port %2 and let it reuse its "
                                     "connections (a connection pool, keep-alive) instead of opening a new one for "
                                     "every request.")
                           .arg(top.address)
                           .arg(top.port);
    }
}

} // namespace

RuleList portRules()
{
    return {
        {"local.ports_exhausted", "ip",
         [](const Facts& f) { return f.port.portsExhausted(); },
         [](const Facts& f, Verdict& v) {
             const auto failed = std::find_if(f.attempts.begin(), f.attempts.end(),
                                              [](const Attempt& a) { return a.noLocalPort(); });
             const QString error = failed != f.attempts.end() ? failed->osError : QString();
             const bool windows = error.startsWith(u"WSA"_s);
             v.title = Diagnosis::tr("This computer has no free local port left for new connections");
             v.explanation = Diagnosis::tr("Every connection uses a local port of this computer. When tcpdoctor tried to "
                                           "connect to %1, the system answered that none was free (%2), so nothing was "
                                           "sent: neither the network nor the server is involved.")
                                 .arg(where(f), error);
             explainPortUse(f, v, windows);
             v.nextSteps << Diagnosis::tr("Restarting the program that opens the connections frees its ports at once; the ports of closed "
                                          "connections come free by themselves within about 2 minutes.");
             const evidence::LocalPortsSeen& lp = f.port.localPorts;
             if (windows) {
                 v.nextSteps << Diagnosis::tr("An administrator can give connections more local ports: netsh int ipv4 "
                                              "set dynamicport tcp start=10000 num=55536");
             } else if (lp.rangeSize() > 0) {
                 v.nextSteps << Diagnosis::tr("An administrator can give connections more local ports (now %1 to %2): "
                                              "sysctl -w net.ipv4.ip_local_port_range=\"10000 65000\"")
                                    .arg(lp.rangeLow)
                                    .arg(lp.rangeHigh);
             }
         }},
        {"ip.no_route", "ip",
         [](const Facts& f) {
             const Attempt* a = f.bestFailure();
             return f.openCount() == 0 && a != nullptr && a->outcome == Outcome::NetworkUnreachable && a->localOrigin
                 && !a->icmp.present;
         },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("This computer has no way to reach %1").arg(where(f));
             v.explanation = Diagnosis::tr("This computer's routing table has no route to %1, so the SYN could not be sent "
                                "anywhere. Usually there is no default gateway, or the network connection is down.")
                                 .arg(f.bestFailure()->address);
             v.nextSteps << Diagnosis::tr("Check that the network connection (cable or Wi-Fi) is up.")
                         << Diagnosis::tr("Check that a default gateway is set (automatic configuration, DHCP, usually does it).")
                         << Diagnosis::tr("If the address belongs to a company network, connect the VPN first.");
         }},
        {"port.reset_after_connect", "server", [](const Facts& f) { return bestIs(f, Outcome::ResetAfterConnect); },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("%1 accepted the connection on port %2, then cut it off").arg(where(f)).arg(f.target.port);
             v.explanation = Diagnosis::tr("The handshake completed (SYN, SYN-ACK, ACK), so the network is fine, but the server "
                                "then reset the connection (RST). The service refused to talk to this computer.");
             v.nextSteps << Diagnosis::tr("The service may only allow certain addresses: ask its administrator whether your "
                               "address is allowed.")
                         << Diagnosis::tr("The service may be overloaded or failing: check its log on the server.")
                         << Diagnosis::tr("Check that the program speaks what the service expects (for example TLS or plain).");
         }},
        {"port.closed_after_connect", "server", [](const Facts& f) { return bestIs(f, Outcome::ClosedAfterConnect); },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("%1 accepted the connection on port %2, then closed it at once").arg(where(f)).arg(f.target.port);
             v.explanation = Diagnosis::tr("The handshake completed, so the network is fine, but the server closed the "
                                "connection straight away without sending anything. Often a proxy or load "
                                "balancer has no working server behind it, or the service rejects this client.");
             v.nextSteps << Diagnosis::tr("Check the service's log on the server, and whatever sits in front of it (proxy, "
                               "load balancer, connection limit).")
                         << Diagnosis::tr("Check whether the service limits connections per address or allows only some addresses.");
         }},
        {"port.refused", "server", [](const Facts& f) { return bestIs(f, Outcome::Refused); },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("Nothing is listening on port %1 at %2").arg(f.target.port).arg(where(f));
             if (f.targetLocal()) {
                 // The target is this computer: no network, no firewall on the way, no other server.
                 v.explanation = Diagnosis::tr("We sent a SYN to port %1 of this computer itself and it answered at once "
                                               "with RST: no program on this computer accepts connections on that port.")
                                     .arg(f.target.port);
                 v.nextSteps << Diagnosis::tr("Start the program (the service) that should listen on port %1, or check its "
                                              "settings for the port it really uses.")
                                    .arg(f.target.port)
                             << Diagnosis::tr("Run \"tcpdoctor listen %1\" to see what listens on this computer and on "
                                              "which address.")
                                    .arg(f.target.port);
                 return;
             }
             v.explanation = Diagnosis::tr("We sent a SYN to port %1 and the server answered at once with RST: the computer "
                                "is reachable, but no program accepts connections on that port (or a firewall on "
                                "the way resets them).")
                                 .arg(f.target.port);
             v.nextSteps << Diagnosis::tr("Check that the service (the server program) is running on the server.")
                         << Diagnosis::tr("Check the port number: the service may use a different port.")
                         << Diagnosis::tr("On the server, run \"tcpdoctor listen %1\" to see what listens there and on which "
                               "address; a service bound to 127.0.0.1 can only be reached from the server itself.")
                                .arg(f.target.port);
         }},
        {"port.rejected", "network", [](const Facts& f) { return bestIs(f, Outcome::Rejected); },
         [](const Facts& f, Verdict& v) {
             const Attempt* a = f.bestFailure();
             const QString from = a->icmp.from.isEmpty() ? Diagnosis::tr("a device on the way") : a->icmp.from;
             const bool fromServer = !a->icmp.from.isEmpty() && a->icmp.from == a->address;
             const bool portUnreachable = a->icmp.present
                 && evidence::icmpKind(a->ipv6, a->icmp.type, a->icmp.code) == evidence::IcmpKind::PortUnreachable;
             v.title = fromServer ? Diagnosis::tr("%1 turned the connection to port %2 away").arg(where(f)).arg(f.target.port)
                                  : Diagnosis::tr("A firewall refused the connection to port %1").arg(f.target.port);
             v.explanation = Diagnosis::tr("We sent a SYN to port %1; instead of a SYN-ACK, %2 sent back an ICMP message: "
                                           "%3.")
                                 .arg(f.target.port)
                                 .arg(from, a->icmpText().isEmpty() ? Diagnosis::tr("not allowed") : a->icmpText());
             if (fromServer && portUnreachable) {
                 v.explanation += u' '
                     + Diagnosis::tr("The server itself turns the connection away: usually its firewall rejects this "
                                     "port (where simply nothing listens, a server answers with RST instead).");
             } else if (fromServer) {
                 v.explanation += u' ' + Diagnosis::tr("The server's own firewall refuses this connection.");
             } else {
                 v.explanation += u' '
                     + Diagnosis::tr("The router %1 turns the connection away before it reaches the server: a firewall "
                                     "there rejects it.")
                           .arg(from);
             }
             const std::optional<firewall::Story> story = firewallStory(f); // where on the path, and what to do
             if (story.has_value()) {
                 v.evidence << story->evidence;
                 v.nextSteps << story->advice;
             } else if (fromServer) {
                 v.nextSteps << Diagnosis::tr("Ask the server's administrator to allow port %1 from your address in the "
                                              "server's firewall.")
                                    .arg(f.target.port);
             } else {
                 v.nextSteps << Diagnosis::tr("Ask the administrator of the firewall at %1 to allow port %2 from your "
                                              "address.")
                                    .arg(from)
                                    .arg(f.target.port);
             }
             if (!fromServer) {
                 v.nextSteps << Diagnosis::tr("If you use a VPN or a guest network, try from the usual network.");
             }
         }},
        {"port.filtered", "network", [](const Facts& f) { return bestIs(f, Outcome::Filtered); },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("Nobody answered on port %1").arg(f.target.port);
             v.explanation = Diagnosis::tr("We sent SYNs to port %1 and got no answer at all: no SYN-ACK, no RST, no ICMP "
                                           "message.")
                                 .arg(f.target.port);
             const std::optional<firewall::Story> story = firewallStory(f); // where the silence starts
             if (story.has_value()) {
                 v.explanation += u' ' + story->explanation;
                 v.evidence << story->evidence;
                 v.nextSteps << story->advice;
             } else {
                 v.explanation += u' '
                     + Diagnosis::tr("Something on the way silently drops the packets, usually a firewall (on the "
                                     "server, on a router, or a cloud security group).");
                 v.nextSteps << Diagnosis::tr("Ask the server's administrator whether port %1 is allowed through the "
                                              "server's firewall and the network's firewalls from your address.")
                                    .arg(f.target.port)
                             << Diagnosis::tr("Check that the address is right: an old or wrong address also stays silent.");
                 if (!serverAnswersOtherPorts(f)) {
                     v.nextSteps << Diagnosis::tr("Check that the server is switched on.");
                 }
             }
             v.explanation += u' ' + waitNote(f);
         }},
        {"net.host_unreachable", "network", [](const Facts& f) { return bestIs(f, Outcome::HostUnreachable); },
         [](const Facts& f, Verdict& v) {
             const Attempt* a = f.bestFailure();
             v.title = Diagnosis::tr("The computer %1 cannot be found on the network").arg(where(f));
             if (a->osError == u"neighbour-unresolved" || (a->icmp.present && a->localOrigin)) {
                 v.explanation = Diagnosis::tr("%1 should be on this computer's own network, but nothing answered when this "
                                    "computer asked who has that address (ARP/neighbour discovery). The SYN could "
                                    "not even be sent.")
                                     .arg(a->address);
             } else {
                 v.explanation = Diagnosis::tr("A router (%1) reported that the host %2 is unreachable: the SYN could not be "
                                    "delivered to it.")
                                     .arg(a->icmp.from.isEmpty() ? Diagnosis::tr("on the way") : a->icmp.from, a->address);
             }
             v.nextSteps << Diagnosis::tr("Check that the computer is switched on and connected to the network.")
                         << Diagnosis::tr("Check the address: the computer may have got a new one.")
                         << Diagnosis::tr("If it is on another network, check the VPN or ask the network administrator.");
         }},
        {"net.network_unreachable", "network", [](const Facts& f) { return bestIs(f, Outcome::NetworkUnreachable); },
         [](const Facts& f, Verdict& v) {
             const Attempt* a = f.bestFailure();
             v.title = Diagnosis::tr("The network of %1 cannot be reached").arg(where(f));
             v.explanation = Diagnosis::tr("A router (%1) reported that it has no way to the network of %2, so the SYN was "
                                "sent back undelivered. This is a routing problem in the network, not on the server.")
                                 .arg(a->icmp.from.isEmpty() ? Diagnosis::tr("on the way") : a->icmp.from, a->address);
             v.nextSteps << Diagnosis::tr("If the address belongs to a company network, connect the VPN first.")
                         << Diagnosis::tr("Tell the network administrator which router answered, and the address you tried.");
         }},
    };
}

} // namespace tcpd::core::rules
