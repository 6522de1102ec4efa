// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The DNS step's evidence as report data, the plain sentence for one server's answer, and the
// small judgements that need no context (sinkhole addresses, localhost names, typo suggestions).

#include "steps/DnsDetail.h"

#include <QHostAddress>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace dnsdetail {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonArray strings(const std::vector<std::string>& list)
{
    QJsonArray out;
    for (const std::string& s : list) {
        out.append(qs(s));
    }
    return out;
}

QJsonObject answerJson(const platform::DnsAnswer& a)
{
    QJsonArray records;
    for (const platform::DnsRecord& r : a.records) {
        records.append(QJsonObject{{u"address"_s, qs(r.address)}, {u"ttl"_s, r.ttl}});
    }
    QJsonObject o{{u"status"_s, QString::fromLatin1(platform::dnsStatusName(a.status))},
                  {u"records"_s, records},
                  {u"elapsed_ms"_s, qRound(a.elapsedMs)},
                  {u"timeouts"_s, a.timeouts}};
    if (!a.cnameChain.empty()) {
        // A hostile server can send thousands of CNAMEs in one answer: keep the first kMaxCnameChain.
        constexpr std::size_t kMaxCnameChain = 16;
        const bool cut = a.cnameChain.size() > kMaxCnameChain;
        o.insert(u"cname_chain"_s, strings(cut ? std::vector<std::string>(a.cnameChain.begin(), a.cnameChain.begin() + kMaxCnameChain)
                                               : a.cnameChain));
        if (cut) {
            o.insert(u"cname_chain_length"_s, static_cast<qint64>(a.cnameChain.size()));
        }
        if (a.cnameChainPartial || cut) {
            o.insert(u"cname_chain_partial"_s, true);
        }
    }
    if (!a.error.empty()) {
        o.insert(u"error"_s, qs(a.error));
    }
    return o;
}

QString systemStatusName(platform::SystemResolution::Status s)
{
    using S = platform::SystemResolution::Status;
    switch (s) {
    case S::Ok: return u"ok"_s;
    case S::NoSuchName: return u"nxdomain"_s;
    case S::NoData: return u"no_records"_s;
    case S::TryAgain: return u"try_again"_s;
    case S::Timeout: return u"timeout"_s;
    case S::Cancelled: return u"cancelled"_s;
    case S::Error: return u"error"_s;
    }
    return u"error"_s;
}

} // namespace

QJsonArray toJsonArray(const QStringList& list)
{
    QJsonArray out;
    for (const QString& s : list) {
        out.append(s);
    }
    return out;
}

QString serverStatus(const platform::DnsServerReply& reply)
{
    using S = platform::DnsStatus;
    std::vector<S> got;
    if (reply.askedA) {
        got.push_back(reply.a.status);
    }
    if (reply.askedAAAA) {
        got.push_back(reply.aaaa.status);
    }
    const auto any = [&got](S s) { return std::find(got.begin(), got.end(), s) != got.end(); };
    if (got.empty()) {
        return u"error"_s;
    }
    if (any(S::NoError))
        return u"ok"_s;
    if (any(S::NxDomain))
        return u"nxdomain"_s;
    if (any(S::NoData))
        return u"no_records"_s;
    if (any(S::ServFail))
        return u"servfail"_s;
    if (any(S::Refused))
        return u"refused"_s;
    if (any(S::FormErr))
        return u"formerr"_s;
    if (any(S::BadResponse))
        return u"bad_response"_s;
    if (any(S::Timeout))
        return u"timeout"_s;
    if (any(S::ConnRefused))
        return u"connection_refused"_s;
    if (any(S::Unsupported))
        return u"unsupported"_s;
    if (any(S::Cancelled))
        return u"cancelled"_s;
    return u"error"_s;
}

bool serverAnswered(const QString& status)
{
    static const QStringList answers
        = {u"ok"_s, u"nxdomain"_s, u"no_records"_s, u"servfail"_s, u"refused"_s, u"formerr"_s, u"bad_response"_s};
    return answers.contains(status);
}

QStringList serverAddresses(const QJsonObject& server, bool v4, bool v6)
{
    QStringList out;
    for (const auto& [key, wanted] : {std::pair{u"aaaa"_s, v6}, std::pair{u"a"_s, v4}}) {
        if (!wanted) {
            continue;
        }
        for (const auto& r : server.value(key).toObject().value(u"records"_s).toArray()) {
            out << r.toObject().value(u"address"_s).toString();
        }
    }
    return out;
}

QString serverLabel(const QJsonObject& server)
{
    const QString address = server.value(u"server"_s).toString();
    const int port = server.value(u"port"_s).toInt(53);
    return port == 53 ? address : DnsStep::tr("%1 port %2").arg(address).arg(port);
}

bool sameAddress(const QString& a, const QString& b)
{
    const QHostAddress x(a);
    const QHostAddress y(b);
    return x.isNull() || y.isNull() ? a.compare(b, Qt::CaseInsensitive) == 0 : x.isEqual(y);
}

bool containsAddress(const QStringList& list, const QString& address)
{
    return std::any_of(list.begin(), list.end(), [&address](const QString& a) { return sameAddress(a, address); });
}

QJsonObject evidenceToData(const DnsEvidence& e)
{
    QJsonObject data;
    data.insert(u"name"_s, e.name);
    data.insert(u"budget_ms"_s, e.budgetMs);
    data.insert(u"elapsed_ms"_s, qRound(e.elapsedMs));

    QJsonArray configured;
    for (const auto& s : e.config.servers) {
        QJsonObject o{{u"address"_s, qs(s.address)}, {u"role"_s, qs(s.role)}};
        if (s.port != 53) {
            o.insert(u"port"_s, s.port);
        }
        configured.append(o);
    }
    QJsonObject config{{u"source"_s, qs(e.config.source)}, {u"read"_s, e.config.readOk},
                       {u"servers"_s, configured},         {u"search"_s, strings(e.config.search)},
                       {u"ndots"_s, e.config.ndots},       {u"timeout_s"_s, e.config.timeoutS},
                       {u"attempts"_s, e.config.attempts}};
    if (!e.config.error.empty())
        config.insert(u"error"_s, qs(e.config.error));
    if (!e.config.stub.empty())
        config.insert(u"stub"_s, qs(e.config.stub));
    if (!e.config.upstreamSource.empty())
        config.insert(u"upstream_source"_s, qs(e.config.upstreamSource));
    if (!e.config.upstreamError.empty())
        config.insert(u"upstream_error"_s, qs(e.config.upstreamError));
    if (!e.config.ignoredServers.empty())
        config.insert(u"ignored_servers"_s, strings(e.config.ignoredServers));
    data.insert(u"config"_s, config);

    QJsonObject hosts{{u"path"_s, qs(e.hostsPath)}, {u"read"_s, e.hostsRead.ok}};
    if (!e.hostsRead.ok && !e.hostsRead.missing)
        hosts.insert(u"error"_s, qs(e.hostsRead.error));
    if (e.hostsRead.missing)
        hosts.insert(u"missing"_s, true);
    if (e.hostsRead.truncated)
        hosts.insert(u"truncated"_s, true);
    if (e.hostsSkippedLines > 0)
        hosts.insert(u"skipped_lines"_s, e.hostsSkippedLines);
    QJsonArray entries;
    for (const platform::HostsEntry& h : e.hostsEntries) {
        entries.append(QJsonObject{{u"address"_s, qs(h.address)}, {u"line"_s, h.line}, {u"names"_s, strings(h.names)}});
    }
    hosts.insert(u"entries"_s, entries);
    data.insert(u"hosts_file"_s, hosts);

    if (e.isAddress) {
        // nothing was looked up: no system_resolver, no servers
    } else {
        QJsonObject system{{u"status"_s, systemStatusName(e.system.status)},
                           {u"addresses"_s, strings(e.system.addresses)},
                           {u"elapsed_ms"_s, qRound(e.system.elapsedMs)},
                           {u"watchdog_ms"_s, e.systemWatchdogMs}};
        if (e.system.gaiError != 0)
            system.insert(u"error_code"_s, e.system.gaiError);
        if (!e.system.errorText.empty())
            system.insert(u"error"_s, qs(e.system.errorText));
        data.insert(u"system_resolver"_s, system);

        QJsonArray servers;
        for (std::size_t i = 0; i < e.servers.size(); ++i) {
            const platform::DnsServerReply& r = e.servers[i];
            QJsonObject o{{u"server"_s, qs(r.server)},
                          {u"port"_s, r.port},
                          {u"role"_s, i < e.config.servers.size() ? qs(e.config.servers[i].role) : u"configured"_s},
                          {u"status"_s, serverStatus(r)},
                          {u"elapsed_ms"_s, qRound(r.elapsedMs)}};
            if (r.askedA)
                o.insert(u"a"_s, answerJson(r.a));
            if (r.askedAAAA)
                o.insert(u"aaaa"_s, answerJson(r.aaaa));
            servers.append(o);
        }
        data.insert(u"servers"_s, servers);
        if (!e.serversSkipped.isEmpty())
            data.insert(u"servers_skipped"_s, e.serversSkipped);
    }

    if (!e.reverseAddress.isEmpty()) {
        QJsonObject reverse{{u"address"_s, e.reverseAddress}};
        QStringList names;
        QString server;
        QString status = e.reverseSkipped.isEmpty() ? u"timeout"_s : u"skipped"_s;
        double elapsed = 0;
        // The first server that answered decides; without any answer, the first server's outcome.
        for (const platform::DnsReverseReply& r : e.reverse) {
            const QString s = QString::fromLatin1(platform::dnsStatusName(r.ptr.status));
            const bool isAnswer = r.ptr.status == platform::DnsStatus::NoError
                || r.ptr.status == platform::DnsStatus::NoData || r.ptr.status == platform::DnsStatus::NxDomain;
            if (server.isEmpty() || isAnswer) {
                server = qs(r.server);
                status = s == u"no_data" ? u"no_records"_s : s;
                elapsed = r.ptr.elapsedMs;
                names.clear();
                for (const platform::DnsRecord& rec : r.ptr.records) {
                    names << qs(rec.address);
                }
            }
            if (isAnswer) {
                break;
            }
        }
        reverse.insert(u"status"_s, status);
        reverse.insert(u"names"_s, toJsonArray(names));
        if (!server.isEmpty()) {
            reverse.insert(u"server"_s, server);
            reverse.insert(u"elapsed_ms"_s, qRound(elapsed));
        }
        if (!e.reverseSkipped.isEmpty())
            reverse.insert(u"skipped"_s, e.reverseSkipped);
        reverse.insert(u"hosts_names"_s, strings(e.reverseHostsNames));
        data.insert(u"reverse"_s, reverse);
    }
    return data;
}

} // namespace dnsdetail

using dnsdetail::DnsStep;

QString describeServerAnswer(const QJsonObject& server, const QString& name)
{
    const QString who = dnsdetail::serverLabel(server);
    const QString status = server.value(u"status"_s).toString();
    if (status == u"ok") {
        const QStringList addresses = dnsdetail::serverAddresses(server, true, true);
        QString line = DnsStep::tr("Your computer asked the DNS server %1 for %2; it answered with %3.")
                           .arg(who, name, QLocale().createSeparatedList(addresses));
        QJsonArray chain = server.value(u"a"_s).toObject().value(u"cname_chain"_s).toArray();
        if (chain.isEmpty()) {
            chain = server.value(u"aaaa"_s).toObject().value(u"cname_chain"_s).toArray();
        }
        if (!chain.isEmpty()) {
            QStringList names;
            for (const auto& c : chain) {
                names << c.toString();
            }
            if (server.value(u"a"_s).toObject().value(u"cname_chain_partial"_s).toBool()
                || server.value(u"aaaa"_s).toObject().value(u"cname_chain_partial"_s).toBool()) {
                names << u"\u2026"_s;
            }
            line += u' ' + DnsStep::tr("%1 is another name for %2.").arg(name, names.join(u" \u2192 "_s));
        }
        return line;
    }
    if (status == u"nxdomain") {
        return DnsStep::tr("Your computer asked the DNS server %1 for %2; it answered that the name does not exist.")
            .arg(who, name);
    }
    if (status == u"no_records") {
        return DnsStep::tr("Your computer asked the DNS server %1 for %2; it answered that the name exists but has no "
                           "address (no A or AAAA record).")
            .arg(who, name);
    }
    if (status == u"servfail") {
        return DnsStep::tr("Your computer asked the DNS server %1 for %2; it answered with a failure (SERVFAIL): it "
                           "could not find out the answer itself.")
            .arg(who, name);
    }
    if (status == u"refused") {
        return DnsStep::tr(
                   "Your computer asked the DNS server %1 for %2; it refused to answer this computer (REFUSED).")
            .arg(who, name);
    }
    if (status == u"formerr") {
        return DnsStep::tr(
                   "Your computer asked the DNS server %1 for %2; it did not understand the question (FORMERR or "
                   "NOTIMP).")
            .arg(who, name);
    }
    if (status == u"timeout") {
        const double ms = server.value(u"elapsed_ms"_s).toDouble();
        return DnsStep::tr(
                   "Your computer asked the DNS server %1 for %2; it did not answer within %3 seconds, though it "
                   "was asked several times.")
            .arg(who, name, secondsText(ms));
    }
    if (status == u"connection_refused") {
        return DnsStep::tr(
                   "Your computer asked the DNS server %1 for %2; nothing answers DNS questions at that address "
                   "(the question was refused).")
            .arg(who, name);
    }
    if (status == u"bad_response") {
        return DnsStep::tr("Your computer asked the DNS server %1 for %2; its answer could not be read.")
            .arg(who, name);
    }
    const QString error = server.value(u"a"_s)
                              .toObject()
                              .value(u"error"_s)
                              .toString(server.value(u"aaaa"_s).toObject().value(u"error"_s).toString());
    if (status == u"unsupported") {
        return DnsStep::tr("The DNS server %1 could not be asked directly: %2.").arg(who, error);
    }
    return DnsStep::tr("Asking the DNS server %1 for %2 failed: %3.").arg(who, name, error);
}

bool isSinkholeAddress(const QString& address, bool* loopback)
{
    const QHostAddress a(address);
    const bool lo = !a.isNull() && a.isLoopback();
    if (loopback != nullptr) {
        *loopback = lo;
    }
    if (a.isNull()) {
        return false;
    }
    if (lo || a == QHostAddress(QHostAddress::AnyIPv6)) {
        return true;
    }
    bool v4 = false;
    const quint32 ip4 = a.toIPv4Address(&v4);
    return v4 && (ip4 >> 24) == 0; // 0.0.0.0/8: "this network", nobody serves there
}

bool isLocalhostName(const QString& name)
{
    QString n = name.toLower();
    if (n.endsWith(u'.')) {
        n.chop(1);
    }
    return n == u"localhost" || n.endsWith(u".localhost") || n == u"localhost.localdomain";
}

namespace {

/// Optimal string alignment distance (Levenshtein plus swapped neighbours), case-insensitive.
int editDistance(const QString& x, const QString& y)
{
    const QString a = x.toLower();
    const QString b = y.toLower();
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(static_cast<std::size_t>(n + 1), std::vector<int>(static_cast<std::size_t>(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = static_cast<int>(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[n][m];
}

int allowedDistance(const QString& s)
{
    return s.size() <= 5 ? 1 : 2;
}

QString withoutDot(QString s)
{
    if (s.endsWith(u'.')) {
        s.chop(1);
    }
    return s;
}

} // namespace

QStringList dnsTypoSuggestions(const QString& name, const QStringList& knownNames, const QStringList& searchDomains)
{
    const QString asked = withoutDot(name);
    std::vector<std::pair<int, QString>> found;
    const auto add = [&found, &asked](int distance, const QString& candidate) {
        if (candidate.compare(asked, Qt::CaseInsensitive) == 0) {
            return;
        }
        for (const auto& f : found) {
            if (f.second.compare(candidate, Qt::CaseInsensitive) == 0) {
                return;
            }
        }
        found.emplace_back(distance, candidate);
    };
    for (const QString& k : knownNames) {
        const QString known = withoutDot(k.trimmed());
        if (known.isEmpty()) {
            continue;
        }
        const int d = editDistance(asked, known);
        if (d > 0 && d <= allowedDistance(known)) {
            add(d, known);
        }
    }
    // "server.corp.exmaple.com" with the search domain "corp.example.com": the end of the name is the typo.
    const QStringList labels = asked.split(u'.');
    for (const QString& s : searchDomains) {
        const QString domain = withoutDot(s.trimmed());
        if (domain.isEmpty()) {
            continue;
        }
        for (qsizetype i = 1; i < labels.size(); ++i) {
            const QString suffix = labels.mid(i).join(u'.');
            const int d = editDistance(suffix, domain);
            if (d > 0 && d <= allowedDistance(domain)) {
                add(d, labels.mid(0, i).join(u'.') + u'.' + domain);
            }
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    QStringList out;
    for (const auto& f : found) {
        if (out.size() < 3) {
            out << f.second;
        }
    }
    return out;
}

} // namespace tcpd::core
