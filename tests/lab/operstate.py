#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# operstate.py IFACE up|dormant|down: sets the RFC 2863 operational state of IFACE (IFLA_OPERSTATE in
# one RTM_SETLINK), as wpa_supplicant or an 802.1X supplicant does while it authenticates. With the
# link mode "dormant" (ip link set IFACE mode dormant) the interface then has its carrier but says
# "dormant": connected, not ready. iproute2 has no command for it. Run inside a lab namespace only.
import socket
import struct
import sys

STATES = {"down": 2, "dormant": 5, "up": 6}
IFLA_OPERSTATE = 16
RTM_SETLINK = 19
NLM_F_REQUEST, NLM_F_ACK = 1, 4

if len(sys.argv) != 3 or sys.argv[2] not in STATES:
    sys.exit("usage: operstate.py IFACE up|dormant|down")
index = socket.if_nametoindex(sys.argv[1])
with socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0) as s:
    s.bind((0, 0))
    s.settimeout(2)
    body = struct.pack("=BxHiII", socket.AF_UNSPEC, 0, index, 0, 0)
    body += struct.pack("=HHB3x", 5, IFLA_OPERSTATE, STATES[sys.argv[2]])
    s.send(struct.pack("=IHHII", 16 + len(body), RTM_SETLINK, NLM_F_REQUEST | NLM_F_ACK, 1, 0) + body)
    reply = s.recv(4096)
    error = struct.unpack("=i", reply[16:20])[0]
    if error != 0:
        sys.exit(f"RTM_SETLINK {sys.argv[1]} operstate {sys.argv[2]}: error {error}")
