// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// This computer's firewall on macOS. The application firewall (ALF) filters incoming connections
// per program; its state is asked of socketfilterfw, which any user may run. pf, the packet filter
// that can also block outgoing connections, only tells root (`pfctl -s info` opens /dev/pf). Both
// are run by the caller through argument lists; here we only find them.

#include "platform/Firewall.h"

#include <unistd.h>

namespace tcpd::platform {

NativeFirewall readNativeFirewall(const FirewallQuery&)
{
    NativeFirewall fw;
    fw.os = "macos";
    fw.privileged = ::geteuid() == 0;
    const std::string alf = findProgram({"/usr/libexec/ApplicationFirewall/socketfilterfw"});
    if (!alf.empty()) {
        fw.programs.push_back({"alf", {alf, "--getglobalstate"}});
        fw.programs.push_back({"alf-blockall", {alf, "--getblockall"}});
    } else {
        fw.sources.push_back({"alf", "unknown", "not_installed", "socketfilterfw was not found",
                              "System Settings > Network > Firewall"});
    }
    const std::string pfctl = findProgram({"/sbin/pfctl", "/usr/sbin/pfctl"});
    if (!pfctl.empty()) {
        fw.programs.push_back({"pf", {pfctl, "-s", "info"}});
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
