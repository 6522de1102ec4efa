// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "StepResult.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tcpd::core {

QString statusName(StepStatus s)
{
    switch (s) {
    case StepStatus::Pass: return u"pass"_s;
    case StepStatus::Warn: return u"warn"_s;
    case StepStatus::Fail: return u"fail"_s;
    case StepStatus::Skipped: return u"skipped"_s;
    case StepStatus::Error: return u"error"_s;
    }
    return u"error"_s;
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return u"info"_s;
    case Severity::Warning: return u"warning"_s;
    case Severity::Error: return u"error"_s;
    }
    return u"info"_s;
}

QString secondsText(double ms)
{
    return QLocale().toString(ms / 1000.0, 'f', 1);
}

const QStringList& checklistStepIds()
{
    static const QStringList ids = {u"link"_s, u"ip"_s, u"dns"_s, u"proxy"_s, u"firewall"_s, u"port"_s, u"service"_s};
    return ids;
}

QString stepTitle(const QString& id)
{
    if (id == u"link") return QCoreApplication::translate("Steps", "Physical link");
    if (id == u"ip") return QCoreApplication::translate("Steps", "IP configuration");
    if (id == u"dns") return QCoreApplication::translate("Steps", "Name lookup (DNS)");
    if (id == u"proxy") return QCoreApplication::translate("Steps", "Proxy and sign-in page");
    if (id == u"firewall") return QCoreApplication::translate("Steps", "Firewall");
    if (id == u"port") return QCoreApplication::translate("Steps", "Port test");
    if (id == u"service") return QCoreApplication::translate("Steps", "The service answers");
    return id;
}

} // namespace tcpd::core
