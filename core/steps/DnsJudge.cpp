// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The judging half of the DNS step: from the evidence to the lookup's outcome (data.status), the
// addresses the port test tries, the step's status and summary. Pure: no I/O. The finding texts
// are in DnsFindings.cpp.

#include "steps/DnsDetail.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace tcpd::core {

using dnsdetail::DnsStep;
using dnsdetail::Judging;

namespace {

bool isV6(const QString& address)
{
    return QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol;
}

void collect(Judging& j)
{
    const DnsEvidence& e = j.e;
    j.v4 = j.options.family != AddressFamily::IPv6;
    j.v6 = j.options.family != AddressFamily::IPv4;
    j.servers = j.data.value(u"servers"_s).toArray();
    for (qsizetype i = 0; i < j.servers.size(); ++i) {
        const QJsonObject s = j.serverAt(i);
        const QString status = s.value(u"status"_s).toString();
        j.statuses << status;
        if (dnsdetail::serverAnswered(status)) {
            j.answering << dnsdetail::serverLabel(s);
        } else if (status == u"timeout") {
            j.silent << dnsdetail::serverLabel(s);
        }
        for (const QString& a : dnsdetail::serverAddresses(s, j.v4, j.v6)) {
            if (!dnsdetail::containsAddress(j.dnsAddresses, a)) {
                j.dnsAddresses << a;
            }
        }
        for (const QString& a : dnsdetail::serverAddresses(s, true, true)) {
            if (!dnsdetail::containsAddress(j.dnsAllFamilies, a)) {
                j.dnsAllFamilies << a;
            }
        }
    }
    for (const platform::HostsEntry& h : e.hostsEntries) {
        const QString a = QString::fromStdString(h.address);
        if ((isV6(a) ? j.v6 : j.v4) && !dnsdetail::containsAddress(j.hostsAddresses, a)) {
            j.hostsAddresses << a;
        }
    }
    if (e.system.status == platform::SystemResolution::Status::Ok) {
        for (const std::string& a : e.system.addresses) {
            j.systemAddresses << QString::fromStdString(a);
        }
    }
    j.fromHosts = !j.systemAddresses.isEmpty() && !j.hostsAddresses.isEmpty()
        && std::all_of(j.systemAddresses.begin(), j.systemAddresses.end(),
                       [&j](const QString& a) { return dnsdetail::containsAddress(j.hostsAddresses, a); });
    j.localName = isLocalhostName(j.e.name)
        || (!e.thisHostName.isEmpty() && platform::sameDnsName(e.name.toStdString(), e.thisHostName.toStdString()));
}

/// The servers' addresses, for when the system resolver ran out of time: the first answering
/// server's, IPv6 first where this computer has an IPv6 route (as the system would sort them).
QStringList addressesFromServers(const Judging& j)
{
    for (qsizetype i = 0; i < j.servers.size(); ++i) {
        const QJsonObject s = j.serverAt(i);
        const QStringList v6 = dnsdetail::serverAddresses(s, false, j.v6);
        const QStringList v4 = dnsdetail::serverAddresses(s, j.v4, false);
        if (!v6.isEmpty() || !v4.isEmpty()) {
            return j.e.ipv6Route ? v6 + v4 : v4 + v6;
        }
    }
    return {};
}

/// The lookup's outcome in one word (data.status), what to try, and where that came from.
QString decideStatus(const Judging& j, QStringList& tryAddresses, QString& from)
{
    using S = platform::SystemResolution::Status;
    const DnsEvidence& e = j.e;
    if (!j.systemAddresses.isEmpty()) {
        tryAddresses = j.systemAddresses;
        from = j.fromHosts ? u"hosts_file"_s : u"system_resolver"_s;
        return u"ok"_s;
    }
    // No server at all, or only systemd-resolved's stub with no server behind it.
    const bool stubAlone = !e.config.stub.empty() && e.config.upstreamError.empty() && e.config.servers.size() == 1;
    if (e.config.readOk && (e.config.servers.empty() || stubAlone) && !j.localName && j.hostsAddresses.isEmpty()) {
        return u"no_resolver"_s;
    }
    const bool definitive = e.system.status == S::NoSuchName || e.system.status == S::NoData;
    if (j.onlyIPv6Answers() && (!j.v6 || !e.ipv6Route || definitive)) {
        // Only AAAA records, and IPv6 is not usable here (no route, IPv4 asked for, or the system
        // resolver did not even ask for them because this computer has no IPv6 address).
        return u"no_records"_s;
    }
    if (!definitive && !j.dnsAddresses.isEmpty()) {
        // The system resolver was still waiting (a silent first server); the others know the answer.
        tryAddresses = addressesFromServers(j);
        from = u"dns_servers"_s;
        return u"ok"_s;
    }
    if ((j.dnsAddresses.isEmpty() && !j.dnsAllFamilies.isEmpty()) || e.system.status == S::NoData) {
        return u"no_records"_s; // the name has addresses, but none of the family that can be used
    }
    if (e.system.status == S::NoSuchName) {
        // The servers may be more precise: "exists, but without addresses".
        return j.anyServer(u"no_records"_s) && !j.anyServer(u"nxdomain"_s) ? u"no_records"_s : u"nxdomain"_s;
    }
    if (j.anyServer(u"nxdomain"_s)) {
        return u"nxdomain"_s;
    }
    if (j.anyServer(u"no_records"_s)) {
        return u"no_records"_s;
    }
    if (!j.statuses.isEmpty()
        && std::all_of(j.statuses.begin(), j.statuses.end(), [](const QString& s) { return s == u"refused"; })) {
        return u"refused"_s; // every server asked will not serve this computer
    }
    if (j.anyServer(u"servfail"_s) || j.anyServer(u"refused"_s) || j.anyServer(u"formerr"_s)) {
        return u"servfail"_s;
    }
    if (e.system.status == S::Timeout || e.system.status == S::TryAgain || !j.silent.isEmpty()
        || j.anyServer(u"connection_refused"_s)) {
        return u"timeout"_s;
    }
    return u"error"_s;
}

StepResult skippedForAddress(const Target& target, Judging& j, QStringList* addresses)
{
    StepResult r;
    r.id = u"dns"_s;
    r.status = StepStatus::Skipped;
    r.durationMs = qRound64(j.e.elapsedMs);
    *addresses << target.host;
    j.data.insert(u"reason"_s, u"not_needed"_s);
    j.data.insert(u"addresses"_s, QJsonArray{target.host});
    j.data.insert(u"addresses_from"_s, u"target"_s);
    dnsdetail::addFindings(j, QString(), {}, {});
    r.summary = DnsStep::tr("Not needed: the target is an IP address, there is no name to look up.");
    const QString reverse = dnsdetail::reverseSentence(j.data.value(u"reverse"_s).toObject());
    if (!reverse.isEmpty()) {
        r.summary += u' ' + reverse;
    }
    r.findings = j.findings;
    r.data = j.data;
    return r;
}

} // namespace

StepResult judgeDns(const Target& target, const StepOptions& options, const DnsEvidence& evidence,
                    QStringList* addresses)
{
    addresses->clear();
    Judging j{evidence, options, dnsdetail::evidenceToData(evidence), target.displayHost};
    if (evidence.isAddress) {
        return skippedForAddress(target, j, addresses);
    }
    StepResult r;
    r.id = u"dns"_s;
    r.durationMs = qRound64(evidence.elapsedMs);
    if (evidence.cancelled) {
        r.status = StepStatus::Error;
        j.data.insert(u"status"_s, u"cancelled"_s);
        j.data.insert(u"addresses"_s, QJsonArray());
        r.data = j.data;
        r.summary = DnsStep::tr("Cancelled.");
        return r;
    }
    collect(j);
    QStringList tryAddresses;
    QString from;
    QString status = decideStatus(j, tryAddresses, from);

    // DNS filtering: 0.0.0.0, :: or a loopback address for a name that is not this computer's.
    QStringList sinkholed;
    if (status == u"ok" && !j.localName) {
        for (const QString& a : std::as_const(tryAddresses)) {
            bool loopback = false;
            // A loopback address from the hosts file is somebody's deliberate choice (a local test site).
            if (isSinkholeAddress(a, &loopback) && !(loopback && from == u"hosts_file")) {
                sinkholed << a;
            }
        }
        for (const QString& a : std::as_const(sinkholed)) {
            tryAddresses.removeAll(a);
        }
        if (tryAddresses.isEmpty()) {
            status = u"sinkholed"_s;
        }
    }

    j.data.insert(u"status"_s, status);
    j.data.insert(u"addresses"_s, dnsdetail::toJsonArray(tryAddresses));
    if (!from.isEmpty()) {
        j.data.insert(u"addresses_from"_s, from);
    }
    if (status != u"ok" && !evidence.system.errorText.empty()) {
        // What the system resolver said when the lookup failed (the verdict's evidence quotes it).
        j.data.insert(u"error"_s, QString::fromStdString(evidence.system.errorText));
    }
    if (!sinkholed.isEmpty()) {
        j.data.insert(u"sinkholed"_s, dnsdetail::toJsonArray(sinkholed));
    }
    dnsdetail::addFindings(j, status, tryAddresses, sinkholed);

    const bool warned = std::any_of(j.findings.begin(), j.findings.end(),
                                    [](const Finding& f) { return f.severity != Severity::Info; });
    if (status == u"ok") {
        r.status = warned ? StepStatus::Warn : StepStatus::Pass;
        r.summary = DnsStep::tr("%1 has %n address(es).", nullptr, static_cast<int>(tryAddresses.size())).arg(j.name);
        if (from == u"hosts_file") {
            r.summary += u' ' + DnsStep::tr("They come from the hosts file.");
        } else if (from == u"dns_servers") {
            r.summary += u' ' + DnsStep::tr("The system resolver was still waiting; the DNS servers gave them.");
        }
    } else {
        r.status = status == u"error" ? StepStatus::Error : StepStatus::Fail;
        r.summary = j.findings.isEmpty() ? DnsStep::tr("The name lookup failed.") : j.findings.front().title;
    }
    *addresses = tryAddresses;
    r.findings = j.findings;
    r.data = j.data;
    return r;
}

StepResult runDnsStepWith(const Target& target, const StepOptions& options, const DnsEnvironment& env,
                          const std::atomic<bool>* cancel, QStringList* addresses)
{
    return judgeDns(target, options, gatherDnsEvidence(target, options, env, cancel), addresses);
}

} // namespace tcpd::core
