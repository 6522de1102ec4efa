// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QList>
#include <QString>

namespace tcpd::core {

/// A well-known TCP service: what people call it, its usual port, and a plain-language label.
struct Service {
    QString name;      ///< canonical name, e.g. "https"
    quint16 port = 0;
    const char* label; ///< untranslated label (QT_TRANSLATE_NOOP "Services"), e.g. "Secure web (HTTPS)"
    bool common;       ///< offered in the wizard's list
};

/// The services tcpdoctor knows by name, in the order the wizard offers them.
const QList<Service>& knownServices();

/// Looks up a service by name or alias, case-insensitive ("HTTPS", "postgres", "ms-wbt-server").
/// Returns nullptr if unknown.
const Service* findService(const QString& nameOrAlias);

/// The known service usually found on `port`, or nullptr.
const Service* serviceForPort(quint16 port);

/// The port a URL scheme implies ("https" -> 443), or 0 if the scheme is unknown.
quint16 portForScheme(const QString& scheme);

} // namespace tcpd::core
