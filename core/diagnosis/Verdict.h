// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#pragma once

#include <QString>
#include <QStringList>

namespace tcpd::core {

/// The one root cause that best explains the failure (CONTRACT.md `verdict`). Codes and layers
/// never change with the language; the texts do.
struct Verdict {
    QString code;  ///< "port.filtered"
    QString layer; ///< "network"
    QString title;
    QString explanation;
    QStringList nextSteps;
    QStringList evidence;

    /// The same verdict for someone who is not a network person (the wizard's home role, the report's
    /// first lines): what happened, what it means for them, what they can do, without protocol words.
    struct Plain {
        QString title;
        QString meaning;
        QStringList nextSteps;
        bool isEmpty() const { return title.isEmpty(); }
    } plain;

    bool isOk() const { return code.startsWith(QLatin1String("ok.")); }
};

/// CONTRACT.md exit codes: 0 reachable / nothing wrong, 1 a problem diagnosed, 2 bad input, 3 tool failure.
int exitCodeFor(const Verdict& v);

} // namespace tcpd::core
