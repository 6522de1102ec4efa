// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// This computer's firewall, as far as the current user may see it (data.local). The OS part
// (platform/Firewall.h) says which firewalls exist and which programs can read them; the programs
// run here through QProcess with an argument list (never a shell), bounded in time and output.

#include "steps/FirewallStepDetail.h"

#include "platform/Firewall.h"

#include <QElapsedTimer>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace tcpd::core::firewall {

namespace {

constexpr int kProgramMs = 3000;
constexpr qint64 kOutputMax = 8 * 1024 * 1024;

struct Run {
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const std::vector<std::string>& argv, const std::atomic<bool>* cancel)
{
    Run r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s); // the tools' own words in English, as we match them
    p.setProcessEnvironment(env);
    QStringList args;
    for (std::size_t i = 1; i < argv.size(); ++i) {
        args << QString::fromStdString(argv[i]);
    }
    p.start(QString::fromStdString(argv[0]), args, QIODevice::ReadOnly);
    if (!p.waitForStarted(kProgramMs)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    r.started = true;
    QElapsedTimer t;
    t.start();
    // Bounded: a stuck program is killed after kProgramMs; cancel is looked at every 50 ms.
    while (t.elapsed() < kProgramMs && !(cancel != nullptr && cancel->load())) {
        if (p.waitForFinished(50) || p.state() == QProcess::NotRunning) {
            break;
        }
        r.out += p.readAllStandardOutput();
        if (r.out.size() > kOutputMax) {
            break;
        }
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(500);
        r.err = "did not finish in time";
        return r;
    }
    r.out += p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = p.exitCode();
    return r;
}

QString firstLine(const QByteArray& text)
{
    const QString s = QString::fromUtf8(text).trimmed();
    return s.section(u'\n', 0, 0).left(300);
}

bool deniedWords(const QByteArray& err)
{
    const QByteArray e = err.toLower();
    return e.contains("operation not permitted") || e.contains("permission denied") || e.contains("must be root")
        || e.contains("access denied");
}

QJsonObject sourceJson(const QString& id, const QString& state, const QString& status, const QString& detail,
                       const QString& hint)
{
    return QJsonObject{{u"id"_s, id},           {u"state"_s, state},
                       {u"status"_s, status},   {u"detail"_s, detail.isEmpty() ? QJsonValue() : QJsonValue(detail)},
                       {u"admin_hint"_s, hint.isEmpty() ? QJsonValue() : QJsonValue(hint)}};
}

} // namespace

QJsonObject readLocalFirewall(const Connection& c, const std::atomic<bool>* cancel)
{
    const platform::NativeFirewall fw = platform::readNativeFirewall({c.address.toStdString(), c.port, c.ipv6});
    QJsonArray sources;
    for (const platform::FirewallSource& s : fw.sources) {
        sources.append(sourceJson(QString::fromStdString(s.id), QString::fromStdString(s.state), QString::fromStdString(s.status),
                                  QString::fromStdString(s.detail), QString::fromStdString(s.adminHint)));
    }
    QJsonArray rules;
    int rulesSeen = fw.rulesSeen;
    bool readable = fw.rulesSeen >= 0;
    QString verdict = u"unknown"_s;
    for (const platform::FirewallRule& r : fw.rules) {
        rules.append(QJsonObject{{u"source"_s, QString::fromStdString(r.source)},
                                 {u"rule"_s, QString::fromStdString(r.name)},
                                 {u"chain"_s, QString::fromStdString(r.where)},
                                 {u"verdict"_s, QString::fromStdString(r.action)},
                                 {u"certain"_s, r.certain}});
    }
    QJsonArray profiles;
    bool defaultBlocks = false;
    for (const platform::FirewallProfile& p : fw.profiles) {
        profiles.append(QJsonObject{{u"name"_s, QString::fromStdString(p.name)},
                                    {u"current"_s, p.current},
                                    {u"enabled"_s, p.enabled < 0 ? QJsonValue() : QJsonValue(p.enabled == 1)},
                                    {u"default_outbound"_s, p.defaultOutbound.empty() ? QJsonValue()
                                                                                     : QJsonValue(QString::fromStdString(p.defaultOutbound))}});
        defaultBlocks = defaultBlocks || (p.current && p.enabled == 1 && p.defaultOutbound == "block");
    }
    const auto merge = [&verdict](const QString& v) {
        if (v == u"block" || verdict == u"block") verdict = u"block"_s;
        else if (v == u"maybe_block" || verdict == u"maybe_block") verdict = u"maybe_block"_s;
        else verdict = v;
    };
    if (fw.os == "windows" && readable) {
        bool certainBlock = false;
        bool anyAllow = false;
        bool maybe = false;
        for (const platform::FirewallRule& r : fw.rules) {
            certainBlock = certainBlock || (r.action == "block" && r.certain);
            anyAllow = anyAllow || (r.action == "allow" && r.certain);
            maybe = maybe || (r.action == "block" && !r.certain);
        }
        // Windows: a block rule wins over allow rules; with "block" as the default outbound action
        // only an allow rule lets the connection out.
        merge(certainBlock || (defaultBlocks && !anyAllow) ? u"block"_s : maybe ? u"maybe_block"_s : u"allow"_s);
    }

    for (const platform::FirewallProgram& prog : fw.programs) {
        if (cancel != nullptr && cancel->load()) {
            break;
        }
        const QString id = QString::fromStdString(prog.id);
        QString command;
        for (const std::string& a : prog.argv) {
            command += (command.isEmpty() ? QString() : u" "_s) + QString::fromStdString(a).section(u'/', -1);
        }
        const Run run = runProgram(prog.argv, cancel);
        const QString err = firstLine(run.err);
        if (id == u"nftables" || id == u"iptables") {
            const QString hint = id == u"nftables" ? u"sudo nft list ruleset"_s : u"sudo iptables -S OUTPUT"_s;
            if (!run.finished || run.exitCode != 0) {
                const bool denied = deniedWords(run.err);
                sources.append(sourceJson(id, u"unknown"_s, denied ? u"needs_admin"_s : u"error"_s,
                                          err.isEmpty() ? command + u": exit code "_s + QString::number(run.exitCode) : err, hint));
                continue;
            }
            const RulesetView view = id == u"nftables" ? matchNftRuleset(run.out, c) : matchIptablesSave(run.out, c);
            if (!view.parsed) {
                sources.append(sourceJson(id, u"unknown"_s, u"error"_s, view.error, hint));
                continue;
            }
            readable = true;
            rulesSeen = std::max(rulesSeen, 0) + view.rulesSeen;
            const bool any = view.rulesSeen > 0 || view.chainsSeen > 0;
            sources.append(sourceJson(id, any ? u"active"_s : u"inactive"_s, u"ok"_s,
                                      u"rules read: %1 (%2)"_s.arg(view.rulesSeen).arg(command), hint));
            for (const QJsonValue& r : view.rules) {
                rules.append(r);
            }
            merge(view.verdict);
        } else if (id == u"firewalld") {
            // firewall-cmd --state: "running" (exit 0) or "not running" (exit 252).
            const QString said = firstLine(run.out);
            const QString state = said == u"running" ? u"active"_s : said == u"not running" ? u"inactive"_s : u"unknown"_s;
            for (qsizetype i = 0; i < sources.size(); ++i) {
                QJsonObject s = sources.at(i).toObject();
                if (s.value(u"id"_s).toString() == u"firewalld") {
                    s.insert(u"state"_s, state);
                    s.insert(u"detail"_s, QString(u"firewall-cmd --state: "_s + (said.isEmpty() ? err : said)));
                    sources.replace(i, s);
                }
            }
        } else if (id == u"alf" || id == u"alf-blockall") {
            // socketfilterfw: "Firewall is enabled. (State = 1)" / "disabled"; "Block all INCOMING connections..."
            const QString said = firstLine(run.out);
            const QString lower = said.toLower();
            const QString state = lower.contains(u"enabled"_s) || lower.contains(u"state = 1"_s) || lower.contains(u"state = 2"_s)
                                      ? u"active"_s
                                  : lower.contains(u"disabled"_s) ? u"inactive"_s
                                                                  : u"unknown"_s;
            sources.append(sourceJson(id, state, run.finished ? u"ok"_s : u"error"_s, said.isEmpty() ? err : said,
                                      u"System Settings > Network > Firewall"_s));
        } else if (id == u"pf") {
            // pfctl -s info: "Status: Enabled for ..." (root only: /dev/pf).
            const QString said = firstLine(run.out);
            const bool denied = deniedWords(run.err);
            const QString state = said.contains(u"Enabled"_s) ? u"active"_s : said.contains(u"Disabled"_s) ? u"inactive"_s : u"unknown"_s;
            sources.append(sourceJson(id, state, denied ? u"needs_admin"_s : run.exitCode == 0 ? u"ok"_s : u"error"_s,
                                      said.isEmpty() ? err : said, u"sudo pfctl -s rules"_s));
        }
    }

    QJsonObject local{{u"os"_s, QString::fromStdString(fw.os)},
                      {u"privileged"_s, fw.privileged},
                      {u"sources"_s, sources},
                      {u"rules_readable"_s, readable},
                      {u"rules_seen"_s, rulesSeen >= 0 ? QJsonValue(rulesSeen) : QJsonValue()},
                      {u"rules"_s, rules},
                      {u"verdict"_s, readable ? verdict : u"unknown"_s}};
    if (!profiles.isEmpty()) {
        local.insert(u"profiles"_s, profiles);
    }
    return local;
}

} // namespace tcpd::core::firewall
