<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Batch</name>
    <message>
        <source>Not checked in batch mode: it describes this computer, not the target.</source>
        <translation>Non vérifié en mode lot&#xa0;: cela concerne cet ordinateur, pas la cible.</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Choose a file name ending in .md, .csv or .jsonl.</source>
        <translation>Choisissez un nom de fichier se terminant par .md, .csv ou .jsonl.</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Targets: %1. Reachable: %2. With a problem: %3. Not valid: %4. Not checked: %5.</source>
        <translation>Cibles&#xa0;: %1. Joignables&#xa0;: %2. Avec un problème&#xa0;: %3. Non valides&#xa0;: %4. Non vérifiées&#xa0;: %5.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Lancez «&#xa0;tcpdoctor --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>Which computer should I check? Example: tcpdoctor diagnose example.com:443</source>
        <translation>Quel ordinateur dois-je vérifier&#xa0;? Exemple&#xa0;: tcpdoctor diagnose example.com:443</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds from 50 to 600000, for example --timeout 3000.</source>
        <translation>--timeout attend un nombre de millisecondes entre 50 et 600000, par exemple --timeout 3000.</translation>
    </message>
    <message>
        <source>Choose --ipv4 or --ipv6, not both.</source>
        <translation>Choisissez --ipv4 ou --ipv6, pas les deux.</translation>
    </message>
    <message>
        <source>The target is an %1 address, but %2 was asked for.</source>
        <translation>La cible est une adresse %1, mais %2 a été demandé.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;tcpdoctor --help&quot; to see what tcpdoctor can do.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Lancez «&#xa0;tcpdoctor --help&#xa0;» pour voir ce que tcpdoctor sait faire.</translation>
    </message>
    <message>
        <source>--expect takes the IP address the name should lead to, for example --expect 192.0.2.10.</source>
        <translation>--expect attend l&apos;adresse IP à laquelle le nom doit mener, par exemple --expect 192.0.2.10.</translation>
    </message>
    <message>
        <source>--reference takes a computer name or address without a port, for example --reference 192.0.2.10.</source>
        <translation>--reference attend un nom d&apos;ordinateur ou une adresse sans port, par exemple --reference 192.0.2.10.</translation>
    </message>
    <message>
        <source>Reports can be saved as %1 files: &quot;%2&quot; is none of these.</source>
        <translation>Les rapports peuvent être enregistrés au format %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: the report could not be saved there. Nothing was checked.</source>
        <translation>Le dossier %1 n&apos;existe pas&#xa0;: impossible d&apos;y enregistrer le rapport. Rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>Give either a target or --many FILE, not both.</source>
        <translation>Indiquez soit une cible, soit --many FICHIER, pas les deux.</translation>
    </message>
    <message>
        <source>--report saves one report; with --many use --json and redirect the output.</source>
        <translation>--report enregistre un seul rapport&#xa0;; avec --many, utilisez --json et redirigez la sortie.</translation>
    </message>
    <message>
        <source>--redact does not work with --many yet; nothing was checked.</source>
        <translation>--redact ne fonctionne pas encore avec --many&#xa0;; rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>none (no usable home folder)</source>
        <translation>aucun (pas de dossier personnel utilisable)</translation>
    </message>
    <message>
        <source>--report %1 is given twice: give each file once.</source>
        <translation>--report %1 est donné deux fois&#xa0;: donnez chaque fichier une seule fois.</translation>
    </message>
    <message>
        <source>Choose --tls or --no-tls, not both.</source>
        <translation>Choisissez --tls ou --no-tls, pas les deux.</translation>
    </message>
    <message>
        <source>--sni takes a server name without a port, for example --sni www.example.com.</source>
        <translation>--sni attend un nom de serveur sans port, par exemple --sni www.example.com.</translation>
    </message>
    <message>
        <source>Choose --proxy or --no-proxy, not both.</source>
        <translation>Choisissez --proxy ou --no-proxy, pas les deux.</translation>
    </message>
    <message>
        <source>--proxy takes a proxy&apos;s address, for example --proxy http://proxy.example:3128 or --proxy socks5://192.0.2.1:1080.</source>
        <translation>--proxy attend l&apos;adresse d&apos;un proxy, par exemple --proxy http://proxy.example:3128 ou --proxy socks5://192.0.2.1:1080.</translation>
    </message>
    <message>
        <source>Choose --portal-url or --no-portal-check, not both.</source>
        <translation>Choisissez --portal-url ou --no-portal-check, pas les deux.</translation>
    </message>
    <message>
        <source>--portal-url takes an http:// address that answers 204 on a free network, for example --portal-url http://192.0.2.1/generate_204.</source>
        <translation>--portal-url attend une adresse http:// qui répond 204 sur un réseau libre, par exemple --portal-url http://192.0.2.1/generate_204.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;: the steps are link, ip, dns, proxy, firewall, port and service.</source>
        <translation>Étape inconnue «&#xa0;%1&#xa0;»&#xa0;: les étapes sont link, ip, dns, proxy, firewall, port et service.</translation>
    </message>
    <message>
        <source>--steps needs at least one step, for example --steps dns,port (the steps are link, ip, dns, proxy, firewall, port and service).</source>
        <translation>--steps demande au moins une étape, par exemple --steps dns,port (les étapes sont link, ip, dns, proxy, firewall, port et service).</translation>
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
        <translation>tcpdoctor %1&#xa0;: découvrez pourquoi une connexion TCP échoue, et que faire.

Utilisation&#xa0;:
  tcpdoctor                             ouvrir l&apos;assistant
  tcpdoctor diagnose CIBLE [options]    vérifier CIBLE point par point et afficher le résultat
  tcpdoctor compare ANCIEN.json NOUVEAU.json [--json]
                                        ce qui a changé entre deux rapports enregistrés (code 1&#xa0;: quelque chose s&apos;est dégradé)
  tcpdoctor diagnose --many FICHIER [--json]  vérifier une liste de cibles d&apos;un coup (une par ligne)
  tcpdoctor explain &quot;MESSAGE&quot; [--json]  ce que signifie un message d&apos;erreur («&#xa0;-&#xa0;» le lit sur l&apos;entrée standard)
  tcpdoctor listen [PORT] [--address ADRESSE] [--json]
                                        ce qui écoute sur cet ordinateur, et où (sans PORT&#xa0;: tout)
  tcpdoctor listen --serve PORT [--for S] [--address ADRESSE]
                                        une écoute de test temporaire, fermée au bout de S secondes (60)
  tcpdoctor watch CIBLE [--count N | --duration S] [--interval MS] [--until-open] [--json]
                                        se connecter encore et encore&#xa0;: la connexion ne fonctionne-t-elle que par moments&#xa0;?
  tcpdoctor idle CIBLE [--max-idle S | --periods LISTE] [--json]
                                        une connexion survit-elle à une pause&#xa0;? (par défaut&#xa0;: jusqu&apos;à 300 s)
  tcpdoctor serve --metrics [ADDR:]PORT [--max-in-flight N] [--timeout MS]
                                        un exportateur Prometheus&#xa0;: /probe?target=HOST:PORT (boucle locale sauf avec ADDR)
  tcpdoctor --version | --help

CIBLE est ce que vous colleriez&#xa0;: example.com:443, &quot;example.com 443&quot;, https://example.com/,
192.0.2.10:8080, [2001:db8::1]:22, ou un nom avec --port. Les noms de service servent de ports (ssh, rdp...).

Options de diagnose&#xa0;:
  --port N|SERVICE   le port, quand CIBLE n&apos;en contient pas
  --json             afficher le rapport JSON (tcpdoctor-report/1) et rien d&apos;autre sur la sortie standard
  --report FICHIER   enregistrer aussi le rapport&#xa0;; le format suit l&apos;extension (.html .pdf .json .md .txt)
  --redact           masquer les adresses publiques, les adresses MAC, les noms d&apos;hôte et d&apos;utilisateur partout
  --timeout MS       durée accordée à une tentative de connexion (1500 par défaut)
  --steps LISTE      étapes de la vérification à exécuter&#xa0;: link,ip,dns,proxy,firewall,port,service (toutes par défaut)
  --tls | --no-tls   faire / ne jamais faire de négociation TLS après le test de port (par défaut&#xa0;: pour https:// et les ports TLS)
  --sni NOM          le nom envoyé lors de la négociation TLS et comparé au certificat
  --proxy URL        tester la sortie par ce proxy (http:// ou socks5://) au lieu des paramètres du système
  --no-proxy         laisser les paramètres de proxy du système en dehors de la vérification
  --portal-url URL   l&apos;adresse où apparaît une page de connexion (elle répond 204 sur un réseau libre&#xa0;; par défaut&#xa0;: celle du système)
  --no-portal-check  ne pas rechercher de page de connexion
  --ipv4 | --ipv6    n&apos;essayer que les adresses IPv4, ou que les adresses IPv6
  --expect ADRESSE   l&apos;adresse IP à laquelle le nom doit mener&#xa0;: les réponses DNS sont comparées à celle-ci
  --reference HÔTE   si le port est bloqué, essayer aussi le même port sur HÔTE (un ordinateur où il est ouvert)
  --lang CODE        langue des textes (de, en, es, fr)&#xa0;; les codes du JSON ne changent jamais
  --verbose          journaliser le déroulement sur la sortie d&apos;erreur

Codes de sortie&#xa0;: 0 joignable, 1 un problème a été trouvé, 2 saisie incorrecte, 3 tcpdoctor lui-même a échoué.
Fichier journal&#xa0;: %2
</translation>
    </message>
    <message>
        <source>This build of tcpdoctor has no exporter (it was built without Qt HttpServer).</source>
        <translation>Cette version de tcpdoctor n&apos;a pas d&apos;exportateur (elle a été compilée sans Qt HttpServer).</translation>
    </message>
</context>
<context>
    <name>CompareCli</name>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Lancez «&#xa0;tcpdoctor --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>Give two saved JSON reports, the earlier first: tcpdoctor compare before.json after.json</source>
        <translation>Indiquez deux rapports JSON enregistrés, le plus ancien en premier&#xa0;: tcpdoctor compare ancien.json nouveau.json</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>less than 1 ms</source>
        <translation>moins de 1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 port %2: the handshake completed in %3.</source>
        <translation>%1 port %2&#xa0;: la connexion s&apos;est établie en %3.</translation>
    </message>
    <message>
        <source>%1 port %2: the SYN was answered with RST (connection refused).</source>
        <translation>%1 port %2&#xa0;: le SYN a reçu un RST en réponse (connexion refusée).</translation>
    </message>
    <message>
        <source>%1 port %2: the handshake completed, then the server sent RST.</source>
        <translation>%1 port %2&#xa0;: la connexion s&apos;est établie, puis le serveur a envoyé un RST.</translation>
    </message>
    <message>
        <source>%1 port %2: the handshake completed, then the server closed the connection without a word.</source>
        <translation>%1 port %2&#xa0;: la connexion s&apos;est établie, puis le serveur l&apos;a fermée sans rien dire.</translation>
    </message>
    <message>
        <source>%1 port %2: this computer did not let the connection out.</source>
        <translation>%1 port %2&#xa0;: cet ordinateur n&apos;a pas laissé sortir la connexion.</translation>
    </message>
    <message>
        <source>%1 port %2: %3.</source>
        <translation>%1 port %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>(system error: %1)</source>
        <translation>(erreur système&#xa0;: %1)</translation>
    </message>
    <message>
        <source>An ordinary program would have waited about 21 seconds on Windows, or about 2 minutes on Linux, before showing a time-out; tcpdoctor knew after %1 seconds.</source>
        <translation>Un programme ordinaire aurait attendu environ 21 secondes sous Windows, ou environ 2 minutes sous Linux, avant de signaler un dépassement du délai&#xa0;; tcpdoctor l&apos;a su au bout de %1 secondes.</translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation>Le nom %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Before a connection can start, the name must be turned into an address. The name service (DNS) answered that %1 does not exist, so no SYN was ever sent.</source>
        <translation>Avant qu&apos;une connexion puisse commencer, le nom doit être traduit en adresse. Le service de noms (DNS) a répondu que %1 n&apos;existe pas&#xa0;: aucun SYN n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>Check the spelling of the name, letter by letter.</source>
        <translation>Vérifiez l&apos;orthographe du nom, lettre par lettre.</translation>
    </message>
    <message>
        <source>If it is an internal name, connect to the company network or VPN first.</source>
        <translation>S&apos;il s&apos;agit d&apos;un nom interne, connectez-vous d&apos;abord au réseau de l&apos;entreprise ou au VPN.</translation>
    </message>
    <message>
        <source>Try the full name, including the domain (for example server.example.com).</source>
        <translation>Essayez le nom complet, domaine compris (par exemple server.example.com).</translation>
    </message>
    <message>
        <source>The name %1 has no address</source>
        <translation>Le nom %1 n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>The name exists, but DNS holds no address for it (of the kind that was asked for), so there was nothing to connect to.</source>
        <translation>Le nom existe, mais le DNS ne contient aucune adresse pour lui (du type demandé)&#xa0;: il n&apos;y avait donc rien à quoi se connecter.</translation>
    </message>
    <message>
        <source>Check that you have the right name: it may be a mail-only or an old name.</source>
        <translation>Vérifiez que vous avez le bon nom&#xa0;: il sert peut-être uniquement à la messagerie, ou c&apos;est un ancien nom.</translation>
    </message>
    <message>
        <source>Ask the administrator of the domain to add an address record for it.</source>
        <translation>Demandez à l&apos;administrateur du domaine d&apos;ajouter un enregistrement d&apos;adresse pour ce nom.</translation>
    </message>
    <message>
        <source>The name service (DNS) did not answer</source>
        <translation>Le service de noms (DNS) n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>To find the address of %1, this computer asked its DNS servers, but no usable answer came back, so no connection could start.</source>
        <translation>Pour trouver l&apos;adresse de %1, cet ordinateur a interrogé ses serveurs DNS, mais aucune réponse exploitable n&apos;est revenue&#xa0;: aucune connexion n&apos;a donc pu commencer.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to a network (try a well-known website).</source>
        <translation>Vérifiez que cet ordinateur est connecté à un réseau (essayez un site web connu).</translation>
    </message>
    <message>
        <source>Restart the router, or switch the network connection off and on.</source>
        <translation>Redémarrez le routeur, ou désactivez puis réactivez la connexion réseau.</translation>
    </message>
    <message>
        <source>If you use a VPN, connect it, or disconnect it, and try again.</source>
        <translation>Si vous utilisez un VPN, connectez-le ou déconnectez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall blocked the connection</source>
        <translation>Le pare-feu de cet ordinateur a bloqué la connexion</translation>
    </message>
    <message>
        <source>The connection to port %1 never left this computer: its own firewall or security software stopped the SYN before it reached the network.</source>
        <translation>La connexion au port %1 n&apos;a jamais quitté cet ordinateur&#xa0;: son propre pare-feu ou un logiciel de sécurité a arrêté le SYN avant qu&apos;il n&apos;atteigne le réseau.</translation>
    </message>
    <message>
        <source>Check the firewall on this computer (Windows Defender Firewall, ufw, firewalld, nftables) for a rule that blocks outgoing connections to port %1.</source>
        <translation>Cherchez dans le pare-feu de cet ordinateur (Pare-feu Windows Defender, ufw, firewalld, nftables) une règle qui bloque les connexions sortantes vers le port %1.</translation>
    </message>
    <message>
        <source>Check security software (antivirus, endpoint protection, parental control) that may block this program or this port.</source>
        <translation>Vérifiez les logiciels de sécurité (antivirus, protection des postes de travail, contrôle parental) qui pourraient bloquer ce programme ou ce port.</translation>
    </message>
    <message>
        <source>On a company computer, ask your IT department: the block may be on purpose.</source>
        <translation>Sur un ordinateur d&apos;entreprise, adressez-vous à votre service informatique&#xa0;: le blocage est peut-être voulu.</translation>
    </message>
    <message>
        <source>This computer has no way to reach %1</source>
        <translation>Cet ordinateur n&apos;a aucun moyen d&apos;atteindre %1</translation>
    </message>
    <message>
        <source>This computer&apos;s routing table has no route to %1, so the SYN could not be sent anywhere. Usually there is no default gateway, or the network connection is down.</source>
        <translation>La table de routage de cet ordinateur n&apos;a aucun itinéraire vers %1&#xa0;: le SYN n&apos;a donc pu être envoyé nulle part. En général, il n&apos;y a pas de passerelle par défaut, ou la connexion réseau est coupée.</translation>
    </message>
    <message>
        <source>Check that the network connection (cable or Wi-Fi) is up.</source>
        <translation>Vérifiez que la connexion réseau (câble ou Wi-Fi) est active.</translation>
    </message>
    <message>
        <source>Check that a default gateway is set (automatic configuration, DHCP, usually does it).</source>
        <translation>Vérifiez qu&apos;une passerelle par défaut est définie (la configuration automatique, DHCP, s&apos;en charge en général).</translation>
    </message>
    <message>
        <source>If the address belongs to a company network, connect the VPN first.</source>
        <translation>Si l&apos;adresse appartient à un réseau d&apos;entreprise, connectez d&apos;abord le VPN.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is reachable</source>
        <translation>Le port %1 de %2 est joignable</translation>
    </message>
    <message>
        <source>We sent a SYN, the server answered with SYN-ACK and we completed the handshake with an ACK in %1: something is listening on port %2 and nothing in between blocks it.</source>
        <translation>Nous avons envoyé un SYN, le serveur a répondu par un SYN-ACK et nous avons conclu l&apos;échange par un ACK en %1&#xa0;: un service écoute sur le port %2 et rien entre les deux ne le bloque.</translation>
    </message>
    <message>
        <source>If a program still cannot connect, the problem is above TCP: check the program&apos;s settings, a proxy, TLS certificates, or the user name and password.</source>
        <translation>Si un programme n&apos;arrive toujours pas à se connecter, le problème se situe au-dessus de TCP&#xa0;: vérifiez les paramètres du programme, un proxy, les certificats TLS, ou le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>Make sure the program uses the same name and port as this test.</source>
        <translation>Assurez-vous que le programme utilise le même nom et le même port que ce test.</translation>
    </message>
    <message>
        <source>Port %1 answers on some addresses of %2, not on all</source>
        <translation>Le port %1 répond sur certaines adresses de %2, pas sur toutes</translation>
    </message>
    <message>
        <source>%1 has several addresses. The handshake completed on some of them and failed on others. Programs that try a failing address first may be slow to connect, or fail.</source>
        <translation>%1 a plusieurs adresses. La connexion a abouti sur certaines et échoué sur d&apos;autres. Les programmes qui essaient d&apos;abord une adresse défaillante peuvent être lents à se connecter, voire échouer.</translation>
    </message>
    <message>
        <source>If the failing addresses are IPv6, check IPv6 on this network (router settings), or ask the network administrator.</source>
        <translation>Si les adresses défaillantes sont en IPv6, vérifiez IPv6 sur ce réseau (paramètres du routeur), ou demandez à l&apos;administrateur réseau.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator which addresses fail: one of them may point to an old or wrong server.</source>
        <translation>Indiquez à l&apos;administrateur du serveur quelles adresses échouent&#xa0;: l&apos;une d&apos;elles pointe peut-être vers un serveur ancien ou erroné.</translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2, then cut it off</source>
        <translation>%1 a accepté la connexion sur le port %2, puis l&apos;a coupée</translation>
    </message>
    <message>
        <source>The handshake completed (SYN, SYN-ACK, ACK), so the network is fine, but the server then reset the connection (RST). The service refused to talk to this computer.</source>
        <translation>La connexion s&apos;est établie (SYN, SYN-ACK, ACK), le réseau fonctionne donc, mais le serveur l&apos;a ensuite réinitialisée (RST). Le service a refusé de dialoguer avec cet ordinateur.</translation>
    </message>
    <message>
        <source>The service may only allow certain addresses: ask its administrator whether your address is allowed.</source>
        <translation>Le service n&apos;autorise peut-être que certaines adresses&#xa0;: demandez à son administrateur si la vôtre est autorisée.</translation>
    </message>
    <message>
        <source>The service may be overloaded or failing: check its log on the server.</source>
        <translation>Le service est peut-être surchargé ou en panne&#xa0;: consultez son journal sur le serveur.</translation>
    </message>
    <message>
        <source>Check that the program speaks what the service expects (for example TLS or plain).</source>
        <translation>Vérifiez que le programme parle le protocole attendu par le service (par exemple TLS ou en clair).</translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2, then closed it at once</source>
        <translation>%1 a accepté la connexion sur le port %2, puis l&apos;a fermée aussitôt</translation>
    </message>
    <message>
        <source>The handshake completed, so the network is fine, but the server closed the connection straight away without sending anything. Often a proxy or load balancer has no working server behind it, or the service rejects this client.</source>
        <translation>La connexion s&apos;est établie, le réseau fonctionne donc, mais le serveur l&apos;a fermée immédiatement sans rien envoyer. Souvent, un proxy ou un répartiteur de charge n&apos;a aucun serveur opérationnel derrière lui, ou le service rejette ce client.</translation>
    </message>
    <message>
        <source>Check the service&apos;s log on the server, and whatever sits in front of it (proxy, load balancer, connection limit).</source>
        <translation>Consultez le journal du service sur le serveur, ainsi que ce qui se trouve devant lui (proxy, répartiteur de charge, limite de connexions).</translation>
    </message>
    <message>
        <source>Check whether the service limits connections per address or allows only some addresses.</source>
        <translation>Vérifiez si le service limite le nombre de connexions par adresse ou n&apos;autorise que certaines adresses.</translation>
    </message>
    <message>
        <source>Nothing is listening on port %1 at %2</source>
        <translation>Rien n&apos;écoute sur le port %1 de %2</translation>
    </message>
    <message>
        <source>We sent a SYN to port %1 and the server answered at once with RST: the computer is reachable, but no program accepts connections on that port (or a firewall on the way resets them).</source>
        <translation>Nous avons envoyé un SYN au port %1 et le serveur a aussitôt répondu par un RST&#xa0;: l&apos;ordinateur est joignable, mais aucun programme n&apos;accepte de connexions sur ce port (ou un pare-feu sur le trajet les réinitialise).</translation>
    </message>
    <message>
        <source>Check that the service (the server program) is running on the server.</source>
        <translation>Vérifiez que le service (le programme serveur) est bien lancé sur le serveur.</translation>
    </message>
    <message>
        <source>Check the port number: the service may use a different port.</source>
        <translation>Vérifiez le numéro de port&#xa0;: le service utilise peut-être un autre port.</translation>
    </message>
    <message>
        <source>On the server, run &quot;tcpdoctor listen %1&quot; to see what listens there and on which address; a service bound to 127.0.0.1 can only be reached from the server itself.</source>
        <translation>Sur le serveur, lancez «&#xa0;tcpdoctor listen %1&#xa0;» pour voir ce qui y écoute et sur quelle adresse&#xa0;; un service lié à 127.0.0.1 n&apos;est joignable que depuis le serveur lui-même.</translation>
    </message>
    <message>
        <source>A firewall refused the connection to port %1</source>
        <translation>Un pare-feu a refusé la connexion au port %1</translation>
    </message>
    <message>
        <source>a device on the way</source>
        <translation>un appareil sur le trajet</translation>
    </message>
    <message>
        <source>Ask the administrator of the firewall at %1 to allow port %2 from your address.</source>
        <translation>Demandez à l&apos;administrateur du pare-feu situé à %1 d&apos;autoriser le port %2 depuis votre adresse.</translation>
    </message>
    <message>
        <source>If you use a VPN or a guest network, try from the usual network.</source>
        <translation>Si vous utilisez un VPN ou un réseau invité, essayez depuis le réseau habituel.</translation>
    </message>
    <message>
        <source>Nobody answered on port %1</source>
        <translation>Personne n&apos;a répondu sur le port %1</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether port %1 is allowed through the server&apos;s firewall and the network&apos;s firewalls from your address.</source>
        <translation>Demandez à l&apos;administrateur du serveur si le port %1 est autorisé depuis votre adresse dans le pare-feu du serveur et dans ceux du réseau.</translation>
    </message>
    <message>
        <source>Check that the address is right: an old or wrong address also stays silent.</source>
        <translation>Vérifiez que l&apos;adresse est correcte&#xa0;: une adresse ancienne ou erronée reste muette, elle aussi.</translation>
    </message>
    <message>
        <source>Check that the server is switched on.</source>
        <translation>Vérifiez que le serveur est allumé.</translation>
    </message>
    <message>
        <source>The computer %1 cannot be found on the network</source>
        <translation>L&apos;ordinateur %1 est introuvable sur le réseau</translation>
    </message>
    <message>
        <source>%1 should be on this computer&apos;s own network, but nothing answered when this computer asked who has that address (ARP/neighbour discovery). The SYN could not even be sent.</source>
        <translation>%1 devrait se trouver sur le réseau local de cet ordinateur, mais rien n&apos;a répondu quand cet ordinateur a demandé qui possède cette adresse (ARP/découverte des voisins). Le SYN n&apos;a même pas pu être envoyé.</translation>
    </message>
    <message>
        <source>A router (%1) reported that the host %2 is unreachable: the SYN could not be delivered to it.</source>
        <translation>Un routeur (%1) a signalé que l&apos;hôte %2 est inaccessible&#xa0;: le SYN n&apos;a pas pu lui être remis.</translation>
    </message>
    <message>
        <source>on the way</source>
        <translation>sur le trajet</translation>
    </message>
    <message>
        <source>Check that the computer is switched on and connected to the network.</source>
        <translation>Vérifiez que l&apos;ordinateur est allumé et connecté au réseau.</translation>
    </message>
    <message>
        <source>Check the address: the computer may have got a new one.</source>
        <translation>Vérifiez l&apos;adresse&#xa0;: l&apos;ordinateur en a peut-être reçu une nouvelle.</translation>
    </message>
    <message>
        <source>If it is on another network, check the VPN or ask the network administrator.</source>
        <translation>S&apos;il se trouve sur un autre réseau, vérifiez le VPN ou demandez à l&apos;administrateur réseau.</translation>
    </message>
    <message>
        <source>The network of %1 cannot be reached</source>
        <translation>Le réseau de %1 est inaccessible</translation>
    </message>
    <message>
        <source>A router (%1) reported that it has no way to the network of %2, so the SYN was sent back undelivered. This is a routing problem in the network, not on the server.</source>
        <translation>Un routeur (%1) a signalé qu&apos;il n&apos;a aucun chemin vers le réseau de %2&#xa0;: le SYN a donc été renvoyé sans être remis. C&apos;est un problème de routage dans le réseau, pas sur le serveur.</translation>
    </message>
    <message>
        <source>Tell the network administrator which router answered, and the address you tried.</source>
        <translation>Indiquez à l&apos;administrateur réseau quel routeur a répondu, et l&apos;adresse que vous avez essayée.</translation>
    </message>
    <message>
        <source>%1 has the address(es) %2.</source>
        <translation>%1 a pour adresse(s) %2.</translation>
    </message>
    <message>
        <source>The system resolver said: %1</source>
        <translation>Le résolveur du système a indiqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>La vérification a été annulée avant la fin.</translation>
    </message>
    <message>
        <source>The port test could not run, so there is nothing to judge.</source>
        <translation>Le test de port n&apos;a pas pu s&apos;exécuter&#xa0;: il n&apos;y a donc rien à évaluer.</translation>
    </message>
    <message>
        <source>This is not a target tcpdoctor can check</source>
        <translation>Ce n&apos;est pas une cible que tcpdoctor peut vérifier</translation>
    </message>
    <message>
        <source>Enter a name or address and a port, like example.com:443, 192.0.2.10:8080 or https://example.com/.</source>
        <translation>Saisissez un nom ou une adresse et un port, par exemple example.com:443, 192.0.2.10:8080 ou https://example.com/.</translation>
    </message>
    <message>
        <source>Input: &quot;%1&quot;</source>
        <translation>Saisie&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>tcpdoctor could not finish the check</source>
        <translation>tcpdoctor n&apos;a pas pu terminer la vérification</translation>
    </message>
    <message>
        <source>Run the check again. If it keeps failing, run it with --verbose and attach the log to a bug report.</source>
        <translation>Relancez la vérification. Si elle échoue encore, lancez-la avec --verbose et joignez le journal à un rapport de bogue.</translation>
    </message>
    <message>
        <source>%1 port %2: no answer in %3 s (SYN tries: %4).</source>
        <translation>%1 port %2&#xa0;: aucune réponse en %3 s (tentatives de SYN&#xa0;: %4).</translation>
    </message>
    <message>
        <source>SYN retransmissions the kernel could not send (TcpExt TCPRetransFail): %1.</source>
        <translation>Retransmissions de SYN que le noyau n&apos;a pas pu envoyer (TcpExt TCPRetransFail)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Line %1 of the hosts file %2 maps %3 to %4.</source>
        <translation>La ligne %1 du fichier hosts %2 associe %3 à %4.</translation>
    </message>
    <message>
        <source>No DNS server is configured</source>
        <translation>Aucun serveur DNS n&apos;est configuré</translation>
    </message>
    <message>
        <source>Before a connection can start, the name %1 must be turned into an address, and that needs a DNS server. This computer has none configured, so no SYN was ever sent.</source>
        <translation>Avant qu&apos;une connexion puisse commencer, le nom %1 doit être traduit en adresse, ce qui nécessite un serveur DNS. Cet ordinateur n&apos;en a aucun de configuré&#xa0;: aucun SYN n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>Connect to the network again, or renew the automatic configuration (DHCP): it normally brings the DNS servers.</source>
        <translation>Reconnectez-vous au réseau, ou renouvelez la configuration automatique (DHCP)&#xa0;: c&apos;est elle qui fournit normalement les serveurs DNS.</translation>
    </message>
    <message>
        <source>Or enter a DNS server in the network settings (your router&apos;s address often works).</source>
        <translation>Ou saisissez un serveur DNS dans les paramètres réseau (l&apos;adresse de votre routeur fonctionne souvent).</translation>
    </message>
    <message>
        <source>%1 lists no DNS server.</source>
        <translation>%1 n&apos;indique aucun serveur DNS.</translation>
    </message>
    <message>
        <source>To find the address of %1, this computer asked its DNS servers (%2), but none of them answered, so no connection could start.</source>
        <translation>Pour trouver l&apos;adresse de %1, cet ordinateur a interrogé ses serveurs DNS (%2), mais aucun n&apos;a répondu&#xa0;: aucune connexion n&apos;a donc pu commencer.</translation>
    </message>
    <message>
        <source>The DNS server could not answer for %1</source>
        <translation>Le serveur DNS n&apos;a pas pu répondre pour %1</translation>
    </message>
    <message>
        <source>This computer asked its DNS server for the address of %1. The server answered, but with a failure instead of an address (SERVFAIL or REFUSED), so no connection could start. The name may be fine: the server could not find out.</source>
        <translation>Cet ordinateur a demandé l&apos;adresse de %1 à son serveur DNS. Le serveur a répondu, mais par un échec au lieu d&apos;une adresse (SERVFAIL ou REFUSED)&#xa0;: aucune connexion n&apos;a donc pu commencer. Le nom est peut-être correct&#xa0;: c&apos;est le serveur qui n&apos;a pas pu trouver la réponse.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: the name&apos;s own DNS servers may be down for a moment.</source>
        <translation>Réessayez dans quelques minutes&#xa0;: les serveurs DNS propres à ce nom sont peut-être momentanément hors service.</translation>
    </message>
    <message>
        <source>Try another DNS server (for example your router&apos;s) to see whether this server is the problem.</source>
        <translation>Essayez un autre serveur DNS (par exemple celui de votre routeur) pour voir si le problème vient de ce serveur.</translation>
    </message>
    <message>
        <source>If the name belongs to your organisation, tell its administrator.</source>
        <translation>Si le nom appartient à votre organisation, prévenez son administrateur.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>The name exists, but it has only IPv6 addresses, and IPv6 was not used for this check, so there was nothing to connect to.</source>
        <translation>Le nom existe, mais il n&apos;a que des adresses IPv6, et IPv6 n&apos;a pas été utilisé pour cette vérification&#xa0;: il n&apos;y avait donc rien à quoi se connecter.</translation>
    </message>
    <message>
        <source>The name exists, but it has only IPv6 addresses, and this computer has no IPv6 route (no IPv6 connection), so it cannot reach them.</source>
        <translation>Le nom existe, mais il n&apos;a que des adresses IPv6, et cet ordinateur n&apos;a pas d&apos;itinéraire IPv6 (pas de connexion IPv6)&#xa0;: il ne peut donc pas les atteindre.</translation>
    </message>
    <message>
        <source>Connect to a network that offers IPv6, or ask your provider for IPv6.</source>
        <translation>Connectez-vous à un réseau qui propose IPv6, ou demandez IPv6 à votre fournisseur d&apos;accès.</translation>
    </message>
    <message>
        <source>Or ask the administrator of the name to add an IPv4 address (an A record).</source>
        <translation>Ou demandez à l&apos;administrateur du nom d&apos;ajouter une adresse IPv4 (un enregistrement A).</translation>
    </message>
    <message>
        <source>%1 is blocked by DNS filtering</source>
        <translation>%1 est bloqué par un filtrage DNS</translation>
    </message>
    <message>
        <source>%1 is not a name of this computer, yet the name lookup leads to %2, where nothing can answer for it. That is how ad, malware and parental-control filters block a name, so no connection to the real server was tried.</source>
        <translation>%1 n&apos;est pas un nom de cet ordinateur, et pourtant la résolution du nom mène à %2, où rien ne peut lui répondre. C&apos;est ainsi que les filtres publicitaires, anti-logiciels malveillants et de contrôle parental bloquent un nom&#xa0;: aucune connexion au vrai serveur n&apos;a donc été tentée.</translation>
    </message>
    <message>
        <source>Remove the line for this name from the hosts file (administrator rights needed).</source>
        <translation>Supprimez la ligne de ce nom dans le fichier hosts (droits d&apos;administrateur nécessaires).</translation>
    </message>
    <message>
        <source>Ask whoever runs the DNS filter (a filtering DNS service, the router, or security software) to allow the name.</source>
        <translation>Demandez à qui gère le filtre DNS (un service DNS filtrant, le routeur ou un logiciel de sécurité) d&apos;autoriser ce nom.</translation>
    </message>
    <message>
        <source>If the block is wanted, the connection is not supposed to work.</source>
        <translation>Si le blocage est voulu, la connexion n&apos;est pas censée fonctionner.</translation>
    </message>
    <message>
        <source>An old hosts file entry sends %1 to the wrong address</source>
        <translation>Une ancienne entrée du fichier hosts envoie %1 vers la mauvaise adresse</translation>
    </message>
    <message>
        <source>This computer&apos;s hosts file pins %1 to %2, so programs never ask DNS. Nothing answers there, while DNS says %1 is at %3: the entry is probably out of date.</source>
        <translation>Le fichier hosts de cet ordinateur associe %1 à %2 de façon fixe&#xa0;: les programmes n&apos;interrogent donc jamais le DNS. Rien ne répond à cette adresse, alors que le DNS indique que %1 se trouve à %3&#xa0;: l&apos;entrée est probablement périmée.</translation>
    </message>
    <message>
        <source>Remove or correct the line for this name in the hosts file (administrator rights needed), then try again.</source>
        <translation>Supprimez ou corrigez la ligne de ce nom dans le fichier hosts (droits d&apos;administrateur nécessaires), puis réessayez.</translation>
    </message>
    <message>
        <source>%1 leads to the wrong address</source>
        <translation>%1 mène à la mauvaise adresse</translation>
    </message>
    <message>
        <source>You expected %1 at %2, but the name lookup gives %3, and nothing answers there. The packets go to the wrong device.</source>
        <translation>Vous attendiez %1 à l&apos;adresse %2, mais la résolution du nom donne %3, et rien n&apos;y répond. Les paquets partent vers le mauvais appareil.</translation>
    </message>
    <message>
        <source>Check the address you expected. If it is right, the DNS record (or a hosts file entry) is out of date: tell the name&apos;s administrator.</source>
        <translation>Vérifiez l&apos;adresse attendue. Si elle est correcte, l&apos;enregistrement DNS (ou une entrée du fichier hosts) est périmé&#xa0;: prévenez l&apos;administrateur du nom.</translation>
    </message>
    <message>
        <source>To test the server itself meanwhile, check %1 directly.</source>
        <translation>En attendant, pour tester le serveur lui-même, vérifiez directement %1.</translation>
    </message>
    <message>
        <source>Route lookup for %1: no route (%2).</source>
        <translation>Recherche d&apos;itinéraire pour %1&#xa0;: aucun itinéraire (%2).</translation>
    </message>
    <message>
        <source>Route lookup for %1: on the local network of %2, source address %3.</source>
        <translation>Recherche d&apos;itinéraire pour %1&#xa0;: sur le réseau local de %2, adresse source %3.</translation>
    </message>
    <message>
        <source>Route lookup for %1: through %2 from %3, next hop %4.</source>
        <translation>Recherche d&apos;itinéraire pour %1&#xa0;: via %2 depuis %3, saut suivant %4.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No default gateway is configured.</source>
        <translation>Aucune passerelle par défaut n&apos;est configurée.</translation>
    </message>
    <message>
        <source>Default gateway(s): %1.</source>
        <translation>Passerelle(s) par défaut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>ping (ICMP echo)</source>
        <translation>ping (écho ICMP)</translation>
    </message>
    <message>
        <source>TCP to ports 80, 443, 53</source>
        <translation>TCP vers les ports 80, 443, 53</translation>
    </message>
    <message>
        <source>Gateway %1 answered %2 in %3.</source>
        <translation>La passerelle %1 a répondu en %3 (%2).</translation>
    </message>
    <message>
        <source>Gateway %1 on %2: no answer to %3 (%4 tries); neighbour (ARP/NDP) state: %5.</source>
        <translation>Passerelle %1 sur %2&#xa0;: aucune réponse (%3, %4 tentatives)&#xa0;; état du voisin (ARP/NDP)&#xa0;: %5.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network</source>
        <translation>Cet ordinateur n&apos;est connecté à aucun réseau</translation>
    </message>
    <message>
        <source>No network interface has a working link: no cable is plugged in (or the device at its other end is off), Wi-Fi is off or not connected, and there is no mobile connection. Nothing can be sent to %1 until a link is up.</source>
        <translation>Aucune interface réseau n&apos;a de liaison active&#xa0;: aucun câble n&apos;est branché (ou l&apos;appareil à l&apos;autre bout est éteint), le Wi-Fi est désactivé ou pas connecté, et il n&apos;y a pas de connexion mobile. Rien ne peut être envoyé à %1 tant qu&apos;aucune liaison n&apos;est active.</translation>
    </message>
    <message>
        <source>Only the VPN tunnel %1 is up, and a VPN needs a working connection underneath.</source>
        <translation>Seul le tunnel VPN %1 est actif, or un VPN a besoin d&apos;une connexion qui fonctionne en dessous.</translation>
    </message>
    <message>
        <source>Plug the network cable in firmly at both ends, or connect to your Wi-Fi network.</source>
        <translation>Branchez bien le câble réseau aux deux bouts, ou connectez-vous à votre réseau Wi-Fi.</translation>
    </message>
    <message>
        <source>If Wi-Fi is off, switch it on (network menu or Wi-Fi key) and check that flight mode is off.</source>
        <translation>Si le Wi-Fi est désactivé, activez-le (menu réseau ou touche Wi-Fi) et vérifiez que le mode avion est désactivé.</translation>
    </message>
    <message>
        <source>Check the router: are its lights on? Switch it off for 30 seconds and on again.</source>
        <translation>Vérifiez le routeur&#xa0;: ses voyants sont-ils allumés&#xa0;? Éteignez-le 30 secondes, puis rallumez-le.</translation>
    </message>
    <message>
        <source>Check whether other devices on the same network are online.</source>
        <translation>Vérifiez si d&apos;autres appareils du même réseau sont connectés.</translation>
    </message>
    <message>
        <source>%1 (%2): %3, carrier %4, state %5.</source>
        <translation>%1 (%2)&#xa0;: %3, signal de liaison %4, état %5.</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>This computer has no IP address</source>
        <translation>Cet ordinateur n&apos;a pas d&apos;adresse IP</translation>
    </message>
    <message>
        <source>The network link is up, but no IP address is configured on it, so this computer cannot send anything to %1.</source>
        <translation>La liaison réseau est active, mais aucune adresse IP n&apos;y est configurée&#xa0;: cet ordinateur ne peut donc rien envoyer à %1.</translation>
    </message>
    <message>
        <source>Switch the network connection off and on, so it asks the router for an address (DHCP).</source>
        <translation>Désactivez puis réactivez la connexion réseau, pour qu&apos;elle redemande une adresse au routeur (DHCP).</translation>
    </message>
    <message>
        <source>Check that the connection&apos;s IP settings are automatic (DHCP), unless the network uses fixed addresses.</source>
        <translation>Vérifiez que les paramètres IP de la connexion sont automatiques (DHCP), sauf si le réseau utilise des adresses fixes.</translation>
    </message>
    <message>
        <source>Restart the router.</source>
        <translation>Redémarrez le routeur.</translation>
    </message>
    <message>
        <source>%1 has a link but no IP address.</source>
        <translation>%1 a une liaison mais pas d&apos;adresse IP.</translation>
    </message>
    <message>
        <source>This computer did not get an address from the network</source>
        <translation>Cet ordinateur n&apos;a pas obtenu d&apos;adresse du réseau</translation>
    </message>
    <message>
        <source>Automatic configuration (DHCP) failed: nobody answered when this computer asked for an address, so it has only a self-assigned one (%1). With it, %2 cannot be reached.</source>
        <translation>La configuration automatique (DHCP) a échoué&#xa0;: personne n&apos;a répondu quand cet ordinateur a demandé une adresse, il n&apos;a donc qu&apos;une adresse attribuée automatiquement par lui-même (%1). Avec elle, %2 est injoignable.</translation>
    </message>
    <message>
        <source>Restart the router (switch it off for 30 seconds), wait two minutes and try again.</source>
        <translation>Redémarrez le routeur (éteignez-le 30 secondes), attendez deux minutes et réessayez.</translation>
    </message>
    <message>
        <source>Switch this computer&apos;s network connection off and on.</source>
        <translation>Désactivez puis réactivez la connexion réseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>If other devices get no address either, the router&apos;s DHCP server is off or broken: check its settings or ask the network administrator.</source>
        <translation>Si les autres appareils n&apos;obtiennent pas d&apos;adresse non plus, le serveur DHCP du routeur est désactivé ou défaillant&#xa0;: vérifiez ses paramètres ou demandez à l&apos;administrateur réseau.</translation>
    </message>
    <message>
        <source>Self-assigned address: %1.</source>
        <translation>Adresse auto-attribuée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This computer has no route to %1</source>
        <translation>Cet ordinateur n&apos;a pas d&apos;itinéraire vers %1</translation>
    </message>
    <message>
        <source>This computer has no route beyond its local network (no default gateway), so neither its DNS server(s) %1 nor %2 can be reached.</source>
        <translation>Cet ordinateur n&apos;a aucun itinéraire au-delà de son réseau local (pas de passerelle par défaut)&#xa0;: ni son ou ses serveurs DNS %1, ni %2 ne sont joignables.</translation>
    </message>
    <message>
        <source>%1 is not on the local network, and this computer has no default gateway (router) to send such traffic to, so the SYN could not be sent anywhere.</source>
        <translation>%1 n&apos;est pas sur le réseau local, et cet ordinateur n&apos;a pas de passerelle par défaut (routeur) à qui confier ce trafic&#xa0;: le SYN n&apos;a donc pu être envoyé nulle part.</translation>
    </message>
    <message>
        <source>This computer&apos;s routing table has no usable route to %1, so the SYN could not be sent anywhere.</source>
        <translation>La table de routage de cet ordinateur n&apos;a aucun itinéraire utilisable vers %1&#xa0;: le SYN n&apos;a donc pu être envoyé nulle part.</translation>
    </message>
    <message>
        <source>Connect to the network again, so it sets up the gateway automatically (DHCP).</source>
        <translation>Reconnectez-vous au réseau, pour que la passerelle soit configurée automatiquement (DHCP).</translation>
    </message>
    <message>
        <source>If you set the address by hand, also enter the default gateway: usually the router&apos;s address, like 192.168.1.1.</source>
        <translation>Si vous avez saisi l&apos;adresse à la main, indiquez aussi la passerelle par défaut&#xa0;: en général l&apos;adresse du routeur, par exemple 192.168.1.1.</translation>
    </message>
    <message>
        <source>The router (default gateway %1) does not answer</source>
        <translation>Le routeur (passerelle par défaut %1) ne répond pas</translation>
    </message>
    <message>
        <source>Traffic to %1 has to go through the gateway %2, but nobody on the local network answered for that address (ARP / neighbour discovery), so no packet can leave the local network.</source>
        <translation>Le trafic vers %1 doit passer par la passerelle %2, mais personne sur le réseau local n&apos;a répondu pour cette adresse (ARP / découverte des voisins)&#xa0;: aucun paquet ne peut donc quitter le réseau local.</translation>
    </message>
    <message>
        <source>Check that the router is switched on and its lights look normal; restart it (switch it off for 30 seconds).</source>
        <translation>Vérifiez que le routeur est allumé et que ses voyants semblent normaux&#xa0;; redémarrez-le (éteignez-le 30 secondes).</translation>
    </message>
    <message>
        <source>Check the cable or the Wi-Fi connection between this computer and the router.</source>
        <translation>Vérifiez le câble ou la connexion Wi-Fi entre cet ordinateur et le routeur.</translation>
    </message>
    <message>
        <source>If the network settings were typed in by hand, check the gateway address: it must be the router&apos;s own address.</source>
        <translation>Si les paramètres réseau ont été saisis à la main, vérifiez l&apos;adresse de la passerelle&#xa0;: ce doit être l&apos;adresse du routeur lui-même.</translation>
    </message>
    <message>
        <source>If other devices on the network work, compare their gateway address with this computer&apos;s.</source>
        <translation>Si les autres appareils du réseau fonctionnent, comparez leur adresse de passerelle avec celle de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 has only IPv6 addresses</source>
        <translation>%1 n&apos;a que des adresses IPv6</translation>
    </message>
    <message>
        <source>Answers came back from the network, so this worked at the time of the check</source>
        <translation>Des réponses sont revenues du réseau&#xa0;: cela fonctionnait donc au moment de la vérification</translation>
    </message>
    <message>
        <source>It looked broken, but answers came back from the network during the check: %1</source>
        <translation>Cela semblait en panne, mais des réponses sont revenues du réseau pendant la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 answered the SYN with SYN-ACK.</source>
        <translation>%1 a répondu au SYN par un SYN-ACK.</translation>
    </message>
    <message>
        <source>%1 answered the SYN with RST.</source>
        <translation>%1 a répondu au SYN par un RST.</translation>
    </message>
    <message>
        <source>%1 sent back an ICMP message: %2.</source>
        <translation>%1 a renvoyé un message ICMP&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The DNS server %1 answered.</source>
        <translation>Le serveur DNS %1 a répondu.</translation>
    </message>
    <message>
        <source>The gateway %1 answered.</source>
        <translation>La passerelle %1 a répondu.</translation>
    </message>
    <message>
        <source>The network connection is not ready yet</source>
        <translation>La connexion réseau n&apos;est pas encore prête</translation>
    </message>
    <message>
        <source>%1 is connected (it has a link), but it is not ready to carry traffic yet: it is still connecting, or the Wi-Fi or network sign-in (authentication) has not finished. Nothing came back from the network while tcpdoctor waited, so %2 cannot be reached for now.</source>
        <translation>%1 est connecté (il a une liaison), mais n&apos;est pas encore prêt à transporter du trafic&#xa0;: la connexion est encore en cours, ou l&apos;identification Wi-Fi ou réseau (authentification) n&apos;est pas terminée. Rien n&apos;est revenu du réseau pendant que tcpdoctor attendait&#xa0;: %2 est donc injoignable pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Wait a few seconds and check again: a connection that was just made needs a moment.</source>
        <translation>Attendez quelques secondes et relancez la vérification&#xa0;: une connexion qui vient d&apos;être établie a besoin d&apos;un moment.</translation>
    </message>
    <message>
        <source>If the network asks for a password or a sign-in (Wi-Fi key, company certificate, 802.1X), finish it in the network menu.</source>
        <translation>Si le réseau demande un mot de passe ou une identification (clé Wi-Fi, certificat d&apos;entreprise, 802.1X), terminez-la dans le menu réseau.</translation>
    </message>
    <message>
        <source>If it stays like this, switch the connection off and on, or unplug the cable and plug it in again.</source>
        <translation>Si cela persiste, désactivez puis réactivez la connexion, ou débranchez le câble et rebranchez-le.</translation>
    </message>
    <message>
        <source>%1 has a carrier but is not up (tcpdoctor waited %2 for it to settle).</source>
        <translation>%1 a un signal de liaison mais n&apos;est pas actif (tcpdoctor a attendu %2 que cela change).</translation>
    </message>
    <message>
        <source>The DNS server refuses to answer this computer</source>
        <translation>Le serveur DNS refuse de répondre à cet ordinateur</translation>
    </message>
    <message>
        <source>This computer asked its DNS server(s) for the address of %1, and every one of them answered REFUSED: the server works, but it does not serve this computer. Usually the DNS server belongs to another network (an office DNS server used from home or over a different connection), or its access list does not include this computer&apos;s address.</source>
        <translation>Cet ordinateur a demandé l&apos;adresse de %1 à son ou ses serveurs DNS, et tous ont répondu REFUSED&#xa0;: le serveur fonctionne, mais il ne sert pas cet ordinateur. En général, le serveur DNS appartient à un autre réseau (un serveur DNS du bureau utilisé depuis la maison ou via une autre connexion), ou sa liste d&apos;accès n&apos;inclut pas l&apos;adresse de cet ordinateur.</translation>
    </message>
    <message>
        <source>Use the DNS server of the network you are on: switch the connection off and on so it is set automatically (DHCP), or remove a DNS server entered by hand.</source>
        <translation>Utilisez le serveur DNS du réseau sur lequel vous êtes&#xa0;: désactivez puis réactivez la connexion pour qu&apos;il soit défini automatiquement (DHCP), ou supprimez un serveur DNS saisi à la main.</translation>
    </message>
    <message>
        <source>If the name is internal to a company, connect the VPN first, so its DNS server serves you.</source>
        <translation>Si le nom est interne à une entreprise, connectez d&apos;abord le VPN, pour que son serveur DNS vous réponde.</translation>
    </message>
    <message>
        <source>If you run the DNS server, allow this computer&apos;s address in its access list (allow-query, allow-recursion).</source>
        <translation>Si vous gérez le serveur DNS, autorisez l&apos;adresse de cet ordinateur dans sa liste d&apos;accès (allow-query, allow-recursion).</translation>
    </message>
    <message>
        <source>%1 sent back: %2.</source>
        <translation>%1 a renvoyé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 turned the connection to port %2 away</source>
        <translation>%1 a repoussé la connexion au port %2</translation>
    </message>
    <message>
        <source>We sent a SYN to port %1; instead of a SYN-ACK, %2 sent back an ICMP message: %3.</source>
        <translation>Nous avons envoyé un SYN au port %1&#xa0;; au lieu d&apos;un SYN-ACK, %2 a renvoyé un message ICMP&#xa0;: %3.</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>The server itself turns the connection away: usually its firewall rejects this port (where simply nothing listens, a server answers with RST instead).</source>
        <translation>Le serveur lui-même repousse la connexion&#xa0;: en général, son pare-feu rejette ce port (là où simplement rien n&apos;écoute, un serveur répond plutôt par un RST).</translation>
    </message>
    <message>
        <source>The server&apos;s own firewall refuses this connection.</source>
        <translation>Le pare-feu du serveur lui-même refuse cette connexion.</translation>
    </message>
    <message>
        <source>The router %1 turns the connection away before it reaches the server: a firewall there rejects it.</source>
        <translation>Le routeur %1 repousse la connexion avant qu&apos;elle n&apos;atteigne le serveur&#xa0;: un pare-feu à cet endroit la rejette.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to allow port %1 from your address in the server&apos;s firewall.</source>
        <translation>Demandez à l&apos;administrateur du serveur d&apos;autoriser le port %1 depuis votre adresse dans le pare-feu du serveur.</translation>
    </message>
    <message>
        <source>We sent SYNs to port %1 and got no answer at all: no SYN-ACK, no RST, no ICMP message.</source>
        <translation>Nous avons envoyé des SYN au port %1 sans obtenir aucune réponse&#xa0;: ni SYN-ACK, ni RST, ni message ICMP.</translation>
    </message>
    <message>
        <source>Something on the way silently drops the packets, usually a firewall (on the server, on a router, or a cloud security group).</source>
        <translation>Quelque chose sur le trajet jette les paquets sans rien dire, en général un pare-feu (sur le serveur, sur un routeur, ou un groupe de sécurité cloud).</translation>
    </message>
    <message>
        <source>We sent a SYN to port %1 of this computer itself and it answered at once with RST: no program on this computer accepts connections on that port.</source>
        <translation>Nous avons envoyé un SYN au port %1 de cet ordinateur lui-même, et il a répondu aussitôt par RST&#xa0;: aucun programme de cet ordinateur n&apos;accepte de connexions sur ce port.</translation>
    </message>
    <message>
        <source>Start the program (the service) that should listen on port %1, or check its settings for the port it really uses.</source>
        <translation>Démarrez le programme (le service) qui doit écouter sur le port %1, ou vérifiez dans ses réglages le port qu&apos;il utilise vraiment.</translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor listen %1&quot; to see what listens on this computer and on which address.</source>
        <translation>Lancez «&#xa0;tcpdoctor listen %1&#xa0;» pour voir ce qui écoute sur cet ordinateur, et sur quelle adresse.</translation>
    </message>
    <message>
        <source>No verdict: the port test was not run</source>
        <translation>Pas de verdict&#xa0;: le test du port n’a pas été fait</translation>
    </message>
    <message>
        <source>Only the port test shows whether %1 can be reached, and it was left out of this check. The steps that ran found nothing wrong.</source>
        <translation>Seul le test du port montre si %1 est joignable, et il a été laissé de côté dans cette vérification. Les étapes qui ont tourné n’ont rien trouvé d’anormal.</translation>
    </message>
    <message>
        <source>Run the check again with the port test (leave out --steps, or add port to it).</source>
        <translation>Relancez la vérification avec le test du port (sans --steps, ou en y ajoutant port).</translation>
    </message>
    <message>
        <source>TLS handshake on %1: %2, %3.</source>
        <translation>Négociation TLS avec %1&#xa0;: %2, %3.</translation>
    </message>
    <message>
        <source>Certificate %1: &quot;%2&quot;, issued by &quot;%3&quot;, valid from %4 to %5, for: %6.</source>
        <translation>Certificat %1&#xa0;: «&#xa0;%2&#xa0;», émis par «&#xa0;%3&#xa0;», valide du %4 au %5, pour&#xa0;: %6.</translation>
    </message>
    <message>
        <source>Certificate check: %1</source>
        <translation>Vérification du certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service on port %1 of %2 does not speak TLS</source>
        <translation>Le service du port %1 de %2 ne parle pas TLS</translation>
    </message>
    <message>
        <source>The connection was made, but the service answered the TLS hello (the start of an encrypted connection) with something that is not TLS: a plain web server, or another protocol, listens on this port.</source>
        <translation>La connexion a été établie, mais le service a répondu au hello TLS (le début d&apos;une connexion chiffrée) par quelque chose qui n&apos;est pas du TLS&#xa0;: un serveur web en clair, ou un autre protocole, écoute sur ce port.</translation>
    </message>
    <message>
        <source>Check the address: maybe it should start with http:// instead of https://, or use another port.</source>
        <translation>Vérifiez l&apos;adresse&#xa0;: elle devrait peut-être commencer par http:// au lieu de https://, ou utiliser un autre port.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: TLS is expected on port %1, but the service there does not use it.</source>
        <translation>Prévenez l&apos;administrateur du serveur&#xa0;: TLS est attendu sur le port %1, mais le service qui s&apos;y trouve ne l&apos;utilise pas.</translation>
    </message>
    <message>
        <source>The TLS library said: %1</source>
        <translation>La bibliothèque TLS a indiqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 accepts the connection but does not answer the TLS hello</source>
        <translation>%1 accepte la connexion mais ne répond pas au hello TLS</translation>
    </message>
    <message>
        <source>The handshake on port %1 completed, then the TLS hello got no answer at all in %2 s: the service hangs, or a filter on the way drops encrypted connections to this name.</source>
        <translation>La connexion TCP au port %1 s&apos;est établie, puis le hello TLS n&apos;a obtenu aucune réponse en %2 s&#xa0;: le service est figé, ou un filtre sur le trajet bloque les connexions chiffrées vers ce nom.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: a busy or hanging service may recover.</source>
        <translation>Réessayez dans quelques minutes&#xa0;: un service occupé ou figé peut se rétablir.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator that connections are accepted but TLS never starts.</source>
        <translation>Indiquez à l&apos;administrateur du serveur que les connexions sont acceptées, mais que TLS ne démarre jamais.</translation>
    </message>
    <message>
        <source>If it works from another network, ask this network&apos;s administrator whether a filter blocks this site.</source>
        <translation>Si cela fonctionne depuis un autre réseau, demandez à l&apos;administrateur de ce réseau-ci si un filtre bloque ce site.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation>La négociation TLS avec %1 a échoué</translation>
    </message>
    <message>
        <source>The server closed the connection instead of answering the TLS hello. It accepts connections, but not this kind of encrypted one.</source>
        <translation>Le serveur a fermé la connexion au lieu de répondre au hello TLS. Il accepte les connexions, mais pas ce type de connexion chiffrée.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake: the two sides found no protocol version or cipher they both accept.</source>
        <translation>Le serveur a mis fin à la négociation TLS&#xa0;: les deux côtés n&apos;ont trouvé aucune version de protocole ni aucun chiffrement qu&apos;ils acceptent tous les deux.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the alert &quot;%1&quot;: the two sides found no protocol version or cipher they both accept.</source>
        <translation>Le serveur a mis fin à la négociation TLS avec l&apos;alerte «&#xa0;%1&#xa0;»&#xa0;: les deux côtés n&apos;ont trouvé aucune version de protocole ni aucun chiffrement qu&apos;ils acceptent tous les deux.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: this computer offers %1, and the server accepts none of them. Servers should offer TLS 1.2 or newer.</source>
        <translation>Prévenez l&apos;administrateur du serveur&#xa0;: cet ordinateur propose %1, et le serveur n&apos;en accepte aucune. Les serveurs devraient proposer TLS 1.2 ou une version plus récente.</translation>
    </message>
    <message>
        <source>If only an old program of yours fails, update it: it may offer only old versions.</source>
        <translation>Si seul un de vos anciens programmes échoue, mettez-le à jour&#xa0;: il ne propose peut-être que d&apos;anciennes versions.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet — check this computer&apos;s clock</source>
        <translation>Le certificat de %1 n&apos;est pas encore valide — vérifiez l&apos;horloge de cet ordinateur</translation>
    </message>
    <message>
        <source>The certificate is valid from %1, and this computer&apos;s clock says %2. A certificate that only starts to be valid later is rare: this computer&apos;s date or time zone is more likely wrong.</source>
        <translation>Le certificat est valide à partir du %1, et l&apos;horloge de cet ordinateur indique %2. Un certificat qui ne devient valide que plus tard est rare&#xa0;: il est plus probable que la date ou le fuseau horaire de cet ordinateur soit faux.</translation>
    </message>
    <message>
        <source>Check the date, time and time zone of this computer, and turn on setting the time automatically.</source>
        <translation>Vérifiez la date, l&apos;heure et le fuseau horaire de cet ordinateur, et activez le réglage automatique de l&apos;heure.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired</source>
        <translation>Le certificat de %1 a expiré</translation>
    </message>
    <message>
        <source>The certificate was valid until %1; this computer&apos;s clock says %2. Programs refuse the connection, because an expired certificate no longer proves who the server is.</source>
        <translation>Le certificat était valide jusqu&apos;au %1&#xa0;; l&apos;horloge de cet ordinateur indique %2. Les programmes refusent la connexion, car un certificat expiré ne prouve plus l&apos;identité du serveur.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the certificate must be renewed.</source>
        <translation>Prévenez l&apos;administrateur du serveur&#xa0;: le certificat doit être renouvelé.</translation>
    </message>
    <message>
        <source>If other sites&apos; certificates fail too, check this computer&apos;s date and time.</source>
        <translation>Si les certificats d&apos;autres sites échouent aussi, vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1</source>
        <translation>Cet ordinateur ne fait pas confiance au certificat de %1</translation>
    </message>
    <message>
        <source>The certificate chain ends in &quot;%1&quot;, which signed itself and is not on this computer&apos;s list of trusted authorities: a self-signed certificate, or a private authority.</source>
        <translation>La chaîne de certificats se termine par «&#xa0;%1&#xa0;», qui s&apos;est signé lui-même et ne figure pas dans la liste des autorités de confiance de cet ordinateur&#xa0;: un certificat auto-signé, ou une autorité privée.</translation>
    </message>
    <message>
        <source>The certificate chain does not lead to an authority on this computer&apos;s list of trusted authorities (its last certificate was issued by &quot;%1&quot;). The server may not send its intermediate certificates, or uses a private authority.</source>
        <translation>La chaîne de certificats ne mène à aucune autorité de la liste des autorités de confiance de cet ordinateur (son dernier certificat a été émis par «&#xa0;%1&#xa0;»). Le serveur n&apos;envoie peut-être pas ses certificats intermédiaires, ou il utilise une autorité privée.</translation>
    </message>
    <message>
        <source>If this is your organisation&apos;s server, ask its administrator for the authority&apos;s certificate and how to install it on this computer.</source>
        <translation>S&apos;il s&apos;agit du serveur de votre organisation, demandez à son administrateur le certificat de l&apos;autorité et la façon de l&apos;installer sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the server must send its full certificate chain from an authority that clients trust.</source>
        <translation>Prévenez l&apos;administrateur du serveur&#xa0;: le serveur doit envoyer sa chaîne de certificats complète, issue d&apos;une autorité à laquelle les clients font confiance.</translation>
    </message>
    <message>
        <source>Do not accept the certificate just to get past the warning unless you know why it is different.</source>
        <translation>N&apos;acceptez pas le certificat juste pour passer l&apos;avertissement, sauf si vous savez pourquoi il est différent.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for another name</source>
        <translation>Le certificat de %1 correspond à un autre nom</translation>
    </message>
    <message>
        <source>The certificate is valid, but it covers %1, not %2. Programs refuse the connection, because the server could not prove it is %2.</source>
        <translation>Le certificat est valide, mais il couvre %1, pas %2. Les programmes refusent la connexion, car le serveur n&apos;a pas pu prouver qu&apos;il est %2.</translation>
    </message>
    <message>
        <source>Connect with a name the certificate covers (%1), if it is the same server.</source>
        <translation>Connectez-vous avec un nom couvert par le certificat (%1), s&apos;il s&apos;agit du même serveur.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the certificate must include %1.</source>
        <translation>Prévenez l&apos;administrateur du serveur&#xa0;: le certificat doit inclure %1.</translation>
    </message>
    <message>
        <source>The service on port %1 of %2 accepts connections but does not greet</source>
        <translation>Le service du port %1 de %2 accepte les connexions mais n&apos;envoie pas de message d&apos;accueil</translation>
    </message>
    <message>
        <source>The service on this port always speaks first, but it closed the connection without a word: it refuses this computer, or it is overloaded.</source>
        <translation>Le service de ce port parle toujours en premier, mais il a fermé la connexion sans rien dire&#xa0;: il refuse cet ordinateur, ou il est surchargé.</translation>
    </message>
    <message>
        <source>The service on this port always speaks first (a greeting such as &quot;SSH-2.0-...&quot; or &quot;220 ...&quot;), but it said nothing in %1 s: it hangs or is overloaded, or its name lookups of clients time out.</source>
        <translation>Le service de ce port parle toujours en premier (un message d&apos;accueil comme «&#xa0;SSH-2.0-...&#xa0;» ou «&#xa0;220 ...&#xa0;»), mais il n&apos;a rien dit en %1 s&#xa0;: il est figé ou surchargé, ou la résolution des noms de ses clients n&apos;aboutit pas à temps.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator that the service accepts connections but does not answer; its log and load are the place to look.</source>
        <translation>Indiquez à l&apos;administrateur du serveur que le service accepte les connexions mais ne répond pas&#xa0;; c&apos;est dans son journal et du côté de sa charge qu&apos;il faut chercher.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: an overloaded service may recover.</source>
        <translation>Réessayez dans quelques minutes&#xa0;: un service surchargé peut se rétablir.</translation>
    </message>
    <message>
        <source>The web server at %1 answers with an error (%2)</source>
        <translation>Le serveur web de %1 répond par une erreur (%2)</translation>
    </message>
    <message>
        <source>The connection works and the web server answered &quot;%1&quot;. A 5xx status comes from the front (a proxy or load balancer, or the web server itself): it works, but the application behind it does not answer properly.</source>
        <translation>La connexion fonctionne et le serveur web a répondu «&#xa0;%1&#xa0;». Un code 5xx vient de la partie frontale (un proxy, un répartiteur de charge ou le serveur web lui-même)&#xa0;: elle fonctionne, mais l&apos;application qui se trouve derrière ne répond pas correctement.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s administrator the time and the status: the application behind the web server is down or overloaded.</source>
        <translation>Indiquez à l&apos;administrateur du site l&apos;heure et le code d&apos;état&#xa0;: l&apos;application qui se trouve derrière le serveur web est en panne ou surchargée.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The web server calls itself &quot;%1&quot;.</source>
        <translation>Le serveur web se présente comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The TLS handshake worked (%1), and the certificate is valid for %2 until %3.</source>
        <translation>La négociation TLS a réussi (%1), et le certificat est valide pour %2 jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>If a program still cannot connect, check its own settings: a proxy, its own list of trusted certificates (Java, Python, Node.js and git have one), or the user name and password.</source>
        <translation>Si un programme n&apos;arrive toujours pas à se connecter, vérifiez ses propres paramètres&#xa0;: un proxy, sa propre liste de certificats de confiance (Java, Python, Node.js et git en ont une), ou le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The service greeted: %1</source>
        <translation>Le service a envoyé son message d&apos;accueil&#xa0;: %1</translation>
    </message>
    <message>
        <source>The web server answered: %1</source>
        <translation>Le serveur web a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>If a program still cannot connect, the problem is in the program or the service: check the program&apos;s settings, a proxy, or the user name and password.</source>
        <translation>Si un programme n&apos;arrive toujours pas à se connecter, le problème se situe dans le programme ou dans le service&#xa0;: vérifiez les paramètres du programme, un proxy, ou le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>A second connection asking for packets of at most %1 bytes got its answer in %2 ms.</source>
        <translation>Une seconde connexion demandant des paquets d&apos;au plus %1 octets a obtenu sa réponse en %2 ms.</translation>
    </message>
    <message>
        <source>A second connection asking for packets of at most %1 bytes got no answer either: the size of the packets is not the cause.</source>
        <translation>Une seconde connexion demandant des paquets d&apos;au plus %1 octets n&apos;a pas obtenu de réponse non plus&#xa0;: la taille des paquets n&apos;est pas en cause.</translation>
    </message>
    <message>
        <source>tcpdoctor could not ask for small packets on this computer (%1), so large packets lost on the way (a path MTU black hole) are not ruled out.</source>
        <translation>tcpdoctor n&apos;a pas pu demander de petits paquets sur cet ordinateur (%1)&#xa0;: la perte de grands paquets sur le trajet (un trou noir PMTU) n&apos;est donc pas exclue.</translation>
    </message>
    <message>
        <source>The second connection, for a try with small packets, failed: %1.</source>
        <translation>La seconde connexion, pour un essai avec de petits paquets, a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This computer sends to %1 through %2, whose MTU is %3 bytes.</source>
        <translation>Cet ordinateur envoie vers %1 par %2, dont la MTU est de %3 octets.</translation>
    </message>
    <message>
        <source>Large packets from %1 are lost on the way</source>
        <translation>Les grands paquets venant de %1 se perdent sur le trajet</translation>
    </message>
    <message>
        <source>The connection to port %1 was made, but the TLS hello got no answer in %2 s. The same hello on a connection that asks for packets of at most %3 bytes was answered at once.</source>
        <translation>La connexion au port %1 a été établie, mais le hello TLS n&apos;a obtenu aucune réponse en %2 s. Le même hello, sur une connexion qui demande des paquets d&apos;au plus %3 octets, a obtenu une réponse immédiate.</translation>
    </message>
    <message>
        <source>The connection to port %1 was made, but the request got no answer in %2 s. The same request on a connection that asks for packets of at most %3 bytes was answered at once.</source>
        <translation>La connexion au port %1 a été établie, mais la requête n&apos;a obtenu aucune réponse en %2 s. La même requête, sur une connexion qui demande des paquets d&apos;au plus %3 octets, a obtenu une réponse immédiate.</translation>
    </message>
    <message>
        <source>Small packets pass and large ones from the server are lost: a router, tunnel or VPN on the way carries only smaller packets and drops larger ones without sending back the message (ICMP &quot;fragmentation needed&quot;) that would make the server send smaller ones. This is called a path MTU black hole: programs connect, then hang.</source>
        <translation>Les petits paquets passent et les grands venant du serveur se perdent&#xa0;: un routeur, un tunnel ou un VPN sur le trajet ne transporte que des paquets plus petits et jette les plus grands sans renvoyer le message (ICMP «&#xa0;fragmentation needed&#xa0;») qui ferait envoyer au serveur des paquets plus petits. C&apos;est ce qu&apos;on appelle un trou noir PMTU (path MTU black hole)&#xa0;: les programmes se connectent, puis se figent.</translation>
    </message>
    <message>
        <source>To get going on this computer, lower the MTU of %1 (now %2) to 1400, and try again.</source>
        <translation>Pour débloquer la situation sur cet ordinateur, abaissez la MTU de %1 (actuellement %2) à 1400, puis réessayez.</translation>
    </message>
    <message>
        <source>If you use a VPN or tunnel, try without it, or ask its administrator to lower the MTU of the tunnel.</source>
        <translation>Si vous utilisez un VPN ou un tunnel, essayez sans, ou demandez à son administrateur d&apos;abaisser la MTU du tunnel.</translation>
    </message>
    <message>
        <source>Tell the network&apos;s administrator: a router on the way should adjust the TCP maximum segment size (MSS clamping), and let ICMP &quot;fragmentation needed&quot; (IPv6: &quot;packet too big&quot;) messages through.</source>
        <translation>Prévenez l&apos;administrateur du réseau&#xa0;: un routeur sur le trajet devrait ajuster la taille maximale des segments TCP (MSS clamping) et laisser passer les messages ICMP «&#xa0;fragmentation needed&#xa0;» (IPv6&#xa0;: «&#xa0;packet too big&#xa0;»).</translation>
    </message>
    <message>
        <source>If programs connect and then hang only on this network or VPN, ask its administrator whether large packets are lost on the way (the MTU of a tunnel, MSS clamping on the router).</source>
        <translation>Si les programmes se connectent puis se figent uniquement sur ce réseau ou ce VPN, demandez à son administrateur si de grands paquets se perdent sur le trajet (la MTU d&apos;un tunnel, le MSS clamping sur le routeur).</translation>
    </message>
    <message>
        <source>The proxy %1 took the connection.</source>
        <translation>Le proxy %1 a accepté la connexion.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in page check.</source>
        <translation>%1 a répondu à la recherche de page de connexion.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Proxy: %1, from %2.</source>
        <translation>Proxy&#xa0;: %1 (source&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The proxy answered %1.</source>
        <translation>Le proxy a répondu %1.</translation>
    </message>
    <message>
        <source>The proxy calls itself %1.</source>
        <translation>Le proxy se présente comme %1.</translation>
    </message>
    <message>
        <source>A sign-in page holds the way out</source>
        <translation>Une page de connexion bloque la sortie</translation>
    </message>
    <message>
        <source>This network answers with a sign-in page (%1) instead of letting connections through: a hotel, guest Wi-Fi or public network that wants you to accept its terms or sign in first. Until then it holds connections to %2, or answers them itself.</source>
        <translation>Ce réseau répond par une page de connexion (%1) au lieu de laisser passer les connexions&#xa0;: un réseau d&apos;hôtel, un Wi-Fi invité ou un réseau public qui vous demande d&apos;abord d&apos;accepter ses conditions ou de vous connecter. D&apos;ici là, il retient les connexions vers %2, ou y répond lui-même.</translation>
    </message>
    <message>
        <source>Open a browser and go to %1 (or any address starting with http://). Accept the terms or sign in on the page that appears, then run the check again.</source>
        <translation>Ouvrez un navigateur et allez sur %1 (ou sur n&apos;importe quelle adresse commençant par http://). Acceptez les conditions ou connectez-vous sur la page qui s&apos;affiche, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>If no page appears, turn Wi-Fi off and on again, or ask the staff of the place for the network&apos;s sign-in page.</source>
        <translation>Si aucune page ne s&apos;affiche, éteignez puis rallumez le Wi-Fi, ou demandez au personnel du lieu l&apos;adresse de la page de connexion du réseau.</translation>
    </message>
    <message>
        <source>The check address %1 answered %2.</source>
        <translation>L&apos;adresse de vérification %1 a répondu %2.</translation>
    </message>
    <message>
        <source>It sends browsers to %1.</source>
        <translation>Les navigateurs sont renvoyés vers %1.</translation>
    </message>
    <message>
        <source>%1 can be reached only through the proxy</source>
        <translation>%1 n&apos;est joignable que par le proxy</translation>
    </message>
    <message>
        <source>A direct connection to %1 does not get through, but the proxy %2 (from %3) opened the way to it. This network lets connections out only through its proxy. Programs that follow the proxy settings work; programs that ignore them (many command-line tools, Java, Python and database clients) fail with “timed out” or “connection refused”.</source>
        <translation>Une connexion directe vers %1 ne passe pas, mais le proxy %2 (source&#xa0;: %3) y a ouvert la voie. Ce réseau ne laisse sortir les connexions que par son proxy. Les programmes qui suivent les paramètres de proxy fonctionnent&#xa0;; ceux qui les ignorent (beaucoup d&apos;outils en ligne de commande, Java, Python et les clients de bases de données) échouent avec «&#xa0;délai dépassé&#xa0;» (timed out) ou «&#xa0;connexion refusée&#xa0;» (connection refused).</translation>
    </message>
    <message>
        <source>Tell the program that fails to use the proxy %1: most command-line tools read https_proxy=%1 from their environment; Java takes -Dhttps.proxyHost and -Dhttps.proxyPort; git takes git config --global http.proxy %1.</source>
        <translation>Indiquez au programme qui échoue d&apos;utiliser le proxy %1&#xa0;: la plupart des outils en ligne de commande lisent https_proxy=%1 dans leur environnement&#xa0;; Java utilise -Dhttps.proxyHost et -Dhttps.proxyPort&#xa0;; pour git&#xa0;: git config --global http.proxy %1.</translation>
    </message>
    <message>
        <source>If the program cannot use a proxy, ask the network&apos;s administrator to let it connect to %1 directly.</source>
        <translation>Si le programme ne sait pas utiliser de proxy, demandez à l&apos;administrateur du réseau de le laisser se connecter directement à %1.</translation>
    </message>
    <message>
        <source>its name does not resolve</source>
        <translation>aucune adresse n&apos;est trouvée pour son nom</translation>
    </message>
    <message>
        <source>what answers there is not a proxy</source>
        <translation>ce qui répond à cette adresse n&apos;est pas un proxy</translation>
    </message>
    <message>
        <source>its port did not take the connection (%1)</source>
        <translation>son port n&apos;a pas accepté la connexion (%1)</translation>
    </message>
    <message>
        <source>The proxy set on this computer does not answer</source>
        <translation>Le proxy configuré sur cet ordinateur ne répond pas</translation>
    </message>
    <message>
        <source>Programs here are told to go through the proxy %1 (from %2), but %3. A proxy setting left over from another network (the office, a VPN) does this: every program that follows the setting fails, browsers first. The direct connection to %4 did not get through either.</source>
        <translation>Les programmes de cet ordinateur sont réglés pour passer par le proxy %1 (source&#xa0;: %2), mais %3. C&apos;est ce qui arrive avec un réglage de proxy resté d&apos;un autre réseau (le bureau, un VPN)&#xa0;: tous les programmes qui suivent ce réglage échouent, à commencer par les navigateurs. La connexion directe vers %4 n&apos;est pas passée non plus.</translation>
    </message>
    <message>
        <source>If this computer should not use a proxy on this network, remove the setting. %1</source>
        <translation>Si cet ordinateur ne doit pas utiliser de proxy sur ce réseau, supprimez le réglage. %1</translation>
    </message>
    <message>
        <source>If it should, ask the network&apos;s administrator whether the proxy %1 is running and which address to use.</source>
        <translation>S&apos;il le doit, demandez à l&apos;administrateur du réseau si le proxy %1 fonctionne et quelle adresse utiliser.</translation>
    </message>
    <message>
        <source>The proxy wants a sign-in</source>
        <translation>Le proxy demande une identification</translation>
    </message>
    <message>
        <source>The proxy %1 turned down the user name and password in the proxy setting.</source>
        <translation>Le proxy %1 a refusé le nom d&apos;utilisateur et le mot de passe indiqués dans le réglage du proxy.</translation>
    </message>
    <message>
        <source>The proxy %1 lets connections through only after a sign-in. Browsers ask for it or sign in with your computer&apos;s account; many other programs cannot, and fail.</source>
        <translation>Le proxy %1 ne laisse passer les connexions qu&apos;après une identification. Les navigateurs la demandent ou s&apos;identifient avec le compte de votre ordinateur&#xa0;; beaucoup d&apos;autres programmes n&apos;en sont pas capables, et échouent.</translation>
    </message>
    <message>
        <source>The direct connection to %1 did not get through, so programs need the proxy.</source>
        <translation>La connexion directe vers %1 n&apos;est pas passée&#xa0;: les programmes ont donc besoin du proxy.</translation>
    </message>
    <message>
        <source>Give the program the proxy&apos;s user name and password (for example https_proxy=http://USER:PASSWORD@%1), or use a program that can sign in to the proxy.</source>
        <translation>Donnez au programme le nom d&apos;utilisateur et le mot de passe du proxy (par exemple https_proxy=http://UTILISATEUR:MOTDEPASSE@%1), ou utilisez un programme capable de s&apos;identifier auprès du proxy.</translation>
    </message>
    <message>
        <source>Ask the network&apos;s administrator which sign-in the proxy expects.</source>
        <translation>Demandez à l&apos;administrateur du réseau quelle identification le proxy attend.</translation>
    </message>
    <message>
        <source>The proxy will not connect to %1</source>
        <translation>Le proxy refuse de se connecter à %1</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection without an answer when asked to connect to %2.</source>
        <translation>Le proxy %1 a fermé la connexion sans répondre quand on lui a demandé de se connecter à %2.</translation>
    </message>
    <message>
        <source>The proxy %1 refused to connect to %2.</source>
        <translation>Le proxy %1 a refusé de se connecter à %2.</translation>
    </message>
    <message>
        <source>Proxies often allow only web ports (443, 80) or a list of sites. The direct connection did not get through either.</source>
        <translation>Les proxys n&apos;autorisent souvent que les ports web (443, 80) ou une liste de sites. La connexion directe n&apos;est pas passée non plus.</translation>
    </message>
    <message>
        <source>Ask the network&apos;s administrator to allow %1 through the proxy, or to let this program connect to it directly.</source>
        <translation>Demandez à l&apos;administrateur du réseau d&apos;autoriser %1 via le proxy, ou de laisser ce programme s&apos;y connecter directement.</translation>
    </message>
    <message>
        <source>The proxy cannot reach %1 either</source>
        <translation>Le proxy ne peut pas joindre %1 non plus</translation>
    </message>
    <message>
        <source>The proxy %1 took the request but had no answer after %2 s: it was still trying to reach %3.</source>
        <translation>Le proxy %1 a accepté la requête mais n&apos;avait pas de réponse au bout de %2 s&#xa0;: il essayait encore de joindre %3.</translation>
    </message>
    <message>
        <source>The proxy %1 took the request but could not connect to %2.</source>
        <translation>Le proxy %1 a accepté la requête mais n&apos;a pas pu se connecter à %2.</translation>
    </message>
    <message>
        <source>Neither this computer nor its proxy gets through, so the problem is at %1 or on the way to it, not on this computer.</source>
        <translation>Ni cet ordinateur ni son proxy ne passent&#xa0;: le problème se situe donc chez %1 ou sur le trajet, pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Check that %1 is switched on and that a program listens on port %2.</source>
        <translation>Vérifiez que %1 est allumé et qu&apos;un programme écoute sur le port %2.</translation>
    </message>
    <message>
        <source>Ask the proxy&apos;s administrator whether the proxy may connect to %1.</source>
        <translation>Demandez à l&apos;administrateur du proxy si le proxy a le droit de se connecter à %1.</translation>
    </message>
    <message>
        <source>%1 port %2: this computer had no free local port for the connection.</source>
        <translation>%1 port %2&#xa0;: cet ordinateur n&apos;avait aucun port local libre pour la connexion.</translation>
    </message>
    <message>
        <source>This computer&apos;s connections could not be counted: %1</source>
        <translation>Impossible de compter les connexions de cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>An administrator can list them with: netstat -ano</source>
        <translation>Un administrateur peut les afficher avec&#xa0;: netstat -ano</translation>
    </message>
    <message>
        <source>An administrator can list them with: ss -tan</source>
        <translation>Un administrateur peut les afficher avec&#xa0;: ss -tan</translation>
    </message>
    <message>
        <source>Local ports in use: %1 of %2 (this computer picks them from %3 to %4).</source>
        <translation>Ports locaux occupés&#xa0;: %1 sur %2 (cet ordinateur les choisit entre %3 et %4).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>TCP connections of this computer: %1.</source>
        <translation>Connexions TCP de cet ordinateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Most of them belong to connections closed in the last minutes: a closed connection keeps its port for a while (TIME_WAIT). A program opens and closes connections very fast.</source>
        <translation>La plupart appartiennent à des connexions fermées ces dernières minutes&#xa0;: une connexion fermée garde son port encore un moment (TIME_WAIT). Un programme ouvre et ferme des connexions très rapidement.</translation>
    </message>
    <message>
        <source>Most of them belong to open connections: a program keeps very many connections open.</source>
        <translation>La plupart appartiennent à des connexions ouvertes&#xa0;: un programme garde un très grand nombre de connexions ouvertes.</translation>
    </message>
    <message>
        <source>Most connections go to %1 port %2 (%3).</source>
        <translation>La plupart des connexions vont vers %1 port %2 (%3).</translation>
    </message>
    <message>
        <source>Find the program that opens the connections to %1 port %2 and let it reuse its connections (a connection pool, keep-alive) instead of opening a new one for every request.</source>
        <translation>Trouvez le programme qui ouvre les connexions vers %1 port %2 et faites-lui réutiliser ses connexions (un pool de connexions, le keep-alive) au lieu d&apos;en ouvrir une nouvelle à chaque requête.</translation>
    </message>
    <message>
        <source>This computer has no free local port left for new connections</source>
        <translation>Cet ordinateur n&apos;a plus de port local libre pour de nouvelles connexions</translation>
    </message>
    <message>
        <source>Every connection uses a local port of this computer. When tcpdoctor tried to connect to %1, the system answered that none was free (%2), so nothing was sent: neither the network nor the server is involved.</source>
        <translation>Chaque connexion utilise un port local de cet ordinateur. Quand tcpdoctor a essayé de se connecter à %1, le système a répondu qu&apos;aucun n&apos;était libre (%2)&#xa0;: rien n&apos;a donc été envoyé, et ni le réseau ni le serveur ne sont en cause.</translation>
    </message>
    <message>
        <source>Restarting the program that opens the connections frees its ports at once; the ports of closed connections come free by themselves within about 2 minutes.</source>
        <translation>Redémarrer le programme qui ouvre les connexions libère aussitôt ses ports&#xa0;; les ports des connexions fermées se libèrent d&apos;eux-mêmes en 2 minutes environ.</translation>
    </message>
    <message>
        <source>An administrator can give connections more local ports: netsh int ipv4 set dynamicport tcp start=10000 num=55536</source>
        <translation>Un administrateur peut attribuer davantage de ports locaux aux connexions&#xa0;: netsh int ipv4 set dynamicport tcp start=10000 num=55536</translation>
    </message>
    <message>
        <source>An administrator can give connections more local ports (now %1 to %2): sysctl -w net.ipv4.ip_local_port_range=&quot;10000 65000&quot;</source>
        <translation>Un administrateur peut attribuer davantage de ports locaux aux connexions (actuellement de %1 à %2)&#xa0;: sysctl -w net.ipv4.ip_local_port_range=&quot;10000 65000&quot;</translation>
    </message>
</context>
<context>
    <name>DnsStep</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The system resolver answered: %1</source>
        <translation>Le résolveur du système a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not needed: the target is an IP address, there is no name to look up.</source>
        <translation>Inutile&#xa0;: la cible est une adresse IP, il n&apos;y a pas de nom à résoudre.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n address(es).</source>
        <translation>
            <numerusform>%1 a %n adresse.</numerusform>
            <numerusform>%1 a %n adresses.</numerusform>
        </translation>
    </message>
    <message>
        <source>They come from the hosts file.</source>
        <translation>Elles proviennent du fichier hosts.</translation>
    </message>
    <message>
        <source>The system resolver was still waiting; the DNS servers gave them.</source>
        <translation>Le résolveur du système attendait encore&#xa0;; ce sont les serveurs DNS qui les ont fournies.</translation>
    </message>
    <message>
        <source>The name lookup failed.</source>
        <translation>La résolution du nom a échoué.</translation>
    </message>
    <message>
        <source>Line %1 of the hosts file %2 maps %3 to %4.</source>
        <translation>La ligne %1 du fichier hosts %2 associe %3 à %4.</translation>
    </message>
    <message>
        <source>No DNS server is configured</source>
        <translation>Aucun serveur DNS n&apos;est configuré</translation>
    </message>
    <message>
        <source>Programs ask the local resolver %1, but it has no DNS server to ask in turn (%2 lists none), so names cannot be turned into addresses.</source>
        <translation>Les programmes interrogent le résolveur local %1, mais celui-ci n&apos;a aucun serveur DNS à interroger à son tour (%2 n&apos;en indique aucun)&#xa0;: les noms ne peuvent donc pas être traduits en adresses.</translation>
    </message>
    <message>
        <source>This computer has no DNS server to ask (%1 lists none), so names cannot be turned into addresses.</source>
        <translation>Cet ordinateur n&apos;a aucun serveur DNS à interroger (%1 n&apos;en indique aucun)&#xa0;: les noms ne peuvent donc pas être traduits en adresses.</translation>
    </message>
    <message>
        <source>Connect to the network again, or renew the automatic configuration (DHCP): it normally brings the DNS servers.</source>
        <translation>Reconnectez-vous au réseau, ou renouvelez la configuration automatique (DHCP)&#xa0;: c&apos;est elle qui fournit normalement les serveurs DNS.</translation>
    </message>
    <message>
        <source>Or enter a DNS server by hand in the network settings (your router&apos;s address often works).</source>
        <translation>Ou saisissez un serveur DNS à la main dans les paramètres réseau (l&apos;adresse de votre routeur fonctionne souvent).</translation>
    </message>
    <message>
        <source>The system resolver had no answer after %1 seconds.</source>
        <translation>Le résolveur du système n&apos;avait pas de réponse au bout de %1 secondes.</translation>
    </message>
    <message>
        <source>The DNS servers did not answer</source>
        <translation>Les serveurs DNS n&apos;ont pas répondu</translation>
    </message>
    <message>
        <source>Check that this computer is connected to a network (try a well-known website).</source>
        <translation>Vérifiez que cet ordinateur est connecté à un réseau (essayez un site web connu).</translation>
    </message>
    <message>
        <source>Restart the router, or switch the network connection off and on.</source>
        <translation>Redémarrez le routeur, ou désactivez puis réactivez la connexion réseau.</translation>
    </message>
    <message>
        <source>If you use a VPN, connect it, or disconnect it, and try again.</source>
        <translation>Si vous utilisez un VPN, connectez-le ou déconnectez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The DNS server refused to answer</source>
        <translation>Le serveur DNS a refusé de répondre</translation>
    </message>
    <message>
        <source>The DNS server could not answer</source>
        <translation>Le serveur DNS n&apos;a pas pu répondre</translation>
    </message>
    <message>
        <source>The server does not answer this computer: it may serve only its own network. Check which DNS server this computer uses.</source>
        <translation>Le serveur ne répond pas à cet ordinateur&#xa0;: il ne sert peut-être que son propre réseau. Vérifiez quel serveur DNS cet ordinateur utilise.</translation>
    </message>
    <message>
        <source>The server is there but cannot find the answer: the name&apos;s own DNS servers may be broken or unreachable. Try again later, or ask the name&apos;s administrator.</source>
        <translation>Le serveur est bien là, mais ne trouve pas la réponse&#xa0;: les serveurs DNS propres à ce nom sont peut-être en panne ou injoignables. Réessayez plus tard, ou demandez à l&apos;administrateur du nom.</translation>
    </message>
    <message>
        <source>Try another DNS server (for example your router&apos;s), to see whether the problem is the server.</source>
        <translation>Essayez un autre serveur DNS (par exemple celui de votre routeur) pour voir si le problème vient du serveur.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>Check the spelling of the name, letter by letter.</source>
        <translation>Vérifiez l&apos;orthographe du nom, lettre par lettre.</translation>
    </message>
    <message>
        <source>If it is an internal name, connect to the company network or VPN first.</source>
        <translation>S&apos;il s&apos;agit d&apos;un nom interne, connectez-vous d&apos;abord au réseau de l&apos;entreprise ou au VPN.</translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation>Le nom %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Only IPv4 was asked for.</source>
        <translation>Seul IPv4 a été demandé.</translation>
    </message>
    <message>
        <source>This computer has no IPv6 route, so it cannot use them.</source>
        <translation>Cet ordinateur n&apos;a pas d&apos;itinéraire IPv6&#xa0;: il ne peut donc pas les utiliser.</translation>
    </message>
    <message>
        <source>This computer did not ask for them (it has no IPv6 address of its own).</source>
        <translation>Cet ordinateur ne les a pas demandées (il n&apos;a pas d&apos;adresse IPv6 lui-même).</translation>
    </message>
    <message>
        <source>The name %1 has only IPv6 addresses</source>
        <translation>Le nom %1 n&apos;a que des adresses IPv6</translation>
    </message>
    <message>
        <source>%1 has the IPv6 address(es) %2 and no IPv4 address.</source>
        <translation>%1 a pour adresse(s) IPv6 %2 et aucune adresse IPv4.</translation>
    </message>
    <message>
        <source>Connect to a network that offers IPv6, or ask your provider for IPv6.</source>
        <translation>Connectez-vous à un réseau qui propose IPv6, ou demandez IPv6 à votre fournisseur d&apos;accès.</translation>
    </message>
    <message>
        <source>Or ask the administrator of the name to add an IPv4 address (an A record).</source>
        <translation>Ou demandez à l&apos;administrateur du nom d&apos;ajouter une adresse IPv4 (un enregistrement A).</translation>
    </message>
    <message>
        <source>The name %1 has no address</source>
        <translation>Le nom %1 n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>Check that you have the right name: it may be a mail-only or an old name.</source>
        <translation>Vérifiez que vous avez le bon nom&#xa0;: il sert peut-être uniquement à la messagerie, ou c&apos;est un ancien nom.</translation>
    </message>
    <message>
        <source>Ask the administrator of the domain to add an address record for it.</source>
        <translation>Demandez à l&apos;administrateur du domaine d&apos;ajouter un enregistrement d&apos;adresse pour ce nom.</translation>
    </message>
    <message>
        <source>The name %1 is blocked: it leads to %2</source>
        <translation>Le nom %1 est bloqué&#xa0;: il mène à %2</translation>
    </message>
    <message>
        <source>%1 is not a name of this computer, yet it leads to %2, where nothing can answer for it. Ad and malware filters answer like this.</source>
        <translation>%1 n&apos;est pas un nom de cet ordinateur, et pourtant il mène à %2, où rien ne peut lui répondre. C&apos;est ainsi que répondent les filtres publicitaires et anti-logiciels malveillants.</translation>
    </message>
    <message>
        <source>Remove the line for this name from the hosts file (administrator rights needed).</source>
        <translation>Supprimez la ligne de ce nom dans le fichier hosts (droits d&apos;administrateur nécessaires).</translation>
    </message>
    <message>
        <source>A DNS filter blocks this name (a filtering DNS service, the router, or security software). Ask whoever runs it to allow the name.</source>
        <translation>Un filtre DNS bloque ce nom (un service DNS filtrant, le routeur ou un logiciel de sécurité). Demandez à qui le gère d&apos;autoriser ce nom.</translation>
    </message>
    <message>
        <source>If the block is wanted, the connection is not supposed to work.</source>
        <translation>Si le blocage est voulu, la connexion n&apos;est pas censée fonctionner.</translation>
    </message>
    <message>
        <source>The name lookup failed</source>
        <translation>La résolution du nom a échoué</translation>
    </message>
    <message numerus="yes">
        <source>Programs ask %1 first and wait %n second(s) for it before they ask the next server, so every new name takes at least that long.</source>
        <translation>
            <numerusform>Les programmes interrogent d&apos;abord %1 et l&apos;attendent %n seconde avant de passer au serveur suivant&#xa0;: chaque nouveau nom prend donc au moins ce temps.</numerusform>
            <numerusform>Les programmes interrogent d&apos;abord %1 et l&apos;attendent %n secondes avant de passer au serveur suivant&#xa0;: chaque nouveau nom prend donc au moins ce temps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programs ask it only when the servers before it fail, and then wait %n second(s) for it.</source>
        <translation>
            <numerusform>Les programmes ne l&apos;interrogent que si les serveurs précédents échouent, et l&apos;attendent alors %n seconde.</numerusform>
            <numerusform>Les programmes ne l&apos;interrogent que si les serveurs précédents échouent, et l&apos;attendent alors %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some DNS servers do not answer: lookups are slower</source>
        <translation>Certains serveurs DNS ne répondent pas&#xa0;: les résolutions sont plus lentes</translation>
    </message>
    <message>
        <source>Remove the silent server from the network settings, or ask whoever runs it to fix it.</source>
        <translation>Retirez le serveur muet des paramètres réseau, ou demandez à qui le gère de le réparer.</translation>
    </message>
    <message>
        <source>A configured DNS server does not offer DNS</source>
        <translation>Un serveur DNS configuré ne fournit pas de service DNS</translation>
    </message>
    <message>
        <source>Remove the server from the network settings, or ask whoever runs it to fix it.</source>
        <translation>Retirez ce serveur des paramètres réseau, ou demandez à qui le gère de le réparer.</translation>
    </message>
    <message>
        <source>The DNS servers give different answers</source>
        <translation>Les serveurs DNS donnent des réponses différentes</translation>
    </message>
    <message>
        <source>One server may be out of date, or belong to another network (a VPN or company network with its own names). Check which servers this computer should use.</source>
        <translation>Un des serveurs est peut-être périmé, ou appartient à un autre réseau (un VPN ou un réseau d&apos;entreprise avec ses propres noms). Vérifiez quels serveurs cet ordinateur doit utiliser.</translation>
    </message>
    <message>
        <source>Different addresses are normal for big websites; for a single server they mean one DNS server is out of date.</source>
        <translation>Des adresses différentes sont normales pour les grands sites web&#xa0;; pour un serveur unique, elles signifient qu&apos;un serveur DNS est périmé.</translation>
    </message>
    <message>
        <source>A DNS server blocks %1</source>
        <translation>Un serveur DNS bloque %1</translation>
    </message>
    <message>
        <source>That server filters names (ads, malware, parental control). Ask whoever runs it to allow the name.</source>
        <translation>Ce serveur filtre les noms (publicités, logiciels malveillants, contrôle parental). Demandez à qui le gère d&apos;autoriser ce nom.</translation>
    </message>
    <message>
        <source>The DNS configuration could not be read</source>
        <translation>Impossible de lire la configuration DNS</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The servers behind the local resolver are not known</source>
        <translation>Les serveurs utilisés par le résolveur local sont inconnus</translation>
    </message>
    <message>
        <source>Programs ask %1; the list of servers it asks in turn (%2) could not be read: %3</source>
        <translation>Les programmes interrogent %1&#xa0;; la liste des serveurs qu&apos;il interroge à son tour (%2) n&apos;a pas pu être lue&#xa0;: %3</translation>
    </message>
    <message>
        <source>The hosts file could not be read</source>
        <translation>Impossible de lire le fichier hosts</translation>
    </message>
    <message>
        <source>The hosts file decides where %1 leads, and DNS says otherwise</source>
        <translation>Le fichier hosts décide où mène %1, et le DNS dit autre chose</translation>
    </message>
    <message>
        <source>Programs use the hosts file and never ask DNS. DNS says %1 is at %2.</source>
        <translation>Les programmes utilisent le fichier hosts et n&apos;interrogent jamais le DNS. Le DNS indique que %1 se trouve à %2.</translation>
    </message>
    <message>
        <source>If the entry is old, remove it from the hosts file (administrator rights needed).</source>
        <translation>Si l&apos;entrée est ancienne, supprimez-la du fichier hosts (droits d&apos;administrateur nécessaires).</translation>
    </message>
    <message>
        <source>The hosts file names %1, and DNS agrees</source>
        <translation>Le fichier hosts indique %1, et le DNS est d&apos;accord</translation>
    </message>
    <message>
        <source>The hosts file names %1</source>
        <translation>Le fichier hosts indique %1</translation>
    </message>
    <message>
        <source>The DNS servers do not know the name.</source>
        <translation>Les serveurs DNS ne connaissent pas ce nom.</translation>
    </message>
    <message>
        <source>%1 leads to the expected address %2</source>
        <translation>%1 mène à l&apos;adresse attendue %2</translation>
    </message>
    <message>
        <source>You expected %1 at %2, but the lookup gave no address to try.</source>
        <translation>Vous attendiez %1 à l&apos;adresse %2, mais la résolution n&apos;a donné aucune adresse à essayer.</translation>
    </message>
    <message>
        <source>You expected %1 at %2, but it leads to %3.</source>
        <translation>Vous attendiez %1 à l&apos;adresse %2, mais il mène à %3.</translation>
    </message>
    <message>
        <source>The DNS server(s) %1 do give %2.</source>
        <translation>Le ou les serveurs DNS %1 donnent bien %2.</translation>
    </message>
    <message>
        <source>%1 does not lead to the expected address</source>
        <translation>%1 ne mène pas à l&apos;adresse attendue</translation>
    </message>
    <message>
        <source>Check the address you expected. If it is right, the DNS record (or a hosts file entry) is out of date: tell the name&apos;s administrator.</source>
        <translation>Vérifiez l&apos;adresse attendue. Si elle est correcte, l&apos;enregistrement DNS (ou une entrée du fichier hosts) est périmé&#xa0;: prévenez l&apos;administrateur du nom.</translation>
    </message>
    <message>
        <source>Reverse lookup of %1</source>
        <translation>Résolution inverse de %1</translation>
    </message>
    <message>
        <source>The hosts file calls %1 %2.</source>
        <translation>Dans le fichier hosts, %1 s&apos;appelle %2.</translation>
    </message>
    <message>
        <source>The DNS server %1 calls %2 %3 (reverse lookup).</source>
        <translation>Pour le serveur DNS %1, %2 s&apos;appelle %3 (résolution inverse).</translation>
    </message>
    <message>
        <source>The DNS server %1 knows no name for %2 (no reverse entry).</source>
        <translation>Le serveur DNS %1 ne connaît aucun nom pour %2 (pas d&apos;entrée inverse).</translation>
    </message>
    <message>
        <source>The reverse lookup of %1 got no answer in time.</source>
        <translation>La résolution inverse de %1 n&apos;a pas obtenu de réponse à temps.</translation>
    </message>
    <message>
        <source>What each DNS server answered</source>
        <translation>Ce que chaque serveur DNS a répondu</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 port %2</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered with %3.</source>
        <translation>Votre ordinateur a demandé %2 au serveur DNS %1&#xa0;; il a répondu %3.</translation>
    </message>
    <message>
        <source>%1 is another name for %2.</source>
        <translation>%1 est un autre nom de %2.</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered that the name does not exist.</source>
        <translation>Votre ordinateur a demandé %2 au serveur DNS %1&#xa0;; il a répondu que le nom n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered that the name exists but has no address (no A or AAAA record).</source>
        <translation>Votre ordinateur a demandé %2 au serveur DNS %1&#xa0;; il a répondu que le nom existe mais n&apos;a pas d&apos;adresse (aucun enregistrement A ou AAAA).</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered with a failure (SERVFAIL): it could not find out the answer itself.</source>
        <translation>Votre ordinateur a demandé %2 au serveur DNS %1&#xa0;; il a répondu par un échec (SERVFAIL)&#xa0;: il n&apos;a pas pu trouver la réponse lui-même.</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it refused to answer this computer (REFUSED).</source>
        <translation>Votre ordinateur a demandé %2 au serveur DNS %1&#xa0;; il a refusé de répondre à cet ordinateur (REFUSED).</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it did not understand the question (FORMERR or NOTIMP).</source>
        <translation>Votre ordinateur a demandé %2 au serveur DNS %1&#xa0;; il n&apos;a pas compris la question (FORMERR ou NOTIMP).</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it did not answer within %3 seconds, though it was asked several times.</source>
        <translation>Votre ordinateur a demandé %2 au serveur DNS %1&#xa0;; il n&apos;a pas répondu en %3 secondes, malgré plusieurs demandes.</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; nothing answers DNS questions at that address (the question was refused).</source>
        <translation>Votre ordinateur a demandé %2 au serveur DNS %1&#xa0;; rien ne répond aux questions DNS à cette adresse (la question a été refusée).</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; its answer could not be read.</source>
        <translation>Votre ordinateur a demandé %2 au serveur DNS %1&#xa0;; sa réponse n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The DNS server %1 could not be asked directly: %2.</source>
        <translation>Impossible d&apos;interroger directement le serveur DNS %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Asking the DNS server %1 for %2 failed: %3.</source>
        <translation>La demande de %2 au serveur DNS %1 a échoué&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>The other computer refused the connection: nothing is listening on that port</source>
        <translation>L&apos;autre ordinateur a refusé la connexion&#xa0;: rien n&apos;écoute sur ce port</translation>
    </message>
    <message>
        <source>To open a TCP connection, this computer sends a SYN (&quot;may I connect?&quot;). This time an RST (&quot;no&quot;) came straight back: the other computer is switched on and reachable, but no program accepts connections on that port. Windows calls this &quot;actively refused&quot;; elsewhere it reads &quot;connection refused&quot;.</source>
        <translation>Pour ouvrir une connexion TCP, cet ordinateur envoie un SYN («&#xa0;puis-je me connecter&#xa0;?&#xa0;»). Cette fois, un RST («&#xa0;non&#xa0;») est revenu aussitôt&#xa0;: l&apos;autre ordinateur est allumé et joignable, mais aucun programme n&apos;accepte de connexions sur ce port. Windows dit que l&apos;ordinateur cible l&apos;a «&#xa0;expressément refusée&#xa0;»&#xa0;; ailleurs, on lit «&#xa0;connexion refusée&#xa0;».</translation>
    </message>
    <message>
        <source>The service (the server program) is not running: stopped, crashed, or still starting up.</source>
        <translation>Le service (le programme serveur) ne tourne pas&#xa0;: arrêté, planté ou encore en cours de démarrage.</translation>
    </message>
    <message>
        <source>The service listens on a different port, or only on 127.0.0.1, which accepts connections from that same computer only.</source>
        <translation>Le service écoute sur un autre port, ou seulement sur 127.0.0.1, qui n&apos;accepte que les connexions venant de ce même ordinateur.</translation>
    </message>
    <message>
        <source>The program uses the wrong address or port: check its settings for an old address or a mistyped port.</source>
        <translation>Le programme utilise la mauvaise adresse ou le mauvais port&#xa0;: cherchez dans ses paramètres une ancienne adresse ou un port mal saisi.</translation>
    </message>
    <message>
        <source>A firewall on the server, or on the way, turns the connection away with a reset.</source>
        <translation>Un pare-feu sur le serveur, ou sur le trajet, repousse la connexion par une réinitialisation.</translation>
    </message>
    <message>
        <source>No answer: the connection attempt timed out</source>
        <translation>Pas de réponse&#xa0;: le délai de connexion a expiré</translation>
    </message>
    <message>
        <source>This computer sent a SYN (&quot;may I connect?&quot;) and nothing came back. It sent the SYN again and waited longer each time: Windows waits 3 seconds, then 6, then 12, and gives up after 21 seconds in all; Linux keeps trying for about two minutes. Something on the way dropped the packets without a word, or there is no computer at that address.</source>
        <translation>Cet ordinateur a envoyé un SYN («&#xa0;puis-je me connecter&#xa0;?&#xa0;») et rien n&apos;est revenu. Il a renvoyé le SYN en attendant chaque fois plus longtemps&#xa0;: Windows attend 3 secondes, puis 6, puis 12, et abandonne au bout de 21 secondes en tout&#xa0;; Linux continue d&apos;essayer pendant environ deux minutes. Quelque chose sur le trajet a jeté les paquets sans rien dire, ou il n&apos;y a aucun ordinateur à cette adresse.</translation>
    </message>
    <message>
        <source>A firewall drops the connection silently: on the server, in the network, or at the router in front of the server (the port is not opened or not forwarded).</source>
        <translation>Un pare-feu jette la connexion sans rien dire&#xa0;: sur le serveur, dans le réseau, ou sur le routeur situé devant le serveur (le port n&apos;est pas ouvert ou pas redirigé).</translation>
    </message>
    <message>
        <source>The other computer is switched off, asleep or disconnected, or nothing uses that address.</source>
        <translation>L&apos;autre ordinateur est éteint, en veille ou déconnecté, ou personne n&apos;utilise cette adresse.</translation>
    </message>
    <message>
        <source>The address is wrong or out of date (an old DNS entry, a mistyped IP address).</source>
        <translation>L&apos;adresse est erronée ou périmée (une ancienne entrée DNS, une adresse IP mal saisie).</translation>
    </message>
    <message>
        <source>The server can be reached only through a VPN or from the company network.</source>
        <translation>Le serveur n&apos;est joignable que par un VPN ou depuis le réseau de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall or security software holds the connection back.</source>
        <translation>Le pare-feu ou un logiciel de sécurité de cet ordinateur retient la connexion.</translation>
    </message>
    <message>
        <source>Connected, but the answer took too long</source>
        <translation>Connecté, mais la réponse a pris trop de temps</translation>
    </message>
    <message>
        <source>The TCP connection was made (the handshake completed), then the program waited for the other side to answer and gave up. The network path works: the server, or something in front of it, did not answer in time.</source>
        <translation>La connexion TCP a été établie (la poignée de main a abouti), puis le programme a attendu que l&apos;autre côté réponde et a abandonné. Le chemin réseau fonctionne&#xa0;: le serveur, ou ce qui se trouve devant lui, n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server is overloaded or stuck on a slow task (a long database query, a hung process).</source>
        <translation>Le serveur est surchargé ou bloqué sur une tâche lente (une longue requête de base de données, un processus figé).</translation>
    </message>
    <message>
        <source>A proxy, load balancer or firewall on the way holds the connection but does not pass the answer on.</source>
        <translation>Un proxy, un répartiteur de charge ou un pare-feu sur le trajet garde la connexion mais ne transmet pas la réponse.</translation>
    </message>
    <message>
        <source>The program&apos;s time limit is too short for what it asks.</source>
        <translation>Le délai du programme est trop court pour ce qu&apos;il demande.</translation>
    </message>
    <message>
        <source>The program speaks the wrong protocol for that port (for example plain HTTP to a TLS port), so the server waits for something else.</source>
        <translation>Le programme ne parle pas le bon protocole pour ce port (par exemple du HTTP simple vers un port TLS)&#xa0;: le serveur attend donc autre chose.</translation>
    </message>
    <message>
        <source>The program gave up waiting</source>
        <translation>Le programme a cessé d&apos;attendre</translation>
    </message>
    <message>
        <source>A firewall drops the connection silently, or the server cannot be reached.</source>
        <translation>Un pare-feu jette la connexion sans rien dire, ou le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server is overloaded and slow to answer.</source>
        <translation>Le serveur est surchargé et lent à répondre.</translation>
    </message>
    <message>
        <source>The address or port is wrong or out of date.</source>
        <translation>L&apos;adresse ou le port est erroné ou périmé.</translation>
    </message>
    <message>
        <source>The program&apos;s time limit is very short.</source>
        <translation>Le délai du programme est très court.</translation>
    </message>
    <message>
        <source>The other computer could not be reached</source>
        <translation>L&apos;autre ordinateur est injoignable</translation>
    </message>
    <message>
        <source>The other computer is switched off, asleep, or disconnected from the network.</source>
        <translation>L&apos;autre ordinateur est éteint, en veille ou déconnecté du réseau.</translation>
    </message>
    <message>
        <source>The address is wrong or out of date (the device got a new address).</source>
        <translation>L&apos;adresse est erronée ou périmée (l&apos;appareil a reçu une nouvelle adresse).</translation>
    </message>
    <message>
        <source>A firewall on the way rejects the traffic with &quot;host unreachable&quot;.</source>
        <translation>Un pare-feu sur le trajet rejette le trafic avec «&#xa0;hôte inaccessible&#xa0;».</translation>
    </message>
    <message>
        <source>A VPN or a route on this computer sends the traffic the wrong way.</source>
        <translation>Un VPN ou un itinéraire sur cet ordinateur envoie le trafic dans la mauvaise direction.</translation>
    </message>
    <message>
        <source>This computer has no way to that network</source>
        <translation>Cet ordinateur n&apos;a aucun chemin vers ce réseau</translation>
    </message>
    <message>
        <source>This computer is not connected to a network (cable unplugged, Wi-Fi off, airplane mode).</source>
        <translation>Cet ordinateur n&apos;est connecté à aucun réseau (câble débranché, Wi-Fi désactivé, mode avion).</translation>
    </message>
    <message>
        <source>The network connection has no default gateway: automatic configuration (DHCP) failed.</source>
        <translation>La connexion réseau n&apos;a pas de passerelle par défaut&#xa0;: la configuration automatique (DHCP) a échoué.</translation>
    </message>
    <message>
        <source>The address belongs to a network reached only through a VPN that is not connected.</source>
        <translation>L&apos;adresse appartient à un réseau joignable uniquement par un VPN qui n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>The address is an IPv6 address and this network has no IPv6 connection.</source>
        <translation>L&apos;adresse est une adresse IPv6 et ce réseau n&apos;a pas de connexion IPv6.</translation>
    </message>
    <message>
        <source>The other side cut the connection off (reset)</source>
        <translation>L&apos;autre côté a coupé la connexion (réinitialisation)</translation>
    </message>
    <message>
        <source>The server program crashed, restarted, or closed the connection on purpose (an error, a limit, a shutdown).</source>
        <translation>Le programme serveur a planté, redémarré, ou fermé la connexion volontairement (une erreur, une limite, un arrêt).</translation>
    </message>
    <message>
        <source>The server rejects what this program sent: the wrong protocol (TLS or plain), an old TLS version, or a client it does not allow.</source>
        <translation>Le serveur rejette ce que ce programme a envoyé&#xa0;: le mauvais protocole (TLS ou en clair), une ancienne version de TLS, ou un client qu&apos;il n&apos;autorise pas.</translation>
    </message>
    <message>
        <source>A firewall, proxy or load balancer on the way cut a connection it found idle or unwanted.</source>
        <translation>Un pare-feu, un proxy ou un répartiteur de charge sur le trajet a coupé une connexion qu&apos;il jugeait inactive ou indésirable.</translation>
    </message>
    <message>
        <source>An unstable network path (VPN, mobile data) dropped the connection.</source>
        <translation>Un chemin réseau instable (VPN, données mobiles) a perdu la connexion.</translation>
    </message>
    <message>
        <source>This computer gave up on the connection</source>
        <translation>Cet ordinateur a abandonné la connexion</translation>
    </message>
    <message>
        <source>The network dropped out during the connection (Wi-Fi lost, VPN reconnected, the computer went to sleep).</source>
        <translation>Le réseau a décroché pendant la connexion (Wi-Fi perdu, VPN reconnecté, ordinateur mis en veille).</translation>
    </message>
    <message>
        <source>Security software on this computer (firewall, antivirus, web filter) cut the connection.</source>
        <translation>Un logiciel de sécurité de cet ordinateur (pare-feu, antivirus, filtre web) a coupé la connexion.</translation>
    </message>
    <message>
        <source>The other side stopped answering, and this computer stopped trying.</source>
        <translation>L&apos;autre côté a cessé de répondre, et cet ordinateur a cessé d&apos;essayer.</translation>
    </message>
    <message>
        <source>The program itself closed the connection, for example after its own time limit.</source>
        <translation>Le programme lui-même a fermé la connexion, par exemple une fois son propre délai écoulé.</translation>
    </message>
    <message>
        <source>The other side closed the connection without answering</source>
        <translation>L&apos;autre côté a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>The connection had been made (the handshake completed), but the other side closed it before sending an answer: the program received nothing at all, an &quot;empty reply&quot;. The network works; the service on the other side, or something in front of it, hung up.</source>
        <translation>La connexion avait été établie (la poignée de main TCP a abouti), mais l&apos;autre côté l&apos;a fermée avant d&apos;envoyer une réponse&#xa0;: le programme n&apos;a rien reçu du tout, une «&#xa0;réponse vide&#xa0;». Le réseau fonctionne&#xa0;; c&apos;est le service de l&apos;autre côté, ou ce qui se trouve devant lui, qui a raccroché.</translation>
    </message>
    <message>
        <source>The service turns this client away: an address allow list, a connection limit, or a ban after failed attempts.</source>
        <translation>Le service refuse ce client&#xa0;: une liste d&apos;adresses autorisées, une limite de connexions, ou un bannissement après des tentatives échouées.</translation>
    </message>
    <message>
        <source>The program speaks the wrong protocol for that port (HTTP to an HTTPS port, TLS to a plain port).</source>
        <translation>Le programme ne parle pas le bon protocole pour ce port (HTTP vers un port HTTPS, TLS vers un port en clair).</translation>
    </message>
    <message>
        <source>A proxy or load balancer has no working server behind it.</source>
        <translation>Un proxy ou un répartiteur de charge n&apos;a aucun serveur opérationnel derrière lui.</translation>
    </message>
    <message>
        <source>The service crashed while it handled the request.</source>
        <translation>Le service a planté pendant le traitement de la requête.</translation>
    </message>
    <message>
        <source>The name could not be turned into an address</source>
        <translation>Le nom n&apos;a pas pu être traduit en adresse</translation>
    </message>
    <message>
        <source>The name is misspelled, or incomplete (the domain part is missing).</source>
        <translation>Le nom est mal orthographié, ou incomplet (il manque la partie domaine).</translation>
    </message>
    <message>
        <source>It is an internal name that exists only on the company network or through a VPN.</source>
        <translation>C&apos;est un nom interne qui n&apos;existe que sur le réseau de l&apos;entreprise ou via un VPN.</translation>
    </message>
    <message>
        <source>The name no longer exists, or has no address of the kind asked for.</source>
        <translation>Le nom n&apos;existe plus, ou n&apos;a pas d&apos;adresse du type demandé.</translation>
    </message>
    <message>
        <source>An entry in this computer&apos;s hosts file, or a DNS filter, gets in the way.</source>
        <translation>Une entrée du fichier hosts de cet ordinateur, ou un filtre DNS, fait obstacle.</translation>
    </message>
    <message>
        <source>The name service (DNS) did not answer</source>
        <translation>Le service de noms (DNS) n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>Before a connection starts, the computer&apos;s name is looked up in DNS to find its address. The DNS servers did not answer, or answered with a failure, so no connection was tried. This says nothing about the server itself.</source>
        <translation>Avant qu&apos;une connexion commence, le nom de l&apos;ordinateur est recherché dans le DNS pour trouver son adresse. Les serveurs DNS n&apos;ont pas répondu, ou ont répondu par un échec&#xa0;: aucune connexion n&apos;a donc été tentée. Cela ne dit rien du serveur lui-même.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network, or the connection just dropped.</source>
        <translation>Cet ordinateur n&apos;est pas connecté à un réseau, ou la connexion vient de tomber.</translation>
    </message>
    <message>
        <source>The configured DNS servers are down or unreachable (a router problem, a wrong DNS setting).</source>
        <translation>Les serveurs DNS configurés sont en panne ou injoignables (un problème de routeur, un mauvais paramètre DNS).</translation>
    </message>
    <message>
        <source>A VPN or firewall blocks DNS queries.</source>
        <translation>Un VPN ou un pare-feu bloque les requêtes DNS.</translation>
    </message>
    <message>
        <source>A passing problem: it may work again in a minute.</source>
        <translation>Un problème passager&#xa0;: cela refonctionnera peut-être dans une minute.</translation>
    </message>
    <message>
        <source>This computer did not allow the connection</source>
        <translation>Cet ordinateur n&apos;a pas autorisé la connexion</translation>
    </message>
    <message>
        <source>The connection never left this computer: the operating system refused to open it (Windows error 10013, EACCES or EPERM elsewhere). Usually a firewall or security program on this computer blocks this program or this port. When a server program reports it as it starts, the port is reserved or needs administrator rights.</source>
        <translation>La connexion n&apos;a jamais quitté cet ordinateur&#xa0;: le système d&apos;exploitation a refusé de l&apos;ouvrir (erreur Windows 10013, EACCES ou EPERM ailleurs). En général, un pare-feu ou un programme de sécurité de cet ordinateur bloque ce programme ou ce port. Quand un programme serveur le signale au démarrage, le port est réservé ou nécessite des droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>A firewall or security software on this computer blocks this program or this port.</source>
        <translation>Un pare-feu ou un logiciel de sécurité de cet ordinateur bloque ce programme ou ce port.</translation>
    </message>
    <message>
        <source>A company policy or parental control forbids the connection.</source>
        <translation>Une stratégie de l&apos;entreprise ou le contrôle parental interdit la connexion.</translation>
    </message>
    <message>
        <source>For a server program: the port is reserved (Windows excluded port ranges, Hyper-V, WSL) or held exclusively by another program.</source>
        <translation>Pour un programme serveur&#xa0;: le port est réservé (plages de ports exclues de Windows, Hyper-V, WSL) ou occupé en exclusivité par un autre programme.</translation>
    </message>
    <message>
        <source>For a server program on Linux or macOS: ports below 1024 need administrator rights.</source>
        <translation>Pour un programme serveur sous Linux ou macOS&#xa0;: les ports inférieurs à 1024 nécessitent des droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>The connection failed, but the message does not say why</source>
        <translation>La connexion a échoué, mais le message ne dit pas pourquoi</translation>
    </message>
    <message>
        <source>The service is not running, or listens on another port.</source>
        <translation>Le service ne tourne pas, ou écoute sur un autre port.</translation>
    </message>
    <message>
        <source>A firewall drops or rejects the connection.</source>
        <translation>Un pare-feu jette ou rejette la connexion.</translation>
    </message>
    <message>
        <source>The address or port in the program&apos;s settings is wrong.</source>
        <translation>L&apos;adresse ou le port indiqué dans les paramètres du programme est erroné.</translation>
    </message>
    <message>
        <source>This computer or the server is not connected to the network.</source>
        <translation>Cet ordinateur ou le serveur n&apos;est pas connecté au réseau.</translation>
    </message>
    <message>
        <source>This is not a connection error tcpdoctor knows</source>
        <translation>tcpdoctor ne connaît pas cette erreur de connexion</translation>
    </message>
    <message>
        <source>tcpdoctor did not find a TCP connection error in this message, so it cannot say what went wrong on the network, and it would rather say nothing than guess. If a program cannot connect, check the computer and port it uses with the checklist.</source>
        <translation>tcpdoctor n&apos;a trouvé aucune erreur de connexion TCP dans ce message&#xa0;: il ne peut donc pas dire ce qui s&apos;est mal passé sur le réseau, et il préfère ne rien dire plutôt que deviner. Si un programme n&apos;arrive pas à se connecter, vérifiez l&apos;ordinateur et le port qu&apos;il utilise avec la liste de vérifications.</translation>
    </message>
    <message>
        <source>The server answered: this is not a connection problem</source>
        <translation>Le serveur a répondu&#xa0;: ce n&apos;est pas un problème de connexion</translation>
    </message>
    <message>
        <source>An HTTP status such as 404 or 500 is an answer from the web server, or from a proxy in front of it, so the TCP connection worked. The problem is in the request or on the web server, not in the network.</source>
        <translation>Un code d&apos;état HTTP comme 404 ou 500 est une réponse du serveur web, ou d&apos;un proxy placé devant lui&#xa0;: la connexion TCP a donc fonctionné. Le problème se situe dans la requête ou sur le serveur web, pas dans le réseau.</translation>
    </message>
    <message>
        <source>404: the address (path) is wrong, or the page no longer exists.</source>
        <translation>404&#xa0;: l&apos;adresse (le chemin) est erronée, ou la page n&apos;existe plus.</translation>
    </message>
    <message>
        <source>401 or 403: you need to sign in, or you are not allowed to see it.</source>
        <translation>401 ou 403&#xa0;: vous devez vous connecter, ou vous n&apos;avez pas le droit de voir cette page.</translation>
    </message>
    <message>
        <source>500: the web application failed; its log says why.</source>
        <translation>500&#xa0;: l&apos;application web a échoué&#xa0;; son journal indique pourquoi.</translation>
    </message>
    <message>
        <source>502, 503 or 504: a proxy answered for a server behind it that is down or slow; check that server with tcpdoctor.</source>
        <translation>502, 503 ou 504&#xa0;: un proxy a répondu pour un serveur situé derrière lui, qui est en panne ou lent&#xa0;; vérifiez ce serveur avec tcpdoctor.</translation>
    </message>
    <message>
        <source>This is a sign-in problem, not a connection problem</source>
        <translation>C&apos;est un problème d&apos;identification, pas de connexion</translation>
    </message>
    <message>
        <source>The server was reached and answered: it did not accept the user name, password, key or address this program signed in with. The TCP connection worked.</source>
        <translation>Le serveur a été atteint et a répondu&#xa0;: il n&apos;a pas accepté le nom d&apos;utilisateur, le mot de passe, la clé ou l&apos;adresse avec lesquels ce programme s&apos;est identifié. La connexion TCP a fonctionné.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the password has expired.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est erroné, ou le mot de passe a expiré.</translation>
    </message>
    <message>
        <source>The key or certificate used to sign in is not accepted (ssh keys, client certificates).</source>
        <translation>La clé ou le certificat utilisé pour s&apos;identifier n&apos;est pas accepté (clés ssh, certificats client).</translation>
    </message>
    <message>
        <source>The server accepts this user only from certain addresses (MySQL host rules, PostgreSQL pg_hba.conf).</source>
        <translation>Le serveur n&apos;accepte cet utilisateur que depuis certaines adresses (règles d&apos;hôte MySQL, pg_hba.conf de PostgreSQL).</translation>
    </message>
    <message>
        <source>The account is locked after too many failed attempts.</source>
        <translation>Le compte est verrouillé après trop de tentatives échouées.</translation>
    </message>
    <message>
        <source>while the name was looked up (DNS), before any connection was tried</source>
        <translation>pendant la résolution du nom (DNS), avant toute tentative de connexion</translation>
    </message>
    <message>
        <source>while the connection was being set up (the TCP handshake)</source>
        <translation>pendant l&apos;établissement de la connexion (la poignée de main TCP)</translation>
    </message>
    <message>
        <source>after the connection had been made</source>
        <translation>après l&apos;établissement de la connexion</translation>
    </message>
    <message>
        <source>on this computer, before anything reached the network</source>
        <translation>sur cet ordinateur, avant que quoi que ce soit n&apos;atteigne le réseau</translation>
    </message>
    <message>
        <source>The program does not trust the server&apos;s certificate</source>
        <translation>Le programme ne fait pas confiance au certificat du serveur</translation>
    </message>
    <message>
        <source>The connection was made, then the program checked the server&apos;s certificate (its proof of identity for encrypted connections) and did not accept it: it does not lead to an authority on the program&apos;s list of trusted authorities. The network works; the certificate, or the program&apos;s list, is the problem.</source>
        <translation>La connexion a été établie, puis le programme a vérifié le certificat du serveur (sa preuve d&apos;identité pour les connexions chiffrées) et ne l&apos;a pas accepté&#xa0;: il ne mène à aucune autorité de la liste des autorités de confiance du programme. Le réseau fonctionne&#xa0;; le problème vient du certificat, ou de la liste du programme.</translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate, or one from a private (company) authority this program does not know.</source>
        <translation>Le serveur utilise un certificat auto-signé, ou émis par une autorité privée (d&apos;entreprise) que ce programme ne connaît pas.</translation>
    </message>
    <message>
        <source>A company proxy or security software inspects encrypted connections with an authority of its own: browsers know it, programs with a list of their own (Java, Python, Node.js, git) do not.</source>
        <translation>Un proxy d&apos;entreprise ou un logiciel de sécurité inspecte les connexions chiffrées avec sa propre autorité&#xa0;: les navigateurs la connaissent, mais pas les programmes qui ont leur propre liste (Java, Python, Node.js, git).</translation>
    </message>
    <message>
        <source>Something intercepts the connection: do not accept the certificate unless you know why it is different.</source>
        <translation>Quelque chose intercepte la connexion&#xa0;: n&apos;acceptez pas le certificat, sauf si vous savez pourquoi il est différent.</translation>
    </message>
    <message>
        <source>The certificate has expired, or this computer&apos;s clock is wrong</source>
        <translation>Le certificat a expiré, ou l&apos;horloge de cet ordinateur est fausse</translation>
    </message>
    <message>
        <source>The connection was made, but the certificate the server showed is outside its dates of validity. Either it really expired and must be renewed on the server, or this computer&apos;s date and time are wrong, which makes every certificate look expired or not yet valid.</source>
        <translation>La connexion a été établie, mais le certificat présenté par le serveur est en dehors de ses dates de validité. Soit il a vraiment expiré et doit être renouvelé sur le serveur, soit la date et l&apos;heure de cet ordinateur sont fausses, ce qui fait paraître tout certificat expiré ou pas encore valide.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired and was not renewed.</source>
        <translation>Le certificat du serveur a expiré et n&apos;a pas été renouvelé.</translation>
    </message>
    <message>
        <source>This computer&apos;s date, time or time zone is wrong (a flat clock battery, a virtual machine started from an old snapshot).</source>
        <translation>La date, l&apos;heure ou le fuseau horaire de cet ordinateur sont faux (une pile d&apos;horloge épuisée, une machine virtuelle démarrée à partir d&apos;un ancien instantané).</translation>
    </message>
    <message>
        <source>The server still sends an old intermediate certificate that has expired.</source>
        <translation>Le serveur envoie encore un ancien certificat intermédiaire qui a expiré.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name</source>
        <translation>Le certificat du serveur correspond à un autre nom</translation>
    </message>
    <message>
        <source>The connection was made and the server showed a certificate, but it was made for other names than the one the program used. Programs refuse that, because an impostor&apos;s certificate looks just like it.</source>
        <translation>La connexion a été établie et le serveur a présenté un certificat, mais celui-ci a été établi pour d&apos;autres noms que celui utilisé par le programme. Les programmes le refusent, car le certificat d&apos;un imposteur ressemble exactement à cela.</translation>
    </message>
    <message>
        <source>The program uses an address or a short name instead of the full name in the certificate.</source>
        <translation>Le programme utilise une adresse ou un nom court au lieu du nom complet figurant dans le certificat.</translation>
    </message>
    <message>
        <source>Several sites share the server, and it showed another site&apos;s certificate.</source>
        <translation>Plusieurs sites partagent le serveur, et il a présenté le certificat d&apos;un autre site.</translation>
    </message>
    <message>
        <source>The name leads to the wrong server (an old DNS entry, an entry in the hosts file).</source>
        <translation>Le nom mène au mauvais serveur (une ancienne entrée DNS, une entrée du fichier hosts).</translation>
    </message>
    <message>
        <source>A proxy or a sign-in page (hotel, guest Wi-Fi) answered instead of the server.</source>
        <translation>Un proxy ou une page de connexion (hôtel, Wi-Fi invité) a répondu à la place du serveur.</translation>
    </message>
    <message>
        <source>The two sides could not agree on encryption</source>
        <translation>Les deux côtés n&apos;ont pas pu s&apos;accorder sur le chiffrement</translation>
    </message>
    <message>
        <source>One side allows only old TLS versions (1.0, 1.1) that the other has switched off, or only new ones an old program cannot speak.</source>
        <translation>Un côté n&apos;autorise que d&apos;anciennes versions de TLS (1.0, 1.1) que l&apos;autre a désactivées, ou seulement des versions récentes qu&apos;un ancien programme ne sait pas parler.</translation>
    </message>
    <message>
        <source>The program speaks TLS to a port that speaks plain text (or the other way round), or uses the wrong port.</source>
        <translation>Le programme parle TLS à un port qui parle en clair (ou l&apos;inverse), ou utilise le mauvais port.</translation>
    </message>
    <message>
        <source>A proxy, firewall or security software on the way interferes with the handshake.</source>
        <translation>Un proxy, un pare-feu ou un logiciel de sécurité sur le trajet perturbe la négociation.</translation>
    </message>
    <message>
        <source>The proxy wants the program to sign in</source>
        <translation>Le proxy demande au programme de s&apos;identifier</translation>
    </message>
    <message>
        <source>The program goes out through a proxy server, and the proxy answered &quot;407 Proxy Authentication Required&quot;: it passes nothing on until the program signs in to it. The server the program wanted was never asked.</source>
        <translation>Le programme sort par un serveur proxy, et le proxy a répondu «&#xa0;407 Proxy Authentication Required&#xa0;»&#xa0;: il ne transmet rien tant que le programme ne s&apos;est pas identifié auprès de lui. Le serveur voulu par le programme n&apos;a jamais été sollicité.</translation>
    </message>
    <message>
        <source>The program has no proxy user name and password, or old ones (the password changed).</source>
        <translation>Le programme n&apos;a pas de nom d&apos;utilisateur ni de mot de passe pour le proxy, ou en a d&apos;anciens (le mot de passe a changé).</translation>
    </message>
    <message>
        <source>The program cannot use the proxy&apos;s way of signing in (the Windows sign-in, NTLM or Kerberos, which many command-line tools lack).</source>
        <translation>Le programme ne sait pas utiliser la méthode d&apos;identification du proxy (l&apos;identification Windows, NTLM ou Kerberos, qui manque à beaucoup d&apos;outils en ligne de commande).</translation>
    </message>
    <message>
        <source>This account is not allowed to use the proxy.</source>
        <translation>Ce compte n&apos;est pas autorisé à utiliser le proxy.</translation>
    </message>
    <message>
        <source>The way out through the proxy failed</source>
        <translation>La sortie par le proxy a échoué</translation>
    </message>
    <message>
        <source>The program goes out through a proxy server, and that part failed: the proxy could not be reached, or it refused to open a tunnel to the server (it answered 403 or 5xx), or it could not reach the server itself. The program never talked to the server directly.</source>
        <translation>Le programme sort par un serveur proxy, et c&apos;est cette étape qui a échoué&#xa0;: le proxy était injoignable, ou il a refusé d&apos;ouvrir un tunnel vers le serveur (il a répondu 403 ou 5xx), ou il n&apos;a pas pu joindre le serveur lui-même. Le programme n&apos;a jamais parlé directement au serveur.</translation>
    </message>
    <message>
        <source>The proxy is down, or the address in the proxy settings is wrong or out of date (an office proxy still set on a laptop at home).</source>
        <translation>Le proxy est en panne, ou l&apos;adresse indiquée dans les paramètres du proxy est erronée ou périmée (un proxy de bureau encore configuré sur un ordinateur portable à la maison).</translation>
    </message>
    <message>
        <source>The proxy does not allow this port or site (many proxies open tunnels to port 443 only).</source>
        <translation>Le proxy n&apos;autorise pas ce port ou ce site (beaucoup de proxys n&apos;ouvrent de tunnels que vers le port 443).</translation>
    </message>
    <message>
        <source>The proxy cannot reach the server: it is down, or blocked on the proxy&apos;s side.</source>
        <translation>Le proxy ne peut pas joindre le serveur&#xa0;: celui-ci est en panne, ou bloqué du côté du proxy.</translation>
    </message>
    <message>
        <source>The proxy settings come from an automatic script (PAC, WPAD) that chose the wrong proxy.</source>
        <translation>Les paramètres du proxy viennent d&apos;un script automatique (PAC, WPAD) qui a choisi le mauvais proxy.</translation>
    </message>
    <message>
        <source>The port is already taken on this computer</source>
        <translation>Le port est déjà occupé sur cet ordinateur</translation>
    </message>
    <message>
        <source>A program wanted a port on this computer, and the system said another program already holds it (Windows error 10048, EADDRINUSE elsewhere). Nothing went wrong on the network. Most often a server program cannot start because another program, or an old copy of itself, listens on its port. &quot;This computer is the server&quot; shows who holds it.</source>
        <translation>Un programme voulait un port sur cet ordinateur, et le système a indiqué qu&apos;un autre programme l&apos;occupe déjà (erreur Windows 10048, EADDRINUSE ailleurs). Rien ne s&apos;est mal passé sur le réseau. Le plus souvent, un programme serveur ne peut pas démarrer parce qu&apos;un autre programme, ou une ancienne copie de lui-même, écoute sur son port. «&#xa0;Cet ordinateur est le serveur&#xa0;» montre qui l&apos;occupe.</translation>
    </message>
    <message>
        <source>Another copy of the same program is still running, or did not stop cleanly.</source>
        <translation>Une autre copie du même programme tourne encore, ou ne s&apos;est pas arrêtée proprement.</translation>
    </message>
    <message>
        <source>Another program uses that port (a second web server, IIS on 80 or 443, another database).</source>
        <translation>Un autre programme utilise ce port (un deuxième serveur web, IIS sur 80 ou 443, une autre base de données).</translation>
    </message>
    <message>
        <source>On Windows, the port lies in a range the system keeps for itself (Hyper-V, WSL, Docker).</source>
        <translation>Sous Windows, le port se trouve dans une plage que le système se réserve (Hyper-V, WSL, Docker).</translation>
    </message>
    <message>
        <source>When a program says it while connecting (Windows): this computer has run out of local ports, because a program opens connections faster than the old ones close.</source>
        <translation>Quand un programme l&apos;indique en se connectant (Windows)&#xa0;: cet ordinateur n&apos;a plus de ports locaux libres, car un programme ouvre des connexions plus vite que les anciennes ne se ferment.</translation>
    </message>
    <message>
        <source>This computer could not use that address or port</source>
        <translation>Cet ordinateur n&apos;a pas pu utiliser cette adresse ou ce port</translation>
    </message>
    <message>
        <source>The system refused to set up the connection because of this computer&apos;s own end of it (Windows error 10049, EADDRNOTAVAIL elsewhere): no free local port was left for a new connection, or the program asked for an address this computer does not have. Nothing was sent.</source>
        <translation>Le système a refusé d&apos;établir la connexion à cause de son extrémité du côté de cet ordinateur (erreur Windows 10049, EADDRNOTAVAIL ailleurs)&#xa0;: il ne restait aucun port local libre pour une nouvelle connexion, ou le programme a demandé une adresse que cet ordinateur n&apos;a pas. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>This computer ran out of local ports: a program opens connections faster than the old ones close (thousands waiting in TIME_WAIT).</source>
        <translation>Cet ordinateur n&apos;a plus de ports locaux libres&#xa0;: un programme ouvre des connexions plus vite que les anciennes ne se ferment (des milliers en attente dans TIME_WAIT).</translation>
    </message>
    <message>
        <source>The program is set to use an address this computer no longer has (a new IP address, a VPN that is not connected).</source>
        <translation>Le programme est configuré pour utiliser une adresse que cet ordinateur n&apos;a plus (une nouvelle adresse IP, un VPN qui n&apos;est pas connecté).</translation>
    </message>
    <message>
        <source>The address to connect to is not a usable one, such as 0.0.0.0.</source>
        <translation>L&apos;adresse à laquelle se connecter n&apos;est pas utilisable, par exemple 0.0.0.0.</translation>
    </message>
    <message>
        <source>This computer ran out of network resources</source>
        <translation>Cet ordinateur n&apos;a plus de ressources réseau</translation>
    </message>
    <message>
        <source>A program opens connections and never closes them, until the local ports or the memory for them run out.</source>
        <translation>Un programme ouvre des connexions sans jamais les fermer, jusqu&apos;à épuiser les ports locaux ou la mémoire qui leur est consacrée.</translation>
    </message>
    <message>
        <source>Security or VPN software holds on to network resources.</source>
        <translation>Un logiciel de sécurité ou de VPN accapare des ressources réseau.</translation>
    </message>
    <message>
        <source>The computer has run for a long time under heavy load: a restart frees the resources for now, but the program that uses them up must be found.</source>
        <translation>L&apos;ordinateur tourne depuis longtemps sous une forte charge&#xa0;: un redémarrage libère les ressources pour l&apos;instant, mais il faut trouver le programme qui les épuise.</translation>
    </message>
    <message>
        <source>ssh does not recognise the server&apos;s key: an identity check, not the connection</source>
        <translation>ssh ne reconnaît pas la clé du serveur&#xa0;: une vérification d&apos;identité, pas la connexion</translation>
    </message>
    <message>
        <source>The connection was made. Then ssh compared the key the server showed with the one it saved the last time (in known_hosts), and they differ, or it could not confirm the key. The network works; ssh stops because it cannot be sure it talks to the right server.</source>
        <translation>La connexion a été établie. Ensuite, ssh a comparé la clé présentée par le serveur avec celle enregistrée la dernière fois (dans known_hosts)&#xa0;: elles diffèrent, ou ssh n&apos;a pas pu confirmer la clé. Le réseau fonctionne&#xa0;; ssh s&apos;arrête parce qu&apos;il ne peut pas être sûr de parler au bon serveur.</translation>
    </message>
    <message>
        <source>The server was reinstalled or replaced, and has a new key.</source>
        <translation>Le serveur a été réinstallé ou remplacé, et il a une nouvelle clé.</translation>
    </message>
    <message>
        <source>The name or address now leads to another server (a new address, a load balancer).</source>
        <translation>Le nom ou l&apos;adresse mène maintenant à un autre serveur (une nouvelle adresse, un répartiteur de charge).</translation>
    </message>
    <message>
        <source>Someone intercepts the connection: compare the key&apos;s fingerprint with the one the administrator gives you before you accept it.</source>
        <translation>Quelqu&apos;un intercepte la connexion&#xa0;: comparez l&apos;empreinte de la clé avec celle que vous donne l&apos;administrateur avant de l&apos;accepter.</translation>
    </message>
    <message>
        <source>The program could not check whether the certificate is still valid</source>
        <translation>Le programme n&apos;a pas pu vérifier si le certificat est toujours valide</translation>
    </message>
    <message>
        <source>The connection was made and the server showed its certificate. Before trusting it, the program asked the authority that issued it whether the certificate has been withdrawn, and got no answer. This does not mean that the certificate was withdrawn: only that the check could not be made, so the program did not accept it. Windows says &quot;unable to check revocation&quot;.</source>
        <translation>La connexion a été établie et le serveur a présenté son certificat. Avant de lui faire confiance, le programme a demandé à l&apos;autorité qui l&apos;a émis si le certificat a été révoqué, et n&apos;a obtenu aucune réponse. Cela ne veut pas dire que le certificat a été révoqué&#xa0;: seulement que la vérification n&apos;a pas pu se faire, et le programme ne l&apos;a donc pas accepté. Windows indique que la révocation n&apos;a pas pu être vérifiée («&#xa0;unable to check revocation&#xa0;»).</translation>
    </message>
    <message>
        <source>A firewall or proxy lets this computer reach the server, but not the addresses where the authority answers such questions (its revocation list or OCSP server, usually plain HTTP on port 80).</source>
        <translation>Un pare-feu ou un proxy laisse cet ordinateur joindre le serveur, mais pas les adresses où l&apos;autorité répond à ce genre de questions (sa liste de révocation ou son serveur OCSP, en général du HTTP simple sur le port 80).</translation>
    </message>
    <message>
        <source>A company&apos;s own authority does not publish its list of withdrawn certificates, or the published list is out of date.</source>
        <translation>L&apos;autorité propre à une entreprise ne publie pas sa liste des certificats révoqués, ou la liste publiée n&apos;est plus à jour.</translation>
    </message>
    <message>
        <source>This computer has no way to the internet at all, only to the server (a closed network).</source>
        <translation>Cet ordinateur n&apos;a aucun chemin vers Internet, seulement vers le serveur (un réseau fermé).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been withdrawn by its issuer</source>
        <translation>Le certificat du serveur a été révoqué par son émetteur</translation>
    </message>
    <message>
        <source>The connection was made and the server showed its certificate, but the authority that issued it has declared it withdrawn (revoked) before its end date, and the program refuses it. The network works. Only a new certificate on the server helps: do not accept this one.</source>
        <translation>La connexion a été établie et le serveur a présenté son certificat, mais l&apos;autorité qui l&apos;a émis l&apos;a déclaré invalide (révoqué) avant sa date d&apos;expiration, et le programme le refuse. Le réseau fonctionne. Seul un nouveau certificat sur le serveur peut régler le problème&#xa0;: n&apos;acceptez pas celui-ci.</translation>
    </message>
    <message>
        <source>The certificate was replaced and the old one withdrawn, but the server (or one of several servers behind the name) still uses the old one.</source>
        <translation>Le certificat a été remplacé et l&apos;ancien révoqué, mais le serveur (ou l&apos;un des serveurs derrière ce nom) utilise encore l&apos;ancien.</translation>
    </message>
    <message>
        <source>The certificate&apos;s secret key became known to others, so the authority withdrew it.</source>
        <translation>La clé secrète du certificat a été divulguée, l&apos;autorité l&apos;a donc révoqué.</translation>
    </message>
    <message>
        <source>A certificate in between (an intermediate certificate) was withdrawn, and the server still sends it.</source>
        <translation>Un certificat situé entre celui du serveur et l&apos;autorité (un certificat intermédiaire) a été révoqué, et le serveur l&apos;envoie encore.</translation>
    </message>
    <message>
        <source>Something intercepts the connection with a certificate that was withdrawn.</source>
        <translation>Quelque chose intercepte la connexion avec un certificat qui a été révoqué.</translation>
    </message>
    <message>
        <source>The database server answered: it does not know the database asked for</source>
        <translation>Le serveur de base de données a répondu&#xa0;: il ne connaît pas la base demandée</translation>
    </message>
    <message>
        <source>The connection to the database server was made, and the program that accepts its connections (the Oracle listener) answered: it does not know the database name (service name or SID) in the program&apos;s settings, or has no room for another session right now. The network works.</source>
        <translation>La connexion au serveur de base de données a été établie, et le programme qui accepte ses connexions (le processus d&apos;écoute Oracle, ou listener) a répondu&#xa0;: il ne connaît pas le nom de base de données (nom de service ou SID) indiqué dans les paramètres du programme, ou n&apos;a pas de place pour une session de plus en ce moment. Le réseau fonctionne.</translation>
    </message>
    <message>
        <source>The service name or SID in the connection settings is misspelled, or belongs to another server.</source>
        <translation>Le nom de service ou le SID indiqué dans les paramètres de connexion est mal orthographié, ou appartient à un autre serveur.</translation>
    </message>
    <message>
        <source>The database is stopped, or still starting and not yet known to the listener.</source>
        <translation>La base de données est arrêtée, ou encore en cours de démarrage et pas encore connue du processus d&apos;écoute.</translation>
    </message>
    <message>
        <source>ORA-12516, ORA-12519 or ORA-12520: the database has reached its limit of sessions.</source>
        <translation>ORA-12516, ORA-12519 ou ORA-12520&#xa0;: la base de données a atteint sa limite de sessions.</translation>
    </message>
    <message>
        <source>With the Windows sign-in (&quot;Cannot generate SSPI context&quot;): the server is not registered for it in the domain (its service name, SPN), or this computer&apos;s clock is off.</source>
        <translation>Avec l&apos;identification Windows («&#xa0;Cannot generate SSPI context&#xa0;»)&#xa0;: le serveur n&apos;est pas enregistré pour celle-ci dans le domaine (son nom de service, SPN), ou l&apos;horloge de cet ordinateur est décalée.</translation>
    </message>
    <message>
        <source>The message says that something took too long, but not whether the connection was still being set up or already open. If it was being set up, the requests to connect went unanswered (Windows gives up after 21 seconds, Linux after about two minutes); if it was open, the server did not answer in time. The port test tells which.</source>
        <translation>Le message indique que quelque chose a pris trop de temps, mais pas si la connexion était encore en cours d&apos;établissement ou déjà ouverte. Si elle était en cours d&apos;établissement, les demandes de connexion sont restées sans réponse (Windows abandonne au bout de 21 secondes, Linux au bout d&apos;environ deux minutes)&#xa0;; si elle était ouverte, le serveur n&apos;a pas répondu à temps. Le test de port permet de le savoir.</translation>
    </message>
    <message>
        <source>The request to connect (the SYN) never got to the other computer: a router on the way reported &quot;host unreachable&quot;, or, for an address on the local network, no device answered for that address. The connection could not even be tried.</source>
        <translation>La demande de connexion (le SYN) n&apos;est jamais arrivée jusqu&apos;à l&apos;autre ordinateur&#xa0;: un routeur sur le trajet a signalé «&#xa0;hôte inaccessible&#xa0;», ou, pour une adresse du réseau local, aucun appareil n&apos;a répondu pour cette adresse. La connexion n&apos;a même pas pu être tentée.</translation>
    </message>
    <message>
        <source>The connection could not even start: this computer, or a router on the way, has no route to the network of that address, so the request to connect was never sent. Most often this computer is offline: no cable, Wi-Fi off, or no router to lead out of the local network (default gateway).</source>
        <translation>La connexion n&apos;a même pas pu commencer&#xa0;: cet ordinateur, ou un routeur sur le trajet, n&apos;a aucun itinéraire vers le réseau de cette adresse, donc la demande de connexion n&apos;a jamais été envoyée. Le plus souvent, cet ordinateur est hors ligne&#xa0;: pas de câble, Wi-Fi désactivé, ou aucun routeur pour sortir du réseau local (passerelle par défaut).</translation>
    </message>
    <message>
        <source>The connection had been made, then the other side sent an RST (&quot;reset&quot;) and ended it at once, without the usual goodbye. Windows says &quot;forcibly closed by the remote host&quot;. Usually the program on the server crashed or hung up, or a firewall, proxy or load balancer on the way cut the connection.</source>
        <translation>La connexion avait été établie, puis l&apos;autre côté a envoyé un RST («&#xa0;reset&#xa0;») et l&apos;a terminée aussitôt, sans l&apos;au revoir habituel. Windows indique «&#xa0;Une connexion existante a dû être fermée par l&apos;hôte distant&#xa0;». En général, le programme sur le serveur a planté ou a raccroché, ou un pare-feu, un proxy ou un répartiteur de charge sur le trajet a coupé la connexion.</translation>
    </message>
    <message>
        <source>The connection had been made, but this computer&apos;s own system ended it, not the other side. Typically the data it sent was never acknowledged however often it was sent again, or software on this computer (a firewall, antivirus or VPN client) cut the connection. Windows says &quot;aborted by the software in your host machine&quot;.</source>
        <translation>La connexion avait été établie, mais c&apos;est le système de cet ordinateur lui-même qui l&apos;a terminée, pas l&apos;autre côté. En général, les données envoyées n&apos;ont jamais été acquittées malgré les renvois répétés, ou un logiciel de cet ordinateur (pare-feu, antivirus ou client VPN) a coupé la connexion. Windows indique «&#xa0;Une connexion établie a été abandonnée par un logiciel de votre ordinateur hôte&#xa0;».</translation>
    </message>
    <message>
        <source>Before a connection starts, the computer&apos;s name is looked up in DNS to find its address. That lookup failed: the name does not exist, or has no address. No request to connect was ever sent, so the server itself was never asked.</source>
        <translation>Avant qu&apos;une connexion commence, le nom de l&apos;ordinateur est recherché dans le DNS pour trouver son adresse. Cette recherche a échoué&#xa0;: le nom n&apos;existe pas, ou n&apos;a pas d&apos;adresse. Aucune demande de connexion n&apos;a été envoyée&#xa0;: le serveur lui-même n&apos;a donc jamais été sollicité.</translation>
    </message>
    <message>
        <source>The message says that a connection could not be made, but not what happened: whether the other side refused it, never answered, or could not be reached. The port test finds out by asking to connect (a SYN) and watching what comes back.</source>
        <translation>Le message indique qu&apos;une connexion n&apos;a pas pu être établie, mais pas ce qui s&apos;est passé&#xa0;: l&apos;autre côté l&apos;a-t-il refusée, n&apos;a-t-il jamais répondu, ou était-il injoignable&#xa0;? Le test de port le découvre en demandant une connexion (un SYN) et en observant ce qui revient.</translation>
    </message>
    <message>
        <source>The server does not send the certificates in between (intermediate certificates) that link its own to the authority.</source>
        <translation>Le serveur n&apos;envoie pas les certificats qui font le lien entre le sien et l&apos;autorité (les certificats intermédiaires).</translation>
    </message>
    <message>
        <source>The connection was made, then setting up the encryption (the TLS handshake) failed: the two sides have no version or way of encrypting in common, one side broke off with an error, or the answer was not encrypted at all (&quot;wrong version number&quot; often means that the port speaks plain text where the program expected encryption).</source>
        <translation>La connexion a été établie, puis la mise en place du chiffrement (la négociation TLS) a échoué&#xa0;: les deux côtés n&apos;ont aucune version ni aucune façon de chiffrer en commun, l&apos;un d&apos;eux a abandonné avec une erreur, ou la réponse n&apos;était pas chiffrée du tout («&#xa0;wrong version number&#xa0;» signifie souvent que le port parle en clair là où le programme attendait du chiffrement).</translation>
    </message>
    <message>
        <source>The server wants this program to show a certificate of its own (a client certificate), and it did not.</source>
        <translation>Le serveur demande à ce programme de présenter son propre certificat (un certificat client), et il ne l&apos;a pas fait.</translation>
    </message>
    <message>
        <source>The system could not set up the connection: it had no memory left for network connections, or a waiting line (queue) was full (Windows error 10055, ENOBUFS elsewhere). Nothing was sent; the problem is on this computer, most often far too many connections open at once.</source>
        <translation>Le système n&apos;a pas pu établir la connexion&#xa0;: il n&apos;avait plus de mémoire pour les connexions réseau, ou une file d&apos;attente était pleine (erreur Windows 10055, ENOBUFS ailleurs). Rien n&apos;a été envoyé&#xa0;; le problème se situe sur cet ordinateur, le plus souvent beaucoup trop de connexions ouvertes en même temps.</translation>
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
        <translation>Utilisation&#xa0;:
  tcpdoctor explain &quot;MESSAGE D&apos;ERREUR&quot; [--json]   expliquer un message d&apos;erreur
  tcpdoctor explain - [--json]                    lire le message sur l&apos;entrée standard
  tcpdoctor explain -- &quot;-bash: ...&quot;               un message qui commence par «&#xa0;-&#xa0;»

Codes de sortie&#xa0;: 1 un problème de connexion a été reconnu, 0 aucune erreur de connexion TCP trouvée dans le message, 2 aucun message.
</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Causes probables, les plus probables d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>À vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Quand&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Recognised from: &quot;%1&quot;</source>
        <translation>Reconnu à partir de&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>tcpdoctor diagnose COMPUTER:%1 (the message does not say which computer)</source>
        <translation>tcpdoctor diagnose ORDINATEUR:%1 (le message ne dit pas de quel ordinateur il s&apos;agit)</translation>
    </message>
    <message>
        <source>Check it step by step: %1</source>
        <translation>Vérifiez étape par étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>The checklist steps that matter most here: %1.</source>
        <translation>Les étapes de la vérification qui comptent le plus ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>A message that starts with &quot;-&quot; goes after --, like: tcpdoctor explain -- &quot;-bash: connect: Connection refused&quot;</source>
        <translation>Un message qui commence par «&#xa0;-&#xa0;» se place après --, par exemple&#xa0;: tcpdoctor explain -- &quot;-bash: connect: Connection refused&quot;</translation>
    </message>
    <message>
        <source>Which error message? Put it in quotes, like: tcpdoctor explain &quot;Connection refused&quot;, or pipe it in with: tcpdoctor explain -</source>
        <translation>Quel message d&apos;erreur&#xa0;? Mettez-le entre guillemets, par exemple&#xa0;: tcpdoctor explain &quot;Connection refused&quot;, ou transmettez-le par un tube avec&#xa0;: tcpdoctor explain -</translation>
    </message>
    <message>
        <source>The error message is empty: paste the message the program showed.</source>
        <translation>Le message d&apos;erreur est vide&#xa0;: collez le message affiché par le programme.</translation>
    </message>
    <message>
        <source>See who holds the port: %1</source>
        <translation>Voyez qui occupe le port&#xa0;: %1</translation>
    </message>
    <message>
        <source>tcpdoctor listen PORT (the message does not say which port)</source>
        <translation>tcpdoctor listen PORT (le message ne précise pas le port)</translation>
    </message>
</context>
<context>
    <name>FirewallStep</name>
    <message>
        <source>Not needed: the port test did not end in silence or a rejection.</source>
        <translation>Inutile&#xa0;: le test de port ne s&apos;est terminé ni par un silence ni par un rejet.</translation>
    </message>
    <message>
        <source>Not needed: the SYN never left this computer.</source>
        <translation>Inutile&#xa0;: le SYN n&apos;a jamais quitté cet ordinateur.</translation>
    </message>
    <message>
        <source>Skipped: the ICMP trace needs raw-socket rights here (under Wine: CAP_NET_RAW).</source>
        <translation>Ignoré&#xa0;: le suivi ICMP nécessite ici le droit d&apos;utiliser des sockets bruts (sous Wine&#xa0;: CAP_NET_RAW).</translation>
    </message>
    <message>
        <source>Skipped: %1 (%2).</source>
        <translation>Ignoré&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall: nothing could be read</source>
        <translation>Pare-feu de cet ordinateur&#xa0;: rien n&apos;a pu être lu</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall: %1</source>
        <translation>Pare-feu de cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Some rules can only be read by an administrator; this check never asks for admin rights.</source>
        <translation>Certaines règles ne peuvent être lues que par un administrateur&#xa0;; cette vérification ne demande jamais de droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>An administrator can look with: %1</source>
        <translation>Un administrateur peut regarder avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Path trace: %1.</source>
        <translation>Suivi d&apos;itinéraire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not needed: the port test failed for a reason other than a firewall (%1).</source>
        <translation>Inutile&#xa0;: le test de port a échoué pour une autre raison qu&apos;un pare-feu (%1).</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s firewall blocks port %1.</source>
        <translation>Une règle du pare-feu de cet ordinateur bloque le port %1.</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s firewall may block port %1.</source>
        <translation>Une règle du pare-feu de cet ordinateur bloque peut-être le port %1.</translation>
    </message>
    <message>
        <source>No rule of this computer&apos;s firewall blocks port %1.</source>
        <translation>Aucune règle du pare-feu de cet ordinateur ne bloque le port %1.</translation>
    </message>
    <message>
        <source>Without the port test there is no block to locate, and this computer&apos;s rules could not be read.</source>
        <translation>Sans le test de port, il n&apos;y a aucun blocage à localiser, et les règles de cet ordinateur n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>%1 rule &quot;%2&quot; (%3)%4</source>
        <translation>%1&#xa0;: règle «&#xa0;%2&#xa0;» (%3)%4</translation>
    </message>
    <message>
        <source>, which may apply: it has conditions tcpdoctor cannot judge</source>
        <translation>, qui s&apos;applique peut-être&#xa0;: elle a des conditions que tcpdoctor ne peut pas évaluer</translation>
    </message>
    <message>
        <source>%1, chain %2</source>
        <translation>%1, chaîne %2</translation>
    </message>
    <message>
        <source>ICMP echo requests reach %1 in %2 hops (ICMP, not the port: a firewall may still drop the port).</source>
        <translation>Les requêtes d&apos;écho ICMP (ping) atteignent %1 en %2 sauts (c&apos;est ICMP, pas le port&#xa0;: un pare-feu peut quand même bloquer le port).</translation>
    </message>
    <message>
        <source>SYNs with a limited TTL reached the server %1 (hop %2).</source>
        <translation>Des SYN à TTL limité ont atteint le serveur %1 (saut %2).</translation>
    </message>
    <message>
        <source>This computer could not send the SYN (%1).</source>
        <translation>Cet ordinateur n&apos;a pas pu envoyer le SYN (%1).</translation>
    </message>
    <message>
        <source>Router %1 (hop %2) rejected it: %3.</source>
        <translation>Le routeur %1 (saut %2) l&apos;a rejeté&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The SYN reached router %1 (hop %2) and went no further: nothing answered beyond it.</source>
        <translation>Le SYN a atteint le routeur %1 (saut %2) sans aller plus loin&#xa0;: rien n&apos;a répondu au-delà.</translation>
    </message>
    <message>
        <source>Not even the first router answered: the SYN may not have left this network.</source>
        <translation>Même le premier routeur n&apos;a pas répondu&#xa0;: le SYN n&apos;a peut-être pas quitté ce réseau.</translation>
    </message>
    <message>
        <source>%1 (hop %2)</source>
        <translation>%1 (saut %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The same port on the reference host %1 (%2): %3.</source>
        <translation>Le même port sur l&apos;hôte de référence %1 (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Other ports on %1: %2.</source>
        <translation>Autres ports sur %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall: %1.</source>
        <translation>Pare-feu de cet ordinateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: the rules can only be read by an administrator (%2).</source>
        <translation>%1&#xa0;: seul un administrateur peut lire les règles (%2).</translation>
    </message>
    <message>
        <source>Never switch a firewall off for good. To confirm, turn off only that rule (or the firewall) for one quick test, then turn it back on at once.</source>
        <translation>Ne désactivez jamais un pare-feu durablement. Pour vérifier, coupez seulement cette règle (ou le pare-feu) le temps d&apos;un test rapide, puis remettez tout en place aussitôt.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall blocks the connection</source>
        <translation>Le pare-feu de cet ordinateur bloque la connexion</translation>
    </message>
    <message>
        <source>The SYN to port %1 never left this computer: its own firewall stopped it.</source>
        <translation>Le SYN vers le port %1 n&apos;a jamais quitté cet ordinateur&#xa0;: son propre pare-feu l&apos;a arrêté.</translation>
    </message>
    <message>
        <source>The rule that matches: %1.</source>
        <translation>La règle en cause&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Look at the rule with: sudo nft -a list chain %1 %2</source>
        <translation>Affichez la règle avec&#xa0;: sudo nft -a list chain %1 %2</translation>
    </message>
    <message>
        <source>Which rule it is could not be seen: reading the firewall rules needs administrator rights.</source>
        <translation>Impossible de voir de quelle règle il s&apos;agit&#xa0;: lire les règles du pare-feu nécessite des droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>An administrator can list the rules with: %1</source>
        <translation>Un administrateur peut afficher les règles avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check this computer&apos;s firewall and security software for a rule that blocks outgoing connections to port %1, and ask whether it is there on purpose.</source>
        <translation>Cherchez dans le pare-feu et les logiciels de sécurité de cet ordinateur une règle qui bloque les connexions sortantes vers le port %1, et demandez si elle est voulue.</translation>
    </message>
    <message>
        <source>A firewall on your network blocks port %1</source>
        <translation>Un pare-feu de votre réseau bloque le port %1</translation>
    </message>
    <message>
        <source>A firewall on your network (router %1) blocks port %2</source>
        <translation>Un pare-feu de votre réseau (routeur %1) bloque le port %2</translation>
    </message>
    <message>
        <source>Port %1 fails on the reference host too, so the network this computer is on blocks outgoing connections to that port, not the server.</source>
        <translation>Le port %1 échoue aussi sur l&apos;hôte de référence&#xa0;: c&apos;est donc le réseau de cet ordinateur qui bloque les connexions sortantes vers ce port, et non le serveur.</translation>
    </message>
    <message>
        <source>The SYN to port %1 reached router %2 and went no further, while other ports of the server pass that router: a firewall at or after it drops port %1.</source>
        <translation>Le SYN vers le port %1 a atteint le routeur %2 sans aller plus loin, alors que d&apos;autres ports du serveur passent ce routeur&#xa0;: un pare-feu situé à cet endroit ou après bloque le port %1.</translation>
    </message>
    <message>
        <source>Router %1 answered the SYN to port %2 with &quot;administratively prohibited&quot;: a firewall there refuses this traffic. The server never saw it.</source>
        <translation>Le routeur %1 a répondu au SYN vers le port %2 par «&#xa0;interdit par l&apos;administrateur&#xa0;»&#xa0;: un pare-feu à cet endroit refuse ce trafic. Le serveur ne l&apos;a jamais vu.</translation>
    </message>
    <message>
        <source>Ask the administrator of that network (router %1) to allow port %2 to %3.</source>
        <translation>Demandez à l&apos;administrateur de ce réseau (routeur %1) d&apos;autoriser le port %2 vers %3.</translation>
    </message>
    <message>
        <source>To confirm, try from another network (for example a phone&apos;s hotspot): if it works there, the block is on this network.</source>
        <translation>Pour confirmer, essayez depuis un autre réseau (par exemple le partage de connexion d&apos;un téléphone)&#xa0;: si cela fonctionne là-bas, le blocage se trouve sur ce réseau-ci.</translation>
    </message>
    <message>
        <source>The server&apos;s own firewall rejects port %1</source>
        <translation>Le pare-feu du serveur lui-même rejette le port %1</translation>
    </message>
    <message>
        <source>The server %1 itself answered the SYN with an ICMP &quot;not allowed&quot; message: its firewall refuses port %2 from this computer.</source>
        <translation>Le serveur %1 a lui-même répondu au SYN par un message ICMP «&#xa0;non autorisé&#xa0;»&#xa0;: son pare-feu refuse le port %2 depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to allow port %1 from your address in the server&apos;s firewall.</source>
        <translation>Demandez à l&apos;administrateur du serveur d&apos;autoriser le port %1 depuis votre adresse dans le pare-feu du serveur.</translation>
    </message>
    <message>
        <source>On the server they can check the inbound rules (ufw status, firewall-cmd --list-all, nft list ruleset, or Windows Defender Firewall&apos;s inbound rules).</source>
        <translation>Sur le serveur, l&apos;administrateur peut vérifier les règles de trafic entrant (ufw status, firewall-cmd --list-all, nft list ruleset, ou les règles de trafic entrant du Pare-feu Windows Defender).</translation>
    </message>
    <message>
        <source>Probably the server&apos;s firewall (the server answers on other ports)</source>
        <translation>Probablement le pare-feu du serveur (le serveur répond sur d&apos;autres ports)</translation>
    </message>
    <message>
        <source>The server %1 answers on other ports but not on port %2, so it is up and reachable and something drops port %2 only.</source>
        <translation>Le serveur %1 répond sur d&apos;autres ports mais pas sur le port %2&#xa0;: il est donc allumé et joignable, et quelque chose bloque uniquement le port %2.</translation>
    </message>
    <message>
        <source>The SYN reached router %1 and went no further; the next hop is the server itself, so the drop is in the server&apos;s firewall, or in a firewall right in front of it (a cloud security group, or router %2).</source>
        <translation>Le SYN a atteint le routeur %1 sans aller plus loin&#xa0;; le saut suivant est le serveur lui-même, donc le blocage se trouve dans le pare-feu du serveur, ou dans un pare-feu juste devant lui (un groupe de sécurité cloud, ou le routeur %2).</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether port %1 is allowed in the server&apos;s firewall and in any security group or firewall in front of it.</source>
        <translation>Demandez à l&apos;administrateur du serveur si le port %1 est autorisé dans le pare-feu du serveur et dans tout groupe de sécurité ou pare-feu placé devant lui.</translation>
    </message>
    <message>
        <source>On the server, &quot;tcpdoctor listen %1&quot; shows whether the service listens at all.</source>
        <translation>Sur le serveur, «&#xa0;tcpdoctor listen %1&#xa0;» indique si le service est réellement à l&apos;écoute.</translation>
    </message>
    <message>
        <source>Nothing answers from %1 at all</source>
        <translation>Aucune réponse de %1</translation>
    </message>
    <message>
        <source>Neither port %1 nor the other ports tried answered. The server may be switched off, its address may be wrong, or a firewall drops everything to it.</source>
        <translation>Ni le port %1 ni les autres ports essayés n&apos;ont répondu. Le serveur est peut-être éteint, son adresse est peut-être fausse, ou un pare-feu bloque tout ce qui lui est destiné.</translation>
    </message>
    <message>
        <source>The last device on the way that answered was %1.</source>
        <translation>Le dernier appareil du trajet à avoir répondu est %1.</translation>
    </message>
    <message>
        <source>Check that the server is on and that the address is right.</source>
        <translation>Vérifiez que le serveur est allumé et que l&apos;adresse est correcte.</translation>
    </message>
    <message>
        <source>Ask the network or server administrator which firewall sits after %1.</source>
        <translation>Demandez à l&apos;administrateur du réseau ou du serveur quel pare-feu se trouve après %1.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Where the packets are dropped could not be found</source>
        <translation>Impossible de trouver où les paquets sont bloqués</translation>
    </message>
    <message>
        <source>Port %1 stayed silent in the port test, but the path trace reached the server: the block may come and go, or depend on the connection.</source>
        <translation>Le port %1 est resté muet lors du test de port, mais le suivi d&apos;itinéraire a atteint le serveur&#xa0;: le blocage est peut-être intermittent, ou dépend de la connexion.</translation>
    </message>
    <message>
        <source>Run the check again; if the result changes, the block is intermittent (overload or a rate limit).</source>
        <translation>Relancez la vérification&#xa0;; si le résultat change, le blocage est intermittent (surcharge ou limitation de débit).</translation>
    </message>
    <message>
        <source>No firewall stopped the connection to port %1</source>
        <translation>Aucun pare-feu n&apos;a arrêté la connexion au port %1</translation>
    </message>
    <message>
        <source>Not a firewall problem</source>
        <translation>Ce n&apos;est pas un problème de pare-feu</translation>
    </message>
    <message>
        <source>Ask the administrator of that network (its gateway) to allow port %1 to %2.</source>
        <translation>Demandez à l’administrateur de ce réseau (sa passerelle par défaut) d’autoriser le port %1 vers %2.</translation>
    </message>
    <message>
        <source>The server %1 itself rejected it: %2.</source>
        <translation>Le serveur %1 l&apos;a lui-même rejeté&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is on the local network, so there is no router in between; it did not answer.</source>
        <translation>L&apos;adresse %1 est sur le réseau local, il n&apos;y a donc aucun routeur entre les deux&#xa0;; elle n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>It is on the local network, with no router in between, so the drop is in the server&apos;s own firewall.</source>
        <translation>Il se trouve sur le réseau local, sans routeur entre les deux&#xa0;: c&apos;est donc le pare-feu du serveur lui-même qui rejette les paquets.</translation>
    </message>
</context>
<context>
    <name>Icmp</name>
    <message>
        <source>network unreachable</source>
        <translation>réseau inaccessible</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>hôte inaccessible</translation>
    </message>
    <message>
        <source>protocol unreachable</source>
        <translation>protocole inaccessible</translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation>port inaccessible</translation>
    </message>
    <message>
        <source>fragmentation needed</source>
        <translation>fragmentation nécessaire</translation>
    </message>
    <message>
        <source>source route failed</source>
        <translation>échec du routage par la source</translation>
    </message>
    <message>
        <source>destination network unknown</source>
        <translation>réseau de destination inconnu</translation>
    </message>
    <message>
        <source>destination host unknown</source>
        <translation>hôte de destination inconnu</translation>
    </message>
    <message>
        <source>network administratively prohibited</source>
        <translation>réseau interdit par l&apos;administrateur</translation>
    </message>
    <message>
        <source>host administratively prohibited</source>
        <translation>hôte interdit par l&apos;administrateur</translation>
    </message>
    <message>
        <source>network unreachable for this type of service</source>
        <translation>réseau inaccessible pour ce type de service</translation>
    </message>
    <message>
        <source>host unreachable for this type of service</source>
        <translation>hôte inaccessible pour ce type de service</translation>
    </message>
    <message>
        <source>communication administratively prohibited</source>
        <translation>communication interdite par l&apos;administrateur</translation>
    </message>
    <message>
        <source>no route to destination</source>
        <translation>aucun itinéraire vers la destination</translation>
    </message>
    <message>
        <source>beyond scope of source address</source>
        <translation>hors de la portée de l&apos;adresse source</translation>
    </message>
    <message>
        <source>address unreachable</source>
        <translation>adresse inaccessible</translation>
    </message>
    <message>
        <source>source address failed ingress/egress policy</source>
        <translation>adresse source refusée par la politique d&apos;entrée/sortie</translation>
    </message>
    <message>
        <source>reject route to destination</source>
        <translation>itinéraire de rejet vers la destination</translation>
    </message>
    <message>
        <source>ICMPv6 type %1, code %2</source>
        <translation>ICMPv6 type %1, code %2</translation>
    </message>
    <message>
        <source>ICMP type %1, code %2</source>
        <translation>ICMP type %1, code %2</translation>
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
        <translation>Indiquez les pauses en secondes, séparées par des virgules, par exemple 15,60,300.</translation>
    </message>
    <message>
        <source>Give at most %1 idle periods; one connection is opened for each.</source>
        <translation>Indiquez au plus %1 pauses&#xa0;; une connexion est ouverte pour chacune.</translation>
    </message>
    <message>
        <source>Each idle period must be a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>Chaque pause doit être un nombre entier de secondes de 1 à %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the name was not found</source>
        <translation>le nom est introuvable</translation>
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
        <translation>fonctionnait encore</translation>
    </message>
    <message>
        <source>reset: it had been forgotten</source>
        <translation>réinitialisée&#xa0;: elle avait été oubliée</translation>
    </message>
    <message>
        <source>no answer: it had been forgotten on the way</source>
        <translation>pas de réponse&#xa0;: elle avait été oubliée sur le trajet</translation>
    </message>
    <message>
        <source>closed by the server</source>
        <translation>fermée par le serveur</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>connexion impossible</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>unknown: nothing came back, and this system does not say whether it arrived</source>
        <translation>inconnu&#xa0;: rien n&apos;est revenu, et ce système n&apos;indique pas si l&apos;octet est arrivé</translation>
    </message>
    <message>
        <source>after %1 idle</source>
        <translation>après %1 de silence</translation>
    </message>
    <message>
        <source>from port %1</source>
        <translation>depuis le port %1</translation>
    </message>
    <message>
        <source>(the byte sent then was acknowledged)</source>
        <translation>(la réception de l&apos;octet envoyé a été confirmée)</translation>
    </message>
    <message>
        <source>(after %1 s)</source>
        <translation>(après %1 s)</translation>
    </message>
    <message numerus="yes">
        <source>(sent %n time(s) again)</source>
        <translation>
            <numerusform>(renvoyé %n fois)</numerusform>
            <numerusform>(renvoyé %n fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to %1 could be opened</source>
        <translation>Aucune connexion à %1 n&apos;a pu être ouverte</translation>
    </message>
    <message>
        <source>The idle test needs connections that work to begin with, and none could be opened (%1).</source>
        <translation>Le test de pause a besoin de connexions qui fonctionnent au départ, et aucune n&apos;a pu être ouverte (%1).</translation>
    </message>
    <message>
        <source>The idle test needs connections that work to begin with, and the name did not resolve (%1).</source>
        <translation>Le test de pause a besoin de connexions qui fonctionnent au départ, et la résolution du nom a échoué (%1).</translation>
    </message>
    <message>
        <source>Check %1 step by step to find out where it fails.</source>
        <translation>Vérifiez %1 étape par étape pour savoir où cela bloque.</translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor diagnose %1&quot; to find out where it fails.</source>
        <translation>Lancez «&#xa0;tcpdoctor diagnose %1&#xa0;» pour savoir où cela bloque.</translation>
    </message>
    <message>
        <source>The idle test was stopped</source>
        <translation>Le test de pause a été arrêté</translation>
    </message>
    <message>
        <source>It was stopped before any connection had been idle long enough to tell.</source>
        <translation>Il a été arrêté avant qu&apos;une connexion soit restée silencieuse assez longtemps pour conclure.</translation>
    </message>
    <message>
        <source>Start it again and let it run to the end.</source>
        <translation>Relancez-le et laissez-le aller jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>It is not known whether idle connections to %1 survive</source>
        <translation>On ne sait pas si les connexions silencieuses à %1 survivent</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) got no answer after their pause, and this system does not tell whether the byte sent then arrived (it needs Windows 10 1703 or later, Linux or macOS for that).</source>
        <translation>
            <numerusform>%n connexion n&apos;a obtenu aucune réponse après sa pause, et ce système n&apos;indique pas si l&apos;octet envoyé alors est arrivé (il faut pour cela Windows 10 1703 ou plus récent, Linux ou macOS).</numerusform>
            <numerusform>%n connexions n&apos;ont obtenu aucune réponse après leur pause, et ce système n&apos;indique pas si l&apos;octet envoyé alors est arrivé (il faut pour cela Windows 10 1703 ou plus récent, Linux ou macOS).</numerusform>
        </translation>
    </message>
    <message>
        <source>A connection idle for %1 still worked.</source>
        <translation>Une connexion restée silencieuse %1 fonctionnait encore.</translation>
    </message>
    <message>
        <source>Run the idle test against a server that answers what it receives, such as &quot;tcpdoctor listen --serve PORT&quot; on the server, or from a Linux or macOS computer.</source>
        <translation>Lancez le test de pause vers un serveur qui répond à ce qu&apos;il reçoit, comme «&#xa0;tcpdoctor listen --serve PORT&#xa0;» sur le serveur, ou depuis un ordinateur Linux ou macOS.</translation>
    </message>
    <message>
        <source>Idle connections to %1 survive</source>
        <translation>Les connexions silencieuses à %1 survivent</translation>
    </message>
    <message>
        <source>Every connection still worked after its pause, the longest after %1 of silence. Nothing on the way forgets connections that stay silent this long.</source>
        <translation>Chaque connexion fonctionnait encore après sa pause, la plus longue après %1 de silence. Rien sur le trajet n&apos;oublie les connexions qui restent silencieuses aussi longtemps.</translation>
    </message>
    <message>
        <source>If a program still loses its connection after a pause, the pause is longer than %1: try a longer time.</source>
        <translation>Si un programme perd quand même sa connexion après une pause, c&apos;est que la pause dure plus de %1&#xa0;: essayez une durée plus longue.</translation>
    </message>
    <message>
        <source>If a program still loses its connection after a pause, the pause is longer than %1: try --max-idle with a longer time.</source>
        <translation>Si un programme perd quand même sa connexion après une pause, c&apos;est que la pause dure plus de %1&#xa0;: essayez --max-idle avec une durée plus longue.</translation>
    </message>
    <message>
        <source>%1 closes connections that stay silent</source>
        <translation>%1 ferme les connexions qui restent silencieuses</translation>
    </message>
    <message>
        <source>The server itself ended the connection after about %1 of silence: it said goodbye properly (FIN), so this is its own idle timeout, not the network.</source>
        <translation>Le serveur lui-même a mis fin à la connexion après environ %1 de silence&#xa0;: il a dit au revoir dans les règles (FIN). C&apos;est donc son propre délai d&apos;inactivité, pas le réseau.</translation>
    </message>
    <message>
        <source>Make the program send something (a keepalive or a harmless request) more often than every %1, or have it reconnect when the server has closed the connection.</source>
        <translation>Faites en sorte que le programme envoie quelque chose (un keepalive ou une requête anodine) plus souvent que toutes les %1, ou qu&apos;il se reconnecte quand le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>Or raise the service&apos;s own idle timeout on the server (its &quot;timeout&quot; or &quot;keepalive_timeout&quot; setting).</source>
        <translation>Ou augmentez sur le serveur le délai d&apos;inactivité propre au service (son paramètre «&#xa0;timeout&#xa0;» ou «&#xa0;keepalive_timeout&#xa0;»).</translation>
    </message>
    <message>
        <source>The server sent FIN %1 s after the connection opened.</source>
        <translation>Le serveur a envoyé un FIN %1 s après l&apos;ouverture de la connexion.</translation>
    </message>
    <message>
        <source>Something on the way to %1 forgets silent connections</source>
        <translation>Quelque chose sur le trajet vers %1 oublie les connexions silencieuses</translation>
    </message>
    <message>
        <source>a reset came back</source>
        <translation>une réinitialisation (RST) est revenue</translation>
    </message>
    <message>
        <source>the byte sent then was never acknowledged, however often it was sent again</source>
        <translation>la réception de l&apos;octet envoyé n&apos;a jamais été confirmée, malgré tous les renvois</translation>
    </message>
    <message>
        <source>A connection that stayed silent for %1 still worked; after %2 of silence it was dead (%3). A firewall or NAT router between this computer and the server forgets connections that stay silent for between %1 and %2. Programs that keep a connection open without talking (databases, remote desktops, SSH) then fail with &quot;connection reset&quot; or errors 10053/10054 when they speak again.</source>
        <translation>Une connexion restée silencieuse %1 fonctionnait encore&#xa0;; après %2 de silence, elle était morte (%3). Un pare-feu ou un routeur NAT entre cet ordinateur et le serveur oublie les connexions qui restent silencieuses entre %1 et %2. Les programmes qui gardent une connexion ouverte sans rien dire (bases de données, bureaux à distance, SSH) échouent alors avec «&#xa0;connexion réinitialisée&#xa0;» ou les erreurs 10053/10054 quand ils se remettent à parler.</translation>
    </message>
    <message>
        <source>Even the shortest pause tried, %1, killed the connection (%2). A firewall or NAT router between this computer and the server forgets silent connections very quickly. Programs that keep a connection open without talking fail when they speak again.</source>
        <translation>Même la plus courte pause essayée, %1, a coupé la connexion (%2). Un pare-feu ou un routeur NAT entre cet ordinateur et le serveur oublie très vite les connexions silencieuses. Les programmes qui gardent une connexion ouverte sans rien dire échouent quand ils se remettent à parler.</translation>
    </message>
    <message>
        <source>Turn on TCP keepalive in the program, with the first keepalive after at most %1 s of silence and one every %1 s after that: the small packets keep the connection known on the way.</source>
        <translation>Activez le keepalive TCP dans le programme, avec un premier keepalive après au plus %1 s de silence, puis un toutes les %1 s&#xa0;: ces petits paquets font que la connexion reste connue sur le trajet.</translation>
    </message>
    <message>
        <source>SSH: ServerAliveInterval %1 in ~/.ssh/config (or ClientAliveInterval %1 on the server).</source>
        <translation>SSH&#xa0;: ServerAliveInterval %1 dans ~/.ssh/config (ou ClientAliveInterval %1 sur le serveur).</translation>
    </message>
    <message>
        <source>PostgreSQL: keepalives_idle=%1 in the connection string (libpq, psql); JDBC: tcpKeepAlive=true together with the system setting below.</source>
        <translation>PostgreSQL&#xa0;: keepalives_idle=%1 dans la chaîne de connexion (libpq, psql)&#xa0;; JDBC&#xa0;: tcpKeepAlive=true avec le paramètre système ci-dessous.</translation>
    </message>
    <message>
        <source>Oracle: SQLNET.EXPIRE_TIME=%1 in sqlnet.ora (minutes).</source>
        <translation>Oracle&#xa0;: SQLNET.EXPIRE_TIME=%1 dans sqlnet.ora (minutes).</translation>
    </message>
    <message>
        <source>The system&apos;s keepalive time, for programs that turn keepalive on without choosing a time: Linux sysctl net.ipv4.tcp_keepalive_time=%1; Windows KeepAliveTime=%2 (milliseconds) under HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters, then restart; macOS sysctl net.inet.tcp.keepidle=%2.</source>
        <translation>Le délai de keepalive du système, pour les programmes qui activent le keepalive sans choisir de délai&#xa0;: Linux sysctl net.ipv4.tcp_keepalive_time=%1&#xa0;; Windows KeepAliveTime=%2 (millisecondes) sous HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters, puis redémarrer&#xa0;; macOS sysctl net.inet.tcp.keepidle=%2.</translation>
    </message>
    <message>
        <source>Or ask the network&apos;s administrator to raise the idle timeout of the firewall or NAT router on the way for this connection.</source>
        <translation>Ou demandez à l&apos;administrateur du réseau d&apos;augmenter, pour cette connexion, le délai d&apos;inactivité du pare-feu ou du routeur NAT sur le trajet.</translation>
    </message>
    <message>
        <source>Idle for %1: %2.</source>
        <translation>Pause de %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>IdleCli</name>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Lancez «&#xa0;tcpdoctor --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>Give one target, like: tcpdoctor idle db.example.com:5432</source>
        <translation>Indiquez une cible, par exemple&#xa0;: tcpdoctor idle db.example.com:5432</translation>
    </message>
    <message>
        <source>Give --max-idle or --periods, not both.</source>
        <translation>Indiquez --max-idle ou --periods, pas les deux.</translation>
    </message>
    <message>
        <source>--max-idle must be a whole number of seconds from 1 to 86400, not &quot;%1&quot;.</source>
        <translation>--max-idle doit être un nombre entier de secondes de 1 à 86400, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n connection(s) to %1. Each stays silent for a while (%2), then sends one byte to see whether it still works. This takes about %3. Ctrl+C stops.</source>
        <translation>
            <numerusform>Ouverture de %n connexion vers %1. Elle reste silencieuse un moment (%2), puis envoie un octet pour voir si elle fonctionne encore. Cela prend environ %3. Ctrl+C pour arrêter.</numerusform>
            <numerusform>Ouverture de %n connexions vers %1. Chacune reste silencieuse un moment (%2), puis envoie un octet pour voir si elle fonctionne encore. Cela prend environ %3. Ctrl+C pour arrêter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpStep</name>
    <message>
        <source>set by hand</source>
        <translation>définie à la main</translation>
    </message>
    <message>
        <source>from DHCP</source>
        <translation>par DHCP</translation>
    </message>
    <message>
        <source>automatic, from the router (SLAAC)</source>
        <translation>automatique, par le routeur (SLAAC)</translation>
    </message>
    <message>
        <source>automatic (DHCPv6 or SLAAC)</source>
        <translation>automatique (DHCPv6 ou SLAAC)</translation>
    </message>
    <message>
        <source>self-assigned</source>
        <translation>auto-attribuée</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>bouclage</translation>
    </message>
    <message>
        <source>origin unknown</source>
        <translation>origine inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>%n heure restante</numerusform>
            <numerusform>%n heures restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute restante</numerusform>
            <numerusform>%n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Another device on the network uses the same address %1</source>
        <translation>Un autre appareil du réseau utilise la même adresse %1</translation>
    </message>
    <message>
        <source>Duplicate address detection failed on %1, so this computer does not use the address.</source>
        <translation>La détection d&apos;adresse en double a échoué sur %1&#xa0;: cet ordinateur n&apos;utilise donc pas cette adresse.</translation>
    </message>
    <message>
        <source>If the address was set by hand, choose one that no other device uses, or switch to automatic configuration (DHCP).</source>
        <translation>Si l&apos;adresse a été définie à la main, choisissez-en une qu&apos;aucun autre appareil n&apos;utilise, ou passez à la configuration automatique (DHCP).</translation>
    </message>
    <message>
        <source>%1 has the address(es) %2</source>
        <translation>%1 a pour adresse(s) %2</translation>
    </message>
    <message>
        <source>Only a self-assigned address (%1): automatic configuration (DHCP) failed</source>
        <translation>Seulement une adresse auto-attribuée (%1)&#xa0;: la configuration automatique (DHCP) a échoué</translation>
    </message>
    <message>
        <source>This computer asked the network for an address (DHCP), got no answer, and gave itself an address from 169.254.x.x. With it, only the local network can be reached, and usually not even that.</source>
        <translation>Cet ordinateur a demandé une adresse au réseau (DHCP), n&apos;a pas reçu de réponse et s&apos;est attribué lui-même une adresse en 169.254.x.x. Avec elle, seul le réseau local est joignable, et en général même pas lui.</translation>
    </message>
    <message>
        <source>Only a link-local address: the network gave this computer no address</source>
        <translation>Seulement une adresse lien-local&#xa0;: le réseau n&apos;a donné aucune adresse à cet ordinateur</translation>
    </message>
    <message>
        <source>%1 has only its own link-local IPv6 address (fe80::...), which works on the local cable or Wi-Fi alone. No DHCP server or router gave it an address.</source>
        <translation>%1 n&apos;a que sa propre adresse IPv6 lien-local (fe80::...), qui ne fonctionne que sur le câble ou le Wi-Fi local. Aucun serveur DHCP ni routeur ne lui a donné d&apos;adresse.</translation>
    </message>
    <message>
        <source>Restart the router (switch it off for 30 seconds), wait two minutes, and try again.</source>
        <translation>Redémarrez le routeur (éteignez-le 30 secondes), attendez deux minutes et réessayez.</translation>
    </message>
    <message>
        <source>Switch this computer&apos;s network connection off and on, so it asks for an address again.</source>
        <translation>Désactivez puis réactivez la connexion réseau de cet ordinateur, pour qu&apos;il redemande une adresse.</translation>
    </message>
    <message>
        <source>If the network uses fixed addresses, ask its administrator for the right settings.</source>
        <translation>Si le réseau utilise des adresses fixes, demandez les bons paramètres à son administrateur.</translation>
    </message>
    <message>
        <source>No IP address on %1</source>
        <translation>Aucune adresse IP sur %1</translation>
    </message>
    <message>
        <source>The connection is up, but no IP address is configured, so nothing can be sent.</source>
        <translation>La connexion est active, mais aucune adresse IP n&apos;est configurée&#xa0;: rien ne peut donc être envoyé.</translation>
    </message>
    <message>
        <source>Switch the connection off and on, so it asks the router for an address (DHCP).</source>
        <translation>Désactivez puis réactivez la connexion, pour qu&apos;elle redemande une adresse au routeur (DHCP).</translation>
    </message>
    <message>
        <source>Check the connection&apos;s settings: the IP address should be &quot;automatic (DHCP)&quot; unless the network uses fixed addresses.</source>
        <translation>Vérifiez les paramètres de la connexion&#xa0;: l&apos;adresse IP doit être «&#xa0;automatique (DHCP)&#xa0;», sauf si le réseau utilise des adresses fixes.</translation>
    </message>
    <message>
        <source>Restart the router.</source>
        <translation>Redémarrez le routeur.</translation>
    </message>
    <message>
        <source>%1 is this computer itself</source>
        <translation>%1 est cet ordinateur lui-même</translation>
    </message>
    <message>
        <source>Traffic to it never leaves this computer.</source>
        <translation>Le trafic vers cette adresse ne quitte jamais cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 is on the local network of %2</source>
        <translation>%1 est sur le réseau local de %2</translation>
    </message>
    <message>
        <source>Traffic to %1 goes through the gateway %2 on %3</source>
        <translation>Le trafic vers %1 passe par la passerelle %2 sur %3</translation>
    </message>
    <message>
        <source>Source address: %1.</source>
        <translation>Adresse source&#xa0;: %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Traffic to %1 goes through the VPN tunnel %2</source>
        <translation>Le trafic vers %1 passe par le tunnel VPN %2</translation>
    </message>
    <message>
        <source>A VPN is connected and its routes catch this address, so the connection goes through the VPN, not directly.</source>
        <translation>Un VPN est connecté et ses itinéraires englobent cette adresse&#xa0;: la connexion passe donc par le VPN, et non directement.</translation>
    </message>
    <message>
        <source>If %1 is a company address, this is expected.</source>
        <translation>Si %1 est une adresse de l&apos;entreprise, c&apos;est normal.</translation>
    </message>
    <message>
        <source>If it should be reached directly (a device at home, a public site), disconnect the VPN and try again.</source>
        <translation>S&apos;il faut l&apos;atteindre directement (un appareil à la maison, un site public), déconnectez le VPN et réessayez.</translation>
    </message>
    <message>
        <source>No default gateway: this computer has no route to %1</source>
        <translation>Pas de passerelle par défaut&#xa0;: cet ordinateur n&apos;a aucun itinéraire vers %1</translation>
    </message>
    <message>
        <source>%1 is not on the local network, and no default gateway (router) is set up to send such traffic to, so nothing can be sent to it.</source>
        <translation>%1 n&apos;est pas sur le réseau local, et aucune passerelle par défaut (routeur) n&apos;est configurée pour acheminer ce trafic&#xa0;: rien ne peut donc lui être envoyé.</translation>
    </message>
    <message>
        <source>This computer has no route to %1</source>
        <translation>Cet ordinateur n&apos;a aucun itinéraire vers %1</translation>
    </message>
    <message>
        <source>The routing table has no entry that covers %1.</source>
        <translation>La table de routage ne contient aucune entrée qui couvre %1.</translation>
    </message>
    <message>
        <source>A route on this computer rejects traffic to %1</source>
        <translation>Un itinéraire de cet ordinateur rejette le trafic vers %1</translation>
    </message>
    <message>
        <source>The routing table has a &quot;%1&quot; route for it.</source>
        <translation>La table de routage contient un itinéraire «&#xa0;%1&#xa0;» pour cette adresse.</translation>
    </message>
    <message>
        <source>Connect to the network again, so it sets up the gateway automatically (DHCP).</source>
        <translation>Reconnectez-vous au réseau, pour que la passerelle soit configurée automatiquement (DHCP).</translation>
    </message>
    <message>
        <source>If you set the address by hand, also enter the default gateway: usually the router&apos;s address, like 192.168.1.1.</source>
        <translation>Si vous avez saisi l&apos;adresse à la main, indiquez aussi la passerelle par défaut&#xa0;: en général l&apos;adresse du routeur, par exemple 192.168.1.1.</translation>
    </message>
    <message>
        <source>If %1 belongs to a company network, connect the VPN first.</source>
        <translation>Si %1 appartient à un réseau d&apos;entreprise, connectez d&apos;abord le VPN.</translation>
    </message>
    <message>
        <source>The default gateway %1 is outside the network of %2</source>
        <translation>La passerelle par défaut %1 est en dehors du réseau de %2</translation>
    </message>
    <message>
        <source>This computer&apos;s address there is %1: the gateway must be inside that network to be reached directly.</source>
        <translation>L&apos;adresse de cet ordinateur sur ce réseau est %1&#xa0;: la passerelle doit se trouver dans ce réseau pour être joignable directement.</translation>
    </message>
    <message>
        <source>Check the gateway and the subnet mask in the connection&apos;s settings (for the address 192.168.1.20 with mask 255.255.255.0, the gateway looks like 192.168.1.1).</source>
        <translation>Vérifiez la passerelle et le masque de sous-réseau dans les paramètres de la connexion (pour l&apos;adresse 192.168.1.20 avec le masque 255.255.255.0, la passerelle ressemble à 192.168.1.1).</translation>
    </message>
    <message>
        <source>Several default gateways compete: %1</source>
        <translation>Plusieurs passerelles par défaut sont en concurrence&#xa0;: %1</translation>
    </message>
    <message>
        <source>They have the same priority (metric), so it is a matter of chance which one carries a connection; if one of them does not lead to the internet, connections fail at random.</source>
        <translation>Elles ont la même priorité (métrique)&#xa0;: c&apos;est donc le hasard qui décide laquelle transporte une connexion&#xa0;; si l&apos;une d&apos;elles ne mène pas à Internet, les connexions échouent au hasard.</translation>
    </message>
    <message>
        <source>Disconnect the connection you do not need (for example Wi-Fi while a cable is plugged in), or give the connections different priorities.</source>
        <translation>Déconnectez la connexion dont vous n&apos;avez pas besoin (par exemple le Wi-Fi quand un câble est branché), ou donnez des priorités différentes aux connexions.</translation>
    </message>
    <message>
        <source>No default gateway: only the local network can be reached</source>
        <translation>Pas de passerelle par défaut&#xa0;: seul le réseau local est joignable</translation>
    </message>
    <message>
        <source>No router is set up to carry traffic beyond the local network (no default route).</source>
        <translation>Aucun routeur n&apos;est configuré pour acheminer le trafic au-delà du réseau local (pas d&apos;itinéraire par défaut).</translation>
    </message>
    <message>
        <source>If you set the address by hand, also enter the default gateway (the router&apos;s address).</source>
        <translation>Si vous avez saisi l&apos;adresse à la main, indiquez aussi la passerelle par défaut (l&apos;adresse du routeur).</translation>
    </message>
    <message>
        <source>ping (ICMP echo)</source>
        <translation>ping (écho ICMP)</translation>
    </message>
    <message>
        <source>a TCP connection to ports 80, 443 and 53</source>
        <translation>une connexion TCP aux ports 80, 443 et 53</translation>
    </message>
    <message>
        <source>The gateway %1 answers</source>
        <translation>La passerelle %1 répond</translation>
    </message>
    <message>
        <source>It answered a ping in %1 ms.</source>
        <translation>Elle a répondu à un ping en %1 ms.</translation>
    </message>
    <message>
        <source>It answered a TCP connection to port %1 in %2 ms (%3).</source>
        <translation>Elle a répondu à une connexion TCP sur le port %1 en %2 ms (%3).</translation>
    </message>
    <message>
        <source>RST: nothing listens there, but it is alive</source>
        <translation>RST&#xa0;: rien n&apos;y écoute, mais elle est en vie</translation>
    </message>
    <message>
        <source>SYN-ACK</source>
        <translation>SYN-ACK</translation>
    </message>
    <message>
        <source>The default gateway %1 does not answer on the local network</source>
        <translation>La passerelle par défaut %1 ne répond pas sur le réseau local</translation>
    </message>
    <message>
        <source>Nobody answered when this computer asked who has %1 on %2 (ARP / neighbour discovery), and %3 got no answer either.</source>
        <translation>Personne n&apos;a répondu quand cet ordinateur a demandé qui possède %1 sur %2 (ARP / découverte des voisins), et %3 n&apos;a pas obtenu de réponse non plus.</translation>
    </message>
    <message>
        <source>Check that the router is switched on and its lights look normal; restart it (switch it off for 30 seconds).</source>
        <translation>Vérifiez que le routeur est allumé et que ses voyants semblent normaux&#xa0;; redémarrez-le (éteignez-le 30 secondes).</translation>
    </message>
    <message>
        <source>Check the cable or the Wi-Fi connection between this computer and the router.</source>
        <translation>Vérifiez le câble ou la connexion Wi-Fi entre cet ordinateur et le routeur.</translation>
    </message>
    <message>
        <source>If the addresses were set by hand, check the gateway address: it must be the router&apos;s address.</source>
        <translation>Si les adresses ont été saisies à la main, vérifiez l&apos;adresse de la passerelle&#xa0;: ce doit être l&apos;adresse du routeur.</translation>
    </message>
    <message>
        <source>The gateway %1 did not answer the test</source>
        <translation>La passerelle %1 n&apos;a pas répondu au test</translation>
    </message>
    <message>
        <source>%1 got no answer. Some routers ignore such tests on purpose, so this alone does not prove it is gone.</source>
        <translation>%1&#xa0;: aucune réponse. Certains routeurs ignorent volontairement ce genre de test&#xa0;: cela seul ne prouve donc pas qu&apos;elle a disparu.</translation>
    </message>
    <message>
        <source>The gateway %1 is present but ignores test packets</source>
        <translation>La passerelle %1 est présente mais ignore les paquets de test</translation>
    </message>
    <message>
        <source>It answered on the local network (ARP / neighbour discovery), but not to %1. Many routers do that on purpose; it is not a problem by itself.</source>
        <translation>Elle a répondu sur le réseau local (ARP / découverte des voisins), mais pas à %1. Beaucoup de routeurs font cela volontairement&#xa0;; ce n&apos;est pas un problème en soi.</translation>
    </message>
    <message>
        <source>(Ping is not allowed for this user here: %1.)</source>
        <translation>(Le ping n&apos;est pas autorisé ici pour cet utilisateur&#xa0;: %1.)</translation>
    </message>
    <message>
        <source>A proxy is configured: %1</source>
        <translation>Un proxy est configuré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Web browsers may reach sites through this proxy even when direct connections, like this test and many other programs, are blocked by the network.</source>
        <translation>Les navigateurs web peuvent atteindre les sites via ce proxy même quand les connexions directes, comme ce test et beaucoup d&apos;autres programmes, sont bloquées par le réseau.</translation>
    </message>
    <message>
        <source>If the browser works but this connection does not, the network probably allows only the proxy: set the program up to use the proxy, or ask the network administrator.</source>
        <translation>Si le navigateur fonctionne mais pas cette connexion, le réseau n&apos;autorise probablement que le proxy&#xa0;: configurez le programme pour qu&apos;il utilise le proxy, ou demandez à l&apos;administrateur réseau.</translation>
    </message>
    <message>
        <source>The IP configuration could not be read: %1</source>
        <translation>Impossible de lire la configuration IP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The target is this computer itself.</source>
        <translation>La cible est cet ordinateur lui-même.</translation>
    </message>
    <message>
        <source>%1 is on the local network (%2, from %3).</source>
        <translation>%1 est sur le réseau local (%2, depuis %3).</translation>
    </message>
    <message>
        <source>Traffic to %1 leaves %2 from %3 through the gateway %4.</source>
        <translation>Le trafic vers %1 sort par %2 depuis %3 via la passerelle %4.</translation>
    </message>
    <message>
        <source>Addresses and the default gateway %1 are fine.</source>
        <translation>Les adresses et la passerelle par défaut %1 sont correctes.</translation>
    </message>
    <message>
        <source>This computer has a usable IP address.</source>
        <translation>Cet ordinateur a une adresse IP utilisable.</translation>
    </message>
    <message>
        <source>IP configuration read.</source>
        <translation>Configuration IP lue.</translation>
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
        <translation>duplex intégral</translation>
    </message>
    <message>
        <source>half duplex</source>
        <translation>semi-duplex</translation>
    </message>
    <message>
        <source>Wi-Fi is switched off with a switch or key on the computer</source>
        <translation>Le Wi-Fi est désactivé par un interrupteur ou une touche de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Switch Wi-Fi on with the switch on the side of the computer, or the key with an antenna symbol (often together with the Fn key).</source>
        <translation>Activez le Wi-Fi avec l&apos;interrupteur situé sur le côté de l&apos;ordinateur, ou avec la touche portant un symbole d&apos;antenne (souvent avec la touche Fn).</translation>
    </message>
    <message>
        <source>Wi-Fi is switched off</source>
        <translation>Le Wi-Fi est désactivé</translation>
    </message>
    <message>
        <source>Switch Wi-Fi on in the network menu (the network symbol next to the clock).</source>
        <translation>Activez le Wi-Fi dans le menu réseau (le symbole réseau à côté de l&apos;horloge).</translation>
    </message>
    <message>
        <source>The radio of %1 is off, so it cannot connect to any network.</source>
        <translation>La radio de %1 est coupée&#xa0;: elle ne peut se connecter à aucun réseau.</translation>
    </message>
    <message>
        <source>Check that flight mode (airplane mode) is off.</source>
        <translation>Vérifiez que le mode avion est désactivé.</translation>
    </message>
    <message>
        <source>The network connection %1 is switched off</source>
        <translation>La connexion réseau %1 est désactivée</translation>
    </message>
    <message>
        <source>The adapter is disabled on this computer, so it does not use the network.</source>
        <translation>La carte réseau est désactivée sur cet ordinateur&#xa0;: elle n&apos;utilise donc pas le réseau.</translation>
    </message>
    <message>
        <source>Switch the connection on in the network settings (on Windows: Settings, Network &amp; Internet, Advanced network settings, Enable).</source>
        <translation>Activez la connexion dans les paramètres réseau (sous Windows&#xa0;: Paramètres, Réseau et Internet, Paramètres réseau avancés, Activer).</translation>
    </message>
    <message>
        <source>Wi-Fi is on but not connected to a network (%1)</source>
        <translation>Le Wi-Fi est activé mais n&apos;est connecté à aucun réseau (%1)</translation>
    </message>
    <message>
        <source>%1 is not associated with any wireless network.</source>
        <translation>%1 n&apos;est associé à aucun réseau sans fil.</translation>
    </message>
    <message>
        <source>Choose your Wi-Fi network in the network menu and enter its password.</source>
        <translation>Choisissez votre réseau Wi-Fi dans le menu réseau et saisissez son mot de passe.</translation>
    </message>
    <message>
        <source>Move closer to the router, or check that the router&apos;s Wi-Fi light is on.</source>
        <translation>Rapprochez-vous du routeur, ou vérifiez que le voyant Wi-Fi du routeur est allumé.</translation>
    </message>
    <message>
        <source>The mobile broadband connection %1 is not connected</source>
        <translation>La connexion haut débit mobile %1 n&apos;est pas connectée</translation>
    </message>
    <message>
        <source>%1 has no link: no signal, no SIM card, or the connection is not started.</source>
        <translation>%1 n&apos;a pas de liaison&#xa0;: pas de signal, pas de carte SIM, ou la connexion n&apos;est pas lancée.</translation>
    </message>
    <message>
        <source>Check the signal and that mobile data is switched on.</source>
        <translation>Vérifiez le signal et que les données mobiles sont activées.</translation>
    </message>
    <message>
        <source>The network cable seems unplugged (no link on Ethernet &apos;%1&apos;)</source>
        <translation>Le câble réseau semble débranché (pas de liaison sur l&apos;Ethernet «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 sees no signal on its cable (no carrier).</source>
        <translation>%1 ne voit aucun signal sur son câble (pas de porteuse).</translation>
    </message>
    <message>
        <source>Check that the cable is plugged in firmly at both ends: this computer and the router or wall socket. It should click into place.</source>
        <translation>Vérifiez que le câble est bien branché aux deux bouts&#xa0;: sur cet ordinateur et sur le routeur ou la prise murale. Il doit s&apos;enclencher avec un clic.</translation>
    </message>
    <message>
        <source>Look at the small lights next to the cable socket: no light usually means no link.</source>
        <translation>Regardez les petits voyants à côté de la prise du câble&#xa0;: aucun voyant signifie en général aucune liaison.</translation>
    </message>
    <message>
        <source>Try another cable, or another socket on the router.</source>
        <translation>Essayez un autre câble, ou une autre prise du routeur.</translation>
    </message>
    <message>
        <source>%1 has no link</source>
        <translation>%1 n&apos;a pas de liaison</translation>
    </message>
    <message>
        <source>The interface reports no carrier (state: %1).</source>
        <translation>L&apos;interface ne signale aucune porteuse (état&#xa0;: %1).</translation>
    </message>
    <message>
        <source>%1 is connected to the network &quot;%2&quot;</source>
        <translation>%1 est connecté au réseau «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is connected</source>
        <translation>%1 est connecté</translation>
    </message>
    <message>
        <source>signal %1 dBm</source>
        <translation>signal %1 dBm</translation>
    </message>
    <message>
        <source>signal %1 %</source>
        <translation>signal %1 %</translation>
    </message>
    <message>
        <source>The network interfaces could not be read: %1</source>
        <translation>Impossible de lire les interfaces réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The target is this computer itself: no network link is needed.</source>
        <translation>La cible est cet ordinateur lui-même&#xa0;: aucune liaison réseau n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Only a VPN tunnel is up</source>
        <translation>Seul un tunnel VPN est actif</translation>
    </message>
    <message>
        <source>The VPN tunnel %1 is up, but no cable, Wi-Fi or mobile connection carries it: a VPN needs a working network connection underneath.</source>
        <translation>Le tunnel VPN %1 est actif, mais aucun câble, Wi-Fi ou connexion mobile ne le transporte&#xa0;: un VPN a besoin d&apos;une connexion réseau qui fonctionne en dessous.</translation>
    </message>
    <message>
        <source>No working network connection: only a VPN tunnel is up.</source>
        <translation>Aucune connexion réseau qui fonctionne&#xa0;: seul un tunnel VPN est actif.</translation>
    </message>
    <message>
        <source>This computer has no working network connection</source>
        <translation>Cet ordinateur n&apos;a aucune connexion réseau qui fonctionne</translation>
    </message>
    <message>
        <source>No network interface besides loopback has a link: no cable plugged in, Wi-Fi off or not connected, no mobile connection.</source>
        <translation>Aucune interface réseau autre que celle de bouclage n&apos;a de liaison&#xa0;: aucun câble branché, Wi-Fi désactivé ou pas connecté, pas de connexion mobile.</translation>
    </message>
    <message>
        <source>No working network connection.</source>
        <translation>Aucune connexion réseau qui fonctionne.</translation>
    </message>
    <message>
        <source>No working network connection: the network cable seems unplugged.</source>
        <translation>Aucune connexion réseau qui fonctionne&#xa0;: le câble réseau semble débranché.</translation>
    </message>
    <message>
        <source>Plug in the network cable, or connect to your Wi-Fi network.</source>
        <translation>Branchez le câble réseau, ou connectez-vous à votre réseau Wi-Fi.</translation>
    </message>
    <message>
        <source>Check the router: are its lights on? Switch it off for 30 seconds and on again.</source>
        <translation>Vérifiez le routeur&#xa0;: ses voyants sont-ils allumés&#xa0;? Éteignez-le 30 secondes, puis rallumez-le.</translation>
    </message>
    <message>
        <source>Check whether other devices (a phone on the same Wi-Fi) are online.</source>
        <translation>Vérifiez si d&apos;autres appareils (un téléphone sur le même Wi-Fi) sont connectés.</translation>
    </message>
    <message>
        <source>Traffic to %1 would leave through %2, which has no link</source>
        <translation>Le trafic vers %1 sortirait par %2, qui n&apos;a pas de liaison</translation>
    </message>
    <message>
        <source>This computer&apos;s routing table sends traffic for %1 through %2, but that interface is not connected, while another one is.</source>
        <translation>La table de routage de cet ordinateur envoie le trafic destiné à %1 par %2, mais cette interface n&apos;est pas connectée, alors qu&apos;une autre l&apos;est.</translation>
    </message>
    <message>
        <source>Connect %1 (cable or Wi-Fi), or disconnect it so that the working connection is used.</source>
        <translation>Connectez %1 (câble ou Wi-Fi), ou déconnectez-la pour que la connexion qui fonctionne soit utilisée.</translation>
    </message>
    <message>
        <source>Traffic to %1 leaves through %2, which is connected.</source>
        <translation>Le trafic vers %1 sort par %2, qui est connectée.</translation>
    </message>
    <message>
        <source>Connected through %1.</source>
        <translation>Connecté via %1.</translation>
    </message>
    <message>
        <source>The network connection that traffic to %1 would use has no link.</source>
        <translation>La connexion réseau que le trafic vers %1 utiliserait n&apos;a pas de liaison.</translation>
    </message>
    <message>
        <source>%1 is connected but not ready yet</source>
        <translation>%1 est connecté, mais pas encore prêt</translation>
    </message>
    <message>
        <source>It has a link, but waits for a sign-in to finish (state: dormant), as Wi-Fi does while it checks the password or a company network checks this computer.</source>
        <translation>Il a une liaison, mais attend la fin d&apos;une identification (état&#xa0;: dormant), comme le Wi-Fi pendant qu&apos;il vérifie le mot de passe ou qu&apos;un réseau d&apos;entreprise vérifie cet ordinateur.</translation>
    </message>
    <message>
        <source>It has a link, but is not up yet (state: %1): it is still connecting.</source>
        <translation>Il a une liaison, mais n&apos;est pas encore actif (état&#xa0;: %1)&#xa0;: la connexion est encore en cours.</translation>
    </message>
    <message>
        <source>Wait a few seconds and check again.</source>
        <translation>Attendez quelques secondes et relancez la vérification.</translation>
    </message>
    <message>
        <source>If the network asks for a password or a sign-in, finish it in the network menu.</source>
        <translation>Si le réseau demande un mot de passe ou une identification, terminez-la dans le menu réseau.</translation>
    </message>
    <message>
        <source>%1 is connected but not ready yet: still connecting, or a sign-in is not finished.</source>
        <translation>%1 est connecté, mais pas encore prêt&#xa0;: connexion en cours, ou identification non terminée.</translation>
    </message>
</context>
<context>
    <name>Listen</name>
    <message>
        <source>Listening on %1: %2 (%3).</source>
        <translation>À l&apos;écoute sur %1&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 was accepted.</source>
        <translation>Depuis cet ordinateur, une connexion à %1 a été acceptée.</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 was accepted, then the program closed it at once.</source>
        <translation>Depuis cet ordinateur, une connexion à %1 a été acceptée, puis le programme l&apos;a fermée aussitôt.</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 was refused: nothing listens on that address.</source>
        <translation>Depuis cet ordinateur, une connexion à %1 a été refusée&#xa0;: rien n&apos;écoute sur cette adresse.</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 got no answer at all: a firewall on this computer drops it, or the program does not accept connections any more.</source>
        <translation>Depuis cet ordinateur, une connexion à %1 n&apos;a obtenu aucune réponse&#xa0;: un pare-feu de cet ordinateur la jette, ou le programme n&apos;accepte plus de connexions.</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 ended with &quot;%2&quot;.</source>
        <translation>Depuis cet ordinateur, une connexion à %1 s&apos;est terminée par «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>(system error: %1)</source>
        <translation>(erreur système&#xa0;: %1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>%n established connection(s), </source>
        <translation>
            <numerusform>%n connexion établie, </numerusform>
            <numerusform>%n connexions établies, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half-open (the client&apos;s SYN arrived, its final ACK not yet).</source>
        <translation>
            <numerusform>%n à moitié ouverte (le SYN du client est arrivé, pas encore son ACK final).</numerusform>
            <numerusform>%n à moitié ouvertes (le SYN du client est arrivé, pas encore son ACK final).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this user&apos;s connections are counted.</source>
        <translation>Seules les connexions de cet utilisateur sont comptées.</translation>
    </message>
    <message>
        <source>Port %1 has more waiting connections than its program keeps up with</source>
        <translation>Le port %1 a plus de connexions en attente que son programme ne peut en traiter</translation>
    </message>
    <message>
        <source>When the queue of waiting connections is full, new clients see time-outs, not refusals. Check the program&apos;s load and its log, and its connection limits (backlog, worker count).</source>
        <translation>Quand la file des connexions en attente est pleine, les nouveaux clients voient des dépassements de délai, pas des refus. Vérifiez la charge du programme, son journal et ses limites de connexions (backlog, nombre de processus de travail).</translation>
    </message>
    <message>
        <source>Many half-open connections that never complete can also be a SYN flood: compare with the usual numbers for this server.</source>
        <translation>De nombreuses connexions à moitié ouvertes qui n&apos;aboutissent jamais peuvent aussi signaler une attaque par inondation SYN&#xa0;: comparez avec les chiffres habituels de ce serveur.</translation>
    </message>
    <message>
        <source>Connections on port %1</source>
        <translation>Connexions sur le port %1</translation>
    </message>
    <message>
        <source>Port %1 does not listen on every address clients may use</source>
        <translation>Le port %1 n&apos;écoute pas sur toutes les adresses que les clients peuvent utiliser</translation>
    </message>
    <message>
        <source>Clients that connect to %1 are refused. That matters when the server&apos;s name leads there too (an IPv6 address, AAAA, is tried first by most programs).</source>
        <translation>Les clients qui se connectent à %1 sont refusés. C&apos;est important quand le nom du serveur mène aussi à cette adresse (la plupart des programmes essaient d&apos;abord une adresse IPv6, AAAA).</translation>
    </message>
    <message>
        <source>Let the service listen on :: (every address, IPv6 and IPv4) or on these addresses as well, or remove the name&apos;s record for them.</source>
        <translation>Faites écouter le service sur :: (toutes les adresses, IPv6 et IPv4) ou aussi sur ces adresses, ou supprimez l&apos;enregistrement du nom qui pointe vers elles.</translation>
    </message>
    <message>
        <source>The program listens on :: for IPv6 only (the socket option IPV6_V6ONLY is set): IPv4 clients are refused. Let it listen on 0.0.0.0 as well, or turn IPV6_V6ONLY off in its settings.</source>
        <translation>Le programme écoute sur :: en IPv6 uniquement (l&apos;option de socket IPV6_V6ONLY est activée)&#xa0;: les clients IPv4 sont refusés. Faites-le aussi écouter sur 0.0.0.0, ou désactivez IPV6_V6ONLY dans ses paramètres.</translation>
    </message>
    <message>
        <source>Connections to this computer&apos;s own address normally never fail: check the firewall on this computer and whether the program still accepts connections.</source>
        <translation>Les connexions vers l&apos;adresse propre de cet ordinateur n&apos;échouent normalement jamais&#xa0;: vérifiez le pare-feu de cet ordinateur et si le programme accepte encore des connexions.</translation>
    </message>
    <message>
        <source>%1 does not accept connections, although the table says port %2 listens there</source>
        <translation>%1 n&apos;accepte pas les connexions, bien que la table indique que le port %2 y écoute</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>the program with pid %1</source>
        <translation>le programme de pid %1</translation>
    </message>
    <message>
        <source>an unknown program of user %1</source>
        <translation>un programme inconnu de l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>an unknown program</source>
        <translation>un programme inconnu</translation>
    </message>
    <message>
        <source>every address of this computer</source>
        <translation>toutes les adresses de cet ordinateur</translation>
    </message>
    <message>
        <source>every IPv4 address of this computer</source>
        <translation>toutes les adresses IPv4 de cet ordinateur</translation>
    </message>
    <message>
        <source>only this computer itself can connect (loopback)</source>
        <translation>seul cet ordinateur lui-même peut se connecter (bouclage)</translation>
    </message>
    <message>
        <source>the address other computers use to reach this one</source>
        <translation>l&apos;adresse que les autres ordinateurs utilisent pour joindre celui-ci</translation>
    </message>
    <message>
        <source>one address of this computer, not the one clients use</source>
        <translation>une adresse de cet ordinateur, mais pas celle qu&apos;utilisent les clients</translation>
    </message>
    <message>
        <source>an address this computer does not have (any more)</source>
        <translation>une adresse que cet ordinateur n&apos;a pas (ou plus)</translation>
    </message>
    <message>
        <source>Clients connect to: %1 (as given with --address).</source>
        <translation>Les clients se connectent à&#xa0;: %1 (indiqué avec --address).</translation>
    </message>
    <message>
        <source>Clients most likely connect to: %1 (the main addresses of this computer).</source>
        <translation>Les clients se connectent très probablement à&#xa0;: %1 (les adresses principales de cet ordinateur).</translation>
    </message>
    <message>
        <source>Port %1 is open for other computers</source>
        <translation>Le port %1 est ouvert aux autres ordinateurs</translation>
    </message>
    <message>
        <source>On this computer, %1 listens on %2, %3, so other computers can connect to port %4 as far as this computer is concerned.</source>
        <translation>Sur cet ordinateur, %1 écoute sur %2, %3&#xa0;: les autres ordinateurs peuvent donc se connecter au port %4, du moins en ce qui concerne cet ordinateur.</translation>
    </message>
    <message>
        <source>A connection from this computer to %1 was accepted, but the system does not show which program listens: it hides other users&apos; programs from tcpdoctor, or the port is forwarded to another program or container.</source>
        <translation>Une connexion de cet ordinateur vers %1 a été acceptée, mais le système n&apos;indique pas quel programme écoute&#xa0;: il cache à tcpdoctor les programmes des autres utilisateurs, ou le port est redirigé vers un autre programme ou un conteneur.</translation>
    </message>
    <message>
        <source>If clients still cannot connect, the problem is on the way: the inbound firewall of this computer (tcpdoctor does not check it yet) or of the network. Run &quot;tcpdoctor diagnose %1&quot; on a client to see where the packets stop.</source>
        <translation>Si les clients n&apos;arrivent toujours pas à se connecter, le problème est sur le trajet&#xa0;: le pare-feu entrant de cet ordinateur (tcpdoctor ne le vérifie pas encore) ou celui du réseau. Lancez «&#xa0;tcpdoctor diagnose %1&#xa0;» sur un client pour voir où les paquets s&apos;arrêtent.</translation>
    </message>
    <message>
        <source>SERVER-ADDRESS</source>
        <translation>ADRESSE-DU-SERVEUR</translation>
    </message>
    <message>
        <source>Port %1 listens only on %2, not on the address clients use</source>
        <translation>Le port %1 n&apos;écoute que sur %2, pas sur l&apos;adresse qu&apos;utilisent les clients</translation>
    </message>
    <message>
        <source>On this computer, %1 accepts connections to port %2 only on %3. Clients that connect to %4 are refused, as if nothing listened.</source>
        <translation>Sur cet ordinateur, %1 n&apos;accepte les connexions au port %2 que sur %3. Les clients qui se connectent à %4 sont refusés, comme si rien n&apos;écoutait.</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programme</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer any more: the service was started while the computer had it (an old DHCP address, a moved VPN) and must be restarted after its setting is corrected.</source>
        <translation>%1 n&apos;est plus une adresse de cet ordinateur&#xa0;: le service a été lancé quand l&apos;ordinateur l&apos;avait encore (une ancienne adresse DHCP, un VPN qui a changé) et doit être redémarré une fois son paramètre corrigé.</translation>
    </message>
    <message>
        <source>If clients should use %1, give them that address. Otherwise change the listen address in the service&apos;s settings to 0.0.0.0 (every address) or to %2, and restart it.</source>
        <translation>Si les clients doivent utiliser %1, donnez-leur cette adresse. Sinon, remplacez l&apos;adresse d&apos;écoute dans les paramètres du service par 0.0.0.0 (toutes les adresses) ou par %2, puis redémarrez-le.</translation>
    </message>
    <message>
        <source>Bound to: %1.</source>
        <translation>Lié à&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This computer&apos;s own addresses: %1.</source>
        <translation>Adresses propres de cet ordinateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Port %1 listens only for this computer itself (%2)</source>
        <translation>Le port %1 n&apos;écoute que pour cet ordinateur lui-même (%2)</translation>
    </message>
    <message>
        <source>On this computer, %1 listens on %2, the loopback address: only programs on this computer can connect. Other computers are refused, as if nothing listened on port %3.</source>
        <translation>Sur cet ordinateur, %1 écoute sur %2, l&apos;adresse de bouclage&#xa0;: seuls les programmes de cet ordinateur peuvent se connecter. Les autres ordinateurs sont refusés, comme si rien n&apos;écoutait sur le port %3.</translation>
    </message>
    <message>
        <source>Change the listen address in the service&apos;s settings from %1 to 0.0.0.0 (every address) or to this computer&apos;s address (%2), then restart the service. The setting is called, for example, listen_addresses (PostgreSQL), bind-address (MySQL, MariaDB), bind (Redis), ListenAddress (OpenSSH), or --host / --bind in development servers.</source>
        <translation>Dans les paramètres du service, remplacez l&apos;adresse d&apos;écoute %1 par 0.0.0.0 (toutes les adresses) ou par l&apos;adresse de cet ordinateur (%2), puis redémarrez le service. Ce paramètre s&apos;appelle par exemple listen_addresses (PostgreSQL), bind-address (MySQL, MariaDB), bind (Redis), ListenAddress (OpenSSH), ou --host / --bind pour les serveurs de développement.</translation>
    </message>
    <message>
        <source>Only this computer should reach it? Then this is right, and clients must connect through a tunnel (for example ssh -L) or a proxy.</source>
        <translation>Seul cet ordinateur doit pouvoir l&apos;atteindre&#xa0;? Alors c&apos;est correct, et les clients doivent se connecter via un tunnel (par exemple ssh -L) ou un proxy.</translation>
    </message>
    <message>
        <source>Nothing listens on port %1</source>
        <translation>Rien n&apos;écoute sur le port %1</translation>
    </message>
    <message>
        <source>No program on this computer accepts connections on port %1, so clients get &quot;connection refused&quot;. The service is stopped, or it uses another port.</source>
        <translation>Aucun programme de cet ordinateur n&apos;accepte de connexions sur le port %1&#xa0;: les clients obtiennent donc «&#xa0;connexion refusée&#xa0;». Le service est arrêté, ou il utilise un autre port.</translation>
    </message>
    <message>
        <source>Check which port the service is configured for: it may listen on another port (&quot;tcpdoctor listen&quot; lists every listening port).</source>
        <translation>Vérifiez sur quel port le service est configuré&#xa0;: il écoute peut-être sur un autre port («&#xa0;tcpdoctor listen&#xa0;» liste tous les ports à l&apos;écoute).</translation>
    </message>
    <message>
        <source>Check which port the service is configured for: something listens on port(s) %1 nearby, which may be the service on another port.</source>
        <translation>Vérifiez sur quel port le service est configuré&#xa0;: quelque chose écoute sur le ou les ports voisins %1, peut-être le service sur un autre port.</translation>
    </message>
    <message>
        <source>To tell a stopped service from a blocked network: while the service is stopped, run &quot;tcpdoctor listen --serve %1 --for 120&quot; here and &quot;tcpdoctor diagnose %2&quot; on a client. If the client then connects, the network is fine and the service is the problem.</source>
        <translation>Pour distinguer un service arrêté d&apos;un réseau bloqué&#xa0;: pendant que le service est arrêté, lancez «&#xa0;tcpdoctor listen --serve %1 --for 120&#xa0;» ici et «&#xa0;tcpdoctor diagnose %2&#xa0;» sur un client. Si le client arrive alors à se connecter, le réseau fonctionne et c&apos;est le service qui pose problème.</translation>
    </message>
    <message>
        <source>Nearby: %1 listens on %2.</source>
        <translation>À proximité&#xa0;: %1 écoute sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>No port near %1 listens either; %n port(s) listen on this computer in all (&quot;tcpdoctor listen&quot; lists them).</source>
        <translation>
            <numerusform>Aucun port voisin de %1 n&apos;écoute non plus&#xa0;; %n port écoute en tout sur cet ordinateur («&#xa0;tcpdoctor listen&#xa0;» les liste).</numerusform>
            <numerusform>Aucun port voisin de %1 n&apos;écoute non plus&#xa0;; %n ports écoutent en tout sur cet ordinateur («&#xa0;tcpdoctor listen&#xa0;» les liste).</numerusform>
        </translation>
    </message>
    <message>
        <source>To see the same list yourself: %1</source>
        <translation>Pour voir vous-même la même liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer</source>
        <translation>%1 n&apos;est pas une adresse de cet ordinateur</translation>
    </message>
    <message>
        <source>Clients that connect to %1 reach this computer only through address translation (NAT, port forwarding, a load balancer).</source>
        <translation>Les clients qui se connectent à %1 n&apos;atteignent cet ordinateur que par une traduction d&apos;adresse (NAT, redirection de port, répartiteur de charge).</translation>
    </message>
    <message>
        <source>Check the forwarding rule for port %1 on the router or load balancer: it must point to one of this computer&apos;s addresses (%2).</source>
        <translation>Vérifiez la règle de redirection du port %1 sur le routeur ou le répartiteur de charge&#xa0;: elle doit pointer vers l&apos;une des adresses de cet ordinateur (%2).</translation>
    </message>
    <message>
        <source>Not checked yet: the inbound firewall</source>
        <translation>Pas encore vérifié&#xa0;: le pare-feu entrant</translation>
    </message>
    <message>
        <source>This version of tcpdoctor cannot read firewall rules yet. A firewall on this computer may still drop connections from other computers to port %1, even when everything above is right.</source>
        <translation>Cette version de tcpdoctor ne sait pas encore lire les règles de pare-feu. Un pare-feu de cet ordinateur peut encore jeter les connexions venant d&apos;autres ordinateurs vers le port %1, même quand tout ce qui précède est correct.</translation>
    </message>
    <message>
        <source>The list of listening sockets could not be read</source>
        <translation>Impossible de lire la liste des sockets à l&apos;écoute</translation>
    </message>
    <message>
        <source>The connection tests from this computer still show what answers.</source>
        <translation>Les tests de connexion depuis cet ordinateur montrent quand même ce qui répond.</translation>
    </message>
    <message>
        <source>Process names are hidden: tcpdoctor is not running as administrator</source>
        <translation>Les noms des processus sont masqués&#xa0;: tcpdoctor ne s&apos;exécute pas en tant qu&apos;administrateur</translation>
    </message>
    <message numerus="yes">
        <source>The system does not tell an ordinary user which program owns %n of these listening socket(s): they belong to other users or to the system.</source>
        <translation>
            <numerusform>Le système n&apos;indique pas à un utilisateur ordinaire quel programme détient %n de ces sockets à l&apos;écoute&#xa0;: il appartient à d&apos;autres utilisateurs ou au système.</numerusform>
            <numerusform>Le système n&apos;indique pas à un utilisateur ordinaire quel programme détient %n de ces sockets à l&apos;écoute&#xa0;: ils appartiennent à d&apos;autres utilisateurs ou au système.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No program on this system holds %n listening socket(s)</source>
        <translation>
            <numerusform>Aucun programme de ce système ne détient %n socket à l&apos;écoute</numerusform>
            <numerusform>Aucun programme de ce système ne détient %n sockets à l&apos;écoute</numerusform>
        </translation>
    </message>
    <message>
        <source>Even with administrator rights no process shows them: they belong to the kernel itself (an NFS or SMB server built into it, for example) or to another container or namespace that shares this network.</source>
        <translation>Même avec des droits d&apos;administrateur, aucun processus ne les montre&#xa0;: ils appartiennent au noyau lui-même (un serveur NFS ou SMB intégré, par exemple) ou à un autre conteneur ou espace de noms qui partage ce réseau.</translation>
    </message>
    <message>
        <source>Only your own programs are shown</source>
        <translation>Seuls vos propres programmes sont affichés</translation>
    </message>
    <message>
        <source>This system shows an ordinary user only the sockets of that user&apos;s own programs; other programs may listen too. The connection tests from this computer see them from outside.</source>
        <translation>Ce système ne montre à un utilisateur ordinaire que les sockets de ses propres programmes&#xa0;; d&apos;autres programmes écoutent peut-être aussi. Les tests de connexion depuis cet ordinateur les voient de l&apos;extérieur.</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>le programme</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>(NAME is the service, for example %1.)</source>
        <translation>(NOM est le service, par exemple %1.)</translation>
    </message>
    <message>
        <source>Check the service in Services (services.msc), or in PowerShell: Get-Service %1. Its event log (Event Viewer, Windows Logs, Application and System) says what happened.</source>
        <translation>Vérifiez le service dans Services (services.msc), ou dans PowerShell&#xa0;: Get-Service %1. Son journal d&apos;événements (Observateur d&apos;événements, Journaux Windows, Application et Système) indique ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>tasklist /svc /fi &quot;PID eq %1&quot; shows whether %2 (pid %1) runs as a service; check it then in Services (services.msc).</source>
        <translation>tasklist /svc /fi &quot;PID eq %1&quot; indique si %2 (pid %1) s&apos;exécute en tant que service&#xa0;; vérifiez-le alors dans Services (services.msc).</translation>
    </message>
    <message>
        <source>Check the service in Services (services.msc), or in PowerShell: Get-Service %1. Its event log (Event Viewer, Windows Logs, Application and System) says why it stopped.</source>
        <translation>Vérifiez le service dans Services (services.msc), ou dans PowerShell&#xa0;: Get-Service %1. Son journal d&apos;événements (Observateur d&apos;événements, Journaux Windows, Application et Système) indique pourquoi il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>sudo launchctl procinfo %1 shows the launchd job that runs %2 (pid %1), if launchd started it; for services installed with Homebrew: brew services list.</source>
        <translation>sudo launchctl procinfo %1 affiche la tâche launchd qui exécute %2 (pid %1), si c&apos;est launchd qui l&apos;a lancé&#xa0;; pour les services installés avec Homebrew&#xa0;: brew services list.</translation>
    </message>
    <message>
        <source>Check the service with launchd: sudo launchctl list | grep %1; for services installed with Homebrew: brew services list.</source>
        <translation>Vérifiez le service avec launchd&#xa0;: sudo launchctl list | grep %1&#xa0;; pour les services installés avec Homebrew&#xa0;: brew services list.</translation>
    </message>
    <message>
        <source>Check the service with systemd: systemctl status %1, and journalctl -u %1 for what it logged.</source>
        <translation>Vérifiez le service avec systemd&#xa0;: systemctl status %1, et journalctl -u %1 pour ce qu&apos;il a journalisé.</translation>
    </message>
    <message>
        <source>systemctl status %1 shows the systemd service that runs %2 (pid %1), if systemd started it; otherwise look at how %2 was started (a terminal, a container, cron).</source>
        <translation>systemctl status %1 affiche le service systemd qui exécute %2 (pid %1), si c&apos;est systemd qui l&apos;a lancé&#xa0;; sinon, regardez comment %2 a été lancé (un terminal, un conteneur, cron).</translation>
    </message>
    <message>
        <source>Check the service with systemd: systemctl status %1, and journalctl -u %1 for why it stopped.</source>
        <translation>Vérifiez le service avec systemd&#xa0;: systemctl status %1, et journalctl -u %1 pour savoir pourquoi il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>To see every program&apos;s name, run tcpdoctor %1 in a terminal opened with &quot;Run as administrator&quot;.</source>
        <translation>Pour voir le nom de chaque programme, lancez tcpdoctor %1 dans un terminal ouvert avec «&#xa0;Exécuter en tant qu&apos;administrateur&#xa0;».</translation>
    </message>
    <message>
        <source>To see every program&apos;s name, run it as root: sudo tcpdoctor %1</source>
        <translation>Pour voir le nom de chaque programme, lancez-le en tant que root&#xa0;: sudo tcpdoctor %1</translation>
    </message>
    <message>
        <source>Look at the inbound rules of Windows Defender Firewall (wf.msc, Inbound Rules), or in PowerShell: Get-NetFirewallPortFilter | Where-Object LocalPort -eq %1 | Get-NetFirewallRule.</source>
        <translation>Consultez les règles de trafic entrant du Pare-feu Windows Defender (wf.msc, Règles de trafic entrant), ou dans PowerShell&#xa0;: Get-NetFirewallPortFilter | Where-Object LocalPort -eq %1 | Get-NetFirewallRule.</translation>
    </message>
    <message>
        <source>Look at the firewall in System Settings, Network, Firewall (Options shows which programs may accept incoming connections), and at pf: sudo pfctl -sr.</source>
        <translation>Consultez le pare-feu dans Réglages Système, Réseau, Coupe-feu (Options indique quels programmes peuvent accepter des connexions entrantes), ainsi que pf&#xa0;: sudo pfctl -sr.</translation>
    </message>
    <message>
        <source>Look at the firewall rules for incoming connections to port %1: sudo nft list ruleset, sudo iptables -S INPUT, sudo ufw status, or sudo firewall-cmd --list-all.</source>
        <translation>Consultez les règles du pare-feu pour les connexions entrantes vers le port %1&#xa0;: sudo nft list ruleset, sudo iptables -S INPUT, sudo ufw status, ou sudo firewall-cmd --list-all.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait for the program to accept them.</source>
        <translation>
            <numerusform>%n connexion attend que le programme l&apos;accepte.</numerusform>
            <numerusform>%n connexions attendent que le programme les accepte.</numerusform>
        </translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 got no answer at all: the queue is full.</source>
        <translation>Depuis cet ordinateur, une connexion à %1 n&apos;a obtenu aucune réponse&#xa0;: la file d&apos;attente est pleine.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait for the program to accept them (its queue, the backlog, is set to %1).</source>
        <translation>
            <numerusform>%n connexion attend que le programme l&apos;accepte (sa file d&apos;attente, le backlog, est réglée sur %1).</numerusform>
            <numerusform>%n connexions attendent que le programme les accepte (sa file d&apos;attente, le backlog, est réglée sur %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 listens, but its program does not keep up: new connections are dropped</source>
        <translation>Le port %1 écoute, mais son programme ne suit pas&#xa0;: les nouvelles connexions sont jetées</translation>
    </message>
    <message>
        <source>On this computer, %1 listens on %2, but it does not take the connections that wait for it.</source>
        <translation>Sur cet ordinateur, %1 écoute sur %2, mais ne prend pas les connexions qui l&apos;attendent.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait, and the program set its queue (the backlog) to %1.</source>
        <translation>
            <numerusform>%n connexion attend, et le programme a réglé sa file d&apos;attente (le backlog) sur %1.</numerusform>
            <numerusform>%n connexions attendent, et le programme a réglé sa file d&apos;attente (le backlog) sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>While the queue is full, the system drops new clients&apos; connection requests (SYN) without an answer: they see &quot;timed out&quot;, not &quot;refused&quot; (tcpdoctor on a client: nobody answered).</source>
        <translation>Tant que la file d&apos;attente est pleine, le système jette sans réponse les demandes de connexion (SYN) des nouveaux clients&#xa0;: ils voient «&#xa0;délai dépassé&#xa0;», pas «&#xa0;connexion refusée&#xa0;» (tcpdoctor sur un client&#xa0;: personne n&apos;a répondu).</translation>
    </message>
    <message numerus="yes">
        <source>During this check the system dropped %n connection request(s) because a queue was full (TcpExt ListenOverflows).</source>
        <translation>
            <numerusform>Pendant cette vérification, le système a jeté %n demande de connexion parce qu&apos;une file d&apos;attente était pleine (TcpExt ListenOverflows).</numerusform>
            <numerusform>Pendant cette vérification, le système a jeté %n demandes de connexion parce qu&apos;une file d&apos;attente était pleine (TcpExt ListenOverflows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at the program first: it may hang, be overloaded, or wait for something else (a database, a disk). Its log and its processor use tell which; restarting it empties the queue.</source>
        <translation>Examinez d&apos;abord le programme&#xa0;: il est peut-être bloqué, surchargé, ou en attente d&apos;autre chose (une base de données, un disque). Son journal et son utilisation du processeur indiquent de quoi il s&apos;agit&#xa0;; le redémarrer vide la file d&apos;attente.</translation>
    </message>
    <message>
        <source>If it is simply busy, let it accept more: more workers or threads, and a larger backlog in its settings (backlog, ListenBacklog, tcp-backlog). The system caps every backlog at net.core.somaxconn (sysctl net.core.somaxconn).</source>
        <translation>S&apos;il est simplement très sollicité, permettez-lui d&apos;en accepter davantage&#xa0;: plus de processus de travail ou de threads, et un backlog plus grand dans ses paramètres (backlog, ListenBacklog, tcp-backlog). Le système plafonne chaque backlog à net.core.somaxconn (sysctl net.core.somaxconn).</translation>
    </message>
    <message>
        <source>If it is simply busy, let it accept more: more workers or threads, and a larger backlog in its settings (backlog, ListenBacklog, tcp-backlog); the system caps every backlog (somaxconn).</source>
        <translation>S&apos;il est simplement très sollicité, permettez-lui d&apos;en accepter davantage&#xa0;: plus de processus de travail ou de threads, et un backlog plus grand dans ses paramètres (backlog, ListenBacklog, tcp-backlog)&#xa0;; le système plafonne chaque backlog (somaxconn).</translation>
    </message>
</context>
<context>
    <name>ListenCli</name>
    <message>
        <source>&quot;%1&quot; is not an IP address: --address takes a numeric address such as 192.0.2.10 or 2001:db8::10.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP&#xa0;: --address attend une adresse numérique comme 192.0.2.10 ou 2001:db8::10.</translation>
    </message>
    <message>
        <source>tcpdoctor test listener: port %1 is now OPEN on %2.</source>
        <translation>Écoute de test tcpdoctor&#xa0;: le port %1 est maintenant OUVERT sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>It closes by itself in %n second(s), at %1. Press Ctrl-C to close it sooner.</source>
        <translation>
            <numerusform>Elle se ferme d&apos;elle-même dans %n seconde, à %1. Appuyez sur Ctrl-C pour la fermer plus tôt.</numerusform>
            <numerusform>Elle se ferme d&apos;elle-même dans %n secondes, à %1. Appuyez sur Ctrl-C pour la fermer plus tôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>On a client, run: tcpdoctor diagnose %1</source>
        <translation>Sur un client, lancez&#xa0;: tcpdoctor diagnose %1</translation>
    </message>
    <message numerus="yes">
        <source>tcpdoctor test listener: port %1 closed early, as asked. %n connection(s) arrived.</source>
        <translation>
            <numerusform>Écoute de test tcpdoctor&#xa0;: le port %1 a été fermé plus tôt, comme demandé. %n connexion est arrivée.</numerusform>
            <numerusform>Écoute de test tcpdoctor&#xa0;: le port %1 a été fermé plus tôt, comme demandé. %n connexions sont arrivées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tcpdoctor test listener: port %1 closed, its time is up. %n connection(s) arrived.</source>
        <translation>
            <numerusform>Écoute de test tcpdoctor&#xa0;: le port %1 est fermé, le temps est écoulé. %n connexion est arrivée.</numerusform>
            <numerusform>Écoute de test tcpdoctor&#xa0;: le port %1 est fermé, le temps est écoulé. %n connexions sont arrivées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Lancez «&#xa0;tcpdoctor --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>Give the port once, after --serve: tcpdoctor listen --serve 8080 --for 60</source>
        <translation>Indiquez le port une seule fois, après --serve&#xa0;: tcpdoctor listen --serve 8080 --for 60</translation>
    </message>
    <message>
        <source>--json does not go with --serve: the test listener reports as it runs.</source>
        <translation>--json ne va pas avec --serve&#xa0;: l&apos;écoute de test rend compte au fur et à mesure.</translation>
    </message>
    <message>
        <source>The test listener opens one address, or every address when --address is left out.</source>
        <translation>L&apos;écoute de test ouvre une seule adresse, ou toutes les adresses si --address est omis.</translation>
    </message>
    <message>
        <source>--for takes seconds from 1 to %1, for example --for 120.</source>
        <translation>--for attend un nombre de secondes entre 1 et %1, par exemple --for 120.</translation>
    </message>
    <message>
        <source>--for goes with --serve: tcpdoctor listen --serve PORT --for SECONDS</source>
        <translation>--for va avec --serve&#xa0;: tcpdoctor listen --serve PORT --for SECONDES</translation>
    </message>
    <message>
        <source>Give one port, for example: tcpdoctor listen 22</source>
        <translation>Indiquez un seul port, par exemple&#xa0;: tcpdoctor listen 22</translation>
    </message>
    <message>
        <source>--address says which address clients use for a port: tcpdoctor listen PORT --address ADDR</source>
        <translation>--address indique quelle adresse les clients utilisent pour un port&#xa0;: tcpdoctor listen PORT --address ADRESSE</translation>
    </message>
    <message>
        <source>The list of listening sockets could not be read: %1</source>
        <translation>Impossible de lire la liste des sockets à l&apos;écoute&#xa0;: %1</translation>
    </message>
    <message>
        <source>It answers every connection with one line naming tcpdoctor, keeps it open and sends back what it receives (for tcpdoctor idle). It is not your real service.</source>
        <translation>Elle répond à chaque connexion par une ligne qui nomme tcpdoctor, la garde ouverte et renvoie ce qu&apos;elle reçoit (pour tcpdoctor idle). Ce n&apos;est pas votre vrai service.</translation>
    </message>
    <message>
        <source>%1  connection %2 from %3: greeted.</source>
        <translation>%1  connexion %2 depuis %3&#xa0;: saluée.</translation>
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
        <translation>Utilisation&#xa0;:
  tcpdoctor listen                      chaque port TCP à l&apos;écoute sur cet ordinateur, avec son programme
  tcpdoctor listen PORT [--address ADRESSE]
                                        quelque chose écoute-t-il sur PORT, sur quelle adresse, et les autres
                                        ordinateurs peuvent-ils s&apos;y connecter&#xa0;? (ADRESSE&#xa0;: celle qu&apos;utilisent les clients)
  tcpdoctor listen --serve PORT [--for SECONDES] [--address ADRESSE]
                                        ouvrir PORT un moment (60 s par défaut, %1 au plus) avec une écoute de
                                        test qui salue chaque connexion et renvoie ce qu&apos;elle reçoit&#xa0;;
                                        Ctrl-C la ferme
  --json                                le résultat en JSON (tcpdoctor-listen/1) et rien d&apos;autre

Codes de sortie&#xa0;: 0 listen.ok (ou la liste), 1 un autre verdict de listen, 2 saisie incorrecte ou port déjà utilisé,
3 tcpdoctor lui-même a échoué.</translation>
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
        <translation>FAMILLE</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation>PROGRAMME</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>SERVICE / PATH</source>
        <translation>SERVICE / CHEMIN</translation>
    </message>
    <message numerus="yes">
        <source>tcpdoctor: %n listening TCP socket(s) on this computer</source>
        <translation>
            <numerusform>tcpdoctor&#xa0;: %n socket TCP à l&apos;écoute sur cet ordinateur</numerusform>
            <numerusform>tcpdoctor&#xa0;: %n sockets TCP à l&apos;écoute sur cet ordinateur</numerusform>
        </translation>
    </message>
    <message>
        <source>tcpdoctor: port %1 on this computer</source>
        <translation>tcpdoctor&#xa0;: port %1 sur cet ordinateur</translation>
    </message>
    <message>
        <source>Listening on port %1:</source>
        <translation>À l&apos;écoute sur le port %1&#xa0;:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Listening on ports nearby:</source>
        <translation>À l&apos;écoute sur les ports voisins&#xa0;:</translation>
    </message>
    <message>
        <source>Connections from this computer to port %1:</source>
        <translation>Connexions de cet ordinateur vers le port %1&#xa0;:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Éléments observés&#xa0;:</translation>
    </message>
    <message>
        <source>Verdict code: %1 (layer: %2). Checked in %3 ms.</source>
        <translation>Code du verdict&#xa0;: %1 (couche&#xa0;: %2). Vérifié en %3 ms.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>tcpdoctor: this build has no wizard; run &quot;tcpdoctor --help&quot; for the command line.</source>
        <translation>tcpdoctor&#xa0;: cette version n&apos;a pas d&apos;assistant&#xa0;; lancez «&#xa0;tcpdoctor --help&#xa0;» pour la ligne de commande.</translation>
    </message>
    <message>
        <source>tcpdoctor: no translation for &quot;%1&quot;; available: %2.</source>
        <translation>tcpdoctor&#xa0;: aucune traduction pour «&#xa0;%1&#xa0;»&#xa0;; disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>tcpdoctor: the output could not be written: %1.</source>
        <translation>tcpdoctor&#xa0;: impossible d&apos;écrire la sortie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>tcpdoctor: the output could not be written (the disk may be full, or the program reading it stopped).</source>
        <translation>tcpdoctor&#xa0;: impossible d&apos;écrire la sortie (le disque est peut-être plein, ou le programme qui la lit s&apos;est arrêté).</translation>
    </message>
    <message>
        <source>there is no display here to open the wizard on (no DISPLAY or WAYLAND_DISPLAY); the command line works: run &quot;tcpdoctor --help&quot;.</source>
        <translation>il n’y a pas d’écran ici pour ouvrir l’assistant (ni DISPLAY ni WAYLAND_DISPLAY)&#xa0;; la ligne de commande fonctionne&#xa0;: lancez «&#xa0;tcpdoctor --help&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Many</name>
    <message>
        <source>Cannot read the target list %1: %2</source>
        <translation>Impossible de lire la liste de cibles %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The target list %1 is larger than 16 MB: split it into smaller lists.</source>
        <translation>La liste de cibles %1 dépasse 16 Mo&#xa0;: divisez-la en listes plus petites.</translation>
    </message>
    <message>
        <source>The target list %1 has no targets (one a line, # starts a comment).</source>
        <translation>La liste de cibles %1 ne contient aucune cible (une par ligne, # commence un commentaire).</translation>
    </message>
    <message>
        <source>Targets to check: %1</source>
        <translation>Cibles à vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>This process may open only %1 files at once (ulimit -n), too few to check a list: it needs at least %2. Raise the limit, for example with &quot;ulimit -n 1024&quot;, or check the targets one at a time.</source>
        <translation>Ce processus ne peut ouvrir que %1 fichiers à la fois (ulimit -n), trop peu pour vérifier une liste&#xa0;: il en faut au moins %2. Augmentez la limite, par exemple avec «&#xa0;ulimit -n 1024&#xa0;», ou vérifiez les cibles une par une.</translation>
    </message>
    <message>
        <source>Stopped: the first %1 of %2 targets are printed above; the rest were not checked.</source>
        <translation>Arrêté&#xa0;: les %1 premières cibles sur %2 sont affichées ci-dessus&#xa0;; les autres n’ont pas été vérifiées.</translation>
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
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>mobile broadband</source>
        <translation>haut débit mobile</translation>
    </message>
    <message>
        <source>VPN tunnel</source>
        <translation>tunnel VPN</translation>
    </message>
    <message>
        <source>virtual interface</source>
        <translation>interface virtuelle</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>bouclage</translation>
    </message>
    <message>
        <source>network interface</source>
        <translation>interface réseau</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <source>If it still does not work, send the report of this check to %1: it shows them where to look.</source>
        <translation>Si cela ne fonctionne toujours pas, envoyez le rapport de cette vérification à %1&#xa0;: il indique où chercher.</translation>
    </message>
    <message>
        <source>whoever runs %1</source>
        <translation>qui gère %1</translation>
    </message>
    <message>
        <source>your IT support (or whoever looks after this computer)</source>
        <translation>votre service informatique (ou à qui s&apos;occupe de cet ordinateur)</translation>
    </message>
    <message>
        <source>If %1 is at work or at school, connect the VPN first, then check again.</source>
        <translation>Si %1 se trouve sur le réseau de votre travail ou de votre école, connectez d&apos;abord le VPN, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Disconnect from the network and connect again (switch Wi-Fi off and on, or unplug the cable for ten seconds), then check again.</source>
        <translation>Déconnectez-vous du réseau et reconnectez-vous (désactivez puis réactivez le Wi-Fi, ou débranchez le câble pendant dix secondes), puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Restart the router: switch it off, wait ten seconds, switch it on, and wait until its lights are steady.</source>
        <translation>Redémarrez le routeur&#xa0;: éteignez-le, attendez dix secondes, rallumez-le et attendez que ses voyants soient stables.</translation>
    </message>
    <message>
        <source>%1 answers on port %2: the connection works</source>
        <translation>%1 répond sur le port %2&#xa0;: la connexion fonctionne</translation>
    </message>
    <message>
        <source>From this computer, right now, the connection to %1 works, and nothing on the way blocks it.</source>
        <translation>Depuis cet ordinateur, en ce moment, la connexion à %1 fonctionne, et rien sur le trajet ne la bloque.</translation>
    </message>
    <message>
        <source>If a program still cannot connect, check that it uses the same name and port: %1, port %2.</source>
        <translation>Si un programme n&apos;arrive toujours pas à se connecter, vérifiez qu&apos;il utilise le même nom et le même port&#xa0;: %1, port %2.</translation>
    </message>
    <message>
        <source>Then the problem is in that program or its settings (a sign-in, a password, a proxy setting): ask whoever looks after the program.</source>
        <translation>Le problème vient alors de ce programme ou de ses paramètres (une identification, un mot de passe, un paramètre de proxy)&#xa0;: adressez-vous à qui s&apos;occupe du programme.</translation>
    </message>
    <message>
        <source>%1 answers, but not on every way to it</source>
        <translation>%1 répond, mais pas par tous les chemins</translation>
    </message>
    <message>
        <source>%1 can be reached, but only some of its addresses work. Programs may be slow to connect, or fail now and then.</source>
        <translation>%1 est joignable, mais seules certaines de ses adresses fonctionnent. Les programmes peuvent mettre du temps à se connecter, ou échouer de temps en temps.</translation>
    </message>
    <message>
        <source>If your program works, there is nothing to do now.</source>
        <translation>Si votre programme fonctionne, il n&apos;y a rien à faire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This computer has run out of connections</source>
        <translation>Cet ordinateur n&apos;a plus de connexions disponibles</translation>
    </message>
    <message>
        <source>Programs on this computer have opened so many connections that no new one can start. It is not the network and not the server.</source>
        <translation>Des programmes de cet ordinateur ont ouvert tant de connexions qu&apos;aucune nouvelle ne peut démarrer. Ce n&apos;est ni le réseau ni le serveur.</translation>
    </message>
    <message>
        <source>Close programs you do not need, or restart the computer.</source>
        <translation>Fermez les programmes dont vous n&apos;avez pas besoin, ou redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>If it happens again, send the report of this check to %1: a program keeps opening connections and never closes them.</source>
        <translation>Si cela se reproduit, envoyez le rapport de cette vérification à %1&#xa0;: un programme ouvre sans cesse des connexions et ne les ferme jamais.</translation>
    </message>
    <message>
        <source>This computer does not know the way to %1</source>
        <translation>Cet ordinateur ne connaît pas le chemin vers %1</translation>
    </message>
    <message>
        <source>This computer has no way to send anything to %1. Usually the network connection is incomplete, or %1 can only be reached through a VPN.</source>
        <translation>Cet ordinateur n&apos;a aucun moyen d&apos;envoyer quoi que ce soit à %1. En général, la connexion réseau est incomplète, ou %1 n&apos;est joignable que par un VPN.</translation>
    </message>
    <message>
        <source>%1 let the connection in, then ended it at once</source>
        <translation>%1 a accepté la connexion, puis l&apos;a aussitôt coupée</translation>
    </message>
    <message>
        <source>Your computer and the network are fine: %1 was reached. Then the program on it, or a security device in front of it, ended the connection. The problem is on the server&apos;s side.</source>
        <translation>Votre ordinateur et le réseau vont bien&#xa0;: %1 a été joint. Ensuite, le programme qui s&apos;y trouve, ou un équipement de sécurité placé devant, a coupé la connexion. Le problème est du côté du serveur.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: the service may be restarting or busy.</source>
        <translation>Réessayez dans quelques minutes&#xa0;: le service est peut-être en train de redémarrer, ou occupé.</translation>
    </message>
    <message>
        <source>%1 is reachable, but nothing answers on port %2</source>
        <translation>%1 est joignable, mais rien ne répond sur le port %2</translation>
    </message>
    <message>
        <source>Your computer and the network are fine: %1 was reached, and it said no. No program there takes connections on port %2: the service is stopped, or it uses another port.</source>
        <translation>Votre ordinateur et le réseau vont bien&#xa0;: %1 a été joint, et il a dit non. Aucun programme n&apos;y accepte de connexions sur le port %2&#xa0;: le service est arrêté, ou il utilise un autre port.</translation>
    </message>
    <message>
        <source>Check the port number you were given.</source>
        <translation>Vérifiez le numéro de port qu&apos;on vous a donné.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: the service may be starting.</source>
        <translation>Réessayez dans quelques minutes&#xa0;: le service est peut-être en train de démarrer.</translation>
    </message>
    <message>
        <source>A firewall turned the connection to %1 away</source>
        <translation>Un pare-feu a refusé la connexion à %1</translation>
    </message>
    <message>
        <source>A firewall, on %1 or on the network in between, refuses connections to port %2 from your computer.</source>
        <translation>Un pare-feu, sur %1 ou sur le réseau entre les deux, refuse les connexions de votre ordinateur vers le port %2.</translation>
    </message>
    <message>
        <source>If you use a VPN, a guest Wi-Fi or a mobile hotspot, try from your usual network.</source>
        <translation>Si vous utilisez un VPN, un Wi-Fi invité ou le partage de connexion d&apos;un téléphone, essayez depuis votre réseau habituel.</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2</source>
        <translation>%1 n&apos;a pas répondu sur le port %2</translation>
    </message>
    <message>
        <source>Nothing came back at all. Most often a firewall, on %1 or on the way to it, silently blocks this port; sometimes the address is wrong or the server is switched off.</source>
        <translation>Rien n&apos;est revenu du tout. Le plus souvent, un pare-feu, sur %1 ou sur le trajet, bloque ce port sans rien dire&#xa0;; parfois l&apos;adresse est fausse ou le serveur est éteint.</translation>
    </message>
    <message>
        <source>Check the name or address and the port you were given.</source>
        <translation>Vérifiez le nom ou l&apos;adresse, et le port, qu&apos;on vous a donnés.</translation>
    </message>
    <message>
        <source>%1 cannot be found on the network</source>
        <translation>%1 est introuvable sur le réseau</translation>
    </message>
    <message>
        <source>The network could not deliver anything to %1: it is switched off, not connected, or has a new address.</source>
        <translation>Le réseau n&apos;a rien pu remettre à %1&#xa0;: l&apos;appareil est éteint, pas connecté, ou a une nouvelle adresse.</translation>
    </message>
    <message>
        <source>Check that %1 is switched on and connected.</source>
        <translation>Vérifiez que %1 est allumé et connecté.</translation>
    </message>
    <message>
        <source>Check the name or address you were given.</source>
        <translation>Vérifiez le nom ou l&apos;adresse qu&apos;on vous a donné.</translation>
    </message>
    <message>
        <source>The network of %1 cannot be reached</source>
        <translation>Le réseau de %1 est inaccessible</translation>
    </message>
    <message>
        <source>The network on the way has no path to %1. It is not your computer and not the server: it is the network in between.</source>
        <translation>Le réseau sur le trajet n&apos;a aucun chemin vers %1. Ce n&apos;est ni votre ordinateur ni le serveur&#xa0;: c&apos;est le réseau entre les deux.</translation>
    </message>
    <message>
        <source>your internet provider&apos;s or your IT support</source>
        <translation>votre fournisseur d&apos;accès ou votre service informatique</translation>
    </message>
    <message>
        <source>This computer cannot look up names</source>
        <translation>Cet ordinateur ne peut pas résoudre les noms</translation>
    </message>
    <message>
        <source>A name like %1 has to be turned into an address first, and this computer has no service set up to do it. Usually the network connection is incomplete.</source>
        <translation>Un nom comme %1 doit d&apos;abord être traduit en adresse, et cet ordinateur n&apos;a aucun service configuré pour cela. En général, la connexion réseau est incomplète.</translation>
    </message>
    <message>
        <source>The network did not look up the name %1</source>
        <translation>Le réseau n&apos;a pas résolu le nom %1</translation>
    </message>
    <message>
        <source>This computer asked the network for the address of %1 and got no usable answer. The network&apos;s name service is not working for this computer.</source>
        <translation>Cet ordinateur a demandé au réseau l&apos;adresse de %1 et n&apos;a reçu aucune réponse utilisable. Le service de noms du réseau ne fonctionne pas pour cet ordinateur.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up right now</source>
        <translation>Le nom %1 n&apos;a pas pu être résolu pour le moment</translation>
    </message>
    <message>
        <source>The network answered, but could not find out the address of %1. This is usually a problem with the name&apos;s own settings, not with your computer.</source>
        <translation>Le réseau a répondu, mais n&apos;a pas pu trouver l&apos;adresse de %1. C&apos;est en général un problème dans les paramètres propres à ce nom, pas dans votre ordinateur.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation>Le nom %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>No address is known for this name. Often it is a typing mistake, or the name is only known inside a company network.</source>
        <translation>Aucune adresse n&apos;est connue pour ce nom. Il s&apos;agit souvent d&apos;une faute de frappe, ou le nom n&apos;est connu qu&apos;à l&apos;intérieur d&apos;un réseau d&apos;entreprise.</translation>
    </message>
    <message>
        <source>Check the spelling of %1.</source>
        <translation>Vérifiez l&apos;orthographe de %1.</translation>
    </message>
    <message>
        <source>%1 has no address this computer can use</source>
        <translation>%1 n&apos;a aucune adresse utilisable par cet ordinateur</translation>
    </message>
    <message>
        <source>The name exists, but it leads to no address this computer and this network can use.</source>
        <translation>Le nom existe, mais il ne mène à aucune adresse utilisable par cet ordinateur et ce réseau.</translation>
    </message>
    <message>
        <source>%1 is blocked by a filter on this network</source>
        <translation>%1 est bloqué par un filtre sur ce réseau</translation>
    </message>
    <message>
        <source>The network deliberately does not give out the address of %1. Schools, companies, parental controls and some security software block sites this way.</source>
        <translation>Le réseau ne donne volontairement pas l&apos;adresse de %1. Les écoles, les entreprises, le contrôle parental et certains logiciels de sécurité bloquent des sites de cette façon.</translation>
    </message>
    <message>
        <source>If you think this is a mistake, ask whoever runs this network, or check your security software and parental controls.</source>
        <translation>Si vous pensez qu&apos;il s&apos;agit d&apos;une erreur, adressez-vous à qui gère ce réseau, ou vérifiez votre logiciel de sécurité et le contrôle parental.</translation>
    </message>
    <message>
        <source>A setting on this computer sends %1 to the wrong place</source>
        <translation>Un paramètre de cet ordinateur envoie %1 au mauvais endroit</translation>
    </message>
    <message>
        <source>A file on this computer (the hosts file) gives %1 an old address, so the computer never asks the network for the right one.</source>
        <translation>Un fichier de cet ordinateur (le fichier hosts) donne à %1 une ancienne adresse&#xa0;: l&apos;ordinateur ne demande donc jamais la bonne au réseau.</translation>
    </message>
    <message>
        <source>%1 leads to the wrong address</source>
        <translation>%1 mène à la mauvaise adresse</translation>
    </message>
    <message>
        <source>The address this computer got for %1 is not the right one: an old entry somewhere, or a filter.</source>
        <translation>L&apos;adresse que cet ordinateur a obtenue pour %1 n&apos;est pas la bonne&#xa0;: une ancienne entrée quelque part, ou un filtre.</translation>
    </message>
    <message>
        <source>Restart the computer and the router, then check again.</source>
        <translation>Redémarrez l&apos;ordinateur et le routeur, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>Security software on this computer blocked the connection</source>
        <translation>Un logiciel de sécurité de cet ordinateur a bloqué la connexion</translation>
    </message>
    <message>
        <source>The connection never left this computer: its firewall or security software did not let it out.</source>
        <translation>La connexion n&apos;a jamais quitté cet ordinateur&#xa0;: son pare-feu ou son logiciel de sécurité ne l&apos;a pas laissée sortir.</translation>
    </message>
    <message>
        <source>Open your security software (antivirus, firewall) and look for a blocked program or connection.</source>
        <translation>Ouvrez votre logiciel de sécurité (antivirus, pare-feu) et cherchez un programme ou une connexion bloqués.</translation>
    </message>
    <message>
        <source>The network connection is not ready yet</source>
        <translation>La connexion réseau n&apos;est pas encore prête</translation>
    </message>
    <message>
        <source>This computer is still connecting to the network.</source>
        <translation>Cet ordinateur est encore en train de se connecter au réseau.</translation>
    </message>
    <message>
        <source>Wait a minute, then check again.</source>
        <translation>Attendez une minute, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network</source>
        <translation>Cet ordinateur n&apos;est connecté à aucun réseau</translation>
    </message>
    <message>
        <source>No cable and no Wi-Fi connection is working, so nothing can go out.</source>
        <translation>Aucun câble ni aucune connexion Wi-Fi ne fonctionne&#xa0;: rien ne peut sortir.</translation>
    </message>
    <message>
        <source>Plug the network cable in at both ends, or switch Wi-Fi on and choose your network.</source>
        <translation>Branchez le câble réseau aux deux bouts, ou activez le Wi-Fi et choisissez votre réseau.</translation>
    </message>
    <message>
        <source>Check that the router is switched on.</source>
        <translation>Vérifiez que le routeur est allumé.</translation>
    </message>
    <message>
        <source>The network did not give this computer an address</source>
        <translation>Le réseau n&apos;a pas donné d&apos;adresse à cet ordinateur</translation>
    </message>
    <message>
        <source>The computer is connected, but the router did not give it an address, so it cannot talk to anything.</source>
        <translation>L&apos;ordinateur est connecté, mais le routeur ne lui a pas donné d&apos;adresse&#xa0;: il ne peut donc communiquer avec rien.</translation>
    </message>
    <message>
        <source>If other devices have the same problem, the router needs attention.</source>
        <translation>Si d&apos;autres appareils ont le même problème, c&apos;est le routeur qu&apos;il faut examiner.</translation>
    </message>
    <message>
        <source>The router does not answer</source>
        <translation>Le routeur ne répond pas</translation>
    </message>
    <message>
        <source>This computer cannot reach its router, the box everything else goes through.</source>
        <translation>Cet ordinateur ne peut pas joindre son routeur, le boîtier par lequel passe tout le reste.</translation>
    </message>
    <message>
        <source>Check that the router is switched on and its lights look as usual.</source>
        <translation>Vérifiez que le routeur est allumé et que ses voyants ont leur aspect habituel.</translation>
    </message>
    <message>
        <source>This network wants you to sign in first</source>
        <translation>Ce réseau vous demande d&apos;abord de vous connecter</translation>
    </message>
    <message>
        <source>This network (a hotel, a train, a guest Wi-Fi) shows a page in the browser where you sign in or accept its terms. Until then, nothing else gets through.</source>
        <translation>Ce réseau (un hôtel, un train, un Wi-Fi invité) affiche dans le navigateur une page où vous devez vous connecter ou accepter ses conditions. D&apos;ici là, rien d&apos;autre ne passe.</translation>
    </message>
    <message>
        <source>Open a web browser and follow the page that appears, then check again.</source>
        <translation>Ouvrez un navigateur web et suivez la page qui s&apos;affiche, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>%1 can only be reached through this network&apos;s proxy</source>
        <translation>%1 n&apos;est joignable que par le proxy de ce réseau</translation>
    </message>
    <message>
        <source>The direct way is closed. Connections must go through the relay this network provides (a proxy), and the program is not set to use it.</source>
        <translation>Le chemin direct est fermé. Les connexions doivent passer par le relais que fournit ce réseau (un proxy), et le programme n&apos;est pas configuré pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Set the program to use the system&apos;s proxy settings.</source>
        <translation>Configurez le programme pour qu&apos;il utilise les paramètres de proxy du système.</translation>
    </message>
    <message>
        <source>The proxy set on this computer does not answer</source>
        <translation>Le proxy configuré sur cet ordinateur ne répond pas</translation>
    </message>
    <message>
        <source>This computer is set to send connections through a relay (a proxy) that cannot be reached. Often it is an old setting from another network.</source>
        <translation>Cet ordinateur est configuré pour faire passer les connexions par un relais (un proxy) injoignable. C&apos;est souvent un ancien paramètre venant d&apos;un autre réseau.</translation>
    </message>
    <message>
        <source>If you are not on your work network, switch the proxy off in the system&apos;s network settings.</source>
        <translation>Si vous n&apos;êtes pas sur le réseau de votre entreprise, désactivez le proxy dans les paramètres réseau du système.</translation>
    </message>
    <message>
        <source>The proxy wants you to sign in</source>
        <translation>Le proxy vous demande de vous identifier</translation>
    </message>
    <message>
        <source>The relay (proxy) this network uses asks for a user name and password first.</source>
        <translation>Le relais (proxy) qu&apos;utilise ce réseau demande d&apos;abord un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>Enter your work user name and password where the program asks for the proxy.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe professionnels là où le programme les demande pour le proxy.</translation>
    </message>
    <message>
        <source>The proxy will not connect to %1</source>
        <translation>Le proxy refuse de se connecter à %1</translation>
    </message>
    <message>
        <source>The relay (proxy) this network uses does not allow connections to %1, port %2.</source>
        <translation>Le relais (proxy) qu&apos;utilise ce réseau n&apos;autorise pas les connexions vers %1, port %2.</translation>
    </message>
    <message>
        <source>The proxy cannot reach %1 either</source>
        <translation>Le proxy ne peut pas joindre %1 non plus</translation>
    </message>
    <message>
        <source>Your computer reached this network&apos;s relay (proxy) fine, but it could not connect to %1 either: the problem is beyond it.</source>
        <translation>Votre ordinateur a bien joint le relais (proxy) de ce réseau, mais celui-ci n&apos;a pas pu se connecter à %1 non plus&#xa0;: le problème se situe au-delà.</translation>
    </message>
    <message>
        <source>Large pieces of data from %1 get lost on the way</source>
        <translation>Les gros volumes de données venant de %1 se perdent en chemin</translation>
    </message>
    <message>
        <source>Small messages get through, but larger ones are lost: pages start to load and then hang. A device on the way, often a VPN or a router, is set up wrongly.</source>
        <translation>Les petits messages passent, mais les plus gros se perdent&#xa0;: les pages commencent à se charger puis restent bloquées. Un appareil sur le trajet, souvent un VPN ou un routeur, est mal configuré.</translation>
    </message>
    <message>
        <source>If you use a VPN, try without it (or the other way round).</source>
        <translation>Si vous utilisez un VPN, essayez sans (ou l&apos;inverse).</translation>
    </message>
    <message>
        <source>Port %1 of %2 does not offer a secure connection</source>
        <translation>Le port %1 de %2 n&apos;offre pas de connexion sécurisée</translation>
    </message>
    <message>
        <source>A secure (encrypted) connection was expected, but the service on this port does not offer one. The address or the port is probably wrong, for example https:// for a page that is only http://.</source>
        <translation>Une connexion sécurisée (chiffrée) était attendue, mais le service sur ce port n&apos;en propose pas. L&apos;adresse ou le port est probablement faux, par exemple https:// pour une page qui n&apos;existe qu&apos;en http://.</translation>
    </message>
    <message>
        <source>Check the address and the port you were given.</source>
        <translation>Vérifiez l&apos;adresse et le port qu&apos;on vous a donnés.</translation>
    </message>
    <message>
        <source>No secure connection could be made with %1</source>
        <translation>Aucune connexion sécurisée n&apos;a pu être établie avec %1</translation>
    </message>
    <message>
        <source>%1 was reached, but your computer and the server could not set up the encryption. Often one side is too old, or a device on the way interferes.</source>
        <translation>%1 a été joint, mais votre ordinateur et le serveur n&apos;ont pas pu mettre en place le chiffrement. Souvent, l&apos;un des deux est trop ancien, ou un appareil sur le trajet interfère.</translation>
    </message>
    <message>
        <source>Update the program (or the browser) and the system, then check again.</source>
        <translation>Mettez à jour le programme (ou le navigateur) et le système, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock may be wrong</source>
        <translation>L&apos;horloge de cet ordinateur est peut-être fausse</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not valid yet by this computer&apos;s clock. The date or time zone of this computer is more likely wrong than the certificate.</source>
        <translation>D&apos;après l&apos;horloge de cet ordinateur, le certificat de sécurité de %1 n&apos;est pas encore valide. Il est plus probable que la date ou le fuseau horaire de cet ordinateur soit faux que le certificat.</translation>
    </message>
    <message>
        <source>Check the date, time and time zone of this computer, and let it set the time automatically.</source>
        <translation>Vérifiez la date, l&apos;heure et le fuseau horaire de cet ordinateur, et laissez-le régler l&apos;heure automatiquement.</translation>
    </message>
    <message>
        <source>The security certificate of %1 has expired</source>
        <translation>Le certificat de sécurité de %1 a expiré</translation>
    </message>
    <message>
        <source>Programs refuse the connection, because an expired certificate no longer proves who the server is. Only whoever runs %1 can renew it.</source>
        <translation>Les programmes refusent la connexion, car un certificat expiré ne prouve plus l&apos;identité du serveur. Seul le gestionnaire de %1 peut le renouveler.</translation>
    </message>
    <message>
        <source>If other sites fail too, check this computer&apos;s date and time.</source>
        <translation>Si d&apos;autres sites échouent aussi, vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer does not trust the security certificate of %1</source>
        <translation>Cet ordinateur ne fait pas confiance au certificat de sécurité de %1</translation>
    </message>
    <message>
        <source>The server shows a certificate that this computer cannot check. On a work network this is often a company certificate that is not installed; elsewhere it can mean that someone is listening in.</source>
        <translation>Le serveur présente un certificat que cet ordinateur ne peut pas vérifier. Sur un réseau d&apos;entreprise, c&apos;est souvent un certificat de l&apos;entreprise qui n&apos;est pas installé&#xa0;; ailleurs, cela peut signifier que quelqu&apos;un écoute la connexion.</translation>
    </message>
    <message>
        <source>Do not ignore the warning or enter passwords.</source>
        <translation>N&apos;ignorez pas l&apos;avertissement et ne saisissez pas de mots de passe.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is for another name</source>
        <translation>Le certificat de sécurité de %1 est établi pour un autre nom</translation>
    </message>
    <message>
        <source>The server shows a certificate made out to another name. Either the name you use is not the one the server expects, or the server is set up wrongly.</source>
        <translation>Le serveur présente un certificat délivré pour un autre nom. Soit le nom que vous utilisez n&apos;est pas celui qu&apos;attend le serveur, soit le serveur est mal configuré.</translation>
    </message>
    <message>
        <source>Check the name you were given.</source>
        <translation>Vérifiez le nom qu&apos;on vous a donné.</translation>
    </message>
    <message>
        <source>%1 lets the connection in, but the service does not answer</source>
        <translation>%1 accepte la connexion, mais le service ne répond pas</translation>
    </message>
    <message>
        <source>Your computer and the network are fine. The program on the server says nothing: it may be stuck or overloaded.</source>
        <translation>Votre ordinateur et le réseau vont bien. Le programme du serveur ne dit rien&#xa0;: il est peut-être bloqué ou surchargé.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The website at %1 answers with an error</source>
        <translation>Le site web à l&apos;adresse %1 répond par une erreur</translation>
    </message>
    <message>
        <source>The connection works and the server answers, but with an error page. The problem is in the website itself, not in the network.</source>
        <translation>La connexion fonctionne et le serveur répond, mais par une page d&apos;erreur. Le problème vient du site web lui-même, pas du réseau.</translation>
    </message>
    <message>
        <source>The check did not finish</source>
        <translation>La vérification n&apos;est pas allée jusqu&apos;au bout</translation>
    </message>
    <message>
        <source>There is no answer yet: the check was stopped, or it could not run.</source>
        <translation>Il n&apos;y a pas encore de réponse&#xa0;: la vérification a été arrêtée, ou n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <source>Check again.</source>
        <translation>Relancez la vérification.</translation>
    </message>
    <message>
        <source>Nothing came back on this port. %1 is switched on (it answers on other ports), so a firewall, on it or on the way to it, most likely blocks this port.</source>
        <translation>Rien n&apos;est revenu sur ce port. %1 est allumé (il répond sur d&apos;autres ports)&#xa0;: un pare-feu, sur cette machine ou en chemin, bloque donc très probablement ce port.</translation>
    </message>
    <message>
        <source>No answer: the connection itself was not tried</source>
        <translation>Pas de réponse&#xa0;: la connexion elle-même n&apos;a pas été essayée</translation>
    </message>
    <message>
        <source>Only trying the connection shows whether %1 can be reached, and this check left that out. What was checked found nothing wrong.</source>
        <translation>Seul un essai de connexion montre si %1 est joignable, et cette vérification l&apos;a laissé de côté. Ce qui a été vérifié n&apos;a rien montré d&apos;anormal.</translation>
    </message>
    <message>
        <source>Check again with every step.</source>
        <translation>Relancez la vérification avec toutes les étapes.</translation>
    </message>
</context>
<context>
    <name>PortStep</name>
    <message>
        <source>Not tried: the name lookup gave no address.</source>
        <translation>Non essayé&#xa0;: la résolution du nom n&apos;a donné aucune adresse.</translation>
    </message>
    <message>
        <source>%1 accepts connections on port %2</source>
        <translation>%1 accepte les connexions sur le port %2</translation>
    </message>
    <message>
        <source>%1 refused the connection (RST)</source>
        <translation>%1 a refusé la connexion (RST)</translation>
    </message>
    <message>
        <source>%1 did not answer at all</source>
        <translation>%1 n&apos;a pas répondu du tout</translation>
    </message>
    <message>
        <source>A firewall at %1 rejected the connection to %2</source>
        <translation>Un pare-feu situé à %1 a rejeté la connexion à %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached on the network</source>
        <translation>%1 est injoignable sur le réseau</translation>
    </message>
    <message>
        <source>There is no way to the network of %1</source>
        <translation>Il n&apos;existe aucun chemin vers le réseau de %1</translation>
    </message>
    <message>
        <source>This computer did not let the connection to %1 out</source>
        <translation>Cet ordinateur n&apos;a pas laissé sortir la connexion à %1</translation>
    </message>
    <message>
        <source>%1 accepted, then reset the connection</source>
        <translation>%1 a accepté, puis réinitialisé la connexion</translation>
    </message>
    <message>
        <source>%1 accepted, then closed the connection at once</source>
        <translation>%1 a accepté, puis fermé aussitôt la connexion</translation>
    </message>
    <message>
        <source>The attempt on %1 failed: %2</source>
        <translation>La tentative sur %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Handshake round trip: %1 ms.</source>
        <translation>Aller-retour de l&apos;établissement de la connexion&#xa0;: %1 ms.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>There was no address to try.</source>
        <translation>Il n&apos;y avait aucune adresse à essayer.</translation>
    </message>
    <message>
        <source>Port %1 accepts connections.</source>
        <translation>Le port %1 accepte les connexions.</translation>
    </message>
    <message>
        <source>Port %1 accepts connections on %2 of %3 addresses.</source>
        <translation>Le port %1 accepte les connexions sur %2 adresses sur %3.</translation>
    </message>
    <message>
        <source>Port %1 could not be reached.</source>
        <translation>Le port %1 n&apos;a pas pu être atteint.</translation>
    </message>
    <message>
        <source>Check that the service is running on the server and really uses port %1.</source>
        <translation>Vérifiez que le service tourne sur le serveur et utilise bien le port %1.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether the firewalls allow port %1 from your address.</source>
        <translation>Demandez à l&apos;administrateur du serveur si les pare-feu autorisent le port %1 depuis votre adresse.</translation>
    </message>
    <message>
        <source>Ask the administrator of %1 to allow port %2 from your address.</source>
        <translation>Demandez à l&apos;administrateur de %1 d&apos;autoriser le port %2 depuis votre adresse.</translation>
    </message>
    <message>
        <source>Check that the computer is switched on and that the address is right.</source>
        <translation>Vérifiez que l&apos;ordinateur est allumé et que l&apos;adresse est correcte.</translation>
    </message>
    <message>
        <source>Check the network connection and the VPN; ask the network administrator about the route.</source>
        <translation>Vérifiez la connexion réseau et le VPN&#xa0;; interrogez l&apos;administrateur réseau sur l&apos;itinéraire.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s firewall and security software for a rule blocking port %1.</source>
        <translation>Cherchez dans le pare-feu et les logiciels de sécurité de cet ordinateur une règle qui bloque le port %1.</translation>
    </message>
    <message>
        <source>Check the service&apos;s log: it may refuse your address or be failing.</source>
        <translation>Consultez le journal du service&#xa0;: il refuse peut-être votre adresse, ou il est défaillant.</translation>
    </message>
    <message>
        <source>Check the service&apos;s log and whatever sits in front of it (proxy, load balancer).</source>
        <translation>Consultez le journal du service et ce qui se trouve devant lui (proxy, répartiteur de charge).</translation>
    </message>
    <message>
        <source>SYN tries: %1.</source>
        <translation>Tentatives de SYN&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>It then reset the connection in the middle of its greeting (after %n byte(s)).</source>
        <translation>
            <numerusform>Il a ensuite réinitialisé la connexion au milieu de son message d&apos;accueil (après %n octet).</numerusform>
            <numerusform>Il a ensuite réinitialisé la connexion au milieu de son message d&apos;accueil (après %n octets).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered that port %2 is closed (ICMP port unreachable)</source>
        <translation>%1 a répondu que le port %2 est fermé (ICMP «&#xa0;port inaccessible&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 answered for %2 that port %3 is closed (ICMP port unreachable)</source>
        <translation>%1 a répondu pour %2 que le port %3 est fermé (ICMP «&#xa0;port inaccessible&#xa0;»)</translation>
    </message>
    <message>
        <source>Check that the service is running on the server and that its firewall allows port %1.</source>
        <translation>Vérifiez que le service tourne sur le serveur et que son pare-feu autorise le port %1.</translation>
    </message>
    <message>
        <source>%1 sent back: %2.</source>
        <translation>%1 a renvoyé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s connection had just come up: the test waited %1 s for it to be ready.</source>
        <translation>La connexion de cet ordinateur venait juste de s’établir&#xa0;: le test a attendu %1&#xa0;s qu’elle soit prête.</translation>
    </message>
    <message>
        <source>%1 of the %2 local ports this computer picks from (%3 to %4) are taken.</source>
        <translation>%1 des %2 ports locaux parmi lesquels cet ordinateur choisit (de %3 à %4) sont occupés.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) to the same address and port %1 hold one each.</source>
        <translation>
            <numerusform>%n connexion vers la même adresse et le même port %1 en occupe un.</numerusform>
            <numerusform>%n connexions vers la même adresse et le même port %1 en occupent un chacune.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This computer&apos;s TCP connections by state: %1.</source>
        <translation>Connexions TCP de cet ordinateur par état&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This computer had no free local port for the connection</source>
        <translation>Cet ordinateur n&apos;avait aucun port local libre pour la connexion</translation>
    </message>
    <message>
        <source>The connections of this computer could not be counted: %1</source>
        <translation>Impossible de compter les connexions de cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Almost every local port of this computer is taken</source>
        <translation>Presque tous les ports locaux de cet ordinateur sont occupés</translation>
    </message>
    <message>
        <source>When none is left, new connections fail at once. Close programs that open many connections, or restart the one that holds most of them.</source>
        <translation>Quand il n&apos;en reste plus aucun, les nouvelles connexions échouent aussitôt. Fermez les programmes qui ouvrent beaucoup de connexions, ou redémarrez celui qui en occupe le plus.</translation>
    </message>
</context>
<context>
    <name>ProxyStep</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The setting comes from %1.</source>
        <translation>Source du réglage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>It answered %1.</source>
        <translation>Il a répondu %1.</translation>
    </message>
    <message>
        <source>The proxy calls itself %1.</source>
        <translation>Le proxy se présente comme %1.</translation>
    </message>
    <message>
        <source>The proxy %1 opens the way to %2</source>
        <translation>Le proxy %1 ouvre la voie vers %2</translation>
    </message>
    <message>
        <source>It accepted the SOCKS request in %1 ms.</source>
        <translation>Il a accepté la requête SOCKS en %1 ms.</translation>
    </message>
    <message>
        <source>It answered %1 in %2 ms.</source>
        <translation>Il a répondu %1 en %2 ms.</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password in the setting</source>
        <translation>Le proxy %1 n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe du réglage</translation>
    </message>
    <message>
        <source>The proxy %1 wants a sign-in</source>
        <translation>Le proxy %1 demande une identification</translation>
    </message>
    <message>
        <source>Programs that cannot sign in to it are turned away.</source>
        <translation>Les programmes qui ne savent pas s&apos;identifier auprès de lui sont refoulés.</translation>
    </message>
    <message>
        <source>The proxy %1 will not connect to %2</source>
        <translation>Le proxy %1 refuse de se connecter à %2</translation>
    </message>
    <message>
        <source>It closed the connection without an answer.</source>
        <translation>Il a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>The proxy %1 cannot reach %2 either</source>
        <translation>Le proxy %1 ne peut pas joindre %2 non plus</translation>
    </message>
    <message>
        <source>It took the request but had not answered after %1 s: it was still trying to reach %2.</source>
        <translation>Il a accepté la requête mais n&apos;avait pas répondu au bout de %1 s&#xa0;: il essayait encore de joindre %2.</translation>
    </message>
    <message>
        <source>The proxy %1 does not answer</source>
        <translation>Le proxy %1 ne répond pas</translation>
    </message>
    <message>
        <source>Its name does not resolve.</source>
        <translation>Aucune adresse n&apos;est trouvée pour son nom.</translation>
    </message>
    <message>
        <source>Something answers there, but not as a proxy.</source>
        <translation>Quelque chose répond à cette adresse, mais pas comme un proxy.</translation>
    </message>
    <message>
        <source>Its port did not take the connection (%1).</source>
        <translation>Son port n&apos;a pas accepté la connexion (%1).</translation>
    </message>
    <message>
        <source>Every program that follows this setting fails, browsers first.</source>
        <translation>Tous les programmes qui suivent ce réglage échouent, à commencer par les navigateurs.</translation>
    </message>
    <message>
        <source>The proxy %1 is of a kind this version cannot test</source>
        <translation>Le proxy %1 est d&apos;un type que cette version ne sait pas tester</translation>
    </message>
    <message>
        <source>The proxy %1 could not be tested</source>
        <translation>Le proxy %1 n&apos;a pas pu être testé</translation>
    </message>
    <message>
        <source>No sign-in page holds the way out</source>
        <translation>Aucune page de connexion ne bloque la sortie</translation>
    </message>
    <message>
        <source>%1 answered as it does on a free network (%2).</source>
        <translation>%1 a répondu comme sur un réseau libre (%2).</translation>
    </message>
    <message>
        <source>A sign-in page holds the way out (%1)</source>
        <translation>Une page de connexion bloque la sortie (%1)</translation>
    </message>
    <message>
        <source>%1 answered %2 instead of letting the request through.</source>
        <translation>%1 a répondu %2 au lieu de laisser passer la requête.</translation>
    </message>
    <message>
        <source>It sends browsers to %1.</source>
        <translation>Les navigateurs sont renvoyés vers %1.</translation>
    </message>
    <message>
        <source>The page is called %1.</source>
        <translation>La page s&apos;intitule %1.</translation>
    </message>
    <message>
        <source>Open a browser, go to %1 and accept the terms or sign in on the page that appears.</source>
        <translation>Ouvrez un navigateur, allez sur %1 et acceptez les conditions ou connectez-vous sur la page qui s&apos;affiche.</translation>
    </message>
    <message>
        <source>Whether a sign-in page holds the way out could not be told</source>
        <translation>Impossible de dire si une page de connexion bloque la sortie</translation>
    </message>
    <message>
        <source>%1 answered %2, which proves nothing either way.</source>
        <translation>%1 a répondu %2, ce qui ne prouve rien, ni dans un sens ni dans l&apos;autre.</translation>
    </message>
    <message>
        <source>%1 gave no answer (%2).</source>
        <translation>%1 n&apos;a pas répondu (%2).</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>la variable d&apos;environnement %1</translation>
    </message>
    <message>
        <source>the desktop&apos;s proxy settings</source>
        <translation>les paramètres de proxy du bureau</translation>
    </message>
    <message>
        <source>the automatic configuration script %1</source>
        <translation>le script de configuration automatique %1</translation>
    </message>
    <message>
        <source>automatic proxy detection (WPAD)</source>
        <translation>la détection automatique du proxy (WPAD)</translation>
    </message>
    <message>
        <source>the proxy given to this check</source>
        <translation>le proxy indiqué pour cette vérification</translation>
    </message>
    <message>
        <source>a system-wide proxy setting</source>
        <translation>un réglage de proxy pour tout le système</translation>
    </message>
    <message>
        <source>no proxy setting</source>
        <translation>aucun réglage de proxy</translation>
    </message>
    <message>
        <source>The setting is the environment variable %1: change or remove it where it is set (a shell profile such as ~/.bashrc or /etc/environment, or the system&apos;s environment variables on Windows).</source>
        <translation>Le réglage est la variable d&apos;environnement %1&#xa0;: modifiez-la ou supprimez-la là où elle est définie (un profil de shell comme ~/.bashrc ou /etc/environment, ou les variables d&apos;environnement du système sous Windows).</translation>
    </message>
    <message>
        <source>Check the proxy address given to this check.</source>
        <translation>Vérifiez l&apos;adresse du proxy indiquée pour cette vérification.</translation>
    </message>
    <message>
        <source>Change it in Settings › Network › Network Proxy.</source>
        <translation>Modifiez-le dans Paramètres › Réseau › Serveur mandataire.</translation>
    </message>
    <message>
        <source>Change it in System Settings › Network › Proxy.</source>
        <translation>Modifiez-le dans Configuration du système › Réseau › Serveur mandataire.</translation>
    </message>
    <message>
        <source>Change it in Settings › Network &amp; Internet › Proxy.</source>
        <translation>Modifiez-le dans Paramètres › Réseau et Internet › Proxy.</translation>
    </message>
    <message>
        <source>Change it in System Settings › Network › (your connection) › Details › Proxies.</source>
        <translation>Modifiez-le dans Réglages Système › Réseau › (votre connexion) › Détails › Proxys.</translation>
    </message>
    <message>
        <source>The proxy comes from an automatic configuration script: its administrator decides which proxy it names.</source>
        <translation>Le proxy vient d&apos;un script de configuration automatique&#xa0;: c&apos;est l&apos;administrateur de ce script qui décide du proxy qu&apos;il indique.</translation>
    </message>
    <message>
        <source>Change it in this computer&apos;s proxy settings.</source>
        <translation>Modifiez-le dans les paramètres de proxy de cet ordinateur.</translation>
    </message>
    <message>
        <source>Proxy settings left aside (--no-proxy).</source>
        <translation>Paramètres de proxy laissés de côté (--no-proxy).</translation>
    </message>
    <message>
        <source>The proxy given is not a proxy address.</source>
        <translation>Le proxy indiqué n&apos;est pas une adresse de proxy.</translation>
    </message>
    <message>
        <source>The proxy settings could not be read</source>
        <translation>Les paramètres de proxy n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>Finding the proxy (an automatic configuration script or automatic detection) took longer than %1 s.</source>
        <translation>La recherche du proxy (un script de configuration automatique ou la détection automatique) a pris plus de %1 s.</translation>
    </message>
    <message>
        <source>No proxy for %1: programs connect directly</source>
        <translation>Pas de proxy pour %1&#xa0;: les programmes se connectent directement</translation>
    </message>
    <message>
        <source>No proxy is set in the environment or in this computer&apos;s settings.</source>
        <translation>Aucun proxy n&apos;est défini dans l&apos;environnement ni dans les paramètres de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 sends this address directly.</source>
        <translation>Cette adresse est jointe directement, sans proxy (source&#xa0;: %1).</translation>
    </message>
    <message>
        <source>No sign-in page check.</source>
        <translation>Pas de recherche de page de connexion.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>not an http:// address</source>
        <translation>pas une adresse http://</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>fermé sans réponse</translation>
    </message>
    <message>
        <source>GNOME&apos;s proxy settings</source>
        <translation>les réglages de proxy de GNOME</translation>
    </message>
    <message>
        <source>KDE&apos;s proxy settings</source>
        <translation>les réglages de proxy de KDE</translation>
    </message>
    <message>
        <source>Windows&apos; proxy settings (Internet Options)</source>
        <translation>les réglages de proxy de Windows (Options Internet)</translation>
    </message>
    <message>
        <source>the proxy settings of macOS</source>
        <translation>les réglages de proxy de macOS</translation>
    </message>
    <message>
        <source>NetworkManager reports a sign-in page on this network.</source>
        <translation>NetworkManager signale une page de connexion sur ce réseau.</translation>
    </message>
    <message>
        <source>NetworkManager reports a free way to the internet.</source>
        <translation>NetworkManager signale un accès libre à Internet.</translation>
    </message>
    <message>
        <source>NetworkManager reports this network, but no way to the internet.</source>
        <translation>NetworkManager signale ce réseau, mais aucun accès à Internet.</translation>
    </message>
    <message>
        <source>NetworkManager reports no network connection.</source>
        <translation>NetworkManager ne signale aucune connexion réseau.</translation>
    </message>
    <message>
        <source>NetworkManager still reported a sign-in page; it checks only every few minutes, so this answer is the newer one.</source>
        <translation>NetworkManager signalait encore une page de connexion&#xa0;; il ne vérifie qu&apos;à quelques minutes d&apos;intervalle, cette réponse-ci est donc la plus récente.</translation>
    </message>
    <message>
        <source>NetworkManager sees the sign-in page too.</source>
        <translation>NetworkManager voit lui aussi la page de connexion.</translation>
    </message>
    <message>
        <source>NetworkManager reports a sign-in page on this network</source>
        <translation>NetworkManager signale une page de connexion sur ce réseau</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s own connectivity check found a sign-in page.</source>
        <translation>La vérification de connectivité propre à NetworkManager a trouvé une page de connexion.</translation>
    </message>
    <message>
        <source>Open a browser and go to any address starting with http://, then accept the terms or sign in on the page that appears.</source>
        <translation>Ouvrez un navigateur et allez sur n&apos;importe quelle adresse commençant par http://, puis acceptez les conditions ou connectez-vous sur la page qui s&apos;affiche.</translation>
    </message>
    <message>
        <source>the system&apos;s message bus is not reachable</source>
        <translation>le bus de messages du système est inaccessible</translation>
    </message>
    <message>
        <source>NetworkManager gave an answer that is not a state</source>
        <translation>NetworkManager a donné une réponse qui n&apos;est pas un état</translation>
    </message>
    <message>
        <source>NetworkManager is not running</source>
        <translation>NetworkManager ne tourne pas</translation>
    </message>
    <message>
        <source>NetworkManager did not answer in time</source>
        <translation>NetworkManager n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>the system&apos;s message bus did not answer in time</source>
        <translation>le bus de messages du système n&apos;a pas répondu à temps</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>This is not a tcpdoctor report (no &quot;schema&quot;: &quot;tcpdoctor-report/1&quot;).</source>
        <translation>Ce n&apos;est pas un rapport tcpdoctor (pas de &quot;schema&quot;&#xa0;: &quot;tcpdoctor-report/1&quot;).</translation>
    </message>
    <message>
        <source>The report has no target or no verdict.</source>
        <translation>Le rapport n&apos;a pas de cible ou pas de verdict.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>A PDF report needs tcpdoctor&apos;s graphics support, which is not running here; save the report as .html and print that to PDF instead.</source>
        <translation>Un rapport PDF nécessite le module graphique de tcpdoctor, qui n&apos;est pas actif ici&#xa0;; enregistrez plutôt le rapport en .html et imprimez-le en PDF.</translation>
    </message>
    <message>
        <source>tcpdoctor report: %1 port %2</source>
        <translation>Rapport tcpdoctor&#xa0;: %1 port %2</translation>
    </message>
    <message>
        <source>The PDF report could not be made.</source>
        <translation>Impossible de créer le rapport PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The raw data of this report (tcpdoctor-report/1)</source>
        <translation>Les données brutes de ce rapport (tcpdoctor-report/1)</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>link up</source>
        <translation>liaison active</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>pas de liaison</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>this version does not have this step yet</source>
        <translation>cette version n&apos;a pas encore cette étape</translation>
    </message>
    <message>
        <source>left out on request</source>
        <translation>omis à la demande</translation>
    </message>
    <message>
        <source>there was no address to try</source>
        <translation>il n&apos;y avait aucune adresse à essayer</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>%1, port %2 (%3)</source>
        <translation>%1, port %2 (%3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>open: the handshake completed in %1</source>
        <translation>ouvert&#xa0;: la connexion s&apos;est établie en %1</translation>
    </message>
    <message>
        <source>refused: the server answered with RST after %1 (nothing listens)</source>
        <translation>refusé&#xa0;: le serveur a répondu par un RST au bout de %1 (rien n&apos;écoute)</translation>
    </message>
    <message>
        <source>no answer in %1 (SYN sent %2 times)</source>
        <translation>aucune réponse en %1 (SYN envoyé %2 fois)</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>hôte inaccessible</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau inaccessible</translation>
    </message>
    <message>
        <source>%1 (said by this computer)</source>
        <translation>%1 (indiqué par cet ordinateur)</translation>
    </message>
    <message>
        <source>%1: ICMP from %2</source>
        <translation>%1&#xa0;: ICMP de %2</translation>
    </message>
    <message>
        <source>blocked by this computer&apos;s firewall</source>
        <translation>bloqué par le pare-feu de cet ordinateur</translation>
    </message>
    <message>
        <source>accepted, then reset by the server (RST)</source>
        <translation>accepté, puis réinitialisé par le serveur (RST)</translation>
    </message>
    <message>
        <source>accepted, then closed at once by the server (FIN)</source>
        <translation>accepté, puis fermé aussitôt par le serveur (FIN)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>tcpdoctor</source>
        <translation>tcpdoctor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Nom de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Passerelle par défaut</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Serveurs DNS</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Route to the target</source>
        <translation>Itinéraire vers la cible</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>This report was redacted: public IP addresses, MAC addresses, host names, Wi-Fi names, this computer&apos;s name and the user&apos;s name were replaced by placeholders (public-ip-1, mac-1, host-1, wifi-1, this-computer, user-1). The same value has the same placeholder everywhere. Private and documentation addresses and ports are unchanged.</source>
        <translation>Ce rapport a été anonymisé&#xa0;: les adresses IP publiques, les adresses MAC, les noms d&apos;hôte, les noms de Wi-Fi, le nom de cet ordinateur et celui de l&apos;utilisateur ont été remplacés par des substituts (public-ip-1, mac-1, host-1, wifi-1, this-computer, user-1). Une même valeur a partout le même substitut. Les adresses privées et de documentation et les ports sont inchangés.</translation>
    </message>
    <message>
        <source>tcpdoctor: %1</source>
        <translation>tcpdoctor&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Que faire maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Liste de vérifications&#xa0;:</translation>
    </message>
    <message>
        <source>Connection attempts:</source>
        <translation>Tentatives de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>greeting: %1</source>
        <translation>message d&apos;accueil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Éléments observés&#xa0;:</translation>
    </message>
    <message>
        <source>The error message:</source>
        <translation>Le message d&apos;erreur&#xa0;:</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>Ce qu&apos;il signifie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checked by hand:</source>
        <translation>Vérifié à la main&#xa0;:</translation>
    </message>
    <message>
        <source>Verdict code: %1 (layer: %2). Checked in %3 ms.</source>
        <translation>Code du verdict&#xa0;: %1 (couche&#xa0;: %2). Vérifié en %3 ms.</translation>
    </message>
    <message>
        <source>%1, %2, tcpdoctor %3.</source>
        <translation>%1, %2, tcpdoctor %3.</translation>
    </message>
    <message>
        <source>unknown system</source>
        <translation>système inconnu</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>Tentatives de connexion</translation>
    </message>
    <message>
        <source>greeting:</source>
        <translation>message d&apos;accueil&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments observés</translation>
    </message>
    <message>
        <source>The error message</source>
        <translation>Le message d&apos;erreur</translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation>Vérifié à la main</translation>
    </message>
    <message>
        <source>Started %1, took %2 ms, on %3, tcpdoctor %4.</source>
        <translation>Commencé le %1, durée %2 ms, sur %3, tcpdoctor %4.</translation>
    </message>
    <message>
        <source>an unknown system</source>
        <translation>un système inconnu</translation>
    </message>
    <message>
        <source>tcpdoctor: %1 — %2</source>
        <translation>tcpdoctor&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>tcpdoctor report</source>
        <translation>Rapport tcpdoctor</translation>
    </message>
    <message>
        <source>You asked for:</source>
        <translation>Vous avez demandé&#xa0;:</translation>
    </message>
    <message>
        <source>Checked %1; took %2 ms; tcpdoctor %3.</source>
        <translation>Vérifié le %1&#xa0;; durée %2 ms&#xa0;; tcpdoctor %3.</translation>
    </message>
    <message>
        <source>Verdict code:</source>
        <translation>Code du verdict&#xa0;:</translation>
    </message>
    <message>
        <source>layer: %1</source>
        <translation>couche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why tcpdoctor thinks so</source>
        <translation>Pourquoi tcpdoctor le pense</translation>
    </message>
    <message>
        <source>Where the problem is</source>
        <translation>Où se situe le problème</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Non vérifié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The handshake, address by address</source>
        <translation>L&apos;établissement de la connexion, adresse par adresse</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Steps to run for it: %1</source>
        <translation>Étapes à exécuter pour cela&#xa0;: %1</translation>
    </message>
    <message>
        <source>Made by tcpdoctor %1. This page contains no scripts and loads nothing from the network.</source>
        <translation>Créé par tcpdoctor %1. Cette page ne contient aucun script et ne charge rien depuis le réseau.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>partly works</source>
        <translation>fonctionne en partie</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Routeur</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
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
        <translation>ACK&#xa0;: connecté</translation>
    </message>
    <message>
        <source>RST: nothing listens</source>
        <translation>RST&#xa0;: rien n&apos;écoute</translation>
    </message>
    <message>
        <source>RST: the server cut the connection</source>
        <translation>RST&#xa0;: le serveur a coupé la connexion</translation>
    </message>
    <message>
        <source>FIN: the server closed it</source>
        <translation>FIN&#xa0;: le serveur l&apos;a fermée</translation>
    </message>
    <message>
        <source>SYN again</source>
        <translation>SYN renvoyé</translation>
    </message>
    <message>
        <source>nothing came back</source>
        <translation>rien n&apos;est revenu</translation>
    </message>
    <message>
        <source>SYN stopped by this computer&apos;s firewall</source>
        <translation>SYN arrêté par le pare-feu de cet ordinateur</translation>
    </message>
    <message>
        <source>ICMP %1/%2</source>
        <translation>ICMP %1/%2</translation>
    </message>
    <message>
        <source>ICMP %1/%2: %3</source>
        <translation>ICMP %1/%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>SYN not sent: nobody has this address here</source>
        <translation>SYN non envoyé&#xa0;: personne n&apos;a cette adresse ici</translation>
    </message>
    <message>
        <source>SYN not sent: no route to this network</source>
        <translation>SYN non envoyé&#xa0;: aucun itinéraire vers ce réseau</translation>
    </message>
    <message>
        <source>SYN failed: %1</source>
        <translation>Échec du SYN&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where the connection goes, and where it fails</source>
        <translation>Par où passe la connexion, et où elle échoue</translation>
    </message>
    <message>
        <source>the problem is here</source>
        <translation>le problème est ici</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The handshake with %1</source>
        <translation>L&apos;établissement de la connexion avec %1</translation>
    </message>
    <message>
        <source>time</source>
        <translation>temps</translation>
    </message>
    <message>
        <source>router %1</source>
        <translation>routeur %1</translation>
    </message>
    <message>
        <source>This computer and %1:</source>
        <translation>Cet ordinateur et %1&#xa0;:</translation>
    </message>
    <message>
        <source>When each step ran</source>
        <translation>Quand chaque étape s&apos;est exécutée</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécutée</translation>
    </message>
    <message>
        <source>%1: not run</source>
        <translation>%1&#xa0;: non exécutée</translation>
    </message>
    <message>
        <source>%1: started at %2, took %3</source>
        <translation>%1&#xa0;: commencée à %2, durée %3</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Nothing that was there before has changed.</source>
        <translation>Impossible d&apos;enregistrer le rapport dans %1&#xa0;: %2. Rien de ce qui s&apos;y trouvait n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1 could not be saved: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>tcpdoctor cannot write &quot;%1&quot; files: use a name ending in %2.</source>
        <translation>tcpdoctor ne sait pas écrire de fichiers «&#xa0;%1&#xa0;»&#xa0;: utilisez un nom qui se termine par %2.</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(pas d&apos;extension)</translation>
    </message>
    <message>
        <source>The reports are about different targets: %1, then %2.</source>
        <translation>Les rapports portent sur des cibles différentes&#xa0;: %1, puis %2.</translation>
    </message>
    <message>
        <source>The verdict changed from &quot;%1&quot; (%2) to &quot;%3&quot; (%4).</source>
        <translation>Le verdict est passé de «&#xa0;%1&#xa0;» (%2) à «&#xa0;%3&#xa0;» (%4).</translation>
    </message>
    <message>
        <source>%1: was %2, now %3.</source>
        <translation>%1&#xa0;: avant %2, maintenant %3.</translation>
    </message>
    <message>
        <source>New address %1: %2.</source>
        <translation>Nouvelle adresse %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: was %2; now %3.</source>
        <translation>%1&#xa0;: avant %2&#xa0;; maintenant %3.</translation>
    </message>
    <message>
        <source>Address %1 was not tried any more (it was: %2).</source>
        <translation>L&apos;adresse %1 n&apos;a plus été essayée (avant&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Comparing %1 (%2) with %3 (%4):</source>
        <translation>Comparaison de %1 (%2) avec %3 (%4)&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing changed: the same verdict (%1), the same results for every step and address.</source>
        <translation>Rien n&apos;a changé&#xa0;: le même verdict (%1), les mêmes résultats pour chaque étape et chaque adresse.</translation>
    </message>
    <message>
        <source>Something got worse.</source>
        <translation>Quelque chose s&apos;est dégradé.</translation>
    </message>
    <message>
        <source>Nothing got worse.</source>
        <translation>Rien ne s&apos;est dégradé.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON report: %2.</source>
        <translation>%1 n&apos;est pas un rapport JSON&#xa0;: %2.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 is not a tcpdoctor report (its schema is &quot;%2&quot;, expected &quot;tcpdoctor-report/1&quot;).</source>
        <translation>%1 n&apos;est pas un rapport tcpdoctor (son schéma est «&#xa0;%2&#xa0;», «&#xa0;tcpdoctor-report/1&#xa0;» attendu).</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>aucun configuré</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Réseau local</translation>
    </message>
    <message>
        <source>rejected: %1 from %2</source>
        <translation>rejeté&#xa0;: %1 de %2</translation>
    </message>
    <message>
        <source>on the local network</source>
        <translation>sur le réseau local</translation>
    </message>
    <message>
        <source>that name is a link to another file; give the name of a real file</source>
        <translation>ce nom est un lien vers un autre fichier&#xa0;; indiquez le nom d&apos;un vrai fichier</translation>
    </message>
    <message>
        <source>that is not an ordinary file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: too large to be a tcpdoctor report.</source>
        <translation>%1 dépasse %2 Mo&#xa0;: trop grand pour être un rapport tcpdoctor.</translation>
    </message>
    <message>
        <source>%1 has no verdict: it is not a whole tcpdoctor report.</source>
        <translation>%1 n’a pas de verdict&#xa0;: ce n’est pas un rapport tcpdoctor complet.</translation>
    </message>
    <message>
        <source>ServerHello, certificate: %1</source>
        <translation>ServerHello, certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>certificate: expired</source>
        <translation>certificat&#xa0;: expiré</translation>
    </message>
    <message>
        <source>certificate: not valid yet</source>
        <translation>certificat&#xa0;: pas encore valide</translation>
    </message>
    <message>
        <source>certificate: not trusted here</source>
        <translation>certificat&#xa0;: non fiable ici</translation>
    </message>
    <message>
        <source>certificate: for another name</source>
        <translation>certificat&#xa0;: pour un autre nom</translation>
    </message>
    <message>
        <source>an answer that is not TLS</source>
        <translation>une réponse qui n&apos;est pas du TLS</translation>
    </message>
    <message>
        <source>TLS alert</source>
        <translation>alerte TLS</translation>
    </message>
    <message>
        <source>TLS alert: %1</source>
        <translation>alerte TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>FIN: closed instead of answering</source>
        <translation>FIN&#xa0;: fermée au lieu de répondre</translation>
    </message>
    <message>
        <source>FIN: closed without an answer</source>
        <translation>FIN&#xa0;: fermée sans réponse</translation>
    </message>
    <message>
        <source>on a new connection: ClientHello (TLS hello)</source>
        <translation>sur une nouvelle connexion&#xa0;: ClientHello (hello TLS)</translation>
    </message>
    <message>
        <source>on a new connection: HEAD /</source>
        <translation>sur une nouvelle connexion&#xa0;: HEAD /</translation>
    </message>
    <message>
        <source>no greeting</source>
        <translation>pas de message d&apos;accueil</translation>
    </message>
    <message>
        <source>FIN: closed without a word</source>
        <translation>FIN&#xa0;: fermée sans rien dire</translation>
    </message>
    <message>
        <source>no answer: large packets lost on the way</source>
        <translation>pas de réponse&#xa0;: grands paquets perdus en route</translation>
    </message>
    <message>
        <source>again, small packets (%1 bytes): %2</source>
        <translation>à nouveau, petits paquets (%1 octets)&#xa0;: %2</translation>
    </message>
    <message>
        <source>no answer either</source>
        <translation>toujours pas de réponse</translation>
    </message>
    <message>
        <source>no try with small packets: %1</source>
        <translation>pas d&apos;essai avec de petits paquets&#xa0;: %1</translation>
    </message>
    <message>
        <source>wants a sign-in</source>
        <translation>identification requise</translation>
    </message>
    <message>
        <source>refuses</source>
        <translation>refuse</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccessible</translation>
    </message>
    <message>
        <source>name not found</source>
        <translation>nom introuvable</translation>
    </message>
    <message>
        <source>not a proxy</source>
        <translation>pas un proxy</translation>
    </message>
    <message>
        <source>only through the proxy</source>
        <translation>seulement via le proxy</translation>
    </message>
    <message>
        <source>sign-in page</source>
        <translation>page de connexion</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all of them are in the raw data at the end)</source>
        <translation>
            <numerusform>… et %n autre (la liste complète figure dans les données brutes, à la fin)</numerusform>
            <numerusform>… et %n autres (la liste complète figure dans les données brutes, à la fin)</numerusform>
        </translation>
    </message>
    <message>
        <source>wired</source>
        <translation>filaire</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>tunnel (VPN)</source>
        <translation>tunnel (VPN)</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtuelle</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>bouclage</translation>
    </message>
    <message>
        <source>connected, %1 Mbit/s</source>
        <translation>connectée, %1 Mbit/s</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>no cable or signal</source>
        <translation>pas de câble ni de signal</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connectée</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>définie à la main</translation>
    </message>
    <message>
        <source>from DHCP</source>
        <translation>par DHCP</translation>
    </message>
    <message>
        <source>from the router</source>
        <translation>par le routeur</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>lien-local</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Interfaces réseau</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>No interface has a working link.</source>
        <translation>Aucune interface n&apos;a de liaison active.</translation>
    </message>
    <message>
        <source>Working links: %1.</source>
        <translation>Liaisons actives&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Connected, but not ready yet: %1.</source>
        <translation>Connecté, mais pas encore prêt&#xa0;: %1.</translation>
    </message>
    <message>
        <source>VPN tunnels up: %1.</source>
        <translation>Tunnels VPN actifs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Waited %1 for a link that was still coming up.</source>
        <translation>Attente de %1 pour une liaison qui était encore en train de s&apos;activer.</translation>
    </message>
    <message>
        <source>%1 is this computer itself.</source>
        <translation>%1 est cet ordinateur lui-même.</translation>
    </message>
    <message>
        <source>This computer has no route to %1.</source>
        <translation>Cet ordinateur n&apos;a aucun itinéraire vers %1.</translation>
    </message>
    <message>
        <source>The routing table rejects %1 (%2).</source>
        <translation>La table de routage rejette %1 (%2).</translation>
    </message>
    <message>
        <source>The route to %1 could not be read: %2</source>
        <translation>Impossible de lire l&apos;itinéraire vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, adresse source %1</translation>
    </message>
    <message>
        <source>%1 is on the local network: packets go straight out of %2%3.</source>
        <translation>%1 est sur le réseau local&#xa0;: les paquets sortent directement par %2%3.</translation>
    </message>
    <message>
        <source>Packets to %1 go through the router %2 on %3%4.</source>
        <translation>Les paquets vers %1 passent par le routeur %2 sur %3%4.</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <source>The check of the router %1 was stopped.</source>
        <translation>La vérification du routeur %1 a été arrêtée.</translation>
    </message>
    <message>
        <source>The router %1 answered (%2) in %3.</source>
        <translation>Le routeur %1 a répondu (%2) en %3.</translation>
    </message>
    <message numerus="yes">
        <source>The router %1 did not answer (%2, %n tries).</source>
        <translation>
            <numerusform>Le routeur %1 n&apos;a pas répondu (%2, %n tentative).</numerusform>
            <numerusform>Le routeur %1 n&apos;a pas répondu (%2, %n tentatives).</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbour table: %1.</source>
        <translation>Table des voisins&#xa0;: %1.</translation>
    </message>
    <message>
        <source>another device uses it too</source>
        <translation>un autre appareil l&apos;utilise aussi</translation>
    </message>
    <message>
        <source>No default gateway is set.</source>
        <translation>Aucune passerelle par défaut n&apos;est définie.</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>métrique %1</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Itinéraires</translation>
    </message>
    <message>
        <source>No proxy is set in the environment.</source>
        <translation>Aucun proxy n&apos;est défini dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>Paramètres de proxy</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>nom inexistant</translation>
    </message>
    <message>
        <source>the name has no addresses</source>
        <translation>le nom n&apos;a aucune adresse</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>server failure</source>
        <translation>défaillance du serveur</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>from the hosts file</source>
        <translation>du fichier hosts</translation>
    </message>
    <message>
        <source>from the system&apos;s resolver</source>
        <translation>du résolveur du système</translation>
    </message>
    <message>
        <source>from the DNS servers</source>
        <translation>des serveurs DNS</translation>
    </message>
    <message>
        <source>Addresses found</source>
        <translation>Adresses trouvées</translation>
    </message>
    <message>
        <source>Addresses found (%1)</source>
        <translation>Adresses trouvées (%1)</translation>
    </message>
    <message>
        <source>No address was found: %1.</source>
        <translation>Aucune adresse n&apos;a été trouvée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>DNS servers asked</source>
        <translation>Serveurs DNS interrogés</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Configured DNS servers: %1.</source>
        <translation>Serveurs DNS configurés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Configured DNS servers (%1): %2.</source>
        <translation>Serveurs DNS configurés (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The hosts file %1 says %2 (line %3).</source>
        <translation>Le fichier hosts %1 indique %2 (ligne %3).</translation>
    </message>
    <message>
        <source>Answers that block the name (a filter): %1.</source>
        <translation>Réponses qui bloquent le nom (un filtre)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The expected address %1 is among the answers.</source>
        <translation>L&apos;adresse attendue %1 figure parmi les réponses.</translation>
    </message>
    <message>
        <source>The expected address %1 is not among the answers.</source>
        <translation>L&apos;adresse attendue %1 ne figure pas parmi les réponses.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Vouliez-vous dire&#xa0;: %1&#xa0;?</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the proxy opened the way to the target</source>
        <translation>le proxy a ouvert le passage vers la cible</translation>
    </message>
    <message>
        <source>the proxy asks for a sign-in</source>
        <translation>le proxy demande une identification</translation>
    </message>
    <message>
        <source>the proxy refused</source>
        <translation>le proxy a refusé</translation>
    </message>
    <message>
        <source>the proxy closed the connection</source>
        <translation>le proxy a fermé la connexion</translation>
    </message>
    <message>
        <source>the proxy could not reach the target</source>
        <translation>le proxy n&apos;a pas pu joindre la cible</translation>
    </message>
    <message>
        <source>the proxy did not answer</source>
        <translation>le proxy n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>the proxy&apos;s port did not take the connection</source>
        <translation>le port du proxy n&apos;a pas accepté la connexion</translation>
    </message>
    <message>
        <source>the proxy&apos;s name was not found</source>
        <translation>le nom du proxy est introuvable</translation>
    </message>
    <message>
        <source>it answered, but not as a proxy</source>
        <translation>il a répondu, mais pas comme un proxy</translation>
    </message>
    <message>
        <source>this kind of proxy cannot be tested</source>
        <translation>ce type de proxy ne peut pas être testé</translation>
    </message>
    <message>
        <source>it failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>the expected answer: no sign-in page</source>
        <translation>la réponse attendue&#xa0;: pas de page de connexion</translation>
    </message>
    <message>
        <source>a sign-in page answered instead</source>
        <translation>une page de connexion a répondu à la place</translation>
    </message>
    <message>
        <source>a sign-in page answered instead, from %1</source>
        <translation>une page de connexion a répondu à la place, depuis %1</translation>
    </message>
    <message>
        <source>an unexpected answer (%1), which proves nothing either way</source>
        <translation>une réponse inattendue (%1), qui ne prouve rien dans un sens ni dans l&apos;autre</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>pas de réponse (%1)</translation>
    </message>
    <message>
        <source>it failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings were left out on request.</source>
        <translation>Les paramètres de proxy du système ont été omis à la demande.</translation>
    </message>
    <message>
        <source>The proxy to test was given: %1.</source>
        <translation>Le proxy à tester a été indiqué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No proxy is configured: programs connect directly.</source>
        <translation>Aucun proxy n&apos;est configuré&#xa0;: les programmes se connectent directement.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Proxy settings (%1): %2.</source>
        <translation>Paramètres de proxy (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The setting carries a sign-in (not shown).</source>
        <translation>Le paramètre contient des identifiants (non affichés).</translation>
    </message>
    <message>
        <source>They could not be read completely: %1.</source>
        <translation>Ils n&apos;ont pas pu être lus entièrement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reading them took too long.</source>
        <translation>Leur lecture a pris trop de temps.</translation>
    </message>
    <message>
        <source>Through %1: %2</source>
        <translation>Via %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(it said %1)</source>
        <translation>(sa réponse&#xa0;: %1)</translation>
    </message>
    <message>
        <source>after %1.</source>
        <translation>après %1.</translation>
    </message>
    <message>
        <source>It calls itself %1.</source>
        <translation>Il se présente comme %1.</translation>
    </message>
    <message>
        <source>Sign-in page check at %1: %2.</source>
        <translation>Recherche de page de connexion sur %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Page title: %1.</source>
        <translation>Titre de la page&#xa0;: %1.</translation>
    </message>
    <message>
        <source>NetworkManager says: %1.</source>
        <translation>NetworkManager indique&#xa0;: %1.</translation>
    </message>
    <message>
        <source>NetworkManager could not be asked (%1).</source>
        <translation>Impossible d&apos;interroger NetworkManager (%1).</translation>
    </message>
    <message>
        <source>Firewalls on this computer</source>
        <translation>Pare-feu de cet ordinateur</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>To look yourself</source>
        <translation>Pour vérifier vous-même</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>needs administrator rights</source>
        <translation>nécessite des droits d&apos;administrateur</translation>
    </message>
    <message>
        <source>not on this system</source>
        <translation>absent de ce système</translation>
    </message>
    <message>
        <source>let the connection through</source>
        <translation>laissent passer la connexion</translation>
    </message>
    <message>
        <source>block the connection</source>
        <translation>bloquent la connexion</translation>
    </message>
    <message>
        <source>may block the connection</source>
        <translation>peuvent bloquer la connexion</translation>
    </message>
    <message>
        <source>could not be judged</source>
        <translation>n&apos;ont pas pu être évaluées</translation>
    </message>
    <message numerus="yes">
        <source>The rules on this computer (%n read) %1.</source>
        <translation>
            <numerusform>Les règles de cet ordinateur (%n règle lue) %1.</numerusform>
            <numerusform>Les règles de cet ordinateur (%n règles lues) %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Rules that match</source>
        <translation>Règles en cause</translation>
    </message>
    <message>
        <source>%1. no answer</source>
        <translation>%1. pas de réponse</translation>
    </message>
    <message>
        <source>%1. %2 in %3</source>
        <translation>%1. %2 en %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Path trace (%1): %2.</source>
        <translation>Suivi d&apos;itinéraire (%1)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>no hop answered</source>
        <translation>aucun saut n&apos;a répondu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>refused (the host is up)</source>
        <translation>refusé (l&apos;hôte est actif)</translation>
    </message>
    <message>
        <source>port %1 on %2 (the reference host): %3</source>
        <translation>port %1 sur %2 (l&apos;hôte de référence)&#xa0;: %3</translation>
    </message>
    <message>
        <source>port %1 on %2: %3</source>
        <translation>port %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Other ports tried: %1.</source>
        <translation>Autres ports essayés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Each address had up to %1; the test took %2.</source>
        <translation>Chaque adresse disposait de %1 au plus&#xa0;; le test a duré %2.</translation>
    </message>
    <message>
        <source>It first waited %1 for a connection that had just come up.</source>
        <translation>Le test a d&apos;abord attendu %1 une connexion réseau qui venait de s&apos;activer.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>This computer has %n connections open</source>
        <translation>
            <numerusform>Cet ordinateur a %n connexion ouverte</numerusform>
            <numerusform>Cet ordinateur a %n connexions ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 local ports (%3–%4) are taken, %5 of them to this target.</source>
        <translation>%1 des %2 ports locaux (%3–%4) sont occupés, dont %5 vers cette cible.</translation>
    </message>
    <message>
        <source>The local ports could not be counted: %1.</source>
        <translation>Impossible de compter les ports locaux&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the handshake succeeded</source>
        <translation>la négociation a réussi</translation>
    </message>
    <message>
        <source>the server does not speak TLS on this port</source>
        <translation>le serveur ne parle pas TLS sur ce port</translation>
    </message>
    <message>
        <source>the handshake failed</source>
        <translation>la négociation a échoué</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>le certificat a expiré</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>le certificat n&apos;est pas encore valide</translation>
    </message>
    <message>
        <source>the certificate is not trusted</source>
        <translation>le certificat n&apos;est pas fiable</translation>
    </message>
    <message>
        <source>the certificate is for another name</source>
        <translation>le certificat est établi pour un autre nom</translation>
    </message>
    <message>
        <source>it greeted</source>
        <translation>il a envoyé un message d&apos;accueil</translation>
    </message>
    <message>
        <source>it said nothing first</source>
        <translation>il n&apos;a rien dit en premier</translation>
    </message>
    <message>
        <source>it answered</source>
        <translation>il a répondu</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>la réponse n&apos;est pas du HTTP</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation>Requête HTTP</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Message d&apos;accueil</translation>
    </message>
    <message>
        <source>%1 with %2: %3, after %4.</source>
        <translation>%1 avec %2&#xa0;: %3, après %4.</translation>
    </message>
    <message>
        <source>The system said: %1</source>
        <translation>Le système a indiqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name sent: %1.</source>
        <translation>Nom envoyé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Agreed on %1 with %2.</source>
        <translation>Accord sur %1 avec %2.</translation>
    </message>
    <message>
        <source>Versions tried: %1.</source>
        <translation>Versions essayées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server sent the alert %1.</source>
        <translation>Le serveur a envoyé l&apos;alerte %1.</translation>
    </message>
    <message>
        <source>What the certificate check said</source>
        <translation>Ce qu&apos;a indiqué la vérification du certificat</translation>
    </message>
    <message>
        <source>Certificates, the server&apos;s first</source>
        <translation>Certificats, celui du serveur en premier</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Délivré à</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Délivré par</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Début de validité</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <source>itself</source>
        <translation>lui-même</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate covers %1 and %n more names.</source>
        <translation>
            <numerusform>Le certificat du serveur couvre %1 et %n autre nom.</numerusform>
            <numerusform>Le certificat du serveur couvre %1 et %n autres noms.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate covers: %1.</source>
        <translation>Le certificat du serveur couvre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The chain ends in %1, an authority added on this computer.</source>
        <translation>La chaîne se termine par %1, une autorité ajoutée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The service greeted with %1.</source>
        <translation>Le service a envoyé le message d&apos;accueil %1.</translation>
    </message>
    <message>
        <source>The answer: %1.</source>
        <translation>La réponse&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The answer: %1 (server %2).</source>
        <translation>La réponse&#xa0;: %1 (serveur %2).</translation>
    </message>
    <message>
        <source>it stalled too</source>
        <translation>il est resté bloqué lui aussi</translation>
    </message>
    <message>
        <source>this system cannot choose the segment size</source>
        <translation>ce système ne peut pas choisir la taille des segments</translation>
    </message>
    <message>
        <source>it failed (%1)</source>
        <translation>échec (%1)</translation>
    </message>
    <message>
        <source>Tried again with small segments (%1 bytes): %2.</source>
        <translation>Nouvel essai avec de petits segments (%1 octets)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The route goes out of %1, MTU %2.</source>
        <translation>L&apos;itinéraire sort par %1, MTU %2.</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>La liste de vérifications</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>Ce qu&apos;elle a trouvé</translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation>Connexions essayées</translation>
    </message>
    <message>
        <source>(started %1 into the check, took %2)</source>
        <translation>(commencée %1 après le début de la vérification, durée %2)</translation>
    </message>
    <message>
        <source>The evidence, step by step</source>
        <translation>Les éléments observés, étape par étape</translation>
    </message>
    <message>
        <source>Appendix: the raw data</source>
        <translation>Annexe&#xa0;: les données brutes</translation>
    </message>
    <message>
        <source>Everything the steps gathered, as tcpdoctor saves it in a .json report (the tcpdoctor-report/1 format).</source>
        <translation>Tout ce que les étapes ont recueilli, tel que tcpdoctor l&apos;enregistre dans un rapport .json (le format tcpdoctor-report/1).</translation>
    </message>
    <message>
        <source>Show the raw data (JSON)</source>
        <translation>Afficher les données brutes (JSON)</translation>
    </message>
    <message>
        <source>The raw data</source>
        <translation>Les données brutes</translation>
    </message>
    <message>
        <source>Everything the steps gathered is attached to this PDF as %1 (the tcpdoctor-report/1 format): your PDF reader lists it with the attachments (often a paper clip), where it can be saved.</source>
        <translation>Tout ce que les étapes ont recueilli est joint à ce PDF sous le nom %1 (le format tcpdoctor-report/1)&#xa0;: votre lecteur PDF l&apos;affiche parmi les pièces jointes (souvent un trombone), d&apos;où vous pouvez l&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished</source>
        <translation>La vérification a été arrêtée avant la fin</translation>
    </message>
    <message>
        <source>The check was cancelled: you stopped it or closed the window. The steps that had finished keep their answers; the others did not get to look.</source>
        <translation>La vérification a été annulée&#xa0;: vous l&apos;avez arrêtée ou avez fermé la fenêtre. Les étapes terminées gardent leurs réponses&#xa0;; les autres n&apos;ont pas eu le temps de regarder.</translation>
    </message>
    <message>
        <source>Run the check again to get a verdict.</source>
        <translation>Relancez la vérification pour obtenir un verdict.</translation>
    </message>
    <message>
        <source>You stopped the check (or closed the window), so there is no answer yet. The steps that had finished keep their answers.</source>
        <translation>Vous avez arrêté la vérification (ou fermé la fenêtre)&#xa0;: il n&apos;y a donc pas encore de réponse. Les étapes terminées gardent leurs réponses.</translation>
    </message>
    <message>
        <source>Check again to get an answer.</source>
        <translation>Relancez la vérification pour obtenir une réponse.</translation>
    </message>
</context>
<context>
    <name>ServeCli</name>
    <message>
        <source>--metrics takes this computer&apos;s address and a port, like 127.0.0.1:9116 or just 9116 (loopback), not &quot;%1&quot;.</source>
        <translation>--metrics prend une adresse de cet ordinateur et un port, comme 127.0.0.1:9116 ou juste 9116 (boucle locale), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Lancez «&#xa0;tcpdoctor --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>serve takes no target: the targets come with each request (/probe?target=HOST:PORT).</source>
        <translation>serve ne prend pas de cible&#xa0;: les cibles arrivent avec chaque requête (/probe?target=HOST:PORT).</translation>
    </message>
    <message>
        <source>Say what to serve: tcpdoctor serve --metrics 127.0.0.1:9116</source>
        <translation>Indiquez ce qu&apos;il faut servir&#xa0;: tcpdoctor serve --metrics 127.0.0.1:9116</translation>
    </message>
    <message>
        <source>--max-in-flight must be a whole number from 1 to 256, not &quot;%1&quot;.</source>
        <translation>--max-in-flight doit être un nombre entier de 1 à 256, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of milliseconds from 100 to 60000, not &quot;%1&quot;.</source>
        <translation>--timeout doit être un nombre entier de millisecondes de 100 à 60000, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Say which target to check: /probe?target=HOST:PORT</source>
        <translation>Indiquez la cible à vérifier&#xa0;: /probe?target=HOST:PORT</translation>
    </message>
    <message>
        <source>Too many checks at once (%1 running, more waiting); try again.</source>
        <translation>Trop de vérifications à la fois (%1 en cours, d&apos;autres en attente)&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Cannot open %1 port %2: it is in use, or not an address of this computer.</source>
        <translation>Impossible d&apos;ouvrir %1 port %2&#xa0;: il est utilisé, ou ce n&apos;est pas une adresse de cet ordinateur.</translation>
    </message>
    <message>
        <source>tcpdoctor exporter on http://%1/probe?target=HOST:PORT (and /metrics). At most %2 checks at once. Ctrl+C stops it.</source>
        <translation>Exportateur tcpdoctor sur http://%1/probe?target=HOST:PORT (et /metrics). Au plus %2 vérifications à la fois. Ctrl+C l&apos;arrête.</translation>
    </message>
    <message>
        <source>Note: other computers can reach it and make this computer check any target; limit who may connect (a firewall rule for your Prometheus server).</source>
        <translation>Remarque&#xa0;: d&apos;autres ordinateurs peuvent l&apos;atteindre et faire vérifier n&apos;importe quelle cible par cet ordinateur&#xa0;; limitez qui peut se connecter (une règle de pare-feu pour votre serveur Prometheus).</translation>
    </message>
    <message>
        <source>tcpdoctor exporter stopped.</source>
        <translation>Exportateur tcpdoctor arrêté.</translation>
    </message>
</context>
<context>
    <name>ServiceStep</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The TLS handshake worked (%1), and the certificate is valid for %2.</source>
        <translation>La négociation TLS a réussi (%1), et le certificat est valide pour %2.</translation>
    </message>
    <message>
        <source>TLS works: %1, %2</source>
        <translation>TLS fonctionne&#xa0;: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Certificate issued by %1, valid until %2 (%n day(s) left).</source>
        <translation>
            <numerusform>Certificat émis par %1, valide jusqu&apos;au %2 (%n jour restant).</numerusform>
            <numerusform>Certificat émis par %1, valide jusqu&apos;au %2 (%n jours restants).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Le certificat expire dans %n jour</numerusform>
            <numerusform>Le certificat expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the certificate must be renewed before %1.</source>
        <translation>Prévenez l&apos;administrateur du serveur&#xa0;: le certificat doit être renouvelé avant le %1.</translation>
    </message>
    <message>
        <source>The service on port %1 does not speak TLS: it answered the TLS hello with something else.</source>
        <translation>Le service du port %1 ne parle pas TLS&#xa0;: il a répondu au hello TLS par autre chose.</translation>
    </message>
    <message>
        <source>The connection was made, but the TLS hello got no answer in %1 s.</source>
        <translation>La connexion a été établie, mais le hello TLS n&apos;a obtenu aucune réponse en %1 s.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake.</source>
        <translation>Le serveur a mis fin à la négociation TLS.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the alert &quot;%1&quot;.</source>
        <translation>Le serveur a mis fin à la négociation TLS avec l&apos;alerte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The server closed the connection instead of answering the TLS hello.</source>
        <translation>Le serveur a fermé la connexion au lieu de répondre au hello TLS.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>Le certificat du serveur a expiré le %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is only valid from %1.</source>
        <translation>Le certificat du serveur n&apos;est valide qu&apos;à partir du %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer (issued by %1).</source>
        <translation>Cet ordinateur ne fait pas confiance au certificat du serveur (émis par %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for %1; it covers %2.</source>
        <translation>Le certificat du serveur n&apos;est pas valide pour %1&#xa0;; il couvre %2.</translation>
    </message>
    <message>
        <source>The TLS check failed: %1</source>
        <translation>La vérification TLS a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The certificate comes from an authority added on this computer: %1</source>
        <translation>Le certificat provient d&apos;une autorité ajoutée sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not one of the authorities that come with the system. It is your organisation&apos;s own authority, or a company proxy or security software that inspects encrypted connections. Browsers use this computer&apos;s list and work; programs with a list of their own (Java, Python, Node.js, git) do not know it and fail with certificate errors.</source>
        <translation>%1 ne fait pas partie des autorités fournies avec le système. C&apos;est l&apos;autorité propre à votre organisation, ou un proxy d&apos;entreprise ou un logiciel de sécurité qui inspecte les connexions chiffrées. Les navigateurs utilisent la liste de cet ordinateur et fonctionnent&#xa0;; les programmes qui ont leur propre liste (Java, Python, Node.js, git) ne la connaissent pas et échouent avec des erreurs de certificat.</translation>
    </message>
    <message>
        <source>For such a program, add the authority to its own list: Java with keytool -importcert into its cacerts; Python with the REQUESTS_CA_BUNDLE or SSL_CERT_FILE variable; Node.js with NODE_EXTRA_CA_CERTS; git with http.sslCAInfo.</source>
        <translation>Pour un tel programme, ajoutez l&apos;autorité à sa propre liste&#xa0;: Java avec keytool -importcert dans son cacerts&#xa0;; Python avec la variable REQUESTS_CA_BUNDLE ou SSL_CERT_FILE&#xa0;; Node.js avec NODE_EXTRA_CA_CERTS&#xa0;; git avec http.sslCAInfo.</translation>
    </message>
    <message>
        <source>The service greeted: %1</source>
        <translation>Le service a envoyé son message d&apos;accueil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <translation>Message d&apos;accueil&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service closed the connection without a word.</source>
        <translation>Le service a fermé la connexion sans rien dire.</translation>
    </message>
    <message>
        <source>The service accepted the connection but said nothing in %1 s.</source>
        <translation>Le service a accepté la connexion mais n&apos;a rien dit en %1 s.</translation>
    </message>
    <message>
        <source>The second connection failed: %1</source>
        <translation>La seconde connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The web server answered: %1</source>
        <translation>Le serveur web a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP answer: %1</source>
        <translation>Réponse HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service answered, but not in HTTP: %1</source>
        <translation>Le service a répondu, mais pas en HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>The service closed the connection without answering the request.</source>
        <translation>Le service a fermé la connexion sans répondre à la requête.</translation>
    </message>
    <message>
        <source>The service did not answer the request in %1 s.</source>
        <translation>Le service n&apos;a pas répondu à la requête en %1 s.</translation>
    </message>
    <message>
        <source>Not tried: no connection to the port was made.</source>
        <translation>Non essayé&#xa0;: aucune connexion au port n&apos;a été établie.</translation>
    </message>
    <message>
        <source>Not tried: the TLS check was turned off.</source>
        <translation>Non essayé&#xa0;: la vérification TLS était désactivée.</translation>
    </message>
    <message>
        <source>Not tried: tcpdoctor has no check for the service on port %1.</source>
        <translation>Non essayé&#xa0;: tcpdoctor n&apos;a pas de vérification pour le service du port %1.</translation>
    </message>
    <message>
        <source>Not tried: this computer&apos;s TLS library could not be loaded.</source>
        <translation>Non essayé&#xa0;: la bibliothèque TLS de cet ordinateur n&apos;a pas pu être chargée.</translation>
    </message>
    <message>
        <source>The TLS handshake</source>
        <translation>La négociation TLS</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La requête</translation>
    </message>
    <message>
        <source>Large packets from the server are lost on the way. %1 got no answer, then worked on a connection that asks for small packets (at most %2 bytes).</source>
        <translation>Les grands paquets venant du serveur se perdent sur le trajet. %1 n&apos;a obtenu aucune réponse, puis a fonctionné sur une connexion qui demande de petits paquets (au plus %2 octets).</translation>
    </message>
    <message>
        <source>Small packets pass, large ones are lost (a path MTU black hole)</source>
        <translation>Les petits paquets passent, les grands se perdent (un trou noir PMTU)</translation>
    </message>
    <message>
        <source>This computer sends through %1, MTU %2 bytes.</source>
        <translation>Cet ordinateur envoie par %1, MTU de %2 octets.</translation>
    </message>
    <message>
        <source>A second try with small packets got no answer either.</source>
        <translation>Un second essai avec de petits paquets n&apos;a pas obtenu de réponse non plus.</translation>
    </message>
    <message>
        <source>tcpdoctor could not try again with small packets on this system.</source>
        <translation>tcpdoctor n&apos;a pas pu réessayer avec de petits paquets sur ce système.</translation>
    </message>
    <message>
        <source>The second try with small packets could not connect (%1).</source>
        <translation>Le second essai avec de petits paquets n&apos;a pas pu se connecter (%1).</translation>
    </message>
    <message>
        <source>Whether the authority %1 came with the system or was added on this computer could not be checked here.</source>
        <translation>Impossible de vérifier ici si l&apos;autorité %1 est fournie avec le système ou a été ajoutée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer keeps it in: %1.</source>
        <translation>Cet ordinateur la conserve dans&#xa0;: %1.</translation>
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
        <translation>Web sécurisé (HTTPS)</translation>
    </message>
    <message>
        <source>Remote shell (SSH)</source>
        <translation>Terminal à distance (SSH)</translation>
    </message>
    <message>
        <source>Remote Desktop (RDP)</source>
        <translation>Bureau à distance (RDP)</translation>
    </message>
    <message>
        <source>Windows file sharing (SMB)</source>
        <translation>Partage de fichiers Windows (SMB)</translation>
    </message>
    <message>
        <source>Mail server to server (SMTP)</source>
        <translation>Courrier entre serveurs (SMTP)</translation>
    </message>
    <message>
        <source>Sending mail (SMTP submission)</source>
        <translation>Envoi de courrier (soumission SMTP)</translation>
    </message>
    <message>
        <source>Reading mail (IMAP over TLS)</source>
        <translation>Lecture du courrier (IMAP sur TLS)</translation>
    </message>
    <message>
        <source>Microsoft SQL Server</source>
        <translation>Microsoft SQL Server</translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>Base de données PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL / MariaDB database</source>
        <translation>Base de données MySQL / MariaDB</translation>
    </message>
    <message>
        <source>File transfer (FTP)</source>
        <translation>Transfert de fichiers (FTP)</translation>
    </message>
    <message>
        <source>Telnet</source>
        <translation>Telnet</translation>
    </message>
    <message>
        <source>DNS over TCP</source>
        <translation>DNS sur TCP</translation>
    </message>
    <message>
        <source>Reading mail (POP3)</source>
        <translation>Lecture du courrier (POP3)</translation>
    </message>
    <message>
        <source>Reading mail (IMAP)</source>
        <translation>Lecture du courrier (IMAP)</translation>
    </message>
    <message>
        <source>Directory (LDAP)</source>
        <translation>Annuaire (LDAP)</translation>
    </message>
    <message>
        <source>Directory over TLS (LDAPS)</source>
        <translation>Annuaire sur TLS (LDAPS)</translation>
    </message>
    <message>
        <source>Sending mail over TLS (SMTPS)</source>
        <translation>Envoi de courrier sur TLS (SMTPS)</translation>
    </message>
    <message>
        <source>Reading mail over TLS (POP3S)</source>
        <translation>Lecture du courrier sur TLS (POP3S)</translation>
    </message>
    <message>
        <source>Kerberos</source>
        <translation>Kerberos</translation>
    </message>
    <message>
        <source>Windows Remote Management</source>
        <translation>Gestion à distance de Windows (WinRM)</translation>
    </message>
    <message>
        <source>Screen sharing (VNC)</source>
        <translation>Partage d&apos;écran (VNC)</translation>
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
        <translation>File de messages (AMQP)</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>Web, alternative port (8080)</source>
        <translation>Web, port alternatif (8080)</translation>
    </message>
    <message>
        <source>Secure web, alternative port (8443)</source>
        <translation>Web sécurisé, port alternatif (8443)</translation>
    </message>
    <message>
        <source>Oracle database</source>
        <translation>Base de données Oracle</translation>
    </message>
    <message>
        <source>NFS file sharing</source>
        <translation>Partage de fichiers NFS</translation>
    </message>
    <message>
        <source>rsync</source>
        <translation>rsync</translation>
    </message>
    <message>
        <source>Printing (IPP)</source>
        <translation>Impression (IPP)</translation>
    </message>
    <message>
        <source>Telephony (SIP)</source>
        <translation>Téléphonie (SIP)</translation>
    </message>
    <message>
        <source>Chat (XMPP)</source>
        <translation>Messagerie instantanée (XMPP)</translation>
    </message>
</context>
<context>
    <name>SettingsGuard</name>
    <message>
        <source>all settings</source>
        <translation>tous les paramètres</translation>
    </message>
    <message>
        <source>the list of recent targets</source>
        <translation>la liste des cibles récentes</translation>
    </message>
    <message>
        <source>your choices on the first page</source>
        <translation>vos choix sur la première page</translation>
    </message>
    <message>
        <source>the window size</source>
        <translation>la taille de la fenêtre</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>la langue</translation>
    </message>
    <message>
        <source>Some saved settings were damaged and have been reset: %1. Nothing else was affected.</source>
        <translation>Certains paramètres enregistrés étaient endommagés et ont été réinitialisés&#xa0;: %1. Rien d&apos;autre n&apos;a été touché.</translation>
    </message>
    <message>
        <source>The saved settings could not be read and were reset to the defaults. Nothing else was affected.</source>
        <translation>Les paramètres enregistrés étaient illisibles et ont été rétablis par défaut. Rien d’autre n’a été touché.</translation>
    </message>
    <message>
        <source>the sign-in page check address</source>
        <translation>l&apos;adresse de vérification des pages de connexion</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>What to do next</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>What to try next:</source>
        <translation>À essayer ensuite&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — taking longer than its %2 s</source>
        <translation>%1 — prend plus longtemps que les %2 s prévues</translation>
    </message>
    <message>
        <source>%1 — up to %2 s, %3 s left</source>
        <translation>%1 — jusqu&apos;à %2 s, encore %3 s</translation>
    </message>
</context>
<context>
    <name>StepWait</name>
    <message>
        <source>Looking at this computer&apos;s network connections</source>
        <translation>Examen des connexions réseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s addresses and asking its router</source>
        <translation>Lecture des adresses de cet ordinateur et interrogation de son routeur</translation>
    </message>
    <message>
        <source>Waiting for the address of %1</source>
        <translation>En attente de l&apos;adresse de %1</translation>
    </message>
    <message>
        <source>Reading the proxy settings and looking for a sign-in page</source>
        <translation>Lecture des paramètres de proxy et recherche d&apos;une page de connexion</translation>
    </message>
    <message numerus="yes">
        <source>%n addresses of %1</source>
        <translation>
            <numerusform>%n adresse de %1</numerusform>
            <numerusform>%n adresses de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for an answer from %1 port %2</source>
        <translation>En attente d&apos;une réponse de %1 port %2</translation>
    </message>
    <message>
        <source>Looking at this computer&apos;s firewall and where on the way to %1 the connection stops</source>
        <translation>Examen du pare-feu de cet ordinateur et de l&apos;endroit du trajet vers %1 où la connexion s&apos;arrête</translation>
    </message>
    <message>
        <source>Waiting for the service on %1 port %2 to answer</source>
        <translation>En attente de la réponse du service sur %1 port %2</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Not checked: left out with --steps.</source>
        <translation>Non vérifié&#xa0;: omis avec --steps.</translation>
    </message>
    <message>
        <source>Physical link</source>
        <translation>Liaison physique</translation>
    </message>
    <message>
        <source>IP configuration</source>
        <translation>Configuration IP</translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Résolution de nom (DNS)</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Port test</source>
        <translation>Test de port</translation>
    </message>
    <message>
        <source>Not checked yet: this version of tcpdoctor does not have this step.</source>
        <translation>Pas encore vérifié&#xa0;: cette version de tcpdoctor n&apos;a pas cette étape.</translation>
    </message>
    <message>
        <source>Not checked: the check was stopped before this step finished.</source>
        <translation>Non vérifié&#xa0;: la vérification a été arrêtée avant la fin de cette étape.</translation>
    </message>
    <message>
        <source>The service answers</source>
        <translation>Le service répond</translation>
    </message>
    <message>
        <source>Proxy and sign-in page</source>
        <translation>Proxy et page de connexion</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>The computer name is missing: write it before the port, like example.com:443.</source>
        <translation>Le nom de l&apos;ordinateur manque&#xa0;: écrivez-le avant le port, par exemple example.com:443.</translation>
    </message>
    <message>
        <source>A computer name cannot contain spaces: check what you pasted.</source>
        <translation>Un nom d&apos;ordinateur ne peut pas contenir d&apos;espaces&#xa0;: vérifiez ce que vous avez collé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an IPv6 address but is not a valid one.</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à une adresse IPv6 mais n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address: it needs four numbers from 0 to 255, like 192.0.2.10.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4 valide&#xa0;: il faut quatre nombres de 0 à 255, par exemple 192.0.2.10.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots: check the name.</source>
        <translation>«&#xa0;%1&#xa0;» contient une partie vide entre deux points&#xa0;: vérifiez le nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid computer name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;ordinateur valide.</translation>
    </message>
    <message>
        <source>The name is too long: a computer name has at most 253 characters.</source>
        <translation>Le nom est trop long&#xa0;: un nom d&apos;ordinateur compte au plus 253 caractères.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the name is too long: each part between dots has at most 63 characters.</source>
        <translation>La partie «&#xa0;%1&#xa0;» du nom est trop longue&#xa0;: chaque partie entre deux points compte au plus 63 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters a computer name cannot have.</source>
        <translation>«&#xa0;%1&#xa0;» contient des caractères interdits dans un nom d&apos;ordinateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid computer name: a part cannot start or end with a hyphen.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;ordinateur valide&#xa0;: une partie ne peut ni commencer ni finir par un trait d&apos;union.</translation>
    </message>
    <message>
        <source>The port is missing: add it after a colon, like example.com:443.</source>
        <translation>Le port manque&#xa0;: ajoutez-le après deux-points, par exemple example.com:443.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number: ports are whole numbers from 1 to 65535.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de port&#xa0;: les ports sont des nombres entiers de 1 à 65535.</translation>
    </message>
    <message>
        <source>Port 0 cannot be reached: use a port from 1 to 65535.</source>
        <translation>Le port 0 ne peut pas être atteint&#xa0;: utilisez un port de 1 à 65535.</translation>
    </message>
    <message>
        <source>Port %1 does not exist: ports go from 1 to 65535.</source>
        <translation>Le port %1 n&apos;existe pas&#xa0;: les ports vont de 1 à 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number or a service tcpdoctor knows: use a number from 1 to 65535.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un numéro de port ni un service connu de tcpdoctor&#xa0;: utilisez un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Please enter the name or address of the computer you want to reach, like example.com:443.</source>
        <translation>Saisissez le nom ou l&apos;adresse de l&apos;ordinateur que vous voulez joindre, par exemple example.com:443.</translation>
    </message>
    <message>
        <source>What you entered contains invisible control characters: type the name again.</source>
        <translation>Votre saisie contient des caractères de contrôle invisibles&#xa0;: retapez le nom.</translation>
    </message>
    <message>
        <source>This web address is not valid: check what you pasted.</source>
        <translation>Cette adresse web n&apos;est pas valide&#xa0;: vérifiez ce que vous avez collé.</translation>
    </message>
    <message>
        <source>This address has no computer name in it: it should look like https://example.com/.</source>
        <translation>Cette adresse ne contient pas de nom d&apos;ordinateur&#xa0;: elle devrait ressembler à https://example.com/.</translation>
    </message>
    <message>
        <source>tcpdoctor does not know which port &quot;%1://&quot; uses: add it, like %1://%2:PORT/.</source>
        <translation>tcpdoctor ne sait pas quel port utilise «&#xa0;%1://&#xa0;»&#xa0;: ajoutez-le, par exemple %1://%2:PORT/.</translation>
    </message>
    <message>
        <source>The address has a &quot;[&quot; but no closing &quot;]&quot;: write IPv6 addresses like [2001:db8::1]:22.</source>
        <translation>L&apos;adresse contient un «&#xa0;[&#xa0;» mais pas de «&#xa0;]&#xa0;» fermant&#xa0;: écrivez les adresses IPv6 ainsi&#xa0;: [2001:db8::1]:22.</translation>
    </message>
    <message>
        <source>The port is missing after the colon.</source>
        <translation>Le port manque après les deux-points.</translation>
    </message>
    <message>
        <source>Unexpected text after &quot;]&quot;: write IPv6 addresses like [2001:db8::1]:22.</source>
        <translation>Texte inattendu après «&#xa0;]&#xa0;»&#xa0;: écrivez les adresses IPv6 ainsi&#xa0;: [2001:db8::1]:22.</translation>
    </message>
    <message>
        <source>The address has a &quot;]&quot; but no opening &quot;[&quot;: write IPv6 addresses like [2001:db8::1]:22.</source>
        <translation>L&apos;adresse contient un «&#xa0;]&#xa0;» mais pas de «&#xa0;[&#xa0;» ouvrant&#xa0;: écrivez les adresses IPv6 ainsi&#xa0;: [2001:db8::1]:22.</translation>
    </message>
    <message>
        <source>Two different ports were given (%1 and %2): give only one.</source>
        <translation>Deux ports différents ont été indiqués (%1 et %2)&#xa0;: n&apos;en indiquez qu&apos;un.</translation>
    </message>
    <message>
        <source>Which port? Write IPv6 addresses with the port like [2001:db8::1]:22, or give --port.</source>
        <translation>Quel port&#xa0;? Écrivez les adresses IPv6 avec le port ainsi&#xa0;: [2001:db8::1]:22, ou utilisez --port.</translation>
    </message>
    <message>
        <source>Which port? Add it after a colon, like %1:443, or choose a service.</source>
        <translation>Quel port&#xa0;? Ajoutez-le après deux-points, par exemple %1:443, ou choisissez un service.</translation>
    </message>
    <message>
        <source>This computer has no network interface &quot;%1&quot; (the part after % in %2): use the name or number of one of its interfaces.</source>
        <translation>Cet ordinateur n’a pas d’interface réseau «&#xa0;%1&#xa0;» (la partie après % dans %2)&#xa0;: utilisez le nom ou le numéro d’une de ses interfaces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid computer name: write the port after one colon, like example.com:443.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’ordinateur valide&#xa0;: écrivez le port après un seul deux-points, comme example.com:443.</translation>
    </message>
    <message>
        <source>A computer name cannot contain spaces. Did you mean %1?</source>
        <translation>Un nom d’ordinateur ne peut pas contenir d’espaces. Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>A computer name cannot contain spaces: write the name, a colon and the port, like example.com:443.</source>
        <translation>Un nom d’ordinateur ne peut pas contenir d’espaces&#xa0;: écrivez le nom, deux-points et le port, comme example.com:443.</translation>
    </message>
</context>
<context>
    <name>TcpStates</name>
    <message>
        <source>open (ESTABLISHED)</source>
        <translation>ouvertes (ESTABLISHED)</translation>
    </message>
    <message>
        <source>closed, keeping their port for a while (TIME_WAIT)</source>
        <translation>fermées, gardant leur port encore un moment (TIME_WAIT)</translation>
    </message>
    <message>
        <source>closed by the other side, not yet by the program (CLOSE_WAIT)</source>
        <translation>fermées par l&apos;autre côté, pas encore par le programme (CLOSE_WAIT)</translation>
    </message>
    <message>
        <source>connecting (SYN_SENT)</source>
        <translation>en cours de connexion (SYN_SENT)</translation>
    </message>
    <message>
        <source>half-open (SYN_RECV)</source>
        <translation>à moitié ouvertes (SYN_RECV)</translation>
    </message>
    <message>
        <source>listening (LISTEN)</source>
        <translation>à l&apos;écoute (LISTEN)</translation>
    </message>
    <message>
        <source>closing (%1)</source>
        <translation>en cours de fermeture (%1)</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>refused (RST)</source>
        <translation>refusé (RST)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>name not found</source>
        <translation>nom introuvable</translation>
    </message>
    <message>
        <source>accepted, then reset</source>
        <translation>accepté, puis réinitialisé</translation>
    </message>
    <message>
        <source>accepted, then closed</source>
        <translation>accepté, puis fermé</translation>
    </message>
    <message>
        <source>No attempt was made</source>
        <translation>Aucune tentative n&apos;a été faite</translation>
    </message>
    <message>
        <source>The watch was stopped before its first attempt.</source>
        <translation>La surveillance a été arrêtée avant sa première tentative.</translation>
    </message>
    <message>
        <source>Start it again and let it run.</source>
        <translation>Relancez-la et laissez-la tourner.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 did not answer a single time</source>
        <translation>%1 n&apos;a pas répondu une seule fois</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n attempt(s) made a connection (%1). This is not a problem that comes and goes: the connection does not work at all right now.</source>
        <translation>
            <numerusform>Sur %n tentative, aucune n&apos;a permis d&apos;établir la connexion (%1). Ce n&apos;est pas un problème qui apparaît et disparaît&#xa0;: la connexion ne fonctionne pas du tout en ce moment.</numerusform>
            <numerusform>Sur %n tentatives, aucune n&apos;a permis d&apos;établir la connexion (%1). Ce n&apos;est pas un problème qui apparaît et disparaît&#xa0;: la connexion ne fonctionne pas du tout en ce moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor diagnose %1&quot; to find out where it fails.</source>
        <translation>Lancez «&#xa0;tcpdoctor diagnose %1&#xa0;» pour savoir où cela bloque.</translation>
    </message>
    <message>
        <source>Run the watch again with --until-open and a longer --duration to be told when it works again.</source>
        <translation>Relancez la surveillance avec --until-open et une --duration plus longue pour être prévenu quand la connexion fonctionnera de nouveau.</translation>
    </message>
    <message>
        <source>The connection to %1 works only sometimes</source>
        <translation>La connexion à %1 ne fonctionne que par moments</translation>
    </message>
    <message>
        <source>%1 of %2 attempts made a connection; the others failed (%3). The longest outage lasted %4 s.</source>
        <translation>%1 tentatives sur %2 ont permis d&apos;établir la connexion&#xa0;; les autres ont échoué (%3). La plus longue coupure a duré %4 s.</translation>
    </message>
    <message numerus="yes">
        <source>The name led to %n different address(es): %1. If the failures are all on one of them, that server (or its way) is the broken one.</source>
        <translation>
            <numerusform>Le nom a mené à %n adresse&#xa0;: %1. Si tous les échecs concernent cette adresse, c&apos;est ce serveur (ou le trajet jusqu&apos;à lui) qui est en panne.</numerusform>
            <numerusform>Le nom a mené à %n adresses différentes&#xa0;: %1. Si tous les échecs concernent l&apos;une d&apos;elles, c&apos;est ce serveur (ou le trajet jusqu&apos;à lui) qui est en panne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts without any answer mean packets were lost or dropped: a congested or faulty link, Wi-Fi, or a firewall or server that is overloaded. Run the watch from another network to see which side it is.</source>
        <translation>Des tentatives sans aucune réponse signifient que des paquets ont été perdus ou jetés&#xa0;: une liaison saturée ou défaillante, le Wi-Fi, ou un pare-feu ou un serveur surchargé. Lancez la surveillance depuis un autre réseau pour voir de quel côté se situe le problème.</translation>
    </message>
    <message>
        <source>Refused attempts mean the service was not there at that moment: it restarts, crashes, or one of several servers behind the name has it stopped.</source>
        <translation>Des tentatives refusées signifient que le service n&apos;était pas là à ce moment-là&#xa0;: il redémarre, il plante, ou l&apos;un des serveurs qui se trouvent derrière le nom l&apos;a arrêté.</translation>
    </message>
    <message>
        <source>Give the times of the failures to the administrator of the server or the network.</source>
        <translation>Indiquez les heures des échecs à l&apos;administrateur du serveur ou du réseau.</translation>
    </message>
    <message numerus="yes">
        <source>Every attempt worked, but %n of them took about a second or more</source>
        <translation>
            <numerusform>Toutes les tentatives ont réussi, mais %n d&apos;entre elles a pris environ une seconde ou plus</numerusform>
            <numerusform>Toutes les tentatives ont réussi, mais %n d&apos;entre elles ont pris environ une seconde ou plus</numerusform>
        </translation>
    </message>
    <message>
        <source>A handshake that takes about 1 s or 3 s while the others take %1 means the first packet (SYN or SYN-ACK) was lost and sent again after the system&apos;s waiting time: packets are being lost on the way. Programs feel this as random slowness.</source>
        <translation>Une connexion qui met environ 1 s ou 3 s à s&apos;établir, alors que les autres mettent %1, signifie que le premier paquet (SYN ou SYN-ACK) a été perdu et renvoyé après le délai d&apos;attente du système&#xa0;: des paquets se perdent sur le trajet. Les programmes le ressentent comme des lenteurs aléatoires.</translation>
    </message>
    <message>
        <source>Look for the loss: Wi-Fi signal, a faulty cable, a full link (large downloads), or an overloaded server or firewall.</source>
        <translation>Cherchez d&apos;où viennent les pertes&#xa0;: signal Wi-Fi, câble défectueux, liaison saturée (gros téléchargements), ou serveur ou pare-feu surchargé.</translation>
    </message>
    <message>
        <source>Run the watch from another computer on the same network: if it is slow there too, the problem is not this computer.</source>
        <translation>Lancez la surveillance depuis un autre ordinateur du même réseau&#xa0;: si c&apos;est lent là aussi, le problème ne vient pas de cet ordinateur.</translation>
    </message>
    <message>
        <source>The connection to %1 worked every time</source>
        <translation>La connexion à %1 a fonctionné à chaque fois</translation>
    </message>
    <message numerus="yes">
        <source>All %n attempt(s) made a connection, in %1 to %2.</source>
        <translation>
            <numerusform>%n tentative a permis d&apos;établir la connexion, en %1 à %2.</numerusform>
            <numerusform>Les %n tentatives ont toutes permis d&apos;établir la connexion, en %1 à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>If a program still fails now and then, the problem is above the connection: the service&apos;s answers, a proxy, or the program&apos;s own time-outs. Keep the watch running (--duration) while it happens.</source>
        <translation>Si un programme échoue encore de temps en temps, le problème se situe au-dessus de la connexion&#xa0;: les réponses du service, un proxy, ou les propres délais d&apos;attente du programme. Laissez tourner la surveillance (--duration) pendant que cela se produit.</translation>
    </message>
    <message>
        <source>%1 of %2 attempts made a connection (%3 %).</source>
        <translation>%1 tentatives sur %2 ont permis d&apos;établir la connexion (%3&#xa0;%).</translation>
    </message>
    <message>
        <source>Handshake times: shortest %1, median %2, 95 % under %3, longest %4.</source>
        <translation>Temps d&apos;établissement de la connexion&#xa0;: le plus court %1, médiane %2, 95&#xa0;% en moins de %3, le plus long %4.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n attempt(s).</source>
        <translation>
            <numerusform>Arrêt après %n tentative.</numerusform>
            <numerusform>Arrêt après %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>from port %1</source>
        <translation>depuis le port %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>rejected by a firewall (ICMP)</source>
        <translation>rejeté par un pare-feu (ICMP)</translation>
    </message>
    <message>
        <source>host unreachable (ICMP)</source>
        <translation>hôte inaccessible (ICMP)</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>réseau inaccessible</translation>
    </message>
    <message>
        <source>blocked on this computer</source>
        <translation>bloqué sur cet ordinateur</translation>
    </message>
    <message>
        <source>could not be tried</source>
        <translation>n&apos;a pas pu être tenté</translation>
    </message>
    <message>
        <source>Check %1 step by step to find out where it fails.</source>
        <translation>Vérifiez %1 étape par étape pour savoir où cela bloque.</translation>
    </message>
    <message>
        <source>Watch again with more attempts to be told when it works again.</source>
        <translation>Relancez la surveillance avec plus de tentatives pour être prévenu quand la connexion fonctionnera de nouveau.</translation>
    </message>
    <message>
        <source>It works now: try your program again.</source>
        <translation>Cela fonctionne maintenant&#xa0;: réessayez votre programme.</translation>
    </message>
    <message>
        <source>%1 works again</source>
        <translation>%1 fonctionne de nouveau</translation>
    </message>
    <message numerus="yes">
        <source>It made a connection at attempt %1, after %n failed attempt(s) (%2) over %3 s.</source>
        <translation>
            <numerusform>La connexion a été établie à la tentative %1, après %n tentative échouée (%2) sur %3 s.</numerusform>
            <numerusform>La connexion a été établie à la tentative %1, après %n tentatives échouées (%2) sur %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>If a program still fails now and then, the problem is above the connection: the service&apos;s answers, a proxy, or the program&apos;s own time-outs. Watch with more attempts while it happens.</source>
        <translation>Si un programme échoue encore de temps en temps, le problème se situe au-dessus de la connexion&#xa0;: les réponses du service, un proxy, ou les propres délais d&apos;attente du programme. Relancez la surveillance avec plus de tentatives pendant que cela se produit.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .jsonl.</source>
        <translation>Choisissez un nom de fichier se terminant par .csv ou .jsonl.</translation>
    </message>
    <message>
        <source>Line %1 is not a saved watch (not JSON): save the watch again as JSON Lines.</source>
        <translation>La ligne %1 n&apos;est pas une surveillance enregistrée (pas du JSON)&#xa0;: enregistrez de nouveau la surveillance en JSON Lines.</translation>
    </message>
    <message>
        <source>Line %1 is damaged (an attempt without its number, time or outcome).</source>
        <translation>La ligne %1 est endommagée (une tentative sans son numéro, son heure ou son résultat).</translation>
    </message>
    <message>
        <source>The file has no attempts of a watch in it.</source>
        <translation>Le fichier ne contient aucune tentative de surveillance.</translation>
    </message>
</context>
<context>
    <name>WatchCli</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 doit être un nombre entier de %2 à %3, pas «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Lancez «&#xa0;tcpdoctor --help&#xa0;» pour voir les options.</translation>
    </message>
    <message>
        <source>Give one target to watch, like: tcpdoctor watch example.com:443</source>
        <translation>Indiquez une cible à surveiller, par exemple&#xa0;: tcpdoctor watch example.com:443</translation>
    </message>
    <message>
        <source>Give --count or --duration, not both.</source>
        <translation>Indiquez --count ou --duration, pas les deux.</translation>
    </message>
    <message numerus="yes">
        <source>for %n second(s)</source>
        <translation>
            <numerusform>pendant %n seconde</numerusform>
            <numerusform>pendant %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 %2, every %3 ms%4. Ctrl+C stops.</source>
        <translation>Connexion à %1 %2, toutes les %3 ms%4. Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>, until it works</source>
        <translation>, jusqu&apos;à ce qu&apos;elle fonctionne</translation>
    </message>
</context>
<context>
    <name>tcpd::core::TestListener</name>
    <message>
        <source>The test listener needs a port from 1 to 65535 and a time from 1 to %1 seconds.</source>
        <translation>L&apos;écoute de test nécessite un port de 1 à 65535 et une durée de 1 à %1 secondes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Give one of this computer&apos;s addresses, or leave it out for all.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP. Indiquez l&apos;une des adresses de cet ordinateur, ou laissez vide pour toutes.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer (its addresses: %2).</source>
        <translation>%1 n&apos;est pas une adresse de cet ordinateur (ses adresses&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Port %1 is in use: %2 listens there. Stop that program first, or test another port.</source>
        <translation>Le port %1 est déjà utilisé&#xa0;: %2 y écoute. Arrêtez d&apos;abord ce programme, ou testez un autre port.</translation>
    </message>
    <message>
        <source>Port %1 is in use by a program the system does not show to this user. Stop it first, or test another port.</source>
        <translation>Le port %1 est utilisé par un programme que le système ne montre pas à cet utilisateur. Arrêtez-le d&apos;abord, ou testez un autre port.</translation>
    </message>
    <message>
        <source>This user may not open port %1: ports below 1024 need administrator (root) rights.</source>
        <translation>Cet utilisateur ne peut pas ouvrir le port %1&#xa0;: les ports inférieurs à 1024 nécessitent des droits d&apos;administrateur (root).</translation>
    </message>
    <message>
        <source>The test listener could not open port %1: %2</source>
        <translation>L&apos;écoute de test n&apos;a pas pu ouvrir le port %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::BatchPage</name>
    <message>
        <source>the list</source>
        <translation>la liste</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>name lookup</source>
        <translation>résolution de nom</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>le réseau</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>&amp;Open a list…</source>
        <translation>&amp;Ouvrir une liste…</translation>
    </message>
    <message>
        <source>&amp;Check the list</source>
        <translation>&amp;Vérifier la liste</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>&amp;Enregistrer les résultats…</translation>
    </message>
    <message>
        <source>Copy as table</source>
        <translation>Copier en tableau</translation>
    </message>
    <message>
        <source>Check a list of endpoints</source>
        <translation>Vérifier une liste de cibles</translation>
    </message>
    <message>
        <source># one target a line; # starts a comment
example.com:443
192.0.2.10:3389</source>
        <translation># une cible par ligne&#xa0;; # commence un commentaire
example.com:443
192.0.2.10:3389</translation>
    </message>
    <message>
        <source>One target a line: a name or address and a port. Lines starting with # are ignored.</source>
        <translation>Une cible par ligne&#xa0;: un nom ou une adresse, et un port. Les lignes commençant par # sont ignorées.</translation>
    </message>
    <message>
        <source>Read the list from a text file</source>
        <translation>Lire la liste depuis un fichier texte</translation>
    </message>
    <message>
        <source>Check every target in the list now</source>
        <translation>Vérifier maintenant chaque cible de la liste</translation>
    </message>
    <message>
        <source>Stop checking; the answers so far stay</source>
        <translation>Arrêter&#xa0;; les réponses déjà reçues restent</translation>
    </message>
    <message>
        <source>Save the results as a Markdown table, CSV for a spreadsheet, or JSON Lines</source>
        <translation>Enregistrer les résultats en tableau Markdown, en CSV pour un tableur, ou en JSON Lines</translation>
    </message>
    <message>
        <source>Copy the results as a Markdown table to paste into a ticket</source>
        <translation>Copier les résultats en tableau Markdown, à coller dans un ticket</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Double-click a target to run the whole checklist on it</source>
        <translation>Double-cliquez sur une cible pour lancer toute la vérification dessus</translation>
    </message>
    <message>
        <source>Results, one row a target</source>
        <translation>Résultats, une ligne par cible</translation>
    </message>
    <message>
        <source>Open a list of targets</source>
        <translation>Ouvrir une liste de cibles</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.csv *.list);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <source>Markdown table (*.md);;CSV for a spreadsheet (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>Tableau Markdown (*.md);;CSV pour tableur (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the table (%n row(s)).</source>
        <translation>
            <numerusform>Tableau copié (%n ligne).</numerusform>
            <numerusform>Tableau copié (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Fichier lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The list has no targets yet: write one a line, for example example.com:443.</source>
        <translation>La liste ne contient encore aucune cible&#xa0;: écrivez-en une par ligne, par exemple example.com:443.</translation>
    </message>
    <message>
        <source>The list has %1 targets; tcpdoctor checks at most %2 at a time: split it.</source>
        <translation>La liste contient %1 cibles&#xa0;; tcpdoctor en vérifie au plus %2 à la fois&#xa0;: divisez-la.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Stopped before the end of the list.</source>
        <translation>Arrêté avant la fin de la liste.</translation>
    </message>
    <message>
        <source>%1 of %2 checked: %3 reachable, %4 with a problem.</source>
        <translation>%1 sur %2 vérifiées&#xa0;: %3 joignables, %4 avec un problème.</translation>
    </message>
    <message>
        <source>Lines that are not targets: %1.</source>
        <translation>Lignes qui ne sont pas des cibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB, much larger than a list of targets. If it is one, split it into smaller lists.</source>
        <translation>%1 dépasse 4&#xa0;Mo, bien plus qu’une liste de cibles. Si c’en est une, divisez-la en listes plus petites.</translation>
    </message>
    <message>
        <source>The addresses a program needs, one a line, pasted or opened from a text file: tcpdoctor checks them all at once.</source>
        <translation>Les adresses dont un programme a besoin, une par ligne, collées ou ouvertes depuis un fichier texte&#xa0;: tcpdoctor les vérifie toutes à la fois.</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Non vérifiées&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::CheckAllPage</name>
    <message>
        <source>Checking everything</source>
        <translation>Vérification complète</translation>
    </message>
    <message>
        <source>Stop every check now</source>
        <translation>Arrêter toutes les vérifications maintenant</translation>
    </message>
    <message>
        <source>Checking %1, port %2. This takes a few seconds at most.</source>
        <translation>Vérification de %1, port %2. Cela prend quelques secondes au plus.</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1&#xa0;: vérification…</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>S&amp;top the check</source>
        <translation>Arrê&amp;ter la vérification</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::CompareDialog</name>
    <message>
        <source>What changed since the earlier report</source>
        <translation>Ce qui a changé depuis le rapport précédent</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Nothing changed since the report of %1: the same verdict, the same results.</source>
        <translation>Rien n&apos;a changé depuis le rapport du %1&#xa0;: même verdict, mêmes résultats.</translation>
    </message>
    <message>
        <source>Something got worse since the report of %1.</source>
        <translation>Quelque chose s&apos;est dégradé depuis le rapport du %1.</translation>
    </message>
    <message>
        <source>Nothing got worse since the report of %1.</source>
        <translation>Rien ne s&apos;est dégradé depuis le rapport du %1.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>amélioré</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Open an earlier JSON report</source>
        <translation>Ouvrir un rapport JSON précédent</translation>
    </message>
    <message>
        <source>tcpdoctor JSON reports (*.json)</source>
        <translation>Rapports JSON tcpdoctor (*.json)</translation>
    </message>
    <message>
        <source>Compare reports</source>
        <translation>Comparer des rapports</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::DetailsView</name>
    <message>
        <source>Show raw data</source>
        <translation>Afficher les données brutes</translation>
    </message>
    <message>
        <source>Copy raw data</source>
        <translation>Copier les données brutes</translation>
    </message>
    <message>
        <source>The data exactly as the check recorded it (JSON), for an administrator or a bug report</source>
        <translation>Les données exactement telles que la vérification les a enregistrées (JSON), pour un administrateur ou un rapport de bogue</translation>
    </message>
    <message>
        <source>Copy the raw data (JSON) to paste it into a ticket or a chat</source>
        <translation>Copier les données brutes (JSON) pour les coller dans un ticket ou une messagerie</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Hide raw data</source>
        <translation>Masquer les données brutes</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::ExplainPage</name>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Expliquer</translation>
    </message>
    <message>
        <source>I have an error message</source>
        <translation>J&apos;ai un message d&apos;erreur</translation>
    </message>
    <message>
        <source>Paste the message the program showed, as it is: stack traces and log lines around it do no harm. tcpdoctor explains what happened to the connection.</source>
        <translation>Collez le message affiché par le programme, tel quel&#xa0;: les traces de pile et lignes de journal autour ne gênent pas. tcpdoctor explique ce qui est arrivé à la connexion.</translation>
    </message>
    <message>
        <source>for example  No connection could be made because the target machine actively refused it. (localhost:5001)</source>
        <translation>par exemple  Aucune connexion n&apos;a pu être établie car l&apos;ordinateur cible l&apos;a expressément refusée. (localhost:5001)</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Causes probables, les plus probables d&apos;abord&#xa0;:</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>À vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Quand&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The checklist steps that matter most here: %1.</source>
        <translation>Les étapes de la vérification qui comptent le plus ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Recognised from: &quot;%1&quot;</source>
        <translation>Reconnu à partir de&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>The message does not say which computer it tried to reach: you can type it when you start the checklist.</source>
        <translation>Le message ne dit pas quel ordinateur il essayait de joindre&#xa0;: vous pourrez le saisir au lancement de la vérification.</translation>
    </message>
    <message>
        <source>The message names %1, port %2.</source>
        <translation>Le message mentionne %1, port %2.</translation>
    </message>
    <message>
        <source>The message names %1, but no port.</source>
        <translation>Le message mentionne %1, mais aucun port.</translation>
    </message>
    <message>
        <source>Check %1 step by step</source>
        <translation>Vérifier %1 étape par étape</translation>
    </message>
    <message>
        <source>See who holds port %1 on this computer</source>
        <translation>Voir qui occupe le port %1 sur cet ordinateur</translation>
    </message>
    <message>
        <source>See what listens on this computer</source>
        <translation>Voir ce qui écoute sur cet ordinateur</translation>
    </message>
    <message>
        <source>Check the certificate of %1 step by step</source>
        <translation>Vérifier le certificat de %1 étape par étape</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::ExportDialog</name>
    <message>
        <source>&amp;Hide addresses and names (redact)</source>
        <translation>&amp;Masquer les adresses et les noms (anonymiser)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Copy ticket summary</source>
        <translation>&amp;Copier le résumé pour le ticket</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Web page (HTML): everything, with diagrams</source>
        <translation>Page web (HTML)&#xa0;: tout, avec les schémas</translation>
    </message>
    <message>
        <source>PDF document: the same, for printing and attaching</source>
        <translation>Document PDF&#xa0;: la même chose, pour imprimer et joindre</translation>
    </message>
    <message>
        <source>Markdown: short, for a ticket or a chat</source>
        <translation>Markdown&#xa0;: court, pour un ticket ou une messagerie</translation>
    </message>
    <message>
        <source>Plain text: short</source>
        <translation>Texte brut&#xa0;: court</translation>
    </message>
    <message>
        <source>JSON: every detail, for scripts and for comparing later</source>
        <translation>JSON&#xa0;: tous les détails, pour les scripts et pour comparer plus tard</translation>
    </message>
    <message>
        <source>Replaces public IP addresses, MAC addresses, host names, this computer&apos;s name and your user name by placeholders such as public-ip-1 and host-1. Private addresses and ports stay.</source>
        <translation>Remplace les adresses IP publiques, les adresses MAC, les noms d&apos;hôte, le nom de cet ordinateur et votre nom d&apos;utilisateur par des substituts comme public-ip-1 et host-1. Les adresses privées et les ports restent.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Puts a short Markdown summary on the clipboard, ready to paste into a ticket.</source>
        <translation>Place un court résumé Markdown dans le presse-papiers, prêt à coller dans un ticket.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>The ticket summary (Markdown) is on the clipboard.</source>
        <translation>Le résumé pour le ticket (Markdown) est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::HandshakeDiagram</name>
    <message>
        <source>Handshake diagram</source>
        <translation>Schéma de la connexion</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::IdlePage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Connections drop after a pause</source>
        <translation>Les connexions sont coupées après une pause</translation>
    </message>
    <message>
        <source>For a connection that dies when a program was silent for a while (errors 10053 or 10054 after a break): tcpdoctor keeps connections silent for longer and longer pauses and finds out how long one survives.</source>
        <translation>Pour une connexion qui meurt quand un programme est resté silencieux un moment (erreurs 10053 ou 10054 après une pause)&#xa0;: tcpdoctor garde des connexions silencieuses pendant des pauses de plus en plus longues et trouve combien de temps une connexion survit.</translation>
    </message>
    <message>
        <source>for example  db.example.com:5432  or  192.0.2.10:3389</source>
        <translation>par exemple  db.example.com:5432  ou  192.0.2.10:3389</translation>
    </message>
    <message>
        <source>The computer and port whose connections drop, such as a database or a remote desktop</source>
        <translation>L&apos;ordinateur et le port dont les connexions sont coupées, comme une base de données ou un bureau à distance</translation>
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
        <translation>1 heure</translation>
    </message>
    <message>
        <source>The longest pause to try. The test takes this long; choose at least the pause after which your program fails.</source>
        <translation>La pause la plus longue à essayer. Le test dure ce temps-là&#xa0;; choisissez au moins la pause après laquelle votre programme échoue.</translation>
    </message>
    <message>
        <source>Stop; what was found so far stays</source>
        <translation>Arrêter&#xa0;; ce qui a été trouvé jusqu&apos;ici reste</translation>
    </message>
    <message>
        <source>&amp;Computer and port:</source>
        <translation>&amp;Ordinateur et port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Longest pause:</source>
        <translation>Pause la plus &amp;longue&#xa0;:</translation>
    </message>
    <message>
        <source>Type the computer and port whose connections drop, like db.example.com:5432.</source>
        <translation>Tapez l&apos;ordinateur et le port dont les connexions sont coupées, par exemple db.example.com:5432.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) to %1 are open and silent. Each sends one byte when its pause is over. About %2 left.</source>
        <translation>
            <numerusform>%n connexion à %1 est ouverte et silencieuse. Elle envoie un octet quand sa pause est terminée. Encore environ %2.</numerusform>
            <numerusform>%n connexions à %1 sont ouvertes et silencieuses. Chacune envoie un octet quand sa pause est terminée. Encore environ %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pauses to try: %1. Start opens one connection for each; it takes about %2.</source>
        <translation>Pauses à essayer&#xa0;: %1. Démarrer ouvre une connexion pour chacune&#xa0;; cela prend environ %2.</translation>
    </message>
    <message>
        <source>silent, %1 to go</source>
        <translation>silencieuse, encore %1</translation>
    </message>
    <message>
        <source>checking whether the byte arrives…</source>
        <translation>vérification de l&apos;arrivée de l&apos;octet…</translation>
    </message>
    <message>
        <source>Pause of %1</source>
        <translation>Pause de %1</translation>
    </message>
    <message>
        <source>Stopped before every pause was over.</source>
        <translation>Arrêté avant la fin de toutes les pauses.</translation>
    </message>
    <message>
        <source>Check %1 step by step</source>
        <translation>Vérifier %1 étape par étape</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::LanguageButton</name>
    <message>
        <source>Language of the texts</source>
        <translation>Langue des textes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::PathDiagram</name>
    <message>
        <source>Path diagram</source>
        <translation>Schéma du trajet</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::PhysicalChecksWidget</name>
    <message>
        <source>Push the network cable in until it clicks, at both ends (this computer and the router or wall socket). On Wi-Fi, choose your network in the network menu.</source>
        <translation>Enfoncez le câble réseau jusqu&apos;au clic, aux deux bouts (cet ordinateur et le routeur ou la prise murale). En Wi-Fi, choisissez votre réseau dans le menu réseau.</translation>
    </message>
    <message>
        <source>Switch the router off, wait 30 seconds, switch it on again and wait two minutes. If the internet light stays off or red, call your internet provider.</source>
        <translation>Éteignez le routeur, attendez 30 secondes, rallumez-le et attendez deux minutes. Si le voyant Internet reste éteint ou rouge, appelez votre fournisseur d&apos;accès.</translation>
    </message>
    <message>
        <source>If no device gets online, the router or the internet connection is the problem, not this computer: restart the router, or call your internet provider.</source>
        <translation>Si aucun appareil n&apos;accède à Internet, le problème vient du routeur ou de la connexion Internet, pas de cet ordinateur&#xa0;: redémarrez le routeur, ou appelez votre fournisseur d&apos;accès.</translation>
    </message>
    <message>
        <source>Then the network itself works: the problem is on this computer, or only with what you are trying to reach.</source>
        <translation>Le réseau lui-même fonctionne donc&#xa0;: le problème se situe sur cet ordinateur, ou seulement avec ce que vous essayez de joindre.</translation>
    </message>
    <message>
        <source>Some things only you can check. Have a look, then answer:</source>
        <translation>Certaines choses, vous seul pouvez les vérifier. Jetez un œil, puis répondez&#xa0;:</translation>
    </message>
    <message>
        <source>Is the network cable plugged in firmly at both ends (or, on Wi-Fi, is this computer connected to your Wi-Fi network)?</source>
        <translation>Le câble réseau est-il bien branché aux deux bouts (ou, en Wi-Fi, cet ordinateur est-il connecté à votre réseau Wi-Fi)&#xa0;?</translation>
    </message>
    <message>
        <source>Follow the cable from this computer to the router or wall socket and press both plugs in.</source>
        <translation>Suivez le câble de cet ordinateur jusqu&apos;au routeur ou à la prise murale et enfoncez bien les deux fiches.</translation>
    </message>
    <message>
        <source>Are the lights on the router or modem on as usual?</source>
        <translation>Les voyants du routeur ou du modem sont-ils allumés comme d&apos;habitude&#xa0;?</translation>
    </message>
    <message>
        <source>Usually the power and internet lights are on (green or white); a red or dark internet light means no internet connection.</source>
        <translation>En général, les voyants d&apos;alimentation et d&apos;Internet sont allumés (vert ou blanc)&#xa0;; un voyant Internet rouge ou éteint signifie qu&apos;il n&apos;y a pas de connexion Internet.</translation>
    </message>
    <message>
        <source>Do other devices on the same network (for example a phone on the same Wi-Fi) get online?</source>
        <translation>Les autres appareils du même réseau (par exemple un téléphone sur le même Wi-Fi) accèdent-ils à Internet&#xa0;?</translation>
    </message>
    <message>
        <source>Open a well-known website on another device connected to the same router.</source>
        <translation>Ouvrez un site web connu sur un autre appareil connecté au même routeur.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::ServerPage</name>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Open a test listener</source>
        <translation>Ouvrir une écoute de test</translation>
    </message>
    <message>
        <source>Stop the test listener</source>
        <translation>Arrêter l&apos;écoute de test</translation>
    </message>
    <message>
        <source>Is anything listening on this computer?</source>
        <translation>Quelque chose écoute-t-il sur cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>For the server side: which programs accept connections, on which port and address. Leave the port empty to see every listening port.</source>
        <translation>Côté serveur&#xa0;: quels programmes acceptent des connexions, sur quel port et quelle adresse. Laissez le port vide pour voir tous les ports à l&apos;écoute.</translation>
    </message>
    <message>
        <source>Port or service, for example 22, 5432 or https</source>
        <translation>Port ou service, par exemple 22, 5432 ou https</translation>
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
        <translation>Famille</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Service or path</source>
        <translation>Service ou chemin</translation>
    </message>
    <message>
        <source>Filter: address, port, program...</source>
        <translation>Filtrer&#xa0;: adresse, port, programme...</translation>
    </message>
    <message>
        <source>All addresses</source>
        <translation>Toutes les adresses</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While the real service is stopped: opens the port for a while and answers every connection with a greeting, so a client can tell a stopped service from a blocking firewall.</source>
        <translation>Pendant que le vrai service est arrêté&#xa0;: ouvre le port un moment et répond à chaque connexion par un message d&apos;accueil, pour qu&apos;un client puisse distinguer un service arrêté d&apos;un pare-feu qui bloque.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pendant</translation>
    </message>
    <message>
        <source>Test listener open on %1, port %2: it closes in %3 s. Run &quot;tcpdoctor diagnose&quot; on a client now.</source>
        <translation>Écoute de test ouverte sur %1, port %2&#xa0;: elle se ferme dans %3 s. Lancez maintenant «&#xa0;tcpdoctor diagnose&#xa0;» sur un client.</translation>
    </message>
    <message numerus="yes">
        <source>Test listener open: it closes in %1 s. %n connection(s) so far.</source>
        <translation>
            <numerusform>Écoute de test ouverte&#xa0;: elle se ferme dans %1 s. %n connexion jusqu&apos;ici.</numerusform>
            <numerusform>Écoute de test ouverte&#xa0;: elle se ferme dans %1 s. %n connexions jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test listener stopped. %n connection(s) arrived.</source>
        <translation>
            <numerusform>Écoute de test arrêtée. %n connexion est arrivée.</numerusform>
            <numerusform>Écoute de test arrêtée. %n connexions sont arrivées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test listener closed, its time is up. %n connection(s) arrived.</source>
        <translation>
            <numerusform>Écoute de test fermée, le temps est écoulé. %n connexion est arrivée.</numerusform>
            <numerusform>Écoute de test fermée, le temps est écoulé. %n connexions sont arrivées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking port %1…</source>
        <translation>Vérification du port %1…</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Lecture de la liste…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n listening socket(s) on this computer, read in %1 ms.</source>
        <translation>
            <numerusform>%n socket à l&apos;écoute sur cet ordinateur, lu en %1 ms.</numerusform>
            <numerusform>%n sockets à l&apos;écoute sur cet ordinateur, lus en %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also found</source>
        <translation>Également trouvé</translation>
    </message>
    <message>
        <source>Every listening port of this computer</source>
        <translation>Tous les ports à l&apos;écoute sur cet ordinateur</translation>
    </message>
    <message>
        <source>Enter a port above to check it: tcpdoctor then says whether other computers can connect to it, and what to change if not.</source>
        <translation>Saisissez un port ci-dessus pour le vérifier&#xa0;: tcpdoctor indique alors si d&apos;autres ordinateurs peuvent s&apos;y connecter, et sinon ce qu&apos;il faut changer.</translation>
    </message>
    <message>
        <source>No program on this system holds this socket (the kernel, or another container).</source>
        <translation>Aucun programme de ce système ne détient ce socket (le noyau, ou un autre conteneur).</translation>
    </message>
    <message>
        <source>Hidden: the system tells only an administrator which program this is.</source>
        <translation>Masqué&#xa0;: le système n&apos;indique qu&apos;à un administrateur de quel programme il s&apos;agit.</translation>
    </message>
    <message>
        <source>Enter the port to open first.</source>
        <translation>Saisissez d&apos;abord le port à ouvrir.</translation>
    </message>
    <message>
        <source>Opening port %1…</source>
        <translation>Ouverture du port %1…</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::SettingsDialog</name>
    <message>
        <source>None: TCPDOCTOR_PORTAL_URL=off turns the check off.</source>
        <translation>Aucune&#xa0;: TCPDOCTOR_PORTAL_URL=off désactive la vérification.</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s connectivity check</source>
        <translation>la vérification de connectivité de NetworkManager</translation>
    </message>
    <message>
        <source>Windows&apos; own connectivity check</source>
        <translation>la vérification de connectivité propre à Windows</translation>
    </message>
    <message>
        <source>the environment variable TCPDOCTOR_PORTAL_URL</source>
        <translation>la variable d&apos;environnement TCPDOCTOR_PORTAL_URL</translation>
    </message>
    <message>
        <source>a public check address; this computer names none</source>
        <translation>une adresse de vérification publique&#xa0;; cet ordinateur n&apos;en indique aucune</translation>
    </message>
    <message>
        <source>Now: %1 (%2)</source>
        <translation>Actuellement&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sign-in pages (hotels, guest Wi-Fi)</source>
        <translation>Pages de connexion (hôtels, Wi-Fi invité)</translation>
    </message>
    <message>
        <source>Each check asks a check address whether a sign-in page holds the way out. It is one plain web request; nothing about you or the target is sent.</source>
        <translation>Chaque vérification demande à une adresse de vérification si une page de connexion bloque la sortie. C&apos;est une simple requête web&#xa0;; elle n&apos;envoie rien sur vous ni sur la cible.</translation>
    </message>
    <message>
        <source>Use this computer&apos;s check address</source>
        <translation>Utiliser l&apos;adresse de vérification de cet ordinateur</translation>
    </message>
    <message>
        <source>Use this check address (your company&apos;s own, for example):</source>
        <translation>Utiliser cette adresse de vérification (celle de votre entreprise, par exemple)&#xa0;:</translation>
    </message>
    <message>
        <source>Check address</source>
        <translation>Adresse de vérification</translation>
    </message>
    <message>
        <source>Do not look for sign-in pages</source>
        <translation>Ne pas rechercher de page de connexion</translation>
    </message>
    <message>
        <source>Enter the check address, or choose another option.</source>
        <translation>Saisissez l&apos;adresse de vérification, ou choisissez une autre option.</translation>
    </message>
    <message>
        <source>The check address must start with http://, not https://: sign-in pages can only answer plain web requests.</source>
        <translation>L&apos;adresse de vérification doit commencer par http://, pas par https://&#xa0;: les pages de connexion ne peuvent répondre qu&apos;à des requêtes web en clair.</translation>
    </message>
    <message>
        <source>This is not a web address. It must look like http://portal-check.example/generate_204.</source>
        <translation>Ce n&apos;est pas une adresse web. Elle doit ressembler à http://portal-check.example/generate_204.</translation>
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
        <translation>D&apos;abord la connexion physique&#xa0;: sans câble ni Wi-Fi qui fonctionne, rien d&apos;autre ne peut marcher.</translation>
    </message>
    <message>
        <source>Then the IP configuration: this computer needs an address and a way (a gateway) to other networks.</source>
        <translation>Ensuite la configuration IP&#xa0;: cet ordinateur a besoin d&apos;une adresse et d&apos;un chemin (une passerelle) vers les autres réseaux.</translation>
    </message>
    <message>
        <source>Then the name: the name must be turned into the right address before a connection can start.</source>
        <translation>Ensuite le nom&#xa0;: il doit être traduit en la bonne adresse avant qu&apos;une connexion puisse commencer.</translation>
    </message>
    <message>
        <source>Then the firewalls: a firewall here or on the way can stop the connection, often silently.</source>
        <translation>Ensuite les pare-feu&#xa0;: un pare-feu ici ou sur le trajet peut arrêter la connexion, souvent sans rien dire.</translation>
    </message>
    <message>
        <source>Is the network cable plugged in at both ends, or is Wi-Fi switched on?</source>
        <translation>Le câble réseau est-il branché aux deux bouts, ou le Wi-Fi est-il activé&#xa0;?</translation>
    </message>
    <message>
        <source>Are the lights on the router and on the computer&apos;s network socket on?</source>
        <translation>Les voyants du routeur et de la prise réseau de l&apos;ordinateur sont-ils allumés&#xa0;?</translation>
    </message>
    <message>
        <source>Do other devices in the same place work (a phone on the same Wi-Fi)?</source>
        <translation>Les autres appareils au même endroit fonctionnent-ils (un téléphone sur le même Wi-Fi)&#xa0;?</translation>
    </message>
    <message>
        <source>Did anything change recently: a new router, a new network, a VPN?</source>
        <translation>Quelque chose a-t-il changé récemment&#xa0;: un nouveau routeur, un nouveau réseau, un VPN&#xa0;?</translation>
    </message>
    <message>
        <source>Can you open other websites by name?</source>
        <translation>Pouvez-vous ouvrir d&apos;autres sites web par leur nom&#xa0;?</translation>
    </message>
    <message>
        <source>Did you type the name exactly as given to you?</source>
        <translation>Avez-vous tapé le nom exactement comme on vous l&apos;a donné&#xa0;?</translation>
    </message>
    <message>
        <source>Is security software installed (antivirus, endpoint protection)?</source>
        <translation>Un logiciel de sécurité est-il installé (antivirus, protection des postes de travail)&#xa0;?</translation>
    </message>
    <message>
        <source>Did this ever work from this computer? Since when does it fail?</source>
        <translation>Cela a-t-il déjà fonctionné depuis cet ordinateur&#xa0;? Depuis quand cela échoue-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Ask the caller</source>
        <translation>À demander à l&apos;appelant</translation>
    </message>
    <message>
        <source>Waiting for the name lookup before trying the connection…</source>
        <translation>En attente de la résolution du nom avant d&apos;essayer la connexion…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>Stop every check now; the steps that already finished keep their answers</source>
        <translation>Arrêter toutes les vérifications maintenant&#xa0;; les étapes déjà terminées gardent leurs réponses</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>What exactly does the program or browser say: a certificate warning, or does it just wait?</source>
        <translation>Que dit exactement le programme ou le navigateur&#xa0;: un avertissement de certificat, ou attend-il simplement&#xa0;?</translation>
    </message>
    <message>
        <source>Then the way out: does this computer go through a proxy, and does a sign-in page (hotel, guest Wi-Fi) hold the way?</source>
        <translation>Ensuite la sortie&#xa0;: cet ordinateur passe-t-il par un proxy, et une page de connexion (hôtel, Wi-Fi invité) bloque-t-elle le passage&#xa0;?</translation>
    </message>
    <message>
        <source>Does the website or program work in a browser, but not in this program (or the other way round)?</source>
        <translation>Le site web ou l&apos;application fonctionne-t-il dans un navigateur, mais pas dans ce programme (ou l&apos;inverse)&#xa0;?</translation>
    </message>
    <message>
        <source>Is this a hotel, guest or public Wi-Fi that showed a page to accept?</source>
        <translation>S&apos;agit-il d&apos;un Wi-Fi d&apos;hôtel, invité ou public qui a affiché une page à accepter&#xa0;?</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser</source>
        <translation>Ouvrir la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Then the port test: we try the connection itself and watch what answers.</source>
        <translation>Ensuite le test du port&#xa0;: nous essayons la connexion elle-même et observons ce qui répond.</translation>
    </message>
    <message>
        <source>Finally the service: once connected, does it answer as it should (a secure connection with a valid certificate, a greeting, a web page)?</source>
        <translation>Enfin le service&#xa0;: une fois connecté, répond-il comme il le devrait (une connexion sécurisée avec un certificat valide, un message d&apos;accueil, une page web)&#xa0;?</translation>
    </message>
    <message>
        <source>The network connections of this computer: cable, Wi-Fi, and whether they are up.</source>
        <translation>Les connexions réseau de cet ordinateur&#xa0;: câble, Wi-Fi, et si elles sont actives.</translation>
    </message>
    <message>
        <source>This computer&apos;s addresses, its router, and whether it has a way to %1.</source>
        <translation>Les adresses de cet ordinateur, son routeur, et s&apos;il a un chemin vers %1.</translation>
    </message>
    <message>
        <source>The address of %1: the hosts file, and the name servers this computer asks.</source>
        <translation>L&apos;adresse de %1&#xa0;: le fichier hosts, et les serveurs de noms qu&apos;interroge cet ordinateur.</translation>
    </message>
    <message>
        <source>The proxy settings for %1 port %2, and whether a sign-in page holds the way out.</source>
        <translation>Les paramètres de proxy pour %1 port %2, et si une page de connexion bloque la sortie.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall, and where on the way to %1 the connection stops.</source>
        <translation>Le pare-feu de cet ordinateur, et à quel endroit du trajet vers %1 la connexion s&apos;arrête.</translation>
    </message>
    <message>
        <source>A connection to %1 on port %2: which answer came back, and how fast.</source>
        <translation>Une connexion à %1 sur le port %2&#xa0;: quelle réponse est revenue, et en combien de temps.</translation>
    </message>
    <message>
        <source>What the service on %1 port %2 says once the connection is made.</source>
        <translation>Ce que dit le service sur %1 port %2 une fois la connexion établie.</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Ce qui a été vérifié</translation>
    </message>
    <message>
        <source>What came back</source>
        <translation>Ce qui est revenu</translation>
    </message>
    <message>
        <source>First the port test (the firewall check looks at what it saw): %1</source>
        <translation>D&apos;abord le test du port (la vérification du pare-feu examine ce qu&apos;il a observé)&#xa0;: %1</translation>
    </message>
    <message>
        <source>First the port test (the service is checked once a connection works): %1</source>
        <translation>D&apos;abord le test du port (le service est vérifié dès qu&apos;une connexion fonctionne)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finished at once.</source>
        <translation>Terminée aussitôt.</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Terminée en %1 s.</translation>
    </message>
    <message>
        <source>The network connection works.</source>
        <translation>La connexion réseau fonctionne.</translation>
    </message>
    <message>
        <source>This computer has an address and a way out.</source>
        <translation>Cet ordinateur a une adresse et un chemin vers l&apos;extérieur.</translation>
    </message>
    <message>
        <source>The name was found.</source>
        <translation>Le nom a été trouvé.</translation>
    </message>
    <message>
        <source>The way out is clear.</source>
        <translation>Le chemin vers l&apos;extérieur est libre.</translation>
    </message>
    <message>
        <source>No firewall stopped the connection.</source>
        <translation>Aucun pare-feu n&apos;a arrêté la connexion.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La connexion fonctionne.</translation>
    </message>
    <message>
        <source>The service answers as it should.</source>
        <translation>Le service répond comme il le doit.</translation>
    </message>
    <message>
        <source>Mostly fine, but something is not quite right: the details say what.</source>
        <translation>Globalement correct, mais quelque chose ne va pas tout à fait&#xa0;: les détails disent quoi.</translation>
    </message>
    <message>
        <source>No network connection works.</source>
        <translation>Aucune connexion réseau ne fonctionne.</translation>
    </message>
    <message>
        <source>This computer has no working address or no way out.</source>
        <translation>Cet ordinateur n&apos;a pas d&apos;adresse qui fonctionne, ou pas de chemin vers l&apos;extérieur.</translation>
    </message>
    <message>
        <source>The name could not be turned into an address.</source>
        <translation>Le nom n&apos;a pas pu être traduit en adresse.</translation>
    </message>
    <message>
        <source>The way out through the proxy or a sign-in page is blocked.</source>
        <translation>Le chemin vers l&apos;extérieur par le proxy ou une page de connexion est bloqué.</translation>
    </message>
    <message>
        <source>A firewall stops the connection.</source>
        <translation>Un pare-feu arrête la connexion.</translation>
    </message>
    <message>
        <source>The connection does not work.</source>
        <translation>La connexion ne fonctionne pas.</translation>
    </message>
    <message>
        <source>The service does not answer as it should.</source>
        <translation>Le service ne répond pas comme il le devrait.</translation>
    </message>
    <message>
        <source>Not needed this time, or not possible: the details say why.</source>
        <translation>Pas nécessaire cette fois, ou pas possible&#xa0;: les détails disent pourquoi.</translation>
    </message>
    <message>
        <source>This check could not finish.</source>
        <translation>Cette vérification n&apos;a pas pu se terminer.</translation>
    </message>
    <message>
        <source>Nothing more than the result above.</source>
        <translation>Rien de plus que le résultat ci-dessus.</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::SummaryPage</name>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Copy ticket summary</source>
        <translation>Copier le résumé pour le ticket</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>Nos constats</translation>
    </message>
    <message>
        <source>Save the report as HTML, PDF, Markdown, text or JSON, optionally redacted</source>
        <translation>Enregistrer le rapport en HTML, PDF, Markdown, texte ou JSON, éventuellement anonymisé</translation>
    </message>
    <message>
        <source>Copy a short summary (Markdown) to paste into a ticket or a chat</source>
        <translation>Copier un court résumé (Markdown) à coller dans un ticket ou une messagerie</translation>
    </message>
    <message>
        <source>Run the whole check again and show what changed</source>
        <translation>Relancer toute la vérification et montrer ce qui a changé</translation>
    </message>
    <message>
        <source>Go back to the first page to check something else</source>
        <translation>Revenir à la première page pour vérifier autre chose</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation>Nouvelle vérification…</translation>
    </message>
    <message>
        <source>Still checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>The verdict changed: before &quot;%1&quot;, now &quot;%2&quot;.</source>
        <translation>Le verdict a changé&#xa0;: avant «&#xa0;%1&#xa0;», maintenant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1: was %2, now %3.</source>
        <translation>%1&#xa0;: avant %2, maintenant %3.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>Since the last check</source>
        <translation>Depuis la dernière vérification</translation>
    </message>
    <message>
        <source>Verdict code</source>
        <translation>Code du verdict</translation>
    </message>
    <message>
        <source>(layer: %1)</source>
        <translation>(couche&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Compare with a report saved earlier…</source>
        <translation>Comparer avec un rapport enregistré auparavant…</translation>
    </message>
    <message>
        <source>Open a JSON report saved before (today, last week, on the caller&apos;s computer) and see what is different now</source>
        <translation>Ouvrir un rapport JSON enregistré auparavant (aujourd&apos;hui, la semaine dernière, sur l&apos;ordinateur de l&apos;appelant) et voir ce qui a changé</translation>
    </message>
    <message>
        <source>Ticket summary</source>
        <translation>Résumé pour le ticket</translation>
    </message>
    <message>
        <source>In technical terms</source>
        <translation>En termes techniques</translation>
    </message>
    <message>
        <source>Next steps for an administrator</source>
        <translation>Prochaines étapes pour un administrateur</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments observés</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Étape par étape</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::TargetPage</name>
    <message>
        <source>What are you trying to reach?</source>
        <translation>Que voulez-vous joindre&#xa0;?</translation>
    </message>
    <message>
        <source>Type or paste the name, web address or IP address you cannot connect to. tcpdoctor will check the connection step by step and tell you what is wrong.</source>
        <translation>Tapez ou collez le nom, l&apos;adresse web ou l&apos;adresse IP à laquelle vous n&apos;arrivez pas à vous connecter. tcpdoctor vérifiera la connexion étape par étape et vous dira ce qui ne va pas.</translation>
    </message>
    <message>
        <source>for example  example.com,  https://example.com/,  192.0.2.10:8080</source>
        <translation>par exemple  example.com,  https://example.com/,  192.0.2.10:8080</translation>
    </message>
    <message>
        <source>(from the address)</source>
        <translation>(d&apos;après l&apos;adresse)</translation>
    </message>
    <message>
        <source>%1 – port %2</source>
        <translation>%1 – port %2</translation>
    </message>
    <message>
        <source>port number or service</source>
        <translation>numéro de port ou service</translation>
    </message>
    <message>
        <source>&amp;Computer or address:</source>
        <translation>&amp;Ordinateur ou adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port or service:</source>
        <translation>&amp;Port ou service&#xa0;:</translation>
    </message>
    <message>
        <source>tcpdoctor will check %1, port %2.</source>
        <translation>tcpdoctor va vérifier %1, port %2.</translation>
    </message>
    <message>
        <source>&amp;Step by step: explain each check as it happens</source>
        <translation>É&amp;tape par étape&#xa0;: expliquer chaque vérification au fur et à mesure</translation>
    </message>
    <message>
        <source>Check &amp;everything at once and show the answer</source>
        <translation>Tout &amp;vérifier d&apos;un coup et afficher la réponse</translation>
    </message>
    <message>
        <source>I have an error message</source>
        <translation>J&apos;ai un message d&apos;erreur</translation>
    </message>
    <message>
        <source>Paste it: tcpdoctor says what it means and what to check.</source>
        <translation>Collez-le&#xa0;: tcpdoctor indique ce qu&apos;il signifie et ce qu&apos;il faut vérifier.</translation>
    </message>
    <message>
        <source>This computer is the server</source>
        <translation>Cet ordinateur est le serveur</translation>
    </message>
    <message>
        <source>See what listens here, on which address, and open a test port.</source>
        <translation>Voir ce qui écoute ici, sur quelle adresse, et ouvrir un port de test.</translation>
    </message>
    <message>
        <source>The name, web address or IP address you cannot connect to</source>
        <translation>Le nom, l&apos;adresse web ou l&apos;adresse IP à laquelle vous n&apos;arrivez pas à vous connecter</translation>
    </message>
    <message>
        <source>The port number, or choose the kind of service</source>
        <translation>Le numéro de port, ou choisissez le type de service</translation>
    </message>
    <message>
        <source>Targets you checked before: click one to fill in the boxes</source>
        <translation>Cibles déjà vérifiées&#xa0;: cliquez sur l&apos;une d&apos;elles pour remplir les champs</translation>
    </message>
    <message>
        <source>I am checking my own connection</source>
        <translation>Je vérifie ma propre connexion</translation>
    </message>
    <message>
        <source>I am helping someone (helpdesk)</source>
        <translation>J&apos;aide quelqu&apos;un (assistance)</translation>
    </message>
    <message>
        <source>I am an administrator: show all evidence</source>
        <translation>Je suis administrateur&#xa0;: afficher tous les éléments observés</translation>
    </message>
    <message>
        <source>Helpdesk mode adds the questions to ask the caller; administrator mode opens every detail</source>
        <translation>Le mode assistance ajoute les questions à poser à l&apos;appelant&#xa0;; le mode administrateur affiche tous les détails</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Who is checking:</source>
        <translation>&amp;Qui vérifie&#xa0;:</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Check a list of endpoints</source>
        <translation>Vérifier une liste de cibles</translation>
    </message>
    <message>
        <source>Every address a program needs, checked at once.</source>
        <translation>Toutes les adresses dont un programme a besoin, vérifiées d&apos;un coup.</translation>
    </message>
    <message>
        <source>Watch a connection</source>
        <translation>Surveiller une connexion</translation>
    </message>
    <message>
        <source>It works only sometimes: connect again and again and see when it fails.</source>
        <translation>Cela ne fonctionne que par moments&#xa0;: se connecter encore et encore et voir quand cela échoue.</translation>
    </message>
    <message>
        <source>tcpdoctor will check %1, port %2 (from the port box; the address alone means port %3).</source>
        <translation>tcpdoctor va vérifier %1, port %2 (celui de la case du port&#xa0;; l’adresse seule désigne le port %3).</translation>
    </message>
    <message>
        <source>Type the name or address you cannot reach, like example.com or 192.0.2.10:8080.</source>
        <translation>Saisissez le nom ou l’adresse que vous n’arrivez pas à joindre, comme example.com ou 192.0.2.10:8080.</translation>
    </message>
    <message>
        <source>Connections drop after a pause</source>
        <translation>Les connexions sont coupées après une pause</translation>
    </message>
    <message>
        <source>A program loses its connection after a quiet while: find out how long one survives.</source>
        <translation>Un programme perd sa connexion après un moment de calme&#xa0;: découvrir combien de temps une connexion survit.</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::WatchPage</name>
    <message>
        <source>Stop and &amp;tell me as soon as it works</source>
        <translation>Arrêter et me prévenir dès que cela &amp;fonctionne</translation>
    </message>
    <message>
        <source>&amp;Start watching</source>
        <translation>&amp;Démarrer la surveillance</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Open a saved watch…</source>
        <translation>Ou&amp;vrir une surveillance enregistrée…</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Watch a connection</source>
        <translation>Surveiller une connexion</translation>
    </message>
    <message>
        <source>For a connection that works only sometimes: tcpdoctor connects again and again, draws how long each connection took, and says what it saw.</source>
        <translation>Pour une connexion qui ne fonctionne que par moments&#xa0;: tcpdoctor se connecte encore et encore, trace le temps qu&apos;a pris chaque connexion et dit ce qu&apos;il a vu.</translation>
    </message>
    <message>
        <source>for example  example.com:443  or  192.0.2.10:3389</source>
        <translation>par exemple  example.com:443  ou  192.0.2.10:3389</translation>
    </message>
    <message>
        <source>The computer and port to connect to, again and again</source>
        <translation>L&apos;ordinateur et le port auxquels se connecter, encore et encore</translation>
    </message>
    <message>
        <source>How many times to connect (at most %1)</source>
        <translation>Combien de fois se connecter (au plus %1)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time from the start of one attempt to the start of the next</source>
        <translation>Temps entre le début d&apos;une tentative et le début de la suivante</translation>
    </message>
    <message>
        <source>For a server that is down: the watch ends at the first connection that works, and the window asks for your attention</source>
        <translation>Pour un serveur en panne&#xa0;: la surveillance s&apos;arrête à la première connexion qui fonctionne, et la fenêtre attire votre attention</translation>
    </message>
    <message>
        <source>Stop watching; what was seen so far stays</source>
        <translation>Arrêter la surveillance&#xa0;; ce qui a été vu jusqu&apos;ici reste</translation>
    </message>
    <message>
        <source>Show a watch saved earlier as JSON Lines (from this window or tcpdoctor watch --json)</source>
        <translation>Afficher une surveillance enregistrée auparavant en JSON Lines (depuis cette fenêtre ou par tcpdoctor watch --json)</translation>
    </message>
    <message>
        <source>Save every attempt as CSV for a spreadsheet, or JSON Lines</source>
        <translation>Enregistrer chaque tentative en CSV pour un tableur, ou en JSON Lines</translation>
    </message>
    <message>
        <source>times, every</source>
        <translation>fois, toutes les</translation>
    </message>
    <message>
        <source>&amp;Computer and port:</source>
        <translation>&amp;Ordinateur et port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation>Se &amp;connecter&#xa0;:</translation>
    </message>
    <message>
        <source>Open a saved watch</source>
        <translation>Ouvrir une surveillance enregistrée</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the watch</source>
        <translation>Enregistrer la surveillance</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV pour tableur (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Type the computer and port to watch, like example.com:443.</source>
        <translation>Tapez l&apos;ordinateur et le port à surveiller, par exemple example.com:443.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Attempt %1 of %2.</source>
        <translation>Tentative %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 of %2 connected (%3 %).</source>
        <translation>%1 sur %2 ont abouti (%3&#xa0;%).</translation>
    </message>
    <message>
        <source>Usually %1, 95 % under %2, slowest %3.</source>
        <translation>En général %1, 95&#xa0;% en moins de %2, la plus lente %3.</translation>
    </message>
    <message>
        <source>Longest outage: %1 s.</source>
        <translation>Plus longue coupure&#xa0;: %1 s.</translation>
    </message>
    <message>
        <source>Addresses: %1.</source>
        <translation>Adresses&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n attempt(s).</source>
        <translation>
            <numerusform>Arrêt après %n tentative.</numerusform>
            <numerusform>Arrêt après %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check %1 step by step</source>
        <translation>Vérifier %1 étape par étape</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB, larger than any saved watch.</source>
        <translation>%1 dépasse 32&#xa0;Mo, plus que n&apos;importe quelle surveillance enregistrée.</translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation>Impossible d&apos;afficher %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>From %1: a watch that began %2.</source>
        <translation>Depuis %1&#xa0;: une surveillance commencée le %2.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
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
        <translation>Temps d&apos;établissement de la connexion</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>1 s: a lost packet was sent again</source>
        <translation>1 s&#xa0;: un paquet perdu a été renvoyé</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>tentative</translation>
    </message>
    <message>
        <source>The time of each connection appears here, one mark per attempt.</source>
        <translation>Le temps de chaque connexion apparaît ici, une marque par tentative.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>Aucune tentative pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s): %1.</source>
        <translation>
            <numerusform>%n tentative&#xa0;: %1.</numerusform>
            <numerusform>%n tentatives&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcpd::ui::Wizard</name>
    <message>
        <source>tcpdoctor: why can&apos;t I connect?</source>
        <translation>tcpdoctor&#xa0;: pourquoi je n&apos;arrive pas à me connecter&#xa0;?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Where the sign-in page check asks</source>
        <translation>Où s&apos;adresse la recherche de page de connexion</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close tcpdoctor?</source>
        <translation>Fermer tcpdoctor&#xa0;?</translation>
    </message>
    <message>
        <source>The result of this check has not been saved.</source>
        <translation>Le résultat de cette vérification n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Save the report to keep it (for a ticket, or to compare later), or close without it.</source>
        <translation>Enregistrez le rapport pour le garder (pour un ticket, ou pour comparer plus tard), ou fermez sans lui.</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Laisser ouvert</translation>
    </message>
</context>
</TS>
