#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# LAB.md: healthy, seen by the link and ip steps: the route, source address, next hop, the
# gateway probe and how each address was obtained.
# shellcheck source=lab.sh
source "$(dirname "$0")/../lab.sh"

# The healthy lab, plus a second client address with a lease (valid for an hour), as a DHCP client
# adds it; the lab's own addresses are set by hand (no lifetime).
LAB_ABOUT="nothing broken; the client also has a leased address 198.51.100.10 (valid_lft 3600)"
LAB_EXPECT=ok.reachable

scenario_setup() {
    lab_up
    lab_listen 8080 open
    ip -n "$LAB_C" addr add 198.51.100.10/24 dev "$LAB_C_IF" valid_lft 3600 preferred_lft 3600
    LAB_TARGET=203.0.113.2:8080
}

scenario_check() {
    local link='(.steps[] | select(.id == "link"))' ip='(.steps[] | select(.id == "ip"))'
    lab_diagnose "$LAB_TARGET"
    expect_exit 0
    expect_code ok.reachable
    expect_jq "$link | .status == \"pass\" and .data.route_interface == \"$LAB_C_IF\" and .data.route_interface_link == true" \
        "link step: traffic leaves through $LAB_C_IF, which has a link"
    expect_jq "$link | .data.interfaces[] | select(.name == \"$LAB_C_IF\") | .kind == \"virtual\" and .kind_detail == \"veth\" and .carrier == true and .admin_up == true and .oper_state == \"up\" and (.mac_address | test(\"^([0-9a-f]{2}:){5}[0-9a-f]{2}$\"))" \
        "$LAB_C_IF: a veth (virtual), up, carrier, with its MAC address"
    expect_jq "$ip | .status == \"pass\"" "the ip step passed"
    expect_jq "$ip | .data.route | .interface == \"$LAB_C_IF\" and .source == \"$LAB_C4\" and .next_hop == \"$LAB_RC4\" and .on_link == false and .status == \"ok\"" \
        "route to 203.0.113.2: interface $LAB_C_IF, source $LAB_C4, next hop $LAB_RC4"
    expect_jq "$ip | .data.gateways | any(.address == \"$LAB_RC4\" and .interface == \"$LAB_C_IF\" and .on_subnet == true)" \
        "default gateway $LAB_RC4 on $LAB_C_IF, inside its subnet"
    expect_jq "$ip | .data.addresses[] | select(.address == \"$LAB_C4\") | .origin == \"manual\" and .permanent == true and .prefix_length == 24 and .usable" \
        "$LAB_C4/24 is reported as set by hand (permanent)"
    expect_jq "$ip | .data.addresses[] | select(.address == \"198.51.100.10\") | .origin == \"dhcp\" and .permanent == false and .valid_lft_s > 3000 and .valid_lft_s <= 3600" \
        "198.51.100.10 is reported as leased (DHCP-style lifetime <= 3600 s)"
    expect_jq "$ip | .data.dns_servers == [\"$LAB_S4\"]" "DNS server $LAB_S4 (the client's resolv.conf)"
    expect_jq "$ip | .data.gateway_probe | .gateway == \"$LAB_RC4\" and .method == \"tcp\" and .answered == true and .answer == \"tcp_refused\" and .rtt_ms >= 0" \
        "the gateway answered the TCP probe with RST (alive)"

    # Where unprivileged ping is allowed, the gateway probe is a ping.
    lab_client_exec sysctl -qw net.ipv4.ping_group_range="0 2147483647"
    lab_diagnose "$LAB_TARGET"
    expect_exit 0
    expect_jq "$ip | .data.gateway_probe | .method == \"icmp\" and .answered == true and .answer == \"echo_reply\" and .rtt_ms > 0" \
        "the gateway answered a ping"

    # IPv6: the route's source and next hop.
    lab_diagnose "[$LAB_S6]:8080"
    expect_exit 0
    expect_jq "$ip | .data.route | .interface == \"$LAB_C_IF\" and .source == \"$LAB_C6\" and .next_hop == \"$LAB_RC6\"" \
        "IPv6 route: interface $LAB_C_IF, source $LAB_C6, next hop $LAB_RC6"
    expect_jq "$ip | .data.gateway_probe | .gateway == \"$LAB_RC6\" and .answered == true" "the IPv6 gateway answered"

    # The target is the client itself: no link or gateway needed, no probe.
    lab_diagnose "$LAB_C4:9"
    expect_jq "$ip | .data.route.status == \"local\" and .data.gateway_probe == null" "own address: route local, no gateway probe"
    expect_jq "$link | .data.target_local == true" "the link step knows the target is this computer"
}

lab_run "$@"
