// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Which of this computer's rules stop a TCP SYN: `nft -j list ruleset` output recorded on Debian 12
// (FirewallNftSamples.h) and iptables-save text. No network.

#include "FirewallNftSamples.h"
#include "steps/FirewallStepDetail.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core::firewall;

namespace {

RulesetView nft(const char* json, const QString& address, quint16 port)
{
    return matchNftRuleset(QByteArray(json), Connection{address, port, address.contains(u':')});
}

QString firstRule(const RulesetView& v)
{
    return v.rules.isEmpty() ? QString() : v.rules.first().toObject().value(u"rule"_s).toString();
}

} // namespace

TEST(FirewallNft, EmptyRulesetAllows)
{
    const RulesetView v = nft(samples::kNftEmpty, u"203.0.113.2"_s, 8080);
    EXPECT_TRUE(v.parsed);
    EXPECT_EQ(v.rulesSeen, 0);
    EXPECT_EQ(v.verdict, u"allow");
    EXPECT_TRUE(v.rules.isEmpty());
}

TEST(FirewallNft, TheLabsOutputDropIsFoundAndShown)
{
    const RulesetView v = nft(samples::kNftOutputDrop, u"203.0.113.2"_s, 8080);
    ASSERT_TRUE(v.parsed);
    EXPECT_EQ(v.rulesSeen, 1);
    EXPECT_EQ(v.verdict, u"block");
    ASSERT_EQ(v.rules.size(), 1);
    const QJsonObject r = v.rules.first().toObject();
    EXPECT_EQ(r.value(u"rule"_s).toString(), u"tcp dport 8080 drop");
    EXPECT_EQ(r.value(u"table"_s).toString(), u"inet tdl_fault");
    EXPECT_EQ(r.value(u"chain"_s).toString(), u"output");
    EXPECT_EQ(r.value(u"handle"_s).toInt(), 2);
    EXPECT_TRUE(r.value(u"certain"_s).toBool());
    // Another port, and IPv6 through the same inet table.
    EXPECT_EQ(nft(samples::kNftOutputDrop, u"203.0.113.2"_s, 8081).verdict, u"allow");
    EXPECT_EQ(nft(samples::kNftOutputDrop, u"2001:db8:2::2"_s, 8080).verdict, u"block");
}

TEST(FirewallNft, PrefixAndAnonymousSetReject)
{
    const RulesetView v = nft(samples::kNftMixed, u"192.0.2.5"_s, 443);
    EXPECT_EQ(v.verdict, u"block");
    EXPECT_EQ(firstRule(v), u"ip daddr 192.0.2.0/24 tcp dport { 80, 443 } counter reject with icmp type admin-prohibited");
    // The same port to an address outside the prefix: not that rule.
    EXPECT_EQ(nft(samples::kNftMixed, u"198.51.100.7"_s, 443).verdict, u"maybe_block"); // only the skuid rule may apply
}

TEST(FirewallNft, NamedSetWithRangeAndJumpedChain)
{
    EXPECT_EQ(firstRule(nft(samples::kNftMixed, u"203.0.113.2"_s, 25)), u"tcp dport @blocked_ports counter drop");
    EXPECT_EQ(nft(samples::kNftMixed, u"203.0.113.2"_s, 8050).verdict, u"block"); // 8000-8100 in the set
    const RulesetView rdp = nft(samples::kNftMixed, u"203.0.113.2"_s, 3389);
    EXPECT_EQ(rdp.verdict, u"block");
    EXPECT_EQ(rdp.rules.first().toObject().value(u"chain"_s).toString(), u"audit");
}

TEST(FirewallNft, ConditionsItCannotJudgeMakeARuleMaybeNeverCertain)
{
    EXPECT_EQ(nft(samples::kNftMixed, u"203.0.113.2"_s, 8080).verdict, u"block"); // 8000-8100 in @blocked_ports
    const RulesetView v = nft(samples::kNftMixed, u"203.0.113.2"_s, 8200);
    EXPECT_EQ(v.verdict, u"maybe_block");
    ASSERT_FALSE(v.rules.isEmpty());
    EXPECT_FALSE(v.rules.first().toObject().value(u"certain"_s).toBool());
    EXPECT_TRUE(firstRule(v).contains(u"meta skuid 1000"_s)) << firstRule(v).toStdString();
    // dport != 53 does not match 53: nothing at all.
    EXPECT_EQ(nft(samples::kNftMixed, u"203.0.113.2"_s, 53).verdict, u"allow");
}

TEST(FirewallNft, RangeAndAddressSetInOneRule)
{
    EXPECT_EQ(nft(samples::kNftMixed, u"203.0.113.9"_s, 9050).verdict, u"block");
    EXPECT_EQ(nft(samples::kNftMixed, u"203.0.113.3"_s, 9050).verdict, u"maybe_block");
}

TEST(FirewallNft, FamiliesAndPolicies)
{
    // IPv6: the inet reject for 2001:db8::/32 port 5432, and the ip6 table's policy drop.
    const RulesetView v6 = nft(samples::kNftMixed, u"2001:db8::5"_s, 5432);
    EXPECT_EQ(v6.verdict, u"block");
    bool policy = false;
    for (const QJsonValue& r : v6.rules) {
        policy = policy || (r.toObject().value(u"rule"_s).toString() == u"policy drop" && r.toObject().value(u"table"_s).toString() == u"ip6 t6");
    }
    EXPECT_TRUE(policy) << "the ip6 table's policy drop is shown too";
    // Port 22 is accepted by the ip6 table; only the skuid rule may still apply.
    EXPECT_EQ(nft(samples::kNftMixed, u"2001:db8::5"_s, 22).verdict, u"maybe_block");
    // IPv4 never passes the ip6 table, nor matches "ip6 daddr".
    EXPECT_EQ(nft(samples::kNftMixed, u"203.0.113.2"_s, 5432).verdict, u"maybe_block");
}

TEST(FirewallNft, BrokenOutputIsAnErrorNotAPass)
{
    const RulesetView v = nft("Operation not permitted (you must be root)", u"203.0.113.2"_s, 8080);
    EXPECT_FALSE(v.parsed);
    EXPECT_FALSE(v.error.isEmpty());
    EXPECT_FALSE(matchNftRuleset(R"({"other": []})", Connection{u"203.0.113.2"_s, 80, false}).parsed);
}

TEST(FirewallNft, JumpLoopsAreBounded)
{
    // Hand-written (nft itself refuses loops): a chain that jumps to itself must not hang or crash.
    const char* loop = R"({"nftables": [
        {"chain": {"family": "inet", "table": "t", "name": "out", "handle": 1, "type": "filter", "hook": "output", "prio": 0, "policy": "accept"}},
        {"rule": {"family": "inet", "table": "t", "chain": "out", "handle": 2, "expr": [{"jump": {"target": "out"}}]}}]})";
    const RulesetView v = nft(loop, u"203.0.113.2"_s, 80);
    EXPECT_TRUE(v.parsed);
    EXPECT_EQ(v.verdict, u"allow");
}

TEST(FirewallIptables, OutputRulesAndPolicy)
{
    const QByteArray text = "# Generated by iptables-save v1.8.9 (legacy)\n"
                            "*nat\n:PREROUTING ACCEPT [0:0]\n-A POSTROUTING -j MASQUERADE\nCOMMIT\n"
                            "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
                            "-A OUTPUT -o lo -j ACCEPT\n"
                            "-A OUTPUT -d 198.51.100.0/24 -p tcp -m tcp --dport 8080 -j REJECT --reject-with icmp-port-unreachable\n"
                            "-A OUTPUT -p tcp -m multiport --dports 25,465,8000:8100 -j DROP\n"
                            "-A OUTPUT -p tcp -m owner --uid-owner 1000 -j DROP\n"
                            "COMMIT\n";
    const Connection c{u"198.51.100.9"_s, 8080, false};
    RulesetView v = matchIptablesSave(text, c);
    ASSERT_TRUE(v.parsed);
    EXPECT_EQ(v.verdict, u"block");
    EXPECT_EQ(v.rulesSeen, 4); // the filter table only
    EXPECT_TRUE(v.rules.first().toObject().value(u"rule"_s).toString().contains(u"--dport 8080"_s));
    EXPECT_EQ(matchIptablesSave(text, {u"203.0.113.2"_s, 8050, false}).verdict, u"block");
    EXPECT_EQ(matchIptablesSave(text, {u"203.0.113.2"_s, 443, false}).verdict, u"maybe_block"); // the uid-owner rule
    const QByteArray policyDrop = "*filter\n:OUTPUT DROP [0:0]\n-A OUTPUT -p tcp --dport 443 -j ACCEPT\nCOMMIT\n";
    EXPECT_EQ(matchIptablesSave(policyDrop, {u"203.0.113.2"_s, 443, false}).verdict, u"allow");
    EXPECT_EQ(matchIptablesSave(policyDrop, {u"203.0.113.2"_s, 80, false}).verdict, u"block");
    EXPECT_FALSE(matchIptablesSave("iptables-save v1.8.9: Permission denied (you must be root)\n", c).parsed);
}
