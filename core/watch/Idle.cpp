// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "watch/Idle.h"

#include "platform/IdleProbe.h"
#include "platform/Resolver.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

struct Idle {
    Q_DECLARE_TR_FUNCTIONS(Idle)
};

constexpr int kMaxPeriodS = 86400;
constexpr int kMaxPeriods = 12;

QJsonValue numberOrNull(double v, double factor = 100)
{
    return v >= 0 ? QJsonValue(std::round(v * factor) / factor) : QJsonValue(QJsonValue::Null);
}

QJsonArray list(const QStringList& l)
{
    QJsonArray a;
    for (const QString& s : l) {
        a.append(s);
    }
    return a;
}

/// The keepalive interval to suggest: comfortably under the longest silence that was survived, or half
/// the shortest that was not when even the shortest died. Never under 1 s.
int suggestedKeepalive(int lastAliveS, int firstDeadS)
{
    if (lastAliveS > 0) {
        return std::max(1, lastAliveS * 4 / 5);
    }
    return std::max(1, firstDeadS / 2);
}

} // namespace

QList<int> defaultIdlePeriods(int maxIdleS)
{
    maxIdleS = std::clamp(maxIdleS, 1, kMaxPeriodS);
    QList<int> out;
    for (const int p : {15, 30, 60, 120, 240, 480}) {
        if (p <= maxIdleS) {
            out << p;
        }
    }
    if (out.isEmpty() || out.last() != maxIdleS) {
        out << maxIdleS;
    }
    return out;
}

QList<int> parseIdlePeriods(const QString& text, QString* error)
{
    QList<int> out;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    auto fail = [&](const QString& why) {
        if (error != nullptr) {
            *error = why;
        }
        return QList<int>();
    };
    if (parts.isEmpty()) {
        return fail(Idle::tr("Give the idle periods in seconds, separated by commas, like 15,60,300."));
    }
    if (parts.size() > kMaxPeriods) {
        return fail(Idle::tr("Give at most %1 idle periods; one connection is opened for each.").arg(kMaxPeriods));
    }
    for (const QString& part : parts) {
        bool ok = false;
        const qlonglong n = part.trimmed().toLongLong(&ok);
        if (!ok || n < 1 || n > kMaxPeriodS) {
            return fail(Idle::tr("Each idle period must be a whole number of seconds from 1 to %1, not \"%2\".")
                            .arg(kMaxPeriodS)
                            .arg(part.trimmed().left(20)));
        }
        if (!out.contains(int(n))) {
            out << int(n);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool IdlePeriod::died() const
{
    return result == u"reset" || result == u"silent" || result == u"closed";
}

QJsonObject IdlePeriod::toJson() const
{
    return {{u"idle_s"_s, idleS},
            {u"result"_s, result},
            {u"local_port"_s, localPort > 0 ? QJsonValue(localPort) : QJsonValue(QJsonValue::Null)},
            {u"connect_ms"_s, numberOrNull(connectMs)},
            {u"ack_ms"_s, numberOrNull(ackMs)},
            {u"died_after_s"_s, numberOrNull(diedAfterS, 10)},
            {u"retransmits"_s, retransmits >= 0 ? QJsonValue(retransmits) : QJsonValue(QJsonValue::Null)},
            {u"ack_known"_s, ackKnown},
            {u"os_error"_s, osError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(osError)}};
}

IdleRun runIdle(const Target& target, const IdleOptions& options,
                const std::function<void(const IdlePeriod&)>& onPeriod, const std::atomic<bool>* cancel)
{
    IdleRun run;
    std::string address = target.host.toStdString();
    if (!platform::isNumericAddress(address)) {
        const platform::SystemResolution r = platform::resolveSystem(address, platform::Family::Any, 5000, cancel);
        if (r.status == platform::SystemResolution::Status::Cancelled) {
            run.cancelled = true;
            return run;
        }
        if (r.status != platform::SystemResolution::Status::Ok || r.addresses.empty()) {
            run.resolveError = QString::fromStdString(r.errorText);
            if (run.resolveError.isEmpty()) {
                run.resolveError = Idle::tr("the name was not found");
            }
            return run;
        }
        address = r.addresses.front(); // what a program connects to first
    }
    run.address = QString::fromStdString(address);

    platform::IdleProbeOptions popt;
    for (const int p : options.periodsS) {
        popt.periodsS.push_back(p);
    }
    popt.connectBudgetMs = options.connectBudgetMs;
    popt.answerBudgetMs = options.answerBudgetMs;
    auto convert = [](const platform::IdlePeriodResult& r) {
        IdlePeriod p;
        p.idleS = r.idleS;
        p.result = QString::fromLatin1(platform::idleStateName(r.state));
        p.localPort = r.localPort;
        p.connectMs = r.connectMs;
        p.ackMs = r.ackMs;
        p.diedAfterS = r.diedAfterS;
        p.retransmits = r.retransmits;
        p.ackKnown = r.ackKnown;
        p.osError = QString::fromStdString(r.error);
        return p;
    };
    const std::vector<platform::IdlePeriodResult> results = platform::probeIdle(
        address, target.port, popt,
        [&](const platform::IdlePeriodResult& r) {
            if (onPeriod && r.state != platform::IdleState::Cancelled) {
                onPeriod(convert(r));
            }
        },
        cancel);
    for (const platform::IdlePeriodResult& r : results) {
        run.periods << convert(r);
        run.cancelled = run.cancelled || r.state == platform::IdleState::Cancelled;
    }
    return run;
}

QString idleDurationText(int seconds)
{
    if (seconds < 60) {
        return Idle::tr("%1 s").arg(seconds);
    }
    if (seconds % 3600 == 0) {
        return Idle::tr("%1 h").arg(seconds / 3600);
    }
    if (seconds % 60 == 0) {
        return Idle::tr("%1 min").arg(seconds / 60);
    }
    return Idle::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString idleResultWords(const QString& result)
{
    if (result == u"alive") {
        return Idle::tr("still worked");
    }
    if (result == u"reset") {
        return Idle::tr("reset: it had been forgotten");
    }
    if (result == u"silent") {
        return Idle::tr("no answer: it had been forgotten on the way");
    }
    if (result == u"closed") {
        return Idle::tr("closed by the server");
    }
    if (result == u"not_connected") {
        return Idle::tr("could not connect");
    }
    if (result == u"cancelled") {
        return Idle::tr("stopped");
    }
    return Idle::tr("unknown: nothing came back, and this system does not say whether it arrived");
}

QString idlePeriodLine(const IdlePeriod& p)
{
    QString line = Idle::tr("after %1 idle").arg(idleDurationText(p.idleS));
    if (p.localPort > 0) {
        line += u"  " + Idle::tr("from port %1").arg(p.localPort);
    }
    line += u"  " + idleResultWords(p.result);
    if (p.result == u"alive" && p.ackKnown) {
        line += u" " + Idle::tr("(the byte sent then was acknowledged)");
    } else if (p.diedAfterS >= 0) {
        line += u" " + Idle::tr("(after %1 s)").arg(QString::number(p.diedAfterS, 'f', 1));
    } else if (p.result == u"silent" && p.retransmits > 0) {
        line += u" " + Idle::tr("(sent %n time(s) again)", nullptr, p.retransmits);
    }
    if (!p.osError.isEmpty() && p.result != u"alive") {
        line += u"  " + p.osError;
    }
    return line;
}

namespace {

void judge(IdleSummary& s, const IdleRun& run, IdleWording wording)
{
    const bool window = wording == IdleWording::Window;
    Verdict& v = s.verdict;
    const QString who = s.target;
    QList<const IdlePeriod*> decided;
    for (const IdlePeriod& p : s.periods) {
        if (p.result != u"cancelled") {
            decided << &p;
        }
    }
    if (!run.resolveError.isEmpty()
        || (!decided.isEmpty() && std::all_of(decided.begin(), decided.end(), [](const IdlePeriod* p) {
               return p->result == u"not_connected";
           }))) {
        v.code = u"idle.no_connection"_s;
        v.layer = u"unknown"_s;
        v.title = Idle::tr("No connection to %1 could be opened").arg(who);
        v.explanation = run.resolveError.isEmpty()
            ? Idle::tr("The idle test needs connections that work to begin with, and none could be opened (%1).")
                  .arg(decided.front()->osError)
            : Idle::tr("The idle test needs connections that work to begin with, and the name did not resolve (%1).")
                  .arg(run.resolveError);
        v.nextSteps << (window ? Idle::tr("Check %1 step by step to find out where it fails.").arg(who)
                               : Idle::tr("Run \"tcpdoctor diagnose %1\" to find out where it fails.").arg(who));
        return;
    }
    if (decided.isEmpty()) {
        v.code = u"tool.error"_s;
        v.layer = u"unknown"_s;
        v.title = Idle::tr("The idle test was stopped");
        v.explanation = Idle::tr("It was stopped before any connection had been idle long enough to tell.");
        v.nextSteps << Idle::tr("Start it again and let it run to the end.");
        return;
    }

    // The shortest silence that killed a connection, and the longest survived below it.
    const IdlePeriod* firstDead = nullptr;
    for (const IdlePeriod* p : decided) {
        if (p->died() && (firstDead == nullptr || p->idleS < firstDead->idleS)) {
            firstDead = p;
        }
    }
    for (const IdlePeriod* p : decided) {
        if (p->lived() && (firstDead == nullptr || p->idleS < firstDead->idleS)) {
            s.lastAliveS = std::max(s.lastAliveS, p->idleS);
        }
    }
    int longestAlive = -1;
    for (const IdlePeriod* p : decided) {
        if (p->lived()) {
            longestAlive = std::max(longestAlive, p->idleS);
        }
    }

    if (firstDead == nullptr) {
        const int unknown = int(std::count_if(decided.begin(), decided.end(),
                                              [](const IdlePeriod* p) { return !p->lived(); }));
        if (unknown > 0) {
            v.code = u"idle.unknown"_s;
            v.layer = u"unknown"_s;
            v.title = Idle::tr("It is not known whether idle connections to %1 survive").arg(who);
            v.explanation = Idle::tr("%n connection(s) got no answer after their pause, and this system does not "
                                     "tell whether the byte sent then arrived (it needs Windows 10 1703 or later, "
                                     "Linux or macOS for that).",
                                     nullptr, unknown);
            if (longestAlive > 0) {
                v.explanation += u' ' + Idle::tr("A connection idle for %1 still worked.").arg(idleDurationText(longestAlive));
            }
            v.nextSteps << Idle::tr("Run the idle test against a server that answers what it receives, such as "
                                    "\"tcpdoctor listen --serve PORT\" on the server, or from a Linux or macOS computer.");
            return;
        }
        v.code = u"idle.ok"_s;
        v.layer = u"none"_s;
        v.title = Idle::tr("Idle connections to %1 survive").arg(who);
        v.explanation = Idle::tr("Every connection still worked after its pause, the longest after %1 of silence. "
                                 "Nothing on the way forgets connections that stay silent this long.")
                            .arg(idleDurationText(longestAlive));
        v.nextSteps << (window ? Idle::tr("If a program still loses its connection after a pause, the pause is longer "
                                          "than %1: try a longer time.")
                                     .arg(idleDurationText(longestAlive))
                               : Idle::tr("If a program still loses its connection after a pause, the pause is longer "
                                          "than %1: try --max-idle with a longer time.")
                                     .arg(idleDurationText(longestAlive)));
        return;
    }

    s.firstDeadS = firstDead->idleS;
    const QString dead = idleDurationText(s.firstDeadS);
    const QString alive = s.lastAliveS > 0 ? idleDurationText(s.lastAliveS) : QString();
    if (firstDead->result == u"closed") {
        v.code = u"idle.server_closes"_s;
        v.layer = u"server"_s;
        const int after = firstDead->diedAfterS > 0 ? int(std::lround(firstDead->diedAfterS)) : s.firstDeadS;
        v.title = Idle::tr("%1 closes connections that stay silent").arg(who);
        v.explanation = Idle::tr("The server itself ended the connection after about %1 of silence: it said goodbye "
                                 "properly (FIN), so this is its own idle timeout, not the network.")
                            .arg(idleDurationText(std::max(1, after)));
        if (!alive.isEmpty()) {
            v.explanation += u' ' + Idle::tr("A connection idle for %1 still worked.").arg(alive);
        }
        v.nextSteps << Idle::tr("Make the program send something (a keepalive or a harmless request) more often than "
                                "every %1, or have it reconnect when the server has closed the connection.")
                           .arg(idleDurationText(std::max(1, after)));
        v.nextSteps << Idle::tr("Or raise the service's own idle timeout on the server (its \"timeout\" or "
                                "\"keepalive_timeout\" setting).");
        v.evidence << Idle::tr("The server sent FIN %1 s after the connection opened.")
                          .arg(QString::number(firstDead->diedAfterS, 'f', 1));
        return;
    }

    v.code = u"path.idle_timeout"_s;
    v.layer = u"network"_s;
    s.keepaliveS = suggestedKeepalive(s.lastAliveS, s.firstDeadS);
    const QString keep = QString::number(s.keepaliveS);
    v.title = Idle::tr("Something on the way to %1 forgets silent connections").arg(who);
    const QString how = firstDead->result == u"reset"
        ? Idle::tr("a reset came back")
        : Idle::tr("the byte sent then was never acknowledged, however often it was sent again");
    if (!alive.isEmpty()) {
        v.explanation = Idle::tr("A connection that stayed silent for %1 still worked; after %2 of silence it was "
                                 "dead (%3). A firewall or NAT router between this computer and the server forgets "
                                 "connections that stay silent for between %1 and %2. Programs that keep a connection "
                                 "open without talking (databases, remote desktops, SSH) then fail with \"connection "
                                 "reset\" or errors 10053/10054 when they speak again.")
                            .arg(alive, dead, how);
    } else {
        v.explanation = Idle::tr("Even the shortest pause tried, %1, killed the connection (%2). A firewall or NAT "
                                 "router between this computer and the server forgets silent connections very "
                                 "quickly. Programs that keep a connection open without talking fail when they speak "
                                 "again.")
                            .arg(dead, how);
    }
    v.nextSteps << Idle::tr("Turn on TCP keepalive in the program, with the first keepalive after at most %1 s of "
                            "silence and one every %1 s after that: the small packets keep the connection known on "
                            "the way.")
                       .arg(keep);
    v.nextSteps << Idle::tr("SSH: ServerAliveInterval %1 in ~/.ssh/config (or ClientAliveInterval %1 on the server).")
                       .arg(keep);
    v.nextSteps << Idle::tr("PostgreSQL: keepalives_idle=%1 in the connection string (libpq, psql); JDBC: "
                            "tcpKeepAlive=true together with the system setting below.")
                       .arg(keep);
    if (s.keepaliveS >= 60) {
        v.nextSteps << Idle::tr("Oracle: SQLNET.EXPIRE_TIME=%1 in sqlnet.ora (minutes).").arg(s.keepaliveS / 60);
    }
    v.nextSteps << Idle::tr("The system's keepalive time, for programs that turn keepalive on without choosing a "
                            "time: Linux sysctl net.ipv4.tcp_keepalive_time=%1; Windows KeepAliveTime=%2 (milliseconds) "
                            "under HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters, then restart; macOS "
                            "sysctl net.inet.tcp.keepidle=%2.")
                       .arg(keep)
                       .arg(s.keepaliveS * 1000);
    v.nextSteps << Idle::tr("Or ask the network's administrator to raise the idle timeout of the firewall or NAT "
                            "router on the way for this connection.");
    for (const IdlePeriod* p : decided) {
        if (p->died()) {
            v.evidence << Idle::tr("Idle for %1: %2.").arg(idleDurationText(p->idleS), idleResultWords(p->result));
        }
    }
}

} // namespace

IdleSummary summarizeIdle(const QString& target, const IdleRun& run, IdleWording wording)
{
    IdleSummary s;
    s.target = target;
    s.address = run.address;
    s.periods = run.periods;
    s.cancelled = run.cancelled;
    judge(s, run, wording);
    return s;
}

QJsonObject IdleSummary::toJson() const
{
    QJsonArray ps;
    for (const IdlePeriod& p : periods) {
        ps.append(p.toJson());
    }
    auto intOrNull = [](int v) { return v >= 0 ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    return {{u"schema"_s, u"tcpdoctor-idle/1"_s},
            {u"target"_s, target},
            {u"address"_s, address.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(address)},
            {u"periods"_s, ps},
            {u"last_alive_s"_s, intOrNull(lastAliveS)},
            {u"first_dead_s"_s, intOrNull(firstDeadS)},
            {u"keepalive_s"_s, intOrNull(keepaliveS)},
            {u"cancelled"_s, cancelled},
            {u"verdict"_s, QJsonObject{{u"code"_s, verdict.code},
                                       {u"layer"_s, verdict.layer},
                                       {u"title"_s, verdict.title},
                                       {u"explanation"_s, verdict.explanation},
                                       {u"next_steps"_s, list(verdict.nextSteps)},
                                       {u"evidence"_s, list(verdict.evidence)}}}};
}

int idleExitCode(const IdleSummary& summary)
{
    return summary.verdict.code == u"idle.ok" ? 0 : 1;
}

} // namespace tcpd::core
