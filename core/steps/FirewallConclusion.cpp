// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Who blocks, and where: the firewall step's conclusion from the port test, this computer's rules,
// the path trace and the controls, and the same conclusion told in plain language. Pure functions
// of the step's JSON data, so a saved report tells the same story (FirewallConclusionTest.cpp).

#include "steps/FirewallStepDetail.h"

#include "evidence/Icmp.h"

using namespace Qt::StringLiterals;

namespace tcpd::core::firewall {

namespace {

bool answered(const QString& outcome)
{
    return outcome == u"open" || outcome == u"refused" || outcome == u"reset_after_connect"
        || outcome == u"closed_after_connect";
}

bool blockedOutcome(const QString& outcome)
{
    return outcome == u"filtered" || outcome == u"rejected" || outcome == u"local_block";
}

QJsonObject conclusion(const QString& code, const QString& address = {}, int hop = -1, const QString& where = {})
{
    return QJsonObject{{u"code"_s, code},
                       {u"address"_s, address.isEmpty() ? QJsonValue() : QJsonValue(address)},
                       {u"hop"_s, hop > 0 ? QJsonValue(hop) : QJsonValue()},
                       {u"where"_s, where.isEmpty() ? QJsonValue() : QJsonValue(where)}};
}

/// The lowest TTL at which `address` answered (a router answers time-exceeded from the same
/// address it later rejects from), or -1.
int hopOf(const QJsonObject& trace, const QString& address)
{
    for (const QJsonValue& v : trace.value(u"hops"_s).toArray()) {
        const QJsonObject h = v.toObject();
        if (!address.isEmpty() && h.value(u"address"_s).toString() == address) {
            return h.value(u"ttl"_s).toInt();
        }
    }
    return -1;
}

QString icmpMeaning(bool v6, int type, int code)
{
    return evidence::icmpName(v6, type, code);
}

QString ruleLine(const QJsonObject& r)
{
    const QString source = r.value(u"source"_s).toString();
    const QString where = r.value(u"table"_s).toString().isEmpty()
                              ? r.value(u"chain"_s).toString()
                              : FirewallStep::tr("%1, chain %2").arg(r.value(u"table"_s).toString(), r.value(u"chain"_s).toString());
    return FirewallStep::tr("%1 rule \"%2\" (%3)%4")
        .arg(source, r.value(u"rule"_s).toString(), where,
             r.value(u"certain"_s).toBool() ? QString() : FirewallStep::tr(", which may apply: it has conditions tcpdoctor cannot judge"));
}

QJsonObject firstBlockingRule(const QJsonObject& local, bool certainOnly)
{
    for (const QJsonValue& v : local.value(u"rules"_s).toArray()) {
        const QJsonObject r = v.toObject();
        const QString verdict = r.value(u"verdict"_s).toString();
        if ((verdict == u"drop" || verdict == u"reject" || verdict == u"block") && (!certainOnly || r.value(u"certain"_s).toBool())) {
            return r;
        }
    }
    return {};
}

} // namespace

QJsonObject decideConclusion(const QJsonObject& attempt, const QJsonObject& local, const QJsonObject& trace,
                             const QJsonArray& controls)
{
    const QString outcome = attempt.value(u"outcome"_s).toString();
    const QString address = attempt.value(u"address"_s).toString();
    if (answered(outcome)) {
        return conclusion(u"none"_s);
    }
    if (!blockedOutcome(outcome)) {
        return conclusion(u"not_applicable"_s);
    }
    if (outcome == u"local_block" || local.value(u"verdict"_s).toString() == u"block") {
        return conclusion(u"local_firewall"_s, {}, -1, u"this_computer"_s);
    }
    const QJsonObject lastHop = trace.value(u"last_answering_hop"_s).toObject();
    const QString last = lastHop.value(u"address"_s).toString();
    const int lastTtl = lastHop.value(u"ttl"_s).toInt(-1);
    if (outcome == u"rejected") {
        const QString from = attempt.value(u"icmp"_s).toObject().value(u"from"_s).toString();
        if (!from.isEmpty() && from == address) {
            return conclusion(u"server_firewall"_s, from, -1, u"server"_s);
        }
        return conclusion(u"network_firewall"_s, from, hopOf(trace, from), u"router"_s);
    }
    // Filtered: silence. The controls and the trace tell where.
    bool otherPortAnswers = false;
    for (const QJsonValue& v : controls) {
        const QJsonObject c = v.toObject();
        const QString kind = c.value(u"kind"_s).toString();
        const QString o = c.value(u"outcome"_s).toString();
        if (kind == u"reference" && blockedOutcome(o)) {
            // The same port fails on a host the user trusts to have it open: this network blocks it.
            const QJsonObject first = trace.value(u"hops"_s).toArray().at(0).toObject();
            const QString gateway = first.value(u"kind"_s).toString() == u"time_exceeded" ? first.value(u"address"_s).toString() : QString();
            return conclusion(u"network_firewall"_s, gateway, gateway.isEmpty() ? -1 : first.value(u"ttl"_s).toInt(), u"local_network"_s);
        }
        otherPortAnswers = otherPortAnswers || (kind == u"other_port" && c.value(u"address"_s).toString() == address && answered(o));
    }
    if (otherPortAnswers) {
        const QString next = trace.value(u"distance_check"_s).toObject().value(u"answered_by"_s).toString();
        if (next == u"router" && !last.isEmpty()) {
            // Other ports travel past the last hop that answered for ours, to another router: the
            // drop is on the network, after that hop.
            return conclusion(u"network_firewall"_s, last, lastTtl, u"after_router"_s);
        }
        return conclusion(u"server_firewall_probable"_s, last, lastTtl, u"server"_s);
    }
    if (trace.value(u"reached_target"_s).toBool()) {
        return conclusion(u"unknown"_s, last, lastTtl);
    }
    return conclusion(u"host_silent"_s, last, lastTtl);
}

QString pathLine(const QJsonObject& trace)
{
    if (!trace.value(u"ran"_s).toBool()) {
        return {};
    }
    const bool icmp = trace.value(u"method"_s).toString() == u"icmp-echo";
    const bool v6 = trace.value(u"family"_s).toString() == u"ipv6";
    const QString stop = trace.value(u"stop"_s).toString();
    const QJsonArray hops = trace.value(u"hops"_s).toArray();
    const QJsonObject end = hops.isEmpty() ? QJsonObject() : hops.last().toObject();
    const QJsonObject last = trace.value(u"last_answering_hop"_s).toObject();
    if (stop == u"reached_target") {
        return icmp ? FirewallStep::tr("ICMP echo requests reach %1 in %2 hops (ICMP, not the port: a firewall may still drop the port).")
                          .arg(end.value(u"address"_s).toString()).arg(end.value(u"ttl"_s).toInt())
                    : FirewallStep::tr("SYNs with a limited TTL reached the server %1 (hop %2).")
                          .arg(end.value(u"address"_s).toString()).arg(end.value(u"ttl"_s).toInt());
    }
    if (stop == u"unreachable") {
        const QString from = end.value(u"address"_s).toString();
        const QJsonObject ic = end.value(u"icmp"_s).toObject();
        const int hop = hopOf(trace, from);
        const QString meaning = icmpMeaning(v6, ic.value(u"type"_s).toInt(-1), ic.value(u"code"_s).toInt(-1));
        if (from.isEmpty()) {
            return FirewallStep::tr("This computer could not send the SYN (%1).").arg(meaning);
        }
        if (from == trace.value(u"address"_s).toString()) {
            return FirewallStep::tr("The server %1 itself rejected it: %2.").arg(from, meaning);
        }
        return FirewallStep::tr("Router %1 (hop %2) rejected it: %3.").arg(from).arg(hop > 0 ? hop : end.value(u"ttl"_s).toInt()).arg(meaning);
    }
    if (!last.isEmpty()) {
        return FirewallStep::tr("The SYN reached router %1 (hop %2) and went no further: nothing answered beyond it.")
            .arg(last.value(u"address"_s).toString())
            .arg(last.value(u"ttl"_s).toInt());
    }
    if (trace.value(u"on_link"_s).toBool()) {
        return FirewallStep::tr("%1 is on the local network, so there is no router in between; it did not answer.")
            .arg(trace.value(u"address"_s).toString());
    }
    return FirewallStep::tr("Not even the first router answered: the SYN may not have left this network.");
}

Story describe(const QJsonObject& data)
{
    Story s;
    const QJsonObject c = data.value(u"conclusion"_s).toObject();
    const QString code = c.value(u"code"_s).toString();
    const QString who = c.value(u"address"_s).toString();
    const int hop = c.value(u"hop"_s).toInt(-1);
    const int port = data.value(u"port"_s).toInt();
    const QString address = data.value(u"address"_s).toString();
    const QJsonObject local = data.value(u"local"_s).toObject();
    const QJsonObject trace = data.value(u"trace"_s).toObject();
    const QString whoHop = hop > 0 ? FirewallStep::tr("%1 (hop %2)").arg(who).arg(hop) : who;

    // Evidence first: the path, the controls, the rules.
    if (const QString p = pathLine(trace); !p.isEmpty()) {
        s.evidence << p;
    }
    QStringList others;
    QStringList reference;
    for (const QJsonValue& v : data.value(u"controls"_s).toArray()) {
        const QJsonObject ctl = v.toObject();
        const QString line = FirewallStep::tr("%1 %2").arg(ctl.value(u"port"_s).toInt()).arg(ctl.value(u"outcome"_s).toString());
        if (ctl.value(u"kind"_s).toString() == u"reference") {
            reference << FirewallStep::tr("The same port on the reference host %1 (%2): %3.")
                             .arg(ctl.value(u"host"_s).toString(), ctl.value(u"address"_s).toString(), ctl.value(u"outcome"_s).toString());
        } else {
            others << line;
        }
    }
    if (!others.isEmpty()) {
        s.evidence << FirewallStep::tr("Other ports on %1: %2.").arg(address, others.join(u", "_s));
    }
    s.evidence << reference;
    const QJsonObject rule = firstBlockingRule(local, code == u"local_firewall");
    for (const QJsonValue& v : local.value(u"rules"_s).toArray()) {
        s.evidence << FirewallStep::tr("This computer's firewall: %1.").arg(ruleLine(v.toObject()));
    }
    const bool readable = local.value(u"rules_readable"_s).toBool();
    QStringList hints;
    for (const QJsonValue& v : local.value(u"sources"_s).toArray()) {
        const QJsonObject src = v.toObject();
        if (src.value(u"status"_s).toString() == u"needs_admin") {
            s.evidence << FirewallStep::tr("%1: the rules can only be read by an administrator (%2).")
                              .arg(src.value(u"id"_s).toString(), src.value(u"detail"_s).toString());
            hints << src.value(u"admin_hint"_s).toString();
        }
    }

    const QString confirm = FirewallStep::tr("Never switch a firewall off for good. To confirm, turn off only that rule (or the "
                                  "firewall) for one quick test, then turn it back on at once.");
    if (code == u"local_firewall") {
        s.title = FirewallStep::tr("This computer's firewall blocks the connection");
        s.explanation = FirewallStep::tr("The SYN to port %1 never left this computer: its own firewall stopped it.").arg(port);
        if (!rule.isEmpty()) {
            s.note = FirewallStep::tr("The rule that matches: %1.").arg(ruleLine(rule));
            if (rule.value(u"source"_s).toString() == u"nftables") {
                const QString table = rule.value(u"table"_s).toString();
                s.advice << FirewallStep::tr("Look at the rule with: sudo nft -a list chain %1 %2").arg(table, rule.value(u"chain"_s).toString());
            }
        } else if (!readable) {
            s.note = FirewallStep::tr("Which rule it is could not be seen: reading the firewall rules needs administrator rights.");
        }
        s.explanation += s.note.isEmpty() ? QString() : u' ' + s.note;
        if (!hints.isEmpty() && rule.isEmpty()) {
            s.advice << FirewallStep::tr("An administrator can list the rules with: %1").arg(hints.join(u"; "_s));
        }
        s.advice << FirewallStep::tr("Check this computer's firewall and security software for a rule that blocks outgoing "
                          "connections to port %1, and ask whether it is there on purpose.").arg(port)
                 << confirm;
    } else if (code == u"network_firewall") {
        const QString where = c.value(u"where"_s).toString();
        s.title = who.isEmpty() ? FirewallStep::tr("A firewall on your network blocks port %1").arg(port)
                                : FirewallStep::tr("A firewall on your network (router %1) blocks port %2").arg(who).arg(port);
        if (where == u"local_network") {
            s.explanation = FirewallStep::tr("Port %1 fails on the reference host too, so the network this computer is on blocks "
                                  "outgoing connections to that port, not the server.").arg(port);
        } else if (where == u"after_router") {
            s.explanation = FirewallStep::tr("The SYN to port %1 reached router %2 and went no further, while other ports of the "
                                  "server pass that router: a firewall at or after it drops port %1.").arg(port).arg(whoHop);
        } else {
            s.explanation = FirewallStep::tr("Router %1 answered the SYN to port %2 with \"administratively prohibited\": a "
                                  "firewall there refuses this traffic. The server never saw it.").arg(whoHop).arg(port);
        }
        s.advice << (who.isEmpty()
                         ? FirewallStep::tr("Ask the administrator of that network (its gateway) to allow port %1 to %2.")
                               .arg(port)
                               .arg(address)
                         : FirewallStep::tr("Ask the administrator of that network (router %1) to allow port %2 to %3.")
                               .arg(who)
                               .arg(port)
                               .arg(address))
                 << FirewallStep::tr("To confirm, try from another network (for example a phone's hotspot): if it works there, "
                          "the block is on this network.");
    } else if (code == u"server_firewall") {
        s.title = FirewallStep::tr("The server's own firewall rejects port %1").arg(port);
        s.explanation = FirewallStep::tr("The server %1 itself answered the SYN with an ICMP \"not allowed\" message: its firewall "
                              "refuses port %2 from this computer.").arg(who).arg(port);
        s.advice << FirewallStep::tr("Ask the server's administrator to allow port %1 from your address in the server's firewall.").arg(port)
                 << FirewallStep::tr("On the server they can check the inbound rules (ufw status, firewall-cmd --list-all, nft list "
                          "ruleset, or Windows Defender Firewall's inbound rules).")
                 << confirm;
    } else if (code == u"server_firewall_probable") {
        s.title = FirewallStep::tr("Probably the server's firewall (the server answers on other ports)");
        s.explanation = FirewallStep::tr("The server %1 answers on other ports but not on port %2, so it is up and reachable and "
                              "something drops port %2 only.").arg(address).arg(port);
        if (trace.value(u"on_link"_s).toBool()) {
            s.explanation += u' ' + FirewallStep::tr("It is on the local network, with no router in between, so the drop is "
                                                     "in the server's own firewall.");
        } else if (!who.isEmpty()) {
            s.explanation += u' ' + FirewallStep::tr("The SYN reached router %1 and went no further; the next hop is the server "
                                          "itself, so the drop is in the server's firewall, or in a firewall right in "
                                          "front of it (a cloud security group, or router %2).").arg(whoHop, who);
        }
        s.advice << FirewallStep::tr("Ask the server's administrator whether port %1 is allowed in the server's firewall and in any "
                          "security group or firewall in front of it.").arg(port)
                 << FirewallStep::tr("On the server, \"tcpdoctor listen %1\" shows whether the service listens at all.").arg(port)
                 << confirm;
    } else if (code == u"host_silent") {
        s.title = FirewallStep::tr("Nothing answers from %1 at all").arg(address);
        s.explanation = FirewallStep::tr("Neither port %1 nor the other ports tried answered. The server may be switched off, its "
                              "address may be wrong, or a firewall drops everything to it.").arg(port);
        if (!who.isEmpty()) {
            s.explanation += u' ' + FirewallStep::tr("The last device on the way that answered was %1.").arg(whoHop);
        }
        s.advice << FirewallStep::tr("Check that the server is on and that the address is right.")
                 << FirewallStep::tr("Ask the network or server administrator which firewall sits after %1.")
                        .arg(who.isEmpty() ? FirewallStep::tr("this computer") : who);
    } else if (code == u"unknown") {
        s.title = FirewallStep::tr("Where the packets are dropped could not be found");
        s.explanation = FirewallStep::tr("Port %1 stayed silent in the port test, but the path trace reached the server: the block "
                              "may come and go, or depend on the connection.").arg(port);
        s.advice << FirewallStep::tr("Run the check again; if the result changes, the block is intermittent (overload or a rate limit).");
    } else if (code == u"none") {
        s.title = FirewallStep::tr("No firewall stopped the connection to port %1").arg(port);
    } else {
        s.title = FirewallStep::tr("Not a firewall problem");
    }
    return s;
}

} // namespace tcpd::core::firewall
