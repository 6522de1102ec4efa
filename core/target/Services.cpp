// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Services.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace tcpd::core {

const QList<Service>& knownServices()
{
    static const QList<Service> services = {
        {u"http"_s, 80, QT_TRANSLATE_NOOP("Services", "Web (HTTP)"), true},
        {u"https"_s, 443, QT_TRANSLATE_NOOP("Services", "Secure web (HTTPS)"), true},
        {u"ssh"_s, 22, QT_TRANSLATE_NOOP("Services", "Remote shell (SSH)"), true},
        {u"rdp"_s, 3389, QT_TRANSLATE_NOOP("Services", "Remote Desktop (RDP)"), true},
        {u"smb"_s, 445, QT_TRANSLATE_NOOP("Services", "Windows file sharing (SMB)"), true},
        {u"smtp"_s, 25, QT_TRANSLATE_NOOP("Services", "Mail server to server (SMTP)"), true},
        {u"submission"_s, 587, QT_TRANSLATE_NOOP("Services", "Sending mail (SMTP submission)"), true},
        {u"imaps"_s, 993, QT_TRANSLATE_NOOP("Services", "Reading mail (IMAP over TLS)"), true},
        {u"mssql"_s, 1433, QT_TRANSLATE_NOOP("Services", "Microsoft SQL Server"), true},
        {u"postgresql"_s, 5432, QT_TRANSLATE_NOOP("Services", "PostgreSQL database"), true},
        {u"mysql"_s, 3306, QT_TRANSLATE_NOOP("Services", "MySQL / MariaDB database"), true},
        {u"ftp"_s, 21, QT_TRANSLATE_NOOP("Services", "File transfer (FTP)"), false},
        {u"telnet"_s, 23, QT_TRANSLATE_NOOP("Services", "Telnet"), false},
        {u"dns"_s, 53, QT_TRANSLATE_NOOP("Services", "DNS over TCP"), false},
        {u"pop3"_s, 110, QT_TRANSLATE_NOOP("Services", "Reading mail (POP3)"), false},
        {u"imap"_s, 143, QT_TRANSLATE_NOOP("Services", "Reading mail (IMAP)"), false},
        {u"ldap"_s, 389, QT_TRANSLATE_NOOP("Services", "Directory (LDAP)"), false},
        {u"ldaps"_s, 636, QT_TRANSLATE_NOOP("Services", "Directory over TLS (LDAPS)"), false},
        {u"smtps"_s, 465, QT_TRANSLATE_NOOP("Services", "Sending mail over TLS (SMTPS)"), false},
        {u"pop3s"_s, 995, QT_TRANSLATE_NOOP("Services", "Reading mail over TLS (POP3S)"), false},
        {u"kerberos"_s, 88, QT_TRANSLATE_NOOP("Services", "Kerberos"), false},
        {u"winrm"_s, 5985, QT_TRANSLATE_NOOP("Services", "Windows Remote Management"), false},
        {u"vnc"_s, 5900, QT_TRANSLATE_NOOP("Services", "Screen sharing (VNC)"), false},
        {u"redis"_s, 6379, QT_TRANSLATE_NOOP("Services", "Redis"), false},
        {u"mongodb"_s, 27017, QT_TRANSLATE_NOOP("Services", "MongoDB"), false},
        {u"amqp"_s, 5672, QT_TRANSLATE_NOOP("Services", "Message queue (AMQP)"), false},
        {u"mqtt"_s, 1883, QT_TRANSLATE_NOOP("Services", "MQTT"), false},
        {u"http-alt"_s, 8080, QT_TRANSLATE_NOOP("Services", "Web, alternative port (8080)"), false},
        {u"https-alt"_s, 8443, QT_TRANSLATE_NOOP("Services", "Secure web, alternative port (8443)"), false},
        {u"oracle"_s, 1521, QT_TRANSLATE_NOOP("Services", "Oracle database"), false},
        {u"nfs"_s, 2049, QT_TRANSLATE_NOOP("Services", "NFS file sharing"), false},
        {u"rsync"_s, 873, QT_TRANSLATE_NOOP("Services", "rsync"), false},
        {u"ipp"_s, 631, QT_TRANSLATE_NOOP("Services", "Printing (IPP)"), false},
        {u"sip"_s, 5060, QT_TRANSLATE_NOOP("Services", "Telephony (SIP)"), false},
        {u"xmpp"_s, 5222, QT_TRANSLATE_NOOP("Services", "Chat (XMPP)"), false},
    };
    return services;
}

namespace {
const QHash<QString, QString>& aliases()
{
    static const QHash<QString, QString> map = {
        {u"www"_s, u"http"_s},           {u"web"_s, u"http"_s},         {u"ws"_s, u"http"_s},
        {u"wss"_s, u"https"_s},          {u"sftp"_s, u"ssh"_s},         {u"scp"_s, u"ssh"_s},
        {u"ms-wbt-server"_s, u"rdp"_s},  {u"remote-desktop"_s, u"rdp"_s}, {u"microsoft-ds"_s, u"smb"_s},
        {u"cifs"_s, u"smb"_s},           {u"postgres"_s, u"postgresql"_s}, {u"pgsql"_s, u"postgresql"_s},
        {u"mariadb"_s, u"mysql"_s},      {u"sqlserver"_s, u"mssql"_s},  {u"ms-sql-s"_s, u"mssql"_s},
        {u"domain"_s, u"dns"_s},         {u"mail"_s, u"smtp"_s},        {u"imap4"_s, u"imap"_s},
        {u"pop"_s, u"pop3"_s},           {u"rfb"_s, u"vnc"_s},          {u"postgresql-alt"_s, u"postgresql"_s},
        {u"wsman"_s, u"winrm"_s},        {u"webcache"_s, u"http-alt"_s}, {u"mongo"_s, u"mongodb"_s},
    };
    return map;
}
} // namespace

const Service* findService(const QString& nameOrAlias)
{
    QString key = nameOrAlias.trimmed().toLower();
    key = aliases().value(key, key);
    for (const Service& s : knownServices()) {
        if (s.name == key) {
            return &s;
        }
    }
    return nullptr;
}

const Service* serviceForPort(quint16 port)
{
    for (const Service& s : knownServices()) {
        if (s.port == port) {
            return &s;
        }
    }
    return nullptr;
}

quint16 portForScheme(const QString& scheme)
{
    const Service* s = findService(scheme);
    return s != nullptr ? s->port : 0;
}

} // namespace tcpd::core
