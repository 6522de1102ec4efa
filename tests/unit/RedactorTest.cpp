// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Redaction: what identifies people and places is masked the same way everywhere, what helps the
// diagnosis (private and documentation addresses, ports, codes) stays, and the report says so.

#include "report/Redactor.h"
#include "ReportSamples.h"
#include "report/HtmlWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using tcpd::test::hostileReport;

namespace {
QJsonObject portAttempt(const QJsonObject& doc, int i)
{
    return doc.value(u"steps"_s)
        .toArray()
        .at(4)
        .toObject()
        .value(u"data"_s)
        .toObject()
        .value(u"attempts"_s)
        .toArray()
        .at(i)
        .toObject();
}

QString everything(const Report& r)
{
    return QString::fromUtf8(QJsonDocument(reportToJson(r)).toJson()) + reportToText(r) + reportToMarkdown(r)
        + reportToHtml(r) + reportToRichText(r).html;
}
} // namespace

TEST(Redactor, PublicAddressesGetOneMaskEach)
{
    const Report r = redactReport(hostileReport());
    const QJsonObject doc = reportToJson(r);
    const QString v4 = portAttempt(doc, 0).value(u"address"_s).toString();
    const QString v6 = portAttempt(doc, 1).value(u"address"_s).toString();
    EXPECT_TRUE(v4.startsWith(u"public-ip-"_s)) << v4.toStdString();
    EXPECT_TRUE(v6.startsWith(u"public-ip-"_s)) << v6.toStdString();
    EXPECT_NE(v4, v6);
    // The same address has the same mask in the DNS answer, the findings, the verdict and the summary.
    const QJsonArray dnsAddresses
        = doc.value(u"steps"_s).toArray().at(2).toObject().value(u"data"_s).toObject().value(u"addresses"_s).toArray();
    EXPECT_EQ(dnsAddresses.at(0).toString(), v4);
    EXPECT_EQ(dnsAddresses.at(1).toString(), v6);
    EXPECT_EQ(r.steps.at(4).findings.at(0).title, v4 + u" accepts connections on port 443");
    EXPECT_EQ(r.verdict.explanation, v4 + u" answered; "_s + v6 + u" did not.");
    EXPECT_EQ(r.verdict.evidence.at(0), v4 + u": open");
    // A prefix length stays with its masked address; a public DNS server is masked too.
    const QString masked = r.steps.at(1).data.value(u"addresses"_s).toArray().at(1).toObject().value(u"address"_s).toString();
    EXPECT_TRUE(QRegularExpression(u"^public-ip-\\d+$"_s).match(masked).hasMatch()) << masked.toStdString();
    Redactor text;
    const QString withPrefix = text.redactText(u"2a01:4f8:1:2::23/64"_s);
    EXPECT_TRUE(QRegularExpression(u"^public-ip-\\d+/64$"_s).match(withPrefix).hasMatch()) << withPrefix.toStdString();
    const QString all = everything(r);
    EXPECT_FALSE(all.contains(u"9.9.9.9"_s));
    EXPECT_FALSE(all.contains(u"2a01:4f8"_s));
}

TEST(Redactor, PrivateDocumentationAndLoopbackStay)
{
    const Report r = redactReport(hostileReport());
    const QJsonObject doc = reportToJson(r);
    EXPECT_EQ(portAttempt(doc, 2).value(u"address"_s).toString(), u"198.51.100.7");
    EXPECT_EQ(portAttempt(doc, 2).value(u"icmp"_s).toObject().value(u"from"_s).toString(), u"203.0.113.254");
    EXPECT_EQ(r.steps.at(1).summary, u"192.168.1.23 via the router 192.168.1.1.");
    Redactor redactor;
    for (const QString& kept : {u"10.1.2.3"_s, u"172.16.0.1"_s, u"100.64.1.1"_s, u"127.0.0.1"_s, u"169.254.3.4"_s,
                                u"::1"_s, u"fe80::1%eth0"_s, u"fd12:3456::1"_s, u"2001:db8::5"_s, u"0.0.0.0"_s, u"::"_s,
                                u"224.0.0.251"_s, u"192.0.2.10:8080"_s, u"[2001:db8::1]:22"_s}) {
        EXPECT_EQ(redactor.redactText(u"at "_s + kept + u'.'), u"at "_s + kept + u'.') << kept.toStdString();
    }
    EXPECT_TRUE(redactor.masks().isEmpty());
}

TEST(Redactor, PortsCodesAndNumbersStay)
{
    const Report r = redactReport(hostileReport());
    Redactor redactor;
    EXPECT_EQ(redactor.redactText(u"8.8.8.8:443 and [2606:4700::1111]:853"_s),
              u"public-ip-1:443 and [public-ip-2]:853");
    EXPECT_EQ(r.target.port, 443);
    EXPECT_EQ(r.verdict.code, u"ok.partial");
    EXPECT_EQ(r.steps.at(4).findings.at(1).code, u"port.filtered");
    const QJsonObject data = r.steps.at(4).data;
    EXPECT_EQ(data.value(u"port"_s).toInt(), 443);
    EXPECT_EQ(portAttempt(reportToJson(r), 0).value(u"rtt_ms"_s).toDouble(), 12.3);
    EXPECT_EQ(redactor.redactText(u"version 1.2.3.4.5, at 10:00:00.123, 2026-11-21T10:00:00Z"_s),
              u"version 1.2.3.4.5, at 10:00:00.123, 2026-11-21T10:00:00Z")
        << "not addresses";
}

TEST(Redactor, MacAddressesInAnySpelling)
{
    Redactor redactor;
    EXPECT_EQ(redactor.redactText(u"52:54:00:12:34:56 52-54-00-12-34-56 5254.0012.3456 52:54:00:AB:CD:EF"_s),
              u"mac-1 mac-1 mac-1 mac-2");
    EXPECT_EQ(redactor.redactText(u"ff:ff:ff:ff:ff:ff"_s), u"ff:ff:ff:ff:ff:ff")
        << "broadcast says nothing about anyone";
    const Report r = redactReport(hostileReport());
    EXPECT_EQ(r.steps.at(0).summary, u"eth0 has a link (MAC mac-1).");
    EXPECT_EQ(r.steps.at(0).data.value(u"interfaces"_s).toArray().at(0).toObject().value(u"mac_address"_s).toString(),
              u"mac-1");
}

TEST(Redactor, WifiNamesOnlyWhereTheyStand)
{
    Report source = hostileReport();
    source.verdict.nextSteps << u"Work from home for now."_s;
    const Report r = redactReport(source);
    const QJsonObject wifi
        = r.steps.at(0).data.value(u"interfaces"_s).toArray().at(1).toObject().value(u"wifi"_s).toObject();
    EXPECT_EQ(wifi.value(u"ssid"_s).toString(), u"wifi-1");
    EXPECT_EQ(r.verdict.nextSteps.last(), u"Work from home for now.");
}

TEST(Redactor, HostNamesComputerAndUser)
{
    const Report r = redactReport(hostileReport());
    EXPECT_EQ(r.target.host, u"host-1");
    EXPECT_EQ(r.target.displayHost, u"host-1");
    EXPECT_EQ(r.target.input, u"https://host-1/login");
    EXPECT_EQ(r.steps.at(2).summary, u"host-1 has 3 addresses.");
    EXPECT_EQ(r.environment.hostName, u"this-computer");
    EXPECT_EQ(r.environment.userName, u"user-1");
    EXPECT_EQ(r.environment.os, u"Debian GNU/Linux 12 (bookworm)") << "the system is not personal";
    // Names the DNS step saw, in its data and wherever else they appear.
    const QJsonArray chain = r.steps.at(2).data.value(u"cname_chain"_s).toArray();
    EXPECT_TRUE(chain.at(0).toString().startsWith(u"host-"_s));
    EXPECT_NE(chain.at(0).toString(), u"host-1") << "www.example.com is another name";
    const QString cdn = chain.at(1).toString();
    EXPECT_EQ(r.steps.at(4).findings.at(1).advice.at(0), u"Ask who runs "_s + cdn + u" | *now*");
    // The paste: the computer's name, the user's home, an unseen host; code paths stay readable.
    const QString paste = r.pastedError.message;
    EXPECT_TRUE(paste.contains(u"(this-computer, /home/user-1)"_s)) << paste.toStdString();
    EXPECT_FALSE(paste.contains(u"db.internal.example"_s));
    EXPECT_TRUE(paste.contains(u"curl: (7) Failed to connect to host-1 port 443"_s));
    Redactor free;
    EXPECT_EQ(free.redactFreeText(u"java.net.ConnectException at config.json"_s),
              u"java.net.ConnectException at config.json");
    EXPECT_EQ(free.redactFreeText(u"220 mail.corp.example.org ESMTP"_s), u"220 host-1 ESMTP");
}

TEST(Redactor, NothingOriginalLeaksIntoAnyFormat)
{
    const Report r = redactReport(hostileReport());
    const QString all = everything(r);
    for (const QString& secret :
         {u"example.com"_s, u"93.184.216.34"_s, u"2606:2800:220:1::1"_s, u"alice"_s, u"52:54:00:12:34:56"_s,
          u"edge.cdn-provider.example"_s, u"corp.example.net"_s, u"db.internal.example"_s, u"9.9.9.9"_s}) {
        EXPECT_FALSE(all.contains(secret, Qt::CaseInsensitive)) << secret.toStdString();
    }
}

// The evidence tables and lists read the redacted model: placeholders, never the original.
TEST(Redactor, EvidenceTablesShowPlaceholders)
{
    const Report r = redactReport(hostileReport());
    for (const QString& html : {reportToHtml(r), reportToRichText(r).html}) {
        EXPECT_TRUE(html.contains(u">mac-1</td>"_s));
        EXPECT_TRUE(html.contains(u"Wi-Fi (wifi-1)"_s));
        EXPECT_TRUE(html.contains(u"192.168.1.23/24<br>public-ip-"_s)) << "a public address in the interfaces table";
        EXPECT_FALSE(html.contains(u"52:54:00"_s));
        EXPECT_FALSE(html.contains(u"2a01:4f8"_s));
        EXPECT_FALSE(html.contains(u"Alice"_s, Qt::CaseInsensitive));
    }
}

TEST(Redactor, TheReportSaysItWasRedacted)
{
    const Report r = redactReport(hostileReport());
    EXPECT_TRUE(r.redacted);
    EXPECT_TRUE(reportToJson(r).value(u"redacted"_s).toBool());
    EXPECT_TRUE(reportToHtml(r).contains(u"id=\"redacted\""_s));
    EXPECT_TRUE(reportToMarkdown(r).contains(u"This report was redacted"_s));
    EXPECT_TRUE(reportToText(r).contains(u"This report was redacted"_s));
    EXPECT_FALSE(reportToText(hostileReport()).contains(u"redacted"_s));
}

TEST(Redactor, RedactingTwiceChangesNothingMore)
{
    const Report once = redactReport(hostileReport());
    const Report twice = redactReport(once);
    EXPECT_EQ(reportToJson(once), reportToJson(twice));
}

TEST(Redactor, GenericAccountNamesAreNotMasked)
{
    Report r = tcpd::test::minimalReport();
    r.environment.userName = u"root"_s;
    r.environment.hostName = u"localhost"_s;
    r.verdict.explanation = u"The root cause is on the server."_s;
    const Report red = redactReport(r);
    EXPECT_EQ(red.verdict.explanation, u"The root cause is on the server.");
    EXPECT_EQ(red.environment.userName, u"root");
}
