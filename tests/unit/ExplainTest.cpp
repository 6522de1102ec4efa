// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The explainer against the table of real-world messages (ExplainMessages*.cpp): every message gets
// its code, its texts and, where the table says so, the host and port it names. No network.

#include "ExplainMessages.h"
#include "explain/Catalog.h"
#include "explain/Explainer.h"

#include <QJsonArray>
#include <QSet>

#include <gtest/gtest.h>

#include <cctype>

using namespace Qt::StringLiterals;
using tcpd::core::explainError;
using tcpd::core::Explanation;
using tcpd::test::ExplainCase;

// Readable failure messages.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace tcpd::test {
inline void PrintTo(const ExplainCase& c, std::ostream* os)
{
    *os << c.source << ": " << c.message.left(120).toStdString();
}
} // namespace tcpd::test

namespace {

QString simplified(const QString& s)
{
    QString out = s.simplified();
    out.replace(u'’', u'\'').replace(u'“', u'"').replace(u'”', u'"');
    return out;
}

class ExplainTable : public ::testing::TestWithParam<ExplainCase>
{
};

std::string caseName(const ::testing::TestParamInfo<ExplainCase>& info)
{
    std::string name = std::to_string(info.index) + "_";
    for (const char* c = info.param.source; *c != '\0'; ++c) {
        name += std::isalnum(static_cast<unsigned char>(*c)) != 0 ? *c : '_';
    }
    return name;
}

} // namespace

TEST_P(ExplainTable, GetsItsCode)
{
    const ExplainCase& c = GetParam();
    const Explanation e = explainError(c.message);
    const std::string context = std::string(c.source) + ": " + c.message.toStdString();
    EXPECT_EQ(e.code.toStdString(), c.code) << context << "\n  matched: " << e.matched.toStdString();
    if (c.kind != nullptr) {
        EXPECT_EQ(e.kind.toStdString(), c.kind) << context;
    }
    if (c.host != nullptr) {
        EXPECT_EQ(e.host.toStdString(), c.host) << context;
    }
    if (c.port >= 0) {
        EXPECT_EQ(e.port, c.port) << context;
    }
    EXPECT_FALSE(e.title.isEmpty());
    EXPECT_FALSE(e.explanation.isEmpty());
    if (e.kind == u"unknown") {
        EXPECT_TRUE(e.matched.isEmpty()) << context;
        EXPECT_TRUE(e.phase.isEmpty()) << context;
        EXPECT_TRUE(e.suggestedSteps.isEmpty());
    } else {
        // `matched` is a quote of what decided, taken from the message itself.
        EXPECT_FALSE(e.matched.isEmpty()) << context;
        EXPECT_TRUE(simplified(c.message).contains(e.matched, Qt::CaseSensitive))
            << context << "\n  matched: " << e.matched.toStdString();
        EXPECT_TRUE(QStringList({u"dns"_s, u"handshake"_s, u"established"_s, u"local"_s}).contains(e.phase));
    }
    if (e.recognised()) {
        EXPECT_FALSE(e.causes.isEmpty()) << context;
        // A port taken on this computer is looked at by the server view, not by a checklist step.
        EXPECT_EQ(e.suggestedSteps.isEmpty(), e.code == u"error.address_in_use") << context;
    }
}

INSTANTIATE_TEST_SUITE_P(RealWorldMessages, ExplainTable, ::testing::ValuesIn(tcpd::test::allExplainCases()), caseName);

TEST(ExplainTableSize, HasAtLeast150MessagesCoveringEveryCode)
{
    const std::vector<ExplainCase> all = tcpd::test::allExplainCases();
    EXPECT_GE(all.size(), 150u);
    QSet<QString> codes;
    int multiLine = 0;
    for (const ExplainCase& c : all) {
        codes.insert(QString::fromLatin1(c.code));
        multiLine += c.message.contains(u'\n') ? 1 : 0;
    }
    for (const QString& code : tcpd::core::explainerCodes()) {
        EXPECT_TRUE(codes.contains(code)) << "no message in the table for " << code.toStdString();
    }
    EXPECT_GE(multiLine, 30) << "the table needs messages with noise around them";
}

TEST(Explain, PhasesFollowTheHandshake)
{
    EXPECT_EQ(explainError(u"Connection refused"_s).phase, u"handshake");
    EXPECT_EQ(explainError(u"Connection reset by peer"_s).phase, u"established");
    EXPECT_EQ(explainError(u"getaddrinfo ENOTFOUND x.example"_s).phase, u"dns");
    EXPECT_EQ(explainError(u"[WinError 10013] An attempt was made to access a socket in a way forbidden by its access "
                           "permissions"_s)
                  .phase,
              u"local");
    EXPECT_EQ(explainError(u"Read timed out"_s).phase, u"established");
}

TEST(Explain, TheMostSpecificMatchWins)
{
    // A driver's "selection timed out" wrapper around the socket's own words: the socket decides.
    const Explanation e = explainError(
        u"pymongo.errors.ServerSelectionTimeoutError: db:27017: [Errno 111] Connection refused, Timeout: 30s"_s);
    EXPECT_EQ(e.code, u"error.refused");
    EXPECT_EQ(e.matched, u"Connection refused");
    // Alone, the wrapper only says that it failed.
    EXPECT_EQ(explainError(u"ServerSelectionTimeoutError: No servers found yet"_s).code, u"error.connect_failed");
    // "Permission denied" is a refusal of this computer, unless ssh means the key.
    EXPECT_EQ(explainError(u"connect: Permission denied"_s).code, u"error.access_denied");
    EXPECT_EQ(explainError(u"git@github.com: Permission denied (publickey)."_s).code, u"error.unknown");
}

TEST(Explain, OnATieTheFirstMatchInTheMessageWins)
{
    EXPECT_EQ(explainError(u"first: Connection refused; then: Connection reset by peer"_s).code, u"error.refused");
    EXPECT_EQ(explainError(u"first: Connection reset by peer; then: Connection refused"_s).code, u"error.reset");
}

TEST(Explain, ThePingLineOfTestNetConnectionNeverDecides)
{
    const Explanation e = explainError(u"WARNING: Ping to 192.0.2.10 failed with status: TimedOut"_s);
    EXPECT_EQ(e.code, u"error.unknown");
    EXPECT_EQ(
        explainError(u"WARNING: Ping to 192.0.2.10 failed with status: TimedOut\nTCP connect to (192.0.2.10 : 22) "
                     "timed out"_s)
            .code,
        u"error.timeout");
}

TEST(Explain, AccentsQuotesAndLineBreaksDoNotMatter)
{
    EXPECT_EQ(explainError(u"l’ordinateur cible l’a expressément refusée"_s).code, u"error.refused");
    EXPECT_EQ(explainError(u"l'ordinateur cible l'a expressement refusee"_s).code, u"error.refused");
    EXPECT_EQ(explainError(u"L’ORDINATEUR CIBLE L’A EXPRESSÉMENT REFUSÉE"_s).code, u"error.refused");
    // An accent typed as its own combining character (NFD), and the text broken over lines.
    EXPECT_EQ(explainError(u"el equipo de destino denego\u0301 expresamente\r\n   dicha conexio\u0301n"_s).code,
              u"error.refused");
    const Explanation e = explainError(u"Connection\n\t  refused"_s);
    EXPECT_EQ(e.code, u"error.refused");
    EXPECT_EQ(e.matched, u"Connection refused");
}

TEST(Explain, MatchedQuotesTheOriginalWords)
{
    const Explanation e = explainError(u"[WinError 10061] Es konnte keine Verbindung hergestellt werden, da der "
                                       "Zielcomputer die Verbindung verweigerte"_s);
    EXPECT_EQ(e.code, u"error.refused");
    EXPECT_EQ(e.matched, u"Zielcomputer die Verbindung verweigerte");
    const Explanation fr = explainError(u"car l’ordinateur cible l’a expressément refusée."_s);
    EXPECT_EQ(fr.matched, u"ordinateur cible l'a expressément refusée") << fr.matched.toStdString();
}

TEST(Explain, EmptyAndHugeInput)
{
    EXPECT_EQ(explainError(QString()).code, u"error.unknown");
    EXPECT_EQ(explainError(u"   \n\t "_s).code, u"error.unknown");
    // A whole log piped in: its start and its end are read, the middle is left out without harm.
    const QString lines = u"INFO all good\n"_s.repeated(20000);
    ASSERT_GT(lines.size(), tcpd::core::kMaxExplainInput);
    EXPECT_EQ(explainError(lines + u"Connection refused"_s).code, u"error.refused") << "the end of a log";
    EXPECT_EQ(explainError(u"Connection timed out\n"_s + lines).code, u"error.timeout") << "its start";
    EXPECT_EQ(explainError(lines + u"Connection refused\n"_s + lines).code, u"error.unknown") << "not its middle";
    // The cut never joins the two halves into words that were not there.
    const qsizetype half = tcpd::core::kMaxExplainInput / 2;
    const QString joined = lines.left(half - 10) + u"Connection"_s + lines + u"refused"_s + lines.left(half - 7);
    EXPECT_EQ(explainError(joined).code, u"error.unknown");
}

TEST(Explain, JsonIsTheContractDocument)
{
    const QJsonObject o = tcpd::core::explanationToJson(explainError(u"Error: connect ECONNREFUSED 127.0.0.1:3000"_s));
    EXPECT_EQ(o.value(u"schema"_s).toString(), u"tcpdoctor-explain/1");
    EXPECT_EQ(o.value(u"code"_s).toString(), u"error.refused");
    EXPECT_EQ(o.value(u"phase"_s).toString(), u"handshake");
    EXPECT_EQ(o.value(u"host"_s).toString(), u"127.0.0.1");
    EXPECT_EQ(o.value(u"port"_s).toInt(), 3000);
    EXPECT_EQ(o.value(u"matched"_s).toString(), u"ECONNREFUSED");
    EXPECT_FALSE(o.value(u"title"_s).toString().isEmpty());
    EXPECT_FALSE(o.value(u"explanation"_s).toString().isEmpty());
    EXPECT_TRUE(o.value(u"suggested_steps"_s).toArray().contains(u"port"_s));
    EXPECT_FALSE(o.value(u"causes"_s).toArray().isEmpty());
    const QStringList keys = {u"schema"_s, u"code"_s, u"title"_s,           u"explanation"_s, u"phase"_s,
                              u"host"_s,   u"port"_s, u"suggested_steps"_s, u"matched"_s,     u"causes"_s};
    const QStringList actual = o.keys();
    EXPECT_EQ(QSet<QString>(actual.begin(), actual.end()), QSet<QString>(keys.begin(), keys.end()));

    const QJsonObject none = tcpd::core::explanationToJson(explainError(u"all good"_s));
    EXPECT_EQ(none.value(u"code"_s).toString(), u"error.unknown");
    EXPECT_TRUE(none.value(u"phase"_s).isNull());
    EXPECT_TRUE(none.value(u"host"_s).isNull());
    EXPECT_TRUE(none.value(u"port"_s).isNull());
    EXPECT_EQ(none.value(u"matched"_s).toString(), QString());
    EXPECT_TRUE(none.value(u"suggested_steps"_s).toArray().isEmpty());
}

TEST(Explain, SuggestedStepsAreChecklistIds)
{
    const QStringList ids = {u"link"_s, u"ip"_s, u"dns"_s, u"proxy"_s, u"firewall"_s, u"port"_s, u"service"_s};
    for (const ExplainCase& c : tcpd::test::allExplainCases()) {
        for (const QString& s : explainError(c.message).suggestedSteps) {
            EXPECT_TRUE(ids.contains(s)) << s.toStdString();
        }
    }
    EXPECT_EQ(explainError(u"Connection failed"_s).suggestedSteps.last(), u"port")
        << "connect_failed leads to the port test";
    EXPECT_EQ(explainError(u"curl: (56) Received HTTP code 407 from proxy after CONNECT"_s).suggestedSteps.value(0), u"proxy")
        << "a proxy that wants a sign-in leads to the proxy step";
    EXPECT_EQ(explainError(u"ERR_PROXY_CONNECTION_FAILED"_s).suggestedSteps.value(0), u"proxy")
        << "a proxy that cannot be reached leads to the proxy step";
}

// The catalogue decides by priority, then by position. Two entries of one priority with different codes
// that both match a message make the answer hang on word order: the table must never contain such a case.
TEST(ExplainTableSize, NoTwoEntriesOfOneRankDisagreeOnAMessage)
{
    const auto& entries = tcpd::core::Catalog::builtIn().entries(); // highest priority first
    for (const ExplainCase& c : tcpd::test::allExplainCases()) {
        const tcpd::core::PreparedMessage m = tcpd::core::prepareMessage(c.message, tcpd::core::kMaxExplainInput);
        int top = -1;
        QSet<QString> codes;
        QStringList ids;
        for (const tcpd::core::CatalogEntry& e : entries) {
            if (top >= 0 && e.priority < top) {
                break;
            }
            if (e.regex.match(m.folded).hasMatch()) {
                top = e.priority;
                codes.insert(e.code);
                ids << e.id;
            }
        }
        EXPECT_LE(codes.size(), 1) << c.source << ": entries " << ids.join(u", "_s).toStdString()
                                   << " (priority " << top << ") give different codes for\n  "
                                   << c.message.left(200).toStdString();
    }
}

TEST(Explain, TheCertificateIsCheckedWithTlsOnlyWhereThePortSpeaksItAtOnce)
{
    using tcpd::core::FittingCheck;
    using tcpd::core::fittingCheck;
    EXPECT_EQ(fittingCheck(explainError(u"Get \"https://app.example:8443/\": x509: certificate signed by unknown authority"_s)),
              FittingCheck::ChecklistWithTls);
    // PostgreSQL switches to TLS inside its own protocol: a TLS hello at once would fail for the wrong reason.
    EXPECT_EQ(fittingCheck(explainError(
                  u"psql: error: connection to server at \"db.example\" (192.0.2.44), port 5432 failed: SSL error: certificate verify failed"_s)),
              FittingCheck::Checklist);
    EXPECT_EQ(fittingCheck(explainError(u"x509: certificate signed by unknown authority"_s)), FittingCheck::Checklist)
        << "no computer named";
    EXPECT_EQ(fittingCheck(explainError(u"connect ECONNREFUSED 192.0.2.1:443"_s)), FittingCheck::Checklist)
        << "not a certificate code";
}

TEST(Explain, ARevokedCertificateIsToldApartFromOneThatCouldNotBeChecked)
{
    using tcpd::core::FittingCheck;
    using tcpd::core::fittingCheck;
    const Explanation revoked = explainError(u"curl: (60) SSL certificate problem: certificate revoked https://shop.example/"_s);
    EXPECT_EQ(revoked.code, u"error.tls_revoked");
    EXPECT_EQ(revoked.suggestedSteps, QStringList{u"service"_s});
    // Like the other certificate codes, the check that fits looks at the certificate at once.
    EXPECT_EQ(fittingCheck(revoked), FittingCheck::ChecklistWithTls);
    EXPECT_EQ(revoked.target(), u"shop.example:443");
    // "Unable to check revocation" is not "revoked": the program could not ask, so it did not trust.
    const Explanation unchecked = explainError(
        u"schannel: next InitializeSecurityContext failed: CRYPT_E_REVOCATION_OFFLINE (0x80092013) - The revocation "
        "function was unable to check revocation because the revocation server was offline. https://git.example/"_s);
    EXPECT_EQ(unchecked.code, u"error.tls_untrusted");
    EXPECT_EQ(unchecked.kind, u"tls_revocation_unchecked");
    EXPECT_NE(unchecked.title, revoked.title);
    EXPECT_EQ(unchecked.suggestedSteps.value(0), u"proxy") << "the usual cause: the way to the authority is blocked";
    EXPECT_EQ(fittingCheck(unchecked), FittingCheck::ChecklistWithTls);
    // A revoked certificate on a port that switches to TLS later keeps the plain checklist.
    EXPECT_EQ(fittingCheck(explainError(u"connection to server at \"db.example\" (192.0.2.44), port 5432 failed: SSL error: "
                                        "certificate revoked"_s)),
              FittingCheck::Checklist);
}

TEST(Explain, APortInUseFitsTheServerViewUnlessAComputerIsNamed)
{
    using tcpd::core::FittingCheck;
    using tcpd::core::fittingCheck;
    EXPECT_EQ(fittingCheck(explainError(u"Error: listen EADDRINUSE: address already in use :::3000"_s)), FittingCheck::ServerView);
    // Windows says 10048 at connect when no local port is left: no check looks at that.
    EXPECT_EQ(fittingCheck(explainError(u"Only one usage of each socket address (protocol/network address/port) is normally "
                                        "permitted 203.0.113.5:443"_s)),
              FittingCheck::None);
}
