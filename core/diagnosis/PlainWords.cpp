// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Every verdict once more, for someone who is not a network person (issue 23, the home role): what
// happened, what it means for them (whose side the problem is on), and what they can do themselves,
// ending with who to send the report to. No protocol words: a unit test reads every text for them.

#include "diagnosis/Rules.h"

using namespace Qt::StringLiterals;

namespace tcpd::core::rules {

namespace {

/// The translation context of the plain words, apart from the technical texts.
struct PlainWords {
    Q_DECLARE_TR_FUNCTIONS(PlainWords)
};

QString sendTo(const QString& who)
{
    return PlainWords::tr("If it still does not work, send the report of this check to %1: it shows them where to look.")
        .arg(who);
}

QString whoRuns(const Facts& f)
{
    return PlainWords::tr("whoever runs %1").arg(where(f));
}

QString yourSupport()
{
    return PlainWords::tr("your IT support (or whoever looks after this computer)");
}

QString vpnFirst(const Facts& f)
{
    return PlainWords::tr("If %1 is at work or at school, connect the VPN first, then check again.").arg(where(f));
}

QString reconnect()
{
    return PlainWords::tr("Disconnect from the network and connect again (switch Wi-Fi off and on, or unplug the cable "
                          "for ten seconds), then check again.");
}

QString restartRouter()
{
    return PlainWords::tr("Restart the router: switch it off, wait ten seconds, switch it on, and wait until its lights "
                          "are steady.");
}

} // namespace

bool fillPlain(const Facts& f, Verdict& v)
{
    Verdict::Plain& p = v.plain;
    const QString host = where(f);
    const quint16 port = f.target.port;
    const QString& c = v.code;
    if (c == u"ok.reachable") {
        p.title = PlainWords::tr("%1 answers on port %2: the connection works").arg(host).arg(port);
        p.meaning = PlainWords::tr("From this computer, right now, the connection to %1 works, and nothing on the way "
                                   "blocks it.")
                        .arg(host);
        p.nextSteps << PlainWords::tr("If a program still cannot connect, check that it uses the same name and port: "
                                      "%1, port %2.")
                           .arg(host)
                           .arg(port)
                    << PlainWords::tr("Then the problem is in that program or its settings (a sign-in, a password, "
                                      "a proxy setting): ask whoever looks after the program.");
    } else if (c == u"ok.partial") {
        p.title = PlainWords::tr("%1 answers, but not on every way to it").arg(host);
        p.meaning = PlainWords::tr("%1 can be reached, but only some of its addresses work. Programs may be slow to "
                                   "connect, or fail now and then.")
                        .arg(host);
        p.nextSteps << PlainWords::tr("If your program works, there is nothing to do now.") << sendTo(whoRuns(f));
    } else if (c == u"local.ports_exhausted") {
        p.title = PlainWords::tr("This computer has run out of connections");
        p.meaning = PlainWords::tr("Programs on this computer have opened so many connections that no new one can "
                                   "start. It is not the network and not the server.");
        p.nextSteps << PlainWords::tr("Close programs you do not need, or restart the computer.")
                    << PlainWords::tr("If it happens again, send the report of this check to %1: a program keeps "
                                      "opening connections and never closes them.")
                           .arg(yourSupport());
    } else if (c == u"ip.no_route") {
        p.title = PlainWords::tr("This computer does not know the way to %1").arg(host);
        p.meaning = PlainWords::tr("This computer has no way to send anything to %1. Usually the network connection "
                                   "is incomplete, or %1 can only be reached through a VPN.")
                        .arg(host);
        p.nextSteps << vpnFirst(f) << reconnect() << sendTo(yourSupport());
    } else if (c == u"port.reset_after_connect" || c == u"port.closed_after_connect") {
        p.title = PlainWords::tr("%1 let the connection in, then ended it at once").arg(host);
        p.meaning = PlainWords::tr("Your computer and the network are fine: %1 was reached. Then the program on it, "
                                   "or a security device in front of it, ended the connection. The problem is on "
                                   "the server's side.")
                        .arg(host);
        p.nextSteps << PlainWords::tr("Try again in a few minutes: the service may be restarting or busy.")
                    << sendTo(whoRuns(f));
    } else if (c == u"port.refused") {
        p.title = PlainWords::tr("%1 is reachable, but nothing answers on port %2").arg(host).arg(port);
        p.meaning = PlainWords::tr("Your computer and the network are fine: %1 was reached, and it said no. No program "
                                   "there takes connections on port %2: the service is stopped, or it uses another "
                                   "port.")
                        .arg(host)
                        .arg(port);
        p.nextSteps << PlainWords::tr("Check the port number you were given.")
                    << PlainWords::tr("Try again in a few minutes: the service may be starting.")
                    << sendTo(whoRuns(f));
    } else if (c == u"port.rejected") {
        p.title = PlainWords::tr("A firewall turned the connection to %1 away").arg(host);
        p.meaning = PlainWords::tr("A firewall, on %1 or on the network in between, refuses connections to port %2 "
                                   "from your computer.")
                        .arg(host)
                        .arg(port);
        p.nextSteps << PlainWords::tr("If you use a VPN, a guest Wi-Fi or a mobile hotspot, try from your usual "
                                      "network.")
                    << sendTo(whoRuns(f));
    } else if (c == u"port.filtered") {
        p.title = PlainWords::tr("%1 did not answer on port %2").arg(host).arg(port);
        p.meaning = serverAnswersOtherPorts(f)
            ? PlainWords::tr("Nothing came back on this port. %1 is switched on (it answers on other ports), so a "
                             "firewall, on it or on the way to it, most likely blocks this port.")
                  .arg(host)
            : PlainWords::tr("Nothing came back at all. Most often a firewall, on %1 or on the way to it, "
                             "silently blocks this port; sometimes the address is wrong or the server is "
                             "switched off.")
                  .arg(host);
        p.nextSteps << PlainWords::tr("Check the name or address and the port you were given.")
                    << PlainWords::tr("If you use a VPN, a guest Wi-Fi or a mobile hotspot, try from your usual "
                                      "network.")
                    << sendTo(whoRuns(f));
    } else if (c == u"net.host_unreachable") {
        p.title = PlainWords::tr("%1 cannot be found on the network").arg(host);
        p.meaning = PlainWords::tr("The network could not deliver anything to %1: it is switched off, not connected, "
                                   "or has a new address.")
                        .arg(host);
        p.nextSteps << PlainWords::tr("Check that %1 is switched on and connected.").arg(host)
                    << PlainWords::tr("Check the name or address you were given.") << vpnFirst(f);
    } else if (c == u"net.network_unreachable") {
        p.title = PlainWords::tr("The network of %1 cannot be reached").arg(host);
        p.meaning = PlainWords::tr("The network on the way has no path to %1. It is not your computer and not the "
                                   "server: it is the network in between.")
                        .arg(host);
        p.nextSteps << vpnFirst(f) << sendTo(PlainWords::tr("your internet provider's or your IT support"));
    } else if (c == u"dns.no_resolver") {
        p.title = PlainWords::tr("This computer cannot look up names");
        p.meaning = PlainWords::tr("A name like %1 has to be turned into an address first, and this computer has no "
                                   "service set up to do it. Usually the network connection is incomplete.")
                        .arg(host);
        p.nextSteps << reconnect() << restartRouter() << sendTo(yourSupport());
    } else if (c == u"dns.timeout" || c == u"dns.refused") {
        p.title = PlainWords::tr("The network did not look up the name %1").arg(host);
        p.meaning = PlainWords::tr("This computer asked the network for the address of %1 and got no usable answer. "
                                   "The network's name service is not working for this computer.")
                        .arg(host);
        p.nextSteps << restartRouter() << reconnect() << sendTo(yourSupport());
    } else if (c == u"dns.servfail") {
        p.title = PlainWords::tr("The name %1 could not be looked up right now").arg(host);
        p.meaning = PlainWords::tr("The network answered, but could not find out the address of %1. This is usually a "
                                   "problem with the name's own settings, not with your computer.")
                        .arg(host);
        p.nextSteps << PlainWords::tr("Try again later.") << sendTo(whoRuns(f));
    } else if (c == u"dns.nxdomain") {
        p.title = PlainWords::tr("The name %1 does not exist").arg(host);
        p.meaning = PlainWords::tr("No address is known for this name. Often it is a typing mistake, or the name is "
                                   "only known inside a company network.");
        p.nextSteps << PlainWords::tr("Check the spelling of %1.").arg(host) << vpnFirst(f);
    } else if (c == u"dns.no_records") {
        p.title = PlainWords::tr("%1 has no address this computer can use").arg(host);
        p.meaning = PlainWords::tr("The name exists, but it leads to no address this computer and this network can "
                                   "use.");
        p.nextSteps << PlainWords::tr("Check the spelling of %1.").arg(host) << sendTo(whoRuns(f));
    } else if (c == u"dns.sinkholed") {
        p.title = PlainWords::tr("%1 is blocked by a filter on this network").arg(host);
        p.meaning = PlainWords::tr("The network deliberately does not give out the address of %1. Schools, companies, "
                                   "parental controls and some security software block sites this way.")
                        .arg(host);
        p.nextSteps << PlainWords::tr("If you think this is a mistake, ask whoever runs this network, or check your "
                                      "security software and parental controls.");
    } else if (c == u"dns.hosts_override") {
        p.title = PlainWords::tr("A setting on this computer sends %1 to the wrong place").arg(host);
        p.meaning = PlainWords::tr("A file on this computer (the hosts file) gives %1 an old address, so the computer "
                                   "never asks the network for the right one.")
                        .arg(host);
        p.nextSteps << sendTo(yourSupport());
    } else if (c == u"dns.wrong_address") {
        p.title = PlainWords::tr("%1 leads to the wrong address").arg(host);
        p.meaning = PlainWords::tr("The address this computer got for %1 is not the right one: an old entry somewhere, "
                                   "or a filter.")
                        .arg(host);
        p.nextSteps << PlainWords::tr("Restart the computer and the router, then check again.") << sendTo(yourSupport());
    } else if (c == u"firewall.local_block") {
        p.title = PlainWords::tr("Security software on this computer blocked the connection");
        p.meaning = PlainWords::tr("The connection never left this computer: its firewall or security software did not "
                                   "let it out.");
        p.nextSteps << PlainWords::tr("Open your security software (antivirus, firewall) and look for a blocked "
                                      "program or connection.")
                    << sendTo(yourSupport());
    } else if (c == u"link.not_ready") {
        p.title = PlainWords::tr("The network connection is not ready yet");
        p.meaning = PlainWords::tr("This computer is still connecting to the network.");
        p.nextSteps << PlainWords::tr("Wait a minute, then check again.") << reconnect();
    } else if (c == u"link.down") {
        p.title = PlainWords::tr("This computer is not connected to a network");
        p.meaning = PlainWords::tr("No cable and no Wi-Fi connection is working, so nothing can go out.");
        p.nextSteps << PlainWords::tr("Plug the network cable in at both ends, or switch Wi-Fi on and choose your "
                                      "network.")
                    << PlainWords::tr("Check that the router is switched on.");
    } else if (c == u"ip.no_address" || c == u"ip.self_assigned") {
        p.title = PlainWords::tr("The network did not give this computer an address");
        p.meaning = PlainWords::tr("The computer is connected, but the router did not give it an address, so it cannot "
                                   "talk to anything.");
        p.nextSteps << reconnect() << restartRouter()
                    << PlainWords::tr("If other devices have the same problem, the router needs attention.");
    } else if (c == u"ip.gateway_unreachable") {
        p.title = PlainWords::tr("The router does not answer");
        p.meaning = PlainWords::tr("This computer cannot reach its router, the box everything else goes through.");
        p.nextSteps << PlainWords::tr("Check that the router is switched on and its lights look as usual.")
                    << restartRouter() << reconnect();
    } else if (c == u"net.captive_portal") {
        p.title = PlainWords::tr("This network wants you to sign in first");
        p.meaning = PlainWords::tr("This network (a hotel, a train, a guest Wi-Fi) shows a page in the browser where "
                                   "you sign in or accept its terms. Until then, nothing else gets through.");
        p.nextSteps << PlainWords::tr("Open a web browser and follow the page that appears, then check again.");
    } else if (c == u"proxy.required") {
        p.title = PlainWords::tr("%1 can only be reached through this network's proxy").arg(host);
        p.meaning = PlainWords::tr("The direct way is closed. Connections must go through the relay this network "
                                   "provides (a proxy), and the program is not set to use it.");
        p.nextSteps << PlainWords::tr("Set the program to use the system's proxy settings.") << sendTo(yourSupport());
    } else if (c == u"proxy.unreachable") {
        p.title = PlainWords::tr("The proxy set on this computer does not answer");
        p.meaning = PlainWords::tr("This computer is set to send connections through a relay (a proxy) that cannot be "
                                   "reached. Often it is an old setting from another network.");
        p.nextSteps << PlainWords::tr("If you are not on your work network, switch the proxy off in the system's "
                                      "network settings.")
                    << sendTo(yourSupport());
    } else if (c == u"proxy.auth_required") {
        p.title = PlainWords::tr("The proxy wants you to sign in");
        p.meaning = PlainWords::tr("The relay (proxy) this network uses asks for a user name and password first.");
        p.nextSteps << PlainWords::tr("Enter your work user name and password where the program asks for the proxy.")
                    << sendTo(yourSupport());
    } else if (c == u"proxy.denied") {
        p.title = PlainWords::tr("The proxy will not connect to %1").arg(host);
        p.meaning = PlainWords::tr("The relay (proxy) this network uses does not allow connections to %1, port %2.")
                        .arg(host)
                        .arg(port);
        p.nextSteps << sendTo(yourSupport());
    } else if (c == u"proxy.target_failed") {
        p.title = PlainWords::tr("The proxy cannot reach %1 either").arg(host);
        p.meaning = PlainWords::tr("Your computer reached this network's relay (proxy) fine, but it could not connect to "
                                   "%1 either: the problem is beyond it.")
                        .arg(host);
        p.nextSteps << PlainWords::tr("Try again later.") << sendTo(whoRuns(f));
    } else if (c == u"path.mtu_blackhole") {
        p.title = PlainWords::tr("Large pieces of data from %1 get lost on the way").arg(host);
        p.meaning = PlainWords::tr("Small messages get through, but larger ones are lost: pages start to load and then "
                                   "hang. A device on the way, often a VPN or a router, is set up wrongly.");
        p.nextSteps << PlainWords::tr("If you use a VPN, try without it (or the other way round).")
                    << sendTo(PlainWords::tr("your internet provider's or your IT support"));
    } else if (c == u"tls.not_tls") {
        p.title = PlainWords::tr("Port %1 of %2 does not offer a secure connection").arg(port).arg(host);
        p.meaning = PlainWords::tr("A secure (encrypted) connection was expected, but the service on this port does not "
                                   "offer one. The address or the port is probably wrong, for example https:// for a "
                                   "page that is only http://.");
        p.nextSteps << PlainWords::tr("Check the address and the port you were given.") << sendTo(whoRuns(f));
    } else if (c == u"tls.no_answer" || c == u"tls.handshake_failed") {
        p.title = PlainWords::tr("No secure connection could be made with %1").arg(host);
        p.meaning = PlainWords::tr("%1 was reached, but your computer and the server could not set up the encryption. "
                                   "Often one side is too old, or a device on the way interferes.")
                        .arg(host);
        p.nextSteps << PlainWords::tr("Update the program (or the browser) and the system, then check again.")
                    << sendTo(whoRuns(f));
    } else if (c == u"tls.cert_expired" && f.service.result == u"cert_not_yet_valid") {
        p.title = PlainWords::tr("This computer's clock may be wrong");
        p.meaning = PlainWords::tr("The security certificate of %1 is not valid yet by this computer's clock. The date "
                                   "or time zone of this computer is more likely wrong than the certificate.")
                        .arg(host);
        p.nextSteps << PlainWords::tr("Check the date, time and time zone of this computer, and let it set the time "
                                      "automatically.");
    } else if (c == u"tls.cert_expired") {
        p.title = PlainWords::tr("The security certificate of %1 has expired").arg(host);
        p.meaning = PlainWords::tr("Programs refuse the connection, because an expired certificate no longer proves who "
                                   "the server is. Only whoever runs %1 can renew it.")
                        .arg(host);
        p.nextSteps << PlainWords::tr("If other sites fail too, check this computer's date and time.")
                    << sendTo(whoRuns(f));
    } else if (c == u"tls.cert_untrusted") {
        p.title = PlainWords::tr("This computer does not trust the security certificate of %1").arg(host);
        p.meaning = PlainWords::tr("The server shows a certificate that this computer cannot check. On a work network "
                                   "this is often a company certificate that is not installed; elsewhere it can mean "
                                   "that someone is listening in.");
        p.nextSteps << PlainWords::tr("Do not ignore the warning or enter passwords.") << sendTo(yourSupport());
    } else if (c == u"tls.cert_name_mismatch") {
        p.title = PlainWords::tr("The security certificate of %1 is for another name").arg(host);
        p.meaning = PlainWords::tr("The server shows a certificate made out to another name. Either the name you use is "
                                   "not the one the server expects, or the server is set up wrongly.");
        p.nextSteps << PlainWords::tr("Check the name you were given.") << sendTo(whoRuns(f));
    } else if (c == u"service.no_greeting") {
        p.title = PlainWords::tr("%1 lets the connection in, but the service does not answer").arg(host);
        p.meaning = PlainWords::tr("Your computer and the network are fine. The program on the server says nothing: it "
                                   "may be stuck or overloaded.");
        p.nextSteps << PlainWords::tr("Try again in a few minutes.") << sendTo(whoRuns(f));
    } else if (c == u"service.http_error") {
        p.title = PlainWords::tr("The website at %1 answers with an error").arg(host);
        p.meaning = PlainWords::tr("The connection works and the server answers, but with an error page. The problem "
                                   "is in the website itself, not in the network.");
        p.nextSteps << PlainWords::tr("Try again later.") << sendTo(whoRuns(f));
    } else {
        // A verdict without its own plain words (none today: a unit test asks for every code): the
        // title and explanation are shown as they are.
        p.title = v.title;
        p.meaning = v.explanation;
        p.nextSteps = v.nextSteps;
        return false;
    }
    return true;
}

void fillPlainForToolError(Verdict& v)
{
    v.plain.title = PlainWords::tr("The check did not finish");
    v.plain.meaning = PlainWords::tr("There is no answer yet: the check was stopped, or it could not run.");
    v.plain.nextSteps = {PlainWords::tr("Check again.")};
}

void fillPlainForLeftOutPortTest(const Facts& f, Verdict& v)
{
    v.plain.title = PlainWords::tr("No answer: the connection itself was not tried");
    v.plain.meaning = PlainWords::tr("Only trying the connection shows whether %1 can be reached, and this check left "
                                     "that out. What was checked found nothing wrong.")
                          .arg(where(f));
    v.plain.nextSteps = {PlainWords::tr("Check again with every step.")};
}

} // namespace tcpd::core::rules
