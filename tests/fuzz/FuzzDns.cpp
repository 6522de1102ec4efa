// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// DNS answer handling: a raw DNS answer packet read the way queryServers() / reverseLookup() read
// c-ares' answers (records, CNAME chain, status), then the DNS step's judging half (steps/DnsJudge)
// fed with that answer and with structured random evidence around it: the system resolver, more
// servers, the hosts file, the reverse lookup, odd names and huge CNAME chains.
//
// Input: the kind (one byte: 0 A, 1 AAAA, 2 PTR), the packet's length (two bytes, big-endian), the
// packet, the name asked for (to a 0 byte), then the structured evidence read with fuzz::Input.

#include "FuzzSupport.h"

#include "platform/DnsQuery.h"
#include "platform/Resolver.h"
#include "steps/DnsEvidence.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <arpa/inet.h>

using namespace tcpd;
using namespace tcpd::platform;
using namespace Qt::StringLiterals;

namespace {

constexpr DnsStatus kStatuses[]
    = {DnsStatus::NoError,     DnsStatus::NoData,      DnsStatus::NxDomain,  DnsStatus::ServFail,
       DnsStatus::Refused,     DnsStatus::FormErr,     DnsStatus::Timeout,   DnsStatus::ConnRefused,
       DnsStatus::BadResponse, DnsStatus::Unsupported, DnsStatus::Cancelled, DnsStatus::Error};

/// A numeric address (the platform layer only ever hands out numeric ones): IPv4 or IPv6 from fuzz bytes.
std::string address(fuzz::Input& in)
{
    unsigned char b[16] = {};
    char text[INET6_ADDRSTRLEN] = {};
    const bool v6 = in.flag();
    for (int i = 0; i < (v6 ? 16 : 4); ++i) {
        b[i] = in.byte();
    }
    return inet_ntop(v6 ? AF_INET6 : AF_INET, b, text, sizeof text) != nullptr ? std::string(text)
                                                                               : std::string("192.0.2.1");
}

/// An answer made of fuzz values: a status, a few records (addresses or odd text), a CNAME chain.
DnsAnswer answerFrom(fuzz::Input& in)
{
    DnsAnswer a;
    a.status = kStatuses[in.number(std::size(kStatuses) - 1)];
    const unsigned records = in.number(4);
    for (unsigned i = 0; i < records; ++i) {
        a.records.push_back({address(in), static_cast<int>(in.number(100000)) - 1});
    }
    const unsigned chain = in.number(40);
    for (unsigned i = 0; i < chain; ++i) {
        a.cnameChain.push_back(in.bytes(300));
    }
    a.cnameChainPartial = in.flag();
    a.elapsedMs = in.number(3000);
    a.timeouts = static_cast<int>(in.number(3));
    a.error = in.bytes(64);
    return a;
}

void checkAnswer(const DnsAnswer& a)
{
    FUZZ_CHECK(a.records.size() <= 64, "at most kMaxRecords records");
    if (a.status == DnsStatus::NoError) {
        FUZZ_CHECK(!a.records.empty(), "NOERROR has records; without them it is NoData");
    }
    if (a.status != DnsStatus::NoError) {
        FUZZ_CHECK(a.records.empty() || a.status == DnsStatus::NoData, "records only with an answer");
    }
    for (const DnsRecord& r : a.records) {
        FUZZ_CHECK(!r.address.empty(), "no empty record");
    }
    FUZZ_CHECK(!a.cnameChainPartial || !a.cnameChain.empty(), "a partial chain has names");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    if (size > 64 * 1024) {
        return 0;
    }
    fuzz::Input in(data, size);
    const unsigned kind = in.byte() % 3; // 0 A, 1 AAAA, 2 PTR
    const std::size_t high = in.byte();
    const std::size_t packetLength = high << 8 | in.byte();
    const std::string packet = in.block(packetLength);
    const std::string asked = in.bytes(300);
    const QString name = QString::fromStdString(asked);

    // The structured evidence around the packet's answer.
    core::DnsEvidence e;
    e.name = name;
    e.isAddress = in.flag() && isNumericAddress(asked);
    e.systemRan = in.flag();
    e.system.status = static_cast<SystemResolution::Status>(in.number(6));
    for (unsigned i = 0, n = in.number(4); i < n; ++i) {
        e.system.addresses.push_back(address(in));
    }
    e.system.errorText = in.bytes(64);
    e.systemWatchdogMs = static_cast<int>(in.number(5000));
    e.config.readOk = in.flag();
    e.config.source = "/etc/resolv.conf";
    e.config.ndots = static_cast<int>(in.number(15));
    for (unsigned i = 0, n = in.number(3); i < n; ++i) {
        e.config.search.push_back(in.bytes(100));
    }
    const unsigned servers = 1 + in.number(4);
    for (unsigned i = 0; i < servers; ++i) {
        DnsServerReply r;
        r.server = in.flag() ? "192.0.2." + std::to_string(53 + i) : address(in);
        r.port = in.flag() ? 53 : static_cast<unsigned short>(in.number(65535));
        r.askedA = in.flag();
        r.askedAAAA = in.flag();
        r.a = answerFrom(in);
        r.aaaa = answerFrom(in);
        r.elapsedMs = in.number(3000);
        e.config.servers.push_back({r.server, in.flag() ? "configured" : "upstream", r.port});
        e.servers.push_back(std::move(r));
    }
    e.hostsPath = "/etc/hosts";
    e.hostsRead.ok = in.flag();
    e.hostsRead.truncated = in.flag();
    e.hostsSkippedLines = static_cast<int>(in.number(5));
    for (unsigned i = 0, n = in.number(3); i < n; ++i) {
        HostsEntry h;
        h.address = address(in);
        h.names = {asked, in.bytes(100)};
        h.line = static_cast<int>(i + 1);
        e.hostsEntries.push_back(h);
    }
    e.reverseAddress = in.flag() ? QString() : QString::fromStdString(address(in));
    e.reverseSkipped = in.flag() ? QString() : u"no_time"_s;
    for (unsigned i = 0, n = in.number(2); i < n; ++i) {
        DnsReverseReply r;
        r.server = "192.0.2.53";
        r.ptr = answerFrom(in);
        e.reverse.push_back(r);
    }
    e.reverseHostsNames = {in.bytes(100)};
    e.ipv6RouteChecked = in.flag();
    e.ipv6Route = in.flag();
    e.thisHostName = in.text(64);
    e.cancelled = in.flag() && in.flag();
    e.elapsedMs = in.number(5000);
    e.budgetMs = 3000;

    core::StepOptions options;
    options.family = static_cast<core::AddressFamily>(in.number(2));
    options.expectedAddress = in.flag() ? QString() : QString::fromStdString(address(in));
    for (unsigned i = 0, n = in.number(3); i < n; ++i) {
        options.knownNames << in.text(100);
    }

    // The packet, as the first server's answer (A/AAAA) or the first reverse answer (PTR).
    const auto* bytes = reinterpret_cast<const unsigned char*>(packet.data());
    const int length = static_cast<int>(packet.size());
    if (kind == 2) {
        const std::string address
            = e.reverseAddress.isEmpty() ? std::string("192.0.2.7") : e.reverseAddress.toStdString();
        DnsReverseReply r;
        r.server = "192.0.2.53";
        r.ptr = detail::decodePointerAnswer(bytes, length, address);
        checkAnswer(r.ptr);
        e.reverse.insert(e.reverse.begin(), r);
    } else {
        DnsAnswer a = detail::decodeAddressAnswer(bytes, length, kind == 1, asked);
        checkAnswer(a);
        for (const DnsRecord& r : a.records) {
            bool v6 = false;
            FUZZ_CHECK(isNumericAddress(r.address, &v6) && v6 == (kind == 1),
                       "records are addresses of the asked family");
        }
        for (const std::string& c : a.cnameChain) {
            FUZZ_CHECK(c != asked, "the asked name is not in its own chain");
        }
        (kind == 1 ? e.servers[0].aaaa : e.servers[0].a) = std::move(a);
        (kind == 1 ? e.servers[0].askedAAAA : e.servers[0].askedA) = true;
    }

    core::Target target;
    target.input = name + u":443"_s;
    target.host = e.isAddress ? name : name.toLower();
    target.displayHost = name;
    target.port = 443;
    target.isAddress = e.isAddress;
    target.isIPv6 = e.isAddress && name.contains(u':');

    QStringList addresses;
    const core::StepResult r = core::judgeDns(target, options, e, &addresses);
    FUZZ_CHECK(r.id == u"dns"_s, "the DNS step's result");
    FUZZ_CHECK(!r.summary.isEmpty(), "a summary");
    for (const core::Finding& f : r.findings) {
        FUZZ_CHECK(f.code.startsWith(u"dns."_s), "findings are dns.*");
        FUZZ_CHECK(!f.title.isEmpty(), "findings have a title");
    }
    for (const QString& a : addresses) {
        FUZZ_CHECK(isNumericAddress(a.toStdString()), "only addresses are passed to the port test");
    }
    QJsonParseError err;
    const QByteArray json = QJsonDocument(r.data).toJson(QJsonDocument::Compact);
    FUZZ_CHECK(QJsonDocument::fromJson(json, &err).isObject() && err.error == QJsonParseError::NoError,
               "the step's data is valid JSON");
    for (const QJsonValue& s : r.data.value(u"servers"_s).toArray()) {
        (void)core::describeServerAnswer(s.toObject(), name);
    }
    const QStringList suggestions = core::dnsTypoSuggestions(name, options.knownNames, {e.thisHostName});
    FUZZ_CHECK(suggestions.size() <= 3, "at most three suggestions");
    for (const QString& s : suggestions) {
        FUZZ_CHECK(s.compare(name, Qt::CaseInsensitive) != 0, "equal names are not suggestions");
    }
    (void)core::isSinkholeAddress(name);
    (void)core::isLocalhostName(name);
    return 0;
}
