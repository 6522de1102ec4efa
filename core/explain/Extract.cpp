// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Extract.h"

#include "target/Services.h"
#include "target/Target.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

enum class Kind {
    Specific, ///< a shape that says which computer failed: trusted first
    Url, ///< scheme://host[:port]/...: QUrl finds host and port (or the scheme's port)
    Generic, ///< a bare host:port: may be a file and line number, so checked harder
    PortOnly, ///< "port 22": a port without a host
};

struct Rule {
    Kind kind;
    QString pattern; ///< named groups "host" and "port"; {H}: a name or IPv4, {HB}: also [IPv6], {HV}: also bare IPv6
};

// One label of a name: anything that cannot end a host in running text stops it.
const QString kLabel = uR"re([^\s'"()<>\[\]{},;:/\\@=|*!?#%.`]+)re"_s;
const QString kHost = kLabel + u"(?:\\."_s + kLabel + u")*"_s;
const QString kHostOrV6 = uR"re(\[[0-9A-Fa-f:.]+(?:%[\w.-]+)?\]|)re"_s + kHost;
// Also a bare IPv6 address, where the port is given by words ("2001:db8::7 port 443").
const QString kHostOrAnyV6 = uR"re([0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]*:[0-9A-Fa-f.]+(?:%[\w.-]+)?|)re"_s + kHostOrV6;

// In order: the shapes that say which computer failed come before URLs, and URLs before a bare
// host:port, which could be anything (a DNS server, a local address).
const std::vector<Rule>& rules()
{
    static const std::vector<Rule> list = {
        {Kind::Specific, uR"re(\bhost\s*=\s*['"]?(?<host>{HB})['"]?\s*,\s*port\s*=\s*(?<port>\d{1,5}))re"_s}, // Python
        {Kind::Specific,
         uR"re(\b(?:tcp|tcp4|tcp6)\s+\S+->(?<host>\[[^\]\s]+\]|[0-9.]+):(?<port>\d{1,5}))re"_s}, // Go: local->remote
        {Kind::Specific, uR"re(\blookup (?<host>{H})(?: on \S+)?:)re"_s}, // Go: the name, not the DNS server
        {Kind::Specific,
         uR"re((?<![\w.-])(?<host>{H})/(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9A-Fa-f:]+\]):(?<port>\d{1,5})\b)re"_s}, // Java
        {Kind::Specific, uR"re(\bconnect to /?(?<host>{HB}) \(port (?<port>\d{1,5})\))re"_s}, // Android, OkHttp
        {Kind::Specific,
         uR"re(\b(?:ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNRESET|EACCES|EPERM)\s+(?<host>[0-9A-Fa-f:.]+):(?<port>\d{1,5})\b)re"_s}, // Node
        {Kind::Specific, uR"re(\bcould not resolve (?<host>{H})/(?<port>\d{1,5}))re"_s}, // telnet
        {Kind::Specific, uR"re(/dev/tcp/(?<host>{HB})/(?<port>\d{1,5}))re"_s}, // bash
        {Kind::Specific, uR"re(\bUnable to connect to port (?<port>\d{1,5}) on (?<host>{HB}))re"_s}, // paramiko
        {Kind::Specific, uR"re(\bgetaddrinfo for (?<host>{H}) failed)re"_s}, // PHP
        {Kind::Specific, uR"re(\bCheck if there is a typo in (?<host>{H}))re"_s}, // Chrome
        {Kind::Specific, uR"re(\bCould not resolve (?:host|hostname|proxy):? (?<host>{H}))re"_s}, // curl, ssh
        {Kind::Specific, uR"re(\bgetaddrinfo (?:ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL) (?<host>{H}))re"_s},
        {Kind::Specific, uR"re(\bUnknownHostException: (?<host>{H}))re"_s},
        {Kind::Specific, uR"re(\bUnknown (?:MySQL |MariaDB )?server host '(?<host>[^'\s:]+))re"_s},
        {Kind::Specific, uR"re(\bcould not translate host name "(?<host>[^"\s]+)")re"_s}, // PostgreSQL
        {Kind::Specific, uR"re(\bName resolution of (?<host>{H}) failed)re"_s}, // Test-NetConnection
        {Kind::Specific, uR"re(\bgetaddrinfo for host "(?<host>[^"\s]+)" port (?<port>\d{1,5}))re"_s}, // nc
        {Kind::Specific, uR"re(\bcould not find host (?<host>{H}))re"_s}, // Windows ping
        {Kind::Specific,
         uR"re(\bping: (?<host>{H}): (?:Name or service|Temporary failure|No address|nodename nor servname|cannot resolve|unknown host))re"_s},
        {Kind::Specific, uR"re(\bcould not be resolved: '(?<host>[^'\s]+)')re"_s}, // .NET
        {Kind::Specific, uR"re(\bcan't find (?<host>{H}): )re"_s}, // nslookup
        {Kind::Specific, uR"re((?<host>{H})'s server IP address could not be found)re"_s}, // Chrome
        {Kind::Specific, uR"re(\b(?:find|connect to) the server "(?<host>[^"\s]+)")re"_s}, // Safari
        {Kind::Specific,
         uR"re(\bconnectx? to (?:host |address )?(?<host>{HV}) port (?<port>\d{1,5}))re"_s}, // ssh, curl, nc
        {Kind::Specific,
         uR"re(\b(?:Connection (?:reset|closed) by|Connection to) (?!UNKNOWN\b)(?<host>{HV}) port (?<port>\d{1,5}))re"_s}, // ssh
        {Kind::Specific, uR"re(\bTCP connect to \((?<host>[^\s)]+) : (?<port>\d{1,5})\))re"_s}, // Test-NetConnection
        {Kind::Specific,
         uR"re(\bconnection to server at "(?<host>[^"]+)"(?: \([^)]*\))?, port (?<port>\d{1,5}))re"_s}, // PostgreSQL
        {Kind::Specific,
         uR"re(\bon host "(?<host>[^"]+)"(?: \([^)]*\))? and accepting TCP/IP connections on port (?<port>\d{1,5}))re"_s},
        {Kind::Specific, uR"re(\bconnect\(2\) for "?(?<host>{HV})"? port (?<port>\d{1,5}))re"_s}, // Ruby
        {Kind::Specific,
         uR"re(\bConnecting To (?<host>{H})\.\.\..{0,120}?\bon port (?<port>\d{1,5}))re"_s}, // Windows telnet
        {Kind::Specific, uR"re(\bTrying (?<host>[0-9A-Fa-f:]+(?:\.\d+){0,3})\.\.\.)re"_s}, // telnet
        {Kind::Specific, uR"re(\bHost: (?<host>[^,\s)]+), Port: (?<port>\d{1,5}))re"_s}, // Laravel
        {Kind::Specific,
         uR"re(\bCan't connect to (?:MySQL |MariaDB )?server on '(?<host>[^':\s]+)(?::(?<port>\d{1,5}))?')re"_s},
        {Kind::Specific,
         uR"re(\b(?:Server|Data Source|Address|Addr)\s*=\s*(?:tcp:)?(?<host>{HB})(?:[,:](?<port>\d{1,5}))?)re"_s},
        {Kind::Specific, uR"re(\bthe server at (?<host>{HB})(?::(?<port>\d{1,5}))?)re"_s}, // Firefox
        {Kind::Specific,
         uR"re(\(host\s*=\s*(?<host>{HB})\)\s*\(port\s*=\s*(?<port>\d{1,5})\))re"_s}, // MariaDB, Oracle descriptors
        {Kind::Specific, uR"re(\bjdbc:oracle:thin:@(?://)?(?<host>{HB}):(?<port>\d{1,5}))re"_s}, // ojdbc URL
        {Kind::Specific, uR"re(\bNo listener at host (?<host>{HV}) port (?<port>\d{1,5}))re"_s}, // ORA-12541, 23ai
        {Kind::Specific,
         uR"re(\bTCP/IP connection to the host (?<host>{HB}), port (?<port>\d{1,5}))re"_s}, // mssql-jdbc
        {Kind::Specific,
         uR"re(\bError opening socket to server (?<host>{H})(?:/[0-9A-Fa-f:.]+)? on port (?<port>\d{1,3}(?:,\d{3})+|\d{1,5}))re"_s}, // DB2 JCC: "50,000"
        {Kind::Specific,
         uR"re((?:^|[\s>])(?<host>{H}) (?:refused to connect|took too long to respond|unexpectedly closed the connection|didn't send any data))re"_s}, // Chrome
        {Kind::Url, uR"re(\b(?<url>[a-z][a-z0-9+.-]{1,20}://[^\s'"<>()]+))re"_s},
        {Kind::Generic, uR"re(\[(?<host>[0-9A-Fa-f:.]+(?:%[\w.-]+)?)\]:(?<port>\d{1,5})\b)re"_s},
        {Kind::Generic, uR"re((?<![\w.\-:/@])(?<host>{H}):(?<port>\d{1,5})(?!\d|:\d|\.\d))re"_s},
        {Kind::Generic, uR"re(\b(?:host|hostname|server)\s*[:=]?\s*['"](?<host>[^'"\s]+)['"])re"_s},
        {Kind::PortOnly, uR"re(\bport[\s:=]+(?<port>\d{1,5})\b)re"_s},
        {Kind::PortOnly, uR"re(\(port (?<port>\d{1,5})\))re"_s},
    };
    return list;
}

struct CompiledRule {
    Kind kind;
    QRegularExpression regex;
};

const std::vector<CompiledRule>& compiledRules()
{
    static const std::vector<CompiledRule> list = [] {
        std::vector<CompiledRule> out;
        for (const Rule& r : rules()) {
            QString pattern = r.pattern;
            pattern.replace(u"{HV}"_s, u"(?:"_s + kHostOrAnyV6 + u')')
                .replace(u"{HB}"_s, u"(?:"_s + kHostOrV6 + u')')
                .replace(u"{H}"_s, u"(?:"_s + kHost + u')');
            QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
            Q_ASSERT_X(re.isValid(), "extractTarget", qPrintable(re.errorString() + u": "_s + pattern));
            re.optimize();
            out.push_back({r.kind, re});
        }
        return out;
    }();
    return list;
}

/// A bare host:port that is really a source file and a line ("net.js:1141", "Socket.java:591").
bool looksLikeSourceFile(const QString& host)
{
    static const QStringList extensions
        = {u"js"_s,  u"mjs"_s, u"cjs"_s,  u"ts"_s,   u"tsx"_s, u"jsx"_s,   u"py"_s,    u"java"_s, u"kt"_s,
           u"go"_s,  u"rs"_s,  u"rb"_s,   u"php"_s,  u"cs"_s,  u"vb"_s,    u"c"_s,     u"cc"_s,   u"cpp"_s,
           u"cxx"_s, u"h"_s,   u"hpp"_s,  u"m"_s,    u"mm"_s,  u"swift"_s, u"scala"_s, u"dart"_s, u"lua"_s,
           u"ex"_s,  u"exs"_s, u"erl"_s,  u"clj"_s,  u"dll"_s, u"exe"_s,   u"so"_s,    u"jar"_s,  u"class"_s,
           u"log"_s, u"txt"_s, u"json"_s, u"yaml"_s, u"yml"_s, u"xml"_s,   u"html"_s,  u"htm"_s,  u"conf"_s,
           u"cfg"_s, u"ini"_s, u"sh"_s,   u"ps1"_s,  u"bat"_s, u"cmd"_s,   u"sql"_s};
    const qsizetype dot = host.lastIndexOf(u'.');
    return dot > 0 && extensions.contains(host.mid(dot + 1), Qt::CaseInsensitive);
}

bool isStopWord(const QString& host)
{
    static const QStringList words
        = {u"error"_s, u"errno"_s, u"line"_s, u"code"_s, u"port"_s, u"status"_s, u"exit"_s, u"time"_s, u"http"_s,
           u"https"_s, u"tcp"_s,   u"udp"_s,  u"at"_s,   u"in"_s,   u"on"_s,     u"pid"_s,  u"step"_s, u"node"_s};
    return words.contains(host, Qt::CaseInsensitive);
}

struct Candidate {
    QString host;
    quint16 port = 0;
};

/// The host as people write it (no brackets, no final dot) if parseTarget accepts it.
std::optional<Candidate> validated(QString host, const QString& portText, Kind kind)
{
    host = host.trimmed();
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.mid(1, host.size() - 2);
    }
    while (host.endsWith(u'.')) {
        host.chop(1);
    }
    if (host.isEmpty() || (kind == Kind::Generic && (looksLikeSourceFile(host) || isStopWord(host)))) {
        return std::nullopt;
    }
    static const QRegularExpression numbersOnly(u"^[0-9.]+$"_s);
    static const QRegularExpression dottedQuad(u"^\\d{1,3}(?:\\.\\d{1,3}){3}$"_s);
    if (numbersOnly.match(host).hasMatch() && !dottedQuad.match(host).hasMatch()) {
        return std::nullopt; // "10" or "1.2": a time of day or a version, which inet_aton would take
    }
    const QHostAddress address(host);
    if (address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::AnyIPv6)) {
        return std::nullopt; // "listen tcp 0.0.0.0:80": a local wildcard, nothing to connect to
    }
    const bool bareIPv6 = host.contains(u':');
    const QString probe = bareIPv6 ? QString(u'[' + host + u"]:1"_s) : QString(host + u":1"_s);
    if (!parseTarget(probe).ok()) {
        return std::nullopt;
    }
    Candidate c{host, 0};
    if (!portText.isEmpty()) {
        QString error;
        c.port = parsePort(portText, &error);
    }
    return c;
}

std::optional<Candidate> fromUrl(QString url)
{
    while (!url.isEmpty() && QStringView(u".,;:'\")]}>").contains(url.back())) {
        url.chop(1);
    }
    const QUrl parsed(url, QUrl::TolerantMode);
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        return std::nullopt;
    }
    const int port = parsed.port() > 0 ? parsed.port() : portForScheme(parsed.scheme());
    return validated(parsed.host(QUrl::FullyDecoded), port > 0 ? QString::number(port) : QString(), Kind::Url);
}

} // namespace

ExtractedTarget extractTarget(const QString& text)
{
    std::vector<Candidate> hosts;
    quint16 portOnly = 0;
    for (const CompiledRule& rule : compiledRules()) {
        QRegularExpressionMatchIterator it = rule.regex.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (rule.kind == Kind::PortOnly) {
                QString error;
                if (const quint16 p = parsePort(m.captured(u"port"), &error); p != 0 && portOnly == 0) {
                    portOnly = p;
                }
                continue;
            }
            const std::optional<Candidate> c = rule.kind == Kind::Url
                ? fromUrl(m.captured(u"url"))
                : validated(m.captured(u"host"), m.captured(u"port").remove(u','), rule.kind);
            if (c) {
                hosts.push_back(*c);
            }
        }
    }
    ExtractedTarget result;
    if (hosts.empty()) {
        result.port = portOnly;
        return result;
    }
    result.host = hosts.front().host;
    result.port = hosts.front().port;
    // The first shape named the computer without a port: take the port the message gives that
    // same computer elsewhere ("lookup db on 10.0.0.2:53" and "https://db/"), else "port N".
    for (const Candidate& c : hosts) {
        if (result.port == 0 && c.port != 0 && c.host.compare(result.host, Qt::CaseInsensitive) == 0) {
            result.port = c.port;
        }
    }
    if (result.port == 0) {
        result.port = portOnly;
    }
    return result;
}

quint16 extractLocalPort(const QString& text)
{
    // "port N", or ":N" after an address of this computer, the unspecified address or nothing at all.
    static const QRegularExpression re(
        uR"((?:\bport\s+|(?:::|\[::\]|\*|\b(?:\d{1,3}\.){3}\d{1,3}|\blocalhost|(?<![\w:.\]])):)(\d{1,5})(?!\d)(?![.:]\d))"_s,
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const uint port = m.captured(1).toUInt();
        if (port >= 1 && port <= 65535) {
            return static_cast<quint16>(port);
        }
    }
    return 0;
}

} // namespace tcpd::core
