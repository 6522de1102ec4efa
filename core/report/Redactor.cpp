// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Redactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
// A dotted name: labels of letters, digits and hyphens; the last label holds a letter.
const QRegularExpression& nameShape()
{
    static const QRegularExpression re(
        uR"(^(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,62}\.?$)"_s);
    return re;
}

// The same, found inside free text. The last label is lower case letters only (DNS names are
// written that way; Java/Python class paths like java.net.ConnectException are not).
const QRegularExpression& nameInText()
{
    static const QRegularExpression re(
        uR"((?<![\w.-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[a-z]{2,24})(?![\w-]|\.[A-Za-z0-9]))"_s);
    return re;
}

const QRegularExpression& ipv6InText()
{
    static const QRegularExpression re(
        uR"((?<![\w:.])((?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f.]*)(%[\w.-]+)?(?![\w:]))"_s);
    return re;
}

const QRegularExpression& ipv4InText()
{
    static const QRegularExpression re(uR"((?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?!\w|\.\d))"_s);
    return re;
}

const QRegularExpression& macInText()
{
    static const QRegularExpression re(
        uR"((?<![0-9A-Fa-f:.-])([0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![0-9A-Fa-f:.-]))"_s);
    return re;
}

const QRegularExpression& maskShape()
{
    static const QRegularExpression re(uR"(^(?:public-ip|mac|host|user|wifi)-\d+$|^this-computer$)"_s);
    return re;
}

// Names that say nothing about anyone: not worth masking, and masking them would garble text.
bool isGenericName(const QString& lower)
{
    static const QStringList generic{u"localhost"_s,   u"localhost.localdomain"_s,
                                     u"localdomain"_s, u"root"_s,
                                     u"admin"_s,       u"administrator"_s,
                                     u"user"_s,        u"nobody"_s,
                                     u"guest"_s,       u"local"_s};
    return generic.contains(lower);
}

// File names and code paths that look like dotted names in a pasted message.
bool looksLikeFile(const QString& name)
{
    static const QStringList ext{u"json"_s, u"txt"_s, u"log"_s,  u"html"_s, u"htm"_s, u"md"_s,   u"pdf"_s, u"exe"_s,
                                 u"dll"_s,  u"so"_s,  u"java"_s, u"py"_s,   u"js"_s,  u"ts"_s,   u"cpp"_s, u"cc"_s,
                                 u"hpp"_s,  u"xml"_s, u"conf"_s, u"cfg"_s,  u"ini"_s, u"sh"_s,   u"go"_s,  u"rs"_s,
                                 u"rb"_s,   u"php"_s, u"tmp"_s,  u"zip"_s,  u"gz"_s,  u"yaml"_s, u"yml"_s, u"toml"_s,
                                 u"lock"_s, u"pem"_s, u"crt"_s,  u"key"_s,  u"ps1"_s, u"bat"_s,  u"cs"_s,  u"kt"_s};
    return ext.contains(name.section(u'.', -1).toLower());
}

// Keys in a step's data whose string values are host or domain names.
bool isNameKey(const QString& key)
{
    static const QStringList keys{u"host"_s,         u"hostname"_s,       u"host_name"_s, u"name"_s,
                                  u"names"_s,        u"fqdn"_s,           u"cname"_s,     u"cnames"_s,
                                  u"cname_chain"_s,  u"canonical_name"_s, u"ptr"_s,       u"reverse"_s,
                                  u"reverse_name"_s, u"search_domains"_s, u"search"_s,    u"domains"_s,
                                  u"domain"_s,       u"dns_suffix"_s,     u"suffix"_s,    u"dns_search_domains"_s,
                                  u"query"_s,        u"qname"_s,          u"target"_s};
    return keys.contains(key.toLower());
}
} // namespace

bool Redactor::isKeptAddress(const QHostAddress& a)
{
    if (a.isNull()) {
        return true;
    }
    bool mapped = false;
    const quint32 v4 = a.toIPv4Address(&mapped);
    if (a.protocol() == QAbstractSocket::IPv4Protocol || mapped) {
        const QHostAddress four(v4);
        static const QList<QPair<QHostAddress, int>> kept{
            QHostAddress::parseSubnet(u"0.0.0.0/8"_s),      QHostAddress::parseSubnet(u"10.0.0.0/8"_s),
            QHostAddress::parseSubnet(u"100.64.0.0/10"_s),  QHostAddress::parseSubnet(u"127.0.0.0/8"_s),
            QHostAddress::parseSubnet(u"169.254.0.0/16"_s), QHostAddress::parseSubnet(u"172.16.0.0/12"_s),
            QHostAddress::parseSubnet(u"192.0.2.0/24"_s),   QHostAddress::parseSubnet(u"192.168.0.0/16"_s),
            QHostAddress::parseSubnet(u"198.18.0.0/15"_s),  QHostAddress::parseSubnet(u"198.51.100.0/24"_s),
            QHostAddress::parseSubnet(u"203.0.113.0/24"_s), QHostAddress::parseSubnet(u"224.0.0.0/3"_s)};
        return std::any_of(kept.begin(), kept.end(), [&four](const auto& net) { return four.isInSubnet(net); });
    }
    static const QList<QPair<QHostAddress, int>> kept6{
        QHostAddress::parseSubnet(u"::/127"_s),    QHostAddress::parseSubnet(u"fc00::/7"_s),
        QHostAddress::parseSubnet(u"fe80::/10"_s), QHostAddress::parseSubnet(u"fec0::/10"_s),
        QHostAddress::parseSubnet(u"ff00::/8"_s),  QHostAddress::parseSubnet(u"2001:db8::/32"_s),
        QHostAddress::parseSubnet(u"3fff::/20"_s), QHostAddress::parseSubnet(u"100::/64"_s)};
    return std::any_of(kept6.begin(), kept6.end(), [&a](const auto& net) { return a.isInSubnet(net); });
}

QString Redactor::maskName(const QString& key, const QString& prefix)
{
    auto it = m_names.constFind(key);
    if (it != m_names.cend()) {
        return *it;
    }
    int n = 1;
    for (const QString& m : std::as_const(m_names)) {
        n += m.startsWith(prefix + u'-') ? 1 : 0;
    }
    const QString mask = prefix + u'-' + QString::number(n);
    m_names.insert(key, mask);
    m_nameOrder << key;
    std::stable_sort(m_nameOrder.begin(), m_nameOrder.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return mask;
}

void Redactor::addHostName(const QString& name)
{
    QString n = name.trimmed().toLower();
    if (n.endsWith(u'.')) {
        n.chop(1);
    }
    if (n.size() < 2 || isGenericName(n) || maskShape().match(n).hasMatch() || !QHostAddress(n).isNull()
        || !nameShape().match(n).hasMatch()) {
        return;
    }
    maskName(n, u"host"_s);
}

void Redactor::setComputerName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n.size() >= 2 && !isGenericName(n) && !maskShape().match(n).hasMatch()) {
        m_computer = n;
        if (!m_names.contains(n)) {
            m_names.insert(n, u"this-computer"_s);
            m_nameOrder << n;
            std::stable_sort(m_nameOrder.begin(), m_nameOrder.end(),
                             [](const QString& a, const QString& b) { return a.size() > b.size(); });
        }
    }
}

void Redactor::setUserName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n.size() >= 2 && !isGenericName(n) && !maskShape().match(n).hasMatch() && !n.front().isDigit()) {
        m_user = n;
        maskName(n, u"user"_s);
    }
}

QString Redactor::replaceNames(const QString& text)
{
    if (m_nameOrder.isEmpty() || text.isEmpty()) {
        return text;
    }
    if (m_namesReSize != m_nameOrder.size()) {
        QStringList alternatives;
        for (const QString& n : std::as_const(m_nameOrder)) {
            alternatives << QRegularExpression::escape(n);
        }
        m_namesRe = QRegularExpression(u"(?<![\\w-])(?:"_s + alternatives.join(u'|') + u")(?![\\w-])"_s,
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
        m_namesReSize = m_nameOrder.size();
    }
    const QRegularExpression& re = m_namesRe;
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += m_names.value(m.captured().toLower(), m.captured());
        last = m.capturedEnd();
    }
    return out + QStringView(text).mid(last);
}

QString Redactor::maskAddress(const QString& text)
{
    const QHostAddress a(text);
    if (a.isNull() || isKeptAddress(a)) {
        return {};
    }
    const QString key = a.toString();
    auto it = m_addresses.constFind(key);
    if (it == m_addresses.cend()) {
        it = m_addresses.insert(key, u"public-ip-%1"_s.arg(m_addresses.size() + 1));
    }
    return *it;
}

QString Redactor::redactText(const QString& text)
{
    if (text.isEmpty()) {
        return text;
    }
    QString s = replaceNames(text);
    // Addresses, masked in the order they appear. IPv6 first where both match (::ffff:a.b.c.d).
    struct Hit {
        qsizetype start;
        qsizetype end;
        QString address;
    };
    QList<Hit> hits;
    for (const QRegularExpression* re : {&ipv6InText(), &ipv4InText()}) {
        for (auto it = re->globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const bool inside = std::any_of(hits.begin(), hits.end(), [&m](const Hit& h) {
                return m.capturedStart() < h.end && m.capturedEnd() > h.start;
            });
            if (!inside && !QHostAddress(m.captured(1)).isNull()) {
                hits.append({m.capturedStart(), m.capturedEnd(), m.captured(1)});
            }
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.start < b.start; });
    {
        QString out;
        qsizetype last = 0;
        for (const Hit& h : std::as_const(hits)) {
            const QString mask = maskAddress(h.address);
            if (!mask.isEmpty()) {
                out += QStringView(s).mid(last, h.start - last) + mask;
                last = h.end;
            }
        }
        s = out + QStringView(s).mid(last);
    }
    QString out;
    qsizetype last = 0;
    for (auto it = macInText().globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString key = m.captured(1).toLower();
        key.remove(u':').remove(u'-').remove(u'.');
        if (key == u"000000000000" || key == u"ffffffffffff") {
            continue;
        }
        auto found = m_macs.constFind(key);
        if (found == m_macs.cend()) {
            found = m_macs.insert(key, u"mac-%1"_s.arg(m_macs.size() + 1));
        }
        out += QStringView(s).mid(last, m.capturedStart() - last) + *found;
        last = m.capturedEnd();
    }
    return out + QStringView(s).mid(last);
}

QString Redactor::redactFreeText(const QString& text)
{
    for (auto it = nameInText().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!looksLikeFile(name)) {
            addHostName(name);
        }
    }
    return redactText(text);
}

void Redactor::learnFromData(const QJsonValue& v, const QString& key, bool dnsStep)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (dnsStep || isNameKey(key)) {
                addHostName(it.key());
            }
            learnFromData(it.value(), it.key(), dnsStep);
        }
    } else if (v.isArray()) {
        for (const QJsonValue& e : v.toArray()) {
            learnFromData(e, key, dnsStep);
        }
    } else if (v.isString()) {
        const QString s = v.toString();
        if (s.contains(u"://"_s)) {
            addHostName(QUrl(s).host());
        }
        if (dnsStep || isNameKey(key)) {
            addHostName(s);
        }
    }
}

QJsonValue Redactor::redactJson(const QJsonValue& v)
{
    if (v.isString()) {
        return redactText(v.toString());
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : v.toArray()) {
            out.append(redactJson(e));
        }
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString value = it.value().toString();
            if (it.key() == u"ssid" && !value.isEmpty() && !maskShape().match(value).hasMatch()) {
                // A Wi-Fi name can name a person or a place; it is masked only where it stands, as a
                // word like "home" must not be replaced everywhere.
                auto found = m_ssids.constFind(value);
                if (found == m_ssids.cend()) {
                    found = m_ssids.insert(value, u"wifi-%1"_s.arg(m_ssids.size() + 1));
                }
                out.insert(it.key(), *found);
                continue;
            }
            const bool free = it.key() == u"banner" && it.value().isString();
            out.insert(redactText(it.key()), free ? QJsonValue(redactFreeText(value)) : redactJson(it.value()));
        }
        return out;
    }
    return v; // numbers (ports, times), booleans, null: kept
}

QHash<QString, QString> Redactor::masks() const
{
    QHash<QString, QString> all = m_names;
    all.insert(m_addresses);
    all.insert(m_macs);
    all.insert(m_ssids);
    return all;
}

Report Redactor::redact(const Report& report)
{
    Report r = report;
    if (r.environment.isEmpty()) {
        r.environment = RunEnvironment::current();
    }
    setComputerName(r.environment.hostName);
    setUserName(r.environment.userName);
    if (QHostAddress(r.target.host).isNull()) {
        addHostName(r.target.host);
        addHostName(r.target.displayHost);
    }
    for (const StepResult& s : std::as_const(r.steps)) {
        learnFromData(s.data, QString(), s.id == u"dns");
    }
    // The pasted message and banners may name hosts we have not seen: learn those first, so the
    // same name is masked the same way in every field.
    redactFreeText(r.pastedError.message);

    const auto each = [this](QStringList& list) {
        for (QString& s : list) {
            s = redactText(s);
        }
    };
    r.target.input = redactText(r.target.input);
    r.target.host = redactText(r.target.host);
    r.target.displayHost = redactText(r.target.displayHost);
    for (StepResult& s : r.steps) {
        s.summary = redactText(s.summary);
        s.data = redactJson(s.data).toObject();
        for (Finding& f : s.findings) {
            f.title = redactText(f.title);
            f.detail = redactText(f.detail);
            each(f.advice);
        }
    }
    r.verdict.title = redactText(r.verdict.title);
    r.verdict.explanation = redactText(r.verdict.explanation);
    each(r.verdict.nextSteps);
    each(r.verdict.evidence);
    r.verdict.plain.title = redactText(r.verdict.plain.title);
    r.verdict.plain.meaning = redactText(r.verdict.plain.meaning);
    each(r.verdict.plain.nextSteps);
    if (!r.environment.hostName.isEmpty()) {
        r.environment.hostName = u"this-computer"_s;
    }
    if (!r.environment.userName.isEmpty()) {
        r.environment.userName = m_user.isEmpty() ? r.environment.userName : m_names.value(m_user);
    }
    r.pastedError.message = redactFreeText(r.pastedError.message);
    r.pastedError.title = redactText(r.pastedError.title);
    r.pastedError.explanation = redactText(r.pastedError.explanation);
    each(r.pastedError.suggestedSteps);
    for (ManualCheck& c : r.manualChecks) {
        c.question = redactText(c.question);
    }
    r.redacted = true;
    return r;
}

Report redactReport(const Report& report)
{
    return Redactor().redact(report);
}

} // namespace tcpd::core
