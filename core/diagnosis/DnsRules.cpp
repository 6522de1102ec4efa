// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "diagnosis/Rules.h"

#include "steps/DnsEvidence.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tcpd::core::rules {

namespace {

QJsonObject dns(const Facts& f)
{
    const StepResult* s = f.step(u"dns"_s);
    return s != nullptr && s->status != StepStatus::Skipped ? s->data : QJsonObject();
}

/// The port test tried addresses and none of them answered.
bool nothingOpened(const Facts& f)
{
    return !f.attempts.isEmpty() && f.openCount() == 0;
}

QString list(const QJsonArray& items)
{
    QStringList out;
    for (const auto& i : items) {
        out << i.toString();
    }
    return QLocale().createSeparatedList(out);
}

/// One sentence per DNS server whose status is in `which` (every server when empty).
void serverEvidence(const Facts& f, Verdict& v, const QStringList& which = {})
{
    for (const auto& s : dns(f).value(u"servers"_s).toArray()) {
        const QJsonObject server = s.toObject();
        if (which.isEmpty() || which.contains(server.value(u"status"_s).toString())) {
            v.evidence << describeServerAnswer(server, where(f));
        }
    }
}

void hostsEvidence(const Facts& f, Verdict& v)
{
    const QJsonObject hosts = dns(f).value(u"hosts_file"_s).toObject();
    for (const auto& e : hosts.value(u"entries"_s).toArray()) {
        const QJsonObject entry = e.toObject();
        v.evidence << Diagnosis::tr("Line %1 of the hosts file %2 maps %3 to %4.")
                          .arg(entry.value(u"line"_s).toInt())
                          .arg(hosts.value(u"path"_s).toString(), where(f), entry.value(u"address"_s).toString());
    }
}

QString serverList(const Facts& f)
{
    QStringList out;
    for (const auto& s : dns(f).value(u"config"_s).toObject().value(u"servers"_s).toArray()) {
        out << s.toObject().value(u"address"_s).toString();
    }
    return QLocale().createSeparatedList(out);
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
             const QJsonObject config = dns(f).value(u"config"_s).toObject();
             v.evidence << Diagnosis::tr("%1 lists no DNS server.").arg(config.value(u"source"_s).toString());
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
             for (const auto& s : dns(f).value(u"suggestions"_s).toArray()) {
                 v.nextSteps << Diagnosis::tr("Did you mean %1?").arg(s.toString());
             }
             v.nextSteps << Diagnosis::tr("Check the spelling of the name, letter by letter.")
                         << Diagnosis::tr("If it is an internal name, connect to the company network or VPN first.")
                         << Diagnosis::tr("Try the full name, including the domain (for example server.example.com).");
             serverEvidence(f, v, {u"nxdomain"_s});
         }},
        {"dns.no_records", "dns", [](const Facts& f) { return f.dnsStatus == u"no_records"; },
         [](const Facts& f, Verdict& v) {
             const QJsonObject d = dns(f);
             if (d.value(u"ipv6_only"_s).toBool()) {
                 v.title = Diagnosis::tr("%1 has only IPv6 addresses").arg(where(f));
                 v.explanation = d.value(u"ipv6_route"_s).toBool(true)
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
             const QJsonObject d = dns(f);
             v.title = Diagnosis::tr("%1 is blocked by DNS filtering").arg(where(f));
             v.explanation
                 = Diagnosis::tr("%1 is not a name of this computer, yet the name lookup leads to %2, where nothing "
                                 "can answer for it. That is how ad, malware and parental-control filters block a "
                                 "name, so no connection to the real server was tried.")
                       .arg(where(f), list(d.value(u"sinkholed"_s).toArray()));
             if (d.value(u"addresses_from"_s).toString() == u"hosts_file") {
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
             return f.dnsStatus == u"ok" && dns(f).value(u"hosts_override"_s).toBool() && nothingOpened(f);
         },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("An old hosts file entry sends %1 to the wrong address").arg(where(f));
             QStringList dnsSays;
             for (const auto& s : dns(f).value(u"servers"_s).toArray()) {
                 for (const auto& key : {u"a"_s, u"aaaa"_s}) {
                     for (const auto& r : s.toObject().value(key).toObject().value(u"records"_s).toArray()) {
                         const QString a = r.toObject().value(u"address"_s).toString();
                         if (!dnsSays.contains(a))
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
             const QJsonObject expected = dns(f).value(u"expected"_s).toObject();
             return f.dnsStatus == u"ok" && !expected.isEmpty() && !expected.value(u"matched"_s).toBool()
                 && nothingOpened(f);
         },
         [](const Facts& f, Verdict& v) {
             const QString expected = dns(f).value(u"expected"_s).toObject().value(u"address"_s).toString();
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
