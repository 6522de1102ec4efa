// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The hosts file parser: the way the C library reads the file. No network.

#include "platform/HostsFile.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>

using tcpd::platform::HostsFile;
using tcpd::platform::parseHostsFile;

namespace {

std::vector<std::string> addressesOf(const HostsFile& hosts, const std::string& name)
{
    std::vector<std::string> out;
    for (const auto* e : hosts.lookup(name)) {
        out.push_back(e->address);
    }
    return out;
}

} // namespace

TEST(HostsFile, ReadsAddressesAndEveryNameOnALine)
{
    const HostsFile hosts = parseHostsFile("127.0.0.1\tlocalhost\n"
                                           "192.0.2.10   app.example.com   app   # the app server\n"
                                           "::1 localhost ip6-localhost ip6-loopback\n"
                                           "2001:db8::10 app.example.com\n");
    ASSERT_EQ(hosts.entries.size(), 4u);
    EXPECT_EQ(hosts.skippedLines, 0);
    EXPECT_EQ(hosts.entries[1].address, "192.0.2.10");
    EXPECT_EQ(hosts.entries[1].names, (std::vector<std::string>{"app.example.com", "app"}));
    EXPECT_EQ(hosts.entries[1].line, 2);
    EXPECT_EQ(addressesOf(hosts, "app.example.com"), (std::vector<std::string>{"192.0.2.10", "2001:db8::10"}));
    EXPECT_EQ(addressesOf(hosts, "app"), (std::vector<std::string>{"192.0.2.10"}));
    EXPECT_EQ(addressesOf(hosts, "ip6-loopback"), (std::vector<std::string>{"::1"}));
}

TEST(HostsFile, NamesCompareWithoutCaseAndFinalDot)
{
    const HostsFile hosts = parseHostsFile("192.0.2.10 App.Example.COM\n");
    EXPECT_EQ(addressesOf(hosts, "app.example.com"), (std::vector<std::string>{"192.0.2.10"}));
    EXPECT_EQ(addressesOf(hosts, "APP.EXAMPLE.COM."), (std::vector<std::string>{"192.0.2.10"}));
    EXPECT_TRUE(addressesOf(hosts, "app.example.co").empty());
    EXPECT_TRUE(addressesOf(hosts, "pp.example.com").empty());
}

TEST(HostsFile, CommentsBlankLinesAndBadLinesAreSkipped)
{
    const HostsFile hosts = parseHostsFile("# a comment\n"
                                           "\n"
                                           "   \t  \n"
                                           "#192.0.2.1 commented.example\n"
                                           "192.0.2.300 bad-address.example\n"
                                           "192.0.2.2\n"
                                           "not-an-address name.example\n"
                                           "192.0.2.3 good.example#comment-without-space\r\n");
    ASSERT_EQ(hosts.entries.size(), 1u);
    EXPECT_EQ(hosts.entries[0].names, (std::vector<std::string>{"good.example"}));
    EXPECT_EQ(hosts.entries[0].line, 8);
    EXPECT_EQ(hosts.skippedLines, 3) << "a bad address, an address without a name, a name without an address";
    EXPECT_TRUE(hosts.lookup("commented.example").empty());
    EXPECT_TRUE(hosts.lookup("bad-address.example").empty());
}

TEST(HostsFile, ReverseLookupInTheFile)
{
    const HostsFile hosts = parseHostsFile("192.0.2.10 app.example.com app\n192.0.2.10 alias.example\n");
    const auto found = hosts.lookupAddress("192.0.2.10");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0]->names.front(), "app.example.com");
    EXPECT_EQ(found[1]->names.front(), "alias.example");
    EXPECT_TRUE(hosts.lookupAddress("192.0.2.11").empty());
}

TEST(HostsFile, TheSystemPathIsTheUsualOne)
{
#ifdef _WIN32
    EXPECT_NE(tcpd::platform::systemHostsPath().find("\\System32\\drivers\\etc\\hosts"), std::string::npos);
#else
    EXPECT_EQ(tcpd::platform::systemHostsPath(), "/etc/hosts");
#endif
}

TEST(HostsFile, ReadingAFileTellsMissingFromUnreadableAndCutsHugeOnes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto missing = tcpd::platform::readTextFile(dir.filePath(QStringLiteral("nope")).toStdString());
    EXPECT_FALSE(missing.ok);
    EXPECT_TRUE(missing.missing);
    EXPECT_FALSE(missing.error.empty());

    const std::string path = dir.filePath(QStringLiteral("hosts")).toStdString();
    std::ofstream(path) << "192.0.2.10 app.example.com\n";
    const auto small = tcpd::platform::readTextFile(path);
    EXPECT_TRUE(small.ok);
    EXPECT_FALSE(small.truncated);
    EXPECT_EQ(small.text, "192.0.2.10 app.example.com\n");

    const auto cut = tcpd::platform::readTextFile(path, 10);
    EXPECT_TRUE(cut.ok);
    EXPECT_TRUE(cut.truncated);
    EXPECT_EQ(cut.text, "192.0.2.10");
}
