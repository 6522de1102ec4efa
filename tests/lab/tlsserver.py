#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#
# A small threaded TLS / HTTP server for the lab (Python's ssl module, the system's OpenSSL). Unlike
# `openssl s_server` it serves many connections at once, so the port test's connection and the service
# step's one do not queue behind each other.
#
#   tlsserver.py [--for S] [--parent PID] [--max-tls 1.0] ADDR PORT tls CERT KEY
#       a TLS server with that certificate; after the handshake it answers one HTTP request with 200
#   tlsserver.py [--for S] [--parent PID] [--pad N] ADDR PORT http STATUS
#       a plain HTTP server answering every request with STATUS (and with --pad, a header of N bytes);
#       anything that is not HTTP (a TLS hello) gets "400 Bad Request" at once, as nginx does
#
# Prints "ready" once it listens. Exits after --for seconds (default 120) or when --parent is gone.

import argparse
import os
import socket
import ssl
import sys
import threading
import time

REASONS = {200: "OK", 204: "No Content", 302: "Found", 400: "Bad Request", 500: "Internal Server Error", 502: "Bad Gateway",
           503: "Service Unavailable", 504: "Gateway Timeout"}


def answer(conn, status, pad=0):
    reason = REASONS.get(status, "Status")
    # --pad: a large header, as many sites send (policies, cookies), so the answer needs full-size packets
    padding = f"X-Padding: {'p' * pad}\r\n" if pad else ""
    # A redirect sends the browser to a sign-in page on this server, as a captive portal does.
    if 300 <= status < 400:
        host = conn.getsockname()[0]
        host = host[7:] if host.startswith("::ffff:") else f"[{host}]" if ":" in host else host
        padding += f"Location: http://{host}/login?from=check\r\n"
    conn.sendall(f"HTTP/1.1 {status} {reason}\r\nServer: tdl-front\r\n{padding}Content-Length: 0\r\n"
                 f"Connection: close\r\n\r\n".encode())


def read_request(conn):
    """Reads until the end of the headers, or returns what came if it is not HTTP."""
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 16384:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
        if not data[:1].isalpha():  # not a request line: a TLS hello or other bytes
            break
    return data


def serve(conn, args, context):
    conn.settimeout(10)
    try:
        if args.mode == "tls":
            with context.wrap_socket(conn, server_side=True) as tls:
                if read_request(tls):
                    answer(tls, 200)
            return
        data = read_request(conn)
        if data:
            answer(conn, args.value if data[:1].isalpha() else 400, args.pad)
    except (OSError, ssl.SSLError):
        pass
    finally:
        try:
            conn.close()
        except OSError:
            pass


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--for", dest="lifetime", type=float, default=120)
    p.add_argument("--parent", type=int, default=0)
    p.add_argument("--max-tls", default="")
    p.add_argument("--pad", type=int, default=0)
    p.add_argument("addr")
    p.add_argument("port", type=int)
    p.add_argument("mode", choices=["tls", "http"])
    p.add_argument("rest", nargs="*")
    args = p.parse_args()
    context = None
    if args.mode == "tls":
        if len(args.rest) != 2:
            sys.exit("tlsserver: tls needs CERT KEY")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        if args.max_tls == "1.0":
            context.set_ciphers("DEFAULT:@SECLEVEL=0")
            context.minimum_version = ssl.TLSVersion.TLSv1
            context.maximum_version = ssl.TLSVersion.TLSv1
        context.load_cert_chain(args.rest[0], args.rest[1])
    else:
        if len(args.rest) != 1:
            sys.exit("tlsserver: http needs STATUS")
        args.value = int(args.rest[0])

    family = socket.AF_INET6 if ":" in args.addr else socket.AF_INET
    server = socket.socket(family, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if family == socket.AF_INET6:
        server.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
    server.bind((args.addr, args.port))
    server.listen(64)
    server.settimeout(0.2)
    print("ready", flush=True)
    end = time.monotonic() + args.lifetime
    while time.monotonic() < end:
        if args.parent and not os.path.exists(f"/proc/{args.parent}"):
            break
        try:
            conn, _ = server.accept()
        except socket.timeout:
            continue
        except OSError:
            break
        threading.Thread(target=serve, args=(conn, args, context), daemon=True).start()
    server.close()


if __name__ == "__main__":
    main()
