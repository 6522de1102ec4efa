// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Commands.h"

#include <QCoreApplication>

namespace tcpd::app {

int runListenCommand(const QStringList&)
{
    return failLine(QCoreApplication::translate("Cli", "\"%1\" is not available in this version yet.")
                        .arg(QStringLiteral("listen")));
}

} // namespace tcpd::app
