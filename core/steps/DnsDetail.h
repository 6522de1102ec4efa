// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// Shared by the DNS step's own files (DnsData.cpp, DnsJudge.cpp); not an API for anyone else.

#include "steps/DnsEvidence.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tcpd::core::dnsdetail {

/// The translation context of every DNS step text.
struct DnsStep {
    Q_DECLARE_TR_FUNCTIONS(DnsStep)
};

/// The raw evidence in the report's shape (docs/cli.md, `dns` step `data`): name, system_resolver,
/// config, servers[], hosts_file, reverse, budget_ms, elapsed_ms. judgeDns() adds its conclusions.
QJsonObject evidenceToData(const DnsEvidence& e);

/// One server's answer in one word: "ok" (addresses of some family), "no_records", "nxdomain",
/// "servfail", "refused", "formerr", "timeout", "connection_refused", "bad_response",
/// "unsupported", "cancelled", "error".
QString serverStatus(const platform::DnsServerReply& reply);

/// True if the server gave an answer (any response code), as opposed to silence or an error here.
bool serverAnswered(const QString& status);

/// The addresses in a data.servers[] entry, of the families allowed.
QStringList serverAddresses(const QJsonObject& server, bool v4, bool v6);

/// "192.0.2.53", or "127.0.0.1 port 5353" when not the standard port.
QString serverLabel(const QJsonObject& server);

/// Same address, whatever the spelling ("2001:DB8::1" == "2001:db8:0::1").
bool sameAddress(const QString& a, const QString& b);
bool containsAddress(const QStringList& list, const QString& address);

QJsonArray toJsonArray(const QStringList& list);

/// What judgeDns() works with: the evidence, its data, and what was read from both once.
struct Judging {
    Judging(const DnsEvidence& evidence, const StepOptions& stepOptions, QJsonObject evidenceData, QString displayName)
        : e(evidence)
        , options(stepOptions)
        , data(std::move(evidenceData))
        , name(std::move(displayName))
    {
    }

    const DnsEvidence& e;
    const StepOptions& options;
    QJsonObject data; ///< evidenceToData(e), then the conclusions
    QString name; ///< as people read it
    bool v4 = true; ///< the families allowed (--ipv4 / --ipv6)
    bool v6 = true;
    QJsonArray servers; ///< data.servers
    QStringList statuses; ///< each server's status, in order
    QStringList answering; ///< servers that gave any answer
    QStringList silent; ///< servers that did not answer in time
    QStringList hostsAddresses; ///< the hosts file's addresses for the name (allowed families)
    QStringList systemAddresses; ///< the system resolver's, when it succeeded
    QStringList dnsAddresses; ///< every address any server gave (allowed families)
    QStringList dnsAllFamilies; ///< every address any server gave, any family
    bool fromHosts = false; ///< the system resolver's addresses are the hosts file's
    bool localName = false; ///< localhost, or this computer's own name
    QList<Finding> findings;

    QJsonObject serverAt(qsizetype i) const { return servers.at(i).toObject(); }
    bool anyServer(const QString& status) const { return statuses.contains(status); }
    /// The servers know the name only by IPv6 addresses.
    bool onlyIPv6Answers() const
    {
        return !dnsAllFamilies.isEmpty()
            && std::all_of(dnsAllFamilies.begin(), dnsAllFamilies.end(),
                           [](const QString& a) { return a.contains(u':'); });
    }
    void add(const QString& code, Severity severity, const QString& title, const QString& detail,
             const QStringList& advice = {});
    /// The plain sentences of every server whose status is in `which` (every server when empty).
    QString serverLines(const QStringList& which = {}) const;
};

/// The finding for the lookup's outcome (`status`), then the side observations: silent servers,
/// servers that disagree, the hosts file, filtering, the expected address, the reverse lookup.
/// Adds its conclusions to j.data.
void addFindings(Judging& j, const QString& status, const QStringList& tryAddresses, const QStringList& sinkholed);

/// The reverse lookup in one sentence ("" when there is nothing to say).
QString reverseSentence(const QJsonObject& reverse);

} // namespace tcpd::core::dnsdetail
