// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The connected Wi-Fi network's name through nl80211 (generic netlink), as `iw dev X info` reads
// it. GET commands of nl80211 are open to every user; nothing here changes any setting.

#include "NetConfigNetlink.h"

#include <cstring>

#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <linux/nl80211.h>
#include <sys/socket.h>

namespace tcpd::platform::nl {

namespace {

const nlattr* firstAttr(const nlmsghdr* h, int& len)
{
    len = static_cast<int>(h->nlmsg_len) - static_cast<int>(NLMSG_LENGTH(GENL_HDRLEN));
    return reinterpret_cast<const nlattr*>(static_cast<const char*>(NLMSG_DATA(h)) + GENL_HDRLEN);
}

bool attrOk(const nlattr* a, int len)
{
    return len >= static_cast<int>(sizeof(nlattr)) && a->nla_len >= sizeof(nlattr) && a->nla_len <= len;
}

const nlattr* nextAttr(const nlattr* a, int& len)
{
    len -= NLA_ALIGN(a->nla_len);
    return reinterpret_cast<const nlattr*>(reinterpret_cast<const char*>(a) + NLA_ALIGN(a->nla_len));
}

const void* attrData(const nlattr* a)
{
    return reinterpret_cast<const char*>(a) + NLA_HDRLEN;
}

int attrPayload(const nlattr* a)
{
    return static_cast<int>(a->nla_len) - NLA_HDRLEN;
}

struct GenlRequest {
    nlmsghdr h;
    genlmsghdr g;
    char attrs[64];
};

void addAttr(GenlRequest& req, unsigned short type, const void* data, std::size_t len)
{
    auto* a = reinterpret_cast<nlattr*>(reinterpret_cast<char*>(&req) + NLMSG_ALIGN(req.h.nlmsg_len));
    a->nla_type = type;
    a->nla_len = static_cast<unsigned short>(NLA_HDRLEN + len);
    std::memcpy(reinterpret_cast<char*>(a) + NLA_HDRLEN, data, len);
    req.h.nlmsg_len = NLMSG_ALIGN(req.h.nlmsg_len) + NLA_ALIGN(a->nla_len);
}

} // namespace

int decodeGenlFamilyId(const nlmsghdr* h)
{
    if (h->nlmsg_type != GENL_ID_CTRL || h->nlmsg_len < NLMSG_LENGTH(GENL_HDRLEN)) {
        return -1;
    }
    int len = 0;
    for (const nlattr* a = firstAttr(h, len); attrOk(a, len); a = nextAttr(a, len)) {
        if ((a->nla_type & NLA_TYPE_MASK) == CTRL_ATTR_FAMILY_ID && attrPayload(a) >= 2) {
            unsigned short id = 0;
            std::memcpy(&id, attrData(a), sizeof id);
            return id;
        }
    }
    return -1;
}

std::string decodeNl80211Ssid(const nlmsghdr* h)
{
    if (h->nlmsg_len < NLMSG_LENGTH(GENL_HDRLEN)) {
        return {};
    }
    int len = 0;
    for (const nlattr* a = firstAttr(h, len); attrOk(a, len); a = nextAttr(a, len)) {
        if ((a->nla_type & NLA_TYPE_MASK) == NL80211_ATTR_SSID && attrPayload(a) > 0 && attrPayload(a) <= 32) {
            return std::string(static_cast<const char*>(attrData(a)), static_cast<std::size_t>(attrPayload(a)));
        }
    }
    return {};
}

std::string wifiSsid(int interfaceIndex)
{
    GenlRequest req{};
    req.h.nlmsg_len = NLMSG_LENGTH(GENL_HDRLEN);
    req.h.nlmsg_type = GENL_ID_CTRL;
    req.h.nlmsg_flags = NLM_F_REQUEST;
    req.g.cmd = CTRL_CMD_GETFAMILY;
    req.g.version = 1;
    static const char family[] = "nl80211";
    addAttr(req, CTRL_ATTR_FAMILY_NAME, family, sizeof family);
    int familyId = -1;
    request(
        NETLINK_GENERIC, &req, req.h.nlmsg_len, [&](const nlmsghdr* h) { familyId = decodeGenlFamilyId(h); }, 500);
    if (familyId < 0) {
        return {}; // no Wi-Fi stack (cfg80211) in this kernel
    }
    GenlRequest get{};
    get.h.nlmsg_len = NLMSG_LENGTH(GENL_HDRLEN);
    get.h.nlmsg_type = static_cast<unsigned short>(familyId);
    get.h.nlmsg_flags = NLM_F_REQUEST;
    get.g.cmd = NL80211_CMD_GET_INTERFACE;
    const auto index = static_cast<unsigned>(interfaceIndex);
    addAttr(get, NL80211_ATTR_IFINDEX, &index, sizeof index);
    std::string ssid;
    request(
        NETLINK_GENERIC, &get, get.h.nlmsg_len,
        [&](const nlmsghdr* h) {
            if (h->nlmsg_type == familyId) {
                ssid = decodeNl80211Ssid(h);
            }
        },
        500);
    return ssid;
}

} // namespace tcpd::platform::nl
