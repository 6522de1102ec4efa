<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Batch</name>
    <message>
        <source>Not checked in batch mode: it describes this computer, not the target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .md, .csv or .jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets: %1. Reachable: %2. With a problem: %3. Not valid: %4. Not checked: %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which computer should I check? Example: tcpdoctor diagnose example.com:443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes milliseconds from 50 to 600000, for example --timeout 3000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --ipv4 or --ipv6, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is an %1 address, but %2 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;tcpdoctor --help&quot; to see what tcpdoctor can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect takes the IP address the name should lead to, for example --expect 192.0.2.10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reference takes a computer name or address without a port, for example --reference 192.0.2.10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports can be saved as %1 files: &quot;%2&quot; is none of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: the report could not be saved there. Nothing was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a target or --many FILE, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report saves one report; with --many use --json and redirect the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redact does not work with --many yet; nothing was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no usable home folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report %1 is given twice: give each file once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --tls or --no-tls, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sni takes a server name without a port, for example --sni www.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --proxy or --no-proxy, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy takes a proxy&apos;s address, for example --proxy http://proxy.example:3128 or --proxy socks5://192.0.2.1:1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --portal-url or --no-portal-check, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--portal-url takes an http:// address that answers 204 on a free network, for example --portal-url http://192.0.2.1/generate_204.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;: the steps are link, ip, dns, proxy, firewall, port and service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--steps needs at least one step, for example --steps dns,port (the steps are link, ip, dns, proxy, firewall, port and service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor %1: find out why a TCP connection fails, and what to do about it.

Usage:
  tcpdoctor                             open the wizard
  tcpdoctor diagnose TARGET [options]   run the checklist on TARGET and print the result
  tcpdoctor compare OLD.json NEW.json [--json]
                                        what changed between two saved reports (exit 1: something got worse)
  tcpdoctor diagnose --many FILE [--json]  check a list of targets at once (one a line)
  tcpdoctor explain &quot;MESSAGE&quot; [--json]  what an error message means (&quot;-&quot; reads it from stdin)
  tcpdoctor listen [PORT] [--address ADDR] [--json]
                                        what listens on this computer, and where (no PORT: all)
  tcpdoctor listen --serve PORT [--for S] [--address ADDR]
                                        a temporary test listener, closed after S seconds (60)
  tcpdoctor watch TARGET [--count N | --duration S] [--interval MS] [--until-open] [--json]
                                        connect again and again: does it work only sometimes?
  tcpdoctor idle TARGET [--max-idle S | --periods LIST] [--json]
                                        does a connection survive a pause? (default: up to 300 s)
  tcpdoctor serve --metrics [ADDR:]PORT [--max-in-flight N] [--timeout MS]
                                        a Prometheus exporter: /probe?target=HOST:PORT (loopback unless ADDR)
  tcpdoctor --version | --help

TARGET is what you would paste: example.com:443, &quot;example.com 443&quot;, https://example.com/,
192.0.2.10:8080, [2001:db8::1]:22, or a name with --port. Service names work as ports (ssh, rdp...).

Options for diagnose:
  --port N|SERVICE   the port, when TARGET has none
  --json             print the JSON report (tcpdoctor-report/1) and nothing else on stdout
  --report FILE      also save the report; the format follows the extension (.html .pdf .json .md .txt)
  --redact           mask public addresses, MAC addresses, host and user names in everything printed and saved
  --timeout MS       time allowed for one connection attempt (default 1500)
  --steps LIST       which checklist steps to run: link,ip,dns,proxy,firewall,port,service (default all)
  --tls | --no-tls   make / never make a TLS handshake after the port test (default: for https:// and TLS ports)
  --sni NAME         the name sent in the TLS handshake and checked against the certificate
  --proxy URL        test the way out through this proxy (http:// or socks5://) instead of the system&apos;s settings
  --no-proxy         leave the system&apos;s proxy settings out of the check
  --portal-url URL   the address that shows a sign-in page (answers 204 on a free network; default: the system&apos;s)
  --no-portal-check  do not look for a sign-in page
  --ipv4 | --ipv6    try only IPv4 or only IPv6 addresses
  --expect ADDR      the IP address the name should lead to: the DNS answers are checked against it
  --reference HOST   when the port is blocked, also try the same port on HOST (a computer you know has it open)
  --lang CODE        language of the texts (de, en, es, fr); codes in JSON never change
  --verbose          log what happens to stderr

Exit codes: 0 reachable, 1 a problem was found, 2 bad input, 3 tcpdoctor itself failed.
Log file: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of tcpdoctor has no exporter (it was built without Qt HttpServer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareCli</name>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give two saved JSON reports, the earlier first: tcpdoctor compare before.json after.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>less than 1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2: the handshake completed in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2: the SYN was answered with RST (connection refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2: the handshake completed, then the server sent RST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2: the handshake completed, then the server closed the connection without a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2: this computer did not let the connection out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system error: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ordinary program would have waited about 21 seconds on Windows, or about 2 minutes on Linux, before showing a time-out; tcpdoctor knew after %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a connection can start, the name must be turned into an address. The name service (DNS) answered that %1 does not exist, so no SYN was ever sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the name, letter by letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is an internal name, connect to the company network or VPN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the full name, including the domain (for example server.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name exists, but DNS holds no address for it (of the kind that was asked for), so there was nothing to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you have the right name: it may be a mail-only or an old name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the administrator of the domain to add an address record for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name service (DNS) did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To find the address of %1, this computer asked its DNS servers, but no usable answer came back, so no connection could start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer is connected to a network (try a well-known website).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the router, or switch the network connection off and on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use a VPN, connect it, or disconnect it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s firewall blocked the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to port %1 never left this computer: its own firewall or security software stopped the SYN before it reached the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the firewall on this computer (Windows Defender Firewall, ufw, firewalld, nftables) for a rule that blocks outgoing connections to port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check security software (antivirus, endpoint protection, parental control) that may block this program or this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a company computer, ask your IT department: the block may be on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no way to reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s routing table has no route to %1, so the SYN could not be sent anywhere. Usually there is no default gateway, or the network connection is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the network connection (cable or Wi-Fi) is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a default gateway is set (automatic configuration, DHCP, usually does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the address belongs to a company network, connect the VPN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 is reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a SYN, the server answered with SYN-ACK and we completed the handshake with an ACK in %1: something is listening on port %2 and nothing in between blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a program still cannot connect, the problem is above TCP: check the program&apos;s settings, a proxy, TLS certificates, or the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the program uses the same name and port as this test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 answers on some addresses of %2, not on all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has several addresses. The handshake completed on some of them and failed on others. Programs that try a failing address first may be slow to connect, or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the failing addresses are IPv6, check IPv6 on this network (router settings), or ask the network administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator which addresses fail: one of them may point to an old or wrong server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2, then cut it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake completed (SYN, SYN-ACK, ACK), so the network is fine, but the server then reset the connection (RST). The service refused to talk to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service may only allow certain addresses: ask its administrator whether your address is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service may be overloaded or failing: check its log on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the program speaks what the service expects (for example TLS or plain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2, then closed it at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake completed, so the network is fine, but the server closed the connection straight away without sending anything. Often a proxy or load balancer has no working server behind it, or the service rejects this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the service&apos;s log on the server, and whatever sits in front of it (proxy, load balancer, connection limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the service limits connections per address or allows only some addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening on port %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a SYN to port %1 and the server answered at once with RST: the computer is reachable, but no program accepts connections on that port (or a firewall on the way resets them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the service (the server program) is running on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port number: the service may use a different port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, run &quot;tcpdoctor listen %1&quot; to see what listens there and on which address; a service bound to 127.0.0.1 can only be reached from the server itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall refused the connection to port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the administrator of the firewall at %1 to allow port %2 from your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use a VPN or a guest network, try from the usual network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether port %1 is allowed through the server&apos;s firewall and the network&apos;s firewalls from your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address is right: an old or wrong address also stays silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer %1 cannot be found on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should be on this computer&apos;s own network, but nothing answered when this computer asked who has that address (ARP/neighbour discovery). The SYN could not even be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A router (%1) reported that the host %2 is unreachable: the SYN could not be delivered to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the computer is switched on and connected to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address: the computer may have got a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is on another network, check the VPN or ask the network administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network of %1 cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A router (%1) reported that it has no way to the network of %2, so the SYN was sent back undelivered. This is a routing problem in the network, not on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the network administrator which router answered, and the address you tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the address(es) %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system resolver said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port test could not run, so there is nothing to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a target tcpdoctor can check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name or address and a port, like example.com:443, 192.0.2.10:8080 or https://example.com/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor could not finish the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check again. If it keeps failing, run it with --verbose and attach the log to a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2: no answer in %3 s (SYN tries: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN retransmissions the kernel could not send (TcpExt TCPRetransFail): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the hosts file %2 maps %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS server is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a connection can start, the name %1 must be turned into an address, and that needs a DNS server. This computer has none configured, so no SYN was ever sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the network again, or renew the automatic configuration (DHCP): it normally brings the DNS servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or enter a DNS server in the network settings (your router&apos;s address often works).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To find the address of %1, this computer asked its DNS servers (%2), but none of them answered, so no connection could start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server could not answer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer asked its DNS server for the address of %1. The server answered, but with a failure instead of an address (SERVFAIL or REFUSED), so no connection could start. The name may be fine: the server could not find out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes: the name&apos;s own DNS servers may be down for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another DNS server (for example your router&apos;s) to see whether this server is the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the name belongs to your organisation, tell its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name exists, but it has only IPv6 addresses, and IPv6 was not used for this check, so there was nothing to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name exists, but it has only IPv6 addresses, and this computer has no IPv6 route (no IPv6 connection), so it cannot reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a network that offers IPv6, or ask your provider for IPv6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or ask the administrator of the name to add an IPv4 address (an A record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked by DNS filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a name of this computer, yet the name lookup leads to %2, where nothing can answer for it. That is how ad, malware and parental-control filters block a name, so no connection to the real server was tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line for this name from the hosts file (administrator rights needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whoever runs the DNS filter (a filtering DNS service, the router, or security software) to allow the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the block is wanted, the connection is not supposed to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old hosts file entry sends %1 to the wrong address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s hosts file pins %1 to %2, so programs never ask DNS. Nothing answers there, while DNS says %1 is at %3: the entry is probably out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or correct the line for this name in the hosts file (administrator rights needed), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads to the wrong address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You expected %1 at %2, but the name lookup gives %3, and nothing answers there. The packets go to the wrong device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address you expected. If it is right, the DNS record (or a hosts file entry) is out of date: tell the name&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To test the server itself meanwhile, check %1 directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route lookup for %1: no route (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route lookup for %1: on the local network of %2, source address %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route lookup for %1: through %2 from %3, next hop %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default gateway is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default gateway(s): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping (ICMP echo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP to ports 80, 443, 53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 answered %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 on %2: no answer to %3 (%4 tries); neighbour (ARP/NDP) state: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network interface has a working link: no cable is plugged in (or the device at its other end is off), Wi-Fi is off or not connected, and there is no mobile connection. Nothing can be sent to %1 until a link is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the VPN tunnel %1 is up, and a VPN needs a working connection underneath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug the network cable in firmly at both ends, or connect to your Wi-Fi network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Wi-Fi is off, switch it on (network menu or Wi-Fi key) and check that flight mode is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the router: are its lights on? Switch it off for 30 seconds and on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether other devices on the same network are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3, carrier %4, state %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network link is up, but no IP address is configured on it, so this computer cannot send anything to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the network connection off and on, so it asks the router for an address (DHCP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the connection&apos;s IP settings are automatic (DHCP), unless the network uses fixed addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a link but no IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer did not get an address from the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic configuration (DHCP) failed: nobody answered when this computer asked for an address, so it has only a self-assigned one (%1). With it, %2 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the router (switch it off for 30 seconds), wait two minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch this computer&apos;s network connection off and on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If other devices get no address either, the router&apos;s DHCP server is off or broken: check its settings or ask the network administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assigned address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no route to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no route beyond its local network (no default gateway), so neither its DNS server(s) %1 nor %2 can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the local network, and this computer has no default gateway (router) to send such traffic to, so the SYN could not be sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s routing table has no usable route to %1, so the SYN could not be sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the network again, so it sets up the gateway automatically (DHCP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you set the address by hand, also enter the default gateway: usually the router&apos;s address, like 192.168.1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router (default gateway %1) does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic to %1 has to go through the gateway %2, but nobody on the local network answered for that address (ARP / neighbour discovery), so no packet can leave the local network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the router is switched on and its lights look normal; restart it (switch it off for 30 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the cable or the Wi-Fi connection between this computer and the router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the network settings were typed in by hand, check the gateway address: it must be the router&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If other devices on the network work, compare their gateway address with this computer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only IPv6 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers came back from the network, so this worked at the time of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looked broken, but answers came back from the network during the check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the SYN with SYN-ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the SYN with RST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent back an ICMP message: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server %1 answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway %1 answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection is not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected (it has a link), but it is not ready to carry traffic yet: it is still connecting, or the Wi-Fi or network sign-in (authentication) has not finished. Nothing came back from the network while tcpdoctor waited, so %2 cannot be reached for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few seconds and check again: a connection that was just made needs a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the network asks for a password or a sign-in (Wi-Fi key, company certificate, 802.1X), finish it in the network menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it stays like this, switch the connection off and on, or unplug the cable and plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a carrier but is not up (tcpdoctor waited %2 for it to settle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server refuses to answer this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer asked its DNS server(s) for the address of %1, and every one of them answered REFUSED: the server works, but it does not serve this computer. Usually the DNS server belongs to another network (an office DNS server used from home or over a different connection), or its access list does not include this computer&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the DNS server of the network you are on: switch the connection off and on so it is set automatically (DHCP), or remove a DNS server entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the name is internal to a company, connect the VPN first, so its DNS server serves you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you run the DNS server, allow this computer&apos;s address in its access list (allow-query, allow-recursion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent back: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turned the connection to port %2 away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a SYN to port %1; instead of a SYN-ACK, %2 sent back an ICMP message: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server itself turns the connection away: usually its firewall rejects this port (where simply nothing listens, a server answers with RST instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s own firewall refuses this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router %1 turns the connection away before it reaches the server: a firewall there rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to allow port %1 from your address in the server&apos;s firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent SYNs to port %1 and got no answer at all: no SYN-ACK, no RST, no ICMP message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something on the way silently drops the packets, usually a firewall (on the server, on a router, or a cloud security group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a SYN to port %1 of this computer itself and it answered at once with RST: no program on this computer accepts connections on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the program (the service) that should listen on port %1, or check its settings for the port it really uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor listen %1&quot; to see what listens on this computer and on which address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: the port test was not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the port test shows whether %1 can be reached, and it was left out of this check. The steps that ran found nothing wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check again with the port test (leave out --steps, or add port to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake on %1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1: &quot;%2&quot;, issued by &quot;%3&quot;, valid from %4 to %5, for: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service on port %1 of %2 does not speak TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was made, but the service answered the TLS hello (the start of an encrypted connection) with something that is not TLS: a plain web server, or another protocol, listens on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address: maybe it should start with http:// instead of https://, or use another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: TLS is expected on port %1, but the service there does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS library said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts the connection but does not answer the TLS hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake on port %1 completed, then the TLS hello got no answer at all in %2 s: the service hangs, or a filter on the way drops encrypted connections to this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes: a busy or hanging service may recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator that connections are accepted but TLS never starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it works from another network, ask this network&apos;s administrator whether a filter blocks this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection instead of answering the TLS hello. It accepts connections, but not this kind of encrypted one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the TLS handshake: the two sides found no protocol version or cipher they both accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the alert &quot;%1&quot;: the two sides found no protocol version or cipher they both accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: this computer offers %1, and the server accepts none of them. Servers should offer TLS 1.2 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If only an old program of yours fails, update it: it may offer only old versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet — check this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is valid from %1, and this computer&apos;s clock says %2. A certificate that only starts to be valid later is rare: this computer&apos;s date or time zone is more likely wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date, time and time zone of this computer, and turn on setting the time automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was valid until %1; this computer&apos;s clock says %2. Programs refuse the connection, because an expired certificate no longer proves who the server is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the certificate must be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If other sites&apos; certificates fail too, check this computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain ends in &quot;%1&quot;, which signed itself and is not on this computer&apos;s list of trusted authorities: a self-signed certificate, or a private authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain does not lead to an authority on this computer&apos;s list of trusted authorities (its last certificate was issued by &quot;%1&quot;). The server may not send its intermediate certificates, or uses a private authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is your organisation&apos;s server, ask its administrator for the authority&apos;s certificate and how to install it on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the server must send its full certificate chain from an authority that clients trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not accept the certificate just to get past the warning unless you know why it is different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is valid, but it covers %1, not %2. Programs refuse the connection, because the server could not prove it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with a name the certificate covers (%1), if it is the same server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the certificate must include %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service on port %1 of %2 accepts connections but does not greet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service on this port always speaks first, but it closed the connection without a word: it refuses this computer, or it is overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service on this port always speaks first (a greeting such as &quot;SSH-2.0-...&quot; or &quot;220 ...&quot;), but it said nothing in %1 s: it hangs or is overloaded, or its name lookups of clients time out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator that the service accepts connections but does not answer; its log and load are the place to look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes: an overloaded service may recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web server at %1 answers with an error (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works and the web server answered &quot;%1&quot;. A 5xx status comes from the front (a proxy or load balancer, or the web server itself): it works, but the application behind it does not answer properly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the site&apos;s administrator the time and the status: the application behind the web server is down or overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web server calls itself &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake worked (%1), and the certificate is valid for %2 until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a program still cannot connect, check its own settings: a proxy, its own list of trusted certificates (Java, Python, Node.js and git have one), or the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service greeted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a program still cannot connect, the problem is in the program or the service: check the program&apos;s settings, a proxy, or the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second connection asking for packets of at most %1 bytes got its answer in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second connection asking for packets of at most %1 bytes got no answer either: the size of the packets is not the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor could not ask for small packets on this computer (%1), so large packets lost on the way (a path MTU black hole) are not ruled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second connection, for a try with small packets, failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer sends to %1 through %2, whose MTU is %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large packets from %1 are lost on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to port %1 was made, but the TLS hello got no answer in %2 s. The same hello on a connection that asks for packets of at most %3 bytes was answered at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to port %1 was made, but the request got no answer in %2 s. The same request on a connection that asks for packets of at most %3 bytes was answered at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small packets pass and large ones from the server are lost: a router, tunnel or VPN on the way carries only smaller packets and drops larger ones without sending back the message (ICMP &quot;fragmentation needed&quot;) that would make the server send smaller ones. This is called a path MTU black hole: programs connect, then hang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get going on this computer, lower the MTU of %1 (now %2) to 1400, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use a VPN or tunnel, try without it, or ask its administrator to lower the MTU of the tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the network&apos;s administrator: a router on the way should adjust the TCP maximum segment size (MSS clamping), and let ICMP &quot;fragmentation needed&quot; (IPv6: &quot;packet too big&quot;) messages through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If programs connect and then hang only on this network or VPN, ask its administrator whether large packets are lost on the way (the MTU of a tunnel, MSS clamping on the router).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 took the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered the sign-in page check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: %1, from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy calls itself %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in page holds the way out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network answers with a sign-in page (%1) instead of letting connections through: a hotel, guest Wi-Fi or public network that wants you to accept its terms or sign in first. Until then it holds connections to %2, or answers them itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a browser and go to %1 (or any address starting with http://). Accept the terms or sign in on the page that appears, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no page appears, turn Wi-Fi off and on again, or ask the staff of the place for the network&apos;s sign-in page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check address %1 answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sends browsers to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be reached only through the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct connection to %1 does not get through, but the proxy %2 (from %3) opened the way to it. This network lets connections out only through its proxy. Programs that follow the proxy settings work; programs that ignore them (many command-line tools, Java, Python and database clients) fail with “timed out” or “connection refused”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the program that fails to use the proxy %1: most command-line tools read https_proxy=%1 from their environment; Java takes -Dhttps.proxyHost and -Dhttps.proxyPort; git takes git config --global http.proxy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the program cannot use a proxy, ask the network&apos;s administrator to let it connect to %1 directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what answers there is not a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its port did not take the connection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy set on this computer does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs here are told to go through the proxy %1 (from %2), but %3. A proxy setting left over from another network (the office, a VPN) does this: every program that follows the setting fails, browsers first. The direct connection to %4 did not get through either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this computer should not use a proxy on this network, remove the setting. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it should, ask the network&apos;s administrator whether the proxy %1 is running and which address to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy wants a sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 turned down the user name and password in the proxy setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 lets connections through only after a sign-in. Browsers ask for it or sign in with your computer&apos;s account; many other programs cannot, and fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direct connection to %1 did not get through, so programs need the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the program the proxy&apos;s user name and password (for example https_proxy=http://USER:PASSWORD@%1), or use a program that can sign in to the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the network&apos;s administrator which sign-in the proxy expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy will not connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection without an answer when asked to connect to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 refused to connect to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies often allow only web ports (443, 80) or a list of sites. The direct connection did not get through either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the network&apos;s administrator to allow %1 through the proxy, or to let this program connect to it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy cannot reach %1 either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 took the request but had no answer after %2 s: it was still trying to reach %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 took the request but could not connect to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither this computer nor its proxy gets through, so the problem is at %1 or on the way to it, not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is switched on and that a program listens on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the proxy&apos;s administrator whether the proxy may connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2: this computer had no free local port for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s connections could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator can list them with: netstat -ano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator can list them with: ss -tan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local ports in use: %1 of %2 (this computer picks them from %3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP connections of this computer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of them belong to connections closed in the last minutes: a closed connection keeps its port for a while (TIME_WAIT). A program opens and closes connections very fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of them belong to open connections: a program keeps very many connections open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most connections go to %1 port %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the program that opens the connections to %1 port %2 and let it reuse its connections (a connection pool, keep-alive) instead of opening a new one for every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no free local port left for new connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection uses a local port of this computer. When tcpdoctor tried to connect to %1, the system answered that none was free (%2), so nothing was sent: neither the network nor the server is involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting the program that opens the connections frees its ports at once; the ports of closed connections come free by themselves within about 2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator can give connections more local ports: netsh int ipv4 set dynamicport tcp start=10000 num=55536</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator can give connections more local ports (now %1 to %2): sysctl -w net.ipv4.ip_local_port_range=&quot;10000 65000&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsStep</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system resolver answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the target is an IP address, there is no name to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n address(es).</source>
        <translation>
            <numerusform>%1 has %n address.</numerusform>
            <numerusform>%1 has %n addresses.</numerusform>
        </translation>
    </message>
    <message>
        <source>They come from the hosts file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system resolver was still waiting; the DNS servers gave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name lookup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the hosts file %2 maps %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS server is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs ask the local resolver %1, but it has no DNS server to ask in turn (%2 lists none), so names cannot be turned into addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no DNS server to ask (%1 lists none), so names cannot be turned into addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the network again, or renew the automatic configuration (DHCP): it normally brings the DNS servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or enter a DNS server by hand in the network settings (your router&apos;s address often works).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system resolver had no answer after %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS servers did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer is connected to a network (try a well-known website).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the router, or switch the network connection off and on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use a VPN, connect it, or disconnect it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server refused to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server could not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer this computer: it may serve only its own network. Check which DNS server this computer uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is there but cannot find the answer: the name&apos;s own DNS servers may be broken or unreachable. Try again later, or ask the name&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another DNS server (for example your router&apos;s), to see whether the problem is the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the name, letter by letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is an internal name, connect to the company network or VPN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only IPv4 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no IPv6 route, so it cannot use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer did not ask for them (it has no IPv6 address of its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 has only IPv6 addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the IPv6 address(es) %2 and no IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a network that offers IPv6, or ask your provider for IPv6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or ask the administrator of the name to add an IPv4 address (an A record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you have the right name: it may be a mail-only or an old name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the administrator of the domain to add an address record for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is blocked: it leads to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a name of this computer, yet it leads to %2, where nothing can answer for it. Ad and malware filters answer like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line for this name from the hosts file (administrator rights needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS filter blocks this name (a filtering DNS service, the router, or security software). Ask whoever runs it to allow the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the block is wanted, the connection is not supposed to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Programs ask %1 first and wait %n second(s) for it before they ask the next server, so every new name takes at least that long.</source>
        <translation>
            <numerusform>Programs ask %1 first and wait %n second for it before they ask the next server, so every new name takes at least that long.</numerusform>
            <numerusform>Programs ask %1 first and wait %n seconds for it before they ask the next server, so every new name takes at least that long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programs ask it only when the servers before it fail, and then wait %n second(s) for it.</source>
        <translation>
            <numerusform>Programs ask it only when the servers before it fail, and then wait %n second for it.</numerusform>
            <numerusform>Programs ask it only when the servers before it fail, and then wait %n seconds for it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some DNS servers do not answer: lookups are slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the silent server from the network settings, or ask whoever runs it to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configured DNS server does not offer DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the server from the network settings, or ask whoever runs it to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS servers give different answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One server may be out of date, or belong to another network (a VPN or company network with its own names). Check which servers this computer should use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different addresses are normal for big websites; for a single server they mean one DNS server is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DNS server blocks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That server filters names (ads, malware, parental control). Ask whoever runs it to allow the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS configuration could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers behind the local resolver are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs ask %1; the list of servers it asks in turn (%2) could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts file decides where %1 leads, and DNS says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs use the hosts file and never ask DNS. DNS says %1 is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the entry is old, remove it from the hosts file (administrator rights needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts file names %1, and DNS agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts file names %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS servers do not know the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads to the expected address %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You expected %1 at %2, but the lookup gave no address to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You expected %1 at %2, but it leads to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server(s) %1 do give %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not lead to the expected address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address you expected. If it is right, the DNS record (or a hosts file entry) is out of date: tell the name&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse lookup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts file calls %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server %1 calls %2 %3 (reverse lookup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server %1 knows no name for %2 (no reverse entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reverse lookup of %1 got no answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each DNS server answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is another name for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered that the name does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered that the name exists but has no address (no A or AAAA record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered with a failure (SERVFAIL): it could not find out the answer itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it refused to answer this computer (REFUSED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it did not understand the question (FORMERR or NOTIMP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it did not answer within %3 seconds, though it was asked several times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; nothing answers DNS questions at that address (the question was refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; its answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server %1 could not be asked directly: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the DNS server %1 for %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>The other computer refused the connection: nothing is listening on that port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open a TCP connection, this computer sends a SYN (&quot;may I connect?&quot;). This time an RST (&quot;no&quot;) came straight back: the other computer is switched on and reachable, but no program accepts connections on that port. Windows calls this &quot;actively refused&quot;; elsewhere it reads &quot;connection refused&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service (the server program) is not running: stopped, crashed, or still starting up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service listens on a different port, or only on 127.0.0.1, which accepts connections from that same computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program uses the wrong address or port: check its settings for an old address or a mistyped port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall on the server, or on the way, turns the connection away with a reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: the connection attempt timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer sent a SYN (&quot;may I connect?&quot;) and nothing came back. It sent the SYN again and waited longer each time: Windows waits 3 seconds, then 6, then 12, and gives up after 21 seconds in all; Linux keeps trying for about two minutes. Something on the way dropped the packets without a word, or there is no computer at that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall drops the connection silently: on the server, in the network, or at the router in front of the server (the port is not opened or not forwarded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other computer is switched off, asleep or disconnected, or nothing uses that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is wrong or out of date (an old DNS entry, a mistyped IP address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server can be reached only through a VPN or from the company network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall or security software holds the connection back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the answer took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP connection was made (the handshake completed), then the program waited for the other side to answer and gave up. The network path works: the server, or something in front of it, did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is overloaded or stuck on a slow task (a long database query, a hung process).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy, load balancer or firewall on the way holds the connection but does not pass the answer on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s time limit is too short for what it asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program speaks the wrong protocol for that port (for example plain HTTP to a TLS port), so the server waits for something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program gave up waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall drops the connection silently, or the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is overloaded and slow to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address or port is wrong or out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s time limit is very short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other computer could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other computer is switched off, asleep, or disconnected from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is wrong or out of date (the device got a new address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall on the way rejects the traffic with &quot;host unreachable&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPN or a route on this computer sends the traffic the wrong way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no way to that network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to a network (cable unplugged, Wi-Fi off, airplane mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection has no default gateway: automatic configuration (DHCP) failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address belongs to a network reached only through a VPN that is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is an IPv6 address and this network has no IPv6 connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side cut the connection off (reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server program crashed, restarted, or closed the connection on purpose (an error, a limit, a shutdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejects what this program sent: the wrong protocol (TLS or plain), an old TLS version, or a client it does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall, proxy or load balancer on the way cut a connection it found idle or unwanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unstable network path (VPN, mobile data) dropped the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer gave up on the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network dropped out during the connection (Wi-Fi lost, VPN reconnected, the computer went to sleep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security software on this computer (firewall, antivirus, web filter) cut the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side stopped answering, and this computer stopped trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program itself closed the connection, for example after its own time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side closed the connection without answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection had been made (the handshake completed), but the other side closed it before sending an answer: the program received nothing at all, an &quot;empty reply&quot;. The network works; the service on the other side, or something in front of it, hung up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service turns this client away: an address allow list, a connection limit, or a ban after failed attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program speaks the wrong protocol for that port (HTTP to an HTTPS port, TLS to a plain port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or load balancer has no working server behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service crashed while it handled the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name could not be turned into an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is misspelled, or incomplete (the domain part is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is an internal name that exists only on the company network or through a VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name no longer exists, or has no address of the kind asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry in this computer&apos;s hosts file, or a DNS filter, gets in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name service (DNS) did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a connection starts, the computer&apos;s name is looked up in DNS to find its address. The DNS servers did not answer, or answered with a failure, so no connection was tried. This says nothing about the server itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to a network, or the connection just dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configured DNS servers are down or unreachable (a router problem, a wrong DNS setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPN or firewall blocks DNS queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passing problem: it may work again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer did not allow the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection never left this computer: the operating system refused to open it (Windows error 10013, EACCES or EPERM elsewhere). Usually a firewall or security program on this computer blocks this program or this port. When a server program reports it as it starts, the port is reserved or needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall or security software on this computer blocks this program or this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company policy or parental control forbids the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a server program: the port is reserved (Windows excluded port ranges, Hyper-V, WSL) or held exclusively by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a server program on Linux or macOS: ports below 1024 need administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed, but the message does not say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is not running, or listens on another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall drops or rejects the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address or port in the program&apos;s settings is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer or the server is not connected to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a connection error tcpdoctor knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor did not find a TCP connection error in this message, so it cannot say what went wrong on the network, and it would rather say nothing than guess. If a program cannot connect, check the computer and port it uses with the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered: this is not a connection problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP status such as 404 or 500 is an answer from the web server, or from a proxy in front of it, so the TCP connection worked. The problem is in the request or on the web server, not in the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>404: the address (path) is wrong, or the page no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>401 or 403: you need to sign in, or you are not allowed to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>500: the web application failed; its log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>502, 503 or 504: a proxy answered for a server behind it that is down or slow; check that server with tcpdoctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a sign-in problem, not a connection problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was reached and answered: it did not accept the user name, password, key or address this program signed in with. The TCP connection worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the password has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key or certificate used to sign in is not accepted (ssh keys, client certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts this user only from certain addresses (MySQL host rules, PostgreSQL pg_hba.conf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is locked after too many failed attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while the name was looked up (DNS), before any connection was tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while the connection was being set up (the TCP handshake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the connection had been made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this computer, before anything reached the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program does not trust the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was made, then the program checked the server&apos;s certificate (its proof of identity for encrypted connections) and did not accept it: it does not lead to an authority on the program&apos;s list of trusted authorities. The network works; the certificate, or the program&apos;s list, is the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate, or one from a private (company) authority this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company proxy or security software inspects encrypted connections with an authority of its own: browsers know it, programs with a list of their own (Java, Python, Node.js, git) do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something intercepts the connection: do not accept the certificate unless you know why it is different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired, or this computer&apos;s clock is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was made, but the certificate the server showed is outside its dates of validity. Either it really expired and must be renewed on the server, or this computer&apos;s date and time are wrong, which makes every certificate look expired or not yet valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired and was not renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s date, time or time zone is wrong (a flat clock battery, a virtual machine started from an old snapshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server still sends an old intermediate certificate that has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was made and the server showed a certificate, but it was made for other names than the one the program used. Programs refuse that, because an impostor&apos;s certificate looks just like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program uses an address or a short name instead of the full name in the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several sites share the server, and it showed another site&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name leads to the wrong server (an old DNS entry, an entry in the hosts file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or a sign-in page (hotel, guest Wi-Fi) answered instead of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sides could not agree on encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side allows only old TLS versions (1.0, 1.1) that the other has switched off, or only new ones an old program cannot speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program speaks TLS to a port that speaks plain text (or the other way round), or uses the wrong port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy, firewall or security software on the way interferes with the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy wants the program to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program goes out through a proxy server, and the proxy answered &quot;407 Proxy Authentication Required&quot;: it passes nothing on until the program signs in to it. The server the program wanted was never asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program has no proxy user name and password, or old ones (the password changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program cannot use the proxy&apos;s way of signing in (the Windows sign-in, NTLM or Kerberos, which many command-line tools lack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not allowed to use the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The way out through the proxy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program goes out through a proxy server, and that part failed: the proxy could not be reached, or it refused to open a tunnel to the server (it answered 403 or 5xx), or it could not reach the server itself. The program never talked to the server directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy is down, or the address in the proxy settings is wrong or out of date (an office proxy still set on a laptop at home).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy does not allow this port or site (many proxies open tunnels to port 443 only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy cannot reach the server: it is down, or blocked on the proxy&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy settings come from an automatic script (PAC, WPAD) that chose the wrong proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is already taken on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program wanted a port on this computer, and the system said another program already holds it (Windows error 10048, EADDRINUSE elsewhere). Nothing went wrong on the network. Most often a server program cannot start because another program, or an old copy of itself, listens on its port. &quot;This computer is the server&quot; shows who holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of the same program is still running, or did not stop cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program uses that port (a second web server, IIS on 80 or 443, another database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Windows, the port lies in a range the system keeps for itself (Hyper-V, WSL, Docker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a program says it while connecting (Windows): this computer has run out of local ports, because a program opens connections faster than the old ones close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not use that address or port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system refused to set up the connection because of this computer&apos;s own end of it (Windows error 10049, EADDRNOTAVAIL elsewhere): no free local port was left for a new connection, or the program asked for an address this computer does not have. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer ran out of local ports: a program opens connections faster than the old ones close (thousands waiting in TIME_WAIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program is set to use an address this computer no longer has (a new IP address, a VPN that is not connected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to connect to is not a usable one, such as 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer ran out of network resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program opens connections and never closes them, until the local ports or the memory for them run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security or VPN software holds on to network resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer has run for a long time under heavy load: a restart frees the resources for now, but the program that uses them up must be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh does not recognise the server&apos;s key: an identity check, not the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was made. Then ssh compared the key the server showed with the one it saved the last time (in known_hosts), and they differ, or it could not confirm the key. The network works; ssh stops because it cannot be sure it talks to the right server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server was reinstalled or replaced, and has a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or address now leads to another server (a new address, a load balancer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone intercepts the connection: compare the key&apos;s fingerprint with the one the administrator gives you before you accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program could not check whether the certificate is still valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was made and the server showed its certificate. Before trusting it, the program asked the authority that issued it whether the certificate has been withdrawn, and got no answer. This does not mean that the certificate was withdrawn: only that the check could not be made, so the program did not accept it. Windows says &quot;unable to check revocation&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall or proxy lets this computer reach the server, but not the addresses where the authority answers such questions (its revocation list or OCSP server, usually plain HTTP on port 80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company&apos;s own authority does not publish its list of withdrawn certificates, or the published list is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no way to the internet at all, only to the server (a closed network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been withdrawn by its issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was made and the server showed its certificate, but the authority that issued it has declared it withdrawn (revoked) before its end date, and the program refuses it. The network works. Only a new certificate on the server helps: do not accept this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was replaced and the old one withdrawn, but the server (or one of several servers behind the name) still uses the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s secret key became known to others, so the authority withdrew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in between (an intermediate certificate) was withdrawn, and the server still sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something intercepts the connection with a certificate that was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server answered: it does not know the database asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was made, and the program that accepts its connections (the Oracle listener) answered: it does not know the database name (service name or SID) in the program&apos;s settings, or has no room for another session right now. The network works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service name or SID in the connection settings is misspelled, or belongs to another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is stopped, or still starting and not yet known to the listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORA-12516, ORA-12519 or ORA-12520: the database has reached its limit of sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the Windows sign-in (&quot;Cannot generate SSPI context&quot;): the server is not registered for it in the domain (its service name, SPN), or this computer&apos;s clock is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message says that something took too long, but not whether the connection was still being set up or already open. If it was being set up, the requests to connect went unanswered (Windows gives up after 21 seconds, Linux after about two minutes); if it was open, the server did not answer in time. The port test tells which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to connect (the SYN) never got to the other computer: a router on the way reported &quot;host unreachable&quot;, or, for an address on the local network, no device answered for that address. The connection could not even be tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not even start: this computer, or a router on the way, has no route to the network of that address, so the request to connect was never sent. Most often this computer is offline: no cable, Wi-Fi off, or no router to lead out of the local network (default gateway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection had been made, then the other side sent an RST (&quot;reset&quot;) and ended it at once, without the usual goodbye. Windows says &quot;forcibly closed by the remote host&quot;. Usually the program on the server crashed or hung up, or a firewall, proxy or load balancer on the way cut the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection had been made, but this computer&apos;s own system ended it, not the other side. Typically the data it sent was never acknowledged however often it was sent again, or software on this computer (a firewall, antivirus or VPN client) cut the connection. Windows says &quot;aborted by the software in your host machine&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a connection starts, the computer&apos;s name is looked up in DNS to find its address. That lookup failed: the name does not exist, or has no address. No request to connect was ever sent, so the server itself was never asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message says that a connection could not be made, but not what happened: whether the other side refused it, never answered, or could not be reached. The port test finds out by asking to connect (a SYN) and watching what comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not send the certificates in between (intermediate certificates) that link its own to the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was made, then setting up the encryption (the TLS handshake) failed: the two sides have no version or way of encrypting in common, one side broke off with an error, or the answer was not encrypted at all (&quot;wrong version number&quot; often means that the port speaks plain text where the program expected encryption).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants this program to show a certificate of its own (a client certificate), and it did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not set up the connection: it had no memory left for network connections, or a waiting line (queue) was full (Windows error 10055, ENOBUFS elsewhere). Nothing was sent; the problem is on this computer, most often far too many connections open at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainCli</name>
    <message>
        <source>Usage:
  tcpdoctor explain &quot;ERROR MESSAGE&quot; [--json]   explain an error message
  tcpdoctor explain - [--json]                 read the message from standard input
  tcpdoctor explain -- &quot;-bash: ...&quot;            a message that starts with &quot;-&quot;

Exit codes: 1 a connection problem was recognised, 0 no TCP connection error found in the message, 2 no message.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised from: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor diagnose COMPUTER:%1 (the message does not say which computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it step by step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist steps that matter most here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message that starts with &quot;-&quot; goes after --, like: tcpdoctor explain -- &quot;-bash: connect: Connection refused&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which error message? Put it in quotes, like: tcpdoctor explain &quot;Connection refused&quot;, or pipe it in with: tcpdoctor explain -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error message is empty: paste the message the program showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who holds the port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor listen PORT (the message does not say which port)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirewallStep</name>
    <message>
        <source>Not needed: the port test did not end in silence or a rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the SYN never left this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the ICMP trace needs raw-socket rights here (under Wine: CAP_NET_RAW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s firewall: nothing could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s firewall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rules can only be read by an administrator; this check never asks for admin rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator can look with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path trace: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the port test failed for a reason other than a firewall (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s firewall blocks port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s firewall may block port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule of this computer&apos;s firewall blocks port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the port test there is no block to locate, and this computer&apos;s rules could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rule &quot;%2&quot; (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, which may apply: it has conditions tcpdoctor cannot judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, chain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP echo requests reach %1 in %2 hops (ICMP, not the port: a firewall may still drop the port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNs with a limited TTL reached the server %1 (hop %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router %1 (hop %2) rejected it: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYN reached router %1 (hop %2) and went no further: nothing answered beyond it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not even the first router answered: the SYN may not have left this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hop %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same port on the reference host %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ports on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s firewall: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the rules can only be read by an administrator (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never switch a firewall off for good. To confirm, turn off only that rule (or the firewall) for one quick test, then turn it back on at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s firewall blocks the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYN to port %1 never left this computer: its own firewall stopped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule that matches: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the rule with: sudo nft -a list chain %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which rule it is could not be seen: reading the firewall rules needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator can list the rules with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s firewall and security software for a rule that blocks outgoing connections to port %1, and ask whether it is there on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall on your network blocks port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall on your network (router %1) blocks port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 fails on the reference host too, so the network this computer is on blocks outgoing connections to that port, not the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYN to port %1 reached router %2 and went no further, while other ports of the server pass that router: a firewall at or after it drops port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router %1 answered the SYN to port %2 with &quot;administratively prohibited&quot;: a firewall there refuses this traffic. The server never saw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the administrator of that network (router %1) to allow port %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, try from another network (for example a phone&apos;s hotspot): if it works there, the block is on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s own firewall rejects port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 itself answered the SYN with an ICMP &quot;not allowed&quot; message: its firewall refuses port %2 from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to allow port %1 from your address in the server&apos;s firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server they can check the inbound rules (ufw status, firewall-cmd --list-all, nft list ruleset, or Windows Defender Firewall&apos;s inbound rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably the server&apos;s firewall (the server answers on other ports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 answers on other ports but not on port %2, so it is up and reachable and something drops port %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SYN reached router %1 and went no further; the next hop is the server itself, so the drop is in the server&apos;s firewall, or in a firewall right in front of it (a cloud security group, or router %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether port %1 is allowed in the server&apos;s firewall and in any security group or firewall in front of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, &quot;tcpdoctor listen %1&quot; shows whether the service listens at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers from %1 at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither port %1 nor the other ports tried answered. The server may be switched off, its address may be wrong, or a firewall drops everything to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last device on the way that answered was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server is on and that the address is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the network or server administrator which firewall sits after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the packets are dropped could not be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 stayed silent in the port test, but the path trace reached the server: the block may come and go, or depend on the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check again; if the result changes, the block is intermittent (overload or a rate limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firewall stopped the connection to port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a firewall problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not send the SYN (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the administrator of that network (its gateway) to allow port %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 itself rejected it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the local network, so there is no router in between; it did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on the local network, with no router in between, so the drop is in the server&apos;s own firewall.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Icmp</name>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fragmentation needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source route failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination network unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination host unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network administratively prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host administratively prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable for this type of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host unreachable for this type of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication administratively prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route to destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond scope of source address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source address failed ingress/egress policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject route to destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMPv6 type %1, code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP type %1, code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Give the idle periods in seconds, separated by commas, like 15,60,300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most %1 idle periods; one connection is opened for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each idle period must be a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset: it had been forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: it had been forgotten on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: nothing came back, and this system does not say whether it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the byte sent then was acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(after %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(sent %n time(s) again)</source>
        <translation>
            <numerusform>(sent %n time again)</numerusform>
            <numerusform>(sent %n times again)</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to %1 could be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle test needs connections that work to begin with, and none could be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle test needs connections that work to begin with, and the name did not resolve (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 step by step to find out where it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor diagnose %1&quot; to find out where it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle test was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was stopped before any connection had been idle long enough to tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it again and let it run to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether idle connections to %1 survive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) got no answer after their pause, and this system does not tell whether the byte sent then arrived (it needs Windows 10 1703 or later, Linux or macOS for that).</source>
        <translation>
            <numerusform>%n connection got no answer after its pause, and this system does not tell whether the byte sent then arrived (it needs Windows 10 1703 or later, Linux or macOS for that).</numerusform>
            <numerusform>%n connections got no answer after their pause, and this system does not tell whether the byte sent then arrived (it needs Windows 10 1703 or later, Linux or macOS for that).</numerusform>
        </translation>
    </message>
    <message>
        <source>A connection idle for %1 still worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the idle test against a server that answers what it receives, such as &quot;tcpdoctor listen --serve PORT&quot; on the server, or from a Linux or macOS computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle connections to %1 survive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection still worked after its pause, the longest after %1 of silence. Nothing on the way forgets connections that stay silent this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a program still loses its connection after a pause, the pause is longer than %1: try a longer time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a program still loses its connection after a pause, the pause is longer than %1: try --max-idle with a longer time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closes connections that stay silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server itself ended the connection after about %1 of silence: it said goodbye properly (FIN), so this is its own idle timeout, not the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the program send something (a keepalive or a harmless request) more often than every %1, or have it reconnect when the server has closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or raise the service&apos;s own idle timeout on the server (its &quot;timeout&quot; or &quot;keepalive_timeout&quot; setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent FIN %1 s after the connection opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something on the way to %1 forgets silent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reset came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byte sent then was never acknowledged, however often it was sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection that stayed silent for %1 still worked; after %2 of silence it was dead (%3). A firewall or NAT router between this computer and the server forgets connections that stay silent for between %1 and %2. Programs that keep a connection open without talking (databases, remote desktops, SSH) then fail with &quot;connection reset&quot; or errors 10053/10054 when they speak again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even the shortest pause tried, %1, killed the connection (%2). A firewall or NAT router between this computer and the server forgets silent connections very quickly. Programs that keep a connection open without talking fail when they speak again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on TCP keepalive in the program, with the first keepalive after at most %1 s of silence and one every %1 s after that: the small packets keep the connection known on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH: ServerAliveInterval %1 in ~/.ssh/config (or ClientAliveInterval %1 on the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: keepalives_idle=%1 in the connection string (libpq, psql); JDBC: tcpKeepAlive=true together with the system setting below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle: SQLNET.EXPIRE_TIME=%1 in sqlnet.ora (minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s keepalive time, for programs that turn keepalive on without choosing a time: Linux sysctl net.ipv4.tcp_keepalive_time=%1; Windows KeepAliveTime=%2 (milliseconds) under HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters, then restart; macOS sysctl net.inet.tcp.keepidle=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or ask the network&apos;s administrator to raise the idle timeout of the firewall or NAT router on the way for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleCli</name>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one target, like: tcpdoctor idle db.example.com:5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --max-idle or --periods, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-idle must be a whole number of seconds from 1 to 86400, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opening %n connection(s) to %1. Each stays silent for a while (%2), then sends one byte to see whether it still works. This takes about %3. Ctrl+C stops.</source>
        <translation>
            <numerusform>Opening %n connection to %1. It stays silent for a while (%2), then sends one byte to see whether it still works. This takes about %3. Ctrl+C stops.</numerusform>
            <numerusform>Opening %n connections to %1. Each stays silent for a while (%2), then sends one byte to see whether it still works. This takes about %3. Ctrl+C stops.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpStep</name>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic, from the router (SLAAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (DHCPv6 or SLAAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n hour left</numerusform>
            <numerusform>%n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>Another device on the network uses the same address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate address detection failed on %1, so this computer does not use the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the address was set by hand, choose one that no other device uses, or switch to automatic configuration (DHCP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the address(es) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a self-assigned address (%1): automatic configuration (DHCP) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer asked the network for an address (DHCP), got no answer, and gave itself an address from 169.254.x.x. With it, only the local network can be reached, and usually not even that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a link-local address: the network gave this computer no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only its own link-local IPv6 address (fe80::...), which works on the local cable or Wi-Fi alone. No DHCP server or router gave it an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the router (switch it off for 30 seconds), wait two minutes, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch this computer&apos;s network connection off and on, so it asks for an address again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the network uses fixed addresses, ask its administrator for the right settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IP address on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is up, but no IP address is configured, so nothing can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the connection off and on, so it asks the router for an address (DHCP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection&apos;s settings: the IP address should be &quot;automatic (DHCP)&quot; unless the network uses fixed addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this computer itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic to it never leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the local network of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic to %1 goes through the gateway %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic to %1 goes through the VPN tunnel %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPN is connected and its routes catch this address, so the connection goes through the VPN, not directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 is a company address, this is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it should be reached directly (a device at home, a public site), disconnect the VPN and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default gateway: this computer has no route to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the local network, and no default gateway (router) is set up to send such traffic to, so nothing can be sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no route to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing table has no entry that covers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A route on this computer rejects traffic to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing table has a &quot;%1&quot; route for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the network again, so it sets up the gateway automatically (DHCP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you set the address by hand, also enter the default gateway: usually the router&apos;s address, like 192.168.1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 belongs to a company network, connect the VPN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default gateway %1 is outside the network of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s address there is %1: the gateway must be inside that network to be reached directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the gateway and the subnet mask in the connection&apos;s settings (for the address 192.168.1.20 with mask 255.255.255.0, the gateway looks like 192.168.1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several default gateways compete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have the same priority (metric), so it is a matter of chance which one carries a connection; if one of them does not lead to the internet, connections fail at random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the connection you do not need (for example Wi-Fi while a cable is plugged in), or give the connections different priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default gateway: only the local network can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No router is set up to carry traffic beyond the local network (no default route).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you set the address by hand, also enter the default gateway (the router&apos;s address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping (ICMP echo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TCP connection to ports 80, 443 and 53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway %1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answered a ping in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answered a TCP connection to port %1 in %2 ms (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST: nothing listens there, but it is alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN-ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default gateway %1 does not answer on the local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered when this computer asked who has %1 on %2 (ARP / neighbour discovery), and %3 got no answer either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the router is switched on and its lights look normal; restart it (switch it off for 30 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the cable or the Wi-Fi connection between this computer and the router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the addresses were set by hand, check the gateway address: it must be the router&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway %1 did not answer the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got no answer. Some routers ignore such tests on purpose, so this alone does not prove it is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway %1 is present but ignores test packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answered on the local network (ARP / neighbour discovery), but not to %1. Many routers do that on purpose; it is not a problem by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Ping is not allowed for this user here: %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy is configured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web browsers may reach sites through this proxy even when direct connections, like this test and many other programs, are blocked by the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the browser works but this connection does not, the network probably allows only the proxy: set the program up to use the proxy, or ask the network administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP configuration could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is this computer itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the local network (%2, from %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic to %1 leaves %2 from %3 through the gateway %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses and the default gateway %1 are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has a usable IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP configuration read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkStep</name>
    <message>
        <source>%1 Gbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full duplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half duplex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi is switched off with a switch or key on the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Wi-Fi on with the switch on the side of the computer, or the key with an antenna symbol (often together with the Fn key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Wi-Fi on in the network menu (the network symbol next to the clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The radio of %1 is off, so it cannot connect to any network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that flight mode (airplane mode) is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection %1 is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter is disabled on this computer, so it does not use the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the connection on in the network settings (on Windows: Settings, Network &amp; Internet, Advanced network settings, Enable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi is on but not connected to a network (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not associated with any wireless network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your Wi-Fi network in the network menu and enter its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move closer to the router, or check that the router&apos;s Wi-Fi light is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile broadband connection %1 is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no link: no signal, no SIM card, or the connection is not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the signal and that mobile data is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cable seems unplugged (no link on Ethernet &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sees no signal on its cable (no carrier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the cable is plugged in firmly at both ends: this computer and the router or wall socket. It should click into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the small lights next to the cable socket: no light usually means no link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another cable, or another socket on the router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface reports no carrier (state: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected to the network &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1 dBm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network interfaces could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is this computer itself: no network link is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a VPN tunnel is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN tunnel %1 is up, but no cable, Wi-Fi or mobile connection carries it: a VPN needs a working network connection underneath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working network connection: only a VPN tunnel is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no working network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network interface besides loopback has a link: no cable plugged in, Wi-Fi off or not connected, no mobile connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working network connection: the network cable seems unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug in the network cable, or connect to your Wi-Fi network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the router: are its lights on? Switch it off for 30 seconds and on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether other devices (a phone on the same Wi-Fi) are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic to %1 would leave through %2, which has no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s routing table sends traffic for %1 through %2, but that interface is not connected, while another one is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 (cable or Wi-Fi), or disconnect it so that the working connection is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic to %1 leaves through %2, which is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection that traffic to %1 would use has no link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected but not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has a link, but waits for a sign-in to finish (state: dormant), as Wi-Fi does while it checks the password or a company network checks this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has a link, but is not up yet (state: %1): it is still connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few seconds and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the network asks for a password or a sign-in, finish it in the network menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected but not ready yet: still connecting, or a sign-in is not finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Listen</name>
    <message>
        <source>Listening on %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 was accepted, then the program closed it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 was refused: nothing listens on that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 got no answer at all: a firewall on this computer drops it, or the program does not accept connections any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 ended with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system error: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n established connection(s), </source>
        <translation>
            <numerusform>%n established connection, </numerusform>
            <numerusform>%n established connections, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half-open (the client&apos;s SYN arrived, its final ACK not yet).</source>
        <translation>
            <numerusform>%n half-open (the client&apos;s SYN arrived, its final ACK not yet).</numerusform>
            <numerusform>%n half-open (the client&apos;s SYN arrived, its final ACK not yet).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this user&apos;s connections are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 has more waiting connections than its program keeps up with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the queue of waiting connections is full, new clients see time-outs, not refusals. Check the program&apos;s load and its log, and its connection limits (backlog, worker count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many half-open connections that never complete can also be a SYN flood: compare with the usual numbers for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 does not listen on every address clients may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients that connect to %1 are refused. That matters when the server&apos;s name leads there too (an IPv6 address, AAAA, is tried first by most programs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the service listen on :: (every address, IPv6 and IPv4) or on these addresses as well, or remove the name&apos;s record for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program listens on :: for IPv6 only (the socket option IPV6_V6ONLY is set): IPv4 clients are refused. Let it listen on 0.0.0.0 as well, or turn IPV6_V6ONLY off in its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections to this computer&apos;s own address normally never fail: check the firewall on this computer and whether the program still accepts connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept connections, although the table says port %2 listens there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program with pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown program of user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every address of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every IPv4 address of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this computer itself can connect (loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address other computers use to reach this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one address of this computer, not the one clients use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address this computer does not have (any more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients connect to: %1 (as given with --address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients most likely connect to: %1 (the main addresses of this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is open for other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer, %1 listens on %2, %3, so other computers can connect to port %4 as far as this computer is concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection from this computer to %1 was accepted, but the system does not show which program listens: it hides other users&apos; programs from tcpdoctor, or the port is forwarded to another program or container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If clients still cannot connect, the problem is on the way: the inbound firewall of this computer (tcpdoctor does not check it yet) or of the network. Run &quot;tcpdoctor diagnose %1&quot; on a client to see where the packets stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER-ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 listens only on %2, not on the address clients use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer, %1 accepts connections to port %2 only on %3. Clients that connect to %4 are refused, as if nothing listened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address of this computer any more: the service was started while the computer had it (an old DHCP address, a moved VPN) and must be restarted after its setting is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If clients should use %1, give them that address. Otherwise change the listen address in the service&apos;s settings to 0.0.0.0 (every address) or to %2, and restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s own addresses: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 listens only for this computer itself (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer, %1 listens on %2, the loopback address: only programs on this computer can connect. Other computers are refused, as if nothing listened on port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the listen address in the service&apos;s settings from %1 to 0.0.0.0 (every address) or to this computer&apos;s address (%2), then restart the service. The setting is called, for example, listen_addresses (PostgreSQL), bind-address (MySQL, MariaDB), bind (Redis), ListenAddress (OpenSSH), or --host / --bind in development servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this computer should reach it? Then this is right, and clients must connect through a tunnel (for example ssh -L) or a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listens on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer accepts connections on port %1, so clients get &quot;connection refused&quot;. The service is stopped, or it uses another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which port the service is configured for: it may listen on another port (&quot;tcpdoctor listen&quot; lists every listening port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which port the service is configured for: something listens on port(s) %1 nearby, which may be the service on another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To tell a stopped service from a blocked network: while the service is stopped, run &quot;tcpdoctor listen --serve %1 --for 120&quot; here and &quot;tcpdoctor diagnose %2&quot; on a client. If the client then connects, the network is fine and the service is the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearby: %1 listens on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No port near %1 listens either; %n port(s) listen on this computer in all (&quot;tcpdoctor listen&quot; lists them).</source>
        <translation>
            <numerusform>No port near %1 listens either; %n port listens on this computer in all (&quot;tcpdoctor listen&quot; lists them).</numerusform>
            <numerusform>No port near %1 listens either; %n ports listen on this computer in all (&quot;tcpdoctor listen&quot; lists them).</numerusform>
        </translation>
    </message>
    <message>
        <source>To see the same list yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients that connect to %1 reach this computer only through address translation (NAT, port forwarding, a load balancer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the forwarding rule for port %1 on the router or load balancer: it must point to one of this computer&apos;s addresses (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet: the inbound firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of tcpdoctor cannot read firewall rules yet. A firewall on this computer may still drop connections from other computers to port %1, even when everything above is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of listening sockets could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection tests from this computer still show what answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process names are hidden: tcpdoctor is not running as administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system does not tell an ordinary user which program owns %n of these listening socket(s): they belong to other users or to the system.</source>
        <translation>
            <numerusform>The system does not tell an ordinary user which program owns %n of these listening sockets: it belongs to another user or to the system.</numerusform>
            <numerusform>The system does not tell an ordinary user which program owns %n of these listening sockets: they belong to other users or to the system.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No program on this system holds %n listening socket(s)</source>
        <translation>
            <numerusform>No program on this system holds %n listening socket</numerusform>
            <numerusform>No program on this system holds %n listening sockets</numerusform>
        </translation>
    </message>
    <message>
        <source>Even with administrator rights no process shows them: they belong to the kernel itself (an NFS or SMB server built into it, for example) or to another container or namespace that shares this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your own programs are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system shows an ordinary user only the sockets of that user&apos;s own programs; other programs may listen too. The connection tests from this computer see them from outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(NAME is the service, for example %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the service in Services (services.msc), or in PowerShell: Get-Service %1. Its event log (Event Viewer, Windows Logs, Application and System) says what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasklist /svc /fi &quot;PID eq %1&quot; shows whether %2 (pid %1) runs as a service; check it then in Services (services.msc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the service in Services (services.msc), or in PowerShell: Get-Service %1. Its event log (Event Viewer, Windows Logs, Application and System) says why it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo launchctl procinfo %1 shows the launchd job that runs %2 (pid %1), if launchd started it; for services installed with Homebrew: brew services list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the service with launchd: sudo launchctl list | grep %1; for services installed with Homebrew: brew services list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the service with systemd: systemctl status %1, and journalctl -u %1 for what it logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl status %1 shows the systemd service that runs %2 (pid %1), if systemd started it; otherwise look at how %2 was started (a terminal, a container, cron).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the service with systemd: systemctl status %1, and journalctl -u %1 for why it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see every program&apos;s name, run tcpdoctor %1 in a terminal opened with &quot;Run as administrator&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see every program&apos;s name, run it as root: sudo tcpdoctor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the inbound rules of Windows Defender Firewall (wf.msc, Inbound Rules), or in PowerShell: Get-NetFirewallPortFilter | Where-Object LocalPort -eq %1 | Get-NetFirewallRule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the firewall in System Settings, Network, Firewall (Options shows which programs may accept incoming connections), and at pf: sudo pfctl -sr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the firewall rules for incoming connections to port %1: sudo nft list ruleset, sudo iptables -S INPUT, sudo ufw status, or sudo firewall-cmd --list-all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait for the program to accept them.</source>
        <translation>
            <numerusform>%n connection waits for the program to accept it.</numerusform>
            <numerusform>%n connections wait for the program to accept them.</numerusform>
        </translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 got no answer at all: the queue is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait for the program to accept them (its queue, the backlog, is set to %1).</source>
        <translation>
            <numerusform>%n connection waits for the program to accept it (its queue, the backlog, is set to %1).</numerusform>
            <numerusform>%n connections wait for the program to accept them (its queue, the backlog, is set to %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 listens, but its program does not keep up: new connections are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer, %1 listens on %2, but it does not take the connections that wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait, and the program set its queue (the backlog) to %1.</source>
        <translation>
            <numerusform>%n connection waits, and the program set its queue (the backlog) to %1.</numerusform>
            <numerusform>%n connections wait, and the program set its queue (the backlog) to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>While the queue is full, the system drops new clients&apos; connection requests (SYN) without an answer: they see &quot;timed out&quot;, not &quot;refused&quot; (tcpdoctor on a client: nobody answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>During this check the system dropped %n connection request(s) because a queue was full (TcpExt ListenOverflows).</source>
        <translation>
            <numerusform>During this check the system dropped %n connection request because a queue was full (TcpExt ListenOverflows).</numerusform>
            <numerusform>During this check the system dropped %n connection requests because a queue was full (TcpExt ListenOverflows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at the program first: it may hang, be overloaded, or wait for something else (a database, a disk). Its log and its processor use tell which; restarting it empties the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is simply busy, let it accept more: more workers or threads, and a larger backlog in its settings (backlog, ListenBacklog, tcp-backlog). The system caps every backlog at net.core.somaxconn (sysctl net.core.somaxconn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is simply busy, let it accept more: more workers or threads, and a larger backlog in its settings (backlog, ListenBacklog, tcp-backlog); the system caps every backlog (somaxconn).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenCli</name>
    <message>
        <source>&quot;%1&quot; is not an IP address: --address takes a numeric address such as 192.0.2.10 or 2001:db8::10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor test listener: port %1 is now OPEN on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It closes by itself in %n second(s), at %1. Press Ctrl-C to close it sooner.</source>
        <translation>
            <numerusform>It closes by itself in %n second, at %1. Press Ctrl-C to close it sooner.</numerusform>
            <numerusform>It closes by itself in %n seconds, at %1. Press Ctrl-C to close it sooner.</numerusform>
        </translation>
    </message>
    <message>
        <source>On a client, run: tcpdoctor diagnose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>tcpdoctor test listener: port %1 closed early, as asked. %n connection(s) arrived.</source>
        <translation>
            <numerusform>tcpdoctor test listener: port %1 closed early, as asked. %n connection arrived.</numerusform>
            <numerusform>tcpdoctor test listener: port %1 closed early, as asked. %n connections arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tcpdoctor test listener: port %1 closed, its time is up. %n connection(s) arrived.</source>
        <translation>
            <numerusform>tcpdoctor test listener: port %1 closed, its time is up. %n connection arrived.</numerusform>
            <numerusform>tcpdoctor test listener: port %1 closed, its time is up. %n connections arrived.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the port once, after --serve: tcpdoctor listen --serve 8080 --for 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json does not go with --serve: the test listener reports as it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test listener opens one address, or every address when --address is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for takes seconds from 1 to %1, for example --for 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for goes with --serve: tcpdoctor listen --serve PORT --for SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one port, for example: tcpdoctor listen 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--address says which address clients use for a port: tcpdoctor listen PORT --address ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of listening sockets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answers every connection with one line naming tcpdoctor, keeps it open and sends back what it receives (for tcpdoctor idle). It is not your real service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  connection %2 from %3: greeted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  tcpdoctor listen                      every listening TCP port of this computer, with its program
  tcpdoctor listen PORT [--address ADDR] is anything listening on PORT, on which address, can
                                        other computers connect? (ADDR: the address clients use)
  tcpdoctor listen --serve PORT [--for SECONDS] [--address ADDR]
                                        open PORT for a while (default 60 s, at most %1) with a test
                                        listener that greets every connection and sends back
                                        what it receives; Ctrl-C closes it
  --json                                the result as JSON (tcpdoctor-listen/1) and nothing else

Exit codes: 0 listen.ok (or the list), 1 another listen verdict, 2 bad input or a port in use,
3 tcpdoctor itself failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenText</name>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE / PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>tcpdoctor: %n listening TCP socket(s) on this computer</source>
        <translation>
            <numerusform>tcpdoctor: %n listening TCP socket on this computer</numerusform>
            <numerusform>tcpdoctor: %n listening TCP sockets on this computer</numerusform>
        </translation>
    </message>
    <message>
        <source>tcpdoctor: port %1 on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on port %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on ports nearby:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections from this computer to port %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict code: %1 (layer: %2). Checked in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>tcpdoctor: this build has no wizard; run &quot;tcpdoctor --help&quot; for the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor: no translation for &quot;%1&quot;; available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor: the output could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor: the output could not be written (the disk may be full, or the program reading it stopped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no display here to open the wizard on (no DISPLAY or WAYLAND_DISPLAY); the command line works: run &quot;tcpdoctor --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Many</name>
    <message>
        <source>Cannot read the target list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target list %1 is larger than 16 MB: split it into smaller lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target list %1 has no targets (one a line, # starts a comment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets to check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This process may open only %1 files at once (ulimit -n), too few to check a list: it needs at least %2. Raise the limit, for example with &quot;ulimit -n 1024&quot;, or check the targets one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the first %1 of %2 targets are printed above; the rest were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetConfigText</name>
    <message>
        <source>Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile broadband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <source>If it still does not work, send the report of this check to %1: it shows them where to look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whoever runs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your IT support (or whoever looks after this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 is at work or at school, connect the VPN first, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from the network and connect again (switch Wi-Fi off and on, or unplug the cable for ten seconds), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the router: switch it off, wait ten seconds, switch it on, and wait until its lights are steady.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers on port %2: the connection works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this computer, right now, the connection to %1 works, and nothing on the way blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a program still cannot connect, check that it uses the same name and port: %1, port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the problem is in that program or its settings (a sign-in, a password, a proxy setting): ask whoever looks after the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers, but not on every way to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be reached, but only some of its addresses work. Programs may be slow to connect, or fail now and then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your program works, there is nothing to do now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has run out of connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs on this computer have opened so many connections that no new one can start. It is not the network and not the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close programs you do not need, or restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it happens again, send the report of this check to %1: a program keeps opening connections and never closes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not know the way to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no way to send anything to %1. Usually the network connection is incomplete, or %1 can only be reached through a VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 let the connection in, then ended it at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer and the network are fine: %1 was reached. Then the program on it, or a security device in front of it, ended the connection. The problem is on the server&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes: the service may be restarting or busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reachable, but nothing answers on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer and the network are fine: %1 was reached, and it said no. No program there takes connections on port %2: the service is stopped, or it uses another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the port number you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes: the service may be starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall turned the connection to %1 away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall, on %1 or on the network in between, refuses connections to port %2 from your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use a VPN, a guest Wi-Fi or a mobile hotspot, try from your usual network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing came back at all. Most often a firewall, on %1 or on the way to it, silently blocks this port; sometimes the address is wrong or the server is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name or address and the port you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be found on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network could not deliver anything to %1: it is switched off, not connected, or has a new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 is switched on and connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name or address you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network of %1 cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network on the way has no path to %1. It is not your computer and not the server: it is the network in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your internet provider&apos;s or your IT support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot look up names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name like %1 has to be turned into an address first, and this computer has no service set up to do it. Usually the network connection is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network did not look up the name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer asked the network for the address of %1 and got no usable answer. The network&apos;s name service is not working for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be looked up right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network answered, but could not find out the address of %1. This is usually a problem with the name&apos;s own settings, not with your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address is known for this name. Often it is a typing mistake, or the name is only known inside a company network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address this computer can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name exists, but it leads to no address this computer and this network can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked by a filter on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network deliberately does not give out the address of %1. Schools, companies, parental controls and some security software block sites this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you think this is a mistake, ask whoever runs this network, or check your security software and parental controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting on this computer sends %1 to the wrong place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file on this computer (the hosts file) gives %1 an old address, so the computer never asks the network for the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads to the wrong address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address this computer got for %1 is not the right one: an old entry somewhere, or a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the computer and the router, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security software on this computer blocked the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection never left this computer: its firewall or security software did not let it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your security software (antivirus, firewall) and look for a blocked program or connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection is not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is still connecting to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cable and no Wi-Fi connection is working, so nothing can go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug the network cable in at both ends, or switch Wi-Fi on and choose your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the router is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network did not give this computer an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer is connected, but the router did not give it an address, so it cannot talk to anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If other devices have the same problem, the router needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot reach its router, the box everything else goes through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the router is switched on and its lights look as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network wants you to sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network (a hotel, a train, a guest Wi-Fi) shows a page in the browser where you sign in or accept its terms. Until then, nothing else gets through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a web browser and follow the page that appears, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can only be reached through this network&apos;s proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direct way is closed. Connections must go through the relay this network provides (a proxy), and the program is not set to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the program to use the system&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy set on this computer does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is set to send connections through a relay (a proxy) that cannot be reached. Often it is an old setting from another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are not on your work network, switch the proxy off in the system&apos;s network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy wants you to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay (proxy) this network uses asks for a user name and password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your work user name and password where the program asks for the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy will not connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay (proxy) this network uses does not allow connections to %1, port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy cannot reach %1 either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer reached this network&apos;s relay (proxy) fine, but it could not connect to %1 either: the problem is beyond it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large pieces of data from %1 get lost on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small messages get through, but larger ones are lost: pages start to load and then hang. A device on the way, often a VPN or a router, is set up wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use a VPN, try without it (or the other way round).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 of %2 does not offer a secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (encrypted) connection was expected, but the service on this port does not offer one. The address or the port is probably wrong, for example https:// for a page that is only http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and the port you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection could be made with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was reached, but your computer and the server could not set up the encryption. Often one side is too old, or a device on the way interferes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the program (or the browser) and the system, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock may be wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security certificate of %1 is not valid yet by this computer&apos;s clock. The date or time zone of this computer is more likely wrong than the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date, time and time zone of this computer, and let it set the time automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security certificate of %1 has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs refuse the connection, because an expired certificate no longer proves who the server is. Only whoever runs %1 can renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If other sites fail too, check this computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not trust the security certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server shows a certificate that this computer cannot check. On a work network this is often a company certificate that is not installed; elsewhere it can mean that someone is listening in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ignore the warning or enter passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security certificate of %1 is for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server shows a certificate made out to another name. Either the name you use is not the one the server expects, or the server is set up wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets the connection in, but the service does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer and the network are fine. The program on the server says nothing: it may be stuck or overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website at %1 answers with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works and the server answers, but with an error page. The problem is in the website itself, not in the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no answer yet: the check was stopped, or it could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing came back on this port. %1 is switched on (it answers on other ports), so a firewall, on it or on the way to it, most likely blocks this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: the connection itself was not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only trying the connection shows whether %1 can be reached, and this check left that out. What was checked found nothing wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again with every step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortStep</name>
    <message>
        <source>Not tried: the name lookup gave no address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts connections on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall at %1 rejected the connection to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no way to the network of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer did not let the connection to %1 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted, then reset the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted, then closed the connection at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake round trip: %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no address to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 accepts connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 accepts connections on %2 of %3 addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the service is running on the server and really uses port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether the firewalls allow port %1 from your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the administrator of %1 to allow port %2 from your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the computer is switched on and that the address is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the VPN; ask the network administrator about the route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s firewall and security software for a rule blocking port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the service&apos;s log: it may refuse your address or be failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the service&apos;s log and whatever sits in front of it (proxy, load balancer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN tries: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It then reset the connection in the middle of its greeting (after %n byte(s)).</source>
        <translation>
            <numerusform>It then reset the connection in the middle of its greeting (after %n byte).</numerusform>
            <numerusform>It then reset the connection in the middle of its greeting (after %n bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered that port %2 is closed (ICMP port unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered for %2 that port %3 is closed (ICMP port unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the service is running on the server and that its firewall allows port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent back: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s connection had just come up: the test waited %1 s for it to be ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 local ports this computer picks from (%3 to %4) are taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) to the same address and port %1 hold one each.</source>
        <translation>
            <numerusform>%n connection to the same address and port %1 holds one.</numerusform>
            <numerusform>%n connections to the same address and port %1 hold one each.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s TCP connections by state: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer had no free local port for the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connections of this computer could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost every local port of this computer is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When none is left, new connections fail at once. Close programs that open many connections, or restart the one that holds most of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyStep</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting comes from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy calls itself %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 opens the way to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It accepted the SOCKS request in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answered %1 in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password in the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 wants a sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs that cannot sign in to it are turned away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 will not connect to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It closed the connection without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 cannot reach %2 either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It took the request but had not answered after %1 s: it was still trying to reach %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name does not resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answers there, but not as a proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its port did not take the connection (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every program that follows this setting fails, browsers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 is of a kind this version cannot test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 could not be tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in page holds the way out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered as it does on a free network (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in page holds the way out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 instead of letting the request through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sends browsers to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a browser, go to %1 and accept the terms or sign in on the page that appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a sign-in page holds the way out could not be told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2, which proves nothing either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the automatic configuration script %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic proxy detection (WPAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy given to this check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system-wide proxy setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proxy setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting is the environment variable %1: change or remove it where it is set (a shell profile such as ~/.bashrc or /etc/environment, or the system&apos;s environment variables on Windows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy address given to this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it in Settings › Network › Network Proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it in System Settings › Network › Proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it in Settings › Network &amp; Internet › Proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it in System Settings › Network › (your connection) › Details › Proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy comes from an automatic configuration script: its administrator decides which proxy it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it in this computer&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy settings left aside (--no-proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy given is not a proxy address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the proxy (an automatic configuration script or automatic detection) took longer than %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy for %1: programs connect directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy is set in the environment or in this computer&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends this address directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in page check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an http:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; proxy settings (Internet Options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy settings of macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager reports a sign-in page on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager reports a free way to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager reports this network, but no way to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager reports no network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager still reported a sign-in page; it checks only every few minutes, so this answer is the newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager sees the sign-in page too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager reports a sign-in page on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager&apos;s own connectivity check found a sign-in page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a browser and go to any address starting with http://, then accept the terms or sign in on the page that appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s message bus is not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager gave an answer that is not a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s message bus did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>This is not a tcpdoctor report (no &quot;schema&quot;: &quot;tcpdoctor-report/1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no target or no verdict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>A PDF report needs tcpdoctor&apos;s graphics support, which is not running here; save the report as .html and print that to PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor report: %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw data of this report (tcpdoctor-report/1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this version does not have this step yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there was no address to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: the handshake completed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the server answered with RST after %1 (nothing listens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in %1 (SYN sent %2 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (said by this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ICMP from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by this computer&apos;s firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, then reset by the server (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, then closed at once by the server (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route to the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report was redacted: public IP addresses, MAC addresses, host names, Wi-Fi names, this computer&apos;s name and the user&apos;s name were replaced by placeholders (public-ip-1, mac-1, host-1, wifi-1, this-computer, user-1). The same value has the same placeholder everywhere. Private and documentation addresses and ports are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict code: %1 (layer: %2). Checked in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, tcpdoctor %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1, took %2 ms, on %3, tcpdoctor %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1; took %2 ms; tcpdoctor %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why tcpdoctor thinks so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the problem is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake, address by address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps to run for it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by tcpdoctor %1. This page contains no scripts and loads nothing from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN-ACK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACK: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST: nothing listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST: the server cut the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN: the server closed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN stopped by this computer&apos;s firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN not sent: nobody has this address here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN not sent: no route to this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the connection goes, and where it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the problem is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer and %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When each step ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: started at %2, took %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Nothing that was there before has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor cannot write &quot;%1&quot; files: use a name ending in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports are about different targets: %1, then %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict changed from &quot;%1&quot; (%2) to &quot;%3&quot; (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: was %2, now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New address %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: was %2; now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address %1 was not tried any more (it was: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 (%2) with %3 (%4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: the same verdict (%1), the same results for every step and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something got worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing got worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON report: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tcpdoctor report (its schema is &quot;%2&quot;, expected &quot;tcpdoctor-report/1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that name is a link to another file; give the name of a real file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is not an ordinary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: too large to be a tcpdoctor report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no verdict: it is not a whole tcpdoctor report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ServerHello, certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate: expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate: not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate: not trusted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate: for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer that is not TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN: closed instead of answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN: closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a new connection: ClientHello (TLS hello)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a new connection: HEAD /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIN: closed without a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: large packets lost on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>again, small packets (%1 bytes): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no try with small packets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wants a sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only through the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all of them are in the raw data at the end)</source>
        <translation>
            <numerusform>… and %n more (it is in the raw data at the end)</numerusform>
            <numerusform>… and %n more (all of them are in the raw data at the end)</numerusform>
        </translation>
    </message>
    <message>
        <source>wired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel (VPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, %1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cable or signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link-local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interface has a working link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working links: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but not ready yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN tunnels up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited %1 for a link that was still coming up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is this computer itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no route to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing table rejects %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route to %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the local network: packets go straight out of %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets to %1 go through the router %2 on %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the router %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router %1 answered (%2) in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The router %1 did not answer (%2, %n tries).</source>
        <translation>
            <numerusform>The router %1 did not answer (%2, %n try).</numerusform>
            <numerusform>The router %1 did not answer (%2, %n tries).</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbour table: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another device uses it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default gateway is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy is set in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has no addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the system&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses found (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address was found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS servers asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured DNS servers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured DNS servers (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts file %1 says %2 (line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers that block the name (a filter): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected address %1 is among the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected address %1 is not among the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy opened the way to the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy asks for a sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy could not reach the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy&apos;s port did not take the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answered, but not as a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this kind of proxy cannot be tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expected answer: no sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-in page answered instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-in page answered instead, from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected answer (%1), which proves nothing either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings were left out on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy to test was given: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy is configured: programs connect directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy settings (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting carries a sign-in (not shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They could not be read completely: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading them took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(it said %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It calls itself %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page check at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page title: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager says: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager could not be asked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewalls on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To look yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let the connection through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may block the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The rules on this computer (%n read) %1.</source>
        <translation>
            <numerusform>The rules on this computer (%n rule read) %1.</numerusform>
            <numerusform>The rules on this computer (%n read) %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules that match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path trace (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hop answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (the host is up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 on %2 (the reference host): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ports tried: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each address had up to %1; the test took %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It first waited %1 for a connection that had just come up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer has %n connections open</source>
        <translation>
            <numerusform>This computer has %n connection open</numerusform>
            <numerusform>This computer has %n connections open</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 local ports (%3–%4) are taken, %5 of them to this target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local ports could not be counted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handshake succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not speak TLS on this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it greeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it said nothing first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2: %3, after %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions tried: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the alert %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the certificate check said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates, the server&apos;s first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate covers %1 and %n more names.</source>
        <translation>
            <numerusform>The server&apos;s certificate covers %1 and %n more name.</numerusform>
            <numerusform>The server&apos;s certificate covers %1 and %n more names.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate covers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ends in %1, an authority added on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service greeted with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer: %1 (server %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it stalled too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this system cannot choose the segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried again with small segments (%1 bytes): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The route goes out of %1, MTU %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(started %1 into the check, took %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: the raw data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the steps gathered, as tcpdoctor saves it in a .json report (the tcpdoctor-report/1 format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the raw data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the steps gathered is attached to this PDF as %1 (the tcpdoctor-report/1 format): your PDF reader lists it with the attachments (often a paper clip), where it can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled: you stopped it or closed the window. The steps that had finished keep their answers; the others did not get to look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check again to get a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped the check (or closed the window), so there is no answer yet. The steps that had finished keep their answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again to get an answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCli</name>
    <message>
        <source>--metrics takes this computer&apos;s address and a port, like 127.0.0.1:9116 or just 9116 (loopback), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve takes no target: the targets come with each request (/probe?target=HOST:PORT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to serve: tcpdoctor serve --metrics 127.0.0.1:9116</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-in-flight must be a whole number from 1 to 256, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a whole number of milliseconds from 100 to 60000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which target to check: /probe?target=HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many checks at once (%1 running, more waiting); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 port %2: it is in use, or not an address of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor exporter on http://%1/probe?target=HOST:PORT (and /metrics). At most %2 checks at once. Ctrl+C stops it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: other computers can reach it and make this computer check any target; limit who may connect (a firewall rule for your Prometheus server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor exporter stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceStep</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake worked (%1), and the certificate is valid for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS works: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Certificate issued by %1, valid until %2 (%n day(s) left).</source>
        <translation>
            <numerusform>Certificate issued by %1, valid until %2 (%n day left).</numerusform>
            <numerusform>Certificate issued by %1, valid until %2 (%n days left).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>The certificate expires in %n day</numerusform>
            <numerusform>The certificate expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the certificate must be renewed before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service on port %1 does not speak TLS: it answered the TLS hello with something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was made, but the TLS hello got no answer in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the alert &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection instead of answering the TLS hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is only valid from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer (issued by %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for %1; it covers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate comes from an authority added on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the authorities that come with the system. It is your organisation&apos;s own authority, or a company proxy or security software that inspects encrypted connections. Browsers use this computer&apos;s list and work; programs with a list of their own (Java, Python, Node.js, git) do not know it and fail with certificate errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For such a program, add the authority to its own list: Java with keytool -importcert into its cacerts; Python with the REQUESTS_CA_BUNDLE or SSL_CERT_FILE variable; Node.js with NODE_EXTRA_CA_CERTS; git with http.sslCAInfo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service greeted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service closed the connection without a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepted the connection but said nothing in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered, but not in HTTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service closed the connection without answering the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer the request in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried: no connection to the port was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried: the TLS check was turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried: tcpdoctor has no check for the service on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried: this computer&apos;s TLS library could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large packets from the server are lost on the way. %1 got no answer, then worked on a connection that asks for small packets (at most %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small packets pass, large ones are lost (a path MTU black hole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer sends through %1, MTU %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second try with small packets got no answer either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor could not try again with small packets on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second try with small packets could not connect (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the authority %1 came with the system or was added on this computer could not be checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer keeps it in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Web (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure web (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote shell (SSH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Desktop (RDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows file sharing (SMB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server to server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending mail (SMTP submission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mail (IMAP over TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL / MariaDB database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File transfer (FTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS over TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mail (POP3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mail (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory (LDAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory over TLS (LDAPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending mail over TLS (SMTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mail over TLS (POP3S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Remote Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen sharing (VNC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message queue (AMQP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web, alternative port (8080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure web, alternative port (8443)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oracle database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NFS file sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing (IPP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephony (SIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat (XMPP)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsGuard</name>
    <message>
        <source>all settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of recent targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choices on the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some saved settings were damaged and have been reset: %1. Nothing else was affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved settings could not be read and were reset to the defaults. Nothing else was affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in page check address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to try next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — taking longer than its %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — up to %2 s, %3 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepWait</name>
    <message>
        <source>Looking at this computer&apos;s network connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this computer&apos;s addresses and asking its router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the proxy settings and looking for a sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n addresses of %1</source>
        <translation>
            <numerusform>%n address of %1</numerusform>
            <numerusform>%n addresses of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for an answer from %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at this computer&apos;s firewall and where on the way to %1 the connection stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the service on %1 port %2 to answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Not checked: left out with --steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet: this version of tcpdoctor does not have this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the check was stopped before this step finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy and sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>The computer name is missing: write it before the port, like example.com:443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computer name cannot contain spaces: check what you pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an IPv6 address but is not a valid one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address: it needs four numbers from 0 to 255, like 192.0.2.10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots: check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid computer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long: a computer name has at most 253 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the name is too long: each part between dots has at most 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters a computer name cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid computer name: a part cannot start or end with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is missing: add it after a colon, like example.com:443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number: ports are whole numbers from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 0 cannot be reached: use a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 does not exist: ports go from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number or a service tcpdoctor knows: use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the name or address of the computer you want to reach, like example.com:443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you entered contains invisible control characters: type the name again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This web address is not valid: check what you pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address has no computer name in it: it should look like https://example.com/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor does not know which port &quot;%1://&quot; uses: add it, like %1://%2:PORT/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has a &quot;[&quot; but no closing &quot;]&quot;: write IPv6 addresses like [2001:db8::1]:22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is missing after the colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after &quot;]&quot;: write IPv6 addresses like [2001:db8::1]:22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has a &quot;]&quot; but no opening &quot;[&quot;: write IPv6 addresses like [2001:db8::1]:22.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different ports were given (%1 and %2): give only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which port? Write IPv6 addresses with the port like [2001:db8::1]:22, or give --port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which port? Add it after a colon, like %1:443, or choose a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no network interface &quot;%1&quot; (the part after % in %2): use the name or number of one of its interfaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid computer name: write the port after one colon, like example.com:443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computer name cannot contain spaces. Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computer name cannot contain spaces: write the name, a colon and the port, like example.com:443.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpStates</name>
    <message>
        <source>open (ESTABLISHED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed, keeping their port for a while (TIME_WAIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the other side, not yet by the program (CLOSE_WAIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting (SYN_SENT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half-open (SYN_RECV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening (LISTEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>refused (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, then reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted, then closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch was stopped before its first attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it again and let it run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer a single time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n attempt(s) made a connection (%1). This is not a problem that comes and goes: the connection does not work at all right now.</source>
        <translation>
            <numerusform>The %n attempt did not make a connection (%1). This is not a problem that comes and goes: the connection does not work at all right now.</numerusform>
            <numerusform>None of the %n attempts made a connection (%1). This is not a problem that comes and goes: the connection does not work at all right now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor diagnose %1&quot; to find out where it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the watch again with --until-open and a longer --duration to be told when it works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 works only sometimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 attempts made a connection; the others failed (%3). The longest outage lasted %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The name led to %n different address(es): %1. If the failures are all on one of them, that server (or its way) is the broken one.</source>
        <translation>
            <numerusform>The name led to %n address: %1.</numerusform>
            <numerusform>The name led to %n different addresses: %1. If the failures are all on one of them, that server (or its way) is the broken one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts without any answer mean packets were lost or dropped: a congested or faulty link, Wi-Fi, or a firewall or server that is overloaded. Run the watch from another network to see which side it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused attempts mean the service was not there at that moment: it restarts, crashes, or one of several servers behind the name has it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the times of the failures to the administrator of the server or the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every attempt worked, but %n of them took about a second or more</source>
        <translation>
            <numerusform>Every attempt worked, but %n of them took about a second or more</numerusform>
            <numerusform>Every attempt worked, but %n of them took about a second or more</numerusform>
        </translation>
    </message>
    <message>
        <source>A handshake that takes about 1 s or 3 s while the others take %1 means the first packet (SYN or SYN-ACK) was lost and sent again after the system&apos;s waiting time: packets are being lost on the way. Programs feel this as random slowness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the loss: Wi-Fi signal, a faulty cable, a full link (large downloads), or an overloaded server or firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the watch from another computer on the same network: if it is slow there too, the problem is not this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 worked every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n attempt(s) made a connection, in %1 to %2.</source>
        <translation>
            <numerusform>The %n attempt made a connection, in %1 to %2.</numerusform>
            <numerusform>All %n attempts made a connection, in %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>If a program still fails now and then, the problem is above the connection: the service&apos;s answers, a proxy, or the program&apos;s own time-outs. Keep the watch running (--duration) while it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 attempts made a connection (%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake times: shortest %1, median %2, 95 % under %3, longest %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n attempt(s).</source>
        <translation>
            <numerusform>Stopped after %n attempt.</numerusform>
            <numerusform>Stopped after %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by a firewall (ICMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host unreachable (ICMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 step by step to find out where it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch again with more attempts to be told when it works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works now: try your program again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It made a connection at attempt %1, after %n failed attempt(s) (%2) over %3 s.</source>
        <translation>
            <numerusform>It made a connection at attempt %1, after %n failed attempt (%2) over %3 s.</numerusform>
            <numerusform>It made a connection at attempt %1, after %n failed attempts (%2) over %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>If a program still fails now and then, the problem is above the connection: the service&apos;s answers, a proxy, or the program&apos;s own time-outs. Watch with more attempts while it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a saved watch (not JSON): save the watch again as JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is damaged (an attempt without its number, time or outcome).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no attempts of a watch in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchCli</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one target to watch, like: tcpdoctor watch example.com:443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --count or --duration, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>for %n second(s)</source>
        <translation>
            <numerusform>for %n second</numerusform>
            <numerusform>for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 %2, every %3 ms%4. Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, until it works</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::core::TestListener</name>
    <message>
        <source>The test listener needs a port from 1 to 65535 and a time from 1 to %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Give one of this computer&apos;s addresses, or leave it out for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address of this computer (its addresses: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is in use: %2 listens there. Stop that program first, or test another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is in use by a program the system does not show to this user. Stop it first, or test another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user may not open port %1: ports below 1024 need administrator (root) rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test listener could not open port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::BatchPage</name>
    <message>
        <source>&amp;Open a list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a list of endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># one target a line; # starts a comment
example.com:443
192.0.2.10:3389</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One target a line: a name or address and a port. Lines starting with # are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the list from a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every target in the list now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking; the answers so far stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the results as a Markdown table, CSV for a spreadsheet, or JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the results as a Markdown table to paste into a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a target to run the whole checklist on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results, one row a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a list of targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown table (*.md);;CSV for a spreadsheet (*.csv);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the table (%n row(s)).</source>
        <translation>
            <numerusform>Copied the table (%n row).</numerusform>
            <numerusform>Copied the table (%n rows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has no targets yet: write one a line, for example example.com:443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has %1 targets; tcpdoctor checks at most %2 at a time: split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checked: %3 reachable, %4 with a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that are not targets: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB, much larger than a list of targets. If it is one, split it into smaller lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses a program needs, one a line, pasted or opened from a text file: tcpdoctor checks them all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::CheckAllPage</name>
    <message>
        <source>Checking everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1, port %2. This takes a few seconds at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::CompareDialog</name>
    <message>
        <source>What changed since the earlier report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the report of %1: the same verdict, the same results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something got worse since the report of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing got worse since the report of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an earlier JSON report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor JSON reports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::DetailsView</name>
    <message>
        <source>Show raw data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy raw data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data exactly as the check recorded it (JSON), for an administrator or a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the raw data (JSON) to paste it into a ticket or a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide raw data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::ExplainPage</name>
    <message>
        <source>&amp;Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the message the program showed, as it is: stack traces and log lines around it do no harm. tcpdoctor explains what happened to the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example  No connection could be made because the target machine actively refused it. (localhost:5001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist steps that matter most here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised from: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message does not say which computer it tried to reach: you can type it when you start the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message names %1, port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message names %1, but no port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who holds port %1 on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what listens on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the certificate of %1 step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::ExportDialog</name>
    <message>
        <source>&amp;Hide addresses and names (redact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy ticket summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML): everything, with diagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document: the same, for printing and attaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown: short, for a ticket or a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text: short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON: every detail, for scripts and for comparing later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces public IP addresses, MAC addresses, host names, this computer&apos;s name and your user name by placeholders such as public-ip-1 and host-1. Private addresses and ports stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a short Markdown summary on the clipboard, ready to paste into a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket summary (Markdown) is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::HandshakeDiagram</name>
    <message>
        <source>Handshake diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::IdlePage</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections drop after a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a connection that dies when a program was silent for a while (errors 10053 or 10054 after a break): tcpdoctor keeps connections silent for longer and longer pauses and finds out how long one survives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example  db.example.com:5432  or  192.0.2.10:3389</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer and port whose connections drop, such as a database or a remote desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest pause to try. The test takes this long; choose at least the pause after which your program fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop; what was found so far stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Computer and port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Longest pause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the computer and port whose connections drop, like db.example.com:5432.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) to %1 are open and silent. Each sends one byte when its pause is over. About %2 left.</source>
        <translation>
            <numerusform>%n connection to %1 is open and silent. It sends one byte when its pause is over. About %2 left.</numerusform>
            <numerusform>%n connections to %1 are open and silent. Each sends one byte when its pause is over. About %2 left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pauses to try: %1. Start opens one connection for each; it takes about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent, %1 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking whether the byte arrives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before every pause was over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 step by step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::LanguageButton</name>
    <message>
        <source>Language of the texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::PathDiagram</name>
    <message>
        <source>Path diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::PhysicalChecksWidget</name>
    <message>
        <source>Push the network cable in until it clicks, at both ends (this computer and the router or wall socket). On Wi-Fi, choose your network in the network menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the router off, wait 30 seconds, switch it on again and wait two minutes. If the internet light stays off or red, call your internet provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no device gets online, the router or the internet connection is the problem, not this computer: restart the router, or call your internet provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the network itself works: the problem is on this computer, or only with what you are trying to reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some things only you can check. Have a look, then answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the network cable plugged in firmly at both ends (or, on Wi-Fi, is this computer connected to your Wi-Fi network)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the cable from this computer to the router or wall socket and press both plugs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the lights on the router or modem on as usual?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually the power and internet lights are on (green or white); a red or dark internet light means no internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do other devices on the same network (for example a phone on the same Wi-Fi) get online?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a well-known website on another device connected to the same router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::ServerPage</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a test listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the test listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is anything listening on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the server side: which programs accept connections, on which port and address. Leave the port empty to see every listening port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port or service, for example 22, 5432 or https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: address, port, program...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the real service is stopped: opens the port for a while and answers every connection with a greeting, so a client can tell a stopped service from a blocking firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test listener open on %1, port %2: it closes in %3 s. Run &quot;tcpdoctor diagnose&quot; on a client now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Test listener open: it closes in %1 s. %n connection(s) so far.</source>
        <translation>
            <numerusform>Test listener open: it closes in %1 s. %n connection so far.</numerusform>
            <numerusform>Test listener open: it closes in %1 s. %n connections so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test listener stopped. %n connection(s) arrived.</source>
        <translation>
            <numerusform>Test listener stopped. %n connection arrived.</numerusform>
            <numerusform>Test listener stopped. %n connections arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test listener closed, its time is up. %n connection(s) arrived.</source>
        <translation>
            <numerusform>Test listener closed, its time is up. %n connection arrived.</numerusform>
            <numerusform>Test listener closed, its time is up. %n connections arrived.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking port %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listening socket(s) on this computer, read in %1 ms.</source>
        <translation>
            <numerusform>%n listening socket on this computer, read in %1 ms.</numerusform>
            <numerusform>%n listening sockets on this computer, read in %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every listening port of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a port above to check it: tcpdoctor then says whether other computers can connect to it, and what to change if not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this system holds this socket (the kernel, or another container).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: the system tells only an administrator which program this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the port to open first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening port %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::SettingsDialog</name>
    <message>
        <source>None: TCPDOCTOR_PORTAL_URL=off turns the check off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager&apos;s connectivity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; own connectivity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable TCPDOCTOR_PORTAL_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public check address; this computer names none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in pages (hotels, guest Wi-Fi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check asks a check address whether a sign-in page holds the way out. It is one plain web request; nothing about you or the target is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this computer&apos;s check address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this check address (your company&apos;s own, for example):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not look for sign-in pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the check address, or choose another option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check address must start with http://, not https://: sign-in pages can only answer plain web requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address. It must look like http://portal-check.example/generate_204.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://portal-check.example/generate_204</source>
        <comment>an example address; keep it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::StepPage</name>
    <message>
        <source>First the physical connection: without a working cable or Wi-Fi link nothing else can work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the IP configuration: this computer needs an address and a way (a gateway) to other networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the name: the name must be turned into the right address before a connection can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the firewalls: a firewall here or on the way can stop the connection, often silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the network cable plugged in at both ends, or is Wi-Fi switched on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the lights on the router and on the computer&apos;s network socket on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do other devices in the same place work (a phone on the same Wi-Fi)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did anything change recently: a new router, a new network, a VPN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can you open other websites by name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you type the name exactly as given to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is security software installed (antivirus, endpoint protection)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did this ever work from this computer? Since when does it fail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the name lookup before trying the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every check now; the steps that already finished keep their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly does the program or browser say: a certificate warning, or does it just wait?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the way out: does this computer go through a proxy, and does a sign-in page (hotel, guest Wi-Fi) hold the way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the website or program work in a browser, but not in this program (or the other way round)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this a hotel, guest or public Wi-Fi that showed a page to accept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the port test: we try the connection itself and watch what answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finally the service: once connected, does it answer as it should (a secure connection with a valid certificate, a greeting, a web page)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connections of this computer: cable, Wi-Fi, and whether they are up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s addresses, its router, and whether it has a way to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of %1: the hosts file, and the name servers this computer asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy settings for %1 port %2, and whether a sign-in page holds the way out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s firewall, and where on the way to %1 the connection stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection to %1 on port %2: which answer came back, and how fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the service on %1 port %2 says once the connection is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First the port test (the firewall check looks at what it saw): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First the port test (the service is checked once a connection works): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has an address and a way out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The way out is clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firewall stopped the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answers as it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly fine, but something is not quite right: the details say what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no working address or no way out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name could not be turned into an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The way out through the proxy or a sign-in page is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall stops the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection does not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not answer as it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed this time, or not possible: the details say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check could not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more than the result above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::SummaryPage</name>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ticket summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as HTML, PDF, Markdown, text or JSON, optionally redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a short summary (Markdown) to paste into a ticket or a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the whole check again and show what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the first page to check something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict changed: before &quot;%1&quot;, now &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: was %2, now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(layer: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a report saved earlier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a JSON report saved before (today, last week, on the caller&apos;s computer) and see what is different now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In technical terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps for an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::TargetPage</name>
    <message>
        <source>What are you trying to reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the name, web address or IP address you cannot connect to. tcpdoctor will check the connection step by step and tell you what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example  example.com,  https://example.com/,  192.0.2.10:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port number or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Computer or address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port or service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor will check %1, port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step by step: explain each check as it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;everything at once and show the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it: tcpdoctor says what it means and what to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what listens here, on which address, and open a test port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name, web address or IP address you cannot connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port number, or choose the kind of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets you checked before: click one to fill in the boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am checking my own connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am helping someone (helpdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am an administrator: show all evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk mode adds the questions to ask the caller; administrator mode opens every detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is checking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a list of endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every address a program needs, checked at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works only sometimes: connect again and again and see when it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor will check %1, port %2 (from the port box; the address alone means port %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name or address you cannot reach, like example.com or 192.0.2.10:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections drop after a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program loses its connection after a quiet while: find out how long one survives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::WatchPage</name>
    <message>
        <source>Stop and &amp;tell me as soon as it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a saved watch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a connection that works only sometimes: tcpdoctor connects again and again, draws how long each connection took, and says what it saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example  example.com:443  or  192.0.2.10:3389</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer and port to connect to, again and again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times to connect (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from the start of one attempt to the start of the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a server that is down: the watch ends at the first connection that works, and the window asks for your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching; what was seen so far stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a watch saved earlier as JSON Lines (from this window or tcpdoctor watch --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every attempt as CSV for a spreadsheet, or JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times, every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Computer and port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the computer and port to watch, like example.com:443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 connected (%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually %1, 95 % under %2, slowest %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest outage: %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n attempt(s).</source>
        <translation>
            <numerusform>Stopped after %n attempt.</numerusform>
            <numerusform>Stopped after %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check %1 step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB, larger than any saved watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: a watch that began %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tcpd::ui::WatchPlot</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 s: a lost packet was sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of each connection appears here, one mark per attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s): %1.</source>
        <translation>
            <numerusform>%n attempt: %1.</numerusform>
            <numerusform>%n attempts: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcpd::ui::Wizard</name>
    <message>
        <source>tcpdoctor: why can&apos;t I connect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the sign-in page check asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tcpdoctor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of this check has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report to keep it (for a ticket, or to compare later), or close without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
