// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "ExplainTexts.h"

#include <QCoreApplication>

namespace tcpd::core {

namespace {

// The source texts. They read as one account of the TCP handshake: this computer sends a SYN
// ("may I connect?"), the other side answers SYN-ACK and the connection is made, or RST ("no"),
// or nothing at all. Keep them plain: the reader is someone holding an error message.
const std::vector<ExplainText>& texts()
{
    static const std::vector<ExplainText> list = {
        {"refused",
         "error.refused",
         QT_TRANSLATE_NOOP("Explain", "The other computer refused the connection: nothing is listening on that port"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "To open a TCP connection, this computer sends a SYN (\"may I connect?\"). This time an RST "
             "(\"no\") came straight back: the other computer is switched on and reachable, but no program "
             "accepts connections on that port. Windows calls this \"actively refused\"; elsewhere it reads "
             "\"connection refused\"."),
         {QT_TRANSLATE_NOOP("Explain",
                            "The service (the server program) is not running: stopped, crashed, or still starting up."),
          QT_TRANSLATE_NOOP("Explain",
                            "The service listens on a different port, or only on 127.0.0.1, which accepts connections "
                            "from that same computer only."),
          QT_TRANSLATE_NOOP("Explain",
                            "The program uses the wrong address or port: check its settings for an old address or a "
                            "mistyped port."),
          QT_TRANSLATE_NOOP("Explain",
                            "A firewall on the server, or on the way, turns the connection away with a reset."),
          nullptr},
         {"dns", "port", nullptr, nullptr, nullptr}},
        {"timeout",
         "error.timeout",
         QT_TRANSLATE_NOOP("Explain", "No answer: the connection attempt timed out"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "This computer sent a SYN (\"may I connect?\") and nothing came back. It sent the SYN again and "
             "waited longer each time: Windows waits 3 seconds, then 6, then 12, and gives up after 21 seconds "
             "in all; Linux keeps trying for about two minutes. Something on the way dropped the packets without "
             "a word, or there is no computer at that address."),
         {QT_TRANSLATE_NOOP("Explain",
                            "A firewall drops the connection silently: on the server, in the network, or at the "
                            "router in front of the server (the port is not opened or not forwarded)."),
          QT_TRANSLATE_NOOP(
              "Explain", "The other computer is switched off, asleep or disconnected, or nothing uses that address."),
          QT_TRANSLATE_NOOP("Explain",
                            "The address is wrong or out of date (an old DNS entry, a mistyped IP address)."),
          QT_TRANSLATE_NOOP("Explain", "The server can be reached only through a VPN or from the company network."),
          QT_TRANSLATE_NOOP("Explain", "This computer's own firewall or security software holds the connection back.")},
         {"link", "ip", "dns", "firewall", "port"}},
        {"read_timeout",
         "error.timeout",
         QT_TRANSLATE_NOOP("Explain", "Connected, but the answer took too long"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The TCP connection was made (the handshake completed), then the program waited for the other side "
             "to answer and gave up. The network path works: the server, or something in front of it, did not "
             "answer in time."),
         {QT_TRANSLATE_NOOP(
              "Explain", "The server is overloaded or stuck on a slow task (a long database query, a hung process)."),
          QT_TRANSLATE_NOOP("Explain",
                            "A proxy, load balancer or firewall on the way holds the connection but does not pass the "
                            "answer on."),
          QT_TRANSLATE_NOOP("Explain", "The program's time limit is too short for what it asks."),
          QT_TRANSLATE_NOOP("Explain",
                            "The program speaks the wrong protocol for that port (for example plain HTTP to a TLS "
                            "port), so the server waits for something else."),
          nullptr},
         {"port", nullptr, nullptr, nullptr, nullptr}},
        {"timeout_unclear",
         "error.timeout",
         QT_TRANSLATE_NOOP("Explain", "The program gave up waiting"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The message says that something took too long, but not whether the connection was still being set "
             "up or already open. If it was being set up, the requests to connect went unanswered (Windows gives "
             "up after 21 seconds, Linux after about two minutes); if it was open, the server did not answer in "
             "time. The port test tells which."),
         {QT_TRANSLATE_NOOP("Explain", "A firewall drops the connection silently, or the server cannot be reached."),
          QT_TRANSLATE_NOOP("Explain", "The server is overloaded and slow to answer."),
          QT_TRANSLATE_NOOP("Explain", "The address or port is wrong or out of date."),
          QT_TRANSLATE_NOOP("Explain", "The program's time limit is very short."), nullptr},
         {"dns", "firewall", "port", nullptr, nullptr}},
        {"host_unreachable",
         "error.host_unreachable",
         QT_TRANSLATE_NOOP("Explain", "The other computer could not be reached"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The request to connect (the SYN) never got to the other computer: a router on the way reported "
             "\"host unreachable\", or, for an address on the local network, no device answered for that "
             "address. The connection could not even be tried."),
         {QT_TRANSLATE_NOOP("Explain", "The other computer is switched off, asleep, or disconnected from the network."),
          QT_TRANSLATE_NOOP("Explain", "The address is wrong or out of date (the device got a new address)."),
          QT_TRANSLATE_NOOP("Explain", "A firewall on the way rejects the traffic with \"host unreachable\"."),
          QT_TRANSLATE_NOOP("Explain", "A VPN or a route on this computer sends the traffic the wrong way."), nullptr},
         {"link", "ip", "dns", "port", nullptr}},
        {"network_unreachable",
         "error.network_unreachable",
         QT_TRANSLATE_NOOP("Explain", "This computer has no way to that network"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The connection could not even start: this computer, or a router on the way, has no route to the "
             "network of that address, so the request to connect was never sent. Most often this computer is "
             "offline: no cable, Wi-Fi off, or no router to lead out of the local network (default gateway)."),
         {QT_TRANSLATE_NOOP("Explain",
                            "This computer is not connected to a network (cable unplugged, Wi-Fi off, airplane mode)."),
          QT_TRANSLATE_NOOP("Explain",
                            "The network connection has no default gateway: automatic configuration (DHCP) failed."),
          QT_TRANSLATE_NOOP("Explain",
                            "The address belongs to a network reached only through a VPN that is not connected."),
          QT_TRANSLATE_NOOP("Explain", "The address is an IPv6 address and this network has no IPv6 connection."),
          nullptr},
         {"link", "ip", "port", nullptr, nullptr}},
        {"reset",
         "error.reset",
         QT_TRANSLATE_NOOP("Explain", "The other side cut the connection off (reset)"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The connection had been made, then the other side sent an RST (\"reset\") and ended it at once, "
             "without the usual goodbye. Windows says \"forcibly closed by the remote host\". Usually the program "
             "on the server crashed or hung up, or a firewall, proxy or load balancer on the way cut the "
             "connection."),
         {QT_TRANSLATE_NOOP("Explain",
                            "The server program crashed, restarted, or closed the connection on purpose (an error, a "
                            "limit, a shutdown)."),
          QT_TRANSLATE_NOOP("Explain",
                            "The server rejects what this program sent: the wrong protocol (TLS or plain), an old TLS "
                            "version, or a client it does not allow."),
          QT_TRANSLATE_NOOP(
              "Explain", "A firewall, proxy or load balancer on the way cut a connection it found idle or unwanted."),
          QT_TRANSLATE_NOOP("Explain", "An unstable network path (VPN, mobile data) dropped the connection."), nullptr},
         {"port", nullptr, nullptr, nullptr, nullptr}},
        {"aborted",
         "error.aborted",
         QT_TRANSLATE_NOOP("Explain", "This computer gave up on the connection"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The connection had been made, but this computer's own system ended it, not the other side. "
             "Typically the data it sent was never acknowledged however often it was sent again, or software on "
             "this computer (a firewall, antivirus or VPN client) cut the connection. Windows says \"aborted by "
             "the software in your host machine\"."),
         {QT_TRANSLATE_NOOP("Explain",
                            "The network dropped out during the connection (Wi-Fi lost, VPN reconnected, the computer "
                            "went to sleep)."),
          QT_TRANSLATE_NOOP("Explain",
                            "Security software on this computer (firewall, antivirus, web filter) cut the connection."),
          QT_TRANSLATE_NOOP("Explain", "The other side stopped answering, and this computer stopped trying."),
          QT_TRANSLATE_NOOP("Explain",
                            "The program itself closed the connection, for example after its own time limit."),
          nullptr},
         {"link", "firewall", "port", nullptr, nullptr}},
        {"closed",
         "error.closed",
         QT_TRANSLATE_NOOP("Explain", "The other side closed the connection without answering"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The connection had been made (the handshake completed), but the other side closed it before sending "
             "an answer: the program received nothing at all, an \"empty reply\". The network works; the service "
             "on the other side, or something in front of it, hung up."),
         {QT_TRANSLATE_NOOP("Explain",
                            "The service turns this client away: an address allow list, a connection limit, or a ban "
                            "after failed attempts."),
          QT_TRANSLATE_NOOP(
              "Explain",
              "The program speaks the wrong protocol for that port (HTTP to an HTTPS port, TLS to a plain "
              "port)."),
          QT_TRANSLATE_NOOP("Explain", "A proxy or load balancer has no working server behind it."),
          QT_TRANSLATE_NOOP("Explain", "The service crashed while it handled the request."), nullptr},
         {"port", nullptr, nullptr, nullptr, nullptr}},
        {"name_resolution",
         "error.name_resolution",
         QT_TRANSLATE_NOOP("Explain", "The name could not be turned into an address"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "Before a connection starts, the computer's name is looked up in DNS to find its address. That "
             "lookup failed: the name does not exist, or has no address. No request to connect was ever sent, so "
             "the server itself was never asked."),
         {QT_TRANSLATE_NOOP("Explain", "The name is misspelled, or incomplete (the domain part is missing)."),
          QT_TRANSLATE_NOOP("Explain",
                            "It is an internal name that exists only on the company network or through a VPN."),
          QT_TRANSLATE_NOOP("Explain", "The name no longer exists, or has no address of the kind asked for."),
          QT_TRANSLATE_NOOP("Explain", "An entry in this computer's hosts file, or a DNS filter, gets in the way."),
          nullptr},
         {"link", "ip", "dns", nullptr, nullptr}},
        {"dns_unavailable",
         "error.name_resolution",
         QT_TRANSLATE_NOOP("Explain", "The name service (DNS) did not answer"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "Before a connection starts, the computer's name is looked up in DNS to find its address. The DNS "
             "servers did not answer, or answered with a failure, so no connection was tried. This says nothing "
             "about the server itself."),
         {QT_TRANSLATE_NOOP("Explain", "This computer is not connected to a network, or the connection just dropped."),
          QT_TRANSLATE_NOOP(
              "Explain", "The configured DNS servers are down or unreachable (a router problem, a wrong DNS setting)."),
          QT_TRANSLATE_NOOP("Explain", "A VPN or firewall blocks DNS queries."),
          QT_TRANSLATE_NOOP("Explain", "A passing problem: it may work again in a minute."), nullptr},
         {"link", "ip", "dns", nullptr, nullptr}},
        {"access_denied",
         "error.access_denied",
         QT_TRANSLATE_NOOP("Explain", "This computer did not allow the connection"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The connection never left this computer: the operating system refused to open it (Windows error "
             "10013, EACCES or EPERM elsewhere). Usually a firewall or security program on this computer blocks "
             "this program or this port. When a server program reports it as it starts, the port is reserved or "
             "needs administrator rights."),
         {QT_TRANSLATE_NOOP("Explain",
                            "A firewall or security software on this computer blocks this program or this port."),
          QT_TRANSLATE_NOOP("Explain", "A company policy or parental control forbids the connection."),
          QT_TRANSLATE_NOOP("Explain",
                            "For a server program: the port is reserved (Windows excluded port ranges, Hyper-V, WSL) "
                            "or held exclusively by another program."),
          QT_TRANSLATE_NOOP("Explain",
                            "For a server program on Linux or macOS: ports below 1024 need administrator rights."),
          nullptr},
         {"firewall", "port", nullptr, nullptr, nullptr}},
        {"connect_failed",
         "error.connect_failed",
         QT_TRANSLATE_NOOP("Explain", "The connection failed, but the message does not say why"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The message says that a connection could not be made, but not what happened: whether the other side "
             "refused it, never answered, or could not be reached. The port test finds out by asking to connect "
             "(a SYN) and watching what comes back."),
         {QT_TRANSLATE_NOOP("Explain", "The service is not running, or listens on another port."),
          QT_TRANSLATE_NOOP("Explain", "A firewall drops or rejects the connection."),
          QT_TRANSLATE_NOOP("Explain", "The address or port in the program's settings is wrong."),
          QT_TRANSLATE_NOOP("Explain", "This computer or the server is not connected to the network."), nullptr},
         {"dns", "port", nullptr, nullptr, nullptr}},
        {"tls_untrusted",
         "error.tls_untrusted",
         QT_TRANSLATE_NOOP("Explain", "The program does not trust the server's certificate"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The connection was made, then the program checked the server's certificate (its proof of identity "
             "for encrypted connections) and did not accept it: it does not lead to an authority on the program's "
             "list of trusted authorities. The network works; the certificate, or the program's list, is the "
             "problem."),
         {QT_TRANSLATE_NOOP("Explain",
                            "The server uses a self-signed certificate, or one from a private (company) authority this "
                            "program does not know."),
          QT_TRANSLATE_NOOP("Explain",
                            "A company proxy or security software inspects encrypted connections with an authority of "
                            "its own: browsers know it, programs with a list of their own (Java, Python, Node.js, git) "
                            "do not."),
          QT_TRANSLATE_NOOP("Explain",
                            "The server does not send the certificates in between (intermediate certificates) that "
                            "link its own to the authority."),
          QT_TRANSLATE_NOOP("Explain",
                            "Something intercepts the connection: do not accept the certificate unless you know why it "
                            "is different."),
          nullptr},
         {"port", "service", nullptr, nullptr, nullptr}},
        {"tls_revocation_unchecked",
         "error.tls_untrusted",
         QT_TRANSLATE_NOOP("Explain", "The program could not check whether the certificate is still valid"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The connection was made and the server showed its certificate. Before trusting it, the program "
             "asked the authority that issued it whether the certificate has been withdrawn, and got no answer. "
             "This does not mean that the certificate was withdrawn: only that the check could not be made, so "
             "the program did not accept it. Windows says \"unable to check revocation\"."),
         {QT_TRANSLATE_NOOP("Explain",
                            "A firewall or proxy lets this computer reach the server, but not the addresses where the "
                            "authority answers such questions (its revocation list or OCSP server, usually plain HTTP "
                            "on port 80)."),
          QT_TRANSLATE_NOOP("Explain",
                            "A company's own authority does not publish its list of withdrawn certificates, or the "
                            "published list is out of date."),
          QT_TRANSLATE_NOOP("Explain",
                            "This computer has no way to the internet at all, only to the server (a closed network)."),
          nullptr, nullptr},
         {"proxy", "firewall", "service", nullptr, nullptr}},
        {"tls_revoked",
         "error.tls_revoked",
         QT_TRANSLATE_NOOP("Explain", "The server's certificate has been withdrawn by its issuer"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The connection was made and the server showed its certificate, but the authority that issued it "
             "has declared it withdrawn (revoked) before its end date, and the program refuses it. The network "
             "works. Only a new certificate on the server helps: do not accept this one."),
         {QT_TRANSLATE_NOOP("Explain",
                            "The certificate was replaced and the old one withdrawn, but the server (or one of several "
                            "servers behind the name) still uses the old one."),
          QT_TRANSLATE_NOOP("Explain",
                            "The certificate's secret key became known to others, so the authority withdrew it."),
          QT_TRANSLATE_NOOP("Explain",
                            "A certificate in between (an intermediate certificate) was withdrawn, and the server still "
                            "sends it."),
          QT_TRANSLATE_NOOP("Explain",
                            "Something intercepts the connection with a certificate that was withdrawn."),
          nullptr},
         {"service", nullptr, nullptr, nullptr, nullptr}},
        {"tls_expired",
         "error.tls_expired",
         QT_TRANSLATE_NOOP("Explain", "The certificate has expired, or this computer's clock is wrong"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The connection was made, but the certificate the server showed is outside its dates of validity. "
             "Either it really expired and must be renewed on the server, or this computer's date and time are "
             "wrong, which makes every certificate look expired or not yet valid."),
         {QT_TRANSLATE_NOOP("Explain", "The server's certificate expired and was not renewed."),
          QT_TRANSLATE_NOOP("Explain",
                            "This computer's date, time or time zone is wrong (a flat clock battery, a virtual machine "
                            "started from an old snapshot)."),
          QT_TRANSLATE_NOOP("Explain", "The server still sends an old intermediate certificate that has expired."),
          nullptr, nullptr},
         {"service", nullptr, nullptr, nullptr, nullptr}},
        {"tls_name_mismatch",
         "error.tls_name_mismatch",
         QT_TRANSLATE_NOOP("Explain", "The server's certificate is for another name"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The connection was made and the server showed a certificate, but it was made for other names than "
             "the one the program used. Programs refuse that, because an impostor's certificate looks just like "
             "it."),
         {QT_TRANSLATE_NOOP("Explain",
                            "The program uses an address or a short name instead of the full name in the certificate."),
          QT_TRANSLATE_NOOP("Explain",
                            "Several sites share the server, and it showed another site's certificate."),
          QT_TRANSLATE_NOOP("Explain",
                            "The name leads to the wrong server (an old DNS entry, an entry in the hosts file)."),
          QT_TRANSLATE_NOOP("Explain", "A proxy or a sign-in page (hotel, guest Wi-Fi) answered instead of the server."),
          nullptr},
         {"dns", "service", nullptr, nullptr, nullptr}},
        {"tls_handshake",
         "error.tls_handshake",
         QT_TRANSLATE_NOOP("Explain", "The two sides could not agree on encryption"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The connection was made, then setting up the encryption (the TLS handshake) failed: the two sides "
             "have no version or way of encrypting in common, one side broke off with an error, or the answer was "
             "not encrypted at all (\"wrong version number\" often means that the port speaks plain text where "
             "the program expected encryption)."),
         {QT_TRANSLATE_NOOP("Explain",
                            "One side allows only old TLS versions (1.0, 1.1) that the other has switched off, or only "
                            "new ones an old program cannot speak."),
          QT_TRANSLATE_NOOP("Explain",
                            "The program speaks TLS to a port that speaks plain text (or the other way round), or uses "
                            "the wrong port."),
          QT_TRANSLATE_NOOP("Explain", "A proxy, firewall or security software on the way interferes with the handshake."),
          QT_TRANSLATE_NOOP("Explain",
                            "The server wants this program to show a certificate of its own (a client certificate), "
                            "and it did not."),
          nullptr},
         {"port", "service", nullptr, nullptr, nullptr}},
        {"proxy_auth",
         "error.proxy_auth",
         QT_TRANSLATE_NOOP("Explain", "The proxy wants the program to sign in"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The program goes out through a proxy server, and the proxy answered \"407 Proxy Authentication "
             "Required\": it passes nothing on until the program signs in to it. The server the program wanted "
             "was never asked."),
         {QT_TRANSLATE_NOOP("Explain",
                            "The program has no proxy user name and password, or old ones (the password changed)."),
          QT_TRANSLATE_NOOP("Explain",
                            "The program cannot use the proxy's way of signing in (the Windows sign-in, NTLM or "
                            "Kerberos, which many command-line tools lack)."),
          QT_TRANSLATE_NOOP("Explain", "This account is not allowed to use the proxy."), nullptr, nullptr},
         {"proxy", nullptr, nullptr, nullptr, nullptr}},
        {"proxy_failed",
         "error.proxy_failed",
         QT_TRANSLATE_NOOP("Explain", "The way out through the proxy failed"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The program goes out through a proxy server, and that part failed: the proxy could not be reached, "
             "or it refused to open a tunnel to the server (it answered 403 or 5xx), or it could not reach the "
             "server itself. The program never talked to the server directly."),
         {QT_TRANSLATE_NOOP("Explain",
                            "The proxy is down, or the address in the proxy settings is wrong or out of date (an office "
                            "proxy still set on a laptop at home)."),
          QT_TRANSLATE_NOOP("Explain",
                            "The proxy does not allow this port or site (many proxies open tunnels to port 443 only)."),
          QT_TRANSLATE_NOOP("Explain", "The proxy cannot reach the server: it is down, or blocked on the proxy's side."),
          QT_TRANSLATE_NOOP("Explain",
                            "The proxy settings come from an automatic script (PAC, WPAD) that chose the wrong proxy."),
          nullptr},
         {"proxy", "dns", "port", nullptr, nullptr}},
        {"address_in_use",
         "error.address_in_use",
         QT_TRANSLATE_NOOP("Explain", "The port is already taken on this computer"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "A program wanted a port on this computer, and the system said another program already holds it "
             "(Windows error 10048, EADDRINUSE elsewhere). Nothing went wrong on the network. Most often a server "
             "program cannot start because another program, or an old copy of itself, listens on its port. "
             "\"This computer is the server\" shows who holds it."),
         {QT_TRANSLATE_NOOP("Explain", "Another copy of the same program is still running, or did not stop cleanly."),
          QT_TRANSLATE_NOOP("Explain",
                            "Another program uses that port (a second web server, IIS on 80 or 443, another database)."),
          QT_TRANSLATE_NOOP("Explain",
                            "On Windows, the port lies in a range the system keeps for itself (Hyper-V, WSL, Docker)."),
          QT_TRANSLATE_NOOP("Explain",
                            "When a program says it while connecting (Windows): this computer has run out of local "
                            "ports, because a program opens connections faster than the old ones close."),
          nullptr},
         {nullptr, nullptr, nullptr, nullptr, nullptr}},
        {"address_not_available",
         "error.address_not_available",
         QT_TRANSLATE_NOOP("Explain", "This computer could not use that address or port"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The system refused to set up the connection because of this computer's own end of it (Windows error "
             "10049, EADDRNOTAVAIL elsewhere): no free local port was left for a new connection, or the program "
             "asked for an address this computer does not have. Nothing was sent."),
         {QT_TRANSLATE_NOOP("Explain",
                            "This computer ran out of local ports: a program opens connections faster than the old ones "
                            "close (thousands waiting in TIME_WAIT)."),
          QT_TRANSLATE_NOOP("Explain",
                            "The program is set to use an address this computer no longer has (a new IP address, a VPN "
                            "that is not connected)."),
          QT_TRANSLATE_NOOP("Explain", "The address to connect to is not a usable one, such as 0.0.0.0."), nullptr,
          nullptr},
         {"ip", "port", nullptr, nullptr, nullptr}},
        {"no_buffers",
         "error.no_buffers",
         QT_TRANSLATE_NOOP("Explain", "This computer ran out of network resources"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The system could not set up the connection: it had no memory left for network connections, or a "
             "waiting line (queue) was full (Windows error 10055, ENOBUFS elsewhere). Nothing was sent; the "
             "problem is on this computer, most often far too many connections open at once."),
         {QT_TRANSLATE_NOOP("Explain",
                            "A program opens connections and never closes them, until the local ports or the memory "
                            "for them run out."),
          QT_TRANSLATE_NOOP("Explain", "Security or VPN software holds on to network resources."),
          QT_TRANSLATE_NOOP("Explain",
                            "The computer has run for a long time under heavy load: a restart frees the resources for "
                            "now, but the program that uses them up must be found."),
          nullptr, nullptr},
         {"port", nullptr, nullptr, nullptr, nullptr}},
        {"unknown",
         "error.unknown",
         QT_TRANSLATE_NOOP("Explain", "This is not a connection error tcpdoctor knows"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "tcpdoctor did not find a TCP connection error in this message, so it cannot say what went wrong on "
             "the network, and it would rather say nothing than guess. If a program cannot connect, check the "
             "computer and port it uses with the checklist."),
         {nullptr, nullptr, nullptr, nullptr, nullptr},
         {nullptr, nullptr, nullptr, nullptr, nullptr}},
        {"host_key",
         "error.unknown",
         QT_TRANSLATE_NOOP("Explain", "ssh does not recognise the server's key: an identity check, not the connection"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The connection was made. Then ssh compared the key the server showed with the one it saved the last "
             "time (in known_hosts), and they differ, or it could not confirm the key. The network works; ssh "
             "stops because it cannot be sure it talks to the right server."),
         {QT_TRANSLATE_NOOP("Explain", "The server was reinstalled or replaced, and has a new key."),
          QT_TRANSLATE_NOOP("Explain",
                            "The name or address now leads to another server (a new address, a load balancer)."),
          QT_TRANSLATE_NOOP("Explain",
                            "Someone intercepts the connection: compare the key's fingerprint with the one the "
                            "administrator gives you before you accept it."),
          nullptr, nullptr},
         {nullptr, nullptr, nullptr, nullptr, nullptr}},
        {"http",
         "error.unknown",
         QT_TRANSLATE_NOOP("Explain", "The server answered: this is not a connection problem"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "An HTTP status such as 404 or 500 is an answer from the web server, or from a proxy in front of it, "
             "so the TCP connection worked. The problem is in the request or on the web server, not in the "
             "network."),
         {QT_TRANSLATE_NOOP("Explain", "404: the address (path) is wrong, or the page no longer exists."),
          QT_TRANSLATE_NOOP("Explain", "401 or 403: you need to sign in, or you are not allowed to see it."),
          QT_TRANSLATE_NOOP("Explain", "500: the web application failed; its log says why."),
          QT_TRANSLATE_NOOP("Explain",
                            "502, 503 or 504: a proxy answered for a server behind it that is down or slow; check that "
                            "server with tcpdoctor."),
          nullptr},
         {nullptr, nullptr, nullptr, nullptr, nullptr}},
        {"db_listener",
         "error.unknown",
         QT_TRANSLATE_NOOP("Explain", "The database server answered: it does not know the database asked for"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The connection to the database server was made, and the program that accepts its connections (the "
             "Oracle listener) answered: it does not know the database name (service name or SID) in the "
             "program's settings, or has no room for another session right now. The network works."),
         {QT_TRANSLATE_NOOP("Explain",
                            "The service name or SID in the connection settings is misspelled, or belongs to another "
                            "server."),
          QT_TRANSLATE_NOOP("Explain",
                            "The database is stopped, or still starting and not yet known to the listener."),
          QT_TRANSLATE_NOOP("Explain",
                            "ORA-12516, ORA-12519 or ORA-12520: the database has reached its limit of sessions."),
          nullptr, nullptr},
         {nullptr, nullptr, nullptr, nullptr, nullptr}},
        {"auth",
         "error.unknown",
         QT_TRANSLATE_NOOP("Explain", "This is a sign-in problem, not a connection problem"),
         QT_TRANSLATE_NOOP(
             "Explain",
             "The server was reached and answered: it did not accept the user name, password, key or address "
             "this program signed in with. The TCP connection worked."),
         {QT_TRANSLATE_NOOP("Explain", "The user name or password is wrong, or the password has expired."),
          QT_TRANSLATE_NOOP("Explain",
                            "The key or certificate used to sign in is not accepted (ssh keys, client certificates)."),
          QT_TRANSLATE_NOOP("Explain",
                            "The server accepts this user only from certain addresses (MySQL host rules, PostgreSQL "
                            "pg_hba.conf)."),
          QT_TRANSLATE_NOOP("Explain", "The account is locked after too many failed attempts."),
          QT_TRANSLATE_NOOP("Explain",
                            "With the Windows sign-in (\"Cannot generate SSPI context\"): the server is not registered "
                            "for it in the domain (its service name, SPN), or this computer's clock is off.")},
         {nullptr, nullptr, nullptr, nullptr, nullptr}},
    };
    return list;
}

QString translated(const char* source)
{
    return QCoreApplication::translate("Explain", source);
}

} // namespace

const ExplainText* explainText(const QString& id)
{
    for (const ExplainText& t : texts()) {
        if (id == QLatin1String(t.id)) {
            return &t;
        }
    }
    return nullptr;
}

const std::vector<ExplainText>& explainTexts()
{
    return texts();
}

QString translatedTitle(const ExplainText& t)
{
    return translated(t.title);
}

QString translatedExplanation(const ExplainText& t)
{
    return translated(t.explanation);
}

QStringList translatedCauses(const ExplainText& t)
{
    QStringList list;
    for (const char* c : t.causes) {
        if (c != nullptr) {
            list << translated(c);
        }
    }
    return list;
}

QStringList stepIds(const ExplainText& t)
{
    QStringList list;
    for (const char* s : t.steps) {
        if (s != nullptr) {
            list << QString::fromLatin1(s);
        }
    }
    return list;
}

QString phaseDescription(const QString& phase)
{
    if (phase == u"dns") {
        return translated(
            QT_TRANSLATE_NOOP("Explain", "while the name was looked up (DNS), before any connection was tried"));
    }
    if (phase == u"handshake") {
        return translated(QT_TRANSLATE_NOOP("Explain", "while the connection was being set up (the TCP handshake)"));
    }
    if (phase == u"established") {
        return translated(QT_TRANSLATE_NOOP("Explain", "after the connection had been made"));
    }
    if (phase == u"local") {
        return translated(QT_TRANSLATE_NOOP("Explain", "on this computer, before anything reached the network"));
    }
    return {};
}

} // namespace tcpd::core
