// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include "report/Report.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace tcpd::core {

/// Masks what identifies people and places in a report before it is shared (`--redact`, the export
/// dialog's checkbox): public IP addresses (public-ip-1), MAC addresses (mac-1), host names (the
/// target's name and the DNS names the steps saw: host-1), this computer's name (this-computer)
/// and the user's name (user-1), and Wi-Fi network names (wifi-1). The same value gets the same mask everywhere in the
/// report, so it still reads ("public-ip-1 refused, public-ip-2 did not answer"). Private, loopback, link-local and
/// documentation addresses and all ports are kept.
///
///     const Report shared = redactReport(report);   // shared.redacted == true
///
/// Applied to the model, before any writer runs: every text field, and each step's `data`
/// recursively (keys too). A new text field in Report must be added to redact().
class Redactor
{
public:
    /// Learns the names to mask from `report` (target, DNS names in the steps' data, this
    /// computer's and the user's name) and returns the report with everything masked.
    Report redact(const Report& report);

    /// Masks one text / one JSON value with what this redactor has learnt so far (addresses and
    /// MAC addresses are found in any text; names only once learnt).
    QString redactText(const QString& text);
    QJsonValue redactJson(const QJsonValue& value);

    /// Masks also every name-shaped word (a.b.example) in `text`: for free text from the network
    /// or the user (banners, a pasted message), where an unknown host name may hide.
    QString redactFreeText(const QString& text);

    /// Adds a host name (any case) to mask as host-N, this computer's name, or the user's name.
    void addHostName(const QString& name);
    void setComputerName(const QString& name);
    void setUserName(const QString& name);

    /// The masks handed out so far, original → mask (for tests; never written anywhere).
    QHash<QString, QString> masks() const;

    /// True for an address the redaction keeps: private (RFC 1918, ULA, shared 100.64/10),
    /// loopback, link-local, documentation, unspecified, multicast, broadcast.
    static bool isKeptAddress(const QHostAddress& address);

private:
    QString maskAddress(const QString& text);
    QString maskName(const QString& key, const QString& prefix);
    QString replaceNames(const QString& text);
    void learnFromData(const QJsonValue& value, const QString& key, bool dnsStep);

    QHash<QString, QString> m_addresses;
    QHash<QString, QString> m_macs;
    QHash<QString, QString> m_ssids;
    QHash<QString, QString> m_names; ///< lower-case name → mask
    QStringList m_nameOrder; ///< longest first, so app.example.com goes before example.com
    QRegularExpression m_namesRe; ///< all of m_nameOrder, rebuilt when a name is added
    qsizetype m_namesReSize = -1;
    QString m_computer;
    QString m_user;
};

/// Redactor().redact(report): a redacted copy, `redacted` set.
Report redactReport(const Report& report);

} // namespace tcpd::core
