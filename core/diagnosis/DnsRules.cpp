// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "diagnosis/Rules.h"

#include "steps/DnsEvidence.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace tcpd::core::rules {

namespace {


/// The port test tried addresses and none of them answered.
bool nothingOpened(const Facts& f)
{
    return !f.attempts.isEmpty() && f.openCount() == 0;
}

QString list(const QStringList& items)
{
    return QLocale().createSeparatedList(items);
}

/// One sentence per DNS server whose status is in `which` (every server when empty).
void serverEvidence(const Facts& f, Verdict& v, const QStringList& which = {})
{
    for (const evidence::DnsServerAnswer& s : f.dns.servers) {
        if (which.isEmpty() || which.contains(s.status)) {
            v.evidence << describeServerAnswer(s.raw, where(f));
        }
    }
}

void hostsEvidence(const Facts& f, Verdict& v)
{
    for (const evidence::HostsLine& e : f.dns.hostsEntries) {
        v.evidence << Diagnosis::tr("Line %1 of the hosts file %2 maps %3 to %4.")
                          .arg(e.line)
                          .arg(f.dns.hostsPath, where(f), e.address);
    }
}

QString serverList(const Facts& f)
{
    return QLocale().createSeparatedList(f.dns.configuredServers);
}

} // namespace

RuleList dnsRules()
{
    return {
        {"dns.no_resolver", "dns", [](const Facts& f) { return f.dnsStatus == u"no_resolver"; },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("No DNS server is configured");
             v.explanation
                 = Diagnosis::tr("Before a connection can start, the name %1 must be turned into an address, and "
                                 "that needs a DNS server. This computer has none configured, so no SYN was ever "
                                 "sent.")
                       .arg(where(f));
             v.nextSteps << Diagnosis::tr(
                 "Connect to the network again, or renew the automatic configuration (DHCP): it "
                 "normally brings the DNS servers.")
                         << Diagnosis::tr(
                                "Or enter a DNS server in the network settings (your router's address often works).");
             v.evidence << Diagnosis::tr("%1 lists no DNS server.").arg(f.dns.configSource);
         }},
        {"dns.timeout", "dns", [](const Facts& f) { return f.dnsStatus == u"timeout"; },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("The name service (DNS) did not answer");
             const QString servers = serverList(f);
             v.explanation = servers.isEmpty()
                 ? Diagnosis::tr("To find the address of %1, this computer asked its DNS servers, but no usable answer "
                                 "came back, so no connection could start.")
                       .arg(where(f))
                 : Diagnosis::tr(
                       "To find the address of %1, this computer asked its DNS servers (%2), but none of them "
                       "answered, so no connection could start.")
                       .arg(where(f), servers);
             v.nextSteps << Diagnosis::tr(
                 "Check that this computer is connected to a network (try a well-known website).")
                         << Diagnosis::tr("Restart the router, or switch the network connection off and on.")
                         << Diagnosis::tr("If you use a VPN, connect it, or disconnect it, and try again.");
             serverEvidence(f, v);
         }},
        {"dns.refused", "dns", [](const Facts& f) { return f.dnsStatus == u"refused"; },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("The DNS server refuses to answer this computer");
             v.explanation
                 = Diagnosis::tr("This computer asked its DNS server(s) for the address of %1, and every one of them "
                                 "answered REFUSED: the server works, but it does not serve this computer. Usually "
                                 "the DNS server belongs to another network (an office DNS server used from home or "
                                 "over a different connection), or its access list does not include this "
                                 "computer's address.")
                       .arg(where(f));
             v.nextSteps << Diagnosis::tr(
                 "Use the DNS server of the network you are on: switch the connection off and on so it is set "
                 "automatically (DHCP), or remove a DNS server entered by hand.")
                         << Diagnosis::tr("If the name is internal to a company, connect the VPN first, so its DNS "
                                          "server serves you.")
                         << Diagnosis::tr("If you run the DNS server, allow this computer's address in its access "
                                          "list (allow-query, allow-recursion).");
             serverEvidence(f, v, {u"refused"_s});
         }},
        {"dns.servfail", "dns", [](const Facts& f) { return f.dnsStatus == u"servfail"; },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("The DNS server could not answer for %1").arg(where(f));
             v.explanation
                 = Diagnosis::tr("This computer asked its DNS server for the address of %1. The server answered, "
                                 "but with a failure instead of an address (SERVFAIL or REFUSED), so no connection "
                                 "could start. The name may be fine: the server could not find out.")
                       .arg(where(f));
             v.nextSteps << Diagnosis::tr(
                 "Try again in a few minutes: the name's own DNS servers may be down for a moment.")
                         << Diagnosis::tr(
                                "Try another DNS server (for example your router's) to see whether this server is "
                                "the problem.")
                         << Diagnosis::tr("If the name belongs to your organisation, tell its administrator.");
             serverEvidence(f, v);
         }},
        {"dns.nxdomain", "dns", [](const Facts& f) { return f.dnsStatus == u"nxdomain"; },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("The name %1 does not exist").arg(where(f));
             v.explanation
                 = Diagnosis::tr("Before a connection can start, the name must be turned into an address. "
                                 "The name service (DNS) answered that %1 does not exist, so no SYN was ever sent.")
                       .arg(where(f));
             for (const QString& s : f.dns.suggestions) {
                 v.nextSteps << Diagnosis::tr("Did you mean %1?").arg(s);
             }
             v.nextSteps << Diagnosis::tr("Check the spelling of the name, letter by letter.")
                         << Diagnosis::tr("If it is an internal name, connect to the company network or VPN first.")
                         << Diagnosis::tr("Try the full name, including the domain (for example server.example.com).");
             serverEvidence(f, v, {u"nxdomain"_s});
         }},
        {"dns.no_records", "dns", [](const Facts& f) { return f.dnsStatus == u"no_records"; },
         [](const Facts& f, Verdict& v) {
             if (f.dns.ipv6Only) {
                 v.title = Diagnosis::tr("%1 has only IPv6 addresses").arg(where(f));
                 v.explanation = f.dns.ipv6Route
                     ? Diagnosis::tr("The name exists, but it has only IPv6 addresses, and IPv6 was not used for this "
                                     "check, so there was nothing to connect to.")
                     : Diagnosis::tr(
                         "The name exists, but it has only IPv6 addresses, and this computer has no IPv6 route "
                         "(no IPv6 connection), so it cannot reach them.");
                 v.nextSteps << Diagnosis::tr("Connect to a network that offers IPv6, or ask your provider for IPv6.")
                             << Diagnosis::tr(
                                    "Or ask the administrator of the name to add an IPv4 address (an A record).");
             } else {
                 v.title = Diagnosis::tr("The name %1 has no address").arg(where(f));
                 v.explanation
                     = Diagnosis::tr("The name exists, but DNS holds no address for it (of the kind that was asked "
                                     "for), so there was nothing to connect to.");
                 v.nextSteps << Diagnosis::tr(
                     "Check that you have the right name: it may be a mail-only or an old name.")
                             << Diagnosis::tr("Ask the administrator of the domain to add an address record for it.");
             }
             serverEvidence(f, v, {u"ok"_s, u"no_records"_s});
         }},
        {"dns.sinkholed", "dns", [](const Facts& f) { return f.dnsStatus == u"sinkholed"; },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("%1 is blocked by DNS filtering").arg(where(f));
             v.explanation
                 = Diagnosis::tr("%1 is not a name of this computer, yet the name lookup leads to %2, where nothing "
                                 "can answer for it. That is how ad, malware and parental-control filters block a "
                                 "name, so no connection to the real server was tried.")
                       .arg(where(f), list(f.dns.sinkholed));
             if (f.dns.addressesFrom == u"hosts_file") {
                 v.nextSteps << Diagnosis::tr(
                     "Remove the line for this name from the hosts file (administrator rights needed).");
                 hostsEvidence(f, v);
             } else {
                 v.nextSteps << Diagnosis::tr(
                     "Ask whoever runs the DNS filter (a filtering DNS service, the router, or "
                     "security software) to allow the name.");
                 serverEvidence(f, v, {u"ok"_s});
             }
             v.nextSteps << Diagnosis::tr("If the block is wanted, the connection is not supposed to work.");
         }},
        {"dns.hosts_override", "dns",
         [](const Facts& f) {
             return f.dnsStatus == u"ok" && f.dns.hostsOverride && nothingOpened(f);
         },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("An old hosts file entry sends %1 to the wrong address").arg(where(f));
             QStringList dnsSays;
             for (const evidence::DnsServerAnswer& s : f.dns.servers) {
                 for (const QString& a : s.addresses) {
                     if (!dnsSays.contains(a)) {
                         dnsSays << a;
                     }
                 }
             }
             v.explanation
                 = Diagnosis::tr("This computer's hosts file pins %1 to %2, so programs never ask DNS. Nothing "
                                 "answers there, while DNS says %1 is at %3: the entry is probably out of date.")
                       .arg(where(f), f.dnsAddresses.join(u", "_s), QLocale().createSeparatedList(dnsSays));
             v.nextSteps << Diagnosis::tr(
                 "Remove or correct the line for this name in the hosts file (administrator rights "
                 "needed), then try again.");
             hostsEvidence(f, v);
             serverEvidence(f, v, {u"ok"_s});
         }},
        {"dns.wrong_address", "dns",
         [](const Facts& f) {
             return f.dnsStatus == u"ok" && !f.dns.expectedMatched && nothingOpened(f);
         },
         [](const Facts& f, Verdict& v) {
             const QString expected = f.dns.expectedAddress;
             v.title = Diagnosis::tr("%1 leads to the wrong address").arg(where(f));
             v.explanation
                 = Diagnosis::tr("You expected %1 at %2, but the name lookup gives %3, and nothing answers there. "
                                 "The packets go to the wrong device.")
                       .arg(where(f), expected, f.dnsAddresses.join(u", "_s));
             v.nextSteps << Diagnosis::tr(
                 "Check the address you expected. If it is right, the DNS record (or a hosts file "
                 "entry) is out of date: tell the name's administrator.")
                         << Diagnosis::tr("To test the server itself meanwhile, check %1 directly.").arg(expected);
             serverEvidence(f, v);
         }},
    };
}

} // namespace tcpd::core::rules
