// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QString>

namespace tcpd::app {

/// Installs tcpdoctor's and Qt's own (qtbase) translators for `language` ("de", "fr_CA"...), or
/// for the system language when empty. English needs none. Returns false when an explicitly asked
/// language has no translation (the texts then stay English).
bool installTranslators(const QString& language);

} // namespace tcpd::app
