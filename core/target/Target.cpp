// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Target.h"

#include "Services.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {

struct TargetText {
    Q_DECLARE_TR_FUNCTIONS(Target)
};

bool hasControlCharacters(const QString& s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return true;
        }
    }
    return false;
}

/// Checks a host name (already without brackets and port). Fills the target or returns an error.
QString validateHost(const QString& typedHost, Target& t)
{
    // Quoted in messages: a pasted megabyte is shown as its first 80 characters.
    const QString rawHost = typedHost.size() > 80 ? typedHost.left(80) + u"…"_s : typedHost;
    QString host = typedHost;
    if (host.isEmpty()) {
        return TargetText::tr("The computer name is missing: write it before the port, like example.com:443.");
    }
    if (host.contains(u' ') || host.contains(u'\t')) {
        return TargetText::tr("A computer name cannot contain spaces: check what you pasted.");
    }
    // Numeric addresses first (IPv6 may carry a %zone, which QHostAddress keeps as scope id).
    QHostAddress address;
    if (address.setAddress(host)) {
        // A zone must name an interface of this computer ("%eth0", or its number): a link-local
        // address is reached through one interface, and a wrong one can only fail later.
        if (const QString zone = address.scopeId(); !zone.isEmpty()) {
            bool numeric = false;
            const int index = zone.toInt(&numeric);
            const bool known = numeric ? QNetworkInterface::interfaceFromIndex(index).isValid()
                                       : QNetworkInterface::interfaceIndexFromName(zone) > 0;
            if (!known) {
                return TargetText::tr("This computer has no network interface \"%1\" (the part after % in %2): "
                                      "use the name or number of one of its interfaces.")
                    .arg(zone.left(40), rawHost);
            }
        }
        t.isAddress = true;
        t.isIPv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        t.host = host;
        t.displayHost = host;
        return {};
    }
    if (host.count(u':') == 1 && host.endsWith(u':')) {
        return TargetText::tr("The port is missing after the colon.");
    }
    if (host.count(u':') > 1) {
        return TargetText::tr("\"%1\" looks like an IPv6 address but is not a valid one.").arg(rawHost);
    }
    if (host.contains(u':')) {
        return TargetText::tr("\"%1\" is not a valid computer name: write the port after one colon, like "
                              "example.com:443.")
            .arg(rawHost);
    }
    static const QRegularExpression dottedNumbers(u"^[0-9.]+$"_s);
    if (dottedNumbers.match(host).hasMatch()) {
        return TargetText::tr("\"%1\" is not a valid IPv4 address: it needs four numbers from 0 to 255, like 192.0.2.10.").arg(host);
    }
    if (host.endsWith(u'.')) {
        host.chop(1); // a fully qualified name may end with a dot
    }
    if (host.startsWith(u'.') || host.contains(u".."_s)) {
        return TargetText::tr("\"%1\" has an empty part between dots: check the name.").arg(rawHost);
    }
    const QByteArray ace = QUrl::toAce(host) /* non-transitional UTS #46, as browsers: faß stays faß */;
    if (ace.isEmpty()) {
        // toAce refuses names over 253 characters and labels over 63: say which rule was broken.
        if (host.size() > 253) {
            return TargetText::tr("The name is too long: a computer name has at most 253 characters.");
        }
        for (const QString& label : host.split(u'.')) {
            if (label.size() > 63) {
                return TargetText::tr("The part \"%1\" of the name is too long: each part between dots has at most 63 characters.")
                    .arg(label.left(20) + u"…"_s);
            }
        }
        return TargetText::tr("\"%1\" is not a valid computer name.").arg(rawHost);
    }
    const QString ascii = QString::fromLatin1(ace).toLower();
    if (ascii.size() > 253) {
        return TargetText::tr("The name is too long: a computer name has at most 253 characters.");
    }
    static const QRegularExpression labelChars(u"^[a-z0-9_-]+$"_s);
    for (const QString& label : ascii.split(u'.')) {
        if (label.size() > 63) {
            return TargetText::tr("The part \"%1\" of the name is too long: each part between dots has at most 63 characters.")
                .arg(label.left(20) + u"…"_s);
        }
        if (!labelChars.match(label).hasMatch()) {
            return TargetText::tr("\"%1\" contains characters a computer name cannot have.").arg(rawHost);
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            return TargetText::tr("\"%1\" is not a valid computer name: a part cannot start or end with a hyphen.").arg(rawHost);
        }
    }
    t.host = ascii;
    t.displayHost = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist);
    if (t.displayHost.isEmpty()) {
        t.displayHost = ascii;
    }
    return {};
}

} // namespace

QString hostPortText(const Target& t)
{
    const bool v6 = t.displayHost.contains(u':') && !t.displayHost.startsWith(u'[');
    return (v6 ? u"[%1]:%2"_s : u"%1:%2"_s).arg(t.displayHost).arg(t.port);
}

quint16 parsePort(const QString& rawText, QString* error, QString* serviceName)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty()) {
        *error = TargetText::tr("The port is missing: add it after a colon, like example.com:443.");
        return 0;
    }
    // Digits only: toLongLong would also take "+22", " 22" or "0x16".
    const bool digitsOnly = std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    bool isNumber = false;
    const qlonglong n = digitsOnly && text.size() <= 12 ? text.toLongLong(&isNumber) : -1;
    if (digitsOnly || text.front().isDigit() || text.front() == u'-' || text.front() == u'+') {
        if (!isNumber || n < 0) {
            *error = TargetText::tr("\"%1\" is not a port number: ports are whole numbers from 1 to 65535.").arg(text);
            return 0;
        }
        if (n == 0) {
            *error = TargetText::tr("Port 0 cannot be reached: use a port from 1 to 65535.");
            return 0;
        }
        if (n > 65535) {
            *error = TargetText::tr("Port %1 does not exist: ports go from 1 to 65535.").arg(text);
            return 0;
        }
        if (serviceName != nullptr) {
            const Service* s = serviceForPort(static_cast<quint16>(n));
            *serviceName = s != nullptr ? s->name : QString();
        }
        return static_cast<quint16>(n);
    }
    const Service* s = findService(text);
    if (s == nullptr) {
        *error = TargetText::tr("\"%1\" is not a port number or a service tcpdoctor knows: use a number from 1 to 65535.")
                     .arg(text.left(40));
        return 0;
    }
    if (serviceName != nullptr) {
        *serviceName = s->name;
    }
    return s->port;
}

TargetParse parseTarget(const QString& input, const QString& portOverride)
{
    TargetParse result;
    Target t;
    t.input = input;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        result.error = TargetText::tr("Please enter the name or address of the computer you want to reach, like example.com:443.");
        return result;
    }
    if (hasControlCharacters(text) || hasControlCharacters(portOverride)) {
        result.error = TargetText::tr("What you entered contains invisible control characters: type the name again.");
        return result;
    }

    QString host;
    QString portText;
    QString schemeService;
    QString scheme;

    if (text.contains(u"://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid()) {
            result.error = TargetText::tr("This web address is not valid: check what you pasted.");
            return result;
        }
        host = url.host(QUrl::FullyDecoded);
        scheme = url.scheme().toLower();
        if (host.isEmpty()) {
            result.error = TargetText::tr("This address has no computer name in it: it should look like https://example.com/.");
            return result;
        }
        if (url.port() > 0) {
            portText = QString::number(url.port());
        } else if (const quint16 p = portForScheme(url.scheme()); p != 0) {
            portText = QString::number(p);
            schemeService = findService(url.scheme())->name;
        } else if (portOverride.isEmpty()) {
            result.error = TargetText::tr("tcpdoctor does not know which port \"%1://\" uses: add it, like %1://%2:PORT/.")
                               .arg(url.scheme(), host);
            return result;
        }
    } else if (text.contains(u' ') || text.contains(u'\t')) {
        QString spaced = text;
        if (spaced.count(u':') == 1 && !spaced.contains(u'[')) {
            // "example.com: 443" or "example.com : 443": a name, one colon, a port, with spaces around the colon.
            static const QRegularExpression spacedColon(u"\\s*:\\s*"_s);
            spaced.replace(spacedColon, u":"_s);
        }
        const QStringList parts = spaced.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        if (parts.size() == 1) {
            const auto colon = parts[0].indexOf(u':');
            host = parts[0].left(colon);
            portText = parts[0].mid(colon + 1);
            if (portText.isEmpty()) {
                result.error = TargetText::tr("The port is missing after the colon.");
                return result;
            }
        } else {
        if (parts.size() != 2) {
            // "app corp test": most likely a name with spaces for dots. Suggest it, rather than an example
            // that has a space in it too.
            static const QRegularExpression label(u"^[A-Za-z0-9-]+$"_s);
            const bool labels = std::all_of(parts.begin(), parts.end(),
                                            [](const QString& p) { return label.match(p).hasMatch(); });
            result.error = labels
                ? TargetText::tr("A computer name cannot contain spaces. Did you mean %1?").arg(parts.join(u'.'))
                : TargetText::tr("A computer name cannot contain spaces: write the name, a colon and the port, like "
                                 "example.com:443.");
            return result;
        }
        host = parts[0];
        portText = parts[1];
        if (host.startsWith(u'[') && host.endsWith(u']')) {
            host = host.mid(1, host.size() - 2);
        }
        }
    } else if (text.startsWith(u'[')) {
        const auto close = text.indexOf(u']');
        if (close < 0) {
            result.error = TargetText::tr("The address has a \"[\" but no closing \"]\": write IPv6 addresses like [2001:db8::1]:22.");
            return result;
        }
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (rest.startsWith(u':')) {
            portText = rest.mid(1);
            if (portText.isEmpty()) {
                result.error = TargetText::tr("The port is missing after the colon.");
                return result;
            }
        } else if (!rest.isEmpty()) {
            result.error = TargetText::tr("Unexpected text after \"]\": write IPv6 addresses like [2001:db8::1]:22.");
            return result;
        }
    } else if (text.contains(u']')) {
        result.error = TargetText::tr("The address has a \"]\" but no opening \"[\": write IPv6 addresses like [2001:db8::1]:22.");
        return result;
    } else if (text.count(u':') > 1) {
        host = text; // a bare IPv6 address: the port must come separately
    } else if (text.contains(u':')) {
        const auto colon = text.indexOf(u':');
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (portText.isEmpty()) {
            result.error = TargetText::tr("The port is missing after the colon.");
            return result;
        }
    } else {
        host = text;
    }

    if (const QString err = validateHost(host, t); !err.isEmpty()) {
        result.error = err;
        return result;
    }

    QString service;
    QString error;
    if (!portText.isEmpty()) {
        t.port = parsePort(portText, &error, &service);
        if (t.port == 0) {
            result.error = error;
            return result;
        }
    }
    if (!portOverride.trimmed().isEmpty()) {
        QString overrideService;
        const quint16 p = parsePort(portOverride, &error, &overrideService);
        if (p == 0) {
            result.error = error;
            return result;
        }
        if (t.port != 0 && p != t.port && schemeService.isEmpty()) {
            result.error = TargetText::tr("Two different ports were given (%1 and %2): give only one.").arg(t.port).arg(p);
            return result;
        }
        t.port = p;
        service = overrideService;
    }
    if (t.port == 0) {
        result.error = t.isIPv6 ? TargetText::tr("Which port? Write IPv6 addresses with the port like [2001:db8::1]:22, or give --port.")
                                : TargetText::tr("Which port? Add it after a colon, like %1:443, or choose a service.").arg(t.displayHost);
        return result;
    }
    t.service = !service.isEmpty() ? service : schemeService;
    t.scheme = scheme;
    result.target = t;
    return result;
}

} // namespace tcpd::core
