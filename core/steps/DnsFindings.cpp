// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The DNS step's findings, in plain language: the lookup's outcome first, then what was noticed
// on the way (silent servers, disagreeing servers, the hosts file, filtering, the expected
// address, the reverse lookup). Conclusions also go into the step's data for the diagnosis rules.

#include "steps/DnsDetail.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace tcpd::core::dnsdetail {

namespace {

QString list(const QStringList& items)
{
    return QLocale().createSeparatedList(items);
}

QString hostsPath(const Judging& j)
{
    return QString::fromStdString(j.e.hostsPath);
}

QString configSource(const Judging& j)
{
    return QString::fromStdString(j.e.config.source);
}

/// "the hosts file /etc/hosts (line 3) maps app.example to 192.0.2.9"
QString hostsLines(const Judging& j)
{
    QStringList lines;
    for (const platform::HostsEntry& h : j.e.hostsEntries) {
        lines << DnsStep::tr("Line %1 of the hosts file %2 maps %3 to %4.")
                     .arg(h.line)
                     .arg(hostsPath(j), j.name, QString::fromStdString(h.address));
    }
    return lines.join(u'\n');
}

void outcome(Judging& j, const QString& status, const QStringList& sinkholed)
{
    const DnsEvidence& e = j.e;
    const QString systemSaid = QString::fromStdString(e.system.errorText);
    if (status == u"no_resolver") {
        const bool stub = !e.config.stub.empty();
        j.add(
            u"dns.no_resolver"_s, Severity::Error, DnsStep::tr("No DNS server is configured"),
            stub ? DnsStep::tr(
                       "Programs ask the local resolver %1, but it has no DNS server to ask in turn (%2 lists none), "
                       "so names cannot be turned into addresses.")
                       .arg(QString::fromStdString(e.config.stub), QString::fromStdString(e.config.upstreamSource))
                 : DnsStep::tr("This computer has no DNS server to ask (%1 lists none), so names cannot be turned into "
                               "addresses.")
                       .arg(configSource(j)),
            {DnsStep::tr(
                 "Connect to the network again, or renew the automatic configuration (DHCP): it normally brings "
                 "the DNS servers."),
             DnsStep::tr(
                 "Or enter a DNS server by hand in the network settings (your router's address often works).")});
    } else if (status == u"timeout") {
        QString detail = j.serverLines({u"timeout"_s, u"connection_refused"_s});
        if (detail.isEmpty()) {
            detail
                = DnsStep::tr("The system resolver had no answer after %1 seconds.").arg(secondsText(e.system.elapsedMs));
        }
        j.add(u"dns.timeout"_s, Severity::Error, DnsStep::tr("The DNS servers did not answer"), detail,
              {DnsStep::tr("Check that this computer is connected to a network (try a well-known website)."),
               DnsStep::tr("Restart the router, or switch the network connection off and on."),
               DnsStep::tr("If you use a VPN, connect it, or disconnect it, and try again.")});
    } else if (status == u"refused") {
        j.add(u"dns.refused"_s, Severity::Error, DnsStep::tr("The DNS server refused to answer"),
              j.serverLines({u"refused"_s}),
              {DnsStep::tr("The server does not answer this computer: it may serve only its own network. Check "
                           "which DNS server this computer uses."),
               DnsStep::tr(
                   "Try another DNS server (for example your router's), to see whether the problem is the server.")});
    } else if (status == u"servfail") {
        const bool refused = j.anyServer(u"refused"_s) && !j.anyServer(u"servfail"_s);
        j.add(
            u"dns.servfail"_s, Severity::Error,
            refused ? DnsStep::tr("The DNS server refused to answer") : DnsStep::tr("The DNS server could not answer"),
            j.serverLines({u"servfail"_s, u"refused"_s, u"formerr"_s}),
            {refused ? DnsStep::tr("The server does not answer this computer: it may serve only its own network. Check "
                                   "which DNS server this computer uses.")
                     : DnsStep::tr("The server is there but cannot find the answer: the name's own DNS servers may be "
                                   "broken or unreachable. Try again later, or ask the name's administrator."),
             DnsStep::tr(
                 "Try another DNS server (for example your router's), to see whether the problem is the server.")});
    } else if (status == u"nxdomain") {
        QString detail = j.serverLines({u"nxdomain"_s});
        if (detail.isEmpty()) {
            detail = DnsStep::tr("The system resolver answered: %1").arg(systemSaid);
        }
        QStringList search;
        for (const std::string& s : e.config.search) {
            search << QString::fromStdString(s);
        }
        const QStringList suggestions = dnsTypoSuggestions(e.name, j.options.knownNames, search);
        QStringList advice;
        for (const QString& s : suggestions) {
            advice << DnsStep::tr("Did you mean %1?").arg(s);
        }
        advice << DnsStep::tr("Check the spelling of the name, letter by letter.")
               << DnsStep::tr("If it is an internal name, connect to the company network or VPN first.");
        if (!suggestions.isEmpty()) {
            j.data.insert(u"suggestions"_s, toJsonArray(suggestions));
        }
        j.add(u"dns.nxdomain"_s, Severity::Error, DnsStep::tr("The name %1 does not exist").arg(j.name), detail,
              advice);
    } else if (status == u"no_records") {
        if (j.onlyIPv6Answers()) {
            j.data.insert(u"ipv6_only"_s, true);
            j.data.insert(u"ipv6_route"_s, e.ipv6Route);
            const QString why = !j.v6 ? DnsStep::tr("Only IPv4 was asked for.")
                : !e.ipv6Route        ? DnsStep::tr("This computer has no IPv6 route, so it cannot use them.")
                               : DnsStep::tr("This computer did not ask for them (it has no IPv6 address of its own).");
            j.add(u"dns.no_records"_s, Severity::Error, DnsStep::tr("The name %1 has only IPv6 addresses").arg(j.name),
                  DnsStep::tr("%1 has the IPv6 address(es) %2 and no IPv4 address.").arg(j.name, list(j.dnsAllFamilies))
                      + u' ' + why,
                  {DnsStep::tr("Connect to a network that offers IPv6, or ask your provider for IPv6."),
                   DnsStep::tr("Or ask the administrator of the name to add an IPv4 address (an A record).")});
        } else {
            QString detail = j.serverLines({u"no_records"_s});
            if (detail.isEmpty()) {
                detail = DnsStep::tr("The system resolver answered: %1").arg(systemSaid);
            }
            j.add(u"dns.no_records"_s, Severity::Error, DnsStep::tr("The name %1 has no address").arg(j.name), detail,
                  {DnsStep::tr("Check that you have the right name: it may be a mail-only or an old name."),
                   DnsStep::tr("Ask the administrator of the domain to add an address record for it.")});
        }
    } else if (status == u"sinkholed") {
        const QString by = j.fromHosts ? hostsLines(j) : j.serverLines({u"ok"_s});
        j.add(u"dns.sinkholed"_s, Severity::Error,
              DnsStep::tr("The name %1 is blocked: it leads to %2").arg(j.name, list(sinkholed)),
              DnsStep::tr("%1 is not a name of this computer, yet it leads to %2, where nothing can answer for it. "
                          "Ad and malware filters answer like this.")
                      .arg(j.name, list(sinkholed))
                  + u'\n' + by,
              {j.fromHosts
                   ? DnsStep::tr("Remove the line for this name from the hosts file (administrator rights needed).")
                   : DnsStep::tr("A DNS filter blocks this name (a filtering DNS service, the router, or security "
                                 "software). Ask whoever runs it to allow the name."),
               DnsStep::tr("If the block is wanted, the connection is not supposed to work.")});
    } else if (status == u"error") {
        j.add(u"dns.error"_s, Severity::Error, DnsStep::tr("The name lookup failed"),
              DnsStep::tr("The system resolver answered: %1").arg(systemSaid));
    }
}

void silentServers(Judging& j, const QString& status)
{
    if (status == u"timeout" || j.answering.isEmpty()) {
        return; // all silent: that is the outcome itself
    }
    const bool firstSilent = !j.statuses.isEmpty() && j.statuses.front() == u"timeout";
    if (!j.silent.isEmpty()) {
        const QString wait = firstSilent
            ? DnsStep::tr(
                  "Programs ask %1 first and wait %n second(s) for it before they ask the next server, so every "
                  "new name takes at least that long.",
                  nullptr, j.e.config.timeoutS)
                  .arg(j.silent.front())
            : DnsStep::tr("Programs ask it only when the servers before it fail, and then wait %n second(s) for it.",
                          nullptr, j.e.config.timeoutS);
        j.add(u"dns.timeout"_s, Severity::Warning, DnsStep::tr("Some DNS servers do not answer: lookups are slower"),
              j.serverLines({u"timeout"_s}) + u'\n' + wait,
              {DnsStep::tr("Remove the silent server from the network settings, or ask whoever runs it to fix it.")});
    }
    if (j.anyServer(u"connection_refused"_s)) {
        j.add(u"dns.server_down"_s, Severity::Warning, DnsStep::tr("A configured DNS server does not offer DNS"),
              j.serverLines({u"connection_refused"_s}),
              {DnsStep::tr("Remove the server from the network settings, or ask whoever runs it to fix it.")});
    }
}

/// Sets of answers differ between servers that answered: a status or the addresses.
void disagreement(Judging& j)
{
    QStringList statuses;
    QList<QStringList> sets;
    for (qsizetype i = 0; i < j.servers.size(); ++i) {
        const QJsonObject s = j.serverAt(i);
        const QString st = s.value(u"status"_s).toString();
        if (st == u"ok" || st == u"nxdomain" || st == u"no_records") {
            statuses << st;
            QStringList a = serverAddresses(s, true, true);
            a.sort();
            sets << a;
        }
    }
    if (statuses.size() < 2) {
        return;
    }
    QStringList distinct = statuses;
    distinct.removeDuplicates();
    const bool statusDiffers = distinct.size() > 1;
    bool addressesDiffer = false;
    for (const QStringList& s : std::as_const(sets)) {
        addressesDiffer = addressesDiffer || s != sets.front();
    }
    if (!statusDiffers && !addressesDiffer) {
        return;
    }
    j.data.insert(u"servers_disagree"_s, true);
    // Different addresses from several servers are normal for big sites (content delivery
    // networks); a different outcome (one knows the name, one does not) is not.
    j.add(u"dns.servers_disagree"_s, statusDiffers ? Severity::Warning : Severity::Info,
          DnsStep::tr("The DNS servers give different answers"),
          j.serverLines({u"ok"_s, u"nxdomain"_s, u"no_records"_s}),
          {statusDiffers
               ? DnsStep::tr("One server may be out of date, or belong to another network (a VPN or company "
                             "network with its own names). Check which servers this computer should use.")
               : DnsStep::tr("Different addresses are normal for big websites; for a single server they mean one "
                             "DNS server is out of date.")});
}

void serverFiltering(Judging& j, const QString& status)
{
    if (status == u"sinkholed") {
        return;
    }
    QStringList filtering;
    for (qsizetype i = 0; i < j.servers.size(); ++i) {
        const QJsonObject s = j.serverAt(i);
        const QStringList a = serverAddresses(s, true, true);
        if (!a.isEmpty() && std::all_of(a.begin(), a.end(), [](const QString& x) { return isSinkholeAddress(x); })) {
            filtering << describeServerAnswer(s, j.name);
        }
    }
    if (!filtering.isEmpty() && !j.localName) {
        j.data.insert(u"sinkholed_by_servers"_s, true);
        j.add(
            u"dns.sinkholed"_s, Severity::Warning, DnsStep::tr("A DNS server blocks %1").arg(j.name),
            filtering.join(u'\n'),
            {DnsStep::tr(
                "That server filters names (ads, malware, parental control). Ask whoever runs it to allow the name.")});
    }
}

void configuration(Judging& j)
{
    const DnsEvidence& e = j.e;
    if (!e.config.readOk) {
        j.add(u"dns.config"_s, Severity::Warning, DnsStep::tr("The DNS configuration could not be read"),
              DnsStep::tr("%1: %2").arg(configSource(j), QString::fromStdString(e.config.error)));
    }
    if (!e.config.upstreamError.empty()) {
        j.add(u"dns.config"_s, Severity::Info, DnsStep::tr("The servers behind the local resolver are not known"),
              DnsStep::tr("Programs ask %1; the list of servers it asks in turn (%2) could not be read: %3")
                  .arg(QString::fromStdString(e.config.stub), QString::fromStdString(e.config.upstreamSource),
                       QString::fromStdString(e.config.upstreamError)));
    }
}

void hostsFile(Judging& j)
{
    const DnsEvidence& e = j.e;
    if (!e.hostsRead.ok && !e.hostsRead.missing) {
        j.add(u"dns.hosts_file"_s, Severity::Info, DnsStep::tr("The hosts file could not be read"),
              DnsStep::tr("%1: %2").arg(hostsPath(j), QString::fromStdString(e.hostsRead.error)));
    }
    if (e.hostsEntries.empty()) {
        return;
    }
    const QString lines = hostsLines(j);
    const bool dnsKnows = !j.dnsAddresses.isEmpty();
    const bool agree = std::any_of(j.hostsAddresses.begin(), j.hostsAddresses.end(),
                                   [&j](const QString& a) { return containsAddress(j.dnsAddresses, a); });
    if (j.fromHosts && dnsKnows && !agree) {
        j.data.insert(u"hosts_override"_s, true);
        j.add(u"dns.hosts_override"_s, Severity::Warning,
              DnsStep::tr("The hosts file decides where %1 leads, and DNS says otherwise").arg(j.name),
              lines + u'\n'
                  + DnsStep::tr("Programs use the hosts file and never ask DNS. DNS says %1 is at %2.")
                        .arg(j.name, list(j.dnsAddresses)),
              {DnsStep::tr("If the entry is old, remove it from the hosts file (administrator rights needed).")});
    } else if (j.fromHosts && dnsKnows) {
        j.add(u"dns.hosts_file"_s, Severity::Info, DnsStep::tr("The hosts file names %1, and DNS agrees").arg(j.name),
              lines);
    } else {
        j.add(u"dns.hosts_file"_s, Severity::Info, DnsStep::tr("The hosts file names %1").arg(j.name),
              lines
                  + (j.fromHosts && !j.servers.isEmpty() ? u'\n' + DnsStep::tr("The DNS servers do not know the name.")
                                                         : QString()));
    }
}

void expected(Judging& j, const QStringList& tryAddresses)
{
    const QString wanted = j.options.expectedAddress.trimmed();
    if (wanted.isEmpty()) {
        return;
    }
    QStringList serversWithIt;
    for (qsizetype i = 0; i < j.servers.size(); ++i) {
        if (containsAddress(serverAddresses(j.serverAt(i), true, true), wanted)) {
            serversWithIt << serverLabel(j.serverAt(i));
        }
    }
    const bool matched = containsAddress(tryAddresses, wanted);
    j.data.insert(u"expected"_s,
                  QJsonObject{{u"address"_s, wanted},
                              {u"matched"_s, matched},
                              {u"servers_with_it"_s, toJsonArray(serversWithIt)}});
    if (matched) {
        j.add(u"dns.expected"_s, Severity::Info, DnsStep::tr("%1 leads to the expected address %2").arg(j.name, wanted),
              QString());
        return;
    }
    QString detail = tryAddresses.isEmpty()
        ? DnsStep::tr("You expected %1 at %2, but the lookup gave no address to try.").arg(j.name, wanted)
        : DnsStep::tr("You expected %1 at %2, but it leads to %3.").arg(j.name, wanted, list(tryAddresses));
    if (!serversWithIt.isEmpty()) {
        detail += u'\n' + DnsStep::tr("The DNS server(s) %1 do give %2.").arg(list(serversWithIt), wanted);
    }
    j.add(u"dns.wrong_address"_s, Severity::Warning,
          DnsStep::tr("%1 does not lead to the expected address").arg(j.name), detail,
          {DnsStep::tr("Check the address you expected. If it is right, the DNS record (or a hosts file entry) is "
                       "out of date: tell the name's administrator.")});
}

void reverse(Judging& j)
{
    const QJsonObject r = j.data.value(u"reverse"_s).toObject();
    const QString sentence = reverseSentence(r);
    if (!sentence.isEmpty()) {
        j.add(u"dns.reverse"_s, Severity::Info,
              DnsStep::tr("Reverse lookup of %1").arg(r.value(u"address"_s).toString()), sentence);
    }
}

} // namespace

void Judging::add(const QString& code, Severity severity, const QString& title, const QString& detail,
                  const QStringList& advice)
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.title = title;
    f.detail = detail;
    f.advice = advice;
    findings << f;
}

QString Judging::serverLines(const QStringList& which) const
{
    QStringList lines;
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const QJsonObject s = serverAt(i);
        if (which.isEmpty() || which.contains(s.value(u"status"_s).toString())) {
            lines << describeServerAnswer(s, name);
        }
    }
    return lines.join(u'\n');
}

QString reverseSentence(const QJsonObject& reverse)
{
    const QString address = reverse.value(u"address"_s).toString();
    if (address.isEmpty()) {
        return {};
    }
    QStringList names;
    for (const auto& n : reverse.value(u"names"_s).toArray()) {
        names << n.toString();
    }
    QStringList hostsNames;
    for (const auto& n : reverse.value(u"hosts_names"_s).toArray()) {
        hostsNames << n.toString();
    }
    const QString status = reverse.value(u"status"_s).toString();
    const QString server = reverse.value(u"server"_s).toString();
    QStringList out;
    if (!hostsNames.isEmpty()) {
        out << DnsStep::tr("The hosts file calls %1 %2.").arg(address, list(hostsNames));
    }
    if (!names.isEmpty()) {
        out << DnsStep::tr("The DNS server %1 calls %2 %3 (reverse lookup).").arg(server, address, list(names));
    } else if (status == u"nxdomain" || status == u"no_records") {
        out << DnsStep::tr("The DNS server %1 knows no name for %2 (no reverse entry).").arg(server, address);
    } else if (status == u"timeout" && !server.isEmpty()) {
        out << DnsStep::tr("The reverse lookup of %1 got no answer in time.").arg(address);
    }
    return out.join(u' ');
}

void addFindings(Judging& j, const QString& status, const QStringList& tryAddresses, const QStringList& sinkholed)
{
    if (!j.e.isAddress) {
        outcome(j, status, sinkholed);
        silentServers(j, status);
        disagreement(j);
        serverFiltering(j, status);
        configuration(j);
        hostsFile(j);
        expected(j, tryAddresses);
        if (!j.servers.isEmpty() && status == u"ok") {
            j.add(u"dns.servers"_s, Severity::Info, DnsStep::tr("What each DNS server answered"), j.serverLines());
        }
    }
    reverse(j);
}

} // namespace tcpd::core::dnsdetail
