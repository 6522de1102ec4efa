// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Windows Winsock and getaddrinfo texts as localized Windows prints them: Italian, Portuguese (Brazil and
// Portugal), Dutch, Polish, Russian, Japanese and Chinese (Simplified). Unfolded, as people paste them.

#include "ExplainMessages.h"

using namespace Qt::StringLiterals;

namespace tcpd::test {

const std::vector<ExplainCase>& windowsLanguageCases()
{
    // One message a line reads best as a table.
    // clang-format off
    static const std::vector<ExplainCase> cases = {
        // ---- Windows, Italian ----
        {"Winsock 10061 (it)", u"Impossibile stabilire la connessione. Rifiuto persistente del computer di destinazione."_s, "error.refused"},
        {"Winsock 10060 (it)", u"Impossibile stabilire la connessione. Risposta non corretta della parte connessa dopo l'intervallo di tempo oppure mancata risposta dall'host collegato."_s, "error.timeout", "timeout"},
        {"Winsock 10054 (it)", u"Connessione in corso interrotta forzatamente dall'host remoto."_s, "error.reset"},
        {"Winsock 10053 (it)", u"Connessione interrotta dal software del computer host."_s, "error.aborted"},
        {"Winsock 10065 (it)", u"Tentativo di operazione del socket verso un host non raggiungibile."_s, "error.host_unreachable"},
        {"Winsock 10051 (it)", u"Tentativo di operazione del socket verso una rete non raggiungibile."_s, "error.network_unreachable"},
        {"Winsock 10013 (it)", u"Tentativo di accesso al socket con modalità non consentite dalle autorizzazioni di accesso."_s, "error.access_denied"},
        {"Winsock 11001 (it)", u"Host sconosciuto."_s, "error.name_resolution", "name_resolution"},
        {"Winsock 11002 (it)", u"Errore temporaneo durante la risoluzione del nome host. Il server locale non ha ricevuto una risposta da un server autorevole."_s, "error.name_resolution", "dns_unavailable"},
        {"Winsock 10048 (it)", u"Di norma è consentito un solo utilizzo di ogni indirizzo di socket (protocollo/indirizzo di rete/porta)."_s, "error.address_in_use"},
        {"Winsock 10049 (it)", u"L'indirizzo richiesto non è valido nel suo contesto."_s, "error.address_not_available"},
        {"Winsock 10055 (it)", u"Impossibile eseguire un'operazione su un socket perché il sistema non dispone di spazio sufficiente per il buffer o perché una coda era piena."_s, "error.no_buffers"},
        {"Winsock 10060 wrapped (it)", u"Impossibile stabilire la connessione. Risposta non corretta della parte\r\n connessa dopo l'intervallo di tempo oppure mancata risposta dall'host collegato."_s, "error.timeout", "timeout"},
        {".NET (it)", u"System.Net.Sockets.SocketException (10061): Impossibile stabilire la connessione. Rifiuto persistente del computer di destinazione 192.0.2.10:3389"_s, "error.refused"},
        {"Python (it)", u"ConnectionResetError: [WinError 10054] Connessione in corso interrotta forzatamente dall'host remoto"_s, "error.reset"},
        {"PowerShell (it)", u"Invoke-WebRequest : Host sconosciuto.\r\nAt line:1 char:1\r\n+ Invoke-WebRequest http://intranet.example/\r\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\r\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException"_s, "error.name_resolution", "name_resolution"},
        {"Go (it)", u"listen tcp 203.0.113.5:8080: bind: Di norma è consentito un solo utilizzo di ogni indirizzo di socket (protocollo/indirizzo di rete/porta)."_s, "error.address_in_use"},
        // ---- Windows, Portuguese (Brazil) ----
        {"Winsock 10061 (pt-BR)", u"Nenhuma conexão pôde ser feita porque a máquina de destino as recusou ativamente."_s, "error.refused"},
        {"Winsock 10060 (pt-BR)", u"Uma tentativa de conexão falhou porque o componente conectado não respondeu corretamente após um período de tempo ou a conexão estabelecida falhou porque o host conectado não respondeu."_s, "error.timeout", "timeout"},
        {"Winsock 10054 (pt-BR)", u"Foi forçado o cancelamento de uma conexão existente pelo host remoto."_s, "error.reset"},
        {"Winsock 10053 (pt-BR)", u"Uma conexão estabelecida foi anulada pelo software no computador host."_s, "error.aborted"},
        {"Winsock 10065 (pt-BR)", u"Foi tentada uma operação de soquete para um host inacessível."_s, "error.host_unreachable"},
        {"Winsock 10051 (pt-BR)", u"Foi tentada uma operação de soquete em uma rede inacessível."_s, "error.network_unreachable"},
        {"Winsock 10013 (pt-BR)", u"Foi feita uma tentativa de acesso a um soquete de uma maneira que é proibida pelas permissões de acesso."_s, "error.access_denied"},
        {"Winsock 11001 (pt-BR)", u"Este host não é conhecido."_s, "error.name_resolution", "name_resolution"},
        {"Winsock 11002 (pt-BR)", u"Este é normalmente um erro temporário durante a resolução de nome de host e significa que o servidor local não recebeu uma resposta de um servidor autoritativo."_s, "error.name_resolution", "dns_unavailable"},
        {"Winsock 10048 (pt-BR)", u"Normalmente é permitida apenas uma utilização de cada endereço de soquete (protocolo/endereço de rede/porta)."_s, "error.address_in_use"},
        {"Winsock 10049 (pt-BR)", u"O endereço solicitado não é válido no contexto."_s, "error.address_not_available"},
        {"Winsock 10055 (pt-BR)", u"Uma operação em um soquete não pôde ser executada porque o sistema não tinha espaço suficiente em buffer ou porque uma fila estava cheia."_s, "error.no_buffers"},
        {"Winsock 10060 wrapped (pt-BR)", u"Uma tentativa de conexão falhou porque o componente conectado não\r\n respondeu corretamente após um período de tempo ou a conexão estabelecida falhou porque o host conectado não respondeu."_s, "error.timeout", "timeout"},
        {".NET (pt-BR)", u"System.Net.Sockets.SocketException (10061): Nenhuma conexão pôde ser feita porque a máquina de destino as recusou ativamente 192.0.2.10:3389"_s, "error.refused"},
        {"Python (pt-BR)", u"ConnectionResetError: [WinError 10054] Foi forçado o cancelamento de uma conexão existente pelo host remoto"_s, "error.reset"},
        {"PowerShell (pt-BR)", u"Invoke-WebRequest : Este host não é conhecido.\r\nAt line:1 char:1\r\n+ Invoke-WebRequest http://intranet.example/\r\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\r\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException"_s, "error.name_resolution", "name_resolution"},
        {"Go (pt-BR)", u"listen tcp 203.0.113.5:8080: bind: Normalmente é permitida apenas uma utilização de cada endereço de soquete (protocolo/endereço de rede/porta)."_s, "error.address_in_use"},
        // ---- Windows, Portuguese (Portugal) ----
        {"Winsock 10061 (pt-PT)", u"Não foi possível estabelecer ligação porque o computador de destino a recusou ativamente."_s, "error.refused"},
        {"Winsock 10060 (pt-PT)", u"Uma tentativa de ligação falhou porque a parte ligada não respondeu corretamente após um período de tempo, ou a ligação estabelecida falhou porque o anfitrião ligado não respondeu."_s, "error.timeout", "timeout"},
        {"Winsock 10054 (pt-PT)", u"Uma ligação existente foi forçada a fechar pelo anfitrião remoto."_s, "error.reset"},
        {"Winsock 10053 (pt-PT)", u"Uma ligação estabelecida foi abortada pelo software no computador anfitrião."_s, "error.aborted"},
        {"Winsock 10065 (pt-PT)", u"Foi tentada uma operação de socket para um anfitrião inacessível."_s, "error.host_unreachable"},
        {"Winsock 10051 (pt-PT)", u"Foi tentada uma operação de socket para uma rede inacessível."_s, "error.network_unreachable"},
        {"Winsock 10013 (pt-PT)", u"Foi efetuada uma tentativa de acesso a um socket de uma forma proibida pelas respetivas permissões de acesso."_s, "error.access_denied"},
        {"Winsock 11001 (pt-PT)", u"Anfitrião desconhecido."_s, "error.name_resolution", "name_resolution"},
        {"Winsock 11002 (pt-PT)", u"Este é geralmente um erro temporário durante a resolução de nomes de anfitrião e significa que o servidor local não recebeu uma resposta de um servidor autoritário."_s, "error.name_resolution", "dns_unavailable"},
        {"Winsock 10048 (pt-PT)", u"Normalmente, só é permitida uma utilização de cada endereço de socket (protocolo/endereço de rede/porta)."_s, "error.address_in_use"},
        {"Winsock 10049 (pt-PT)", u"O endereço pedido não é válido no respetivo contexto."_s, "error.address_not_available"},
        {"Winsock 10055 (pt-PT)", u"Não foi possível efetuar uma operação num socket porque o sistema não tinha espaço de memória intermédia suficiente ou porque uma fila estava cheia."_s, "error.no_buffers"},
        {"Winsock 10060 wrapped (pt-PT)", u"Uma tentativa de ligação falhou porque a parte ligada não respondeu\r\n corretamente após um período de tempo, ou a ligação estabelecida falhou porque o anfitrião ligado não respondeu."_s, "error.timeout", "timeout"},
        {".NET (pt-PT)", u"System.Net.Sockets.SocketException (10061): Não foi possível estabelecer ligação porque o computador de destino a recusou ativamente 192.0.2.10:3389"_s, "error.refused"},
        {"Python (pt-PT)", u"ConnectionResetError: [WinError 10054] Uma ligação existente foi forçada a fechar pelo anfitrião remoto"_s, "error.reset"},
        {"PowerShell (pt-PT)", u"Invoke-WebRequest : Anfitrião desconhecido.\r\nAt line:1 char:1\r\n+ Invoke-WebRequest http://intranet.example/\r\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\r\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException"_s, "error.name_resolution", "name_resolution"},
        {"Go (pt-PT)", u"listen tcp 203.0.113.5:8080: bind: Normalmente, só é permitida uma utilização de cada endereço de socket (protocolo/endereço de rede/porta)."_s, "error.address_in_use"},
        // ---- Windows, Dutch ----
        {"Winsock 10061 (nl)", u"Kan geen verbinding maken omdat de doelcomputer de verbinding actief heeft geweigerd."_s, "error.refused"},
        {"Winsock 10060 (nl)", u"Een verbindingspoging is mislukt omdat de verbonden partij niet correct heeft gereageerd na een bepaalde periode, of omdat de tot stand gebrachte verbinding is mislukt omdat de verbonden host niet heeft gereageerd."_s, "error.timeout", "timeout"},
        {"Winsock 10054 (nl)", u"Een bestaande verbinding is geforceerd verbroken door de externe host."_s, "error.reset"},
        {"Winsock 10053 (nl)", u"Een tot stand gebrachte verbinding is afgebroken door de software op uw hostcomputer."_s, "error.aborted"},
        {"Winsock 10065 (nl)", u"Er is geprobeerd een socketbewerking uit te voeren naar een onbereikbare host."_s, "error.host_unreachable"},
        {"Winsock 10051 (nl)", u"Er is geprobeerd een socketbewerking uit te voeren naar een onbereikbaar netwerk."_s, "error.network_unreachable"},
        {"Winsock 10013 (nl)", u"Er is geprobeerd toegang te krijgen tot een socket op een manier die wordt verhinderd door de toegangsmachtigingen van de socket."_s, "error.access_denied"},
        {"Winsock 11001 (nl)", u"Onbekende host."_s, "error.name_resolution", "name_resolution"},
        {"Winsock 11002 (nl)", u"Dit is meestal een tijdelijke fout tijdens het omzetten van de hostnaam. Dit betekent dat de lokale server geen antwoord heeft ontvangen van een gezaghebbende server."_s, "error.name_resolution", "dns_unavailable"},
        {"Winsock 10048 (nl)", u"Slechts één gebruik van elk socketadres (protocol/netwerkadres/poort) is normaal toegestaan."_s, "error.address_in_use"},
        {"Winsock 10049 (nl)", u"Het gevraagde adres is niet geldig in de context."_s, "error.address_not_available"},
        {"Winsock 10055 (nl)", u"Een bewerking op een socket kan niet worden uitgevoerd omdat het systeem onvoldoende bufferruimte had of omdat een wachtrij vol was."_s, "error.no_buffers"},
        {"Winsock 10060 wrapped (nl)", u"Een verbindingspoging is mislukt omdat de verbonden partij niet correct\r\n heeft gereageerd na een bepaalde periode, of omdat de tot stand gebrachte verbinding is mislukt omdat de verbonden host niet heeft gereageerd."_s, "error.timeout", "timeout"},
        {".NET (nl)", u"System.Net.Sockets.SocketException (10061): Kan geen verbinding maken omdat de doelcomputer de verbinding actief heeft geweigerd 192.0.2.10:3389"_s, "error.refused"},
        {"Python (nl)", u"ConnectionResetError: [WinError 10054] Een bestaande verbinding is geforceerd verbroken door de externe host"_s, "error.reset"},
        {"PowerShell (nl)", u"Invoke-WebRequest : Onbekende host.\r\nAt line:1 char:1\r\n+ Invoke-WebRequest http://intranet.example/\r\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\r\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException"_s, "error.name_resolution", "name_resolution"},
        {"Go (nl)", u"listen tcp 203.0.113.5:8080: bind: Slechts één gebruik van elk socketadres (protocol/netwerkadres/poort) is normaal toegestaan."_s, "error.address_in_use"},
        // ---- Windows, Polish ----
        {"Winsock 10061 (pl)", u"Nie można nawiązać połączenia, ponieważ komputer docelowy aktywnie go odmawia."_s, "error.refused"},
        {"Winsock 10060 (pl)", u"Próba połączenia nie powiodła się, ponieważ połączona strona nie odpowiedziała poprawnie po ustalonym okresie czasu lub utworzone połączenie nie powiodło się, ponieważ połączony host nie odpowiedział."_s, "error.timeout", "timeout"},
        {"Winsock 10054 (pl)", u"Istniejące połączenie zostało gwałtownie zamknięte przez zdalnego hosta."_s, "error.reset"},
        {"Winsock 10053 (pl)", u"Nawiązane połączenie zostało przerwane przez oprogramowanie zainstalowane w komputerze-hoście."_s, "error.aborted"},
        {"Winsock 10065 (pl)", u"Próbowano przeprowadzić operację na gnieździe dla nieosiągalnego hosta."_s, "error.host_unreachable"},
        {"Winsock 10051 (pl)", u"Próbowano przeprowadzić operację na gnieździe dla nieosiągalnej sieci."_s, "error.network_unreachable"},
        {"Winsock 10013 (pl)", u"Podjęto próbę uzyskania dostępu do gniazda w sposób zabroniony przez jego uprawnienia dostępu."_s, "error.access_denied"},
        {"Winsock 11001 (pl)", u"Żaden taki host nie jest znany."_s, "error.name_resolution", "name_resolution"},
        {"Winsock 11002 (pl)", u"Jest to zwykle tymczasowy błąd występujący podczas rozpoznawania nazw hostów i oznacza, że serwer lokalny nie otrzymał odpowiedzi od serwera autorytatywnego."_s, "error.name_resolution", "dns_unavailable"},
        {"Winsock 10048 (pl)", u"Tylko jedno użycie każdego adresu gniazda (protokół/adres sieciowy/port) jest normalnie dozwolone."_s, "error.address_in_use"},
        {"Winsock 10049 (pl)", u"Żądany adres jest nieprawidłowy w tym kontekście."_s, "error.address_not_available"},
        {"Winsock 10055 (pl)", u"Nie można wykonać operacji na gnieździe, ponieważ w systemie brakuje miejsca w buforze lub kolejka jest pełna."_s, "error.no_buffers"},
        {"Winsock 10060 wrapped (pl)", u"Próba połączenia nie powiodła się, ponieważ połączona strona nie\r\n odpowiedziała poprawnie po ustalonym okresie czasu lub utworzone połączenie nie powiodło się, ponieważ połączony host nie odpowiedział."_s, "error.timeout", "timeout"},
        {".NET (pl)", u"System.Net.Sockets.SocketException (10061): Nie można nawiązać połączenia, ponieważ komputer docelowy aktywnie go odmawia 192.0.2.10:3389"_s, "error.refused"},
        {"Python (pl)", u"ConnectionResetError: [WinError 10054] Istniejące połączenie zostało gwałtownie zamknięte przez zdalnego hosta"_s, "error.reset"},
        {"PowerShell (pl)", u"Invoke-WebRequest : Żaden taki host nie jest znany.\r\nAt line:1 char:1\r\n+ Invoke-WebRequest http://intranet.example/\r\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\r\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException"_s, "error.name_resolution", "name_resolution"},
        {"Go (pl)", u"listen tcp 203.0.113.5:8080: bind: Tylko jedno użycie każdego adresu gniazda (protokół/adres sieciowy/port) jest normalnie dozwolone."_s, "error.address_in_use"},
        // ---- Windows, Russian ----
        {"Winsock 10061 (ru)", u"Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение."_s, "error.refused"},
        {"Winsock 10060 (ru)", u"Попытка установить соединение была безуспешной, т.к. от другого компьютера за требуемое время не получен нужный отклик, или было разорвано уже установленное соединение из-за неверного отклика уже подключенного компьютера."_s, "error.timeout", "timeout"},
        {"Winsock 10054 (ru)", u"Удаленный хост принудительно разорвал существующее подключение."_s, "error.reset"},
        {"Winsock 10053 (ru)", u"Программа на вашем хост-компьютере разорвала установленное подключение."_s, "error.aborted"},
        {"Winsock 10065 (ru)", u"Сделана попытка выполнить операцию на сокете для недоступного хоста."_s, "error.host_unreachable"},
        {"Winsock 10051 (ru)", u"Сделана попытка выполнить операцию на сокете для недоступной сети."_s, "error.network_unreachable"},
        {"Winsock 10013 (ru)", u"Сделана попытка доступа к сокету методом, запрещенным правами доступа."_s, "error.access_denied"},
        {"Winsock 11001 (ru)", u"Этот хост неизвестен."_s, "error.name_resolution", "name_resolution"},
        {"Winsock 11002 (ru)", u"Обычно это временная ошибка, возникающая во время разрешения имени узла и означающая, что локальный сервер не получил ответа от полномочного сервера."_s, "error.name_resolution", "dns_unavailable"},
        {"Winsock 10048 (ru)", u"Обычно разрешается только одно использование адреса сокета (протокол/сетевой адрес/порт)."_s, "error.address_in_use"},
        {"Winsock 10049 (ru)", u"Требуемый адрес для своего контекста неверен."_s, "error.address_not_available"},
        {"Winsock 10055 (ru)", u"Операция на сокете не может быть выполнена, так как в системе недостаточно места в буфере или переполнена очередь."_s, "error.no_buffers"},
        {"Winsock 10060 wrapped (ru)", u"Попытка установить соединение была безуспешной, т.к. от другого\r\n компьютера за требуемое время не получен нужный отклик, или было разорвано уже установленное соединение из-за неверного отклика уже подключенного компьютера."_s, "error.timeout", "timeout"},
        {".NET (ru)", u"System.Net.Sockets.SocketException (10061): Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение 192.0.2.10:3389"_s, "error.refused"},
        {"Python (ru)", u"ConnectionResetError: [WinError 10054] Удаленный хост принудительно разорвал существующее подключение"_s, "error.reset"},
        {"PowerShell (ru)", u"Invoke-WebRequest : Этот хост неизвестен.\r\nAt line:1 char:1\r\n+ Invoke-WebRequest http://intranet.example/\r\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\r\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException"_s, "error.name_resolution", "name_resolution"},
        {"Go (ru)", u"listen tcp 203.0.113.5:8080: bind: Обычно разрешается только одно использование адреса сокета (протокол/сетевой адрес/порт)."_s, "error.address_in_use"},
        // ---- Windows, Japanese ----
        {"Winsock 10061 (ja)", u"対象のコンピューターによって拒否されたため、接続できませんでした。"_s, "error.refused"},
        {"Winsock 10060 (ja)", u"接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかったため、接続できませんでした。または接続済みのホストが応答しなかったため、確立された接続は失敗しました。"_s, "error.timeout", "timeout"},
        {"Winsock 10054 (ja)", u"既存の接続はリモート ホストに強制的に切断されました。"_s, "error.reset"},
        {"Winsock 10053 (ja)", u"確立された接続がホスト コンピューターのソウトウェアによって中止されました。"_s, "error.aborted"},
        {"Winsock 10065 (ja)", u"到達できないホストに対してソケット操作を実行しようとしました。"_s, "error.host_unreachable"},
        {"Winsock 10051 (ja)", u"到達できないネットワークに対してソケット操作を実行しようとしました。"_s, "error.network_unreachable"},
        {"Winsock 10013 (ja)", u"アクセス許可で禁じられた方法でソケットにアクセスしようとしました。"_s, "error.access_denied"},
        {"Winsock 11001 (ja)", u"そのようなホストは不明です。"_s, "error.name_resolution", "name_resolution"},
        {"Winsock 11002 (ja)", u"これは通常、ホスト名の解決中に起こる一時的なエラーで、ローカル サーバーが権限のあるサーバーから応答を受信しなかったことを意味します。"_s, "error.name_resolution", "dns_unavailable"},
        {"Winsock 10048 (ja)", u"通常、各ソケット アドレスに対してプロトコル、ネットワーク アドレス、またはポートのどれか 1 つのみを使用できます。"_s, "error.address_in_use"},
        {"Winsock 10049 (ja)", u"要求されたアドレスはそのコンテキストでは無効です。"_s, "error.address_not_available"},
        {"Winsock 10055 (ja)", u"システムのバッファー領域が不足しているか、またはキューがいっぱいなため、ソケット上の操作を実行できませんでした。"_s, "error.no_buffers"},
        {"Winsock 10060 wrapped (ja)", u"接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかったため、接続できませんでした。\r\nまたは接続済みのホストが応答しなかったため、確立された接続は失敗しました。"_s, "error.timeout", "timeout"},
        {".NET (ja)", u"System.Net.Sockets.SocketException (10061): 対象のコンピューターによって拒否されたため、接続できませんでした 192.0.2.10:3389"_s, "error.refused"},
        {"Python (ja)", u"ConnectionResetError: [WinError 10054] 既存の接続はリモート ホストに強制的に切断されました"_s, "error.reset"},
        {"PowerShell (ja)", u"Invoke-WebRequest : そのようなホストは不明です。\r\nAt line:1 char:1\r\n+ Invoke-WebRequest http://intranet.example/\r\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\r\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException"_s, "error.name_resolution", "name_resolution"},
        {"Go (ja)", u"listen tcp 203.0.113.5:8080: bind: 通常、各ソケット アドレスに対してプロトコル、ネットワーク アドレス、またはポートのどれか 1 つのみを使用できます。"_s, "error.address_in_use"},
        // ---- Windows, Chinese (Simplified) ----
        {"Winsock 10061 (zh)", u"由于目标计算机积极拒绝，无法连接。"_s, "error.refused"},
        {"Winsock 10060 (zh)", u"由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。"_s, "error.timeout", "timeout"},
        {"Winsock 10054 (zh)", u"远程主机强迫关闭了一个现有的连接。"_s, "error.reset"},
        {"Winsock 10053 (zh)", u"你的主机中的软件中止了一个已建立的连接。"_s, "error.aborted"},
        {"Winsock 10065 (zh)", u"套接字操作尝试一个无法连接的主机。"_s, "error.host_unreachable"},
        {"Winsock 10051 (zh)", u"向一个无法连接的网络尝试了一个套接字操作。"_s, "error.network_unreachable"},
        {"Winsock 10013 (zh)", u"以一种访问权限不允许的方式做了一个访问套接字的尝试。"_s, "error.access_denied"},
        {"Winsock 11001 (zh)", u"不知道这样的主机。"_s, "error.name_resolution", "name_resolution"},
        {"Winsock 11002 (zh)", u"这是在主机名解析时通常出现的暂时错误，它意味着本地服务器没有从权威服务器上收到响应。"_s, "error.name_resolution", "dns_unavailable"},
        {"Winsock 10048 (zh)", u"通常每个套接字地址(协议/网络地址/端口)只允许使用一次。"_s, "error.address_in_use"},
        {"Winsock 10049 (zh)", u"在其上下文中，该请求的地址无效。"_s, "error.address_not_available"},
        {"Winsock 10055 (zh)", u"由于系统缓冲区空间不足或队列已满，不能执行套接字上的操作。"_s, "error.no_buffers"},
        {"Winsock 10060 wrapped (zh)", u"由于连接方在一段时间后\r\n没有正确答复或连接的主机没有反应，连接尝试失败。"_s, "error.timeout", "timeout"},
        {".NET (zh)", u"System.Net.Sockets.SocketException (10061): 由于目标计算机积极拒绝，无法连接 192.0.2.10:3389"_s, "error.refused"},
        {"Python (zh)", u"ConnectionResetError: [WinError 10054] 远程主机强迫关闭了一个现有的连接"_s, "error.reset"},
        {"PowerShell (zh)", u"Invoke-WebRequest : 不知道这样的主机。\r\nAt line:1 char:1\r\n+ Invoke-WebRequest http://intranet.example/\r\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\r\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException"_s, "error.name_resolution", "name_resolution"},
        {"Go (zh)", u"listen tcp 203.0.113.5:8080: bind: 通常每个套接字地址(协议/网络地址/端口)只允许使用一次。"_s, "error.address_in_use"},
        // ---- As people pasted them (issue 22: the localized texts checked against real output) ----
        // Found by exact-text search of public repositories and Microsoft Learn translations; where a thread has
        // an address it is given. These are the wordings the lines above were checked against, and variants.
        // pt-BR 10061 through a cp850 console (UTF-8 read as code page 850): a pytest log in a public repository.
        {"Winsock 10061 (pt-BR, cp850)", u"E   ConnectionRefusedError: [WinError 10061] Nenhuma conex├úo p├┤de ser feita porque a m├íquina de destino as recusou ativamente"_s, "error.refused"},
        {"Winsock 10061 (pt-BR, cp850, no number)", u"Failed to establish a new connection: Nenhuma conex├úo p├┤de ser feita porque a m├íquina de destino as recusou ativamente"_s, "error.refused"},
        // pt-BR 10060 from a Python repr: the message keeps Windows' own line breaks as "\r\n".
        {"Winsock 10060 (pt-BR, repr)", u"URLError(TimeoutError(10060, 'Uma tentativa de conexão falhou porque o componente conectado não respondeu\\r\\ncorretamente após um período de tempo ou a conexão estabelecida falhou\\r\\nporque o host conectado não respondeu', None, 10060, None))"_s, "error.timeout", "timeout"},
        {"Winsock 10054 (pt-BR, Rust)", u"╰─▶ Foi forçado o cancelamento de uma conexão existente pelo host remoto. (os error 10054)"_s, "error.reset"},
        {"Winsock 10053 (pt-BR, Go)", u"read tcp 192.168.10.53:64739->172.217.29.42:443: wsarecv: Uma conexão estabelecida foi anulada pelo software no computador host."_s, "error.aborted"},
        // it: SQL Server's messages on Microsoft Learn (it-it) and pasted Python, Rust and Java output.
        {"SQL Server 10060 (it)", u"(provider: provider TCP, errore: 0 - Impossibile stabilire la connessione. Risposta non corretta della parte connessa dopo l'intervallo di tempo oppure mancata risposta dall'host collegato.) (Microsoft SQL Server, Errore: 10060)"_s, "error.timeout", "timeout"},
        {".NET 10060 (it, Learn)", u"System.Net.Sockets.SocketException: Tentativo di connessione non riuscito. Risposta non corretta della parte connessa dopo un intervallo di tempo oppure mancata risposta dall'host connesso."_s, "error.timeout", "timeout"},
        {"Rust 10054 (it)", u"Error { kind: Io, cause: Some(Os { code: 10054, kind: ConnectionReset, message: \"Connessione in corso interrotta forzatamente dall'host remoto.\" }) }"_s, "error.reset"},
        {"Java 10053 (it)", u"java.net.SocketException: Connessione interrotta dal software del computer\n host"_s, "error.aborted"},
        // nl: 10054 as Microsoft Learn (nl-nl) prints it for Azure SQL, without "geforceerd".
        {"Winsock 10054 (nl, Learn)", u"Een bestaande verbinding is verbroken door de externe host."_s, "error.reset"},
        {"Winsock 10054 (nl, Learn, backup)", u"Back-uponderdelen verbindings fouten met fout 10054 (een bestaande verbinding is geforceerd gesloten door de externe host)."_s, "error.reset"},
        {".NET 10061 (nl)", u"System.Net.Http.HttpRequestException: Kan geen verbinding maken omdat de doelcomputer de\nverbinding actief heeft geweigerd. (localhost:443)"_s, "error.refused", nullptr, "localhost", 443},
        // pl: 10060 as Microsoft Learn (pl-pl) prints it; 10053 and 10054 from pasted Python and ODBC output.
        {"Winsock 10060 (pl, Learn)", u"Próba połączenia nie powiodła się, ponieważ połączona strona nie odpowiedziała prawidłowo po upływie określonego czasu lub ustanowienie połączenia nie powiodło się, ponieważ połączony host nie odpowiedział."_s, "error.timeout", "timeout"},
        {"ODBC 10054 (pl)", u"Query error: [Microsoft][ODBC Driver 11 for SQL Server]TCP Provider: Istniejące połączenie zostało gwałtownie zamknięte przez zdalnego hosta."_s, "error.reset"},
        {"Python 10053 (pl)", u"ConnectionAbortedError: [WinError 10053] Nawiązane połączenie zostało przerwane przez oprogramowanie zainstalowane w komputerze-hoście"_s, "error.aborted"},
        // ru: pasted .NET, Python and Rust output.
        {".NET 10061 (ru)", u"Подключение не установлено, т.к.конечный компьютер отверг запрос на подключение 192.0.2.10:8005"_s, "error.refused"},
        {"Rust 11001 (ru)", u"fetch error: network error: resolve www.localhost:18300: network error: resolve www.localhost:\nЭтот хост неизвестен. (os error 11001)"_s, "error.name_resolution", "name_resolution"},
        {"Java 10053 (ru)", u"javax.net.ssl.SSLException: Программа на вашем хост-компьютере разорвала установленное подключение"_s, "error.aborted"},
        // ja: 10053 as Windows prints it (ソフトウェア), and 10060 as people shorten it.
        {"Winsock 10053 (ja)", u"// 10053 -> 「確立された接続がホスト コンピューターのソフトウェアによって中止されました。」"_s, "error.aborted"},
        {"Winsock 10060 (ja, short)", u"[WinError 10060] 接続済みの呼び出し先が一定時間を過ぎても正しく応答しなかったため..."_s, "error.timeout", "timeout"},
        {".NET 11001 (ja)", u"Grpc.Core.RpcException: Status(StatusCode=\"Unavailable\", Detail=\"Error starting gRPC call. HttpRequestException: そのようなホストは不明です。 (server:80) SocketException: そのようなホストは不明です。\")"_s, "error.name_resolution", "name_resolution", "server", 80},
        // zh: pasted Python and Rust output, with the line break a console put in.
        {"Python 10060 (zh, wrapped)", u"('Connection aborted.', TimeoutError(10060, '由于连接方在一段时间后没有正确答复或连接的主机没有反应，\n连接尝试失败。', None, 10060, None))"_s, "error.timeout", "timeout"},
        {"Rust 11001 (zh)", u"failed to bundle project: io: 不知道这样的主机。 (os error 11001)"_s, "error.name_resolution", "name_resolution"},
        {".NET 10053 (zh)", u"Unable to write data to the transport connection: 你的主机中的软件中止了一个已建立的连接。"_s, "error.aborted"},
    };
    // clang-format on
    return cases;
}

} // namespace tcpd::test
