<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Batch</name>
    <message>
        <source>Not checked in batch mode: it describes this computer, not the target.</source>
        <translation>Im Batchmodus nicht geprüft: Dieser Schritt betrifft diesen Computer, nicht das Ziel.</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Choose a file name ending in .md, .csv or .jsonl.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .md, .csv oder .jsonl.</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Targets: %1. Reachable: %2. With a problem: %3. Not valid: %4. Not checked: %5.</source>
        <translation>Ziele: %1. Erreichbar: %2. Mit Problem: %3. Ungültig: %4. Nicht geprüft: %5.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Mit &quot;tcpdoctor --help&quot; sehen Sie die Optionen.</translation>
    </message>
    <message>
        <source>Which computer should I check? Example: tcpdoctor diagnose example.com:443</source>
        <translation>Welcher Computer soll geprüft werden? Beispiel: tcpdoctor diagnose example.com:443</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds from 50 to 600000, for example --timeout 3000.</source>
        <translation>--timeout erwartet Millisekunden von 50 bis 600000, z. B. --timeout 3000.</translation>
    </message>
    <message>
        <source>Choose --ipv4 or --ipv6, not both.</source>
        <translation>Wählen Sie --ipv4 oder --ipv6, nicht beides.</translation>
    </message>
    <message>
        <source>The target is an %1 address, but %2 was asked for.</source>
        <translation>Das Ziel ist eine %1-Adresse, angefordert wurde aber %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;tcpdoctor --help&quot; to see what tcpdoctor can do.</source>
        <translation>Unbekannter Befehl „%1“. Mit &quot;tcpdoctor --help&quot; sehen Sie, was tcpdoctor kann.</translation>
    </message>
    <message>
        <source>--expect takes the IP address the name should lead to, for example --expect 192.0.2.10.</source>
        <translation>--expect erwartet die IP-Adresse, zu der der Name führen soll, z. B. --expect 192.0.2.10.</translation>
    </message>
    <message>
        <source>--reference takes a computer name or address without a port, for example --reference 192.0.2.10.</source>
        <translation>--reference erwartet einen Computernamen oder eine Adresse ohne Port, z. B. --reference 192.0.2.10.</translation>
    </message>
    <message>
        <source>Reports can be saved as %1 files: &quot;%2&quot; is none of these.</source>
        <translation>Berichte können als %1-Dateien gespeichert werden: „%2“ ist keines davon.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: the report could not be saved there. Nothing was checked.</source>
        <translation>Der Ordner %1 existiert nicht: Der Bericht konnte dort nicht gespeichert werden. Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Give either a target or --many FILE, not both.</source>
        <translation>Geben Sie entweder ein Ziel oder --many DATEI an, nicht beides.</translation>
    </message>
    <message>
        <source>--report saves one report; with --many use --json and redirect the output.</source>
        <translation>--report speichert nur einen Bericht; mit --many stattdessen --json verwenden und die Ausgabe umleiten.</translation>
    </message>
    <message>
        <source>--redact does not work with --many yet; nothing was checked.</source>
        <translation>--redact funktioniert noch nicht mit --many; es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>none (no usable home folder)</source>
        <translation>keine (kein nutzbarer Benutzerordner)</translation>
    </message>
    <message>
        <source>--report %1 is given twice: give each file once.</source>
        <translation>--report %1 ist zweimal angegeben: Geben Sie jede Datei nur einmal an.</translation>
    </message>
    <message>
        <source>Choose --tls or --no-tls, not both.</source>
        <translation>Wählen Sie --tls oder --no-tls, nicht beides.</translation>
    </message>
    <message>
        <source>--sni takes a server name without a port, for example --sni www.example.com.</source>
        <translation>--sni erwartet einen Servernamen ohne Port, z. B. --sni www.example.com.</translation>
    </message>
    <message>
        <source>Choose --proxy or --no-proxy, not both.</source>
        <translation>Wählen Sie --proxy oder --no-proxy, nicht beides.</translation>
    </message>
    <message>
        <source>--proxy takes a proxy&apos;s address, for example --proxy http://proxy.example:3128 or --proxy socks5://192.0.2.1:1080.</source>
        <translation>--proxy erwartet die Adresse eines Proxys, z. B. --proxy http://proxy.example:3128 oder --proxy socks5://192.0.2.1:1080.</translation>
    </message>
    <message>
        <source>Choose --portal-url or --no-portal-check, not both.</source>
        <translation>Wählen Sie --portal-url oder --no-portal-check, nicht beides.</translation>
    </message>
    <message>
        <source>--portal-url takes an http:// address that answers 204 on a free network, for example --portal-url http://192.0.2.1/generate_204.</source>
        <translation>--portal-url erwartet eine http://-Adresse, die in einem freien Netzwerk mit 204 antwortet, z. B. --portal-url http://192.0.2.1/generate_204.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;: the steps are link, ip, dns, proxy, firewall, port and service.</source>
        <translation>Unbekannter Schritt „%1“: Die Schritte sind link, ip, dns, proxy, firewall, port und service.</translation>
    </message>
    <message>
        <source>--steps needs at least one step, for example --steps dns,port (the steps are link, ip, dns, proxy, firewall, port and service).</source>
        <translation>--steps braucht mindestens einen Schritt, z. B. --steps dns,port (die Schritte sind link, ip, dns, proxy, firewall, port und service).</translation>
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
        <translation>tcpdoctor %1: herausfinden, warum eine TCP-Verbindung fehlschlägt, und was dagegen hilft.

Aufruf:
  tcpdoctor                             den Assistenten öffnen
  tcpdoctor diagnose ZIEL [Optionen]    die Prüfliste für ZIEL ausführen und das Ergebnis ausgeben
  tcpdoctor compare ALT.json NEU.json [--json]
                                        was sich zwischen zwei gespeicherten Berichten geändert hat (Exit 1: etwas ist schlechter)
  tcpdoctor diagnose --many DATEI [--json]  eine Liste von Zielen auf einmal prüfen (eines pro Zeile)
  tcpdoctor explain &quot;MELDUNG&quot; [--json]  was eine Fehlermeldung bedeutet (&quot;-&quot; liest sie von stdin)
  tcpdoctor listen [PORT] [--address ADR] [--json]
                                        was auf diesem Computer Verbindungen annimmt, und wo (ohne PORT: alles)
  tcpdoctor listen --serve PORT [--for S] [--address ADR]
                                        ein vorübergehender Test-Listener, nach S Sekunden geschlossen (60)
  tcpdoctor watch ZIEL [--count N | --duration S] [--interval MS] [--until-open] [--json]
                                        immer wieder verbinden: Funktioniert es nur manchmal?
  tcpdoctor idle ZIEL [--max-idle S | --periods LISTE] [--json]
                                        übersteht eine Verbindung eine Pause? (Standard: bis 300 s)
  tcpdoctor serve --metrics [ADDR:]PORT [--max-in-flight N] [--timeout MS]
                                        ein Prometheus-Exporter: /probe?target=HOST:PORT (Loopback, außer mit ADDR)
  tcpdoctor --version | --help

ZIEL ist, was Sie einfügen würden: example.com:443, &quot;example.com 443&quot;, https://example.com/,
192.0.2.10:8080, [2001:db8::1]:22 oder ein Name mit --port. Dienstnamen gehen als Ports (ssh, rdp ...).

Optionen für diagnose:
  --port N|DIENST    der Port, wenn ZIEL keinen enthält
  --json             den JSON-Bericht (tcpdoctor-report/1) ausgeben und sonst nichts auf stdout
  --report DATEI     den Bericht auch speichern; das Format folgt der Endung (.html .pdf .json .md .txt)
  --redact           öffentliche Adressen, MAC-Adressen, Host- und Benutzernamen in allem Ausgegebenen und Gespeicherten maskieren
  --timeout MS       Zeit für einen Verbindungsversuch (Standard 1500)
  --steps LISTE      welche Prüfschritte laufen: link,ip,dns,proxy,firewall,port,service (Standard: alle)
  --tls | --no-tls   nach dem Porttest einen TLS-Handshake ausführen / nie ausführen (Standard: bei https:// und TLS-Ports)
  --sni NAME         der Name, der im TLS-Handshake gesendet und mit dem Zertifikat verglichen wird
  --proxy URL        den Weg nach draußen über diesen Proxy testen (http:// oder socks5://) statt über die Einstellungen des Systems
  --no-proxy         die Proxyeinstellungen des Systems bei der Prüfung außer Acht lassen
  --portal-url URL   die Adresse, an der sich eine Anmeldeseite zeigt (antwortet in einem freien Netzwerk mit 204; Standard: die des Systems)
  --no-portal-check  nicht nach einer Anmeldeseite suchen
  --ipv4 | --ipv6    nur IPv4- oder nur IPv6-Adressen versuchen
  --expect ADR       die IP-Adresse, zu der der Name führen soll: die DNS-Antworten werden damit verglichen
  --reference HOST   wenn der Port blockiert ist, denselben Port auch auf HOST versuchen (ein Computer, bei dem er sicher offen ist)
  --lang CODE        Sprache der Texte (de, en, es, fr); Codes im JSON ändern sich nie
  --verbose          Ablauf auf stderr protokollieren

Exit-Codes: 0 erreichbar, 1 Problem gefunden, 2 ungültige Eingabe, 3 tcpdoctor selbst ist fehlgeschlagen.
Protokolldatei: %2
</translation>
    </message>
    <message>
        <source>This build of tcpdoctor has no exporter (it was built without Qt HttpServer).</source>
        <translation>Diese tcpdoctor-Ausgabe hat keinen Exporter (sie wurde ohne Qt HttpServer gebaut).</translation>
    </message>
</context>
<context>
    <name>CompareCli</name>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Mit &quot;tcpdoctor --help&quot; sehen Sie die Optionen.</translation>
    </message>
    <message>
        <source>Give two saved JSON reports, the earlier first: tcpdoctor compare before.json after.json</source>
        <translation>Geben Sie zwei gespeicherte JSON-Berichte an, den älteren zuerst: tcpdoctor compare vorher.json nachher.json</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>less than 1 ms</source>
        <translation>weniger als 1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 port %2: the handshake completed in %3.</source>
        <translation>%1 Port %2: Der Handshake wurde in %3 abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 port %2: the SYN was answered with RST (connection refused).</source>
        <translation>%1 Port %2: Das SYN wurde mit RST beantwortet (Verbindung verweigert).</translation>
    </message>
    <message>
        <source>%1 port %2: the handshake completed, then the server sent RST.</source>
        <translation>%1 Port %2: Der Handshake wurde abgeschlossen, dann hat der Server RST gesendet.</translation>
    </message>
    <message>
        <source>%1 port %2: the handshake completed, then the server closed the connection without a word.</source>
        <translation>%1 Port %2: Der Handshake wurde abgeschlossen, dann hat der Server die Verbindung wortlos geschlossen.</translation>
    </message>
    <message>
        <source>%1 port %2: this computer did not let the connection out.</source>
        <translation>%1 Port %2: Dieser Computer hat die Verbindung nicht hinausgelassen.</translation>
    </message>
    <message>
        <source>%1 port %2: %3.</source>
        <translation>%1 Port %2: %3.</translation>
    </message>
    <message>
        <source>(system error: %1)</source>
        <translation>(Systemfehler: %1)</translation>
    </message>
    <message>
        <source>An ordinary program would have waited about 21 seconds on Windows, or about 2 minutes on Linux, before showing a time-out; tcpdoctor knew after %1 seconds.</source>
        <translation>Ein gewöhnliches Programm hätte unter Windows etwa 21 Sekunden, unter Linux etwa 2 Minuten gewartet, bevor es eine Zeitüberschreitung meldet; tcpdoctor wusste es nach %1 Sekunden.</translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation>Der Name %1 existiert nicht</translation>
    </message>
    <message>
        <source>Before a connection can start, the name must be turned into an address. The name service (DNS) answered that %1 does not exist, so no SYN was ever sent.</source>
        <translation>Bevor eine Verbindung beginnen kann, muss der Name in eine Adresse übersetzt werden. Der Namensdienst (DNS) hat geantwortet, dass %1 nicht existiert – daher wurde nie ein SYN gesendet.</translation>
    </message>
    <message>
        <source>Check the spelling of the name, letter by letter.</source>
        <translation>Prüfen Sie die Schreibweise des Namens Buchstabe für Buchstabe.</translation>
    </message>
    <message>
        <source>If it is an internal name, connect to the company network or VPN first.</source>
        <translation>Wenn es ein interner Name ist, verbinden Sie sich zuerst mit dem Firmennetzwerk oder dem VPN.</translation>
    </message>
    <message>
        <source>Try the full name, including the domain (for example server.example.com).</source>
        <translation>Versuchen Sie den vollständigen Namen mit Domäne (z. B. server.example.com).</translation>
    </message>
    <message>
        <source>The name %1 has no address</source>
        <translation>Der Name %1 hat keine Adresse</translation>
    </message>
    <message>
        <source>The name exists, but DNS holds no address for it (of the kind that was asked for), so there was nothing to connect to.</source>
        <translation>Der Name existiert, aber im DNS ist keine Adresse (der angefragten Art) dafür hinterlegt, also gab es nichts, womit verbunden werden konnte.</translation>
    </message>
    <message>
        <source>Check that you have the right name: it may be a mail-only or an old name.</source>
        <translation>Prüfen Sie, ob der Name richtig ist: Vielleicht ist es ein reiner Mail-Name oder ein alter Name.</translation>
    </message>
    <message>
        <source>Ask the administrator of the domain to add an address record for it.</source>
        <translation>Bitten Sie den Administrator der Domäne, einen Adresseintrag dafür anzulegen.</translation>
    </message>
    <message>
        <source>The name service (DNS) did not answer</source>
        <translation>Der Namensdienst (DNS) hat nicht geantwortet</translation>
    </message>
    <message>
        <source>To find the address of %1, this computer asked its DNS servers, but no usable answer came back, so no connection could start.</source>
        <translation>Um die Adresse von %1 zu finden, hat dieser Computer seine DNS-Server gefragt, aber keine brauchbare Antwort erhalten. Daher konnte keine Verbindung beginnen.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to a network (try a well-known website).</source>
        <translation>Prüfen Sie, ob dieser Computer mit einem Netzwerk verbunden ist (öffnen Sie eine bekannte Website).</translation>
    </message>
    <message>
        <source>Restart the router, or switch the network connection off and on.</source>
        <translation>Starten Sie den Router neu, oder schalten Sie die Netzwerkverbindung aus und wieder ein.</translation>
    </message>
    <message>
        <source>If you use a VPN, connect it, or disconnect it, and try again.</source>
        <translation>Wenn Sie ein VPN verwenden, verbinden oder trennen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall blocked the connection</source>
        <translation>Die Firewall dieses Computers hat die Verbindung blockiert</translation>
    </message>
    <message>
        <source>The connection to port %1 never left this computer: its own firewall or security software stopped the SYN before it reached the network.</source>
        <translation>Die Verbindung zu Port %1 hat diesen Computer nie verlassen: Seine eigene Firewall oder Sicherheitssoftware hat das SYN gestoppt, bevor es das Netzwerk erreichte.</translation>
    </message>
    <message>
        <source>Check the firewall on this computer (Windows Defender Firewall, ufw, firewalld, nftables) for a rule that blocks outgoing connections to port %1.</source>
        <translation>Suchen Sie in der Firewall dieses Computers (Windows Defender Firewall, ufw, firewalld, nftables) nach einer Regel, die ausgehende Verbindungen zu Port %1 blockiert.</translation>
    </message>
    <message>
        <source>Check security software (antivirus, endpoint protection, parental control) that may block this program or this port.</source>
        <translation>Prüfen Sie Sicherheitssoftware (Virenschutz, Endpoint-Schutz, Jugendschutz), die dieses Programm oder diesen Port blockieren könnte.</translation>
    </message>
    <message>
        <source>On a company computer, ask your IT department: the block may be on purpose.</source>
        <translation>Fragen Sie auf einem Firmencomputer Ihre IT-Abteilung: Die Sperre kann gewollt sein.</translation>
    </message>
    <message>
        <source>This computer has no way to reach %1</source>
        <translation>Dieser Computer hat keinen Weg zu %1</translation>
    </message>
    <message>
        <source>This computer&apos;s routing table has no route to %1, so the SYN could not be sent anywhere. Usually there is no default gateway, or the network connection is down.</source>
        <translation>Die Routingtabelle dieses Computers hat keine Route zu %1, daher konnte das SYN nirgendwohin gesendet werden. Meist fehlt das Standardgateway, oder die Netzwerkverbindung ist getrennt.</translation>
    </message>
    <message>
        <source>Check that the network connection (cable or Wi-Fi) is up.</source>
        <translation>Prüfen Sie, ob die Netzwerkverbindung (Kabel oder WLAN) besteht.</translation>
    </message>
    <message>
        <source>Check that a default gateway is set (automatic configuration, DHCP, usually does it).</source>
        <translation>Prüfen Sie, ob ein Standardgateway eingestellt ist (die automatische Konfiguration per DHCP erledigt das meist).</translation>
    </message>
    <message>
        <source>If the address belongs to a company network, connect the VPN first.</source>
        <translation>Gehört die Adresse zu einem Firmennetzwerk, verbinden Sie zuerst das VPN.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is reachable</source>
        <translation>Port %1 auf %2 ist erreichbar</translation>
    </message>
    <message>
        <source>We sent a SYN, the server answered with SYN-ACK and we completed the handshake with an ACK in %1: something is listening on port %2 and nothing in between blocks it.</source>
        <translation>Wir haben ein SYN gesendet, der Server hat mit SYN-ACK geantwortet und wir haben den Handshake in %1 mit einem ACK abgeschlossen: Auf Port %2 nimmt etwas Verbindungen an, und nichts dazwischen blockiert sie.</translation>
    </message>
    <message>
        <source>If a program still cannot connect, the problem is above TCP: check the program&apos;s settings, a proxy, TLS certificates, or the user name and password.</source>
        <translation>Wenn ein Programm trotzdem keine Verbindung herstellt, liegt das Problem oberhalb von TCP: Prüfen Sie die Einstellungen des Programms, einen Proxy, TLS-Zertifikate oder Benutzername und Kennwort.</translation>
    </message>
    <message>
        <source>Make sure the program uses the same name and port as this test.</source>
        <translation>Achten Sie darauf, dass das Programm denselben Namen und Port verwendet wie dieser Test.</translation>
    </message>
    <message>
        <source>Port %1 answers on some addresses of %2, not on all</source>
        <translation>Port %1 antwortet auf einigen Adressen von %2, nicht auf allen</translation>
    </message>
    <message>
        <source>%1 has several addresses. The handshake completed on some of them and failed on others. Programs that try a failing address first may be slow to connect, or fail.</source>
        <translation>%1 hat mehrere Adressen. Auf einigen wurde der Handshake abgeschlossen, auf anderen schlug er fehl. Programme, die zuerst eine fehlerhafte Adresse versuchen, verbinden sich womöglich langsam oder gar nicht.</translation>
    </message>
    <message>
        <source>If the failing addresses are IPv6, check IPv6 on this network (router settings), or ask the network administrator.</source>
        <translation>Sind die fehlerhaften Adressen IPv6-Adressen, prüfen Sie IPv6 in diesem Netzwerk (Routereinstellungen) oder fragen Sie den Netzwerkadministrator.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator which addresses fail: one of them may point to an old or wrong server.</source>
        <translation>Teilen Sie dem Administrator des Servers mit, welche Adressen fehlschlagen: Eine davon zeigt vielleicht auf einen alten oder falschen Server.</translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2, then cut it off</source>
        <translation>%1 hat die Verbindung an Port %2 angenommen und dann abgebrochen</translation>
    </message>
    <message>
        <source>The handshake completed (SYN, SYN-ACK, ACK), so the network is fine, but the server then reset the connection (RST). The service refused to talk to this computer.</source>
        <translation>Der Handshake wurde abgeschlossen (SYN, SYN-ACK, ACK), das Netzwerk ist also in Ordnung, aber der Server hat die Verbindung danach zurückgesetzt (RST). Der Dienst wollte nicht mit diesem Computer kommunizieren.</translation>
    </message>
    <message>
        <source>The service may only allow certain addresses: ask its administrator whether your address is allowed.</source>
        <translation>Der Dienst lässt vielleicht nur bestimmte Adressen zu: Fragen Sie seinen Administrator, ob Ihre Adresse erlaubt ist.</translation>
    </message>
    <message>
        <source>The service may be overloaded or failing: check its log on the server.</source>
        <translation>Der Dienst ist vielleicht überlastet oder gestört: Prüfen Sie sein Protokoll auf dem Server.</translation>
    </message>
    <message>
        <source>Check that the program speaks what the service expects (for example TLS or plain).</source>
        <translation>Prüfen Sie, ob das Programm das Protokoll spricht, das der Dienst erwartet (z. B. TLS oder unverschlüsselt).</translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2, then closed it at once</source>
        <translation>%1 hat die Verbindung an Port %2 angenommen und sofort wieder geschlossen</translation>
    </message>
    <message>
        <source>The handshake completed, so the network is fine, but the server closed the connection straight away without sending anything. Often a proxy or load balancer has no working server behind it, or the service rejects this client.</source>
        <translation>Der Handshake wurde abgeschlossen, das Netzwerk ist also in Ordnung, aber der Server hat die Verbindung sofort geschlossen, ohne etwas zu senden. Oft hat ein Proxy oder Load Balancer keinen funktionierenden Server dahinter, oder der Dienst lehnt diesen Client ab.</translation>
    </message>
    <message>
        <source>Check the service&apos;s log on the server, and whatever sits in front of it (proxy, load balancer, connection limit).</source>
        <translation>Prüfen Sie das Protokoll des Dienstes auf dem Server und alles, was davor sitzt (Proxy, Load Balancer, Verbindungslimit).</translation>
    </message>
    <message>
        <source>Check whether the service limits connections per address or allows only some addresses.</source>
        <translation>Prüfen Sie, ob der Dienst die Verbindungen pro Adresse begrenzt oder nur bestimmte Adressen zulässt.</translation>
    </message>
    <message>
        <source>Nothing is listening on port %1 at %2</source>
        <translation>Auf Port %1 von %2 nimmt nichts Verbindungen an</translation>
    </message>
    <message>
        <source>We sent a SYN to port %1 and the server answered at once with RST: the computer is reachable, but no program accepts connections on that port (or a firewall on the way resets them).</source>
        <translation>Wir haben ein SYN an Port %1 gesendet und der Server hat sofort mit RST geantwortet: Der Computer ist erreichbar, aber kein Programm nimmt auf diesem Port Verbindungen an (oder eine Firewall unterwegs setzt sie zurück).</translation>
    </message>
    <message>
        <source>Check that the service (the server program) is running on the server.</source>
        <translation>Prüfen Sie, ob der Dienst (das Serverprogramm) auf dem Server läuft.</translation>
    </message>
    <message>
        <source>Check the port number: the service may use a different port.</source>
        <translation>Prüfen Sie die Portnummer: Der Dienst verwendet vielleicht einen anderen Port.</translation>
    </message>
    <message>
        <source>On the server, run &quot;tcpdoctor listen %1&quot; to see what listens there and on which address; a service bound to 127.0.0.1 can only be reached from the server itself.</source>
        <translation>Führen Sie auf dem Server &quot;tcpdoctor listen %1&quot; aus, um zu sehen, was dort auf welcher Adresse Verbindungen annimmt. Ein Dienst, der an 127.0.0.1 gebunden ist, ist nur vom Server selbst aus erreichbar.</translation>
    </message>
    <message>
        <source>A firewall refused the connection to port %1</source>
        <translation>Eine Firewall hat die Verbindung zu Port %1 abgelehnt</translation>
    </message>
    <message>
        <source>a device on the way</source>
        <translation>ein Gerät auf dem Weg</translation>
    </message>
    <message>
        <source>Ask the administrator of the firewall at %1 to allow port %2 from your address.</source>
        <translation>Bitten Sie den Administrator der Firewall bei %1, Port %2 für Ihre Adresse freizugeben.</translation>
    </message>
    <message>
        <source>If you use a VPN or a guest network, try from the usual network.</source>
        <translation>Wenn Sie ein VPN oder ein Gastnetzwerk verwenden, versuchen Sie es aus dem üblichen Netzwerk.</translation>
    </message>
    <message>
        <source>Nobody answered on port %1</source>
        <translation>Niemand hat auf Port %1 geantwortet</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether port %1 is allowed through the server&apos;s firewall and the network&apos;s firewalls from your address.</source>
        <translation>Fragen Sie den Administrator des Servers, ob Port %1 von Ihrer Adresse aus durch die Firewall des Servers und die Firewalls des Netzwerks erlaubt ist.</translation>
    </message>
    <message>
        <source>Check that the address is right: an old or wrong address also stays silent.</source>
        <translation>Prüfen Sie, ob die Adresse stimmt: Auch eine alte oder falsche Adresse bleibt stumm.</translation>
    </message>
    <message>
        <source>Check that the server is switched on.</source>
        <translation>Prüfen Sie, ob der Server eingeschaltet ist.</translation>
    </message>
    <message>
        <source>The computer %1 cannot be found on the network</source>
        <translation>Der Computer %1 ist im Netzwerk nicht zu finden</translation>
    </message>
    <message>
        <source>%1 should be on this computer&apos;s own network, but nothing answered when this computer asked who has that address (ARP/neighbour discovery). The SYN could not even be sent.</source>
        <translation>%1 sollte im eigenen Netzwerk dieses Computers sein, aber auf die Frage, wer diese Adresse hat (ARP/Neighbor Discovery), kam keine Antwort. Das SYN konnte nicht einmal gesendet werden.</translation>
    </message>
    <message>
        <source>A router (%1) reported that the host %2 is unreachable: the SYN could not be delivered to it.</source>
        <translation>Ein Router (%1) hat gemeldet, dass der Host %2 nicht erreichbar ist: Das SYN konnte ihm nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>on the way</source>
        <translation>auf dem Weg</translation>
    </message>
    <message>
        <source>Check that the computer is switched on and connected to the network.</source>
        <translation>Prüfen Sie, ob der Computer eingeschaltet und mit dem Netzwerk verbunden ist.</translation>
    </message>
    <message>
        <source>Check the address: the computer may have got a new one.</source>
        <translation>Prüfen Sie die Adresse: Der Computer hat vielleicht eine neue bekommen.</translation>
    </message>
    <message>
        <source>If it is on another network, check the VPN or ask the network administrator.</source>
        <translation>Wenn er in einem anderen Netzwerk ist, prüfen Sie das VPN oder fragen Sie den Netzwerkadministrator.</translation>
    </message>
    <message>
        <source>The network of %1 cannot be reached</source>
        <translation>Das Netzwerk von %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>A router (%1) reported that it has no way to the network of %2, so the SYN was sent back undelivered. This is a routing problem in the network, not on the server.</source>
        <translation>Ein Router (%1) hat gemeldet, dass er keinen Weg zum Netzwerk von %2 kennt, daher kam das SYN unzugestellt zurück. Das ist ein Routingproblem im Netzwerk, nicht auf dem Server.</translation>
    </message>
    <message>
        <source>Tell the network administrator which router answered, and the address you tried.</source>
        <translation>Teilen Sie dem Netzwerkadministrator mit, welcher Router geantwortet hat und welche Adresse Sie versucht haben.</translation>
    </message>
    <message>
        <source>%1 has the address(es) %2.</source>
        <translation>%1 hat die Adresse(n) %2.</translation>
    </message>
    <message>
        <source>The system resolver said: %1</source>
        <translation>Die Namensauflösung des Systems meldet: %1</translation>
    </message>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>Die Prüfung wurde abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>The port test could not run, so there is nothing to judge.</source>
        <translation>Der Porttest konnte nicht laufen, daher gibt es nichts zu beurteilen.</translation>
    </message>
    <message>
        <source>This is not a target tcpdoctor can check</source>
        <translation>Das ist kein Ziel, das tcpdoctor prüfen kann</translation>
    </message>
    <message>
        <source>Enter a name or address and a port, like example.com:443, 192.0.2.10:8080 or https://example.com/.</source>
        <translation>Geben Sie einen Namen oder eine Adresse und einen Port ein, z. B. example.com:443, 192.0.2.10:8080 oder https://example.com/.</translation>
    </message>
    <message>
        <source>Input: &quot;%1&quot;</source>
        <translation>Eingabe: „%1“</translation>
    </message>
    <message>
        <source>tcpdoctor could not finish the check</source>
        <translation>tcpdoctor konnte die Prüfung nicht abschließen</translation>
    </message>
    <message>
        <source>Run the check again. If it keeps failing, run it with --verbose and attach the log to a bug report.</source>
        <translation>Führen Sie die Prüfung erneut aus. Schlägt sie weiter fehl, starten Sie sie mit --verbose und hängen Sie das Protokoll an einen Fehlerbericht an.</translation>
    </message>
    <message>
        <source>%1 port %2: no answer in %3 s (SYN tries: %4).</source>
        <translation>%1 Port %2: keine Antwort in %3 s (SYN-Versuche: %4).</translation>
    </message>
    <message>
        <source>SYN retransmissions the kernel could not send (TcpExt TCPRetransFail): %1.</source>
        <translation>SYN-Wiederholungen, die der Kernel nicht senden konnte (TcpExt TCPRetransFail): %1.</translation>
    </message>
    <message>
        <source>Line %1 of the hosts file %2 maps %3 to %4.</source>
        <translation>Zeile %1 der hosts-Datei %2 ordnet %3 der Adresse %4 zu.</translation>
    </message>
    <message>
        <source>No DNS server is configured</source>
        <translation>Kein DNS-Server konfiguriert</translation>
    </message>
    <message>
        <source>Before a connection can start, the name %1 must be turned into an address, and that needs a DNS server. This computer has none configured, so no SYN was ever sent.</source>
        <translation>Bevor eine Verbindung beginnen kann, muss der Name %1 in eine Adresse übersetzt werden, und dafür braucht es einen DNS-Server. Auf diesem Computer ist keiner eingerichtet, daher wurde nie ein SYN gesendet.</translation>
    </message>
    <message>
        <source>Connect to the network again, or renew the automatic configuration (DHCP): it normally brings the DNS servers.</source>
        <translation>Verbinden Sie sich erneut mit dem Netzwerk oder erneuern Sie die automatische Konfiguration (DHCP): Sie liefert normalerweise die DNS-Server.</translation>
    </message>
    <message>
        <source>Or enter a DNS server in the network settings (your router&apos;s address often works).</source>
        <translation>Oder tragen Sie in den Netzwerkeinstellungen einen DNS-Server ein (die Adresse Ihres Routers funktioniert oft).</translation>
    </message>
    <message>
        <source>%1 lists no DNS server.</source>
        <translation>%1 nennt keinen DNS-Server.</translation>
    </message>
    <message>
        <source>To find the address of %1, this computer asked its DNS servers (%2), but none of them answered, so no connection could start.</source>
        <translation>Um die Adresse von %1 zu finden, hat dieser Computer seine DNS-Server (%2) gefragt, aber keiner hat geantwortet. Daher konnte keine Verbindung beginnen.</translation>
    </message>
    <message>
        <source>The DNS server could not answer for %1</source>
        <translation>Der DNS-Server konnte für %1 keine Antwort geben</translation>
    </message>
    <message>
        <source>This computer asked its DNS server for the address of %1. The server answered, but with a failure instead of an address (SERVFAIL or REFUSED), so no connection could start. The name may be fine: the server could not find out.</source>
        <translation>Dieser Computer hat seinen DNS-Server nach der Adresse von %1 gefragt. Der Server hat geantwortet, aber mit einem Fehler statt einer Adresse (SERVFAIL oder REFUSED), daher konnte keine Verbindung beginnen. Der Name kann in Ordnung sein: Der Server konnte es nur nicht herausfinden.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: the name&apos;s own DNS servers may be down for a moment.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut: Die DNS-Server des Namens sind vielleicht kurz ausgefallen.</translation>
    </message>
    <message>
        <source>Try another DNS server (for example your router&apos;s) to see whether this server is the problem.</source>
        <translation>Versuchen Sie einen anderen DNS-Server (z. B. den Ihres Routers), um zu sehen, ob dieser Server das Problem ist.</translation>
    </message>
    <message>
        <source>If the name belongs to your organisation, tell its administrator.</source>
        <translation>Gehört der Name zu Ihrer Organisation, informieren Sie deren Administrator.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>The name exists, but it has only IPv6 addresses, and IPv6 was not used for this check, so there was nothing to connect to.</source>
        <translation>Der Name existiert, hat aber nur IPv6-Adressen, und IPv6 wurde bei dieser Prüfung nicht verwendet. Es gab also nichts, womit verbunden werden konnte.</translation>
    </message>
    <message>
        <source>The name exists, but it has only IPv6 addresses, and this computer has no IPv6 route (no IPv6 connection), so it cannot reach them.</source>
        <translation>Der Name existiert, hat aber nur IPv6-Adressen, und dieser Computer hat keine IPv6-Route (keine IPv6-Verbindung). Daher kann er sie nicht erreichen.</translation>
    </message>
    <message>
        <source>Connect to a network that offers IPv6, or ask your provider for IPv6.</source>
        <translation>Verbinden Sie sich mit einem Netzwerk, das IPv6 bietet, oder fragen Sie Ihren Anbieter nach IPv6.</translation>
    </message>
    <message>
        <source>Or ask the administrator of the name to add an IPv4 address (an A record).</source>
        <translation>Oder bitten Sie den Administrator des Namens, eine IPv4-Adresse (einen A-Eintrag) hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 is blocked by DNS filtering</source>
        <translation>%1 wird durch DNS-Filterung blockiert</translation>
    </message>
    <message>
        <source>%1 is not a name of this computer, yet the name lookup leads to %2, where nothing can answer for it. That is how ad, malware and parental-control filters block a name, so no connection to the real server was tried.</source>
        <translation>%1 ist kein Name dieses Computers, und doch führt die Namensauflösung zu %2, wo nichts dafür antworten kann. So blockieren Werbe-, Malware- und Jugendschutzfilter einen Namen. Eine Verbindung zum echten Server wurde daher nicht versucht.</translation>
    </message>
    <message>
        <source>Remove the line for this name from the hosts file (administrator rights needed).</source>
        <translation>Entfernen Sie die Zeile für diesen Namen aus der hosts-Datei (Administratorrechte nötig).</translation>
    </message>
    <message>
        <source>Ask whoever runs the DNS filter (a filtering DNS service, the router, or security software) to allow the name.</source>
        <translation>Bitten Sie den Betreiber des DNS-Filters (ein filternder DNS-Dienst, der Router oder Sicherheitssoftware), den Namen freizugeben.</translation>
    </message>
    <message>
        <source>If the block is wanted, the connection is not supposed to work.</source>
        <translation>Ist die Sperre gewollt, soll die Verbindung auch nicht funktionieren.</translation>
    </message>
    <message>
        <source>An old hosts file entry sends %1 to the wrong address</source>
        <translation>Ein alter Eintrag in der hosts-Datei schickt %1 an die falsche Adresse</translation>
    </message>
    <message>
        <source>This computer&apos;s hosts file pins %1 to %2, so programs never ask DNS. Nothing answers there, while DNS says %1 is at %3: the entry is probably out of date.</source>
        <translation>Die hosts-Datei dieses Computers legt %1 fest auf %2, daher fragen Programme nie das DNS. Dort antwortet nichts, während laut DNS %1 unter %3 zu finden ist: Der Eintrag ist wahrscheinlich veraltet.</translation>
    </message>
    <message>
        <source>Remove or correct the line for this name in the hosts file (administrator rights needed), then try again.</source>
        <translation>Entfernen oder korrigieren Sie die Zeile für diesen Namen in der hosts-Datei (Administratorrechte nötig) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 leads to the wrong address</source>
        <translation>%1 führt zur falschen Adresse</translation>
    </message>
    <message>
        <source>You expected %1 at %2, but the name lookup gives %3, and nothing answers there. The packets go to the wrong device.</source>
        <translation>Sie haben %1 unter %2 erwartet, aber die Namensauflösung liefert %3, und dort antwortet nichts. Die Pakete gehen an das falsche Gerät.</translation>
    </message>
    <message>
        <source>Check the address you expected. If it is right, the DNS record (or a hosts file entry) is out of date: tell the name&apos;s administrator.</source>
        <translation>Prüfen Sie die erwartete Adresse. Stimmt sie, ist der DNS-Eintrag (oder ein Eintrag in der hosts-Datei) veraltet: Informieren Sie den Administrator des Namens.</translation>
    </message>
    <message>
        <source>To test the server itself meanwhile, check %1 directly.</source>
        <translation>Um den Server selbst zu testen, prüfen Sie solange direkt %1.</translation>
    </message>
    <message>
        <source>Route lookup for %1: no route (%2).</source>
        <translation>Routensuche für %1: keine Route (%2).</translation>
    </message>
    <message>
        <source>Route lookup for %1: on the local network of %2, source address %3.</source>
        <translation>Routensuche für %1: im lokalen Netzwerk von %2, Quelladresse %3.</translation>
    </message>
    <message>
        <source>Route lookup for %1: through %2 from %3, next hop %4.</source>
        <translation>Routensuche für %1: über %2 von %3, nächster Hop %4.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>No default gateway is configured.</source>
        <translation>Kein Standardgateway konfiguriert.</translation>
    </message>
    <message>
        <source>Default gateway(s): %1.</source>
        <translation>Standardgateway(s): %1.</translation>
    </message>
    <message>
        <source>ping (ICMP echo)</source>
        <translation>Ping (ICMP-Echo)</translation>
    </message>
    <message>
        <source>TCP to ports 80, 443, 53</source>
        <translation>TCP zu den Ports 80, 443, 53</translation>
    </message>
    <message>
        <source>Gateway %1 answered %2 in %3.</source>
        <translation>Gateway %1 hat auf %2 in %3 geantwortet.</translation>
    </message>
    <message>
        <source>Gateway %1 on %2: no answer to %3 (%4 tries); neighbour (ARP/NDP) state: %5.</source>
        <translation>Gateway %1 an %2: keine Antwort auf %3 (%4 Versuche); Nachbarstatus (ARP/NDP): %5.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network</source>
        <translation>Dieser Computer ist mit keinem Netzwerk verbunden</translation>
    </message>
    <message>
        <source>No network interface has a working link: no cable is plugged in (or the device at its other end is off), Wi-Fi is off or not connected, and there is no mobile connection. Nothing can be sent to %1 until a link is up.</source>
        <translation>Kein Netzwerkadapter hat eine funktionierende Verbindung: Es steckt kein Kabel (oder das Gerät am anderen Ende ist aus), WLAN ist aus oder nicht verbunden, und es gibt keine Mobilfunkverbindung. An %1 kann nichts gesendet werden, bis eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>Only the VPN tunnel %1 is up, and a VPN needs a working connection underneath.</source>
        <translation>Nur der VPN-Tunnel %1 ist aktiv, und ein VPN braucht darunter eine funktionierende Verbindung.</translation>
    </message>
    <message>
        <source>Plug the network cable in firmly at both ends, or connect to your Wi-Fi network.</source>
        <translation>Stecken Sie das Netzwerkkabel an beiden Enden fest ein, oder verbinden Sie sich mit Ihrem WLAN.</translation>
    </message>
    <message>
        <source>If Wi-Fi is off, switch it on (network menu or Wi-Fi key) and check that flight mode is off.</source>
        <translation>Ist WLAN aus, schalten Sie es ein (Netzwerkmenü oder WLAN-Taste) und prüfen Sie, ob der Flugzeugmodus aus ist.</translation>
    </message>
    <message>
        <source>Check the router: are its lights on? Switch it off for 30 seconds and on again.</source>
        <translation>Prüfen Sie den Router: Leuchten seine Lämpchen? Schalten Sie ihn für 30 Sekunden aus und wieder ein.</translation>
    </message>
    <message>
        <source>Check whether other devices on the same network are online.</source>
        <translation>Prüfen Sie, ob andere Geräte im selben Netzwerk online sind.</translation>
    </message>
    <message>
        <source>%1 (%2): %3, carrier %4, state %5.</source>
        <translation>%1 (%2): %3, Trägersignal %4, Status %5.</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>eingeschaltet</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This computer has no IP address</source>
        <translation>Dieser Computer hat keine IP-Adresse</translation>
    </message>
    <message>
        <source>The network link is up, but no IP address is configured on it, so this computer cannot send anything to %1.</source>
        <translation>Die Netzwerkverbindung steht, aber es ist keine IP-Adresse darauf konfiguriert. Daher kann dieser Computer nichts an %1 senden.</translation>
    </message>
    <message>
        <source>Switch the network connection off and on, so it asks the router for an address (DHCP).</source>
        <translation>Schalten Sie die Netzwerkverbindung aus und wieder ein, damit sie den Router nach einer Adresse fragt (DHCP).</translation>
    </message>
    <message>
        <source>Check that the connection&apos;s IP settings are automatic (DHCP), unless the network uses fixed addresses.</source>
        <translation>Prüfen Sie, ob die IP-Einstellungen der Verbindung auf automatisch (DHCP) stehen, sofern das Netzwerk keine festen Adressen verwendet.</translation>
    </message>
    <message>
        <source>Restart the router.</source>
        <translation>Starten Sie den Router neu.</translation>
    </message>
    <message>
        <source>%1 has a link but no IP address.</source>
        <translation>%1 hat eine Verbindung, aber keine IP-Adresse.</translation>
    </message>
    <message>
        <source>This computer did not get an address from the network</source>
        <translation>Dieser Computer hat vom Netzwerk keine Adresse erhalten</translation>
    </message>
    <message>
        <source>Automatic configuration (DHCP) failed: nobody answered when this computer asked for an address, so it has only a self-assigned one (%1). With it, %2 cannot be reached.</source>
        <translation>Die automatische Konfiguration (DHCP) ist fehlgeschlagen: Auf die Adressanfrage dieses Computers hat niemand geantwortet, daher hat er nur eine selbst zugewiesene Adresse (%1). Damit ist %2 nicht erreichbar.</translation>
    </message>
    <message>
        <source>Restart the router (switch it off for 30 seconds), wait two minutes and try again.</source>
        <translation>Starten Sie den Router neu (für 30 Sekunden ausschalten), warten Sie zwei Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Switch this computer&apos;s network connection off and on.</source>
        <translation>Schalten Sie die Netzwerkverbindung dieses Computers aus und wieder ein.</translation>
    </message>
    <message>
        <source>If other devices get no address either, the router&apos;s DHCP server is off or broken: check its settings or ask the network administrator.</source>
        <translation>Bekommen auch andere Geräte keine Adresse, ist der DHCP-Server des Routers aus oder defekt: Prüfen Sie seine Einstellungen oder fragen Sie den Netzwerkadministrator.</translation>
    </message>
    <message>
        <source>Self-assigned address: %1.</source>
        <translation>Selbst zugewiesene Adresse: %1.</translation>
    </message>
    <message>
        <source>This computer has no route to %1</source>
        <translation>Dieser Computer hat keine Route zu %1</translation>
    </message>
    <message>
        <source>This computer has no route beyond its local network (no default gateway), so neither its DNS server(s) %1 nor %2 can be reached.</source>
        <translation>Dieser Computer hat keine Route über sein lokales Netzwerk hinaus (kein Standardgateway), daher sind weder seine DNS-Server %1 noch %2 erreichbar.</translation>
    </message>
    <message>
        <source>%1 is not on the local network, and this computer has no default gateway (router) to send such traffic to, so the SYN could not be sent anywhere.</source>
        <translation>%1 ist nicht im lokalen Netzwerk, und dieser Computer hat kein Standardgateway (Router), an das er solchen Datenverkehr senden kann. Daher konnte das SYN nirgendwohin gesendet werden.</translation>
    </message>
    <message>
        <source>This computer&apos;s routing table has no usable route to %1, so the SYN could not be sent anywhere.</source>
        <translation>Die Routingtabelle dieses Computers hat keine brauchbare Route zu %1, daher konnte das SYN nirgendwohin gesendet werden.</translation>
    </message>
    <message>
        <source>Connect to the network again, so it sets up the gateway automatically (DHCP).</source>
        <translation>Verbinden Sie sich erneut mit dem Netzwerk, damit das Gateway automatisch eingerichtet wird (DHCP).</translation>
    </message>
    <message>
        <source>If you set the address by hand, also enter the default gateway: usually the router&apos;s address, like 192.168.1.1.</source>
        <translation>Wenn Sie die Adresse von Hand eingestellt haben, tragen Sie auch das Standardgateway ein: meist die Adresse des Routers, z. B. 192.168.1.1.</translation>
    </message>
    <message>
        <source>The router (default gateway %1) does not answer</source>
        <translation>Der Router (Standardgateway %1) antwortet nicht</translation>
    </message>
    <message>
        <source>Traffic to %1 has to go through the gateway %2, but nobody on the local network answered for that address (ARP / neighbour discovery), so no packet can leave the local network.</source>
        <translation>Datenverkehr an %1 muss über das Gateway %2 gehen, aber im lokalen Netzwerk hat sich niemand für diese Adresse gemeldet (ARP/Neighbor Discovery). Daher kann kein Paket das lokale Netzwerk verlassen.</translation>
    </message>
    <message>
        <source>Check that the router is switched on and its lights look normal; restart it (switch it off for 30 seconds).</source>
        <translation>Prüfen Sie, ob der Router eingeschaltet ist und seine Lämpchen normal aussehen; starten Sie ihn neu (30 Sekunden ausschalten).</translation>
    </message>
    <message>
        <source>Check the cable or the Wi-Fi connection between this computer and the router.</source>
        <translation>Prüfen Sie das Kabel oder die WLAN-Verbindung zwischen diesem Computer und dem Router.</translation>
    </message>
    <message>
        <source>If the network settings were typed in by hand, check the gateway address: it must be the router&apos;s own address.</source>
        <translation>Wurden die Netzwerkeinstellungen von Hand eingegeben, prüfen Sie die Gatewayadresse: Sie muss die Adresse des Routers selbst sein.</translation>
    </message>
    <message>
        <source>If other devices on the network work, compare their gateway address with this computer&apos;s.</source>
        <translation>Funktionieren andere Geräte im Netzwerk, vergleichen Sie deren Gatewayadresse mit der dieses Computers.</translation>
    </message>
    <message>
        <source>%1 has only IPv6 addresses</source>
        <translation>%1 hat nur IPv6-Adressen</translation>
    </message>
    <message>
        <source>Answers came back from the network, so this worked at the time of the check</source>
        <translation>Aus dem Netzwerk kamen Antworten zurück, zum Zeitpunkt der Prüfung hat es also funktioniert</translation>
    </message>
    <message>
        <source>It looked broken, but answers came back from the network during the check: %1</source>
        <translation>Es sah nach einem Fehler aus, aber während der Prüfung kamen Antworten aus dem Netzwerk zurück: %1</translation>
    </message>
    <message>
        <source>%1 answered the SYN with SYN-ACK.</source>
        <translation>%1 hat das SYN mit SYN-ACK beantwortet.</translation>
    </message>
    <message>
        <source>%1 answered the SYN with RST.</source>
        <translation>%1 hat das SYN mit RST beantwortet.</translation>
    </message>
    <message>
        <source>%1 sent back an ICMP message: %2.</source>
        <translation>%1 hat eine ICMP-Meldung zurückgeschickt: %2.</translation>
    </message>
    <message>
        <source>The DNS server %1 answered.</source>
        <translation>Der DNS-Server %1 hat geantwortet.</translation>
    </message>
    <message>
        <source>The gateway %1 answered.</source>
        <translation>Das Gateway %1 hat geantwortet.</translation>
    </message>
    <message>
        <source>The network connection is not ready yet</source>
        <translation>Die Netzwerkverbindung ist noch nicht bereit</translation>
    </message>
    <message>
        <source>%1 is connected (it has a link), but it is not ready to carry traffic yet: it is still connecting, or the Wi-Fi or network sign-in (authentication) has not finished. Nothing came back from the network while tcpdoctor waited, so %2 cannot be reached for now.</source>
        <translation>%1 ist verbunden (es hat eine Verbindung), aber noch nicht bereit, Datenverkehr zu übertragen: Es baut die Verbindung noch auf, oder die WLAN- bzw. Netzwerkanmeldung (Authentifizierung) ist noch nicht abgeschlossen. Während tcpdoctor gewartet hat, kam nichts aus dem Netzwerk zurück, daher ist %2 vorerst nicht erreichbar.</translation>
    </message>
    <message>
        <source>Wait a few seconds and check again: a connection that was just made needs a moment.</source>
        <translation>Warten Sie ein paar Sekunden und prüfen Sie erneut: Eine gerade hergestellte Verbindung braucht einen Moment.</translation>
    </message>
    <message>
        <source>If the network asks for a password or a sign-in (Wi-Fi key, company certificate, 802.1X), finish it in the network menu.</source>
        <translation>Wenn das Netzwerk nach einem Kennwort oder einer Anmeldung fragt (WLAN-Schlüssel, Firmenzertifikat, 802.1X), schließen Sie diese im Netzwerkmenü ab.</translation>
    </message>
    <message>
        <source>If it stays like this, switch the connection off and on, or unplug the cable and plug it in again.</source>
        <translation>Bleibt es so, schalten Sie die Verbindung aus und wieder ein, oder ziehen Sie das Kabel ab und stecken Sie es wieder ein.</translation>
    </message>
    <message>
        <source>%1 has a carrier but is not up (tcpdoctor waited %2 for it to settle).</source>
        <translation>%1 hat ein Trägersignal, ist aber nicht aktiv (tcpdoctor hat %2 gewartet, ob sich das ändert).</translation>
    </message>
    <message>
        <source>The DNS server refuses to answer this computer</source>
        <translation>Der DNS-Server verweigert diesem Computer die Antwort</translation>
    </message>
    <message>
        <source>This computer asked its DNS server(s) for the address of %1, and every one of them answered REFUSED: the server works, but it does not serve this computer. Usually the DNS server belongs to another network (an office DNS server used from home or over a different connection), or its access list does not include this computer&apos;s address.</source>
        <translation>Dieser Computer hat seine DNS-Server nach der Adresse von %1 gefragt, und jeder von ihnen hat mit REFUSED geantwortet: Der Server funktioniert, bedient aber diesen Computer nicht. Meist gehört der DNS-Server zu einem anderen Netzwerk (ein DNS-Server aus dem Büro, der von zu Hause oder über eine andere Verbindung verwendet wird), oder seine Zugriffsliste enthält die Adresse dieses Computers nicht.</translation>
    </message>
    <message>
        <source>Use the DNS server of the network you are on: switch the connection off and on so it is set automatically (DHCP), or remove a DNS server entered by hand.</source>
        <translation>Verwenden Sie den DNS-Server des Netzwerks, in dem Sie sich befinden: Schalten Sie die Verbindung aus und wieder ein, damit er automatisch eingestellt wird (DHCP), oder entfernen Sie einen von Hand eingetragenen DNS-Server.</translation>
    </message>
    <message>
        <source>If the name is internal to a company, connect the VPN first, so its DNS server serves you.</source>
        <translation>Ist der Name firmenintern, verbinden Sie zuerst das VPN, damit dessen DNS-Server Ihnen antwortet.</translation>
    </message>
    <message>
        <source>If you run the DNS server, allow this computer&apos;s address in its access list (allow-query, allow-recursion).</source>
        <translation>Wenn Sie den DNS-Server betreiben, erlauben Sie die Adresse dieses Computers in seiner Zugriffsliste (allow-query, allow-recursion).</translation>
    </message>
    <message>
        <source>%1 sent back: %2.</source>
        <translation>%1 hat zurückgeschickt: %2.</translation>
    </message>
    <message>
        <source>%1 turned the connection to port %2 away</source>
        <translation>%1 hat die Verbindung zu Port %2 abgewiesen</translation>
    </message>
    <message>
        <source>We sent a SYN to port %1; instead of a SYN-ACK, %2 sent back an ICMP message: %3.</source>
        <translation>Wir haben ein SYN an Port %1 gesendet. Statt eines SYN-ACK hat %2 eine ICMP-Meldung zurückgeschickt: %3.</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>The server itself turns the connection away: usually its firewall rejects this port (where simply nothing listens, a server answers with RST instead).</source>
        <translation>Der Server selbst weist die Verbindung ab: Meist lehnt seine Firewall diesen Port ab (wo einfach nichts lauscht, antwortet ein Server stattdessen mit RST).</translation>
    </message>
    <message>
        <source>The server&apos;s own firewall refuses this connection.</source>
        <translation>Die eigene Firewall des Servers lehnt diese Verbindung ab.</translation>
    </message>
    <message>
        <source>The router %1 turns the connection away before it reaches the server: a firewall there rejects it.</source>
        <translation>Der Router %1 weist die Verbindung ab, bevor sie den Server erreicht: Eine Firewall dort lehnt sie ab.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to allow port %1 from your address in the server&apos;s firewall.</source>
        <translation>Bitten Sie den Administrator des Servers, in der Firewall des Servers Port %1 für Ihre Adresse freizugeben.</translation>
    </message>
    <message>
        <source>We sent SYNs to port %1 and got no answer at all: no SYN-ACK, no RST, no ICMP message.</source>
        <translation>Wir haben SYNs an Port %1 gesendet und überhaupt keine Antwort erhalten: kein SYN-ACK, kein RST, keine ICMP-Meldung.</translation>
    </message>
    <message>
        <source>Something on the way silently drops the packets, usually a firewall (on the server, on a router, or a cloud security group).</source>
        <translation>Etwas auf dem Weg verwirft die Pakete stillschweigend, meist eine Firewall (auf dem Server, auf einem Router oder eine Cloud-Sicherheitsgruppe).</translation>
    </message>
    <message>
        <source>We sent a SYN to port %1 of this computer itself and it answered at once with RST: no program on this computer accepts connections on that port.</source>
        <translation>Wir haben ein SYN an Port %1 dieses Computers selbst gesendet, und er hat sofort mit RST geantwortet: Kein Programm auf diesem Computer nimmt an diesem Port Verbindungen an.</translation>
    </message>
    <message>
        <source>Start the program (the service) that should listen on port %1, or check its settings for the port it really uses.</source>
        <translation>Starten Sie das Programm (den Dienst), das an Port %1 Verbindungen annehmen soll, oder prüfen Sie in seinen Einstellungen, welchen Port es wirklich verwendet.</translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor listen %1&quot; to see what listens on this computer and on which address.</source>
        <translation>Führen Sie &quot;tcpdoctor listen %1&quot; aus, um zu sehen, was auf diesem Computer auf welcher Adresse Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>No verdict: the port test was not run</source>
        <translation>Kein Ergebnis: Der Porttest lief nicht</translation>
    </message>
    <message>
        <source>Only the port test shows whether %1 can be reached, and it was left out of this check. The steps that ran found nothing wrong.</source>
        <translation>Nur der Porttest zeigt, ob %1 erreichbar ist, und er wurde bei dieser Prüfung ausgelassen. Die Schritte, die liefen, haben keinen Fehler gefunden.</translation>
    </message>
    <message>
        <source>Run the check again with the port test (leave out --steps, or add port to it).</source>
        <translation>Prüfen Sie erneut mit dem Porttest (ohne --steps, oder fügen Sie port hinzu).</translation>
    </message>
    <message>
        <source>TLS handshake on %1: %2, %3.</source>
        <translation>TLS-Handshake mit %1: %2, %3.</translation>
    </message>
    <message>
        <source>Certificate %1: &quot;%2&quot;, issued by &quot;%3&quot;, valid from %4 to %5, for: %6.</source>
        <translation>Zertifikat %1: „%2“, ausgestellt von „%3“, gültig vom %4 bis %5, für: %6.</translation>
    </message>
    <message>
        <source>Certificate check: %1</source>
        <translation>Zertifikatsprüfung: %1</translation>
    </message>
    <message>
        <source>The service on port %1 of %2 does not speak TLS</source>
        <translation>Der Dienst auf Port %1 von %2 spricht kein TLS</translation>
    </message>
    <message>
        <source>The connection was made, but the service answered the TLS hello (the start of an encrypted connection) with something that is not TLS: a plain web server, or another protocol, listens on this port.</source>
        <translation>Die Verbindung kam zustande, aber der Dienst hat auf das TLS-Hello (den Beginn einer verschlüsselten Verbindung) mit etwas geantwortet, das kein TLS ist: Auf diesem Port lauscht ein unverschlüsselter Webserver oder ein anderes Protokoll.</translation>
    </message>
    <message>
        <source>Check the address: maybe it should start with http:// instead of https://, or use another port.</source>
        <translation>Prüfen Sie die Adresse: Vielleicht sollte sie mit http:// statt https:// beginnen oder einen anderen Port verwenden.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: TLS is expected on port %1, but the service there does not use it.</source>
        <translation>Informieren Sie den Administrator des Servers: Auf Port %1 wird TLS erwartet, aber der Dienst dort verwendet es nicht.</translation>
    </message>
    <message>
        <source>The TLS library said: %1</source>
        <translation>Die TLS-Bibliothek meldete: %1</translation>
    </message>
    <message>
        <source>%1 accepts the connection but does not answer the TLS hello</source>
        <translation>%1 nimmt die Verbindung an, antwortet aber nicht auf das TLS-Hello</translation>
    </message>
    <message>
        <source>The handshake on port %1 completed, then the TLS hello got no answer at all in %2 s: the service hangs, or a filter on the way drops encrypted connections to this name.</source>
        <translation>Der TCP-Handshake auf Port %1 wurde abgeschlossen, dann bekam das TLS-Hello in %2 s überhaupt keine Antwort: Der Dienst hängt, oder ein Filter unterwegs verwirft verschlüsselte Verbindungen zu diesem Namen.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: a busy or hanging service may recover.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut: Ein ausgelasteter oder hängender Dienst erholt sich vielleicht.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator that connections are accepted but TLS never starts.</source>
        <translation>Teilen Sie dem Administrator des Servers mit, dass Verbindungen angenommen werden, TLS aber nie beginnt.</translation>
    </message>
    <message>
        <source>If it works from another network, ask this network&apos;s administrator whether a filter blocks this site.</source>
        <translation>Wenn es von einem anderen Netzwerk aus funktioniert, fragen Sie den Administrator dieses Netzwerks, ob ein Filter diese Website blockiert.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server closed the connection instead of answering the TLS hello. It accepts connections, but not this kind of encrypted one.</source>
        <translation>Der Server hat die Verbindung geschlossen, statt auf das TLS-Hello zu antworten. Er nimmt Verbindungen an, aber nicht diese Art von verschlüsselter Verbindung.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake: the two sides found no protocol version or cipher they both accept.</source>
        <translation>Der Server hat den TLS-Handshake beendet: Die beiden Seiten haben keine gemeinsame Protokollversion oder kein gemeinsames Verschlüsselungsverfahren gefunden.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the alert &quot;%1&quot;: the two sides found no protocol version or cipher they both accept.</source>
        <translation>Der Server hat den TLS-Handshake mit der Meldung „%1“ beendet: Die beiden Seiten haben keine gemeinsame Protokollversion oder kein gemeinsames Verschlüsselungsverfahren gefunden.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: this computer offers %1, and the server accepts none of them. Servers should offer TLS 1.2 or newer.</source>
        <translation>Informieren Sie den Administrator des Servers: Dieser Computer bietet %1 an, und der Server akzeptiert keine davon. Server sollten TLS 1.2 oder neuer anbieten.</translation>
    </message>
    <message>
        <source>If only an old program of yours fails, update it: it may offer only old versions.</source>
        <translation>Wenn nur ein älteres Programm von Ihnen fehlschlägt, aktualisieren Sie es: Es bietet vielleicht nur alte Versionen an.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet — check this computer&apos;s clock</source>
        <translation>Das Zertifikat von %1 ist noch nicht gültig – prüfen Sie die Uhr dieses Computers</translation>
    </message>
    <message>
        <source>The certificate is valid from %1, and this computer&apos;s clock says %2. A certificate that only starts to be valid later is rare: this computer&apos;s date or time zone is more likely wrong.</source>
        <translation>Das Zertifikat gilt ab %1, und die Uhr dieses Computers zeigt %2. Ein Zertifikat, das erst später gültig wird, ist selten: Wahrscheinlicher sind Datum oder Zeitzone dieses Computers falsch.</translation>
    </message>
    <message>
        <source>Check the date, time and time zone of this computer, and turn on setting the time automatically.</source>
        <translation>Prüfen Sie Datum, Uhrzeit und Zeitzone dieses Computers, und lassen Sie die Uhrzeit automatisch einstellen.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired</source>
        <translation>Das Zertifikat von %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>The certificate was valid until %1; this computer&apos;s clock says %2. Programs refuse the connection, because an expired certificate no longer proves who the server is.</source>
        <translation>Das Zertifikat war bis %1 gültig; die Uhr dieses Computers zeigt %2. Programme verweigern die Verbindung, weil ein abgelaufenes Zertifikat nicht mehr beweist, wer der Server ist.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the certificate must be renewed.</source>
        <translation>Informieren Sie den Administrator des Servers: Das Zertifikat muss erneuert werden.</translation>
    </message>
    <message>
        <source>If other sites&apos; certificates fail too, check this computer&apos;s date and time.</source>
        <translation>Wenn auch die Zertifikate anderer Websites fehlschlagen, prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1</source>
        <translation>Dieser Computer vertraut dem Zertifikat von %1 nicht</translation>
    </message>
    <message>
        <source>The certificate chain ends in &quot;%1&quot;, which signed itself and is not on this computer&apos;s list of trusted authorities: a self-signed certificate, or a private authority.</source>
        <translation>Die Zertifikatskette endet bei „%1“, das sich selbst signiert hat und nicht in der Liste der vertrauenswürdigen Zertifizierungsstellen dieses Computers steht: ein selbst signiertes Zertifikat oder eine private Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The certificate chain does not lead to an authority on this computer&apos;s list of trusted authorities (its last certificate was issued by &quot;%1&quot;). The server may not send its intermediate certificates, or uses a private authority.</source>
        <translation>Die Zertifikatskette führt zu keiner Zertifizierungsstelle in der Liste der vertrauenswürdigen Zertifizierungsstellen dieses Computers (ihr letztes Zertifikat wurde von „%1“ ausgestellt). Vielleicht sendet der Server seine Zwischenzertifikate nicht, oder er verwendet eine private Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>If this is your organisation&apos;s server, ask its administrator for the authority&apos;s certificate and how to install it on this computer.</source>
        <translation>Ist es ein Server Ihrer Organisation, fragen Sie dessen Administrator nach dem Zertifikat der Zertifizierungsstelle und wie Sie es auf diesem Computer installieren.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the server must send its full certificate chain from an authority that clients trust.</source>
        <translation>Informieren Sie den Administrator des Servers: Der Server muss seine vollständige Zertifikatskette senden, bis zu einer Zertifizierungsstelle, der die Clients vertrauen.</translation>
    </message>
    <message>
        <source>Do not accept the certificate just to get past the warning unless you know why it is different.</source>
        <translation>Akzeptieren Sie das Zertifikat nicht nur, um die Warnung loszuwerden, außer Sie wissen, warum es anders ist.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for another name</source>
        <translation>Das Zertifikat von %1 gilt für einen anderen Namen</translation>
    </message>
    <message>
        <source>The certificate is valid, but it covers %1, not %2. Programs refuse the connection, because the server could not prove it is %2.</source>
        <translation>Das Zertifikat ist gültig, gilt aber für %1, nicht für %2. Programme verweigern die Verbindung, weil der Server nicht beweisen konnte, dass er %2 ist.</translation>
    </message>
    <message>
        <source>Connect with a name the certificate covers (%1), if it is the same server.</source>
        <translation>Verbinden Sie sich mit einem Namen, für den das Zertifikat gilt (%1), wenn es derselbe Server ist.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the certificate must include %1.</source>
        <translation>Informieren Sie den Administrator des Servers: Das Zertifikat muss %1 enthalten.</translation>
    </message>
    <message>
        <source>The service on port %1 of %2 accepts connections but does not greet</source>
        <translation>Der Dienst auf Port %1 von %2 nimmt Verbindungen an, sendet aber keine Begrüßung</translation>
    </message>
    <message>
        <source>The service on this port always speaks first, but it closed the connection without a word: it refuses this computer, or it is overloaded.</source>
        <translation>Der Dienst auf diesem Port spricht immer zuerst, hat die Verbindung aber wortlos geschlossen: Er weist diesen Computer ab, oder er ist überlastet.</translation>
    </message>
    <message>
        <source>The service on this port always speaks first (a greeting such as &quot;SSH-2.0-...&quot; or &quot;220 ...&quot;), but it said nothing in %1 s: it hangs or is overloaded, or its name lookups of clients time out.</source>
        <translation>Der Dienst auf diesem Port spricht immer zuerst (eine Begrüßung wie „SSH-2.0-...“ oder „220 ...“), hat aber in %1 s nichts gesagt: Er hängt oder ist überlastet, oder er wartet zu lange auf die Namensauflösung der Clients.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator that the service accepts connections but does not answer; its log and load are the place to look.</source>
        <translation>Teilen Sie dem Administrator des Servers mit, dass der Dienst Verbindungen annimmt, aber nicht antwortet; Anhaltspunkte liefern das Protokoll und die Auslastung des Dienstes.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: an overloaded service may recover.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut: Ein überlasteter Dienst erholt sich vielleicht.</translation>
    </message>
    <message>
        <source>The web server at %1 answers with an error (%2)</source>
        <translation>Der Webserver unter %1 antwortet mit einem Fehler (%2)</translation>
    </message>
    <message>
        <source>The connection works and the web server answered &quot;%1&quot;. A 5xx status comes from the front (a proxy or load balancer, or the web server itself): it works, but the application behind it does not answer properly.</source>
        <translation>Die Verbindung funktioniert, und der Webserver hat „%1“ geantwortet. Ein 5xx-Status kommt von dem System ganz vorne (einem Proxy, einem Load Balancer oder dem Webserver selbst): Es funktioniert, aber die Anwendung dahinter antwortet nicht richtig.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s administrator the time and the status: the application behind the web server is down or overloaded.</source>
        <translation>Nennen Sie dem Administrator der Website die Uhrzeit und den Status: Die Anwendung hinter dem Webserver ist ausgefallen oder überlastet.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The web server calls itself &quot;%1&quot;.</source>
        <translation>Der Webserver nennt sich „%1“.</translation>
    </message>
    <message>
        <source>The TLS handshake worked (%1), and the certificate is valid for %2 until %3.</source>
        <translation>Der TLS-Handshake hat funktioniert (%1), und das Zertifikat gilt für %2 bis %3.</translation>
    </message>
    <message>
        <source>If a program still cannot connect, check its own settings: a proxy, its own list of trusted certificates (Java, Python, Node.js and git have one), or the user name and password.</source>
        <translation>Wenn ein Programm trotzdem keine Verbindung herstellt, prüfen Sie seine eigenen Einstellungen: einen Proxy, seine eigene Liste vertrauenswürdiger Zertifikate (Java, Python, Node.js und git haben eine) oder Benutzername und Kennwort.</translation>
    </message>
    <message>
        <source>The service greeted: %1</source>
        <translation>Der Dienst hat sich gemeldet: %1</translation>
    </message>
    <message>
        <source>The web server answered: %1</source>
        <translation>Der Webserver hat geantwortet: %1</translation>
    </message>
    <message>
        <source>If a program still cannot connect, the problem is in the program or the service: check the program&apos;s settings, a proxy, or the user name and password.</source>
        <translation>Wenn ein Programm trotzdem keine Verbindung herstellt, liegt das Problem im Programm oder im Dienst: Prüfen Sie die Einstellungen des Programms, einen Proxy oder Benutzername und Kennwort.</translation>
    </message>
    <message>
        <source>A second connection asking for packets of at most %1 bytes got its answer in %2 ms.</source>
        <translation>Eine zweite Verbindung, die Pakete von höchstens %1 Bytes anforderte, bekam ihre Antwort in %2 ms.</translation>
    </message>
    <message>
        <source>A second connection asking for packets of at most %1 bytes got no answer either: the size of the packets is not the cause.</source>
        <translation>Eine zweite Verbindung, die Pakete von höchstens %1 Bytes anforderte, bekam ebenfalls keine Antwort: Die Größe der Pakete ist nicht die Ursache.</translation>
    </message>
    <message>
        <source>tcpdoctor could not ask for small packets on this computer (%1), so large packets lost on the way (a path MTU black hole) are not ruled out.</source>
        <translation>tcpdoctor konnte auf diesem Computer keine kleinen Pakete anfordern (%1), daher ist nicht ausgeschlossen, dass große Pakete unterwegs verloren gehen (ein Path-MTU-Black-Hole).</translation>
    </message>
    <message>
        <source>The second connection, for a try with small packets, failed: %1.</source>
        <translation>Die zweite Verbindung für einen Versuch mit kleinen Paketen ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>This computer sends to %1 through %2, whose MTU is %3 bytes.</source>
        <translation>Dieser Computer sendet an %1 über %2 mit einer MTU von %3 Bytes.</translation>
    </message>
    <message>
        <source>Large packets from %1 are lost on the way</source>
        <translation>Große Pakete von %1 gehen unterwegs verloren</translation>
    </message>
    <message>
        <source>The connection to port %1 was made, but the TLS hello got no answer in %2 s. The same hello on a connection that asks for packets of at most %3 bytes was answered at once.</source>
        <translation>Die Verbindung zu Port %1 kam zustande, aber das TLS-Hello bekam in %2 s keine Antwort. Dasselbe Hello auf einer Verbindung, die Pakete von höchstens %3 Bytes anfordert, wurde sofort beantwortet.</translation>
    </message>
    <message>
        <source>The connection to port %1 was made, but the request got no answer in %2 s. The same request on a connection that asks for packets of at most %3 bytes was answered at once.</source>
        <translation>Die Verbindung zu Port %1 kam zustande, aber die Anfrage bekam in %2 s keine Antwort. Dieselbe Anfrage auf einer Verbindung, die Pakete von höchstens %3 Bytes anfordert, wurde sofort beantwortet.</translation>
    </message>
    <message>
        <source>Small packets pass and large ones from the server are lost: a router, tunnel or VPN on the way carries only smaller packets and drops larger ones without sending back the message (ICMP &quot;fragmentation needed&quot;) that would make the server send smaller ones. This is called a path MTU black hole: programs connect, then hang.</source>
        <translation>Kleine Pakete kommen durch, große vom Server gehen verloren: Ein Router, Tunnel oder VPN auf dem Weg transportiert nur kleinere Pakete und verwirft größere, ohne die Meldung (ICMP „fragmentation needed“) zurückzuschicken, die den Server dazu brächte, kleinere zu senden. Man nennt das ein Path-MTU-Black-Hole: Programme verbinden sich und hängen dann.</translation>
    </message>
    <message>
        <source>To get going on this computer, lower the MTU of %1 (now %2) to 1400, and try again.</source>
        <translation>Um auf diesem Computer weiterarbeiten zu können, senken Sie die MTU von %1 (jetzt %2) auf 1400 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>If you use a VPN or tunnel, try without it, or ask its administrator to lower the MTU of the tunnel.</source>
        <translation>Wenn Sie ein VPN oder einen Tunnel verwenden, versuchen Sie es ohne, oder bitten Sie dessen Administrator, die MTU des Tunnels zu senken.</translation>
    </message>
    <message>
        <source>Tell the network&apos;s administrator: a router on the way should adjust the TCP maximum segment size (MSS clamping), and let ICMP &quot;fragmentation needed&quot; (IPv6: &quot;packet too big&quot;) messages through.</source>
        <translation>Informieren Sie den Administrator des Netzwerks: Ein Router auf dem Weg sollte die maximale TCP-Segmentgröße anpassen (MSS Clamping) und ICMP-Meldungen „fragmentation needed“ (IPv6: „packet too big“) durchlassen.</translation>
    </message>
    <message>
        <source>If programs connect and then hang only on this network or VPN, ask its administrator whether large packets are lost on the way (the MTU of a tunnel, MSS clamping on the router).</source>
        <translation>Wenn Programme sich nur in diesem Netzwerk oder VPN verbinden und dann hängen, fragen Sie dessen Administrator, ob große Pakete unterwegs verloren gehen (die MTU eines Tunnels, MSS Clamping auf dem Router).</translation>
    </message>
    <message>
        <source>The proxy %1 took the connection.</source>
        <translation>Der Proxy %1 hat die Verbindung angenommen.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in page check.</source>
        <translation>%1 hat bei der Prüfung auf eine Anmeldeseite geantwortet.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Proxy: %1, from %2.</source>
        <translation>Proxy: %1 (Quelle: %2).</translation>
    </message>
    <message>
        <source>The proxy answered %1.</source>
        <translation>Der Proxy hat %1 geantwortet.</translation>
    </message>
    <message>
        <source>The proxy calls itself %1.</source>
        <translation>Der Proxy nennt sich %1.</translation>
    </message>
    <message>
        <source>A sign-in page holds the way out</source>
        <translation>Eine Anmeldeseite versperrt den Weg nach draußen</translation>
    </message>
    <message>
        <source>This network answers with a sign-in page (%1) instead of letting connections through: a hotel, guest Wi-Fi or public network that wants you to accept its terms or sign in first. Until then it holds connections to %2, or answers them itself.</source>
        <translation>Dieses Netzwerk antwortet mit einer Anmeldeseite (%1), statt Verbindungen durchzulassen: ein Hotelnetz, ein Gast-WLAN oder ein öffentliches Netzwerk, das verlangt, dass Sie zuerst seine Nutzungsbedingungen akzeptieren oder sich anmelden. Bis dahin hält es Verbindungen zu %2 zurück oder beantwortet sie selbst.</translation>
    </message>
    <message>
        <source>Open a browser and go to %1 (or any address starting with http://). Accept the terms or sign in on the page that appears, then run the check again.</source>
        <translation>Öffnen Sie einen Browser und rufen Sie %1 auf (oder eine beliebige Adresse, die mit http:// beginnt). Akzeptieren Sie auf der Seite, die dann erscheint, die Bedingungen oder melden Sie sich an, und führen Sie die Prüfung danach erneut aus.</translation>
    </message>
    <message>
        <source>If no page appears, turn Wi-Fi off and on again, or ask the staff of the place for the network&apos;s sign-in page.</source>
        <translation>Erscheint keine Seite, schalten Sie das WLAN aus und wieder ein, oder fragen Sie das Personal vor Ort nach der Anmeldeseite des Netzwerks.</translation>
    </message>
    <message>
        <source>The check address %1 answered %2.</source>
        <translation>Die Prüfadresse %1 hat %2 geantwortet.</translation>
    </message>
    <message>
        <source>It sends browsers to %1.</source>
        <translation>Browser werden zu %1 weitergeleitet.</translation>
    </message>
    <message>
        <source>%1 can be reached only through the proxy</source>
        <translation>%1 ist nur über den Proxy erreichbar</translation>
    </message>
    <message>
        <source>A direct connection to %1 does not get through, but the proxy %2 (from %3) opened the way to it. This network lets connections out only through its proxy. Programs that follow the proxy settings work; programs that ignore them (many command-line tools, Java, Python and database clients) fail with “timed out” or “connection refused”.</source>
        <translation>Eine direkte Verbindung zu %1 kommt nicht durch, aber der Proxy %2 (Quelle: %3) hat den Weg dorthin geöffnet. Dieses Netzwerk lässt Verbindungen nur über seinen Proxy nach draußen. Programme, die die Proxyeinstellungen befolgen, funktionieren; Programme, die sie ignorieren (viele Befehlszeilenprogramme, Java, Python und Datenbank-Clients), scheitern mit „Zeitüberschreitung“ (timed out) oder „Verbindung verweigert“ (connection refused).</translation>
    </message>
    <message>
        <source>Tell the program that fails to use the proxy %1: most command-line tools read https_proxy=%1 from their environment; Java takes -Dhttps.proxyHost and -Dhttps.proxyPort; git takes git config --global http.proxy %1.</source>
        <translation>Richten Sie das Programm, das scheitert, für den Proxy %1 ein: Die meisten Befehlszeilenprogramme lesen https_proxy=%1 aus ihrer Umgebung; Java erwartet -Dhttps.proxyHost und -Dhttps.proxyPort; für git: git config --global http.proxy %1.</translation>
    </message>
    <message>
        <source>If the program cannot use a proxy, ask the network&apos;s administrator to let it connect to %1 directly.</source>
        <translation>Kann das Programm keinen Proxy verwenden, bitten Sie den Administrator des Netzwerks, ihm eine direkte Verbindung zu %1 zu erlauben.</translation>
    </message>
    <message>
        <source>its name does not resolve</source>
        <translation>zu seinem Namen wird keine Adresse gefunden</translation>
    </message>
    <message>
        <source>what answers there is not a proxy</source>
        <translation>was dort antwortet, ist kein Proxy</translation>
    </message>
    <message>
        <source>its port did not take the connection (%1)</source>
        <translation>sein Port hat die Verbindung nicht angenommen (%1)</translation>
    </message>
    <message>
        <source>The proxy set on this computer does not answer</source>
        <translation>Der auf diesem Computer eingestellte Proxy antwortet nicht</translation>
    </message>
    <message>
        <source>Programs here are told to go through the proxy %1 (from %2), but %3. A proxy setting left over from another network (the office, a VPN) does this: every program that follows the setting fails, browsers first. The direct connection to %4 did not get through either.</source>
        <translation>Programme auf diesem Computer sollen über den Proxy %1 (Quelle: %2) gehen, aber %3. Das passiert bei einer Proxyeinstellung, die von einem anderen Netzwerk übrig geblieben ist (Büro, VPN): Jedes Programm, das der Einstellung folgt, scheitert, allen voran die Browser. Auch die direkte Verbindung zu %4 ist nicht durchgekommen.</translation>
    </message>
    <message>
        <source>If this computer should not use a proxy on this network, remove the setting. %1</source>
        <translation>Wenn dieser Computer in diesem Netzwerk keinen Proxy verwenden soll, entfernen Sie die Einstellung. %1</translation>
    </message>
    <message>
        <source>If it should, ask the network&apos;s administrator whether the proxy %1 is running and which address to use.</source>
        <translation>Wenn doch, fragen Sie den Administrator des Netzwerks, ob der Proxy %1 läuft und welche Adresse zu verwenden ist.</translation>
    </message>
    <message>
        <source>The proxy wants a sign-in</source>
        <translation>Der Proxy verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>The proxy %1 turned down the user name and password in the proxy setting.</source>
        <translation>Der Proxy %1 hat den Benutzernamen und das Kennwort aus der Proxyeinstellung abgelehnt.</translation>
    </message>
    <message>
        <source>The proxy %1 lets connections through only after a sign-in. Browsers ask for it or sign in with your computer&apos;s account; many other programs cannot, and fail.</source>
        <translation>Der Proxy %1 lässt Verbindungen erst nach einer Anmeldung durch. Browser fragen danach oder melden sich mit dem Konto Ihres Computers an; viele andere Programme können das nicht und scheitern.</translation>
    </message>
    <message>
        <source>The direct connection to %1 did not get through, so programs need the proxy.</source>
        <translation>Die direkte Verbindung zu %1 ist nicht durchgekommen, daher brauchen Programme den Proxy.</translation>
    </message>
    <message>
        <source>Give the program the proxy&apos;s user name and password (for example https_proxy=http://USER:PASSWORD@%1), or use a program that can sign in to the proxy.</source>
        <translation>Geben Sie dem Programm Benutzername und Kennwort für den Proxy (z. B. https_proxy=http://BENUTZER:KENNWORT@%1), oder verwenden Sie ein Programm, das sich beim Proxy anmelden kann.</translation>
    </message>
    <message>
        <source>Ask the network&apos;s administrator which sign-in the proxy expects.</source>
        <translation>Fragen Sie den Administrator des Netzwerks, welche Anmeldung der Proxy erwartet.</translation>
    </message>
    <message>
        <source>The proxy will not connect to %1</source>
        <translation>Der Proxy stellt keine Verbindung zu %1 her</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection without an answer when asked to connect to %2.</source>
        <translation>Der Proxy %1 hat die Verbindung ohne Antwort geschlossen, als er sich mit %2 verbinden sollte.</translation>
    </message>
    <message>
        <source>The proxy %1 refused to connect to %2.</source>
        <translation>Der Proxy %1 hat es abgelehnt, sich mit %2 zu verbinden.</translation>
    </message>
    <message>
        <source>Proxies often allow only web ports (443, 80) or a list of sites. The direct connection did not get through either.</source>
        <translation>Proxys erlauben oft nur Webports (443, 80) oder eine Liste von Websites. Auch die direkte Verbindung ist nicht durchgekommen.</translation>
    </message>
    <message>
        <source>Ask the network&apos;s administrator to allow %1 through the proxy, or to let this program connect to it directly.</source>
        <translation>Bitten Sie den Administrator des Netzwerks, %1 über den Proxy freizugeben oder diesem Programm eine direkte Verbindung dorthin zu erlauben.</translation>
    </message>
    <message>
        <source>The proxy cannot reach %1 either</source>
        <translation>Auch der Proxy erreicht %1 nicht</translation>
    </message>
    <message>
        <source>The proxy %1 took the request but had no answer after %2 s: it was still trying to reach %3.</source>
        <translation>Der Proxy %1 hat die Anfrage angenommen, hatte nach %2 s aber noch keine Antwort: Er versuchte noch, %3 zu erreichen.</translation>
    </message>
    <message>
        <source>The proxy %1 took the request but could not connect to %2.</source>
        <translation>Der Proxy %1 hat die Anfrage angenommen, konnte aber keine Verbindung zu %2 herstellen.</translation>
    </message>
    <message>
        <source>Neither this computer nor its proxy gets through, so the problem is at %1 or on the way to it, not on this computer.</source>
        <translation>Weder dieser Computer noch sein Proxy kommt durch; das Problem liegt also bei %1 oder auf dem Weg dorthin, nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Check that %1 is switched on and that a program listens on port %2.</source>
        <translation>Prüfen Sie, ob %1 eingeschaltet ist und ob ein Programm auf Port %2 Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>Ask the proxy&apos;s administrator whether the proxy may connect to %1.</source>
        <translation>Fragen Sie den Administrator des Proxys, ob der Proxy sich mit %1 verbinden darf.</translation>
    </message>
    <message>
        <source>%1 port %2: this computer had no free local port for the connection.</source>
        <translation>%1 Port %2: Dieser Computer hatte keinen freien lokalen Port für die Verbindung.</translation>
    </message>
    <message>
        <source>This computer&apos;s connections could not be counted: %1</source>
        <translation>Die Verbindungen dieses Computers konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>An administrator can list them with: netstat -ano</source>
        <translation>Ein Administrator kann sie so anzeigen: netstat -ano</translation>
    </message>
    <message>
        <source>An administrator can list them with: ss -tan</source>
        <translation>Ein Administrator kann sie so anzeigen: ss -tan</translation>
    </message>
    <message>
        <source>Local ports in use: %1 of %2 (this computer picks them from %3 to %4).</source>
        <translation>Belegte lokale Ports: %1 von %2 (dieser Computer wählt sie aus dem Bereich %3 bis %4).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>TCP connections of this computer: %1.</source>
        <translation>TCP-Verbindungen dieses Computers: %1.</translation>
    </message>
    <message>
        <source>Most of them belong to connections closed in the last minutes: a closed connection keeps its port for a while (TIME_WAIT). A program opens and closes connections very fast.</source>
        <translation>Die meisten gehören zu Verbindungen, die in den letzten Minuten geschlossen wurden: Eine geschlossene Verbindung behält ihren Port noch eine Weile (TIME_WAIT). Ein Programm öffnet und schließt Verbindungen sehr schnell.</translation>
    </message>
    <message>
        <source>Most of them belong to open connections: a program keeps very many connections open.</source>
        <translation>Die meisten gehören zu offenen Verbindungen: Ein Programm hält sehr viele Verbindungen offen.</translation>
    </message>
    <message>
        <source>Most connections go to %1 port %2 (%3).</source>
        <translation>Die meisten Verbindungen gehen zu %1 Port %2 (%3).</translation>
    </message>
    <message>
        <source>Find the program that opens the connections to %1 port %2 and let it reuse its connections (a connection pool, keep-alive) instead of opening a new one for every request.</source>
        <translation>Finden Sie das Programm, das die Verbindungen zu %1 Port %2 öffnet, und lassen Sie es seine Verbindungen wiederverwenden (ein Verbindungspool, Keep-Alive), statt für jede Anfrage eine neue zu öffnen.</translation>
    </message>
    <message>
        <source>This computer has no free local port left for new connections</source>
        <translation>Dieser Computer hat keinen freien lokalen Port mehr für neue Verbindungen</translation>
    </message>
    <message>
        <source>Every connection uses a local port of this computer. When tcpdoctor tried to connect to %1, the system answered that none was free (%2), so nothing was sent: neither the network nor the server is involved.</source>
        <translation>Jede Verbindung belegt einen lokalen Port dieses Computers. Als tcpdoctor versuchte, sich mit %1 zu verbinden, antwortete das System, dass keiner frei war (%2). Daher wurde nichts gesendet: Weder das Netzwerk noch der Server ist beteiligt.</translation>
    </message>
    <message>
        <source>Restarting the program that opens the connections frees its ports at once; the ports of closed connections come free by themselves within about 2 minutes.</source>
        <translation>Ein Neustart des Programms, das die Verbindungen öffnet, gibt seine Ports sofort frei; die Ports geschlossener Verbindungen werden innerhalb von etwa 2 Minuten von selbst frei.</translation>
    </message>
    <message>
        <source>An administrator can give connections more local ports: netsh int ipv4 set dynamicport tcp start=10000 num=55536</source>
        <translation>Ein Administrator kann den Verbindungen mehr lokale Ports geben: netsh int ipv4 set dynamicport tcp start=10000 num=55536</translation>
    </message>
    <message>
        <source>An administrator can give connections more local ports (now %1 to %2): sysctl -w net.ipv4.ip_local_port_range=&quot;10000 65000&quot;</source>
        <translation>Ein Administrator kann den Verbindungen mehr lokale Ports geben (jetzt %1 bis %2): sysctl -w net.ipv4.ip_local_port_range=&quot;10000 65000&quot;</translation>
    </message>
</context>
<context>
    <name>DnsStep</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The system resolver answered: %1</source>
        <translation>Die Namensauflösung des Systems antwortete: %1</translation>
    </message>
    <message>
        <source>Not needed: the target is an IP address, there is no name to look up.</source>
        <translation>Nicht nötig: Das Ziel ist eine IP-Adresse, es gibt keinen Namen nachzuschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n address(es).</source>
        <translation>
            <numerusform>%1 hat %n Adresse.</numerusform>
            <numerusform>%1 hat %n Adressen.</numerusform>
        </translation>
    </message>
    <message>
        <source>They come from the hosts file.</source>
        <translation>Sie stammen aus der hosts-Datei.</translation>
    </message>
    <message>
        <source>The system resolver was still waiting; the DNS servers gave them.</source>
        <translation>Die Namensauflösung des Systems wartete noch; die DNS-Server haben sie geliefert.</translation>
    </message>
    <message>
        <source>The name lookup failed.</source>
        <translation>Die Namensauflösung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Line %1 of the hosts file %2 maps %3 to %4.</source>
        <translation>Zeile %1 der hosts-Datei %2 ordnet %3 der Adresse %4 zu.</translation>
    </message>
    <message>
        <source>No DNS server is configured</source>
        <translation>Kein DNS-Server konfiguriert</translation>
    </message>
    <message>
        <source>Programs ask the local resolver %1, but it has no DNS server to ask in turn (%2 lists none), so names cannot be turned into addresses.</source>
        <translation>Programme fragen den lokalen Resolver %1, aber der hat selbst keinen DNS-Server, den er fragen kann (%2 nennt keinen). Daher können Namen nicht in Adressen übersetzt werden.</translation>
    </message>
    <message>
        <source>This computer has no DNS server to ask (%1 lists none), so names cannot be turned into addresses.</source>
        <translation>Dieser Computer hat keinen DNS-Server, den er fragen kann (%1 nennt keinen), daher können Namen nicht in Adressen übersetzt werden.</translation>
    </message>
    <message>
        <source>Connect to the network again, or renew the automatic configuration (DHCP): it normally brings the DNS servers.</source>
        <translation>Verbinden Sie sich erneut mit dem Netzwerk oder erneuern Sie die automatische Konfiguration (DHCP): Sie liefert normalerweise die DNS-Server.</translation>
    </message>
    <message>
        <source>Or enter a DNS server by hand in the network settings (your router&apos;s address often works).</source>
        <translation>Oder tragen Sie in den Netzwerkeinstellungen von Hand einen DNS-Server ein (die Adresse Ihres Routers funktioniert oft).</translation>
    </message>
    <message>
        <source>The system resolver had no answer after %1 seconds.</source>
        <translation>Die Namensauflösung des Systems hatte nach %1 Sekunden keine Antwort.</translation>
    </message>
    <message>
        <source>The DNS servers did not answer</source>
        <translation>Die DNS-Server haben nicht geantwortet</translation>
    </message>
    <message>
        <source>Check that this computer is connected to a network (try a well-known website).</source>
        <translation>Prüfen Sie, ob dieser Computer mit einem Netzwerk verbunden ist (öffnen Sie eine bekannte Website).</translation>
    </message>
    <message>
        <source>Restart the router, or switch the network connection off and on.</source>
        <translation>Starten Sie den Router neu, oder schalten Sie die Netzwerkverbindung aus und wieder ein.</translation>
    </message>
    <message>
        <source>If you use a VPN, connect it, or disconnect it, and try again.</source>
        <translation>Wenn Sie ein VPN verwenden, verbinden oder trennen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The DNS server refused to answer</source>
        <translation>Der DNS-Server hat die Antwort verweigert</translation>
    </message>
    <message>
        <source>The DNS server could not answer</source>
        <translation>Der DNS-Server konnte nicht antworten</translation>
    </message>
    <message>
        <source>The server does not answer this computer: it may serve only its own network. Check which DNS server this computer uses.</source>
        <translation>Der Server antwortet diesem Computer nicht: Vielleicht bedient er nur sein eigenes Netzwerk. Prüfen Sie, welchen DNS-Server dieser Computer verwendet.</translation>
    </message>
    <message>
        <source>The server is there but cannot find the answer: the name&apos;s own DNS servers may be broken or unreachable. Try again later, or ask the name&apos;s administrator.</source>
        <translation>Der Server ist da, findet aber die Antwort nicht: Die DNS-Server des Namens selbst sind vielleicht defekt oder nicht erreichbar. Versuchen Sie es später erneut oder fragen Sie den Administrator des Namens.</translation>
    </message>
    <message>
        <source>Try another DNS server (for example your router&apos;s), to see whether the problem is the server.</source>
        <translation>Versuchen Sie einen anderen DNS-Server (z. B. den Ihres Routers), um zu sehen, ob der Server das Problem ist.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>Check the spelling of the name, letter by letter.</source>
        <translation>Prüfen Sie die Schreibweise des Namens Buchstabe für Buchstabe.</translation>
    </message>
    <message>
        <source>If it is an internal name, connect to the company network or VPN first.</source>
        <translation>Wenn es ein interner Name ist, verbinden Sie sich zuerst mit dem Firmennetzwerk oder dem VPN.</translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation>Der Name %1 existiert nicht</translation>
    </message>
    <message>
        <source>Only IPv4 was asked for.</source>
        <translation>Es wurde nur nach IPv4 gefragt.</translation>
    </message>
    <message>
        <source>This computer has no IPv6 route, so it cannot use them.</source>
        <translation>Dieser Computer hat keine IPv6-Route, daher kann er sie nicht nutzen.</translation>
    </message>
    <message>
        <source>This computer did not ask for them (it has no IPv6 address of its own).</source>
        <translation>Dieser Computer hat nicht danach gefragt (er hat selbst keine IPv6-Adresse).</translation>
    </message>
    <message>
        <source>The name %1 has only IPv6 addresses</source>
        <translation>Der Name %1 hat nur IPv6-Adressen</translation>
    </message>
    <message>
        <source>%1 has the IPv6 address(es) %2 and no IPv4 address.</source>
        <translation>%1 hat die IPv6-Adresse(n) %2 und keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>Connect to a network that offers IPv6, or ask your provider for IPv6.</source>
        <translation>Verbinden Sie sich mit einem Netzwerk, das IPv6 bietet, oder fragen Sie Ihren Anbieter nach IPv6.</translation>
    </message>
    <message>
        <source>Or ask the administrator of the name to add an IPv4 address (an A record).</source>
        <translation>Oder bitten Sie den Administrator des Namens, eine IPv4-Adresse (einen A-Eintrag) hinzuzufügen.</translation>
    </message>
    <message>
        <source>The name %1 has no address</source>
        <translation>Der Name %1 hat keine Adresse</translation>
    </message>
    <message>
        <source>Check that you have the right name: it may be a mail-only or an old name.</source>
        <translation>Prüfen Sie, ob der Name richtig ist: Vielleicht ist es ein reiner Mail-Name oder ein alter Name.</translation>
    </message>
    <message>
        <source>Ask the administrator of the domain to add an address record for it.</source>
        <translation>Bitten Sie den Administrator der Domäne, einen Adresseintrag dafür anzulegen.</translation>
    </message>
    <message>
        <source>The name %1 is blocked: it leads to %2</source>
        <translation>Der Name %1 ist blockiert: Er führt zu %2</translation>
    </message>
    <message>
        <source>%1 is not a name of this computer, yet it leads to %2, where nothing can answer for it. Ad and malware filters answer like this.</source>
        <translation>%1 ist kein Name dieses Computers, und doch führt er zu %2, wo nichts dafür antworten kann. So antworten Werbe- und Malwarefilter.</translation>
    </message>
    <message>
        <source>Remove the line for this name from the hosts file (administrator rights needed).</source>
        <translation>Entfernen Sie die Zeile für diesen Namen aus der hosts-Datei (Administratorrechte nötig).</translation>
    </message>
    <message>
        <source>A DNS filter blocks this name (a filtering DNS service, the router, or security software). Ask whoever runs it to allow the name.</source>
        <translation>Ein DNS-Filter blockiert diesen Namen (ein filternder DNS-Dienst, der Router oder Sicherheitssoftware). Bitten Sie dessen Betreiber, den Namen freizugeben.</translation>
    </message>
    <message>
        <source>If the block is wanted, the connection is not supposed to work.</source>
        <translation>Ist die Sperre gewollt, soll die Verbindung auch nicht funktionieren.</translation>
    </message>
    <message>
        <source>The name lookup failed</source>
        <translation>Die Namensauflösung ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Programs ask %1 first and wait %n second(s) for it before they ask the next server, so every new name takes at least that long.</source>
        <translation>
            <numerusform>Programme fragen zuerst %1 und warten %n Sekunde darauf, bevor sie den nächsten Server fragen. Jeder neue Name dauert also mindestens so lange.</numerusform>
            <numerusform>Programme fragen zuerst %1 und warten %n Sekunden darauf, bevor sie den nächsten Server fragen. Jeder neue Name dauert also mindestens so lange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programs ask it only when the servers before it fail, and then wait %n second(s) for it.</source>
        <translation>
            <numerusform>Programme fragen ihn nur, wenn die Server davor versagen, und warten dann %n Sekunde auf ihn.</numerusform>
            <numerusform>Programme fragen ihn nur, wenn die Server davor versagen, und warten dann %n Sekunden auf ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some DNS servers do not answer: lookups are slower</source>
        <translation>Einige DNS-Server antworten nicht: Namensauflösungen dauern länger</translation>
    </message>
    <message>
        <source>Remove the silent server from the network settings, or ask whoever runs it to fix it.</source>
        <translation>Entfernen Sie den stummen Server aus den Netzwerkeinstellungen oder bitten Sie seinen Betreiber, ihn zu reparieren.</translation>
    </message>
    <message>
        <source>A configured DNS server does not offer DNS</source>
        <translation>Ein konfigurierter DNS-Server bietet kein DNS an</translation>
    </message>
    <message>
        <source>Remove the server from the network settings, or ask whoever runs it to fix it.</source>
        <translation>Entfernen Sie den Server aus den Netzwerkeinstellungen oder bitten Sie seinen Betreiber, ihn zu reparieren.</translation>
    </message>
    <message>
        <source>The DNS servers give different answers</source>
        <translation>Die DNS-Server liefern unterschiedliche Antworten</translation>
    </message>
    <message>
        <source>One server may be out of date, or belong to another network (a VPN or company network with its own names). Check which servers this computer should use.</source>
        <translation>Ein Server ist vielleicht veraltet oder gehört zu einem anderen Netzwerk (ein VPN oder Firmennetzwerk mit eigenen Namen). Prüfen Sie, welche Server dieser Computer verwenden soll.</translation>
    </message>
    <message>
        <source>Different addresses are normal for big websites; for a single server they mean one DNS server is out of date.</source>
        <translation>Unterschiedliche Adressen sind bei großen Websites normal; bei einem einzelnen Server heißt das, dass ein DNS-Server veraltet ist.</translation>
    </message>
    <message>
        <source>A DNS server blocks %1</source>
        <translation>Ein DNS-Server blockiert %1</translation>
    </message>
    <message>
        <source>That server filters names (ads, malware, parental control). Ask whoever runs it to allow the name.</source>
        <translation>Dieser Server filtert Namen (Werbung, Malware, Jugendschutz). Bitten Sie seinen Betreiber, den Namen freizugeben.</translation>
    </message>
    <message>
        <source>The DNS configuration could not be read</source>
        <translation>Die DNS-Konfiguration konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The servers behind the local resolver are not known</source>
        <translation>Die Server hinter dem lokalen Resolver sind unbekannt</translation>
    </message>
    <message>
        <source>Programs ask %1; the list of servers it asks in turn (%2) could not be read: %3</source>
        <translation>Programme fragen %1; die Liste der Server, die dieser weiterfragt (%2), konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The hosts file could not be read</source>
        <translation>Die hosts-Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The hosts file decides where %1 leads, and DNS says otherwise</source>
        <translation>Die hosts-Datei bestimmt, wohin %1 führt, und DNS sagt etwas anderes</translation>
    </message>
    <message>
        <source>Programs use the hosts file and never ask DNS. DNS says %1 is at %2.</source>
        <translation>Programme verwenden die hosts-Datei und fragen nie das DNS. Laut DNS ist %1 unter %2 zu finden.</translation>
    </message>
    <message>
        <source>If the entry is old, remove it from the hosts file (administrator rights needed).</source>
        <translation>Ist der Eintrag veraltet, entfernen Sie ihn aus der hosts-Datei (Administratorrechte nötig).</translation>
    </message>
    <message>
        <source>The hosts file names %1, and DNS agrees</source>
        <translation>Die hosts-Datei nennt %1, und DNS stimmt zu</translation>
    </message>
    <message>
        <source>The hosts file names %1</source>
        <translation>Die hosts-Datei nennt %1</translation>
    </message>
    <message>
        <source>The DNS servers do not know the name.</source>
        <translation>Die DNS-Server kennen den Namen nicht.</translation>
    </message>
    <message>
        <source>%1 leads to the expected address %2</source>
        <translation>%1 führt zur erwarteten Adresse %2</translation>
    </message>
    <message>
        <source>You expected %1 at %2, but the lookup gave no address to try.</source>
        <translation>Sie haben %1 unter %2 erwartet, aber die Suche lieferte keine Adresse.</translation>
    </message>
    <message>
        <source>You expected %1 at %2, but it leads to %3.</source>
        <translation>Sie haben %1 unter %2 erwartet, aber er führt zu %3.</translation>
    </message>
    <message>
        <source>The DNS server(s) %1 do give %2.</source>
        <translation>Die DNS-Server %1 liefern tatsächlich %2.</translation>
    </message>
    <message>
        <source>%1 does not lead to the expected address</source>
        <translation>%1 führt nicht zur erwarteten Adresse</translation>
    </message>
    <message>
        <source>Check the address you expected. If it is right, the DNS record (or a hosts file entry) is out of date: tell the name&apos;s administrator.</source>
        <translation>Prüfen Sie die erwartete Adresse. Stimmt sie, ist der DNS-Eintrag (oder ein Eintrag in der hosts-Datei) veraltet: Informieren Sie den Administrator des Namens.</translation>
    </message>
    <message>
        <source>Reverse lookup of %1</source>
        <translation>Rückwärtssuche für %1</translation>
    </message>
    <message>
        <source>The hosts file calls %1 %2.</source>
        <translation>Laut hosts-Datei heißt %1 %2.</translation>
    </message>
    <message>
        <source>The DNS server %1 calls %2 %3 (reverse lookup).</source>
        <translation>Laut DNS-Server %1 heißt %2 %3 (Rückwärtssuche).</translation>
    </message>
    <message>
        <source>The DNS server %1 knows no name for %2 (no reverse entry).</source>
        <translation>Der DNS-Server %1 kennt keinen Namen für %2 (kein Rückwärtseintrag).</translation>
    </message>
    <message>
        <source>The reverse lookup of %1 got no answer in time.</source>
        <translation>Die Rückwärtssuche für %1 bekam nicht rechtzeitig eine Antwort.</translation>
    </message>
    <message>
        <source>What each DNS server answered</source>
        <translation>Was jeder DNS-Server geantwortet hat</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered with %3.</source>
        <translation>Ihr Computer hat den DNS-Server %1 nach %2 gefragt; er antwortete mit %3.</translation>
    </message>
    <message>
        <source>%1 is another name for %2.</source>
        <translation>%1 ist ein anderer Name für %2.</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered that the name does not exist.</source>
        <translation>Ihr Computer hat den DNS-Server %1 nach %2 gefragt; er antwortete, dass der Name nicht existiert.</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered that the name exists but has no address (no A or AAAA record).</source>
        <translation>Ihr Computer hat den DNS-Server %1 nach %2 gefragt; er antwortete, dass der Name existiert, aber keine Adresse hat (kein A- oder AAAA-Eintrag).</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered with a failure (SERVFAIL): it could not find out the answer itself.</source>
        <translation>Ihr Computer hat den DNS-Server %1 nach %2 gefragt; er antwortete mit einem Fehler (SERVFAIL): Er konnte die Antwort selbst nicht herausfinden.</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it refused to answer this computer (REFUSED).</source>
        <translation>Ihr Computer hat den DNS-Server %1 nach %2 gefragt; er hat diesem Computer die Antwort verweigert (REFUSED).</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it did not understand the question (FORMERR or NOTIMP).</source>
        <translation>Ihr Computer hat den DNS-Server %1 nach %2 gefragt; er hat die Frage nicht verstanden (FORMERR oder NOTIMP).</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it did not answer within %3 seconds, though it was asked several times.</source>
        <translation>Ihr Computer hat den DNS-Server %1 nach %2 gefragt; er hat nicht innerhalb von %3 Sekunden geantwortet, obwohl er mehrmals gefragt wurde.</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; nothing answers DNS questions at that address (the question was refused).</source>
        <translation>Ihr Computer hat den DNS-Server %1 nach %2 gefragt; unter dieser Adresse beantwortet nichts DNS-Anfragen (die Anfrage wurde abgewiesen).</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; its answer could not be read.</source>
        <translation>Ihr Computer hat den DNS-Server %1 nach %2 gefragt; seine Antwort war nicht lesbar.</translation>
    </message>
    <message>
        <source>The DNS server %1 could not be asked directly: %2.</source>
        <translation>Der DNS-Server %1 konnte nicht direkt gefragt werden: %2.</translation>
    </message>
    <message>
        <source>Asking the DNS server %1 for %2 failed: %3.</source>
        <translation>Die Anfrage an den DNS-Server %1 nach %2 ist fehlgeschlagen: %3.</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>The other computer refused the connection: nothing is listening on that port</source>
        <translation>Der andere Computer hat die Verbindung verweigert: Auf diesem Port nimmt nichts Verbindungen an</translation>
    </message>
    <message>
        <source>To open a TCP connection, this computer sends a SYN (&quot;may I connect?&quot;). This time an RST (&quot;no&quot;) came straight back: the other computer is switched on and reachable, but no program accepts connections on that port. Windows calls this &quot;actively refused&quot;; elsewhere it reads &quot;connection refused&quot;.</source>
        <translation>Um eine TCP-Verbindung zu öffnen, sendet dieser Computer ein SYN („Darf ich mich verbinden?“). Diesmal kam sofort ein RST („Nein“) zurück: Der andere Computer ist eingeschaltet und erreichbar, aber kein Programm nimmt auf diesem Port Verbindungen an. Windows meldet, dass „der Zielcomputer die Verbindung verweigerte“; anderswo heißt es „Verbindung verweigert“ (connection refused).</translation>
    </message>
    <message>
        <source>The service (the server program) is not running: stopped, crashed, or still starting up.</source>
        <translation>Der Dienst (das Serverprogramm) läuft nicht: beendet, abgestürzt oder noch beim Starten.</translation>
    </message>
    <message>
        <source>The service listens on a different port, or only on 127.0.0.1, which accepts connections from that same computer only.</source>
        <translation>Der Dienst wartet auf einem anderen Port oder nur auf 127.0.0.1, das nur Verbindungen vom selben Computer annimmt.</translation>
    </message>
    <message>
        <source>The program uses the wrong address or port: check its settings for an old address or a mistyped port.</source>
        <translation>Das Programm verwendet eine falsche Adresse oder einen falschen Port: Prüfen Sie seine Einstellungen auf eine alte Adresse oder einen Tippfehler.</translation>
    </message>
    <message>
        <source>A firewall on the server, or on the way, turns the connection away with a reset.</source>
        <translation>Eine Firewall auf dem Server oder unterwegs weist die Verbindung mit einem Reset ab.</translation>
    </message>
    <message>
        <source>No answer: the connection attempt timed out</source>
        <translation>Keine Antwort: Zeitüberschreitung beim Verbindungsversuch</translation>
    </message>
    <message>
        <source>This computer sent a SYN (&quot;may I connect?&quot;) and nothing came back. It sent the SYN again and waited longer each time: Windows waits 3 seconds, then 6, then 12, and gives up after 21 seconds in all; Linux keeps trying for about two minutes. Something on the way dropped the packets without a word, or there is no computer at that address.</source>
        <translation>Dieser Computer hat ein SYN („Darf ich mich verbinden?“) gesendet, und nichts kam zurück. Er hat das SYN erneut gesendet und jedes Mal länger gewartet: Windows wartet 3 Sekunden, dann 6, dann 12 und gibt nach insgesamt 21 Sekunden auf; Linux versucht es etwa zwei Minuten lang. Etwas auf dem Weg hat die Pakete wortlos verworfen, oder unter dieser Adresse gibt es keinen Computer.</translation>
    </message>
    <message>
        <source>A firewall drops the connection silently: on the server, in the network, or at the router in front of the server (the port is not opened or not forwarded).</source>
        <translation>Eine Firewall verwirft die Verbindung stillschweigend: auf dem Server, im Netzwerk oder am Router vor dem Server (der Port ist nicht geöffnet oder nicht weitergeleitet).</translation>
    </message>
    <message>
        <source>The other computer is switched off, asleep or disconnected, or nothing uses that address.</source>
        <translation>Der andere Computer ist ausgeschaltet, im Ruhezustand oder nicht verbunden, oder niemand verwendet diese Adresse.</translation>
    </message>
    <message>
        <source>The address is wrong or out of date (an old DNS entry, a mistyped IP address).</source>
        <translation>Die Adresse ist falsch oder veraltet (ein alter DNS-Eintrag, eine falsch getippte IP-Adresse).</translation>
    </message>
    <message>
        <source>The server can be reached only through a VPN or from the company network.</source>
        <translation>Der Server ist nur über ein VPN oder aus dem Firmennetzwerk erreichbar.</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall or security software holds the connection back.</source>
        <translation>Die eigene Firewall oder Sicherheitssoftware dieses Computers hält die Verbindung zurück.</translation>
    </message>
    <message>
        <source>Connected, but the answer took too long</source>
        <translation>Verbunden, aber die Antwort hat zu lange gedauert</translation>
    </message>
    <message>
        <source>The TCP connection was made (the handshake completed), then the program waited for the other side to answer and gave up. The network path works: the server, or something in front of it, did not answer in time.</source>
        <translation>Die TCP-Verbindung kam zustande (der Handshake wurde abgeschlossen), dann hat das Programm auf eine Antwort der Gegenseite gewartet und aufgegeben. Der Netzwerkweg funktioniert: Der Server oder etwas davor hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server is overloaded or stuck on a slow task (a long database query, a hung process).</source>
        <translation>Der Server ist überlastet oder hängt an einer langsamen Aufgabe (eine lange Datenbankabfrage, ein hängender Prozess).</translation>
    </message>
    <message>
        <source>A proxy, load balancer or firewall on the way holds the connection but does not pass the answer on.</source>
        <translation>Ein Proxy, Load Balancer oder eine Firewall auf dem Weg hält die Verbindung, gibt die Antwort aber nicht weiter.</translation>
    </message>
    <message>
        <source>The program&apos;s time limit is too short for what it asks.</source>
        <translation>Das Zeitlimit des Programms ist zu kurz für das, was es anfragt.</translation>
    </message>
    <message>
        <source>The program speaks the wrong protocol for that port (for example plain HTTP to a TLS port), so the server waits for something else.</source>
        <translation>Das Programm spricht für diesen Port das falsche Protokoll (z. B. einfaches HTTP an einen TLS-Port), daher wartet der Server auf etwas anderes.</translation>
    </message>
    <message>
        <source>The program gave up waiting</source>
        <translation>Das Programm hat das Warten aufgegeben</translation>
    </message>
    <message>
        <source>A firewall drops the connection silently, or the server cannot be reached.</source>
        <translation>Eine Firewall verwirft die Verbindung stillschweigend, oder der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server is overloaded and slow to answer.</source>
        <translation>Der Server ist überlastet und antwortet langsam.</translation>
    </message>
    <message>
        <source>The address or port is wrong or out of date.</source>
        <translation>Die Adresse oder der Port ist falsch oder veraltet.</translation>
    </message>
    <message>
        <source>The program&apos;s time limit is very short.</source>
        <translation>Das Zeitlimit des Programms ist sehr kurz.</translation>
    </message>
    <message>
        <source>The other computer could not be reached</source>
        <translation>Der andere Computer war nicht erreichbar</translation>
    </message>
    <message>
        <source>The other computer is switched off, asleep, or disconnected from the network.</source>
        <translation>Der andere Computer ist ausgeschaltet, im Ruhezustand oder vom Netzwerk getrennt.</translation>
    </message>
    <message>
        <source>The address is wrong or out of date (the device got a new address).</source>
        <translation>Die Adresse ist falsch oder veraltet (das Gerät hat eine neue Adresse bekommen).</translation>
    </message>
    <message>
        <source>A firewall on the way rejects the traffic with &quot;host unreachable&quot;.</source>
        <translation>Eine Firewall auf dem Weg weist den Datenverkehr mit „Host nicht erreichbar“ ab.</translation>
    </message>
    <message>
        <source>A VPN or a route on this computer sends the traffic the wrong way.</source>
        <translation>Ein VPN oder eine Route auf diesem Computer schickt den Datenverkehr in die falsche Richtung.</translation>
    </message>
    <message>
        <source>This computer has no way to that network</source>
        <translation>Dieser Computer hat keinen Weg zu diesem Netzwerk</translation>
    </message>
    <message>
        <source>This computer is not connected to a network (cable unplugged, Wi-Fi off, airplane mode).</source>
        <translation>Dieser Computer ist mit keinem Netzwerk verbunden (Kabel abgezogen, WLAN aus, Flugzeugmodus).</translation>
    </message>
    <message>
        <source>The network connection has no default gateway: automatic configuration (DHCP) failed.</source>
        <translation>Die Netzwerkverbindung hat kein Standardgateway: Die automatische Konfiguration (DHCP) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The address belongs to a network reached only through a VPN that is not connected.</source>
        <translation>Die Adresse gehört zu einem Netzwerk, das nur über ein VPN erreichbar ist, und das VPN ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The address is an IPv6 address and this network has no IPv6 connection.</source>
        <translation>Die Adresse ist eine IPv6-Adresse, und dieses Netzwerk hat keine IPv6-Verbindung.</translation>
    </message>
    <message>
        <source>The other side cut the connection off (reset)</source>
        <translation>Die Gegenseite hat die Verbindung abgebrochen (Reset)</translation>
    </message>
    <message>
        <source>The server program crashed, restarted, or closed the connection on purpose (an error, a limit, a shutdown).</source>
        <translation>Das Serverprogramm ist abgestürzt, wurde neu gestartet oder hat die Verbindung absichtlich geschlossen (ein Fehler, ein Limit, ein Herunterfahren).</translation>
    </message>
    <message>
        <source>The server rejects what this program sent: the wrong protocol (TLS or plain), an old TLS version, or a client it does not allow.</source>
        <translation>Der Server lehnt ab, was dieses Programm gesendet hat: das falsche Protokoll (TLS oder unverschlüsselt), eine alte TLS-Version oder einen Client, den er nicht zulässt.</translation>
    </message>
    <message>
        <source>A firewall, proxy or load balancer on the way cut a connection it found idle or unwanted.</source>
        <translation>Eine Firewall, ein Proxy oder Load Balancer auf dem Weg hat eine Verbindung getrennt, die er für untätig oder unerwünscht hielt.</translation>
    </message>
    <message>
        <source>An unstable network path (VPN, mobile data) dropped the connection.</source>
        <translation>Ein instabiler Netzwerkweg (VPN, mobile Daten) hat die Verbindung verloren.</translation>
    </message>
    <message>
        <source>This computer gave up on the connection</source>
        <translation>Dieser Computer hat die Verbindung aufgegeben</translation>
    </message>
    <message>
        <source>The network dropped out during the connection (Wi-Fi lost, VPN reconnected, the computer went to sleep).</source>
        <translation>Das Netzwerk ist während der Verbindung ausgefallen (WLAN verloren, VPN neu verbunden, Computer in den Ruhezustand gegangen).</translation>
    </message>
    <message>
        <source>Security software on this computer (firewall, antivirus, web filter) cut the connection.</source>
        <translation>Sicherheitssoftware auf diesem Computer (Firewall, Virenschutz, Webfilter) hat die Verbindung getrennt.</translation>
    </message>
    <message>
        <source>The other side stopped answering, and this computer stopped trying.</source>
        <translation>Die Gegenseite hat nicht mehr geantwortet, und dieser Computer hat es aufgegeben.</translation>
    </message>
    <message>
        <source>The program itself closed the connection, for example after its own time limit.</source>
        <translation>Das Programm selbst hat die Verbindung geschlossen, z. B. nach seinem eigenen Zeitlimit.</translation>
    </message>
    <message>
        <source>The other side closed the connection without answering</source>
        <translation>Die Gegenseite hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>The connection had been made (the handshake completed), but the other side closed it before sending an answer: the program received nothing at all, an &quot;empty reply&quot;. The network works; the service on the other side, or something in front of it, hung up.</source>
        <translation>Die Verbindung bestand (der Handshake wurde abgeschlossen), aber die Gegenseite hat sie geschlossen, bevor sie eine Antwort sendete: Das Programm hat gar nichts erhalten, eine „leere Antwort“. Das Netzwerk funktioniert; der Dienst auf der Gegenseite oder etwas davor hat aufgelegt.</translation>
    </message>
    <message>
        <source>The service turns this client away: an address allow list, a connection limit, or a ban after failed attempts.</source>
        <translation>Der Dienst weist diesen Client ab: eine Liste erlaubter Adressen, ein Verbindungslimit oder eine Sperre nach Fehlversuchen.</translation>
    </message>
    <message>
        <source>The program speaks the wrong protocol for that port (HTTP to an HTTPS port, TLS to a plain port).</source>
        <translation>Das Programm spricht für diesen Port das falsche Protokoll (HTTP an einen HTTPS-Port, TLS an einen unverschlüsselten Port).</translation>
    </message>
    <message>
        <source>A proxy or load balancer has no working server behind it.</source>
        <translation>Ein Proxy oder Load Balancer hat keinen funktionierenden Server dahinter.</translation>
    </message>
    <message>
        <source>The service crashed while it handled the request.</source>
        <translation>Der Dienst ist bei der Bearbeitung der Anfrage abgestürzt.</translation>
    </message>
    <message>
        <source>The name could not be turned into an address</source>
        <translation>Der Name konnte nicht in eine Adresse übersetzt werden</translation>
    </message>
    <message>
        <source>The name is misspelled, or incomplete (the domain part is missing).</source>
        <translation>Der Name ist falsch geschrieben oder unvollständig (der Domänenteil fehlt).</translation>
    </message>
    <message>
        <source>It is an internal name that exists only on the company network or through a VPN.</source>
        <translation>Es ist ein interner Name, der nur im Firmennetzwerk oder über ein VPN existiert.</translation>
    </message>
    <message>
        <source>The name no longer exists, or has no address of the kind asked for.</source>
        <translation>Der Name existiert nicht mehr oder hat keine Adresse der angefragten Art.</translation>
    </message>
    <message>
        <source>An entry in this computer&apos;s hosts file, or a DNS filter, gets in the way.</source>
        <translation>Ein Eintrag in der hosts-Datei dieses Computers oder ein DNS-Filter ist im Weg.</translation>
    </message>
    <message>
        <source>The name service (DNS) did not answer</source>
        <translation>Der Namensdienst (DNS) hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Before a connection starts, the computer&apos;s name is looked up in DNS to find its address. The DNS servers did not answer, or answered with a failure, so no connection was tried. This says nothing about the server itself.</source>
        <translation>Bevor eine Verbindung beginnt, wird der Name des Computers im DNS nachgeschlagen, um seine Adresse zu finden. Die DNS-Server haben nicht oder mit einem Fehler geantwortet, daher wurde keine Verbindung versucht. Über den Server selbst sagt das nichts aus.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network, or the connection just dropped.</source>
        <translation>Dieser Computer ist mit keinem Netzwerk verbunden, oder die Verbindung ist gerade abgebrochen.</translation>
    </message>
    <message>
        <source>The configured DNS servers are down or unreachable (a router problem, a wrong DNS setting).</source>
        <translation>Die konfigurierten DNS-Server sind ausgefallen oder nicht erreichbar (ein Routerproblem, eine falsche DNS-Einstellung).</translation>
    </message>
    <message>
        <source>A VPN or firewall blocks DNS queries.</source>
        <translation>Ein VPN oder eine Firewall blockiert DNS-Anfragen.</translation>
    </message>
    <message>
        <source>A passing problem: it may work again in a minute.</source>
        <translation>Ein vorübergehendes Problem: In einer Minute klappt es vielleicht wieder.</translation>
    </message>
    <message>
        <source>This computer did not allow the connection</source>
        <translation>Dieser Computer hat die Verbindung nicht zugelassen</translation>
    </message>
    <message>
        <source>The connection never left this computer: the operating system refused to open it (Windows error 10013, EACCES or EPERM elsewhere). Usually a firewall or security program on this computer blocks this program or this port. When a server program reports it as it starts, the port is reserved or needs administrator rights.</source>
        <translation>Die Verbindung hat diesen Computer nie verlassen: Das Betriebssystem hat sich geweigert, sie zu öffnen (Windows-Fehler 10013, anderswo EACCES oder EPERM). Meist blockiert eine Firewall oder ein Sicherheitsprogramm auf diesem Computer dieses Programm oder diesen Port. Meldet ein Serverprogramm das beim Start, ist der Port reserviert oder braucht Administratorrechte.</translation>
    </message>
    <message>
        <source>A firewall or security software on this computer blocks this program or this port.</source>
        <translation>Eine Firewall oder Sicherheitssoftware auf diesem Computer blockiert dieses Programm oder diesen Port.</translation>
    </message>
    <message>
        <source>A company policy or parental control forbids the connection.</source>
        <translation>Eine Firmenrichtlinie oder der Jugendschutz verbietet die Verbindung.</translation>
    </message>
    <message>
        <source>For a server program: the port is reserved (Windows excluded port ranges, Hyper-V, WSL) or held exclusively by another program.</source>
        <translation>Bei einem Serverprogramm: Der Port ist reserviert (von Windows ausgeschlossene Portbereiche, Hyper-V, WSL) oder exklusiv von einem anderen Programm belegt.</translation>
    </message>
    <message>
        <source>For a server program on Linux or macOS: ports below 1024 need administrator rights.</source>
        <translation>Bei einem Serverprogramm unter Linux oder macOS: Ports unter 1024 brauchen Administratorrechte.</translation>
    </message>
    <message>
        <source>The connection failed, but the message does not say why</source>
        <translation>Die Verbindung ist fehlgeschlagen, aber die Meldung sagt nicht, warum</translation>
    </message>
    <message>
        <source>The service is not running, or listens on another port.</source>
        <translation>Der Dienst läuft nicht oder wartet auf einem anderen Port.</translation>
    </message>
    <message>
        <source>A firewall drops or rejects the connection.</source>
        <translation>Eine Firewall verwirft oder verweigert die Verbindung.</translation>
    </message>
    <message>
        <source>The address or port in the program&apos;s settings is wrong.</source>
        <translation>Adresse oder Port in den Einstellungen des Programms sind falsch.</translation>
    </message>
    <message>
        <source>This computer or the server is not connected to the network.</source>
        <translation>Dieser Computer oder der Server ist nicht mit dem Netzwerk verbunden.</translation>
    </message>
    <message>
        <source>This is not a connection error tcpdoctor knows</source>
        <translation>Das ist kein Verbindungsfehler, den tcpdoctor kennt</translation>
    </message>
    <message>
        <source>tcpdoctor did not find a TCP connection error in this message, so it cannot say what went wrong on the network, and it would rather say nothing than guess. If a program cannot connect, check the computer and port it uses with the checklist.</source>
        <translation>tcpdoctor hat in dieser Meldung keinen TCP-Verbindungsfehler gefunden. Daher kann es nicht sagen, was im Netzwerk schiefging, und sagt lieber nichts, als zu raten. Wenn ein Programm keine Verbindung herstellen kann, prüfen Sie mit der Prüfliste den Computer und Port, den es verwendet.</translation>
    </message>
    <message>
        <source>The server answered: this is not a connection problem</source>
        <translation>Der Server hat geantwortet: Das ist kein Verbindungsproblem</translation>
    </message>
    <message>
        <source>An HTTP status such as 404 or 500 is an answer from the web server, or from a proxy in front of it, so the TCP connection worked. The problem is in the request or on the web server, not in the network.</source>
        <translation>Ein HTTP-Status wie 404 oder 500 ist eine Antwort des Webservers oder eines Proxys davor, die TCP-Verbindung hat also funktioniert. Das Problem liegt in der Anfrage oder auf dem Webserver, nicht im Netzwerk.</translation>
    </message>
    <message>
        <source>404: the address (path) is wrong, or the page no longer exists.</source>
        <translation>404: Die Adresse (der Pfad) ist falsch, oder die Seite existiert nicht mehr.</translation>
    </message>
    <message>
        <source>401 or 403: you need to sign in, or you are not allowed to see it.</source>
        <translation>401 oder 403: Sie müssen sich anmelden, oder Sie dürfen die Seite nicht sehen.</translation>
    </message>
    <message>
        <source>500: the web application failed; its log says why.</source>
        <translation>500: Die Webanwendung ist fehlgeschlagen; ihr Protokoll sagt, warum.</translation>
    </message>
    <message>
        <source>502, 503 or 504: a proxy answered for a server behind it that is down or slow; check that server with tcpdoctor.</source>
        <translation>502, 503 oder 504: Ein Proxy hat für einen Server dahinter geantwortet, der ausgefallen oder langsam ist; prüfen Sie diesen Server mit tcpdoctor.</translation>
    </message>
    <message>
        <source>This is a sign-in problem, not a connection problem</source>
        <translation>Das ist ein Anmeldeproblem, kein Verbindungsproblem</translation>
    </message>
    <message>
        <source>The server was reached and answered: it did not accept the user name, password, key or address this program signed in with. The TCP connection worked.</source>
        <translation>Der Server wurde erreicht und hat geantwortet: Er hat den Benutzernamen, das Kennwort, den Schlüssel oder die Adresse, mit der sich dieses Programm angemeldet hat, nicht akzeptiert. Die TCP-Verbindung hat funktioniert.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the password has expired.</source>
        <translation>Benutzername oder Kennwort ist falsch, oder das Kennwort ist abgelaufen.</translation>
    </message>
    <message>
        <source>The key or certificate used to sign in is not accepted (ssh keys, client certificates).</source>
        <translation>Der Schlüssel oder das Zertifikat für die Anmeldung wird nicht akzeptiert (ssh-Schlüssel, Clientzertifikate).</translation>
    </message>
    <message>
        <source>The server accepts this user only from certain addresses (MySQL host rules, PostgreSQL pg_hba.conf).</source>
        <translation>Der Server akzeptiert diesen Benutzer nur von bestimmten Adressen (MySQL-Hostregeln, PostgreSQL pg_hba.conf).</translation>
    </message>
    <message>
        <source>The account is locked after too many failed attempts.</source>
        <translation>Das Konto ist nach zu vielen Fehlversuchen gesperrt.</translation>
    </message>
    <message>
        <source>while the name was looked up (DNS), before any connection was tried</source>
        <translation>beim Nachschlagen des Namens (DNS), bevor eine Verbindung versucht wurde</translation>
    </message>
    <message>
        <source>while the connection was being set up (the TCP handshake)</source>
        <translation>beim Aufbau der Verbindung (TCP-Handshake)</translation>
    </message>
    <message>
        <source>after the connection had been made</source>
        <translation>nachdem die Verbindung hergestellt war</translation>
    </message>
    <message>
        <source>on this computer, before anything reached the network</source>
        <translation>auf diesem Computer, bevor etwas das Netzwerk erreicht hat</translation>
    </message>
    <message>
        <source>The program does not trust the server&apos;s certificate</source>
        <translation>Das Programm vertraut dem Zertifikat des Servers nicht</translation>
    </message>
    <message>
        <source>The connection was made, then the program checked the server&apos;s certificate (its proof of identity for encrypted connections) and did not accept it: it does not lead to an authority on the program&apos;s list of trusted authorities. The network works; the certificate, or the program&apos;s list, is the problem.</source>
        <translation>Die Verbindung kam zustande, dann hat das Programm das Zertifikat des Servers geprüft (seinen Identitätsnachweis für verschlüsselte Verbindungen) und es nicht akzeptiert: Es führt zu keiner Zertifizierungsstelle in der Liste vertrauenswürdiger Zertifizierungsstellen des Programms. Das Netzwerk funktioniert; das Problem ist das Zertifikat oder die Liste des Programms.</translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate, or one from a private (company) authority this program does not know.</source>
        <translation>Der Server verwendet ein selbst signiertes Zertifikat oder eines von einer privaten Zertifizierungsstelle (etwa der Firma), die dieses Programm nicht kennt.</translation>
    </message>
    <message>
        <source>A company proxy or security software inspects encrypted connections with an authority of its own: browsers know it, programs with a list of their own (Java, Python, Node.js, git) do not.</source>
        <translation>Ein Firmenproxy oder eine Sicherheitssoftware untersucht verschlüsselte Verbindungen mit einer eigenen Zertifizierungsstelle: Browser kennen sie, Programme mit einer eigenen Liste (Java, Python, Node.js, git) nicht.</translation>
    </message>
    <message>
        <source>Something intercepts the connection: do not accept the certificate unless you know why it is different.</source>
        <translation>Etwas fängt die Verbindung ab: Akzeptieren Sie das Zertifikat nicht, außer Sie wissen, warum es anders ist.</translation>
    </message>
    <message>
        <source>The certificate has expired, or this computer&apos;s clock is wrong</source>
        <translation>Das Zertifikat ist abgelaufen, oder die Uhr dieses Computers geht falsch</translation>
    </message>
    <message>
        <source>The connection was made, but the certificate the server showed is outside its dates of validity. Either it really expired and must be renewed on the server, or this computer&apos;s date and time are wrong, which makes every certificate look expired or not yet valid.</source>
        <translation>Die Verbindung kam zustande, aber das Zertifikat, das der Server vorgelegt hat, liegt außerhalb seines Gültigkeitszeitraums. Entweder ist es wirklich abgelaufen und muss auf dem Server erneuert werden, oder Datum und Uhrzeit dieses Computers sind falsch – dann sieht jedes Zertifikat abgelaufen oder noch nicht gültig aus.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired and was not renewed.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen und wurde nicht erneuert.</translation>
    </message>
    <message>
        <source>This computer&apos;s date, time or time zone is wrong (a flat clock battery, a virtual machine started from an old snapshot).</source>
        <translation>Datum, Uhrzeit oder Zeitzone dieses Computers sind falsch (eine leere Batterie der eingebauten Uhr, eine virtuelle Maschine, die aus einem alten Snapshot gestartet wurde).</translation>
    </message>
    <message>
        <source>The server still sends an old intermediate certificate that has expired.</source>
        <translation>Der Server sendet noch ein altes Zwischenzertifikat, das abgelaufen ist.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name</source>
        <translation>Das Zertifikat des Servers gilt für einen anderen Namen</translation>
    </message>
    <message>
        <source>The connection was made and the server showed a certificate, but it was made for other names than the one the program used. Programs refuse that, because an impostor&apos;s certificate looks just like it.</source>
        <translation>Die Verbindung kam zustande, und der Server hat ein Zertifikat vorgelegt, aber es wurde für andere Namen ausgestellt als den, den das Programm verwendet hat. Programme lehnen das ab, weil das Zertifikat eines Betrügers genauso aussieht.</translation>
    </message>
    <message>
        <source>The program uses an address or a short name instead of the full name in the certificate.</source>
        <translation>Das Programm verwendet eine Adresse oder einen Kurznamen statt des vollständigen Namens im Zertifikat.</translation>
    </message>
    <message>
        <source>Several sites share the server, and it showed another site&apos;s certificate.</source>
        <translation>Mehrere Websites teilen sich den Server, und er hat das Zertifikat einer anderen Website vorgelegt.</translation>
    </message>
    <message>
        <source>The name leads to the wrong server (an old DNS entry, an entry in the hosts file).</source>
        <translation>Der Name führt zum falschen Server (ein alter DNS-Eintrag, ein Eintrag in der hosts-Datei).</translation>
    </message>
    <message>
        <source>A proxy or a sign-in page (hotel, guest Wi-Fi) answered instead of the server.</source>
        <translation>Ein Proxy oder eine Anmeldeseite (Hotel, Gast-WLAN) hat statt des Servers geantwortet.</translation>
    </message>
    <message>
        <source>The two sides could not agree on encryption</source>
        <translation>Die beiden Seiten konnten sich nicht auf eine Verschlüsselung einigen</translation>
    </message>
    <message>
        <source>One side allows only old TLS versions (1.0, 1.1) that the other has switched off, or only new ones an old program cannot speak.</source>
        <translation>Eine Seite lässt nur alte TLS-Versionen zu (1.0, 1.1), die die andere abgeschaltet hat, oder nur neue, die ein altes Programm nicht beherrscht.</translation>
    </message>
    <message>
        <source>The program speaks TLS to a port that speaks plain text (or the other way round), or uses the wrong port.</source>
        <translation>Das Programm spricht TLS mit einem Port, der Klartext spricht (oder umgekehrt), oder es verwendet den falschen Port.</translation>
    </message>
    <message>
        <source>A proxy, firewall or security software on the way interferes with the handshake.</source>
        <translation>Ein Proxy, eine Firewall oder Sicherheitssoftware auf dem Weg stört den Handshake.</translation>
    </message>
    <message>
        <source>The proxy wants the program to sign in</source>
        <translation>Der Proxy verlangt, dass sich das Programm anmeldet</translation>
    </message>
    <message>
        <source>The program goes out through a proxy server, and the proxy answered &quot;407 Proxy Authentication Required&quot;: it passes nothing on until the program signs in to it. The server the program wanted was never asked.</source>
        <translation>Das Programm geht über einen Proxyserver nach draußen, und der Proxy hat „407 Proxy Authentication Required“ geantwortet: Er leitet nichts weiter, bis sich das Programm bei ihm anmeldet. Der Server, den das Programm erreichen wollte, wurde nie gefragt.</translation>
    </message>
    <message>
        <source>The program has no proxy user name and password, or old ones (the password changed).</source>
        <translation>Das Programm hat keinen Benutzernamen und kein Kennwort für den Proxy, oder veraltete (das Kennwort wurde geändert).</translation>
    </message>
    <message>
        <source>The program cannot use the proxy&apos;s way of signing in (the Windows sign-in, NTLM or Kerberos, which many command-line tools lack).</source>
        <translation>Das Programm beherrscht die Anmeldeart des Proxys nicht (die Windows-Anmeldung, NTLM oder Kerberos, die vielen Befehlszeilenprogrammen fehlt).</translation>
    </message>
    <message>
        <source>This account is not allowed to use the proxy.</source>
        <translation>Dieses Konto darf den Proxy nicht verwenden.</translation>
    </message>
    <message>
        <source>The way out through the proxy failed</source>
        <translation>Der Weg nach draußen über den Proxy ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The program goes out through a proxy server, and that part failed: the proxy could not be reached, or it refused to open a tunnel to the server (it answered 403 or 5xx), or it could not reach the server itself. The program never talked to the server directly.</source>
        <translation>Das Programm geht über einen Proxyserver nach draußen, und dieser Teil ist fehlgeschlagen: Der Proxy war nicht erreichbar, oder er hat sich geweigert, einen Tunnel zum Server zu öffnen (er hat mit 403 oder 5xx geantwortet), oder er konnte den Server selbst nicht erreichen. Das Programm hat nie direkt mit dem Server gesprochen.</translation>
    </message>
    <message>
        <source>The proxy is down, or the address in the proxy settings is wrong or out of date (an office proxy still set on a laptop at home).</source>
        <translation>Der Proxy ist ausgefallen, oder die Adresse in den Proxyeinstellungen ist falsch oder veraltet (ein Firmenproxy, der auf einem Laptop zu Hause noch eingestellt ist).</translation>
    </message>
    <message>
        <source>The proxy does not allow this port or site (many proxies open tunnels to port 443 only).</source>
        <translation>Der Proxy lässt diesen Port oder diese Website nicht zu (viele Proxys öffnen Tunnel nur zu Port 443).</translation>
    </message>
    <message>
        <source>The proxy cannot reach the server: it is down, or blocked on the proxy&apos;s side.</source>
        <translation>Der Proxy erreicht den Server nicht: Der Server ist ausgefallen oder auf der Seite des Proxys blockiert.</translation>
    </message>
    <message>
        <source>The proxy settings come from an automatic script (PAC, WPAD) that chose the wrong proxy.</source>
        <translation>Die Proxyeinstellungen stammen aus einem automatischen Skript (PAC, WPAD), das den falschen Proxy gewählt hat.</translation>
    </message>
    <message>
        <source>The port is already taken on this computer</source>
        <translation>Der Port ist auf diesem Computer schon belegt</translation>
    </message>
    <message>
        <source>A program wanted a port on this computer, and the system said another program already holds it (Windows error 10048, EADDRINUSE elsewhere). Nothing went wrong on the network. Most often a server program cannot start because another program, or an old copy of itself, listens on its port. &quot;This computer is the server&quot; shows who holds it.</source>
        <translation>Ein Programm wollte einen Port auf diesem Computer, und das System hat gemeldet, dass ein anderes Programm ihn schon belegt (Windows-Fehler 10048, anderswo EADDRINUSE). Im Netzwerk ist nichts schiefgegangen. Meist kann ein Serverprogramm nicht starten, weil ein anderes Programm oder eine alte Kopie von ihm selbst auf seinem Port lauscht. „Dieser Computer ist der Server“ zeigt, wer ihn belegt.</translation>
    </message>
    <message>
        <source>Another copy of the same program is still running, or did not stop cleanly.</source>
        <translation>Eine weitere Kopie desselben Programms läuft noch oder wurde nicht sauber beendet.</translation>
    </message>
    <message>
        <source>Another program uses that port (a second web server, IIS on 80 or 443, another database).</source>
        <translation>Ein anderes Programm verwendet diesen Port (ein zweiter Webserver, IIS auf 80 oder 443, eine andere Datenbank).</translation>
    </message>
    <message>
        <source>On Windows, the port lies in a range the system keeps for itself (Hyper-V, WSL, Docker).</source>
        <translation>Unter Windows liegt der Port in einem Bereich, den das System für sich selbst reserviert (Hyper-V, WSL, Docker).</translation>
    </message>
    <message>
        <source>When a program says it while connecting (Windows): this computer has run out of local ports, because a program opens connections faster than the old ones close.</source>
        <translation>Wenn ein Programm das beim Verbinden meldet (Windows): Diesem Computer sind die lokalen Ports ausgegangen, weil ein Programm schneller Verbindungen öffnet, als die alten geschlossen werden.</translation>
    </message>
    <message>
        <source>This computer could not use that address or port</source>
        <translation>Dieser Computer konnte diese Adresse oder diesen Port nicht verwenden</translation>
    </message>
    <message>
        <source>The system refused to set up the connection because of this computer&apos;s own end of it (Windows error 10049, EADDRNOTAVAIL elsewhere): no free local port was left for a new connection, or the program asked for an address this computer does not have. Nothing was sent.</source>
        <translation>Das System hat sich geweigert, die Verbindung aufzubauen, und zwar wegen ihres Endes auf diesem Computer (Windows-Fehler 10049, anderswo EADDRNOTAVAIL): Es war kein freier lokaler Port mehr für eine neue Verbindung übrig, oder das Programm hat eine Adresse verlangt, die dieser Computer nicht hat. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This computer ran out of local ports: a program opens connections faster than the old ones close (thousands waiting in TIME_WAIT).</source>
        <translation>Diesem Computer sind die lokalen Ports ausgegangen: Ein Programm öffnet schneller Verbindungen, als die alten geschlossen werden (Tausende warten in TIME_WAIT).</translation>
    </message>
    <message>
        <source>The program is set to use an address this computer no longer has (a new IP address, a VPN that is not connected).</source>
        <translation>Das Programm ist auf eine Adresse eingestellt, die dieser Computer nicht mehr hat (eine neue IP-Adresse, ein VPN, das nicht verbunden ist).</translation>
    </message>
    <message>
        <source>The address to connect to is not a usable one, such as 0.0.0.0.</source>
        <translation>Die Zieladresse ist keine verwendbare Adresse, z. B. 0.0.0.0.</translation>
    </message>
    <message>
        <source>This computer ran out of network resources</source>
        <translation>Diesem Computer sind die Netzwerkressourcen ausgegangen</translation>
    </message>
    <message>
        <source>A program opens connections and never closes them, until the local ports or the memory for them run out.</source>
        <translation>Ein Programm öffnet Verbindungen und schließt sie nie, bis die lokalen Ports oder der Speicher dafür aufgebraucht sind.</translation>
    </message>
    <message>
        <source>Security or VPN software holds on to network resources.</source>
        <translation>Sicherheits- oder VPN-Software hält Netzwerkressourcen fest.</translation>
    </message>
    <message>
        <source>The computer has run for a long time under heavy load: a restart frees the resources for now, but the program that uses them up must be found.</source>
        <translation>Der Computer läuft schon lange unter hoher Last: Ein Neustart gibt die Ressourcen vorerst frei, aber das Programm, das sie aufbraucht, muss gefunden werden.</translation>
    </message>
    <message>
        <source>ssh does not recognise the server&apos;s key: an identity check, not the connection</source>
        <translation>ssh erkennt den Schlüssel des Servers nicht: eine Identitätsprüfung, nicht die Verbindung</translation>
    </message>
    <message>
        <source>The connection was made. Then ssh compared the key the server showed with the one it saved the last time (in known_hosts), and they differ, or it could not confirm the key. The network works; ssh stops because it cannot be sure it talks to the right server.</source>
        <translation>Die Verbindung wurde aufgebaut. Dann hat ssh den Schlüssel, den der Server gezeigt hat, mit dem beim letzten Mal gespeicherten (in known_hosts) verglichen: Sie unterscheiden sich, oder ssh konnte den Schlüssel nicht bestätigen. Das Netzwerk funktioniert; ssh bricht ab, weil es nicht sicher sein kann, mit dem richtigen Server zu sprechen.</translation>
    </message>
    <message>
        <source>The server was reinstalled or replaced, and has a new key.</source>
        <translation>Der Server wurde neu installiert oder ersetzt und hat einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>The name or address now leads to another server (a new address, a load balancer).</source>
        <translation>Der Name oder die Adresse führt jetzt zu einem anderen Server (eine neue Adresse, ein Load Balancer).</translation>
    </message>
    <message>
        <source>Someone intercepts the connection: compare the key&apos;s fingerprint with the one the administrator gives you before you accept it.</source>
        <translation>Jemand fängt die Verbindung ab: Vergleichen Sie den Fingerabdruck des Schlüssels mit dem, den Ihnen der Administrator nennt, bevor Sie ihn annehmen.</translation>
    </message>
    <message>
        <source>The program could not check whether the certificate is still valid</source>
        <translation>Das Programm konnte nicht prüfen, ob das Zertifikat noch gültig ist</translation>
    </message>
    <message>
        <source>The connection was made and the server showed its certificate. Before trusting it, the program asked the authority that issued it whether the certificate has been withdrawn, and got no answer. This does not mean that the certificate was withdrawn: only that the check could not be made, so the program did not accept it. Windows says &quot;unable to check revocation&quot;.</source>
        <translation>Die Verbindung kam zustande, und der Server hat sein Zertifikat vorgelegt. Bevor das Programm ihm vertraut, hat es bei der Zertifizierungsstelle, die es ausgestellt hat, nachgefragt, ob das Zertifikat zurückgezogen wurde, und keine Antwort erhalten. Das heißt nicht, dass das Zertifikat zurückgezogen wurde, nur dass die Prüfung nicht möglich war; deshalb hat das Programm es nicht akzeptiert. Windows meldet „Die Sperrfunktion konnte die Sperrung nicht überprüfen“.</translation>
    </message>
    <message>
        <source>A firewall or proxy lets this computer reach the server, but not the addresses where the authority answers such questions (its revocation list or OCSP server, usually plain HTTP on port 80).</source>
        <translation>Eine Firewall oder ein Proxy lässt diesen Computer zum Server durch, aber nicht zu den Adressen, unter denen die Zertifizierungsstelle solche Fragen beantwortet (ihre Sperrliste oder ihr OCSP-Server, meist einfaches HTTP auf Port 80).</translation>
    </message>
    <message>
        <source>A company&apos;s own authority does not publish its list of withdrawn certificates, or the published list is out of date.</source>
        <translation>Die eigene Zertifizierungsstelle einer Firma veröffentlicht ihre Liste zurückgezogener Zertifikate nicht, oder die veröffentlichte Liste ist veraltet.</translation>
    </message>
    <message>
        <source>This computer has no way to the internet at all, only to the server (a closed network).</source>
        <translation>Dieser Computer hat überhaupt keinen Weg ins Internet, nur zum Server (ein geschlossenes Netzwerk).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been withdrawn by its issuer</source>
        <translation>Das Zertifikat des Servers wurde von seinem Aussteller zurückgezogen</translation>
    </message>
    <message>
        <source>The connection was made and the server showed its certificate, but the authority that issued it has declared it withdrawn (revoked) before its end date, and the program refuses it. The network works. Only a new certificate on the server helps: do not accept this one.</source>
        <translation>Die Verbindung kam zustande, und der Server hat sein Zertifikat vorgelegt, aber die Zertifizierungsstelle, die es ausgestellt hat, hat es vor seinem Ablaufdatum für zurückgezogen (widerrufen) erklärt, und das Programm lehnt es ab. Das Netzwerk funktioniert. Nur ein neues Zertifikat auf dem Server hilft: Akzeptieren Sie dieses nicht.</translation>
    </message>
    <message>
        <source>The certificate was replaced and the old one withdrawn, but the server (or one of several servers behind the name) still uses the old one.</source>
        <translation>Das Zertifikat wurde ersetzt und das alte zurückgezogen, aber der Server (oder einer von mehreren Servern hinter dem Namen) verwendet noch das alte.</translation>
    </message>
    <message>
        <source>The certificate&apos;s secret key became known to others, so the authority withdrew it.</source>
        <translation>Der geheime Schlüssel des Zertifikats ist anderen bekannt geworden, deshalb hat die Zertifizierungsstelle es zurückgezogen.</translation>
    </message>
    <message>
        <source>A certificate in between (an intermediate certificate) was withdrawn, and the server still sends it.</source>
        <translation>Ein Zertifikat dazwischen (ein Zwischenzertifikat) wurde zurückgezogen, und der Server sendet es noch.</translation>
    </message>
    <message>
        <source>Something intercepts the connection with a certificate that was withdrawn.</source>
        <translation>Etwas fängt die Verbindung mit einem Zertifikat ab, das zurückgezogen wurde.</translation>
    </message>
    <message>
        <source>The database server answered: it does not know the database asked for</source>
        <translation>Der Datenbankserver hat geantwortet: Er kennt die angeforderte Datenbank nicht</translation>
    </message>
    <message>
        <source>The connection to the database server was made, and the program that accepts its connections (the Oracle listener) answered: it does not know the database name (service name or SID) in the program&apos;s settings, or has no room for another session right now. The network works.</source>
        <translation>Die Verbindung zum Datenbankserver kam zustande, und das Programm, das dort die Verbindungen annimmt (der Oracle-Listener), hat geantwortet: Es kennt den Datenbanknamen (Dienstname oder SID) aus den Einstellungen des Programms nicht, oder es hat gerade keinen Platz für eine weitere Sitzung. Das Netzwerk funktioniert.</translation>
    </message>
    <message>
        <source>The service name or SID in the connection settings is misspelled, or belongs to another server.</source>
        <translation>Der Dienstname oder die SID in den Verbindungseinstellungen ist falsch geschrieben oder gehört zu einem anderen Server.</translation>
    </message>
    <message>
        <source>The database is stopped, or still starting and not yet known to the listener.</source>
        <translation>Die Datenbank ist gestoppt, oder sie startet noch und ist dem Listener noch nicht bekannt.</translation>
    </message>
    <message>
        <source>ORA-12516, ORA-12519 or ORA-12520: the database has reached its limit of sessions.</source>
        <translation>ORA-12516, ORA-12519 oder ORA-12520: Die Datenbank hat ihre Höchstzahl an Sitzungen erreicht.</translation>
    </message>
    <message>
        <source>With the Windows sign-in (&quot;Cannot generate SSPI context&quot;): the server is not registered for it in the domain (its service name, SPN), or this computer&apos;s clock is off.</source>
        <translation>Bei der Windows-Anmeldung („Cannot generate SSPI context“): Der Server ist dafür nicht in der Domäne registriert (sein Dienstname, SPN), oder die Uhr dieses Computers geht falsch.</translation>
    </message>
    <message>
        <source>The message says that something took too long, but not whether the connection was still being set up or already open. If it was being set up, the requests to connect went unanswered (Windows gives up after 21 seconds, Linux after about two minutes); if it was open, the server did not answer in time. The port test tells which.</source>
        <translation>Die Meldung sagt, dass etwas zu lange gedauert hat, aber nicht, ob die Verbindung noch aufgebaut wurde oder schon offen war. Beim Aufbau blieben die Verbindungsanfragen unbeantwortet (Windows gibt nach 21 Sekunden auf, Linux nach etwa zwei Minuten); war sie offen, hat der Server nicht rechtzeitig geantwortet. Der Porttest zeigt, was zutrifft.</translation>
    </message>
    <message>
        <source>The request to connect (the SYN) never got to the other computer: a router on the way reported &quot;host unreachable&quot;, or, for an address on the local network, no device answered for that address. The connection could not even be tried.</source>
        <translation>Die Verbindungsanfrage (das SYN) ist nie beim anderen Computer angekommen: Ein Router auf dem Weg hat „Host nicht erreichbar“ gemeldet, oder bei einer Adresse im lokalen Netzwerk hat sich kein Gerät für diese Adresse gemeldet. Die Verbindung konnte nicht einmal versucht werden.</translation>
    </message>
    <message>
        <source>The connection could not even start: this computer, or a router on the way, has no route to the network of that address, so the request to connect was never sent. Most often this computer is offline: no cable, Wi-Fi off, or no router to lead out of the local network (default gateway).</source>
        <translation>Die Verbindung konnte nicht einmal beginnen: Dieser Computer oder ein Router auf dem Weg hat keine Route zum Netzwerk dieser Adresse, daher wurde die Verbindungsanfrage nie gesendet. Meist ist dieser Computer offline: kein Kabel, WLAN aus oder kein Router, der aus dem lokalen Netzwerk hinausführt (Standardgateway).</translation>
    </message>
    <message>
        <source>The connection had been made, then the other side sent an RST (&quot;reset&quot;) and ended it at once, without the usual goodbye. Windows says &quot;forcibly closed by the remote host&quot;. Usually the program on the server crashed or hung up, or a firewall, proxy or load balancer on the way cut the connection.</source>
        <translation>Die Verbindung bestand, dann hat die Gegenseite ein RST („Reset“) gesendet und sie sofort beendet, ohne das übliche Verabschieden. Windows meldet „Verbindung wurde vom Remotehost geschlossen“. Meist ist das Programm auf dem Server abgestürzt oder hat aufgelegt, oder eine Firewall, ein Proxy oder Load Balancer auf dem Weg hat die Verbindung getrennt.</translation>
    </message>
    <message>
        <source>The connection had been made, but this computer&apos;s own system ended it, not the other side. Typically the data it sent was never acknowledged however often it was sent again, or software on this computer (a firewall, antivirus or VPN client) cut the connection. Windows says &quot;aborted by the software in your host machine&quot;.</source>
        <translation>Die Verbindung bestand, aber das eigene System dieses Computers hat sie beendet, nicht die Gegenseite. Typischerweise wurden die gesendeten Daten nie bestätigt, wie oft sie auch wiederholt wurden, oder Software auf diesem Computer (eine Firewall, ein Virenschutz oder VPN-Client) hat die Verbindung getrennt. Windows meldet „softwaregesteuert durch den Hostcomputer abgebrochen“.</translation>
    </message>
    <message>
        <source>Before a connection starts, the computer&apos;s name is looked up in DNS to find its address. That lookup failed: the name does not exist, or has no address. No request to connect was ever sent, so the server itself was never asked.</source>
        <translation>Bevor eine Verbindung beginnt, wird der Name des Computers im DNS nachgeschlagen, um seine Adresse zu finden. Das ist fehlgeschlagen: Der Name existiert nicht oder hat keine Adresse. Es wurde nie eine Verbindungsanfrage gesendet, der Server selbst wurde also nie gefragt.</translation>
    </message>
    <message>
        <source>The message says that a connection could not be made, but not what happened: whether the other side refused it, never answered, or could not be reached. The port test finds out by asking to connect (a SYN) and watching what comes back.</source>
        <translation>Die Meldung sagt, dass keine Verbindung hergestellt werden konnte, aber nicht, was passiert ist: ob die Gegenseite sie verweigert hat, nie geantwortet hat oder nicht erreichbar war. Der Porttest findet es heraus, indem er eine Verbindung anfragt (ein SYN) und beobachtet, was zurückkommt.</translation>
    </message>
    <message>
        <source>The server does not send the certificates in between (intermediate certificates) that link its own to the authority.</source>
        <translation>Der Server sendet die Zertifikate dazwischen (Zwischenzertifikate) nicht, die sein eigenes mit der Zertifizierungsstelle verbinden.</translation>
    </message>
    <message>
        <source>The connection was made, then setting up the encryption (the TLS handshake) failed: the two sides have no version or way of encrypting in common, one side broke off with an error, or the answer was not encrypted at all (&quot;wrong version number&quot; often means that the port speaks plain text where the program expected encryption).</source>
        <translation>Die Verbindung kam zustande, dann ist das Einrichten der Verschlüsselung (der TLS-Handshake) fehlgeschlagen: Die beiden Seiten haben keine Version und keine Art der Verschlüsselung gemeinsam, eine Seite hat mit einem Fehler abgebrochen, oder die Antwort war gar nicht verschlüsselt („wrong version number“ bedeutet oft, dass der Port Klartext spricht, wo das Programm Verschlüsselung erwartet hat).</translation>
    </message>
    <message>
        <source>The server wants this program to show a certificate of its own (a client certificate), and it did not.</source>
        <translation>Der Server verlangt, dass dieses Programm ein eigenes Zertifikat vorzeigt (ein Clientzertifikat), und es hat keines vorgezeigt.</translation>
    </message>
    <message>
        <source>The system could not set up the connection: it had no memory left for network connections, or a waiting line (queue) was full (Windows error 10055, ENOBUFS elsewhere). Nothing was sent; the problem is on this computer, most often far too many connections open at once.</source>
        <translation>Das System konnte die Verbindung nicht aufbauen: Es hatte keinen Speicher mehr für Netzwerkverbindungen, oder eine Warteschlange war voll (Windows-Fehler 10055, anderswo ENOBUFS). Es wurde nichts gesendet; das Problem liegt auf diesem Computer, meist sind viel zu viele Verbindungen gleichzeitig offen.</translation>
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
        <translation>Aufruf:
  tcpdoctor explain &quot;FEHLERMELDUNG&quot; [--json]  eine Fehlermeldung erklären
  tcpdoctor explain - [--json]                 die Meldung von der Standardeingabe lesen
  tcpdoctor explain -- &quot;-bash: ...&quot;            eine Meldung, die mit &quot;-&quot; beginnt

Exit-Codes: 1 ein Verbindungsproblem wurde erkannt, 0 kein TCP-Verbindungsfehler in der Meldung gefunden, 2 keine Meldung.
</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Mögliche Ursachen, wahrscheinlichste zuerst:</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Was Sie prüfen sollten:</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Wann: %1.</translation>
    </message>
    <message>
        <source>Recognised from: &quot;%1&quot;</source>
        <translation>Erkannt an: „%1“</translation>
    </message>
    <message>
        <source>tcpdoctor diagnose COMPUTER:%1 (the message does not say which computer)</source>
        <translation>tcpdoctor diagnose COMPUTER:%1 (die Meldung sagt nicht, welcher Computer)</translation>
    </message>
    <message>
        <source>Check it step by step: %1</source>
        <translation>Schritt für Schritt prüfen: %1</translation>
    </message>
    <message>
        <source>The checklist steps that matter most here: %1.</source>
        <translation>Die wichtigsten Prüfschritte hier: %1.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>A message that starts with &quot;-&quot; goes after --, like: tcpdoctor explain -- &quot;-bash: connect: Connection refused&quot;</source>
        <translation>Eine Meldung, die mit &quot;-&quot; beginnt, gehört hinter --, etwa: tcpdoctor explain -- &quot;-bash: connect: Connection refused&quot;</translation>
    </message>
    <message>
        <source>Which error message? Put it in quotes, like: tcpdoctor explain &quot;Connection refused&quot;, or pipe it in with: tcpdoctor explain -</source>
        <translation>Welche Fehlermeldung? Setzen Sie sie in Anführungszeichen, etwa: tcpdoctor explain &quot;Connection refused&quot;, oder leiten Sie sie weiter mit: tcpdoctor explain -</translation>
    </message>
    <message>
        <source>The error message is empty: paste the message the program showed.</source>
        <translation>Die Fehlermeldung ist leer: Fügen Sie die Meldung ein, die das Programm angezeigt hat.</translation>
    </message>
    <message>
        <source>See who holds the port: %1</source>
        <translation>Anzeigen, wer den Port belegt: %1</translation>
    </message>
    <message>
        <source>tcpdoctor listen PORT (the message does not say which port)</source>
        <translation>tcpdoctor listen PORT (die Meldung nennt keinen Port)</translation>
    </message>
</context>
<context>
    <name>FirewallStep</name>
    <message>
        <source>Not needed: the port test did not end in silence or a rejection.</source>
        <translation>Nicht nötig: Der Porttest endete weder ohne Antwort noch mit einer Ablehnung.</translation>
    </message>
    <message>
        <source>Not needed: the SYN never left this computer.</source>
        <translation>Nicht nötig: Das SYN hat diesen Computer nie verlassen.</translation>
    </message>
    <message>
        <source>Skipped: the ICMP trace needs raw-socket rights here (under Wine: CAP_NET_RAW).</source>
        <translation>Übersprungen: Die ICMP-Routenverfolgung braucht hier Rechte für Raw-Sockets (unter Wine: CAP_NET_RAW).</translation>
    </message>
    <message>
        <source>Skipped: %1 (%2).</source>
        <translation>Übersprungen: %1 (%2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall: nothing could be read</source>
        <translation>Firewall dieses Computers: Es konnte nichts gelesen werden</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall: %1</source>
        <translation>Firewall dieses Computers: %1</translation>
    </message>
    <message>
        <source>Some rules can only be read by an administrator; this check never asks for admin rights.</source>
        <translation>Manche Regeln kann nur ein Administrator lesen; diese Prüfung fragt nie nach Administratorrechten.</translation>
    </message>
    <message>
        <source>An administrator can look with: %1</source>
        <translation>Ein Administrator kann nachsehen mit: %1</translation>
    </message>
    <message>
        <source>Path trace: %1.</source>
        <translation>Routenverfolgung: %1.</translation>
    </message>
    <message>
        <source>Not needed: the port test failed for a reason other than a firewall (%1).</source>
        <translation>Nicht nötig: Der Porttest ist aus einem anderen Grund als einer Firewall fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s firewall blocks port %1.</source>
        <translation>Eine Regel der Firewall dieses Computers blockiert Port %1.</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s firewall may block port %1.</source>
        <translation>Eine Regel der Firewall dieses Computers blockiert möglicherweise Port %1.</translation>
    </message>
    <message>
        <source>No rule of this computer&apos;s firewall blocks port %1.</source>
        <translation>Keine Regel der Firewall dieses Computers blockiert Port %1.</translation>
    </message>
    <message>
        <source>Without the port test there is no block to locate, and this computer&apos;s rules could not be read.</source>
        <translation>Ohne den Porttest gibt es keine Sperre zu orten, und die Regeln dieses Computers konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 rule &quot;%2&quot; (%3)%4</source>
        <translation>%1 Regel „%2“ (%3)%4</translation>
    </message>
    <message>
        <source>, which may apply: it has conditions tcpdoctor cannot judge</source>
        <translation>, die zutreffen könnte: Sie hat Bedingungen, die tcpdoctor nicht beurteilen kann</translation>
    </message>
    <message>
        <source>%1, chain %2</source>
        <translation>%1, Kette %2</translation>
    </message>
    <message>
        <source>ICMP echo requests reach %1 in %2 hops (ICMP, not the port: a firewall may still drop the port).</source>
        <translation>ICMP-Echoanfragen erreichen %1 in %2 Hops (gilt für ICMP, nicht für den Port: eine Firewall kann den Port trotzdem verwerfen).</translation>
    </message>
    <message>
        <source>SYNs with a limited TTL reached the server %1 (hop %2).</source>
        <translation>SYNs mit begrenzter TTL erreichten den Server %1 (Hop %2).</translation>
    </message>
    <message>
        <source>This computer could not send the SYN (%1).</source>
        <translation>Dieser Computer konnte das SYN nicht senden (%1).</translation>
    </message>
    <message>
        <source>Router %1 (hop %2) rejected it: %3.</source>
        <translation>Router %1 (Hop %2) hat es abgewiesen: %3.</translation>
    </message>
    <message>
        <source>The SYN reached router %1 (hop %2) and went no further: nothing answered beyond it.</source>
        <translation>Das SYN erreichte Router %1 (Hop %2) und kam nicht weiter: dahinter hat nichts geantwortet.</translation>
    </message>
    <message>
        <source>Not even the first router answered: the SYN may not have left this network.</source>
        <translation>Nicht einmal der erste Router hat geantwortet: Das SYN hat dieses Netzwerk möglicherweise nie verlassen.</translation>
    </message>
    <message>
        <source>%1 (hop %2)</source>
        <translation>%1 (Hop %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The same port on the reference host %1 (%2): %3.</source>
        <translation>Derselbe Port auf dem Referenzhost %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Other ports on %1: %2.</source>
        <translation>Andere Ports auf %1: %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall: %1.</source>
        <translation>Firewall dieses Computers: %1.</translation>
    </message>
    <message>
        <source>%1: the rules can only be read by an administrator (%2).</source>
        <translation>%1: Die Regeln kann nur ein Administrator lesen (%2).</translation>
    </message>
    <message>
        <source>Never switch a firewall off for good. To confirm, turn off only that rule (or the firewall) for one quick test, then turn it back on at once.</source>
        <translation>Schalten Sie eine Firewall nie dauerhaft aus. Um sicherzugehen, deaktivieren Sie nur diese Regel (oder die Firewall) für einen kurzen Test und schalten sie danach sofort wieder ein.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall blocks the connection</source>
        <translation>Die Firewall dieses Computers blockiert die Verbindung</translation>
    </message>
    <message>
        <source>The SYN to port %1 never left this computer: its own firewall stopped it.</source>
        <translation>Das SYN an Port %1 hat diesen Computer nie verlassen: Seine eigene Firewall hat es gestoppt.</translation>
    </message>
    <message>
        <source>The rule that matches: %1.</source>
        <translation>Die zutreffende Regel: %1.</translation>
    </message>
    <message>
        <source>Look at the rule with: sudo nft -a list chain %1 %2</source>
        <translation>Regel anzeigen mit: sudo nft -a list chain %1 %2</translation>
    </message>
    <message>
        <source>Which rule it is could not be seen: reading the firewall rules needs administrator rights.</source>
        <translation>Welche Regel es ist, war nicht zu sehen: Zum Lesen der Firewallregeln sind Administratorrechte nötig.</translation>
    </message>
    <message>
        <source>An administrator can list the rules with: %1</source>
        <translation>Ein Administrator kann die Regeln so anzeigen: %1</translation>
    </message>
    <message>
        <source>Check this computer&apos;s firewall and security software for a rule that blocks outgoing connections to port %1, and ask whether it is there on purpose.</source>
        <translation>Suchen Sie in der Firewall und der Sicherheitssoftware dieses Computers nach einer Regel, die ausgehende Verbindungen zu Port %1 blockiert, und klären Sie, ob sie absichtlich da ist.</translation>
    </message>
    <message>
        <source>A firewall on your network blocks port %1</source>
        <translation>Eine Firewall in Ihrem Netzwerk blockiert Port %1</translation>
    </message>
    <message>
        <source>A firewall on your network (router %1) blocks port %2</source>
        <translation>Eine Firewall in Ihrem Netzwerk (Router %1) blockiert Port %2</translation>
    </message>
    <message>
        <source>Port %1 fails on the reference host too, so the network this computer is on blocks outgoing connections to that port, not the server.</source>
        <translation>Port %1 schlägt auch beim Referenzhost fehl. Also blockiert das Netzwerk, in dem dieser Computer ist, ausgehende Verbindungen zu diesem Port – nicht der Server.</translation>
    </message>
    <message>
        <source>The SYN to port %1 reached router %2 and went no further, while other ports of the server pass that router: a firewall at or after it drops port %1.</source>
        <translation>Das SYN an Port %1 erreichte Router %2 und kam nicht weiter, während andere Ports des Servers diesen Router passieren: Eine Firewall dort oder dahinter verwirft Port %1.</translation>
    </message>
    <message>
        <source>Router %1 answered the SYN to port %2 with &quot;administratively prohibited&quot;: a firewall there refuses this traffic. The server never saw it.</source>
        <translation>Router %1 hat das SYN an Port %2 mit „administrativ untersagt“ beantwortet: Eine Firewall dort lehnt diesen Datenverkehr ab. Der Server hat ihn nie gesehen.</translation>
    </message>
    <message>
        <source>Ask the administrator of that network (router %1) to allow port %2 to %3.</source>
        <translation>Bitten Sie den Administrator dieses Netzwerks (Router %1), Verbindungen zu %3 auf Port %2 freizugeben.</translation>
    </message>
    <message>
        <source>To confirm, try from another network (for example a phone&apos;s hotspot): if it works there, the block is on this network.</source>
        <translation>Um sicherzugehen, versuchen Sie es aus einem anderen Netzwerk (z. B. über den Hotspot eines Handys): Klappt es dort, liegt die Sperre in diesem Netzwerk.</translation>
    </message>
    <message>
        <source>The server&apos;s own firewall rejects port %1</source>
        <translation>Die Firewall des Servers lehnt Port %1 ab</translation>
    </message>
    <message>
        <source>The server %1 itself answered the SYN with an ICMP &quot;not allowed&quot; message: its firewall refuses port %2 from this computer.</source>
        <translation>Der Server %1 selbst hat das SYN mit einer ICMP-Meldung „nicht erlaubt“ beantwortet: Seine Firewall lehnt Port %2 von diesem Computer ab.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to allow port %1 from your address in the server&apos;s firewall.</source>
        <translation>Bitten Sie den Administrator des Servers, in der Firewall des Servers Port %1 für Ihre Adresse freizugeben.</translation>
    </message>
    <message>
        <source>On the server they can check the inbound rules (ufw status, firewall-cmd --list-all, nft list ruleset, or Windows Defender Firewall&apos;s inbound rules).</source>
        <translation>Auf dem Server lassen sich die eingehenden Regeln prüfen (ufw status, firewall-cmd --list-all, nft list ruleset oder die eingehenden Regeln der Windows Defender Firewall).</translation>
    </message>
    <message>
        <source>Probably the server&apos;s firewall (the server answers on other ports)</source>
        <translation>Wahrscheinlich die Firewall des Servers (der Server antwortet auf anderen Ports)</translation>
    </message>
    <message>
        <source>The server %1 answers on other ports but not on port %2, so it is up and reachable and something drops port %2 only.</source>
        <translation>Der Server %1 antwortet auf anderen Ports, aber nicht auf Port %2. Er ist also eingeschaltet und erreichbar, und etwas verwirft nur Port %2.</translation>
    </message>
    <message>
        <source>The SYN reached router %1 and went no further; the next hop is the server itself, so the drop is in the server&apos;s firewall, or in a firewall right in front of it (a cloud security group, or router %2).</source>
        <translation>Das SYN erreichte Router %1 und kam nicht weiter. Der nächste Hop ist der Server selbst, also wird es in der Firewall des Servers verworfen oder in einer Firewall direkt davor (eine Cloud-Sicherheitsgruppe oder Router %2).</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether port %1 is allowed in the server&apos;s firewall and in any security group or firewall in front of it.</source>
        <translation>Fragen Sie den Administrator des Servers, ob Port %1 in der Firewall des Servers und in allen Sicherheitsgruppen oder Firewalls davor erlaubt ist.</translation>
    </message>
    <message>
        <source>On the server, &quot;tcpdoctor listen %1&quot; shows whether the service listens at all.</source>
        <translation>Auf dem Server zeigt &quot;tcpdoctor listen %1&quot;, ob der Dienst überhaupt Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>Nothing answers from %1 at all</source>
        <translation>Von %1 kommt überhaupt keine Antwort</translation>
    </message>
    <message>
        <source>Neither port %1 nor the other ports tried answered. The server may be switched off, its address may be wrong, or a firewall drops everything to it.</source>
        <translation>Weder Port %1 noch die anderen getesteten Ports haben geantwortet. Der Server ist vielleicht ausgeschaltet, die Adresse falsch, oder eine Firewall verwirft alles, was an ihn geht.</translation>
    </message>
    <message>
        <source>The last device on the way that answered was %1.</source>
        <translation>Das letzte Gerät auf dem Weg, das geantwortet hat, war %1.</translation>
    </message>
    <message>
        <source>Check that the server is on and that the address is right.</source>
        <translation>Prüfen Sie, ob der Server eingeschaltet und die Adresse richtig ist.</translation>
    </message>
    <message>
        <source>Ask the network or server administrator which firewall sits after %1.</source>
        <translation>Fragen Sie den Netzwerk- oder Serveradministrator, welche Firewall hinter %1 sitzt.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>Where the packets are dropped could not be found</source>
        <translation>Wo die Pakete verworfen werden, ließ sich nicht feststellen</translation>
    </message>
    <message>
        <source>Port %1 stayed silent in the port test, but the path trace reached the server: the block may come and go, or depend on the connection.</source>
        <translation>Port %1 blieb beim Porttest stumm, aber die Routenverfolgung hat den Server erreicht: Die Sperre tritt vielleicht nur zeitweise auf oder hängt von der Verbindung ab.</translation>
    </message>
    <message>
        <source>Run the check again; if the result changes, the block is intermittent (overload or a rate limit).</source>
        <translation>Führen Sie die Prüfung erneut aus. Ändert sich das Ergebnis, tritt die Sperre nur zeitweise auf (Überlastung oder eine Ratenbegrenzung).</translation>
    </message>
    <message>
        <source>No firewall stopped the connection to port %1</source>
        <translation>Keine Firewall hat die Verbindung zu Port %1 gestoppt</translation>
    </message>
    <message>
        <source>Not a firewall problem</source>
        <translation>Kein Firewallproblem</translation>
    </message>
    <message>
        <source>Ask the administrator of that network (its gateway) to allow port %1 to %2.</source>
        <translation>Bitten Sie den Administrator dieses Netzwerks (sein Standardgateway), Port %1 zu %2 freizugeben.</translation>
    </message>
    <message>
        <source>The server %1 itself rejected it: %2.</source>
        <translation>Der Server %1 selbst hat es abgewiesen: %2.</translation>
    </message>
    <message>
        <source>%1 is on the local network, so there is no router in between; it did not answer.</source>
        <translation>Die Adresse %1 ist im lokalen Netzwerk, es liegt also kein Router dazwischen; sie hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>It is on the local network, with no router in between, so the drop is in the server&apos;s own firewall.</source>
        <translation>Er steht im lokalen Netzwerk, ohne Router dazwischen: Die Pakete werden also von der Firewall des Servers selbst verworfen.</translation>
    </message>
</context>
<context>
    <name>Icmp</name>
    <message>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>protocol unreachable</source>
        <translation>Protokoll nicht erreichbar</translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation>Port nicht erreichbar</translation>
    </message>
    <message>
        <source>fragmentation needed</source>
        <translation>Fragmentierung erforderlich</translation>
    </message>
    <message>
        <source>source route failed</source>
        <translation>Source-Routing fehlgeschlagen</translation>
    </message>
    <message>
        <source>destination network unknown</source>
        <translation>Zielnetzwerk unbekannt</translation>
    </message>
    <message>
        <source>destination host unknown</source>
        <translation>Zielhost unbekannt</translation>
    </message>
    <message>
        <source>network administratively prohibited</source>
        <translation>Netzwerk administrativ untersagt</translation>
    </message>
    <message>
        <source>host administratively prohibited</source>
        <translation>Host administrativ untersagt</translation>
    </message>
    <message>
        <source>network unreachable for this type of service</source>
        <translation>Netzwerk für diesen Diensttyp nicht erreichbar</translation>
    </message>
    <message>
        <source>host unreachable for this type of service</source>
        <translation>Host für diesen Diensttyp nicht erreichbar</translation>
    </message>
    <message>
        <source>communication administratively prohibited</source>
        <translation>Kommunikation administrativ untersagt</translation>
    </message>
    <message>
        <source>no route to destination</source>
        <translation>keine Route zum Ziel</translation>
    </message>
    <message>
        <source>beyond scope of source address</source>
        <translation>außerhalb des Geltungsbereichs der Quelladresse</translation>
    </message>
    <message>
        <source>address unreachable</source>
        <translation>Adresse nicht erreichbar</translation>
    </message>
    <message>
        <source>source address failed ingress/egress policy</source>
        <translation>Quelladresse verstößt gegen Ingress-/Egress-Richtlinie</translation>
    </message>
    <message>
        <source>reject route to destination</source>
        <translation>Route zum Ziel abgewiesen</translation>
    </message>
    <message>
        <source>ICMPv6 type %1, code %2</source>
        <translation>ICMPv6-Typ %1, Code %2</translation>
    </message>
    <message>
        <source>ICMP type %1, code %2</source>
        <translation>ICMP-Typ %1, Code %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Give the idle periods in seconds, separated by commas, like 15,60,300.</source>
        <translation>Geben Sie die Pausen in Sekunden an, durch Kommas getrennt, z. B. 15,60,300.</translation>
    </message>
    <message>
        <source>Give at most %1 idle periods; one connection is opened for each.</source>
        <translation>Geben Sie höchstens %1 Pausen an; für jede wird eine Verbindung geöffnet.</translation>
    </message>
    <message>
        <source>Each idle period must be a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>Jede Pause muss eine ganze Sekundenzahl von 1 bis %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>the name was not found</source>
        <translation>der Name wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>still worked</source>
        <translation>funktionierte noch</translation>
    </message>
    <message>
        <source>reset: it had been forgotten</source>
        <translation>zurückgesetzt: Die Verbindung war vergessen worden</translation>
    </message>
    <message>
        <source>no answer: it had been forgotten on the way</source>
        <translation>keine Antwort: Die Verbindung war unterwegs vergessen worden</translation>
    </message>
    <message>
        <source>closed by the server</source>
        <translation>vom Server geschlossen</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>keine Verbindung möglich</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>unknown: nothing came back, and this system does not say whether it arrived</source>
        <translation>unbekannt: Nichts kam zurück, und dieses System sagt nicht, ob das Byte angekommen ist</translation>
    </message>
    <message>
        <source>after %1 idle</source>
        <translation>nach %1 Pause</translation>
    </message>
    <message>
        <source>from port %1</source>
        <translation>von Port %1</translation>
    </message>
    <message>
        <source>(the byte sent then was acknowledged)</source>
        <translation>(das dann gesendete Byte wurde bestätigt)</translation>
    </message>
    <message>
        <source>(after %1 s)</source>
        <translation>(nach %1 s)</translation>
    </message>
    <message numerus="yes">
        <source>(sent %n time(s) again)</source>
        <translation>
            <numerusform>(%n-mal erneut gesendet)</numerusform>
            <numerusform>(%n-mal erneut gesendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to %1 could be opened</source>
        <translation>Es konnte keine Verbindung zu %1 geöffnet werden</translation>
    </message>
    <message>
        <source>The idle test needs connections that work to begin with, and none could be opened (%1).</source>
        <translation>Der Pausentest braucht Verbindungen, die zu Beginn funktionieren, und es konnte keine geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The idle test needs connections that work to begin with, and the name did not resolve (%1).</source>
        <translation>Der Pausentest braucht Verbindungen, die zu Beginn funktionieren, und der Name ließ sich nicht auflösen (%1).</translation>
    </message>
    <message>
        <source>Check %1 step by step to find out where it fails.</source>
        <translation>Prüfen Sie %1 Schritt für Schritt, um herauszufinden, wo es scheitert.</translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor diagnose %1&quot; to find out where it fails.</source>
        <translation>Führen Sie &quot;tcpdoctor diagnose %1&quot; aus, um herauszufinden, wo es scheitert.</translation>
    </message>
    <message>
        <source>The idle test was stopped</source>
        <translation>Der Pausentest wurde angehalten</translation>
    </message>
    <message>
        <source>It was stopped before any connection had been idle long enough to tell.</source>
        <translation>Er wurde angehalten, bevor eine Verbindung lange genug still war, um etwas feststellen zu können.</translation>
    </message>
    <message>
        <source>Start it again and let it run to the end.</source>
        <translation>Starten Sie ihn erneut und lassen Sie ihn bis zum Ende laufen.</translation>
    </message>
    <message>
        <source>It is not known whether idle connections to %1 survive</source>
        <translation>Ob stille Verbindungen zu %1 eine Pause überstehen, ist unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) got no answer after their pause, and this system does not tell whether the byte sent then arrived (it needs Windows 10 1703 or later, Linux or macOS for that).</source>
        <translation>
            <numerusform>%n Verbindung bekam nach ihrer Pause keine Antwort, und dieses System sagt nicht, ob das dann gesendete Byte angekommen ist (dafür braucht es Windows 10 1703 oder neuer, Linux oder macOS).</numerusform>
            <numerusform>%n Verbindungen bekamen nach ihrer Pause keine Antwort, und dieses System sagt nicht, ob das dann gesendete Byte angekommen ist (dafür braucht es Windows 10 1703 oder neuer, Linux oder macOS).</numerusform>
        </translation>
    </message>
    <message>
        <source>A connection idle for %1 still worked.</source>
        <translation>Eine Verbindung, die %1 still war, funktionierte noch.</translation>
    </message>
    <message>
        <source>Run the idle test against a server that answers what it receives, such as &quot;tcpdoctor listen --serve PORT&quot; on the server, or from a Linux or macOS computer.</source>
        <translation>Führen Sie den Pausentest gegen einen Server aus, der auf das Empfangene antwortet, etwa &quot;tcpdoctor listen --serve PORT&quot; auf dem Server, oder führen Sie ihn von einem Linux- oder macOS-Computer aus.</translation>
    </message>
    <message>
        <source>Idle connections to %1 survive</source>
        <translation>Stille Verbindungen zu %1 überstehen die Pausen</translation>
    </message>
    <message>
        <source>Every connection still worked after its pause, the longest after %1 of silence. Nothing on the way forgets connections that stay silent this long.</source>
        <translation>Jede Verbindung funktionierte nach ihrer Pause noch, die längste nach %1 Stille. Nichts auf dem Weg vergisst Verbindungen, die so lange still bleiben.</translation>
    </message>
    <message>
        <source>If a program still loses its connection after a pause, the pause is longer than %1: try a longer time.</source>
        <translation>Wenn ein Programm trotzdem nach einer Pause seine Verbindung verliert, ist die Pause länger als %1: Versuchen Sie eine längere Zeit.</translation>
    </message>
    <message>
        <source>If a program still loses its connection after a pause, the pause is longer than %1: try --max-idle with a longer time.</source>
        <translation>Wenn ein Programm trotzdem nach einer Pause seine Verbindung verliert, ist die Pause länger als %1: Versuchen Sie --max-idle mit einer längeren Zeit.</translation>
    </message>
    <message>
        <source>%1 closes connections that stay silent</source>
        <translation>%1 schließt Verbindungen, die still bleiben</translation>
    </message>
    <message>
        <source>The server itself ended the connection after about %1 of silence: it said goodbye properly (FIN), so this is its own idle timeout, not the network.</source>
        <translation>Der Server selbst hat die Verbindung nach etwa %1 Stille beendet: Er hat sich ordnungsgemäß verabschiedet (FIN). Das ist also sein eigenes Leerlauf-Zeitlimit, nicht das Netzwerk.</translation>
    </message>
    <message>
        <source>Make the program send something (a keepalive or a harmless request) more often than every %1, or have it reconnect when the server has closed the connection.</source>
        <translation>Lassen Sie das Programm öfter als alle %1 etwas senden (ein Keepalive oder eine harmlose Anfrage), oder lassen Sie es sich neu verbinden, wenn der Server die Verbindung geschlossen hat.</translation>
    </message>
    <message>
        <source>Or raise the service&apos;s own idle timeout on the server (its &quot;timeout&quot; or &quot;keepalive_timeout&quot; setting).</source>
        <translation>Oder erhöhen Sie auf dem Server das eigene Leerlauf-Zeitlimit des Dienstes (seine Einstellung „timeout“ oder „keepalive_timeout“).</translation>
    </message>
    <message>
        <source>The server sent FIN %1 s after the connection opened.</source>
        <translation>Der Server hat %1 s nach dem Öffnen der Verbindung ein FIN gesendet.</translation>
    </message>
    <message>
        <source>Something on the way to %1 forgets silent connections</source>
        <translation>Etwas auf dem Weg zu %1 vergisst stille Verbindungen</translation>
    </message>
    <message>
        <source>a reset came back</source>
        <translation>ein Reset (RST) kam zurück</translation>
    </message>
    <message>
        <source>the byte sent then was never acknowledged, however often it was sent again</source>
        <translation>das dann gesendete Byte wurde nie bestätigt, so oft es auch erneut gesendet wurde</translation>
    </message>
    <message>
        <source>A connection that stayed silent for %1 still worked; after %2 of silence it was dead (%3). A firewall or NAT router between this computer and the server forgets connections that stay silent for between %1 and %2. Programs that keep a connection open without talking (databases, remote desktops, SSH) then fail with &quot;connection reset&quot; or errors 10053/10054 when they speak again.</source>
        <translation>Eine Verbindung, die %1 still blieb, funktionierte noch; nach %2 Stille war sie tot (%3). Eine Firewall oder ein NAT-Router zwischen diesem Computer und dem Server vergisst Verbindungen, die zwischen %1 und %2 lang still bleiben. Programme, die eine Verbindung offen halten, ohne etwas zu senden (Datenbanken, Remotedesktop, SSH), scheitern dann mit „Verbindung zurückgesetzt“ oder den Fehlern 10053/10054, sobald sie wieder etwas senden.</translation>
    </message>
    <message>
        <source>Even the shortest pause tried, %1, killed the connection (%2). A firewall or NAT router between this computer and the server forgets silent connections very quickly. Programs that keep a connection open without talking fail when they speak again.</source>
        <translation>Schon die kürzeste getestete Pause, %1, hat die Verbindung beendet (%2). Eine Firewall oder ein NAT-Router zwischen diesem Computer und dem Server vergisst stille Verbindungen sehr schnell. Programme, die eine Verbindung offen halten, ohne etwas zu senden, scheitern, sobald sie wieder etwas senden.</translation>
    </message>
    <message>
        <source>Turn on TCP keepalive in the program, with the first keepalive after at most %1 s of silence and one every %1 s after that: the small packets keep the connection known on the way.</source>
        <translation>Schalten Sie im Programm TCP-Keepalive ein, mit dem ersten Keepalive nach höchstens %1 s Stille und danach einem alle %1 s: Durch die kleinen Pakete bleibt die Verbindung auf dem Weg bekannt.</translation>
    </message>
    <message>
        <source>SSH: ServerAliveInterval %1 in ~/.ssh/config (or ClientAliveInterval %1 on the server).</source>
        <translation>SSH: ServerAliveInterval %1 in ~/.ssh/config (oder ClientAliveInterval %1 auf dem Server).</translation>
    </message>
    <message>
        <source>PostgreSQL: keepalives_idle=%1 in the connection string (libpq, psql); JDBC: tcpKeepAlive=true together with the system setting below.</source>
        <translation>PostgreSQL: keepalives_idle=%1 in der Verbindungszeichenfolge (libpq, psql); JDBC: tcpKeepAlive=true zusammen mit der unten genannten Systemeinstellung.</translation>
    </message>
    <message>
        <source>Oracle: SQLNET.EXPIRE_TIME=%1 in sqlnet.ora (minutes).</source>
        <translation>Oracle: SQLNET.EXPIRE_TIME=%1 in sqlnet.ora (Minuten).</translation>
    </message>
    <message>
        <source>The system&apos;s keepalive time, for programs that turn keepalive on without choosing a time: Linux sysctl net.ipv4.tcp_keepalive_time=%1; Windows KeepAliveTime=%2 (milliseconds) under HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters, then restart; macOS sysctl net.inet.tcp.keepidle=%2.</source>
        <translation>Die Keepalive-Zeit des Systems, für Programme, die Keepalive einschalten, ohne eine Zeit zu wählen: Linux sysctl net.ipv4.tcp_keepalive_time=%1; Windows KeepAliveTime=%2 (Millisekunden) unter HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters, danach neu starten; macOS sysctl net.inet.tcp.keepidle=%2.</translation>
    </message>
    <message>
        <source>Or ask the network&apos;s administrator to raise the idle timeout of the firewall or NAT router on the way for this connection.</source>
        <translation>Oder bitten Sie den Administrator des Netzwerks, das Leerlauf-Zeitlimit der Firewall oder des NAT-Routers auf dem Weg für diese Verbindung zu erhöhen.</translation>
    </message>
    <message>
        <source>Idle for %1: %2.</source>
        <translation>Pause von %1: %2.</translation>
    </message>
</context>
<context>
    <name>IdleCli</name>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Mit &quot;tcpdoctor --help&quot; sehen Sie die Optionen.</translation>
    </message>
    <message>
        <source>Give one target, like: tcpdoctor idle db.example.com:5432</source>
        <translation>Geben Sie ein Ziel an, z. B.: tcpdoctor idle db.example.com:5432</translation>
    </message>
    <message>
        <source>Give --max-idle or --periods, not both.</source>
        <translation>Geben Sie --max-idle oder --periods an, nicht beides.</translation>
    </message>
    <message>
        <source>--max-idle must be a whole number of seconds from 1 to 86400, not &quot;%1&quot;.</source>
        <translation>--max-idle muss eine ganze Sekundenzahl von 1 bis 86400 sein, nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n connection(s) to %1. Each stays silent for a while (%2), then sends one byte to see whether it still works. This takes about %3. Ctrl+C stops.</source>
        <translation>
            <numerusform>%n Verbindung zu %1 wird geöffnet. Sie bleibt eine Weile still (%2) und sendet dann ein Byte, um zu prüfen, ob sie noch funktioniert. Das dauert etwa %3. Strg+C beendet.</numerusform>
            <numerusform>%n Verbindungen zu %1 werden geöffnet. Jede bleibt eine Weile still (%2) und sendet dann ein Byte, um zu prüfen, ob sie noch funktioniert. Das dauert etwa %3. Strg+C beendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpStep</name>
    <message>
        <source>set by hand</source>
        <translation>manuell festgelegt</translation>
    </message>
    <message>
        <source>from DHCP</source>
        <translation>per DHCP</translation>
    </message>
    <message>
        <source>automatic, from the router (SLAAC)</source>
        <translation>automatisch, vom Router (SLAAC)</translation>
    </message>
    <message>
        <source>automatic (DHCPv6 or SLAAC)</source>
        <translation>automatisch (DHCPv6 oder SLAAC)</translation>
    </message>
    <message>
        <source>self-assigned</source>
        <translation>selbst zugewiesen</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>origin unknown</source>
        <translation>Herkunft unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>noch %n Stunde</numerusform>
            <numerusform>noch %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>noch %n Minute</numerusform>
            <numerusform>noch %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Another device on the network uses the same address %1</source>
        <translation>Ein anderes Gerät im Netzwerk verwendet dieselbe Adresse %1</translation>
    </message>
    <message>
        <source>Duplicate address detection failed on %1, so this computer does not use the address.</source>
        <translation>Die Erkennung doppelter Adressen ist auf %1 fehlgeschlagen, daher verwendet dieser Computer die Adresse nicht.</translation>
    </message>
    <message>
        <source>If the address was set by hand, choose one that no other device uses, or switch to automatic configuration (DHCP).</source>
        <translation>Wurde die Adresse von Hand festgelegt, wählen Sie eine, die kein anderes Gerät verwendet, oder wechseln Sie zur automatischen Konfiguration (DHCP).</translation>
    </message>
    <message>
        <source>%1 has the address(es) %2</source>
        <translation>%1 hat die Adresse(n) %2</translation>
    </message>
    <message>
        <source>Only a self-assigned address (%1): automatic configuration (DHCP) failed</source>
        <translation>Nur eine selbst zugewiesene Adresse (%1): Die automatische Konfiguration (DHCP) ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>This computer asked the network for an address (DHCP), got no answer, and gave itself an address from 169.254.x.x. With it, only the local network can be reached, and usually not even that.</source>
        <translation>Dieser Computer hat das Netzwerk nach einer Adresse gefragt (DHCP), keine Antwort bekommen und sich selbst eine Adresse aus 169.254.x.x gegeben. Damit ist nur das lokale Netzwerk erreichbar, und meist nicht einmal das.</translation>
    </message>
    <message>
        <source>Only a link-local address: the network gave this computer no address</source>
        <translation>Nur eine verbindungslokale Adresse: Das Netzwerk hat diesem Computer keine Adresse gegeben</translation>
    </message>
    <message>
        <source>%1 has only its own link-local IPv6 address (fe80::...), which works on the local cable or Wi-Fi alone. No DHCP server or router gave it an address.</source>
        <translation>%1 hat nur seine eigene verbindungslokale IPv6-Adresse (fe80::...), die nur am lokalen Kabel oder WLAN funktioniert. Kein DHCP-Server und kein Router hat ihm eine Adresse gegeben.</translation>
    </message>
    <message>
        <source>Restart the router (switch it off for 30 seconds), wait two minutes, and try again.</source>
        <translation>Starten Sie den Router neu (für 30 Sekunden ausschalten), warten Sie zwei Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Switch this computer&apos;s network connection off and on, so it asks for an address again.</source>
        <translation>Schalten Sie die Netzwerkverbindung dieses Computers aus und wieder ein, damit er erneut nach einer Adresse fragt.</translation>
    </message>
    <message>
        <source>If the network uses fixed addresses, ask its administrator for the right settings.</source>
        <translation>Verwendet das Netzwerk feste Adressen, fragen Sie seinen Administrator nach den richtigen Einstellungen.</translation>
    </message>
    <message>
        <source>No IP address on %1</source>
        <translation>Keine IP-Adresse auf %1</translation>
    </message>
    <message>
        <source>The connection is up, but no IP address is configured, so nothing can be sent.</source>
        <translation>Die Verbindung steht, aber es ist keine IP-Adresse konfiguriert, daher kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>Switch the connection off and on, so it asks the router for an address (DHCP).</source>
        <translation>Schalten Sie die Verbindung aus und wieder ein, damit sie den Router nach einer Adresse fragt (DHCP).</translation>
    </message>
    <message>
        <source>Check the connection&apos;s settings: the IP address should be &quot;automatic (DHCP)&quot; unless the network uses fixed addresses.</source>
        <translation>Prüfen Sie die Einstellungen der Verbindung: Die IP-Adresse sollte auf „Automatisch (DHCP)“ stehen, sofern das Netzwerk keine festen Adressen verwendet.</translation>
    </message>
    <message>
        <source>Restart the router.</source>
        <translation>Starten Sie den Router neu.</translation>
    </message>
    <message>
        <source>%1 is this computer itself</source>
        <translation>%1 ist dieser Computer selbst</translation>
    </message>
    <message>
        <source>Traffic to it never leaves this computer.</source>
        <translation>Datenverkehr dorthin verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <source>%1 is on the local network of %2</source>
        <translation>%1 ist im lokalen Netzwerk von %2</translation>
    </message>
    <message>
        <source>Traffic to %1 goes through the gateway %2 on %3</source>
        <translation>Datenverkehr an %1 geht über das Gateway %2 an %3</translation>
    </message>
    <message>
        <source>Source address: %1.</source>
        <translation>Quelladresse: %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Traffic to %1 goes through the VPN tunnel %2</source>
        <translation>Datenverkehr an %1 geht durch den VPN-Tunnel %2</translation>
    </message>
    <message>
        <source>A VPN is connected and its routes catch this address, so the connection goes through the VPN, not directly.</source>
        <translation>Ein VPN ist verbunden, und seine Routen erfassen diese Adresse. Die Verbindung läuft also über das VPN, nicht direkt.</translation>
    </message>
    <message>
        <source>If %1 is a company address, this is expected.</source>
        <translation>Ist %1 eine Firmenadresse, ist das so gewollt.</translation>
    </message>
    <message>
        <source>If it should be reached directly (a device at home, a public site), disconnect the VPN and try again.</source>
        <translation>Soll sie direkt erreicht werden (ein Gerät zu Hause, eine öffentliche Website), trennen Sie das VPN und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No default gateway: this computer has no route to %1</source>
        <translation>Kein Standardgateway: Dieser Computer hat keine Route zu %1</translation>
    </message>
    <message>
        <source>%1 is not on the local network, and no default gateway (router) is set up to send such traffic to, so nothing can be sent to it.</source>
        <translation>%1 ist nicht im lokalen Netzwerk, und es ist kein Standardgateway (Router) eingerichtet, an das solcher Datenverkehr gehen könnte. Daher kann nichts dorthin gesendet werden.</translation>
    </message>
    <message>
        <source>This computer has no route to %1</source>
        <translation>Dieser Computer hat keine Route zu %1</translation>
    </message>
    <message>
        <source>The routing table has no entry that covers %1.</source>
        <translation>Die Routingtabelle hat keinen Eintrag, der %1 abdeckt.</translation>
    </message>
    <message>
        <source>A route on this computer rejects traffic to %1</source>
        <translation>Eine Route auf diesem Computer weist Datenverkehr an %1 ab</translation>
    </message>
    <message>
        <source>The routing table has a &quot;%1&quot; route for it.</source>
        <translation>Die Routingtabelle hat dafür eine Route vom Typ „%1“.</translation>
    </message>
    <message>
        <source>Connect to the network again, so it sets up the gateway automatically (DHCP).</source>
        <translation>Verbinden Sie sich erneut mit dem Netzwerk, damit das Gateway automatisch eingerichtet wird (DHCP).</translation>
    </message>
    <message>
        <source>If you set the address by hand, also enter the default gateway: usually the router&apos;s address, like 192.168.1.1.</source>
        <translation>Wenn Sie die Adresse von Hand eingestellt haben, tragen Sie auch das Standardgateway ein: meist die Adresse des Routers, z. B. 192.168.1.1.</translation>
    </message>
    <message>
        <source>If %1 belongs to a company network, connect the VPN first.</source>
        <translation>Gehört %1 zu einem Firmennetzwerk, verbinden Sie zuerst das VPN.</translation>
    </message>
    <message>
        <source>The default gateway %1 is outside the network of %2</source>
        <translation>Das Standardgateway %1 liegt außerhalb des Netzwerks von %2</translation>
    </message>
    <message>
        <source>This computer&apos;s address there is %1: the gateway must be inside that network to be reached directly.</source>
        <translation>Die Adresse dieses Computers dort ist %1: Das Gateway muss in diesem Netzwerk liegen, um direkt erreichbar zu sein.</translation>
    </message>
    <message>
        <source>Check the gateway and the subnet mask in the connection&apos;s settings (for the address 192.168.1.20 with mask 255.255.255.0, the gateway looks like 192.168.1.1).</source>
        <translation>Prüfen Sie Gateway und Subnetzmaske in den Einstellungen der Verbindung (zur Adresse 192.168.1.20 mit Maske 255.255.255.0 passt ein Gateway wie 192.168.1.1).</translation>
    </message>
    <message>
        <source>Several default gateways compete: %1</source>
        <translation>Mehrere Standardgateways konkurrieren: %1</translation>
    </message>
    <message>
        <source>They have the same priority (metric), so it is a matter of chance which one carries a connection; if one of them does not lead to the internet, connections fail at random.</source>
        <translation>Sie haben dieselbe Priorität (Metrik), daher ist es Zufall, welches eine Verbindung übernimmt. Führt eines davon nicht ins Internet, schlagen Verbindungen zufällig fehl.</translation>
    </message>
    <message>
        <source>Disconnect the connection you do not need (for example Wi-Fi while a cable is plugged in), or give the connections different priorities.</source>
        <translation>Trennen Sie die Verbindung, die Sie nicht brauchen (z. B. WLAN, während ein Kabel steckt), oder geben Sie den Verbindungen unterschiedliche Prioritäten.</translation>
    </message>
    <message>
        <source>No default gateway: only the local network can be reached</source>
        <translation>Kein Standardgateway: Nur das lokale Netzwerk ist erreichbar</translation>
    </message>
    <message>
        <source>No router is set up to carry traffic beyond the local network (no default route).</source>
        <translation>Es ist kein Router eingerichtet, der Datenverkehr über das lokale Netzwerk hinaus leitet (keine Standardroute).</translation>
    </message>
    <message>
        <source>If you set the address by hand, also enter the default gateway (the router&apos;s address).</source>
        <translation>Wenn Sie die Adresse von Hand eingestellt haben, tragen Sie auch das Standardgateway ein (die Adresse des Routers).</translation>
    </message>
    <message>
        <source>ping (ICMP echo)</source>
        <translation>Ping (ICMP-Echo)</translation>
    </message>
    <message>
        <source>a TCP connection to ports 80, 443 and 53</source>
        <translation>eine TCP-Verbindung zu den Ports 80, 443 und 53</translation>
    </message>
    <message>
        <source>The gateway %1 answers</source>
        <translation>Das Gateway %1 antwortet</translation>
    </message>
    <message>
        <source>It answered a ping in %1 ms.</source>
        <translation>Es hat einen Ping in %1 ms beantwortet.</translation>
    </message>
    <message>
        <source>It answered a TCP connection to port %1 in %2 ms (%3).</source>
        <translation>Es hat eine TCP-Verbindung zu Port %1 in %2 ms beantwortet (%3).</translation>
    </message>
    <message>
        <source>RST: nothing listens there, but it is alive</source>
        <translation>RST: Dort nimmt nichts Verbindungen an, aber das Gerät ist aktiv</translation>
    </message>
    <message>
        <source>SYN-ACK</source>
        <translation>SYN-ACK</translation>
    </message>
    <message>
        <source>The default gateway %1 does not answer on the local network</source>
        <translation>Das Standardgateway %1 antwortet im lokalen Netzwerk nicht</translation>
    </message>
    <message>
        <source>Nobody answered when this computer asked who has %1 on %2 (ARP / neighbour discovery), and %3 got no answer either.</source>
        <translation>Auf die Frage dieses Computers, wer %1 an %2 hat (ARP/Neighbor Discovery), hat niemand geantwortet, und auch %3 blieb ohne Antwort.</translation>
    </message>
    <message>
        <source>Check that the router is switched on and its lights look normal; restart it (switch it off for 30 seconds).</source>
        <translation>Prüfen Sie, ob der Router eingeschaltet ist und seine Lämpchen normal aussehen; starten Sie ihn neu (30 Sekunden ausschalten).</translation>
    </message>
    <message>
        <source>Check the cable or the Wi-Fi connection between this computer and the router.</source>
        <translation>Prüfen Sie das Kabel oder die WLAN-Verbindung zwischen diesem Computer und dem Router.</translation>
    </message>
    <message>
        <source>If the addresses were set by hand, check the gateway address: it must be the router&apos;s address.</source>
        <translation>Wurden die Adressen von Hand eingestellt, prüfen Sie die Gatewayadresse: Sie muss die Adresse des Routers sein.</translation>
    </message>
    <message>
        <source>The gateway %1 did not answer the test</source>
        <translation>Das Gateway %1 hat auf den Test nicht geantwortet</translation>
    </message>
    <message>
        <source>%1 got no answer. Some routers ignore such tests on purpose, so this alone does not prove it is gone.</source>
        <translation>%1 blieb ohne Antwort. Manche Router ignorieren solche Tests absichtlich, das allein beweist also nicht, dass es fehlt.</translation>
    </message>
    <message>
        <source>The gateway %1 is present but ignores test packets</source>
        <translation>Das Gateway %1 ist vorhanden, ignoriert aber Testpakete</translation>
    </message>
    <message>
        <source>It answered on the local network (ARP / neighbour discovery), but not to %1. Many routers do that on purpose; it is not a problem by itself.</source>
        <translation>Es hat im lokalen Netzwerk geantwortet (ARP/Neighbor Discovery), aber nicht auf %1. Viele Router tun das absichtlich; das ist für sich genommen kein Problem.</translation>
    </message>
    <message>
        <source>(Ping is not allowed for this user here: %1.)</source>
        <translation>(Ping ist für diesen Benutzer hier nicht erlaubt: %1.)</translation>
    </message>
    <message>
        <source>A proxy is configured: %1</source>
        <translation>Ein Proxy ist konfiguriert: %1</translation>
    </message>
    <message>
        <source>Web browsers may reach sites through this proxy even when direct connections, like this test and many other programs, are blocked by the network.</source>
        <translation>Webbrowser erreichen Websites möglicherweise über diesen Proxy, selbst wenn direkte Verbindungen – wie dieser Test und viele andere Programme – vom Netzwerk blockiert werden.</translation>
    </message>
    <message>
        <source>If the browser works but this connection does not, the network probably allows only the proxy: set the program up to use the proxy, or ask the network administrator.</source>
        <translation>Funktioniert der Browser, diese Verbindung aber nicht, erlaubt das Netzwerk wahrscheinlich nur den Proxy: Richten Sie das Programm für den Proxy ein oder fragen Sie den Netzwerkadministrator.</translation>
    </message>
    <message>
        <source>The IP configuration could not be read: %1</source>
        <translation>Die IP-Konfiguration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The target is this computer itself.</source>
        <translation>Das Ziel ist dieser Computer selbst.</translation>
    </message>
    <message>
        <source>%1 is on the local network (%2, from %3).</source>
        <translation>%1 ist im lokalen Netzwerk (%2, von %3).</translation>
    </message>
    <message>
        <source>Traffic to %1 leaves %2 from %3 through the gateway %4.</source>
        <translation>Datenverkehr an %1 verlässt %2 von %3 über das Gateway %4.</translation>
    </message>
    <message>
        <source>Addresses and the default gateway %1 are fine.</source>
        <translation>Adressen und Standardgateway %1 sind in Ordnung.</translation>
    </message>
    <message>
        <source>This computer has a usable IP address.</source>
        <translation>Dieser Computer hat eine brauchbare IP-Adresse.</translation>
    </message>
    <message>
        <source>IP configuration read.</source>
        <translation>IP-Konfiguration gelesen.</translation>
    </message>
</context>
<context>
    <name>LinkStep</name>
    <message>
        <source>%1 Gbit/s</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>full duplex</source>
        <translation>Vollduplex</translation>
    </message>
    <message>
        <source>half duplex</source>
        <translation>Halbduplex</translation>
    </message>
    <message>
        <source>Wi-Fi is switched off with a switch or key on the computer</source>
        <translation>WLAN ist mit einem Schalter oder einer Taste am Computer ausgeschaltet</translation>
    </message>
    <message>
        <source>Switch Wi-Fi on with the switch on the side of the computer, or the key with an antenna symbol (often together with the Fn key).</source>
        <translation>Schalten Sie WLAN mit dem Schalter an der Seite des Computers ein oder mit der Taste mit dem Antennensymbol (oft zusammen mit der Fn-Taste).</translation>
    </message>
    <message>
        <source>Wi-Fi is switched off</source>
        <translation>WLAN ist ausgeschaltet</translation>
    </message>
    <message>
        <source>Switch Wi-Fi on in the network menu (the network symbol next to the clock).</source>
        <translation>Schalten Sie WLAN im Netzwerkmenü ein (das Netzwerksymbol neben der Uhr).</translation>
    </message>
    <message>
        <source>The radio of %1 is off, so it cannot connect to any network.</source>
        <translation>Der Funk von %1 ist aus, daher kann er sich mit keinem Netzwerk verbinden.</translation>
    </message>
    <message>
        <source>Check that flight mode (airplane mode) is off.</source>
        <translation>Prüfen Sie, ob der Flugzeugmodus aus ist.</translation>
    </message>
    <message>
        <source>The network connection %1 is switched off</source>
        <translation>Die Netzwerkverbindung %1 ist ausgeschaltet</translation>
    </message>
    <message>
        <source>The adapter is disabled on this computer, so it does not use the network.</source>
        <translation>Der Adapter ist auf diesem Computer deaktiviert, daher nutzt er das Netzwerk nicht.</translation>
    </message>
    <message>
        <source>Switch the connection on in the network settings (on Windows: Settings, Network &amp; Internet, Advanced network settings, Enable).</source>
        <translation>Aktivieren Sie die Verbindung in den Netzwerkeinstellungen (unter Windows: Einstellungen, Netzwerk und Internet, Erweiterte Netzwerkeinstellungen, Aktivieren).</translation>
    </message>
    <message>
        <source>Wi-Fi is on but not connected to a network (%1)</source>
        <translation>WLAN ist eingeschaltet, aber mit keinem Netzwerk verbunden (%1)</translation>
    </message>
    <message>
        <source>%1 is not associated with any wireless network.</source>
        <translation>%1 ist mit keinem Drahtlosnetzwerk verbunden.</translation>
    </message>
    <message>
        <source>Choose your Wi-Fi network in the network menu and enter its password.</source>
        <translation>Wählen Sie im Netzwerkmenü Ihr WLAN aus und geben Sie sein Kennwort ein.</translation>
    </message>
    <message>
        <source>Move closer to the router, or check that the router&apos;s Wi-Fi light is on.</source>
        <translation>Gehen Sie näher an den Router, oder prüfen Sie, ob die WLAN-Anzeige des Routers leuchtet.</translation>
    </message>
    <message>
        <source>The mobile broadband connection %1 is not connected</source>
        <translation>Die mobile Breitbandverbindung %1 ist nicht verbunden</translation>
    </message>
    <message>
        <source>%1 has no link: no signal, no SIM card, or the connection is not started.</source>
        <translation>%1 hat keine Verbindung: kein Signal, keine SIM-Karte, oder die Verbindung ist nicht gestartet.</translation>
    </message>
    <message>
        <source>Check the signal and that mobile data is switched on.</source>
        <translation>Prüfen Sie den Empfang und ob mobile Daten eingeschaltet sind.</translation>
    </message>
    <message>
        <source>The network cable seems unplugged (no link on Ethernet &apos;%1&apos;)</source>
        <translation>Das Netzwerkkabel scheint nicht eingesteckt zu sein (keine Verbindung an Ethernet „%1“)</translation>
    </message>
    <message>
        <source>%1 sees no signal on its cable (no carrier).</source>
        <translation>%1 erkennt kein Signal auf seinem Kabel (kein Trägersignal).</translation>
    </message>
    <message>
        <source>Check that the cable is plugged in firmly at both ends: this computer and the router or wall socket. It should click into place.</source>
        <translation>Prüfen Sie, ob das Kabel an beiden Enden fest eingesteckt ist: an diesem Computer und am Router bzw. an der Wanddose. Es sollte hörbar einrasten.</translation>
    </message>
    <message>
        <source>Look at the small lights next to the cable socket: no light usually means no link.</source>
        <translation>Sehen Sie sich die kleinen Lämpchen neben der Kabelbuchse an: Leuchtet keines, besteht meist keine Verbindung.</translation>
    </message>
    <message>
        <source>Try another cable, or another socket on the router.</source>
        <translation>Versuchen Sie ein anderes Kabel oder eine andere Buchse am Router.</translation>
    </message>
    <message>
        <source>%1 has no link</source>
        <translation>%1 hat keine Verbindung</translation>
    </message>
    <message>
        <source>The interface reports no carrier (state: %1).</source>
        <translation>Die Schnittstelle meldet kein Trägersignal (Status: %1).</translation>
    </message>
    <message>
        <source>%1 is connected to the network &quot;%2&quot;</source>
        <translation>%1 ist mit dem Netzwerk „%2“ verbunden</translation>
    </message>
    <message>
        <source>%1 is connected</source>
        <translation>%1 ist verbunden</translation>
    </message>
    <message>
        <source>signal %1 dBm</source>
        <translation>Signal %1 dBm</translation>
    </message>
    <message>
        <source>signal %1 %</source>
        <translation>Signal %1 %</translation>
    </message>
    <message>
        <source>The network interfaces could not be read: %1</source>
        <translation>Die Netzwerkschnittstellen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The target is this computer itself: no network link is needed.</source>
        <translation>Das Ziel ist dieser Computer selbst: Es wird keine Netzwerkverbindung gebraucht.</translation>
    </message>
    <message>
        <source>Only a VPN tunnel is up</source>
        <translation>Nur ein VPN-Tunnel ist aktiv</translation>
    </message>
    <message>
        <source>The VPN tunnel %1 is up, but no cable, Wi-Fi or mobile connection carries it: a VPN needs a working network connection underneath.</source>
        <translation>Der VPN-Tunnel %1 ist aktiv, aber keine Kabel-, WLAN- oder Mobilfunkverbindung trägt ihn: Ein VPN braucht darunter eine funktionierende Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>No working network connection: only a VPN tunnel is up.</source>
        <translation>Keine funktionierende Netzwerkverbindung: Nur ein VPN-Tunnel ist aktiv.</translation>
    </message>
    <message>
        <source>This computer has no working network connection</source>
        <translation>Dieser Computer hat keine funktionierende Netzwerkverbindung</translation>
    </message>
    <message>
        <source>No network interface besides loopback has a link: no cable plugged in, Wi-Fi off or not connected, no mobile connection.</source>
        <translation>Außer Loopback hat keine Netzwerkschnittstelle eine Verbindung: kein Kabel eingesteckt, WLAN aus oder nicht verbunden, keine Mobilfunkverbindung.</translation>
    </message>
    <message>
        <source>No working network connection.</source>
        <translation>Keine funktionierende Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>No working network connection: the network cable seems unplugged.</source>
        <translation>Keine funktionierende Netzwerkverbindung: Das Netzwerkkabel scheint nicht eingesteckt zu sein.</translation>
    </message>
    <message>
        <source>Plug in the network cable, or connect to your Wi-Fi network.</source>
        <translation>Stecken Sie das Netzwerkkabel ein oder verbinden Sie sich mit Ihrem WLAN.</translation>
    </message>
    <message>
        <source>Check the router: are its lights on? Switch it off for 30 seconds and on again.</source>
        <translation>Prüfen Sie den Router: Leuchten seine Lämpchen? Schalten Sie ihn für 30 Sekunden aus und wieder ein.</translation>
    </message>
    <message>
        <source>Check whether other devices (a phone on the same Wi-Fi) are online.</source>
        <translation>Prüfen Sie, ob andere Geräte (ein Handy im selben WLAN) online sind.</translation>
    </message>
    <message>
        <source>Traffic to %1 would leave through %2, which has no link</source>
        <translation>Datenverkehr an %1 würde über %2 hinausgehen, das keine Verbindung hat</translation>
    </message>
    <message>
        <source>This computer&apos;s routing table sends traffic for %1 through %2, but that interface is not connected, while another one is.</source>
        <translation>Die Routingtabelle dieses Computers schickt Datenverkehr für %1 über %2, aber diese Schnittstelle ist nicht verbunden, eine andere dagegen schon.</translation>
    </message>
    <message>
        <source>Connect %1 (cable or Wi-Fi), or disconnect it so that the working connection is used.</source>
        <translation>Verbinden Sie %1 (Kabel oder WLAN), oder trennen Sie es, damit die funktionierende Verbindung verwendet wird.</translation>
    </message>
    <message>
        <source>Traffic to %1 leaves through %2, which is connected.</source>
        <translation>Datenverkehr an %1 geht über %2 hinaus, das verbunden ist.</translation>
    </message>
    <message>
        <source>Connected through %1.</source>
        <translation>Verbunden über %1.</translation>
    </message>
    <message>
        <source>The network connection that traffic to %1 would use has no link.</source>
        <translation>Die Netzwerkschnittstelle, über die Datenverkehr an %1 gehen würde, ist nicht verbunden.</translation>
    </message>
    <message>
        <source>%1 is connected but not ready yet</source>
        <translation>%1 ist verbunden, aber noch nicht bereit</translation>
    </message>
    <message>
        <source>It has a link, but waits for a sign-in to finish (state: dormant), as Wi-Fi does while it checks the password or a company network checks this computer.</source>
        <translation>Es hat eine Verbindung, wartet aber auf den Abschluss einer Anmeldung (Status: dormant), wie es WLAN tut, während das Kennwort geprüft wird oder ein Firmennetzwerk diesen Computer prüft.</translation>
    </message>
    <message>
        <source>It has a link, but is not up yet (state: %1): it is still connecting.</source>
        <translation>Es hat eine Verbindung, ist aber noch nicht aktiv (Status: %1): Es baut die Verbindung noch auf.</translation>
    </message>
    <message>
        <source>Wait a few seconds and check again.</source>
        <translation>Warten Sie ein paar Sekunden und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>If the network asks for a password or a sign-in, finish it in the network menu.</source>
        <translation>Wenn das Netzwerk nach einem Kennwort oder einer Anmeldung fragt, schließen Sie diese im Netzwerkmenü ab.</translation>
    </message>
    <message>
        <source>%1 is connected but not ready yet: still connecting, or a sign-in is not finished.</source>
        <translation>%1 ist verbunden, aber noch nicht bereit: Die Verbindung wird noch aufgebaut, oder eine Anmeldung ist nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>Listen</name>
    <message>
        <source>Listening on %1: %2 (%3).</source>
        <translation>Lauscht auf %1: %2 (%3).</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 was accepted.</source>
        <translation>Von diesem Computer aus wurde eine Verbindung zu %1 angenommen.</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 was accepted, then the program closed it at once.</source>
        <translation>Von diesem Computer aus wurde eine Verbindung zu %1 angenommen, dann hat das Programm sie sofort geschlossen.</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 was refused: nothing listens on that address.</source>
        <translation>Von diesem Computer aus wurde eine Verbindung zu %1 verweigert: Auf dieser Adresse lauscht nichts.</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 got no answer at all: a firewall on this computer drops it, or the program does not accept connections any more.</source>
        <translation>Von diesem Computer aus bekam eine Verbindung zu %1 überhaupt keine Antwort: Eine Firewall auf diesem Computer verwirft sie, oder das Programm nimmt keine Verbindungen mehr an.</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 ended with &quot;%2&quot;.</source>
        <translation>Von diesem Computer aus endete eine Verbindung zu %1 mit „%2“.</translation>
    </message>
    <message>
        <source>(system error: %1)</source>
        <translation>(Systemfehler: %1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n established connection(s), </source>
        <translation>
            <numerusform>%n bestehende Verbindung, </numerusform>
            <numerusform>%n bestehende Verbindungen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half-open (the client&apos;s SYN arrived, its final ACK not yet).</source>
        <translation>
            <numerusform>%n halb offen (das SYN des Clients ist angekommen, sein abschließendes ACK noch nicht).</numerusform>
            <numerusform>%n halb offen (das SYN des Clients ist angekommen, sein abschließendes ACK noch nicht).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this user&apos;s connections are counted.</source>
        <translation>Nur die Verbindungen dieses Benutzers werden gezählt.</translation>
    </message>
    <message>
        <source>Port %1 has more waiting connections than its program keeps up with</source>
        <translation>An Port %1 warten mehr Verbindungen, als sein Programm bewältigt</translation>
    </message>
    <message>
        <source>When the queue of waiting connections is full, new clients see time-outs, not refusals. Check the program&apos;s load and its log, and its connection limits (backlog, worker count).</source>
        <translation>Ist die Warteschlange voll, erleben neue Clients Zeitüberschreitungen, keine Ablehnungen. Prüfen Sie die Last des Programms, sein Protokoll und seine Verbindungslimits (Backlog, Anzahl der Worker).</translation>
    </message>
    <message>
        <source>Many half-open connections that never complete can also be a SYN flood: compare with the usual numbers for this server.</source>
        <translation>Viele halb offene Verbindungen, die nie abgeschlossen werden, können auch eine SYN-Flood sein: Vergleichen Sie mit den üblichen Werten dieses Servers.</translation>
    </message>
    <message>
        <source>Connections on port %1</source>
        <translation>Verbindungen an Port %1</translation>
    </message>
    <message>
        <source>Port %1 does not listen on every address clients may use</source>
        <translation>Port %1 lauscht nicht auf jeder Adresse, die Clients verwenden könnten</translation>
    </message>
    <message>
        <source>Clients that connect to %1 are refused. That matters when the server&apos;s name leads there too (an IPv6 address, AAAA, is tried first by most programs).</source>
        <translation>Clients, die sich mit %1 verbinden, werden abgewiesen. Das ist wichtig, wenn auch der Name des Servers dorthin führt (eine IPv6-Adresse, AAAA, wird von den meisten Programmen zuerst versucht).</translation>
    </message>
    <message>
        <source>Let the service listen on :: (every address, IPv6 and IPv4) or on these addresses as well, or remove the name&apos;s record for them.</source>
        <translation>Lassen Sie den Dienst auf :: lauschen (jede Adresse, IPv6 und IPv4) oder zusätzlich auf diesen Adressen, oder entfernen Sie den Eintrag des Namens für sie.</translation>
    </message>
    <message>
        <source>The program listens on :: for IPv6 only (the socket option IPV6_V6ONLY is set): IPv4 clients are refused. Let it listen on 0.0.0.0 as well, or turn IPV6_V6ONLY off in its settings.</source>
        <translation>Das Programm lauscht auf :: nur für IPv6 (die Socketoption IPV6_V6ONLY ist gesetzt): IPv4-Clients werden abgewiesen. Lassen Sie es zusätzlich auf 0.0.0.0 lauschen oder schalten Sie IPV6_V6ONLY in seinen Einstellungen aus.</translation>
    </message>
    <message>
        <source>Connections to this computer&apos;s own address normally never fail: check the firewall on this computer and whether the program still accepts connections.</source>
        <translation>Verbindungen zur eigenen Adresse dieses Computers schlagen normalerweise nie fehl: Prüfen Sie die Firewall auf diesem Computer und ob das Programm noch Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>%1 does not accept connections, although the table says port %2 listens there</source>
        <translation>%1 nimmt keine Verbindungen an, obwohl Port %2 laut Tabelle dort lauscht</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>the program with pid %1</source>
        <translation>das Programm mit PID %1</translation>
    </message>
    <message>
        <source>an unknown program of user %1</source>
        <translation>ein unbekanntes Programm des Benutzers %1</translation>
    </message>
    <message>
        <source>an unknown program</source>
        <translation>ein unbekanntes Programm</translation>
    </message>
    <message>
        <source>every address of this computer</source>
        <translation>jede Adresse dieses Computers</translation>
    </message>
    <message>
        <source>every IPv4 address of this computer</source>
        <translation>jede IPv4-Adresse dieses Computers</translation>
    </message>
    <message>
        <source>only this computer itself can connect (loopback)</source>
        <translation>nur dieser Computer selbst kann sich verbinden (Loopback)</translation>
    </message>
    <message>
        <source>the address other computers use to reach this one</source>
        <translation>die Adresse, über die andere Computer diesen erreichen</translation>
    </message>
    <message>
        <source>one address of this computer, not the one clients use</source>
        <translation>eine Adresse dieses Computers, nicht die, die Clients verwenden</translation>
    </message>
    <message>
        <source>an address this computer does not have (any more)</source>
        <translation>eine Adresse, die dieser Computer nicht (mehr) hat</translation>
    </message>
    <message>
        <source>Clients connect to: %1 (as given with --address).</source>
        <translation>Clients verbinden sich mit: %1 (wie mit --address angegeben).</translation>
    </message>
    <message>
        <source>Clients most likely connect to: %1 (the main addresses of this computer).</source>
        <translation>Clients verbinden sich höchstwahrscheinlich mit: %1 (die Hauptadressen dieses Computers).</translation>
    </message>
    <message>
        <source>Port %1 is open for other computers</source>
        <translation>Port %1 ist für andere Computer offen</translation>
    </message>
    <message>
        <source>On this computer, %1 listens on %2, %3, so other computers can connect to port %4 as far as this computer is concerned.</source>
        <translation>Auf diesem Computer lauscht %1 auf %2, %3. Soweit es diesen Computer betrifft, können sich andere Computer also mit Port %4 verbinden.</translation>
    </message>
    <message>
        <source>A connection from this computer to %1 was accepted, but the system does not show which program listens: it hides other users&apos; programs from tcpdoctor, or the port is forwarded to another program or container.</source>
        <translation>Eine Verbindung von diesem Computer zu %1 wurde angenommen, aber das System zeigt nicht, welches Programm lauscht: Es verbirgt die Programme anderer Benutzer vor tcpdoctor, oder der Port wird an ein anderes Programm oder einen Container weitergeleitet.</translation>
    </message>
    <message>
        <source>If clients still cannot connect, the problem is on the way: the inbound firewall of this computer (tcpdoctor does not check it yet) or of the network. Run &quot;tcpdoctor diagnose %1&quot; on a client to see where the packets stop.</source>
        <translation>Können sich Clients trotzdem nicht verbinden, liegt das Problem auf dem Weg: in der eingehenden Firewall dieses Computers (tcpdoctor prüft sie noch nicht) oder des Netzwerks. Führen Sie &quot;tcpdoctor diagnose %1&quot; auf einem Client aus, um zu sehen, wo die Pakete hängen bleiben.</translation>
    </message>
    <message>
        <source>SERVER-ADDRESS</source>
        <translation>SERVER-ADRESSE</translation>
    </message>
    <message>
        <source>Port %1 listens only on %2, not on the address clients use</source>
        <translation>Port %1 lauscht nur auf %2, nicht auf der Adresse, die Clients verwenden</translation>
    </message>
    <message>
        <source>On this computer, %1 accepts connections to port %2 only on %3. Clients that connect to %4 are refused, as if nothing listened.</source>
        <translation>Auf diesem Computer nimmt %1 Verbindungen an Port %2 nur auf %3 an. Clients, die sich mit %4 verbinden, werden abgewiesen, als würde nichts lauschen.</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer any more: the service was started while the computer had it (an old DHCP address, a moved VPN) and must be restarted after its setting is corrected.</source>
        <translation>%1 ist keine Adresse dieses Computers mehr: Der Dienst wurde gestartet, als der Computer sie noch hatte (eine alte DHCP-Adresse, ein umgezogenes VPN), und muss neu gestartet werden, nachdem seine Einstellung korrigiert ist.</translation>
    </message>
    <message>
        <source>If clients should use %1, give them that address. Otherwise change the listen address in the service&apos;s settings to 0.0.0.0 (every address) or to %2, and restart it.</source>
        <translation>Sollen Clients %1 verwenden, geben Sie ihnen diese Adresse. Andernfalls ändern Sie die Lauschadresse in den Einstellungen des Dienstes auf 0.0.0.0 (jede Adresse) oder auf %2 und starten ihn neu.</translation>
    </message>
    <message>
        <source>Bound to: %1.</source>
        <translation>Gebunden an: %1.</translation>
    </message>
    <message>
        <source>This computer&apos;s own addresses: %1.</source>
        <translation>Eigene Adressen dieses Computers: %1.</translation>
    </message>
    <message>
        <source>Port %1 listens only for this computer itself (%2)</source>
        <translation>Port %1 lauscht nur für diesen Computer selbst (%2)</translation>
    </message>
    <message>
        <source>On this computer, %1 listens on %2, the loopback address: only programs on this computer can connect. Other computers are refused, as if nothing listened on port %3.</source>
        <translation>Auf diesem Computer lauscht %1 auf %2, der Loopback-Adresse: Nur Programme auf diesem Computer können sich verbinden. Andere Computer werden abgewiesen, als würde auf Port %3 nichts lauschen.</translation>
    </message>
    <message>
        <source>Change the listen address in the service&apos;s settings from %1 to 0.0.0.0 (every address) or to this computer&apos;s address (%2), then restart the service. The setting is called, for example, listen_addresses (PostgreSQL), bind-address (MySQL, MariaDB), bind (Redis), ListenAddress (OpenSSH), or --host / --bind in development servers.</source>
        <translation>Ändern Sie die Lauschadresse in den Einstellungen des Dienstes von %1 auf 0.0.0.0 (jede Adresse) oder auf die Adresse dieses Computers (%2) und starten Sie den Dienst neu. Die Einstellung heißt z. B. listen_addresses (PostgreSQL), bind-address (MySQL, MariaDB), bind (Redis), ListenAddress (OpenSSH) oder --host / --bind bei Entwicklungsservern.</translation>
    </message>
    <message>
        <source>Only this computer should reach it? Then this is right, and clients must connect through a tunnel (for example ssh -L) or a proxy.</source>
        <translation>Soll nur dieser Computer ihn erreichen? Dann ist das richtig, und Clients müssen sich über einen Tunnel (z. B. ssh -L) oder einen Proxy verbinden.</translation>
    </message>
    <message>
        <source>Nothing listens on port %1</source>
        <translation>Auf Port %1 lauscht nichts</translation>
    </message>
    <message>
        <source>No program on this computer accepts connections on port %1, so clients get &quot;connection refused&quot;. The service is stopped, or it uses another port.</source>
        <translation>Kein Programm auf diesem Computer nimmt Verbindungen an Port %1 an, daher erhalten Clients „Verbindung verweigert“. Der Dienst ist beendet oder verwendet einen anderen Port.</translation>
    </message>
    <message>
        <source>Check which port the service is configured for: it may listen on another port (&quot;tcpdoctor listen&quot; lists every listening port).</source>
        <translation>Prüfen Sie, für welchen Port der Dienst konfiguriert ist: Vielleicht lauscht er auf einem anderen Port (&quot;tcpdoctor listen&quot; listet alle lauschenden Ports auf).</translation>
    </message>
    <message>
        <source>Check which port the service is configured for: something listens on port(s) %1 nearby, which may be the service on another port.</source>
        <translation>Prüfen Sie, für welchen Port der Dienst konfiguriert ist: In der Nähe lauscht etwas auf Port(s) %1 – vielleicht der Dienst auf einem anderen Port.</translation>
    </message>
    <message>
        <source>To tell a stopped service from a blocked network: while the service is stopped, run &quot;tcpdoctor listen --serve %1 --for 120&quot; here and &quot;tcpdoctor diagnose %2&quot; on a client. If the client then connects, the network is fine and the service is the problem.</source>
        <translation>Um einen beendeten Dienst von einem blockierten Netzwerk zu unterscheiden: Führen Sie, während der Dienst beendet ist, hier &quot;tcpdoctor listen --serve %1 --for 120&quot; und auf einem Client &quot;tcpdoctor diagnose %2&quot; aus. Verbindet sich der Client dann, ist das Netzwerk in Ordnung und der Dienst das Problem.</translation>
    </message>
    <message>
        <source>Nearby: %1 listens on %2.</source>
        <translation>In der Nähe: %1 lauscht auf %2.</translation>
    </message>
    <message numerus="yes">
        <source>No port near %1 listens either; %n port(s) listen on this computer in all (&quot;tcpdoctor listen&quot; lists them).</source>
        <translation>
            <numerusform>Auch kein Port in der Nähe von %1 lauscht; insgesamt lauscht %n Port auf diesem Computer (&quot;tcpdoctor listen&quot; listet ihn auf).</numerusform>
            <numerusform>Auch kein Port in der Nähe von %1 lauscht; insgesamt lauschen %n Ports auf diesem Computer (&quot;tcpdoctor listen&quot; listet sie auf).</numerusform>
        </translation>
    </message>
    <message>
        <source>To see the same list yourself: %1</source>
        <translation>Um dieselbe Liste selbst zu sehen: %1</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer</source>
        <translation>%1 ist keine Adresse dieses Computers</translation>
    </message>
    <message>
        <source>Clients that connect to %1 reach this computer only through address translation (NAT, port forwarding, a load balancer).</source>
        <translation>Clients, die sich mit %1 verbinden, erreichen diesen Computer nur über Adressumsetzung (NAT, Portweiterleitung, einen Load Balancer).</translation>
    </message>
    <message>
        <source>Check the forwarding rule for port %1 on the router or load balancer: it must point to one of this computer&apos;s addresses (%2).</source>
        <translation>Prüfen Sie die Weiterleitungsregel für Port %1 am Router oder Load Balancer: Sie muss auf eine der Adressen dieses Computers (%2) zeigen.</translation>
    </message>
    <message>
        <source>Not checked yet: the inbound firewall</source>
        <translation>Noch nicht geprüft: die eingehende Firewall</translation>
    </message>
    <message>
        <source>This version of tcpdoctor cannot read firewall rules yet. A firewall on this computer may still drop connections from other computers to port %1, even when everything above is right.</source>
        <translation>Diese Version von tcpdoctor kann Firewallregeln noch nicht lesen. Eine Firewall auf diesem Computer kann Verbindungen anderer Computer zu Port %1 trotzdem verwerfen, auch wenn alles oben Genannte stimmt.</translation>
    </message>
    <message>
        <source>The list of listening sockets could not be read</source>
        <translation>Die Liste der lauschenden Sockets konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The connection tests from this computer still show what answers.</source>
        <translation>Die Verbindungstests von diesem Computer zeigen trotzdem, was antwortet.</translation>
    </message>
    <message>
        <source>Process names are hidden: tcpdoctor is not running as administrator</source>
        <translation>Prozessnamen sind verborgen: tcpdoctor läuft nicht als Administrator</translation>
    </message>
    <message numerus="yes">
        <source>The system does not tell an ordinary user which program owns %n of these listening socket(s): they belong to other users or to the system.</source>
        <translation>
            <numerusform>Das System verrät einem gewöhnlichen Benutzer nicht, welchem Programm %n dieser lauschenden Sockets gehört: Er gehört anderen Benutzern oder dem System.</numerusform>
            <numerusform>Das System verrät einem gewöhnlichen Benutzer nicht, welchem Programm %n dieser lauschenden Sockets gehören: Sie gehören anderen Benutzern oder dem System.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No program on this system holds %n listening socket(s)</source>
        <translation>
            <numerusform>Kein Programm auf diesem System hält %n lauschenden Socket</numerusform>
            <numerusform>Kein Programm auf diesem System hält %n lauschende Sockets</numerusform>
        </translation>
    </message>
    <message>
        <source>Even with administrator rights no process shows them: they belong to the kernel itself (an NFS or SMB server built into it, for example) or to another container or namespace that shares this network.</source>
        <translation>Selbst mit Administratorrechten zeigt kein Prozess sie an: Sie gehören dem Kernel selbst (z. B. einem eingebauten NFS- oder SMB-Server) oder einem anderen Container bzw. Namespace, der dieses Netzwerk mitnutzt.</translation>
    </message>
    <message>
        <source>Only your own programs are shown</source>
        <translation>Nur Ihre eigenen Programme werden angezeigt</translation>
    </message>
    <message>
        <source>This system shows an ordinary user only the sockets of that user&apos;s own programs; other programs may listen too. The connection tests from this computer see them from outside.</source>
        <translation>Dieses System zeigt einem gewöhnlichen Benutzer nur die Sockets seiner eigenen Programme; andere Programme können ebenfalls lauschen. Die Verbindungstests von diesem Computer sehen sie von außen.</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>das Programm</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>(NAME is the service, for example %1.)</source>
        <translation>(NAME ist der Dienst, z. B. %1.)</translation>
    </message>
    <message>
        <source>Check the service in Services (services.msc), or in PowerShell: Get-Service %1. Its event log (Event Viewer, Windows Logs, Application and System) says what happened.</source>
        <translation>Prüfen Sie den Dienst unter „Dienste“ (services.msc) oder in PowerShell: Get-Service %1. Sein Ereignisprotokoll (Ereignisanzeige, Windows-Protokolle, Anwendung und System) sagt, was passiert ist.</translation>
    </message>
    <message>
        <source>tasklist /svc /fi &quot;PID eq %1&quot; shows whether %2 (pid %1) runs as a service; check it then in Services (services.msc).</source>
        <translation>tasklist /svc /fi &quot;PID eq %1&quot; zeigt, ob %2 (PID %1) als Dienst läuft; prüfen Sie ihn dann unter „Dienste“ (services.msc).</translation>
    </message>
    <message>
        <source>Check the service in Services (services.msc), or in PowerShell: Get-Service %1. Its event log (Event Viewer, Windows Logs, Application and System) says why it stopped.</source>
        <translation>Prüfen Sie den Dienst unter „Dienste“ (services.msc) oder in PowerShell: Get-Service %1. Sein Ereignisprotokoll (Ereignisanzeige, Windows-Protokolle, Anwendung und System) sagt, warum er beendet wurde.</translation>
    </message>
    <message>
        <source>sudo launchctl procinfo %1 shows the launchd job that runs %2 (pid %1), if launchd started it; for services installed with Homebrew: brew services list.</source>
        <translation>sudo launchctl procinfo %1 zeigt den launchd-Job, der %2 (PID %1) ausführt, falls launchd ihn gestartet hat; für mit Homebrew installierte Dienste: brew services list.</translation>
    </message>
    <message>
        <source>Check the service with launchd: sudo launchctl list | grep %1; for services installed with Homebrew: brew services list.</source>
        <translation>Prüfen Sie den Dienst mit launchd: sudo launchctl list | grep %1; für mit Homebrew installierte Dienste: brew services list.</translation>
    </message>
    <message>
        <source>Check the service with systemd: systemctl status %1, and journalctl -u %1 for what it logged.</source>
        <translation>Prüfen Sie den Dienst mit systemd: systemctl status %1, und journalctl -u %1 für seine Protokolleinträge.</translation>
    </message>
    <message>
        <source>systemctl status %1 shows the systemd service that runs %2 (pid %1), if systemd started it; otherwise look at how %2 was started (a terminal, a container, cron).</source>
        <translation>systemctl status %1 zeigt den systemd-Dienst, der %2 (PID %1) ausführt, falls systemd ihn gestartet hat; andernfalls sehen Sie nach, wie %2 gestartet wurde (ein Terminal, ein Container, cron).</translation>
    </message>
    <message>
        <source>Check the service with systemd: systemctl status %1, and journalctl -u %1 for why it stopped.</source>
        <translation>Prüfen Sie den Dienst mit systemd: systemctl status %1, und journalctl -u %1 dafür, warum er beendet wurde.</translation>
    </message>
    <message>
        <source>To see every program&apos;s name, run tcpdoctor %1 in a terminal opened with &quot;Run as administrator&quot;.</source>
        <translation>Um die Namen aller Programme zu sehen, führen Sie tcpdoctor %1 in einem Terminal aus, das mit „Als Administrator ausführen“ geöffnet wurde.</translation>
    </message>
    <message>
        <source>To see every program&apos;s name, run it as root: sudo tcpdoctor %1</source>
        <translation>Um die Namen aller Programme zu sehen, führen Sie es als root aus: sudo tcpdoctor %1</translation>
    </message>
    <message>
        <source>Look at the inbound rules of Windows Defender Firewall (wf.msc, Inbound Rules), or in PowerShell: Get-NetFirewallPortFilter | Where-Object LocalPort -eq %1 | Get-NetFirewallRule.</source>
        <translation>Sehen Sie sich die eingehenden Regeln der Windows Defender Firewall an (wf.msc, Eingehende Regeln) oder in PowerShell: Get-NetFirewallPortFilter | Where-Object LocalPort -eq %1 | Get-NetFirewallRule.</translation>
    </message>
    <message>
        <source>Look at the firewall in System Settings, Network, Firewall (Options shows which programs may accept incoming connections), and at pf: sudo pfctl -sr.</source>
        <translation>Sehen Sie sich die Firewall unter Systemeinstellungen, Netzwerk, Firewall an („Optionen“ zeigt, welche Programme eingehende Verbindungen annehmen dürfen), und pf: sudo pfctl -sr.</translation>
    </message>
    <message>
        <source>Look at the firewall rules for incoming connections to port %1: sudo nft list ruleset, sudo iptables -S INPUT, sudo ufw status, or sudo firewall-cmd --list-all.</source>
        <translation>Sehen Sie sich die Firewallregeln für eingehende Verbindungen zu Port %1 an: sudo nft list ruleset, sudo iptables -S INPUT, sudo ufw status oder sudo firewall-cmd --list-all.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait for the program to accept them.</source>
        <translation>
            <numerusform>%n Verbindung wartet darauf, vom Programm angenommen zu werden.</numerusform>
            <numerusform>%n Verbindungen warten darauf, vom Programm angenommen zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 got no answer at all: the queue is full.</source>
        <translation>Von diesem Computer aus bekam eine Verbindung zu %1 überhaupt keine Antwort: Die Warteschlange ist voll.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait for the program to accept them (its queue, the backlog, is set to %1).</source>
        <translation>
            <numerusform>%n Verbindung wartet darauf, vom Programm angenommen zu werden (seine Warteschlange, das Backlog, ist auf %1 eingestellt).</numerusform>
            <numerusform>%n Verbindungen warten darauf, vom Programm angenommen zu werden (seine Warteschlange, das Backlog, ist auf %1 eingestellt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 listens, but its program does not keep up: new connections are dropped</source>
        <translation>Port %1 lauscht, aber sein Programm kommt nicht hinterher: Neue Verbindungen werden verworfen</translation>
    </message>
    <message>
        <source>On this computer, %1 listens on %2, but it does not take the connections that wait for it.</source>
        <translation>Auf diesem Computer lauscht %1 auf %2, nimmt aber die Verbindungen nicht an, die darauf warten.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait, and the program set its queue (the backlog) to %1.</source>
        <translation>
            <numerusform>%n Verbindung wartet, und das Programm hat seine Warteschlange (das Backlog) auf %1 eingestellt.</numerusform>
            <numerusform>%n Verbindungen warten, und das Programm hat seine Warteschlange (das Backlog) auf %1 eingestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>While the queue is full, the system drops new clients&apos; connection requests (SYN) without an answer: they see &quot;timed out&quot;, not &quot;refused&quot; (tcpdoctor on a client: nobody answered).</source>
        <translation>Solange die Warteschlange voll ist, verwirft das System die Verbindungsanfragen (SYN) neuer Clients ohne Antwort: Sie sehen „Zeitüberschreitung“, nicht „Verbindung verweigert“ (tcpdoctor auf einem Client: niemand hat geantwortet).</translation>
    </message>
    <message numerus="yes">
        <source>During this check the system dropped %n connection request(s) because a queue was full (TcpExt ListenOverflows).</source>
        <translation>
            <numerusform>Während dieser Prüfung hat das System %n Verbindungsanfrage verworfen, weil eine Warteschlange voll war (TcpExt ListenOverflows).</numerusform>
            <numerusform>Während dieser Prüfung hat das System %n Verbindungsanfragen verworfen, weil eine Warteschlange voll war (TcpExt ListenOverflows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at the program first: it may hang, be overloaded, or wait for something else (a database, a disk). Its log and its processor use tell which; restarting it empties the queue.</source>
        <translation>Sehen Sie sich zuerst das Programm an: Vielleicht hängt es, ist überlastet oder wartet auf etwas anderes (eine Datenbank, eine Festplatte). Sein Protokoll und seine Prozessorauslastung zeigen, was davon zutrifft; ein Neustart des Programms leert die Warteschlange.</translation>
    </message>
    <message>
        <source>If it is simply busy, let it accept more: more workers or threads, and a larger backlog in its settings (backlog, ListenBacklog, tcp-backlog). The system caps every backlog at net.core.somaxconn (sysctl net.core.somaxconn).</source>
        <translation>Ist es einfach nur ausgelastet, lassen Sie es mehr annehmen: mehr Worker oder Threads und ein größeres Backlog in seinen Einstellungen (backlog, ListenBacklog, tcp-backlog). Das System begrenzt jedes Backlog auf net.core.somaxconn (sysctl net.core.somaxconn).</translation>
    </message>
    <message>
        <source>If it is simply busy, let it accept more: more workers or threads, and a larger backlog in its settings (backlog, ListenBacklog, tcp-backlog); the system caps every backlog (somaxconn).</source>
        <translation>Ist es einfach nur ausgelastet, lassen Sie es mehr annehmen: mehr Worker oder Threads und ein größeres Backlog in seinen Einstellungen (backlog, ListenBacklog, tcp-backlog); das System begrenzt jedes Backlog (somaxconn).</translation>
    </message>
</context>
<context>
    <name>ListenCli</name>
    <message>
        <source>&quot;%1&quot; is not an IP address: --address takes a numeric address such as 192.0.2.10 or 2001:db8::10.</source>
        <translation>„%1“ ist keine IP-Adresse: --address erwartet eine numerische Adresse wie 192.0.2.10 oder 2001:db8::10.</translation>
    </message>
    <message>
        <source>tcpdoctor test listener: port %1 is now OPEN on %2.</source>
        <translation>tcpdoctor-Test-Listener: Port %1 ist jetzt OFFEN auf %2.</translation>
    </message>
    <message numerus="yes">
        <source>It closes by itself in %n second(s), at %1. Press Ctrl-C to close it sooner.</source>
        <translation>
            <numerusform>Er schließt sich von selbst in %n Sekunde, um %1. Drücken Sie Strg+C, um ihn früher zu schließen.</numerusform>
            <numerusform>Er schließt sich von selbst in %n Sekunden, um %1. Drücken Sie Strg+C, um ihn früher zu schließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>On a client, run: tcpdoctor diagnose %1</source>
        <translation>Führen Sie auf einem Client aus: tcpdoctor diagnose %1</translation>
    </message>
    <message numerus="yes">
        <source>tcpdoctor test listener: port %1 closed early, as asked. %n connection(s) arrived.</source>
        <translation>
            <numerusform>tcpdoctor-Test-Listener: Port %1 wie gewünscht vorzeitig geschlossen. %n Verbindung ist eingegangen.</numerusform>
            <numerusform>tcpdoctor-Test-Listener: Port %1 wie gewünscht vorzeitig geschlossen. %n Verbindungen sind eingegangen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tcpdoctor test listener: port %1 closed, its time is up. %n connection(s) arrived.</source>
        <translation>
            <numerusform>tcpdoctor-Test-Listener: Port %1 geschlossen, die Zeit ist abgelaufen. %n Verbindung ist eingegangen.</numerusform>
            <numerusform>tcpdoctor-Test-Listener: Port %1 geschlossen, die Zeit ist abgelaufen. %n Verbindungen sind eingegangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Mit &quot;tcpdoctor --help&quot; sehen Sie die Optionen.</translation>
    </message>
    <message>
        <source>Give the port once, after --serve: tcpdoctor listen --serve 8080 --for 60</source>
        <translation>Geben Sie den Port einmal an, nach --serve: tcpdoctor listen --serve 8080 --for 60</translation>
    </message>
    <message>
        <source>--json does not go with --serve: the test listener reports as it runs.</source>
        <translation>--json passt nicht zu --serve: Der Test-Listener berichtet während er läuft.</translation>
    </message>
    <message>
        <source>The test listener opens one address, or every address when --address is left out.</source>
        <translation>Der Test-Listener öffnet eine Adresse, oder jede Adresse, wenn --address fehlt.</translation>
    </message>
    <message>
        <source>--for takes seconds from 1 to %1, for example --for 120.</source>
        <translation>--for erwartet Sekunden von 1 bis %1, z. B. --for 120.</translation>
    </message>
    <message>
        <source>--for goes with --serve: tcpdoctor listen --serve PORT --for SECONDS</source>
        <translation>--for gehört zu --serve: tcpdoctor listen --serve PORT --for SEKUNDEN</translation>
    </message>
    <message>
        <source>Give one port, for example: tcpdoctor listen 22</source>
        <translation>Geben Sie einen Port an, z. B.: tcpdoctor listen 22</translation>
    </message>
    <message>
        <source>--address says which address clients use for a port: tcpdoctor listen PORT --address ADDR</source>
        <translation>--address gibt an, welche Adresse Clients für einen Port verwenden: tcpdoctor listen PORT --address ADR</translation>
    </message>
    <message>
        <source>The list of listening sockets could not be read: %1</source>
        <translation>Die Liste der lauschenden Sockets konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>It answers every connection with one line naming tcpdoctor, keeps it open and sends back what it receives (for tcpdoctor idle). It is not your real service.</source>
        <translation>Er beantwortet jede Verbindung mit einer Zeile, die tcpdoctor nennt, hält sie offen und sendet zurück, was er empfängt (für tcpdoctor idle). Er ist nicht Ihr echter Dienst.</translation>
    </message>
    <message>
        <source>%1  connection %2 from %3: greeted.</source>
        <translation>%1  Verbindung %2 von %3: begrüßt.</translation>
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
        <translation>Aufruf:
  tcpdoctor listen                      jeder lauschende TCP-Port dieses Computers, mit seinem Programm
  tcpdoctor listen PORT [--address ADR]  lauscht etwas auf PORT, auf welcher Adresse, können sich
                                        andere Computer verbinden? (ADR: die Adresse, die Clients verwenden)
  tcpdoctor listen --serve PORT [--for SEKUNDEN] [--address ADR]
                                        PORT eine Weile öffnen (Standard 60 s, höchstens %1) mit einem Test-
                                        Listener, der jede Verbindung begrüßt und zurücksendet, was er
                                        empfängt; Strg+C schließt ihn
  --json                                das Ergebnis als JSON (tcpdoctor-listen/1) und sonst nichts

Exit-Codes: 0 listen.ok (oder die Liste), 1 ein anderes listen-Ergebnis, 2 ungültige Eingabe oder Port belegt,
3 tcpdoctor selbst ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ListenText</name>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMILIE</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation>PROGRAMM</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>SERVICE / PATH</source>
        <translation>DIENST / PFAD</translation>
    </message>
    <message numerus="yes">
        <source>tcpdoctor: %n listening TCP socket(s) on this computer</source>
        <translation>
            <numerusform>tcpdoctor: %n lauschender TCP-Socket auf diesem Computer</numerusform>
            <numerusform>tcpdoctor: %n lauschende TCP-Sockets auf diesem Computer</numerusform>
        </translation>
    </message>
    <message>
        <source>tcpdoctor: port %1 on this computer</source>
        <translation>tcpdoctor: Port %1 auf diesem Computer</translation>
    </message>
    <message>
        <source>Listening on port %1:</source>
        <translation>Lauscht auf Port %1:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Listening on ports nearby:</source>
        <translation>Lauscht auf Ports in der Nähe:</translation>
    </message>
    <message>
        <source>Connections from this computer to port %1:</source>
        <translation>Verbindungen von diesem Computer zu Port %1:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Verdict code: %1 (layer: %2). Checked in %3 ms.</source>
        <translation>Ergebniscode: %1 (Schicht: %2). Geprüft in %3 ms.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>tcpdoctor: this build has no wizard; run &quot;tcpdoctor --help&quot; for the command line.</source>
        <translation>tcpdoctor: Dieser Build hat keinen Assistenten; &quot;tcpdoctor --help&quot; zeigt die Befehlszeile.</translation>
    </message>
    <message>
        <source>tcpdoctor: no translation for &quot;%1&quot;; available: %2.</source>
        <translation>tcpdoctor: keine Übersetzung für „%1“; verfügbar: %2.</translation>
    </message>
    <message>
        <source>tcpdoctor: the output could not be written: %1.</source>
        <translation>tcpdoctor: Die Ausgabe konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>tcpdoctor: the output could not be written (the disk may be full, or the program reading it stopped).</source>
        <translation>tcpdoctor: Die Ausgabe konnte nicht geschrieben werden (der Datenträger ist vielleicht voll, oder das Programm, das sie liest, hat aufgehört).</translation>
    </message>
    <message>
        <source>there is no display here to open the wizard on (no DISPLAY or WAYLAND_DISPLAY); the command line works: run &quot;tcpdoctor --help&quot;.</source>
        <translation>hier gibt es keinen Bildschirm für den Assistenten (kein DISPLAY oder WAYLAND_DISPLAY); die Befehlszeile funktioniert: &quot;tcpdoctor --help&quot;.</translation>
    </message>
</context>
<context>
    <name>Many</name>
    <message>
        <source>Cannot read the target list %1: %2</source>
        <translation>Die Zielliste %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The target list %1 is larger than 16 MB: split it into smaller lists.</source>
        <translation>Die Zielliste %1 ist größer als 16 MB: Teilen Sie sie in kleinere Listen auf.</translation>
    </message>
    <message>
        <source>The target list %1 has no targets (one a line, # starts a comment).</source>
        <translation>Die Zielliste %1 enthält keine Ziele (eines pro Zeile, # leitet einen Kommentar ein).</translation>
    </message>
    <message>
        <source>Targets to check: %1</source>
        <translation>Zu prüfende Ziele: %1</translation>
    </message>
    <message>
        <source>This process may open only %1 files at once (ulimit -n), too few to check a list: it needs at least %2. Raise the limit, for example with &quot;ulimit -n 1024&quot;, or check the targets one at a time.</source>
        <translation>Dieser Prozess darf nur %1 Dateien gleichzeitig öffnen (ulimit -n), zu wenige für eine Liste: Nötig sind mindestens %2. Erhöhen Sie die Grenze, z. B. mit &quot;ulimit -n 1024&quot;, oder prüfen Sie die Ziele einzeln.</translation>
    </message>
    <message>
        <source>Stopped: the first %1 of %2 targets are printed above; the rest were not checked.</source>
        <translation>Abgebrochen: Die ersten %1 von %2 Zielen stehen oben; die übrigen wurden nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>NetConfigText</name>
    <message>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>mobile broadband</source>
        <translation>Mobiles Breitband</translation>
    </message>
    <message>
        <source>VPN tunnel</source>
        <translation>VPN-Tunnel</translation>
    </message>
    <message>
        <source>virtual interface</source>
        <translation>virtuelle Schnittstelle</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>network interface</source>
        <translation>Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 „%2“</translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <source>If it still does not work, send the report of this check to %1: it shows them where to look.</source>
        <translation>Wenn es immer noch nicht funktioniert, senden Sie den Bericht dieser Prüfung an %1: Er zeigt, wo nach dem Fehler zu suchen ist.</translation>
    </message>
    <message>
        <source>whoever runs %1</source>
        <translation>den Betreiber von %1</translation>
    </message>
    <message>
        <source>your IT support (or whoever looks after this computer)</source>
        <translation>Ihren IT-Support (oder an die Person, die diesen Computer betreut)</translation>
    </message>
    <message>
        <source>If %1 is at work or at school, connect the VPN first, then check again.</source>
        <translation>Gehört %1 zu Ihrer Firma oder Schule, verbinden Sie zuerst das VPN und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Disconnect from the network and connect again (switch Wi-Fi off and on, or unplug the cable for ten seconds), then check again.</source>
        <translation>Trennen Sie die Verbindung zum Netzwerk und verbinden Sie sich erneut (WLAN aus- und wieder einschalten oder das Kabel für zehn Sekunden ausstecken), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Restart the router: switch it off, wait ten seconds, switch it on, and wait until its lights are steady.</source>
        <translation>Starten Sie den Router neu: Schalten Sie ihn aus, warten Sie zehn Sekunden, schalten Sie ihn wieder ein und warten Sie, bis seine Lämpchen ruhig leuchten.</translation>
    </message>
    <message>
        <source>%1 answers on port %2: the connection works</source>
        <translation>%1 antwortet auf Port %2: Die Verbindung funktioniert</translation>
    </message>
    <message>
        <source>From this computer, right now, the connection to %1 works, and nothing on the way blocks it.</source>
        <translation>Von diesem Computer aus funktioniert die Verbindung zu %1 im Moment, und nichts auf dem Weg blockiert sie.</translation>
    </message>
    <message>
        <source>If a program still cannot connect, check that it uses the same name and port: %1, port %2.</source>
        <translation>Wenn ein Programm trotzdem keine Verbindung bekommt, prüfen Sie, ob es denselben Namen und Port verwendet: %1, Port %2.</translation>
    </message>
    <message>
        <source>Then the problem is in that program or its settings (a sign-in, a password, a proxy setting): ask whoever looks after the program.</source>
        <translation>Dann liegt das Problem bei diesem Programm oder seinen Einstellungen (eine Anmeldung, ein Kennwort, eine Proxyeinstellung): Fragen Sie die Person, die das Programm betreut.</translation>
    </message>
    <message>
        <source>%1 answers, but not on every way to it</source>
        <translation>%1 antwortet, aber nicht auf jedem Weg dorthin</translation>
    </message>
    <message>
        <source>%1 can be reached, but only some of its addresses work. Programs may be slow to connect, or fail now and then.</source>
        <translation>%1 ist erreichbar, aber nur manche seiner Adressen funktionieren. Programme verbinden sich vielleicht langsam oder scheitern ab und zu.</translation>
    </message>
    <message>
        <source>If your program works, there is nothing to do now.</source>
        <translation>Wenn Ihr Programm funktioniert, ist jetzt nichts zu tun.</translation>
    </message>
    <message>
        <source>This computer has run out of connections</source>
        <translation>Diesem Computer sind die Verbindungen ausgegangen</translation>
    </message>
    <message>
        <source>Programs on this computer have opened so many connections that no new one can start. It is not the network and not the server.</source>
        <translation>Programme auf diesem Computer haben so viele Verbindungen geöffnet, dass keine neue mehr beginnen kann. Es liegt weder am Netzwerk noch am Server.</translation>
    </message>
    <message>
        <source>Close programs you do not need, or restart the computer.</source>
        <translation>Schließen Sie Programme, die Sie nicht brauchen, oder starten Sie den Computer neu.</translation>
    </message>
    <message>
        <source>If it happens again, send the report of this check to %1: a program keeps opening connections and never closes them.</source>
        <translation>Wenn es wieder passiert, senden Sie den Bericht dieser Prüfung an %1: Ein Programm öffnet ständig Verbindungen und schließt sie nie.</translation>
    </message>
    <message>
        <source>This computer does not know the way to %1</source>
        <translation>Dieser Computer kennt den Weg zu %1 nicht</translation>
    </message>
    <message>
        <source>This computer has no way to send anything to %1. Usually the network connection is incomplete, or %1 can only be reached through a VPN.</source>
        <translation>Dieser Computer hat keinen Weg, etwas an %1 zu senden. Meist ist die Netzwerkverbindung unvollständig, oder %1 ist nur über ein VPN erreichbar.</translation>
    </message>
    <message>
        <source>%1 let the connection in, then ended it at once</source>
        <translation>%1 hat die Verbindung angenommen und sofort wieder beendet</translation>
    </message>
    <message>
        <source>Your computer and the network are fine: %1 was reached. Then the program on it, or a security device in front of it, ended the connection. The problem is on the server&apos;s side.</source>
        <translation>Ihr Computer und das Netzwerk sind in Ordnung: %1 wurde erreicht. Dann hat das Programm dort oder ein Sicherheitsgerät davor die Verbindung beendet. Das Problem liegt auf der Seite des Servers.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: the service may be restarting or busy.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut: Der Dienst startet vielleicht gerade neu oder ist ausgelastet.</translation>
    </message>
    <message>
        <source>%1 is reachable, but nothing answers on port %2</source>
        <translation>%1 ist erreichbar, aber auf Port %2 antwortet nichts</translation>
    </message>
    <message>
        <source>Your computer and the network are fine: %1 was reached, and it said no. No program there takes connections on port %2: the service is stopped, or it uses another port.</source>
        <translation>Ihr Computer und das Netzwerk sind in Ordnung: %1 wurde erreicht und hat abgelehnt. Dort nimmt kein Programm Verbindungen auf Port %2 an: Der Dienst ist beendet, oder er verwendet einen anderen Port.</translation>
    </message>
    <message>
        <source>Check the port number you were given.</source>
        <translation>Prüfen Sie die Portnummer, die Ihnen genannt wurde.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: the service may be starting.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut: Der Dienst startet vielleicht gerade.</translation>
    </message>
    <message>
        <source>A firewall turned the connection to %1 away</source>
        <translation>Eine Firewall hat die Verbindung zu %1 abgewiesen</translation>
    </message>
    <message>
        <source>A firewall, on %1 or on the network in between, refuses connections to port %2 from your computer.</source>
        <translation>Eine Firewall auf %1 oder im Netzwerk dazwischen lehnt Verbindungen von Ihrem Computer zu Port %2 ab.</translation>
    </message>
    <message>
        <source>If you use a VPN, a guest Wi-Fi or a mobile hotspot, try from your usual network.</source>
        <translation>Wenn Sie ein VPN, ein Gast-WLAN oder einen mobilen Hotspot verwenden, versuchen Sie es aus Ihrem üblichen Netzwerk.</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2</source>
        <translation>%1 hat auf Port %2 nicht geantwortet</translation>
    </message>
    <message>
        <source>Nothing came back at all. Most often a firewall, on %1 or on the way to it, silently blocks this port; sometimes the address is wrong or the server is switched off.</source>
        <translation>Es kam überhaupt nichts zurück. Meistens blockiert eine Firewall auf %1 oder auf dem Weg dorthin diesen Port stillschweigend; manchmal ist die Adresse falsch oder der Server ausgeschaltet.</translation>
    </message>
    <message>
        <source>Check the name or address and the port you were given.</source>
        <translation>Prüfen Sie den Namen bzw. die Adresse und den Port, die Ihnen genannt wurden.</translation>
    </message>
    <message>
        <source>%1 cannot be found on the network</source>
        <translation>%1 ist im Netzwerk nicht zu finden</translation>
    </message>
    <message>
        <source>The network could not deliver anything to %1: it is switched off, not connected, or has a new address.</source>
        <translation>Das Netzwerk konnte nichts an %1 zustellen: Das Gerät ist ausgeschaltet, nicht verbunden oder hat eine neue Adresse.</translation>
    </message>
    <message>
        <source>Check that %1 is switched on and connected.</source>
        <translation>Prüfen Sie, ob %1 eingeschaltet und verbunden ist.</translation>
    </message>
    <message>
        <source>Check the name or address you were given.</source>
        <translation>Prüfen Sie den Namen bzw. die Adresse, die Ihnen genannt wurde.</translation>
    </message>
    <message>
        <source>The network of %1 cannot be reached</source>
        <translation>Das Netzwerk von %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The network on the way has no path to %1. It is not your computer and not the server: it is the network in between.</source>
        <translation>Das Netzwerk auf dem Weg kennt keinen Weg zu %1. Es liegt weder an Ihrem Computer noch am Server, sondern am Netzwerk dazwischen.</translation>
    </message>
    <message>
        <source>your internet provider&apos;s or your IT support</source>
        <translation>Ihren Internetanbieter oder Ihren IT-Support</translation>
    </message>
    <message>
        <source>This computer cannot look up names</source>
        <translation>Dieser Computer kann keine Namen auflösen</translation>
    </message>
    <message>
        <source>A name like %1 has to be turned into an address first, and this computer has no service set up to do it. Usually the network connection is incomplete.</source>
        <translation>Ein Name wie %1 muss zuerst in eine Adresse übersetzt werden, und auf diesem Computer ist dafür kein Dienst eingerichtet. Meist ist die Netzwerkverbindung unvollständig.</translation>
    </message>
    <message>
        <source>The network did not look up the name %1</source>
        <translation>Das Netzwerk hat den Namen %1 nicht aufgelöst</translation>
    </message>
    <message>
        <source>This computer asked the network for the address of %1 and got no usable answer. The network&apos;s name service is not working for this computer.</source>
        <translation>Dieser Computer hat das Netzwerk nach der Adresse von %1 gefragt und keine brauchbare Antwort erhalten. Der Namensdienst des Netzwerks funktioniert für diesen Computer nicht.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up right now</source>
        <translation>Der Name %1 konnte gerade nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>The network answered, but could not find out the address of %1. This is usually a problem with the name&apos;s own settings, not with your computer.</source>
        <translation>Das Netzwerk hat geantwortet, konnte die Adresse von %1 aber nicht herausfinden. Meist liegt das an den Einstellungen des Namens selbst, nicht an Ihrem Computer.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation>Der Name %1 existiert nicht</translation>
    </message>
    <message>
        <source>No address is known for this name. Often it is a typing mistake, or the name is only known inside a company network.</source>
        <translation>Für diesen Namen ist keine Adresse bekannt. Oft ist es ein Tippfehler, oder der Name ist nur innerhalb eines Firmennetzwerks bekannt.</translation>
    </message>
    <message>
        <source>Check the spelling of %1.</source>
        <translation>Prüfen Sie die Schreibweise von %1.</translation>
    </message>
    <message>
        <source>%1 has no address this computer can use</source>
        <translation>%1 hat keine Adresse, die dieser Computer verwenden kann</translation>
    </message>
    <message>
        <source>The name exists, but it leads to no address this computer and this network can use.</source>
        <translation>Den Namen gibt es, aber er führt zu keiner Adresse, die dieser Computer und dieses Netzwerk verwenden können.</translation>
    </message>
    <message>
        <source>%1 is blocked by a filter on this network</source>
        <translation>%1 wird von einem Filter in diesem Netzwerk blockiert</translation>
    </message>
    <message>
        <source>The network deliberately does not give out the address of %1. Schools, companies, parental controls and some security software block sites this way.</source>
        <translation>Das Netzwerk gibt die Adresse von %1 absichtlich nicht heraus. Schulen, Firmen, Jugendschutzfilter und manche Sicherheitssoftware sperren Websites auf diese Weise.</translation>
    </message>
    <message>
        <source>If you think this is a mistake, ask whoever runs this network, or check your security software and parental controls.</source>
        <translation>Wenn Sie das für einen Fehler halten, fragen Sie den Betreiber dieses Netzwerks, oder prüfen Sie Ihre Sicherheitssoftware und den Jugendschutz.</translation>
    </message>
    <message>
        <source>A setting on this computer sends %1 to the wrong place</source>
        <translation>Eine Einstellung auf diesem Computer schickt %1 an die falsche Stelle</translation>
    </message>
    <message>
        <source>A file on this computer (the hosts file) gives %1 an old address, so the computer never asks the network for the right one.</source>
        <translation>Eine Datei auf diesem Computer (die hosts-Datei) gibt %1 eine alte Adresse, deshalb fragt der Computer das Netzwerk nie nach der richtigen.</translation>
    </message>
    <message>
        <source>%1 leads to the wrong address</source>
        <translation>%1 führt zur falschen Adresse</translation>
    </message>
    <message>
        <source>The address this computer got for %1 is not the right one: an old entry somewhere, or a filter.</source>
        <translation>Die Adresse, die dieser Computer für %1 bekommen hat, ist nicht die richtige: irgendwo ein alter Eintrag oder ein Filter.</translation>
    </message>
    <message>
        <source>Restart the computer and the router, then check again.</source>
        <translation>Starten Sie den Computer und den Router neu und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Security software on this computer blocked the connection</source>
        <translation>Sicherheitssoftware auf diesem Computer hat die Verbindung blockiert</translation>
    </message>
    <message>
        <source>The connection never left this computer: its firewall or security software did not let it out.</source>
        <translation>Die Verbindung hat diesen Computer nie verlassen: Seine Firewall oder Sicherheitssoftware hat sie nicht hinausgelassen.</translation>
    </message>
    <message>
        <source>Open your security software (antivirus, firewall) and look for a blocked program or connection.</source>
        <translation>Öffnen Sie Ihre Sicherheitssoftware (Virenschutz, Firewall) und suchen Sie nach einem blockierten Programm oder einer blockierten Verbindung.</translation>
    </message>
    <message>
        <source>The network connection is not ready yet</source>
        <translation>Die Netzwerkverbindung ist noch nicht bereit</translation>
    </message>
    <message>
        <source>This computer is still connecting to the network.</source>
        <translation>Dieser Computer verbindet sich noch mit dem Netzwerk.</translation>
    </message>
    <message>
        <source>Wait a minute, then check again.</source>
        <translation>Warten Sie eine Minute und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network</source>
        <translation>Dieser Computer ist mit keinem Netzwerk verbunden</translation>
    </message>
    <message>
        <source>No cable and no Wi-Fi connection is working, so nothing can go out.</source>
        <translation>Weder ein Kabel noch eine WLAN-Verbindung funktioniert, daher kann nichts hinaus.</translation>
    </message>
    <message>
        <source>Plug the network cable in at both ends, or switch Wi-Fi on and choose your network.</source>
        <translation>Stecken Sie das Netzwerkkabel an beiden Enden ein, oder schalten Sie das WLAN ein und wählen Sie Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>Check that the router is switched on.</source>
        <translation>Prüfen Sie, ob der Router eingeschaltet ist.</translation>
    </message>
    <message>
        <source>The network did not give this computer an address</source>
        <translation>Das Netzwerk hat diesem Computer keine Adresse gegeben</translation>
    </message>
    <message>
        <source>The computer is connected, but the router did not give it an address, so it cannot talk to anything.</source>
        <translation>Der Computer ist verbunden, aber der Router hat ihm keine Adresse gegeben, daher kann er mit nichts kommunizieren.</translation>
    </message>
    <message>
        <source>If other devices have the same problem, the router needs attention.</source>
        <translation>Wenn andere Geräte dasselbe Problem haben, muss der Router überprüft werden.</translation>
    </message>
    <message>
        <source>The router does not answer</source>
        <translation>Der Router antwortet nicht</translation>
    </message>
    <message>
        <source>This computer cannot reach its router, the box everything else goes through.</source>
        <translation>Dieser Computer erreicht seinen Router nicht – das Gerät, über das alles andere läuft.</translation>
    </message>
    <message>
        <source>Check that the router is switched on and its lights look as usual.</source>
        <translation>Prüfen Sie, ob der Router eingeschaltet ist und seine Lämpchen wie gewohnt aussehen.</translation>
    </message>
    <message>
        <source>This network wants you to sign in first</source>
        <translation>Dieses Netzwerk verlangt zuerst eine Anmeldung</translation>
    </message>
    <message>
        <source>This network (a hotel, a train, a guest Wi-Fi) shows a page in the browser where you sign in or accept its terms. Until then, nothing else gets through.</source>
        <translation>Dieses Netzwerk (Hotel, Zug, Gast-WLAN) zeigt im Browser eine Seite, auf der Sie sich anmelden oder seine Nutzungsbedingungen akzeptieren. Bis dahin kommt nichts anderes durch.</translation>
    </message>
    <message>
        <source>Open a web browser and follow the page that appears, then check again.</source>
        <translation>Öffnen Sie einen Webbrowser, folgen Sie der Seite, die erscheint, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 can only be reached through this network&apos;s proxy</source>
        <translation>%1 ist nur über den Proxy dieses Netzwerks erreichbar</translation>
    </message>
    <message>
        <source>The direct way is closed. Connections must go through the relay this network provides (a proxy), and the program is not set to use it.</source>
        <translation>Der direkte Weg ist geschlossen. Verbindungen müssen über die Zwischenstation laufen, die dieses Netzwerk bereitstellt (einen Proxy), und das Programm ist nicht so eingestellt, dass es sie verwendet.</translation>
    </message>
    <message>
        <source>Set the program to use the system&apos;s proxy settings.</source>
        <translation>Stellen Sie das Programm so ein, dass es die Proxyeinstellungen des Systems verwendet.</translation>
    </message>
    <message>
        <source>The proxy set on this computer does not answer</source>
        <translation>Der auf diesem Computer eingestellte Proxy antwortet nicht</translation>
    </message>
    <message>
        <source>This computer is set to send connections through a relay (a proxy) that cannot be reached. Often it is an old setting from another network.</source>
        <translation>Dieser Computer ist so eingestellt, dass er Verbindungen über eine Zwischenstation (einen Proxy) schickt, die nicht erreichbar ist. Oft ist das eine alte Einstellung aus einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>If you are not on your work network, switch the proxy off in the system&apos;s network settings.</source>
        <translation>Wenn Sie nicht in Ihrem Firmennetzwerk sind, schalten Sie den Proxy in den Netzwerkeinstellungen des Systems aus.</translation>
    </message>
    <message>
        <source>The proxy wants you to sign in</source>
        <translation>Der Proxy verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>The relay (proxy) this network uses asks for a user name and password first.</source>
        <translation>Die Zwischenstation (der Proxy), die dieses Netzwerk verwendet, verlangt zuerst einen Benutzernamen und ein Kennwort.</translation>
    </message>
    <message>
        <source>Enter your work user name and password where the program asks for the proxy.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Kennwort von der Arbeit dort ein, wo das Programm nach dem Proxy fragt.</translation>
    </message>
    <message>
        <source>The proxy will not connect to %1</source>
        <translation>Der Proxy stellt keine Verbindung zu %1 her</translation>
    </message>
    <message>
        <source>The relay (proxy) this network uses does not allow connections to %1, port %2.</source>
        <translation>Die Zwischenstation (der Proxy), die dieses Netzwerk verwendet, erlaubt keine Verbindungen zu %1, Port %2.</translation>
    </message>
    <message>
        <source>The proxy cannot reach %1 either</source>
        <translation>Auch der Proxy erreicht %1 nicht</translation>
    </message>
    <message>
        <source>Your computer reached this network&apos;s relay (proxy) fine, but it could not connect to %1 either: the problem is beyond it.</source>
        <translation>Ihr Computer hat die Zwischenstation (den Proxy) dieses Netzwerks problemlos erreicht, aber auch sie konnte keine Verbindung zu %1 herstellen: Das Problem liegt dahinter.</translation>
    </message>
    <message>
        <source>Large pieces of data from %1 get lost on the way</source>
        <translation>Größere Datenmengen von %1 gehen unterwegs verloren</translation>
    </message>
    <message>
        <source>Small messages get through, but larger ones are lost: pages start to load and then hang. A device on the way, often a VPN or a router, is set up wrongly.</source>
        <translation>Kleine Nachrichten kommen durch, größere gehen verloren: Seiten beginnen zu laden und bleiben dann hängen. Ein Gerät auf dem Weg, oft ein VPN oder ein Router, ist falsch eingerichtet.</translation>
    </message>
    <message>
        <source>If you use a VPN, try without it (or the other way round).</source>
        <translation>Wenn Sie ein VPN verwenden, versuchen Sie es ohne (oder umgekehrt).</translation>
    </message>
    <message>
        <source>Port %1 of %2 does not offer a secure connection</source>
        <translation>Port %1 von %2 bietet keine sichere Verbindung</translation>
    </message>
    <message>
        <source>A secure (encrypted) connection was expected, but the service on this port does not offer one. The address or the port is probably wrong, for example https:// for a page that is only http://.</source>
        <translation>Erwartet wurde eine sichere (verschlüsselte) Verbindung, aber der Dienst auf diesem Port bietet keine an. Wahrscheinlich ist die Adresse oder der Port falsch, zum Beispiel https:// für eine Seite, die es nur unter http:// gibt.</translation>
    </message>
    <message>
        <source>Check the address and the port you were given.</source>
        <translation>Prüfen Sie die Adresse und den Port, die Ihnen genannt wurden.</translation>
    </message>
    <message>
        <source>No secure connection could be made with %1</source>
        <translation>Mit %1 konnte keine sichere Verbindung hergestellt werden</translation>
    </message>
    <message>
        <source>%1 was reached, but your computer and the server could not set up the encryption. Often one side is too old, or a device on the way interferes.</source>
        <translation>%1 wurde erreicht, aber Ihr Computer und der Server konnten die Verschlüsselung nicht einrichten. Oft ist eine Seite zu alt, oder ein Gerät auf dem Weg stört.</translation>
    </message>
    <message>
        <source>Update the program (or the browser) and the system, then check again.</source>
        <translation>Aktualisieren Sie das Programm (oder den Browser) und das System, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock may be wrong</source>
        <translation>Die Uhr dieses Computers geht vielleicht falsch</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not valid yet by this computer&apos;s clock. The date or time zone of this computer is more likely wrong than the certificate.</source>
        <translation>Nach der Uhr dieses Computers ist das Sicherheitszertifikat von %1 noch nicht gültig. Wahrscheinlicher sind Datum oder Zeitzone dieses Computers falsch als das Zertifikat.</translation>
    </message>
    <message>
        <source>Check the date, time and time zone of this computer, and let it set the time automatically.</source>
        <translation>Prüfen Sie Datum, Uhrzeit und Zeitzone dieses Computers, und lassen Sie die Uhrzeit automatisch einstellen.</translation>
    </message>
    <message>
        <source>The security certificate of %1 has expired</source>
        <translation>Das Sicherheitszertifikat von %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>Programs refuse the connection, because an expired certificate no longer proves who the server is. Only whoever runs %1 can renew it.</source>
        <translation>Programme verweigern die Verbindung, weil ein abgelaufenes Zertifikat nicht mehr beweist, wer der Server ist. Nur der Betreiber von %1 kann es erneuern.</translation>
    </message>
    <message>
        <source>If other sites fail too, check this computer&apos;s date and time.</source>
        <translation>Wenn auch andere Websites nicht funktionieren, prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>This computer does not trust the security certificate of %1</source>
        <translation>Dieser Computer vertraut dem Sicherheitszertifikat von %1 nicht</translation>
    </message>
    <message>
        <source>The server shows a certificate that this computer cannot check. On a work network this is often a company certificate that is not installed; elsewhere it can mean that someone is listening in.</source>
        <translation>Der Server zeigt ein Zertifikat, das dieser Computer nicht überprüfen kann. In einem Firmennetzwerk ist das oft ein Firmenzertifikat, das nicht installiert ist; anderswo kann es bedeuten, dass jemand mithört.</translation>
    </message>
    <message>
        <source>Do not ignore the warning or enter passwords.</source>
        <translation>Ignorieren Sie die Warnung nicht und geben Sie keine Kennwörter ein.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is for another name</source>
        <translation>Das Sicherheitszertifikat von %1 gilt für einen anderen Namen</translation>
    </message>
    <message>
        <source>The server shows a certificate made out to another name. Either the name you use is not the one the server expects, or the server is set up wrongly.</source>
        <translation>Der Server zeigt ein Zertifikat, das auf einen anderen Namen ausgestellt ist. Entweder ist der Name, den Sie verwenden, nicht der, den der Server erwartet, oder der Server ist falsch eingerichtet.</translation>
    </message>
    <message>
        <source>Check the name you were given.</source>
        <translation>Prüfen Sie den Namen, der Ihnen genannt wurde.</translation>
    </message>
    <message>
        <source>%1 lets the connection in, but the service does not answer</source>
        <translation>%1 nimmt die Verbindung an, aber der Dienst antwortet nicht</translation>
    </message>
    <message>
        <source>Your computer and the network are fine. The program on the server says nothing: it may be stuck or overloaded.</source>
        <translation>Ihr Computer und das Netzwerk sind in Ordnung. Das Programm auf dem Server sagt nichts: Es hängt vielleicht oder ist überlastet.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The website at %1 answers with an error</source>
        <translation>Die Website unter %1 antwortet mit einem Fehler</translation>
    </message>
    <message>
        <source>The connection works and the server answers, but with an error page. The problem is in the website itself, not in the network.</source>
        <translation>Die Verbindung funktioniert und der Server antwortet, aber mit einer Fehlerseite. Das Problem liegt bei der Website selbst, nicht im Netzwerk.</translation>
    </message>
    <message>
        <source>The check did not finish</source>
        <translation>Die Prüfung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>There is no answer yet: the check was stopped, or it could not run.</source>
        <translation>Es gibt noch keine Antwort: Die Prüfung wurde angehalten oder konnte nicht laufen.</translation>
    </message>
    <message>
        <source>Check again.</source>
        <translation>Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Nothing came back on this port. %1 is switched on (it answers on other ports), so a firewall, on it or on the way to it, most likely blocks this port.</source>
        <translation>Auf diesem Port kam nichts zurück. %1 ist eingeschaltet (es antwortet auf anderen Ports), also blockiert höchstwahrscheinlich eine Firewall – dort oder auf dem Weg dorthin – diesen Port.</translation>
    </message>
    <message>
        <source>No answer: the connection itself was not tried</source>
        <translation>Keine Antwort: Die Verbindung selbst wurde nicht versucht</translation>
    </message>
    <message>
        <source>Only trying the connection shows whether %1 can be reached, and this check left that out. What was checked found nothing wrong.</source>
        <translation>Nur ein Verbindungsversuch zeigt, ob %1 erreichbar ist, und diese Prüfung hat ihn ausgelassen. Was geprüft wurde, war in Ordnung.</translation>
    </message>
    <message>
        <source>Check again with every step.</source>
        <translation>Prüfen Sie erneut, mit allen Schritten.</translation>
    </message>
</context>
<context>
    <name>PortStep</name>
    <message>
        <source>Not tried: the name lookup gave no address.</source>
        <translation>Nicht versucht: Die Namensauflösung hat keine Adresse geliefert.</translation>
    </message>
    <message>
        <source>%1 accepts connections on port %2</source>
        <translation>%1 nimmt Verbindungen an Port %2 an</translation>
    </message>
    <message>
        <source>%1 refused the connection (RST)</source>
        <translation>%1 hat die Verbindung verweigert (RST)</translation>
    </message>
    <message>
        <source>%1 did not answer at all</source>
        <translation>%1 hat überhaupt nicht geantwortet</translation>
    </message>
    <message>
        <source>A firewall at %1 rejected the connection to %2</source>
        <translation>Eine Firewall bei %1 hat die Verbindung zu %2 abgelehnt</translation>
    </message>
    <message>
        <source>%1 cannot be reached on the network</source>
        <translation>%1 ist im Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>There is no way to the network of %1</source>
        <translation>Es gibt keinen Weg zum Netzwerk von %1</translation>
    </message>
    <message>
        <source>This computer did not let the connection to %1 out</source>
        <translation>Dieser Computer hat die Verbindung zu %1 nicht hinausgelassen</translation>
    </message>
    <message>
        <source>%1 accepted, then reset the connection</source>
        <translation>%1 hat angenommen und dann die Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 accepted, then closed the connection at once</source>
        <translation>%1 hat angenommen und die Verbindung dann sofort geschlossen</translation>
    </message>
    <message>
        <source>The attempt on %1 failed: %2</source>
        <translation>Der Versuch bei %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Handshake round trip: %1 ms.</source>
        <translation>Handshake-Umlaufzeit: %1 ms.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>There was no address to try.</source>
        <translation>Es gab keine Adresse zum Versuchen.</translation>
    </message>
    <message>
        <source>Port %1 accepts connections.</source>
        <translation>Port %1 nimmt Verbindungen an.</translation>
    </message>
    <message>
        <source>Port %1 accepts connections on %2 of %3 addresses.</source>
        <translation>Port %1 nimmt auf %2 von %3 Adressen Verbindungen an.</translation>
    </message>
    <message>
        <source>Port %1 could not be reached.</source>
        <translation>Port %1 war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check that the service is running on the server and really uses port %1.</source>
        <translation>Prüfen Sie, ob der Dienst auf dem Server läuft und wirklich Port %1 verwendet.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether the firewalls allow port %1 from your address.</source>
        <translation>Fragen Sie den Administrator des Servers, ob die Firewalls Port %1 für Ihre Adresse erlauben.</translation>
    </message>
    <message>
        <source>Ask the administrator of %1 to allow port %2 from your address.</source>
        <translation>Bitten Sie den Administrator von %1, Port %2 für Ihre Adresse freizugeben.</translation>
    </message>
    <message>
        <source>Check that the computer is switched on and that the address is right.</source>
        <translation>Prüfen Sie, ob der Computer eingeschaltet und die Adresse richtig ist.</translation>
    </message>
    <message>
        <source>Check the network connection and the VPN; ask the network administrator about the route.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und das VPN; fragen Sie den Netzwerkadministrator nach der Route.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s firewall and security software for a rule blocking port %1.</source>
        <translation>Suchen Sie in der Firewall und der Sicherheitssoftware dieses Computers nach einer Regel, die Port %1 blockiert.</translation>
    </message>
    <message>
        <source>Check the service&apos;s log: it may refuse your address or be failing.</source>
        <translation>Prüfen Sie das Protokoll des Dienstes: Vielleicht lehnt er Ihre Adresse ab oder ist gestört.</translation>
    </message>
    <message>
        <source>Check the service&apos;s log and whatever sits in front of it (proxy, load balancer).</source>
        <translation>Prüfen Sie das Protokoll des Dienstes und alles, was davor sitzt (Proxy, Load Balancer).</translation>
    </message>
    <message>
        <source>SYN tries: %1.</source>
        <translation>SYN-Versuche: %1.</translation>
    </message>
    <message numerus="yes">
        <source>It then reset the connection in the middle of its greeting (after %n byte(s)).</source>
        <translation>
            <numerusform>Dann hat er die Verbindung mitten in seiner Begrüßung zurückgesetzt (nach %n Byte).</numerusform>
            <numerusform>Dann hat er die Verbindung mitten in seiner Begrüßung zurückgesetzt (nach %n Bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered that port %2 is closed (ICMP port unreachable)</source>
        <translation>%1 hat geantwortet, dass Port %2 geschlossen ist (ICMP „Port nicht erreichbar“)</translation>
    </message>
    <message>
        <source>%1 answered for %2 that port %3 is closed (ICMP port unreachable)</source>
        <translation>%1 hat für %2 geantwortet, dass Port %3 geschlossen ist (ICMP „Port nicht erreichbar“)</translation>
    </message>
    <message>
        <source>Check that the service is running on the server and that its firewall allows port %1.</source>
        <translation>Prüfen Sie, ob der Dienst auf dem Server läuft und ob seine Firewall Port %1 erlaubt.</translation>
    </message>
    <message>
        <source>%1 sent back: %2.</source>
        <translation>%1 hat zurückgeschickt: %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s connection had just come up: the test waited %1 s for it to be ready.</source>
        <translation>Die Verbindung dieses Computers war gerade erst zustande gekommen: Der Test hat %1 s gewartet, bis sie bereit war.</translation>
    </message>
    <message>
        <source>%1 of the %2 local ports this computer picks from (%3 to %4) are taken.</source>
        <translation>%1 der %2 lokalen Ports, aus denen dieser Computer wählt (%3 bis %4), sind belegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) to the same address and port %1 hold one each.</source>
        <translation>
            <numerusform>%n Verbindung zur selben Adresse und zum selben Port %1 belegt einen davon.</numerusform>
            <numerusform>%n Verbindungen zur selben Adresse und zum selben Port %1 belegen je einen davon.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This computer&apos;s TCP connections by state: %1.</source>
        <translation>TCP-Verbindungen dieses Computers nach Zustand: %1.</translation>
    </message>
    <message>
        <source>This computer had no free local port for the connection</source>
        <translation>Dieser Computer hatte keinen freien lokalen Port für die Verbindung</translation>
    </message>
    <message>
        <source>The connections of this computer could not be counted: %1</source>
        <translation>Die Verbindungen dieses Computers konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Almost every local port of this computer is taken</source>
        <translation>Fast alle lokalen Ports dieses Computers sind belegt</translation>
    </message>
    <message>
        <source>When none is left, new connections fail at once. Close programs that open many connections, or restart the one that holds most of them.</source>
        <translation>Ist keiner mehr frei, schlagen neue Verbindungen sofort fehl. Schließen Sie Programme, die viele Verbindungen öffnen, oder starten Sie dasjenige neu, das die meisten davon belegt.</translation>
    </message>
</context>
<context>
    <name>ProxyStep</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The setting comes from %1.</source>
        <translation>Quelle der Einstellung: %1.</translation>
    </message>
    <message>
        <source>It answered %1.</source>
        <translation>Er hat %1 geantwortet.</translation>
    </message>
    <message>
        <source>The proxy calls itself %1.</source>
        <translation>Der Proxy nennt sich %1.</translation>
    </message>
    <message>
        <source>The proxy %1 opens the way to %2</source>
        <translation>Der Proxy %1 öffnet den Weg zu %2</translation>
    </message>
    <message>
        <source>It accepted the SOCKS request in %1 ms.</source>
        <translation>Er hat die SOCKS-Anfrage in %1 ms angenommen.</translation>
    </message>
    <message>
        <source>It answered %1 in %2 ms.</source>
        <translation>Er hat in %2 ms %1 geantwortet.</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password in the setting</source>
        <translation>Der Proxy %1 hat Benutzername und Kennwort aus der Einstellung nicht akzeptiert</translation>
    </message>
    <message>
        <source>The proxy %1 wants a sign-in</source>
        <translation>Der Proxy %1 verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>Programs that cannot sign in to it are turned away.</source>
        <translation>Programme, die sich nicht bei ihm anmelden können, werden abgewiesen.</translation>
    </message>
    <message>
        <source>The proxy %1 will not connect to %2</source>
        <translation>Der Proxy %1 stellt keine Verbindung zu %2 her</translation>
    </message>
    <message>
        <source>It closed the connection without an answer.</source>
        <translation>Er hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The proxy %1 cannot reach %2 either</source>
        <translation>Auch der Proxy %1 erreicht %2 nicht</translation>
    </message>
    <message>
        <source>It took the request but had not answered after %1 s: it was still trying to reach %2.</source>
        <translation>Er hat die Anfrage angenommen, aber nach %1 s noch nicht geantwortet: Er versuchte noch, %2 zu erreichen.</translation>
    </message>
    <message>
        <source>The proxy %1 does not answer</source>
        <translation>Der Proxy %1 antwortet nicht</translation>
    </message>
    <message>
        <source>Its name does not resolve.</source>
        <translation>Zu seinem Namen wird keine Adresse gefunden.</translation>
    </message>
    <message>
        <source>Something answers there, but not as a proxy.</source>
        <translation>Dort antwortet etwas, aber nicht als Proxy.</translation>
    </message>
    <message>
        <source>Its port did not take the connection (%1).</source>
        <translation>Sein Port hat die Verbindung nicht angenommen (%1).</translation>
    </message>
    <message>
        <source>Every program that follows this setting fails, browsers first.</source>
        <translation>Jedes Programm, das dieser Einstellung folgt, scheitert, allen voran die Browser.</translation>
    </message>
    <message>
        <source>The proxy %1 is of a kind this version cannot test</source>
        <translation>Der Proxy %1 ist von einer Art, die diese Version nicht testen kann</translation>
    </message>
    <message>
        <source>The proxy %1 could not be tested</source>
        <translation>Der Proxy %1 konnte nicht getestet werden</translation>
    </message>
    <message>
        <source>No sign-in page holds the way out</source>
        <translation>Keine Anmeldeseite versperrt den Weg nach draußen</translation>
    </message>
    <message>
        <source>%1 answered as it does on a free network (%2).</source>
        <translation>%1 hat so geantwortet wie in einem freien Netzwerk (%2).</translation>
    </message>
    <message>
        <source>A sign-in page holds the way out (%1)</source>
        <translation>Eine Anmeldeseite versperrt den Weg nach draußen (%1)</translation>
    </message>
    <message>
        <source>%1 answered %2 instead of letting the request through.</source>
        <translation>%1 hat %2 geantwortet, statt die Anfrage durchzulassen.</translation>
    </message>
    <message>
        <source>It sends browsers to %1.</source>
        <translation>Browser werden zu %1 weitergeleitet.</translation>
    </message>
    <message>
        <source>The page is called %1.</source>
        <translation>Die Seite heißt %1.</translation>
    </message>
    <message>
        <source>Open a browser, go to %1 and accept the terms or sign in on the page that appears.</source>
        <translation>Öffnen Sie einen Browser, rufen Sie %1 auf und akzeptieren Sie auf der Seite, die dann erscheint, die Bedingungen oder melden Sie sich an.</translation>
    </message>
    <message>
        <source>Whether a sign-in page holds the way out could not be told</source>
        <translation>Ob eine Anmeldeseite den Weg nach draußen versperrt, ließ sich nicht feststellen</translation>
    </message>
    <message>
        <source>%1 answered %2, which proves nothing either way.</source>
        <translation>%1 hat %2 geantwortet; das spricht weder dafür noch dagegen.</translation>
    </message>
    <message>
        <source>%1 gave no answer (%2).</source>
        <translation>%1 hat nicht geantwortet (%2).</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>the desktop&apos;s proxy settings</source>
        <translation>Proxyeinstellungen des Desktops</translation>
    </message>
    <message>
        <source>the automatic configuration script %1</source>
        <translation>automatisches Konfigurationsskript %1</translation>
    </message>
    <message>
        <source>automatic proxy detection (WPAD)</source>
        <translation>automatische Proxyerkennung (WPAD)</translation>
    </message>
    <message>
        <source>the proxy given to this check</source>
        <translation>für diese Prüfung angegebener Proxy</translation>
    </message>
    <message>
        <source>a system-wide proxy setting</source>
        <translation>systemweite Proxyeinstellung</translation>
    </message>
    <message>
        <source>no proxy setting</source>
        <translation>keine Proxyeinstellung</translation>
    </message>
    <message>
        <source>The setting is the environment variable %1: change or remove it where it is set (a shell profile such as ~/.bashrc or /etc/environment, or the system&apos;s environment variables on Windows).</source>
        <translation>Die Einstellung ist die Umgebungsvariable %1: Ändern oder entfernen Sie sie dort, wo sie gesetzt wird (in einem Shell-Profil wie ~/.bashrc oder in /etc/environment, unter Windows in den Umgebungsvariablen des Systems).</translation>
    </message>
    <message>
        <source>Check the proxy address given to this check.</source>
        <translation>Prüfen Sie die Proxyadresse, die für diese Prüfung angegeben wurde.</translation>
    </message>
    <message>
        <source>Change it in Settings › Network › Network Proxy.</source>
        <translation>Ändern Sie sie unter Einstellungen › Netzwerk › Netzwerk-Proxy.</translation>
    </message>
    <message>
        <source>Change it in System Settings › Network › Proxy.</source>
        <translation>Ändern Sie sie unter Systemeinstellungen › Netzwerk › Proxy.</translation>
    </message>
    <message>
        <source>Change it in Settings › Network &amp; Internet › Proxy.</source>
        <translation>Ändern Sie sie unter Einstellungen › Netzwerk und Internet › Proxy.</translation>
    </message>
    <message>
        <source>Change it in System Settings › Network › (your connection) › Details › Proxies.</source>
        <translation>Ändern Sie sie unter Systemeinstellungen › Netzwerk › (Ihre Verbindung) › Details › Proxys.</translation>
    </message>
    <message>
        <source>The proxy comes from an automatic configuration script: its administrator decides which proxy it names.</source>
        <translation>Der Proxy stammt aus einem automatischen Konfigurationsskript: Dessen Administrator entscheidet, welchen Proxy es angibt.</translation>
    </message>
    <message>
        <source>Change it in this computer&apos;s proxy settings.</source>
        <translation>Ändern Sie sie in den Proxyeinstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>Proxy settings left aside (--no-proxy).</source>
        <translation>Proxyeinstellungen außer Acht gelassen (--no-proxy).</translation>
    </message>
    <message>
        <source>The proxy given is not a proxy address.</source>
        <translation>Der angegebene Proxy ist keine Proxyadresse.</translation>
    </message>
    <message>
        <source>The proxy settings could not be read</source>
        <translation>Die Proxyeinstellungen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Finding the proxy (an automatic configuration script or automatic detection) took longer than %1 s.</source>
        <translation>Die Suche nach dem Proxy (ein automatisches Konfigurationsskript oder die automatische Erkennung) hat länger als %1 s gedauert.</translation>
    </message>
    <message>
        <source>No proxy for %1: programs connect directly</source>
        <translation>Kein Proxy für %1: Programme verbinden sich direkt</translation>
    </message>
    <message>
        <source>No proxy is set in the environment or in this computer&apos;s settings.</source>
        <translation>Weder in der Umgebung noch in den Einstellungen dieses Computers ist ein Proxy eingestellt.</translation>
    </message>
    <message>
        <source>%1 sends this address directly.</source>
        <translation>Für diese Adresse ist eine direkte Verbindung ohne Proxy vorgesehen (Quelle: %1).</translation>
    </message>
    <message>
        <source>No sign-in page check.</source>
        <translation>Keine Prüfung auf eine Anmeldeseite.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>not an http:// address</source>
        <translation>keine http://-Adresse</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>GNOME&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen von GNOME</translation>
    </message>
    <message>
        <source>KDE&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen von KDE</translation>
    </message>
    <message>
        <source>Windows&apos; proxy settings (Internet Options)</source>
        <translation>Proxy-Einstellungen von Windows (Internetoptionen)</translation>
    </message>
    <message>
        <source>the proxy settings of macOS</source>
        <translation>Proxy-Einstellungen von macOS</translation>
    </message>
    <message>
        <source>NetworkManager reports a sign-in page on this network.</source>
        <translation>NetworkManager meldet eine Anmeldeseite in diesem Netzwerk.</translation>
    </message>
    <message>
        <source>NetworkManager reports a free way to the internet.</source>
        <translation>NetworkManager meldet einen freien Weg ins Internet.</translation>
    </message>
    <message>
        <source>NetworkManager reports this network, but no way to the internet.</source>
        <translation>NetworkManager meldet dieses Netzwerk, aber keinen Weg ins Internet.</translation>
    </message>
    <message>
        <source>NetworkManager reports no network connection.</source>
        <translation>NetworkManager meldet keine Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>NetworkManager still reported a sign-in page; it checks only every few minutes, so this answer is the newer one.</source>
        <translation>NetworkManager hat noch eine Anmeldeseite gemeldet; er prüft nur alle paar Minuten, daher ist diese Antwort die neuere.</translation>
    </message>
    <message>
        <source>NetworkManager sees the sign-in page too.</source>
        <translation>NetworkManager sieht die Anmeldeseite ebenfalls.</translation>
    </message>
    <message>
        <source>NetworkManager reports a sign-in page on this network</source>
        <translation>NetworkManager meldet eine Anmeldeseite in diesem Netzwerk</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s own connectivity check found a sign-in page.</source>
        <translation>Die eigene Verbindungsprüfung von NetworkManager hat eine Anmeldeseite gefunden.</translation>
    </message>
    <message>
        <source>Open a browser and go to any address starting with http://, then accept the terms or sign in on the page that appears.</source>
        <translation>Öffnen Sie einen Browser, rufen Sie eine beliebige Adresse auf, die mit http:// beginnt, und akzeptieren Sie dann auf der Seite, die erscheint, die Bedingungen oder melden Sie sich an.</translation>
    </message>
    <message>
        <source>the system&apos;s message bus is not reachable</source>
        <translation>der Nachrichtenbus des Systems ist nicht erreichbar</translation>
    </message>
    <message>
        <source>NetworkManager gave an answer that is not a state</source>
        <translation>NetworkManager hat mit etwas anderem als einem Zustand geantwortet</translation>
    </message>
    <message>
        <source>NetworkManager is not running</source>
        <translation>NetworkManager läuft nicht</translation>
    </message>
    <message>
        <source>NetworkManager did not answer in time</source>
        <translation>NetworkManager hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the system&apos;s message bus did not answer in time</source>
        <translation>der Nachrichtenbus des Systems hat nicht rechtzeitig geantwortet</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>This is not a tcpdoctor report (no &quot;schema&quot;: &quot;tcpdoctor-report/1&quot;).</source>
        <translation>Das ist kein tcpdoctor-Bericht (kein &quot;schema&quot;: &quot;tcpdoctor-report/1&quot;).</translation>
    </message>
    <message>
        <source>The report has no target or no verdict.</source>
        <translation>Der Bericht enthält kein Ziel oder kein Ergebnis.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>A PDF report needs tcpdoctor&apos;s graphics support, which is not running here; save the report as .html and print that to PDF instead.</source>
        <translation>Ein PDF-Bericht braucht die Grafikunterstützung von tcpdoctor, die hier nicht läuft. Speichern Sie den Bericht stattdessen als .html und drucken Sie die Seite als PDF.</translation>
    </message>
    <message>
        <source>tcpdoctor report: %1 port %2</source>
        <translation>tcpdoctor-Bericht: %1 Port %2</translation>
    </message>
    <message>
        <source>The PDF report could not be made.</source>
        <translation>Der PDF-Bericht konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The raw data of this report (tcpdoctor-report/1)</source>
        <translation>Die Rohdaten dieses Berichts (tcpdoctor-report/1)</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>link up</source>
        <translation>Verbindung aktiv</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>MAC %1</source>
        <translation>MAC %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>this version does not have this step yet</source>
        <translation>diese Version hat diesen Schritt noch nicht</translation>
    </message>
    <message>
        <source>left out on request</source>
        <translation>auf Wunsch ausgelassen</translation>
    </message>
    <message>
        <source>there was no address to try</source>
        <translation>es gab keine Adresse zum Versuchen</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>%1, port %2 (%3)</source>
        <translation>%1, Port %2 (%3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>open: the handshake completed in %1</source>
        <translation>offen: Der Handshake wurde in %1 abgeschlossen</translation>
    </message>
    <message>
        <source>refused: the server answered with RST after %1 (nothing listens)</source>
        <translation>verweigert: Der Server hat nach %1 mit RST geantwortet (nichts lauscht)</translation>
    </message>
    <message>
        <source>no answer in %1 (SYN sent %2 times)</source>
        <translation>keine Antwort in %1 (SYN %2-mal gesendet)</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 (said by this computer)</source>
        <translation>%1 (von diesem Computer gemeldet)</translation>
    </message>
    <message>
        <source>%1: ICMP from %2</source>
        <translation>%1: ICMP von %2</translation>
    </message>
    <message>
        <source>blocked by this computer&apos;s firewall</source>
        <translation>von der Firewall dieses Computers blockiert</translation>
    </message>
    <message>
        <source>accepted, then reset by the server (RST)</source>
        <translation>angenommen, dann vom Server zurückgesetzt (RST)</translation>
    </message>
    <message>
        <source>accepted, then closed at once by the server (FIN)</source>
        <translation>angenommen, dann vom Server sofort geschlossen (FIN)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>tcpdoctor</source>
        <translation>tcpdoctor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Computername</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Schnittstellen</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Standardgateway</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>Route to the target</source>
        <translation>Route zum Ziel</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>This report was redacted: public IP addresses, MAC addresses, host names, Wi-Fi names, this computer&apos;s name and the user&apos;s name were replaced by placeholders (public-ip-1, mac-1, host-1, wifi-1, this-computer, user-1). The same value has the same placeholder everywhere. Private and documentation addresses and ports are unchanged.</source>
        <translation>Dieser Bericht wurde geschwärzt: Öffentliche IP-Adressen, MAC-Adressen, Hostnamen, WLAN-Namen, der Name dieses Computers und der Benutzername wurden durch Platzhalter ersetzt (public-ip-1, mac-1, host-1, wifi-1, this-computer, user-1). Derselbe Wert hat überall denselben Platzhalter. Private Adressen, Dokumentationsadressen und Ports sind unverändert.</translation>
    </message>
    <message>
        <source>tcpdoctor: %1</source>
        <translation>tcpdoctor: %1</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Wie es weitergeht:</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Prüfliste:</translation>
    </message>
    <message>
        <source>Connection attempts:</source>
        <translation>Verbindungsversuche:</translation>
    </message>
    <message>
        <source>greeting: %1</source>
        <translation>Begrüßung: %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>The error message:</source>
        <translation>Die Fehlermeldung:</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>Was sie bedeutet: %1</translation>
    </message>
    <message>
        <source>Checked by hand:</source>
        <translation>Von Hand geprüft:</translation>
    </message>
    <message>
        <source>Verdict code: %1 (layer: %2). Checked in %3 ms.</source>
        <translation>Ergebniscode: %1 (Schicht: %2). Geprüft in %3 ms.</translation>
    </message>
    <message>
        <source>%1, %2, tcpdoctor %3.</source>
        <translation>%1, %2, tcpdoctor %3.</translation>
    </message>
    <message>
        <source>unknown system</source>
        <translation>unbekanntes System</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>Verbindungsversuche</translation>
    </message>
    <message>
        <source>greeting:</source>
        <translation>Begrüßung:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>The error message</source>
        <translation>Die Fehlermeldung</translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation>Von Hand geprüft</translation>
    </message>
    <message>
        <source>Started %1, took %2 ms, on %3, tcpdoctor %4.</source>
        <translation>Gestartet: %1, Dauer %2 ms, auf %3, tcpdoctor %4.</translation>
    </message>
    <message>
        <source>an unknown system</source>
        <translation>ein unbekanntes System</translation>
    </message>
    <message>
        <source>tcpdoctor: %1 — %2</source>
        <translation>tcpdoctor: %1 – %2</translation>
    </message>
    <message>
        <source>tcpdoctor report</source>
        <translation>tcpdoctor-Bericht</translation>
    </message>
    <message>
        <source>You asked for:</source>
        <translation>Ihre Anfrage:</translation>
    </message>
    <message>
        <source>Checked %1; took %2 ms; tcpdoctor %3.</source>
        <translation>Geprüft: %1; Dauer %2 ms; tcpdoctor %3.</translation>
    </message>
    <message>
        <source>Verdict code:</source>
        <translation>Ergebniscode:</translation>
    </message>
    <message>
        <source>layer: %1</source>
        <translation>Schicht: %1</translation>
    </message>
    <message>
        <source>Why tcpdoctor thinks so</source>
        <translation>Warum tcpdoctor das annimmt</translation>
    </message>
    <message>
        <source>Where the problem is</source>
        <translation>Wo das Problem liegt</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Nicht geprüft: %1.</translation>
    </message>
    <message>
        <source>The handshake, address by address</source>
        <translation>Der Handshake, Adresse für Adresse</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Steps to run for it: %1</source>
        <translation>Schritte, die dafür auszuführen sind: %1</translation>
    </message>
    <message>
        <source>Made by tcpdoctor %1. This page contains no scripts and loads nothing from the network.</source>
        <translation>Erstellt von tcpdoctor %1. Diese Seite enthält keine Skripte und lädt nichts aus dem Netzwerk.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <source>partly works</source>
        <translation>funktioniert teilweise</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>SYN</source>
        <translation>SYN</translation>
    </message>
    <message>
        <source>SYN-ACK</source>
        <translation>SYN-ACK</translation>
    </message>
    <message>
        <source>ACK: connected</source>
        <translation>ACK: verbunden</translation>
    </message>
    <message>
        <source>RST: nothing listens</source>
        <translation>RST: nichts lauscht</translation>
    </message>
    <message>
        <source>RST: the server cut the connection</source>
        <translation>RST: Der Server hat die Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>FIN: the server closed it</source>
        <translation>FIN: Der Server hat sie geschlossen</translation>
    </message>
    <message>
        <source>SYN again</source>
        <translation>SYN erneut</translation>
    </message>
    <message>
        <source>nothing came back</source>
        <translation>nichts kam zurück</translation>
    </message>
    <message>
        <source>SYN stopped by this computer&apos;s firewall</source>
        <translation>SYN von der Firewall dieses Computers gestoppt</translation>
    </message>
    <message>
        <source>ICMP %1/%2</source>
        <translation>ICMP %1/%2</translation>
    </message>
    <message>
        <source>ICMP %1/%2: %3</source>
        <translation>ICMP %1/%2: %3</translation>
    </message>
    <message>
        <source>SYN not sent: nobody has this address here</source>
        <translation>SYN nicht gesendet: Niemand hier hat diese Adresse</translation>
    </message>
    <message>
        <source>SYN not sent: no route to this network</source>
        <translation>SYN nicht gesendet: keine Route zu diesem Netzwerk</translation>
    </message>
    <message>
        <source>SYN failed: %1</source>
        <translation>SYN fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Where the connection goes, and where it fails</source>
        <translation>Wohin die Verbindung geht und wo sie scheitert</translation>
    </message>
    <message>
        <source>the problem is here</source>
        <translation>hier liegt das Problem</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>The handshake with %1</source>
        <translation>Der Handshake mit %1</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>router %1</source>
        <translation>Router %1</translation>
    </message>
    <message>
        <source>This computer and %1:</source>
        <translation>Dieser Computer und %1:</translation>
    </message>
    <message>
        <source>When each step ran</source>
        <translation>Wann welcher Schritt lief</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1: not run</source>
        <translation>%1: nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1: started at %2, took %3</source>
        <translation>%1: Start bei %2, Dauer %3</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Nothing that was there before has changed.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2. Was vorher dort war, ist unverändert.</translation>
    </message>
    <message>
        <source>%1 could not be saved: the folder %2 does not exist.</source>
        <translation>%1 konnte nicht gespeichert werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>das ist ein Ordner</translation>
    </message>
    <message>
        <source>tcpdoctor cannot write &quot;%1&quot; files: use a name ending in %2.</source>
        <translation>tcpdoctor kann keine „%1“-Dateien schreiben: Verwenden Sie einen Namen mit der Endung %2.</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(keine Endung)</translation>
    </message>
    <message>
        <source>The reports are about different targets: %1, then %2.</source>
        <translation>Die Berichte betreffen verschiedene Ziele: erst %1, dann %2.</translation>
    </message>
    <message>
        <source>The verdict changed from &quot;%1&quot; (%2) to &quot;%3&quot; (%4).</source>
        <translation>Das Ergebnis hat sich von „%1“ (%2) zu „%3“ (%4) geändert.</translation>
    </message>
    <message>
        <source>%1: was %2, now %3.</source>
        <translation>%1: war %2, jetzt %3.</translation>
    </message>
    <message>
        <source>New address %1: %2.</source>
        <translation>Neue Adresse %1: %2.</translation>
    </message>
    <message>
        <source>%1: was %2; now %3.</source>
        <translation>%1: war %2; jetzt %3.</translation>
    </message>
    <message>
        <source>Address %1 was not tried any more (it was: %2).</source>
        <translation>Adresse %1 wurde nicht mehr versucht (vorher: %2).</translation>
    </message>
    <message>
        <source>Comparing %1 (%2) with %3 (%4):</source>
        <translation>Vergleich von %1 (%2) mit %3 (%4):</translation>
    </message>
    <message>
        <source>Nothing changed: the same verdict (%1), the same results for every step and address.</source>
        <translation>Nichts hat sich geändert: dasselbe Ergebnis (%1), dieselben Resultate für jeden Schritt und jede Adresse.</translation>
    </message>
    <message>
        <source>Something got worse.</source>
        <translation>Etwas ist schlechter geworden.</translation>
    </message>
    <message>
        <source>Nothing got worse.</source>
        <translation>Nichts ist schlechter geworden.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON report: %2.</source>
        <translation>%1 ist kein JSON-Bericht: %2.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1 is not a tcpdoctor report (its schema is &quot;%2&quot;, expected &quot;tcpdoctor-report/1&quot;).</source>
        <translation>%1 ist kein tcpdoctor-Bericht (sein Schema ist „%2“, erwartet wurde „tcpdoctor-report/1“).</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Lokales Netzwerk</translation>
    </message>
    <message>
        <source>rejected: %1 from %2</source>
        <translation>abgelehnt: %1 von %2</translation>
    </message>
    <message>
        <source>on the local network</source>
        <translation>im lokalen Netzwerk</translation>
    </message>
    <message>
        <source>that name is a link to another file; give the name of a real file</source>
        <translation>dieser Name ist eine Verknüpfung auf eine andere Datei; geben Sie den Namen einer echten Datei an</translation>
    </message>
    <message>
        <source>that is not an ordinary file</source>
        <translation>das ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: too large to be a tcpdoctor report.</source>
        <translation>%1 ist größer als %2 MB: zu groß für einen tcpdoctor-Bericht.</translation>
    </message>
    <message>
        <source>%1 has no verdict: it is not a whole tcpdoctor report.</source>
        <translation>%1 hat kein Ergebnis: Es ist kein vollständiger tcpdoctor-Bericht.</translation>
    </message>
    <message>
        <source>ServerHello, certificate: %1</source>
        <translation>ServerHello, Zertifikat: %1</translation>
    </message>
    <message>
        <source>certificate: expired</source>
        <translation>Zertifikat: abgelaufen</translation>
    </message>
    <message>
        <source>certificate: not valid yet</source>
        <translation>Zertifikat: noch nicht gültig</translation>
    </message>
    <message>
        <source>certificate: not trusted here</source>
        <translation>Zertifikat: hier nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>certificate: for another name</source>
        <translation>Zertifikat: für einen anderen Namen</translation>
    </message>
    <message>
        <source>an answer that is not TLS</source>
        <translation>eine Antwort, die kein TLS ist</translation>
    </message>
    <message>
        <source>TLS alert</source>
        <translation>TLS-Meldung</translation>
    </message>
    <message>
        <source>TLS alert: %1</source>
        <translation>TLS-Meldung: %1</translation>
    </message>
    <message>
        <source>FIN: closed instead of answering</source>
        <translation>FIN: geschlossen statt geantwortet</translation>
    </message>
    <message>
        <source>FIN: closed without an answer</source>
        <translation>FIN: ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>on a new connection: ClientHello (TLS hello)</source>
        <translation>auf einer neuen Verbindung: ClientHello (TLS-Hello)</translation>
    </message>
    <message>
        <source>on a new connection: HEAD /</source>
        <translation>auf einer neuen Verbindung: HEAD /</translation>
    </message>
    <message>
        <source>no greeting</source>
        <translation>keine Begrüßung</translation>
    </message>
    <message>
        <source>FIN: closed without a word</source>
        <translation>FIN: wortlos geschlossen</translation>
    </message>
    <message>
        <source>no answer: large packets lost on the way</source>
        <translation>keine Antwort: große Pakete unterwegs verloren</translation>
    </message>
    <message>
        <source>again, small packets (%1 bytes): %2</source>
        <translation>erneut, kleine Pakete (%1 Bytes): %2</translation>
    </message>
    <message>
        <source>no answer either</source>
        <translation>auch keine Antwort</translation>
    </message>
    <message>
        <source>no try with small packets: %1</source>
        <translation>kein Versuch mit kleinen Paketen: %1</translation>
    </message>
    <message>
        <source>wants a sign-in</source>
        <translation>verlangt Anmeldung</translation>
    </message>
    <message>
        <source>refuses</source>
        <translation>lehnt ab</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>name not found</source>
        <translation>Name nicht gefunden</translation>
    </message>
    <message>
        <source>not a proxy</source>
        <translation>kein Proxy</translation>
    </message>
    <message>
        <source>only through the proxy</source>
        <translation>nur über den Proxy</translation>
    </message>
    <message>
        <source>sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all of them are in the raw data at the end)</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag (die vollständige Liste steht in den Rohdaten am Ende)</numerusform>
            <numerusform>… und %n weitere Einträge (die vollständige Liste steht in den Rohdaten am Ende)</numerusform>
        </translation>
    </message>
    <message>
        <source>wired</source>
        <translation>kabelgebunden</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <source>tunnel (VPN)</source>
        <translation>Tunnel (VPN)</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtuell</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>connected, %1 Mbit/s</source>
        <translation>verbunden, %1 Mbit/s</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>no cable or signal</source>
        <translation>kein Kabel oder Signal</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>manuell festgelegt</translation>
    </message>
    <message>
        <source>from DHCP</source>
        <translation>per DHCP</translation>
    </message>
    <message>
        <source>from the router</source>
        <translation>vom Router</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>verbindungslokal</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>No interface has a working link.</source>
        <translation>Keine Schnittstelle hat eine funktionierende Verbindung.</translation>
    </message>
    <message>
        <source>Working links: %1.</source>
        <translation>Funktionierende Verbindungen: %1.</translation>
    </message>
    <message>
        <source>Connected, but not ready yet: %1.</source>
        <translation>Verbunden, aber noch nicht bereit: %1.</translation>
    </message>
    <message>
        <source>VPN tunnels up: %1.</source>
        <translation>Aktive VPN-Tunnel: %1.</translation>
    </message>
    <message>
        <source>Waited %1 for a link that was still coming up.</source>
        <translation>Es wurde %1 auf eine Verbindung gewartet, die gerade erst aktiv wurde.</translation>
    </message>
    <message>
        <source>%1 is this computer itself.</source>
        <translation>%1 ist dieser Computer selbst.</translation>
    </message>
    <message>
        <source>This computer has no route to %1.</source>
        <translation>Dieser Computer hat keine Route zu %1.</translation>
    </message>
    <message>
        <source>The routing table rejects %1 (%2).</source>
        <translation>Die Routingtabelle weist %1 ab (%2).</translation>
    </message>
    <message>
        <source>The route to %1 could not be read: %2</source>
        <translation>Die Route zu %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, Absenderadresse %1</translation>
    </message>
    <message>
        <source>%1 is on the local network: packets go straight out of %2%3.</source>
        <translation>%1 ist im lokalen Netzwerk: Pakete verlassen den Computer direkt über %2%3.</translation>
    </message>
    <message>
        <source>Packets to %1 go through the router %2 on %3%4.</source>
        <translation>Pakete an %1 gehen über den Router %2 an %3%4.</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>The check of the router %1 was stopped.</source>
        <translation>Die Prüfung des Routers %1 wurde angehalten.</translation>
    </message>
    <message>
        <source>The router %1 answered (%2) in %3.</source>
        <translation>Der Router %1 hat in %3 geantwortet (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The router %1 did not answer (%2, %n tries).</source>
        <translation>
            <numerusform>Der Router %1 hat nicht geantwortet (%2, %n Versuch).</numerusform>
            <numerusform>Der Router %1 hat nicht geantwortet (%2, %n Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbour table: %1.</source>
        <translation>Nachbartabelle: %1.</translation>
    </message>
    <message>
        <source>another device uses it too</source>
        <translation>ein anderes Gerät verwendet sie auch</translation>
    </message>
    <message>
        <source>No default gateway is set.</source>
        <translation>Es ist kein Standardgateway eingerichtet.</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>Metrik %1</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>No proxy is set in the environment.</source>
        <translation>In der Umgebung ist kein Proxy gesetzt.</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>Proxyeinstellungen</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>geantwortet</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>Name existiert nicht</translation>
    </message>
    <message>
        <source>the name has no addresses</source>
        <translation>der Name hat keine Adressen</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>server failure</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>from the hosts file</source>
        <translation>aus der hosts-Datei</translation>
    </message>
    <message>
        <source>from the system&apos;s resolver</source>
        <translation>von der Namensauflösung des Systems</translation>
    </message>
    <message>
        <source>from the DNS servers</source>
        <translation>von den DNS-Servern</translation>
    </message>
    <message>
        <source>Addresses found</source>
        <translation>Gefundene Adressen</translation>
    </message>
    <message>
        <source>Addresses found (%1)</source>
        <translation>Gefundene Adressen (%1)</translation>
    </message>
    <message>
        <source>No address was found: %1.</source>
        <translation>Es wurde keine Adresse gefunden: %1.</translation>
    </message>
    <message>
        <source>DNS servers asked</source>
        <translation>Gefragte DNS-Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Configured DNS servers: %1.</source>
        <translation>Eingerichtete DNS-Server: %1.</translation>
    </message>
    <message>
        <source>Configured DNS servers (%1): %2.</source>
        <translation>Eingerichtete DNS-Server (%1): %2.</translation>
    </message>
    <message>
        <source>The hosts file %1 says %2 (line %3).</source>
        <translation>Die hosts-Datei %1 nennt %2 (Zeile %3).</translation>
    </message>
    <message>
        <source>Answers that block the name (a filter): %1.</source>
        <translation>Antworten, die den Namen blockieren (ein Filter): %1.</translation>
    </message>
    <message>
        <source>The expected address %1 is among the answers.</source>
        <translation>Die erwartete Adresse %1 ist unter den Antworten.</translation>
    </message>
    <message>
        <source>The expected address %1 is not among the answers.</source>
        <translation>Die erwartete Adresse %1 ist nicht unter den Antworten.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Meinten Sie: %1?</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>the proxy opened the way to the target</source>
        <translation>der Proxy hat den Weg zum Ziel geöffnet</translation>
    </message>
    <message>
        <source>the proxy asks for a sign-in</source>
        <translation>der Proxy verlangt eine Anmeldung</translation>
    </message>
    <message>
        <source>the proxy refused</source>
        <translation>der Proxy hat abgelehnt</translation>
    </message>
    <message>
        <source>the proxy closed the connection</source>
        <translation>der Proxy hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the proxy could not reach the target</source>
        <translation>der Proxy konnte das Ziel nicht erreichen</translation>
    </message>
    <message>
        <source>the proxy did not answer</source>
        <translation>der Proxy hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the proxy&apos;s port did not take the connection</source>
        <translation>der Port des Proxys hat die Verbindung nicht angenommen</translation>
    </message>
    <message>
        <source>the proxy&apos;s name was not found</source>
        <translation>der Name des Proxys wurde nicht gefunden</translation>
    </message>
    <message>
        <source>it answered, but not as a proxy</source>
        <translation>er hat geantwortet, aber nicht als Proxy</translation>
    </message>
    <message>
        <source>this kind of proxy cannot be tested</source>
        <translation>diese Art von Proxy kann nicht getestet werden</translation>
    </message>
    <message>
        <source>it failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>the expected answer: no sign-in page</source>
        <translation>die erwartete Antwort: keine Anmeldeseite</translation>
    </message>
    <message>
        <source>a sign-in page answered instead</source>
        <translation>stattdessen hat eine Anmeldeseite geantwortet</translation>
    </message>
    <message>
        <source>a sign-in page answered instead, from %1</source>
        <translation>stattdessen hat eine Anmeldeseite von %1 geantwortet</translation>
    </message>
    <message>
        <source>an unexpected answer (%1), which proves nothing either way</source>
        <translation>eine unerwartete Antwort (%1), die weder das eine noch das andere beweist</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>it failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings were left out on request.</source>
        <translation>Die Proxyeinstellungen des Systems wurden auf Wunsch ausgelassen.</translation>
    </message>
    <message>
        <source>The proxy to test was given: %1.</source>
        <translation>Der zu testende Proxy wurde angegeben: %1.</translation>
    </message>
    <message>
        <source>No proxy is configured: programs connect directly.</source>
        <translation>Es ist kein Proxy eingerichtet: Programme verbinden sich direkt.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Proxy settings (%1): %2.</source>
        <translation>Proxyeinstellungen (%1): %2.</translation>
    </message>
    <message>
        <source>The setting carries a sign-in (not shown).</source>
        <translation>Die Einstellung enthält Anmeldedaten (nicht angezeigt).</translation>
    </message>
    <message>
        <source>They could not be read completely: %1.</source>
        <translation>Sie konnten nicht vollständig gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Reading them took too long.</source>
        <translation>Das Lesen hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>Through %1: %2</source>
        <translation>Über %1: %2</translation>
    </message>
    <message>
        <source>(it said %1)</source>
        <translation>(seine Antwort: %1)</translation>
    </message>
    <message>
        <source>after %1.</source>
        <translation>nach %1.</translation>
    </message>
    <message>
        <source>It calls itself %1.</source>
        <translation>Er nennt sich %1.</translation>
    </message>
    <message>
        <source>Sign-in page check at %1: %2.</source>
        <translation>Prüfung auf eine Anmeldeseite bei %1: %2.</translation>
    </message>
    <message>
        <source>Page title: %1.</source>
        <translation>Seitentitel: %1.</translation>
    </message>
    <message>
        <source>NetworkManager says: %1.</source>
        <translation>NetworkManager meldet: %1.</translation>
    </message>
    <message>
        <source>NetworkManager could not be asked (%1).</source>
        <translation>NetworkManager konnte nicht gefragt werden (%1).</translation>
    </message>
    <message>
        <source>Firewalls on this computer</source>
        <translation>Firewalls auf diesem Computer</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>To look yourself</source>
        <translation>Selbst nachsehen</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>needs administrator rights</source>
        <translation>braucht Administratorrechte</translation>
    </message>
    <message>
        <source>not on this system</source>
        <translation>auf diesem System nicht vorhanden</translation>
    </message>
    <message>
        <source>let the connection through</source>
        <translation>lassen die Verbindung durch</translation>
    </message>
    <message>
        <source>block the connection</source>
        <translation>blockieren die Verbindung</translation>
    </message>
    <message>
        <source>may block the connection</source>
        <translation>können die Verbindung blockieren</translation>
    </message>
    <message>
        <source>could not be judged</source>
        <translation>konnten nicht beurteilt werden</translation>
    </message>
    <message numerus="yes">
        <source>The rules on this computer (%n read) %1.</source>
        <translation>
            <numerusform>Die Regeln dieses Computers (%n Regel gelesen) %1.</numerusform>
            <numerusform>Die Regeln dieses Computers (%n Regeln gelesen) %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>Rules that match</source>
        <translation>Zutreffende Regeln</translation>
    </message>
    <message>
        <source>%1. no answer</source>
        <translation>%1. keine Antwort</translation>
    </message>
    <message>
        <source>%1. %2 in %3</source>
        <translation>%1. %2 in %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Path trace (%1): %2.</source>
        <translation>Routenverfolgung (%1): %2.</translation>
    </message>
    <message>
        <source>no hop answered</source>
        <translation>kein Hop hat geantwortet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>refused (the host is up)</source>
        <translation>verweigert (der Host läuft)</translation>
    </message>
    <message>
        <source>port %1 on %2 (the reference host): %3</source>
        <translation>Port %1 auf %2 (der Referenzhost): %3</translation>
    </message>
    <message>
        <source>port %1 on %2: %3</source>
        <translation>Port %1 auf %2: %3</translation>
    </message>
    <message>
        <source>Other ports tried: %1.</source>
        <translation>Weitere versuchte Ports: %1.</translation>
    </message>
    <message>
        <source>Each address had up to %1; the test took %2.</source>
        <translation>Jede Adresse hatte bis zu %1; der Test dauerte %2.</translation>
    </message>
    <message>
        <source>It first waited %1 for a connection that had just come up.</source>
        <translation>Zuerst wurde %1 auf eine Verbindung gewartet, die gerade erst aktiv geworden war.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>This computer has %n connections open</source>
        <translation>
            <numerusform>Dieser Computer hat %n offene Verbindung</numerusform>
            <numerusform>Dieser Computer hat %n offene Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 local ports (%3–%4) are taken, %5 of them to this target.</source>
        <translation>%1 der %2 lokalen Ports (%3–%4) sind belegt, %5 davon für dieses Ziel.</translation>
    </message>
    <message>
        <source>The local ports could not be counted: %1.</source>
        <translation>Die lokalen Ports konnten nicht gezählt werden: %1.</translation>
    </message>
    <message>
        <source>the handshake succeeded</source>
        <translation>der Handshake war erfolgreich</translation>
    </message>
    <message>
        <source>the server does not speak TLS on this port</source>
        <translation>der Server spricht auf diesem Port kein TLS</translation>
    </message>
    <message>
        <source>the handshake failed</source>
        <translation>der Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>das Zertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <source>the certificate is not trusted</source>
        <translation>das Zertifikat ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>the certificate is for another name</source>
        <translation>das Zertifikat gilt für einen anderen Namen</translation>
    </message>
    <message>
        <source>it greeted</source>
        <translation>er hat eine Begrüßung gesendet</translation>
    </message>
    <message>
        <source>it said nothing first</source>
        <translation>er hat nicht von sich aus gesprochen</translation>
    </message>
    <message>
        <source>it answered</source>
        <translation>er hat geantwortet</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>die Antwort ist kein HTTP</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation>HTTP-Anfrage</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>%1 with %2: %3, after %4.</source>
        <translation>%1 mit %2: %3, nach %4.</translation>
    </message>
    <message>
        <source>The system said: %1</source>
        <translation>Das System meldete: %1</translation>
    </message>
    <message>
        <source>Name sent: %1.</source>
        <translation>Gesendeter Name: %1.</translation>
    </message>
    <message>
        <source>Agreed on %1 with %2.</source>
        <translation>Vereinbart: %1 mit %2.</translation>
    </message>
    <message>
        <source>Versions tried: %1.</source>
        <translation>Versuchte Versionen: %1.</translation>
    </message>
    <message>
        <source>The server sent the alert %1.</source>
        <translation>Der Server hat die Meldung %1 gesendet.</translation>
    </message>
    <message>
        <source>What the certificate check said</source>
        <translation>Was die Zertifikatsprüfung ergab</translation>
    </message>
    <message>
        <source>Certificates, the server&apos;s first</source>
        <translation>Zertifikate, das des Servers zuerst</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>itself</source>
        <translation>sich selbst</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate covers %1 and %n more names.</source>
        <translation>
            <numerusform>Das Zertifikat des Servers gilt für %1 und %n weiteren Namen.</numerusform>
            <numerusform>Das Zertifikat des Servers gilt für %1 und %n weitere Namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate covers: %1.</source>
        <translation>Das Zertifikat des Servers gilt für: %1.</translation>
    </message>
    <message>
        <source>The chain ends in %1, an authority added on this computer.</source>
        <translation>Die Kette endet bei %1, einer auf diesem Computer hinzugefügten Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The service greeted with %1.</source>
        <translation>Der Dienst hat sich mit %1 gemeldet.</translation>
    </message>
    <message>
        <source>The answer: %1.</source>
        <translation>Die Antwort: %1.</translation>
    </message>
    <message>
        <source>The answer: %1 (server %2).</source>
        <translation>Die Antwort: %1 (Server %2).</translation>
    </message>
    <message>
        <source>it stalled too</source>
        <translation>auch das blieb hängen</translation>
    </message>
    <message>
        <source>this system cannot choose the segment size</source>
        <translation>dieses System kann die Segmentgröße nicht festlegen</translation>
    </message>
    <message>
        <source>it failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Tried again with small segments (%1 bytes): %2.</source>
        <translation>Erneut versucht mit kleinen Segmenten (%1 Bytes): %2.</translation>
    </message>
    <message>
        <source>The route goes out of %1, MTU %2.</source>
        <translation>Die Route geht über %1, MTU %2.</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>Die Prüfliste</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>Was er gefunden hat</translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation>Versuchte Verbindungen</translation>
    </message>
    <message>
        <source>(started %1 into the check, took %2)</source>
        <translation>(gestartet %1 nach Beginn der Prüfung, Dauer %2)</translation>
    </message>
    <message>
        <source>The evidence, step by step</source>
        <translation>Die Belege, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Appendix: the raw data</source>
        <translation>Anhang: die Rohdaten</translation>
    </message>
    <message>
        <source>Everything the steps gathered, as tcpdoctor saves it in a .json report (the tcpdoctor-report/1 format).</source>
        <translation>Alles, was die Schritte gesammelt haben, so wie tcpdoctor es in einem .json-Bericht speichert (das Format tcpdoctor-report/1).</translation>
    </message>
    <message>
        <source>Show the raw data (JSON)</source>
        <translation>Rohdaten anzeigen (JSON)</translation>
    </message>
    <message>
        <source>The raw data</source>
        <translation>Die Rohdaten</translation>
    </message>
    <message>
        <source>Everything the steps gathered is attached to this PDF as %1 (the tcpdoctor-report/1 format): your PDF reader lists it with the attachments (often a paper clip), where it can be saved.</source>
        <translation>Alles, was die Schritte gesammelt haben, ist diesem PDF als %1 angehängt (das Format tcpdoctor-report/1): Ihr PDF-Programm führt die Datei bei den Anhängen auf (oft mit einer Büroklammer), wo Sie sie speichern können.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished</source>
        <translation>Die Prüfung wurde vor dem Ende angehalten</translation>
    </message>
    <message>
        <source>The check was cancelled: you stopped it or closed the window. The steps that had finished keep their answers; the others did not get to look.</source>
        <translation>Die Prüfung wurde abgebrochen: Sie haben sie angehalten oder das Fenster geschlossen. Fertige Schritte behalten ihre Antworten; die anderen kamen nicht mehr dazu.</translation>
    </message>
    <message>
        <source>Run the check again to get a verdict.</source>
        <translation>Prüfen Sie erneut, um ein Ergebnis zu erhalten.</translation>
    </message>
    <message>
        <source>You stopped the check (or closed the window), so there is no answer yet. The steps that had finished keep their answers.</source>
        <translation>Sie haben die Prüfung angehalten (oder das Fenster geschlossen), daher gibt es noch keine Antwort. Fertige Schritte behalten ihre Antworten.</translation>
    </message>
    <message>
        <source>Check again to get an answer.</source>
        <translation>Prüfen Sie erneut, um eine Antwort zu erhalten.</translation>
    </message>
</context>
<context>
    <name>ServeCli</name>
    <message>
        <source>--metrics takes this computer&apos;s address and a port, like 127.0.0.1:9116 or just 9116 (loopback), not &quot;%1&quot;.</source>
        <translation>--metrics nimmt eine Adresse dieses Computers und einen Port, etwa 127.0.0.1:9116 oder nur 9116 (Loopback), nicht „%1“.</translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Mit &quot;tcpdoctor --help&quot; sehen Sie die Optionen.</translation>
    </message>
    <message>
        <source>serve takes no target: the targets come with each request (/probe?target=HOST:PORT).</source>
        <translation>serve nimmt kein Ziel: Die Ziele kommen mit jeder Anfrage (/probe?target=HOST:PORT).</translation>
    </message>
    <message>
        <source>Say what to serve: tcpdoctor serve --metrics 127.0.0.1:9116</source>
        <translation>Sagen Sie, was bereitgestellt werden soll: tcpdoctor serve --metrics 127.0.0.1:9116</translation>
    </message>
    <message>
        <source>--max-in-flight must be a whole number from 1 to 256, not &quot;%1&quot;.</source>
        <translation>--max-in-flight muss eine ganze Zahl von 1 bis 256 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of milliseconds from 100 to 60000, not &quot;%1&quot;.</source>
        <translation>--timeout muss eine ganze Zahl von Millisekunden von 100 bis 60000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Say which target to check: /probe?target=HOST:PORT</source>
        <translation>Sagen Sie, welches Ziel geprüft werden soll: /probe?target=HOST:PORT</translation>
    </message>
    <message>
        <source>Too many checks at once (%1 running, more waiting); try again.</source>
        <translation>Zu viele Prüfungen auf einmal (%1 laufen, weitere warten); versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Cannot open %1 port %2: it is in use, or not an address of this computer.</source>
        <translation>%1 Port %2 kann nicht geöffnet werden: Er ist belegt, oder die Adresse gehört nicht zu diesem Computer.</translation>
    </message>
    <message>
        <source>tcpdoctor exporter on http://%1/probe?target=HOST:PORT (and /metrics). At most %2 checks at once. Ctrl+C stops it.</source>
        <translation>tcpdoctor-Exporter auf http://%1/probe?target=HOST:PORT (und /metrics). Höchstens %2 Prüfungen auf einmal. Strg+C beendet ihn.</translation>
    </message>
    <message>
        <source>Note: other computers can reach it and make this computer check any target; limit who may connect (a firewall rule for your Prometheus server).</source>
        <translation>Hinweis: Andere Computer können ihn erreichen und diesen Computer beliebige Ziele prüfen lassen; beschränken Sie, wer sich verbinden darf (eine Firewall-Regel für Ihren Prometheus-Server).</translation>
    </message>
    <message>
        <source>tcpdoctor exporter stopped.</source>
        <translation>tcpdoctor-Exporter beendet.</translation>
    </message>
</context>
<context>
    <name>ServiceStep</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The TLS handshake worked (%1), and the certificate is valid for %2.</source>
        <translation>Der TLS-Handshake hat funktioniert (%1), und das Zertifikat gilt für %2.</translation>
    </message>
    <message>
        <source>TLS works: %1, %2</source>
        <translation>TLS funktioniert: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Certificate issued by %1, valid until %2 (%n day(s) left).</source>
        <translation>
            <numerusform>Zertifikat ausgestellt von %1, gültig bis %2 (noch %n Tag).</numerusform>
            <numerusform>Zertifikat ausgestellt von %1, gültig bis %2 (noch %n Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Das Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>Das Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the certificate must be renewed before %1.</source>
        <translation>Informieren Sie den Administrator des Servers: Das Zertifikat muss vor dem %1 erneuert werden.</translation>
    </message>
    <message>
        <source>The service on port %1 does not speak TLS: it answered the TLS hello with something else.</source>
        <translation>Der Dienst auf Port %1 spricht kein TLS: Er hat auf das TLS-Hello mit etwas anderem geantwortet.</translation>
    </message>
    <message>
        <source>The connection was made, but the TLS hello got no answer in %1 s.</source>
        <translation>Die Verbindung kam zustande, aber das TLS-Hello bekam in %1 s keine Antwort.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake.</source>
        <translation>Der Server hat den TLS-Handshake beendet.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the alert &quot;%1&quot;.</source>
        <translation>Der Server hat den TLS-Handshake mit der Meldung „%1“ beendet.</translation>
    </message>
    <message>
        <source>The server closed the connection instead of answering the TLS hello.</source>
        <translation>Der Server hat die Verbindung geschlossen, statt auf das TLS-Hello zu antworten.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is only valid from %1.</source>
        <translation>Das Zertifikat des Servers gilt erst ab %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer (issued by %1).</source>
        <translation>Dieser Computer vertraut dem Zertifikat des Servers nicht (ausgestellt von %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for %1; it covers %2.</source>
        <translation>Das Zertifikat des Servers gilt nicht für %1; es gilt für %2.</translation>
    </message>
    <message>
        <source>The TLS check failed: %1</source>
        <translation>Die TLS-Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The certificate comes from an authority added on this computer: %1</source>
        <translation>Das Zertifikat stammt von einer Zertifizierungsstelle, die auf diesem Computer hinzugefügt wurde: %1</translation>
    </message>
    <message>
        <source>%1 is not one of the authorities that come with the system. It is your organisation&apos;s own authority, or a company proxy or security software that inspects encrypted connections. Browsers use this computer&apos;s list and work; programs with a list of their own (Java, Python, Node.js, git) do not know it and fail with certificate errors.</source>
        <translation>%1 gehört nicht zu den Zertifizierungsstellen, die mit dem System geliefert werden. Es ist die eigene Zertifizierungsstelle Ihrer Organisation oder ein Firmenproxy bzw. eine Sicherheitssoftware, die verschlüsselte Verbindungen untersucht. Browser verwenden die Liste dieses Computers und funktionieren; Programme mit einer eigenen Liste (Java, Python, Node.js, git) kennen sie nicht und scheitern mit Zertifikatsfehlern.</translation>
    </message>
    <message>
        <source>For such a program, add the authority to its own list: Java with keytool -importcert into its cacerts; Python with the REQUESTS_CA_BUNDLE or SSL_CERT_FILE variable; Node.js with NODE_EXTRA_CA_CERTS; git with http.sslCAInfo.</source>
        <translation>Fügen Sie bei einem solchen Programm die Zertifizierungsstelle zu seiner eigenen Liste hinzu: Java mit keytool -importcert in seine cacerts; Python mit der Variablen REQUESTS_CA_BUNDLE oder SSL_CERT_FILE; Node.js mit NODE_EXTRA_CA_CERTS; git mit http.sslCAInfo.</translation>
    </message>
    <message>
        <source>The service greeted: %1</source>
        <translation>Der Dienst hat sich gemeldet: %1</translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <translation>Begrüßung: %1</translation>
    </message>
    <message>
        <source>The service closed the connection without a word.</source>
        <translation>Der Dienst hat die Verbindung wortlos geschlossen.</translation>
    </message>
    <message>
        <source>The service accepted the connection but said nothing in %1 s.</source>
        <translation>Der Dienst hat die Verbindung angenommen, aber in %1 s nichts gesagt.</translation>
    </message>
    <message>
        <source>The second connection failed: %1</source>
        <translation>Die zweite Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The web server answered: %1</source>
        <translation>Der Webserver hat geantwortet: %1</translation>
    </message>
    <message>
        <source>HTTP answer: %1</source>
        <translation>HTTP-Antwort: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>The service answered, but not in HTTP: %1</source>
        <translation>Der Dienst hat geantwortet, aber nicht mit HTTP: %1</translation>
    </message>
    <message>
        <source>The service closed the connection without answering the request.</source>
        <translation>Der Dienst hat die Verbindung geschlossen, ohne die Anfrage zu beantworten.</translation>
    </message>
    <message>
        <source>The service did not answer the request in %1 s.</source>
        <translation>Der Dienst hat die Anfrage nicht in %1 s beantwortet.</translation>
    </message>
    <message>
        <source>Not tried: no connection to the port was made.</source>
        <translation>Nicht versucht: Es kam keine Verbindung zum Port zustande.</translation>
    </message>
    <message>
        <source>Not tried: the TLS check was turned off.</source>
        <translation>Nicht versucht: Die TLS-Prüfung war ausgeschaltet.</translation>
    </message>
    <message>
        <source>Not tried: tcpdoctor has no check for the service on port %1.</source>
        <translation>Nicht versucht: tcpdoctor hat keine Prüfung für den Dienst auf Port %1.</translation>
    </message>
    <message>
        <source>Not tried: this computer&apos;s TLS library could not be loaded.</source>
        <translation>Nicht versucht: Die TLS-Bibliothek dieses Computers konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The TLS handshake</source>
        <translation>Der TLS-Handshake</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Die Anfrage</translation>
    </message>
    <message>
        <source>Large packets from the server are lost on the way. %1 got no answer, then worked on a connection that asks for small packets (at most %2 bytes).</source>
        <translation>Große Pakete vom Server gehen unterwegs verloren. %1 bekam keine Antwort, funktionierte dann aber auf einer Verbindung, die kleine Pakete anfordert (höchstens %2 Bytes).</translation>
    </message>
    <message>
        <source>Small packets pass, large ones are lost (a path MTU black hole)</source>
        <translation>Kleine Pakete kommen durch, große gehen verloren (ein Path-MTU-Black-Hole)</translation>
    </message>
    <message>
        <source>This computer sends through %1, MTU %2 bytes.</source>
        <translation>Dieser Computer sendet über %1, MTU %2 Bytes.</translation>
    </message>
    <message>
        <source>A second try with small packets got no answer either.</source>
        <translation>Ein zweiter Versuch mit kleinen Paketen bekam ebenfalls keine Antwort.</translation>
    </message>
    <message>
        <source>tcpdoctor could not try again with small packets on this system.</source>
        <translation>tcpdoctor konnte es auf diesem System nicht erneut mit kleinen Paketen versuchen.</translation>
    </message>
    <message>
        <source>The second try with small packets could not connect (%1).</source>
        <translation>Der zweite Versuch mit kleinen Paketen konnte keine Verbindung herstellen (%1).</translation>
    </message>
    <message>
        <source>Whether the authority %1 came with the system or was added on this computer could not be checked here.</source>
        <translation>Ob die Zertifizierungsstelle %1 mit dem System geliefert oder auf diesem Computer hinzugefügt wurde, ließ sich hier nicht prüfen.</translation>
    </message>
    <message>
        <source>This computer keeps it in: %1.</source>
        <translation>Dieser Computer bewahrt sie hier auf: %1.</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Web (HTTP)</source>
        <translation>Web (HTTP)</translation>
    </message>
    <message>
        <source>Secure web (HTTPS)</source>
        <translation>Sicheres Web (HTTPS)</translation>
    </message>
    <message>
        <source>Remote shell (SSH)</source>
        <translation>Fernzugriff per Shell (SSH)</translation>
    </message>
    <message>
        <source>Remote Desktop (RDP)</source>
        <translation>Remotedesktop (RDP)</translation>
    </message>
    <message>
        <source>Windows file sharing (SMB)</source>
        <translation>Windows-Dateifreigabe (SMB)</translation>
    </message>
    <message>
        <source>Mail server to server (SMTP)</source>
        <translation>Mail von Server zu Server (SMTP)</translation>
    </message>
    <message>
        <source>Sending mail (SMTP submission)</source>
        <translation>Mail senden (SMTP Submission)</translation>
    </message>
    <message>
        <source>Reading mail (IMAP over TLS)</source>
        <translation>Mail lesen (IMAP über TLS)</translation>
    </message>
    <message>
        <source>Microsoft SQL Server</source>
        <translation>Microsoft SQL Server</translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>MySQL / MariaDB database</source>
        <translation>MySQL-/MariaDB-Datenbank</translation>
    </message>
    <message>
        <source>File transfer (FTP)</source>
        <translation>Dateiübertragung (FTP)</translation>
    </message>
    <message>
        <source>Telnet</source>
        <translation>Telnet</translation>
    </message>
    <message>
        <source>DNS over TCP</source>
        <translation>DNS über TCP</translation>
    </message>
    <message>
        <source>Reading mail (POP3)</source>
        <translation>Mail lesen (POP3)</translation>
    </message>
    <message>
        <source>Reading mail (IMAP)</source>
        <translation>Mail lesen (IMAP)</translation>
    </message>
    <message>
        <source>Directory (LDAP)</source>
        <translation>Verzeichnis (LDAP)</translation>
    </message>
    <message>
        <source>Directory over TLS (LDAPS)</source>
        <translation>Verzeichnis über TLS (LDAPS)</translation>
    </message>
    <message>
        <source>Sending mail over TLS (SMTPS)</source>
        <translation>Mail senden über TLS (SMTPS)</translation>
    </message>
    <message>
        <source>Reading mail over TLS (POP3S)</source>
        <translation>Mail lesen über TLS (POP3S)</translation>
    </message>
    <message>
        <source>Kerberos</source>
        <translation>Kerberos</translation>
    </message>
    <message>
        <source>Windows Remote Management</source>
        <translation>Windows-Remoteverwaltung</translation>
    </message>
    <message>
        <source>Screen sharing (VNC)</source>
        <translation>Bildschirmfreigabe (VNC)</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>Message queue (AMQP)</source>
        <translation>Nachrichtenwarteschlange (AMQP)</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>Web, alternative port (8080)</source>
        <translation>Web, alternativer Port (8080)</translation>
    </message>
    <message>
        <source>Secure web, alternative port (8443)</source>
        <translation>Sicheres Web, alternativer Port (8443)</translation>
    </message>
    <message>
        <source>Oracle database</source>
        <translation>Oracle-Datenbank</translation>
    </message>
    <message>
        <source>NFS file sharing</source>
        <translation>NFS-Dateifreigabe</translation>
    </message>
    <message>
        <source>rsync</source>
        <translation>rsync</translation>
    </message>
    <message>
        <source>Printing (IPP)</source>
        <translation>Drucken (IPP)</translation>
    </message>
    <message>
        <source>Telephony (SIP)</source>
        <translation>Telefonie (SIP)</translation>
    </message>
    <message>
        <source>Chat (XMPP)</source>
        <translation>Chat (XMPP)</translation>
    </message>
</context>
<context>
    <name>SettingsGuard</name>
    <message>
        <source>all settings</source>
        <translation>alle Einstellungen</translation>
    </message>
    <message>
        <source>the list of recent targets</source>
        <translation>die Liste der letzten Ziele</translation>
    </message>
    <message>
        <source>your choices on the first page</source>
        <translation>Ihre Auswahl auf der ersten Seite</translation>
    </message>
    <message>
        <source>the window size</source>
        <translation>die Fenstergröße</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>die Sprache</translation>
    </message>
    <message>
        <source>Some saved settings were damaged and have been reset: %1. Nothing else was affected.</source>
        <translation>Einige gespeicherte Einstellungen waren beschädigt und wurden zurückgesetzt: %1. Sonst ist nichts betroffen.</translation>
    </message>
    <message>
        <source>The saved settings could not be read and were reset to the defaults. Nothing else was affected.</source>
        <translation>Die gespeicherten Einstellungen waren nicht lesbar und wurden auf die Standardwerte zurückgesetzt. Sonst ist nichts betroffen.</translation>
    </message>
    <message>
        <source>the sign-in page check address</source>
        <translation>die Prüfadresse für Anmeldeseiten</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>What to do next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>What to try next:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <source>%1 — taking longer than its %2 s</source>
        <translation>%1 – dauert länger als die vorgesehenen %2 s</translation>
    </message>
    <message>
        <source>%1 — up to %2 s, %3 s left</source>
        <translation>%1 – bis zu %2 s, noch %3 s</translation>
    </message>
</context>
<context>
    <name>StepWait</name>
    <message>
        <source>Looking at this computer&apos;s network connections</source>
        <translation>Prüfung der Netzwerkverbindungen dieses Computers</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s addresses and asking its router</source>
        <translation>Lesen der Adressen dieses Computers und Abfrage seines Routers</translation>
    </message>
    <message>
        <source>Waiting for the address of %1</source>
        <translation>Warten auf die Adresse von %1</translation>
    </message>
    <message>
        <source>Reading the proxy settings and looking for a sign-in page</source>
        <translation>Lesen der Proxyeinstellungen und Suche nach einer Anmeldeseite</translation>
    </message>
    <message numerus="yes">
        <source>%n addresses of %1</source>
        <translation>
            <numerusform>%n Adresse von %1</numerusform>
            <numerusform>%n Adressen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for an answer from %1 port %2</source>
        <translation>Warten auf eine Antwort von %1 Port %2</translation>
    </message>
    <message>
        <source>Looking at this computer&apos;s firewall and where on the way to %1 the connection stops</source>
        <translation>Prüfung der Firewall dieses Computers und der Stelle auf dem Weg zu %1, an der die Verbindung stoppt</translation>
    </message>
    <message>
        <source>Waiting for the service on %1 port %2 to answer</source>
        <translation>Warten auf die Antwort des Dienstes auf %1 Port %2</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Not checked: left out with --steps.</source>
        <translation>Nicht geprüft: mit --steps ausgelassen.</translation>
    </message>
    <message>
        <source>Physical link</source>
        <translation>Physische Verbindung</translation>
    </message>
    <message>
        <source>IP configuration</source>
        <translation>IP-Konfiguration</translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Namensauflösung (DNS)</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Port test</source>
        <translation>Porttest</translation>
    </message>
    <message>
        <source>Not checked yet: this version of tcpdoctor does not have this step.</source>
        <translation>Noch nicht geprüft: Diese Version von tcpdoctor hat diesen Schritt nicht.</translation>
    </message>
    <message>
        <source>Not checked: the check was stopped before this step finished.</source>
        <translation>Nicht geprüft: Die Prüfung wurde abgebrochen, bevor dieser Schritt abgeschlossen war.</translation>
    </message>
    <message>
        <source>The service answers</source>
        <translation>Der Dienst antwortet</translation>
    </message>
    <message>
        <source>Proxy and sign-in page</source>
        <translation>Proxy und Anmeldeseite</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>The computer name is missing: write it before the port, like example.com:443.</source>
        <translation>Der Computername fehlt: Schreiben Sie ihn vor den Port, z. B. example.com:443.</translation>
    </message>
    <message>
        <source>A computer name cannot contain spaces: check what you pasted.</source>
        <translation>Ein Computername darf keine Leerzeichen enthalten: Prüfen Sie, was Sie eingefügt haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an IPv6 address but is not a valid one.</source>
        <translation>„%1“ sieht aus wie eine IPv6-Adresse, ist aber keine gültige.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address: it needs four numbers from 0 to 255, like 192.0.2.10.</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse: Sie braucht vier Zahlen von 0 bis 255, z. B. 192.0.2.10.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots: check the name.</source>
        <translation>„%1“ hat einen leeren Teil zwischen zwei Punkten: Prüfen Sie den Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid computer name.</source>
        <translation>„%1“ ist kein gültiger Computername.</translation>
    </message>
    <message>
        <source>The name is too long: a computer name has at most 253 characters.</source>
        <translation>Der Name ist zu lang: Ein Computername hat höchstens 253 Zeichen.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the name is too long: each part between dots has at most 63 characters.</source>
        <translation>Der Teil „%1“ des Namens ist zu lang: Jeder Teil zwischen Punkten hat höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters a computer name cannot have.</source>
        <translation>„%1“ enthält Zeichen, die ein Computername nicht haben darf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid computer name: a part cannot start or end with a hyphen.</source>
        <translation>„%1“ ist kein gültiger Computername: Ein Teil darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <source>The port is missing: add it after a colon, like example.com:443.</source>
        <translation>Der Port fehlt: Fügen Sie ihn nach einem Doppelpunkt an, z. B. example.com:443.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number: ports are whole numbers from 1 to 65535.</source>
        <translation>„%1“ ist keine Portnummer: Ports sind ganze Zahlen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Port 0 cannot be reached: use a port from 1 to 65535.</source>
        <translation>Port 0 ist nicht erreichbar: Verwenden Sie einen Port von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Port %1 does not exist: ports go from 1 to 65535.</source>
        <translation>Port %1 gibt es nicht: Ports reichen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number or a service tcpdoctor knows: use a number from 1 to 65535.</source>
        <translation>„%1“ ist weder eine Portnummer noch ein Dienst, den tcpdoctor kennt: Verwenden Sie eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Please enter the name or address of the computer you want to reach, like example.com:443.</source>
        <translation>Bitte geben Sie den Namen oder die Adresse des Computers ein, den Sie erreichen möchten, z. B. example.com:443.</translation>
    </message>
    <message>
        <source>What you entered contains invisible control characters: type the name again.</source>
        <translation>Ihre Eingabe enthält unsichtbare Steuerzeichen: Geben Sie den Namen erneut ein.</translation>
    </message>
    <message>
        <source>This web address is not valid: check what you pasted.</source>
        <translation>Diese Webadresse ist ungültig: Prüfen Sie, was Sie eingefügt haben.</translation>
    </message>
    <message>
        <source>This address has no computer name in it: it should look like https://example.com/.</source>
        <translation>Diese Adresse enthält keinen Computernamen: Sie sollte so aussehen: https://example.com/.</translation>
    </message>
    <message>
        <source>tcpdoctor does not know which port &quot;%1://&quot; uses: add it, like %1://%2:PORT/.</source>
        <translation>tcpdoctor weiß nicht, welchen Port „%1://“ verwendet: Geben Sie ihn an, z. B. %1://%2:PORT/.</translation>
    </message>
    <message>
        <source>The address has a &quot;[&quot; but no closing &quot;]&quot;: write IPv6 addresses like [2001:db8::1]:22.</source>
        <translation>Die Adresse hat ein „[“, aber kein schließendes „]“: Schreiben Sie IPv6-Adressen wie [2001:db8::1]:22.</translation>
    </message>
    <message>
        <source>The port is missing after the colon.</source>
        <translation>Nach dem Doppelpunkt fehlt der Port.</translation>
    </message>
    <message>
        <source>Unexpected text after &quot;]&quot;: write IPv6 addresses like [2001:db8::1]:22.</source>
        <translation>Unerwarteter Text nach „]“: Schreiben Sie IPv6-Adressen wie [2001:db8::1]:22.</translation>
    </message>
    <message>
        <source>The address has a &quot;]&quot; but no opening &quot;[&quot;: write IPv6 addresses like [2001:db8::1]:22.</source>
        <translation>Die Adresse hat ein „]“, aber kein öffnendes „[“: Schreiben Sie IPv6-Adressen wie [2001:db8::1]:22.</translation>
    </message>
    <message>
        <source>Two different ports were given (%1 and %2): give only one.</source>
        <translation>Es wurden zwei verschiedene Ports angegeben (%1 und %2): Geben Sie nur einen an.</translation>
    </message>
    <message>
        <source>Which port? Write IPv6 addresses with the port like [2001:db8::1]:22, or give --port.</source>
        <translation>Welcher Port? Schreiben Sie IPv6-Adressen mit Port wie [2001:db8::1]:22, oder verwenden Sie --port.</translation>
    </message>
    <message>
        <source>Which port? Add it after a colon, like %1:443, or choose a service.</source>
        <translation>Welcher Port? Fügen Sie ihn nach einem Doppelpunkt an, z. B. %1:443, oder wählen Sie einen Dienst.</translation>
    </message>
    <message>
        <source>This computer has no network interface &quot;%1&quot; (the part after % in %2): use the name or number of one of its interfaces.</source>
        <translation>Dieser Computer hat keine Netzwerkschnittstelle „%1“ (der Teil nach % in %2): Verwenden Sie den Namen oder die Nummer einer seiner Schnittstellen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid computer name: write the port after one colon, like example.com:443.</source>
        <translation>„%1“ ist kein gültiger Computername: Schreiben Sie den Port nach einem Doppelpunkt, z. B. example.com:443.</translation>
    </message>
    <message>
        <source>A computer name cannot contain spaces. Did you mean %1?</source>
        <translation>Ein Computername darf keine Leerzeichen enthalten. Meinten Sie %1?</translation>
    </message>
    <message>
        <source>A computer name cannot contain spaces: write the name, a colon and the port, like example.com:443.</source>
        <translation>Ein Computername darf keine Leerzeichen enthalten: Schreiben Sie den Namen, einen Doppelpunkt und den Port, etwa example.com:443.</translation>
    </message>
</context>
<context>
    <name>TcpStates</name>
    <message>
        <source>open (ESTABLISHED)</source>
        <translation>offen (ESTABLISHED)</translation>
    </message>
    <message>
        <source>closed, keeping their port for a while (TIME_WAIT)</source>
        <translation>geschlossen, Port noch eine Weile belegt (TIME_WAIT)</translation>
    </message>
    <message>
        <source>closed by the other side, not yet by the program (CLOSE_WAIT)</source>
        <translation>von der Gegenseite geschlossen, vom Programm noch nicht (CLOSE_WAIT)</translation>
    </message>
    <message>
        <source>connecting (SYN_SENT)</source>
        <translation>im Aufbau (SYN_SENT)</translation>
    </message>
    <message>
        <source>half-open (SYN_RECV)</source>
        <translation>halb offen (SYN_RECV)</translation>
    </message>
    <message>
        <source>listening (LISTEN)</source>
        <translation>lauschend (LISTEN)</translation>
    </message>
    <message>
        <source>closing (%1)</source>
        <translation>im Abbau (%1)</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>refused (RST)</source>
        <translation>verweigert (RST)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>name not found</source>
        <translation>Name nicht gefunden</translation>
    </message>
    <message>
        <source>accepted, then reset</source>
        <translation>angenommen, dann zurückgesetzt</translation>
    </message>
    <message>
        <source>accepted, then closed</source>
        <translation>angenommen, dann geschlossen</translation>
    </message>
    <message>
        <source>No attempt was made</source>
        <translation>Es wurde kein Versuch unternommen</translation>
    </message>
    <message>
        <source>The watch was stopped before its first attempt.</source>
        <translation>Die Überwachung wurde vor ihrem ersten Versuch angehalten.</translation>
    </message>
    <message>
        <source>Start it again and let it run.</source>
        <translation>Starten Sie sie erneut und lassen Sie sie laufen.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 did not answer a single time</source>
        <translation>%1 hat kein einziges Mal geantwortet</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n attempt(s) made a connection (%1). This is not a problem that comes and goes: the connection does not work at all right now.</source>
        <translation>
            <numerusform>%n Versuch hat keine Verbindung hergestellt (%1). Das ist kein Problem, das kommt und geht: Die Verbindung funktioniert im Moment überhaupt nicht.</numerusform>
            <numerusform>Keiner der %n Versuche hat eine Verbindung hergestellt (%1). Das ist kein Problem, das kommt und geht: Die Verbindung funktioniert im Moment überhaupt nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor diagnose %1&quot; to find out where it fails.</source>
        <translation>Führen Sie &quot;tcpdoctor diagnose %1&quot; aus, um herauszufinden, wo es scheitert.</translation>
    </message>
    <message>
        <source>Run the watch again with --until-open and a longer --duration to be told when it works again.</source>
        <translation>Starten Sie die Überwachung erneut mit --until-open und einer längeren --duration, um zu erfahren, wann die Verbindung wieder funktioniert.</translation>
    </message>
    <message>
        <source>The connection to %1 works only sometimes</source>
        <translation>Die Verbindung zu %1 funktioniert nur manchmal</translation>
    </message>
    <message>
        <source>%1 of %2 attempts made a connection; the others failed (%3). The longest outage lasted %4 s.</source>
        <translation>%1 von %2 Versuchen haben eine Verbindung hergestellt; die anderen sind fehlgeschlagen (%3). Der längste Ausfall dauerte %4 s.</translation>
    </message>
    <message numerus="yes">
        <source>The name led to %n different address(es): %1. If the failures are all on one of them, that server (or its way) is the broken one.</source>
        <translation>
            <numerusform>Der Name führte zu %n Adresse: %1. Treten alle Fehlschläge bei dieser Adresse auf, liegt das Problem bei diesem Server (oder auf dem Weg dorthin).</numerusform>
            <numerusform>Der Name führte zu %n verschiedenen Adressen: %1. Treten alle Fehlschläge bei einer davon auf, liegt das Problem bei diesem Server (oder auf dem Weg dorthin).</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts without any answer mean packets were lost or dropped: a congested or faulty link, Wi-Fi, or a firewall or server that is overloaded. Run the watch from another network to see which side it is.</source>
        <translation>Versuche ganz ohne Antwort bedeuten, dass Pakete verloren gingen oder verworfen wurden: eine überlastete oder gestörte Leitung, das WLAN oder eine überlastete Firewall bzw. ein überlasteter Server. Starten Sie die Überwachung aus einem anderen Netzwerk, um zu sehen, auf welcher Seite das Problem liegt.</translation>
    </message>
    <message>
        <source>Refused attempts mean the service was not there at that moment: it restarts, crashes, or one of several servers behind the name has it stopped.</source>
        <translation>Verweigerte Versuche bedeuten, dass der Dienst in diesem Moment nicht da war: Er wird neu gestartet, stürzt ab, oder auf einem von mehreren Servern hinter dem Namen ist er gestoppt.</translation>
    </message>
    <message>
        <source>Give the times of the failures to the administrator of the server or the network.</source>
        <translation>Nennen Sie dem Administrator des Servers oder des Netzwerks die Uhrzeiten der Fehlschläge.</translation>
    </message>
    <message numerus="yes">
        <source>Every attempt worked, but %n of them took about a second or more</source>
        <translation>
            <numerusform>Jeder Versuch hat funktioniert, aber %n davon dauerte etwa eine Sekunde oder länger</numerusform>
            <numerusform>Jeder Versuch hat funktioniert, aber %n davon dauerten etwa eine Sekunde oder länger</numerusform>
        </translation>
    </message>
    <message>
        <source>A handshake that takes about 1 s or 3 s while the others take %1 means the first packet (SYN or SYN-ACK) was lost and sent again after the system&apos;s waiting time: packets are being lost on the way. Programs feel this as random slowness.</source>
        <translation>Ein Handshake, der etwa 1 s oder 3 s dauert, während die anderen %1 brauchen, bedeutet: Das erste Paket (SYN oder SYN-ACK) ging verloren und wurde nach der Wartezeit des Systems erneut gesendet. Unterwegs gehen also Pakete verloren. Programme wirken dadurch zufällig langsam.</translation>
    </message>
    <message>
        <source>Look for the loss: Wi-Fi signal, a faulty cable, a full link (large downloads), or an overloaded server or firewall.</source>
        <translation>Suchen Sie, wo die Pakete verloren gehen: WLAN-Empfang, ein defektes Kabel, eine ausgelastete Leitung (große Downloads) oder ein überlasteter Server bzw. eine überlastete Firewall.</translation>
    </message>
    <message>
        <source>Run the watch from another computer on the same network: if it is slow there too, the problem is not this computer.</source>
        <translation>Starten Sie die Überwachung auf einem anderen Computer im selben Netzwerk: Ist es dort auch langsam, liegt das Problem nicht an diesem Computer.</translation>
    </message>
    <message>
        <source>The connection to %1 worked every time</source>
        <translation>Die Verbindung zu %1 hat jedes Mal funktioniert</translation>
    </message>
    <message numerus="yes">
        <source>All %n attempt(s) made a connection, in %1 to %2.</source>
        <translation>
            <numerusform>%n Versuch hat eine Verbindung hergestellt, in %1 bis %2.</numerusform>
            <numerusform>Alle %n Versuche haben eine Verbindung hergestellt, in %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>If a program still fails now and then, the problem is above the connection: the service&apos;s answers, a proxy, or the program&apos;s own time-outs. Keep the watch running (--duration) while it happens.</source>
        <translation>Wenn ein Programm trotzdem ab und zu scheitert, liegt das Problem nicht an der Verbindung, sondern darüber: bei den Antworten des Dienstes, einem Proxy oder den eigenen Zeitlimits des Programms. Lassen Sie die Überwachung laufen (--duration), während es passiert.</translation>
    </message>
    <message>
        <source>%1 of %2 attempts made a connection (%3 %).</source>
        <translation>%1 von %2 Versuchen haben eine Verbindung hergestellt (%3 %).</translation>
    </message>
    <message>
        <source>Handshake times: shortest %1, median %2, 95 % under %3, longest %4.</source>
        <translation>Handshake-Zeiten: kürzeste %1, Median %2, 95 % unter %3, längste %4.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n attempt(s).</source>
        <translation>
            <numerusform>Nach %n Versuch angehalten.</numerusform>
            <numerusform>Nach %n Versuchen angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>from port %1</source>
        <translation>von Port %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>rejected by a firewall (ICMP)</source>
        <translation>von einer Firewall abgelehnt (ICMP)</translation>
    </message>
    <message>
        <source>host unreachable (ICMP)</source>
        <translation>Host nicht erreichbar (ICMP)</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>blocked on this computer</source>
        <translation>auf diesem Computer blockiert</translation>
    </message>
    <message>
        <source>could not be tried</source>
        <translation>konnte nicht versucht werden</translation>
    </message>
    <message>
        <source>Check %1 step by step to find out where it fails.</source>
        <translation>Prüfen Sie %1 Schritt für Schritt, um herauszufinden, wo es scheitert.</translation>
    </message>
    <message>
        <source>Watch again with more attempts to be told when it works again.</source>
        <translation>Starten Sie die Überwachung erneut mit mehr Versuchen, um zu erfahren, wann die Verbindung wieder funktioniert.</translation>
    </message>
    <message>
        <source>It works now: try your program again.</source>
        <translation>Jetzt funktioniert es: Probieren Sie Ihr Programm erneut aus.</translation>
    </message>
    <message>
        <source>%1 works again</source>
        <translation>%1 funktioniert wieder</translation>
    </message>
    <message numerus="yes">
        <source>It made a connection at attempt %1, after %n failed attempt(s) (%2) over %3 s.</source>
        <translation>
            <numerusform>Versuch %1 hat eine Verbindung hergestellt, nach %n Fehlversuch (%2) in %3 s.</numerusform>
            <numerusform>Versuch %1 hat eine Verbindung hergestellt, nach %n Fehlversuchen (%2) in %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>If a program still fails now and then, the problem is above the connection: the service&apos;s answers, a proxy, or the program&apos;s own time-outs. Watch with more attempts while it happens.</source>
        <translation>Wenn ein Programm trotzdem ab und zu scheitert, liegt das Problem nicht an der Verbindung, sondern darüber: bei den Antworten des Dienstes, einem Proxy oder den eigenen Zeitlimits des Programms. Lassen Sie die Überwachung mit mehr Versuchen laufen, während es passiert.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .jsonl.</source>
        <translation>Wählen Sie einen Dateinamen, der auf .csv oder .jsonl endet.</translation>
    </message>
    <message>
        <source>Line %1 is not a saved watch (not JSON): save the watch again as JSON Lines.</source>
        <translation>Zeile %1 ist keine gespeicherte Überwachung (kein JSON): Speichern Sie die Überwachung erneut als JSON Lines.</translation>
    </message>
    <message>
        <source>Line %1 is damaged (an attempt without its number, time or outcome).</source>
        <translation>Zeile %1 ist beschädigt (ein Versuch ohne Nummer, Zeitpunkt oder Ergebnis).</translation>
    </message>
    <message>
        <source>The file has no attempts of a watch in it.</source>
        <translation>Die Datei enthält keine Versuche einer Überwachung.</translation>
    </message>
</context>
<context>
    <name>WatchCli</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Mit &quot;tcpdoctor --help&quot; sehen Sie die Optionen.</translation>
    </message>
    <message>
        <source>Give one target to watch, like: tcpdoctor watch example.com:443</source>
        <translation>Geben Sie ein Ziel zum Überwachen an, z. B.: tcpdoctor watch example.com:443</translation>
    </message>
    <message>
        <source>Give --count or --duration, not both.</source>
        <translation>Geben Sie --count oder --duration an, nicht beides.</translation>
    </message>
    <message numerus="yes">
        <source>for %n second(s)</source>
        <translation>
            <numerusform>%n Sekunde lang</numerusform>
            <numerusform>%n Sekunden lang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 %2, every %3 ms%4. Ctrl+C stops.</source>
        <translation>Verbindung zu %1 wird %2 aufgebaut, alle %3 ms%4. Strg+C beendet.</translation>
    </message>
    <message>
        <source>, until it works</source>
        <translation>, bis sie funktioniert</translation>
    </message>
</context>
<context>
    <name>tcpd::core::TestListener</name>
    <message>
        <source>The test listener needs a port from 1 to 65535 and a time from 1 to %1 seconds.</source>
        <translation>Der Test-Listener braucht einen Port von 1 bis 65535 und eine Zeit von 1 bis %1 Sekunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Give one of this computer&apos;s addresses, or leave it out for all.</source>
        <translation>„%1“ ist keine IP-Adresse. Geben Sie eine der Adressen dieses Computers an, oder lassen Sie sie weg für alle.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer (its addresses: %2).</source>
        <translation>%1 ist keine Adresse dieses Computers (seine Adressen: %2).</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Port %1 is in use: %2 listens there. Stop that program first, or test another port.</source>
        <translation>Port %1 ist belegt: %2 lauscht dort. Beenden Sie zuerst dieses Programm, oder testen Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>Port %1 is in use by a program the system does not show to this user. Stop it first, or test another port.</source>
        <translation>Port %1 ist von einem Programm belegt, das das System diesem Benutzer nicht zeigt. Beenden Sie es zuerst, oder testen Sie einen anderen Port.</translation>
    </message>
    <message>
        <source>This user may not open port %1: ports below 1024 need administrator (root) rights.</source>
        <translation>Dieser Benutzer darf Port %1 nicht öffnen: Ports unter 1024 brauchen Administratorrechte (root).</translation>
    </message>
    <message>
        <source>The test listener could not open port %1: %2</source>
        <translation>Der Test-Listener konnte Port %1 nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::BatchPage</name>
    <message>
        <source>the list</source>
        <translation>die Liste</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>das Netzwerk</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Open a list…</source>
        <translation>&amp;Liste öffnen…</translation>
    </message>
    <message>
        <source>&amp;Check the list</source>
        <translation>Liste &amp;prüfen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>&amp;Ergebnisse speichern…</translation>
    </message>
    <message>
        <source>Copy as table</source>
        <translation>Als Tabelle kopieren</translation>
    </message>
    <message>
        <source>Check a list of endpoints</source>
        <translation>Eine Liste von Zielen prüfen</translation>
    </message>
    <message>
        <source># one target a line; # starts a comment
example.com:443
192.0.2.10:3389</source>
        <translation># ein Ziel pro Zeile; # leitet einen Kommentar ein
example.com:443
192.0.2.10:3389</translation>
    </message>
    <message>
        <source>One target a line: a name or address and a port. Lines starting with # are ignored.</source>
        <translation>Ein Ziel pro Zeile: ein Name oder eine Adresse und ein Port. Zeilen, die mit # beginnen, werden ignoriert.</translation>
    </message>
    <message>
        <source>Read the list from a text file</source>
        <translation>Die Liste aus einer Textdatei lesen</translation>
    </message>
    <message>
        <source>Check every target in the list now</source>
        <translation>Jetzt jedes Ziel der Liste prüfen</translation>
    </message>
    <message>
        <source>Stop checking; the answers so far stay</source>
        <translation>Prüfung anhalten; bisherige Antworten bleiben</translation>
    </message>
    <message>
        <source>Save the results as a Markdown table, CSV for a spreadsheet, or JSON Lines</source>
        <translation>Ergebnisse als Markdown-Tabelle, CSV für eine Tabellenkalkulation oder JSON Lines speichern</translation>
    </message>
    <message>
        <source>Copy the results as a Markdown table to paste into a ticket</source>
        <translation>Ergebnisse als Markdown-Tabelle kopieren, zum Einfügen in ein Ticket</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Double-click a target to run the whole checklist on it</source>
        <translation>Doppelklicken Sie auf ein Ziel, um die ganze Prüfliste dafür auszuführen</translation>
    </message>
    <message>
        <source>Results, one row a target</source>
        <translation>Ergebnisse, eine Zeile pro Ziel</translation>
    </message>
    <message>
        <source>Open a list of targets</source>
        <translation>Liste von Zielen öffnen</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Textdateien (*.txt *.csv *.list);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>Markdown table (*.md);;CSV for a spreadsheet (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>Markdown-Tabelle (*.md);;CSV für Tabellenkalkulation (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the table (%n row(s)).</source>
        <translation>
            <numerusform>Tabelle kopiert (%n Zeile).</numerusform>
            <numerusform>Tabelle kopiert (%n Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Gelesen: %1.</translation>
    </message>
    <message>
        <source>The list has no targets yet: write one a line, for example example.com:443.</source>
        <translation>Die Liste enthält noch keine Ziele: Schreiben Sie eines pro Zeile, z. B. example.com:443.</translation>
    </message>
    <message>
        <source>The list has %1 targets; tcpdoctor checks at most %2 at a time: split it.</source>
        <translation>Die Liste enthält %1 Ziele; tcpdoctor prüft höchstens %2 auf einmal: Teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Stopped before the end of the list.</source>
        <translation>Vor dem Ende der Liste angehalten.</translation>
    </message>
    <message>
        <source>%1 of %2 checked: %3 reachable, %4 with a problem.</source>
        <translation>%1 von %2 geprüft: %3 erreichbar, %4 mit Problem.</translation>
    </message>
    <message>
        <source>Lines that are not targets: %1.</source>
        <translation>Zeilen, die keine Ziele sind: %1.</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB, much larger than a list of targets. If it is one, split it into smaller lists.</source>
        <translation>%1 ist größer als 4 MB, viel größer als eine Liste von Zielen. Falls es doch eine ist, teilen Sie sie in kleinere Listen auf.</translation>
    </message>
    <message>
        <source>The addresses a program needs, one a line, pasted or opened from a text file: tcpdoctor checks them all at once.</source>
        <translation>Die Adressen, die ein Programm braucht, eine pro Zeile, eingefügt oder aus einer Textdatei geöffnet: tcpdoctor prüft alle auf einmal.</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Nicht geprüft: %1.</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::CheckAllPage</name>
    <message>
        <source>Checking everything</source>
        <translation>Alles wird geprüft</translation>
    </message>
    <message>
        <source>Stop every check now</source>
        <translation>Alle Prüfungen jetzt beenden</translation>
    </message>
    <message>
        <source>Checking %1, port %2. This takes a few seconds at most.</source>
        <translation>%1, Port %2 wird geprüft. Das dauert höchstens ein paar Sekunden.</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1: wird geprüft…</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>S&amp;top the check</source>
        <translation>Prüfung an&amp;halten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::CompareDialog</name>
    <message>
        <source>What changed since the earlier report</source>
        <translation>Was sich seit dem früheren Bericht geändert hat</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Nothing changed since the report of %1: the same verdict, the same results.</source>
        <translation>Seit dem Bericht vom %1 hat sich nichts geändert: dasselbe Ergebnis, dieselben Resultate.</translation>
    </message>
    <message>
        <source>Something got worse since the report of %1.</source>
        <translation>Seit dem Bericht vom %1 ist etwas schlechter geworden.</translation>
    </message>
    <message>
        <source>Nothing got worse since the report of %1.</source>
        <translation>Seit dem Bericht vom %1 ist nichts schlechter geworden.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Open an earlier JSON report</source>
        <translation>Früheren JSON-Bericht öffnen</translation>
    </message>
    <message>
        <source>tcpdoctor JSON reports (*.json)</source>
        <translation>tcpdoctor-JSON-Berichte (*.json)</translation>
    </message>
    <message>
        <source>Compare reports</source>
        <translation>Berichte vergleichen</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::DetailsView</name>
    <message>
        <source>Show raw data</source>
        <translation>Rohdaten anzeigen</translation>
    </message>
    <message>
        <source>Copy raw data</source>
        <translation>Rohdaten kopieren</translation>
    </message>
    <message>
        <source>The data exactly as the check recorded it (JSON), for an administrator or a bug report</source>
        <translation>Die Daten genau so, wie die Prüfung sie aufgezeichnet hat (JSON), für einen Administrator oder einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Copy the raw data (JSON) to paste it into a ticket or a chat</source>
        <translation>Die Rohdaten (JSON) kopieren, um sie in ein Ticket oder einen Chat einzufügen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Hide raw data</source>
        <translation>Rohdaten ausblenden</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::ExplainPage</name>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>I have an error message</source>
        <translation>Ich habe eine Fehlermeldung</translation>
    </message>
    <message>
        <source>Paste the message the program showed, as it is: stack traces and log lines around it do no harm. tcpdoctor explains what happened to the connection.</source>
        <translation>Fügen Sie die Meldung des Programms unverändert ein: Stacktraces und Protokollzeilen drumherum schaden nicht. tcpdoctor erklärt, was mit der Verbindung passiert ist.</translation>
    </message>
    <message>
        <source>for example  No connection could be made because the target machine actively refused it. (localhost:5001)</source>
        <translation>zum Beispiel  Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte. (localhost:5001)</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Mögliche Ursachen, wahrscheinlichste zuerst:</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Was Sie prüfen sollten:</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Wann: %1.</translation>
    </message>
    <message>
        <source>The checklist steps that matter most here: %1.</source>
        <translation>Die wichtigsten Prüfschritte hier: %1.</translation>
    </message>
    <message>
        <source>Recognised from: &quot;%1&quot;</source>
        <translation>Erkannt an: „%1“</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>The message does not say which computer it tried to reach: you can type it when you start the checklist.</source>
        <translation>Die Meldung sagt nicht, welchen Computer das Programm erreichen wollte: Sie können ihn eingeben, wenn Sie die Prüfliste starten.</translation>
    </message>
    <message>
        <source>The message names %1, port %2.</source>
        <translation>Die Meldung nennt %1, Port %2.</translation>
    </message>
    <message>
        <source>The message names %1, but no port.</source>
        <translation>Die Meldung nennt %1, aber keinen Port.</translation>
    </message>
    <message>
        <source>Check %1 step by step</source>
        <translation>%1 Schritt für Schritt prüfen</translation>
    </message>
    <message>
        <source>See who holds port %1 on this computer</source>
        <translation>Anzeigen, wer Port %1 auf diesem Computer belegt</translation>
    </message>
    <message>
        <source>See what listens on this computer</source>
        <translation>Anzeigen, was auf diesem Computer lauscht</translation>
    </message>
    <message>
        <source>Check the certificate of %1 step by step</source>
        <translation>Das Zertifikat von %1 Schritt für Schritt prüfen</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::ExportDialog</name>
    <message>
        <source>&amp;Hide addresses and names (redact)</source>
        <translation>Adressen und Namen &amp;verbergen (schwärzen)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Copy ticket summary</source>
        <translation>Ticket-Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Web page (HTML): everything, with diagrams</source>
        <translation>Webseite (HTML): alles, mit Diagrammen</translation>
    </message>
    <message>
        <source>PDF document: the same, for printing and attaching</source>
        <translation>PDF-Dokument: dasselbe, zum Drucken und Anhängen</translation>
    </message>
    <message>
        <source>Markdown: short, for a ticket or a chat</source>
        <translation>Markdown: kurz, für ein Ticket oder einen Chat</translation>
    </message>
    <message>
        <source>Plain text: short</source>
        <translation>Nur Text: kurz</translation>
    </message>
    <message>
        <source>JSON: every detail, for scripts and for comparing later</source>
        <translation>JSON: jedes Detail, für Skripte und spätere Vergleiche</translation>
    </message>
    <message>
        <source>Replaces public IP addresses, MAC addresses, host names, this computer&apos;s name and your user name by placeholders such as public-ip-1 and host-1. Private addresses and ports stay.</source>
        <translation>Ersetzt öffentliche IP-Adressen, MAC-Adressen, Hostnamen, den Namen dieses Computers und Ihren Benutzernamen durch Platzhalter wie public-ip-1 und host-1. Private Adressen und Ports bleiben.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Puts a short Markdown summary on the clipboard, ready to paste into a ticket.</source>
        <translation>Legt eine kurze Markdown-Zusammenfassung in die Zwischenablage, bereit zum Einfügen in ein Ticket.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>The ticket summary (Markdown) is on the clipboard.</source>
        <translation>Die Ticket-Zusammenfassung (Markdown) ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::HandshakeDiagram</name>
    <message>
        <source>Handshake diagram</source>
        <translation>Handshake-Diagramm</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::IdlePage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Connections drop after a pause</source>
        <translation>Verbindungen brechen nach einer Pause ab</translation>
    </message>
    <message>
        <source>For a connection that dies when a program was silent for a while (errors 10053 or 10054 after a break): tcpdoctor keeps connections silent for longer and longer pauses and finds out how long one survives.</source>
        <translation>Für eine Verbindung, die abbricht, wenn ein Programm eine Weile still war (Fehler 10053 oder 10054 nach einer Pause): tcpdoctor hält Verbindungen immer länger still und findet heraus, wie lange eine überlebt.</translation>
    </message>
    <message>
        <source>for example  db.example.com:5432  or  192.0.2.10:3389</source>
        <translation>zum Beispiel  db.example.com:5432  oder  192.0.2.10:3389</translation>
    </message>
    <message>
        <source>The computer and port whose connections drop, such as a database or a remote desktop</source>
        <translation>Computer und Port, deren Verbindungen abbrechen, etwa eine Datenbank oder ein Remotedesktop</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>The longest pause to try. The test takes this long; choose at least the pause after which your program fails.</source>
        <translation>Die längste Pause, die getestet wird. So lange dauert der Test; wählen Sie mindestens die Pause, nach der Ihr Programm scheitert.</translation>
    </message>
    <message>
        <source>Stop; what was found so far stays</source>
        <translation>Anhalten; das bisher Gefundene bleibt</translation>
    </message>
    <message>
        <source>&amp;Computer and port:</source>
        <translation>&amp;Computer und Port:</translation>
    </message>
    <message>
        <source>&amp;Longest pause:</source>
        <translation>&amp;Längste Pause:</translation>
    </message>
    <message>
        <source>Type the computer and port whose connections drop, like db.example.com:5432.</source>
        <translation>Geben Sie den Computer und den Port ein, deren Verbindungen abbrechen, z. B. db.example.com:5432.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) to %1 are open and silent. Each sends one byte when its pause is over. About %2 left.</source>
        <translation>
            <numerusform>%n Verbindung zu %1 ist offen und still. Sie sendet ein Byte, wenn ihre Pause vorbei ist. Noch etwa %2.</numerusform>
            <numerusform>%n Verbindungen zu %1 sind offen und still. Jede sendet ein Byte, wenn ihre Pause vorbei ist. Noch etwa %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pauses to try: %1. Start opens one connection for each; it takes about %2.</source>
        <translation>Zu testende Pausen: %1. „Starten“ öffnet für jede eine Verbindung; das dauert etwa %2.</translation>
    </message>
    <message>
        <source>silent, %1 to go</source>
        <translation>still, noch %1</translation>
    </message>
    <message>
        <source>checking whether the byte arrives…</source>
        <translation>prüft, ob das Byte ankommt…</translation>
    </message>
    <message>
        <source>Pause of %1</source>
        <translation>Pause von %1</translation>
    </message>
    <message>
        <source>Stopped before every pause was over.</source>
        <translation>Angehalten, bevor alle Pausen vorbei waren.</translation>
    </message>
    <message>
        <source>Check %1 step by step</source>
        <translation>%1 Schritt für Schritt prüfen</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::LanguageButton</name>
    <message>
        <source>Language of the texts</source>
        <translation>Sprache der Texte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::PathDiagram</name>
    <message>
        <source>Path diagram</source>
        <translation>Pfaddiagramm</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::PhysicalChecksWidget</name>
    <message>
        <source>Push the network cable in until it clicks, at both ends (this computer and the router or wall socket). On Wi-Fi, choose your network in the network menu.</source>
        <translation>Drücken Sie das Netzwerkkabel an beiden Enden hinein, bis es einrastet (an diesem Computer und am Router bzw. an der Wanddose). Wählen Sie bei WLAN Ihr Netzwerk im Netzwerkmenü aus.</translation>
    </message>
    <message>
        <source>Switch the router off, wait 30 seconds, switch it on again and wait two minutes. If the internet light stays off or red, call your internet provider.</source>
        <translation>Schalten Sie den Router aus, warten Sie 30 Sekunden, schalten Sie ihn wieder ein und warten Sie zwei Minuten. Bleibt die Internetanzeige aus oder rot, rufen Sie Ihren Internetanbieter an.</translation>
    </message>
    <message>
        <source>If no device gets online, the router or the internet connection is the problem, not this computer: restart the router, or call your internet provider.</source>
        <translation>Kommt kein Gerät ins Internet, liegt das Problem am Router oder an der Internetverbindung, nicht an diesem Computer: Starten Sie den Router neu oder rufen Sie Ihren Internetanbieter an.</translation>
    </message>
    <message>
        <source>Then the network itself works: the problem is on this computer, or only with what you are trying to reach.</source>
        <translation>Dann funktioniert das Netzwerk selbst: Das Problem liegt an diesem Computer oder nur an dem, was Sie erreichen möchten.</translation>
    </message>
    <message>
        <source>Some things only you can check. Have a look, then answer:</source>
        <translation>Manches können nur Sie prüfen. Sehen Sie nach und antworten Sie dann:</translation>
    </message>
    <message>
        <source>Is the network cable plugged in firmly at both ends (or, on Wi-Fi, is this computer connected to your Wi-Fi network)?</source>
        <translation>Ist das Netzwerkkabel an beiden Enden fest eingesteckt (bzw. bei WLAN: Ist dieser Computer mit Ihrem WLAN verbunden)?</translation>
    </message>
    <message>
        <source>Follow the cable from this computer to the router or wall socket and press both plugs in.</source>
        <translation>Verfolgen Sie das Kabel von diesem Computer zum Router oder zur Wanddose und drücken Sie beide Stecker fest hinein.</translation>
    </message>
    <message>
        <source>Are the lights on the router or modem on as usual?</source>
        <translation>Leuchten die Lämpchen am Router oder Modem wie gewohnt?</translation>
    </message>
    <message>
        <source>Usually the power and internet lights are on (green or white); a red or dark internet light means no internet connection.</source>
        <translation>Normalerweise leuchten die Anzeigen für Strom und Internet (grün oder weiß); eine rote oder dunkle Internetanzeige bedeutet keine Internetverbindung.</translation>
    </message>
    <message>
        <source>Do other devices on the same network (for example a phone on the same Wi-Fi) get online?</source>
        <translation>Kommen andere Geräte im selben Netzwerk (z. B. ein Handy im selben WLAN) ins Internet?</translation>
    </message>
    <message>
        <source>Open a well-known website on another device connected to the same router.</source>
        <translation>Öffnen Sie auf einem anderen Gerät, das mit demselben Router verbunden ist, eine bekannte Website.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::ServerPage</name>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Open a test listener</source>
        <translation>Test-Listener öffnen</translation>
    </message>
    <message>
        <source>Stop the test listener</source>
        <translation>Test-Listener beenden</translation>
    </message>
    <message>
        <source>Is anything listening on this computer?</source>
        <translation>Lauscht etwas auf diesem Computer?</translation>
    </message>
    <message>
        <source>For the server side: which programs accept connections, on which port and address. Leave the port empty to see every listening port.</source>
        <translation>Für die Serverseite: Welche Programme nehmen Verbindungen an, auf welchem Port und welcher Adresse? Lassen Sie den Port leer, um alle lauschenden Ports zu sehen.</translation>
    </message>
    <message>
        <source>Port or service, for example 22, 5432 or https</source>
        <translation>Port oder Dienst, z. B. 22, 5432 oder https</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Service or path</source>
        <translation>Dienst oder Pfad</translation>
    </message>
    <message>
        <source>Filter: address, port, program...</source>
        <translation>Filter: Adresse, Port, Programm...</translation>
    </message>
    <message>
        <source>All addresses</source>
        <translation>Alle Adressen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While the real service is stopped: opens the port for a while and answers every connection with a greeting, so a client can tell a stopped service from a blocking firewall.</source>
        <translation>Während der echte Dienst beendet ist: öffnet den Port eine Weile und beantwortet jede Verbindung mit einer Begrüßung. So kann ein Client einen beendeten Dienst von einer blockierenden Firewall unterscheiden.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>auf</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>Test listener open on %1, port %2: it closes in %3 s. Run &quot;tcpdoctor diagnose&quot; on a client now.</source>
        <translation>Test-Listener offen auf %1, Port %2: Er schließt in %3 s. Führen Sie jetzt auf einem Client &quot;tcpdoctor diagnose&quot; aus.</translation>
    </message>
    <message numerus="yes">
        <source>Test listener open: it closes in %1 s. %n connection(s) so far.</source>
        <translation>
            <numerusform>Test-Listener offen: Er schließt in %1 s. Bisher %n Verbindung.</numerusform>
            <numerusform>Test-Listener offen: Er schließt in %1 s. Bisher %n Verbindungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test listener stopped. %n connection(s) arrived.</source>
        <translation>
            <numerusform>Test-Listener beendet. %n Verbindung ist eingegangen.</numerusform>
            <numerusform>Test-Listener beendet. %n Verbindungen sind eingegangen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test listener closed, its time is up. %n connection(s) arrived.</source>
        <translation>
            <numerusform>Test-Listener geschlossen, die Zeit ist abgelaufen. %n Verbindung ist eingegangen.</numerusform>
            <numerusform>Test-Listener geschlossen, die Zeit ist abgelaufen. %n Verbindungen sind eingegangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking port %1…</source>
        <translation>Port %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Liste wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n listening socket(s) on this computer, read in %1 ms.</source>
        <translation>
            <numerusform>%n lauschender Socket auf diesem Computer, gelesen in %1 ms.</numerusform>
            <numerusform>%n lauschende Sockets auf diesem Computer, gelesen in %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also found</source>
        <translation>Außerdem gefunden</translation>
    </message>
    <message>
        <source>Every listening port of this computer</source>
        <translation>Alle lauschenden Ports dieses Computers</translation>
    </message>
    <message>
        <source>Enter a port above to check it: tcpdoctor then says whether other computers can connect to it, and what to change if not.</source>
        <translation>Geben Sie oben einen Port ein, um ihn zu prüfen: tcpdoctor sagt dann, ob andere Computer sich damit verbinden können und was andernfalls zu ändern ist.</translation>
    </message>
    <message>
        <source>No program on this system holds this socket (the kernel, or another container).</source>
        <translation>Kein Programm auf diesem System hält diesen Socket (der Kernel oder ein anderer Container).</translation>
    </message>
    <message>
        <source>Hidden: the system tells only an administrator which program this is.</source>
        <translation>Verborgen: Welches Programm das ist, verrät das System nur einem Administrator.</translation>
    </message>
    <message>
        <source>Enter the port to open first.</source>
        <translation>Geben Sie zuerst den zu öffnenden Port ein.</translation>
    </message>
    <message>
        <source>Opening port %1…</source>
        <translation>Port %1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::SettingsDialog</name>
    <message>
        <source>None: TCPDOCTOR_PORTAL_URL=off turns the check off.</source>
        <translation>Keine: TCPDOCTOR_PORTAL_URL=off schaltet die Prüfung ab.</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s connectivity check</source>
        <translation>Verbindungsprüfung von NetworkManager</translation>
    </message>
    <message>
        <source>Windows&apos; own connectivity check</source>
        <translation>Windows-eigene Verbindungsprüfung</translation>
    </message>
    <message>
        <source>the environment variable TCPDOCTOR_PORTAL_URL</source>
        <translation>Umgebungsvariable TCPDOCTOR_PORTAL_URL</translation>
    </message>
    <message>
        <source>a public check address; this computer names none</source>
        <translation>eine öffentliche Prüfadresse; dieser Computer nennt keine eigene</translation>
    </message>
    <message>
        <source>Now: %1 (%2)</source>
        <translation>Derzeit: %1 (%2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sign-in pages (hotels, guest Wi-Fi)</source>
        <translation>Anmeldeseiten (Hotels, Gast-WLAN)</translation>
    </message>
    <message>
        <source>Each check asks a check address whether a sign-in page holds the way out. It is one plain web request; nothing about you or the target is sent.</source>
        <translation>Jede Prüfung fragt bei einer Prüfadresse nach, ob eine Anmeldeseite den Weg nach draußen versperrt. Das ist eine einzige, einfache Webanfrage; über Sie oder das Ziel wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Use this computer&apos;s check address</source>
        <translation>Die Prüfadresse dieses Computers verwenden</translation>
    </message>
    <message>
        <source>Use this check address (your company&apos;s own, for example):</source>
        <translation>Diese Prüfadresse verwenden (z. B. die Ihrer Firma):</translation>
    </message>
    <message>
        <source>Check address</source>
        <translation>Prüfadresse</translation>
    </message>
    <message>
        <source>Do not look for sign-in pages</source>
        <translation>Nicht nach Anmeldeseiten suchen</translation>
    </message>
    <message>
        <source>Enter the check address, or choose another option.</source>
        <translation>Geben Sie die Prüfadresse ein, oder wählen Sie eine andere Option.</translation>
    </message>
    <message>
        <source>The check address must start with http://, not https://: sign-in pages can only answer plain web requests.</source>
        <translation>Die Prüfadresse muss mit http:// beginnen, nicht mit https://: Anmeldeseiten können nur auf unverschlüsselte Webanfragen antworten.</translation>
    </message>
    <message>
        <source>This is not a web address. It must look like http://portal-check.example/generate_204.</source>
        <translation>Das ist keine Webadresse. Sie muss so aussehen: http://portal-check.example/generate_204.</translation>
    </message>
    <message>
        <source>http://portal-check.example/generate_204</source>
        <comment>an example address; keep it</comment>
        <translation>http://portal-check.example/generate_204</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::StepPage</name>
    <message>
        <source>First the physical connection: without a working cable or Wi-Fi link nothing else can work.</source>
        <translation>Zuerst die physische Verbindung: Ohne funktionierendes Kabel oder WLAN kann nichts anderes funktionieren.</translation>
    </message>
    <message>
        <source>Then the IP configuration: this computer needs an address and a way (a gateway) to other networks.</source>
        <translation>Dann die IP-Konfiguration: Dieser Computer braucht eine Adresse und einen Weg (ein Gateway) zu anderen Netzwerken.</translation>
    </message>
    <message>
        <source>Then the name: the name must be turned into the right address before a connection can start.</source>
        <translation>Dann der Name: Er muss in die richtige Adresse übersetzt werden, bevor eine Verbindung beginnen kann.</translation>
    </message>
    <message>
        <source>Then the firewalls: a firewall here or on the way can stop the connection, often silently.</source>
        <translation>Dann die Firewalls: Eine Firewall hier oder auf dem Weg kann die Verbindung stoppen, oft stillschweigend.</translation>
    </message>
    <message>
        <source>Is the network cable plugged in at both ends, or is Wi-Fi switched on?</source>
        <translation>Ist das Netzwerkkabel an beiden Enden eingesteckt, oder ist WLAN eingeschaltet?</translation>
    </message>
    <message>
        <source>Are the lights on the router and on the computer&apos;s network socket on?</source>
        <translation>Leuchten die Lämpchen am Router und an der Netzwerkbuchse des Computers?</translation>
    </message>
    <message>
        <source>Do other devices in the same place work (a phone on the same Wi-Fi)?</source>
        <translation>Funktionieren andere Geräte am selben Ort (ein Handy im selben WLAN)?</translation>
    </message>
    <message>
        <source>Did anything change recently: a new router, a new network, a VPN?</source>
        <translation>Hat sich kürzlich etwas geändert: ein neuer Router, ein neues Netzwerk, ein VPN?</translation>
    </message>
    <message>
        <source>Can you open other websites by name?</source>
        <translation>Lassen sich andere Websites über ihren Namen öffnen?</translation>
    </message>
    <message>
        <source>Did you type the name exactly as given to you?</source>
        <translation>Haben Sie den Namen genau so eingegeben, wie er Ihnen genannt wurde?</translation>
    </message>
    <message>
        <source>Is security software installed (antivirus, endpoint protection)?</source>
        <translation>Ist Sicherheitssoftware installiert (Virenschutz, Endpoint-Schutz)?</translation>
    </message>
    <message>
        <source>Did this ever work from this computer? Since when does it fail?</source>
        <translation>Hat das von diesem Computer aus schon einmal funktioniert? Seit wann schlägt es fehl?</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Ask the caller</source>
        <translation>Fragen an den Anrufer</translation>
    </message>
    <message>
        <source>Waiting for the name lookup before trying the connection…</source>
        <translation>Warten auf die Namensauflösung, bevor die Verbindung versucht wird…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Prüfung anhalten</translation>
    </message>
    <message>
        <source>Stop every check now; the steps that already finished keep their answers</source>
        <translation>Alle Prüfungen jetzt anhalten; bereits fertige Schritte behalten ihre Antworten</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>What exactly does the program or browser say: a certificate warning, or does it just wait?</source>
        <translation>Was genau zeigen Programm oder Browser an: eine Zertifikatswarnung, oder warten sie einfach nur?</translation>
    </message>
    <message>
        <source>Then the way out: does this computer go through a proxy, and does a sign-in page (hotel, guest Wi-Fi) hold the way?</source>
        <translation>Dann der Weg nach draußen: Geht dieser Computer über einen Proxy, und versperrt eine Anmeldeseite (Hotel, Gast-WLAN) den Weg?</translation>
    </message>
    <message>
        <source>Does the website or program work in a browser, but not in this program (or the other way round)?</source>
        <translation>Funktioniert die Website oder Anwendung im Browser, aber nicht in diesem Programm (oder umgekehrt)?</translation>
    </message>
    <message>
        <source>Is this a hotel, guest or public Wi-Fi that showed a page to accept?</source>
        <translation>Ist das ein Hotel-, Gast- oder öffentliches WLAN, das eine Seite zum Akzeptieren angezeigt hat?</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser</source>
        <translation>Anmeldeseite im Browser öffnen</translation>
    </message>
    <message>
        <source>Then the port test: we try the connection itself and watch what answers.</source>
        <translation>Dann der Porttest: Wir versuchen die Verbindung selbst und beobachten, was antwortet.</translation>
    </message>
    <message>
        <source>Finally the service: once connected, does it answer as it should (a secure connection with a valid certificate, a greeting, a web page)?</source>
        <translation>Zum Schluss der Dienst: Antwortet er nach dem Verbinden so, wie er soll (eine sichere Verbindung mit gültigem Zertifikat, eine Begrüßung, eine Webseite)?</translation>
    </message>
    <message>
        <source>The network connections of this computer: cable, Wi-Fi, and whether they are up.</source>
        <translation>Die Netzwerkverbindungen dieses Computers: Kabel, WLAN und ob sie aktiv sind.</translation>
    </message>
    <message>
        <source>This computer&apos;s addresses, its router, and whether it has a way to %1.</source>
        <translation>Die Adressen dieses Computers, sein Router und ob er einen Weg zu %1 hat.</translation>
    </message>
    <message>
        <source>The address of %1: the hosts file, and the name servers this computer asks.</source>
        <translation>Die Adresse von %1: die hosts-Datei und die Nameserver, die dieser Computer fragt.</translation>
    </message>
    <message>
        <source>The proxy settings for %1 port %2, and whether a sign-in page holds the way out.</source>
        <translation>Die Proxyeinstellungen für %1 Port %2 und ob eine Anmeldeseite den Weg nach draußen versperrt.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall, and where on the way to %1 the connection stops.</source>
        <translation>Die Firewall dieses Computers und wo auf dem Weg zu %1 die Verbindung stoppt.</translation>
    </message>
    <message>
        <source>A connection to %1 on port %2: which answer came back, and how fast.</source>
        <translation>Eine Verbindung zu %1 auf Port %2: welche Antwort zurückkam und wie schnell.</translation>
    </message>
    <message>
        <source>What the service on %1 port %2 says once the connection is made.</source>
        <translation>Was der Dienst auf %1 Port %2 sagt, sobald die Verbindung steht.</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Was geprüft wurde</translation>
    </message>
    <message>
        <source>What came back</source>
        <translation>Was zurückkam</translation>
    </message>
    <message>
        <source>First the port test (the firewall check looks at what it saw): %1</source>
        <translation>Zuerst der Porttest (die Firewallprüfung wertet aus, was er gesehen hat): %1</translation>
    </message>
    <message>
        <source>First the port test (the service is checked once a connection works): %1</source>
        <translation>Zuerst der Porttest (der Dienst wird geprüft, sobald eine Verbindung funktioniert): %1</translation>
    </message>
    <message>
        <source>Finished at once.</source>
        <translation>Sofort fertig.</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Fertig in %1 s.</translation>
    </message>
    <message>
        <source>The network connection works.</source>
        <translation>Die Netzwerkverbindung funktioniert.</translation>
    </message>
    <message>
        <source>This computer has an address and a way out.</source>
        <translation>Dieser Computer hat eine Adresse und einen Weg nach draußen.</translation>
    </message>
    <message>
        <source>The name was found.</source>
        <translation>Der Name wurde gefunden.</translation>
    </message>
    <message>
        <source>The way out is clear.</source>
        <translation>Der Weg nach draußen ist frei.</translation>
    </message>
    <message>
        <source>No firewall stopped the connection.</source>
        <translation>Keine Firewall hat die Verbindung aufgehalten.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>The service answers as it should.</source>
        <translation>Der Dienst antwortet, wie er soll.</translation>
    </message>
    <message>
        <source>Mostly fine, but something is not quite right: the details say what.</source>
        <translation>Im Großen und Ganzen in Ordnung, aber etwas stimmt nicht ganz: Die Details sagen, was.</translation>
    </message>
    <message>
        <source>No network connection works.</source>
        <translation>Keine Netzwerkverbindung funktioniert.</translation>
    </message>
    <message>
        <source>This computer has no working address or no way out.</source>
        <translation>Dieser Computer hat keine funktionierende Adresse oder keinen Weg nach draußen.</translation>
    </message>
    <message>
        <source>The name could not be turned into an address.</source>
        <translation>Der Name konnte nicht in eine Adresse umgewandelt werden.</translation>
    </message>
    <message>
        <source>The way out through the proxy or a sign-in page is blocked.</source>
        <translation>Der Weg nach draußen über den Proxy oder eine Anmeldeseite ist versperrt.</translation>
    </message>
    <message>
        <source>A firewall stops the connection.</source>
        <translation>Eine Firewall hält die Verbindung auf.</translation>
    </message>
    <message>
        <source>The connection does not work.</source>
        <translation>Die Verbindung funktioniert nicht.</translation>
    </message>
    <message>
        <source>The service does not answer as it should.</source>
        <translation>Der Dienst antwortet nicht, wie er soll.</translation>
    </message>
    <message>
        <source>Not needed this time, or not possible: the details say why.</source>
        <translation>Diesmal nicht nötig oder nicht möglich: Die Details sagen, warum.</translation>
    </message>
    <message>
        <source>This check could not finish.</source>
        <translation>Diese Prüfung konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Nothing more than the result above.</source>
        <translation>Nichts weiter als das Ergebnis oben.</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::SummaryPage</name>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Copy ticket summary</source>
        <translation>Ticket-Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>Was wir gefunden haben</translation>
    </message>
    <message>
        <source>Save the report as HTML, PDF, Markdown, text or JSON, optionally redacted</source>
        <translation>Bericht als HTML, PDF, Markdown, Text oder JSON speichern, auf Wunsch geschwärzt</translation>
    </message>
    <message>
        <source>Copy a short summary (Markdown) to paste into a ticket or a chat</source>
        <translation>Eine kurze Zusammenfassung (Markdown) zum Einfügen in ein Ticket oder einen Chat kopieren</translation>
    </message>
    <message>
        <source>Run the whole check again and show what changed</source>
        <translation>Die ganze Prüfung erneut ausführen und zeigen, was sich geändert hat</translation>
    </message>
    <message>
        <source>Go back to the first page to check something else</source>
        <translation>Zurück zur ersten Seite, um etwas anderes zu prüfen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation>Erneute Prüfung…</translation>
    </message>
    <message>
        <source>Still checking…</source>
        <translation>Prüfung läuft noch…</translation>
    </message>
    <message>
        <source>The verdict changed: before &quot;%1&quot;, now &quot;%2&quot;.</source>
        <translation>Das Ergebnis hat sich geändert: vorher „%1“, jetzt „%2“.</translation>
    </message>
    <message>
        <source>%1: was %2, now %3.</source>
        <translation>%1: war %2, jetzt %3.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>Since the last check</source>
        <translation>Seit der letzten Prüfung</translation>
    </message>
    <message>
        <source>Verdict code</source>
        <translation>Ergebniscode</translation>
    </message>
    <message>
        <source>(layer: %1)</source>
        <translation>(Schicht: %1)</translation>
    </message>
    <message>
        <source>Compare with a report saved earlier…</source>
        <translation>Mit einem früher gespeicherten Bericht vergleichen…</translation>
    </message>
    <message>
        <source>Open a JSON report saved before (today, last week, on the caller&apos;s computer) and see what is different now</source>
        <translation>Einen früher gespeicherten JSON-Bericht öffnen (von heute, letzter Woche, vom Computer des Anrufers) und sehen, was jetzt anders ist</translation>
    </message>
    <message>
        <source>Ticket summary</source>
        <translation>Ticket-Zusammenfassung</translation>
    </message>
    <message>
        <source>In technical terms</source>
        <translation>Technisch ausgedrückt</translation>
    </message>
    <message>
        <source>Next steps for an administrator</source>
        <translation>Nächste Schritte für einen Administrator</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Schritt für Schritt</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::TargetPage</name>
    <message>
        <source>What are you trying to reach?</source>
        <translation>Was möchten Sie erreichen?</translation>
    </message>
    <message>
        <source>Type or paste the name, web address or IP address you cannot connect to. tcpdoctor will check the connection step by step and tell you what is wrong.</source>
        <translation>Geben Sie den Namen, die Webadresse oder die IP-Adresse ein, zu der keine Verbindung zustande kommt, oder fügen Sie sie ein. tcpdoctor prüft die Verbindung Schritt für Schritt und sagt Ihnen, was nicht stimmt.</translation>
    </message>
    <message>
        <source>for example  example.com,  https://example.com/,  192.0.2.10:8080</source>
        <translation>zum Beispiel  example.com,  https://example.com/,  192.0.2.10:8080</translation>
    </message>
    <message>
        <source>(from the address)</source>
        <translation>(aus der Adresse)</translation>
    </message>
    <message>
        <source>%1 – port %2</source>
        <translation>%1 – Port %2</translation>
    </message>
    <message>
        <source>port number or service</source>
        <translation>Portnummer oder Dienst</translation>
    </message>
    <message>
        <source>&amp;Computer or address:</source>
        <translation>&amp;Computer oder Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port or service:</source>
        <translation>&amp;Port oder Dienst:</translation>
    </message>
    <message>
        <source>tcpdoctor will check %1, port %2.</source>
        <translation>tcpdoctor prüft %1, Port %2.</translation>
    </message>
    <message>
        <source>&amp;Step by step: explain each check as it happens</source>
        <translation>&amp;Schritt für Schritt: jede Prüfung erklären, während sie läuft</translation>
    </message>
    <message>
        <source>Check &amp;everything at once and show the answer</source>
        <translation>&amp;Alles auf einmal prüfen und das Ergebnis zeigen</translation>
    </message>
    <message>
        <source>I have an error message</source>
        <translation>Ich habe eine Fehlermeldung</translation>
    </message>
    <message>
        <source>Paste it: tcpdoctor says what it means and what to check.</source>
        <translation>Fügen Sie sie ein: tcpdoctor sagt, was sie bedeutet und was zu prüfen ist.</translation>
    </message>
    <message>
        <source>This computer is the server</source>
        <translation>Dieser Computer ist der Server</translation>
    </message>
    <message>
        <source>See what listens here, on which address, and open a test port.</source>
        <translation>Sehen, was hier auf welcher Adresse lauscht, und einen Testport öffnen.</translation>
    </message>
    <message>
        <source>The name, web address or IP address you cannot connect to</source>
        <translation>Der Name, die Webadresse oder die IP-Adresse, zu der keine Verbindung zustande kommt</translation>
    </message>
    <message>
        <source>The port number, or choose the kind of service</source>
        <translation>Die Portnummer, oder wählen Sie die Art des Dienstes</translation>
    </message>
    <message>
        <source>Targets you checked before: click one to fill in the boxes</source>
        <translation>Früher geprüfte Ziele: Klicken Sie auf eines, um die Felder auszufüllen</translation>
    </message>
    <message>
        <source>I am checking my own connection</source>
        <translation>Ich prüfe meine eigene Verbindung</translation>
    </message>
    <message>
        <source>I am helping someone (helpdesk)</source>
        <translation>Ich helfe jemandem (Helpdesk)</translation>
    </message>
    <message>
        <source>I am an administrator: show all evidence</source>
        <translation>Ich bin Administrator: alle Belege zeigen</translation>
    </message>
    <message>
        <source>Helpdesk mode adds the questions to ask the caller; administrator mode opens every detail</source>
        <translation>Der Helpdesk-Modus ergänzt die Fragen an den Anrufer; der Administratormodus öffnet jedes Detail</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Letzte Ziele:</translation>
    </message>
    <message>
        <source>&amp;Who is checking:</source>
        <translation>W&amp;er prüft:</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Check a list of endpoints</source>
        <translation>Eine Liste von Zielen prüfen</translation>
    </message>
    <message>
        <source>Every address a program needs, checked at once.</source>
        <translation>Alle Adressen, die ein Programm braucht, auf einmal geprüft.</translation>
    </message>
    <message>
        <source>Watch a connection</source>
        <translation>Eine Verbindung überwachen</translation>
    </message>
    <message>
        <source>It works only sometimes: connect again and again and see when it fails.</source>
        <translation>Es funktioniert nur manchmal: immer wieder verbinden und sehen, wann es scheitert.</translation>
    </message>
    <message>
        <source>tcpdoctor will check %1, port %2 (from the port box; the address alone means port %3).</source>
        <translation>tcpdoctor prüft %1, Port %2 (aus dem Port-Feld; die Adresse allein bedeutet Port %3).</translation>
    </message>
    <message>
        <source>Type the name or address you cannot reach, like example.com or 192.0.2.10:8080.</source>
        <translation>Geben Sie den Namen oder die Adresse ein, die Sie nicht erreichen, etwa example.com oder 192.0.2.10:8080.</translation>
    </message>
    <message>
        <source>Connections drop after a pause</source>
        <translation>Verbindungen brechen nach einer Pause ab</translation>
    </message>
    <message>
        <source>A program loses its connection after a quiet while: find out how long one survives.</source>
        <translation>Ein Programm verliert nach einer stillen Weile seine Verbindung: herausfinden, wie lange eine überlebt.</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::WatchPage</name>
    <message>
        <source>Stop and &amp;tell me as soon as it works</source>
        <translation>Anhalten und mir &amp;Bescheid geben, sobald es funktioniert</translation>
    </message>
    <message>
        <source>&amp;Start watching</source>
        <translation>Überwachung &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Open a saved watch…</source>
        <translation>&amp;Gespeicherte Überwachung öffnen…</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>S&amp;peichern…</translation>
    </message>
    <message>
        <source>Watch a connection</source>
        <translation>Eine Verbindung überwachen</translation>
    </message>
    <message>
        <source>For a connection that works only sometimes: tcpdoctor connects again and again, draws how long each connection took, and says what it saw.</source>
        <translation>Für eine Verbindung, die nur manchmal funktioniert: tcpdoctor verbindet sich immer wieder, zeigt in einem Diagramm, wie lange jede Verbindung gedauert hat, und sagt, was es gesehen hat.</translation>
    </message>
    <message>
        <source>for example  example.com:443  or  192.0.2.10:3389</source>
        <translation>zum Beispiel  example.com:443  oder  192.0.2.10:3389</translation>
    </message>
    <message>
        <source>The computer and port to connect to, again and again</source>
        <translation>Computer und Port, zu denen immer wieder eine Verbindung hergestellt wird</translation>
    </message>
    <message>
        <source>How many times to connect (at most %1)</source>
        <translation>Wie oft eine Verbindung hergestellt wird (höchstens %1)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time from the start of one attempt to the start of the next</source>
        <translation>Zeit vom Beginn eines Versuchs bis zum Beginn des nächsten</translation>
    </message>
    <message>
        <source>For a server that is down: the watch ends at the first connection that works, and the window asks for your attention</source>
        <translation>Für einen ausgefallenen Server: Die Überwachung endet bei der ersten Verbindung, die funktioniert, und das Fenster macht Sie darauf aufmerksam</translation>
    </message>
    <message>
        <source>Stop watching; what was seen so far stays</source>
        <translation>Überwachung anhalten; das bisher Gesehene bleibt</translation>
    </message>
    <message>
        <source>Show a watch saved earlier as JSON Lines (from this window or tcpdoctor watch --json)</source>
        <translation>Eine früher als JSON Lines gespeicherte Überwachung anzeigen (aus diesem Fenster oder von tcpdoctor watch --json)</translation>
    </message>
    <message>
        <source>Save every attempt as CSV for a spreadsheet, or JSON Lines</source>
        <translation>Jeden Versuch als CSV für eine Tabellenkalkulation oder als JSON Lines speichern</translation>
    </message>
    <message>
        <source>times, every</source>
        <translation>Mal, alle</translation>
    </message>
    <message>
        <source>&amp;Computer and port:</source>
        <translation>&amp;Computer und Port:</translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation>&amp;Verbinden:</translation>
    </message>
    <message>
        <source>Open a saved watch</source>
        <translation>Gespeicherte Überwachung öffnen</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the watch</source>
        <translation>Überwachung speichern</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV für Tabellenkalkulation (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Type the computer and port to watch, like example.com:443.</source>
        <translation>Geben Sie den Computer und den Port ein, die überwacht werden sollen, z. B. example.com:443.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Attempt %1 of %2.</source>
        <translation>Versuch %1 von %2.</translation>
    </message>
    <message>
        <source>%1 of %2 connected (%3 %).</source>
        <translation>%1 von %2 verbunden (%3 %).</translation>
    </message>
    <message>
        <source>Usually %1, 95 % under %2, slowest %3.</source>
        <translation>Meist %1, 95 % unter %2, langsamster %3.</translation>
    </message>
    <message>
        <source>Longest outage: %1 s.</source>
        <translation>Längster Ausfall: %1 s.</translation>
    </message>
    <message>
        <source>Addresses: %1.</source>
        <translation>Adressen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n attempt(s).</source>
        <translation>
            <numerusform>Nach %n Versuch angehalten.</numerusform>
            <numerusform>Nach %n Versuchen angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check %1 step by step</source>
        <translation>%1 Schritt für Schritt prüfen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB, larger than any saved watch.</source>
        <translation>%1 ist größer als 32 MB, größer als jede gespeicherte Überwachung.</translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>From %1: a watch that began %2.</source>
        <translation>Aus %1: eine Überwachung, die am %2 begann.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::WatchPlot</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Handshake times</source>
        <translation>Handshake-Zeiten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>1 s: a lost packet was sent again</source>
        <translation>1 s: ein verlorenes Paket wurde erneut gesendet</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>The time of each connection appears here, one mark per attempt.</source>
        <translation>Hier erscheint die Dauer jeder Verbindung, eine Markierung pro Versuch.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>Noch kein Versuch.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s): %1.</source>
        <translation>
            <numerusform>%n Versuch: %1.</numerusform>
            <numerusform>%n Versuche: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcpd::ui::Wizard</name>
    <message>
        <source>tcpdoctor: why can&apos;t I connect?</source>
        <translation>tcpdoctor: Warum klappt die Verbindung nicht?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Where the sign-in page check asks</source>
        <translation>Wo die Prüfung auf eine Anmeldeseite nachfragt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close tcpdoctor?</source>
        <translation>tcpdoctor schließen?</translation>
    </message>
    <message>
        <source>The result of this check has not been saved.</source>
        <translation>Das Ergebnis dieser Prüfung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save the report to keep it (for a ticket, or to compare later), or close without it.</source>
        <translation>Speichern Sie den Bericht, um ihn zu behalten (für ein Ticket oder zum späteren Vergleich), oder schließen Sie ohne ihn.</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>Ohne Speichern s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Offen lassen</translation>
    </message>
</context>
</TS>
