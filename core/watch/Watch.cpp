// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "watch/Watch.h"

#include "platform/Resolver.h"
#include "report/BatchTable.h"
#include "report/ReportFile.h"
#include "report/ReportText.h"
#include "platform/TcpProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

struct Watch {
    Q_DECLARE_TR_FUNCTIONS(Watch)
};

/// A handshake this slow had a SYN (or SYN-ACK) sent again: Linux, macOS and Windows wait 1 s before
/// the first retransmission (RFC 6298), older Windows 3 s.
constexpr double kRetransmitted = 900;

QJsonValue msOrNull(double ms)
{
    return ms >= 0 ? QJsonValue(std::round(ms * 100) / 100.0) : QJsonValue(QJsonValue::Null);
}

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty()) {
        return -1;
    }
    // Nearest rank: the smallest value with at least p of the values at or below it.
    const auto rank = static_cast<qsizetype>(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace

QString watchOutcomeWords(const QString& outcome)
{
    if (outcome == u"refused") {
        return Watch::tr("refused (RST)");
    }
    if (outcome == u"filtered") {
        return Watch::tr("no answer");
    }
    if (outcome == u"dns_failed") {
        return Watch::tr("name not found");
    }
    if (outcome == u"reset_after_connect") {
        return Watch::tr("accepted, then reset");
    }
    if (outcome == u"closed_after_connect") {
        return Watch::tr("accepted, then closed");
    }
    if (outcome == u"open") {
        return Watch::tr("connected");
    }
    if (outcome == u"rejected") {
        return Watch::tr("rejected by a firewall (ICMP)");
    }
    if (outcome == u"host_unreachable") {
        return Watch::tr("host unreachable (ICMP)");
    }
    if (outcome == u"network_unreachable") {
        return Watch::tr("network unreachable");
    }
    if (outcome == u"local_block") {
        return Watch::tr("blocked on this computer");
    }
    if (outcome == u"error") {
        return Watch::tr("could not be tried");
    }
    return outcome;
}

namespace {

void fillVerdict(WatchSummary& s, WatchWording wording)
{
    const bool window = wording == WatchWording::Window;
    Verdict& v = s.verdict;
    const QString who = s.target;
    if (s.attempts == 0) {
        v.code = u"tool.error"_s;
        v.layer = u"unknown"_s;
        v.title = Watch::tr("No attempt was made");
        v.explanation = Watch::tr("The watch was stopped before its first attempt.");
        v.nextSteps << Watch::tr("Start it again and let it run.");
        return;
    }
    QStringList failures;
    for (const auto& [outcome, count] : s.failuresByOutcome) {
        failures << Watch::tr("%1 × %2").arg(count).arg(watchOutcomeWords(outcome));
    }
    if (s.succeeded == 0) {
        v.code = u"watch.down"_s;
        v.layer = u"unknown"_s;
        v.title = Watch::tr("%1 did not answer a single time").arg(who);
        v.explanation = Watch::tr("None of the %n attempt(s) made a connection (%1). This is not a problem that "
                                  "comes and goes: the connection does not work at all right now.",
                                  nullptr, s.attempts)
                            .arg(failures.join(u", "_s));
        v.nextSteps << (window ? Watch::tr("Check %1 step by step to find out where it fails.").arg(who)
                               : Watch::tr("Run \"tcpdoctor diagnose %1\" to find out where it fails.").arg(who));
        if (s.untilOpen) {
            v.nextSteps << (window ? Watch::tr("Watch again with more attempts to be told when it works again.")
                                   : Watch::tr("Run the watch again with --until-open and a longer --duration to be "
                                               "told when it works again."));
        }
        return;
    }
    if (s.succeeded < s.attempts) {
        v.code = u"watch.intermittent"_s;
        v.layer = u"unknown"_s;
        if (s.untilOpen) { // what the person waited for: it works again (the watch stopped at that success)
            v.nextSteps << Watch::tr("It works now: try your program again.");
            v.title = Watch::tr("%1 works again").arg(who);
            v.explanation = Watch::tr("It made a connection at attempt %1, after %n failed attempt(s) (%2) over %3 s.",
                                      nullptr, s.attempts - s.succeeded)
                                .arg(s.attempts)
                                .arg(failures.join(u", "_s))
                                .arg(QLocale().toString(double(s.longestOutageMs) / 1000.0, 'f', 1));
        } else {
            v.title = Watch::tr("The connection to %1 works only sometimes").arg(who);
            v.explanation = Watch::tr("%1 of %2 attempts made a connection; the others failed (%3). The longest "
                                      "outage lasted %4 s.")
                                .arg(s.succeeded)
                                .arg(s.attempts)
                                .arg(failures.join(u", "_s))
                                .arg(QLocale().toString(double(s.longestOutageMs) / 1000.0, 'f', 1));
        }
        const bool silent = std::any_of(s.failuresByOutcome.begin(), s.failuresByOutcome.end(),
                                        [](const auto& f) { return f.first == u"filtered"; });
        const bool refused = std::any_of(s.failuresByOutcome.begin(), s.failuresByOutcome.end(),
                                         [](const auto& f) { return f.first == u"refused"; });
        if (s.addressesSeen.size() > 1) {
            v.explanation += u' '
                + Watch::tr("The name led to %n different address(es): %1. If the failures are all on one of them, "
                            "that server (or its way) is the broken one.",
                            nullptr, int(s.addressesSeen.size()))
                      .arg(s.addressesSeen.join(u", "_s));
        }
        if (silent) {
            v.nextSteps << Watch::tr("Attempts without any answer mean packets were lost or dropped: a congested or "
                                     "faulty link, Wi-Fi, or a firewall or server that is overloaded. Run the watch from "
                                     "another network to see which side it is.");
        }
        if (refused) {
            v.nextSteps << Watch::tr("Refused attempts mean the service was not there at that moment: it restarts, "
                                     "crashes, or one of several servers behind the name has it stopped.");
        }
        v.nextSteps << Watch::tr("Give the times of the failures to the administrator of the server or the network.");
        return;
    }
    if (s.slowHandshakes > 0) {
        v.code = u"watch.slow"_s;
        v.layer = u"network"_s;
        v.title = Watch::tr("Every attempt worked, but %n of them took about a second or more", nullptr, s.slowHandshakes);
        v.explanation = Watch::tr("A handshake that takes about 1 s or 3 s while the others take %1 means the first "
                                  "packet (SYN or SYN-ACK) was lost and sent again after the system's waiting time: "
                                  "packets are being lost on the way. Programs feel this as random slowness.")
                            .arg(reporttext::formatMs(s.rttP50));
        v.nextSteps << Watch::tr("Look for the loss: Wi-Fi signal, a faulty cable, a full link (large downloads), "
                                 "or an overloaded server or firewall.")
                    << Watch::tr("Run the watch from another computer on the same network: if it is slow there too, "
                                 "the problem is not this computer.");
        return;
    }
    v.code = u"watch.stable"_s;
    v.layer = u"none"_s;
    v.title = Watch::tr("The connection to %1 worked every time").arg(who);
    v.explanation = Watch::tr("All %n attempt(s) made a connection, in %1 to %2.", nullptr, s.attempts)
                        .arg(reporttext::formatMs(s.rttMin), reporttext::formatMs(s.rttMax));
    v.nextSteps << (window ? Watch::tr("If a program still fails now and then, the problem is above the connection: "
                                       "the service's answers, a proxy, or the program's own time-outs. Watch with "
                                       "more attempts while it happens.")
                           : Watch::tr("If a program still fails now and then, the problem is above the connection: "
                                       "the service's answers, a proxy, or the program's own time-outs. Keep the "
                                       "watch running (--duration) while it happens."));
}

} // namespace

bool WatchAttempt::succeeded() const
{
    return outcome == u"open" || outcome == u"reset_after_connect" || outcome == u"closed_after_connect";
}

QJsonObject WatchAttempt::toJson() const
{
    return {{u"schema"_s, u"tcpdoctor-watch-attempt/1"_s},
            {u"seq"_s, seq},
            {u"at"_s, at.toString(Qt::ISODateWithMs)},
            {u"address"_s, address.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(address)},
            {u"local_port"_s, localPort > 0 ? QJsonValue(localPort) : QJsonValue(QJsonValue::Null)},
            {u"outcome"_s, outcome},
            {u"rtt_ms"_s, msOrNull(rttMs)},
            {u"os_error"_s, osError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(osError)}};
}

QJsonObject WatchSummary::toJson() const
{
    QJsonArray seen;
    for (const QString& a : addressesSeen) {
        seen.append(a);
    }
    QJsonObject failures;
    for (const auto& [outcome, count] : failuresByOutcome) {
        failures.insert(outcome, count);
    }
    auto list = [](const QStringList& l) {
        QJsonArray a;
        for (const QString& s : l) {
            a.append(s);
        }
        return a;
    };
    return {{u"schema"_s, u"tcpdoctor-watch/1"_s},
            {u"target"_s, target},
            {u"attempts"_s, attempts},
            {u"succeeded"_s, succeeded},
            {u"success_rate"_s, std::round(successRate * 10000) / 10000.0},
            {u"rtt_ms"_s, QJsonObject{{u"min"_s, msOrNull(rttMin)},
                                      {u"p50"_s, msOrNull(rttP50)},
                                      {u"p95"_s, msOrNull(rttP95)},
                                      {u"max"_s, msOrNull(rttMax)},
                                      {u"jitter"_s, msOrNull(jitterMs)}}},
            {u"slow_handshakes"_s, slowHandshakes},
            {u"failures"_s, failures},
            {u"longest_outage_ms"_s, longestOutageMs},
            {u"addresses_seen"_s, seen},
            {u"until_open"_s, untilOpen},
            {u"cancelled"_s, cancelled},
            {u"verdict"_s, QJsonObject{{u"code"_s, verdict.code},
                                       {u"layer"_s, verdict.layer},
                                       {u"title"_s, verdict.title},
                                       {u"explanation"_s, verdict.explanation},
                                       {u"next_steps"_s, list(verdict.nextSteps)},
                                       {u"evidence"_s, list(verdict.evidence)}}}};
}

WatchSummary summarizeWatch(const QString& target, const QList<WatchAttempt>& attempts, bool untilOpen, bool cancelled,
                            WatchWording wording)
{
    WatchSummary s;
    s.target = target;
    s.untilOpen = untilOpen;
    s.cancelled = cancelled;
    s.attempts = int(attempts.size());
    QList<double> rtts;
    std::map<QString, int> failures;
    qint64 outageStart = -1;
    for (const WatchAttempt& a : attempts) {
        if (!a.address.isEmpty() && !s.addressesSeen.contains(a.address)) {
            s.addressesSeen << a.address;
        }
        if (a.succeeded()) {
            ++s.succeeded;
            if (a.rttMs >= 0) {
                rtts << a.rttMs;
                s.slowHandshakes += a.rttMs >= kRetransmitted ? 1 : 0;
            }
            if (outageStart >= 0) {
                s.longestOutageMs = std::max(s.longestOutageMs, a.offsetMs - outageStart);
                outageStart = -1;
            }
        } else {
            ++failures[a.outcome];
            if (outageStart < 0) {
                outageStart = a.offsetMs;
            }
        }
    }
    if (outageStart >= 0 && !attempts.isEmpty()) {
        // Still out at the end: at least until the last attempt started (and one interval is unknown).
        s.longestOutageMs = std::max(s.longestOutageMs, attempts.last().offsetMs - outageStart);
    }
    for (const auto& [outcome, count] : failures) {
        s.failuresByOutcome.append({outcome, count});
    }
    std::stable_sort(s.failuresByOutcome.begin(), s.failuresByOutcome.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    s.successRate = s.attempts > 0 ? double(s.succeeded) / s.attempts : 0;
    if (!rtts.isEmpty()) {
        double jitter = 0;
        for (qsizetype i = 1; i < rtts.size(); ++i) {
            jitter += std::abs(rtts[i] - rtts[i - 1]);
        }
        s.jitterMs = rtts.size() > 1 ? jitter / double(rtts.size() - 1) : -1;
        QList<double> sorted = rtts;
        std::sort(sorted.begin(), sorted.end());
        s.rttMin = sorted.first();
        s.rttMax = sorted.last();
        s.rttP50 = percentile(sorted, 0.5);
        s.rttP95 = percentile(sorted, 0.95);
    }
    fillVerdict(s, wording);
    if (s.attempts > 0) {
        s.verdict.evidence << Watch::tr("%1 of %2 attempts made a connection (%3 %).")
                                  .arg(s.succeeded)
                                  .arg(s.attempts)
                                  .arg(QLocale().toString(s.successRate * 100, 'f', 0));
        if (!rtts.isEmpty()) {
            s.verdict.evidence << Watch::tr("Handshake times: shortest %1, median %2, 95 % under %3, longest %4.")
                                      .arg(reporttext::formatMs(s.rttMin), reporttext::formatMs(s.rttP50), reporttext::formatMs(s.rttP95), reporttext::formatMs(s.rttMax));
        }
    }
    if (cancelled) {
        s.verdict.evidence << Watch::tr("Stopped after %n attempt(s).", nullptr, s.attempts);
    }
    return s;
}

int watchExitCode(const WatchSummary& summary)
{
    if (summary.untilOpen) {
        return summary.succeeded > 0 ? 0 : 1;
    }
    return summary.verdict.code == u"watch.stable" ? 0 : 1;
}

QString watchAttemptLine(const WatchAttempt& a)
{
    QString line = Watch::tr("%1  %2  %3").arg(a.seq, 4).arg(a.at.toLocalTime().toString(u"HH:mm:ss"_s),
                                                             a.address.isEmpty() ? u"-"_s : a.address);
    if (a.localPort > 0) {
        line += u"  " + Watch::tr("from port %1").arg(a.localPort);
    }
    line += u"  " + watchOutcomeWords(a.outcome);
    if (a.rttMs >= 0) {
        line += u"  " + reporttext::formatMs(a.rttMs);
    }
    if (!a.osError.isEmpty() && !a.succeeded()) {
        line += u"  (" + a.osError + u')';
    }
    return line;
}

QList<WatchAttempt> runWatch(const Target& target, const WatchOptions& options,
                             const std::function<void(const WatchAttempt&)>& onAttempt, const std::atomic<bool>* cancel)
{
    QList<WatchAttempt> out;
    QElapsedTimer clock;
    clock.start();
    const qint64 endAtMs = options.durationS > 0 ? qint64(options.durationS) * 1000 : -1;
    const int count = options.durationS > 0 ? 1000000 : std::max(1, options.count);
    auto stopped = [cancel] { return cancel != nullptr && cancel->load(); };
    for (int seq = 1; seq <= count && !stopped(); ++seq) {
        // Start on the interval's beat, never before the previous attempt ended.
        const qint64 startAt = qint64(seq - 1) * options.intervalMs;
        while (clock.elapsed() < startAt && !stopped()) {
            QThread::msleep(static_cast<unsigned long>(std::min<qint64>(50, startAt - clock.elapsed())));
        }
        if (stopped() || (endAtMs >= 0 && clock.elapsed() >= endAtMs)) {
            break;
        }
        WatchAttempt a;
        a.seq = seq;
        a.at = QDateTime::currentDateTimeUtc();
        a.offsetMs = clock.elapsed();
        std::string address = target.host.toStdString();
        if (!platform::isNumericAddress(address)) {
            const platform::SystemResolution r
                = platform::resolveSystem(address, platform::Family::Any, std::min(options.budgetMs, 5000), cancel);
            if (r.status == platform::SystemResolution::Status::Cancelled) {
                break;
            }
            if (r.status != platform::SystemResolution::Status::Ok || r.addresses.empty()) {
                a.outcome = u"dns_failed"_s;
                a.osError = QString::fromStdString(r.errorText);
                out << a;
                onAttempt(a);
                continue;
            }
            address = r.addresses.front(); // what a program connects to first
        }
        a.address = QString::fromStdString(address);
        platform::ProbeOptions popt;
        popt.budgetMs = options.budgetMs;
        popt.retryAt = {}; // one socket, as a program has: the system's own SYN retransmissions show
        popt.listenMs = 20;
        const std::vector<platform::ProbeResult> results = platform::probeTcp({{address, target.port}}, popt, cancel);
        if (results.empty() || results.front().sysErrorName == "cancelled") {
            break;
        }
        const platform::ProbeResult& p = results.front();
        a.outcome = QString::fromLatin1(platform::outcomeName(p.outcome));
        a.rttMs = p.rttMs;
        a.localPort = p.localPort;
        a.osError = QString::fromStdString(p.sysErrorName);
        out << a;
        onAttempt(a);
        if (options.untilOpen && a.succeeded()) {
            break;
        }
    }
    return out;
}

QString watchToCsv(const QList<WatchAttempt>& attempts)
{
    QString csv = u"seq,at,address,local_port,outcome,rtt_ms,os_error\r\n"_s;
    for (const WatchAttempt& a : attempts) {
        csv += QString::number(a.seq) + u',' + a.at.toUTC().toString(Qt::ISODateWithMs) + u',' + csvCell(a.address)
            + u',' + (a.localPort > 0 ? QString::number(a.localPort) : QString()) + u',' + csvCell(a.outcome) + u','
            + (a.rttMs >= 0 ? QString::number(std::round(a.rttMs * 100) / 100.0, 'f', 2) : QString()) + u','
            + csvCell(a.osError) + u"\r\n"_s;
    }
    return csv;
}

QByteArray watchToJsonLines(const QList<WatchAttempt>& attempts, const WatchSummary& summary)
{
    QByteArray out;
    for (const WatchAttempt& a : attempts) {
        out += QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    out += QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

bool writeWatchFile(const QList<WatchAttempt>& attempts, const WatchSummary& summary, const QString& path,
                    QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"csv") {
        bytes = watchToCsv(attempts).toUtf8();
    } else if (suffix == u"jsonl" || suffix == u"json") {
        bytes = watchToJsonLines(attempts, summary);
    } else {
        if (error != nullptr) {
            *error = Watch::tr("Choose a file name ending in .csv or .jsonl.");
        }
        return false;
    }
    return saveFileAtomically(path, bytes, error); // the same atomic save as every report
}

WatchFile readWatchJsonLines(const QByteArray& bytes)
{
    constexpr int maxAttempts = 100000;
    WatchFile file;
    int lineNumber = 0;
    for (const QByteArray& raw : bytes.split('\n')) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            file.attempts.clear();
            file.error = Watch::tr("Line %1 is not a saved watch (not JSON): save the watch again as JSON Lines.")
                             .arg(lineNumber);
            return file;
        }
        const QJsonObject o = doc.object();
        const QString schema = o.value(u"schema"_s).toString();
        if (schema == u"tcpdoctor-watch/1") {
            file.target = o.value(u"target"_s).toString().left(300);
            file.untilOpen = o.value(u"until_open"_s).toBool();
            continue;
        }
        if (schema != u"tcpdoctor-watch-attempt/1") {
            continue; // a line of another kind: not ours to judge
        }
        if (file.attempts.size() >= maxAttempts) {
            break;
        }
        WatchAttempt a;
        a.seq = o.value(u"seq"_s).toInt();
        a.at = QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs);
        a.address = o.value(u"address"_s).toString().left(100);
        a.localPort = std::clamp(o.value(u"local_port"_s).toInt(), 0, 65535);
        a.outcome = o.value(u"outcome"_s).toString().left(40);
        a.rttMs = o.value(u"rtt_ms"_s).isDouble() ? std::clamp(o.value(u"rtt_ms"_s).toDouble(), 0.0, 3.6e6) : -1;
        a.osError = o.value(u"os_error"_s).toString().left(200);
        if (a.seq <= 0 || !a.at.isValid() || a.outcome.isEmpty()) {
            file.attempts.clear();
            file.error = Watch::tr("Line %1 is damaged (an attempt without its number, time or outcome).")
                             .arg(lineNumber);
            return file;
        }
        file.attempts << a;
    }
    if (file.attempts.isEmpty()) {
        file.error = Watch::tr("The file has no attempts of a watch in it.");
        return file;
    }
    const QDateTime first = file.attempts.first().at;
    for (WatchAttempt& a : file.attempts) {
        a.offsetMs = first.msecsTo(a.at);
    }
    return file;
}

} // namespace tcpd::core
