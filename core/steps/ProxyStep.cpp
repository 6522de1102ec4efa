// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
//
// "Proxy and sign-in page": the way out. Which proxy a program that follows this computer's settings
// uses for the target (platform/ProxyConfig), whether that proxy opens a tunnel to it (HTTP CONNECT or
// SOCKS5, the same requests browsers and curl send), and whether a sign-in page (hotel, guest Wi-Fi)
// holds the way out: one plain HTTP request to an address that answers 204 when nothing is in between.

#include "steps/ProxyStep.h"
#include "steps/SystemConnectivity.h"

#include "platform/ProxyConfig.h"
#include "platform/Resolver.h"
#include "steps/SocketWait.h"

#include "Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpSocket>
#include <QUrl>

#include <thread>

using namespace Qt::StringLiterals;

namespace tcpd::core {

using evidence::PortalCheck;
using evidence::ProxyEvidence;
using evidence::TunnelTry;
using socketwait::cancelled;

namespace {

constexpr qint64 kMaxAnswer = 16 * 1024; // at most this much of a proxy's or a check page's answer is read
constexpr int kProxyLookupMs = 3000;     // a PAC download or a WPAD search that takes longer is left behind
constexpr int kSystemConnectivityMs = 1000; // NetworkManager answers in milliseconds; a hung bus is left behind


QString shown(const QByteArray& bytes, int max = 200)
{
    return escapeBanner(bytes.left(max));
}

/// The header block of an HTTP answer split into its status line and "name: value" lines (names lower case).
struct HttpHead {
    bool complete = false;
    QByteArray statusLine;
    int status = 0;
    QByteArray headers; ///< "name: value\n" per line, names lower-cased
    QByteArray body;
};

HttpHead parseHead(const QByteArray& bytes)
{
    HttpHead h;
    qsizetype end = bytes.indexOf("\r\n\r\n");
    qsizetype sep = 4;
    if (end < 0) {
        end = bytes.indexOf("\n\n");
        sep = 2;
    }
    h.complete = end >= 0;
    const QByteArray head = h.complete ? bytes.left(end) : bytes;
    h.body = h.complete ? bytes.mid(end + sep) : QByteArray();
    const QList<QByteArray> lines = head.split('\n');
    h.statusLine = lines.value(0).trimmed();
    static const QRegularExpression status(u"^HTTP/\\d(?:\\.\\d)? (\\d{3})"_s);
    const QRegularExpressionMatch m = status.match(QString::fromLatin1(h.statusLine));
    h.status = m.hasMatch() ? m.captured(1).toInt() : 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            h.headers += line.left(colon).trimmed().toLower() + ": " + line.mid(colon + 1).trimmed() + '\n';
        }
    }
    return h;
}

QByteArray header(const QByteArray& headers, const QByteArray& name)
{
    for (const QByteArray& line : headers.split('\n')) {
        if (line.startsWith(QByteArray(name + ": "))) {
            return line.mid(name.size() + 2);
        }
    }
    return {};
}

QString authority(const QString& host, int port)
{
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

/// Connects `socket` to one of the addresses of `host` (the system resolver, bounded), filling the
/// evidence's address and, on failure, the result and the system's words.
bool connectTo(QTcpSocket& socket, const QString& host, quint16 port, const QElapsedTimer& timer, int budgetMs,
               const StepOptions& options, const std::atomic<bool>* cancel, QString* address, QString* result,
               QString* error)
{
    socket.setProxy(QNetworkProxy::NoProxy); // the proxy itself is reached directly
    const platform::SystemResolution r =
        platform::resolveSystem(host.toStdString(), platform::Family::Any, std::min(options.dnsTimeoutMs, budgetMs), cancel);
    if (r.status == platform::SystemResolution::Status::Cancelled || cancelled(cancel)) {
        *result = u"error"_s;
        return false;
    }
    if (r.status != platform::SystemResolution::Status::Ok || r.addresses.empty()) {
        *result = u"name_not_found"_s;
        *error = QString::fromStdString(r.errorText);
        return false;
    }
    for (const std::string& a : r.addresses) {
        *address = QString::fromStdString(a);
        socket.abort();
        socket.connectToHost(QHostAddress(*address), port);
        if (socketwait::waitConnected(socket, timer, budgetMs, cancel)) {
            return true;
        }
        *error = socket.state() == QAbstractSocket::ConnectedState || socket.error() == QAbstractSocket::UnknownSocketError
                     ? QCoreApplication::translate("ProxyStep", "no answer in time")
                     : socket.errorString();
        if (timer.elapsed() >= budgetMs || cancelled(cancel)) {
            break;
        }
    }
    *result = u"unreachable"_s;
    return false;
}

void httpTunnel(TunnelTry& t, QTcpSocket& socket, const platform::ProxyServer& p, const Target& target,
                const QElapsedTimer& timer, const std::atomic<bool>* cancel)
{
    const QByteArray where = authority(target.host, target.port).toUtf8();
    QByteArray request = "CONNECT " + where + " HTTP/1.1\r\nHost: " + where + "\r\nUser-Agent: tcpdoctor/" TCPDOCTOR_VERSION "\r\n";
    if (!p.user.empty()) {
        request += "Proxy-Authorization: Basic " + QByteArray::fromStdString(p.user + ':' + p.password).toBase64() + "\r\n";
    }
    request += "\r\n";
    socket.write(request);
    socket.waitForBytesWritten(socketwait::kSliceMs);
    bool closed = false;
    const QByteArray got = socketwait::readUntil(socket, timer, t.budgetMs, cancel, kMaxAnswer,
                                                 [](const QByteArray& b) { return b.contains("\r\n\r\n") || b.contains("\n\n"); }, &closed);
    if (cancelled(cancel)) {
        t.result = u"error"_s;
        return;
    }
    if (got.isEmpty()) {
        t.result = closed ? u"closed"_s : u"no_answer"_s;
        return;
    }
    const HttpHead head = parseHead(got);
    t.statusLine = shown(head.statusLine);
    t.status = head.status;
    t.proxyAgent = shown(header(head.headers, "proxy-agent"));
    t.server = shown(header(head.headers, "server"));
    t.result = head.status == 0 ? u"not_proxy"_s : proxydetail::httpTunnelResult(head.status);
}

bool readExactly(QTcpSocket& socket, QByteArray& out, int n, const QElapsedTimer& timer, int budgetMs,
                 const std::atomic<bool>* cancel, bool* closed)
{
    out = socketwait::readUntil(socket, timer, budgetMs, cancel, n, [n](const QByteArray& b) { return b.size() >= n; }, closed);
    return out.size() == n;
}

void socksTunnel(TunnelTry& t, QTcpSocket& socket, const platform::ProxyServer& p, const Target& target,
                 const QElapsedTimer& timer, const std::atomic<bool>* cancel)
{
    const bool signIn = !p.user.empty();
    socket.write(signIn ? QByteArray("\x05\x02\x00\x02", 4) : QByteArray("\x05\x01\x00", 3));
    bool closed = false;
    QByteArray answer;
    if (!readExactly(socket, answer, 2, timer, t.budgetMs, cancel, &closed)) {
        t.result = cancelled(cancel) ? u"error"_s : closed ? (answer.isEmpty() ? u"closed"_s : u"not_proxy"_s) : u"no_answer"_s;
        return;
    }
    if (answer.at(0) != 0x05) {
        t.result = u"not_proxy"_s;
        t.statusLine = shown(answer);
        return;
    }
    const auto method = static_cast<quint8>(answer.at(1));
    if (method == 0xff || (method == 0x02 && !signIn)) {
        t.result = u"auth_required"_s;
        return;
    }
    if (method == 0x02) { // RFC 1929: user name and password
        const QByteArray user = QByteArray::fromStdString(p.user).left(255);
        const QByteArray password = QByteArray::fromStdString(p.password).left(255);
        socket.write(QByteArray(1, '\x01') + char(user.size()) + user + char(password.size()) + password);
        if (!readExactly(socket, answer, 2, timer, t.budgetMs, cancel, &closed) || answer.at(1) != 0x00) {
            t.result = cancelled(cancel) ? u"error"_s : u"auth_required"_s;
            return;
        }
    } else if (method != 0x00) {
        t.result = u"not_proxy"_s;
        return;
    }
    QByteArray request("\x05\x01\x00", 3);
    const QHostAddress literal(target.host);
    if (literal.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = literal.toIPv4Address();
        request += char(0x01);
        for (int shift = 24; shift >= 0; shift -= 8) {
            request += char((v4 >> shift) & 0xff);
        }
    } else if (literal.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = literal.toIPv6Address();
        request += char(0x04);
        request += QByteArray(reinterpret_cast<const char*>(&v6), 16);
    } else {
        const QByteArray host = target.host.toUtf8().left(255);
        request += char(0x03);
        request += char(host.size());
        request += host;
    }
    request += char(target.port >> 8);
    request += char(target.port & 0xff);
    socket.write(request);
    if (!readExactly(socket, answer, 2, timer, t.budgetMs, cancel, &closed)) {
        t.result = cancelled(cancel) ? u"error"_s : closed ? u"closed"_s : u"no_answer"_s;
        return;
    }
    t.socksReply = static_cast<quint8>(answer.at(1));
    t.result = answer.at(0) == 0x05 ? proxydetail::socksTunnelResult(t.socksReply) : u"not_proxy"_s;
}

void tryTunnel(ProxyEvidence& e, const platform::ProxyServer& p, const Target& target, const StepOptions& options,
               const std::atomic<bool>* cancel)
{
    TunnelTry& t = e.tunnel;
    t.proxy = QString::fromStdString(platform::displayUrl(p));
    t.kind = QString::fromStdString(p.scheme);
    if (p.scheme != "http" && p.scheme != "socks5") {
        t.result = u"not_supported"_s;
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const int connectMs = proxyConnectBudgetMs(options);
    QTcpSocket socket;
    QString result;
    if (!connectTo(socket, QString::fromStdString(p.host), p.port, timer, connectMs, options, cancel, &t.address, &result,
                   &t.connectError)) {
        t.result = result;
        t.elapsedMs = timer.elapsed();
        t.budgetMs = connectMs;
        return;
    }
    t.connectMs = timer.elapsed();
    // The proxy then has to reach the target itself: as long as the service step's exchange.
    t.budgetMs = static_cast<int>(t.connectMs) + options.serviceTimeoutMs;
    if (p.scheme == "http") {
        httpTunnel(t, socket, p, target, timer, cancel);
    } else {
        socksTunnel(t, socket, p, target, timer, cancel);
    }
    t.elapsedMs = timer.elapsed();
    socket.abort();
}

void checkPortal(PortalCheck& c, const StepOptions& options, const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    const QUrl url(c.url, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || url.host().isEmpty()) {
        c.result = u"error"_s;
        c.error = QCoreApplication::translate("ProxyStep", "not an http:// address");
        return;
    }
    const int budget = proxyConnectBudgetMs(options);
    QTcpSocket socket;
    QString result;
    if (!connectTo(socket, url.host(), static_cast<quint16>(url.port(80)), timer, budget, options, cancel, &c.address,
                   &result, &c.error)) {
        c.result = result == u"name_not_found" || result == u"unreachable" ? u"no_answer"_s : u"error"_s;
        c.elapsedMs = timer.elapsed();
        return;
    }
    const QByteArray path = url.path(QUrl::FullyEncoded).isEmpty() ? QByteArray("/") : url.path(QUrl::FullyEncoded).toUtf8();
    const QByteArray query = url.hasQuery() ? '?' + url.query(QUrl::FullyEncoded).toUtf8() : QByteArray();
    const QByteArray host = url.host(QUrl::FullyEncoded).toUtf8() + (url.port() > 0 ? ':' + QByteArray::number(url.port()) : QByteArray());
    socket.write("GET " + path + query + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: tcpdoctor/" TCPDOCTOR_VERSION
                 "\r\nAccept: */*\r\nConnection: close\r\n\r\n");
    bool closed = false;
    const QByteArray got = socketwait::readUntil(socket, timer, budget + options.serviceTimeoutMs, cancel, kMaxAnswer,
                                                 [](const QByteArray& b) {
                                                     const HttpHead h = parseHead(b);
                                                     return h.complete && (h.status == 204 || (h.status >= 300 && h.status < 400)
                                                                           || b.contains("</title>") || b.contains("</TITLE>"));
                                                 },
                                                 &closed);
    c.elapsedMs = timer.elapsed();
    if (cancelled(cancel)) {
        c.result = u"error"_s;
        return;
    }
    if (got.isEmpty()) {
        c.result = u"no_answer"_s;
        c.error = closed ? QCoreApplication::translate("ProxyStep", "closed without an answer")
                         : QCoreApplication::translate("ProxyStep", "no answer in time");
        return;
    }
    const HttpHead head = parseHead(got);
    c.status = head.status;
    c.statusLine = shown(head.statusLine);
    c.location = shown(header(head.headers, "location"), 300);
    static const QRegularExpression title(u"<title[^>]*>([^<]{0,200})"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = title.match(QString::fromUtf8(head.body.left(8192)));
    c.title = m.hasMatch() ? escapeBanner(m.captured(1).simplified().toUtf8()) : QString();
    c.result = proxydetail::portalResult(head.status, head.headers, head.body, options.portalExpect);
    if (c.result == u"portal") {
        const QUrl to = url.resolved(QUrl(QString::fromUtf8(header(head.headers, "location"))));
        c.portalHost = !c.location.isEmpty() && !to.host().isEmpty() ? to.host() : c.address;
    }
}

QString sourceDetail(const platform::ProxyConfig& c)
{
    QString detail = QString::fromStdString(c.detail);
    const QUrl asUrl(detail);
    if (asUrl.isValid() && !asUrl.userInfo().isEmpty()) {
        detail = asUrl.toString(QUrl::RemoveUserInfo); // a PAC file's address never shows a password
    }
    return detail;
}

} // namespace

QString proxyQueryUrl(const Target& target)
{
    QString scheme = target.scheme == u"http" || target.scheme == u"https" ? target.scheme
                     : target.port == 80                                   ? u"http"_s
                                                                           : u"https"_s;
    return scheme + u"://"_s + authority(target.host, target.port) + u'/';
}

PortalDefault defaultPortal()
{
    PortalDefault d;
#if defined(Q_OS_WIN)
    // Windows' own check (NCSI), as the registry configures it.
    const QSettings ncsi(u"HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\NlaSvc\\Parameters\\Internet"_s,
                         QSettings::NativeFormat);
    const QString host = ncsi.value(u"ActiveWebProbeHost"_s, u"www.msftconnecttest.com"_s).toString();
    const QString path = ncsi.value(u"ActiveWebProbePath"_s, u"connecttest.txt"_s).toString();
    d.url = u"http://"_s + host + u'/' + path;
    d.source = u"windows"_s;
    d.expect = ncsi.value(u"ActiveWebProbeContent"_s, u"Microsoft Connect Test"_s).toString();
    return d;
#elif defined(Q_OS_LINUX)
    // NetworkManager's [connectivity] uri, in its own order: the packaged defaults, then the admin's files.
    QStringList files;
    for (const QString& dir : {u"/usr/lib/NetworkManager/conf.d"_s, u"/run/NetworkManager/conf.d"_s}) {
        for (const QString& f : QDir(dir).entryList({u"*.conf"_s}, QDir::Files, QDir::Name)) {
            files << dir + u'/' + f;
        }
    }
    files << u"/etc/NetworkManager/NetworkManager.conf"_s;
    for (const QString& f : QDir(u"/etc/NetworkManager/conf.d"_s).entryList({u"*.conf"_s}, QDir::Files, QDir::Name)) {
        files << u"/etc/NetworkManager/conf.d/"_s + f;
    }
    QString uri;
    QString response = u"NetworkManager is online"_s;
    bool enabled = true;
    for (const QString& path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 256 * 1024) {
            continue;
        }
        bool inSection = false;
        for (const QByteArray& raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.startsWith(u'[')) {
                inSection = line == u"[connectivity]";
            } else if (inSection && line.startsWith(u"uri=")) {
                uri = line.mid(4).trimmed();
            } else if (inSection && line.startsWith(u"response=")) {
                response = line.mid(9).trimmed();
            } else if (inSection && line.startsWith(u"enabled=")) {
                enabled = line.mid(8).trimmed() != u"false";
            }
        }
    }
    if (enabled && uri.startsWith(u"http://")) {
        d.url = uri;
        d.source = u"networkmanager"_s;
        d.expect = response;
        return d;
    }
#endif
    d.url = QString::fromLatin1(kDefaultPortalUrl);
    d.source = u"default"_s;
    return d;
}

bool usablePortalUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == u"http" && !url.host().isEmpty() && text.size() <= 2048;
}

bool choosePortal(StepOptions& options, const QString& given, bool off)
{
    options.portalUrl.clear();
    options.portalSource.clear();
    options.portalExpect.clear();
    if (off) {
        return true;
    }
    const auto usable = usablePortalUrl;
    if (!given.isEmpty()) {
        if (!usable(given)) {
            return false;
        }
        options.portalUrl = given;
        options.portalSource = u"argument"_s;
        return true;
    }
    const QString env = qEnvironmentVariable("TCPDOCTOR_PORTAL_URL").trimmed();
    if (env == u"off") {
        return true;
    }
    if (!env.isEmpty()) {
        if (!usable(env)) {
            return false;
        }
        options.portalUrl = env;
        options.portalSource = u"environment"_s;
        return true;
    }
    const PortalDefault d = defaultPortal();
    options.portalUrl = d.url;
    options.portalSource = d.source;
    options.portalExpect = d.expect;
    return true;
}

namespace proxydetail {

QString httpTunnelResult(int status)
{
    if (status >= 200 && status < 300) {
        return u"open"_s;
    }
    if (status == 407) {
        return u"auth_required"_s;
    }
    if (status == 502 || status == 503 || status == 504) {
        return u"target_failed"_s;
    }
    if (status >= 500) {
        return u"target_failed"_s;
    }
    return u"denied"_s; // 403 and the other refusals (400, 405): the proxy will not go there
}

QString socksTunnelResult(int reply)
{
    switch (reply) {
    case 0: return u"open"_s;
    case 2: return u"denied"_s;        // not allowed by the rule set
    case 3:                            // network unreachable
    case 4:                            // host unreachable
    case 5:                            // connection refused by the target
    case 6: return u"target_failed"_s; // TTL expired
    case 7:                            // command not supported
    case 8: return u"not_supported"_s; // address type not supported
    default: return u"error"_s;        // 1: general failure
    }
}

QString portalResult(int status, const QByteArray& headers, const QByteArray& body, const QString& expect)
{
    if (status == 204) {
        return u"free"_s;
    }
    if (status == 511 || (status >= 300 && status < 400)) {
        return u"portal"_s;
    }
    if (status == 200) {
        if (!expect.isEmpty() && QString::fromUtf8(body.left(4096)).trimmed().startsWith(expect.trimmed())) {
            return u"free"_s;
        }
        if (header(headers, "x-networkmanager-status") == "online") {
            return u"free"_s;
        }
        return expect.isEmpty() && body.trimmed().isEmpty() ? u"free"_s : u"portal"_s;
    }
    return status == 0 ? u"error"_s : u"unexpected"_s;
}

} // namespace proxydetail

StepResult runProxyStep(const Target& target, const StepOptions& options, const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    StepResult r;
    r.id = u"proxy"_s;
    ProxyEvidence e;
    e.ran = true;
    e.given = !options.proxyUrl.isEmpty();
    e.ignored = options.noProxy && !e.given;

    PortalCheck portal;
    std::thread portalThread;
    if (!options.portalUrl.isEmpty()) {
        portal.url = options.portalUrl;
        portal.source = options.portalSource.isEmpty() ? u"argument"_s : options.portalSource;
        portalThread = std::thread([&portal, &options, cancel] {
            // NetworkManager's own opinion first (it answers in milliseconds), then our request.
            const SystemConnectivity system = systemConnectivity(kSystemConnectivityMs, cancel, options.systemBusAddress);
            portal.systemSource = system.source;
            portal.systemState = system.state;
            portal.systemError = system.error;
            checkPortal(portal, options, cancel);
        });
    } else {
        portal.result = u"skipped"_s;
    }

    std::optional<platform::ProxyServer> chosen;
    if (e.given) {
        platform::ProxyServer p;
        if (platform::parseProxyUrl(options.proxyUrl.toStdString(), p)) {
            chosen = p;
            e.settings.source = u"argument"_s;
            e.settings.proxies << QString::fromStdString(platform::displayUrl(p));
            e.settings.credentials = !p.user.empty();
        }
    } else if (!e.ignored) {
        const platform::ProxyConfig c = platform::systemProxyFor(proxyQueryUrl(target).toStdString(), kProxyLookupMs, cancel);
        e.settings.source = QString::fromStdString(c.source);
        e.settings.detail = sourceDetail(c);
        e.settings.backend = QString::fromStdString(c.backend);
        e.settings.error = QString::fromStdString(c.error);
        e.settings.timedOut = c.timedOut;
        for (const platform::ProxyServer& p : c.proxies) {
            e.settings.proxies << QString::fromStdString(platform::displayUrl(p));
            e.settings.credentials = e.settings.credentials || !p.user.empty();
            if (!chosen && p.scheme != "direct") {
                chosen = p;
            }
        }
    }
    if (chosen && !cancelled(cancel)) {
        tryTunnel(e, *chosen, target, options, cancel);
    }
    if (portalThread.joinable()) {
        portalThread.join(); // bounded: the check's own budget, or ~50 ms after a stop
    }
    e.portal = portal;
    e.cancelled = cancelled(cancel);
    r.durationMs = timer.elapsed();
    r.data = e.toJson();
    judgeProxy(r, e, target);
    return r;
}

int proxyConnectBudgetMs(const StepOptions& o)
{
    return std::max(3000, o.timeoutMs * 2);
}

} // namespace tcpd::core
