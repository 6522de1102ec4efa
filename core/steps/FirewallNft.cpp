// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Which of this computer's rules would stop a TCP SYN to the target: `nft -j list ruleset` (the
// kernel's nftables, which iptables-nft writes to as well) and legacy `iptables-save` text.
// A rule condition we understand is judged yes/no; anything else (a user id, a mark, an interface)
// makes the rule "maybe": such a rule is shown, never claimed as the cause.

#include "steps/FirewallStepDetail.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace tcpd::core::firewall {

namespace {

enum class M { No, Yes, Maybe };

M both(M a, M b)
{
    if (a == M::No || b == M::No) return M::No;
    if (a == M::Maybe || b == M::Maybe) return M::Maybe;
    return M::Yes;
}

M invert(M m)
{
    return m == M::Yes ? M::No : m == M::No ? M::Yes : M::Maybe;
}

QString valueText(const QJsonValue& v)
{
    if (v.isDouble()) return QString::number(v.toInteger());
    if (v.isString()) return v.toString();
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& e : v.toArray()) parts << valueText(e);
        return u"{ "_s + parts.join(u", "_s) + u" }"_s;
    }
    const QJsonObject o = v.toObject();
    if (o.contains(u"set"_s)) return valueText(o.value(u"set"_s).toArray());
    if (o.contains(u"range"_s)) {
        const QJsonArray r = o.value(u"range"_s).toArray();
        return valueText(r.at(0)) + u'-' + valueText(r.at(1));
    }
    if (o.contains(u"prefix"_s)) {
        const QJsonObject p = o.value(u"prefix"_s).toObject();
        return p.value(u"addr"_s).toString() + u'/' + QString::number(p.value(u"len"_s).toInt());
    }
    if (o.contains(u"payload"_s)) {
        const QJsonObject p = o.value(u"payload"_s).toObject();
        return p.value(u"protocol"_s).toString() + u' ' + p.value(u"field"_s).toString();
    }
    if (o.contains(u"meta"_s)) return u"meta "_s + o.value(u"meta"_s).toObject().value(u"key"_s).toString();
    if (o.contains(u"ct"_s)) return u"ct "_s + o.value(u"ct"_s).toObject().value(u"key"_s).toString();
    return o.isEmpty() ? QString() : o.keys().constFirst();
}

/// The rule as nft would print it, near enough for a person to find it again.
QString ruleText(const QJsonArray& expr)
{
    QStringList parts;
    for (const QJsonValue& e : expr) {
        const QJsonObject o = e.toObject();
        if (o.contains(u"match"_s)) {
            const QJsonObject m = o.value(u"match"_s).toObject();
            const QString op = m.value(u"op"_s).toString();
            parts << valueText(m.value(u"left"_s)) + (op == u"==" || op == u"in" ? QString() : u' ' + op) + u' '
                         + valueText(m.value(u"right"_s));
        } else if (o.contains(u"reject"_s)) {
            const QJsonObject r = o.value(u"reject"_s).toObject();
            QString t = u"reject"_s;
            if (r.contains(u"type"_s)) t += u" with "_s + r.value(u"type"_s).toString();
            if (r.contains(u"expr"_s)) t += u" type "_s + valueText(r.value(u"expr"_s));
            parts << t;
        } else if (o.contains(u"jump"_s) || o.contains(u"goto"_s)) {
            const QString k = o.contains(u"jump"_s) ? u"jump"_s : u"goto"_s;
            parts << k + u' ' + o.value(k).toObject().value(u"target"_s).toString();
        } else if (!o.isEmpty()) {
            parts << o.keys().constFirst(); // counter, log, drop, accept, ...
        }
    }
    return parts.join(u' ');
}

struct Eval {
    const Connection& c;
    QHash<QString, QJsonArray> sets;             ///< "family table name" -> elements
    QHash<QString, QList<QJsonObject>> chains;   ///< "family table chain" -> rules in order
    QJsonArray rules;                            ///< rules that decide or may decide
    bool maybeAllowed = false;                   ///< a "maybe" accept came first: a later block is not certain

    bool portIn(const QJsonValue& v, const QString& family, const QString& table, int depth = 0) const
    {
        if (depth > 4) return false;
        if (v.isDouble()) return v.toInteger() == c.port;
        if (v.isString()) {
            const QString s = v.toString();
            if (s.startsWith(u'@')) return portIn(sets.value(family + u' ' + table + u' ' + s.mid(1)), family, table, depth + 1);
            return false; // a service name nft did not print as a number
        }
        if (v.isArray()) {
            for (const QJsonValue& e : v.toArray()) {
                if (portIn(e, family, table, depth + 1)) return true;
            }
            return false;
        }
        const QJsonObject o = v.toObject();
        if (o.contains(u"set"_s)) return portIn(o.value(u"set"_s), family, table, depth + 1);
        if (o.contains(u"range"_s)) {
            const QJsonArray r = o.value(u"range"_s).toArray();
            return c.port >= r.at(0).toInteger() && c.port <= r.at(1).toInteger();
        }
        if (o.contains(u"elem"_s)) return portIn(o.value(u"elem"_s).toObject().value(u"val"_s), family, table, depth + 1);
        return false;
    }

    M addressIn(const QJsonValue& v, const QString& family, const QString& table, int depth = 0) const
    {
        const QHostAddress me(c.address);
        if (depth > 4 || me.isNull()) return M::Maybe; // no address to compare (no port test)
        if (v.isString()) {
            const QString s = v.toString();
            if (s.startsWith(u'@')) return addressIn(sets.value(family + u' ' + table + u' ' + s.mid(1)), family, table, depth + 1);
            const QHostAddress a(s);
            return a.isNull() ? M::Maybe : a.isEqual(me) ? M::Yes : M::No;
        }
        if (v.isArray()) {
            M any = M::No;
            for (const QJsonValue& e : v.toArray()) {
                const M m = addressIn(e, family, table, depth + 1);
                if (m == M::Yes) return M::Yes;
                if (m == M::Maybe) any = M::Maybe;
            }
            return any;
        }
        const QJsonObject o = v.toObject();
        if (o.contains(u"set"_s)) return addressIn(o.value(u"set"_s), family, table, depth + 1);
        if (o.contains(u"prefix"_s)) {
            const QJsonObject p = o.value(u"prefix"_s).toObject();
            const QHostAddress net(p.value(u"addr"_s).toString());
            return net.isNull() ? M::Maybe : me.isInSubnet(net, p.value(u"len"_s).toInt()) ? M::Yes : M::No;
        }
        if (o.contains(u"range"_s)) {
            const QJsonArray r = o.value(u"range"_s).toArray();
            const QHostAddress lo(r.at(0).toString());
            const QHostAddress hi(r.at(1).toString());
            if (lo.isNull() || hi.isNull() || lo.protocol() != me.protocol()) return M::Maybe;
            if (me.protocol() == QAbstractSocket::IPv4Protocol) {
                return me.toIPv4Address() >= lo.toIPv4Address() && me.toIPv4Address() <= hi.toIPv4Address() ? M::Yes : M::No;
            }
            const Q_IPV6ADDR a = me.toIPv6Address(), l = lo.toIPv6Address(), h = hi.toIPv6Address();
            return std::memcmp(&a, &l, 16) >= 0 && std::memcmp(&a, &h, 16) <= 0 ? M::Yes : M::No;
        }
        if (o.contains(u"elem"_s)) return addressIn(o.value(u"elem"_s).toObject().value(u"val"_s), family, table, depth + 1);
        return M::Maybe;
    }

    /// One `match` expression against the SYN.
    M match(const QJsonObject& m, const QString& family, const QString& table) const
    {
        const QString op = m.value(u"op"_s).toString();
        const QJsonObject left = m.value(u"left"_s).toObject();
        const QJsonValue right = m.value(u"right"_s);
        M r = M::Maybe;
        bool handledOp = op == u"==" || op == u"!=" || op == u"in";
        if (left.contains(u"payload"_s)) {
            const QJsonObject p = left.value(u"payload"_s).toObject();
            const QString proto = p.value(u"protocol"_s).toString();
            const QString field = p.value(u"field"_s).toString();
            if ((proto == u"tcp" || proto == u"th") && field == u"dport") {
                r = portIn(right, family, table) ? M::Yes : M::No;
            } else if (proto == u"ip" && field == u"daddr") {
                r = c.ipv6 ? M::No : addressIn(right, family, table);
                if (c.ipv6) return M::No; // an IPv4 header match never matches IPv6, whatever the op
            } else if (proto == u"ip6" && field == u"daddr") {
                if (!c.ipv6) return M::No;
                r = addressIn(right, family, table);
            } else if ((proto == u"ip" && field == u"protocol") || (proto == u"ip6" && field == u"nexthdr")) {
                if ((proto == u"ip") == c.ipv6) return M::No;
                r = right.toString() == u"tcp" || right.toInteger() == 6 ? M::Yes : M::No;
            } else if (proto == u"udp" || proto == u"icmp" || proto == u"icmpv6" || proto == u"sctp" || proto == u"dccp"
                       || proto == u"udplite") {
                return M::No; // a header our SYN does not have
            } else if ((proto == u"ip" && c.ipv6) || (proto == u"ip6" && !c.ipv6)) {
                return M::No;
            } else {
                return M::Maybe; // source port, flags, ...: not judged
            }
        } else if (left.contains(u"meta"_s)) {
            const QString key = left.value(u"meta"_s).toObject().value(u"key"_s).toString();
            const QString value = right.toString();
            if (key == u"l4proto") {
                r = value == u"tcp" || right.toInteger() == 6 ? M::Yes : M::No;
            } else if (key == u"nfproto") {
                r = (value == u"ipv6") == c.ipv6 ? M::Yes : M::No;
            } else if ((key == u"oifname" || key == u"oif") && value == u"lo") {
                r = QHostAddress(c.address).isLoopback() ? M::Yes : M::No;
            } else {
                return M::Maybe; // user, mark, interface, ...
            }
        } else if (left.contains(u"ct"_s) && left.value(u"ct"_s).toObject().value(u"key"_s).toString() == u"state") {
            // A first SYN is "new".
            const QString text = valueText(right);
            r = text.contains(u"new"_s) ? M::Yes : M::No;
            handledOp = true;
        } else {
            return M::Maybe;
        }
        if (!handledOp) return M::Maybe; // <, >, & ...
        return op == u"!=" ? invert(r) : r;
    }

    /// Runs a chain. Returns "accept", "block", or "" (fell through); records the deciding rules.
    QString run(const QString& family, const QString& table, const QString& chain, int depth)
    {
        if (depth > 8) return {};
        for (const QJsonObject& rule : chains.value(family + u' ' + table + u' ' + chain)) {
            const QJsonArray expr = rule.value(u"expr"_s).toArray();
            M cond = M::Yes;
            QString verdict;
            QString jumpTo;
            for (const QJsonValue& e : expr) {
                const QJsonObject o = e.toObject();
                if (o.contains(u"match"_s)) {
                    cond = both(cond, match(o.value(u"match"_s).toObject(), family, table));
                } else if (o.contains(u"limit"_s) || o.contains(u"quota"_s)) {
                    cond = both(cond, M::Maybe);
                } else if (o.contains(u"accept"_s) || o.contains(u"drop"_s) || o.contains(u"reject"_s) || o.contains(u"return"_s)) {
                    verdict = o.keys().constFirst();
                } else if (o.contains(u"jump"_s) || o.contains(u"goto"_s)) {
                    verdict = o.contains(u"jump"_s) ? u"jump"_s : u"goto"_s;
                    jumpTo = o.value(verdict).toObject().value(u"target"_s).toString();
                } else if (o.contains(u"queue"_s)) {
                    verdict = u"queue"_s;
                }
            }
            if (cond == M::No || verdict.isEmpty()) continue;
            const bool certain = cond == M::Yes;
            if (verdict == u"accept") {
                if (certain) return u"accept"_s;
                maybeAllowed = true;
            } else if (verdict == u"drop" || verdict == u"reject" || verdict == u"queue") {
                record(family, table, chain, rule, verdict, certain && !maybeAllowed);
                if (certain && verdict != u"queue") return u"block"_s;
            } else if (verdict == u"return") {
                if (certain) return {};
            } else if (!jumpTo.isEmpty()) {
                const bool before = maybeAllowed;
                if (!certain) maybeAllowed = true; // whatever the jumped-to chain blocks is only "maybe"
                const QString sub = run(family, table, jumpTo, depth + 1);
                if (!certain) maybeAllowed = before || sub == u"accept";
                if (certain && !sub.isEmpty()) return sub;
                if (verdict == u"goto" && certain) return {};
            }
        }
        return {};
    }

    void record(const QString& family, const QString& table, const QString& chain, const QJsonObject& rule,
                const QString& verdict, bool certain)
    {
        if (rules.size() >= 20) return;
        rules.append(QJsonObject{{u"source"_s, u"nftables"_s},
                                 {u"table"_s, QString(family + u' ' + table)},
                                 {u"chain"_s, chain},
                                 {u"handle"_s, rule.value(u"handle"_s).toInteger(-1)},
                                 {u"rule"_s, ruleText(rule.value(u"expr"_s).toArray())},
                                 {u"verdict"_s, verdict},
                                 {u"certain"_s, certain}});
    }
};

} // namespace

RulesetView matchNftRuleset(const QByteArray& json, const Connection& c)
{
    RulesetView view;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        view.error = err.error != QJsonParseError::NoError ? err.errorString() : u"not a JSON object"_s;
        return view;
    }
    Eval ev{c, {}, {}, {}, false};
    struct Base {
        QString family, table, name, policy;
        int prio = 0;
    };
    QList<Base> bases;
    const QJsonArray items = doc.object().value(u"nftables"_s).toArray();
    for (const QJsonValue& item : items) {
        const QJsonObject o = item.toObject();
        if (o.contains(u"set"_s)) {
            const QJsonObject s = o.value(u"set"_s).toObject();
            ev.sets.insert(s.value(u"family"_s).toString() + u' ' + s.value(u"table"_s).toString() + u' ' + s.value(u"name"_s).toString(),
                           s.value(u"elem"_s).toArray());
        } else if (o.contains(u"chain"_s)) {
            const QJsonObject ch = o.value(u"chain"_s).toObject();
            ++view.chainsSeen;
            const QString hook = ch.value(u"hook"_s).toString();
            const QString type = ch.value(u"type"_s).toString();
            const bool outbound = hook == u"output" || (hook == u"postrouting" && type == u"filter");
            if (outbound && (type == u"filter" || type == u"route")) {
                bases.append({ch.value(u"family"_s).toString(), ch.value(u"table"_s).toString(), ch.value(u"name"_s).toString(),
                              ch.value(u"policy"_s).toString(), ch.value(u"prio"_s).toInt()});
            }
        } else if (o.contains(u"rule"_s)) {
            const QJsonObject r = o.value(u"rule"_s).toObject();
            ++view.rulesSeen;
            ev.chains[r.value(u"family"_s).toString() + u' ' + r.value(u"table"_s).toString() + u' ' + r.value(u"chain"_s).toString()]
                .append(r);
        }
    }
    if (!doc.object().contains(u"nftables"_s)) {
        view.error = u"no \"nftables\" list in the output"_s;
        return view;
    }
    view.parsed = true;
    std::stable_sort(bases.begin(), bases.end(), [](const Base& a, const Base& b) { return a.prio < b.prio; });
    bool blocked = false;
    for (const Base& b : bases) {
        const bool carries = b.family == u"inet" || (b.family == u"ip" && !c.ipv6) || (b.family == u"ip6" && c.ipv6);
        if (!carries) continue;
        ev.maybeAllowed = false;
        const QString result = ev.run(b.family, b.table, b.name, 0);
        if (result == u"block") {
            blocked = true;
        } else if (result.isEmpty() && b.policy == u"drop") {
            const bool certain = !ev.maybeAllowed;
            ev.rules.append(QJsonObject{{u"source"_s, u"nftables"_s}, {u"table"_s, QString(b.family + u' ' + b.table)},
                                        {u"chain"_s, b.name}, {u"handle"_s, QJsonValue()},
                                        {u"rule"_s, u"policy drop"_s}, {u"verdict"_s, u"drop"_s}, {u"certain"_s, certain}});
            blocked = blocked || certain;
        }
    }
    view.rules = ev.rules;
    bool maybe = false;
    for (const QJsonValue& r : std::as_const(view.rules)) {
        maybe = maybe || !r.toObject().value(u"certain"_s).toBool();
    }
    view.verdict = blocked ? u"block"_s : maybe ? u"maybe_block"_s : u"allow"_s;
    return view;
}

RulesetView matchIptablesSave(const QByteArray& text, const Connection& c)
{
    RulesetView view;
    if (c.ipv6) {
        view.parsed = true;
        view.verdict = u"allow"_s; // iptables-save lists IPv4 only (ip6tables-save has the rest)
        return view;
    }
    bool inFilter = false;
    QString policy;
    bool blocked = false;
    bool accepted = false;
    bool maybeAllowed = false;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size() && n < 100000; ++n) {
        QString line = QString::fromUtf8(lines[n]).trimmed();
        if (line.startsWith(u'[')) {
            line = line.section(u"] "_s, 1).trimmed(); // iptables-save -c: "[packets:bytes] -A ..."
        }
        if (line.startsWith(u'*')) {
            inFilter = line == u"*filter";
            view.parsed = true;
            continue;
        }
        if (!inFilter) continue;
        if (line.startsWith(u":OUTPUT ")) {
            policy = line.section(u' ', 1, 1);
            continue;
        }
        if (!line.startsWith(u"-A "_s)) continue;
        ++view.rulesSeen;
        const QStringList t = line.split(u' ', Qt::SkipEmptyParts);
        if (t.value(1) != u"OUTPUT" || accepted || blocked) continue;
        M cond = M::Yes;
        QString target;
        bool negate = false;
        for (qsizetype i = 2; i < t.size(); ++i) {
            const QString& k = t[i];
            const QString v = t.value(i + 1);
            if (k == u"!") { negate = true; continue; }
            M m = M::Maybe;
            bool takesValue = true;
            if (k == u"-p") {
                m = v == u"tcp" || v == u"6" ? M::Yes : M::No;
            } else if (k == u"-d") {
                const QHostAddress me(c.address);
                const auto net = QHostAddress::parseSubnet(v.contains(u'/') ? v : v + u"/32");
                m = net.first.isNull() ? M::Maybe : me.isInSubnet(net) ? M::Yes : M::No;
            } else if (k == u"--dport" || k == u"--dports" || k == u"--destination-port") {
                m = M::No;
                for (const QString& part : v.split(u',')) {
                    const quint32 lo = part.section(u':', 0, 0).toUInt();
                    const quint32 hi = part.contains(u':') ? part.section(u':', 1, 1).toUInt() : lo;
                    if (c.port >= lo && c.port <= hi) m = M::Yes;
                }
            } else if (k == u"--ctstate" || k == u"--state") {
                m = v.contains(u"NEW"_s) ? M::Yes : M::No;
            } else if (k == u"-o" && v == u"lo") {
                m = QHostAddress(c.address).isLoopback() ? M::Yes : M::No;
            } else if (k == u"-m") {
                m = M::Yes; // a module name: its options follow
            } else if (k == u"-j") {
                target = v;
                m = M::Yes;
            } else if (k == u"-c" || k == u"--reject-with" || k == u"--log-prefix") {
                m = M::Yes;
                i += k == u"-c" ? 1 : 0;
            } else {
                takesValue = !v.startsWith(u'-');
            }
            cond = both(cond, negate ? invert(m) : m);
            negate = false;
            i += takesValue ? 1 : 0;
        }
        if (cond == M::No) continue;
        const bool certain = cond == M::Yes;
        if (target == u"ACCEPT") {
            accepted = certain;
            maybeAllowed = maybeAllowed || !certain;
        } else if (target == u"DROP" || target == u"REJECT") {
            view.rules.append(QJsonObject{{u"source"_s, u"iptables"_s}, {u"table"_s, u"filter"_s}, {u"chain"_s, u"OUTPUT"_s},
                                          {u"handle"_s, QJsonValue()}, {u"rule"_s, line}, {u"verdict"_s, target.toLower()},
                                          {u"certain"_s, certain && !maybeAllowed}});
            blocked = certain && !maybeAllowed;
        }
    }
    if (!accepted && !blocked && policy == u"DROP") {
        view.rules.append(QJsonObject{{u"source"_s, u"iptables"_s}, {u"table"_s, u"filter"_s}, {u"chain"_s, u"OUTPUT"_s},
                                      {u"handle"_s, QJsonValue()}, {u"rule"_s, u":OUTPUT DROP (policy)"_s},
                                      {u"verdict"_s, u"drop"_s}, {u"certain"_s, !maybeAllowed}});
        blocked = !maybeAllowed;
    }
    if (!view.parsed) {
        view.error = u"no table in the output"_s;
        return view;
    }
    view.verdict = blocked ? u"block"_s : view.rules.isEmpty() ? u"allow"_s : u"maybe_block"_s;
    return view;
}

} // namespace tcpd::core::firewall
