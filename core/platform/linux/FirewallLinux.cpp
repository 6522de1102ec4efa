// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// This computer's firewall on Linux. ufw's switch is in /etc/ufw/ufw.conf (readable by everyone);
// firewalld leaves its pid file while it runs. The rules themselves live in the kernel (nftables,
// which iptables-nft also writes to) and only root may list them: the caller runs the programs
// named here and reports "needs admin" when they say so.

#include "platform/Firewall.h"

#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace tcpd::platform {

namespace {

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n\"'");
    const auto e = s.find_last_not_of(" \t\r\n\"'");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

FirewallSource ufwSource()
{
    FirewallSource s;
    s.id = "ufw";
    s.adminHint = "sudo ufw status verbose";
    std::ifstream in("/etc/ufw/ufw.conf");
    if (!in) {
        s.status = "not_installed";
        s.state = "inactive";
        return s;
    }
    s.status = "ok";
    s.state = "unknown";
    std::string line;
    for (int n = 0; n < 200 && std::getline(in, line); ++n) { // bounded: a small config file
        const std::string t = trim(line);
        if (t.rfind("ENABLED=", 0) == 0) {
            const std::string v = trim(t.substr(8));
            s.state = v == "yes" ? "active" : "inactive";
            s.detail = "/etc/ufw/ufw.conf: ENABLED=" + v;
        }
    }
    return s;
}

FirewallSource firewalldSource(std::vector<FirewallProgram>& programs)
{
    FirewallSource s;
    s.id = "firewalld";
    s.adminHint = "sudo firewall-cmd --list-all";
    const std::string cmd = findProgram({"/usr/bin/firewall-cmd", "/usr/sbin/firewall-cmd", "/bin/firewall-cmd"});
    struct stat st {};
    const bool pidFile = ::stat("/run/firewalld/firewalld.pid", &st) == 0 || ::stat("/var/run/firewalld.pid", &st) == 0;
    if (cmd.empty() && !pidFile) {
        s.status = "not_installed";
        s.state = "inactive";
        return s;
    }
    s.status = "ok";
    s.state = pidFile ? "active" : "unknown";
    if (pidFile) {
        s.detail = "firewalld's pid file exists";
    }
    if (!cmd.empty()) {
        programs.push_back({"firewalld", {cmd, "--state"}});
    }
    return s;
}

} // namespace

NativeFirewall readNativeFirewall(const FirewallQuery&)
{
    NativeFirewall fw;
    fw.os = "linux";
    fw.privileged = ::geteuid() == 0;
    fw.sources.push_back(ufwSource());
    fw.sources.push_back(firewalldSource(fw.programs));
    const std::string nft = findProgram({"/usr/sbin/nft", "/sbin/nft", "/usr/bin/nft", "/bin/nft"});
    if (!nft.empty()) {
        fw.programs.push_back({"nftables", {nft, "-j", "list", "ruleset"}});
    } else {
        fw.sources.push_back({"nftables", "unknown", "not_installed", "the nft program is not installed", "sudo nft list ruleset"});
    }
    // iptables-legacy keeps rules nft cannot show; iptables-nft's rules also appear in nft's list.
    const std::string ipt = findProgram({"/usr/sbin/iptables-save", "/sbin/iptables-save", "/usr/bin/iptables-save"});
    if (!ipt.empty()) {
        fw.programs.push_back({"iptables", {ipt}});
    }
    return fw;
}

std::string findProgram(const std::vector<std::string>& candidates)
{
    for (const std::string& c : candidates) {
        if (!c.empty() && c.front() == '/' && ::access(c.c_str(), X_OK) == 0) {
            return c;
        }
    }
    return {};
}

} // namespace tcpd::platform
