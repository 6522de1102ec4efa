<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Batch</name>
    <message>
        <source>Not checked in batch mode: it describes this computer, not the target.</source>
        <translation>No se comprueba en modo por lotes: describe este equipo, no el destino.</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Choose a file name ending in .md, .csv or .jsonl.</source>
        <translation>Elija un nombre de archivo que termine en .md, .csv o .jsonl.</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Targets: %1. Reachable: %2. With a problem: %3. Not valid: %4. Not checked: %5.</source>
        <translation>Destinos: %1. Accesibles: %2. Con un problema: %3. No válidos: %4. Sin comprobar: %5.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Ejecute &quot;tcpdoctor --help&quot; para ver las opciones.</translation>
    </message>
    <message>
        <source>Which computer should I check? Example: tcpdoctor diagnose example.com:443</source>
        <translation>¿Qué equipo debo comprobar? Ejemplo: tcpdoctor diagnose example.com:443</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds from 50 to 600000, for example --timeout 3000.</source>
        <translation>--timeout admite milisegundos de 50 a 600000, por ejemplo --timeout 3000.</translation>
    </message>
    <message>
        <source>Choose --ipv4 or --ipv6, not both.</source>
        <translation>Elija --ipv4 o --ipv6, no ambos.</translation>
    </message>
    <message>
        <source>The target is an %1 address, but %2 was asked for.</source>
        <translation>El destino es una dirección %1, pero se pidió %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;tcpdoctor --help&quot; to see what tcpdoctor can do.</source>
        <translation>Comando desconocido &quot;%1&quot;. Ejecute &quot;tcpdoctor --help&quot; para ver lo que puede hacer tcpdoctor.</translation>
    </message>
    <message>
        <source>--expect takes the IP address the name should lead to, for example --expect 192.0.2.10.</source>
        <translation>--expect admite la dirección IP a la que debería llevar el nombre, por ejemplo --expect 192.0.2.10.</translation>
    </message>
    <message>
        <source>--reference takes a computer name or address without a port, for example --reference 192.0.2.10.</source>
        <translation>--reference admite un nombre de equipo o una dirección sin puerto, por ejemplo --reference 192.0.2.10.</translation>
    </message>
    <message>
        <source>Reports can be saved as %1 files: &quot;%2&quot; is none of these.</source>
        <translation>Los informes se pueden guardar como archivos %1: &quot;%2&quot; no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: the report could not be saved there. Nothing was checked.</source>
        <translation>La carpeta %1 no existe: no se pudo guardar allí el informe. No se comprobó nada.</translation>
    </message>
    <message>
        <source>Give either a target or --many FILE, not both.</source>
        <translation>Indique un destino o --many ARCHIVO, no ambos.</translation>
    </message>
    <message>
        <source>--report saves one report; with --many use --json and redirect the output.</source>
        <translation>--report guarda un solo informe; con --many use --json y redirija la salida.</translation>
    </message>
    <message>
        <source>--redact does not work with --many yet; nothing was checked.</source>
        <translation>--redact aún no funciona con --many; no se comprobó nada.</translation>
    </message>
    <message>
        <source>none (no usable home folder)</source>
        <translation>ninguno (no hay carpeta personal utilizable)</translation>
    </message>
    <message>
        <source>--report %1 is given twice: give each file once.</source>
        <translation>--report %1 aparece dos veces: indique cada archivo una sola vez.</translation>
    </message>
    <message>
        <source>Choose --tls or --no-tls, not both.</source>
        <translation>Elija --tls o --no-tls, no ambos.</translation>
    </message>
    <message>
        <source>--sni takes a server name without a port, for example --sni www.example.com.</source>
        <translation>--sni admite un nombre de servidor sin puerto, por ejemplo --sni www.example.com.</translation>
    </message>
    <message>
        <source>Choose --proxy or --no-proxy, not both.</source>
        <translation>Elija --proxy o --no-proxy, no ambos.</translation>
    </message>
    <message>
        <source>--proxy takes a proxy&apos;s address, for example --proxy http://proxy.example:3128 or --proxy socks5://192.0.2.1:1080.</source>
        <translation>--proxy admite la dirección de un proxy, por ejemplo --proxy http://proxy.example:3128 o --proxy socks5://192.0.2.1:1080.</translation>
    </message>
    <message>
        <source>Choose --portal-url or --no-portal-check, not both.</source>
        <translation>Elija --portal-url o --no-portal-check, no ambos.</translation>
    </message>
    <message>
        <source>--portal-url takes an http:// address that answers 204 on a free network, for example --portal-url http://192.0.2.1/generate_204.</source>
        <translation>--portal-url admite una dirección http:// que responda 204 en una red libre, por ejemplo --portal-url http://192.0.2.1/generate_204.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;: the steps are link, ip, dns, proxy, firewall, port and service.</source>
        <translation>Paso desconocido &quot;%1&quot;: los pasos son link, ip, dns, proxy, firewall, port y service.</translation>
    </message>
    <message>
        <source>--steps needs at least one step, for example --steps dns,port (the steps are link, ip, dns, proxy, firewall, port and service).</source>
        <translation>--steps necesita al menos un paso, por ejemplo --steps dns,port (los pasos son link, ip, dns, proxy, firewall, port y service).</translation>
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
        <translation>tcpdoctor %1: averigua por qué falla una conexión TCP y qué hacer al respecto.

Uso:
  tcpdoctor                             abre el asistente
  tcpdoctor diagnose DESTINO [opciones] ejecuta la lista de comprobación en DESTINO y muestra el resultado
  tcpdoctor compare ANTIGUO.json NUEVO.json [--json]
                                        qué cambió entre dos informes guardados (salida 1: algo empeoró)
  tcpdoctor diagnose --many ARCHIVO [--json]  comprueba una lista de destinos a la vez (uno por línea)
  tcpdoctor explain &quot;MENSAJE&quot; [--json]  qué significa un mensaje de error (&quot;-&quot; lo lee de stdin)
  tcpdoctor listen [PUERTO] [--address DIR] [--json]
                                        qué escucha en este equipo, y dónde (sin PUERTO: todo)
  tcpdoctor listen --serve PUERTO [--for S] [--address DIR]
                                        un servicio de escucha de prueba, que se cierra tras S segundos (60)
  tcpdoctor watch DESTINO [--count N | --duration S] [--interval MS] [--until-open] [--json]
                                        se conecta una y otra vez: ¿funciona solo a veces?
  tcpdoctor idle DESTINO [--max-idle S | --periods LISTA] [--json]
                                        ¿sobrevive una conexión a una pausa? (predeterminado: hasta 300 s)
  tcpdoctor serve --metrics [ADDR:]PORT [--max-in-flight N] [--timeout MS]
                                        un exportador de Prometheus: /probe?target=HOST:PORT (bucle local salvo con ADDR)
  tcpdoctor --version | --help

DESTINO es lo que pegaría: example.com:443, &quot;example.com 443&quot;, https://example.com/,
192.0.2.10:8080, [2001:db8::1]:22, o un nombre con --port. Los nombres de servicio sirven como puertos (ssh, rdp...).

Opciones de diagnose:
  --port N|SERVICIO  el puerto, si DESTINO no lo incluye
  --json             muestra el informe JSON (tcpdoctor-report/1) y nada más en stdout
  --report ARCHIVO   guarda también el informe; el formato sigue la extensión (.html .pdf .json .md .txt)
  --redact           oculta direcciones públicas, direcciones MAC, nombres de host y de usuario en todo lo que se muestra y guarda
  --timeout MS       tiempo permitido para un intento de conexión (predeterminado: 1500)
  --steps LISTA      qué pasos de la lista ejecutar: link,ip,dns,proxy,firewall,port,service (predeterminado: todos)
  --tls | --no-tls   hace / no hace nunca una negociación TLS tras la prueba de puertos (predeterminado: para https:// y los puertos TLS)
  --sni NOMBRE       el nombre que se envía en la negociación TLS y se comprueba con el certificado
  --proxy URL        prueba la salida a través de este proxy (http:// o socks5://) en lugar de la configuración del sistema
  --no-proxy         deja fuera de la comprobación la configuración de proxy del sistema
  --portal-url URL   la dirección donde aparece una página de inicio de sesión (responde 204 en una red libre; predeterminado: la del sistema)
  --no-portal-check  no busca ninguna página de inicio de sesión
  --ipv4 | --ipv6    prueba solo direcciones IPv4 o solo IPv6
  --expect DIR       la dirección IP a la que debería llevar el nombre: se comparan con ella las respuestas DNS
  --reference HOST   si el puerto está bloqueado, prueba también el mismo puerto en HOST (un equipo del que sabe que lo tiene abierto)
  --lang CÓDIGO      idioma de los textos (de, en, es, fr); los códigos del JSON no cambian nunca
  --verbose          registra en stderr lo que ocurre

Códigos de salida: 0 accesible, 1 se encontró un problema, 2 entrada incorrecta, 3 falló el propio tcpdoctor.
Archivo de registro: %2
</translation>
    </message>
    <message>
        <source>This build of tcpdoctor has no exporter (it was built without Qt HttpServer).</source>
        <translation>Esta versión de tcpdoctor no tiene exportador (se compiló sin Qt HttpServer).</translation>
    </message>
</context>
<context>
    <name>CompareCli</name>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Ejecute &quot;tcpdoctor --help&quot; para ver las opciones.</translation>
    </message>
    <message>
        <source>Give two saved JSON reports, the earlier first: tcpdoctor compare before.json after.json</source>
        <translation>Indique dos informes JSON guardados, primero el más antiguo: tcpdoctor compare antes.json despues.json</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>less than 1 ms</source>
        <translation>menos de 1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 port %2: the handshake completed in %3.</source>
        <translation>%1 puerto %2: la negociación se completó en %3.</translation>
    </message>
    <message>
        <source>%1 port %2: the SYN was answered with RST (connection refused).</source>
        <translation>%1 puerto %2: el SYN recibió como respuesta un RST (conexión rechazada).</translation>
    </message>
    <message>
        <source>%1 port %2: the handshake completed, then the server sent RST.</source>
        <translation>%1 puerto %2: la negociación se completó y luego el servidor envió un RST.</translation>
    </message>
    <message>
        <source>%1 port %2: the handshake completed, then the server closed the connection without a word.</source>
        <translation>%1 puerto %2: la negociación se completó y luego el servidor cerró la conexión sin decir nada.</translation>
    </message>
    <message>
        <source>%1 port %2: this computer did not let the connection out.</source>
        <translation>%1 puerto %2: este equipo no dejó salir la conexión.</translation>
    </message>
    <message>
        <source>%1 port %2: %3.</source>
        <translation>%1 puerto %2: %3.</translation>
    </message>
    <message>
        <source>(system error: %1)</source>
        <translation>(error del sistema: %1)</translation>
    </message>
    <message>
        <source>An ordinary program would have waited about 21 seconds on Windows, or about 2 minutes on Linux, before showing a time-out; tcpdoctor knew after %1 seconds.</source>
        <translation>Un programa normal habría esperado unos 21 segundos en Windows, o unos 2 minutos en Linux, antes de mostrar un error de tiempo de espera; tcpdoctor lo supo en %1 segundos.</translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation>El nombre %1 no existe</translation>
    </message>
    <message>
        <source>Before a connection can start, the name must be turned into an address. The name service (DNS) answered that %1 does not exist, so no SYN was ever sent.</source>
        <translation>Antes de iniciar una conexión, el nombre debe convertirse en una dirección. El servicio de nombres (DNS) respondió que %1 no existe, así que nunca se envió ningún SYN.</translation>
    </message>
    <message>
        <source>Check the spelling of the name, letter by letter.</source>
        <translation>Compruebe la ortografía del nombre, letra por letra.</translation>
    </message>
    <message>
        <source>If it is an internal name, connect to the company network or VPN first.</source>
        <translation>Si es un nombre interno, conéctese primero a la red de la empresa o a la VPN.</translation>
    </message>
    <message>
        <source>Try the full name, including the domain (for example server.example.com).</source>
        <translation>Pruebe con el nombre completo, incluido el dominio (por ejemplo, servidor.example.com).</translation>
    </message>
    <message>
        <source>The name %1 has no address</source>
        <translation>El nombre %1 no tiene dirección</translation>
    </message>
    <message>
        <source>The name exists, but DNS holds no address for it (of the kind that was asked for), so there was nothing to connect to.</source>
        <translation>El nombre existe, pero el DNS no tiene ninguna dirección para él (del tipo solicitado), así que no había nada a lo que conectarse.</translation>
    </message>
    <message>
        <source>Check that you have the right name: it may be a mail-only or an old name.</source>
        <translation>Compruebe que tiene el nombre correcto: puede ser un nombre solo para correo o un nombre antiguo.</translation>
    </message>
    <message>
        <source>Ask the administrator of the domain to add an address record for it.</source>
        <translation>Pida al administrador del dominio que añada un registro de dirección para él.</translation>
    </message>
    <message>
        <source>The name service (DNS) did not answer</source>
        <translation>El servicio de nombres (DNS) no respondió</translation>
    </message>
    <message>
        <source>To find the address of %1, this computer asked its DNS servers, but no usable answer came back, so no connection could start.</source>
        <translation>Para encontrar la dirección de %1, este equipo consultó a sus servidores DNS, pero no llegó ninguna respuesta útil, así que no se pudo iniciar ninguna conexión.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to a network (try a well-known website).</source>
        <translation>Compruebe que este equipo está conectado a una red (pruebe un sitio web conocido).</translation>
    </message>
    <message>
        <source>Restart the router, or switch the network connection off and on.</source>
        <translation>Reinicie el router, o desactive y vuelva a activar la conexión de red.</translation>
    </message>
    <message>
        <source>If you use a VPN, connect it, or disconnect it, and try again.</source>
        <translation>Si usa una VPN, conéctela o desconéctela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall blocked the connection</source>
        <translation>El firewall de este equipo bloqueó la conexión</translation>
    </message>
    <message>
        <source>The connection to port %1 never left this computer: its own firewall or security software stopped the SYN before it reached the network.</source>
        <translation>La conexión al puerto %1 nunca salió de este equipo: su propio firewall o software de seguridad detuvo el SYN antes de que llegara a la red.</translation>
    </message>
    <message>
        <source>Check the firewall on this computer (Windows Defender Firewall, ufw, firewalld, nftables) for a rule that blocks outgoing connections to port %1.</source>
        <translation>Busque en el firewall de este equipo (Firewall de Windows Defender, ufw, firewalld, nftables) una regla que bloquee las conexiones salientes al puerto %1.</translation>
    </message>
    <message>
        <source>Check security software (antivirus, endpoint protection, parental control) that may block this program or this port.</source>
        <translation>Revise el software de seguridad (antivirus, protección de puntos de conexión, control parental) que pueda bloquear este programa o este puerto.</translation>
    </message>
    <message>
        <source>On a company computer, ask your IT department: the block may be on purpose.</source>
        <translation>En un equipo de empresa, consulte a su departamento de TI: el bloqueo puede ser intencionado.</translation>
    </message>
    <message>
        <source>This computer has no way to reach %1</source>
        <translation>Este equipo no tiene forma de llegar a %1</translation>
    </message>
    <message>
        <source>This computer&apos;s routing table has no route to %1, so the SYN could not be sent anywhere. Usually there is no default gateway, or the network connection is down.</source>
        <translation>La tabla de enrutamiento de este equipo no tiene ninguna ruta hacia %1, así que el SYN no se pudo enviar a ningún sitio. Normalmente falta la puerta de enlace predeterminada o la conexión de red está caída.</translation>
    </message>
    <message>
        <source>Check that the network connection (cable or Wi-Fi) is up.</source>
        <translation>Compruebe que la conexión de red (cable o Wi-Fi) está activa.</translation>
    </message>
    <message>
        <source>Check that a default gateway is set (automatic configuration, DHCP, usually does it).</source>
        <translation>Compruebe que hay una puerta de enlace predeterminada configurada (la configuración automática, DHCP, suele encargarse de ello).</translation>
    </message>
    <message>
        <source>If the address belongs to a company network, connect the VPN first.</source>
        <translation>Si la dirección pertenece a una red de empresa, conecte primero la VPN.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is reachable</source>
        <translation>El puerto %1 de %2 es accesible</translation>
    </message>
    <message>
        <source>We sent a SYN, the server answered with SYN-ACK and we completed the handshake with an ACK in %1: something is listening on port %2 and nothing in between blocks it.</source>
        <translation>Se envió un SYN, el servidor respondió con SYN-ACK y se completó la negociación con un ACK en %1: algo escucha en el puerto %2 y nada en medio lo bloquea.</translation>
    </message>
    <message>
        <source>If a program still cannot connect, the problem is above TCP: check the program&apos;s settings, a proxy, TLS certificates, or the user name and password.</source>
        <translation>Si un programa sigue sin poder conectarse, el problema está por encima de TCP: revise la configuración del programa, un proxy, los certificados TLS o el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>Make sure the program uses the same name and port as this test.</source>
        <translation>Asegúrese de que el programa usa el mismo nombre y puerto que esta prueba.</translation>
    </message>
    <message>
        <source>Port %1 answers on some addresses of %2, not on all</source>
        <translation>El puerto %1 responde en algunas direcciones de %2, no en todas</translation>
    </message>
    <message>
        <source>%1 has several addresses. The handshake completed on some of them and failed on others. Programs that try a failing address first may be slow to connect, or fail.</source>
        <translation>%1 tiene varias direcciones. La negociación se completó en algunas y falló en otras. Los programas que prueban primero una dirección que falla pueden tardar en conectarse, o fallar.</translation>
    </message>
    <message>
        <source>If the failing addresses are IPv6, check IPv6 on this network (router settings), or ask the network administrator.</source>
        <translation>Si las direcciones que fallan son IPv6, revise IPv6 en esta red (configuración del router) o consulte al administrador de la red.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator which addresses fail: one of them may point to an old or wrong server.</source>
        <translation>Indique al administrador del servidor qué direcciones fallan: alguna puede apuntar a un servidor antiguo o incorrecto.</translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2, then cut it off</source>
        <translation>%1 aceptó la conexión en el puerto %2 y luego la cortó</translation>
    </message>
    <message>
        <source>The handshake completed (SYN, SYN-ACK, ACK), so the network is fine, but the server then reset the connection (RST). The service refused to talk to this computer.</source>
        <translation>La negociación se completó (SYN, SYN-ACK, ACK), así que la red funciona, pero luego el servidor restableció la conexión (RST). El servicio se negó a hablar con este equipo.</translation>
    </message>
    <message>
        <source>The service may only allow certain addresses: ask its administrator whether your address is allowed.</source>
        <translation>Puede que el servicio solo admita ciertas direcciones: pregunte a su administrador si la suya está permitida.</translation>
    </message>
    <message>
        <source>The service may be overloaded or failing: check its log on the server.</source>
        <translation>Puede que el servicio esté sobrecargado o fallando: revise su registro en el servidor.</translation>
    </message>
    <message>
        <source>Check that the program speaks what the service expects (for example TLS or plain).</source>
        <translation>Compruebe que el programa habla el protocolo que espera el servicio (por ejemplo, TLS o sin cifrar).</translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2, then closed it at once</source>
        <translation>%1 aceptó la conexión en el puerto %2 y la cerró enseguida</translation>
    </message>
    <message>
        <source>The handshake completed, so the network is fine, but the server closed the connection straight away without sending anything. Often a proxy or load balancer has no working server behind it, or the service rejects this client.</source>
        <translation>La negociación se completó, así que la red funciona, pero el servidor cerró la conexión al instante sin enviar nada. A menudo un proxy o equilibrador de carga no tiene ningún servidor operativo detrás, o el servicio rechaza este cliente.</translation>
    </message>
    <message>
        <source>Check the service&apos;s log on the server, and whatever sits in front of it (proxy, load balancer, connection limit).</source>
        <translation>Revise el registro del servicio en el servidor y lo que haya delante de él (proxy, equilibrador de carga, límite de conexiones).</translation>
    </message>
    <message>
        <source>Check whether the service limits connections per address or allows only some addresses.</source>
        <translation>Compruebe si el servicio limita las conexiones por dirección o solo admite algunas direcciones.</translation>
    </message>
    <message>
        <source>Nothing is listening on port %1 at %2</source>
        <translation>Nada escucha en el puerto %1 de %2</translation>
    </message>
    <message>
        <source>We sent a SYN to port %1 and the server answered at once with RST: the computer is reachable, but no program accepts connections on that port (or a firewall on the way resets them).</source>
        <translation>Se envió un SYN al puerto %1 y el servidor respondió al instante con RST: el equipo es accesible, pero ningún programa acepta conexiones en ese puerto (o un firewall del camino las restablece).</translation>
    </message>
    <message>
        <source>Check that the service (the server program) is running on the server.</source>
        <translation>Compruebe que el servicio (el programa servidor) se está ejecutando en el servidor.</translation>
    </message>
    <message>
        <source>Check the port number: the service may use a different port.</source>
        <translation>Compruebe el número de puerto: puede que el servicio use otro puerto.</translation>
    </message>
    <message>
        <source>On the server, run &quot;tcpdoctor listen %1&quot; to see what listens there and on which address; a service bound to 127.0.0.1 can only be reached from the server itself.</source>
        <translation>En el servidor, ejecute &quot;tcpdoctor listen %1&quot; para ver qué escucha ahí y en qué dirección; un servicio vinculado a 127.0.0.1 solo es accesible desde el propio servidor.</translation>
    </message>
    <message>
        <source>A firewall refused the connection to port %1</source>
        <translation>Un firewall rechazó la conexión al puerto %1</translation>
    </message>
    <message>
        <source>a device on the way</source>
        <translation>un dispositivo del camino</translation>
    </message>
    <message>
        <source>Ask the administrator of the firewall at %1 to allow port %2 from your address.</source>
        <translation>Pida al administrador del firewall de %1 que permita el puerto %2 desde su dirección.</translation>
    </message>
    <message>
        <source>If you use a VPN or a guest network, try from the usual network.</source>
        <translation>Si usa una VPN o una red de invitados, pruebe desde la red habitual.</translation>
    </message>
    <message>
        <source>Nobody answered on port %1</source>
        <translation>Nadie respondió en el puerto %1</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether port %1 is allowed through the server&apos;s firewall and the network&apos;s firewalls from your address.</source>
        <translation>Pregunte al administrador del servidor si el puerto %1 está permitido desde su dirección en el firewall del servidor y en los firewalls de la red.</translation>
    </message>
    <message>
        <source>Check that the address is right: an old or wrong address also stays silent.</source>
        <translation>Compruebe que la dirección es correcta: una dirección antigua o incorrecta tampoco responde.</translation>
    </message>
    <message>
        <source>Check that the server is switched on.</source>
        <translation>Compruebe que el servidor está encendido.</translation>
    </message>
    <message>
        <source>The computer %1 cannot be found on the network</source>
        <translation>No se encuentra el equipo %1 en la red</translation>
    </message>
    <message>
        <source>%1 should be on this computer&apos;s own network, but nothing answered when this computer asked who has that address (ARP/neighbour discovery). The SYN could not even be sent.</source>
        <translation>%1 debería estar en la propia red de este equipo, pero nadie respondió cuando este equipo preguntó quién tiene esa dirección (ARP/descubrimiento de vecinos). Ni siquiera se pudo enviar el SYN.</translation>
    </message>
    <message>
        <source>A router (%1) reported that the host %2 is unreachable: the SYN could not be delivered to it.</source>
        <translation>Un router (%1) informó de que el host %2 es inaccesible: no se le pudo entregar el SYN.</translation>
    </message>
    <message>
        <source>on the way</source>
        <translation>en el camino</translation>
    </message>
    <message>
        <source>Check that the computer is switched on and connected to the network.</source>
        <translation>Compruebe que el equipo está encendido y conectado a la red.</translation>
    </message>
    <message>
        <source>Check the address: the computer may have got a new one.</source>
        <translation>Compruebe la dirección: puede que el equipo haya recibido una nueva.</translation>
    </message>
    <message>
        <source>If it is on another network, check the VPN or ask the network administrator.</source>
        <translation>Si está en otra red, revise la VPN o consulte al administrador de la red.</translation>
    </message>
    <message>
        <source>The network of %1 cannot be reached</source>
        <translation>No se puede llegar a la red de %1</translation>
    </message>
    <message>
        <source>A router (%1) reported that it has no way to the network of %2, so the SYN was sent back undelivered. This is a routing problem in the network, not on the server.</source>
        <translation>Un router (%1) informó de que no tiene camino hacia la red de %2, así que el SYN se devolvió sin entregar. Es un problema de enrutamiento en la red, no en el servidor.</translation>
    </message>
    <message>
        <source>Tell the network administrator which router answered, and the address you tried.</source>
        <translation>Indique al administrador de la red qué router respondió y la dirección que probó.</translation>
    </message>
    <message>
        <source>%1 has the address(es) %2.</source>
        <translation>%1 tiene la(s) dirección(es) %2.</translation>
    </message>
    <message>
        <source>The system resolver said: %1</source>
        <translation>El resolvedor del sistema dijo: %1</translation>
    </message>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>La comprobación se canceló antes de terminar.</translation>
    </message>
    <message>
        <source>The port test could not run, so there is nothing to judge.</source>
        <translation>No se pudo realizar la prueba de puertos, así que no hay nada que evaluar.</translation>
    </message>
    <message>
        <source>This is not a target tcpdoctor can check</source>
        <translation>tcpdoctor no puede comprobar este destino</translation>
    </message>
    <message>
        <source>Enter a name or address and a port, like example.com:443, 192.0.2.10:8080 or https://example.com/.</source>
        <translation>Escriba un nombre o una dirección y un puerto, como example.com:443, 192.0.2.10:8080 o https://example.com/.</translation>
    </message>
    <message>
        <source>Input: &quot;%1&quot;</source>
        <translation>Entrada: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tcpdoctor could not finish the check</source>
        <translation>tcpdoctor no pudo terminar la comprobación</translation>
    </message>
    <message>
        <source>Run the check again. If it keeps failing, run it with --verbose and attach the log to a bug report.</source>
        <translation>Vuelva a ejecutar la comprobación. Si sigue fallando, ejecútela con --verbose y adjunte el registro a un informe de error.</translation>
    </message>
    <message>
        <source>%1 port %2: no answer in %3 s (SYN tries: %4).</source>
        <translation>%1 puerto %2: sin respuesta en %3 s (intentos de SYN: %4).</translation>
    </message>
    <message>
        <source>SYN retransmissions the kernel could not send (TcpExt TCPRetransFail): %1.</source>
        <translation>Retransmisiones de SYN que el kernel no pudo enviar (TcpExt TCPRetransFail): %1.</translation>
    </message>
    <message>
        <source>Line %1 of the hosts file %2 maps %3 to %4.</source>
        <translation>La línea %1 del archivo hosts %2 asigna %3 a %4.</translation>
    </message>
    <message>
        <source>No DNS server is configured</source>
        <translation>No hay ningún servidor DNS configurado</translation>
    </message>
    <message>
        <source>Before a connection can start, the name %1 must be turned into an address, and that needs a DNS server. This computer has none configured, so no SYN was ever sent.</source>
        <translation>Antes de iniciar una conexión, el nombre %1 debe convertirse en una dirección, y para eso hace falta un servidor DNS. Este equipo no tiene ninguno configurado, así que nunca se envió ningún SYN.</translation>
    </message>
    <message>
        <source>Connect to the network again, or renew the automatic configuration (DHCP): it normally brings the DNS servers.</source>
        <translation>Vuelva a conectarse a la red o renueve la configuración automática (DHCP): normalmente es la que proporciona los servidores DNS.</translation>
    </message>
    <message>
        <source>Or enter a DNS server in the network settings (your router&apos;s address often works).</source>
        <translation>O escriba un servidor DNS en la configuración de red (la dirección del router suele funcionar).</translation>
    </message>
    <message>
        <source>%1 lists no DNS server.</source>
        <translation>%1 no indica ningún servidor DNS.</translation>
    </message>
    <message>
        <source>To find the address of %1, this computer asked its DNS servers (%2), but none of them answered, so no connection could start.</source>
        <translation>Para encontrar la dirección de %1, este equipo consultó a sus servidores DNS (%2), pero ninguno respondió, así que no se pudo iniciar ninguna conexión.</translation>
    </message>
    <message>
        <source>The DNS server could not answer for %1</source>
        <translation>El servidor DNS no pudo dar respuesta para %1</translation>
    </message>
    <message>
        <source>This computer asked its DNS server for the address of %1. The server answered, but with a failure instead of an address (SERVFAIL or REFUSED), so no connection could start. The name may be fine: the server could not find out.</source>
        <translation>Este equipo pidió a su servidor DNS la dirección de %1. El servidor respondió, pero con un error en lugar de una dirección (SERVFAIL o REFUSED), así que no se pudo iniciar ninguna conexión. Puede que el nombre esté bien: el servidor no logró averiguarlo.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: the name&apos;s own DNS servers may be down for a moment.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos: puede que los servidores DNS propios del nombre estén caídos un momento.</translation>
    </message>
    <message>
        <source>Try another DNS server (for example your router&apos;s) to see whether this server is the problem.</source>
        <translation>Pruebe otro servidor DNS (por ejemplo, el del router) para ver si el problema es este servidor.</translation>
    </message>
    <message>
        <source>If the name belongs to your organisation, tell its administrator.</source>
        <translation>Si el nombre pertenece a su organización, avise a su administrador.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quería decir %1?</translation>
    </message>
    <message>
        <source>The name exists, but it has only IPv6 addresses, and IPv6 was not used for this check, so there was nothing to connect to.</source>
        <translation>El nombre existe, pero solo tiene direcciones IPv6, y en esta comprobación no se usó IPv6, así que no había nada a lo que conectarse.</translation>
    </message>
    <message>
        <source>The name exists, but it has only IPv6 addresses, and this computer has no IPv6 route (no IPv6 connection), so it cannot reach them.</source>
        <translation>El nombre existe, pero solo tiene direcciones IPv6, y este equipo no tiene ruta IPv6 (ni conexión IPv6), así que no puede llegar a ellas.</translation>
    </message>
    <message>
        <source>Connect to a network that offers IPv6, or ask your provider for IPv6.</source>
        <translation>Conéctese a una red que ofrezca IPv6 o pida IPv6 a su proveedor.</translation>
    </message>
    <message>
        <source>Or ask the administrator of the name to add an IPv4 address (an A record).</source>
        <translation>O pida al administrador del nombre que añada una dirección IPv4 (un registro A).</translation>
    </message>
    <message>
        <source>%1 is blocked by DNS filtering</source>
        <translation>%1 está bloqueado por un filtro DNS</translation>
    </message>
    <message>
        <source>%1 is not a name of this computer, yet the name lookup leads to %2, where nothing can answer for it. That is how ad, malware and parental-control filters block a name, so no connection to the real server was tried.</source>
        <translation>%1 no es un nombre de este equipo, pero la búsqueda del nombre lleva a %2, donde nada puede responder por él. Así bloquean un nombre los filtros de anuncios, de malware y de control parental, de modo que no se intentó conectar con el servidor real.</translation>
    </message>
    <message>
        <source>Remove the line for this name from the hosts file (administrator rights needed).</source>
        <translation>Quite la línea de este nombre del archivo hosts (se necesitan derechos de administrador).</translation>
    </message>
    <message>
        <source>Ask whoever runs the DNS filter (a filtering DNS service, the router, or security software) to allow the name.</source>
        <translation>Pida a quien gestione el filtro DNS (un servicio DNS con filtrado, el router o el software de seguridad) que permita el nombre.</translation>
    </message>
    <message>
        <source>If the block is wanted, the connection is not supposed to work.</source>
        <translation>Si el bloqueo es deseado, la conexión no debe funcionar.</translation>
    </message>
    <message>
        <source>An old hosts file entry sends %1 to the wrong address</source>
        <translation>Una entrada antigua del archivo hosts envía %1 a una dirección incorrecta</translation>
    </message>
    <message>
        <source>This computer&apos;s hosts file pins %1 to %2, so programs never ask DNS. Nothing answers there, while DNS says %1 is at %3: the entry is probably out of date.</source>
        <translation>El archivo hosts de este equipo fija %1 en %2, así que los programas nunca consultan el DNS. Nada responde ahí, mientras que el DNS dice que %1 está en %3: probablemente la entrada está obsoleta.</translation>
    </message>
    <message>
        <source>Remove or correct the line for this name in the hosts file (administrator rights needed), then try again.</source>
        <translation>Quite o corrija la línea de este nombre en el archivo hosts (se necesitan derechos de administrador) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 leads to the wrong address</source>
        <translation>%1 lleva a una dirección incorrecta</translation>
    </message>
    <message>
        <source>You expected %1 at %2, but the name lookup gives %3, and nothing answers there. The packets go to the wrong device.</source>
        <translation>Esperaba %1 en %2, pero la búsqueda del nombre da %3, y nada responde ahí. Los paquetes van al dispositivo equivocado.</translation>
    </message>
    <message>
        <source>Check the address you expected. If it is right, the DNS record (or a hosts file entry) is out of date: tell the name&apos;s administrator.</source>
        <translation>Compruebe la dirección que esperaba. Si es correcta, el registro DNS (o una entrada del archivo hosts) está obsoleto: avise al administrador del nombre.</translation>
    </message>
    <message>
        <source>To test the server itself meanwhile, check %1 directly.</source>
        <translation>Para probar el propio servidor mientras tanto, compruebe %1 directamente.</translation>
    </message>
    <message>
        <source>Route lookup for %1: no route (%2).</source>
        <translation>Búsqueda de ruta para %1: sin ruta (%2).</translation>
    </message>
    <message>
        <source>Route lookup for %1: on the local network of %2, source address %3.</source>
        <translation>Búsqueda de ruta para %1: en la red local de %2, dirección de origen %3.</translation>
    </message>
    <message>
        <source>Route lookup for %1: through %2 from %3, next hop %4.</source>
        <translation>Búsqueda de ruta para %1: a través de %2 desde %3, siguiente salto %4.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>No default gateway is configured.</source>
        <translation>No hay puerta de enlace predeterminada.</translation>
    </message>
    <message>
        <source>Default gateway(s): %1.</source>
        <translation>Puerta(s) de enlace predeterminada(s): %1.</translation>
    </message>
    <message>
        <source>ping (ICMP echo)</source>
        <translation>ping (eco ICMP)</translation>
    </message>
    <message>
        <source>TCP to ports 80, 443, 53</source>
        <translation>TCP a los puertos 80, 443, 53</translation>
    </message>
    <message>
        <source>Gateway %1 answered %2 in %3.</source>
        <translation>La puerta de enlace %1 respondió a %2 en %3.</translation>
    </message>
    <message>
        <source>Gateway %1 on %2: no answer to %3 (%4 tries); neighbour (ARP/NDP) state: %5.</source>
        <translation>Puerta de enlace %1 en %2: sin respuesta a %3 (%4 intentos); estado del vecino (ARP/NDP): %5.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network</source>
        <translation>Este equipo no está conectado a ninguna red</translation>
    </message>
    <message>
        <source>No network interface has a working link: no cable is plugged in (or the device at its other end is off), Wi-Fi is off or not connected, and there is no mobile connection. Nothing can be sent to %1 until a link is up.</source>
        <translation>Ninguna interfaz de red tiene un enlace activo: no hay ningún cable conectado (o el dispositivo del otro extremo está apagado), el Wi-Fi está desactivado o sin conectar, y no hay conexión móvil. No se puede enviar nada a %1 hasta que haya un enlace activo.</translation>
    </message>
    <message>
        <source>Only the VPN tunnel %1 is up, and a VPN needs a working connection underneath.</source>
        <translation>Solo está activo el túnel VPN %1, y una VPN necesita una conexión operativa por debajo.</translation>
    </message>
    <message>
        <source>Plug the network cable in firmly at both ends, or connect to your Wi-Fi network.</source>
        <translation>Enchufe bien el cable de red por ambos extremos o conéctese a su red Wi-Fi.</translation>
    </message>
    <message>
        <source>If Wi-Fi is off, switch it on (network menu or Wi-Fi key) and check that flight mode is off.</source>
        <translation>Si el Wi-Fi está desactivado, actívelo (menú de red o tecla de Wi-Fi) y compruebe que el modo avión está desactivado.</translation>
    </message>
    <message>
        <source>Check the router: are its lights on? Switch it off for 30 seconds and on again.</source>
        <translation>Revise el router: ¿tiene las luces encendidas? Apáguelo durante 30 segundos y vuelva a encenderlo.</translation>
    </message>
    <message>
        <source>Check whether other devices on the same network are online.</source>
        <translation>Compruebe si otros dispositivos de la misma red tienen conexión.</translation>
    </message>
    <message>
        <source>%1 (%2): %3, carrier %4, state %5.</source>
        <translation>%1 (%2): %3, señal %4, estado %5.</translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>This computer has no IP address</source>
        <translation>Este equipo no tiene dirección IP</translation>
    </message>
    <message>
        <source>The network link is up, but no IP address is configured on it, so this computer cannot send anything to %1.</source>
        <translation>El enlace de red está activo, pero no tiene ninguna dirección IP configurada, así que este equipo no puede enviar nada a %1.</translation>
    </message>
    <message>
        <source>Switch the network connection off and on, so it asks the router for an address (DHCP).</source>
        <translation>Desactive y vuelva a activar la conexión de red para que pida una dirección al router (DHCP).</translation>
    </message>
    <message>
        <source>Check that the connection&apos;s IP settings are automatic (DHCP), unless the network uses fixed addresses.</source>
        <translation>Compruebe que la configuración IP de la conexión es automática (DHCP), salvo que la red use direcciones fijas.</translation>
    </message>
    <message>
        <source>Restart the router.</source>
        <translation>Reinicie el router.</translation>
    </message>
    <message>
        <source>%1 has a link but no IP address.</source>
        <translation>%1 tiene enlace pero no dirección IP.</translation>
    </message>
    <message>
        <source>This computer did not get an address from the network</source>
        <translation>Este equipo no recibió ninguna dirección de la red</translation>
    </message>
    <message>
        <source>Automatic configuration (DHCP) failed: nobody answered when this computer asked for an address, so it has only a self-assigned one (%1). With it, %2 cannot be reached.</source>
        <translation>La configuración automática (DHCP) falló: nadie respondió cuando este equipo pidió una dirección, así que solo tiene una autoasignada (%1). Con ella no se puede llegar a %2.</translation>
    </message>
    <message>
        <source>Restart the router (switch it off for 30 seconds), wait two minutes and try again.</source>
        <translation>Reinicie el router (apáguelo durante 30 segundos), espere dos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Switch this computer&apos;s network connection off and on.</source>
        <translation>Desactive y vuelva a activar la conexión de red de este equipo.</translation>
    </message>
    <message>
        <source>If other devices get no address either, the router&apos;s DHCP server is off or broken: check its settings or ask the network administrator.</source>
        <translation>Si los demás dispositivos tampoco reciben dirección, el servidor DHCP del router está desactivado o averiado: revise su configuración o consulte al administrador de la red.</translation>
    </message>
    <message>
        <source>Self-assigned address: %1.</source>
        <translation>Dirección autoasignada: %1.</translation>
    </message>
    <message>
        <source>This computer has no route to %1</source>
        <translation>Este equipo no tiene ruta hacia %1</translation>
    </message>
    <message>
        <source>This computer has no route beyond its local network (no default gateway), so neither its DNS server(s) %1 nor %2 can be reached.</source>
        <translation>Este equipo no tiene ruta más allá de su red local (no hay puerta de enlace predeterminada), así que no puede llegar ni a sus servidores DNS %1 ni a %2.</translation>
    </message>
    <message>
        <source>%1 is not on the local network, and this computer has no default gateway (router) to send such traffic to, so the SYN could not be sent anywhere.</source>
        <translation>%1 no está en la red local, y este equipo no tiene puerta de enlace predeterminada (router) a la que enviar ese tráfico, así que el SYN no se pudo enviar a ningún sitio.</translation>
    </message>
    <message>
        <source>This computer&apos;s routing table has no usable route to %1, so the SYN could not be sent anywhere.</source>
        <translation>La tabla de enrutamiento de este equipo no tiene ninguna ruta útil hacia %1, así que el SYN no se pudo enviar a ningún sitio.</translation>
    </message>
    <message>
        <source>Connect to the network again, so it sets up the gateway automatically (DHCP).</source>
        <translation>Vuelva a conectarse a la red para que configure la puerta de enlace automáticamente (DHCP).</translation>
    </message>
    <message>
        <source>If you set the address by hand, also enter the default gateway: usually the router&apos;s address, like 192.168.1.1.</source>
        <translation>Si configuró la dirección a mano, escriba también la puerta de enlace predeterminada: normalmente la dirección del router, como 192.168.1.1.</translation>
    </message>
    <message>
        <source>The router (default gateway %1) does not answer</source>
        <translation>El router (puerta de enlace predeterminada %1) no responde</translation>
    </message>
    <message>
        <source>Traffic to %1 has to go through the gateway %2, but nobody on the local network answered for that address (ARP / neighbour discovery), so no packet can leave the local network.</source>
        <translation>El tráfico hacia %1 tiene que pasar por la puerta de enlace %2, pero nadie en la red local respondió por esa dirección (ARP/descubrimiento de vecinos), así que ningún paquete puede salir de la red local.</translation>
    </message>
    <message>
        <source>Check that the router is switched on and its lights look normal; restart it (switch it off for 30 seconds).</source>
        <translation>Compruebe que el router está encendido y que sus luces parecen normales; reinícielo (apáguelo durante 30 segundos).</translation>
    </message>
    <message>
        <source>Check the cable or the Wi-Fi connection between this computer and the router.</source>
        <translation>Revise el cable o la conexión Wi-Fi entre este equipo y el router.</translation>
    </message>
    <message>
        <source>If the network settings were typed in by hand, check the gateway address: it must be the router&apos;s own address.</source>
        <translation>Si la configuración de red se escribió a mano, compruebe la dirección de la puerta de enlace: debe ser la propia dirección del router.</translation>
    </message>
    <message>
        <source>If other devices on the network work, compare their gateway address with this computer&apos;s.</source>
        <translation>Si otros dispositivos de la red funcionan, compare su dirección de puerta de enlace con la de este equipo.</translation>
    </message>
    <message>
        <source>%1 has only IPv6 addresses</source>
        <translation>%1 solo tiene direcciones IPv6</translation>
    </message>
    <message>
        <source>Answers came back from the network, so this worked at the time of the check</source>
        <translation>Llegaron respuestas desde la red, así que funcionaba en el momento de la comprobación</translation>
    </message>
    <message>
        <source>It looked broken, but answers came back from the network during the check: %1</source>
        <translation>Parecía averiado, pero durante la comprobación llegaron respuestas desde la red: %1</translation>
    </message>
    <message>
        <source>%1 answered the SYN with SYN-ACK.</source>
        <translation>%1 respondió al SYN con SYN-ACK.</translation>
    </message>
    <message>
        <source>%1 answered the SYN with RST.</source>
        <translation>%1 respondió al SYN con RST.</translation>
    </message>
    <message>
        <source>%1 sent back an ICMP message: %2.</source>
        <translation>%1 devolvió un mensaje ICMP: %2.</translation>
    </message>
    <message>
        <source>The DNS server %1 answered.</source>
        <translation>El servidor DNS %1 respondió.</translation>
    </message>
    <message>
        <source>The gateway %1 answered.</source>
        <translation>La puerta de enlace %1 respondió.</translation>
    </message>
    <message>
        <source>The network connection is not ready yet</source>
        <translation>La conexión de red aún no está lista</translation>
    </message>
    <message>
        <source>%1 is connected (it has a link), but it is not ready to carry traffic yet: it is still connecting, or the Wi-Fi or network sign-in (authentication) has not finished. Nothing came back from the network while tcpdoctor waited, so %2 cannot be reached for now.</source>
        <translation>%1 está conectado (tiene enlace), pero aún no está listo para transportar tráfico: todavía se está conectando, o no ha terminado el inicio de sesión en el Wi-Fi o en la red (autenticación). No llegó nada desde la red mientras tcpdoctor esperaba, así que por ahora no se puede llegar a %2.</translation>
    </message>
    <message>
        <source>Wait a few seconds and check again: a connection that was just made needs a moment.</source>
        <translation>Espere unos segundos y vuelva a comprobarlo: una conexión recién establecida necesita un momento.</translation>
    </message>
    <message>
        <source>If the network asks for a password or a sign-in (Wi-Fi key, company certificate, 802.1X), finish it in the network menu.</source>
        <translation>Si la red pide una contraseña o un inicio de sesión (clave de Wi-Fi, certificado de la empresa, 802.1X), complételo en el menú de red.</translation>
    </message>
    <message>
        <source>If it stays like this, switch the connection off and on, or unplug the cable and plug it in again.</source>
        <translation>Si sigue así, desactive y vuelva a activar la conexión, o desenchufe el cable y vuelva a enchufarlo.</translation>
    </message>
    <message>
        <source>%1 has a carrier but is not up (tcpdoctor waited %2 for it to settle).</source>
        <translation>%1 tiene señal, pero no está activo (tcpdoctor esperó %2 a que cambiara).</translation>
    </message>
    <message>
        <source>The DNS server refuses to answer this computer</source>
        <translation>El servidor DNS se niega a responder a este equipo</translation>
    </message>
    <message>
        <source>This computer asked its DNS server(s) for the address of %1, and every one of them answered REFUSED: the server works, but it does not serve this computer. Usually the DNS server belongs to another network (an office DNS server used from home or over a different connection), or its access list does not include this computer&apos;s address.</source>
        <translation>Este equipo pidió a sus servidores DNS la dirección de %1, y todos respondieron REFUSED: el servidor funciona, pero no atiende a este equipo. Normalmente el servidor DNS pertenece a otra red (un servidor DNS de la oficina usado desde casa o a través de otra conexión), o su lista de acceso no incluye la dirección de este equipo.</translation>
    </message>
    <message>
        <source>Use the DNS server of the network you are on: switch the connection off and on so it is set automatically (DHCP), or remove a DNS server entered by hand.</source>
        <translation>Use el servidor DNS de la red en la que está: desactive y vuelva a activar la conexión para que se configure automáticamente (DHCP), o quite un servidor DNS escrito a mano.</translation>
    </message>
    <message>
        <source>If the name is internal to a company, connect the VPN first, so its DNS server serves you.</source>
        <translation>Si el nombre es interno de una empresa, conecte primero la VPN para que su servidor DNS le atienda.</translation>
    </message>
    <message>
        <source>If you run the DNS server, allow this computer&apos;s address in its access list (allow-query, allow-recursion).</source>
        <translation>Si administra el servidor DNS, permita la dirección de este equipo en su lista de acceso (allow-query, allow-recursion).</translation>
    </message>
    <message>
        <source>%1 sent back: %2.</source>
        <translation>%1 devolvió: %2.</translation>
    </message>
    <message>
        <source>%1 turned the connection to port %2 away</source>
        <translation>%1 rechazó la conexión al puerto %2</translation>
    </message>
    <message>
        <source>We sent a SYN to port %1; instead of a SYN-ACK, %2 sent back an ICMP message: %3.</source>
        <translation>Se envió un SYN al puerto %1; en lugar de un SYN-ACK, %2 devolvió un mensaje ICMP: %3.</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <source>The server itself turns the connection away: usually its firewall rejects this port (where simply nothing listens, a server answers with RST instead).</source>
        <translation>El propio servidor rechaza la conexión: normalmente su firewall rechaza este puerto (cuando simplemente nada escucha, un servidor responde en cambio con RST).</translation>
    </message>
    <message>
        <source>The server&apos;s own firewall refuses this connection.</source>
        <translation>El propio firewall del servidor rechaza esta conexión.</translation>
    </message>
    <message>
        <source>The router %1 turns the connection away before it reaches the server: a firewall there rejects it.</source>
        <translation>El router %1 rechaza la conexión antes de que llegue al servidor: la rechaza un firewall que hay allí.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to allow port %1 from your address in the server&apos;s firewall.</source>
        <translation>Pida al administrador del servidor que permita el puerto %1 desde su dirección en el firewall del servidor.</translation>
    </message>
    <message>
        <source>We sent SYNs to port %1 and got no answer at all: no SYN-ACK, no RST, no ICMP message.</source>
        <translation>Se enviaron SYN al puerto %1 y no llegó ninguna respuesta: ni SYN-ACK, ni RST, ni mensaje ICMP.</translation>
    </message>
    <message>
        <source>Something on the way silently drops the packets, usually a firewall (on the server, on a router, or a cloud security group).</source>
        <translation>Algo en el camino descarta los paquetes sin avisar, normalmente un firewall (en el servidor, en un router o un grupo de seguridad en la nube).</translation>
    </message>
    <message>
        <source>We sent a SYN to port %1 of this computer itself and it answered at once with RST: no program on this computer accepts connections on that port.</source>
        <translation>Enviamos un SYN al puerto %1 de este mismo equipo y respondió al instante con RST: ningún programa de este equipo acepta conexiones en ese puerto.</translation>
    </message>
    <message>
        <source>Start the program (the service) that should listen on port %1, or check its settings for the port it really uses.</source>
        <translation>Inicie el programa (el servicio) que debe escuchar en el puerto %1, o revise en su configuración qué puerto usa realmente.</translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor listen %1&quot; to see what listens on this computer and on which address.</source>
        <translation>Ejecute &quot;tcpdoctor listen %1&quot; para ver qué escucha en este equipo y en qué dirección.</translation>
    </message>
    <message>
        <source>No verdict: the port test was not run</source>
        <translation>Sin veredicto: no se hizo la prueba del puerto</translation>
    </message>
    <message>
        <source>Only the port test shows whether %1 can be reached, and it was left out of this check. The steps that ran found nothing wrong.</source>
        <translation>Solo la prueba del puerto muestra si se puede llegar a %1, y se dejó fuera de esta comprobación. Los pasos que se ejecutaron no encontraron nada anormal.</translation>
    </message>
    <message>
        <source>Run the check again with the port test (leave out --steps, or add port to it).</source>
        <translation>Vuelva a comprobar con la prueba del puerto (sin --steps, o añadiendo port).</translation>
    </message>
    <message>
        <source>TLS handshake on %1: %2, %3.</source>
        <translation>Negociación TLS con %1: %2, %3.</translation>
    </message>
    <message>
        <source>Certificate %1: &quot;%2&quot;, issued by &quot;%3&quot;, valid from %4 to %5, for: %6.</source>
        <translation>Certificado %1: &quot;%2&quot;, emitido por &quot;%3&quot;, válido del %4 al %5, para: %6.</translation>
    </message>
    <message>
        <source>Certificate check: %1</source>
        <translation>Comprobación del certificado: %1</translation>
    </message>
    <message>
        <source>The service on port %1 of %2 does not speak TLS</source>
        <translation>El servicio del puerto %1 de %2 no habla TLS</translation>
    </message>
    <message>
        <source>The connection was made, but the service answered the TLS hello (the start of an encrypted connection) with something that is not TLS: a plain web server, or another protocol, listens on this port.</source>
        <translation>La conexión se estableció, pero el servicio respondió al hello de TLS (el inicio de una conexión cifrada) con algo que no es TLS: en este puerto escucha un servidor web sin cifrar u otro protocolo.</translation>
    </message>
    <message>
        <source>Check the address: maybe it should start with http:// instead of https://, or use another port.</source>
        <translation>Revise la dirección: quizá debería empezar por http:// en lugar de https://, o usar otro puerto.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: TLS is expected on port %1, but the service there does not use it.</source>
        <translation>Avise al administrador del servidor: se espera TLS en el puerto %1, pero el servicio de ese puerto no lo usa.</translation>
    </message>
    <message>
        <source>The TLS library said: %1</source>
        <translation>La biblioteca TLS indicó: %1</translation>
    </message>
    <message>
        <source>%1 accepts the connection but does not answer the TLS hello</source>
        <translation>%1 acepta la conexión, pero no responde al hello de TLS</translation>
    </message>
    <message>
        <source>The handshake on port %1 completed, then the TLS hello got no answer at all in %2 s: the service hangs, or a filter on the way drops encrypted connections to this name.</source>
        <translation>La negociación TCP en el puerto %1 se completó, pero luego el hello de TLS no obtuvo ninguna respuesta en %2 s: el servicio está bloqueado, o un filtro del camino descarta las conexiones cifradas hacia este nombre.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: a busy or hanging service may recover.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos: puede que un servicio ocupado o bloqueado se recupere.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator that connections are accepted but TLS never starts.</source>
        <translation>Indique al administrador del servidor que las conexiones se aceptan, pero TLS nunca llega a empezar.</translation>
    </message>
    <message>
        <source>If it works from another network, ask this network&apos;s administrator whether a filter blocks this site.</source>
        <translation>Si funciona desde otra red, pregunte al administrador de esta red si un filtro bloquea este sitio.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed</source>
        <translation>La negociación TLS con %1 falló</translation>
    </message>
    <message>
        <source>The server closed the connection instead of answering the TLS hello. It accepts connections, but not this kind of encrypted one.</source>
        <translation>El servidor cerró la conexión en lugar de responder al hello de TLS. Acepta conexiones, pero no este tipo de conexión cifrada.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake: the two sides found no protocol version or cipher they both accept.</source>
        <translation>El servidor terminó la negociación TLS: los dos lados no encontraron ninguna versión de protocolo ni ningún cifrado que ambos acepten.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the alert &quot;%1&quot;: the two sides found no protocol version or cipher they both accept.</source>
        <translation>El servidor terminó la negociación TLS con la alerta &quot;%1&quot;: los dos lados no encontraron ninguna versión de protocolo ni ningún cifrado que ambos acepten.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: this computer offers %1, and the server accepts none of them. Servers should offer TLS 1.2 or newer.</source>
        <translation>Avise al administrador del servidor: este equipo ofrece %1, y el servidor no acepta ninguna. Los servidores deberían ofrecer TLS 1.2 o una versión posterior.</translation>
    </message>
    <message>
        <source>If only an old program of yours fails, update it: it may offer only old versions.</source>
        <translation>Si solo falla un programa antiguo suyo, actualícelo: puede que solo ofrezca versiones antiguas.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid yet — check this computer&apos;s clock</source>
        <translation>El certificado de %1 aún no es válido — revise el reloj de este equipo</translation>
    </message>
    <message>
        <source>The certificate is valid from %1, and this computer&apos;s clock says %2. A certificate that only starts to be valid later is rare: this computer&apos;s date or time zone is more likely wrong.</source>
        <translation>El certificado es válido a partir del %1, y el reloj de este equipo marca %2. Es raro que un certificado empiece a ser válido más adelante: es más probable que la fecha o la zona horaria de este equipo sean incorrectas.</translation>
    </message>
    <message>
        <source>Check the date, time and time zone of this computer, and turn on setting the time automatically.</source>
        <translation>Revise la fecha, la hora y la zona horaria de este equipo, y active el ajuste automático de la hora.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired</source>
        <translation>El certificado de %1 ha caducado</translation>
    </message>
    <message>
        <source>The certificate was valid until %1; this computer&apos;s clock says %2. Programs refuse the connection, because an expired certificate no longer proves who the server is.</source>
        <translation>El certificado era válido hasta el %1; el reloj de este equipo marca %2. Los programas rechazan la conexión, porque un certificado caducado ya no demuestra quién es el servidor.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the certificate must be renewed.</source>
        <translation>Avise al administrador del servidor: hay que renovar el certificado.</translation>
    </message>
    <message>
        <source>If other sites&apos; certificates fail too, check this computer&apos;s date and time.</source>
        <translation>Si también fallan los certificados de otros sitios, revise la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1</source>
        <translation>Este equipo no confía en el certificado de %1</translation>
    </message>
    <message>
        <source>The certificate chain ends in &quot;%1&quot;, which signed itself and is not on this computer&apos;s list of trusted authorities: a self-signed certificate, or a private authority.</source>
        <translation>La cadena de certificados termina en &quot;%1&quot;, que se firmó a sí mismo y no está en la lista de entidades de certificación de confianza de este equipo: un certificado autofirmado o una entidad privada.</translation>
    </message>
    <message>
        <source>The certificate chain does not lead to an authority on this computer&apos;s list of trusted authorities (its last certificate was issued by &quot;%1&quot;). The server may not send its intermediate certificates, or uses a private authority.</source>
        <translation>La cadena de certificados no lleva a ninguna entidad de la lista de entidades de certificación de confianza de este equipo (su último certificado lo emitió &quot;%1&quot;). Puede que el servidor no envíe sus certificados intermedios, o que use una entidad privada.</translation>
    </message>
    <message>
        <source>If this is your organisation&apos;s server, ask its administrator for the authority&apos;s certificate and how to install it on this computer.</source>
        <translation>Si es un servidor de su organización, pida a su administrador el certificado de la entidad y cómo instalarlo en este equipo.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the server must send its full certificate chain from an authority that clients trust.</source>
        <translation>Avise al administrador del servidor: el servidor debe enviar su cadena de certificados completa, de una entidad en la que confíen los clientes.</translation>
    </message>
    <message>
        <source>Do not accept the certificate just to get past the warning unless you know why it is different.</source>
        <translation>No acepte el certificado solo para saltarse la advertencia, a menos que sepa por qué es distinto.</translation>
    </message>
    <message>
        <source>The certificate of %1 is for another name</source>
        <translation>El certificado de %1 es para otro nombre</translation>
    </message>
    <message>
        <source>The certificate is valid, but it covers %1, not %2. Programs refuse the connection, because the server could not prove it is %2.</source>
        <translation>El certificado es válido, pero cubre %1, no %2. Los programas rechazan la conexión, porque el servidor no pudo demostrar que es %2.</translation>
    </message>
    <message>
        <source>Connect with a name the certificate covers (%1), if it is the same server.</source>
        <translation>Conéctese con un nombre que cubra el certificado (%1), si es el mismo servidor.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the certificate must include %1.</source>
        <translation>Avise al administrador del servidor: el certificado debe incluir %1.</translation>
    </message>
    <message>
        <source>The service on port %1 of %2 accepts connections but does not greet</source>
        <translation>El servicio del puerto %1 de %2 acepta conexiones, pero no saluda</translation>
    </message>
    <message>
        <source>The service on this port always speaks first, but it closed the connection without a word: it refuses this computer, or it is overloaded.</source>
        <translation>El servicio de este puerto siempre habla primero, pero cerró la conexión sin decir nada: rechaza este equipo o está sobrecargado.</translation>
    </message>
    <message>
        <source>The service on this port always speaks first (a greeting such as &quot;SSH-2.0-...&quot; or &quot;220 ...&quot;), but it said nothing in %1 s: it hangs or is overloaded, or its name lookups of clients time out.</source>
        <translation>El servicio de este puerto siempre habla primero (un saludo como &quot;SSH-2.0-...&quot; o &quot;220 ...&quot;), pero no dijo nada en %1 s: está bloqueado o sobrecargado, o sus búsquedas de los nombres de los clientes agotan el tiempo de espera.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator that the service accepts connections but does not answer; its log and load are the place to look.</source>
        <translation>Indique al administrador del servidor que el servicio acepta conexiones, pero no responde; hay que mirar su registro y su carga.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: an overloaded service may recover.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos: puede que un servicio sobrecargado se recupere.</translation>
    </message>
    <message>
        <source>The web server at %1 answers with an error (%2)</source>
        <translation>El servidor web de %1 responde con un error (%2)</translation>
    </message>
    <message>
        <source>The connection works and the web server answered &quot;%1&quot;. A 5xx status comes from the front (a proxy or load balancer, or the web server itself): it works, but the application behind it does not answer properly.</source>
        <translation>La conexión funciona y el servidor web respondió &quot;%1&quot;. Un estado 5xx viene de la parte frontal (un proxy, un equilibrador de carga o el propio servidor web): esa parte funciona, pero la aplicación que hay detrás no responde correctamente.</translation>
    </message>
    <message>
        <source>Tell the site&apos;s administrator the time and the status: the application behind the web server is down or overloaded.</source>
        <translation>Indique al administrador del sitio la hora y el código de estado: la aplicación que hay detrás del servidor web está caída o sobrecargada.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>The web server calls itself &quot;%1&quot;.</source>
        <translation>El servidor web se identifica como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The TLS handshake worked (%1), and the certificate is valid for %2 until %3.</source>
        <translation>La negociación TLS funcionó (%1), y el certificado es válido para %2 hasta el %3.</translation>
    </message>
    <message>
        <source>If a program still cannot connect, check its own settings: a proxy, its own list of trusted certificates (Java, Python, Node.js and git have one), or the user name and password.</source>
        <translation>Si un programa sigue sin poder conectarse, revise su propia configuración: un proxy, su propia lista de certificados de confianza (Java, Python, Node.js y git tienen una) o el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>The service greeted: %1</source>
        <translation>El servicio saludó: %1</translation>
    </message>
    <message>
        <source>The web server answered: %1</source>
        <translation>El servidor web respondió: %1</translation>
    </message>
    <message>
        <source>If a program still cannot connect, the problem is in the program or the service: check the program&apos;s settings, a proxy, or the user name and password.</source>
        <translation>Si un programa sigue sin poder conectarse, el problema está en el programa o en el servicio: revise la configuración del programa, un proxy o el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>A second connection asking for packets of at most %1 bytes got its answer in %2 ms.</source>
        <translation>Una segunda conexión que pedía paquetes de %1 bytes como máximo obtuvo su respuesta en %2 ms.</translation>
    </message>
    <message>
        <source>A second connection asking for packets of at most %1 bytes got no answer either: the size of the packets is not the cause.</source>
        <translation>Una segunda conexión que pedía paquetes de %1 bytes como máximo tampoco obtuvo respuesta: el tamaño de los paquetes no es la causa.</translation>
    </message>
    <message>
        <source>tcpdoctor could not ask for small packets on this computer (%1), so large packets lost on the way (a path MTU black hole) are not ruled out.</source>
        <translation>tcpdoctor no pudo pedir paquetes pequeños en este equipo (%1), así que no se descarta que se pierdan paquetes grandes en el camino (un agujero negro de MTU).</translation>
    </message>
    <message>
        <source>The second connection, for a try with small packets, failed: %1.</source>
        <translation>La segunda conexión, para un intento con paquetes pequeños, falló: %1.</translation>
    </message>
    <message>
        <source>This computer sends to %1 through %2, whose MTU is %3 bytes.</source>
        <translation>Este equipo envía a %1 a través de %2, cuya MTU es de %3 bytes.</translation>
    </message>
    <message>
        <source>Large packets from %1 are lost on the way</source>
        <translation>Los paquetes grandes de %1 se pierden en el camino</translation>
    </message>
    <message>
        <source>The connection to port %1 was made, but the TLS hello got no answer in %2 s. The same hello on a connection that asks for packets of at most %3 bytes was answered at once.</source>
        <translation>La conexión con el puerto %1 se estableció, pero el hello de TLS no obtuvo respuesta en %2 s. El mismo hello, en una conexión que pide paquetes de %3 bytes como máximo, se respondió al instante.</translation>
    </message>
    <message>
        <source>The connection to port %1 was made, but the request got no answer in %2 s. The same request on a connection that asks for packets of at most %3 bytes was answered at once.</source>
        <translation>La conexión con el puerto %1 se estableció, pero la solicitud no obtuvo respuesta en %2 s. La misma solicitud, en una conexión que pide paquetes de %3 bytes como máximo, se respondió al instante.</translation>
    </message>
    <message>
        <source>Small packets pass and large ones from the server are lost: a router, tunnel or VPN on the way carries only smaller packets and drops larger ones without sending back the message (ICMP &quot;fragmentation needed&quot;) that would make the server send smaller ones. This is called a path MTU black hole: programs connect, then hang.</source>
        <translation>Los paquetes pequeños pasan y los grandes del servidor se pierden: un router, túnel o VPN del camino solo transporta paquetes más pequeños y descarta los más grandes sin devolver el mensaje (ICMP &quot;fragmentation needed&quot;) que haría que el servidor enviara otros más pequeños. Esto se llama agujero negro de MTU: los programas se conectan y luego se quedan bloqueados.</translation>
    </message>
    <message>
        <source>To get going on this computer, lower the MTU of %1 (now %2) to 1400, and try again.</source>
        <translation>Para salir del paso en este equipo, baje la MTU de %1 (ahora %2) a 1400 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>If you use a VPN or tunnel, try without it, or ask its administrator to lower the MTU of the tunnel.</source>
        <translation>Si usa una VPN o un túnel, pruebe sin ellos, o pida a su administrador que baje la MTU del túnel.</translation>
    </message>
    <message>
        <source>Tell the network&apos;s administrator: a router on the way should adjust the TCP maximum segment size (MSS clamping), and let ICMP &quot;fragmentation needed&quot; (IPv6: &quot;packet too big&quot;) messages through.</source>
        <translation>Avise al administrador de la red: un router del camino debería ajustar el tamaño máximo de segmento TCP (MSS clamping) y dejar pasar los mensajes ICMP &quot;fragmentation needed&quot; (IPv6: &quot;packet too big&quot;).</translation>
    </message>
    <message>
        <source>If programs connect and then hang only on this network or VPN, ask its administrator whether large packets are lost on the way (the MTU of a tunnel, MSS clamping on the router).</source>
        <translation>Si los programas se conectan y luego se quedan bloqueados solo en esta red o VPN, pregunte a su administrador si se pierden paquetes grandes en el camino (la MTU de un túnel, el MSS clamping en el router).</translation>
    </message>
    <message>
        <source>The proxy %1 took the connection.</source>
        <translation>El proxy %1 aceptó la conexión.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in page check.</source>
        <translation>%1 respondió a la comprobación de página de inicio de sesión.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Proxy: %1, from %2.</source>
        <translation>Proxy: %1 (origen: %2).</translation>
    </message>
    <message>
        <source>The proxy answered %1.</source>
        <translation>El proxy respondió %1.</translation>
    </message>
    <message>
        <source>The proxy calls itself %1.</source>
        <translation>El proxy se identifica como %1.</translation>
    </message>
    <message>
        <source>A sign-in page holds the way out</source>
        <translation>Una página de inicio de sesión bloquea la salida</translation>
    </message>
    <message>
        <source>This network answers with a sign-in page (%1) instead of letting connections through: a hotel, guest Wi-Fi or public network that wants you to accept its terms or sign in first. Until then it holds connections to %2, or answers them itself.</source>
        <translation>Esta red responde con una página de inicio de sesión (%1) en lugar de dejar pasar las conexiones: la red de un hotel, una red Wi-Fi de invitados o una red pública que quiere que primero acepte sus condiciones o inicie sesión. Hasta entonces retiene las conexiones a %2, o las responde ella misma.</translation>
    </message>
    <message>
        <source>Open a browser and go to %1 (or any address starting with http://). Accept the terms or sign in on the page that appears, then run the check again.</source>
        <translation>Abra un navegador y vaya a %1 (o a cualquier dirección que empiece por http://). Acepte las condiciones o inicie sesión en la página que aparezca y, después, vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>If no page appears, turn Wi-Fi off and on again, or ask the staff of the place for the network&apos;s sign-in page.</source>
        <translation>Si no aparece ninguna página, apague y vuelva a encender el Wi-Fi, o pregunte al personal del lugar por la página de inicio de sesión de la red.</translation>
    </message>
    <message>
        <source>The check address %1 answered %2.</source>
        <translation>La dirección de comprobación %1 respondió %2.</translation>
    </message>
    <message>
        <source>It sends browsers to %1.</source>
        <translation>Redirige los navegadores a %1.</translation>
    </message>
    <message>
        <source>%1 can be reached only through the proxy</source>
        <translation>Solo se puede llegar a %1 a través del proxy</translation>
    </message>
    <message>
        <source>A direct connection to %1 does not get through, but the proxy %2 (from %3) opened the way to it. This network lets connections out only through its proxy. Programs that follow the proxy settings work; programs that ignore them (many command-line tools, Java, Python and database clients) fail with “timed out” or “connection refused”.</source>
        <translation>Una conexión directa con %1 no pasa, pero el proxy %2 (origen: %3) le abrió el camino. Esta red solo deja salir las conexiones a través de su proxy. Los programas que siguen la configuración del proxy funcionan; los que la ignoran (muchas herramientas de línea de comandos, Java, Python y los clientes de bases de datos) fallan con &quot;tiempo de espera agotado&quot; (timed out) o &quot;conexión rechazada&quot; (connection refused).</translation>
    </message>
    <message>
        <source>Tell the program that fails to use the proxy %1: most command-line tools read https_proxy=%1 from their environment; Java takes -Dhttps.proxyHost and -Dhttps.proxyPort; git takes git config --global http.proxy %1.</source>
        <translation>Indique al programa que falla que use el proxy %1: la mayoría de las herramientas de línea de comandos leen https_proxy=%1 de su entorno; Java usa -Dhttps.proxyHost y -Dhttps.proxyPort; en git: git config --global http.proxy %1.</translation>
    </message>
    <message>
        <source>If the program cannot use a proxy, ask the network&apos;s administrator to let it connect to %1 directly.</source>
        <translation>Si el programa no puede usar un proxy, pida al administrador de la red que le permita conectarse directamente a %1.</translation>
    </message>
    <message>
        <source>its name does not resolve</source>
        <translation>no se encuentra ninguna dirección para su nombre</translation>
    </message>
    <message>
        <source>what answers there is not a proxy</source>
        <translation>lo que responde en esa dirección no es un proxy</translation>
    </message>
    <message>
        <source>its port did not take the connection (%1)</source>
        <translation>su puerto no aceptó la conexión (%1)</translation>
    </message>
    <message>
        <source>The proxy set on this computer does not answer</source>
        <translation>El proxy configurado en este equipo no responde</translation>
    </message>
    <message>
        <source>Programs here are told to go through the proxy %1 (from %2), but %3. A proxy setting left over from another network (the office, a VPN) does this: every program that follows the setting fails, browsers first. The direct connection to %4 did not get through either.</source>
        <translation>A los programas de este equipo se les indica que pasen por el proxy %1 (origen: %2), pero %3. Esto ocurre con una configuración de proxy que quedó de otra red (la oficina, una VPN): todos los programas que siguen esa configuración fallan, empezando por los navegadores. La conexión directa con %4 tampoco pasó.</translation>
    </message>
    <message>
        <source>If this computer should not use a proxy on this network, remove the setting. %1</source>
        <translation>Si este equipo no debe usar un proxy en esta red, quite esa configuración. %1</translation>
    </message>
    <message>
        <source>If it should, ask the network&apos;s administrator whether the proxy %1 is running and which address to use.</source>
        <translation>Si debe usarlo, pregunte al administrador de la red si el proxy %1 está en funcionamiento y qué dirección hay que usar.</translation>
    </message>
    <message>
        <source>The proxy wants a sign-in</source>
        <translation>El proxy pide un inicio de sesión</translation>
    </message>
    <message>
        <source>The proxy %1 turned down the user name and password in the proxy setting.</source>
        <translation>El proxy %1 rechazó el nombre de usuario y la contraseña de la configuración del proxy.</translation>
    </message>
    <message>
        <source>The proxy %1 lets connections through only after a sign-in. Browsers ask for it or sign in with your computer&apos;s account; many other programs cannot, and fail.</source>
        <translation>El proxy %1 solo deja pasar las conexiones después de un inicio de sesión. Los navegadores lo piden o inician sesión con la cuenta de su equipo; muchos otros programas no pueden y fallan.</translation>
    </message>
    <message>
        <source>The direct connection to %1 did not get through, so programs need the proxy.</source>
        <translation>La conexión directa con %1 no pasó, así que los programas necesitan el proxy.</translation>
    </message>
    <message>
        <source>Give the program the proxy&apos;s user name and password (for example https_proxy=http://USER:PASSWORD@%1), or use a program that can sign in to the proxy.</source>
        <translation>Dé al programa el nombre de usuario y la contraseña del proxy (por ejemplo, https_proxy=http://USUARIO:CONTRASEÑA@%1), o use un programa que pueda iniciar sesión en el proxy.</translation>
    </message>
    <message>
        <source>Ask the network&apos;s administrator which sign-in the proxy expects.</source>
        <translation>Pregunte al administrador de la red qué inicio de sesión espera el proxy.</translation>
    </message>
    <message>
        <source>The proxy will not connect to %1</source>
        <translation>El proxy se niega a conectar con %1</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection without an answer when asked to connect to %2.</source>
        <translation>El proxy %1 cerró la conexión sin responder cuando se le pidió conectar con %2.</translation>
    </message>
    <message>
        <source>The proxy %1 refused to connect to %2.</source>
        <translation>El proxy %1 se negó a conectar con %2.</translation>
    </message>
    <message>
        <source>Proxies often allow only web ports (443, 80) or a list of sites. The direct connection did not get through either.</source>
        <translation>Los proxies suelen permitir solo los puertos web (443, 80) o una lista de sitios. La conexión directa tampoco pasó.</translation>
    </message>
    <message>
        <source>Ask the network&apos;s administrator to allow %1 through the proxy, or to let this program connect to it directly.</source>
        <translation>Pida al administrador de la red que permita %1 a través del proxy, o que deje que este programa se conecte directamente.</translation>
    </message>
    <message>
        <source>The proxy cannot reach %1 either</source>
        <translation>El proxy tampoco puede llegar a %1</translation>
    </message>
    <message>
        <source>The proxy %1 took the request but had no answer after %2 s: it was still trying to reach %3.</source>
        <translation>El proxy %1 aceptó la solicitud, pero tras %2 s aún no tenía respuesta: seguía intentando llegar a %3.</translation>
    </message>
    <message>
        <source>The proxy %1 took the request but could not connect to %2.</source>
        <translation>El proxy %1 aceptó la solicitud, pero no pudo conectar con %2.</translation>
    </message>
    <message>
        <source>Neither this computer nor its proxy gets through, so the problem is at %1 or on the way to it, not on this computer.</source>
        <translation>Ni este equipo ni su proxy consiguen pasar, así que el problema está en %1 o en el camino hacia él, no en este equipo.</translation>
    </message>
    <message>
        <source>Check that %1 is switched on and that a program listens on port %2.</source>
        <translation>Compruebe que %1 está encendido y que hay un programa escuchando en el puerto %2.</translation>
    </message>
    <message>
        <source>Ask the proxy&apos;s administrator whether the proxy may connect to %1.</source>
        <translation>Pregunte al administrador del proxy si el proxy tiene permiso para conectarse a %1.</translation>
    </message>
    <message>
        <source>%1 port %2: this computer had no free local port for the connection.</source>
        <translation>%1 puerto %2: este equipo no tenía ningún puerto local libre para la conexión.</translation>
    </message>
    <message>
        <source>This computer&apos;s connections could not be counted: %1</source>
        <translation>No se pudieron contar las conexiones de este equipo: %1</translation>
    </message>
    <message>
        <source>An administrator can list them with: netstat -ano</source>
        <translation>Un administrador puede verlas con: netstat -ano</translation>
    </message>
    <message>
        <source>An administrator can list them with: ss -tan</source>
        <translation>Un administrador puede verlas con: ss -tan</translation>
    </message>
    <message>
        <source>Local ports in use: %1 of %2 (this computer picks them from %3 to %4).</source>
        <translation>Puertos locales en uso: %1 de %2 (este equipo los elige entre %3 y %4).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>TCP connections of this computer: %1.</source>
        <translation>Conexiones TCP de este equipo: %1.</translation>
    </message>
    <message>
        <source>Most of them belong to connections closed in the last minutes: a closed connection keeps its port for a while (TIME_WAIT). A program opens and closes connections very fast.</source>
        <translation>La mayoría pertenecen a conexiones cerradas en los últimos minutos: una conexión cerrada conserva su puerto durante un tiempo (TIME_WAIT). Un programa abre y cierra conexiones muy rápido.</translation>
    </message>
    <message>
        <source>Most of them belong to open connections: a program keeps very many connections open.</source>
        <translation>La mayoría pertenecen a conexiones abiertas: un programa mantiene abiertas muchísimas conexiones.</translation>
    </message>
    <message>
        <source>Most connections go to %1 port %2 (%3).</source>
        <translation>La mayoría de las conexiones van a %1 puerto %2 (%3).</translation>
    </message>
    <message>
        <source>Find the program that opens the connections to %1 port %2 and let it reuse its connections (a connection pool, keep-alive) instead of opening a new one for every request.</source>
        <translation>Busque el programa que abre las conexiones a %1 puerto %2 y haga que reutilice sus conexiones (un pool de conexiones, keep-alive) en lugar de abrir una nueva para cada solicitud.</translation>
    </message>
    <message>
        <source>This computer has no free local port left for new connections</source>
        <translation>Este equipo ya no tiene ningún puerto local libre para conexiones nuevas</translation>
    </message>
    <message>
        <source>Every connection uses a local port of this computer. When tcpdoctor tried to connect to %1, the system answered that none was free (%2), so nothing was sent: neither the network nor the server is involved.</source>
        <translation>Cada conexión usa un puerto local de este equipo. Cuando tcpdoctor intentó conectarse a %1, el sistema respondió que no quedaba ninguno libre (%2), así que no se envió nada: ni la red ni el servidor tienen nada que ver.</translation>
    </message>
    <message>
        <source>Restarting the program that opens the connections frees its ports at once; the ports of closed connections come free by themselves within about 2 minutes.</source>
        <translation>Reiniciar el programa que abre las conexiones libera sus puertos de inmediato; los puertos de las conexiones cerradas se liberan solos en unos 2 minutos.</translation>
    </message>
    <message>
        <source>An administrator can give connections more local ports: netsh int ipv4 set dynamicport tcp start=10000 num=55536</source>
        <translation>Un administrador puede dar más puertos locales a las conexiones: netsh int ipv4 set dynamicport tcp start=10000 num=55536</translation>
    </message>
    <message>
        <source>An administrator can give connections more local ports (now %1 to %2): sysctl -w net.ipv4.ip_local_port_range=&quot;10000 65000&quot;</source>
        <translation>Un administrador puede dar más puertos locales a las conexiones (ahora de %1 a %2): sysctl -w net.ipv4.ip_local_port_range=&quot;10000 65000&quot;</translation>
    </message>
</context>
<context>
    <name>DnsStep</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The system resolver answered: %1</source>
        <translation>El resolvedor del sistema respondió: %1</translation>
    </message>
    <message>
        <source>Not needed: the target is an IP address, there is no name to look up.</source>
        <translation>No es necesario: el destino es una dirección IP, no hay ningún nombre que buscar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n address(es).</source>
        <translation>
            <numerusform>%1 tiene %n dirección.</numerusform>
            <numerusform>%1 tiene %n direcciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>They come from the hosts file.</source>
        <translation>Proceden del archivo hosts.</translation>
    </message>
    <message>
        <source>The system resolver was still waiting; the DNS servers gave them.</source>
        <translation>El resolvedor del sistema aún estaba esperando; las dieron los servidores DNS.</translation>
    </message>
    <message>
        <source>The name lookup failed.</source>
        <translation>La búsqueda del nombre falló.</translation>
    </message>
    <message>
        <source>Line %1 of the hosts file %2 maps %3 to %4.</source>
        <translation>La línea %1 del archivo hosts %2 asigna %3 a %4.</translation>
    </message>
    <message>
        <source>No DNS server is configured</source>
        <translation>No hay ningún servidor DNS configurado</translation>
    </message>
    <message>
        <source>Programs ask the local resolver %1, but it has no DNS server to ask in turn (%2 lists none), so names cannot be turned into addresses.</source>
        <translation>Los programas consultan al resolvedor local %1, pero este no tiene ningún servidor DNS al que consultar a su vez (%2 no indica ninguno), así que los nombres no se pueden convertir en direcciones.</translation>
    </message>
    <message>
        <source>This computer has no DNS server to ask (%1 lists none), so names cannot be turned into addresses.</source>
        <translation>Este equipo no tiene ningún servidor DNS al que consultar (%1 no indica ninguno), así que los nombres no se pueden convertir en direcciones.</translation>
    </message>
    <message>
        <source>Connect to the network again, or renew the automatic configuration (DHCP): it normally brings the DNS servers.</source>
        <translation>Vuelva a conectarse a la red o renueve la configuración automática (DHCP): normalmente es la que proporciona los servidores DNS.</translation>
    </message>
    <message>
        <source>Or enter a DNS server by hand in the network settings (your router&apos;s address often works).</source>
        <translation>O escriba a mano un servidor DNS en la configuración de red (la dirección del router suele funcionar).</translation>
    </message>
    <message>
        <source>The system resolver had no answer after %1 seconds.</source>
        <translation>El resolvedor del sistema no tenía respuesta tras %1 segundos.</translation>
    </message>
    <message>
        <source>The DNS servers did not answer</source>
        <translation>Los servidores DNS no respondieron</translation>
    </message>
    <message>
        <source>Check that this computer is connected to a network (try a well-known website).</source>
        <translation>Compruebe que este equipo está conectado a una red (pruebe un sitio web conocido).</translation>
    </message>
    <message>
        <source>Restart the router, or switch the network connection off and on.</source>
        <translation>Reinicie el router, o desactive y vuelva a activar la conexión de red.</translation>
    </message>
    <message>
        <source>If you use a VPN, connect it, or disconnect it, and try again.</source>
        <translation>Si usa una VPN, conéctela o desconéctela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The DNS server refused to answer</source>
        <translation>El servidor DNS se negó a responder</translation>
    </message>
    <message>
        <source>The DNS server could not answer</source>
        <translation>El servidor DNS no pudo responder</translation>
    </message>
    <message>
        <source>The server does not answer this computer: it may serve only its own network. Check which DNS server this computer uses.</source>
        <translation>El servidor no responde a este equipo: puede que solo dé servicio a su propia red. Compruebe qué servidor DNS usa este equipo.</translation>
    </message>
    <message>
        <source>The server is there but cannot find the answer: the name&apos;s own DNS servers may be broken or unreachable. Try again later, or ask the name&apos;s administrator.</source>
        <translation>El servidor está ahí, pero no encuentra la respuesta: puede que los servidores DNS propios del nombre estén averiados o sean inaccesibles. Vuelva a intentarlo más tarde o consulte al administrador del nombre.</translation>
    </message>
    <message>
        <source>Try another DNS server (for example your router&apos;s), to see whether the problem is the server.</source>
        <translation>Pruebe otro servidor DNS (por ejemplo, el del router) para ver si el problema es el servidor.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quería decir %1?</translation>
    </message>
    <message>
        <source>Check the spelling of the name, letter by letter.</source>
        <translation>Compruebe la ortografía del nombre, letra por letra.</translation>
    </message>
    <message>
        <source>If it is an internal name, connect to the company network or VPN first.</source>
        <translation>Si es un nombre interno, conéctese primero a la red de la empresa o a la VPN.</translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation>El nombre %1 no existe</translation>
    </message>
    <message>
        <source>Only IPv4 was asked for.</source>
        <translation>Solo se pidió IPv4.</translation>
    </message>
    <message>
        <source>This computer has no IPv6 route, so it cannot use them.</source>
        <translation>Este equipo no tiene ruta IPv6, así que no puede usarlas.</translation>
    </message>
    <message>
        <source>This computer did not ask for them (it has no IPv6 address of its own).</source>
        <translation>Este equipo no las pidió (no tiene dirección IPv6 propia).</translation>
    </message>
    <message>
        <source>The name %1 has only IPv6 addresses</source>
        <translation>El nombre %1 solo tiene direcciones IPv6</translation>
    </message>
    <message>
        <source>%1 has the IPv6 address(es) %2 and no IPv4 address.</source>
        <translation>%1 tiene la(s) dirección(es) IPv6 %2 y ninguna dirección IPv4.</translation>
    </message>
    <message>
        <source>Connect to a network that offers IPv6, or ask your provider for IPv6.</source>
        <translation>Conéctese a una red que ofrezca IPv6 o pida IPv6 a su proveedor.</translation>
    </message>
    <message>
        <source>Or ask the administrator of the name to add an IPv4 address (an A record).</source>
        <translation>O pida al administrador del nombre que añada una dirección IPv4 (un registro A).</translation>
    </message>
    <message>
        <source>The name %1 has no address</source>
        <translation>El nombre %1 no tiene dirección</translation>
    </message>
    <message>
        <source>Check that you have the right name: it may be a mail-only or an old name.</source>
        <translation>Compruebe que tiene el nombre correcto: puede ser un nombre solo para correo o un nombre antiguo.</translation>
    </message>
    <message>
        <source>Ask the administrator of the domain to add an address record for it.</source>
        <translation>Pida al administrador del dominio que añada un registro de dirección para él.</translation>
    </message>
    <message>
        <source>The name %1 is blocked: it leads to %2</source>
        <translation>El nombre %1 está bloqueado: lleva a %2</translation>
    </message>
    <message>
        <source>%1 is not a name of this computer, yet it leads to %2, where nothing can answer for it. Ad and malware filters answer like this.</source>
        <translation>%1 no es un nombre de este equipo, pero lleva a %2, donde nada puede responder por él. Así responden los filtros de anuncios y de malware.</translation>
    </message>
    <message>
        <source>Remove the line for this name from the hosts file (administrator rights needed).</source>
        <translation>Quite la línea de este nombre del archivo hosts (se necesitan derechos de administrador).</translation>
    </message>
    <message>
        <source>A DNS filter blocks this name (a filtering DNS service, the router, or security software). Ask whoever runs it to allow the name.</source>
        <translation>Un filtro DNS bloquea este nombre (un servicio DNS con filtrado, el router o el software de seguridad). Pida a quien lo gestione que permita el nombre.</translation>
    </message>
    <message>
        <source>If the block is wanted, the connection is not supposed to work.</source>
        <translation>Si el bloqueo es deseado, la conexión no debe funcionar.</translation>
    </message>
    <message>
        <source>The name lookup failed</source>
        <translation>La búsqueda del nombre falló</translation>
    </message>
    <message numerus="yes">
        <source>Programs ask %1 first and wait %n second(s) for it before they ask the next server, so every new name takes at least that long.</source>
        <translation>
            <numerusform>Los programas consultan primero a %1 y esperan %n segundo su respuesta antes de consultar al siguiente servidor, así que cada nombre nuevo tarda al menos eso.</numerusform>
            <numerusform>Los programas consultan primero a %1 y esperan %n segundos su respuesta antes de consultar al siguiente servidor, así que cada nombre nuevo tarda al menos eso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Programs ask it only when the servers before it fail, and then wait %n second(s) for it.</source>
        <translation>
            <numerusform>Los programas solo lo consultan cuando fallan los servidores anteriores, y entonces esperan %n segundo su respuesta.</numerusform>
            <numerusform>Los programas solo lo consultan cuando fallan los servidores anteriores, y entonces esperan %n segundos su respuesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some DNS servers do not answer: lookups are slower</source>
        <translation>Algunos servidores DNS no responden: las búsquedas son más lentas</translation>
    </message>
    <message>
        <source>Remove the silent server from the network settings, or ask whoever runs it to fix it.</source>
        <translation>Quite el servidor que no responde de la configuración de red o pida a quien lo gestione que lo arregle.</translation>
    </message>
    <message>
        <source>A configured DNS server does not offer DNS</source>
        <translation>Un servidor DNS configurado no ofrece DNS</translation>
    </message>
    <message>
        <source>Remove the server from the network settings, or ask whoever runs it to fix it.</source>
        <translation>Quite el servidor de la configuración de red o pida a quien lo gestione que lo arregle.</translation>
    </message>
    <message>
        <source>The DNS servers give different answers</source>
        <translation>Los servidores DNS dan respuestas distintas</translation>
    </message>
    <message>
        <source>One server may be out of date, or belong to another network (a VPN or company network with its own names). Check which servers this computer should use.</source>
        <translation>Puede que un servidor esté desactualizado o pertenezca a otra red (una VPN o una red de empresa con nombres propios). Compruebe qué servidores debería usar este equipo.</translation>
    </message>
    <message>
        <source>Different addresses are normal for big websites; for a single server they mean one DNS server is out of date.</source>
        <translation>Las direcciones distintas son normales en sitios web grandes; para un único servidor significan que un servidor DNS está desactualizado.</translation>
    </message>
    <message>
        <source>A DNS server blocks %1</source>
        <translation>Un servidor DNS bloquea %1</translation>
    </message>
    <message>
        <source>That server filters names (ads, malware, parental control). Ask whoever runs it to allow the name.</source>
        <translation>Ese servidor filtra nombres (anuncios, malware, control parental). Pida a quien lo gestione que permita el nombre.</translation>
    </message>
    <message>
        <source>The DNS configuration could not be read</source>
        <translation>No se pudo leer la configuración DNS</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The servers behind the local resolver are not known</source>
        <translation>No se conocen los servidores que hay detrás del resolvedor local</translation>
    </message>
    <message>
        <source>Programs ask %1; the list of servers it asks in turn (%2) could not be read: %3</source>
        <translation>Los programas consultan a %1; no se pudo leer la lista de servidores a los que este consulta a su vez (%2): %3</translation>
    </message>
    <message>
        <source>The hosts file could not be read</source>
        <translation>No se pudo leer el archivo hosts</translation>
    </message>
    <message>
        <source>The hosts file decides where %1 leads, and DNS says otherwise</source>
        <translation>El archivo hosts decide adónde lleva %1, y el DNS dice otra cosa</translation>
    </message>
    <message>
        <source>Programs use the hosts file and never ask DNS. DNS says %1 is at %2.</source>
        <translation>Los programas usan el archivo hosts y nunca consultan el DNS. El DNS dice que %1 está en %2.</translation>
    </message>
    <message>
        <source>If the entry is old, remove it from the hosts file (administrator rights needed).</source>
        <translation>Si la entrada es antigua, quítela del archivo hosts (se necesitan derechos de administrador).</translation>
    </message>
    <message>
        <source>The hosts file names %1, and DNS agrees</source>
        <translation>El archivo hosts indica %1, y el DNS coincide</translation>
    </message>
    <message>
        <source>The hosts file names %1</source>
        <translation>El archivo hosts indica %1</translation>
    </message>
    <message>
        <source>The DNS servers do not know the name.</source>
        <translation>Los servidores DNS no conocen el nombre.</translation>
    </message>
    <message>
        <source>%1 leads to the expected address %2</source>
        <translation>%1 lleva a la dirección esperada %2</translation>
    </message>
    <message>
        <source>You expected %1 at %2, but the lookup gave no address to try.</source>
        <translation>Esperaba %1 en %2, pero la búsqueda no dio ninguna dirección que probar.</translation>
    </message>
    <message>
        <source>You expected %1 at %2, but it leads to %3.</source>
        <translation>Esperaba %1 en %2, pero lleva a %3.</translation>
    </message>
    <message>
        <source>The DNS server(s) %1 do give %2.</source>
        <translation>El/los servidor(es) DNS %1 sí dan %2.</translation>
    </message>
    <message>
        <source>%1 does not lead to the expected address</source>
        <translation>%1 no lleva a la dirección esperada</translation>
    </message>
    <message>
        <source>Check the address you expected. If it is right, the DNS record (or a hosts file entry) is out of date: tell the name&apos;s administrator.</source>
        <translation>Compruebe la dirección que esperaba. Si es correcta, el registro DNS (o una entrada del archivo hosts) está obsoleto: avise al administrador del nombre.</translation>
    </message>
    <message>
        <source>Reverse lookup of %1</source>
        <translation>Búsqueda inversa de %1</translation>
    </message>
    <message>
        <source>The hosts file calls %1 %2.</source>
        <translation>El archivo hosts llama a %1 %2.</translation>
    </message>
    <message>
        <source>The DNS server %1 calls %2 %3 (reverse lookup).</source>
        <translation>El servidor DNS %1 llama a %2 %3 (búsqueda inversa).</translation>
    </message>
    <message>
        <source>The DNS server %1 knows no name for %2 (no reverse entry).</source>
        <translation>El servidor DNS %1 no conoce ningún nombre para %2 (no hay entrada inversa).</translation>
    </message>
    <message>
        <source>The reverse lookup of %1 got no answer in time.</source>
        <translation>La búsqueda inversa de %1 no obtuvo respuesta a tiempo.</translation>
    </message>
    <message>
        <source>What each DNS server answered</source>
        <translation>Qué respondió cada servidor DNS</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 puerto %2</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered with %3.</source>
        <translation>Su equipo preguntó al servidor DNS %1 por %2; respondió con %3.</translation>
    </message>
    <message>
        <source>%1 is another name for %2.</source>
        <translation>%1 es otro nombre de %2.</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered that the name does not exist.</source>
        <translation>Su equipo preguntó al servidor DNS %1 por %2; respondió que el nombre no existe.</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered that the name exists but has no address (no A or AAAA record).</source>
        <translation>Su equipo preguntó al servidor DNS %1 por %2; respondió que el nombre existe pero no tiene dirección (ningún registro A ni AAAA).</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it answered with a failure (SERVFAIL): it could not find out the answer itself.</source>
        <translation>Su equipo preguntó al servidor DNS %1 por %2; respondió con un error (SERVFAIL): no pudo averiguar la respuesta por sí mismo.</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it refused to answer this computer (REFUSED).</source>
        <translation>Su equipo preguntó al servidor DNS %1 por %2; se negó a responder a este equipo (REFUSED).</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it did not understand the question (FORMERR or NOTIMP).</source>
        <translation>Su equipo preguntó al servidor DNS %1 por %2; no entendió la pregunta (FORMERR o NOTIMP).</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; it did not answer within %3 seconds, though it was asked several times.</source>
        <translation>Su equipo preguntó al servidor DNS %1 por %2; no respondió en %3 segundos, aunque se le preguntó varias veces.</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; nothing answers DNS questions at that address (the question was refused).</source>
        <translation>Su equipo preguntó al servidor DNS %1 por %2; nada responde a preguntas DNS en esa dirección (la pregunta fue rechazada).</translation>
    </message>
    <message>
        <source>Your computer asked the DNS server %1 for %2; its answer could not be read.</source>
        <translation>Su equipo preguntó al servidor DNS %1 por %2; no se pudo leer su respuesta.</translation>
    </message>
    <message>
        <source>The DNS server %1 could not be asked directly: %2.</source>
        <translation>No se pudo consultar directamente al servidor DNS %1: %2.</translation>
    </message>
    <message>
        <source>Asking the DNS server %1 for %2 failed: %3.</source>
        <translation>La consulta al servidor DNS %1 por %2 falló: %3.</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>The other computer refused the connection: nothing is listening on that port</source>
        <translation>El otro equipo rechazó la conexión: nada escucha en ese puerto</translation>
    </message>
    <message>
        <source>To open a TCP connection, this computer sends a SYN (&quot;may I connect?&quot;). This time an RST (&quot;no&quot;) came straight back: the other computer is switched on and reachable, but no program accepts connections on that port. Windows calls this &quot;actively refused&quot;; elsewhere it reads &quot;connection refused&quot;.</source>
        <translation>Para abrir una conexión TCP, este equipo envía un SYN (&quot;¿puedo conectarme?&quot;). Esta vez volvió enseguida un RST (&quot;no&quot;): el otro equipo está encendido y es accesible, pero ningún programa acepta conexiones en ese puerto. Windows lo llama &quot;denegó expresamente&quot;; en otros sistemas se lee &quot;conexión rechazada&quot;.</translation>
    </message>
    <message>
        <source>The service (the server program) is not running: stopped, crashed, or still starting up.</source>
        <translation>El servicio (el programa servidor) no se está ejecutando: detenido, bloqueado o todavía iniciándose.</translation>
    </message>
    <message>
        <source>The service listens on a different port, or only on 127.0.0.1, which accepts connections from that same computer only.</source>
        <translation>El servicio escucha en otro puerto, o solo en 127.0.0.1, que solo acepta conexiones desde ese mismo equipo.</translation>
    </message>
    <message>
        <source>The program uses the wrong address or port: check its settings for an old address or a mistyped port.</source>
        <translation>El programa usa una dirección o un puerto incorrectos: busque en su configuración una dirección antigua o un puerto mal escrito.</translation>
    </message>
    <message>
        <source>A firewall on the server, or on the way, turns the connection away with a reset.</source>
        <translation>Un firewall en el servidor, o en el camino, rechaza la conexión con un restablecimiento (RST).</translation>
    </message>
    <message>
        <source>No answer: the connection attempt timed out</source>
        <translation>Sin respuesta: se agotó el tiempo de espera del intento de conexión</translation>
    </message>
    <message>
        <source>This computer sent a SYN (&quot;may I connect?&quot;) and nothing came back. It sent the SYN again and waited longer each time: Windows waits 3 seconds, then 6, then 12, and gives up after 21 seconds in all; Linux keeps trying for about two minutes. Something on the way dropped the packets without a word, or there is no computer at that address.</source>
        <translation>Este equipo envió un SYN (&quot;¿puedo conectarme?&quot;) y no volvió nada. Volvió a enviar el SYN, esperando cada vez más: Windows espera 3 segundos, luego 6, luego 12, y se rinde tras 21 segundos en total; Linux sigue intentándolo unos dos minutos. Algo en el camino descartó los paquetes sin avisar, o no hay ningún equipo en esa dirección.</translation>
    </message>
    <message>
        <source>A firewall drops the connection silently: on the server, in the network, or at the router in front of the server (the port is not opened or not forwarded).</source>
        <translation>Un firewall descarta la conexión sin avisar: en el servidor, en la red o en el router que hay delante del servidor (el puerto no está abierto o no se reenvía).</translation>
    </message>
    <message>
        <source>The other computer is switched off, asleep or disconnected, or nothing uses that address.</source>
        <translation>El otro equipo está apagado, suspendido o desconectado, o nada usa esa dirección.</translation>
    </message>
    <message>
        <source>The address is wrong or out of date (an old DNS entry, a mistyped IP address).</source>
        <translation>La dirección es incorrecta o está obsoleta (una entrada DNS antigua, una dirección IP mal escrita).</translation>
    </message>
    <message>
        <source>The server can be reached only through a VPN or from the company network.</source>
        <translation>Solo se puede llegar al servidor a través de una VPN o desde la red de la empresa.</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall or security software holds the connection back.</source>
        <translation>El propio firewall o software de seguridad de este equipo retiene la conexión.</translation>
    </message>
    <message>
        <source>Connected, but the answer took too long</source>
        <translation>Conectado, pero la respuesta tardó demasiado</translation>
    </message>
    <message>
        <source>The TCP connection was made (the handshake completed), then the program waited for the other side to answer and gave up. The network path works: the server, or something in front of it, did not answer in time.</source>
        <translation>Se estableció la conexión TCP (la negociación se completó); luego el programa esperó a que el otro lado respondiera y se rindió. El camino de red funciona: el servidor, o algo delante de él, no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server is overloaded or stuck on a slow task (a long database query, a hung process).</source>
        <translation>El servidor está sobrecargado o atascado en una tarea lenta (una consulta larga a una base de datos, un proceso bloqueado).</translation>
    </message>
    <message>
        <source>A proxy, load balancer or firewall on the way holds the connection but does not pass the answer on.</source>
        <translation>Un proxy, equilibrador de carga o firewall del camino mantiene la conexión pero no transmite la respuesta.</translation>
    </message>
    <message>
        <source>The program&apos;s time limit is too short for what it asks.</source>
        <translation>El límite de tiempo del programa es demasiado corto para lo que pide.</translation>
    </message>
    <message>
        <source>The program speaks the wrong protocol for that port (for example plain HTTP to a TLS port), so the server waits for something else.</source>
        <translation>El programa habla un protocolo equivocado para ese puerto (por ejemplo, HTTP sin cifrar a un puerto TLS), así que el servidor espera otra cosa.</translation>
    </message>
    <message>
        <source>The program gave up waiting</source>
        <translation>El programa se cansó de esperar</translation>
    </message>
    <message>
        <source>A firewall drops the connection silently, or the server cannot be reached.</source>
        <translation>Un firewall descarta la conexión sin avisar, o no se puede llegar al servidor.</translation>
    </message>
    <message>
        <source>The server is overloaded and slow to answer.</source>
        <translation>El servidor está sobrecargado y tarda en responder.</translation>
    </message>
    <message>
        <source>The address or port is wrong or out of date.</source>
        <translation>La dirección o el puerto son incorrectos o están obsoletos.</translation>
    </message>
    <message>
        <source>The program&apos;s time limit is very short.</source>
        <translation>El límite de tiempo del programa es muy corto.</translation>
    </message>
    <message>
        <source>The other computer could not be reached</source>
        <translation>No se pudo llegar al otro equipo</translation>
    </message>
    <message>
        <source>The other computer is switched off, asleep, or disconnected from the network.</source>
        <translation>El otro equipo está apagado, suspendido o desconectado de la red.</translation>
    </message>
    <message>
        <source>The address is wrong or out of date (the device got a new address).</source>
        <translation>La dirección es incorrecta o está obsoleta (el dispositivo recibió una dirección nueva).</translation>
    </message>
    <message>
        <source>A firewall on the way rejects the traffic with &quot;host unreachable&quot;.</source>
        <translation>Un firewall del camino rechaza el tráfico con &quot;host inaccesible&quot;.</translation>
    </message>
    <message>
        <source>A VPN or a route on this computer sends the traffic the wrong way.</source>
        <translation>Una VPN o una ruta de este equipo envía el tráfico por el camino equivocado.</translation>
    </message>
    <message>
        <source>This computer has no way to that network</source>
        <translation>Este equipo no tiene camino hacia esa red</translation>
    </message>
    <message>
        <source>This computer is not connected to a network (cable unplugged, Wi-Fi off, airplane mode).</source>
        <translation>Este equipo no está conectado a ninguna red (cable desenchufado, Wi-Fi desactivado, modo avión).</translation>
    </message>
    <message>
        <source>The network connection has no default gateway: automatic configuration (DHCP) failed.</source>
        <translation>La conexión de red no tiene puerta de enlace predeterminada: la configuración automática (DHCP) falló.</translation>
    </message>
    <message>
        <source>The address belongs to a network reached only through a VPN that is not connected.</source>
        <translation>La dirección pertenece a una red a la que solo se llega a través de una VPN que no está conectada.</translation>
    </message>
    <message>
        <source>The address is an IPv6 address and this network has no IPv6 connection.</source>
        <translation>La dirección es IPv6 y esta red no tiene conexión IPv6.</translation>
    </message>
    <message>
        <source>The other side cut the connection off (reset)</source>
        <translation>El otro lado cortó la conexión (restablecimiento)</translation>
    </message>
    <message>
        <source>The server program crashed, restarted, or closed the connection on purpose (an error, a limit, a shutdown).</source>
        <translation>El programa servidor se bloqueó, se reinició o cerró la conexión a propósito (un error, un límite, un apagado).</translation>
    </message>
    <message>
        <source>The server rejects what this program sent: the wrong protocol (TLS or plain), an old TLS version, or a client it does not allow.</source>
        <translation>El servidor rechaza lo que envió este programa: un protocolo equivocado (TLS o sin cifrar), una versión antigua de TLS o un cliente que no admite.</translation>
    </message>
    <message>
        <source>A firewall, proxy or load balancer on the way cut a connection it found idle or unwanted.</source>
        <translation>Un firewall, proxy o equilibrador de carga del camino cortó una conexión que consideró inactiva o no deseada.</translation>
    </message>
    <message>
        <source>An unstable network path (VPN, mobile data) dropped the connection.</source>
        <translation>Un camino de red inestable (VPN, datos móviles) perdió la conexión.</translation>
    </message>
    <message>
        <source>This computer gave up on the connection</source>
        <translation>Este equipo abandonó la conexión</translation>
    </message>
    <message>
        <source>The network dropped out during the connection (Wi-Fi lost, VPN reconnected, the computer went to sleep).</source>
        <translation>La red se cayó durante la conexión (se perdió el Wi-Fi, la VPN se reconectó, el equipo entró en suspensión).</translation>
    </message>
    <message>
        <source>Security software on this computer (firewall, antivirus, web filter) cut the connection.</source>
        <translation>El software de seguridad de este equipo (firewall, antivirus, filtro web) cortó la conexión.</translation>
    </message>
    <message>
        <source>The other side stopped answering, and this computer stopped trying.</source>
        <translation>El otro lado dejó de responder y este equipo dejó de intentarlo.</translation>
    </message>
    <message>
        <source>The program itself closed the connection, for example after its own time limit.</source>
        <translation>El propio programa cerró la conexión, por ejemplo al agotarse su propio límite de tiempo.</translation>
    </message>
    <message>
        <source>The other side closed the connection without answering</source>
        <translation>El otro lado cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>The connection had been made (the handshake completed), but the other side closed it before sending an answer: the program received nothing at all, an &quot;empty reply&quot;. The network works; the service on the other side, or something in front of it, hung up.</source>
        <translation>La conexión se había establecido (la negociación se completó), pero el otro lado la cerró antes de enviar una respuesta: el programa no recibió nada, una &quot;respuesta vacía&quot;. La red funciona; el servicio del otro lado, o algo delante de él, colgó.</translation>
    </message>
    <message>
        <source>The service turns this client away: an address allow list, a connection limit, or a ban after failed attempts.</source>
        <translation>El servicio rechaza a este cliente: una lista de direcciones permitidas, un límite de conexiones o un bloqueo tras intentos fallidos.</translation>
    </message>
    <message>
        <source>The program speaks the wrong protocol for that port (HTTP to an HTTPS port, TLS to a plain port).</source>
        <translation>El programa habla un protocolo equivocado para ese puerto (HTTP a un puerto HTTPS, TLS a un puerto sin cifrar).</translation>
    </message>
    <message>
        <source>A proxy or load balancer has no working server behind it.</source>
        <translation>Un proxy o equilibrador de carga no tiene ningún servidor operativo detrás.</translation>
    </message>
    <message>
        <source>The service crashed while it handled the request.</source>
        <translation>El servicio se bloqueó mientras procesaba la solicitud.</translation>
    </message>
    <message>
        <source>The name could not be turned into an address</source>
        <translation>No se pudo convertir el nombre en una dirección</translation>
    </message>
    <message>
        <source>The name is misspelled, or incomplete (the domain part is missing).</source>
        <translation>El nombre está mal escrito o incompleto (falta la parte del dominio).</translation>
    </message>
    <message>
        <source>It is an internal name that exists only on the company network or through a VPN.</source>
        <translation>Es un nombre interno que solo existe en la red de la empresa o a través de una VPN.</translation>
    </message>
    <message>
        <source>The name no longer exists, or has no address of the kind asked for.</source>
        <translation>El nombre ya no existe o no tiene ninguna dirección del tipo solicitado.</translation>
    </message>
    <message>
        <source>An entry in this computer&apos;s hosts file, or a DNS filter, gets in the way.</source>
        <translation>Una entrada del archivo hosts de este equipo, o un filtro DNS, se interpone.</translation>
    </message>
    <message>
        <source>The name service (DNS) did not answer</source>
        <translation>El servicio de nombres (DNS) no respondió</translation>
    </message>
    <message>
        <source>Before a connection starts, the computer&apos;s name is looked up in DNS to find its address. The DNS servers did not answer, or answered with a failure, so no connection was tried. This says nothing about the server itself.</source>
        <translation>Antes de iniciar una conexión, se busca el nombre del equipo en el DNS para encontrar su dirección. Los servidores DNS no respondieron, o respondieron con un error, así que no se intentó ninguna conexión. Esto no dice nada del propio servidor.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network, or the connection just dropped.</source>
        <translation>Este equipo no está conectado a ninguna red, o la conexión acaba de caerse.</translation>
    </message>
    <message>
        <source>The configured DNS servers are down or unreachable (a router problem, a wrong DNS setting).</source>
        <translation>Los servidores DNS configurados están caídos o son inaccesibles (un problema del router, una configuración DNS incorrecta).</translation>
    </message>
    <message>
        <source>A VPN or firewall blocks DNS queries.</source>
        <translation>Una VPN o un firewall bloquea las consultas DNS.</translation>
    </message>
    <message>
        <source>A passing problem: it may work again in a minute.</source>
        <translation>Un problema pasajero: puede que vuelva a funcionar en un minuto.</translation>
    </message>
    <message>
        <source>This computer did not allow the connection</source>
        <translation>Este equipo no permitió la conexión</translation>
    </message>
    <message>
        <source>The connection never left this computer: the operating system refused to open it (Windows error 10013, EACCES or EPERM elsewhere). Usually a firewall or security program on this computer blocks this program or this port. When a server program reports it as it starts, the port is reserved or needs administrator rights.</source>
        <translation>La conexión nunca salió de este equipo: el sistema operativo se negó a abrirla (error 10013 de Windows; EACCES o EPERM en otros sistemas). Normalmente un firewall o un programa de seguridad de este equipo bloquea este programa o este puerto. Si lo indica un programa servidor al iniciarse, el puerto está reservado o necesita derechos de administrador.</translation>
    </message>
    <message>
        <source>A firewall or security software on this computer blocks this program or this port.</source>
        <translation>Un firewall o software de seguridad de este equipo bloquea este programa o este puerto.</translation>
    </message>
    <message>
        <source>A company policy or parental control forbids the connection.</source>
        <translation>Una directiva de la empresa o el control parental prohíbe la conexión.</translation>
    </message>
    <message>
        <source>For a server program: the port is reserved (Windows excluded port ranges, Hyper-V, WSL) or held exclusively by another program.</source>
        <translation>Para un programa servidor: el puerto está reservado (intervalos de puertos excluidos de Windows, Hyper-V, WSL) o lo tiene en exclusiva otro programa.</translation>
    </message>
    <message>
        <source>For a server program on Linux or macOS: ports below 1024 need administrator rights.</source>
        <translation>Para un programa servidor en Linux o macOS: los puertos por debajo de 1024 necesitan derechos de administrador.</translation>
    </message>
    <message>
        <source>The connection failed, but the message does not say why</source>
        <translation>La conexión falló, pero el mensaje no dice por qué</translation>
    </message>
    <message>
        <source>The service is not running, or listens on another port.</source>
        <translation>El servicio no se está ejecutando o escucha en otro puerto.</translation>
    </message>
    <message>
        <source>A firewall drops or rejects the connection.</source>
        <translation>Un firewall descarta o rechaza la conexión.</translation>
    </message>
    <message>
        <source>The address or port in the program&apos;s settings is wrong.</source>
        <translation>La dirección o el puerto de la configuración del programa son incorrectos.</translation>
    </message>
    <message>
        <source>This computer or the server is not connected to the network.</source>
        <translation>Este equipo o el servidor no está conectado a la red.</translation>
    </message>
    <message>
        <source>This is not a connection error tcpdoctor knows</source>
        <translation>tcpdoctor no conoce este error de conexión</translation>
    </message>
    <message>
        <source>tcpdoctor did not find a TCP connection error in this message, so it cannot say what went wrong on the network, and it would rather say nothing than guess. If a program cannot connect, check the computer and port it uses with the checklist.</source>
        <translation>tcpdoctor no encontró ningún error de conexión TCP en este mensaje, así que no puede decir qué falló en la red, y prefiere no decir nada antes que adivinar. Si un programa no puede conectarse, compruebe con la lista de comprobación el equipo y el puerto que usa.</translation>
    </message>
    <message>
        <source>The server answered: this is not a connection problem</source>
        <translation>El servidor respondió: no es un problema de conexión</translation>
    </message>
    <message>
        <source>An HTTP status such as 404 or 500 is an answer from the web server, or from a proxy in front of it, so the TCP connection worked. The problem is in the request or on the web server, not in the network.</source>
        <translation>Un código de estado HTTP como 404 o 500 es una respuesta del servidor web, o de un proxy que hay delante, así que la conexión TCP funcionó. El problema está en la solicitud o en el servidor web, no en la red.</translation>
    </message>
    <message>
        <source>404: the address (path) is wrong, or the page no longer exists.</source>
        <translation>404: la dirección (ruta) es incorrecta o la página ya no existe.</translation>
    </message>
    <message>
        <source>401 or 403: you need to sign in, or you are not allowed to see it.</source>
        <translation>401 o 403: tiene que iniciar sesión o no tiene permiso para verla.</translation>
    </message>
    <message>
        <source>500: the web application failed; its log says why.</source>
        <translation>500: la aplicación web falló; su registro indica por qué.</translation>
    </message>
    <message>
        <source>502, 503 or 504: a proxy answered for a server behind it that is down or slow; check that server with tcpdoctor.</source>
        <translation>502, 503 o 504: un proxy respondió en nombre de un servidor que tiene detrás y que está caído o lento; compruebe ese servidor con tcpdoctor.</translation>
    </message>
    <message>
        <source>This is a sign-in problem, not a connection problem</source>
        <translation>Es un problema de inicio de sesión, no de conexión</translation>
    </message>
    <message>
        <source>The server was reached and answered: it did not accept the user name, password, key or address this program signed in with. The TCP connection worked.</source>
        <translation>Se llegó al servidor y respondió: no aceptó el nombre de usuario, la contraseña, la clave o la dirección con que este programa inició sesión. La conexión TCP funcionó.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the password has expired.</source>
        <translation>El nombre de usuario o la contraseña son incorrectos, o la contraseña ha caducado.</translation>
    </message>
    <message>
        <source>The key or certificate used to sign in is not accepted (ssh keys, client certificates).</source>
        <translation>No se acepta la clave o el certificado usado para iniciar sesión (claves ssh, certificados de cliente).</translation>
    </message>
    <message>
        <source>The server accepts this user only from certain addresses (MySQL host rules, PostgreSQL pg_hba.conf).</source>
        <translation>El servidor solo acepta a este usuario desde ciertas direcciones (reglas de host de MySQL, pg_hba.conf de PostgreSQL).</translation>
    </message>
    <message>
        <source>The account is locked after too many failed attempts.</source>
        <translation>La cuenta está bloqueada tras demasiados intentos fallidos.</translation>
    </message>
    <message>
        <source>while the name was looked up (DNS), before any connection was tried</source>
        <translation>mientras se buscaba el nombre (DNS), antes de intentar ninguna conexión</translation>
    </message>
    <message>
        <source>while the connection was being set up (the TCP handshake)</source>
        <translation>mientras se establecía la conexión (la negociación TCP)</translation>
    </message>
    <message>
        <source>after the connection had been made</source>
        <translation>una vez establecida la conexión</translation>
    </message>
    <message>
        <source>on this computer, before anything reached the network</source>
        <translation>en este equipo, antes de que nada llegara a la red</translation>
    </message>
    <message>
        <source>The program does not trust the server&apos;s certificate</source>
        <translation>El programa no confía en el certificado del servidor</translation>
    </message>
    <message>
        <source>The connection was made, then the program checked the server&apos;s certificate (its proof of identity for encrypted connections) and did not accept it: it does not lead to an authority on the program&apos;s list of trusted authorities. The network works; the certificate, or the program&apos;s list, is the problem.</source>
        <translation>La conexión se estableció; luego el programa comprobó el certificado del servidor (su prueba de identidad para las conexiones cifradas) y no lo aceptó: no lleva a ninguna entidad de la lista de entidades de certificación de confianza del programa. La red funciona; el problema es el certificado, o la lista del programa.</translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate, or one from a private (company) authority this program does not know.</source>
        <translation>El servidor usa un certificado autofirmado, o uno de una entidad de certificación privada (de la empresa) que este programa no conoce.</translation>
    </message>
    <message>
        <source>A company proxy or security software inspects encrypted connections with an authority of its own: browsers know it, programs with a list of their own (Java, Python, Node.js, git) do not.</source>
        <translation>Un proxy de la empresa o un software de seguridad inspecciona las conexiones cifradas con una entidad de certificación propia: los navegadores la conocen, pero los programas con lista propia (Java, Python, Node.js, git) no.</translation>
    </message>
    <message>
        <source>Something intercepts the connection: do not accept the certificate unless you know why it is different.</source>
        <translation>Algo intercepta la conexión: no acepte el certificado a menos que sepa por qué es distinto.</translation>
    </message>
    <message>
        <source>The certificate has expired, or this computer&apos;s clock is wrong</source>
        <translation>El certificado ha caducado, o el reloj de este equipo está mal</translation>
    </message>
    <message>
        <source>The connection was made, but the certificate the server showed is outside its dates of validity. Either it really expired and must be renewed on the server, or this computer&apos;s date and time are wrong, which makes every certificate look expired or not yet valid.</source>
        <translation>La conexión se estableció, pero el certificado que mostró el servidor está fuera de sus fechas de validez. O bien caducó de verdad y hay que renovarlo en el servidor, o bien la fecha y la hora de este equipo son incorrectas, lo que hace que cualquier certificado parezca caducado o todavía no válido.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired and was not renewed.</source>
        <translation>El certificado del servidor caducó y no se renovó.</translation>
    </message>
    <message>
        <source>This computer&apos;s date, time or time zone is wrong (a flat clock battery, a virtual machine started from an old snapshot).</source>
        <translation>La fecha, la hora o la zona horaria de este equipo son incorrectas (una pila del reloj agotada, una máquina virtual iniciada desde una instantánea antigua).</translation>
    </message>
    <message>
        <source>The server still sends an old intermediate certificate that has expired.</source>
        <translation>El servidor todavía envía un certificado intermedio antiguo que ha caducado.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another name</source>
        <translation>El certificado del servidor es para otro nombre</translation>
    </message>
    <message>
        <source>The connection was made and the server showed a certificate, but it was made for other names than the one the program used. Programs refuse that, because an impostor&apos;s certificate looks just like it.</source>
        <translation>La conexión se estableció y el servidor mostró un certificado, pero se emitió para otros nombres distintos del que usó el programa. Los programas lo rechazan, porque el certificado de un impostor tendría exactamente el mismo aspecto.</translation>
    </message>
    <message>
        <source>The program uses an address or a short name instead of the full name in the certificate.</source>
        <translation>El programa usa una dirección o un nombre corto en lugar del nombre completo que figura en el certificado.</translation>
    </message>
    <message>
        <source>Several sites share the server, and it showed another site&apos;s certificate.</source>
        <translation>Varios sitios comparten el servidor, y este mostró el certificado de otro sitio.</translation>
    </message>
    <message>
        <source>The name leads to the wrong server (an old DNS entry, an entry in the hosts file).</source>
        <translation>El nombre lleva al servidor equivocado (una entrada DNS antigua, una entrada del archivo hosts).</translation>
    </message>
    <message>
        <source>A proxy or a sign-in page (hotel, guest Wi-Fi) answered instead of the server.</source>
        <translation>Un proxy o una página de inicio de sesión (hotel, Wi-Fi de invitados) respondió en lugar del servidor.</translation>
    </message>
    <message>
        <source>The two sides could not agree on encryption</source>
        <translation>Los dos lados no pudieron ponerse de acuerdo sobre el cifrado</translation>
    </message>
    <message>
        <source>One side allows only old TLS versions (1.0, 1.1) that the other has switched off, or only new ones an old program cannot speak.</source>
        <translation>Un lado solo permite versiones antiguas de TLS (1.0, 1.1) que el otro ha desactivado, o solo versiones nuevas que un programa antiguo no sabe hablar.</translation>
    </message>
    <message>
        <source>The program speaks TLS to a port that speaks plain text (or the other way round), or uses the wrong port.</source>
        <translation>El programa habla TLS con un puerto que habla texto sin cifrar (o al revés), o usa un puerto equivocado.</translation>
    </message>
    <message>
        <source>A proxy, firewall or security software on the way interferes with the handshake.</source>
        <translation>Un proxy, un firewall o un software de seguridad del camino interfiere en la negociación.</translation>
    </message>
    <message>
        <source>The proxy wants the program to sign in</source>
        <translation>El proxy quiere que el programa inicie sesión</translation>
    </message>
    <message>
        <source>The program goes out through a proxy server, and the proxy answered &quot;407 Proxy Authentication Required&quot;: it passes nothing on until the program signs in to it. The server the program wanted was never asked.</source>
        <translation>El programa sale a través de un servidor proxy, y el proxy respondió &quot;407 Proxy Authentication Required&quot;: no deja pasar nada hasta que el programa inicie sesión en él. Nunca se llegó a consultar al servidor al que quería llegar el programa.</translation>
    </message>
    <message>
        <source>The program has no proxy user name and password, or old ones (the password changed).</source>
        <translation>El programa no tiene nombre de usuario ni contraseña para el proxy, o tiene unos antiguos (la contraseña cambió).</translation>
    </message>
    <message>
        <source>The program cannot use the proxy&apos;s way of signing in (the Windows sign-in, NTLM or Kerberos, which many command-line tools lack).</source>
        <translation>El programa no puede usar el método de inicio de sesión del proxy (el inicio de sesión de Windows, NTLM o Kerberos, que muchas herramientas de línea de comandos no tienen).</translation>
    </message>
    <message>
        <source>This account is not allowed to use the proxy.</source>
        <translation>Esta cuenta no tiene permiso para usar el proxy.</translation>
    </message>
    <message>
        <source>The way out through the proxy failed</source>
        <translation>Falló la salida a través del proxy</translation>
    </message>
    <message>
        <source>The program goes out through a proxy server, and that part failed: the proxy could not be reached, or it refused to open a tunnel to the server (it answered 403 or 5xx), or it could not reach the server itself. The program never talked to the server directly.</source>
        <translation>El programa sale a través de un servidor proxy, y esa parte falló: no se pudo llegar al proxy, o este se negó a abrir un túnel hacia el servidor (respondió 403 o 5xx), o no pudo llegar él mismo al servidor. El programa nunca habló directamente con el servidor.</translation>
    </message>
    <message>
        <source>The proxy is down, or the address in the proxy settings is wrong or out of date (an office proxy still set on a laptop at home).</source>
        <translation>El proxy está caído, o la dirección de la configuración del proxy es incorrecta o está obsoleta (un proxy de la oficina que sigue configurado en un portátil en casa).</translation>
    </message>
    <message>
        <source>The proxy does not allow this port or site (many proxies open tunnels to port 443 only).</source>
        <translation>El proxy no permite este puerto o este sitio (muchos proxies solo abren túneles hacia el puerto 443).</translation>
    </message>
    <message>
        <source>The proxy cannot reach the server: it is down, or blocked on the proxy&apos;s side.</source>
        <translation>El proxy no puede llegar al servidor: está caído, o bloqueado en el lado del proxy.</translation>
    </message>
    <message>
        <source>The proxy settings come from an automatic script (PAC, WPAD) that chose the wrong proxy.</source>
        <translation>La configuración del proxy viene de un script automático (PAC, WPAD) que eligió el proxy equivocado.</translation>
    </message>
    <message>
        <source>The port is already taken on this computer</source>
        <translation>El puerto ya está ocupado en este equipo</translation>
    </message>
    <message>
        <source>A program wanted a port on this computer, and the system said another program already holds it (Windows error 10048, EADDRINUSE elsewhere). Nothing went wrong on the network. Most often a server program cannot start because another program, or an old copy of itself, listens on its port. &quot;This computer is the server&quot; shows who holds it.</source>
        <translation>Un programa quería un puerto de este equipo, y el sistema indicó que otro programa ya lo ocupa (error 10048 de Windows; EADDRINUSE en otros sistemas). No falló nada en la red. Lo más habitual es que un programa servidor no pueda iniciarse porque otro programa, o una copia antigua de sí mismo, escucha en su puerto. &quot;Este equipo es el servidor&quot; muestra quién lo ocupa.</translation>
    </message>
    <message>
        <source>Another copy of the same program is still running, or did not stop cleanly.</source>
        <translation>Otra copia del mismo programa sigue ejecutándose, o no se detuvo correctamente.</translation>
    </message>
    <message>
        <source>Another program uses that port (a second web server, IIS on 80 or 443, another database).</source>
        <translation>Otro programa usa ese puerto (un segundo servidor web, IIS en el 80 o el 443, otra base de datos).</translation>
    </message>
    <message>
        <source>On Windows, the port lies in a range the system keeps for itself (Hyper-V, WSL, Docker).</source>
        <translation>En Windows, el puerto está en un intervalo que el sistema se reserva para sí (Hyper-V, WSL, Docker).</translation>
    </message>
    <message>
        <source>When a program says it while connecting (Windows): this computer has run out of local ports, because a program opens connections faster than the old ones close.</source>
        <translation>Si un programa lo indica al conectarse (Windows): este equipo se ha quedado sin puertos locales, porque un programa abre conexiones más rápido de lo que se cierran las antiguas.</translation>
    </message>
    <message>
        <source>This computer could not use that address or port</source>
        <translation>Este equipo no pudo usar esa dirección o ese puerto</translation>
    </message>
    <message>
        <source>The system refused to set up the connection because of this computer&apos;s own end of it (Windows error 10049, EADDRNOTAVAIL elsewhere): no free local port was left for a new connection, or the program asked for an address this computer does not have. Nothing was sent.</source>
        <translation>El sistema se negó a establecer la conexión por un problema en el extremo de este equipo (error 10049 de Windows; EADDRNOTAVAIL en otros sistemas): no quedaba ningún puerto local libre para una conexión nueva, o el programa pidió una dirección que este equipo no tiene. No se envió nada.</translation>
    </message>
    <message>
        <source>This computer ran out of local ports: a program opens connections faster than the old ones close (thousands waiting in TIME_WAIT).</source>
        <translation>Este equipo se quedó sin puertos locales: un programa abre conexiones más rápido de lo que se cierran las antiguas (miles esperando en TIME_WAIT).</translation>
    </message>
    <message>
        <source>The program is set to use an address this computer no longer has (a new IP address, a VPN that is not connected).</source>
        <translation>El programa está configurado para usar una dirección que este equipo ya no tiene (una dirección IP nueva, una VPN que no está conectada).</translation>
    </message>
    <message>
        <source>The address to connect to is not a usable one, such as 0.0.0.0.</source>
        <translation>La dirección a la que conectarse no es utilizable, como 0.0.0.0.</translation>
    </message>
    <message>
        <source>This computer ran out of network resources</source>
        <translation>Este equipo se quedó sin recursos de red</translation>
    </message>
    <message>
        <source>A program opens connections and never closes them, until the local ports or the memory for them run out.</source>
        <translation>Un programa abre conexiones y nunca las cierra, hasta que se agotan los puertos locales o la memoria para ellas.</translation>
    </message>
    <message>
        <source>Security or VPN software holds on to network resources.</source>
        <translation>Un software de seguridad o de VPN acapara recursos de red.</translation>
    </message>
    <message>
        <source>The computer has run for a long time under heavy load: a restart frees the resources for now, but the program that uses them up must be found.</source>
        <translation>El equipo lleva mucho tiempo funcionando con mucha carga: reiniciarlo libera los recursos por ahora, pero hay que encontrar el programa que los agota.</translation>
    </message>
    <message>
        <source>ssh does not recognise the server&apos;s key: an identity check, not the connection</source>
        <translation>ssh no reconoce la clave del servidor: una comprobación de identidad, no la conexión</translation>
    </message>
    <message>
        <source>The connection was made. Then ssh compared the key the server showed with the one it saved the last time (in known_hosts), and they differ, or it could not confirm the key. The network works; ssh stops because it cannot be sure it talks to the right server.</source>
        <translation>La conexión se estableció. Después ssh comparó la clave que mostró el servidor con la que guardó la última vez (en known_hosts): son distintas, o no pudo confirmar la clave. La red funciona; ssh se detiene porque no puede estar seguro de hablar con el servidor correcto.</translation>
    </message>
    <message>
        <source>The server was reinstalled or replaced, and has a new key.</source>
        <translation>El servidor se reinstaló o se sustituyó, y tiene una clave nueva.</translation>
    </message>
    <message>
        <source>The name or address now leads to another server (a new address, a load balancer).</source>
        <translation>El nombre o la dirección lleva ahora a otro servidor (una dirección nueva, un balanceador de carga).</translation>
    </message>
    <message>
        <source>Someone intercepts the connection: compare the key&apos;s fingerprint with the one the administrator gives you before you accept it.</source>
        <translation>Alguien intercepta la conexión: compare la huella de la clave con la que le dé el administrador antes de aceptarla.</translation>
    </message>
    <message>
        <source>The program could not check whether the certificate is still valid</source>
        <translation>El programa no pudo comprobar si el certificado sigue siendo válido</translation>
    </message>
    <message>
        <source>The connection was made and the server showed its certificate. Before trusting it, the program asked the authority that issued it whether the certificate has been withdrawn, and got no answer. This does not mean that the certificate was withdrawn: only that the check could not be made, so the program did not accept it. Windows says &quot;unable to check revocation&quot;.</source>
        <translation>La conexión se estableció y el servidor mostró su certificado. Antes de confiar en él, el programa preguntó a la entidad de certificación que lo emitió si el certificado se había revocado, y no obtuvo respuesta. Eso no significa que el certificado esté revocado: solo que no se pudo hacer la comprobación, así que el programa no lo aceptó. Windows dice que no se pudo comprobar la revocación (&quot;unable to check revocation&quot;).</translation>
    </message>
    <message>
        <source>A firewall or proxy lets this computer reach the server, but not the addresses where the authority answers such questions (its revocation list or OCSP server, usually plain HTTP on port 80).</source>
        <translation>Un firewall o proxy deja que este equipo llegue al servidor, pero no a las direcciones donde la entidad de certificación responde a esas consultas (su lista de revocación o su servidor OCSP, normalmente HTTP sin cifrar en el puerto 80).</translation>
    </message>
    <message>
        <source>A company&apos;s own authority does not publish its list of withdrawn certificates, or the published list is out of date.</source>
        <translation>La entidad de certificación propia de una empresa no publica su lista de certificados revocados, o la lista publicada está desactualizada.</translation>
    </message>
    <message>
        <source>This computer has no way to the internet at all, only to the server (a closed network).</source>
        <translation>Este equipo no tiene ningún camino hacia Internet, solo hacia el servidor (una red cerrada).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been withdrawn by its issuer</source>
        <translation>El emisor del certificado del servidor lo ha revocado</translation>
    </message>
    <message>
        <source>The connection was made and the server showed its certificate, but the authority that issued it has declared it withdrawn (revoked) before its end date, and the program refuses it. The network works. Only a new certificate on the server helps: do not accept this one.</source>
        <translation>La conexión se estableció y el servidor mostró su certificado, pero la entidad de certificación que lo emitió lo ha declarado anulado (revocado) antes de su fecha de caducidad, y el programa lo rechaza. La red funciona. Solo sirve un certificado nuevo en el servidor: no acepte el actual.</translation>
    </message>
    <message>
        <source>The certificate was replaced and the old one withdrawn, but the server (or one of several servers behind the name) still uses the old one.</source>
        <translation>El certificado se sustituyó y el antiguo se revocó, pero el servidor (o uno de los varios servidores que hay detrás del nombre) todavía usa el antiguo.</translation>
    </message>
    <message>
        <source>The certificate&apos;s secret key became known to others, so the authority withdrew it.</source>
        <translation>Otras personas llegaron a conocer la clave secreta del certificado, así que la entidad de certificación lo revocó.</translation>
    </message>
    <message>
        <source>A certificate in between (an intermediate certificate) was withdrawn, and the server still sends it.</source>
        <translation>Un certificado de por medio (un certificado intermedio) está revocado, y el servidor todavía lo envía.</translation>
    </message>
    <message>
        <source>Something intercepts the connection with a certificate that was withdrawn.</source>
        <translation>Algo intercepta la conexión con un certificado que está revocado.</translation>
    </message>
    <message>
        <source>The database server answered: it does not know the database asked for</source>
        <translation>El servidor de base de datos respondió: no conoce la base de datos solicitada</translation>
    </message>
    <message>
        <source>The connection to the database server was made, and the program that accepts its connections (the Oracle listener) answered: it does not know the database name (service name or SID) in the program&apos;s settings, or has no room for another session right now. The network works.</source>
        <translation>La conexión con el servidor de base de datos se estableció, y el programa que acepta sus conexiones (el listener de Oracle) respondió: no conoce el nombre de la base de datos (nombre de servicio o SID) que figura en la configuración del programa, o no tiene sitio para otra sesión en este momento. La red funciona.</translation>
    </message>
    <message>
        <source>The service name or SID in the connection settings is misspelled, or belongs to another server.</source>
        <translation>El nombre de servicio o el SID de la configuración de la conexión está mal escrito o pertenece a otro servidor.</translation>
    </message>
    <message>
        <source>The database is stopped, or still starting and not yet known to the listener.</source>
        <translation>La base de datos está detenida, o todavía está arrancando y el listener aún no la conoce.</translation>
    </message>
    <message>
        <source>ORA-12516, ORA-12519 or ORA-12520: the database has reached its limit of sessions.</source>
        <translation>ORA-12516, ORA-12519 u ORA-12520: la base de datos ha alcanzado su límite de sesiones.</translation>
    </message>
    <message>
        <source>With the Windows sign-in (&quot;Cannot generate SSPI context&quot;): the server is not registered for it in the domain (its service name, SPN), or this computer&apos;s clock is off.</source>
        <translation>Con el inicio de sesión de Windows (&quot;Cannot generate SSPI context&quot;): el servidor no está registrado para ello en el dominio (su nombre de servicio, SPN), o el reloj de este equipo no está en hora.</translation>
    </message>
    <message>
        <source>The message says that something took too long, but not whether the connection was still being set up or already open. If it was being set up, the requests to connect went unanswered (Windows gives up after 21 seconds, Linux after about two minutes); if it was open, the server did not answer in time. The port test tells which.</source>
        <translation>El mensaje dice que algo tardó demasiado, pero no si la conexión aún se estaba estableciendo o ya estaba abierta. Si se estaba estableciendo, las solicitudes de conexión quedaron sin respuesta (Windows se rinde tras 21 segundos, Linux tras unos dos minutos); si estaba abierta, el servidor no respondió a tiempo. La prueba de puertos indica cuál de los dos.</translation>
    </message>
    <message>
        <source>The request to connect (the SYN) never got to the other computer: a router on the way reported &quot;host unreachable&quot;, or, for an address on the local network, no device answered for that address. The connection could not even be tried.</source>
        <translation>La solicitud de conexión (el SYN) nunca llegó al otro equipo: un router del camino informó &quot;host inaccesible&quot; o, si la dirección es de la red local, ningún dispositivo respondió por ella. Ni siquiera se pudo intentar la conexión.</translation>
    </message>
    <message>
        <source>The connection could not even start: this computer, or a router on the way, has no route to the network of that address, so the request to connect was never sent. Most often this computer is offline: no cable, Wi-Fi off, or no router to lead out of the local network (default gateway).</source>
        <translation>La conexión ni siquiera pudo empezar: este equipo, o un router del camino, no tiene ruta hacia la red de esa dirección, así que la solicitud de conexión nunca se envió. Lo más habitual es que este equipo esté sin conexión: sin cable, con el Wi-Fi desactivado o sin un router que lleve fuera de la red local (puerta de enlace predeterminada).</translation>
    </message>
    <message>
        <source>The connection had been made, then the other side sent an RST (&quot;reset&quot;) and ended it at once, without the usual goodbye. Windows says &quot;forcibly closed by the remote host&quot;. Usually the program on the server crashed or hung up, or a firewall, proxy or load balancer on the way cut the connection.</source>
        <translation>La conexión se había establecido, pero el otro lado envió un RST (&quot;restablecer&quot;) y la terminó al instante, sin la despedida habitual. Windows dice &quot;Se ha forzado la interrupción de una conexión existente por el host remoto&quot;. Normalmente el programa del servidor se bloqueó o colgó, o un firewall, proxy o equilibrador de carga del camino cortó la conexión.</translation>
    </message>
    <message>
        <source>The connection had been made, but this computer&apos;s own system ended it, not the other side. Typically the data it sent was never acknowledged however often it was sent again, or software on this computer (a firewall, antivirus or VPN client) cut the connection. Windows says &quot;aborted by the software in your host machine&quot;.</source>
        <translation>La conexión se había establecido, pero la terminó el propio sistema de este equipo, no el otro lado. Normalmente, los datos enviados nunca recibieron confirmación por muchas veces que se reenviaran, o un software de este equipo (un firewall, un antivirus o un cliente VPN) cortó la conexión. Windows dice &quot;Se ha anulado una conexión establecida por el software en su equipo host&quot;.</translation>
    </message>
    <message>
        <source>Before a connection starts, the computer&apos;s name is looked up in DNS to find its address. That lookup failed: the name does not exist, or has no address. No request to connect was ever sent, so the server itself was never asked.</source>
        <translation>Antes de iniciar una conexión, se busca el nombre del equipo en el DNS para encontrar su dirección. Esa búsqueda falló: el nombre no existe o no tiene dirección. Nunca se envió ninguna solicitud de conexión, así que no se llegó a consultar al servidor.</translation>
    </message>
    <message>
        <source>The message says that a connection could not be made, but not what happened: whether the other side refused it, never answered, or could not be reached. The port test finds out by asking to connect (a SYN) and watching what comes back.</source>
        <translation>El mensaje dice que no se pudo establecer una conexión, pero no qué pasó: si el otro lado la rechazó, si nunca respondió o si no se pudo llegar a él. La prueba de puertos lo averigua solicitando una conexión (un SYN) y observando lo que vuelve.</translation>
    </message>
    <message>
        <source>The server does not send the certificates in between (intermediate certificates) that link its own to the authority.</source>
        <translation>El servidor no envía los certificados de por medio (certificados intermedios) que enlazan el suyo con la entidad de certificación.</translation>
    </message>
    <message>
        <source>The connection was made, then setting up the encryption (the TLS handshake) failed: the two sides have no version or way of encrypting in common, one side broke off with an error, or the answer was not encrypted at all (&quot;wrong version number&quot; often means that the port speaks plain text where the program expected encryption).</source>
        <translation>La conexión se estableció, pero luego falló la configuración del cifrado (la negociación TLS): los dos lados no tienen ninguna versión ni forma de cifrar en común, uno de ellos cortó con un error, o la respuesta no estaba cifrada en absoluto (&quot;wrong version number&quot; suele significar que el puerto habla texto sin cifrar donde el programa esperaba cifrado).</translation>
    </message>
    <message>
        <source>The server wants this program to show a certificate of its own (a client certificate), and it did not.</source>
        <translation>El servidor exige que este programa muestre un certificado propio (un certificado de cliente), y no lo hizo.</translation>
    </message>
    <message>
        <source>The system could not set up the connection: it had no memory left for network connections, or a waiting line (queue) was full (Windows error 10055, ENOBUFS elsewhere). Nothing was sent; the problem is on this computer, most often far too many connections open at once.</source>
        <translation>El sistema no pudo establecer la conexión: no le quedaba memoria para conexiones de red, o una cola de espera estaba llena (error 10055 de Windows; ENOBUFS en otros sistemas). No se envió nada; el problema está en este equipo, casi siempre demasiadas conexiones abiertas a la vez.</translation>
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
        <translation>Uso:
  tcpdoctor explain &quot;MENSAJE DE ERROR&quot; [--json]   explica un mensaje de error
  tcpdoctor explain - [--json]                    lee el mensaje de la entrada estándar
  tcpdoctor explain -- &quot;-bash: ...&quot;               un mensaje que empieza por &quot;-&quot;

Códigos de salida: 1 se reconoció un problema de conexión, 0 no se encontró ningún error de conexión TCP en el mensaje, 2 no hay mensaje.
</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Causas probables, de más a menos probable:</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Qué comprobar:</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Cuándo: %1.</translation>
    </message>
    <message>
        <source>Recognised from: &quot;%1&quot;</source>
        <translation>Reconocido a partir de: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tcpdoctor diagnose COMPUTER:%1 (the message does not say which computer)</source>
        <translation>tcpdoctor diagnose EQUIPO:%1 (el mensaje no dice qué equipo)</translation>
    </message>
    <message>
        <source>Check it step by step: %1</source>
        <translation>Compruébelo paso a paso: %1</translation>
    </message>
    <message>
        <source>The checklist steps that matter most here: %1.</source>
        <translation>Los pasos de la lista de comprobación que más importan aquí: %1.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>A message that starts with &quot;-&quot; goes after --, like: tcpdoctor explain -- &quot;-bash: connect: Connection refused&quot;</source>
        <translation>Un mensaje que empieza por &quot;-&quot; va después de --, así: tcpdoctor explain -- &quot;-bash: connect: Connection refused&quot;</translation>
    </message>
    <message>
        <source>Which error message? Put it in quotes, like: tcpdoctor explain &quot;Connection refused&quot;, or pipe it in with: tcpdoctor explain -</source>
        <translation>¿Qué mensaje de error? Escríbalo entre comillas, así: tcpdoctor explain &quot;Connection refused&quot;, o páselo por una canalización con: tcpdoctor explain -</translation>
    </message>
    <message>
        <source>The error message is empty: paste the message the program showed.</source>
        <translation>El mensaje de error está vacío: pegue el mensaje que mostró el programa.</translation>
    </message>
    <message>
        <source>See who holds the port: %1</source>
        <translation>Vea quién ocupa el puerto: %1</translation>
    </message>
    <message>
        <source>tcpdoctor listen PORT (the message does not say which port)</source>
        <translation>tcpdoctor listen PORT (el mensaje no dice qué puerto)</translation>
    </message>
</context>
<context>
    <name>FirewallStep</name>
    <message>
        <source>Not needed: the port test did not end in silence or a rejection.</source>
        <translation>No es necesario: la prueba de puertos no terminó en silencio ni en un rechazo.</translation>
    </message>
    <message>
        <source>Not needed: the SYN never left this computer.</source>
        <translation>No es necesario: el SYN nunca salió de este equipo.</translation>
    </message>
    <message>
        <source>Skipped: the ICMP trace needs raw-socket rights here (under Wine: CAP_NET_RAW).</source>
        <translation>Omitido: el rastreo ICMP necesita aquí permisos de socket sin procesar (en Wine: CAP_NET_RAW).</translation>
    </message>
    <message>
        <source>Skipped: %1 (%2).</source>
        <translation>Omitido: %1 (%2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall: nothing could be read</source>
        <translation>Firewall de este equipo: no se pudo leer nada</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall: %1</source>
        <translation>Firewall de este equipo: %1</translation>
    </message>
    <message>
        <source>Some rules can only be read by an administrator; this check never asks for admin rights.</source>
        <translation>Algunas reglas solo las puede leer un administrador; esta comprobación nunca pide derechos de administrador.</translation>
    </message>
    <message>
        <source>An administrator can look with: %1</source>
        <translation>Un administrador puede verlas con: %1</translation>
    </message>
    <message>
        <source>Path trace: %1.</source>
        <translation>Rastreo de la ruta: %1.</translation>
    </message>
    <message>
        <source>Not needed: the port test failed for a reason other than a firewall (%1).</source>
        <translation>No es necesario: la prueba de puertos falló por un motivo distinto de un firewall (%1).</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s firewall blocks port %1.</source>
        <translation>Una regla del firewall de este equipo bloquea el puerto %1.</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s firewall may block port %1.</source>
        <translation>Puede que una regla del firewall de este equipo bloquee el puerto %1.</translation>
    </message>
    <message>
        <source>No rule of this computer&apos;s firewall blocks port %1.</source>
        <translation>Ninguna regla del firewall de este equipo bloquea el puerto %1.</translation>
    </message>
    <message>
        <source>Without the port test there is no block to locate, and this computer&apos;s rules could not be read.</source>
        <translation>Sin la prueba de puertos no hay ningún bloqueo que localizar, y no se pudieron leer las reglas de este equipo.</translation>
    </message>
    <message>
        <source>%1 rule &quot;%2&quot; (%3)%4</source>
        <translation>Regla de %1 &quot;%2&quot; (%3)%4</translation>
    </message>
    <message>
        <source>, which may apply: it has conditions tcpdoctor cannot judge</source>
        <translation>, que puede aplicarse: tiene condiciones que tcpdoctor no puede evaluar</translation>
    </message>
    <message>
        <source>%1, chain %2</source>
        <translation>%1, cadena %2</translation>
    </message>
    <message>
        <source>ICMP echo requests reach %1 in %2 hops (ICMP, not the port: a firewall may still drop the port).</source>
        <translation>Las solicitudes de eco ICMP llegan a %1 en %2 saltos (es ICMP, no el puerto: un firewall aún puede descartar el puerto).</translation>
    </message>
    <message>
        <source>SYNs with a limited TTL reached the server %1 (hop %2).</source>
        <translation>Los SYN con TTL limitado llegaron al servidor %1 (salto %2).</translation>
    </message>
    <message>
        <source>This computer could not send the SYN (%1).</source>
        <translation>Este equipo no pudo enviar el SYN (%1).</translation>
    </message>
    <message>
        <source>Router %1 (hop %2) rejected it: %3.</source>
        <translation>El router %1 (salto %2) lo rechazó: %3.</translation>
    </message>
    <message>
        <source>The SYN reached router %1 (hop %2) and went no further: nothing answered beyond it.</source>
        <translation>El SYN llegó al router %1 (salto %2) y no pasó de ahí: nada respondió más allá.</translation>
    </message>
    <message>
        <source>Not even the first router answered: the SYN may not have left this network.</source>
        <translation>Ni siquiera respondió el primer router: puede que el SYN no haya salido de esta red.</translation>
    </message>
    <message>
        <source>%1 (hop %2)</source>
        <translation>%1 (salto %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The same port on the reference host %1 (%2): %3.</source>
        <translation>El mismo puerto en el equipo de referencia %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Other ports on %1: %2.</source>
        <translation>Otros puertos de %1: %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall: %1.</source>
        <translation>Firewall de este equipo: %1.</translation>
    </message>
    <message>
        <source>%1: the rules can only be read by an administrator (%2).</source>
        <translation>%1: solo un administrador puede leer las reglas (%2).</translation>
    </message>
    <message>
        <source>Never switch a firewall off for good. To confirm, turn off only that rule (or the firewall) for one quick test, then turn it back on at once.</source>
        <translation>No desactive nunca un firewall de forma permanente. Para confirmarlo, desactive solo esa regla (o el firewall) para una prueba rápida y vuelva a activarlo enseguida.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall blocks the connection</source>
        <translation>El firewall de este equipo bloquea la conexión</translation>
    </message>
    <message>
        <source>The SYN to port %1 never left this computer: its own firewall stopped it.</source>
        <translation>El SYN al puerto %1 nunca salió de este equipo: lo detuvo su propio firewall.</translation>
    </message>
    <message>
        <source>The rule that matches: %1.</source>
        <translation>La regla que coincide: %1.</translation>
    </message>
    <message>
        <source>Look at the rule with: sudo nft -a list chain %1 %2</source>
        <translation>Vea la regla con: sudo nft -a list chain %1 %2</translation>
    </message>
    <message>
        <source>Which rule it is could not be seen: reading the firewall rules needs administrator rights.</source>
        <translation>No se pudo ver qué regla es: para leer las reglas del firewall se necesitan derechos de administrador.</translation>
    </message>
    <message>
        <source>An administrator can list the rules with: %1</source>
        <translation>Un administrador puede ver las reglas con: %1</translation>
    </message>
    <message>
        <source>Check this computer&apos;s firewall and security software for a rule that blocks outgoing connections to port %1, and ask whether it is there on purpose.</source>
        <translation>Busque en el firewall y el software de seguridad de este equipo una regla que bloquee las conexiones salientes al puerto %1, y pregunte si está ahí a propósito.</translation>
    </message>
    <message>
        <source>A firewall on your network blocks port %1</source>
        <translation>Un firewall de su red bloquea el puerto %1</translation>
    </message>
    <message>
        <source>A firewall on your network (router %1) blocks port %2</source>
        <translation>Un firewall de su red (router %1) bloquea el puerto %2</translation>
    </message>
    <message>
        <source>Port %1 fails on the reference host too, so the network this computer is on blocks outgoing connections to that port, not the server.</source>
        <translation>El puerto %1 también falla en el equipo de referencia, así que es la red en la que está este equipo la que bloquea las conexiones salientes a ese puerto, no el servidor.</translation>
    </message>
    <message>
        <source>The SYN to port %1 reached router %2 and went no further, while other ports of the server pass that router: a firewall at or after it drops port %1.</source>
        <translation>El SYN al puerto %1 llegó al router %2 y no pasó de ahí, mientras que otros puertos del servidor sí atraviesan ese router: un firewall en ese punto o después descarta el puerto %1.</translation>
    </message>
    <message>
        <source>Router %1 answered the SYN to port %2 with &quot;administratively prohibited&quot;: a firewall there refuses this traffic. The server never saw it.</source>
        <translation>El router %1 respondió al SYN al puerto %2 con &quot;prohibido administrativamente&quot;: un firewall ahí rechaza este tráfico. El servidor nunca lo vio.</translation>
    </message>
    <message>
        <source>Ask the administrator of that network (router %1) to allow port %2 to %3.</source>
        <translation>Pida al administrador de esa red (router %1) que permita el puerto %2 hacia %3.</translation>
    </message>
    <message>
        <source>To confirm, try from another network (for example a phone&apos;s hotspot): if it works there, the block is on this network.</source>
        <translation>Para confirmarlo, pruebe desde otra red (por ejemplo, la zona Wi-Fi de un teléfono): si ahí funciona, el bloqueo está en esta red.</translation>
    </message>
    <message>
        <source>The server&apos;s own firewall rejects port %1</source>
        <translation>El propio firewall del servidor rechaza el puerto %1</translation>
    </message>
    <message>
        <source>The server %1 itself answered the SYN with an ICMP &quot;not allowed&quot; message: its firewall refuses port %2 from this computer.</source>
        <translation>El propio servidor %1 respondió al SYN con un mensaje ICMP de &quot;no permitido&quot;: su firewall rechaza el puerto %2 desde este equipo.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to allow port %1 from your address in the server&apos;s firewall.</source>
        <translation>Pida al administrador del servidor que permita el puerto %1 desde su dirección en el firewall del servidor.</translation>
    </message>
    <message>
        <source>On the server they can check the inbound rules (ufw status, firewall-cmd --list-all, nft list ruleset, or Windows Defender Firewall&apos;s inbound rules).</source>
        <translation>En el servidor se pueden revisar las reglas de entrada (ufw status, firewall-cmd --list-all, nft list ruleset, o las reglas de entrada del Firewall de Windows Defender).</translation>
    </message>
    <message>
        <source>Probably the server&apos;s firewall (the server answers on other ports)</source>
        <translation>Probablemente el firewall del servidor (el servidor responde en otros puertos)</translation>
    </message>
    <message>
        <source>The server %1 answers on other ports but not on port %2, so it is up and reachable and something drops port %2 only.</source>
        <translation>El servidor %1 responde en otros puertos, pero no en el puerto %2: está encendido y accesible, y algo descarta solo el puerto %2.</translation>
    </message>
    <message>
        <source>The SYN reached router %1 and went no further; the next hop is the server itself, so the drop is in the server&apos;s firewall, or in a firewall right in front of it (a cloud security group, or router %2).</source>
        <translation>El SYN llegó al router %1 y no pasó de ahí; el siguiente salto es el propio servidor, así que lo descarta el firewall del servidor o un firewall justo delante de él (un grupo de seguridad en la nube, o el router %2).</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether port %1 is allowed in the server&apos;s firewall and in any security group or firewall in front of it.</source>
        <translation>Pregunte al administrador del servidor si el puerto %1 está permitido en el firewall del servidor y en cualquier grupo de seguridad o firewall que haya delante.</translation>
    </message>
    <message>
        <source>On the server, &quot;tcpdoctor listen %1&quot; shows whether the service listens at all.</source>
        <translation>En el servidor, &quot;tcpdoctor listen %1&quot; muestra si el servicio está a la escucha.</translation>
    </message>
    <message>
        <source>Nothing answers from %1 at all</source>
        <translation>%1 no responde en absoluto</translation>
    </message>
    <message>
        <source>Neither port %1 nor the other ports tried answered. The server may be switched off, its address may be wrong, or a firewall drops everything to it.</source>
        <translation>No respondió ni el puerto %1 ni los demás puertos probados. Puede que el servidor esté apagado, que su dirección sea incorrecta o que un firewall descarte todo lo que va hacia él.</translation>
    </message>
    <message>
        <source>The last device on the way that answered was %1.</source>
        <translation>El último dispositivo del camino que respondió fue %1.</translation>
    </message>
    <message>
        <source>Check that the server is on and that the address is right.</source>
        <translation>Compruebe que el servidor esté encendido y que la dirección sea correcta.</translation>
    </message>
    <message>
        <source>Ask the network or server administrator which firewall sits after %1.</source>
        <translation>Pregunte al administrador de la red o del servidor qué firewall hay después de %1.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>Where the packets are dropped could not be found</source>
        <translation>No se pudo averiguar dónde se descartan los paquetes</translation>
    </message>
    <message>
        <source>Port %1 stayed silent in the port test, but the path trace reached the server: the block may come and go, or depend on the connection.</source>
        <translation>El puerto %1 no respondió en la prueba de puertos, pero el rastreo de la ruta llegó al servidor: el bloqueo puede ser intermitente o depender de la conexión.</translation>
    </message>
    <message>
        <source>Run the check again; if the result changes, the block is intermittent (overload or a rate limit).</source>
        <translation>Vuelva a ejecutar la comprobación; si el resultado cambia, el bloqueo es intermitente (sobrecarga o límite de velocidad).</translation>
    </message>
    <message>
        <source>No firewall stopped the connection to port %1</source>
        <translation>Ningún firewall detuvo la conexión al puerto %1</translation>
    </message>
    <message>
        <source>Not a firewall problem</source>
        <translation>No es un problema de firewall</translation>
    </message>
    <message>
        <source>Ask the administrator of that network (its gateway) to allow port %1 to %2.</source>
        <translation>Pida al administrador de esa red (su puerta de enlace) que permita el puerto %1 hacia %2.</translation>
    </message>
    <message>
        <source>The server %1 itself rejected it: %2.</source>
        <translation>El propio servidor %1 lo rechazó: %2.</translation>
    </message>
    <message>
        <source>%1 is on the local network, so there is no router in between; it did not answer.</source>
        <translation>%1 está en la red local, así que no hay ningún router en medio; no respondió.</translation>
    </message>
    <message>
        <source>It is on the local network, with no router in between, so the drop is in the server&apos;s own firewall.</source>
        <translation>Está en la red local, sin router de por medio, así que es el propio firewall del servidor el que descarta los paquetes.</translation>
    </message>
</context>
<context>
    <name>Icmp</name>
    <message>
        <source>network unreachable</source>
        <translation>red inaccesible</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>host inaccesible</translation>
    </message>
    <message>
        <source>protocol unreachable</source>
        <translation>protocolo inaccesible</translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation>puerto inaccesible</translation>
    </message>
    <message>
        <source>fragmentation needed</source>
        <translation>fragmentación necesaria</translation>
    </message>
    <message>
        <source>source route failed</source>
        <translation>falló el enrutamiento de origen</translation>
    </message>
    <message>
        <source>destination network unknown</source>
        <translation>red de destino desconocida</translation>
    </message>
    <message>
        <source>destination host unknown</source>
        <translation>host de destino desconocido</translation>
    </message>
    <message>
        <source>network administratively prohibited</source>
        <translation>red prohibida administrativamente</translation>
    </message>
    <message>
        <source>host administratively prohibited</source>
        <translation>host prohibido administrativamente</translation>
    </message>
    <message>
        <source>network unreachable for this type of service</source>
        <translation>red inaccesible para este tipo de servicio</translation>
    </message>
    <message>
        <source>host unreachable for this type of service</source>
        <translation>host inaccesible para este tipo de servicio</translation>
    </message>
    <message>
        <source>communication administratively prohibited</source>
        <translation>comunicación prohibida administrativamente</translation>
    </message>
    <message>
        <source>no route to destination</source>
        <translation>no hay ruta al destino</translation>
    </message>
    <message>
        <source>beyond scope of source address</source>
        <translation>fuera del ámbito de la dirección de origen</translation>
    </message>
    <message>
        <source>address unreachable</source>
        <translation>dirección inaccesible</translation>
    </message>
    <message>
        <source>source address failed ingress/egress policy</source>
        <translation>la dirección de origen no cumple la política de entrada/salida</translation>
    </message>
    <message>
        <source>reject route to destination</source>
        <translation>ruta de rechazo hacia el destino</translation>
    </message>
    <message>
        <source>ICMPv6 type %1, code %2</source>
        <translation>ICMPv6 tipo %1, código %2</translation>
    </message>
    <message>
        <source>ICMP type %1, code %2</source>
        <translation>ICMP tipo %1, código %2</translation>
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
        <translation>Indique las pausas en segundos, separadas por comas, por ejemplo 15,60,300.</translation>
    </message>
    <message>
        <source>Give at most %1 idle periods; one connection is opened for each.</source>
        <translation>Indique como máximo %1 pausas; se abre una conexión para cada una.</translation>
    </message>
    <message>
        <source>Each idle period must be a whole number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>Cada pausa debe ser un número entero de segundos del 1 al %1, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>the name was not found</source>
        <translation>no se encontró el nombre</translation>
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
        <translation>seguía funcionando</translation>
    </message>
    <message>
        <source>reset: it had been forgotten</source>
        <translation>restablecida: se había olvidado</translation>
    </message>
    <message>
        <source>no answer: it had been forgotten on the way</source>
        <translation>sin respuesta: se había olvidado en el camino</translation>
    </message>
    <message>
        <source>closed by the server</source>
        <translation>cerrada por el servidor</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>no se pudo conectar</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>unknown: nothing came back, and this system does not say whether it arrived</source>
        <translation>desconocido: no volvió nada y este sistema no indica si el byte llegó</translation>
    </message>
    <message>
        <source>after %1 idle</source>
        <translation>tras %1 de silencio</translation>
    </message>
    <message>
        <source>from port %1</source>
        <translation>desde el puerto %1</translation>
    </message>
    <message>
        <source>(the byte sent then was acknowledged)</source>
        <translation>(se confirmó la recepción del byte enviado)</translation>
    </message>
    <message>
        <source>(after %1 s)</source>
        <translation>(tras %1 s)</translation>
    </message>
    <message numerus="yes">
        <source>(sent %n time(s) again)</source>
        <translation>
            <numerusform>(reenviado %n vez)</numerusform>
            <numerusform>(reenviado %n veces)</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to %1 could be opened</source>
        <translation>No se pudo abrir ninguna conexión a %1</translation>
    </message>
    <message>
        <source>The idle test needs connections that work to begin with, and none could be opened (%1).</source>
        <translation>La prueba de pausa necesita conexiones que funcionen al principio, y no se pudo abrir ninguna (%1).</translation>
    </message>
    <message>
        <source>The idle test needs connections that work to begin with, and the name did not resolve (%1).</source>
        <translation>La prueba de pausa necesita conexiones que funcionen al principio, y no se pudo resolver el nombre (%1).</translation>
    </message>
    <message>
        <source>Check %1 step by step to find out where it fails.</source>
        <translation>Compruebe %1 paso a paso para averiguar dónde falla.</translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor diagnose %1&quot; to find out where it fails.</source>
        <translation>Ejecute &quot;tcpdoctor diagnose %1&quot; para averiguar dónde falla.</translation>
    </message>
    <message>
        <source>The idle test was stopped</source>
        <translation>La prueba de pausa se detuvo</translation>
    </message>
    <message>
        <source>It was stopped before any connection had been idle long enough to tell.</source>
        <translation>Se detuvo antes de que alguna conexión estuviera en silencio el tiempo suficiente para saberlo.</translation>
    </message>
    <message>
        <source>Start it again and let it run to the end.</source>
        <translation>Vuelva a iniciarla y déjela llegar hasta el final.</translation>
    </message>
    <message>
        <source>It is not known whether idle connections to %1 survive</source>
        <translation>No se sabe si las conexiones inactivas a %1 sobreviven</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) got no answer after their pause, and this system does not tell whether the byte sent then arrived (it needs Windows 10 1703 or later, Linux or macOS for that).</source>
        <translation>
            <numerusform>%n conexión no obtuvo respuesta tras su pausa, y este sistema no indica si llegó el byte enviado entonces (para eso hace falta Windows 10 1703 o posterior, Linux o macOS).</numerusform>
            <numerusform>%n conexiones no obtuvieron respuesta tras su pausa, y este sistema no indica si llegó el byte enviado entonces (para eso hace falta Windows 10 1703 o posterior, Linux o macOS).</numerusform>
        </translation>
    </message>
    <message>
        <source>A connection idle for %1 still worked.</source>
        <translation>Una conexión en silencio durante %1 seguía funcionando.</translation>
    </message>
    <message>
        <source>Run the idle test against a server that answers what it receives, such as &quot;tcpdoctor listen --serve PORT&quot; on the server, or from a Linux or macOS computer.</source>
        <translation>Ejecute la prueba de pausa contra un servidor que responda a lo que recibe, como &quot;tcpdoctor listen --serve PORT&quot; en el servidor, o desde un equipo Linux o macOS.</translation>
    </message>
    <message>
        <source>Idle connections to %1 survive</source>
        <translation>Las conexiones inactivas a %1 sobreviven</translation>
    </message>
    <message>
        <source>Every connection still worked after its pause, the longest after %1 of silence. Nothing on the way forgets connections that stay silent this long.</source>
        <translation>Todas las conexiones seguían funcionando tras su pausa, la más larga tras %1 de silencio. Nada en el camino olvida las conexiones que permanecen en silencio tanto tiempo.</translation>
    </message>
    <message>
        <source>If a program still loses its connection after a pause, the pause is longer than %1: try a longer time.</source>
        <translation>Si un programa sigue perdiendo su conexión tras una pausa, la pausa dura más de %1: pruebe con un tiempo más largo.</translation>
    </message>
    <message>
        <source>If a program still loses its connection after a pause, the pause is longer than %1: try --max-idle with a longer time.</source>
        <translation>Si un programa sigue perdiendo su conexión tras una pausa, la pausa dura más de %1: pruebe --max-idle con un tiempo más largo.</translation>
    </message>
    <message>
        <source>%1 closes connections that stay silent</source>
        <translation>%1 cierra las conexiones que permanecen en silencio</translation>
    </message>
    <message>
        <source>The server itself ended the connection after about %1 of silence: it said goodbye properly (FIN), so this is its own idle timeout, not the network.</source>
        <translation>El propio servidor terminó la conexión tras unos %1 de silencio: se despidió correctamente (FIN), así que es su propio tiempo de espera por inactividad, no la red.</translation>
    </message>
    <message>
        <source>Make the program send something (a keepalive or a harmless request) more often than every %1, or have it reconnect when the server has closed the connection.</source>
        <translation>Haga que el programa envíe algo (un keepalive o una solicitud inofensiva) con más frecuencia que cada %1, o que vuelva a conectarse cuando el servidor haya cerrado la conexión.</translation>
    </message>
    <message>
        <source>Or raise the service&apos;s own idle timeout on the server (its &quot;timeout&quot; or &quot;keepalive_timeout&quot; setting).</source>
        <translation>O aumente en el servidor el tiempo de espera por inactividad del propio servicio (su configuración &quot;timeout&quot; o &quot;keepalive_timeout&quot;).</translation>
    </message>
    <message>
        <source>The server sent FIN %1 s after the connection opened.</source>
        <translation>El servidor envió un FIN %1 s después de abrirse la conexión.</translation>
    </message>
    <message>
        <source>Something on the way to %1 forgets silent connections</source>
        <translation>Algo en el camino a %1 olvida las conexiones inactivas</translation>
    </message>
    <message>
        <source>a reset came back</source>
        <translation>volvió un restablecimiento (RST)</translation>
    </message>
    <message>
        <source>the byte sent then was never acknowledged, however often it was sent again</source>
        <translation>nunca se confirmó la recepción del byte enviado entonces, por muchas veces que se reenviara</translation>
    </message>
    <message>
        <source>A connection that stayed silent for %1 still worked; after %2 of silence it was dead (%3). A firewall or NAT router between this computer and the server forgets connections that stay silent for between %1 and %2. Programs that keep a connection open without talking (databases, remote desktops, SSH) then fail with &quot;connection reset&quot; or errors 10053/10054 when they speak again.</source>
        <translation>Una conexión que estuvo en silencio %1 seguía funcionando; tras %2 de silencio estaba muerta (%3). Un firewall o un router NAT entre este equipo y el servidor olvida las conexiones que permanecen en silencio entre %1 y %2. Los programas que mantienen una conexión abierta sin hablar (bases de datos, escritorios remotos, SSH) fallan entonces con &quot;conexión restablecida&quot; o los errores 10053/10054 cuando vuelven a hablar.</translation>
    </message>
    <message>
        <source>Even the shortest pause tried, %1, killed the connection (%2). A firewall or NAT router between this computer and the server forgets silent connections very quickly. Programs that keep a connection open without talking fail when they speak again.</source>
        <translation>Incluso la pausa más corta probada, %1, acabó con la conexión (%2). Un firewall o un router NAT entre este equipo y el servidor olvida muy rápido las conexiones inactivas. Los programas que mantienen una conexión abierta sin hablar fallan cuando vuelven a hablar.</translation>
    </message>
    <message>
        <source>Turn on TCP keepalive in the program, with the first keepalive after at most %1 s of silence and one every %1 s after that: the small packets keep the connection known on the way.</source>
        <translation>Active el keepalive de TCP en el programa, con el primer keepalive tras %1 s de silencio como máximo y uno cada %1 s después: esos pequeños paquetes hacen que la conexión siga siendo conocida en el camino.</translation>
    </message>
    <message>
        <source>SSH: ServerAliveInterval %1 in ~/.ssh/config (or ClientAliveInterval %1 on the server).</source>
        <translation>SSH: ServerAliveInterval %1 en ~/.ssh/config (o ClientAliveInterval %1 en el servidor).</translation>
    </message>
    <message>
        <source>PostgreSQL: keepalives_idle=%1 in the connection string (libpq, psql); JDBC: tcpKeepAlive=true together with the system setting below.</source>
        <translation>PostgreSQL: keepalives_idle=%1 en la cadena de conexión (libpq, psql); JDBC: tcpKeepAlive=true junto con la configuración del sistema que se indica abajo.</translation>
    </message>
    <message>
        <source>Oracle: SQLNET.EXPIRE_TIME=%1 in sqlnet.ora (minutes).</source>
        <translation>Oracle: SQLNET.EXPIRE_TIME=%1 en sqlnet.ora (minutos).</translation>
    </message>
    <message>
        <source>The system&apos;s keepalive time, for programs that turn keepalive on without choosing a time: Linux sysctl net.ipv4.tcp_keepalive_time=%1; Windows KeepAliveTime=%2 (milliseconds) under HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters, then restart; macOS sysctl net.inet.tcp.keepidle=%2.</source>
        <translation>El tiempo de keepalive del sistema, para los programas que activan keepalive sin elegir un tiempo: Linux sysctl net.ipv4.tcp_keepalive_time=%1; Windows KeepAliveTime=%2 (milisegundos) en HKLM\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters y después reiniciar; macOS sysctl net.inet.tcp.keepidle=%2.</translation>
    </message>
    <message>
        <source>Or ask the network&apos;s administrator to raise the idle timeout of the firewall or NAT router on the way for this connection.</source>
        <translation>O pida al administrador de la red que aumente, para esta conexión, el tiempo de espera por inactividad del firewall o del router NAT del camino.</translation>
    </message>
    <message>
        <source>Idle for %1: %2.</source>
        <translation>Pausa de %1: %2.</translation>
    </message>
</context>
<context>
    <name>IdleCli</name>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Ejecute &quot;tcpdoctor --help&quot; para ver las opciones.</translation>
    </message>
    <message>
        <source>Give one target, like: tcpdoctor idle db.example.com:5432</source>
        <translation>Indique un destino, por ejemplo: tcpdoctor idle db.example.com:5432</translation>
    </message>
    <message>
        <source>Give --max-idle or --periods, not both.</source>
        <translation>Indique --max-idle o --periods, no ambos.</translation>
    </message>
    <message>
        <source>--max-idle must be a whole number of seconds from 1 to 86400, not &quot;%1&quot;.</source>
        <translation>--max-idle debe ser un número entero de segundos del 1 al 86400, no &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n connection(s) to %1. Each stays silent for a while (%2), then sends one byte to see whether it still works. This takes about %3. Ctrl+C stops.</source>
        <translation>
            <numerusform>Abriendo %n conexión a %1. Permanece en silencio un rato (%2) y luego envía un byte para ver si sigue funcionando. Esto tarda unos %3. Ctrl+C para detener.</numerusform>
            <numerusform>Abriendo %n conexiones a %1. Cada una permanece en silencio un rato (%2) y luego envía un byte para ver si sigue funcionando. Esto tarda unos %3. Ctrl+C para detener.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpStep</name>
    <message>
        <source>set by hand</source>
        <translation>configurada a mano</translation>
    </message>
    <message>
        <source>from DHCP</source>
        <translation>por DHCP</translation>
    </message>
    <message>
        <source>automatic, from the router (SLAAC)</source>
        <translation>automática, del router (SLAAC)</translation>
    </message>
    <message>
        <source>automatic (DHCPv6 or SLAAC)</source>
        <translation>automática (DHCPv6 o SLAAC)</translation>
    </message>
    <message>
        <source>self-assigned</source>
        <translation>autoasignada</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>bucle invertido</translation>
    </message>
    <message>
        <source>origin unknown</source>
        <translation>origen desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left</source>
        <translation>
            <numerusform>queda %n hora</numerusform>
            <numerusform>quedan %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>queda %n minuto</numerusform>
            <numerusform>quedan %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Another device on the network uses the same address %1</source>
        <translation>Otro dispositivo de la red usa la misma dirección %1</translation>
    </message>
    <message>
        <source>Duplicate address detection failed on %1, so this computer does not use the address.</source>
        <translation>La detección de direcciones duplicadas falló en %1, así que este equipo no usa la dirección.</translation>
    </message>
    <message>
        <source>If the address was set by hand, choose one that no other device uses, or switch to automatic configuration (DHCP).</source>
        <translation>Si la dirección se configuró a mano, elija una que no use ningún otro dispositivo o cambie a configuración automática (DHCP).</translation>
    </message>
    <message>
        <source>%1 has the address(es) %2</source>
        <translation>%1 tiene la(s) dirección(es) %2</translation>
    </message>
    <message>
        <source>Only a self-assigned address (%1): automatic configuration (DHCP) failed</source>
        <translation>Solo una dirección autoasignada (%1): la configuración automática (DHCP) falló</translation>
    </message>
    <message>
        <source>This computer asked the network for an address (DHCP), got no answer, and gave itself an address from 169.254.x.x. With it, only the local network can be reached, and usually not even that.</source>
        <translation>Este equipo pidió una dirección a la red (DHCP), no obtuvo respuesta y se asignó a sí mismo una dirección 169.254.x.x. Con ella solo se puede llegar a la red local, y normalmente ni eso.</translation>
    </message>
    <message>
        <source>Only a link-local address: the network gave this computer no address</source>
        <translation>Solo una dirección de vínculo local: la red no dio ninguna dirección a este equipo</translation>
    </message>
    <message>
        <source>%1 has only its own link-local IPv6 address (fe80::...), which works on the local cable or Wi-Fi alone. No DHCP server or router gave it an address.</source>
        <translation>%1 solo tiene su propia dirección IPv6 de vínculo local (fe80::...), que funciona únicamente en el cable o Wi-Fi local. Ningún servidor DHCP ni router le dio una dirección.</translation>
    </message>
    <message>
        <source>Restart the router (switch it off for 30 seconds), wait two minutes, and try again.</source>
        <translation>Reinicie el router (apáguelo durante 30 segundos), espere dos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Switch this computer&apos;s network connection off and on, so it asks for an address again.</source>
        <translation>Desactive y vuelva a activar la conexión de red de este equipo para que vuelva a pedir una dirección.</translation>
    </message>
    <message>
        <source>If the network uses fixed addresses, ask its administrator for the right settings.</source>
        <translation>Si la red usa direcciones fijas, pida la configuración correcta a su administrador.</translation>
    </message>
    <message>
        <source>No IP address on %1</source>
        <translation>No hay dirección IP en %1</translation>
    </message>
    <message>
        <source>The connection is up, but no IP address is configured, so nothing can be sent.</source>
        <translation>La conexión está activa, pero no tiene ninguna dirección IP configurada, así que no se puede enviar nada.</translation>
    </message>
    <message>
        <source>Switch the connection off and on, so it asks the router for an address (DHCP).</source>
        <translation>Desactive y vuelva a activar la conexión para que pida una dirección al router (DHCP).</translation>
    </message>
    <message>
        <source>Check the connection&apos;s settings: the IP address should be &quot;automatic (DHCP)&quot; unless the network uses fixed addresses.</source>
        <translation>Revise la configuración de la conexión: la dirección IP debería ser &quot;automática (DHCP)&quot;, salvo que la red use direcciones fijas.</translation>
    </message>
    <message>
        <source>Restart the router.</source>
        <translation>Reinicie el router.</translation>
    </message>
    <message>
        <source>%1 is this computer itself</source>
        <translation>%1 es este mismo equipo</translation>
    </message>
    <message>
        <source>Traffic to it never leaves this computer.</source>
        <translation>El tráfico hacia él nunca sale de este equipo.</translation>
    </message>
    <message>
        <source>%1 is on the local network of %2</source>
        <translation>%1 está en la red local de %2</translation>
    </message>
    <message>
        <source>Traffic to %1 goes through the gateway %2 on %3</source>
        <translation>El tráfico hacia %1 pasa por la puerta de enlace %2 en %3</translation>
    </message>
    <message>
        <source>Source address: %1.</source>
        <translation>Dirección de origen: %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Traffic to %1 goes through the VPN tunnel %2</source>
        <translation>El tráfico hacia %1 pasa por el túnel VPN %2</translation>
    </message>
    <message>
        <source>A VPN is connected and its routes catch this address, so the connection goes through the VPN, not directly.</source>
        <translation>Hay una VPN conectada y sus rutas abarcan esta dirección, así que la conexión pasa por la VPN, no directamente.</translation>
    </message>
    <message>
        <source>If %1 is a company address, this is expected.</source>
        <translation>Si %1 es una dirección de la empresa, es lo esperado.</translation>
    </message>
    <message>
        <source>If it should be reached directly (a device at home, a public site), disconnect the VPN and try again.</source>
        <translation>Si se debería llegar directamente (un dispositivo de casa, un sitio público), desconecte la VPN y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No default gateway: this computer has no route to %1</source>
        <translation>No hay puerta de enlace predeterminada: este equipo no tiene ruta hacia %1</translation>
    </message>
    <message>
        <source>%1 is not on the local network, and no default gateway (router) is set up to send such traffic to, so nothing can be sent to it.</source>
        <translation>%1 no está en la red local, y no hay ninguna puerta de enlace predeterminada (router) configurada a la que enviar ese tráfico, así que no se le puede enviar nada.</translation>
    </message>
    <message>
        <source>This computer has no route to %1</source>
        <translation>Este equipo no tiene ruta hacia %1</translation>
    </message>
    <message>
        <source>The routing table has no entry that covers %1.</source>
        <translation>La tabla de enrutamiento no tiene ninguna entrada que abarque %1.</translation>
    </message>
    <message>
        <source>A route on this computer rejects traffic to %1</source>
        <translation>Una ruta de este equipo rechaza el tráfico hacia %1</translation>
    </message>
    <message>
        <source>The routing table has a &quot;%1&quot; route for it.</source>
        <translation>La tabla de enrutamiento tiene una ruta &quot;%1&quot; para ella.</translation>
    </message>
    <message>
        <source>Connect to the network again, so it sets up the gateway automatically (DHCP).</source>
        <translation>Vuelva a conectarse a la red para que configure la puerta de enlace automáticamente (DHCP).</translation>
    </message>
    <message>
        <source>If you set the address by hand, also enter the default gateway: usually the router&apos;s address, like 192.168.1.1.</source>
        <translation>Si configuró la dirección a mano, escriba también la puerta de enlace predeterminada: normalmente la dirección del router, como 192.168.1.1.</translation>
    </message>
    <message>
        <source>If %1 belongs to a company network, connect the VPN first.</source>
        <translation>Si %1 pertenece a una red de empresa, conecte primero la VPN.</translation>
    </message>
    <message>
        <source>The default gateway %1 is outside the network of %2</source>
        <translation>La puerta de enlace predeterminada %1 está fuera de la red de %2</translation>
    </message>
    <message>
        <source>This computer&apos;s address there is %1: the gateway must be inside that network to be reached directly.</source>
        <translation>La dirección de este equipo ahí es %1: la puerta de enlace debe estar dentro de esa red para poder llegar a ella directamente.</translation>
    </message>
    <message>
        <source>Check the gateway and the subnet mask in the connection&apos;s settings (for the address 192.168.1.20 with mask 255.255.255.0, the gateway looks like 192.168.1.1).</source>
        <translation>Revise la puerta de enlace y la máscara de subred en la configuración de la conexión (para la dirección 192.168.1.20 con máscara 255.255.255.0, la puerta de enlace será algo como 192.168.1.1).</translation>
    </message>
    <message>
        <source>Several default gateways compete: %1</source>
        <translation>Varias puertas de enlace predeterminadas compiten: %1</translation>
    </message>
    <message>
        <source>They have the same priority (metric), so it is a matter of chance which one carries a connection; if one of them does not lead to the internet, connections fail at random.</source>
        <translation>Tienen la misma prioridad (métrica), así que es cuestión de azar cuál lleva cada conexión; si una de ellas no da acceso a Internet, las conexiones fallan al azar.</translation>
    </message>
    <message>
        <source>Disconnect the connection you do not need (for example Wi-Fi while a cable is plugged in), or give the connections different priorities.</source>
        <translation>Desconecte la conexión que no necesite (por ejemplo, el Wi-Fi cuando hay un cable enchufado) o asigne prioridades distintas a las conexiones.</translation>
    </message>
    <message>
        <source>No default gateway: only the local network can be reached</source>
        <translation>No hay puerta de enlace predeterminada: solo se puede llegar a la red local</translation>
    </message>
    <message>
        <source>No router is set up to carry traffic beyond the local network (no default route).</source>
        <translation>No hay ningún router configurado para llevar el tráfico más allá de la red local (no hay ruta predeterminada).</translation>
    </message>
    <message>
        <source>If you set the address by hand, also enter the default gateway (the router&apos;s address).</source>
        <translation>Si configuró la dirección a mano, escriba también la puerta de enlace predeterminada (la dirección del router).</translation>
    </message>
    <message>
        <source>ping (ICMP echo)</source>
        <translation>ping (eco ICMP)</translation>
    </message>
    <message>
        <source>a TCP connection to ports 80, 443 and 53</source>
        <translation>una conexión TCP a los puertos 80, 443 y 53</translation>
    </message>
    <message>
        <source>The gateway %1 answers</source>
        <translation>La puerta de enlace %1 responde</translation>
    </message>
    <message>
        <source>It answered a ping in %1 ms.</source>
        <translation>Respondió a un ping en %1 ms.</translation>
    </message>
    <message>
        <source>It answered a TCP connection to port %1 in %2 ms (%3).</source>
        <translation>Respondió a una conexión TCP al puerto %1 en %2 ms (%3).</translation>
    </message>
    <message>
        <source>RST: nothing listens there, but it is alive</source>
        <translation>RST: nada escucha ahí, pero está activa</translation>
    </message>
    <message>
        <source>SYN-ACK</source>
        <translation>SYN-ACK</translation>
    </message>
    <message>
        <source>The default gateway %1 does not answer on the local network</source>
        <translation>La puerta de enlace predeterminada %1 no responde en la red local</translation>
    </message>
    <message>
        <source>Nobody answered when this computer asked who has %1 on %2 (ARP / neighbour discovery), and %3 got no answer either.</source>
        <translation>Nadie respondió cuando este equipo preguntó quién tiene %1 en %2 (ARP/descubrimiento de vecinos), y %3 tampoco obtuvo respuesta.</translation>
    </message>
    <message>
        <source>Check that the router is switched on and its lights look normal; restart it (switch it off for 30 seconds).</source>
        <translation>Compruebe que el router está encendido y que sus luces parecen normales; reinícielo (apáguelo durante 30 segundos).</translation>
    </message>
    <message>
        <source>Check the cable or the Wi-Fi connection between this computer and the router.</source>
        <translation>Revise el cable o la conexión Wi-Fi entre este equipo y el router.</translation>
    </message>
    <message>
        <source>If the addresses were set by hand, check the gateway address: it must be the router&apos;s address.</source>
        <translation>Si las direcciones se configuraron a mano, compruebe la dirección de la puerta de enlace: debe ser la dirección del router.</translation>
    </message>
    <message>
        <source>The gateway %1 did not answer the test</source>
        <translation>La puerta de enlace %1 no respondió a la prueba</translation>
    </message>
    <message>
        <source>%1 got no answer. Some routers ignore such tests on purpose, so this alone does not prove it is gone.</source>
        <translation>%1 no obtuvo respuesta. Algunos routers ignoran estas pruebas a propósito, así que esto por sí solo no demuestra que no esté.</translation>
    </message>
    <message>
        <source>The gateway %1 is present but ignores test packets</source>
        <translation>La puerta de enlace %1 está presente, pero ignora los paquetes de prueba</translation>
    </message>
    <message>
        <source>It answered on the local network (ARP / neighbour discovery), but not to %1. Many routers do that on purpose; it is not a problem by itself.</source>
        <translation>Respondió en la red local (ARP/descubrimiento de vecinos), pero no a %1. Muchos routers lo hacen a propósito; por sí solo no es un problema.</translation>
    </message>
    <message>
        <source>(Ping is not allowed for this user here: %1.)</source>
        <translation>(Aquí este usuario no tiene permiso para hacer ping: %1.)</translation>
    </message>
    <message>
        <source>A proxy is configured: %1</source>
        <translation>Hay un proxy configurado: %1</translation>
    </message>
    <message>
        <source>Web browsers may reach sites through this proxy even when direct connections, like this test and many other programs, are blocked by the network.</source>
        <translation>Puede que los navegadores web lleguen a los sitios a través de este proxy aunque la red bloquee las conexiones directas, como esta prueba y muchos otros programas.</translation>
    </message>
    <message>
        <source>If the browser works but this connection does not, the network probably allows only the proxy: set the program up to use the proxy, or ask the network administrator.</source>
        <translation>Si el navegador funciona pero esta conexión no, probablemente la red solo permite el proxy: configure el programa para que use el proxy o consulte al administrador de la red.</translation>
    </message>
    <message>
        <source>The IP configuration could not be read: %1</source>
        <translation>No se pudo leer la configuración IP: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The target is this computer itself.</source>
        <translation>El destino es este mismo equipo.</translation>
    </message>
    <message>
        <source>%1 is on the local network (%2, from %3).</source>
        <translation>%1 está en la red local (%2, desde %3).</translation>
    </message>
    <message>
        <source>Traffic to %1 leaves %2 from %3 through the gateway %4.</source>
        <translation>El tráfico hacia %1 sale por %2 desde %3 a través de la puerta de enlace %4.</translation>
    </message>
    <message>
        <source>Addresses and the default gateway %1 are fine.</source>
        <translation>Las direcciones y la puerta de enlace predeterminada %1 están bien.</translation>
    </message>
    <message>
        <source>This computer has a usable IP address.</source>
        <translation>Este equipo tiene una dirección IP utilizable.</translation>
    </message>
    <message>
        <source>IP configuration read.</source>
        <translation>Configuración IP leída.</translation>
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
        <translation>dúplex completo</translation>
    </message>
    <message>
        <source>half duplex</source>
        <translation>semidúplex</translation>
    </message>
    <message>
        <source>Wi-Fi is switched off with a switch or key on the computer</source>
        <translation>El Wi-Fi está desactivado con un interruptor o una tecla del equipo</translation>
    </message>
    <message>
        <source>Switch Wi-Fi on with the switch on the side of the computer, or the key with an antenna symbol (often together with the Fn key).</source>
        <translation>Active el Wi-Fi con el interruptor del lateral del equipo o con la tecla que tiene el símbolo de una antena (a menudo junto con la tecla Fn).</translation>
    </message>
    <message>
        <source>Wi-Fi is switched off</source>
        <translation>El Wi-Fi está desactivado</translation>
    </message>
    <message>
        <source>Switch Wi-Fi on in the network menu (the network symbol next to the clock).</source>
        <translation>Active el Wi-Fi en el menú de red (el símbolo de red junto al reloj).</translation>
    </message>
    <message>
        <source>The radio of %1 is off, so it cannot connect to any network.</source>
        <translation>La radio de %1 está apagada, así que no puede conectarse a ninguna red.</translation>
    </message>
    <message>
        <source>Check that flight mode (airplane mode) is off.</source>
        <translation>Compruebe que el modo avión está desactivado.</translation>
    </message>
    <message>
        <source>The network connection %1 is switched off</source>
        <translation>La conexión de red %1 está desactivada</translation>
    </message>
    <message>
        <source>The adapter is disabled on this computer, so it does not use the network.</source>
        <translation>El adaptador está deshabilitado en este equipo, así que no usa la red.</translation>
    </message>
    <message>
        <source>Switch the connection on in the network settings (on Windows: Settings, Network &amp; Internet, Advanced network settings, Enable).</source>
        <translation>Active la conexión en la configuración de red (en Windows: Configuración, Red e Internet, Configuración de red avanzada, Habilitar).</translation>
    </message>
    <message>
        <source>Wi-Fi is on but not connected to a network (%1)</source>
        <translation>El Wi-Fi está activado, pero no conectado a ninguna red (%1)</translation>
    </message>
    <message>
        <source>%1 is not associated with any wireless network.</source>
        <translation>%1 no está asociado a ninguna red inalámbrica.</translation>
    </message>
    <message>
        <source>Choose your Wi-Fi network in the network menu and enter its password.</source>
        <translation>Elija su red Wi-Fi en el menú de red y escriba su contraseña.</translation>
    </message>
    <message>
        <source>Move closer to the router, or check that the router&apos;s Wi-Fi light is on.</source>
        <translation>Acérquese al router o compruebe que la luz de Wi-Fi del router está encendida.</translation>
    </message>
    <message>
        <source>The mobile broadband connection %1 is not connected</source>
        <translation>La conexión de banda ancha móvil %1 no está conectada</translation>
    </message>
    <message>
        <source>%1 has no link: no signal, no SIM card, or the connection is not started.</source>
        <translation>%1 no tiene enlace: no hay señal, no hay tarjeta SIM o la conexión no se ha iniciado.</translation>
    </message>
    <message>
        <source>Check the signal and that mobile data is switched on.</source>
        <translation>Compruebe la señal y que los datos móviles estén activados.</translation>
    </message>
    <message>
        <source>The network cable seems unplugged (no link on Ethernet &apos;%1&apos;)</source>
        <translation>El cable de red parece desenchufado (no hay enlace en Ethernet &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>%1 sees no signal on its cable (no carrier).</source>
        <translation>%1 no detecta señal en su cable (sin portadora).</translation>
    </message>
    <message>
        <source>Check that the cable is plugged in firmly at both ends: this computer and the router or wall socket. It should click into place.</source>
        <translation>Compruebe que el cable está bien enchufado por ambos extremos: este equipo y el router o la toma de pared. Debe encajar con un clic.</translation>
    </message>
    <message>
        <source>Look at the small lights next to the cable socket: no light usually means no link.</source>
        <translation>Mire las lucecitas junto a la toma del cable: si no hay luz, normalmente no hay enlace.</translation>
    </message>
    <message>
        <source>Try another cable, or another socket on the router.</source>
        <translation>Pruebe otro cable u otra toma del router.</translation>
    </message>
    <message>
        <source>%1 has no link</source>
        <translation>%1 no tiene enlace</translation>
    </message>
    <message>
        <source>The interface reports no carrier (state: %1).</source>
        <translation>La interfaz no detecta portadora (estado: %1).</translation>
    </message>
    <message>
        <source>%1 is connected to the network &quot;%2&quot;</source>
        <translation>%1 está conectado a la red &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is connected</source>
        <translation>%1 está conectado</translation>
    </message>
    <message>
        <source>signal %1 dBm</source>
        <translation>señal %1 dBm</translation>
    </message>
    <message>
        <source>signal %1 %</source>
        <translation>señal %1 %</translation>
    </message>
    <message>
        <source>The network interfaces could not be read: %1</source>
        <translation>No se pudieron leer las interfaces de red: %1</translation>
    </message>
    <message>
        <source>The target is this computer itself: no network link is needed.</source>
        <translation>El destino es este mismo equipo: no hace falta enlace de red.</translation>
    </message>
    <message>
        <source>Only a VPN tunnel is up</source>
        <translation>Solo está activo un túnel VPN</translation>
    </message>
    <message>
        <source>The VPN tunnel %1 is up, but no cable, Wi-Fi or mobile connection carries it: a VPN needs a working network connection underneath.</source>
        <translation>El túnel VPN %1 está activo, pero ningún cable, Wi-Fi ni conexión móvil lo transporta: una VPN necesita una conexión de red operativa por debajo.</translation>
    </message>
    <message>
        <source>No working network connection: only a VPN tunnel is up.</source>
        <translation>No hay ninguna conexión de red operativa: solo está activo un túnel VPN.</translation>
    </message>
    <message>
        <source>This computer has no working network connection</source>
        <translation>Este equipo no tiene ninguna conexión de red operativa</translation>
    </message>
    <message>
        <source>No network interface besides loopback has a link: no cable plugged in, Wi-Fi off or not connected, no mobile connection.</source>
        <translation>Ninguna interfaz de red, aparte del bucle invertido, tiene enlace: no hay ningún cable enchufado, el Wi-Fi está desactivado o sin conectar, y no hay conexión móvil.</translation>
    </message>
    <message>
        <source>No working network connection.</source>
        <translation>No hay ninguna conexión de red operativa.</translation>
    </message>
    <message>
        <source>No working network connection: the network cable seems unplugged.</source>
        <translation>No hay ninguna conexión de red operativa: el cable de red parece desenchufado.</translation>
    </message>
    <message>
        <source>Plug in the network cable, or connect to your Wi-Fi network.</source>
        <translation>Enchufe el cable de red o conéctese a su red Wi-Fi.</translation>
    </message>
    <message>
        <source>Check the router: are its lights on? Switch it off for 30 seconds and on again.</source>
        <translation>Revise el router: ¿tiene las luces encendidas? Apáguelo durante 30 segundos y vuelva a encenderlo.</translation>
    </message>
    <message>
        <source>Check whether other devices (a phone on the same Wi-Fi) are online.</source>
        <translation>Compruebe si otros dispositivos (un teléfono en la misma red Wi-Fi) tienen conexión.</translation>
    </message>
    <message>
        <source>Traffic to %1 would leave through %2, which has no link</source>
        <translation>El tráfico hacia %1 saldría por %2, que no tiene enlace</translation>
    </message>
    <message>
        <source>This computer&apos;s routing table sends traffic for %1 through %2, but that interface is not connected, while another one is.</source>
        <translation>La tabla de enrutamiento de este equipo envía el tráfico para %1 por %2, pero esa interfaz no está conectada, mientras que otra sí lo está.</translation>
    </message>
    <message>
        <source>Connect %1 (cable or Wi-Fi), or disconnect it so that the working connection is used.</source>
        <translation>Conecte %1 (cable o Wi-Fi), o desconéctelo para que se use la conexión que funciona.</translation>
    </message>
    <message>
        <source>Traffic to %1 leaves through %2, which is connected.</source>
        <translation>El tráfico hacia %1 sale por %2, que está conectado.</translation>
    </message>
    <message>
        <source>Connected through %1.</source>
        <translation>Conectado a través de %1.</translation>
    </message>
    <message>
        <source>The network connection that traffic to %1 would use has no link.</source>
        <translation>La conexión de red que usaría el tráfico hacia %1 no tiene enlace.</translation>
    </message>
    <message>
        <source>%1 is connected but not ready yet</source>
        <translation>%1 está conectado, pero aún no está listo</translation>
    </message>
    <message>
        <source>It has a link, but waits for a sign-in to finish (state: dormant), as Wi-Fi does while it checks the password or a company network checks this computer.</source>
        <translation>Tiene enlace, pero espera a que termine un inicio de sesión (estado: dormant), como hace el Wi-Fi mientras comprueba la contraseña o una red de empresa comprueba este equipo.</translation>
    </message>
    <message>
        <source>It has a link, but is not up yet (state: %1): it is still connecting.</source>
        <translation>Tiene enlace, pero aún no está activo (estado: %1): todavía se está conectando.</translation>
    </message>
    <message>
        <source>Wait a few seconds and check again.</source>
        <translation>Espere unos segundos y vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>If the network asks for a password or a sign-in, finish it in the network menu.</source>
        <translation>Si la red pide una contraseña o un inicio de sesión, complételo en el menú de red.</translation>
    </message>
    <message>
        <source>%1 is connected but not ready yet: still connecting, or a sign-in is not finished.</source>
        <translation>%1 está conectado, pero aún no está listo: todavía se está conectando o no ha terminado un inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>Listen</name>
    <message>
        <source>Listening on %1: %2 (%3).</source>
        <translation>A la escucha en %1: %2 (%3).</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 was accepted.</source>
        <translation>Desde este equipo se aceptó una conexión a %1.</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 was accepted, then the program closed it at once.</source>
        <translation>Desde este equipo se aceptó una conexión a %1, pero luego el programa la cerró enseguida.</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 was refused: nothing listens on that address.</source>
        <translation>Desde este equipo se rechazó una conexión a %1: nada escucha en esa dirección.</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 got no answer at all: a firewall on this computer drops it, or the program does not accept connections any more.</source>
        <translation>Desde este equipo, una conexión a %1 no obtuvo ninguna respuesta: un firewall de este equipo la descarta, o el programa ya no acepta conexiones.</translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 ended with &quot;%2&quot;.</source>
        <translation>Desde este equipo, una conexión a %1 terminó con &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>(system error: %1)</source>
        <translation>(error del sistema: %1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>%n established connection(s), </source>
        <translation>
            <numerusform>%n conexión establecida, </numerusform>
            <numerusform>%n conexiones establecidas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half-open (the client&apos;s SYN arrived, its final ACK not yet).</source>
        <translation>
            <numerusform>%n semiabierta (llegó el SYN del cliente, pero aún no su ACK final).</numerusform>
            <numerusform>%n semiabiertas (llegó el SYN del cliente, pero aún no su ACK final).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this user&apos;s connections are counted.</source>
        <translation>Solo se cuentan las conexiones de este usuario.</translation>
    </message>
    <message>
        <source>Port %1 has more waiting connections than its program keeps up with</source>
        <translation>El puerto %1 tiene más conexiones en espera de las que su programa puede atender</translation>
    </message>
    <message>
        <source>When the queue of waiting connections is full, new clients see time-outs, not refusals. Check the program&apos;s load and its log, and its connection limits (backlog, worker count).</source>
        <translation>Cuando la cola de conexiones en espera está llena, los clientes nuevos ven errores de tiempo de espera, no rechazos. Revise la carga del programa, su registro y sus límites de conexiones (backlog, número de procesos de trabajo).</translation>
    </message>
    <message>
        <source>Many half-open connections that never complete can also be a SYN flood: compare with the usual numbers for this server.</source>
        <translation>Muchas conexiones semiabiertas que nunca se completan también pueden ser una inundación de SYN (SYN flood): compárelo con las cifras habituales de este servidor.</translation>
    </message>
    <message>
        <source>Connections on port %1</source>
        <translation>Conexiones en el puerto %1</translation>
    </message>
    <message>
        <source>Port %1 does not listen on every address clients may use</source>
        <translation>El puerto %1 no escucha en todas las direcciones que pueden usar los clientes</translation>
    </message>
    <message>
        <source>Clients that connect to %1 are refused. That matters when the server&apos;s name leads there too (an IPv6 address, AAAA, is tried first by most programs).</source>
        <translation>Los clientes que se conectan a %1 son rechazados. Esto importa si el nombre del servidor también lleva ahí (la mayoría de los programas prueban primero una dirección IPv6, AAAA).</translation>
    </message>
    <message>
        <source>Let the service listen on :: (every address, IPv6 and IPv4) or on these addresses as well, or remove the name&apos;s record for them.</source>
        <translation>Haga que el servicio escuche en :: (todas las direcciones, IPv6 e IPv4) o también en estas direcciones, o quite el registro del nombre que apunta a ellas.</translation>
    </message>
    <message>
        <source>The program listens on :: for IPv6 only (the socket option IPV6_V6ONLY is set): IPv4 clients are refused. Let it listen on 0.0.0.0 as well, or turn IPV6_V6ONLY off in its settings.</source>
        <translation>El programa escucha en :: solo para IPv6 (la opción de socket IPV6_V6ONLY está activada): los clientes IPv4 son rechazados. Haga que escuche también en 0.0.0.0 o desactive IPV6_V6ONLY en su configuración.</translation>
    </message>
    <message>
        <source>Connections to this computer&apos;s own address normally never fail: check the firewall on this computer and whether the program still accepts connections.</source>
        <translation>Las conexiones a la propia dirección de este equipo normalmente nunca fallan: revise el firewall de este equipo y si el programa sigue aceptando conexiones.</translation>
    </message>
    <message>
        <source>%1 does not accept connections, although the table says port %2 listens there</source>
        <translation>%1 no acepta conexiones, aunque la tabla dice que el puerto %2 escucha ahí</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>the program with pid %1</source>
        <translation>el programa con pid %1</translation>
    </message>
    <message>
        <source>an unknown program of user %1</source>
        <translation>un programa desconocido del usuario %1</translation>
    </message>
    <message>
        <source>an unknown program</source>
        <translation>un programa desconocido</translation>
    </message>
    <message>
        <source>every address of this computer</source>
        <translation>todas las direcciones de este equipo</translation>
    </message>
    <message>
        <source>every IPv4 address of this computer</source>
        <translation>todas las direcciones IPv4 de este equipo</translation>
    </message>
    <message>
        <source>only this computer itself can connect (loopback)</source>
        <translation>solo puede conectarse este mismo equipo (bucle invertido)</translation>
    </message>
    <message>
        <source>the address other computers use to reach this one</source>
        <translation>la dirección que usan otros equipos para llegar a este</translation>
    </message>
    <message>
        <source>one address of this computer, not the one clients use</source>
        <translation>una dirección de este equipo, pero no la que usan los clientes</translation>
    </message>
    <message>
        <source>an address this computer does not have (any more)</source>
        <translation>una dirección que este equipo no tiene (o ya no tiene)</translation>
    </message>
    <message>
        <source>Clients connect to: %1 (as given with --address).</source>
        <translation>Los clientes se conectan a: %1 (según --address).</translation>
    </message>
    <message>
        <source>Clients most likely connect to: %1 (the main addresses of this computer).</source>
        <translation>Lo más probable es que los clientes se conecten a: %1 (las direcciones principales de este equipo).</translation>
    </message>
    <message>
        <source>Port %1 is open for other computers</source>
        <translation>El puerto %1 está abierto para otros equipos</translation>
    </message>
    <message>
        <source>On this computer, %1 listens on %2, %3, so other computers can connect to port %4 as far as this computer is concerned.</source>
        <translation>En este equipo, %1 escucha en %2, %3, así que, por lo que respecta a este equipo, otros equipos pueden conectarse al puerto %4.</translation>
    </message>
    <message>
        <source>A connection from this computer to %1 was accepted, but the system does not show which program listens: it hides other users&apos; programs from tcpdoctor, or the port is forwarded to another program or container.</source>
        <translation>Se aceptó una conexión desde este equipo a %1, pero el sistema no muestra qué programa escucha: oculta a tcpdoctor los programas de otros usuarios, o el puerto se reenvía a otro programa o contenedor.</translation>
    </message>
    <message>
        <source>If clients still cannot connect, the problem is on the way: the inbound firewall of this computer (tcpdoctor does not check it yet) or of the network. Run &quot;tcpdoctor diagnose %1&quot; on a client to see where the packets stop.</source>
        <translation>Si los clientes siguen sin poder conectarse, el problema está en el camino: el firewall de entrada de este equipo (tcpdoctor aún no lo comprueba) o el de la red. Ejecute &quot;tcpdoctor diagnose %1&quot; en un cliente para ver dónde se detienen los paquetes.</translation>
    </message>
    <message>
        <source>SERVER-ADDRESS</source>
        <translation>DIRECCIÓN-SERVIDOR</translation>
    </message>
    <message>
        <source>Port %1 listens only on %2, not on the address clients use</source>
        <translation>El puerto %1 solo escucha en %2, no en la dirección que usan los clientes</translation>
    </message>
    <message>
        <source>On this computer, %1 accepts connections to port %2 only on %3. Clients that connect to %4 are refused, as if nothing listened.</source>
        <translation>En este equipo, %1 solo acepta conexiones al puerto %2 en %3. Los clientes que se conectan a %4 son rechazados, como si nada escuchara.</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer any more: the service was started while the computer had it (an old DHCP address, a moved VPN) and must be restarted after its setting is corrected.</source>
        <translation>%1 ya no es una dirección de este equipo: el servicio se inició cuando el equipo la tenía (una dirección DHCP antigua, una VPN que cambió) y hay que reiniciarlo tras corregir su configuración.</translation>
    </message>
    <message>
        <source>If clients should use %1, give them that address. Otherwise change the listen address in the service&apos;s settings to 0.0.0.0 (every address) or to %2, and restart it.</source>
        <translation>Si los clientes deben usar %1, deles esa dirección. Si no, cambie la dirección de escucha en la configuración del servicio a 0.0.0.0 (todas las direcciones) o a %2, y reinícielo.</translation>
    </message>
    <message>
        <source>Bound to: %1.</source>
        <translation>Vinculado a: %1.</translation>
    </message>
    <message>
        <source>This computer&apos;s own addresses: %1.</source>
        <translation>Direcciones propias de este equipo: %1.</translation>
    </message>
    <message>
        <source>Port %1 listens only for this computer itself (%2)</source>
        <translation>El puerto %1 solo escucha para este mismo equipo (%2)</translation>
    </message>
    <message>
        <source>On this computer, %1 listens on %2, the loopback address: only programs on this computer can connect. Other computers are refused, as if nothing listened on port %3.</source>
        <translation>En este equipo, %1 escucha en %2, la dirección de bucle invertido: solo pueden conectarse los programas de este equipo. Los demás equipos son rechazados, como si nada escuchara en el puerto %3.</translation>
    </message>
    <message>
        <source>Change the listen address in the service&apos;s settings from %1 to 0.0.0.0 (every address) or to this computer&apos;s address (%2), then restart the service. The setting is called, for example, listen_addresses (PostgreSQL), bind-address (MySQL, MariaDB), bind (Redis), ListenAddress (OpenSSH), or --host / --bind in development servers.</source>
        <translation>Cambie la dirección de escucha en la configuración del servicio de %1 a 0.0.0.0 (todas las direcciones) o a la dirección de este equipo (%2) y reinicie el servicio. La opción se llama, por ejemplo, listen_addresses (PostgreSQL), bind-address (MySQL, MariaDB), bind (Redis), ListenAddress (OpenSSH), o --host / --bind en los servidores de desarrollo.</translation>
    </message>
    <message>
        <source>Only this computer should reach it? Then this is right, and clients must connect through a tunnel (for example ssh -L) or a proxy.</source>
        <translation>¿Solo debe llegar a él este equipo? Entonces es correcto, y los clientes deben conectarse a través de un túnel (por ejemplo, ssh -L) o de un proxy.</translation>
    </message>
    <message>
        <source>Nothing listens on port %1</source>
        <translation>Nada escucha en el puerto %1</translation>
    </message>
    <message>
        <source>No program on this computer accepts connections on port %1, so clients get &quot;connection refused&quot;. The service is stopped, or it uses another port.</source>
        <translation>Ningún programa de este equipo acepta conexiones en el puerto %1, así que los clientes reciben &quot;conexión rechazada&quot;. El servicio está detenido o usa otro puerto.</translation>
    </message>
    <message>
        <source>Check which port the service is configured for: it may listen on another port (&quot;tcpdoctor listen&quot; lists every listening port).</source>
        <translation>Compruebe para qué puerto está configurado el servicio: puede que escuche en otro puerto (&quot;tcpdoctor listen&quot; muestra todos los puertos a la escucha).</translation>
    </message>
    <message>
        <source>Check which port the service is configured for: something listens on port(s) %1 nearby, which may be the service on another port.</source>
        <translation>Compruebe para qué puerto está configurado el servicio: algo escucha cerca, en el/los puerto(s) %1, y puede ser el servicio en otro puerto.</translation>
    </message>
    <message>
        <source>To tell a stopped service from a blocked network: while the service is stopped, run &quot;tcpdoctor listen --serve %1 --for 120&quot; here and &quot;tcpdoctor diagnose %2&quot; on a client. If the client then connects, the network is fine and the service is the problem.</source>
        <translation>Para distinguir un servicio detenido de una red bloqueada: con el servicio detenido, ejecute aquí &quot;tcpdoctor listen --serve %1 --for 120&quot; y en un cliente &quot;tcpdoctor diagnose %2&quot;. Si entonces el cliente se conecta, la red funciona y el problema es el servicio.</translation>
    </message>
    <message>
        <source>Nearby: %1 listens on %2.</source>
        <translation>Cerca: %1 escucha en %2.</translation>
    </message>
    <message numerus="yes">
        <source>No port near %1 listens either; %n port(s) listen on this computer in all (&quot;tcpdoctor listen&quot; lists them).</source>
        <translation>
            <numerusform>Tampoco escucha ningún puerto cercano a %1; en total, %n puerto escucha en este equipo (&quot;tcpdoctor listen&quot; los muestra).</numerusform>
            <numerusform>Tampoco escucha ningún puerto cercano a %1; en total, %n puertos escuchan en este equipo (&quot;tcpdoctor listen&quot; los muestra).</numerusform>
        </translation>
    </message>
    <message>
        <source>To see the same list yourself: %1</source>
        <translation>Para ver usted mismo la misma lista: %1</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer</source>
        <translation>%1 no es una dirección de este equipo</translation>
    </message>
    <message>
        <source>Clients that connect to %1 reach this computer only through address translation (NAT, port forwarding, a load balancer).</source>
        <translation>Los clientes que se conectan a %1 solo llegan a este equipo mediante traducción de direcciones (NAT, reenvío de puertos, un equilibrador de carga).</translation>
    </message>
    <message>
        <source>Check the forwarding rule for port %1 on the router or load balancer: it must point to one of this computer&apos;s addresses (%2).</source>
        <translation>Revise la regla de reenvío del puerto %1 en el router o el equilibrador de carga: debe apuntar a una de las direcciones de este equipo (%2).</translation>
    </message>
    <message>
        <source>Not checked yet: the inbound firewall</source>
        <translation>Aún no comprobado: el firewall de entrada</translation>
    </message>
    <message>
        <source>This version of tcpdoctor cannot read firewall rules yet. A firewall on this computer may still drop connections from other computers to port %1, even when everything above is right.</source>
        <translation>Esta versión de tcpdoctor aún no puede leer las reglas del firewall. Un firewall de este equipo podría seguir descartando las conexiones de otros equipos al puerto %1, aunque todo lo anterior esté bien.</translation>
    </message>
    <message>
        <source>The list of listening sockets could not be read</source>
        <translation>No se pudo leer la lista de sockets a la escucha</translation>
    </message>
    <message>
        <source>The connection tests from this computer still show what answers.</source>
        <translation>Las pruebas de conexión desde este equipo siguen mostrando qué responde.</translation>
    </message>
    <message>
        <source>Process names are hidden: tcpdoctor is not running as administrator</source>
        <translation>Los nombres de los procesos están ocultos: tcpdoctor no se ejecuta como administrador</translation>
    </message>
    <message numerus="yes">
        <source>The system does not tell an ordinary user which program owns %n of these listening socket(s): they belong to other users or to the system.</source>
        <translation>
            <numerusform>El sistema no indica a un usuario normal qué programa es dueño de %n de estos sockets a la escucha: pertenece a otros usuarios o al sistema.</numerusform>
            <numerusform>El sistema no indica a un usuario normal qué programa es dueño de %n de estos sockets a la escucha: pertenecen a otros usuarios o al sistema.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No program on this system holds %n listening socket(s)</source>
        <translation>
            <numerusform>Ningún programa de este sistema tiene %n socket a la escucha</numerusform>
            <numerusform>Ningún programa de este sistema tiene %n sockets a la escucha</numerusform>
        </translation>
    </message>
    <message>
        <source>Even with administrator rights no process shows them: they belong to the kernel itself (an NFS or SMB server built into it, for example) or to another container or namespace that shares this network.</source>
        <translation>Ni siquiera con derechos de administrador los muestra ningún proceso: pertenecen al propio kernel (por ejemplo, un servidor NFS o SMB integrado en él) o a otro contenedor o espacio de nombres que comparte esta red.</translation>
    </message>
    <message>
        <source>Only your own programs are shown</source>
        <translation>Solo se muestran sus propios programas</translation>
    </message>
    <message>
        <source>This system shows an ordinary user only the sockets of that user&apos;s own programs; other programs may listen too. The connection tests from this computer see them from outside.</source>
        <translation>Este sistema solo muestra a un usuario normal los sockets de sus propios programas; puede que otros programas también escuchen. Las pruebas de conexión desde este equipo los ven desde fuera.</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>el programa</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>(NAME is the service, for example %1.)</source>
        <translation>(NOMBRE es el servicio, por ejemplo %1.)</translation>
    </message>
    <message>
        <source>Check the service in Services (services.msc), or in PowerShell: Get-Service %1. Its event log (Event Viewer, Windows Logs, Application and System) says what happened.</source>
        <translation>Revise el servicio en Servicios (services.msc) o en PowerShell: Get-Service %1. Su registro de eventos (Visor de eventos, Registros de Windows, Aplicación y Sistema) indica qué ocurrió.</translation>
    </message>
    <message>
        <source>tasklist /svc /fi &quot;PID eq %1&quot; shows whether %2 (pid %1) runs as a service; check it then in Services (services.msc).</source>
        <translation>tasklist /svc /fi &quot;PID eq %1&quot; muestra si %2 (pid %1) se ejecuta como servicio; en ese caso, revíselo en Servicios (services.msc).</translation>
    </message>
    <message>
        <source>Check the service in Services (services.msc), or in PowerShell: Get-Service %1. Its event log (Event Viewer, Windows Logs, Application and System) says why it stopped.</source>
        <translation>Revise el servicio en Servicios (services.msc) o en PowerShell: Get-Service %1. Su registro de eventos (Visor de eventos, Registros de Windows, Aplicación y Sistema) indica por qué se detuvo.</translation>
    </message>
    <message>
        <source>sudo launchctl procinfo %1 shows the launchd job that runs %2 (pid %1), if launchd started it; for services installed with Homebrew: brew services list.</source>
        <translation>sudo launchctl procinfo %1 muestra el trabajo de launchd que ejecuta %2 (pid %1), si lo inició launchd; para servicios instalados con Homebrew: brew services list.</translation>
    </message>
    <message>
        <source>Check the service with launchd: sudo launchctl list | grep %1; for services installed with Homebrew: brew services list.</source>
        <translation>Revise el servicio con launchd: sudo launchctl list | grep %1; para servicios instalados con Homebrew: brew services list.</translation>
    </message>
    <message>
        <source>Check the service with systemd: systemctl status %1, and journalctl -u %1 for what it logged.</source>
        <translation>Revise el servicio con systemd: systemctl status %1, y journalctl -u %1 para ver lo que registró.</translation>
    </message>
    <message>
        <source>systemctl status %1 shows the systemd service that runs %2 (pid %1), if systemd started it; otherwise look at how %2 was started (a terminal, a container, cron).</source>
        <translation>systemctl status %1 muestra el servicio de systemd que ejecuta %2 (pid %1), si lo inició systemd; si no, averigüe cómo se inició %2 (un terminal, un contenedor, cron).</translation>
    </message>
    <message>
        <source>Check the service with systemd: systemctl status %1, and journalctl -u %1 for why it stopped.</source>
        <translation>Revise el servicio con systemd: systemctl status %1, y journalctl -u %1 para ver por qué se detuvo.</translation>
    </message>
    <message>
        <source>To see every program&apos;s name, run tcpdoctor %1 in a terminal opened with &quot;Run as administrator&quot;.</source>
        <translation>Para ver el nombre de todos los programas, ejecute tcpdoctor %1 en un terminal abierto con &quot;Ejecutar como administrador&quot;.</translation>
    </message>
    <message>
        <source>To see every program&apos;s name, run it as root: sudo tcpdoctor %1</source>
        <translation>Para ver el nombre de todos los programas, ejecútelo como root: sudo tcpdoctor %1</translation>
    </message>
    <message>
        <source>Look at the inbound rules of Windows Defender Firewall (wf.msc, Inbound Rules), or in PowerShell: Get-NetFirewallPortFilter | Where-Object LocalPort -eq %1 | Get-NetFirewallRule.</source>
        <translation>Revise las reglas de entrada del Firewall de Windows Defender (wf.msc, Reglas de entrada) o, en PowerShell: Get-NetFirewallPortFilter | Where-Object LocalPort -eq %1 | Get-NetFirewallRule.</translation>
    </message>
    <message>
        <source>Look at the firewall in System Settings, Network, Firewall (Options shows which programs may accept incoming connections), and at pf: sudo pfctl -sr.</source>
        <translation>Revise el firewall en Ajustes del Sistema, Red, Firewall (Opciones muestra qué programas pueden aceptar conexiones entrantes), y pf: sudo pfctl -sr.</translation>
    </message>
    <message>
        <source>Look at the firewall rules for incoming connections to port %1: sudo nft list ruleset, sudo iptables -S INPUT, sudo ufw status, or sudo firewall-cmd --list-all.</source>
        <translation>Revise las reglas del firewall para las conexiones entrantes al puerto %1: sudo nft list ruleset, sudo iptables -S INPUT, sudo ufw status o sudo firewall-cmd --list-all.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait for the program to accept them.</source>
        <translation>
            <numerusform>%n conexión espera a que el programa la acepte.</numerusform>
            <numerusform>%n conexiones esperan a que el programa las acepte.</numerusform>
        </translation>
    </message>
    <message>
        <source>From this computer, a connection to %1 got no answer at all: the queue is full.</source>
        <translation>Desde este equipo, una conexión a %1 no obtuvo ninguna respuesta: la cola está llena.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait for the program to accept them (its queue, the backlog, is set to %1).</source>
        <translation>
            <numerusform>%n conexión espera a que el programa la acepte (su cola, el backlog, está configurada en %1).</numerusform>
            <numerusform>%n conexiones esperan a que el programa las acepte (su cola, el backlog, está configurada en %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 listens, but its program does not keep up: new connections are dropped</source>
        <translation>El puerto %1 escucha, pero su programa no da abasto: se descartan las conexiones nuevas</translation>
    </message>
    <message>
        <source>On this computer, %1 listens on %2, but it does not take the connections that wait for it.</source>
        <translation>En este equipo, %1 escucha en %2, pero no acepta las conexiones que están esperando.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) wait, and the program set its queue (the backlog) to %1.</source>
        <translation>
            <numerusform>%n conexión espera, y el programa configuró su cola (el backlog) en %1.</numerusform>
            <numerusform>%n conexiones esperan, y el programa configuró su cola (el backlog) en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>While the queue is full, the system drops new clients&apos; connection requests (SYN) without an answer: they see &quot;timed out&quot;, not &quot;refused&quot; (tcpdoctor on a client: nobody answered).</source>
        <translation>Mientras la cola está llena, el sistema descarta sin responder las solicitudes de conexión (SYN) de los clientes nuevos: ven &quot;tiempo de espera agotado&quot;, no &quot;conexión rechazada&quot; (tcpdoctor en un cliente: nadie respondió).</translation>
    </message>
    <message numerus="yes">
        <source>During this check the system dropped %n connection request(s) because a queue was full (TcpExt ListenOverflows).</source>
        <translation>
            <numerusform>Durante esta comprobación, el sistema descartó %n solicitud de conexión porque una cola estaba llena (TcpExt ListenOverflows).</numerusform>
            <numerusform>Durante esta comprobación, el sistema descartó %n solicitudes de conexión porque una cola estaba llena (TcpExt ListenOverflows).</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at the program first: it may hang, be overloaded, or wait for something else (a database, a disk). Its log and its processor use tell which; restarting it empties the queue.</source>
        <translation>Revise primero el programa: puede que esté colgado, sobrecargado o esperando otra cosa (una base de datos, un disco). Su registro y su uso del procesador indican cuál de ellas; reiniciarlo vacía la cola.</translation>
    </message>
    <message>
        <source>If it is simply busy, let it accept more: more workers or threads, and a larger backlog in its settings (backlog, ListenBacklog, tcp-backlog). The system caps every backlog at net.core.somaxconn (sysctl net.core.somaxconn).</source>
        <translation>Si simplemente está muy ocupado, haga que acepte más: más procesos de trabajo o hilos, y un backlog mayor en su configuración (backlog, ListenBacklog, tcp-backlog). El sistema limita cada backlog a net.core.somaxconn (sysctl net.core.somaxconn).</translation>
    </message>
    <message>
        <source>If it is simply busy, let it accept more: more workers or threads, and a larger backlog in its settings (backlog, ListenBacklog, tcp-backlog); the system caps every backlog (somaxconn).</source>
        <translation>Si simplemente está muy ocupado, haga que acepte más: más procesos de trabajo o hilos, y un backlog mayor en su configuración (backlog, ListenBacklog, tcp-backlog); el sistema limita cada backlog (somaxconn).</translation>
    </message>
</context>
<context>
    <name>ListenCli</name>
    <message>
        <source>&quot;%1&quot; is not an IP address: --address takes a numeric address such as 192.0.2.10 or 2001:db8::10.</source>
        <translation>&quot;%1&quot; no es una dirección IP: --address admite una dirección numérica como 192.0.2.10 o 2001:db8::10.</translation>
    </message>
    <message>
        <source>tcpdoctor test listener: port %1 is now OPEN on %2.</source>
        <translation>Servicio de escucha de prueba de tcpdoctor: el puerto %1 está ahora ABIERTO en %2.</translation>
    </message>
    <message numerus="yes">
        <source>It closes by itself in %n second(s), at %1. Press Ctrl-C to close it sooner.</source>
        <translation>
            <numerusform>Se cierra solo dentro de %n segundo, a las %1. Pulse Ctrl-C para cerrarlo antes.</numerusform>
            <numerusform>Se cierra solo dentro de %n segundos, a las %1. Pulse Ctrl-C para cerrarlo antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>On a client, run: tcpdoctor diagnose %1</source>
        <translation>En un cliente, ejecute: tcpdoctor diagnose %1</translation>
    </message>
    <message numerus="yes">
        <source>tcpdoctor test listener: port %1 closed early, as asked. %n connection(s) arrived.</source>
        <translation>
            <numerusform>Servicio de escucha de prueba de tcpdoctor: el puerto %1 se cerró antes, como se pidió. Llegó %n conexión.</numerusform>
            <numerusform>Servicio de escucha de prueba de tcpdoctor: el puerto %1 se cerró antes, como se pidió. Llegaron %n conexiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tcpdoctor test listener: port %1 closed, its time is up. %n connection(s) arrived.</source>
        <translation>
            <numerusform>Servicio de escucha de prueba de tcpdoctor: el puerto %1 se cerró, se acabó su tiempo. Llegó %n conexión.</numerusform>
            <numerusform>Servicio de escucha de prueba de tcpdoctor: el puerto %1 se cerró, se acabó su tiempo. Llegaron %n conexiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Ejecute &quot;tcpdoctor --help&quot; para ver las opciones.</translation>
    </message>
    <message>
        <source>Give the port once, after --serve: tcpdoctor listen --serve 8080 --for 60</source>
        <translation>Indique el puerto una sola vez, después de --serve: tcpdoctor listen --serve 8080 --for 60</translation>
    </message>
    <message>
        <source>--json does not go with --serve: the test listener reports as it runs.</source>
        <translation>--json no se puede usar con --serve: el servicio de escucha de prueba informa mientras se ejecuta.</translation>
    </message>
    <message>
        <source>The test listener opens one address, or every address when --address is left out.</source>
        <translation>El servicio de escucha de prueba abre una dirección, o todas si se omite --address.</translation>
    </message>
    <message>
        <source>--for takes seconds from 1 to %1, for example --for 120.</source>
        <translation>--for admite segundos de 1 a %1, por ejemplo --for 120.</translation>
    </message>
    <message>
        <source>--for goes with --serve: tcpdoctor listen --serve PORT --for SECONDS</source>
        <translation>--for va con --serve: tcpdoctor listen --serve PUERTO --for SEGUNDOS</translation>
    </message>
    <message>
        <source>Give one port, for example: tcpdoctor listen 22</source>
        <translation>Indique un puerto, por ejemplo: tcpdoctor listen 22</translation>
    </message>
    <message>
        <source>--address says which address clients use for a port: tcpdoctor listen PORT --address ADDR</source>
        <translation>--address indica qué dirección usan los clientes para un puerto: tcpdoctor listen PUERTO --address DIR</translation>
    </message>
    <message>
        <source>The list of listening sockets could not be read: %1</source>
        <translation>No se pudo leer la lista de sockets a la escucha: %1</translation>
    </message>
    <message>
        <source>It answers every connection with one line naming tcpdoctor, keeps it open and sends back what it receives (for tcpdoctor idle). It is not your real service.</source>
        <translation>Responde a cada conexión con una línea que nombra a tcpdoctor, la mantiene abierta y devuelve lo que recibe (para tcpdoctor idle). No es su servicio real.</translation>
    </message>
    <message>
        <source>%1  connection %2 from %3: greeted.</source>
        <translation>%1  conexión %2 desde %3: saludada.</translation>
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
        <translation>Uso:
  tcpdoctor listen                      todos los puertos TCP a la escucha de este equipo, con su programa
  tcpdoctor listen PUERTO [--address DIR] ¿escucha algo en PUERTO, en qué dirección, pueden
                                        conectarse otros equipos? (DIR: la dirección que usan los clientes)
  tcpdoctor listen --serve PUERTO [--for SEGUNDOS] [--address DIR]
                                        abre PUERTO un rato (60 s de forma predeterminada, como máximo %1)
                                        con un servicio de escucha de prueba que saluda a cada conexión
                                        y devuelve lo que recibe; Ctrl-C lo cierra
  --json                                el resultado en JSON (tcpdoctor-listen/1) y nada más

Códigos de salida: 0 listen.ok (o la lista), 1 otro veredicto de listen, 2 entrada incorrecta o puerto en uso,
3 falló el propio tcpdoctor.</translation>
    </message>
</context>
<context>
    <name>ListenText</name>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMILIA</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation>PROGRAMA</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>SERVICE / PATH</source>
        <translation>SERVICIO / RUTA</translation>
    </message>
    <message numerus="yes">
        <source>tcpdoctor: %n listening TCP socket(s) on this computer</source>
        <translation>
            <numerusform>tcpdoctor: %n socket TCP a la escucha en este equipo</numerusform>
            <numerusform>tcpdoctor: %n sockets TCP a la escucha en este equipo</numerusform>
        </translation>
    </message>
    <message>
        <source>tcpdoctor: port %1 on this computer</source>
        <translation>tcpdoctor: puerto %1 en este equipo</translation>
    </message>
    <message>
        <source>Listening on port %1:</source>
        <translation>A la escucha en el puerto %1:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Listening on ports nearby:</source>
        <translation>A la escucha en puertos cercanos:</translation>
    </message>
    <message>
        <source>Connections from this computer to port %1:</source>
        <translation>Conexiones desde este equipo al puerto %1:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Hallazgos:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Datos observados:</translation>
    </message>
    <message>
        <source>Verdict code: %1 (layer: %2). Checked in %3 ms.</source>
        <translation>Código del veredicto: %1 (capa: %2). Comprobado en %3 ms.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>tcpdoctor: this build has no wizard; run &quot;tcpdoctor --help&quot; for the command line.</source>
        <translation>tcpdoctor: esta compilación no incluye el asistente; ejecute &quot;tcpdoctor --help&quot; para usar la línea de comandos.</translation>
    </message>
    <message>
        <source>tcpdoctor: no translation for &quot;%1&quot;; available: %2.</source>
        <translation>tcpdoctor: no hay traducción para &quot;%1&quot;; disponibles: %2.</translation>
    </message>
    <message>
        <source>tcpdoctor: the output could not be written: %1.</source>
        <translation>tcpdoctor: no se pudo escribir la salida: %1.</translation>
    </message>
    <message>
        <source>tcpdoctor: the output could not be written (the disk may be full, or the program reading it stopped).</source>
        <translation>tcpdoctor: no se pudo escribir la salida (puede que el disco esté lleno o que el programa que la lee se haya detenido).</translation>
    </message>
    <message>
        <source>there is no display here to open the wizard on (no DISPLAY or WAYLAND_DISPLAY); the command line works: run &quot;tcpdoctor --help&quot;.</source>
        <translation>aquí no hay pantalla para abrir el asistente (ni DISPLAY ni WAYLAND_DISPLAY); la línea de comandos funciona: ejecute &quot;tcpdoctor --help&quot;.</translation>
    </message>
</context>
<context>
    <name>Many</name>
    <message>
        <source>Cannot read the target list %1: %2</source>
        <translation>No se puede leer la lista de destinos %1: %2</translation>
    </message>
    <message>
        <source>The target list %1 is larger than 16 MB: split it into smaller lists.</source>
        <translation>La lista de destinos %1 ocupa más de 16 MB: divídala en listas más pequeñas.</translation>
    </message>
    <message>
        <source>The target list %1 has no targets (one a line, # starts a comment).</source>
        <translation>La lista de destinos %1 no tiene destinos (uno por línea; # inicia un comentario).</translation>
    </message>
    <message>
        <source>Targets to check: %1</source>
        <translation>Destinos que comprobar: %1</translation>
    </message>
    <message>
        <source>This process may open only %1 files at once (ulimit -n), too few to check a list: it needs at least %2. Raise the limit, for example with &quot;ulimit -n 1024&quot;, or check the targets one at a time.</source>
        <translation>Este proceso solo puede abrir %1 archivos a la vez (ulimit -n), demasiado pocos para comprobar una lista: necesita al menos %2. Suba el límite, por ejemplo con &quot;ulimit -n 1024&quot;, o compruebe los destinos de uno en uno.</translation>
    </message>
    <message>
        <source>Stopped: the first %1 of %2 targets are printed above; the rest were not checked.</source>
        <translation>Detenido: los primeros %1 de %2 destinos aparecen arriba; el resto no se comprobó.</translation>
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
        <translation>banda ancha móvil</translation>
    </message>
    <message>
        <source>VPN tunnel</source>
        <translation>túnel VPN</translation>
    </message>
    <message>
        <source>virtual interface</source>
        <translation>interfaz virtual</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>bucle invertido</translation>
    </message>
    <message>
        <source>network interface</source>
        <translation>interfaz de red</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <source>If it still does not work, send the report of this check to %1: it shows them where to look.</source>
        <translation>Si sigue sin funcionar, envíe el informe de esta comprobación a %1: en él se ve dónde hay que buscar.</translation>
    </message>
    <message>
        <source>whoever runs %1</source>
        <translation>quien gestione %1</translation>
    </message>
    <message>
        <source>your IT support (or whoever looks after this computer)</source>
        <translation>su soporte técnico (o a quien se ocupe de este equipo)</translation>
    </message>
    <message>
        <source>If %1 is at work or at school, connect the VPN first, then check again.</source>
        <translation>Si %1 está en la red de su trabajo o de su centro de estudios, conecte primero la VPN y luego vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Disconnect from the network and connect again (switch Wi-Fi off and on, or unplug the cable for ten seconds), then check again.</source>
        <translation>Desconéctese de la red y vuelva a conectarse (apague y vuelva a encender el Wi-Fi, o desenchufe el cable durante diez segundos), y luego vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Restart the router: switch it off, wait ten seconds, switch it on, and wait until its lights are steady.</source>
        <translation>Reinicie el router: apáguelo, espere diez segundos, vuelva a encenderlo y espere hasta que sus luces estén fijas.</translation>
    </message>
    <message>
        <source>%1 answers on port %2: the connection works</source>
        <translation>%1 responde en el puerto %2: la conexión funciona</translation>
    </message>
    <message>
        <source>From this computer, right now, the connection to %1 works, and nothing on the way blocks it.</source>
        <translation>Desde este equipo, en este momento, la conexión con %1 funciona y nada en el camino la bloquea.</translation>
    </message>
    <message>
        <source>If a program still cannot connect, check that it uses the same name and port: %1, port %2.</source>
        <translation>Si un programa sigue sin poder conectarse, compruebe que usa el mismo nombre y puerto: %1, puerto %2.</translation>
    </message>
    <message>
        <source>Then the problem is in that program or its settings (a sign-in, a password, a proxy setting): ask whoever looks after the program.</source>
        <translation>Entonces el problema está en ese programa o en su configuración (un inicio de sesión, una contraseña, un ajuste de proxy): consulte a quien se ocupe del programa.</translation>
    </message>
    <message>
        <source>%1 answers, but not on every way to it</source>
        <translation>%1 responde, pero no por todos los caminos</translation>
    </message>
    <message>
        <source>%1 can be reached, but only some of its addresses work. Programs may be slow to connect, or fail now and then.</source>
        <translation>Se puede llegar a %1, pero solo funcionan algunas de sus direcciones. Puede que los programas tarden en conectarse o fallen de vez en cuando.</translation>
    </message>
    <message>
        <source>If your program works, there is nothing to do now.</source>
        <translation>Si su programa funciona, no hay nada que hacer por ahora.</translation>
    </message>
    <message>
        <source>This computer has run out of connections</source>
        <translation>Este equipo se ha quedado sin conexiones</translation>
    </message>
    <message>
        <source>Programs on this computer have opened so many connections that no new one can start. It is not the network and not the server.</source>
        <translation>Los programas de este equipo han abierto tantas conexiones que no puede iniciarse ninguna nueva. No es la red ni el servidor.</translation>
    </message>
    <message>
        <source>Close programs you do not need, or restart the computer.</source>
        <translation>Cierre los programas que no necesite o reinicie el equipo.</translation>
    </message>
    <message>
        <source>If it happens again, send the report of this check to %1: a program keeps opening connections and never closes them.</source>
        <translation>Si vuelve a ocurrir, envíe el informe de esta comprobación a %1: un programa abre conexiones sin parar y nunca las cierra.</translation>
    </message>
    <message>
        <source>This computer does not know the way to %1</source>
        <translation>Este equipo no conoce el camino hacia %1</translation>
    </message>
    <message>
        <source>This computer has no way to send anything to %1. Usually the network connection is incomplete, or %1 can only be reached through a VPN.</source>
        <translation>Este equipo no tiene forma de enviar nada a %1. Normalmente la conexión de red está incompleta, o solo se puede llegar a %1 a través de una VPN.</translation>
    </message>
    <message>
        <source>%1 let the connection in, then ended it at once</source>
        <translation>%1 aceptó la conexión y la cortó enseguida</translation>
    </message>
    <message>
        <source>Your computer and the network are fine: %1 was reached. Then the program on it, or a security device in front of it, ended the connection. The problem is on the server&apos;s side.</source>
        <translation>Su equipo y la red están bien: se llegó a %1. Después, el programa que hay en él, o un dispositivo de seguridad situado delante, cortó la conexión. El problema está en el lado del servidor.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: the service may be restarting or busy.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos: puede que el servicio se esté reiniciando o esté ocupado.</translation>
    </message>
    <message>
        <source>%1 is reachable, but nothing answers on port %2</source>
        <translation>Se puede llegar a %1, pero nada responde en el puerto %2</translation>
    </message>
    <message>
        <source>Your computer and the network are fine: %1 was reached, and it said no. No program there takes connections on port %2: the service is stopped, or it uses another port.</source>
        <translation>Su equipo y la red están bien: se llegó a %1, y dijo que no. Ningún programa acepta allí conexiones en el puerto %2: el servicio está detenido o usa otro puerto.</translation>
    </message>
    <message>
        <source>Check the port number you were given.</source>
        <translation>Compruebe el número de puerto que le dieron.</translation>
    </message>
    <message>
        <source>Try again in a few minutes: the service may be starting.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos: puede que el servicio se esté iniciando.</translation>
    </message>
    <message>
        <source>A firewall turned the connection to %1 away</source>
        <translation>Un firewall rechazó la conexión con %1</translation>
    </message>
    <message>
        <source>A firewall, on %1 or on the network in between, refuses connections to port %2 from your computer.</source>
        <translation>Un firewall, en %1 o en la red intermedia, rechaza las conexiones de su equipo al puerto %2.</translation>
    </message>
    <message>
        <source>If you use a VPN, a guest Wi-Fi or a mobile hotspot, try from your usual network.</source>
        <translation>Si usa una VPN, una red Wi-Fi de invitados o la zona Wi-Fi de un teléfono, pruebe desde su red habitual.</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2</source>
        <translation>%1 no respondió en el puerto %2</translation>
    </message>
    <message>
        <source>Nothing came back at all. Most often a firewall, on %1 or on the way to it, silently blocks this port; sometimes the address is wrong or the server is switched off.</source>
        <translation>No volvió nada en absoluto. Lo más habitual es que un firewall, en %1 o en el camino hacia él, bloquee este puerto sin avisar; a veces la dirección es incorrecta o el servidor está apagado.</translation>
    </message>
    <message>
        <source>Check the name or address and the port you were given.</source>
        <translation>Compruebe el nombre o la dirección y el puerto que le dieron.</translation>
    </message>
    <message>
        <source>%1 cannot be found on the network</source>
        <translation>No se encuentra %1 en la red</translation>
    </message>
    <message>
        <source>The network could not deliver anything to %1: it is switched off, not connected, or has a new address.</source>
        <translation>La red no pudo entregar nada a %1: está apagado, no está conectado o tiene una dirección nueva.</translation>
    </message>
    <message>
        <source>Check that %1 is switched on and connected.</source>
        <translation>Compruebe que %1 está encendido y conectado.</translation>
    </message>
    <message>
        <source>Check the name or address you were given.</source>
        <translation>Compruebe el nombre o la dirección que le dieron.</translation>
    </message>
    <message>
        <source>The network of %1 cannot be reached</source>
        <translation>No se puede llegar a la red de %1</translation>
    </message>
    <message>
        <source>The network on the way has no path to %1. It is not your computer and not the server: it is the network in between.</source>
        <translation>La red que hay por el camino no tiene ninguna forma de llegar a %1. No es su equipo ni el servidor: es la red intermedia.</translation>
    </message>
    <message>
        <source>your internet provider&apos;s or your IT support</source>
        <translation>su proveedor de Internet o su soporte técnico</translation>
    </message>
    <message>
        <source>This computer cannot look up names</source>
        <translation>Este equipo no puede buscar nombres</translation>
    </message>
    <message>
        <source>A name like %1 has to be turned into an address first, and this computer has no service set up to do it. Usually the network connection is incomplete.</source>
        <translation>Un nombre como %1 primero tiene que convertirse en una dirección, y este equipo no tiene ningún servicio configurado para hacerlo. Normalmente la conexión de red está incompleta.</translation>
    </message>
    <message>
        <source>The network did not look up the name %1</source>
        <translation>La red no buscó el nombre %1</translation>
    </message>
    <message>
        <source>This computer asked the network for the address of %1 and got no usable answer. The network&apos;s name service is not working for this computer.</source>
        <translation>Este equipo pidió a la red la dirección de %1 y no obtuvo ninguna respuesta útil. El servicio de nombres de la red no funciona para este equipo.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up right now</source>
        <translation>No se pudo buscar el nombre %1 en este momento</translation>
    </message>
    <message>
        <source>The network answered, but could not find out the address of %1. This is usually a problem with the name&apos;s own settings, not with your computer.</source>
        <translation>La red respondió, pero no pudo averiguar la dirección de %1. Normalmente es un problema de la configuración propia del nombre, no de su equipo.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The name %1 does not exist</source>
        <translation>El nombre %1 no existe</translation>
    </message>
    <message>
        <source>No address is known for this name. Often it is a typing mistake, or the name is only known inside a company network.</source>
        <translation>No se conoce ninguna dirección para este nombre. A menudo es un error al escribirlo, o el nombre solo se conoce dentro de una red de empresa.</translation>
    </message>
    <message>
        <source>Check the spelling of %1.</source>
        <translation>Compruebe cómo se escribe %1.</translation>
    </message>
    <message>
        <source>%1 has no address this computer can use</source>
        <translation>%1 no tiene ninguna dirección que este equipo pueda usar</translation>
    </message>
    <message>
        <source>The name exists, but it leads to no address this computer and this network can use.</source>
        <translation>El nombre existe, pero no lleva a ninguna dirección que este equipo y esta red puedan usar.</translation>
    </message>
    <message>
        <source>%1 is blocked by a filter on this network</source>
        <translation>Un filtro de esta red bloquea %1</translation>
    </message>
    <message>
        <source>The network deliberately does not give out the address of %1. Schools, companies, parental controls and some security software block sites this way.</source>
        <translation>La red no da a propósito la dirección de %1. Los centros educativos, las empresas, el control parental y algunos programas de seguridad bloquean sitios de esta forma.</translation>
    </message>
    <message>
        <source>If you think this is a mistake, ask whoever runs this network, or check your security software and parental controls.</source>
        <translation>Si cree que es un error, consulte a quien gestione esta red, o revise su software de seguridad y el control parental.</translation>
    </message>
    <message>
        <source>A setting on this computer sends %1 to the wrong place</source>
        <translation>Un ajuste de este equipo envía %1 al lugar equivocado</translation>
    </message>
    <message>
        <source>A file on this computer (the hosts file) gives %1 an old address, so the computer never asks the network for the right one.</source>
        <translation>Un archivo de este equipo (el archivo hosts) da a %1 una dirección antigua, así que el equipo nunca pregunta a la red por la correcta.</translation>
    </message>
    <message>
        <source>%1 leads to the wrong address</source>
        <translation>%1 lleva a una dirección incorrecta</translation>
    </message>
    <message>
        <source>The address this computer got for %1 is not the right one: an old entry somewhere, or a filter.</source>
        <translation>La dirección que este equipo obtuvo para %1 no es la correcta: una entrada antigua en algún sitio, o un filtro.</translation>
    </message>
    <message>
        <source>Restart the computer and the router, then check again.</source>
        <translation>Reinicie el equipo y el router, y luego vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Security software on this computer blocked the connection</source>
        <translation>El software de seguridad de este equipo bloqueó la conexión</translation>
    </message>
    <message>
        <source>The connection never left this computer: its firewall or security software did not let it out.</source>
        <translation>La conexión nunca salió de este equipo: su firewall o su software de seguridad no la dejó salir.</translation>
    </message>
    <message>
        <source>Open your security software (antivirus, firewall) and look for a blocked program or connection.</source>
        <translation>Abra su software de seguridad (antivirus, firewall) y busque un programa o una conexión bloqueados.</translation>
    </message>
    <message>
        <source>The network connection is not ready yet</source>
        <translation>La conexión de red aún no está lista</translation>
    </message>
    <message>
        <source>This computer is still connecting to the network.</source>
        <translation>Este equipo todavía se está conectando a la red.</translation>
    </message>
    <message>
        <source>Wait a minute, then check again.</source>
        <translation>Espere un minuto y luego vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network</source>
        <translation>Este equipo no está conectado a ninguna red</translation>
    </message>
    <message>
        <source>No cable and no Wi-Fi connection is working, so nothing can go out.</source>
        <translation>No funciona ningún cable ni ninguna conexión Wi-Fi, así que no puede salir nada.</translation>
    </message>
    <message>
        <source>Plug the network cable in at both ends, or switch Wi-Fi on and choose your network.</source>
        <translation>Enchufe el cable de red por ambos extremos, o active el Wi-Fi y elija su red.</translation>
    </message>
    <message>
        <source>Check that the router is switched on.</source>
        <translation>Compruebe que el router está encendido.</translation>
    </message>
    <message>
        <source>The network did not give this computer an address</source>
        <translation>La red no dio ninguna dirección a este equipo</translation>
    </message>
    <message>
        <source>The computer is connected, but the router did not give it an address, so it cannot talk to anything.</source>
        <translation>El equipo está conectado, pero el router no le dio ninguna dirección, así que no puede comunicarse con nada.</translation>
    </message>
    <message>
        <source>If other devices have the same problem, the router needs attention.</source>
        <translation>Si otros dispositivos tienen el mismo problema, hay que revisar el router.</translation>
    </message>
    <message>
        <source>The router does not answer</source>
        <translation>El router no responde</translation>
    </message>
    <message>
        <source>This computer cannot reach its router, the box everything else goes through.</source>
        <translation>Este equipo no puede llegar a su router, el aparato por el que pasa todo lo demás.</translation>
    </message>
    <message>
        <source>Check that the router is switched on and its lights look as usual.</source>
        <translation>Compruebe que el router está encendido y que sus luces se ven como de costumbre.</translation>
    </message>
    <message>
        <source>This network wants you to sign in first</source>
        <translation>Esta red le pide que inicie sesión primero</translation>
    </message>
    <message>
        <source>This network (a hotel, a train, a guest Wi-Fi) shows a page in the browser where you sign in or accept its terms. Until then, nothing else gets through.</source>
        <translation>Esta red (un hotel, un tren, una red Wi-Fi de invitados) muestra en el navegador una página en la que debe iniciar sesión o aceptar sus condiciones. Hasta entonces, no pasa nada más.</translation>
    </message>
    <message>
        <source>Open a web browser and follow the page that appears, then check again.</source>
        <translation>Abra un navegador web y siga la página que aparezca; luego vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>%1 can only be reached through this network&apos;s proxy</source>
        <translation>Solo se puede llegar a %1 a través del proxy de esta red</translation>
    </message>
    <message>
        <source>The direct way is closed. Connections must go through the relay this network provides (a proxy), and the program is not set to use it.</source>
        <translation>El camino directo está cerrado. Las conexiones deben pasar por el intermediario que ofrece esta red (un proxy), y el programa no está configurado para usarlo.</translation>
    </message>
    <message>
        <source>Set the program to use the system&apos;s proxy settings.</source>
        <translation>Configure el programa para que use la configuración de proxy del sistema.</translation>
    </message>
    <message>
        <source>The proxy set on this computer does not answer</source>
        <translation>El proxy configurado en este equipo no responde</translation>
    </message>
    <message>
        <source>This computer is set to send connections through a relay (a proxy) that cannot be reached. Often it is an old setting from another network.</source>
        <translation>Este equipo está configurado para enviar las conexiones a través de un intermediario (un proxy) al que no se puede llegar. A menudo es un ajuste antiguo de otra red.</translation>
    </message>
    <message>
        <source>If you are not on your work network, switch the proxy off in the system&apos;s network settings.</source>
        <translation>Si no está en la red de su trabajo, desactive el proxy en la configuración de red del sistema.</translation>
    </message>
    <message>
        <source>The proxy wants you to sign in</source>
        <translation>El proxy le pide que inicie sesión</translation>
    </message>
    <message>
        <source>The relay (proxy) this network uses asks for a user name and password first.</source>
        <translation>El intermediario (proxy) que usa esta red pide primero un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>Enter your work user name and password where the program asks for the proxy.</source>
        <translation>Escriba su nombre de usuario y contraseña del trabajo donde el programa los pida para el proxy.</translation>
    </message>
    <message>
        <source>The proxy will not connect to %1</source>
        <translation>El proxy se niega a conectar con %1</translation>
    </message>
    <message>
        <source>The relay (proxy) this network uses does not allow connections to %1, port %2.</source>
        <translation>El intermediario (proxy) que usa esta red no permite conexiones con %1, puerto %2.</translation>
    </message>
    <message>
        <source>The proxy cannot reach %1 either</source>
        <translation>El proxy tampoco puede llegar a %1</translation>
    </message>
    <message>
        <source>Your computer reached this network&apos;s relay (proxy) fine, but it could not connect to %1 either: the problem is beyond it.</source>
        <translation>Su equipo llegó sin problemas al intermediario (proxy) de esta red, pero este tampoco pudo conectarse con %1: el problema está más allá.</translation>
    </message>
    <message>
        <source>Large pieces of data from %1 get lost on the way</source>
        <translation>Los datos grandes de %1 se pierden por el camino</translation>
    </message>
    <message>
        <source>Small messages get through, but larger ones are lost: pages start to load and then hang. A device on the way, often a VPN or a router, is set up wrongly.</source>
        <translation>Los mensajes pequeños llegan, pero los más grandes se pierden: las páginas empiezan a cargarse y luego se quedan colgadas. Un dispositivo del camino, a menudo una VPN o un router, está mal configurado.</translation>
    </message>
    <message>
        <source>If you use a VPN, try without it (or the other way round).</source>
        <translation>Si usa una VPN, pruebe sin ella (o al revés).</translation>
    </message>
    <message>
        <source>Port %1 of %2 does not offer a secure connection</source>
        <translation>El puerto %1 de %2 no ofrece una conexión segura</translation>
    </message>
    <message>
        <source>A secure (encrypted) connection was expected, but the service on this port does not offer one. The address or the port is probably wrong, for example https:// for a page that is only http://.</source>
        <translation>Se esperaba una conexión segura (cifrada), pero el servicio de este puerto no la ofrece. Probablemente la dirección o el puerto son incorrectos, por ejemplo https:// para una página que solo está en http://.</translation>
    </message>
    <message>
        <source>Check the address and the port you were given.</source>
        <translation>Compruebe la dirección y el puerto que le dieron.</translation>
    </message>
    <message>
        <source>No secure connection could be made with %1</source>
        <translation>No se pudo establecer una conexión segura con %1</translation>
    </message>
    <message>
        <source>%1 was reached, but your computer and the server could not set up the encryption. Often one side is too old, or a device on the way interferes.</source>
        <translation>Se llegó a %1, pero su equipo y el servidor no pudieron establecer el cifrado. A menudo una de las partes es demasiado antigua, o un dispositivo del camino interfiere.</translation>
    </message>
    <message>
        <source>Update the program (or the browser) and the system, then check again.</source>
        <translation>Actualice el programa (o el navegador) y el sistema, y luego vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock may be wrong</source>
        <translation>Puede que el reloj de este equipo esté mal</translation>
    </message>
    <message>
        <source>The security certificate of %1 is not valid yet by this computer&apos;s clock. The date or time zone of this computer is more likely wrong than the certificate.</source>
        <translation>Según el reloj de este equipo, el certificado de seguridad de %1 aún no es válido. Es más probable que estén mal la fecha o la zona horaria de este equipo que el certificado.</translation>
    </message>
    <message>
        <source>Check the date, time and time zone of this computer, and let it set the time automatically.</source>
        <translation>Revise la fecha, la hora y la zona horaria de este equipo, y deje que ajuste la hora automáticamente.</translation>
    </message>
    <message>
        <source>The security certificate of %1 has expired</source>
        <translation>El certificado de seguridad de %1 ha caducado</translation>
    </message>
    <message>
        <source>Programs refuse the connection, because an expired certificate no longer proves who the server is. Only whoever runs %1 can renew it.</source>
        <translation>Los programas rechazan la conexión, porque un certificado caducado ya no demuestra quién es el servidor. Solo quien gestione %1 puede renovarlo.</translation>
    </message>
    <message>
        <source>If other sites fail too, check this computer&apos;s date and time.</source>
        <translation>Si otros sitios también fallan, revise la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <source>This computer does not trust the security certificate of %1</source>
        <translation>Este equipo no confía en el certificado de seguridad de %1</translation>
    </message>
    <message>
        <source>The server shows a certificate that this computer cannot check. On a work network this is often a company certificate that is not installed; elsewhere it can mean that someone is listening in.</source>
        <translation>El servidor muestra un certificado que este equipo no puede comprobar. En una red de trabajo suele ser un certificado de la empresa que no está instalado; en otros sitios puede significar que alguien está escuchando.</translation>
    </message>
    <message>
        <source>Do not ignore the warning or enter passwords.</source>
        <translation>No ignore la advertencia ni escriba contraseñas.</translation>
    </message>
    <message>
        <source>The security certificate of %1 is for another name</source>
        <translation>El certificado de seguridad de %1 es para otro nombre</translation>
    </message>
    <message>
        <source>The server shows a certificate made out to another name. Either the name you use is not the one the server expects, or the server is set up wrongly.</source>
        <translation>El servidor muestra un certificado emitido para otro nombre. O el nombre que usa no es el que espera el servidor, o el servidor está mal configurado.</translation>
    </message>
    <message>
        <source>Check the name you were given.</source>
        <translation>Compruebe el nombre que le dieron.</translation>
    </message>
    <message>
        <source>%1 lets the connection in, but the service does not answer</source>
        <translation>%1 acepta la conexión, pero el servicio no responde</translation>
    </message>
    <message>
        <source>Your computer and the network are fine. The program on the server says nothing: it may be stuck or overloaded.</source>
        <translation>Su equipo y la red están bien. El programa del servidor no dice nada: puede que esté bloqueado o sobrecargado.</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>The website at %1 answers with an error</source>
        <translation>El sitio web de %1 responde con un error</translation>
    </message>
    <message>
        <source>The connection works and the server answers, but with an error page. The problem is in the website itself, not in the network.</source>
        <translation>La conexión funciona y el servidor responde, pero con una página de error. El problema está en el propio sitio web, no en la red.</translation>
    </message>
    <message>
        <source>The check did not finish</source>
        <translation>La comprobación no terminó</translation>
    </message>
    <message>
        <source>There is no answer yet: the check was stopped, or it could not run.</source>
        <translation>Todavía no hay respuesta: la comprobación se detuvo o no pudo ejecutarse.</translation>
    </message>
    <message>
        <source>Check again.</source>
        <translation>Vuelva a comprobarlo.</translation>
    </message>
    <message>
        <source>Nothing came back on this port. %1 is switched on (it answers on other ports), so a firewall, on it or on the way to it, most likely blocks this port.</source>
        <translation>No volvió nada en este puerto. %1 está encendido (responde en otros puertos), así que lo más probable es que un firewall, en él o en el camino hacia él, bloquee este puerto.</translation>
    </message>
    <message>
        <source>No answer: the connection itself was not tried</source>
        <translation>Sin respuesta: no se probó la conexión en sí</translation>
    </message>
    <message>
        <source>Only trying the connection shows whether %1 can be reached, and this check left that out. What was checked found nothing wrong.</source>
        <translation>Solo un intento de conexión muestra si %1 es accesible, y esta comprobación lo omitió. Lo que se comprobó no mostró ningún problema.</translation>
    </message>
    <message>
        <source>Check again with every step.</source>
        <translation>Vuelva a comprobarlo con todos los pasos.</translation>
    </message>
</context>
<context>
    <name>PortStep</name>
    <message>
        <source>Not tried: the name lookup gave no address.</source>
        <translation>No se intentó: la búsqueda del nombre no dio ninguna dirección.</translation>
    </message>
    <message>
        <source>%1 accepts connections on port %2</source>
        <translation>%1 acepta conexiones en el puerto %2</translation>
    </message>
    <message>
        <source>%1 refused the connection (RST)</source>
        <translation>%1 rechazó la conexión (RST)</translation>
    </message>
    <message>
        <source>%1 did not answer at all</source>
        <translation>%1 no respondió en absoluto</translation>
    </message>
    <message>
        <source>A firewall at %1 rejected the connection to %2</source>
        <translation>Un firewall en %1 rechazó la conexión a %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached on the network</source>
        <translation>No se puede llegar a %1 en la red</translation>
    </message>
    <message>
        <source>There is no way to the network of %1</source>
        <translation>No hay camino hacia la red de %1</translation>
    </message>
    <message>
        <source>This computer did not let the connection to %1 out</source>
        <translation>Este equipo no dejó salir la conexión a %1</translation>
    </message>
    <message>
        <source>%1 accepted, then reset the connection</source>
        <translation>%1 aceptó la conexión y luego la restableció</translation>
    </message>
    <message>
        <source>%1 accepted, then closed the connection at once</source>
        <translation>%1 aceptó la conexión y la cerró enseguida</translation>
    </message>
    <message>
        <source>The attempt on %1 failed: %2</source>
        <translation>El intento en %1 falló: %2</translation>
    </message>
    <message>
        <source>Handshake round trip: %1 ms.</source>
        <translation>Ida y vuelta de la negociación: %1 ms.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>There was no address to try.</source>
        <translation>No había ninguna dirección que probar.</translation>
    </message>
    <message>
        <source>Port %1 accepts connections.</source>
        <translation>El puerto %1 acepta conexiones.</translation>
    </message>
    <message>
        <source>Port %1 accepts connections on %2 of %3 addresses.</source>
        <translation>El puerto %1 acepta conexiones en %2 de %3 direcciones.</translation>
    </message>
    <message>
        <source>Port %1 could not be reached.</source>
        <translation>No se pudo llegar al puerto %1.</translation>
    </message>
    <message>
        <source>Check that the service is running on the server and really uses port %1.</source>
        <translation>Compruebe que el servicio se está ejecutando en el servidor y que realmente usa el puerto %1.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether the firewalls allow port %1 from your address.</source>
        <translation>Pregunte al administrador del servidor si los firewalls permiten el puerto %1 desde su dirección.</translation>
    </message>
    <message>
        <source>Ask the administrator of %1 to allow port %2 from your address.</source>
        <translation>Pida al administrador de %1 que permita el puerto %2 desde su dirección.</translation>
    </message>
    <message>
        <source>Check that the computer is switched on and that the address is right.</source>
        <translation>Compruebe que el equipo está encendido y que la dirección es correcta.</translation>
    </message>
    <message>
        <source>Check the network connection and the VPN; ask the network administrator about the route.</source>
        <translation>Revise la conexión de red y la VPN; consulte la ruta al administrador de la red.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s firewall and security software for a rule blocking port %1.</source>
        <translation>Busque en el firewall y el software de seguridad de este equipo una regla que bloquee el puerto %1.</translation>
    </message>
    <message>
        <source>Check the service&apos;s log: it may refuse your address or be failing.</source>
        <translation>Revise el registro del servicio: puede que rechace su dirección o que esté fallando.</translation>
    </message>
    <message>
        <source>Check the service&apos;s log and whatever sits in front of it (proxy, load balancer).</source>
        <translation>Revise el registro del servicio y lo que haya delante de él (proxy, equilibrador de carga).</translation>
    </message>
    <message>
        <source>SYN tries: %1.</source>
        <translation>Intentos de SYN: %1.</translation>
    </message>
    <message numerus="yes">
        <source>It then reset the connection in the middle of its greeting (after %n byte(s)).</source>
        <translation>
            <numerusform>Después restableció la conexión en mitad de su saludo (tras %n byte).</numerusform>
            <numerusform>Después restableció la conexión en mitad de su saludo (tras %n bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered that port %2 is closed (ICMP port unreachable)</source>
        <translation>%1 respondió que el puerto %2 está cerrado (ICMP &quot;puerto inaccesible&quot;)</translation>
    </message>
    <message>
        <source>%1 answered for %2 that port %3 is closed (ICMP port unreachable)</source>
        <translation>%1 respondió en nombre de %2 que el puerto %3 está cerrado (ICMP &quot;puerto inaccesible&quot;)</translation>
    </message>
    <message>
        <source>Check that the service is running on the server and that its firewall allows port %1.</source>
        <translation>Compruebe que el servicio se está ejecutando en el servidor y que su firewall permite el puerto %1.</translation>
    </message>
    <message>
        <source>%1 sent back: %2.</source>
        <translation>%1 devolvió: %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s connection had just come up: the test waited %1 s for it to be ready.</source>
        <translation>La conexión de este equipo acababa de establecerse: la prueba esperó %1 s a que estuviera lista.</translation>
    </message>
    <message>
        <source>%1 of the %2 local ports this computer picks from (%3 to %4) are taken.</source>
        <translation>%1 de los %2 puertos locales entre los que elige este equipo (de %3 a %4) están ocupados.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) to the same address and port %1 hold one each.</source>
        <translation>
            <numerusform>%n conexión a la misma dirección y al mismo puerto %1 ocupa uno.</numerusform>
            <numerusform>%n conexiones a la misma dirección y al mismo puerto %1 ocupan uno cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This computer&apos;s TCP connections by state: %1.</source>
        <translation>Conexiones TCP de este equipo por estado: %1.</translation>
    </message>
    <message>
        <source>This computer had no free local port for the connection</source>
        <translation>Este equipo no tenía ningún puerto local libre para la conexión</translation>
    </message>
    <message>
        <source>The connections of this computer could not be counted: %1</source>
        <translation>No se pudieron contar las conexiones de este equipo: %1</translation>
    </message>
    <message>
        <source>Almost every local port of this computer is taken</source>
        <translation>Casi todos los puertos locales de este equipo están ocupados</translation>
    </message>
    <message>
        <source>When none is left, new connections fail at once. Close programs that open many connections, or restart the one that holds most of them.</source>
        <translation>Cuando no quede ninguno, las conexiones nuevas fallarán al instante. Cierre los programas que abren muchas conexiones o reinicie el que ocupa la mayoría de ellos.</translation>
    </message>
</context>
<context>
    <name>ProxyStep</name>
    <message>
        <source>“%1”</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>The setting comes from %1.</source>
        <translation>Origen de la configuración: %1.</translation>
    </message>
    <message>
        <source>It answered %1.</source>
        <translation>Respondió %1.</translation>
    </message>
    <message>
        <source>The proxy calls itself %1.</source>
        <translation>El proxy se identifica como %1.</translation>
    </message>
    <message>
        <source>The proxy %1 opens the way to %2</source>
        <translation>El proxy %1 abre el camino hacia %2</translation>
    </message>
    <message>
        <source>It accepted the SOCKS request in %1 ms.</source>
        <translation>Aceptó la solicitud SOCKS en %1 ms.</translation>
    </message>
    <message>
        <source>It answered %1 in %2 ms.</source>
        <translation>Respondió %1 en %2 ms.</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password in the setting</source>
        <translation>El proxy %1 no aceptó el nombre de usuario y la contraseña de la configuración</translation>
    </message>
    <message>
        <source>The proxy %1 wants a sign-in</source>
        <translation>El proxy %1 pide un inicio de sesión</translation>
    </message>
    <message>
        <source>Programs that cannot sign in to it are turned away.</source>
        <translation>Rechaza a los programas que no pueden iniciar sesión en él.</translation>
    </message>
    <message>
        <source>The proxy %1 will not connect to %2</source>
        <translation>El proxy %1 se niega a conectar con %2</translation>
    </message>
    <message>
        <source>It closed the connection without an answer.</source>
        <translation>Cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>The proxy %1 cannot reach %2 either</source>
        <translation>El proxy %1 tampoco puede llegar a %2</translation>
    </message>
    <message>
        <source>It took the request but had not answered after %1 s: it was still trying to reach %2.</source>
        <translation>Aceptó la solicitud, pero tras %1 s aún no había respondido: seguía intentando llegar a %2.</translation>
    </message>
    <message>
        <source>The proxy %1 does not answer</source>
        <translation>El proxy %1 no responde</translation>
    </message>
    <message>
        <source>Its name does not resolve.</source>
        <translation>No se encuentra ninguna dirección para su nombre.</translation>
    </message>
    <message>
        <source>Something answers there, but not as a proxy.</source>
        <translation>Algo responde en esa dirección, pero no como un proxy.</translation>
    </message>
    <message>
        <source>Its port did not take the connection (%1).</source>
        <translation>Su puerto no aceptó la conexión (%1).</translation>
    </message>
    <message>
        <source>Every program that follows this setting fails, browsers first.</source>
        <translation>Todos los programas que siguen esta configuración fallan, empezando por los navegadores.</translation>
    </message>
    <message>
        <source>The proxy %1 is of a kind this version cannot test</source>
        <translation>El proxy %1 es de un tipo que esta versión no puede probar</translation>
    </message>
    <message>
        <source>The proxy %1 could not be tested</source>
        <translation>No se pudo probar el proxy %1</translation>
    </message>
    <message>
        <source>No sign-in page holds the way out</source>
        <translation>Ninguna página de inicio de sesión bloquea la salida</translation>
    </message>
    <message>
        <source>%1 answered as it does on a free network (%2).</source>
        <translation>%1 respondió como lo hace en una red libre (%2).</translation>
    </message>
    <message>
        <source>A sign-in page holds the way out (%1)</source>
        <translation>Una página de inicio de sesión bloquea la salida (%1)</translation>
    </message>
    <message>
        <source>%1 answered %2 instead of letting the request through.</source>
        <translation>%1 respondió %2 en lugar de dejar pasar la solicitud.</translation>
    </message>
    <message>
        <source>It sends browsers to %1.</source>
        <translation>Redirige los navegadores a %1.</translation>
    </message>
    <message>
        <source>The page is called %1.</source>
        <translation>La página se titula %1.</translation>
    </message>
    <message>
        <source>Open a browser, go to %1 and accept the terms or sign in on the page that appears.</source>
        <translation>Abra un navegador, vaya a %1 y acepte las condiciones o inicie sesión en la página que aparezca.</translation>
    </message>
    <message>
        <source>Whether a sign-in page holds the way out could not be told</source>
        <translation>No se pudo saber si una página de inicio de sesión bloquea la salida</translation>
    </message>
    <message>
        <source>%1 answered %2, which proves nothing either way.</source>
        <translation>%1 respondió %2, lo que no demuestra nada ni en un sentido ni en otro.</translation>
    </message>
    <message>
        <source>%1 gave no answer (%2).</source>
        <translation>%1 no respondió (%2).</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>la variable de entorno %1</translation>
    </message>
    <message>
        <source>the desktop&apos;s proxy settings</source>
        <translation>la configuración de proxy del escritorio</translation>
    </message>
    <message>
        <source>the automatic configuration script %1</source>
        <translation>el script de configuración automática %1</translation>
    </message>
    <message>
        <source>automatic proxy detection (WPAD)</source>
        <translation>la detección automática de proxy (WPAD)</translation>
    </message>
    <message>
        <source>the proxy given to this check</source>
        <translation>el proxy indicado para esta comprobación</translation>
    </message>
    <message>
        <source>a system-wide proxy setting</source>
        <translation>una configuración de proxy para todo el sistema</translation>
    </message>
    <message>
        <source>no proxy setting</source>
        <translation>ninguna configuración de proxy</translation>
    </message>
    <message>
        <source>The setting is the environment variable %1: change or remove it where it is set (a shell profile such as ~/.bashrc or /etc/environment, or the system&apos;s environment variables on Windows).</source>
        <translation>La configuración es la variable de entorno %1: cámbiela o quítela donde esté definida (un perfil de shell como ~/.bashrc o /etc/environment, o las variables de entorno del sistema en Windows).</translation>
    </message>
    <message>
        <source>Check the proxy address given to this check.</source>
        <translation>Revise la dirección del proxy indicada para esta comprobación.</translation>
    </message>
    <message>
        <source>Change it in Settings › Network › Network Proxy.</source>
        <translation>Cámbiela en Configuración › Red › Proxy de la red.</translation>
    </message>
    <message>
        <source>Change it in System Settings › Network › Proxy.</source>
        <translation>Cámbiela en Preferencias del sistema › Red › Proxy.</translation>
    </message>
    <message>
        <source>Change it in Settings › Network &amp; Internet › Proxy.</source>
        <translation>Cámbiela en Configuración › Red e Internet › Proxy.</translation>
    </message>
    <message>
        <source>Change it in System Settings › Network › (your connection) › Details › Proxies.</source>
        <translation>Cámbiela en Ajustes del Sistema › Red › (su conexión) › Detalles › Proxies.</translation>
    </message>
    <message>
        <source>The proxy comes from an automatic configuration script: its administrator decides which proxy it names.</source>
        <translation>El proxy viene de un script de configuración automática: es el administrador de ese script quien decide qué proxy indica.</translation>
    </message>
    <message>
        <source>Change it in this computer&apos;s proxy settings.</source>
        <translation>Cámbiela en la configuración de proxy de este equipo.</translation>
    </message>
    <message>
        <source>Proxy settings left aside (--no-proxy).</source>
        <translation>Configuración de proxy omitida (--no-proxy).</translation>
    </message>
    <message>
        <source>The proxy given is not a proxy address.</source>
        <translation>El proxy indicado no es una dirección de proxy.</translation>
    </message>
    <message>
        <source>The proxy settings could not be read</source>
        <translation>No se pudo leer la configuración del proxy</translation>
    </message>
    <message>
        <source>Finding the proxy (an automatic configuration script or automatic detection) took longer than %1 s.</source>
        <translation>Encontrar el proxy (un script de configuración automática o la detección automática) tardó más de %1 s.</translation>
    </message>
    <message>
        <source>No proxy for %1: programs connect directly</source>
        <translation>Sin proxy para %1: los programas se conectan directamente</translation>
    </message>
    <message>
        <source>No proxy is set in the environment or in this computer&apos;s settings.</source>
        <translation>No hay ningún proxy definido en el entorno ni en la configuración de este equipo.</translation>
    </message>
    <message>
        <source>%1 sends this address directly.</source>
        <translation>Las conexiones a esta dirección van directas, sin proxy (origen: %1).</translation>
    </message>
    <message>
        <source>No sign-in page check.</source>
        <translation>Sin comprobación de página de inicio de sesión.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>not an http:// address</source>
        <translation>no es una dirección http://</translation>
    </message>
    <message>
        <source>closed without an answer</source>
        <translation>cerrada sin respuesta</translation>
    </message>
    <message>
        <source>GNOME&apos;s proxy settings</source>
        <translation>la configuración de proxy de GNOME</translation>
    </message>
    <message>
        <source>KDE&apos;s proxy settings</source>
        <translation>la configuración de proxy de KDE</translation>
    </message>
    <message>
        <source>Windows&apos; proxy settings (Internet Options)</source>
        <translation>la configuración de proxy de Windows (Opciones de Internet)</translation>
    </message>
    <message>
        <source>the proxy settings of macOS</source>
        <translation>la configuración de proxy de macOS</translation>
    </message>
    <message>
        <source>NetworkManager reports a sign-in page on this network.</source>
        <translation>NetworkManager indica que hay una página de inicio de sesión en esta red.</translation>
    </message>
    <message>
        <source>NetworkManager reports a free way to the internet.</source>
        <translation>NetworkManager indica que hay una salida libre a Internet.</translation>
    </message>
    <message>
        <source>NetworkManager reports this network, but no way to the internet.</source>
        <translation>NetworkManager indica que hay red, pero no salida a Internet.</translation>
    </message>
    <message>
        <source>NetworkManager reports no network connection.</source>
        <translation>NetworkManager indica que no hay conexión de red.</translation>
    </message>
    <message>
        <source>NetworkManager still reported a sign-in page; it checks only every few minutes, so this answer is the newer one.</source>
        <translation>NetworkManager aún indicaba una página de inicio de sesión; solo comprueba cada pocos minutos, así que esta respuesta es la más reciente.</translation>
    </message>
    <message>
        <source>NetworkManager sees the sign-in page too.</source>
        <translation>NetworkManager también ve la página de inicio de sesión.</translation>
    </message>
    <message>
        <source>NetworkManager reports a sign-in page on this network</source>
        <translation>NetworkManager indica que hay una página de inicio de sesión en esta red</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s own connectivity check found a sign-in page.</source>
        <translation>La comprobación de conectividad propia de NetworkManager encontró una página de inicio de sesión.</translation>
    </message>
    <message>
        <source>Open a browser and go to any address starting with http://, then accept the terms or sign in on the page that appears.</source>
        <translation>Abra un navegador y vaya a cualquier dirección que empiece por http://; después, acepte las condiciones o inicie sesión en la página que aparezca.</translation>
    </message>
    <message>
        <source>the system&apos;s message bus is not reachable</source>
        <translation>el bus de mensajes del sistema no está accesible</translation>
    </message>
    <message>
        <source>NetworkManager gave an answer that is not a state</source>
        <translation>NetworkManager dio una respuesta que no es un estado</translation>
    </message>
    <message>
        <source>NetworkManager is not running</source>
        <translation>NetworkManager no se está ejecutando</translation>
    </message>
    <message>
        <source>NetworkManager did not answer in time</source>
        <translation>NetworkManager no respondió a tiempo</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>the system&apos;s message bus did not answer in time</source>
        <translation>el bus de mensajes del sistema no respondió a tiempo</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>This is not a tcpdoctor report (no &quot;schema&quot;: &quot;tcpdoctor-report/1&quot;).</source>
        <translation>No es un informe de tcpdoctor (falta &quot;schema&quot;: &quot;tcpdoctor-report/1&quot;).</translation>
    </message>
    <message>
        <source>The report has no target or no verdict.</source>
        <translation>El informe no tiene destino o no tiene veredicto.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>A PDF report needs tcpdoctor&apos;s graphics support, which is not running here; save the report as .html and print that to PDF instead.</source>
        <translation>Un informe PDF necesita el soporte gráfico de tcpdoctor, que aquí no está activo; guarde el informe como .html e imprímalo en PDF.</translation>
    </message>
    <message>
        <source>tcpdoctor report: %1 port %2</source>
        <translation>Informe de tcpdoctor: %1 puerto %2</translation>
    </message>
    <message>
        <source>The PDF report could not be made.</source>
        <translation>No se pudo crear el informe PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The raw data of this report (tcpdoctor-report/1)</source>
        <translation>Los datos sin procesar de este informe (tcpdoctor-report/1)</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>link up</source>
        <translation>enlace activo</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>sin enlace</translation>
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
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message>
        <source>this version does not have this step yet</source>
        <translation>esta versión aún no incluye este paso</translation>
    </message>
    <message>
        <source>left out on request</source>
        <translation>omitido a petición</translation>
    </message>
    <message>
        <source>there was no address to try</source>
        <translation>no había ninguna dirección que probar</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, puerto %2</translation>
    </message>
    <message>
        <source>%1, port %2 (%3)</source>
        <translation>%1, puerto %2 (%3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>open: the handshake completed in %1</source>
        <translation>abierto: la negociación se completó en %1</translation>
    </message>
    <message>
        <source>refused: the server answered with RST after %1 (nothing listens)</source>
        <translation>rechazado: el servidor respondió con RST tras %1 (nada escucha)</translation>
    </message>
    <message>
        <source>no answer in %1 (SYN sent %2 times)</source>
        <translation>sin respuesta en %1 (SYN enviado %2 veces)</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>host inaccesible</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>red inaccesible</translation>
    </message>
    <message>
        <source>%1 (said by this computer)</source>
        <translation>%1 (según este equipo)</translation>
    </message>
    <message>
        <source>%1: ICMP from %2</source>
        <translation>%1: ICMP desde %2</translation>
    </message>
    <message>
        <source>blocked by this computer&apos;s firewall</source>
        <translation>bloqueado por el firewall de este equipo</translation>
    </message>
    <message>
        <source>accepted, then reset by the server (RST)</source>
        <translation>aceptado y luego restablecido por el servidor (RST)</translation>
    </message>
    <message>
        <source>accepted, then closed at once by the server (FIN)</source>
        <translation>aceptado y luego cerrado enseguida por el servidor (FIN)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>tcpdoctor</source>
        <translation>tcpdoctor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
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
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Default gateway</source>
        <translation>Puerta de enlace predeterminada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Servidores DNS</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>a través de %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Route to the target</source>
        <translation>Ruta hacia el destino</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>This report was redacted: public IP addresses, MAC addresses, host names, Wi-Fi names, this computer&apos;s name and the user&apos;s name were replaced by placeholders (public-ip-1, mac-1, host-1, wifi-1, this-computer, user-1). The same value has the same placeholder everywhere. Private and documentation addresses and ports are unchanged.</source>
        <translation>Este informe se ha anonimizado: las direcciones IP públicas, las direcciones MAC, los nombres de host, los nombres de Wi-Fi, el nombre de este equipo y el del usuario se han sustituido por marcadores (public-ip-1, mac-1, host-1, wifi-1, this-computer, user-1). Un mismo valor tiene el mismo marcador en todas partes. Las direcciones privadas y de documentación y los puertos no cambian.</translation>
    </message>
    <message>
        <source>tcpdoctor: %1</source>
        <translation>tcpdoctor: %1</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Qué hacer a continuación:</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Lista de comprobación:</translation>
    </message>
    <message>
        <source>Connection attempts:</source>
        <translation>Intentos de conexión:</translation>
    </message>
    <message>
        <source>greeting: %1</source>
        <translation>saludo: %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Datos observados:</translation>
    </message>
    <message>
        <source>The error message:</source>
        <translation>El mensaje de error:</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>Qué significa: %1</translation>
    </message>
    <message>
        <source>Checked by hand:</source>
        <translation>Comprobado a mano:</translation>
    </message>
    <message>
        <source>Verdict code: %1 (layer: %2). Checked in %3 ms.</source>
        <translation>Código del veredicto: %1 (capa: %2). Comprobado en %3 ms.</translation>
    </message>
    <message>
        <source>%1, %2, tcpdoctor %3.</source>
        <translation>%1, %2, tcpdoctor %3.</translation>
    </message>
    <message>
        <source>unknown system</source>
        <translation>sistema desconocido</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>capa %1</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>Intentos de conexión</translation>
    </message>
    <message>
        <source>greeting:</source>
        <translation>saludo:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Datos observados</translation>
    </message>
    <message>
        <source>The error message</source>
        <translation>El mensaje de error</translation>
    </message>
    <message>
        <source>Checked by hand</source>
        <translation>Comprobado a mano</translation>
    </message>
    <message>
        <source>Started %1, took %2 ms, on %3, tcpdoctor %4.</source>
        <translation>Inicio: %1; duración: %2 ms; sistema: %3; tcpdoctor %4.</translation>
    </message>
    <message>
        <source>an unknown system</source>
        <translation>un sistema desconocido</translation>
    </message>
    <message>
        <source>tcpdoctor: %1 — %2</source>
        <translation>tcpdoctor: %1 — %2</translation>
    </message>
    <message>
        <source>tcpdoctor report</source>
        <translation>Informe de tcpdoctor</translation>
    </message>
    <message>
        <source>You asked for:</source>
        <translation>Lo que pidió:</translation>
    </message>
    <message>
        <source>Checked %1; took %2 ms; tcpdoctor %3.</source>
        <translation>Comprobado: %1; duración: %2 ms; tcpdoctor %3.</translation>
    </message>
    <message>
        <source>Verdict code:</source>
        <translation>Código del veredicto:</translation>
    </message>
    <message>
        <source>layer: %1</source>
        <translation>capa: %1</translation>
    </message>
    <message>
        <source>Why tcpdoctor thinks so</source>
        <translation>Por qué lo cree tcpdoctor</translation>
    </message>
    <message>
        <source>Where the problem is</source>
        <translation>Dónde está el problema</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>No comprobado: %1.</translation>
    </message>
    <message>
        <source>The handshake, address by address</source>
        <translation>La negociación, dirección por dirección</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>Steps to run for it: %1</source>
        <translation>Pasos que hay que ejecutar para ello: %1</translation>
    </message>
    <message>
        <source>Made by tcpdoctor %1. This page contains no scripts and loads nothing from the network.</source>
        <translation>Creado por tcpdoctor %1. Esta página no contiene scripts y no carga nada de la red.</translation>
    </message>
    <message>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <source>partly works</source>
        <translation>funciona en parte</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Servidor DNS</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>puerto %1</translation>
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
        <translation>ACK: conectado</translation>
    </message>
    <message>
        <source>RST: nothing listens</source>
        <translation>RST: nada escucha</translation>
    </message>
    <message>
        <source>RST: the server cut the connection</source>
        <translation>RST: el servidor cortó la conexión</translation>
    </message>
    <message>
        <source>FIN: the server closed it</source>
        <translation>FIN: el servidor la cerró</translation>
    </message>
    <message>
        <source>SYN again</source>
        <translation>SYN de nuevo</translation>
    </message>
    <message>
        <source>nothing came back</source>
        <translation>no llegó nada</translation>
    </message>
    <message>
        <source>SYN stopped by this computer&apos;s firewall</source>
        <translation>SYN detenido por el firewall de este equipo</translation>
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
        <translation>SYN no enviado: nadie tiene esta dirección aquí</translation>
    </message>
    <message>
        <source>SYN not sent: no route to this network</source>
        <translation>SYN no enviado: no hay ruta hacia esta red</translation>
    </message>
    <message>
        <source>SYN failed: %1</source>
        <translation>SYN fallido: %1</translation>
    </message>
    <message>
        <source>Where the connection goes, and where it fails</source>
        <translation>Adónde va la conexión y dónde falla</translation>
    </message>
    <message>
        <source>the problem is here</source>
        <translation>el problema está aquí</translation>
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
        <translation>La negociación con %1</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <source>router %1</source>
        <translation>router %1</translation>
    </message>
    <message>
        <source>This computer and %1:</source>
        <translation>Este equipo y %1:</translation>
    </message>
    <message>
        <source>When each step ran</source>
        <translation>Cuándo se ejecutó cada paso</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>no ejecutado</translation>
    </message>
    <message>
        <source>%1: not run</source>
        <translation>%1: no ejecutado</translation>
    </message>
    <message>
        <source>%1: started at %2, took %3</source>
        <translation>%1: comenzó a los %2 y duró %3</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Nothing that was there before has changed.</source>
        <translation>No se pudo guardar el informe en %1: %2. No ha cambiado nada de lo que ya había.</translation>
    </message>
    <message>
        <source>%1 could not be saved: the folder %2 does not exist.</source>
        <translation>No se pudo guardar %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>tcpdoctor cannot write &quot;%1&quot; files: use a name ending in %2.</source>
        <translation>tcpdoctor no puede escribir archivos &quot;%1&quot;: use un nombre que termine en %2.</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(sin extensión)</translation>
    </message>
    <message>
        <source>The reports are about different targets: %1, then %2.</source>
        <translation>Los informes tratan de destinos distintos: %1 y luego %2.</translation>
    </message>
    <message>
        <source>The verdict changed from &quot;%1&quot; (%2) to &quot;%3&quot; (%4).</source>
        <translation>El veredicto cambió de &quot;%1&quot; (%2) a &quot;%3&quot; (%4).</translation>
    </message>
    <message>
        <source>%1: was %2, now %3.</source>
        <translation>%1: antes %2, ahora %3.</translation>
    </message>
    <message>
        <source>New address %1: %2.</source>
        <translation>Dirección nueva %1: %2.</translation>
    </message>
    <message>
        <source>%1: was %2; now %3.</source>
        <translation>%1: antes %2; ahora %3.</translation>
    </message>
    <message>
        <source>Address %1 was not tried any more (it was: %2).</source>
        <translation>La dirección %1 ya no se probó (antes: %2).</translation>
    </message>
    <message>
        <source>Comparing %1 (%2) with %3 (%4):</source>
        <translation>Comparación de %1 (%2) con %3 (%4):</translation>
    </message>
    <message>
        <source>Nothing changed: the same verdict (%1), the same results for every step and address.</source>
        <translation>No cambió nada: el mismo veredicto (%1) y los mismos resultados en cada paso y dirección.</translation>
    </message>
    <message>
        <source>Something got worse.</source>
        <translation>Algo empeoró.</translation>
    </message>
    <message>
        <source>Nothing got worse.</source>
        <translation>Nada empeoró.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON report: %2.</source>
        <translation>%1 no es un informe JSON: %2.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1 is not a tcpdoctor report (its schema is &quot;%2&quot;, expected &quot;tcpdoctor-report/1&quot;).</source>
        <translation>%1 no es un informe de tcpdoctor (su esquema es &quot;%2&quot;; se esperaba &quot;tcpdoctor-report/1&quot;).</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>No se pudo comprobar</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>ninguno configurado</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Local network</source>
        <translation>Red local</translation>
    </message>
    <message>
        <source>rejected: %1 from %2</source>
        <translation>rechazado: %1 desde %2</translation>
    </message>
    <message>
        <source>on the local network</source>
        <translation>en la red local</translation>
    </message>
    <message>
        <source>that name is a link to another file; give the name of a real file</source>
        <translation>ese nombre es un enlace a otro archivo; indique el nombre de un archivo real</translation>
    </message>
    <message>
        <source>that is not an ordinary file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: too large to be a tcpdoctor report.</source>
        <translation>%1 ocupa más de %2 MB: demasiado para ser un informe de tcpdoctor.</translation>
    </message>
    <message>
        <source>%1 has no verdict: it is not a whole tcpdoctor report.</source>
        <translation>%1 no tiene veredicto: no es un informe de tcpdoctor completo.</translation>
    </message>
    <message>
        <source>ServerHello, certificate: %1</source>
        <translation>ServerHello, certificado: %1</translation>
    </message>
    <message>
        <source>certificate: expired</source>
        <translation>certificado: caducado</translation>
    </message>
    <message>
        <source>certificate: not valid yet</source>
        <translation>certificado: aún no válido</translation>
    </message>
    <message>
        <source>certificate: not trusted here</source>
        <translation>certificado: no es de confianza aquí</translation>
    </message>
    <message>
        <source>certificate: for another name</source>
        <translation>certificado: para otro nombre</translation>
    </message>
    <message>
        <source>an answer that is not TLS</source>
        <translation>una respuesta que no es TLS</translation>
    </message>
    <message>
        <source>TLS alert</source>
        <translation>alerta TLS</translation>
    </message>
    <message>
        <source>TLS alert: %1</source>
        <translation>alerta TLS: %1</translation>
    </message>
    <message>
        <source>FIN: closed instead of answering</source>
        <translation>FIN: cerrada en lugar de responder</translation>
    </message>
    <message>
        <source>FIN: closed without an answer</source>
        <translation>FIN: cerrada sin respuesta</translation>
    </message>
    <message>
        <source>on a new connection: ClientHello (TLS hello)</source>
        <translation>en una conexión nueva: ClientHello (hello de TLS)</translation>
    </message>
    <message>
        <source>on a new connection: HEAD /</source>
        <translation>en una conexión nueva: HEAD /</translation>
    </message>
    <message>
        <source>no greeting</source>
        <translation>sin saludo</translation>
    </message>
    <message>
        <source>FIN: closed without a word</source>
        <translation>FIN: cerrada sin decir nada</translation>
    </message>
    <message>
        <source>no answer: large packets lost on the way</source>
        <translation>sin respuesta: paquetes grandes perdidos en el camino</translation>
    </message>
    <message>
        <source>again, small packets (%1 bytes): %2</source>
        <translation>de nuevo, paquetes pequeños (%1 bytes): %2</translation>
    </message>
    <message>
        <source>no answer either</source>
        <translation>tampoco hubo respuesta</translation>
    </message>
    <message>
        <source>no try with small packets: %1</source>
        <translation>sin intento con paquetes pequeños: %1</translation>
    </message>
    <message>
        <source>wants a sign-in</source>
        <translation>pide iniciar sesión</translation>
    </message>
    <message>
        <source>refuses</source>
        <translation>rechaza</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>name not found</source>
        <translation>nombre no encontrado</translation>
    </message>
    <message>
        <source>not a proxy</source>
        <translation>no es un proxy</translation>
    </message>
    <message>
        <source>only through the proxy</source>
        <translation>solo por el proxy</translation>
    </message>
    <message>
        <source>sign-in page</source>
        <translation>página de acceso</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (all of them are in the raw data at the end)</source>
        <translation>
            <numerusform>… y %n más (la lista completa está en los datos sin procesar, al final)</numerusform>
            <numerusform>… y %n más (la lista completa está en los datos sin procesar, al final)</numerusform>
        </translation>
    </message>
    <message>
        <source>wired</source>
        <translation>por cable</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>tunnel (VPN)</source>
        <translation>túnel (VPN)</translation>
    </message>
    <message>
        <source>virtual</source>
        <translation>virtual</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>bucle invertido</translation>
    </message>
    <message>
        <source>connected, %1 Mbit/s</source>
        <translation>conectado, %1 Mbit/s</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>no cable or signal</source>
        <translation>sin cable ni señal</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>configurada a mano</translation>
    </message>
    <message>
        <source>from DHCP</source>
        <translation>por DHCP</translation>
    </message>
    <message>
        <source>from the router</source>
        <translation>por el router</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>link-local</source>
        <translation>de vínculo local</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Interfaces de red</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Dirección MAC</translation>
    </message>
    <message>
        <source>No interface has a working link.</source>
        <translation>Ninguna interfaz tiene un enlace activo.</translation>
    </message>
    <message>
        <source>Working links: %1.</source>
        <translation>Enlaces activos: %1.</translation>
    </message>
    <message>
        <source>Connected, but not ready yet: %1.</source>
        <translation>Conectado, pero aún no listo: %1.</translation>
    </message>
    <message>
        <source>VPN tunnels up: %1.</source>
        <translation>Túneles VPN activos: %1.</translation>
    </message>
    <message>
        <source>Waited %1 for a link that was still coming up.</source>
        <translation>Se esperó %1 a un enlace que aún se estaba activando.</translation>
    </message>
    <message>
        <source>%1 is this computer itself.</source>
        <translation>%1 es este mismo equipo.</translation>
    </message>
    <message>
        <source>This computer has no route to %1.</source>
        <translation>Este equipo no tiene ninguna ruta hacia %1.</translation>
    </message>
    <message>
        <source>The routing table rejects %1 (%2).</source>
        <translation>La tabla de enrutamiento rechaza %1 (%2).</translation>
    </message>
    <message>
        <source>The route to %1 could not be read: %2</source>
        <translation>No se pudo leer la ruta hacia %1: %2</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, dirección de origen %1</translation>
    </message>
    <message>
        <source>%1 is on the local network: packets go straight out of %2%3.</source>
        <translation>%1 está en la red local: los paquetes salen directamente por %2%3.</translation>
    </message>
    <message>
        <source>Packets to %1 go through the router %2 on %3%4.</source>
        <translation>Los paquetes hacia %1 pasan por el router %2 en %3%4.</translation>
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
        <translation>La comprobación del router %1 se detuvo.</translation>
    </message>
    <message>
        <source>The router %1 answered (%2) in %3.</source>
        <translation>El router %1 respondió (%2) en %3.</translation>
    </message>
    <message numerus="yes">
        <source>The router %1 did not answer (%2, %n tries).</source>
        <translation>
            <numerusform>El router %1 no respondió (%2, %n intento).</numerusform>
            <numerusform>El router %1 no respondió (%2, %n intentos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Neighbour table: %1.</source>
        <translation>Tabla de vecinos: %1.</translation>
    </message>
    <message>
        <source>another device uses it too</source>
        <translation>otro dispositivo también la usa</translation>
    </message>
    <message>
        <source>No default gateway is set.</source>
        <translation>No hay ninguna puerta de enlace predeterminada configurada.</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>métrica %1</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <source>No proxy is set in the environment.</source>
        <translation>No hay ningún proxy definido en el entorno.</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>Configuración de proxy</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondió</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>el nombre no existe</translation>
    </message>
    <message>
        <source>the name has no addresses</source>
        <translation>el nombre no tiene direcciones</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>server failure</source>
        <translation>fallo del servidor</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>from the hosts file</source>
        <translation>del archivo hosts</translation>
    </message>
    <message>
        <source>from the system&apos;s resolver</source>
        <translation>del resolvedor del sistema</translation>
    </message>
    <message>
        <source>from the DNS servers</source>
        <translation>de los servidores DNS</translation>
    </message>
    <message>
        <source>Addresses found</source>
        <translation>Direcciones encontradas</translation>
    </message>
    <message>
        <source>Addresses found (%1)</source>
        <translation>Direcciones encontradas (%1)</translation>
    </message>
    <message>
        <source>No address was found: %1.</source>
        <translation>No se encontró ninguna dirección: %1.</translation>
    </message>
    <message>
        <source>DNS servers asked</source>
        <translation>Servidores DNS consultados</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Configured DNS servers: %1.</source>
        <translation>Servidores DNS configurados: %1.</translation>
    </message>
    <message>
        <source>Configured DNS servers (%1): %2.</source>
        <translation>Servidores DNS configurados (%1): %2.</translation>
    </message>
    <message>
        <source>The hosts file %1 says %2 (line %3).</source>
        <translation>El archivo hosts %1 indica %2 (línea %3).</translation>
    </message>
    <message>
        <source>Answers that block the name (a filter): %1.</source>
        <translation>Respuestas que bloquean el nombre (un filtro): %1.</translation>
    </message>
    <message>
        <source>The expected address %1 is among the answers.</source>
        <translation>La dirección esperada %1 está entre las respuestas.</translation>
    </message>
    <message>
        <source>The expected address %1 is not among the answers.</source>
        <translation>La dirección esperada %1 no está entre las respuestas.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>¿Quería decir: %1?</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>the proxy opened the way to the target</source>
        <translation>el proxy abrió el paso hacia el destino</translation>
    </message>
    <message>
        <source>the proxy asks for a sign-in</source>
        <translation>el proxy pide iniciar sesión</translation>
    </message>
    <message>
        <source>the proxy refused</source>
        <translation>el proxy se negó</translation>
    </message>
    <message>
        <source>the proxy closed the connection</source>
        <translation>el proxy cerró la conexión</translation>
    </message>
    <message>
        <source>the proxy could not reach the target</source>
        <translation>el proxy no pudo llegar al destino</translation>
    </message>
    <message>
        <source>the proxy did not answer</source>
        <translation>el proxy no respondió</translation>
    </message>
    <message>
        <source>the proxy&apos;s port did not take the connection</source>
        <translation>el puerto del proxy no aceptó la conexión</translation>
    </message>
    <message>
        <source>the proxy&apos;s name was not found</source>
        <translation>no se encontró el nombre del proxy</translation>
    </message>
    <message>
        <source>it answered, but not as a proxy</source>
        <translation>respondió, pero no como un proxy</translation>
    </message>
    <message>
        <source>this kind of proxy cannot be tested</source>
        <translation>este tipo de proxy no se puede probar</translation>
    </message>
    <message>
        <source>it failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>the expected answer: no sign-in page</source>
        <translation>la respuesta esperada: ninguna página de inicio de sesión</translation>
    </message>
    <message>
        <source>a sign-in page answered instead</source>
        <translation>respondió una página de inicio de sesión en su lugar</translation>
    </message>
    <message>
        <source>a sign-in page answered instead, from %1</source>
        <translation>respondió una página de inicio de sesión en su lugar, desde %1</translation>
    </message>
    <message>
        <source>an unexpected answer (%1), which proves nothing either way</source>
        <translation>una respuesta inesperada (%1), que no demuestra nada en ningún sentido</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>sin respuesta (%1)</translation>
    </message>
    <message>
        <source>it failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings were left out on request.</source>
        <translation>La configuración de proxy del sistema se omitió a petición.</translation>
    </message>
    <message>
        <source>The proxy to test was given: %1.</source>
        <translation>Se indicó el proxy que había que probar: %1.</translation>
    </message>
    <message>
        <source>No proxy is configured: programs connect directly.</source>
        <translation>No hay ningún proxy configurado: los programas se conectan directamente.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Proxy settings (%1): %2.</source>
        <translation>Configuración de proxy (%1): %2.</translation>
    </message>
    <message>
        <source>The setting carries a sign-in (not shown).</source>
        <translation>La configuración incluye datos de inicio de sesión (no se muestran).</translation>
    </message>
    <message>
        <source>They could not be read completely: %1.</source>
        <translation>No se pudo leer por completo: %1.</translation>
    </message>
    <message>
        <source>Reading them took too long.</source>
        <translation>Leerla tardó demasiado.</translation>
    </message>
    <message>
        <source>Through %1: %2</source>
        <translation>A través de %1: %2</translation>
    </message>
    <message>
        <source>(it said %1)</source>
        <translation>(su respuesta: %1)</translation>
    </message>
    <message>
        <source>after %1.</source>
        <translation>tras %1.</translation>
    </message>
    <message>
        <source>It calls itself %1.</source>
        <translation>Se identifica como %1.</translation>
    </message>
    <message>
        <source>Sign-in page check at %1: %2.</source>
        <translation>Comprobación de página de inicio de sesión en %1: %2.</translation>
    </message>
    <message>
        <source>Page title: %1.</source>
        <translation>Título de la página: %1.</translation>
    </message>
    <message>
        <source>NetworkManager says: %1.</source>
        <translation>NetworkManager indica: %1.</translation>
    </message>
    <message>
        <source>NetworkManager could not be asked (%1).</source>
        <translation>No se pudo consultar a NetworkManager (%1).</translation>
    </message>
    <message>
        <source>Firewalls on this computer</source>
        <translation>Firewalls de este equipo</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>To look yourself</source>
        <translation>Para verlo usted mismo</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>needs administrator rights</source>
        <translation>necesita derechos de administrador</translation>
    </message>
    <message>
        <source>not on this system</source>
        <translation>no existe en este sistema</translation>
    </message>
    <message>
        <source>let the connection through</source>
        <translation>dejan pasar la conexión</translation>
    </message>
    <message>
        <source>block the connection</source>
        <translation>bloquean la conexión</translation>
    </message>
    <message>
        <source>may block the connection</source>
        <translation>pueden bloquear la conexión</translation>
    </message>
    <message>
        <source>could not be judged</source>
        <translation>no se pudieron evaluar</translation>
    </message>
    <message numerus="yes">
        <source>The rules on this computer (%n read) %1.</source>
        <translation>
            <numerusform>Las reglas de este equipo (%n regla leída) %1.</numerusform>
            <numerusform>Las reglas de este equipo (%n reglas leídas) %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>Rules that match</source>
        <translation>Reglas que coinciden</translation>
    </message>
    <message>
        <source>%1. no answer</source>
        <translation>%1. sin respuesta</translation>
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
        <translation>Rastreo de la ruta (%1): %2.</translation>
    </message>
    <message>
        <source>no hop answered</source>
        <translation>ningún salto respondió</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>refused (the host is up)</source>
        <translation>rechazado (el host está activo)</translation>
    </message>
    <message>
        <source>port %1 on %2 (the reference host): %3</source>
        <translation>puerto %1 en %2 (el equipo de referencia): %3</translation>
    </message>
    <message>
        <source>port %1 on %2: %3</source>
        <translation>puerto %1 en %2: %3</translation>
    </message>
    <message>
        <source>Other ports tried: %1.</source>
        <translation>Otros puertos probados: %1.</translation>
    </message>
    <message>
        <source>Each address had up to %1; the test took %2.</source>
        <translation>Cada dirección tenía hasta %1; la prueba duró %2.</translation>
    </message>
    <message>
        <source>It first waited %1 for a connection that had just come up.</source>
        <translation>La prueba esperó primero %1 a una conexión que acababa de activarse.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>This computer has %n connections open</source>
        <translation>
            <numerusform>Este equipo tiene %n conexión abierta</numerusform>
            <numerusform>Este equipo tiene %n conexiones abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 local ports (%3–%4) are taken, %5 of them to this target.</source>
        <translation>%1 de los %2 puertos locales (%3–%4) están ocupados, %5 de ellos hacia este destino.</translation>
    </message>
    <message>
        <source>The local ports could not be counted: %1.</source>
        <translation>No se pudieron contar los puertos locales: %1.</translation>
    </message>
    <message>
        <source>the handshake succeeded</source>
        <translation>la negociación se completó</translation>
    </message>
    <message>
        <source>the server does not speak TLS on this port</source>
        <translation>el servidor no habla TLS en este puerto</translation>
    </message>
    <message>
        <source>the handshake failed</source>
        <translation>la negociación falló</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>el certificado ha caducado</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>el certificado aún no es válido</translation>
    </message>
    <message>
        <source>the certificate is not trusted</source>
        <translation>el certificado no es de confianza</translation>
    </message>
    <message>
        <source>the certificate is for another name</source>
        <translation>el certificado es para otro nombre</translation>
    </message>
    <message>
        <source>it greeted</source>
        <translation>envió un saludo</translation>
    </message>
    <message>
        <source>it said nothing first</source>
        <translation>no dijo nada primero</translation>
    </message>
    <message>
        <source>it answered</source>
        <translation>respondió</translation>
    </message>
    <message>
        <source>the answer is not HTTP</source>
        <translation>la respuesta no es HTTP</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Negociación TLS</translation>
    </message>
    <message>
        <source>HTTP request</source>
        <translation>Solicitud HTTP</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>%1 with %2: %3, after %4.</source>
        <translation>%1 con %2: %3, tras %4.</translation>
    </message>
    <message>
        <source>The system said: %1</source>
        <translation>El sistema dijo: %1</translation>
    </message>
    <message>
        <source>Name sent: %1.</source>
        <translation>Nombre enviado: %1.</translation>
    </message>
    <message>
        <source>Agreed on %1 with %2.</source>
        <translation>Se acordó %1 con %2.</translation>
    </message>
    <message>
        <source>Versions tried: %1.</source>
        <translation>Versiones probadas: %1.</translation>
    </message>
    <message>
        <source>The server sent the alert %1.</source>
        <translation>El servidor envió la alerta %1.</translation>
    </message>
    <message>
        <source>What the certificate check said</source>
        <translation>Lo que dijo la comprobación del certificado</translation>
    </message>
    <message>
        <source>Certificates, the server&apos;s first</source>
        <translation>Certificados, primero el del servidor</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Emitido para</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>itself</source>
        <translation>sí mismo</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate covers %1 and %n more names.</source>
        <translation>
            <numerusform>El certificado del servidor cubre %1 y %n nombre más.</numerusform>
            <numerusform>El certificado del servidor cubre %1 y %n nombres más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate covers: %1.</source>
        <translation>El certificado del servidor cubre: %1.</translation>
    </message>
    <message>
        <source>The chain ends in %1, an authority added on this computer.</source>
        <translation>La cadena termina en %1, una entidad de certificación añadida en este equipo.</translation>
    </message>
    <message>
        <source>The service greeted with %1.</source>
        <translation>El servicio saludó con %1.</translation>
    </message>
    <message>
        <source>The answer: %1.</source>
        <translation>La respuesta: %1.</translation>
    </message>
    <message>
        <source>The answer: %1 (server %2).</source>
        <translation>La respuesta: %1 (servidor %2).</translation>
    </message>
    <message>
        <source>it stalled too</source>
        <translation>también se quedó bloqueado</translation>
    </message>
    <message>
        <source>this system cannot choose the segment size</source>
        <translation>este sistema no puede elegir el tamaño de segmento</translation>
    </message>
    <message>
        <source>it failed (%1)</source>
        <translation>falló (%1)</translation>
    </message>
    <message>
        <source>Tried again with small segments (%1 bytes): %2.</source>
        <translation>Se volvió a intentar con segmentos pequeños (%1 bytes): %2.</translation>
    </message>
    <message>
        <source>The route goes out of %1, MTU %2.</source>
        <translation>La ruta sale por %1, MTU %2.</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>La lista de comprobación</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>Qué encontró</translation>
    </message>
    <message>
        <source>Connections tried</source>
        <translation>Conexiones probadas</translation>
    </message>
    <message>
        <source>(started %1 into the check, took %2)</source>
        <translation>(comenzó %1 después del inicio de la comprobación; duró %2)</translation>
    </message>
    <message>
        <source>The evidence, step by step</source>
        <translation>Los datos observados, paso a paso</translation>
    </message>
    <message>
        <source>Appendix: the raw data</source>
        <translation>Apéndice: los datos sin procesar</translation>
    </message>
    <message>
        <source>Everything the steps gathered, as tcpdoctor saves it in a .json report (the tcpdoctor-report/1 format).</source>
        <translation>Todo lo que reunieron los pasos, tal como tcpdoctor lo guarda en un informe .json (el formato tcpdoctor-report/1).</translation>
    </message>
    <message>
        <source>Show the raw data (JSON)</source>
        <translation>Mostrar los datos sin procesar (JSON)</translation>
    </message>
    <message>
        <source>The raw data</source>
        <translation>Los datos sin procesar</translation>
    </message>
    <message>
        <source>Everything the steps gathered is attached to this PDF as %1 (the tcpdoctor-report/1 format): your PDF reader lists it with the attachments (often a paper clip), where it can be saved.</source>
        <translation>Todo lo que reunieron los pasos va adjunto a este PDF como %1 (el formato tcpdoctor-report/1): su lector de PDF lo muestra entre los archivos adjuntos (a menudo con un clip), desde donde se puede guardar.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>Se canceló la comprobación.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished</source>
        <translation>La comprobación se detuvo antes de terminar</translation>
    </message>
    <message>
        <source>The check was cancelled: you stopped it or closed the window. The steps that had finished keep their answers; the others did not get to look.</source>
        <translation>Se canceló la comprobación: usted la detuvo o cerró la ventana. Los pasos que habían terminado conservan sus respuestas; los demás no llegaron a mirar.</translation>
    </message>
    <message>
        <source>Run the check again to get a verdict.</source>
        <translation>Vuelva a comprobarlo para obtener un veredicto.</translation>
    </message>
    <message>
        <source>You stopped the check (or closed the window), so there is no answer yet. The steps that had finished keep their answers.</source>
        <translation>Usted detuvo la comprobación (o cerró la ventana), así que todavía no hay respuesta. Los pasos que habían terminado conservan sus respuestas.</translation>
    </message>
    <message>
        <source>Check again to get an answer.</source>
        <translation>Vuelva a comprobarlo para obtener una respuesta.</translation>
    </message>
</context>
<context>
    <name>ServeCli</name>
    <message>
        <source>--metrics takes this computer&apos;s address and a port, like 127.0.0.1:9116 or just 9116 (loopback), not &quot;%1&quot;.</source>
        <translation>--metrics admite una dirección de este equipo y un puerto, como 127.0.0.1:9116 o solo 9116 (bucle local), no «%1».</translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Ejecute &quot;tcpdoctor --help&quot; para ver las opciones.</translation>
    </message>
    <message>
        <source>serve takes no target: the targets come with each request (/probe?target=HOST:PORT).</source>
        <translation>serve no admite destino: los destinos llegan con cada petición (/probe?target=HOST:PORT).</translation>
    </message>
    <message>
        <source>Say what to serve: tcpdoctor serve --metrics 127.0.0.1:9116</source>
        <translation>Indique qué servir: tcpdoctor serve --metrics 127.0.0.1:9116</translation>
    </message>
    <message>
        <source>--max-in-flight must be a whole number from 1 to 256, not &quot;%1&quot;.</source>
        <translation>--max-in-flight debe ser un número entero de 1 a 256, no «%1».</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of milliseconds from 100 to 60000, not &quot;%1&quot;.</source>
        <translation>--timeout debe ser un número entero de milisegundos de 100 a 60000, no «%1».</translation>
    </message>
    <message>
        <source>Say which target to check: /probe?target=HOST:PORT</source>
        <translation>Indique qué destino comprobar: /probe?target=HOST:PORT</translation>
    </message>
    <message>
        <source>Too many checks at once (%1 running, more waiting); try again.</source>
        <translation>Demasiadas comprobaciones a la vez (%1 en curso, otras esperando); inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot open %1 port %2: it is in use, or not an address of this computer.</source>
        <translation>No se puede abrir %1 puerto %2: está en uso, o no es una dirección de este equipo.</translation>
    </message>
    <message>
        <source>tcpdoctor exporter on http://%1/probe?target=HOST:PORT (and /metrics). At most %2 checks at once. Ctrl+C stops it.</source>
        <translation>Exportador de tcpdoctor en http://%1/probe?target=HOST:PORT (y /metrics). Como mucho %2 comprobaciones a la vez. Ctrl+C lo detiene.</translation>
    </message>
    <message>
        <source>Note: other computers can reach it and make this computer check any target; limit who may connect (a firewall rule for your Prometheus server).</source>
        <translation>Nota: otros equipos pueden alcanzarlo y hacer que este equipo compruebe cualquier destino; limite quién puede conectarse (una regla de cortafuegos para su servidor Prometheus).</translation>
    </message>
    <message>
        <source>tcpdoctor exporter stopped.</source>
        <translation>Exportador de tcpdoctor detenido.</translation>
    </message>
</context>
<context>
    <name>ServiceStep</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The TLS handshake worked (%1), and the certificate is valid for %2.</source>
        <translation>La negociación TLS funcionó (%1), y el certificado es válido para %2.</translation>
    </message>
    <message>
        <source>TLS works: %1, %2</source>
        <translation>TLS funciona: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Certificate issued by %1, valid until %2 (%n day(s) left).</source>
        <translation>
            <numerusform>Certificado emitido por %1, válido hasta el %2 (queda %n día).</numerusform>
            <numerusform>Certificado emitido por %1, válido hasta el %2 (quedan %n días).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>El certificado caduca dentro de %n día</numerusform>
            <numerusform>El certificado caduca dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator: the certificate must be renewed before %1.</source>
        <translation>Avise al administrador del servidor: hay que renovar el certificado antes del %1.</translation>
    </message>
    <message>
        <source>The service on port %1 does not speak TLS: it answered the TLS hello with something else.</source>
        <translation>El servicio del puerto %1 no habla TLS: respondió al hello de TLS con otra cosa.</translation>
    </message>
    <message>
        <source>The connection was made, but the TLS hello got no answer in %1 s.</source>
        <translation>La conexión se estableció, pero el hello de TLS no obtuvo respuesta en %1 s.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake.</source>
        <translation>El servidor terminó la negociación TLS.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the alert &quot;%1&quot;.</source>
        <translation>El servidor terminó la negociación TLS con la alerta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The server closed the connection instead of answering the TLS hello.</source>
        <translation>El servidor cerró la conexión en lugar de responder al hello de TLS.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1.</source>
        <translation>El certificado del servidor caducó el %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is only valid from %1.</source>
        <translation>El certificado del servidor solo es válido a partir del %1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer (issued by %1).</source>
        <translation>Este equipo no confía en el certificado del servidor (emitido por %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for %1; it covers %2.</source>
        <translation>El certificado del servidor no es válido para %1; cubre %2.</translation>
    </message>
    <message>
        <source>The TLS check failed: %1</source>
        <translation>La comprobación TLS falló: %1</translation>
    </message>
    <message>
        <source>The certificate comes from an authority added on this computer: %1</source>
        <translation>El certificado procede de una entidad de certificación añadida en este equipo: %1</translation>
    </message>
    <message>
        <source>%1 is not one of the authorities that come with the system. It is your organisation&apos;s own authority, or a company proxy or security software that inspects encrypted connections. Browsers use this computer&apos;s list and work; programs with a list of their own (Java, Python, Node.js, git) do not know it and fail with certificate errors.</source>
        <translation>%1 no es una de las entidades de certificación que vienen con el sistema. Es la entidad propia de su organización, o un proxy de la empresa o un software de seguridad que inspecciona las conexiones cifradas. Los navegadores usan la lista de este equipo y funcionan; los programas con lista propia (Java, Python, Node.js, git) no la conocen y fallan con errores de certificado.</translation>
    </message>
    <message>
        <source>For such a program, add the authority to its own list: Java with keytool -importcert into its cacerts; Python with the REQUESTS_CA_BUNDLE or SSL_CERT_FILE variable; Node.js with NODE_EXTRA_CA_CERTS; git with http.sslCAInfo.</source>
        <translation>Para un programa así, añada la entidad a su propia lista: Java con keytool -importcert en su cacerts; Python con la variable REQUESTS_CA_BUNDLE o SSL_CERT_FILE; Node.js con NODE_EXTRA_CA_CERTS; git con http.sslCAInfo.</translation>
    </message>
    <message>
        <source>The service greeted: %1</source>
        <translation>El servicio saludó: %1</translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <translation>Saludo: %1</translation>
    </message>
    <message>
        <source>The service closed the connection without a word.</source>
        <translation>El servicio cerró la conexión sin decir nada.</translation>
    </message>
    <message>
        <source>The service accepted the connection but said nothing in %1 s.</source>
        <translation>El servicio aceptó la conexión, pero no dijo nada en %1 s.</translation>
    </message>
    <message>
        <source>The second connection failed: %1</source>
        <translation>La segunda conexión falló: %1</translation>
    </message>
    <message>
        <source>The web server answered: %1</source>
        <translation>El servidor web respondió: %1</translation>
    </message>
    <message>
        <source>HTTP answer: %1</source>
        <translation>Respuesta HTTP: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>The service answered, but not in HTTP: %1</source>
        <translation>El servicio respondió, pero no en HTTP: %1</translation>
    </message>
    <message>
        <source>The service closed the connection without answering the request.</source>
        <translation>El servicio cerró la conexión sin responder a la solicitud.</translation>
    </message>
    <message>
        <source>The service did not answer the request in %1 s.</source>
        <translation>El servicio no respondió a la solicitud en %1 s.</translation>
    </message>
    <message>
        <source>Not tried: no connection to the port was made.</source>
        <translation>No se intentó: no se estableció ninguna conexión con el puerto.</translation>
    </message>
    <message>
        <source>Not tried: the TLS check was turned off.</source>
        <translation>No se intentó: la comprobación TLS estaba desactivada.</translation>
    </message>
    <message>
        <source>Not tried: tcpdoctor has no check for the service on port %1.</source>
        <translation>No se intentó: tcpdoctor no tiene ninguna comprobación para el servicio del puerto %1.</translation>
    </message>
    <message>
        <source>Not tried: this computer&apos;s TLS library could not be loaded.</source>
        <translation>No se intentó: no se pudo cargar la biblioteca TLS de este equipo.</translation>
    </message>
    <message>
        <source>The TLS handshake</source>
        <translation>La negociación TLS</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La solicitud</translation>
    </message>
    <message>
        <source>Large packets from the server are lost on the way. %1 got no answer, then worked on a connection that asks for small packets (at most %2 bytes).</source>
        <translation>Los paquetes grandes del servidor se pierden en el camino. %1 no obtuvo respuesta, pero luego funcionó en una conexión que pide paquetes pequeños (como máximo %2 bytes).</translation>
    </message>
    <message>
        <source>Small packets pass, large ones are lost (a path MTU black hole)</source>
        <translation>Los paquetes pequeños pasan, los grandes se pierden (un agujero negro de MTU)</translation>
    </message>
    <message>
        <source>This computer sends through %1, MTU %2 bytes.</source>
        <translation>Este equipo envía a través de %1, MTU de %2 bytes.</translation>
    </message>
    <message>
        <source>A second try with small packets got no answer either.</source>
        <translation>Un segundo intento con paquetes pequeños tampoco obtuvo respuesta.</translation>
    </message>
    <message>
        <source>tcpdoctor could not try again with small packets on this system.</source>
        <translation>tcpdoctor no pudo volver a intentarlo con paquetes pequeños en este sistema.</translation>
    </message>
    <message>
        <source>The second try with small packets could not connect (%1).</source>
        <translation>El segundo intento con paquetes pequeños no pudo conectarse (%1).</translation>
    </message>
    <message>
        <source>Whether the authority %1 came with the system or was added on this computer could not be checked here.</source>
        <translation>Aquí no se pudo comprobar si la entidad de certificación %1 viene con el sistema o se añadió en este equipo.</translation>
    </message>
    <message>
        <source>This computer keeps it in: %1.</source>
        <translation>Este equipo la guarda en: %1.</translation>
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
        <translation>Web segura (HTTPS)</translation>
    </message>
    <message>
        <source>Remote shell (SSH)</source>
        <translation>Shell remoto (SSH)</translation>
    </message>
    <message>
        <source>Remote Desktop (RDP)</source>
        <translation>Escritorio remoto (RDP)</translation>
    </message>
    <message>
        <source>Windows file sharing (SMB)</source>
        <translation>Uso compartido de archivos de Windows (SMB)</translation>
    </message>
    <message>
        <source>Mail server to server (SMTP)</source>
        <translation>Correo entre servidores (SMTP)</translation>
    </message>
    <message>
        <source>Sending mail (SMTP submission)</source>
        <translation>Envío de correo (SMTP submission)</translation>
    </message>
    <message>
        <source>Reading mail (IMAP over TLS)</source>
        <translation>Lectura de correo (IMAP sobre TLS)</translation>
    </message>
    <message>
        <source>Microsoft SQL Server</source>
        <translation>Microsoft SQL Server</translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>Base de datos PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL / MariaDB database</source>
        <translation>Base de datos MySQL / MariaDB</translation>
    </message>
    <message>
        <source>File transfer (FTP)</source>
        <translation>Transferencia de archivos (FTP)</translation>
    </message>
    <message>
        <source>Telnet</source>
        <translation>Telnet</translation>
    </message>
    <message>
        <source>DNS over TCP</source>
        <translation>DNS sobre TCP</translation>
    </message>
    <message>
        <source>Reading mail (POP3)</source>
        <translation>Lectura de correo (POP3)</translation>
    </message>
    <message>
        <source>Reading mail (IMAP)</source>
        <translation>Lectura de correo (IMAP)</translation>
    </message>
    <message>
        <source>Directory (LDAP)</source>
        <translation>Directorio (LDAP)</translation>
    </message>
    <message>
        <source>Directory over TLS (LDAPS)</source>
        <translation>Directorio sobre TLS (LDAPS)</translation>
    </message>
    <message>
        <source>Sending mail over TLS (SMTPS)</source>
        <translation>Envío de correo sobre TLS (SMTPS)</translation>
    </message>
    <message>
        <source>Reading mail over TLS (POP3S)</source>
        <translation>Lectura de correo sobre TLS (POP3S)</translation>
    </message>
    <message>
        <source>Kerberos</source>
        <translation>Kerberos</translation>
    </message>
    <message>
        <source>Windows Remote Management</source>
        <translation>Administración remota de Windows</translation>
    </message>
    <message>
        <source>Screen sharing (VNC)</source>
        <translation>Pantalla compartida (VNC)</translation>
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
        <translation>Cola de mensajes (AMQP)</translation>
    </message>
    <message>
        <source>MQTT</source>
        <translation>MQTT</translation>
    </message>
    <message>
        <source>Web, alternative port (8080)</source>
        <translation>Web, puerto alternativo (8080)</translation>
    </message>
    <message>
        <source>Secure web, alternative port (8443)</source>
        <translation>Web segura, puerto alternativo (8443)</translation>
    </message>
    <message>
        <source>Oracle database</source>
        <translation>Base de datos Oracle</translation>
    </message>
    <message>
        <source>NFS file sharing</source>
        <translation>Uso compartido de archivos NFS</translation>
    </message>
    <message>
        <source>rsync</source>
        <translation>rsync</translation>
    </message>
    <message>
        <source>Printing (IPP)</source>
        <translation>Impresión (IPP)</translation>
    </message>
    <message>
        <source>Telephony (SIP)</source>
        <translation>Telefonía (SIP)</translation>
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
        <translation>toda la configuración</translation>
    </message>
    <message>
        <source>the list of recent targets</source>
        <translation>la lista de destinos recientes</translation>
    </message>
    <message>
        <source>your choices on the first page</source>
        <translation>sus opciones de la primera página</translation>
    </message>
    <message>
        <source>the window size</source>
        <translation>el tamaño de la ventana</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>el idioma</translation>
    </message>
    <message>
        <source>Some saved settings were damaged and have been reset: %1. Nothing else was affected.</source>
        <translation>Parte de la configuración guardada estaba dañada y se ha restablecido: %1. No se ha visto afectado nada más.</translation>
    </message>
    <message>
        <source>The saved settings could not be read and were reset to the defaults. Nothing else was affected.</source>
        <translation>No se pudo leer la configuración guardada y se restableció la predeterminada. No se ha visto afectado nada más.</translation>
    </message>
    <message>
        <source>the sign-in page check address</source>
        <translation>la dirección de comprobación de páginas de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <source>What to try next:</source>
        <translation>Qué probar a continuación:</translation>
    </message>
    <message>
        <source>%1 — taking longer than its %2 s</source>
        <translation>%1 — tarda más de los %2 s previstos</translation>
    </message>
    <message>
        <source>%1 — up to %2 s, %3 s left</source>
        <translation>%1 — hasta %2 s, quedan %3 s</translation>
    </message>
</context>
<context>
    <name>StepWait</name>
    <message>
        <source>Looking at this computer&apos;s network connections</source>
        <translation>Revisando las conexiones de red de este equipo</translation>
    </message>
    <message>
        <source>Reading this computer&apos;s addresses and asking its router</source>
        <translation>Leyendo las direcciones de este equipo y consultando a su router</translation>
    </message>
    <message>
        <source>Waiting for the address of %1</source>
        <translation>Esperando la dirección de %1</translation>
    </message>
    <message>
        <source>Reading the proxy settings and looking for a sign-in page</source>
        <translation>Leyendo la configuración de proxy y buscando una página de inicio de sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n addresses of %1</source>
        <translation>
            <numerusform>%n dirección de %1</numerusform>
            <numerusform>%n direcciones de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for an answer from %1 port %2</source>
        <translation>Esperando una respuesta de %1 puerto %2</translation>
    </message>
    <message>
        <source>Looking at this computer&apos;s firewall and where on the way to %1 the connection stops</source>
        <translation>Revisando el firewall de este equipo y en qué punto del camino hacia %1 se detiene la conexión</translation>
    </message>
    <message>
        <source>Waiting for the service on %1 port %2 to answer</source>
        <translation>Esperando a que responda el servicio en %1 puerto %2</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Not checked: left out with --steps.</source>
        <translation>No comprobado: excluido con --steps.</translation>
    </message>
    <message>
        <source>Physical link</source>
        <translation>Enlace físico</translation>
    </message>
    <message>
        <source>IP configuration</source>
        <translation>Configuración IP</translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Búsqueda del nombre (DNS)</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Port test</source>
        <translation>Prueba de puertos</translation>
    </message>
    <message>
        <source>Not checked yet: this version of tcpdoctor does not have this step.</source>
        <translation>Aún no comprobado: esta versión de tcpdoctor no incluye este paso.</translation>
    </message>
    <message>
        <source>Not checked: the check was stopped before this step finished.</source>
        <translation>No comprobado: la comprobación se detuvo antes de que terminara este paso.</translation>
    </message>
    <message>
        <source>The service answers</source>
        <translation>El servicio responde</translation>
    </message>
    <message>
        <source>Proxy and sign-in page</source>
        <translation>Proxy y página de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>The computer name is missing: write it before the port, like example.com:443.</source>
        <translation>Falta el nombre del equipo: escríbalo antes del puerto, como example.com:443.</translation>
    </message>
    <message>
        <source>A computer name cannot contain spaces: check what you pasted.</source>
        <translation>Un nombre de equipo no puede contener espacios: revise lo que pegó.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an IPv6 address but is not a valid one.</source>
        <translation>&quot;%1&quot; parece una dirección IPv6, pero no es válida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address: it needs four numbers from 0 to 255, like 192.0.2.10.</source>
        <translation>&quot;%1&quot; no es una dirección IPv4 válida: necesita cuatro números del 0 al 255, como 192.0.2.10.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots: check the name.</source>
        <translation>&quot;%1&quot; tiene una parte vacía entre puntos: revise el nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid computer name.</source>
        <translation>&quot;%1&quot; no es un nombre de equipo válido.</translation>
    </message>
    <message>
        <source>The name is too long: a computer name has at most 253 characters.</source>
        <translation>El nombre es demasiado largo: un nombre de equipo tiene como máximo 253 caracteres.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the name is too long: each part between dots has at most 63 characters.</source>
        <translation>La parte &quot;%1&quot; del nombre es demasiado larga: cada parte entre puntos tiene como máximo 63 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains characters a computer name cannot have.</source>
        <translation>&quot;%1&quot; contiene caracteres que no puede tener un nombre de equipo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid computer name: a part cannot start or end with a hyphen.</source>
        <translation>&quot;%1&quot; no es un nombre de equipo válido: una parte no puede empezar ni terminar con un guion.</translation>
    </message>
    <message>
        <source>The port is missing: add it after a colon, like example.com:443.</source>
        <translation>Falta el puerto: añádalo tras dos puntos, como example.com:443.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number: ports are whole numbers from 1 to 65535.</source>
        <translation>&quot;%1&quot; no es un número de puerto: los puertos son números enteros del 1 al 65535.</translation>
    </message>
    <message>
        <source>Port 0 cannot be reached: use a port from 1 to 65535.</source>
        <translation>No se puede llegar al puerto 0: use un puerto del 1 al 65535.</translation>
    </message>
    <message>
        <source>Port %1 does not exist: ports go from 1 to 65535.</source>
        <translation>El puerto %1 no existe: los puertos van del 1 al 65535.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number or a service tcpdoctor knows: use a number from 1 to 65535.</source>
        <translation>&quot;%1&quot; no es un número de puerto ni un servicio que tcpdoctor conozca: use un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>Please enter the name or address of the computer you want to reach, like example.com:443.</source>
        <translation>Escriba el nombre o la dirección del equipo al que quiere llegar, como example.com:443.</translation>
    </message>
    <message>
        <source>What you entered contains invisible control characters: type the name again.</source>
        <translation>Lo que escribió contiene caracteres de control invisibles: vuelva a escribir el nombre.</translation>
    </message>
    <message>
        <source>This web address is not valid: check what you pasted.</source>
        <translation>Esta dirección web no es válida: revise lo que pegó.</translation>
    </message>
    <message>
        <source>This address has no computer name in it: it should look like https://example.com/.</source>
        <translation>Esta dirección no contiene ningún nombre de equipo: debería ser como https://example.com/.</translation>
    </message>
    <message>
        <source>tcpdoctor does not know which port &quot;%1://&quot; uses: add it, like %1://%2:PORT/.</source>
        <translation>tcpdoctor no sabe qué puerto usa &quot;%1://&quot;: añádalo, así: %1://%2:PUERTO/.</translation>
    </message>
    <message>
        <source>The address has a &quot;[&quot; but no closing &quot;]&quot;: write IPv6 addresses like [2001:db8::1]:22.</source>
        <translation>La dirección tiene un &quot;[&quot;, pero no un &quot;]&quot; de cierre: escriba las direcciones IPv6 así: [2001:db8::1]:22.</translation>
    </message>
    <message>
        <source>The port is missing after the colon.</source>
        <translation>Falta el puerto después de los dos puntos.</translation>
    </message>
    <message>
        <source>Unexpected text after &quot;]&quot;: write IPv6 addresses like [2001:db8::1]:22.</source>
        <translation>Texto inesperado después de &quot;]&quot;: escriba las direcciones IPv6 así: [2001:db8::1]:22.</translation>
    </message>
    <message>
        <source>The address has a &quot;]&quot; but no opening &quot;[&quot;: write IPv6 addresses like [2001:db8::1]:22.</source>
        <translation>La dirección tiene un &quot;]&quot;, pero no un &quot;[&quot; de apertura: escriba las direcciones IPv6 así: [2001:db8::1]:22.</translation>
    </message>
    <message>
        <source>Two different ports were given (%1 and %2): give only one.</source>
        <translation>Se indicaron dos puertos distintos (%1 y %2): indique solo uno.</translation>
    </message>
    <message>
        <source>Which port? Write IPv6 addresses with the port like [2001:db8::1]:22, or give --port.</source>
        <translation>¿Qué puerto? Escriba las direcciones IPv6 con el puerto así: [2001:db8::1]:22, o use --port.</translation>
    </message>
    <message>
        <source>Which port? Add it after a colon, like %1:443, or choose a service.</source>
        <translation>¿Qué puerto? Añádalo tras dos puntos, como %1:443, o elija un servicio.</translation>
    </message>
    <message>
        <source>This computer has no network interface &quot;%1&quot; (the part after % in %2): use the name or number of one of its interfaces.</source>
        <translation>Este equipo no tiene ninguna interfaz de red «%1» (la parte tras % en %2): use el nombre o el número de una de sus interfaces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid computer name: write the port after one colon, like example.com:443.</source>
        <translation>«%1» no es un nombre de equipo válido: escriba el puerto tras un solo signo de dos puntos, como example.com:443.</translation>
    </message>
    <message>
        <source>A computer name cannot contain spaces. Did you mean %1?</source>
        <translation>Un nombre de equipo no puede contener espacios. ¿Quiso decir %1?</translation>
    </message>
    <message>
        <source>A computer name cannot contain spaces: write the name, a colon and the port, like example.com:443.</source>
        <translation>Un nombre de equipo no puede contener espacios: escriba el nombre, dos puntos y el puerto, como example.com:443.</translation>
    </message>
</context>
<context>
    <name>TcpStates</name>
    <message>
        <source>open (ESTABLISHED)</source>
        <translation>abiertas (ESTABLISHED)</translation>
    </message>
    <message>
        <source>closed, keeping their port for a while (TIME_WAIT)</source>
        <translation>cerradas, que conservan su puerto un tiempo (TIME_WAIT)</translation>
    </message>
    <message>
        <source>closed by the other side, not yet by the program (CLOSE_WAIT)</source>
        <translation>cerradas por el otro lado, pero aún no por el programa (CLOSE_WAIT)</translation>
    </message>
    <message>
        <source>connecting (SYN_SENT)</source>
        <translation>conectando (SYN_SENT)</translation>
    </message>
    <message>
        <source>half-open (SYN_RECV)</source>
        <translation>semiabiertas (SYN_RECV)</translation>
    </message>
    <message>
        <source>listening (LISTEN)</source>
        <translation>a la escucha (LISTEN)</translation>
    </message>
    <message>
        <source>closing (%1)</source>
        <translation>cerrándose (%1)</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>refused (RST)</source>
        <translation>rechazado (RST)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>name not found</source>
        <translation>nombre no encontrado</translation>
    </message>
    <message>
        <source>accepted, then reset</source>
        <translation>aceptado y luego restablecido</translation>
    </message>
    <message>
        <source>accepted, then closed</source>
        <translation>aceptado y luego cerrado</translation>
    </message>
    <message>
        <source>No attempt was made</source>
        <translation>No se hizo ningún intento</translation>
    </message>
    <message>
        <source>The watch was stopped before its first attempt.</source>
        <translation>La supervisión se detuvo antes de su primer intento.</translation>
    </message>
    <message>
        <source>Start it again and let it run.</source>
        <translation>Vuelva a iniciarla y déjela en marcha.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 did not answer a single time</source>
        <translation>%1 no respondió ni una sola vez</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n attempt(s) made a connection (%1). This is not a problem that comes and goes: the connection does not work at all right now.</source>
        <translation>
            <numerusform>%n intento no logró conectar (%1). No es un problema que va y viene: la conexión no funciona en absoluto en este momento.</numerusform>
            <numerusform>Ninguno de los %n intentos logró conectar (%1). No es un problema que va y viene: la conexión no funciona en absoluto en este momento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor diagnose %1&quot; to find out where it fails.</source>
        <translation>Ejecute &quot;tcpdoctor diagnose %1&quot; para averiguar dónde falla.</translation>
    </message>
    <message>
        <source>Run the watch again with --until-open and a longer --duration to be told when it works again.</source>
        <translation>Vuelva a ejecutar la supervisión con --until-open y una --duration más larga para saber cuándo vuelve a funcionar.</translation>
    </message>
    <message>
        <source>The connection to %1 works only sometimes</source>
        <translation>La conexión a %1 solo funciona a veces</translation>
    </message>
    <message>
        <source>%1 of %2 attempts made a connection; the others failed (%3). The longest outage lasted %4 s.</source>
        <translation>%1 de %2 intentos lograron conectar; los demás fallaron (%3). La interrupción más larga duró %4 s.</translation>
    </message>
    <message numerus="yes">
        <source>The name led to %n different address(es): %1. If the failures are all on one of them, that server (or its way) is the broken one.</source>
        <translation>
            <numerusform>El nombre llevó a %n dirección: %1. Si todos los fallos son en esa dirección, el que falla es ese servidor (o el camino hasta él).</numerusform>
            <numerusform>El nombre llevó a %n direcciones distintas: %1. Si todos los fallos son en una de ellas, el que falla es ese servidor (o el camino hasta él).</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts without any answer mean packets were lost or dropped: a congested or faulty link, Wi-Fi, or a firewall or server that is overloaded. Run the watch from another network to see which side it is.</source>
        <translation>Los intentos sin ninguna respuesta indican que se perdieron o se descartaron paquetes: un enlace saturado o averiado, el Wi-Fi, o un firewall o un servidor sobrecargado. Ejecute la supervisión desde otra red para ver en qué lado está el problema.</translation>
    </message>
    <message>
        <source>Refused attempts mean the service was not there at that moment: it restarts, crashes, or one of several servers behind the name has it stopped.</source>
        <translation>Los intentos rechazados indican que el servicio no estaba disponible en ese momento: se reinicia, se bloquea, o uno de los varios servidores que hay detrás del nombre lo tiene detenido.</translation>
    </message>
    <message>
        <source>Give the times of the failures to the administrator of the server or the network.</source>
        <translation>Indique las horas de los fallos al administrador del servidor o de la red.</translation>
    </message>
    <message numerus="yes">
        <source>Every attempt worked, but %n of them took about a second or more</source>
        <translation>
            <numerusform>Todos los intentos funcionaron, pero %n de ellos tardó alrededor de un segundo o más</numerusform>
            <numerusform>Todos los intentos funcionaron, pero %n de ellos tardaron alrededor de un segundo o más</numerusform>
        </translation>
    </message>
    <message>
        <source>A handshake that takes about 1 s or 3 s while the others take %1 means the first packet (SYN or SYN-ACK) was lost and sent again after the system&apos;s waiting time: packets are being lost on the way. Programs feel this as random slowness.</source>
        <translation>Una negociación que tarda alrededor de 1 s o 3 s mientras las demás tardan %1 significa que el primer paquete (SYN o SYN-ACK) se perdió y se volvió a enviar tras el tiempo de espera del sistema: se están perdiendo paquetes en el camino. Los programas lo notan como una lentitud aleatoria.</translation>
    </message>
    <message>
        <source>Look for the loss: Wi-Fi signal, a faulty cable, a full link (large downloads), or an overloaded server or firewall.</source>
        <translation>Busque dónde se pierden: la señal del Wi-Fi, un cable averiado, un enlace saturado (descargas grandes), o un servidor o firewall sobrecargado.</translation>
    </message>
    <message>
        <source>Run the watch from another computer on the same network: if it is slow there too, the problem is not this computer.</source>
        <translation>Ejecute la supervisión desde otro equipo de la misma red: si allí también va lento, el problema no es este equipo.</translation>
    </message>
    <message>
        <source>The connection to %1 worked every time</source>
        <translation>La conexión a %1 funcionó todas las veces</translation>
    </message>
    <message numerus="yes">
        <source>All %n attempt(s) made a connection, in %1 to %2.</source>
        <translation>
            <numerusform>%n intento logró conectar, en %1 a %2.</numerusform>
            <numerusform>Los %n intentos lograron conectar, en %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>If a program still fails now and then, the problem is above the connection: the service&apos;s answers, a proxy, or the program&apos;s own time-outs. Keep the watch running (--duration) while it happens.</source>
        <translation>Si un programa sigue fallando de vez en cuando, el problema está por encima de la conexión: las respuestas del servicio, un proxy o los propios límites de tiempo del programa. Mantenga la supervisión en marcha (--duration) mientras ocurre.</translation>
    </message>
    <message>
        <source>%1 of %2 attempts made a connection (%3 %).</source>
        <translation>%1 de %2 intentos lograron conectar (%3 %).</translation>
    </message>
    <message>
        <source>Handshake times: shortest %1, median %2, 95 % under %3, longest %4.</source>
        <translation>Tiempos de negociación: el más corto %1, mediana %2, el 95 % por debajo de %3, el más largo %4.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n attempt(s).</source>
        <translation>
            <numerusform>Se detuvo tras %n intento.</numerusform>
            <numerusform>Se detuvo tras %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>from port %1</source>
        <translation>desde el puerto %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>rejected by a firewall (ICMP)</source>
        <translation>rechazado por un firewall (ICMP)</translation>
    </message>
    <message>
        <source>host unreachable (ICMP)</source>
        <translation>host inaccesible (ICMP)</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>red inaccesible</translation>
    </message>
    <message>
        <source>blocked on this computer</source>
        <translation>bloqueado en este equipo</translation>
    </message>
    <message>
        <source>could not be tried</source>
        <translation>no se pudo intentar</translation>
    </message>
    <message>
        <source>Check %1 step by step to find out where it fails.</source>
        <translation>Compruebe %1 paso a paso para averiguar dónde falla.</translation>
    </message>
    <message>
        <source>Watch again with more attempts to be told when it works again.</source>
        <translation>Vuelva a iniciar la supervisión con más intentos para saber cuándo vuelve a funcionar.</translation>
    </message>
    <message>
        <source>It works now: try your program again.</source>
        <translation>Ahora funciona: vuelva a probar su programa.</translation>
    </message>
    <message>
        <source>%1 works again</source>
        <translation>%1 vuelve a funcionar</translation>
    </message>
    <message numerus="yes">
        <source>It made a connection at attempt %1, after %n failed attempt(s) (%2) over %3 s.</source>
        <translation>
            <numerusform>Se logró conectar en el intento %1, tras %n intento fallido (%2) durante %3 s.</numerusform>
            <numerusform>Se logró conectar en el intento %1, tras %n intentos fallidos (%2) durante %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>If a program still fails now and then, the problem is above the connection: the service&apos;s answers, a proxy, or the program&apos;s own time-outs. Watch with more attempts while it happens.</source>
        <translation>Si un programa sigue fallando de vez en cuando, el problema está por encima de la conexión: las respuestas del servicio, un proxy o los propios límites de tiempo del programa. Vuelva a iniciar la supervisión con más intentos mientras ocurre.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv or .jsonl.</source>
        <translation>Elija un nombre de archivo que termine en .csv o .jsonl.</translation>
    </message>
    <message>
        <source>Line %1 is not a saved watch (not JSON): save the watch again as JSON Lines.</source>
        <translation>La línea %1 no es una supervisión guardada (no es JSON): vuelva a guardar la supervisión como JSON Lines.</translation>
    </message>
    <message>
        <source>Line %1 is damaged (an attempt without its number, time or outcome).</source>
        <translation>La línea %1 está dañada (un intento sin su número, su hora o su resultado).</translation>
    </message>
    <message>
        <source>The file has no attempts of a watch in it.</source>
        <translation>El archivo no contiene ningún intento de una supervisión.</translation>
    </message>
</context>
<context>
    <name>WatchCli</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 debe ser un número entero del %2 al %3, no &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Run &quot;tcpdoctor --help&quot; for the options.</source>
        <translation>Ejecute &quot;tcpdoctor --help&quot; para ver las opciones.</translation>
    </message>
    <message>
        <source>Give one target to watch, like: tcpdoctor watch example.com:443</source>
        <translation>Indique un destino que supervisar, por ejemplo: tcpdoctor watch example.com:443</translation>
    </message>
    <message>
        <source>Give --count or --duration, not both.</source>
        <translation>Indique --count o --duration, no ambos.</translation>
    </message>
    <message numerus="yes">
        <source>for %n second(s)</source>
        <translation>
            <numerusform>durante %n segundo</numerusform>
            <numerusform>durante %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1 %2, every %3 ms%4. Ctrl+C stops.</source>
        <translation>Conectando a %1 %2, cada %3 ms%4. Ctrl+C para detener.</translation>
    </message>
    <message>
        <source>, until it works</source>
        <translation>, hasta que funcione</translation>
    </message>
</context>
<context>
    <name>tcpd::core::TestListener</name>
    <message>
        <source>The test listener needs a port from 1 to 65535 and a time from 1 to %1 seconds.</source>
        <translation>El servicio de escucha de prueba necesita un puerto del 1 al 65535 y un tiempo de 1 a %1 segundos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Give one of this computer&apos;s addresses, or leave it out for all.</source>
        <translation>&quot;%1&quot; no es una dirección IP. Indique una de las direcciones de este equipo, u omítala para usar todas.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer (its addresses: %2).</source>
        <translation>%1 no es una dirección de este equipo (sus direcciones: %2).</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Port %1 is in use: %2 listens there. Stop that program first, or test another port.</source>
        <translation>El puerto %1 está en uso: %2 escucha ahí. Detenga primero ese programa o pruebe otro puerto.</translation>
    </message>
    <message>
        <source>Port %1 is in use by a program the system does not show to this user. Stop it first, or test another port.</source>
        <translation>El puerto %1 lo usa un programa que el sistema no muestra a este usuario. Deténgalo primero o pruebe otro puerto.</translation>
    </message>
    <message>
        <source>This user may not open port %1: ports below 1024 need administrator (root) rights.</source>
        <translation>Este usuario no puede abrir el puerto %1: los puertos por debajo de 1024 necesitan derechos de administrador (root).</translation>
    </message>
    <message>
        <source>The test listener could not open port %1: %2</source>
        <translation>El servicio de escucha de prueba no pudo abrir el puerto %1: %2</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::BatchPage</name>
    <message>
        <source>the list</source>
        <translation>la lista</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>name lookup</source>
        <translation>búsqueda del nombre</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>la red</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>&amp;Open a list…</source>
        <translation>Abrir una &amp;lista…</translation>
    </message>
    <message>
        <source>&amp;Check the list</source>
        <translation>&amp;Comprobar la lista</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>&amp;Guardar resultados…</translation>
    </message>
    <message>
        <source>Copy as table</source>
        <translation>Copiar como tabla</translation>
    </message>
    <message>
        <source>Check a list of endpoints</source>
        <translation>Comprobar una lista de destinos</translation>
    </message>
    <message>
        <source># one target a line; # starts a comment
example.com:443
192.0.2.10:3389</source>
        <translation># un destino por línea; # inicia un comentario
example.com:443
192.0.2.10:3389</translation>
    </message>
    <message>
        <source>One target a line: a name or address and a port. Lines starting with # are ignored.</source>
        <translation>Un destino por línea: un nombre o una dirección y un puerto. Las líneas que empiezan por # se ignoran.</translation>
    </message>
    <message>
        <source>Read the list from a text file</source>
        <translation>Leer la lista de un archivo de texto</translation>
    </message>
    <message>
        <source>Check every target in the list now</source>
        <translation>Comprobar ahora todos los destinos de la lista</translation>
    </message>
    <message>
        <source>Stop checking; the answers so far stay</source>
        <translation>Detener; se conservan las respuestas ya obtenidas</translation>
    </message>
    <message>
        <source>Save the results as a Markdown table, CSV for a spreadsheet, or JSON Lines</source>
        <translation>Guardar los resultados como tabla Markdown, CSV para una hoja de cálculo o JSON Lines</translation>
    </message>
    <message>
        <source>Copy the results as a Markdown table to paste into a ticket</source>
        <translation>Copiar los resultados como tabla Markdown para pegarlos en un ticket</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Double-click a target to run the whole checklist on it</source>
        <translation>Haga doble clic en un destino para ejecutar toda la lista de comprobación</translation>
    </message>
    <message>
        <source>Results, one row a target</source>
        <translation>Resultados, una fila por destino</translation>
    </message>
    <message>
        <source>Open a list of targets</source>
        <translation>Abrir una lista de destinos</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.csv *.list);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Guardar los resultados</translation>
    </message>
    <message>
        <source>Markdown table (*.md);;CSV for a spreadsheet (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>Tabla Markdown (*.md);;CSV para hoja de cálculo (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Copied the table (%n row(s)).</source>
        <translation>
            <numerusform>Tabla copiada (%n fila).</numerusform>
            <numerusform>Tabla copiada (%n filas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Archivo leído: %1.</translation>
    </message>
    <message>
        <source>The list has no targets yet: write one a line, for example example.com:443.</source>
        <translation>La lista aún no tiene destinos: escriba uno por línea, por ejemplo example.com:443.</translation>
    </message>
    <message>
        <source>The list has %1 targets; tcpdoctor checks at most %2 at a time: split it.</source>
        <translation>La lista tiene %1 destinos; tcpdoctor comprueba como máximo %2 a la vez: divídala.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Stopped before the end of the list.</source>
        <translation>Detenido antes del final de la lista.</translation>
    </message>
    <message>
        <source>%1 of %2 checked: %3 reachable, %4 with a problem.</source>
        <translation>%1 de %2 comprobados: %3 accesibles, %4 con problemas.</translation>
    </message>
    <message>
        <source>Lines that are not targets: %1.</source>
        <translation>Líneas que no son destinos: %1.</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB, much larger than a list of targets. If it is one, split it into smaller lists.</source>
        <translation>%1 ocupa más de 4 MB, mucho más que una lista de destinos. Si lo es, divídala en listas más pequeñas.</translation>
    </message>
    <message>
        <source>The addresses a program needs, one a line, pasted or opened from a text file: tcpdoctor checks them all at once.</source>
        <translation>Las direcciones que necesita un programa, una por línea, pegadas o abiertas desde un archivo de texto: tcpdoctor las comprueba todas a la vez.</translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Sin comprobar: %1.</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::CheckAllPage</name>
    <message>
        <source>Checking everything</source>
        <translation>Comprobando todo</translation>
    </message>
    <message>
        <source>Stop every check now</source>
        <translation>Detener todas las comprobaciones</translation>
    </message>
    <message>
        <source>Checking %1, port %2. This takes a few seconds at most.</source>
        <translation>Comprobando %1, puerto %2. Tarda unos segundos como mucho.</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1: comprobando…</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>S&amp;top the check</source>
        <translation>De&amp;tener la comprobación</translation>
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
        <translation>Qué ha cambiado desde el informe anterior</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Nothing changed since the report of %1: the same verdict, the same results.</source>
        <translation>No ha cambiado nada desde el informe del %1: el mismo veredicto, los mismos resultados.</translation>
    </message>
    <message>
        <source>Something got worse since the report of %1.</source>
        <translation>Algo ha empeorado desde el informe del %1.</translation>
    </message>
    <message>
        <source>Nothing got worse since the report of %1.</source>
        <translation>Nada ha empeorado desde el informe del %1.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>Open an earlier JSON report</source>
        <translation>Abrir un informe JSON anterior</translation>
    </message>
    <message>
        <source>tcpdoctor JSON reports (*.json)</source>
        <translation>Informes JSON de tcpdoctor (*.json)</translation>
    </message>
    <message>
        <source>Compare reports</source>
        <translation>Comparar informes</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::DetailsView</name>
    <message>
        <source>Show raw data</source>
        <translation>Mostrar datos sin procesar</translation>
    </message>
    <message>
        <source>Copy raw data</source>
        <translation>Copiar datos sin procesar</translation>
    </message>
    <message>
        <source>The data exactly as the check recorded it (JSON), for an administrator or a bug report</source>
        <translation>Los datos exactamente como los registró la comprobación (JSON), para un administrador o un informe de error</translation>
    </message>
    <message>
        <source>Copy the raw data (JSON) to paste it into a ticket or a chat</source>
        <translation>Copiar los datos sin procesar (JSON) para pegarlos en un ticket o un chat</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Hide raw data</source>
        <translation>Ocultar datos sin procesar</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::ExplainPage</name>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Explicar</translation>
    </message>
    <message>
        <source>I have an error message</source>
        <translation>Tengo un mensaje de error</translation>
    </message>
    <message>
        <source>Paste the message the program showed, as it is: stack traces and log lines around it do no harm. tcpdoctor explains what happened to the connection.</source>
        <translation>Pegue el mensaje que mostró el programa, tal cual: los seguimientos de pila y las líneas de registro de alrededor no molestan. tcpdoctor explica qué le pasó a la conexión.</translation>
    </message>
    <message>
        <source>for example  No connection could be made because the target machine actively refused it. (localhost:5001)</source>
        <translation>por ejemplo  No se puede establecer una conexión ya que el equipo de destino denegó expresamente dicha conexión. (localhost:5001)</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Causas probables, de más a menos probable:</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Qué comprobar:</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Cuándo: %1.</translation>
    </message>
    <message>
        <source>The checklist steps that matter most here: %1.</source>
        <translation>Los pasos de la lista de comprobación que más importan aquí: %1.</translation>
    </message>
    <message>
        <source>Recognised from: &quot;%1&quot;</source>
        <translation>Reconocido a partir de: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>The message does not say which computer it tried to reach: you can type it when you start the checklist.</source>
        <translation>El mensaje no dice a qué equipo intentaba llegar: puede escribirlo al iniciar la lista de comprobación.</translation>
    </message>
    <message>
        <source>The message names %1, port %2.</source>
        <translation>El mensaje menciona %1, puerto %2.</translation>
    </message>
    <message>
        <source>The message names %1, but no port.</source>
        <translation>El mensaje menciona %1, pero ningún puerto.</translation>
    </message>
    <message>
        <source>Check %1 step by step</source>
        <translation>Comprobar %1 paso a paso</translation>
    </message>
    <message>
        <source>See who holds port %1 on this computer</source>
        <translation>Ver quién ocupa el puerto %1 en este equipo</translation>
    </message>
    <message>
        <source>See what listens on this computer</source>
        <translation>Ver qué escucha en este equipo</translation>
    </message>
    <message>
        <source>Check the certificate of %1 step by step</source>
        <translation>Comprobar el certificado de %1 paso a paso</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::ExportDialog</name>
    <message>
        <source>&amp;Hide addresses and names (redact)</source>
        <translation>&amp;Ocultar direcciones y nombres (anonimizar)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>&amp;Copy ticket summary</source>
        <translation>&amp;Copiar resumen para el ticket</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Web page (HTML): everything, with diagrams</source>
        <translation>Página web (HTML): todo, con diagramas</translation>
    </message>
    <message>
        <source>PDF document: the same, for printing and attaching</source>
        <translation>Documento PDF: lo mismo, para imprimir y adjuntar</translation>
    </message>
    <message>
        <source>Markdown: short, for a ticket or a chat</source>
        <translation>Markdown: breve, para un ticket o un chat</translation>
    </message>
    <message>
        <source>Plain text: short</source>
        <translation>Texto sin formato: breve</translation>
    </message>
    <message>
        <source>JSON: every detail, for scripts and for comparing later</source>
        <translation>JSON: todos los detalles, para scripts y para comparar más adelante</translation>
    </message>
    <message>
        <source>Replaces public IP addresses, MAC addresses, host names, this computer&apos;s name and your user name by placeholders such as public-ip-1 and host-1. Private addresses and ports stay.</source>
        <translation>Sustituye las direcciones IP públicas, las direcciones MAC, los nombres de host, el nombre de este equipo y su nombre de usuario por marcadores como public-ip-1 y host-1. Las direcciones privadas y los puertos se mantienen.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Puts a short Markdown summary on the clipboard, ready to paste into a ticket.</source>
        <translation>Copia en el portapapeles un breve resumen en Markdown, listo para pegar en un ticket.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>The ticket summary (Markdown) is on the clipboard.</source>
        <translation>El resumen para el ticket (Markdown) está en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::HandshakeDiagram</name>
    <message>
        <source>Handshake diagram</source>
        <translation>Diagrama de la negociación</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::IdlePage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Connections drop after a pause</source>
        <translation>Las conexiones se cortan tras una pausa</translation>
    </message>
    <message>
        <source>For a connection that dies when a program was silent for a while (errors 10053 or 10054 after a break): tcpdoctor keeps connections silent for longer and longer pauses and finds out how long one survives.</source>
        <translation>Para una conexión que se corta cuando un programa estuvo un rato en silencio (errores 10053 o 10054 tras una pausa): tcpdoctor mantiene conexiones en silencio durante pausas cada vez más largas y averigua cuánto tiempo sobrevive una.</translation>
    </message>
    <message>
        <source>for example  db.example.com:5432  or  192.0.2.10:3389</source>
        <translation>por ejemplo  db.example.com:5432  o  192.0.2.10:3389</translation>
    </message>
    <message>
        <source>The computer and port whose connections drop, such as a database or a remote desktop</source>
        <translation>El equipo y el puerto cuyas conexiones se cortan, como una base de datos o un escritorio remoto</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>The longest pause to try. The test takes this long; choose at least the pause after which your program fails.</source>
        <translation>La pausa más larga que probar. La prueba dura ese tiempo; elija al menos la pausa tras la que falla su programa.</translation>
    </message>
    <message>
        <source>Stop; what was found so far stays</source>
        <translation>Detener; se conserva lo encontrado hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Computer and port:</source>
        <translation>&amp;Equipo y puerto:</translation>
    </message>
    <message>
        <source>&amp;Longest pause:</source>
        <translation>&amp;Pausa más larga:</translation>
    </message>
    <message>
        <source>Type the computer and port whose connections drop, like db.example.com:5432.</source>
        <translation>Escriba el equipo y el puerto cuyas conexiones se cortan, por ejemplo db.example.com:5432.</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) to %1 are open and silent. Each sends one byte when its pause is over. About %2 left.</source>
        <translation>
            <numerusform>%n conexión a %1 está abierta y en silencio. Envía un byte cuando termina su pausa. Quedan unos %2.</numerusform>
            <numerusform>%n conexiones a %1 están abiertas y en silencio. Cada una envía un byte cuando termina su pausa. Quedan unos %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pauses to try: %1. Start opens one connection for each; it takes about %2.</source>
        <translation>Pausas que probar: %1. Iniciar abre una conexión para cada una; tarda unos %2.</translation>
    </message>
    <message>
        <source>silent, %1 to go</source>
        <translation>en silencio, faltan %1</translation>
    </message>
    <message>
        <source>checking whether the byte arrives…</source>
        <translation>comprobando si llega el byte…</translation>
    </message>
    <message>
        <source>Pause of %1</source>
        <translation>Pausa de %1</translation>
    </message>
    <message>
        <source>Stopped before every pause was over.</source>
        <translation>Se detuvo antes de que terminaran todas las pausas.</translation>
    </message>
    <message>
        <source>Check %1 step by step</source>
        <translation>Comprobar %1 paso a paso</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::LanguageButton</name>
    <message>
        <source>Language of the texts</source>
        <translation>Idioma de los textos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::PathDiagram</name>
    <message>
        <source>Path diagram</source>
        <translation>Diagrama de la ruta</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::PhysicalChecksWidget</name>
    <message>
        <source>Push the network cable in until it clicks, at both ends (this computer and the router or wall socket). On Wi-Fi, choose your network in the network menu.</source>
        <translation>Empuje el cable de red hasta que haga clic, en ambos extremos (este equipo y el router o la toma de pared). Con Wi-Fi, elija su red en el menú de red.</translation>
    </message>
    <message>
        <source>Switch the router off, wait 30 seconds, switch it on again and wait two minutes. If the internet light stays off or red, call your internet provider.</source>
        <translation>Apague el router, espere 30 segundos, vuelva a encenderlo y espere dos minutos. Si la luz de Internet sigue apagada o en rojo, llame a su proveedor de Internet.</translation>
    </message>
    <message>
        <source>If no device gets online, the router or the internet connection is the problem, not this computer: restart the router, or call your internet provider.</source>
        <translation>Si ningún dispositivo tiene conexión, el problema es el router o la conexión a Internet, no este equipo: reinicie el router o llame a su proveedor de Internet.</translation>
    </message>
    <message>
        <source>Then the network itself works: the problem is on this computer, or only with what you are trying to reach.</source>
        <translation>Entonces la red en sí funciona: el problema está en este equipo, o solo en aquello a lo que intenta llegar.</translation>
    </message>
    <message>
        <source>Some things only you can check. Have a look, then answer:</source>
        <translation>Hay cosas que solo usted puede comprobar. Écheles un vistazo y responda:</translation>
    </message>
    <message>
        <source>Is the network cable plugged in firmly at both ends (or, on Wi-Fi, is this computer connected to your Wi-Fi network)?</source>
        <translation>¿Está el cable de red bien enchufado por ambos extremos (o, con Wi-Fi, está este equipo conectado a su red Wi-Fi)?</translation>
    </message>
    <message>
        <source>Follow the cable from this computer to the router or wall socket and press both plugs in.</source>
        <translation>Siga el cable desde este equipo hasta el router o la toma de pared y presione ambos conectores.</translation>
    </message>
    <message>
        <source>Are the lights on the router or modem on as usual?</source>
        <translation>¿Están encendidas como siempre las luces del router o del módem?</translation>
    </message>
    <message>
        <source>Usually the power and internet lights are on (green or white); a red or dark internet light means no internet connection.</source>
        <translation>Normalmente las luces de encendido y de Internet están encendidas (en verde o blanco); si la luz de Internet está en rojo o apagada, no hay conexión a Internet.</translation>
    </message>
    <message>
        <source>Do other devices on the same network (for example a phone on the same Wi-Fi) get online?</source>
        <translation>¿Tienen conexión otros dispositivos de la misma red (por ejemplo, un teléfono en la misma red Wi-Fi)?</translation>
    </message>
    <message>
        <source>Open a well-known website on another device connected to the same router.</source>
        <translation>Abra un sitio web conocido en otro dispositivo conectado al mismo router.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::ServerPage</name>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Open a test listener</source>
        <translation>Abrir un puerto de prueba</translation>
    </message>
    <message>
        <source>Stop the test listener</source>
        <translation>Cerrar el puerto de prueba</translation>
    </message>
    <message>
        <source>Is anything listening on this computer?</source>
        <translation>¿Hay algo a la escucha en este equipo?</translation>
    </message>
    <message>
        <source>For the server side: which programs accept connections, on which port and address. Leave the port empty to see every listening port.</source>
        <translation>Para el lado del servidor: qué programas aceptan conexiones, en qué puerto y en qué dirección. Deje el puerto vacío para ver todos los puertos a la escucha.</translation>
    </message>
    <message>
        <source>Port or service, for example 22, 5432 or https</source>
        <translation>Puerto o servicio, por ejemplo 22, 5432 o https</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Service or path</source>
        <translation>Servicio o ruta</translation>
    </message>
    <message>
        <source>Filter: address, port, program...</source>
        <translation>Filtrar: dirección, puerto, programa...</translation>
    </message>
    <message>
        <source>All addresses</source>
        <translation>Todas las direcciones</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While the real service is stopped: opens the port for a while and answers every connection with a greeting, so a client can tell a stopped service from a blocking firewall.</source>
        <translation>Mientras el servicio real está detenido: abre el puerto durante un rato y responde a cada conexión con un saludo, para que un cliente pueda distinguir un servicio detenido de un firewall que bloquea.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>en</translation>
    </message>
    <message>
        <source>for</source>
        <translation>durante</translation>
    </message>
    <message>
        <source>Test listener open on %1, port %2: it closes in %3 s. Run &quot;tcpdoctor diagnose&quot; on a client now.</source>
        <translation>Servicio de escucha de prueba abierto en %1, puerto %2: se cierra en %3 s. Ejecute ahora &quot;tcpdoctor diagnose&quot; en un cliente.</translation>
    </message>
    <message numerus="yes">
        <source>Test listener open: it closes in %1 s. %n connection(s) so far.</source>
        <translation>
            <numerusform>Servicio de escucha de prueba abierto: se cierra en %1 s. De momento, %n conexión.</numerusform>
            <numerusform>Servicio de escucha de prueba abierto: se cierra en %1 s. De momento, %n conexiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test listener stopped. %n connection(s) arrived.</source>
        <translation>
            <numerusform>Servicio de escucha de prueba detenido. Llegó %n conexión.</numerusform>
            <numerusform>Servicio de escucha de prueba detenido. Llegaron %n conexiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test listener closed, its time is up. %n connection(s) arrived.</source>
        <translation>
            <numerusform>Servicio de escucha de prueba cerrado, se acabó su tiempo. Llegó %n conexión.</numerusform>
            <numerusform>Servicio de escucha de prueba cerrado, se acabó su tiempo. Llegaron %n conexiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking port %1…</source>
        <translation>Comprobando el puerto %1…</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Leyendo la lista…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>%n listening socket(s) on this computer, read in %1 ms.</source>
        <translation>
            <numerusform>%n socket a la escucha en este equipo, leído en %1 ms.</numerusform>
            <numerusform>%n sockets a la escucha en este equipo, leídos en %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also found</source>
        <translation>También encontrado</translation>
    </message>
    <message>
        <source>Every listening port of this computer</source>
        <translation>Todos los puertos a la escucha de este equipo</translation>
    </message>
    <message>
        <source>Enter a port above to check it: tcpdoctor then says whether other computers can connect to it, and what to change if not.</source>
        <translation>Escriba arriba un puerto para comprobarlo: tcpdoctor le dirá si otros equipos pueden conectarse a él y, si no, qué cambiar.</translation>
    </message>
    <message>
        <source>No program on this system holds this socket (the kernel, or another container).</source>
        <translation>Ningún programa de este sistema tiene este socket (el kernel u otro contenedor).</translation>
    </message>
    <message>
        <source>Hidden: the system tells only an administrator which program this is.</source>
        <translation>Oculto: el sistema solo indica a un administrador qué programa es.</translation>
    </message>
    <message>
        <source>Enter the port to open first.</source>
        <translation>Escriba primero el puerto que quiere abrir.</translation>
    </message>
    <message>
        <source>Opening port %1…</source>
        <translation>Abriendo el puerto %1…</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::SettingsDialog</name>
    <message>
        <source>None: TCPDOCTOR_PORTAL_URL=off turns the check off.</source>
        <translation>Ninguna: TCPDOCTOR_PORTAL_URL=off desactiva la comprobación.</translation>
    </message>
    <message>
        <source>NetworkManager&apos;s connectivity check</source>
        <translation>la comprobación de conectividad de NetworkManager</translation>
    </message>
    <message>
        <source>Windows&apos; own connectivity check</source>
        <translation>la comprobación de conectividad propia de Windows</translation>
    </message>
    <message>
        <source>the environment variable TCPDOCTOR_PORTAL_URL</source>
        <translation>la variable de entorno TCPDOCTOR_PORTAL_URL</translation>
    </message>
    <message>
        <source>a public check address; this computer names none</source>
        <translation>una dirección de comprobación pública; este equipo no indica ninguna</translation>
    </message>
    <message>
        <source>Now: %1 (%2)</source>
        <translation>Ahora: %1 (%2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Sign-in pages (hotels, guest Wi-Fi)</source>
        <translation>Páginas de inicio de sesión (hoteles, Wi-Fi de invitados)</translation>
    </message>
    <message>
        <source>Each check asks a check address whether a sign-in page holds the way out. It is one plain web request; nothing about you or the target is sent.</source>
        <translation>Cada comprobación pregunta a una dirección de comprobación si una página de inicio de sesión bloquea la salida. Es una simple petición web; no se envía nada sobre usted ni sobre el destino.</translation>
    </message>
    <message>
        <source>Use this computer&apos;s check address</source>
        <translation>Usar la dirección de comprobación de este equipo</translation>
    </message>
    <message>
        <source>Use this check address (your company&apos;s own, for example):</source>
        <translation>Usar esta dirección de comprobación (la de su empresa, por ejemplo):</translation>
    </message>
    <message>
        <source>Check address</source>
        <translation>Dirección de comprobación</translation>
    </message>
    <message>
        <source>Do not look for sign-in pages</source>
        <translation>No buscar páginas de inicio de sesión</translation>
    </message>
    <message>
        <source>Enter the check address, or choose another option.</source>
        <translation>Escriba la dirección de comprobación o elija otra opción.</translation>
    </message>
    <message>
        <source>The check address must start with http://, not https://: sign-in pages can only answer plain web requests.</source>
        <translation>La dirección de comprobación debe empezar por http://, no por https://: las páginas de inicio de sesión solo pueden responder a peticiones web sin cifrar.</translation>
    </message>
    <message>
        <source>This is not a web address. It must look like http://portal-check.example/generate_204.</source>
        <translation>Esto no es una dirección web. Debe tener este aspecto: http://portal-check.example/generate_204.</translation>
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
        <translation>Primero, la conexión física: sin un enlace por cable o Wi-Fi que funcione, nada más puede funcionar.</translation>
    </message>
    <message>
        <source>Then the IP configuration: this computer needs an address and a way (a gateway) to other networks.</source>
        <translation>Después, la configuración IP: este equipo necesita una dirección y un camino (una puerta de enlace) hacia otras redes.</translation>
    </message>
    <message>
        <source>Then the name: the name must be turned into the right address before a connection can start.</source>
        <translation>Después, el nombre: hay que convertirlo en la dirección correcta antes de poder iniciar una conexión.</translation>
    </message>
    <message>
        <source>Then the firewalls: a firewall here or on the way can stop the connection, often silently.</source>
        <translation>Después, los firewalls: un firewall aquí o en el camino puede detener la conexión, a menudo sin avisar.</translation>
    </message>
    <message>
        <source>Is the network cable plugged in at both ends, or is Wi-Fi switched on?</source>
        <translation>¿Está el cable de red enchufado por ambos extremos, o está activado el Wi-Fi?</translation>
    </message>
    <message>
        <source>Are the lights on the router and on the computer&apos;s network socket on?</source>
        <translation>¿Están encendidas las luces del router y de la toma de red del equipo?</translation>
    </message>
    <message>
        <source>Do other devices in the same place work (a phone on the same Wi-Fi)?</source>
        <translation>¿Funcionan otros dispositivos en el mismo lugar (un teléfono en la misma red Wi-Fi)?</translation>
    </message>
    <message>
        <source>Did anything change recently: a new router, a new network, a VPN?</source>
        <translation>¿Ha cambiado algo hace poco: un router nuevo, una red nueva, una VPN?</translation>
    </message>
    <message>
        <source>Can you open other websites by name?</source>
        <translation>¿Puede abrir otros sitios web por su nombre?</translation>
    </message>
    <message>
        <source>Did you type the name exactly as given to you?</source>
        <translation>¿Escribió el nombre exactamente como se lo dieron?</translation>
    </message>
    <message>
        <source>Is security software installed (antivirus, endpoint protection)?</source>
        <translation>¿Hay software de seguridad instalado (antivirus, protección de puntos de conexión)?</translation>
    </message>
    <message>
        <source>Did this ever work from this computer? Since when does it fail?</source>
        <translation>¿Ha funcionado alguna vez desde este equipo? ¿Desde cuándo falla?</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>Ask the caller</source>
        <translation>Pregunte al usuario</translation>
    </message>
    <message>
        <source>Waiting for the name lookup before trying the connection…</source>
        <translation>Esperando a la búsqueda del nombre antes de intentar la conexión…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Detener todo</translation>
    </message>
    <message>
        <source>Stop every check now; the steps that already finished keep their answers</source>
        <translation>Detener ahora todas las comprobaciones; los pasos ya terminados conservan sus respuestas</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>What exactly does the program or browser say: a certificate warning, or does it just wait?</source>
        <translation>¿Qué dice exactamente el programa o el navegador: una advertencia de certificado, o simplemente se queda esperando?</translation>
    </message>
    <message>
        <source>Then the way out: does this computer go through a proxy, and does a sign-in page (hotel, guest Wi-Fi) hold the way?</source>
        <translation>Después, la salida: ¿pasa este equipo por un proxy, y hay una página de inicio de sesión (hotel, Wi-Fi de invitados) que bloquee el paso?</translation>
    </message>
    <message>
        <source>Does the website or program work in a browser, but not in this program (or the other way round)?</source>
        <translation>¿Funciona el sitio web o la aplicación en un navegador, pero no en este programa (o al revés)?</translation>
    </message>
    <message>
        <source>Is this a hotel, guest or public Wi-Fi that showed a page to accept?</source>
        <translation>¿Es una red Wi-Fi de hotel, de invitados o pública que mostró una página para aceptar?</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser</source>
        <translation>Abrir la página de inicio de sesión en el navegador</translation>
    </message>
    <message>
        <source>Then the port test: we try the connection itself and watch what answers.</source>
        <translation>Después, la prueba del puerto: intentamos la propia conexión y observamos qué responde.</translation>
    </message>
    <message>
        <source>Finally the service: once connected, does it answer as it should (a secure connection with a valid certificate, a greeting, a web page)?</source>
        <translation>Por último, el servicio: una vez conectado, ¿responde como debe (una conexión segura con un certificado válido, un saludo, una página web)?</translation>
    </message>
    <message>
        <source>The network connections of this computer: cable, Wi-Fi, and whether they are up.</source>
        <translation>Las conexiones de red de este equipo: cable, Wi-Fi, y si están activas.</translation>
    </message>
    <message>
        <source>This computer&apos;s addresses, its router, and whether it has a way to %1.</source>
        <translation>Las direcciones de este equipo, su router, y si tiene un camino hacia %1.</translation>
    </message>
    <message>
        <source>The address of %1: the hosts file, and the name servers this computer asks.</source>
        <translation>La dirección de %1: el archivo hosts y los servidores de nombres a los que pregunta este equipo.</translation>
    </message>
    <message>
        <source>The proxy settings for %1 port %2, and whether a sign-in page holds the way out.</source>
        <translation>La configuración de proxy para %1 puerto %2, y si una página de inicio de sesión bloquea la salida.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall, and where on the way to %1 the connection stops.</source>
        <translation>El firewall de este equipo, y en qué punto del camino hacia %1 se detiene la conexión.</translation>
    </message>
    <message>
        <source>A connection to %1 on port %2: which answer came back, and how fast.</source>
        <translation>Una conexión con %1 en el puerto %2: qué respuesta volvió y con qué rapidez.</translation>
    </message>
    <message>
        <source>What the service on %1 port %2 says once the connection is made.</source>
        <translation>Qué dice el servicio en %1 puerto %2 una vez establecida la conexión.</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Qué se comprobó</translation>
    </message>
    <message>
        <source>What came back</source>
        <translation>Qué se recibió</translation>
    </message>
    <message>
        <source>First the port test (the firewall check looks at what it saw): %1</source>
        <translation>Primero la prueba del puerto (la comprobación del firewall examina lo que vio): %1</translation>
    </message>
    <message>
        <source>First the port test (the service is checked once a connection works): %1</source>
        <translation>Primero la prueba del puerto (el servicio se comprueba en cuanto funciona una conexión): %1</translation>
    </message>
    <message>
        <source>Finished at once.</source>
        <translation>Terminado al instante.</translation>
    </message>
    <message>
        <source>Finished in %1 s.</source>
        <translation>Terminado en %1 s.</translation>
    </message>
    <message>
        <source>The network connection works.</source>
        <translation>La conexión de red funciona.</translation>
    </message>
    <message>
        <source>This computer has an address and a way out.</source>
        <translation>Este equipo tiene una dirección y una salida.</translation>
    </message>
    <message>
        <source>The name was found.</source>
        <translation>Se encontró el nombre.</translation>
    </message>
    <message>
        <source>The way out is clear.</source>
        <translation>La salida está libre.</translation>
    </message>
    <message>
        <source>No firewall stopped the connection.</source>
        <translation>Ningún firewall detuvo la conexión.</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La conexión funciona.</translation>
    </message>
    <message>
        <source>The service answers as it should.</source>
        <translation>El servicio responde como debe.</translation>
    </message>
    <message>
        <source>Mostly fine, but something is not quite right: the details say what.</source>
        <translation>En general bien, pero algo no está del todo correcto: los detalles dicen qué.</translation>
    </message>
    <message>
        <source>No network connection works.</source>
        <translation>Ninguna conexión de red funciona.</translation>
    </message>
    <message>
        <source>This computer has no working address or no way out.</source>
        <translation>Este equipo no tiene una dirección que funcione o no tiene salida.</translation>
    </message>
    <message>
        <source>The name could not be turned into an address.</source>
        <translation>No se pudo convertir el nombre en una dirección.</translation>
    </message>
    <message>
        <source>The way out through the proxy or a sign-in page is blocked.</source>
        <translation>La salida a través del proxy o de una página de inicio de sesión está bloqueada.</translation>
    </message>
    <message>
        <source>A firewall stops the connection.</source>
        <translation>Un firewall detiene la conexión.</translation>
    </message>
    <message>
        <source>The connection does not work.</source>
        <translation>La conexión no funciona.</translation>
    </message>
    <message>
        <source>The service does not answer as it should.</source>
        <translation>El servicio no responde como debería.</translation>
    </message>
    <message>
        <source>Not needed this time, or not possible: the details say why.</source>
        <translation>No hizo falta esta vez, o no fue posible: los detalles dicen por qué.</translation>
    </message>
    <message>
        <source>This check could not finish.</source>
        <translation>Esta comprobación no pudo terminar.</translation>
    </message>
    <message>
        <source>Nothing more than the result above.</source>
        <translation>Nada más que el resultado de arriba.</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::SummaryPage</name>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Copy ticket summary</source>
        <translation>Copiar resumen para el ticket</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>Lo que hemos encontrado</translation>
    </message>
    <message>
        <source>Save the report as HTML, PDF, Markdown, text or JSON, optionally redacted</source>
        <translation>Guardar el informe como HTML, PDF, Markdown, texto o JSON, anonimizado si se desea</translation>
    </message>
    <message>
        <source>Copy a short summary (Markdown) to paste into a ticket or a chat</source>
        <translation>Copiar un breve resumen (Markdown) para pegarlo en un ticket o un chat</translation>
    </message>
    <message>
        <source>Run the whole check again and show what changed</source>
        <translation>Volver a ejecutar toda la comprobación y mostrar qué ha cambiado</translation>
    </message>
    <message>
        <source>Go back to the first page to check something else</source>
        <translation>Volver a la primera página para comprobar otra cosa</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation>Volviendo a comprobar…</translation>
    </message>
    <message>
        <source>Still checking…</source>
        <translation>Todavía comprobando…</translation>
    </message>
    <message>
        <source>The verdict changed: before &quot;%1&quot;, now &quot;%2&quot;.</source>
        <translation>El veredicto cambió: antes &quot;%1&quot;, ahora &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: was %2, now %3.</source>
        <translation>%1: antes %2, ahora %3.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer a continuación</translation>
    </message>
    <message>
        <source>Since the last check</source>
        <translation>Desde la última comprobación</translation>
    </message>
    <message>
        <source>Verdict code</source>
        <translation>Código del veredicto</translation>
    </message>
    <message>
        <source>(layer: %1)</source>
        <translation>(capa: %1)</translation>
    </message>
    <message>
        <source>Compare with a report saved earlier…</source>
        <translation>Comparar con un informe guardado antes…</translation>
    </message>
    <message>
        <source>Open a JSON report saved before (today, last week, on the caller&apos;s computer) and see what is different now</source>
        <translation>Abrir un informe JSON guardado antes (hoy, la semana pasada, en el equipo del usuario) y ver qué ha cambiado</translation>
    </message>
    <message>
        <source>Ticket summary</source>
        <translation>Resumen para el ticket</translation>
    </message>
    <message>
        <source>In technical terms</source>
        <translation>En términos técnicos</translation>
    </message>
    <message>
        <source>Next steps for an administrator</source>
        <translation>Próximos pasos para un administrador</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Datos observados</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Paso a paso</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::TargetPage</name>
    <message>
        <source>What are you trying to reach?</source>
        <translation>¿A qué intenta llegar?</translation>
    </message>
    <message>
        <source>Type or paste the name, web address or IP address you cannot connect to. tcpdoctor will check the connection step by step and tell you what is wrong.</source>
        <translation>Escriba o pegue el nombre, la dirección web o la dirección IP con la que no puede conectarse. tcpdoctor comprobará la conexión paso a paso y le dirá qué falla.</translation>
    </message>
    <message>
        <source>for example  example.com,  https://example.com/,  192.0.2.10:8080</source>
        <translation>por ejemplo  example.com,  https://example.com/,  192.0.2.10:8080</translation>
    </message>
    <message>
        <source>(from the address)</source>
        <translation>(de la dirección)</translation>
    </message>
    <message>
        <source>%1 – port %2</source>
        <translation>%1 – puerto %2</translation>
    </message>
    <message>
        <source>port number or service</source>
        <translation>número de puerto o servicio</translation>
    </message>
    <message>
        <source>&amp;Computer or address:</source>
        <translation>&amp;Equipo o dirección:</translation>
    </message>
    <message>
        <source>&amp;Port or service:</source>
        <translation>&amp;Puerto o servicio:</translation>
    </message>
    <message>
        <source>tcpdoctor will check %1, port %2.</source>
        <translation>tcpdoctor comprobará %1, puerto %2.</translation>
    </message>
    <message>
        <source>&amp;Step by step: explain each check as it happens</source>
        <translation>Pa&amp;so a paso: explicar cada comprobación mientras se hace</translation>
    </message>
    <message>
        <source>Check &amp;everything at once and show the answer</source>
        <translation>Comprobar &amp;todo a la vez y mostrar la respuesta</translation>
    </message>
    <message>
        <source>I have an error message</source>
        <translation>Tengo un mensaje de error</translation>
    </message>
    <message>
        <source>Paste it: tcpdoctor says what it means and what to check.</source>
        <translation>Péguelo: tcpdoctor le dirá qué significa y qué comprobar.</translation>
    </message>
    <message>
        <source>This computer is the server</source>
        <translation>Este equipo es el servidor</translation>
    </message>
    <message>
        <source>See what listens here, on which address, and open a test port.</source>
        <translation>Ver qué escucha aquí, en qué dirección, y abrir un puerto de prueba.</translation>
    </message>
    <message>
        <source>The name, web address or IP address you cannot connect to</source>
        <translation>El nombre, la dirección web o la dirección IP con la que no puede conectarse</translation>
    </message>
    <message>
        <source>The port number, or choose the kind of service</source>
        <translation>El número de puerto, o elija el tipo de servicio</translation>
    </message>
    <message>
        <source>Targets you checked before: click one to fill in the boxes</source>
        <translation>Destinos que comprobó antes: haga clic en uno para rellenar los campos</translation>
    </message>
    <message>
        <source>I am checking my own connection</source>
        <translation>Estoy comprobando mi propia conexión</translation>
    </message>
    <message>
        <source>I am helping someone (helpdesk)</source>
        <translation>Estoy ayudando a otra persona (soporte técnico)</translation>
    </message>
    <message>
        <source>I am an administrator: show all evidence</source>
        <translation>Soy administrador: mostrar todos los datos</translation>
    </message>
    <message>
        <source>Helpdesk mode adds the questions to ask the caller; administrator mode opens every detail</source>
        <translation>El modo de soporte técnico añade las preguntas que hacer al usuario; el modo de administrador muestra todos los detalles</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Recientes:</translation>
    </message>
    <message>
        <source>&amp;Who is checking:</source>
        <translation>&amp;Quién comprueba:</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Check a list of endpoints</source>
        <translation>Comprobar una lista de destinos</translation>
    </message>
    <message>
        <source>Every address a program needs, checked at once.</source>
        <translation>Todas las direcciones que necesita un programa, comprobadas a la vez.</translation>
    </message>
    <message>
        <source>Watch a connection</source>
        <translation>Supervisar una conexión</translation>
    </message>
    <message>
        <source>It works only sometimes: connect again and again and see when it fails.</source>
        <translation>Solo funciona a veces: conectar una y otra vez y ver cuándo falla.</translation>
    </message>
    <message>
        <source>tcpdoctor will check %1, port %2 (from the port box; the address alone means port %3).</source>
        <translation>tcpdoctor comprobará %1, puerto %2 (el de la casilla del puerto; la dirección sola indica el puerto %3).</translation>
    </message>
    <message>
        <source>Type the name or address you cannot reach, like example.com or 192.0.2.10:8080.</source>
        <translation>Escriba el nombre o la dirección a la que no puede conectar, como example.com o 192.0.2.10:8080.</translation>
    </message>
    <message>
        <source>Connections drop after a pause</source>
        <translation>Las conexiones se cortan tras una pausa</translation>
    </message>
    <message>
        <source>A program loses its connection after a quiet while: find out how long one survives.</source>
        <translation>Un programa pierde su conexión tras un rato sin actividad: averiguar cuánto tiempo sobrevive una.</translation>
    </message>
</context>
<context>
    <name>tcpd::ui::WatchPage</name>
    <message>
        <source>Stop and &amp;tell me as soon as it works</source>
        <translation>Detener y a&amp;visarme en cuanto funcione</translation>
    </message>
    <message>
        <source>&amp;Start watching</source>
        <translation>&amp;Iniciar la supervisión</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Open a saved watch…</source>
        <translation>Ab&amp;rir una supervisión guardada…</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Watch a connection</source>
        <translation>Supervisar una conexión</translation>
    </message>
    <message>
        <source>For a connection that works only sometimes: tcpdoctor connects again and again, draws how long each connection took, and says what it saw.</source>
        <translation>Para una conexión que solo funciona a veces: tcpdoctor se conecta una y otra vez, dibuja cuánto tardó cada conexión y dice lo que vio.</translation>
    </message>
    <message>
        <source>for example  example.com:443  or  192.0.2.10:3389</source>
        <translation>por ejemplo  example.com:443  o  192.0.2.10:3389</translation>
    </message>
    <message>
        <source>The computer and port to connect to, again and again</source>
        <translation>El equipo y el puerto a los que conectarse una y otra vez</translation>
    </message>
    <message>
        <source>How many times to connect (at most %1)</source>
        <translation>Cuántas veces conectarse (como máximo %1)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time from the start of one attempt to the start of the next</source>
        <translation>Tiempo desde el inicio de un intento hasta el inicio del siguiente</translation>
    </message>
    <message>
        <source>For a server that is down: the watch ends at the first connection that works, and the window asks for your attention</source>
        <translation>Para un servidor caído: la supervisión termina en la primera conexión que funcione y la ventana llama su atención</translation>
    </message>
    <message>
        <source>Stop watching; what was seen so far stays</source>
        <translation>Detener la supervisión; se conserva lo visto hasta ahora</translation>
    </message>
    <message>
        <source>Show a watch saved earlier as JSON Lines (from this window or tcpdoctor watch --json)</source>
        <translation>Mostrar una supervisión guardada antes como JSON Lines (desde esta ventana o con tcpdoctor watch --json)</translation>
    </message>
    <message>
        <source>Save every attempt as CSV for a spreadsheet, or JSON Lines</source>
        <translation>Guardar cada intento como CSV para una hoja de cálculo o como JSON Lines</translation>
    </message>
    <message>
        <source>times, every</source>
        <translation>veces, cada</translation>
    </message>
    <message>
        <source>&amp;Computer and port:</source>
        <translation>&amp;Equipo y puerto:</translation>
    </message>
    <message>
        <source>&amp;Connect:</source>
        <translation>&amp;Conectar:</translation>
    </message>
    <message>
        <source>Open a saved watch</source>
        <translation>Abrir una supervisión guardada</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the watch</source>
        <translation>Guardar la supervisión</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV para hoja de cálculo (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Type the computer and port to watch, like example.com:443.</source>
        <translation>Escriba el equipo y el puerto que supervisar, por ejemplo example.com:443.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Attempt %1 of %2.</source>
        <translation>Intento %1 de %2.</translation>
    </message>
    <message>
        <source>%1 of %2 connected (%3 %).</source>
        <translation>%1 de %2 lograron conectar (%3 %).</translation>
    </message>
    <message>
        <source>Usually %1, 95 % under %2, slowest %3.</source>
        <translation>Normalmente %1, el 95 % por debajo de %2, el más lento %3.</translation>
    </message>
    <message>
        <source>Longest outage: %1 s.</source>
        <translation>Interrupción más larga: %1 s.</translation>
    </message>
    <message>
        <source>Addresses: %1.</source>
        <translation>Direcciones: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n attempt(s).</source>
        <translation>
            <numerusform>Se detuvo tras %n intento.</numerusform>
            <numerusform>Se detuvo tras %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check %1 step by step</source>
        <translation>Comprobar %1 paso a paso</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB, larger than any saved watch.</source>
        <translation>%1 ocupa más de 32 MB, más que cualquier supervisión guardada.</translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <source>From %1: a watch that began %2.</source>
        <translation>De %1: una supervisión que empezó el %2.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
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
        <translation>Tiempos de negociación</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>1 s: a lost packet was sent again</source>
        <translation>1 s: se volvió a enviar un paquete perdido</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>intento</translation>
    </message>
    <message>
        <source>The time of each connection appears here, one mark per attempt.</source>
        <translation>Aquí aparece el tiempo de cada conexión, una marca por intento.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>Todavía no hay ningún intento.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s): %1.</source>
        <translation>
            <numerusform>%n intento: %1.</numerusform>
            <numerusform>%n intentos: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcpd::ui::Wizard</name>
    <message>
        <source>tcpdoctor: why can&apos;t I connect?</source>
        <translation>tcpdoctor: ¿por qué no puedo conectarme?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Where the sign-in page check asks</source>
        <translation>Dónde pregunta la comprobación de página de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close tcpdoctor?</source>
        <translation>¿Cerrar tcpdoctor?</translation>
    </message>
    <message>
        <source>The result of this check has not been saved.</source>
        <translation>El resultado de esta comprobación no se ha guardado.</translation>
    </message>
    <message>
        <source>Save the report to keep it (for a ticket, or to compare later), or close without it.</source>
        <translation>Guarde el informe para conservarlo (para una incidencia, o para comparar más tarde), o cierre sin él.</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Cerrar sin guardar</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Mantener abierto</translation>
    </message>
</context>
</TS>
