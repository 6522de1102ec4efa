// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Real-world messages from Windows (in four languages), POSIX systems and the common runtimes.

#include "ExplainMessages.h"

using namespace Qt::StringLiterals;

namespace tcpd::test {

const std::vector<ExplainCase>& systemAndRuntimeCases()
{
    // One message a line reads best as a table.
    // clang-format off
    static const std::vector<ExplainCase> cases = {
        // ---- Windows, English: texts, numbers, WSAE names, HRESULTs ----
        {"Winsock 10061", u"No connection could be made because the target machine actively refused it."_s, "error.refused"},
        {"Winsock 10060", u"A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond."_s, "error.timeout", "timeout"},
        {"Winsock 10054", u"An existing connection was forcibly closed by the remote host."_s, "error.reset"},
        {"Winsock 10053", u"An established connection was aborted by the software in your host machine."_s, "error.aborted"},
        {"Winsock 10065", u"A socket operation was attempted to an unreachable host."_s, "error.host_unreachable"},
        {"Winsock 10051", u"A socket operation was attempted to an unreachable network."_s, "error.network_unreachable"},
        {"Winsock 10013", u"An attempt was made to access a socket in a way forbidden by its access permissions."_s, "error.access_denied"},
        {"Winsock 11001", u"No such host is known."_s, "error.name_resolution", "name_resolution"},
        {"WSAE name", u"connect() failed: WSAECONNREFUSED"_s, "error.refused"},
        {"Indy", u"Socket Error # 10060\r\nConnection timed out."_s, "error.timeout"},
        {"HRESULT hex", u"Error code: 0x8007274D"_s, "error.refused"},
        {"HRESULT hex", u"Exception from HRESULT: 0x8007274C"_s, "error.timeout"},
        {"HRESULT hex", u"COMException (0x80072746)"_s, "error.reset"},
        {"HRESULT decimal", u"The operation failed with error -2147014835."_s, "error.refused"},
        {"WSA number", u"WSAEHOSTUNREACH (10065)"_s, "error.host_unreachable"},
        {"WSA number", u"connect() failed with WSA error 10051"_s, "error.network_unreachable"},
        {"WSA number", u"bind failed: 10013"_s, "error.access_denied"},
        {"WSA number", u"recv failed with error 10053"_s, "error.aborted"},
        {"WSA number", u"getaddrinfo failed with error: 11001"_s, "error.name_resolution"},
        {"WSA number", u"WSATRY_AGAIN (11002) while looking up intranet"_s, "error.name_resolution", "dns_unavailable"},
        {"Windows Update", u"There were some problems installing updates, but we'll try again later. Error code: (0x80072efd)"_s, "error.connect_failed"},
        {"Windows Store", u"Try that again. Something went wrong on our end. The error code is 0x80072EE7, in case you need it."_s, "error.name_resolution"},
        {"Windows Update", u"Error 0x80072EE2"_s, "error.timeout", "timeout_unclear"},
        {"SMB", u"The remote computer refused the network connection."_s, "error.refused"},
        {"SMB", u"The network location cannot be reached. For information about network troubleshooting, see Windows Help."_s, "error.network_unreachable"},
        {"Windows", u"The semaphore timeout period has expired."_s, "error.timeout"},
        // ---- Windows, German ----
        {"Python de", u"ConnectionRefusedError: [WinError 10061] Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte"_s, "error.refused"},
        {".NET de", u"System.Net.Sockets.SocketException: Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht richtig reagiert hat, oder die hergestellte Verbindung war fehlerhaft, da der verbundene Host nicht reagiert hat 192.0.2.10:443"_s, "error.timeout", "timeout", "192.0.2.10", 443},
        {"Python de", u"ConnectionResetError: [WinError 10054] Eine vorhandene Verbindung wurde vom Remotehost geschlossen"_s, "error.reset"},
        {"Java de", u"java.io.IOException: Eine bestehende Verbindung wurde softwaregesteuert\r\ndurch den Hostcomputer abgebrochen"_s, "error.aborted"},
        {"Winsock de", u"Ein Socketvorgang bezog sich auf einen nicht verfügbaren Host."_s, "error.host_unreachable"},
        {"Winsock de", u"Es wurde versucht, einen Socketvorgang in ein nicht erreichbares Netzwerk auszuführen."_s, "error.network_unreachable"},
        {"Python de", u"PermissionError: [WinError 10013] Der Zugriff auf einen Socket war aufgrund der Zugriffsrechte des Sockets unzulässig"_s, "error.access_denied"},
        {".NET de", u"System.Net.Http.HttpRequestException: Der angegebene Host ist unbekannt. (api.example.com:443)"_s, "error.name_resolution", nullptr, "api.example.com", 443},
        {"SQL Server de", u"(Anbieter: TCP-Anbieter, Fehler: 0 - Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht ordnungsgemäß reagiert hat, oder die hergestellte Verbindung fehlerhaft war, da der verbundene Host nicht reagiert hat.) (Microsoft SQL Server, Fehler: 10060)"_s, "error.timeout"},
        // ---- Windows, French ----
        {"Python fr", u"<urlopen error [WinError 10061] Aucune connexion n’a pu être établie car l’ordinateur cible l’a expressément refusée>"_s, "error.refused"},
        {"Winsock fr", u"Une tentative de connexion a échoué car le parti connecté n’a pas répondu convenablement au-delà d’une certaine durée ou une connexion établie a échoué car l’hôte de connexion n’a pas répondu."_s, "error.timeout"},
        {"Python fr", u"ConnectionResetError: [WinError 10054] Une connexion existante a dû être fermée par l’hôte distant"_s, "error.reset"},
        {"Python fr", u"('Connection aborted.', ConnectionAbortedError(10053, 'Une connexion établie a été abandonnée par un logiciel de votre ordinateur hôte', None, 10053, None))"_s, "error.aborted"},
        {"Winsock fr", u"Une opération a été tentée sur un hôte impossible à atteindre."_s, "error.host_unreachable"},
        {"PHP fr", u"SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: Hôte inconnu"_s, "error.name_resolution"},
        {"Windows fr, no accents", u"[WinError 10053] Une connexion etablie a ete abandonnee par un logiciel de votre ordinateur hote"_s, "error.aborted"},
        {"Winsock fr", u"Une tentative d’accès à un socket de manière interdite par ses autorisations d’accès a été tentée."_s, "error.access_denied"},
        {"Laravel fr", u"SQLSTATE[HY000] [2002] Aucune connexion n'a pu être établie car l'ordinateur cible l'a expressément refusée (Connection: mysql, Host: 127.0.0.1, Port: 3306, Database: shop)"_s, "error.refused", nullptr, "127.0.0.1", 3306},
        // ---- Windows, Spanish ----
        {"Python es", u"[WinError 10061] No se puede establecer una conexión ya que el equipo de destino denegó expresamente dicha conexión"_s, "error.refused"},
        {"Winsock es", u"Se produjo un error durante el intento de conexión ya que la parte conectada no respondió adecuadamente tras un periodo de tiempo, o bien se produjo un error en la conexión establecida ya que el host conectado no ha podido responder"_s, "error.timeout"},
        {"Python es", u"ConnectionResetError: [WinError 10054] Se ha forzado la interrupción de una conexión existente por el host remoto"_s, "error.reset"},
        {"Winsock es", u"Se ha anulado una conexión establecida por el software en su equipo host"_s, "error.aborted"},
        {"Winsock es", u"Se intentó una operación de socket en un host no accesible."_s, "error.host_unreachable"},
        {"Winsock es", u"Se intentó una operación de socket en una red no accesible."_s, "error.network_unreachable"},
        {"Winsock es", u"No se conoce ningún host con ese nombre."_s, "error.name_resolution"},
        {"Winsock es", u"Se intentó obtener acceso a un socket de una manera que está prohibida por sus permisos de acceso."_s, "error.access_denied"},
        {".NET es", u"Error during SerializeToNetwork: No se puede establecer una conexión ya que el equipo de destino denegó expresamente dicha conexión. [::ffff:127.0.0.1]:12345"_s, "error.refused", nullptr, "::ffff:127.0.0.1", 12345},
        // ---- POSIX: strerror, errno names and numbers, Linux and macOS/BSD wording ----
        {"bash", u"bash: connect: Connection refused\nbash: /dev/tcp/192.0.2.10/8080: Connection refused"_s, "error.refused", nullptr, "192.0.2.10", 8080},
        {"C", u"connect(): Connection timed out"_s, "error.timeout", "timeout"},
        {"C", u"read: Connection reset by peer"_s, "error.reset"},
        {"C", u"recv: Software caused connection abort"_s, "error.aborted"},
        {"C", u"connect to 10.1.1.1 failed: No route to host"_s, "error.host_unreachable"},
        {"C", u"connect: Network is unreachable"_s, "error.network_unreachable"},
        {"glibc", u"getaddrinfo: Name or service not known"_s, "error.name_resolution", "name_resolution"},
        {"macOS", u"getaddrinfo: nodename nor servname provided, or not known"_s, "error.name_resolution"},
        {"macOS", u"connect: Operation timed out"_s, "error.timeout", "timeout"},
        {"BSD", u"connect: Host is down"_s, "error.host_unreachable"},
        {"glibc", u"Temporary failure in name resolution"_s, "error.name_resolution", "dns_unavailable"},
        {"C", u"write: Broken pipe"_s, "error.closed"},
        {"C", u"connect failed: errno=111"_s, "error.refused"},
        {"musl", u"wget: bad address 'mirror.example': Name does not resolve"_s, "error.name_resolution"},
        {"C", u"connect: Operation not permitted"_s, "error.access_denied"},
        // ---- .NET ----
        {".NET", u"System.Net.Http.HttpRequestException: No connection could be made because the target machine actively refused it. (localhost:5001)\n ---> System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it.\n   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\n   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)"_s, "error.refused", nullptr, "localhost", 5001},
        {".NET Linux", u"System.Net.Http.HttpRequestException: Name or service not known (api.example.com:443)\n ---> System.Net.Sockets.SocketException (0xFFFDFFFF): Name or service not known\n   at System.Net.Sockets.SocketAsyncEventArgs.<DnsConnectAsync>g__Core|112_0(MultipleConnectAsync multipleConnect, Task connectTask)"_s, "error.name_resolution", nullptr, "api.example.com", 443},
        {".NET Framework", u"System.Net.WebException: Unable to connect to the remote server ---> System.Net.Sockets.SocketException: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond 203.0.113.5:443\n   at System.Net.Sockets.Socket.DoConnect(EndPoint endPointSnapshot, SocketAddress socketAddress)"_s, "error.timeout", "timeout", "203.0.113.5", 443},
        {".NET Framework", u"System.Net.WebException: The remote name could not be resolved: 'intranet.example.local'\n   at System.Net.HttpWebRequest.GetResponse()"_s, "error.name_resolution", nullptr, "intranet.example.local", 0},
        {".NET", u"System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host..\n ---> System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host."_s, "error.reset"},
        {".NET Linux", u"System.Net.Sockets.SocketException (111): Connection refused"_s, "error.refused"},
        {".NET Framework", u"System.Net.WebException: The underlying connection was closed: The connection was closed unexpectedly."_s, "error.closed"},
        {".NET Framework", u"System.Net.WebException: The operation has timed out.\n   at System.Net.WebClient.DownloadDataInternal(Uri address, WebRequest& request)"_s, "error.timeout", "timeout_unclear"},
        {".NET Framework", u"System.Net.WebException: Unable to connect to the remote server"_s, "error.connect_failed"},
        {".NET", u"The SSL connection could not be established, see inner exception. ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure."_s, "error.tls_untrusted", "tls_untrusted"},
        {".NET", u"System.Net.Sockets.SocketException (10013): An attempt was made to access a socket in a way forbidden by its access permissions."_s, "error.access_denied"},
        {".NET", u"System.Net.Http.HttpRequestException: Response status code does not indicate success: 404 (Not Found)."_s, "error.unknown", "http"},
        {".NET", u"System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.\n ---> System.IO.IOException: Authentication failed because the remote party has closed the transport stream."_s, "error.closed"},
        // ---- Java ----
        {"Java", u"java.net.ConnectException: Connection refused (Connection refused)\n\tat java.net.PlainSocketImpl.socketConnect(Native Method)\n\tat java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)\n\tat java.net.Socket.connect(Socket.java:607)"_s, "error.refused", nullptr, "", 0},
        {"Java Windows", u"Exception in thread \"main\" java.net.ConnectException: Connection timed out: connect\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)\n\tat java.base/sun.nio.ch.Net.connect(Net.java:579)"_s, "error.timeout", "timeout"},
        {"Java", u"java.net.SocketTimeoutException: connect timed out"_s, "error.timeout", "timeout"},
        {"Java", u"java.net.SocketTimeoutException: Read timed out\n\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)"_s, "error.timeout", "read_timeout"},
        {"Java", u"java.net.UnknownHostException: db.internal.example: Name or service not known"_s, "error.name_resolution", nullptr, "db.internal.example", 0},
        {"Java", u"java.net.NoRouteToHostException: No route to host (Host unreachable)"_s, "error.host_unreachable"},
        {"Java", u"java.net.SocketException: Connection reset\n\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:323)"_s, "error.reset"},
        {"Java Windows", u"java.net.SocketException: Software caused connection abort: recv failed"_s, "error.aborted"},
        {"Java", u"java.net.SocketException: Network is unreachable (connect failed)"_s, "error.network_unreachable"},
        {"Netty", u"io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: localhost/127.0.0.1:6379\nCaused by: java.net.ConnectException: Connection refused"_s, "error.refused", nullptr, "localhost", 6379},
        {"Apache HttpClient", u"org.apache.http.conn.HttpHostConnectException: Connect to localhost:8080 [localhost/127.0.0.1, localhost/0:0:0:0:0:0:0:1] failed: Connection refused (Connection refused)"_s, "error.refused", nullptr, "localhost", 8080},
        {"PostgreSQL JDBC", u"org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."_s, "error.refused", nullptr, "localhost", 5432},
        {"MySQL JDBC", u"com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server."_s, "error.connect_failed"},
        {"Java", u"java.net.SocketException: Broken pipe (Write failed)"_s, "error.closed"},
        {"Java", u"javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target"_s, "error.tls_untrusted", "tls_untrusted"},
        {"OkHttp", u"java.net.SocketTimeoutException: failed to connect to /10.0.2.2 (port 8080) from /10.0.2.16 (port 43210) after 10000ms"_s, "error.timeout", "timeout", "10.0.2.2", 8080},
        {"Android", u"java.net.ConnectException: failed to connect to /192.168.1.20 (port 3000) from /192.168.1.33 (port 51234): connect failed: ECONNREFUSED (Connection refused)"_s, "error.refused", nullptr, "192.168.1.20", 3000},
        // ---- Python ----
        {"Python", u"Traceback (most recent call last):\n  File \"client.py\", line 7, in <module>\n    s.connect((\"127.0.0.1\", 9000))\nConnectionRefusedError: [Errno 111] Connection refused"_s, "error.refused"},
        {"Python requests", u"requests.exceptions.ConnectionError: HTTPConnectionPool(host='localhost', port=8000): Max retries exceeded with url: /api/v1/items (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3b2c1d5e80>: Failed to establish a new connection: [Errno 111] Connection refused'))"_s, "error.refused", nullptr, "localhost", 8000},
        {"Python requests Windows", u"requests.exceptions.ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=5000): Max retries exceeded with url: /health (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x000001904E907770>: Failed to establish a new connection: [WinError 10061] No connection could be made because the target machine actively refused it'))"_s, "error.refused", nullptr, "127.0.0.1", 5000},
        {"Python requests", u"requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v2/status (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f0e2a3b1d90>, 'Connection to api.example.com timed out. (connect timeout=10)'))"_s, "error.timeout", "timeout", "api.example.com", 443},
        {"Python requests", u"requests.exceptions.ReadTimeout: HTTPConnectionPool(host='10.0.0.5', port=8080): Read timed out. (read timeout=30)"_s, "error.timeout", "read_timeout", "10.0.0.5", 8080},
        {"Python requests", u"requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.exmaple.com', port=443): Max retries exceeded with url: / (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x10a2b3c40>: Failed to resolve 'api.exmaple.com' ([Errno -2] Name or service not known)\"))"_s, "error.name_resolution", "name_resolution", "api.exmaple.com", 443},
        {"Python urllib3", u"urllib3.exceptions.MaxRetryError: HTTPConnectionPool(host='db', port=5984): Max retries exceeded with url: / (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f2c>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'))"_s, "error.name_resolution", "dns_unavailable", "db", 5984},
        {"Python requests", u"requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))"_s, "error.closed"},
        {"Python requests", u"requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))"_s, "error.reset"},
        {"Python urllib", u"urllib.error.URLError: <urlopen error [Errno 113] No route to host>"_s, "error.host_unreachable"},
        {"Python Windows", u"socket.gaierror: [Errno 11001] getaddrinfo failed"_s, "error.name_resolution"},
        {"Python", u"socket.timeout: timed out"_s, "error.timeout", "timeout_unclear"},
        {"Python", u"TimeoutError: [Errno 110] Connection timed out"_s, "error.timeout", "timeout"},
        {"Python", u"OSError: [Errno 101] Network is unreachable"_s, "error.network_unreachable"},
        {"Python macOS", u"ConnectionResetError: [Errno 54] Connection reset by peer"_s, "error.reset"},
        {"Python macOS", u"ConnectionRefusedError: [Errno 61] Connection refused"_s, "error.refused"},
        {"Python ssl", u"ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)"_s, "error.tls_untrusted", "tls_untrusted"},
        {"Python requests", u"requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://api.example.com/v1/users/42"_s, "error.unknown", "http"},
        {"Python ssl", u"ssl.SSLEOFError: EOF occurred in violation of protocol (_ssl.c:2426)"_s, "error.closed"},
        {"redis-py", u"redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused."_s, "error.refused", nullptr, "localhost", 6379},
        {"pymongo", u"pymongo.errors.ServerSelectionTimeoutError: localhost:27017: [Errno 111] Connection refused, Timeout: 30s, Topology Description: <TopologyDescription id: 65a1f, topology_type: Unknown, servers: [<ServerDescription ('localhost', 27017) server_type: Unknown, rtt: None, error=AutoReconnect('localhost:27017: [Errno 111] Connection refused')>]>"_s, "error.refused", nullptr, "localhost", 27017},
        {"psycopg2", u"psycopg2.OperationalError: connection to server at \"db.example.com\" (192.0.2.5), port 5432 failed: Connection timed out\n\tIs the server running on that host and accepting TCP/IP connections?"_s, "error.timeout", "timeout", "db.example.com", 5432},
        {"PyMySQL", u"pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'localhost' ([Errno 111] Connection refused)\")"_s, "error.refused", nullptr, "localhost", 0},
        {"paramiko", u"paramiko.ssh_exception.NoValidConnectionsError: [Errno None] Unable to connect to port 22 on 192.0.2.7"_s, "error.connect_failed", nullptr, "192.0.2.7", 22},
        {"pip", u"WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f8e>: Failed to establish a new connection: [Errno 101] Network is unreachable')': /simple/requests/"_s, "error.network_unreachable"},
        {"Python log", u"2024-05-04 10:22:13,456 - app.db - ERROR - Database unavailable\nTraceback (most recent call last):\n  File \"/usr/lib/python3/dist-packages/psycopg2/__init__.py\", line 122, in connect\n    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)\npsycopg2.OperationalError: could not connect to server: No route to host\n\tIs the server running on host \"10.20.30.40\" and accepting\n\tTCP/IP connections on port 5432?"_s, "error.host_unreachable", nullptr, "10.20.30.40", 5432},
    };
    // clang-format on
    return cases;
}

std::vector<ExplainCase> allExplainCases()
{
    std::vector<ExplainCase> all = systemAndRuntimeCases();
    const std::vector<ExplainCase>& tools = toolAndServiceCases();
    all.insert(all.end(), tools.begin(), tools.end());
    const std::vector<ExplainCase>& languages = windowsLanguageCases();
    all.insert(all.end(), languages.begin(), languages.end());
    return all;
}

} // namespace tcpd::test
