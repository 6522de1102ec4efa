// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
//
// The proxy step's own judgement: what it saw of the way out, one finding per thing seen. Whether that
// explains the failed connection is the diagnosis' business (ProxyRules.cpp): it knows the direct result.

#include "steps/ProxyStep.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

struct ProxyStep {
    Q_DECLARE_TR_FUNCTIONS(ProxyStep)
};

using evidence::PortalCheck;
using evidence::ProxyEvidence;
using evidence::TunnelTry;

QString where(const Target& t)
{
    return (t.displayHost.isEmpty() ? t.host : t.displayHost) + u':' + QString::number(t.port);
}

QString quoted(const QString& s)
{
    return ProxyStep::tr("“%1”").arg(s);
}

Finding tunnelFinding(const ProxyEvidence& e, const Target& target)
{
    const TunnelTry& t = e.tunnel;
    Finding f;
    f.severity = Severity::Warning;
    const QString from = ProxyStep::tr("The setting comes from %1.").arg(proxySourceText(e.settings));
    const QString answered = t.statusLine.isEmpty() ? QString() : ProxyStep::tr("It answered %1.").arg(quoted(t.statusLine));
    const QString agent = t.proxyAgent.isEmpty() ? (t.server.isEmpty() ? QString() : t.server) : t.proxyAgent;
    const QString software = agent.isEmpty() ? QString() : ProxyStep::tr("The proxy calls itself %1.").arg(quoted(agent));
    const auto join = [](const QStringList& parts) {
        QStringList kept;
        for (const QString& p : parts) {
            if (!p.isEmpty()) {
                kept << p;
            }
        }
        return kept.join(u' ');
    };
    if (t.result == u"open") {
        f.code = u"proxy.ok"_s;
        f.severity = Severity::Info;
        f.title = ProxyStep::tr("The proxy %1 opens the way to %2").arg(t.proxy, where(target));
        f.detail = join({t.kind == u"socks5" ? ProxyStep::tr("It accepted the SOCKS request in %1 ms.").arg(t.elapsedMs)
                                             : ProxyStep::tr("It answered %1 in %2 ms.").arg(quoted(t.statusLine)).arg(t.elapsedMs),
                         software, from});
    } else if (t.result == u"auth_required") {
        f.code = u"proxy.auth_required"_s;
        f.title = e.settings.credentials ? ProxyStep::tr("The proxy %1 did not accept the user name and password in the setting").arg(t.proxy)
                                         : ProxyStep::tr("The proxy %1 wants a sign-in").arg(t.proxy);
        f.detail = join({answered, software, ProxyStep::tr("Programs that cannot sign in to it are turned away."), from});
    } else if (t.result == u"denied" || t.result == u"closed") {
        f.code = u"proxy.denied"_s;
        f.title = ProxyStep::tr("The proxy %1 will not connect to %2").arg(t.proxy, where(target));
        f.detail = join({t.result == u"closed" ? ProxyStep::tr("It closed the connection without an answer.") : answered, software, from});
    } else if (t.result == u"target_failed" || t.result == u"no_answer") {
        f.code = u"proxy.target_failed"_s;
        f.title = ProxyStep::tr("The proxy %1 cannot reach %2 either").arg(t.proxy, where(target));
        f.detail = join({t.result == u"no_answer"
                             ? ProxyStep::tr("It took the request but had not answered after %1 s: it was still trying to reach %2.")
                                   .arg(secondsText(static_cast<double>(t.elapsedMs)), where(target))
                             : answered,
                         software, from});
    } else if (t.result == u"unreachable" || t.result == u"name_not_found" || t.result == u"not_proxy") {
        f.code = u"proxy.unreachable"_s;
        f.title = ProxyStep::tr("The proxy %1 does not answer").arg(t.proxy);
        const QString why = t.result == u"name_not_found" ? ProxyStep::tr("Its name does not resolve.")
                            : t.result == u"not_proxy"    ? ProxyStep::tr("Something answers there, but not as a proxy.")
                                                          : ProxyStep::tr("Its port did not take the connection (%1).").arg(t.connectError);
        f.detail = join({why, ProxyStep::tr("Every program that follows this setting fails, browsers first."), from});
    } else {
        f.code = u"proxy.unknown"_s;
        f.severity = Severity::Info;
        f.title = t.result == u"not_supported" ? ProxyStep::tr("The proxy %1 is of a kind this version cannot test").arg(t.proxy)
                                               : ProxyStep::tr("The proxy %1 could not be tested").arg(t.proxy);
        f.detail = from;
    }
    return f;
}

/// NetworkManager's connectivity state in words, for the second opinion ("" when it was not read).
QString systemOpinion(const PortalCheck& c)
{
    if (c.systemSource != u"networkmanager" || c.systemState.isEmpty()) {
        return {};
    }
    if (c.systemState == u"portal") {
        return ProxyStep::tr("NetworkManager reports a sign-in page on this network.");
    }
    if (c.systemState == u"full") {
        return ProxyStep::tr("NetworkManager reports a free way to the internet.");
    }
    if (c.systemState == u"limited") {
        return ProxyStep::tr("NetworkManager reports this network, but no way to the internet.");
    }
    if (c.systemState == u"none") {
        return ProxyStep::tr("NetworkManager reports no network connection.");
    }
    return {}; // "unknown": it does not check
}

std::optional<Finding> portalFinding(const PortalCheck& c)
{
    Finding f;
    const QString system = systemOpinion(c);
    const bool systemSeesPortal = c.systemSource == u"networkmanager" && c.systemState == u"portal";
    if (c.result == u"free") {
        f.code = u"net.no_portal"_s;
        f.title = ProxyStep::tr("No sign-in page holds the way out");
        f.detail = ProxyStep::tr("%1 answered as it does on a free network (%2).").arg(c.url, quoted(c.statusLine));
        if (systemSeesPortal) {
            f.detail += u' ' + ProxyStep::tr("NetworkManager still reported a sign-in page; it checks only every few "
                                             "minutes, so this answer is the newer one.");
        }
        return f;
    }
    if (c.result == u"portal") {
        f.code = u"net.captive_portal"_s;
        f.severity = Severity::Warning;
        f.title = ProxyStep::tr("A sign-in page holds the way out (%1)").arg(c.portalHost);
        QString seen = ProxyStep::tr("%1 answered %2 instead of letting the request through.").arg(c.url, quoted(c.statusLine));
        if (!c.location.isEmpty()) {
            seen += u' ' + ProxyStep::tr("It sends browsers to %1.").arg(c.location);
        }
        if (!c.title.isEmpty()) {
            seen += u' ' + ProxyStep::tr("The page is called %1.").arg(quoted(c.title));
        }
        if (systemSeesPortal) {
            seen += u' ' + ProxyStep::tr("NetworkManager sees the sign-in page too.");
        }
        f.detail = seen;
        f.advice << ProxyStep::tr("Open a browser, go to %1 and accept the terms or sign in on the page that appears.").arg(c.url);
        return f;
    }
    if (c.result == u"skipped" || c.result.isEmpty()) {
        return std::nullopt;
    }
    const QString ours = c.result == u"unexpected"
        ? ProxyStep::tr("%1 answered %2, which proves nothing either way.").arg(c.url, quoted(c.statusLine))
        : ProxyStep::tr("%1 gave no answer (%2).").arg(c.url, c.error);
    if (systemSeesPortal) {
        // The check address could not tell; the system's own check found a sign-in page.
        f.code = u"net.captive_portal"_s;
        f.severity = Severity::Warning;
        f.title = ProxyStep::tr("NetworkManager reports a sign-in page on this network");
        f.detail = ours + u' ' + ProxyStep::tr("NetworkManager's own connectivity check found a sign-in page.");
        f.advice << ProxyStep::tr("Open a browser and go to any address starting with http://, then accept the terms or "
                                  "sign in on the page that appears.");
        return f;
    }
    f.code = u"net.portal_unknown"_s;
    f.title = ProxyStep::tr("Whether a sign-in page holds the way out could not be told");
    f.detail = system.isEmpty() ? ours : ours + u' ' + system;
    return f;
}

} // namespace

QString proxySourceText(const evidence::ProxySettingsSeen& s)
{
    if (s.source == u"environment") {
        return ProxyStep::tr("the environment variable %1").arg(s.detail);
    }
    if (s.source == u"desktop") {
        // The backends name the place in English (platform/ProxyConfig.h): shown in the user's language.
        if (s.detail == u"GNOME settings") return ProxyStep::tr("GNOME's proxy settings");
        if (s.detail == u"KDE settings") return ProxyStep::tr("KDE's proxy settings");
        if (s.detail == u"Internet Options") return ProxyStep::tr("Windows' proxy settings (Internet Options)");
        if (s.detail == u"network settings") return ProxyStep::tr("the proxy settings of macOS");
        return ProxyStep::tr("the desktop's proxy settings");
    }
    if (s.source == u"pac") {
        return ProxyStep::tr("the automatic configuration script %1").arg(s.detail);
    }
    if (s.source == u"wpad") {
        return ProxyStep::tr("automatic proxy detection (WPAD)");
    }
    if (s.source == u"argument") {
        return ProxyStep::tr("the proxy given to this check");
    }
    if (s.source == u"system") {
        return ProxyStep::tr("a system-wide proxy setting");
    }
    return ProxyStep::tr("no proxy setting");
}

QString proxyChangeAdvice(const evidence::ProxySettingsSeen& s)
{
    if (s.source == u"environment") {
        return ProxyStep::tr("The setting is the environment variable %1: change or remove it where it is set (a shell "
                             "profile such as ~/.bashrc or /etc/environment, or the system's environment variables on "
                             "Windows).")
            .arg(s.detail);
    }
    if (s.source == u"argument") {
        return ProxyStep::tr("Check the proxy address given to this check.");
    }
    if (s.detail == u"GNOME settings") {
        return ProxyStep::tr("Change it in Settings › Network › Network Proxy.");
    }
    if (s.detail == u"KDE settings") {
        return ProxyStep::tr("Change it in System Settings › Network › Proxy.");
    }
    if (s.backend == u"winhttp") {
        return ProxyStep::tr("Change it in Settings › Network & Internet › Proxy.");
    }
    if (s.backend == u"cfnetwork") {
        return ProxyStep::tr("Change it in System Settings › Network › (your connection) › Details › Proxies.");
    }
    if (s.source == u"pac" || s.source == u"wpad") {
        return ProxyStep::tr("The proxy comes from an automatic configuration script: its administrator decides which "
                             "proxy it names.");
    }
    return ProxyStep::tr("Change it in this computer's proxy settings.");
}

void judgeProxy(StepResult& r, const ProxyEvidence& e, const Target& target)
{
    QStringList summary;
    if (e.ignored) {
        summary << ProxyStep::tr("Proxy settings left aside (--no-proxy).");
    } else if (!e.tunnel.result.isEmpty()) {
        const Finding f = tunnelFinding(e, target);
        r.findings << f;
        summary << f.title + u'.';
    } else if (e.given) {
        summary << ProxyStep::tr("The proxy given is not a proxy address.");
    } else if (e.settings.timedOut || (!e.settings.error.isEmpty() && e.settings.source.isEmpty())) {
        Finding f;
        f.code = u"proxy.unknown"_s;
        f.severity = Severity::Warning;
        f.title = ProxyStep::tr("The proxy settings could not be read");
        f.detail = e.settings.timedOut ? ProxyStep::tr("Finding the proxy (an automatic configuration script or automatic "
                                                       "detection) took longer than %1 s.").arg(3)
                                       : e.settings.error;
        r.findings << f;
        summary << f.title + u'.';
    } else if (!e.cancelled) {
        Finding f;
        f.code = u"proxy.none"_s;
        f.title = ProxyStep::tr("No proxy for %1: programs connect directly").arg(where(target));
        f.detail = e.settings.source == u"none" || e.settings.source.isEmpty()
                       ? ProxyStep::tr("No proxy is set in the environment or in this computer's settings.")
                       : ProxyStep::tr("%1 sends this address directly.").arg(proxySourceText(e.settings));
        r.findings << f;
        summary << f.title + u'.';
    }
    if (const std::optional<Finding> portal = portalFinding(e.portal)) {
        r.findings << *portal;
        summary << portal->title + u'.';
    } else if (e.portal.result == u"skipped") {
        summary << ProxyStep::tr("No sign-in page check.");
    }
    r.summary = summary.join(u' ');
    const bool warned = std::any_of(r.findings.begin(), r.findings.end(), [](const Finding& f) { return f.severity == Severity::Warning; });
    if (e.cancelled) {
        r.status = StepStatus::Error;
    } else if (warned) {
        r.status = StepStatus::Warn;
    } else if (e.ignored && e.portal.result == u"skipped") {
        r.status = StepStatus::Skipped;
        r.data.insert(u"reason"_s, u"not_requested"_s);
    } else {
        r.status = StepStatus::Pass;
    }
}

} // namespace tcpd::core
