<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Cli</name>
    <message>
        <source>tcpdoctor %1: find out why a TCP connection fails, and what to do about it.

Usage:
  tcpdoctor                             open the wizard
  tcpdoctor diagnose TARGET [options]   run the checklist on TARGET and print the result
  tcpdoctor --version | --help

TARGET is what you would paste: example.com:443, &quot;example.com 443&quot;, https://example.com/,
192.0.2.10:8080, [2001:db8::1]:22, or a name with --port. Service names work as ports (ssh, rdp...).

Options for diagnose:
  --port N|SERVICE   the port, when TARGET has none
  --json             print the JSON report (tcpdoctor-report/1) and nothing else on stdout
  --report FILE      also save the report; the format follows the extension (.json .md .txt)
  --timeout MS       time allowed for one connection attempt (default 1500)
  --steps LIST       which checklist steps to run: link,ip,dns,firewall,port (default all)
  --ipv4 | --ipv6    try only IPv4 or only IPv6 addresses
  --lang CODE        language of the texts (de, en, es, fr); codes in JSON never change
  --verbose          log what happens to stderr

Exit codes: 0 reachable, 1 a problem was found, 2 bad input, 3 tcpdoctor itself failed.
Log file: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redact is not available in this version yet; nothing was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--many is not available in this version yet; nothing was checked.</source>
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
        <source>Unknown step &quot;%1&quot;: the steps are link, ip, dns, firewall and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports can be saved as .json, .md or .txt files: &quot;%1&quot; is none of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is an %1 address, but %2 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;tcpdoctor --help&quot; to see what tcpdoctor can do.</source>
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
    <message numerus="yes">
        <source>%1 port %2: no answer to %n SYN tries in %3 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>ICMP type %1 code %2 came from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system error: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The kernel could not send %n SYN retransmission(s) (TcpExt TCPRetransFail).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>We sent a SYN to port %1; instead of the server, %2 answered with an ICMP message saying the connection is not allowed (administratively prohibited). A firewall there rejects this traffic.</source>
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
        <source>the network</source>
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
        <source>We sent SYNs to port %1 and got no answer at all: no SYN-ACK, no RST, no ICMP message. Something on the way silently drops the packets, usually a firewall (on the server, on a router, or a cloud security group). %2</source>
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
</context>
<context>
    <name>DnsStep</name>
    <message>
        <source>The target is an IP address: there is no name to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has no address of the kind asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS servers gave no usable answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system resolver failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system resolver answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>tcpdoctor: no translation for &quot;%1&quot;; texts stay in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor: this build has no wizard; run &quot;tcpdoctor --help&quot; for the command line.</source>
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
    <message numerus="yes">
        <source>%n SYN tries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>Report</name>
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
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor: %1 port %2</source>
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
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict code: %1 (layer: %2). Checked in %3 ms.</source>
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
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1, took %2 ms, tcpdoctor %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcpdoctor cannot write &quot;%1&quot; files yet: use a name ending in .json, .md or .txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The check was cancelled.</source>
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
        <source>A computer name cannot contain spaces: write the name and the port, like example.com 443.</source>
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
</context>
<context>
    <name>tcpd::ui::PortTestPage</name>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
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
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1, port %2, in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(layer: %1)</source>
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
</context>
</TS>
