// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Checklist step "The service answers": after a completed handshake, what happens next. A TLS
// handshake (Qt's TLS backend and this computer's certificate store) with the certificate chain
// checked against the name; the greeting of a service that speaks first (SSH, SMTP, FTP, POP3, IMAP,
// MySQL); or the status line of one HEAD request. Nothing else is sent. What it means in words is in
// ServiceJudge.cpp.

#include "steps/ServiceStep.h"

#include "steps/SocketWait.h"

#include "evidence/ServiceEvidence.h"
#include "platform/CertStore.h"
#include "platform/NetConfig.h"
#include "platform/TcpProbe.h"
#include "steps/Steps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

struct ServiceStep {
    Q_DECLARE_TR_FUNCTIONS(ServiceStep)
};

using evidence::ServiceEvidence;
using socketwait::cancelled;
using socketwait::waitSliced;

constexpr qint64 kMaxRead = 8192;   // at most this much of a greeting or an HTTP answer is kept

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2: return u"TLS 1.2"_s;
    case QSsl::TlsV1_3: return u"TLS 1.3"_s;
    case QSsl::DtlsV1_2: return u"DTLS 1.2"_s;
    default: break;
    }
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    if (p == QSsl::TlsV1_0) return u"TLS 1.0"_s;
    if (p == QSsl::TlsV1_1) return u"TLS 1.1"_s;
    QT_WARNING_POP
    return {};
}

/// The common name, else the whole distinguished name.
QString nameOf(const QStringList& commonNames, const QByteArray& whole)
{
    return commonNames.isEmpty() ? QString::fromUtf8(whole) : commonNames.join(u", "_s);
}

evidence::CertificateSeen certificateSeen(const QSslCertificate& c)
{
    evidence::CertificateSeen s;
    s.subject = nameOf(c.subjectInfo(QSslCertificate::CommonName), c.subjectDisplayName().toUtf8());
    s.issuer = nameOf(c.issuerInfo(QSslCertificate::CommonName), c.issuerDisplayName().toUtf8());
    const auto alternatives = c.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry) {
            s.names << it.value();
        }
    }
    if (s.names.isEmpty()) {
        s.names = c.subjectInfo(QSslCertificate::CommonName);
    }
    s.notBefore = c.effectiveDate().toUTC();
    s.notAfter = c.expiryDate().toUTC();
    s.selfSigned = c.isSelfSigned();
    return s;
}

#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
/// The authorities the operating system ships (Debian/Ubuntu: ca-certificates' Mozilla list;
/// Fedora/RHEL: the ca-certificates bundle), by subject. Empty when none of the lists is there
/// (then nothing is said about where a trusted authority came from).
const QSet<QByteArray>& shippedAuthorities()
{
    static const QSet<QByteArray> subjects = [] {
        QSet<QByteArray> out;
        const QList<QSslCertificate> shipped
            = QSslCertificate::fromPath(u"/usr/share/ca-certificates/mozilla/*.crt"_s, QSsl::Pem,
                                        QSslCertificate::PatternSyntax::Wildcard)
            + QSslCertificate::fromPath(u"/usr/share/pki/ca-trust-source/ca-bundle.trust.crt"_s, QSsl::Pem);
        for (const QSslCertificate& c : shipped) {
            out.insert(c.subjectDisplayName().toUtf8());
        }
        return out;
    }();
    return subjects;
}
#endif

/// The authority the chain ends in: the last certificate if it signed itself, else the trusted
/// certificate in this computer's store that issued it.
std::optional<QSslCertificate> anchorOf(const QList<QSslCertificate>& chain)
{
    if (chain.isEmpty()) {
        return std::nullopt;
    }
    const QSslCertificate& last = chain.last();
    if (last.isSelfSigned()) {
        return last;
    }
    for (const QSslCertificate& ca : QSslConfiguration::systemCaCertificates()) {
        if (ca.subjectDisplayName() == last.issuerDisplayName()) {
            return ca;
        }
    }
    return std::nullopt;
}

/// "error:0A00042E:SSL routines::tlsv1 alert protocol version" -> "protocol version"
QString alertIn(const QString& error)
{
    static const QRegularExpression re(u"alert ([a-z0-9 _]+)"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(error);
    return m.hasMatch() ? m.captured(1).trimmed().replace(u'_', u' ') : QString();
}

/// OpenSSL's words for "what came back was not TLS at all".
bool looksPlain(const QString& error)
{
    static const char* const plain[] = {"wrong version number", "packet length too long", "unknown protocol",
                                        "http request", "record layer failure", "record length mismatch"};
    const QString e = error.toLower();
    return std::any_of(std::begin(plain), std::end(plain), [&e](const char* p) { return e.contains(QLatin1String(p)); });
}

constexpr int kSmallMss = 1200; // fits any path that carries IPv6 (1280) with room for tunnel headers

/// The second try's budget: half the first one's, at least 1.5 s.
int smallBudget(int budgetMs)
{
    return std::max(1500, budgetMs / 2);
}

/// The interface the route to `address` leaves by, and its MTU, for the black-hole evidence.
void routeInterface(evidence::SmallSegmentsTry& small, const QString& address)
{
    const platform::RouteLookup route = platform::lookupRoute(address.toStdString());
    if ((route.status != platform::RouteLookup::Status::Ok && route.status != platform::RouteLookup::Status::Local)
        || route.interfaceIndex <= 0) {
        return;
    }
    const platform::NetSnapshot net = platform::readNetConfig();
    for (const platform::NetInterface& itf : net.interfaces) {
        if (itf.index == route.interfaceIndex) {
            small.interfaceName = QString::fromStdString(itf.friendlyName.empty() ? itf.name : itf.friendlyName);
            small.interfaceMtu = itf.mtu;
            return;
        }
    }
    small.interfaceName = QString::fromStdString(route.interfaceName);
}

/// After a stall: a new connection to the same address whose SYN asks for segments of at most kSmallMss
/// bytes. The connected socket, or -1 with e.small saying why.
qintptr connectSmall(ServiceEvidence& e, const std::atomic<bool>* cancel)
{
    e.small.tried = true;
    e.small.mss = kSmallMss;
    routeInterface(e.small, e.address);
    QElapsedTimer timer;
    timer.start();
    const platform::SmallSegmentConnection c = platform::connectSmallSegments(
        e.address.toStdString(), static_cast<uint16_t>(e.port), kSmallMss, smallBudget(e.budgetMs), cancel);
    e.small.elapsedMs = timer.elapsed();
    if (c.socket < 0) {
        e.cancelled = c.cancelled;
        e.result = c.cancelled ? u"error"_s : e.result;
        e.small.result = c.unsupported ? u"not_possible"_s : u"error"_s;
        e.small.error = QString::fromStdString(c.error);
        return -1;
    }
    return static_cast<qintptr>(c.socket);
}

/// Takes the second try's outcome: when it answered, it describes the service (and the first try's
/// silence is the black hole); when it stalled too or failed, the first try's result stands.
void useSecondTry(ServiceEvidence& e, const ServiceEvidence& second)
{
    if (second.cancelled) {
        e.cancelled = true;
        e.result = u"error"_s;
        return;
    }
    if (second.result == u"no_answer") {
        e.small.result = u"no_answer"_s;
        return;
    }
    if (second.result == u"error") {
        e.small.result = u"error"_s;
        e.small.error = second.error;
        return;
    }
    const evidence::SmallSegmentsTry small = e.small;
    e = second;
    e.small = small;
    e.small.result = u"answered"_s;
}

/// The second try after a stall, for any exchange: a small-segment connection, then `exchange(fd,
/// second, error)` takes the socket over and runs the same exchange into `second` (false, with `error`,
/// if it could not take the socket). Its outcome goes into `e` (useSecondTry); e.elapsedMs counts both.
template <typename Exchange>
void trySmallSegments(ServiceEvidence& e, const std::atomic<bool>* cancel, Exchange exchange)
{
    const qint64 firstMs = e.elapsedMs;
    const qintptr fd = connectSmall(e, cancel);
    if (fd >= 0) {
        ServiceEvidence second = e;
        QString error;
        if (!exchange(fd, second, error)) {
            platform::closeSocketHandle(fd);
            e.small.result = u"error"_s;
            e.small.error = error;
        } else {
            e.small.elapsedMs += second.elapsedMs;
            useSecondTry(e, second);
        }
    }
    e.elapsedMs = firstMs + e.small.elapsedMs;
}

/// Waits for the TLS handshake `socket` has begun and judges it into `e`: the result, and after a
/// finished handshake the protocol, the chain and what verifying it said.
void tlsHandshake(QSslSocket& socket, ServiceEvidence& e, int budgetMs, const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    bool failed = false;
    const bool encrypted = waitSliced(
        [&](int ms) {
            if (socket.waitForEncrypted(ms)) {
                return true;
            }
            failed = socket.error() != QAbstractSocket::SocketTimeoutError
                && socket.error() != QAbstractSocket::UnknownSocketError;
            return failed;
        },
        timer, budgetMs, cancel)
        && !failed;
    e.elapsedMs = timer.elapsed();
    if (cancelled(cancel)) {
        e.cancelled = true;
        e.result = u"error"_s;
        return;
    }
    if (!encrypted) {
        e.error = failed ? socket.errorString() : QString();
        if (!failed) {
            e.result = u"no_answer"_s;
        } else if (looksPlain(e.error)) {
            e.result = u"not_tls"_s;
        } else if (const QString alert = alertIn(e.error); !alert.isEmpty()) {
            e.result = u"handshake_failed"_s;
            e.alert = alert;
        } else if (socket.error() == QAbstractSocket::RemoteHostClosedError) {
            e.result = u"closed"_s;
        } else if (socket.error() == QAbstractSocket::SslHandshakeFailedError) {
            e.result = u"handshake_failed"_s;
        } else {
            e.result = u"error"_s;
        }
        return;
    }
    e.protocol = protocolName(socket.sessionProtocol());
    e.cipher = socket.sessionCipher().name();
    const QList<QSslCertificate> chain = socket.peerCertificateChain();
    for (const QSslCertificate& c : chain) {
        e.chain << certificateSeen(c);
    }
    socket.disconnectFromHost();
    e.clock = QDateTime::currentDateTimeUtc();
    const QList<QSslError> errors = QSslCertificate::verify(chain, e.sni.isEmpty() ? e.address : e.sni);
    bool expired = false;
    bool notYet = false;
    bool untrusted = false;
    bool mismatch = false;
    for (const QSslError& err : errors) {
        e.certErrors << err.errorString();
        switch (err.error()) {
        case QSslError::CertificateExpired: expired = true; break;
        case QSslError::CertificateNotYetValid: notYet = true; break;
        case QSslError::HostNameMismatch: mismatch = true; break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected: untrusted = true; break;
        default: untrusted = true; break; // any other failed check: the chain is not trusted
        }
    }
    e.certErrors.removeDuplicates();
    // The clock first: a wrong clock makes every certificate look expired or not yet valid.
    e.result = notYet ? u"cert_not_yet_valid"_s
        : expired     ? u"cert_expired"_s
        : untrusted   ? u"cert_untrusted"_s
        : mismatch    ? u"cert_name_mismatch"_s
                      : u"ok"_s;
    if (const std::optional<QSslCertificate> anchor = anchorOf(chain); anchor.has_value()) {
        e.root = nameOf(anchor->subjectInfo(QSslCertificate::CommonName), anchor->subjectDisplayName().toUtf8());
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        // The system's certificate stores say where the authority was put (platform/CertStore.h).
        const QByteArray der = anchor->toDer();
        const platform::RootPlace place = platform::rootOrigin(std::vector<unsigned char>(der.cbegin(), der.cend()));
        e.rootShippedKnown = place.origin != platform::RootOrigin::Unknown;
        e.rootAddedHere = !untrusted && place.origin == platform::RootOrigin::AddedHere;
        e.rootStore = QString::fromStdString(place.store);
#else
        e.rootShippedKnown = !shippedAuthorities().isEmpty();
        e.rootAddedHere = !untrusted && e.rootShippedKnown
            && !shippedAuthorities().contains(anchor->subjectDisplayName().toUtf8());
#endif
    }
}

void checkTls(ServiceEvidence& e, const Target& target, const StepOptions& options, const std::atomic<bool>* cancel)
{
    e.check = u"tls"_s;
    e.sni = !options.sni.isEmpty() ? options.sni : (target.isAddress ? QString() : target.host);
    e.versionsTried = {u"TLS 1.2"_s, u"TLS 1.3"_s}; // QSsl::SecureProtocols
    QSslSocket socket;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::SecureProtocols);
    // The handshake is finished whatever the certificate says; the chain is judged below, so that an
    // expired or untrusted certificate is named instead of ending in a bare "handshake failed"
    // (tlsHandshake).
    conf.setPeerVerifyMode(QSslSocket::QueryPeer);
    socket.setSslConfiguration(conf);
    const QString name = e.sni.isEmpty() ? e.address : e.sni;
    socket.connectToHostEncrypted(e.address, static_cast<quint16>(e.port), name);
    tlsHandshake(socket, e, e.budgetMs, cancel);
    socket.abort();
    if (e.result != u"no_answer" || e.cancelled) {
        return;
    }
    // Silence after the hello: once more with small segments, in case large packets are lost on the way.
    trySmallSegments(e, cancel, [&](qintptr fd, ServiceEvidence& second, QString& error) {
        QSslSocket small;
        small.setSslConfiguration(conf);
        small.setPeerVerifyName(name);
        if (!small.setSocketDescriptor(fd)) {
            error = small.errorString();
            return false;
        }
        small.startClientEncryption();
        tlsHandshake(small, second, smallBudget(e.budgetMs), cancel);
        small.abort();
        return true;
    });
}

/// Connects a plain socket to the checked address within the budget; false (result set) if not.
bool connectPlain(QTcpSocket& socket, ServiceEvidence& e, const QElapsedTimer& timer, const std::atomic<bool>* cancel)
{
    socket.connectToHost(e.address, static_cast<quint16>(e.port));
    const bool connected = socketwait::waitConnected(socket, timer, e.budgetMs, cancel);
    if (!connected) {
        e.cancelled = cancelled(cancel);
        e.result = u"error"_s;
        e.error = e.cancelled ? QString() : socket.errorString();
    }
    return connected;
}

QString firstLine(const QByteArray& bytes)
{
    qsizetype end = bytes.indexOf('\n');
    QByteArray line = end < 0 ? bytes : bytes.left(end);
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return escapeBanner(line.left(512));
}

void checkGreeting(ServiceEvidence& e, const std::atomic<bool>* cancel)
{
    e.check = u"greeting"_s;
    QTcpSocket socket;
    QElapsedTimer timer;
    timer.start();
    if (!connectPlain(socket, e, timer, cancel)) {
        e.elapsedMs = timer.elapsed();
        return;
    }
    bool closed = false;
    const QByteArray got = socketwait::readUntil(socket, timer, e.budgetMs, cancel, kMaxRead, [](const QByteArray& b) { return b.contains('\n') || b.size() >= 4; }, &closed);
    e.elapsedMs = timer.elapsed();
    socket.abort();
    if (cancelled(cancel)) {
        e.cancelled = true;
        e.result = u"error"_s;
    } else if (!got.isEmpty()) {
        e.result = u"greeting"_s;
        e.greeting = firstLine(got);
    } else {
        e.result = closed ? u"closed"_s : u"no_greeting"_s;
    }
}

/// Sends one HEAD request on the connected `socket` and reads the status line into `e`.
void httpExchange(QTcpSocket& socket, ServiceEvidence& e, const Target& target, int budgetMs,
                  const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    QString host = target.host;
    if (QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol) {
        host = u'[' + host + u']';
    }
    if (target.port != 80) {
        host += u':' + QString::number(target.port);
    }
    const QByteArray request = "HEAD / HTTP/1.1\r\nHost: " + host.toLatin1() + "\r\nUser-Agent: tcpdoctor/"
        + QCoreApplication::applicationVersion().toLatin1() + "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
    socket.write(request);
    bool closed = false;
    const QByteArray got = socketwait::readUntil(socket, timer, budgetMs, cancel, kMaxRead, [](const QByteArray& b) { return b.contains("\r\n\r\n") || b.contains("\n\n"); }, &closed);
    e.elapsedMs = timer.elapsed();
    socket.abort();
    if (cancelled(cancel)) {
        e.cancelled = true;
        e.result = u"error"_s;
        return;
    }
    if (got.isEmpty()) {
        e.result = closed ? u"closed"_s : u"no_answer"_s;
        return;
    }
    static const QRegularExpression status(u"^HTTP/\\d(?:\\.\\d)? (\\d{3})"_s);
    e.statusLine = firstLine(got);
    const QRegularExpressionMatch m = status.match(QString::fromLatin1(got.left(16)));
    if (!m.hasMatch()) {
        e.result = u"not_http"_s;
        return;
    }
    e.result = u"status"_s;
    e.httpStatus = m.captured(1).toInt();
    for (const QByteArray& line : got.split('\n')) {
        if (line.toLower().startsWith("server:")) {
            e.httpServer = escapeBanner(line.mid(7).trimmed().left(200));
            break;
        }
    }
}

void checkHttp(ServiceEvidence& e, const Target& target, const std::atomic<bool>* cancel)
{
    e.check = u"http"_s;
    QTcpSocket socket;
    QElapsedTimer timer;
    timer.start();
    if (!connectPlain(socket, e, timer, cancel)) {
        e.elapsedMs = timer.elapsed();
        return;
    }
    const qint64 connectMs = timer.elapsed();
    httpExchange(socket, e, target, static_cast<int>(std::max<qint64>(0, e.budgetMs - connectMs)), cancel);
    e.elapsedMs += connectMs;
    if (e.result != u"no_answer" || e.cancelled) {
        return;
    }
    // Silence after the request: once more with small segments, in case large packets are lost on the way.
    trySmallSegments(e, cancel, [&](qintptr fd, ServiceEvidence& second, QString& error) {
        QTcpSocket small;
        if (!small.setSocketDescriptor(fd)) {
            error = small.errorString();
            return false;
        }
        httpExchange(small, second, target, smallBudget(e.budgetMs), cancel);
        return true;
    });
}

} // namespace

QString serviceCheckFor(const Target& target, const StepOptions& options)
{
    static const QSet<QString> tlsSchemes = {u"https"_s, u"ldaps"_s, u"imaps"_s, u"pop3s"_s, u"smtps"_s, u"ftps"_s,
                                             u"wss"_s, u"dot"_s, u"domain-s"_s};
    static const QSet<quint16> tlsPorts = {443, 465, 636, 853, 993, 995, 5986, 6443};
    static const QSet<quint16> speaksFirst = {21, 22, 25, 110, 143, 587, 3306};
    // The URL's scheme says most ("http://x:443/" is plain HTTP); else the service the port was named by.
    const QString service = !target.scheme.isEmpty() ? target.scheme : target.service.toLower();
    if (options.tls == TlsMode::On) {
        return u"tls"_s;
    }
    const bool plainScheme = service == u"http" || service == u"ws";
    if (options.tls == TlsMode::Auto && (tlsSchemes.contains(service) || (tlsPorts.contains(target.port) && !plainScheme))) {
        return u"tls"_s;
    }
    if (speaksFirst.contains(target.port) && !plainScheme) {
        return u"greeting"_s;
    }
    // Port 8080 only as an http:// URL: many services that are not web servers use it, and a silent
    // one would cost the whole budget.
    if (service == u"http" || target.port == 80) {
        return u"http"_s;
    }
    return {};
}

StepResult runServiceStep(const Target& target, const QString& address, const StepOptions& options,
                          const std::atomic<bool>* cancel)
{
    QElapsedTimer timer;
    timer.start();
    StepResult r;
    r.id = u"service"_s;
    const QString check = serviceCheckFor(target, options);
    if (address.isEmpty() || check.isEmpty()) {
        r.status = StepStatus::Skipped;
        r.summary = address.isEmpty()
            ? ServiceStep::tr("Not tried: no connection to the port was made.")
            : options.tls == TlsMode::Off && serviceCheckFor(target, StepOptions{}) == u"tls"
            ? ServiceStep::tr("Not tried: the TLS check was turned off.")
            : ServiceStep::tr("Not tried: tcpdoctor has no check for the service on port %1.").arg(target.port);
        r.data.insert(u"reason"_s, address.isEmpty() ? u"no_connection"_s
                          : options.tls == TlsMode::Off ? u"tls_off"_s : u"no_check"_s);
        return r;
    }
    ServiceEvidence e;
    e.ran = true;
    e.address = address;
    e.port = target.port;
    e.budgetMs = options.serviceTimeoutMs;
    if (check == u"tls") {
        // QSslSocket's backend is loaded once per process; two first uses at once would race.
        static std::once_flag tlsLoaded;
        std::call_once(tlsLoaded, [] { (void)QSslSocket::supportsSsl(); });
        if (!QSslSocket::supportsSsl()) {
            r.status = StepStatus::Skipped;
            r.summary = ServiceStep::tr("Not tried: this computer's TLS library could not be loaded.");
            r.data.insert(u"reason"_s, u"no_tls_library"_s);
            return r;
        }
        checkTls(e, target, options, cancel);
    } else if (check == u"greeting") {
        checkGreeting(e, cancel);
    } else {
        checkHttp(e, target, cancel);
    }
    r.data = e.toJson();
    judgeService(r, e);
    r.durationMs = timer.elapsed();
    return r;
}

} // namespace tcpd::core
