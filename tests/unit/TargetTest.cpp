// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "target/Target.h"

#include <QNetworkInterface>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::core::parseTarget;

namespace {
tcpd::core::Target ok(const QString& input, const QString& port = {})
{
    const auto r = parseTarget(input, port);
    EXPECT_TRUE(r.ok()) << input.toStdString() << ": " << r.error.toStdString();
    return r.target.value_or(tcpd::core::Target{});
}

QString bad(const QString& input, const QString& port = {})
{
    const auto r = parseTarget(input, port);
    EXPECT_FALSE(r.ok()) << input.toStdString() << " should be refused";
    EXPECT_FALSE(r.error.isEmpty());
    EXPECT_FALSE(r.error.contains(u'\n')) << "one sentence";
    return r.error;
}
} // namespace

namespace {
QString loopbackInterfaceName()
{
    for (const QNetworkInterface& i : QNetworkInterface::allInterfaces()) {
        if (i.type() == QNetworkInterface::Loopback) {
            return i.name();
        }
    }
    return {};
}
} // namespace

TEST(Target, HostColonPort)
{
    const auto t = ok(u"example.com:443"_s);
    EXPECT_EQ(t.host, u"example.com");
    EXPECT_EQ(t.port, 443);
    EXPECT_EQ(t.service, u"https");
    EXPECT_FALSE(t.isAddress);
}

TEST(Target, HostSpacePort)
{
    const auto t = ok(u"  example.com   22 "_s);
    EXPECT_EQ(t.host, u"example.com");
    EXPECT_EQ(t.port, 22);
    EXPECT_EQ(t.service, u"ssh");
}

TEST(Target, UrlTakesThePortFromTheScheme)
{
    EXPECT_EQ(ok(u"https://example.com/path?q=1"_s).port, 443);
    EXPECT_EQ(ok(u"http://example.com"_s).port, 80);
    EXPECT_EQ(ok(u"ssh://user@example.com"_s).port, 22);
    EXPECT_EQ(ok(u"postgresql://db.example.com/app"_s).port, 5432);
    const auto t = ok(u"https://example.com:8443/x"_s);
    EXPECT_EQ(t.port, 8443);
    EXPECT_EQ(t.host, u"example.com");
}

TEST(Target, Ipv4AndIpv6Literals)
{
    auto t = ok(u"192.0.2.10:8080"_s);
    EXPECT_TRUE(t.isAddress);
    EXPECT_FALSE(t.isIPv6);
    EXPECT_EQ(t.host, u"192.0.2.10");
    t = ok(u"[2001:db8::1]:22"_s);
    EXPECT_TRUE(t.isIPv6);
    EXPECT_EQ(t.host, u"2001:db8::1");
    EXPECT_EQ(t.port, 22);
    // A zone names an interface of this computer: its loopback interface exists everywhere.
    const QString lo = loopbackInterfaceName();
    ASSERT_FALSE(lo.isEmpty());
    t = ok(u"fe80::1%"_s + lo, u"22"_s);
    EXPECT_TRUE(t.isIPv6);
    EXPECT_EQ(t.host, u"fe80::1%"_s + lo);
    t = ok(u"[fe80::1%"_s + lo + u"]:443"_s);
    EXPECT_EQ(t.host, u"fe80::1%"_s + lo);
    t = ok(u"http://[2001:db8::5]:8080/"_s);
    EXPECT_EQ(t.host, u"2001:db8::5");
    EXPECT_EQ(t.port, 8080);
}

TEST(Target, ZoneMustNameAnInterfaceOfThisComputer)
{
    const auto r = tcpd::core::parseTarget(u"[fe80::1%nosuch0]:22"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(u"nosuch0"_s)) << r.error.toStdString();
    EXPECT_TRUE(r.error.contains(u"interface"_s)) << r.error.toStdString();
    const auto unknownIndex = tcpd::core::parseTarget(u"[fe80::1%999999]:22"_s);
    EXPECT_FALSE(unknownIndex.ok());
}

TEST(Target, SpacesAroundTheColonAreAPort)
{
    for (const QString& input : {u"example.com: 443"_s, u"example.com :443"_s, u"example.com : 443"_s}) {
        const auto r = tcpd::core::parseTarget(input);
        ASSERT_TRUE(r.ok()) << input.toStdString() << ": " << r.error.toStdString();
        EXPECT_EQ(r.target->host, u"example.com");
        EXPECT_EQ(r.target->port, 443);
    }
    const auto missing = tcpd::core::parseTarget(u"example.com: "_s);
    ASSERT_FALSE(missing.ok());
    EXPECT_FALSE(missing.error.contains(u"IPv6"_s)) << missing.error.toStdString();
}

TEST(Target, PortIsDigitsOnly)
{
    for (const QString& port : {u"+22"_s, u"0x16"_s, u"22.0"_s, u"1e3"_s, u"-22"_s}) {
        const auto r = tcpd::core::parseTarget(u"127.0.0.1:"_s + port);
        EXPECT_FALSE(r.ok()) << port.toStdString();
        EXPECT_FALSE(tcpd::core::parseTarget(u"127.0.0.1"_s, port).ok()) << port.toStdString();
    }
    EXPECT_TRUE(tcpd::core::parseTarget(u"127.0.0.1:022"_s).ok()) << "leading zeros are still the number";
}

TEST(Target, IdnIsNonTransitionalLikeBrowsers)
{
    // UTS #46 non-transitional processing keeps ß and ς (IDNA 2008, as browsers do); transitional
    // processing would look up a different name, fass.example.
    const auto t = ok(u"faß.example:443"_s);
    EXPECT_EQ(t.host, u"xn--fa-hia.example");
}

TEST(Target, IdnNamesBecomeAscii)
{
    const auto t = ok(u"bücher.example:443"_s);
    EXPECT_EQ(t.host, u"xn--bcher-kva.example");
    EXPECT_EQ(t.displayHost, u"bücher.example");
}

TEST(Target, ServiceNamesAsPort)
{
    EXPECT_EQ(ok(u"example.com:ssh"_s).port, 22);
    EXPECT_EQ(ok(u"example.com"_s, u"rdp"_s).port, 3389);
    EXPECT_EQ(ok(u"example.com:postgresql"_s).port, 5432);
    EXPECT_EQ(ok(u"example.com:postgres"_s).port, 5432);
    EXPECT_EQ(ok(u"example.com:mysql"_s).port, 3306);
    EXPECT_EQ(ok(u"example.com:smb"_s).port, 445);
    EXPECT_EQ(ok(u"example.com:HTTPS"_s).port, 443);
    EXPECT_EQ(ok(u"example.com"_s, u"8080"_s).port, 8080);
}

TEST(Target, TrailingDotAndCaseAreNormal)
{
    EXPECT_EQ(ok(u"Example.COM.:443"_s).host, u"example.com");
}

TEST(Target, BadInputsGetOneClearSentence)
{
    bad(u""_s);
    bad(u"   "_s);
    EXPECT_TRUE(bad(u"example.com:0"_s).contains(u"0"));
    EXPECT_TRUE(bad(u"example.com:99999"_s).contains(u"65535"));
    EXPECT_TRUE(bad(u"example.com:65536"_s).contains(u"65535"));
    bad(u"example.com:-1"_s);
    bad(u"example.com:12ab"_s);
    bad(u"example.com:nosuchservice"_s);
    bad(u"example.com:"_s);
    bad(u"example.com"_s); // no port at all
    bad(u"[2001:db8::1:22"_s);
    bad(u"2001:db8::1]:22"_s);
    bad(u"[2001:db8::1]x"_s);
    bad(u"exa mple.com 443 x"_s);
    bad(u"exam\u0007ple.com:443"_s);
    bad(u"example.com\t:443\n"_s);
    bad(QString(u"a"_s).repeated(64) + u".example:443"_s);
    bad(QString(u"abcdefghi."_s).repeated(26) + u"com:443"_s); // 263 characters
    bad(u"https:///path"_s);
    bad(u"foo://example.com/"_s); // unknown scheme, no port
    bad(u"192.0.2.300:80"_s);
    bad(u"example..com:80"_s);
    bad(u"-bad-.example:80"_s);
    bad(u"ex_ample!.com:80"_s);
    bad(u"example.com:443"_s, u"22"_s); // two different ports
}

TEST(Target, TooLongNamesSayWhichRuleAndQuoteLittle)
{
    // Issue 14: the rule broken, not just "not valid"; a pasted megabyte is not echoed back.
    EXPECT_TRUE(bad(QString(u"a"_s).repeated(64) + u".example:443"_s).contains(u"63"_s));
    EXPECT_TRUE(bad(QString(u"abcdefghi."_s).repeated(26) + u"com:443"_s).contains(u"253"_s));
    const QString huge = bad(QString(u"a!"_s).repeated(500000) + u":443"_s);
    EXPECT_LT(huge.size(), 300) << huge.left(300).toStdString();
}

TEST(Target, LabelOf63AndNameOf253AreFine)
{
    ok(QString(u"a"_s).repeated(63) + u".example:443"_s);
    const QString name = QString(u"abcdefghi."_s).repeated(24) + u"abcdefghi"_s; // 249
    ok(name + u".com:443"_s);
}
