// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "listen/ListenVerdict.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

struct Listen {
    Q_DECLARE_TR_FUNCTIONS(Listen)
};

/// Above these a port is busier than its program keeps up with (a snapshot: short bursts are normal).
constexpr int kManyHalfOpen = 64;
constexpr int kManyWaiting = 16;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

struct Bound {
    platform::ListenSocket socket;
    BindKind kind;
};

QString socketLine(const Bound& b)
{
    return Listen::tr("Listening on %1: %2 (%3).")
        .arg(endpointText(qs(b.socket.address), b.socket.port), ownerText(b.socket),
             bindKindText(b.kind, qs(b.socket.address)));
}

QString probeLine(const ListenProbe& p, quint16 port, bool backlogFull = false)
{
    const QString where = endpointText(p.address, port);
    if (p.outcome == u"open") {
        return Listen::tr("From this computer, a connection to %1 was accepted.").arg(where);
    }
    if (p.outcome == u"closed_after_connect" || p.outcome == u"reset_after_connect") {
        return Listen::tr("From this computer, a connection to %1 was accepted, then the program closed it at once.")
            .arg(where);
    }
    if (p.outcome == u"refused") {
        return Listen::tr("From this computer, a connection to %1 was refused: nothing listens on that address.")
            .arg(where);
    }
    if (p.outcome == u"filtered" && backlogFull) {
        return Listen::tr("From this computer, a connection to %1 got no answer at all: the queue is full.").arg(where);
    }
    if (p.outcome == u"filtered") {
        return Listen::tr("From this computer, a connection to %1 got no answer at all: a firewall on this computer "
                          "drops it, or the program does not accept connections any more.")
            .arg(where);
    }
    QString line = Listen::tr("From this computer, a connection to %1 ended with \"%2\".").arg(where, p.outcome);
    if (!p.osError.isEmpty()) {
        line += u' ' + Listen::tr("(system error: %1)").arg(p.osError);
    }
    return line;
}

QString addressList(const QStringList& addresses)
{
    return addresses.isEmpty() ? Listen::tr("(none)") : addresses.join(u", "_s);
}

QStringList ownNonLoopback(const platform::ListenTable& t)
{
    QStringList out;
    for (const platform::OwnAddress& o : t.ownAddresses) {
        if (!o.loopback) {
            out << qs(o.address);
        }
    }
    return out;
}

bool isClientAddress(const QString& address, const QStringList& clients)
{
    return std::any_of(clients.begin(), clients.end(), [&](const QString& c) { return sameAddress(address, c); });
}

/// The first bound socket of the given kinds.
const Bound* firstOf(const QList<Bound>& bound, std::initializer_list<BindKind> kinds)
{
    for (const Bound& b : bound) {
        if (std::find(kinds.begin(), kinds.end(), b.kind) != kinds.end()) {
            return &b;
        }
    }
    return nullptr;
}

/// The socket whose program the advice should name: one with a systemd unit or services, else any known one.
const platform::ListenSocket* ownerOf(const QList<Bound>& bound)
{
    for (const Bound& b : bound) {
        if (!b.socket.services.empty()) {
            return &b.socket;
        }
    }
    for (const Bound& b : bound) {
        if (b.socket.pid >= 0) {
            return &b.socket;
        }
    }
    return nullptr;
}

Finding finding(const QString& code, Severity severity, const QString& title, const QString& detail = {},
                const QStringList& advice = {})
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.title = title;
    f.detail = detail;
    f.advice = advice;
    return f;
}

/// The accept queue of the sockets that serve clients: full when it holds as many as its limit allows
/// (Linux queues one more than the backlog, then drops SYNs; macOS drops at the limit).
struct Queue {
    long waiting = -1;
    long max = -1;
    const Bound* socket = nullptr; ///< the first full one
};

Queue fullQueue(const QList<Bound>& bound)
{
    Queue q;
    for (const Bound& b : bound) {
        if ((b.kind == BindKind::Wildcard || b.kind == BindKind::Client) && b.socket.acceptQueueMax >= 0
            && b.socket.acceptQueue >= 0 && b.socket.acceptQueue >= std::max(1L, b.socket.acceptQueueMax)) {
            return {b.socket.acceptQueue, b.socket.acceptQueueMax, &b};
        }
    }
    return q;
}

/// Our own connection to an address a listener serves got no answer while the system counted SYNs
/// dropped for a full queue: that queue is this port's.
bool droppedHere(const ListenFacts& f)
{
    return f.overflowsDuring > 0
        && std::any_of(f.probes.begin(), f.probes.end(), [](const ListenProbe& p) { return p.outcome == u"filtered"; });
}

void addConnectionFindings(const ListenFacts& f, const QList<Bound>& bound, QList<Finding>& out, bool backlogFull)
{
    const platform::PortActivity a = platform::activityFor(f.table, f.port);
    long waiting = -1;
    long waitingMax = -1;
    for (const Bound& b : bound) {
        if (b.socket.acceptQueue >= 0) {
            waiting = std::max(waiting, 0L) + b.socket.acceptQueue;
        }
        if (b.socket.acceptQueueMax >= 0) {
            waitingMax = std::max(waitingMax, 0L) + b.socket.acceptQueueMax;
        }
    }
    QString detail = Listen::tr("%n established connection(s), ", nullptr, a.established)
        + Listen::tr("%n half-open (the client's SYN arrived, its final ACK not yet).", nullptr, a.synRecv);
    if (waiting >= 0) {
        detail += u' '
            + (waitingMax > 0 ? Listen::tr("%n connection(s) wait for the program to accept them (its queue, the "
                                           "backlog, is set to %1).",
                                           nullptr, static_cast<int>(waiting))
                                    .arg(waitingMax)
                              : Listen::tr("%n connection(s) wait for the program to accept them.", nullptr,
                                           static_cast<int>(waiting)));
    }
    if (!f.table.activityKnown) {
        detail += u' ' + Listen::tr("Only this user's connections are counted.");
    }
    const bool full = waitingMax > 0 && waiting >= waitingMax;
    if (backlogFull) {
        out << finding(u"listen.connections"_s, Severity::Info, Listen::tr("Connections on port %1").arg(f.port), detail);
    } else if (full || a.synRecv >= kManyHalfOpen || waiting >= kManyWaiting) {
        out << finding(u"listen.overloaded"_s, Severity::Warning,
                       Listen::tr("Port %1 has more waiting connections than its program keeps up with").arg(f.port),
                       detail,
                       {Listen::tr("When the queue of waiting connections is full, new clients see time-outs, not "
                                   "refusals. Check the program's load and its log, and its connection limits "
                                   "(backlog, worker count)."),
                        Listen::tr("Many half-open connections that never complete can also be a SYN flood: compare "
                                   "with the usual numbers for this server.")});
    } else {
        out << finding(u"listen.connections"_s, Severity::Info, Listen::tr("Connections on port %1").arg(f.port),
                       detail);
    }
}

/// True if socket `b` should accept a connection to `address`: a client address it is bound to, or its
/// family's wildcard ("0.0.0.0" serves IPv4; "::" serves IPv6, and IPv4 too unless IPV6_V6ONLY is set).
bool covers(const Bound& b, const QString& address)
{
    if (b.kind == BindKind::Client) {
        return sameAddress(qs(b.socket.address), address);
    }
    if (b.kind != BindKind::Wildcard) {
        return false;
    }
    return b.socket.address == "::" || !withoutZone(address).contains(u':');
}

void addProbeFindings(const ListenFacts& f, const QList<Bound>& bound, QList<Finding>& out, bool backlogFull)
{
    if (firstOf(bound, {BindKind::Wildcard, BindKind::Client}) == nullptr) {
        return;
    }
    // Addresses clients use that no socket serves: "0.0.0.0" alone leaves IPv6 clients out.
    QStringList uncovered;
    for (const QString& c : f.clientAddresses) {
        if (std::none_of(bound.begin(), bound.end(), [&](const Bound& b) { return covers(b, c); })) {
            uncovered << c;
        }
    }
    if (!uncovered.isEmpty()) {
        out << finding(u"listen.not_all_addresses"_s, Severity::Info,
                       Listen::tr("Port %1 does not listen on every address clients may use").arg(f.port),
                       Listen::tr("Clients that connect to %1 are refused. That matters when the server's name "
                                  "leads there too (an IPv6 address, AAAA, is tried first by most programs).")
                           .arg(uncovered.join(u", "_s)),
                       {Listen::tr("Let the service listen on :: (every address, IPv6 and IPv4) or on these addresses "
                                   "as well, or remove the name's record for them.")});
    }
    // Contradictions: a socket serves the address, yet a connection to it failed from here.
    for (const ListenProbe& p : f.probes) {
        if (p.loopback || probeAccepted(p) || (backlogFull && p.outcome == u"filtered")
            || !isClientAddress(p.address, f.clientAddresses)
            || std::none_of(bound.begin(), bound.end(), [&](const Bound& b) { return covers(b, p.address); })) {
            continue;
        }
        const bool v6Only = !p.ipv6 && std::none_of(bound.begin(), bound.end(), [&](const Bound& b) {
            return covers(b, p.address) && b.socket.address != "::";
        });
        QStringList advice;
        if (v6Only && p.outcome == u"refused") {
            advice << Listen::tr("The program listens on :: for IPv6 only (the socket option IPV6_V6ONLY is set): IPv4 "
                                 "clients are refused. Let it listen on 0.0.0.0 as well, or turn IPV6_V6ONLY off in "
                                 "its settings.");
        } else {
            advice << Listen::tr(
                "Connections to this computer's own address normally never fail: check the firewall on "
                "this computer and whether the program still accepts connections.");
        }
        out << finding(u"listen.refused_here"_s, Severity::Warning,
                       Listen::tr("%1 does not accept connections, although the table says port %2 listens there")
                           .arg(endpointText(p.address, f.port))
                           .arg(f.port),
                       probeLine(p, f.port), advice);
    }
}

} // namespace

bool probeAccepted(const ListenProbe& p)
{
    return p.outcome == u"open" || p.outcome == u"closed_after_connect" || p.outcome == u"reset_after_connect";
}

QList<platform::ListenSocket> listenersOn(const platform::ListenTable& table, quint16 port)
{
    QList<platform::ListenSocket> out;
    for (const platform::ListenSocket& s : table.sockets) {
        if (s.port == port) {
            out << s;
        }
    }
    return out;
}

QList<platform::ListenSocket> nearbyListeners(const platform::ListenTable& table, quint16 port, int max)
{
    static const QList<QPair<quint16, quint16>> alternatives
        = {{22, 2222}, {80, 8000}, {80, 8008}, {80, 8888}, {443, 4443}, {443, 8443}, {3389, 3390}};
    auto near = [port](quint16 p) {
        if (p == port) {
            return false;
        }
        if (std::abs(int(p) - int(port)) <= 10 || (p >= 1000 || port >= 1000 ? p % 1000 == port % 1000 : false)) {
            return true;
        }
        return std::any_of(alternatives.begin(), alternatives.end(), [&](const QPair<quint16, quint16>& a) {
            return (a.first == port && a.second == p) || (a.second == port && a.first == p);
        });
    };
    QList<platform::ListenSocket> out;
    for (const platform::ListenSocket& s : table.sockets) {
        if (near(s.port)) {
            out << s;
        }
    }
    std::stable_sort(out.begin(), out.end(), [port](const platform::ListenSocket& a, const platform::ListenSocket& b) {
        return std::abs(int(a.port) - int(port)) < std::abs(int(b.port) - int(port));
    });
    return out.mid(0, max);
}

QString ownerText(const platform::ListenSocket& s)
{
    if (!s.process.empty() && s.pid >= 0) {
        return Listen::tr("%1 (pid %2)").arg(qs(s.process)).arg(s.pid);
    }
    if (s.pid >= 0) {
        return Listen::tr("the program with pid %1").arg(s.pid);
    }
    if (!s.user.empty()) {
        return Listen::tr("an unknown program of user %1").arg(qs(s.user));
    }
    return Listen::tr("an unknown program");
}

QString bindKindText(BindKind kind, const QString& address)
{
    switch (kind) {
    case BindKind::Wildcard:
        return address.contains(u':') ? Listen::tr("every address of this computer")
                                      : Listen::tr("every IPv4 address of this computer");
    case BindKind::Loopback: return Listen::tr("only this computer itself can connect (loopback)");
    case BindKind::Client: return Listen::tr("the address other computers use to reach this one");
    case BindKind::OwnOther: return Listen::tr("one address of this computer, not the one clients use");
    case BindKind::NotOwn: return Listen::tr("an address this computer does not have (any more)");
    }
    return {};
}

ListenJudgement judgeListen(const ListenFacts& f)
{
    ListenJudgement j;
    Verdict& v = j.verdict;
    const QString os = qs(f.table.os);
    QList<Bound> bound;
    for (const platform::ListenSocket& s : listenersOn(f.table, f.port)) {
        bound << Bound{s, classifyBind(qs(s.address), f.clientAddresses, f.table.ownAddresses)};
    }
    const platform::ListenSocket* owner = ownerOf(bound);
    const QString clients = addressList(f.clientAddresses);
    const QString clientsLine = f.clientAddressesGiven
        ? Listen::tr("Clients connect to: %1 (as given with --address).").arg(clients)
        : Listen::tr("Clients most likely connect to: %1 (the main addresses of this computer).").arg(clients);

    const Bound* serving = firstOf(bound, {BindKind::Wildcard, BindKind::Client});
    const Bound* other = firstOf(bound, {BindKind::OwnOther, BindKind::NotOwn});
    const Bound* loop = firstOf(bound, {BindKind::Loopback});
    auto openWhere = [&](auto&& pred) {
        return std::find_if(f.probes.begin(), f.probes.end(),
                            [&](const ListenProbe& p) { return probeAccepted(p) && pred(p); });
    };
    const auto openClient
        = openWhere([&](const ListenProbe& p) { return isClientAddress(p.address, f.clientAddresses); });
    const auto openOther = openWhere([](const ListenProbe& p) { return !p.loopback; });
    const auto openLoop = openWhere([](const ListenProbe& p) { return p.loopback; });
    const bool none = bound.isEmpty();
    const Queue queue = fullQueue(bound);
    const bool backlogFull = serving != nullptr && (queue.socket != nullptr || droppedHere(f));

    if (backlogFull) {
        v.code = u"listen.backlog_full"_s;
        v.layer = u"server"_s;
        const Bound& b = queue.socket != nullptr ? *queue.socket : *serving;
        v.title = Listen::tr("Port %1 listens, but its program does not keep up: new connections are dropped").arg(f.port);
        v.explanation = Listen::tr("On this computer, %1 listens on %2, but it does not take the connections that "
                                   "wait for it.")
                            .arg(ownerText(b.socket), endpointText(qs(b.socket.address), f.port));
        if (queue.socket != nullptr) {
            v.explanation += u' '
                + Listen::tr("%n connection(s) wait, and the program set its queue (the backlog) to %1.", nullptr,
                             int(queue.waiting))
                      .arg(queue.max);
        }
        v.explanation += u' '
            + Listen::tr("While the queue is full, the system drops new clients' connection requests (SYN) without an "
                         "answer: they see \"timed out\", not \"refused\" (tcpdoctor on a client: nobody answered).");
        if (f.overflowsDuring > 0) {
            v.evidence << Listen::tr("During this check the system dropped %n connection request(s) because a queue was "
                                     "full (TcpExt ListenOverflows).",
                                     nullptr, int(std::min<long long>(f.overflowsDuring, 1000000)));
        }
        v.nextSteps << Listen::tr("Look at the program first: it may hang, be overloaded, or wait for something else (a "
                                  "database, a disk). Its log and its processor use tell which; restarting it empties "
                                  "the queue.")
                    << serviceHint(os, f.port, owner)
                    << (os == u"linux"
                            ? Listen::tr("If it is simply busy, let it accept more: more workers or threads, and a larger "
                                         "backlog in its settings (backlog, ListenBacklog, tcp-backlog). The system caps "
                                         "every backlog at net.core.somaxconn (sysctl net.core.somaxconn).")
                            : Listen::tr("If it is simply busy, let it accept more: more workers or threads, and a larger "
                                         "backlog in its settings (backlog, ListenBacklog, tcp-backlog); the system caps "
                                         "every backlog (somaxconn)."));
    } else if (serving != nullptr || (none && openClient != f.probes.end())) {
        v.code = u"listen.ok"_s;
        v.layer = u"none"_s;
        v.title = Listen::tr("Port %1 is open for other computers").arg(f.port);
        if (serving != nullptr) {
            v.explanation
                = Listen::tr("On this computer, %1 listens on %2, %3, so other computers can connect to port %4 "
                             "as far as this computer is concerned.")
                      .arg(ownerText(serving->socket), endpointText(qs(serving->socket.address), f.port),
                           bindKindText(serving->kind, qs(serving->socket.address)))
                      .arg(f.port);
        } else {
            v.explanation
                = Listen::tr("A connection from this computer to %1 was accepted, but the system does not show "
                             "which program listens: it hides other users' programs from tcpdoctor, or the "
                             "port is forwarded to another program or container.")
                      .arg(endpointText(openClient->address, f.port));
        }
        v.nextSteps << Listen::tr("If clients still cannot connect, the problem is on the way: the inbound firewall of "
                                  "this computer (tcpdoctor does not check it yet) or of the network. Run \"tcpdoctor "
                                  "diagnose %1\" on a client to see where the packets stop.")
                           .arg(endpointText(f.clientAddresses.value(0, Listen::tr("SERVER-ADDRESS")), f.port))
                    << firewallHint(os, f.port);
    } else if (other != nullptr || (none && openOther != f.probes.end())) {
        v.code = u"listen.other_address"_s;
        v.layer = u"server"_s;
        const QString addr = other != nullptr ? qs(other->socket.address) : openOther->address;
        v.title = Listen::tr("Port %1 listens only on %2, not on the address clients use").arg(f.port).arg(addr);
        v.explanation = Listen::tr("On this computer, %1 accepts connections to port %2 only on %3. Clients that "
                                   "connect to %4 are refused, as if nothing listened.")
                            .arg(other != nullptr ? ownerText(other->socket) : Listen::tr("a program"))
                            .arg(f.port)
                            .arg(addr, clients);
        if (other != nullptr && other->kind == BindKind::NotOwn) {
            v.explanation += u' '
                + Listen::tr("%1 is not an address of this computer any more: the service was started "
                             "while the computer had it (an old DHCP address, a moved VPN) and must "
                             "be restarted after its setting is corrected.")
                      .arg(addr);
        }
        v.nextSteps << Listen::tr(
                           "If clients should use %1, give them that address. Otherwise change the listen address "
                           "in the service's settings to 0.0.0.0 (every address) or to %2, and restart it.")
                           .arg(addr, f.clientAddresses.value(0, u"0.0.0.0"_s))
                    << serviceHint(os, f.port, owner);
        v.evidence << Listen::tr("Bound to: %1.").arg(addr)
                   << Listen::tr("This computer's own addresses: %1.").arg(addressList(ownNonLoopback(f.table)));
    } else if (loop != nullptr || (none && openLoop != f.probes.end())) {
        v.code = u"listen.loopback_only"_s;
        v.layer = u"server"_s;
        const QString addr = loop != nullptr ? qs(loop->socket.address) : openLoop->address;
        v.title = Listen::tr("Port %1 listens only for this computer itself (%2)").arg(f.port).arg(addr);
        v.explanation
            = Listen::tr("On this computer, %1 listens on %2, the loopback address: only programs on this "
                         "computer can connect. Other computers are refused, as if nothing listened on port %3.")
                  .arg(loop != nullptr ? ownerText(loop->socket) : Listen::tr("a program"), endpointText(addr, f.port))
                  .arg(f.port);
        v.nextSteps << Listen::tr(
                           "Change the listen address in the service's settings from %1 to 0.0.0.0 (every address) "
                           "or to this computer's address (%2), then restart the service. The setting is called, "
                           "for example, listen_addresses (PostgreSQL), bind-address (MySQL, MariaDB), bind "
                           "(Redis), ListenAddress (OpenSSH), or --host / --bind in development servers.")
                           .arg(addr, f.clientAddresses.value(0, u"0.0.0.0"_s))
                    << serviceHint(os, f.port, owner)
                    << Listen::tr("Only this computer should reach it? Then this is right, and clients must connect "
                                  "through a tunnel (for example ssh -L) or a proxy.");
    } else {
        v.code = u"listen.none"_s;
        v.layer = u"server"_s;
        v.title = Listen::tr("Nothing listens on port %1").arg(f.port);
        v.explanation = Listen::tr("No program on this computer accepts connections on port %1, so clients get "
                                   "\"connection refused\". The service is stopped, or it uses another port.")
                            .arg(f.port);
        const QList<platform::ListenSocket> nearby = nearbyListeners(f.table, f.port, 5);
        QStringList nearbyPorts;
        for (const platform::ListenSocket& s : nearby) {
            if (!nearbyPorts.contains(QString::number(s.port))) {
                nearbyPorts << QString::number(s.port);
            }
        }
        v.nextSteps << serviceHint(os, f.port, owner)
                    << (nearbyPorts.isEmpty()
                            ? Listen::tr("Check which port the service is configured for: it may listen on another "
                                         "port (\"tcpdoctor listen\" lists every listening port).")
                            : Listen::tr("Check which port the service is configured for: something listens on port(s) "
                                         "%1 nearby, which may be the service on another port.")
                                  .arg(nearbyPorts.join(u", "_s)))
                    << Listen::tr("To tell a stopped service from a blocked network: while the service is stopped, run "
                                  "\"tcpdoctor listen --serve %1 --for 120\" here and \"tcpdoctor diagnose %2\" on a "
                                  "client. If the client then connects, the network is fine and the service is the "
                                  "problem.")
                           .arg(f.port)
                           .arg(endpointText(f.clientAddresses.value(0, Listen::tr("SERVER-ADDRESS")), f.port));
        for (const platform::ListenSocket& s : nearby) {
            v.evidence
                << Listen::tr("Nearby: %1 listens on %2.").arg(ownerText(s), endpointText(qs(s.address), s.port));
        }
        if (nearby.isEmpty() && f.table.ok) {
            v.evidence << Listen::tr("No port near %1 listens either; %n port(s) listen on this computer in all "
                                     "(\"tcpdoctor listen\" lists them).",
                                     nullptr, int(f.table.sockets.size()))
                              .arg(f.port);
        }
    }
    v.nextSteps << Listen::tr("To see the same list yourself: %1").arg(listCommand(os, f.port));
    for (const Bound& b : bound) {
        v.evidence << socketLine(b);
    }
    v.evidence << clientsLine;
    for (const ListenProbe& p : f.probes) {
        v.evidence << probeLine(p, f.port, backlogFull);
    }

    j.findings << tableFindings(f.table, f.port);
    const platform::PortActivity activity = platform::activityFor(f.table, f.port);
    if (f.table.ok && (!bound.isEmpty() || activity.established > 0 || activity.synRecv > 0)) {
        addConnectionFindings(f, bound, j.findings, backlogFull);
    }
    addProbeFindings(f, bound, j.findings, backlogFull);
    if (f.clientAddressesGiven) {
        for (const QString& c : f.clientAddresses) {
            if (classifyBind(c, {}, f.table.ownAddresses) == BindKind::NotOwn) {
                j.findings << finding(
                    u"listen.address_not_own"_s, Severity::Info,
                    Listen::tr("%1 is not an address of this computer").arg(c),
                    Listen::tr("Clients that connect to %1 reach this computer only through address "
                               "translation (NAT, port forwarding, a load balancer).")
                        .arg(c),
                    {Listen::tr("Check the forwarding rule for port %1 on the router or load balancer: "
                                "it must point to one of this computer's addresses (%2).")
                         .arg(f.port)
                         .arg(addressList(ownNonLoopback(f.table)))});
            }
        }
    }
    j.findings << finding(u"firewall.not_checked"_s, Severity::Info,
                          Listen::tr("Not checked yet: the inbound firewall"),
                          Listen::tr("This version of tcpdoctor cannot read firewall rules yet. A firewall on this "
                                     "computer may still drop connections from other computers to port %1, even when "
                                     "everything above is right.")
                              .arg(f.port),
                          {firewallHint(os, f.port)});
    return j;
}

QList<Finding> tableFindings(const platform::ListenTable& t, quint16 port)
{
    QList<Finding> out;
    const QString os = qs(t.os);
    if (!t.ok) {
        out << finding(u"listen.table_unreadable"_s, Severity::Error,
                       Listen::tr("The list of listening sockets could not be read"), qs(t.error),
                       {Listen::tr("The connection tests from this computer still show what answers.")});
        return out;
    }
    int hidden = 0;
    for (const platform::ListenSocket& s : t.sockets) {
        if (port == 0 || s.port == port) {
            hidden += (s.pid < 0 || s.process.empty()) ? 1 : 0;
        }
    }
    if (hidden > 0 && !t.privileged) {
        out << finding(u"listen.owner_hidden"_s, Severity::Warning,
                       Listen::tr("Process names are hidden: tcpdoctor is not running as administrator"),
                       Listen::tr("The system does not tell an ordinary user which program owns %n of these listening "
                                  "socket(s): they belong to other users or to the system.",
                                  nullptr, hidden),
                       {elevateHint(os, port)});
    } else if (hidden > 0) {
        out << finding(u"listen.owner_unknown"_s, Severity::Info,
                       Listen::tr("No program on this system holds %n listening socket(s)", nullptr, hidden),
                       Listen::tr("Even with administrator rights no process shows them: they belong to the kernel "
                                  "itself (an NFS or SMB server built into it, for example) or to another container "
                                  "or namespace that shares this network."));
    }
    if (!t.complete) {
        out << finding(u"listen.table_incomplete"_s, Severity::Warning, Listen::tr("Only your own programs are shown"),
                       Listen::tr("This system shows an ordinary user only the sockets of that user's own programs; "
                                  "other programs may listen too. The connection tests from this computer see them "
                                  "from outside."),
                       {elevateHint(os, port)});
    }
    return out;
}

} // namespace tcpd::core
