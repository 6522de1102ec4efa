// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

#include "evidence/ProxyEvidence.h"

#include "evidence/Evidence.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tcpd::core::evidence {

ProxyEvidence ProxyEvidence::fromJson(const QJsonObject& data, bool ran)
{
    ProxyEvidence e;
    e.ran = ran && data.contains(u"settings"_s);
    e.given = data.value(u"given"_s).toBool();
    e.ignored = data.value(u"ignored"_s).toBool();
    e.cancelled = data.value(u"cancelled"_s).toBool();
    const QJsonObject s = data.value(u"settings"_s).toObject();
    e.settings.source = s.value(u"source"_s).toString();
    e.settings.detail = s.value(u"detail"_s).toString();
    e.settings.backend = s.value(u"backend"_s).toString();
    e.settings.error = s.value(u"error"_s).toString();
    e.settings.timedOut = s.value(u"timed_out"_s).toBool();
    e.settings.proxies = strings(s.value(u"proxies"_s));
    e.settings.credentials = s.value(u"credentials"_s).toBool();
    const QJsonObject t = data.value(u"tunnel"_s).toObject();
    e.tunnel.result = t.value(u"result"_s).toString();
    e.tunnel.proxy = t.value(u"proxy"_s).toString();
    e.tunnel.kind = t.value(u"kind"_s).toString();
    e.tunnel.address = t.value(u"address"_s).toString();
    e.tunnel.connectError = t.value(u"connect_error"_s).toString();
    e.tunnel.status = t.value(u"status"_s).toInt();
    e.tunnel.statusLine = t.value(u"status_line"_s).toString();
    e.tunnel.proxyAgent = t.value(u"proxy_agent"_s).toString();
    e.tunnel.server = t.value(u"server"_s).toString();
    e.tunnel.socksReply = t.value(u"socks_reply"_s).toInt(-1);
    e.tunnel.connectMs = t.value(u"connect_ms"_s).toInteger(-1);
    e.tunnel.elapsedMs = t.value(u"elapsed_ms"_s).toInteger();
    e.tunnel.budgetMs = t.value(u"budget_ms"_s).toInt();
    const QJsonObject p = data.value(u"portal"_s).toObject();
    e.portal.url = p.value(u"url"_s).toString();
    e.portal.source = p.value(u"source"_s).toString();
    e.portal.result = p.value(u"result"_s).toString();
    e.portal.status = p.value(u"status"_s).toInt();
    e.portal.statusLine = p.value(u"status_line"_s).toString();
    e.portal.location = p.value(u"location"_s).toString();
    e.portal.portalHost = p.value(u"portal_host"_s).toString();
    e.portal.title = p.value(u"title"_s).toString();
    e.portal.address = p.value(u"address"_s).toString();
    e.portal.error = p.value(u"error"_s).toString();
    e.portal.elapsedMs = p.value(u"elapsed_ms"_s).toInteger();
    const QJsonObject system = p.value(u"system"_s).toObject();
    e.portal.systemSource = system.value(u"source"_s).toString();
    e.portal.systemState = system.value(u"state"_s).toString();
    e.portal.systemError = system.value(u"error"_s).toString();
    return e;
}

QJsonObject ProxyEvidence::toJson() const
{
    QJsonObject s{{u"source"_s, settings.source},
                  {u"detail"_s, settings.detail},
                  {u"backend"_s, settings.backend},
                  {u"error"_s, settings.error},
                  {u"timed_out"_s, settings.timedOut},
                  {u"proxies"_s, QJsonArray::fromStringList(settings.proxies)},
                  {u"credentials"_s, settings.credentials}};
    QJsonObject data{{u"settings"_s, s}, {u"given"_s, given}, {u"ignored"_s, ignored}};
    if (!tunnel.result.isEmpty()) {
        QJsonObject t{{u"result"_s, tunnel.result},     {u"proxy"_s, tunnel.proxy},
                      {u"kind"_s, tunnel.kind},         {u"address"_s, tunnel.address},
                      {u"connect_error"_s, tunnel.connectError},
                      {u"status"_s, tunnel.status},     {u"status_line"_s, tunnel.statusLine},
                      {u"proxy_agent"_s, tunnel.proxyAgent}, {u"server"_s, tunnel.server},
                      {u"socks_reply"_s, tunnel.socksReply}, {u"connect_ms"_s, tunnel.connectMs},
                      {u"elapsed_ms"_s, tunnel.elapsedMs}, {u"budget_ms"_s, tunnel.budgetMs}};
        data.insert(u"tunnel"_s, t);
    }
    if (!portal.result.isEmpty()) {
        QJsonObject p{{u"url"_s, portal.url},           {u"source"_s, portal.source},
                      {u"result"_s, portal.result},     {u"status"_s, portal.status},
                      {u"status_line"_s, portal.statusLine}, {u"location"_s, portal.location},
                      {u"portal_host"_s, portal.portalHost}, {u"title"_s, portal.title},
                      {u"address"_s, portal.address},   {u"error"_s, portal.error},
                      {u"elapsed_ms"_s, portal.elapsedMs}};
        if (!portal.systemSource.isEmpty()) {
            QJsonObject system{{u"source"_s, portal.systemSource}, {u"state"_s, portal.systemState}};
            if (!portal.systemError.isEmpty()) {
                system.insert(u"error"_s, portal.systemError);
            }
            p.insert(u"system"_s, system);
        }
        data.insert(u"portal"_s, p);
    }
    if (cancelled) {
        data.insert(u"cancelled"_s, true);
    }
    return data;
}

} // namespace tcpd::core::evidence
