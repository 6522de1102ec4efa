// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The host and port in an error message: found where the message names them, never invented.

#include "explain/Catalog.h"
#include "explain/Explainer.h"
#include "explain/Extract.h"
#include "target/Target.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;

inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {
ExtractedTarget extract(const QString& message)
{
    return extractTarget(prepareMessage(message, kMaxExplainInput).text);
}

struct Expect {
    QString message;
    QString host;
    int port;
};
} // namespace

TEST(ExplainExtract, FindsTheTargetInEveryShape)
{
    const Expect cases[] = {
        {u"connect ECONNREFUSED 127.0.0.1:3000"_s, u"127.0.0.1"_s, 3000},
        {u"ssh: connect to host example.org port 22: Connection refused"_s, u"example.org"_s, 22},
        {u"ERROR 2005 (HY000): Unknown MySQL server host 'db.example.com' (-2)"_s, u"db.example.com"_s, 0},
        {u"dial tcp [::1]:5000: connect: connection refused"_s, u"::1"_s, 5000},
        {u"request to https://example.com/login failed"_s, u"example.com"_s, 443},
        {u"Get \"http://example.com:8080/x\": EOF"_s, u"example.com"_s, 8080},
        {u"dial tcp 192.0.2.1:443: i/o timeout"_s, u"192.0.2.1"_s, 443},
        {u"java.net.ConnectException: Connection refused: localhost/127.0.0.1:8080"_s, u"localhost"_s, 8080},
        {u"dial tcp: lookup db.example.com on 127.0.0.53:53: no such host"_s, u"db.example.com"_s, 0},
        {u"read tcp 10.0.0.2:51234->192.0.2.1:443: read: connection reset by peer"_s, u"192.0.2.1"_s, 443},
        {u"Could not connect to Redis at 127.0.0.1:6379: Connection refused"_s, u"127.0.0.1"_s, 6379},
        {u"connection to server at \"db.example.com\" (192.0.2.5), port 5432 failed"_s, u"db.example.com"_s, 5432},
        {u"WARNING: TCP connect to (192.0.2.10 : 3389) failed"_s, u"192.0.2.10"_s, 3389},
        {u"HTTPConnectionPool(host='localhost', port=8000): Max retries exceeded"_s, u"localhost"_s, 8000},
        {u"bash: /dev/tcp/192.0.2.10/8080: Connection refused"_s, u"192.0.2.10"_s, 8080},
        {u"Server=tcp:sql.example.com,1433;Database=app"_s, u"sql.example.com"_s, 1433},
        {u"Firefox can’t establish a connection to the server at bücher.example."_s, u"bücher.example"_s, 0},
        {u"connect ECONNREFUSED ::1:5432"_s, u"::1"_s, 5432},
        {u"No such host is known. (api.example.com:443)"_s, u"api.example.com"_s, 443},
        {u"mongodb://app:secret@mongo.example:27017/db?authSource=admin"_s, u"mongo.example"_s, 27017},
        {u"jdbc:postgresql://pg.example:5433/app"_s, u"pg.example"_s, 5433},
        {u"Failed to connect to 2001:db8::7 port 443: Connection refused"_s, u"2001:db8::7"_s, 443},
        {u"lookup api.example on [fd00::53]:53: server misbehaving; retry https://api.example:8443/"_s,
         u"api.example"_s, 8443},
        // JDBC drivers
        {u"Could not connect to address=(host=maria.example)(port=3306)(type=master) : Connection refused"_s,
         u"maria.example"_s, 3306},
        {u"(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora.example)(PORT=1521))(CONNECT_DATA=(SID=ORCL)))"_s,
         u"ora.example"_s, 1521},
        {u"IO Error: The Network Adapter could not establish the connection, url jdbc:oracle:thin:@//ora.example:1522/PDB"_s,
         u"ora.example"_s, 1522},
        {u"ORA-12541: Cannot connect. No listener at host 192.0.2.51 port 1521."_s, u"192.0.2.51"_s, 1521},
        {u"The TCP/IP connection to the host db, port 1433 has failed. Error: \"Connection refused.\""_s, u"db"_s, 1433},
        {u"Error opening socket to server db2.example/192.0.2.7 on port 50,000 with message: Connection refused."_s,
         u"db2.example"_s, 50000},
        {u"Connection to pg.example:5432 refused. Check that the hostname and port are correct"_s, u"pg.example"_s, 5432},
    };
    for (const Expect& c : cases) {
        const ExtractedTarget t = extract(c.message);
        EXPECT_EQ(t.host, c.host) << c.message.toStdString();
        EXPECT_EQ(t.port, c.port) << c.message.toStdString();
    }
}

TEST(ExplainExtract, NeverInventsAHost)
{
    const QString noHost[] = {
        u"Connection refused"_s,
        u"    at Socket.connect (net.js:1141:16)"_s,
        u"  File \"/app/main.py\", line 10, in <module>"_s,
        u"    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1494:16)"_s,
        u"at java.net.Socket.connect(Socket.java:591)"_s,
        u"2024-05-04 10:22:13 ERROR connection refused"_s,
        u"[10:22] connection refused"_s,
        u"Error: listen EADDRINUSE: address already in use 0.0.0.0:8080"_s,
        u"listen tcp [::]:80: bind: permission denied"_s,
        u"thread 'main' panicked at src/main.rs:12:47"_s,
        u"error: 999.1.2.3:80 refused"_s,
    };
    for (const QString& m : noHost) {
        EXPECT_EQ(extract(m).host, QString()) << m.toStdString();
    }
}

TEST(ExplainExtract, APortAloneOrAnImpossiblePort)
{
    EXPECT_EQ(extract(u"nothing listens on port 22"_s).host, QString());
    EXPECT_EQ(extract(u"nothing listens on port 22"_s).port, 22);
    EXPECT_EQ(extract(u"connect ECONNREFUSED 127.0.0.1:99999"_s).port, 0);
    EXPECT_EQ(extract(u"connect ECONNREFUSED 127.0.0.1:99999"_s).host, u"127.0.0.1");
    EXPECT_EQ(extract(u"port 0"_s).port, 0);
}

TEST(ExplainExtract, TheTargetForTheChecklist)
{
    Explanation e;
    EXPECT_EQ(e.target(), QString());
    e.host = u"db.example"_s;
    EXPECT_EQ(e.target(), u"db.example");
    e.port = 5432;
    EXPECT_EQ(e.target(), u"db.example:5432");
    e.host = u"2001:db8::1"_s;
    EXPECT_EQ(e.target(), u"[2001:db8::1]:5432");
    // What the explainer extracts is a target the checklist accepts as it is.
    const Explanation fromMessage = explainError(u"dial tcp [2001:db8::5]:443: connect: connection refused"_s);
    EXPECT_EQ(fromMessage.target(), u"[2001:db8::5]:443");
    EXPECT_TRUE(parseTarget(fromMessage.target()).ok());
}
