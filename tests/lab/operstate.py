#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# operstate.py [--after-start NAME SECONDS] IFACE up|dormant|down: sets the RFC 2863 operational state of IFACE (IFLA_OPERSTATE in
# one RTM_SETLINK), as wpa_supplicant or an 802.1X supplicant does while it authenticates. With the
# link mode "dormant" (ip link set IFACE mode dormant) the interface then has its carrier but says
# "dormant": connected, not ready. iproute2 has no command for it. Run inside a lab namespace only.
import os
import socket
import struct
import sys
import time

STATES = {"down": 2, "dormant": 5, "up": 6}
IFLA_OPERSTATE = 16
RTM_SETLINK = 19
NLM_F_REQUEST, NLM_F_ACK = 1, 4

# --after-start NAME SECONDS: first wait (at most 20 s) until a process called NAME runs, then SECONDS
# more: the change then lands while that program is already looking, whatever the machine's load.
if len(sys.argv) == 6 and sys.argv[1] == "--after-start":
    name, delay = sys.argv[2], float(sys.argv[3])
    sys.argv = [sys.argv[0]] + sys.argv[4:]
    print("ready", flush=True)  # the caller starts NAME only now
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        found = False
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{pid}/comm") as f:
                    found = found or f.read().strip() == name
            except OSError:
                pass
        if found:
            break
        time.sleep(0.01)
    time.sleep(delay)
if len(sys.argv) != 3 or sys.argv[2] not in STATES:
    sys.exit("usage: operstate.py [--after-start NAME SECONDS] IFACE up|dormant|down")
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
