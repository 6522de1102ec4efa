// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Advice per operating system: the commands a person can run to see what tcpdoctor saw, and where the
// service and firewall settings live. Advice only: tcpdoctor never runs these.

#include "listen/ListenVerdict.h"
#include "target/Services.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
struct Listen {
    Q_DECLARE_TR_FUNCTIONS(Listen)
};

/// Usual service names for well-known ports, as examples in the advice (never guessed as facts).
QString exampleService(const QString& os, quint16 port)
{
    struct Example {
        quint16 port;
        const char* linux;
        const char* windows;
        const char* macos;
    };
    static const Example examples[] = {
        {22, "ssh / sshd", "sshd", "com.openssh.sshd"},
        {80, "nginx / apache2 / httpd", "W3SVC", "org.nginx / homebrew.mxcl.httpd"},
        {443, "nginx / apache2 / httpd", "W3SVC", "org.nginx / homebrew.mxcl.httpd"},
        {3306, "mysql / mariadb", "MySQL80", "homebrew.mxcl.mysql"},
        {5432, "postgresql", "postgresql-x64-16", "homebrew.mxcl.postgresql"},
        {6379, "redis-server / redis", "Redis", "homebrew.mxcl.redis"},
        {3389, "xrdp", "TermService", ""},
        {445, "smbd", "LanmanServer", "com.apple.smbd"},
        {1433, "mssql-server", "MSSQLSERVER", ""},
        {5985, "", "WinRM", ""},
        {25, "postfix / exim4", "SMTPSVC", ""},
        {53, "named / unbound / dnsmasq", "DNS", ""},
        {27017, "mongod", "MongoDB", "homebrew.mxcl.mongodb-community"},
    };
    for (const Example& e : examples) {
        if (e.port == port) {
            const char* name = os == u"windows" ? e.windows : os == u"macos" ? e.macos : e.linux;
            return QString::fromLatin1(name);
        }
    }
    return {};
}
} // namespace

QString listCommand(const QString& os, quint16 port)
{
    if (os == u"windows") {
        return u"Get-NetTCPConnection -LocalPort %1 -State Listen"_s.arg(port);
    }
    if (os == u"macos") {
        return u"sudo lsof -nP -iTCP:%1 -sTCP:LISTEN"_s.arg(port);
    }
    return u"sudo ss -ltnp 'sport = :%1'"_s.arg(port);
}

QString serviceHint(const QString& os, quint16 port, const platform::ListenSocket* owner)
{
    const QString unit
        = owner != nullptr && !owner->services.empty() ? QString::fromStdString(owner->services.front()) : QString();
    const bool knownPid = owner != nullptr && owner->pid >= 0;
    const QString program
        = knownPid && !owner->process.empty() ? QString::fromStdString(owner->process) : Listen::tr("the program");
    const QString name = Listen::tr("NAME");
    const QString example = exampleService(os, port);
    // Said once, after the command: "NAME is the service, for example postgresql."
    const QString exampleNote
        = example.isEmpty() ? QString() : u' ' + Listen::tr("(NAME is the service, for example %1.)").arg(example);
    if (os == u"windows") {
        if (!unit.isEmpty()) {
            return Listen::tr("Check the service in Services (services.msc), or in PowerShell: Get-Service %1. Its "
                              "event log (Event Viewer, Windows Logs, Application and System) says what happened.")
                .arg(unit);
        }
        if (knownPid) {
            return Listen::tr("tasklist /svc /fi \"PID eq %1\" shows whether %2 (pid %1) runs as a service; check it "
                              "then in Services (services.msc).")
                .arg(owner->pid)
                .arg(program);
        }
        return Listen::tr("Check the service in Services (services.msc), or in PowerShell: Get-Service %1. Its event "
                          "log (Event Viewer, Windows Logs, Application and System) says why it stopped.")
                   .arg(name)
            + exampleNote;
    }
    if (os == u"macos") {
        if (knownPid) {
            return Listen::tr("sudo launchctl procinfo %1 shows the launchd job that runs %2 (pid %1), if launchd "
                              "started it; for services installed with Homebrew: brew services list.")
                .arg(owner->pid)
                .arg(program);
        }
        return Listen::tr("Check the service with launchd: sudo launchctl list | grep %1; for services installed with "
                          "Homebrew: brew services list.")
                   .arg(name)
            + exampleNote;
    }
    if (!unit.isEmpty()) {
        return Listen::tr("Check the service with systemd: systemctl status %1, and journalctl -u %1 for what it "
                          "logged.")
            .arg(unit);
    }
    if (knownPid) {
        return Listen::tr("systemctl status %1 shows the systemd service that runs %2 (pid %1), if systemd started it; "
                          "otherwise look at how %2 was started (a terminal, a container, cron).")
            .arg(owner->pid)
            .arg(program);
    }
    return Listen::tr("Check the service with systemd: systemctl status %1, and journalctl -u %1 for why it stopped.")
               .arg(name)
        + exampleNote;
}

QString elevateHint(const QString& os, quint16 port)
{
    const QString args = port != 0 ? u"listen %1"_s.arg(port) : u"listen"_s;
    if (os == u"windows") {
        return Listen::tr("To see every program's name, run tcpdoctor %1 in a terminal opened with \"Run as "
                          "administrator\".")
            .arg(args);
    }
    return Listen::tr("To see every program's name, run it as root: sudo tcpdoctor %1").arg(args);
}

QString firewallHint(const QString& os, quint16 port)
{
    if (os == u"windows") {
        return Listen::tr("Look at the inbound rules of Windows Defender Firewall (wf.msc, Inbound Rules), or in "
                          "PowerShell: Get-NetFirewallPortFilter | Where-Object LocalPort -eq %1 | "
                          "Get-NetFirewallRule.")
            .arg(port);
    }
    if (os == u"macos") {
        return Listen::tr("Look at the firewall in System Settings, Network, Firewall (Options shows which programs "
                          "may accept incoming connections), and at pf: sudo pfctl -sr.");
    }
    return Listen::tr("Look at the firewall rules for incoming connections to port %1: sudo nft list ruleset, "
                      "sudo iptables -S INPUT, sudo ufw status, or sudo firewall-cmd --list-all.")
        .arg(port);
}

} // namespace tcpd::core
