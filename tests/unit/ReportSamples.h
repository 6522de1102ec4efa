// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

// Reports for the writer, redaction and compare tests: one with everything a hostile network and
// a careless paste can put into a report, one as small as a run that checked almost nothing.

#include "report/Report.h"
#include "steps/Steps.h"

#include <QJsonArray>
#include <QJsonObject>

#include <ostream>

// GoogleTest prints QStrings as text.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace tcpd::test {

using namespace Qt::StringLiterals;

/// What a server or DNS might send: markup, terminal control sequences, a bell, a bidi override,
/// Markdown link syntax, table pipes.
inline QString hostileText()
{
    return u"<script>alert(1)</script>\x1b[2J\x07 <img src=x onerror=alert(2)> [click](javascript:alert(3)) "
           "*bold* _it_ | pipe ~~s~~ &amp; \u202Eevil"_s;
}

inline core::Report hostileReport()
{
    using namespace tcpd::core;
    Report r;
    r.startedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0, 123), Qt::UTC);
    r.durationMs = 1534;
    r.target.input = u"https://example.com/login"_s;
    r.target.host = u"example.com"_s;
    r.target.displayHost = u"example.com"_s;
    r.target.port = 443;
    r.target.service = u"https"_s;
    r.environment = {u"Debian GNU/Linux 12 (bookworm)"_s,
                     u"12"_s,
                     u"linux 6.1.0"_s,
                     u"x86_64"_s,
                     u"alice-laptop"_s,
                     u"alice"_s,
                     u"Europe/Berlin"_s};

    StepResult link;
    link.id = u"link"_s;
    link.status = StepStatus::Pass;
    link.summary = u"eth0 has a link (MAC 52:54:00:12:34:56)."_s;
    link.startedMs = 0;
    link.durationMs = 3;
    link.data = QJsonObject{{u"interfaces"_s,
                             QJsonArray{QJsonObject{{u"name"_s, u"eth0"_s},
                                                    {u"kind"_s, u"wired"_s},
                                                    {u"carrier"_s, true},
                                                    {u"link"_s, true},
                                                    {u"mac_address"_s, u"52:54:00:12:34:56"_s}},
                                        QJsonObject{{u"name"_s, u"wlan0"_s},
                                                    {u"kind"_s, u"wifi"_s},
                                                    {u"link"_s, false},
                                                    {u"wifi"_s, QJsonObject{{u"ssid"_s, u"Alice's home"_s}}}}}}};
    StepResult ip;
    ip.id = u"ip"_s;
    ip.status = StepStatus::Pass;
    ip.summary = u"192.168.1.23 via the router 192.168.1.1."_s;
    ip.startedMs = 0;
    ip.durationMs = 5;
    // The ip step's data in the contract's shape (docs/contract.md).
    ip.data = QJsonObject{
        {u"interfaces"_s, QJsonArray{QJsonObject{{u"name"_s, u"eth0"_s}, {u"kind"_s, u"wired"_s}, {u"link"_s, true}}}},
        {u"addresses"_s,
         QJsonArray{QJsonObject{{u"interface"_s, u"eth0"_s},
                                {u"address"_s, u"192.168.1.23"_s},
                                {u"prefix_length"_s, 24},
                                {u"origin"_s, u"dhcp"_s}},
                    QJsonObject{{u"interface"_s, u"eth0"_s},
                                {u"address"_s, u"2a01:4f8:1:2::23"_s},
                                {u"prefix_length"_s, 64},
                                {u"origin"_s, u"router_advertisement"_s}}}},
        {u"gateways"_s, QJsonArray{QJsonObject{{u"address"_s, u"192.168.1.1"_s}, {u"interface"_s, u"eth0"_s}}}},
        {u"dns_servers"_s, QJsonArray{u"192.168.1.1"_s, u"9.9.9.9"_s}},
        {u"proxies"_s, QJsonArray{}},
        {u"dns_search_domains"_s, QJsonArray{u"corp.example.net"_s}},
        {u"route"_s,
         QJsonObject{{u"destination"_s, u"93.184.216.34"_s},
                     {u"status"_s, u"ok"_s},
                     {u"source"_s, u"192.168.1.23"_s},
                     {u"next_hop"_s, u"192.168.1.1"_s},
                     {u"gateway"_s, u"192.168.1.1"_s},
                     {u"on_link"_s, false},
                     {u"interface"_s, u"eth0"_s}}}};
    StepResult dns;
    dns.id = u"dns"_s;
    dns.status = StepStatus::Pass;
    dns.summary = u"example.com has 3 addresses."_s;
    dns.startedMs = 0;
    dns.durationMs = 21;
    dns.data = QJsonObject{{u"status"_s, u"ok"_s},
                           {u"addresses"_s, QJsonArray{u"93.184.216.34"_s, u"2606:2800:220:1::1"_s, u"198.51.100.7"_s}},
                           {u"cname_chain"_s, QJsonArray{u"www.example.com"_s, u"edge.cdn-provider.example"_s}},
                           {u"hostile"_s, hostileText()}};
    StepResult firewall = notBuiltStep(u"firewall"_s);
    StepResult port;
    port.id = u"port"_s;
    port.status = StepStatus::Warn;
    port.summary = u"Port 443 accepts connections on 1 of 3 addresses."_s;
    port.startedMs = 21;
    port.durationMs = 1510;
    port.findings << Finding{u"port.open"_s,
                             Severity::Info,
                             u"93.184.216.34 accepts connections on port 443"_s,
                             u"Handshake round trip: 12 ms."_s,
                             {}};
    port.findings << Finding{u"port.filtered"_s,
                             Severity::Error,
                             u"2606:2800:220:1::1 did not answer at all"_s,
                             hostileText(),
                             {u"Ask who runs edge.cdn-provider.example | *now*"_s}};
    port.data = QJsonObject{
        {u"port"_s, 443},
        {u"attempts"_s,
         QJsonArray{
             QJsonObject{{u"address"_s, u"93.184.216.34"_s},
                         {u"family"_s, u"ipv4"_s},
                         {u"outcome"_s, u"open"_s},
                         {u"rtt_ms"_s, 12.3},
                         {u"tries"_s, 1},
                         {u"elapsed_ms"_s, 12},
                         {u"banner"_s, hostileText()}},
             QJsonObject{{u"address"_s, u"2606:2800:220:1::1"_s},
                         {u"family"_s, u"ipv6"_s},
                         {u"outcome"_s, u"filtered"_s},
                         {u"rtt_ms"_s, QJsonValue::Null},
                         {u"tries"_s, 3},
                         {u"elapsed_ms"_s, 1500}},
             QJsonObject{{u"address"_s, u"198.51.100.7"_s},
                         {u"family"_s, u"ipv4"_s},
                         {u"outcome"_s, u"rejected"_s},
                         {u"rtt_ms"_s, QJsonValue::Null},
                         {u"tries"_s, 1},
                         {u"elapsed_ms"_s, 4},
                         {u"icmp"_s, QJsonObject{{u"type"_s, 3}, {u"code"_s, 13}, {u"from"_s, u"203.0.113.254"_s}}}}}}};
    r.steps = {link, ip, dns, firewall, port};
    r.verdict.code = u"ok.partial"_s;
    r.verdict.layer = u"network"_s;
    r.verdict.title = u"Port 443 answers on 1 of 3 addresses"_s;
    r.verdict.explanation = u"93.184.216.34 answered; 2606:2800:220:1::1 did not."_s;
    r.verdict.nextSteps = {u"Use IPv4 for now."_s, u"# Tell the admins of example.com"_s};
    r.verdict.evidence = {u"93.184.216.34: open"_s, u"banner: "_s + hostileText()};
    r.pastedError.message
        = u"curl: (7) Failed to connect to example.com port 443 after 2 ms: Couldn't connect to server\n"
          "<img src=x onerror=alert(1)>\n```\n# not a heading\nat db.internal.example (alice-laptop, /home/alice)"_s;
    r.pastedError.code = u"error.refused"_s;
    r.pastedError.title = u"The server refused the connection"_s;
    r.pastedError.explanation = u"An RST came back."_s;
    return r;
}

/// A run that checked nothing but the port, on loopback: every environment row but the basics is
/// "not checked".
inline core::Report minimalReport()
{
    using namespace tcpd::core;
    Report r;
    r.startedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0), Qt::UTC);
    r.durationMs = 4;
    r.target.input = u"127.0.0.1:9"_s;
    r.target.host = u"127.0.0.1"_s;
    r.target.displayHost = u"127.0.0.1"_s;
    r.target.port = 9;
    r.target.isAddress = true;
    r.environment.os = u"Test OS"_s;
    for (const QString& id : checklistStepIds()) {
        r.steps << notBuiltStep(id);
    }
    const auto port = checklistStepIds().indexOf(u"port"_s);
    r.steps[port].status = StepStatus::Fail;
    r.steps[port].summary = u"Port 9 could not be reached."_s;
    r.steps[port].data = QJsonObject{{u"attempts"_s,
                                   QJsonArray{QJsonObject{{u"address"_s, u"127.0.0.1"_s},
                                                          {u"family"_s, u"ipv4"_s},
                                                          {u"outcome"_s, u"refused"_s},
                                                          {u"tries"_s, 1},
                                                          {u"elapsed_ms"_s, 0.2}}}}};
    r.verdict.code = u"port.refused"_s;
    r.verdict.layer = u"server"_s;
    r.verdict.title = u"Nothing is listening on port 9"_s;
    return r;
}

} // namespace tcpd::test
