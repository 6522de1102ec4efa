// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// --lang and the system language through the real binary: every command takes --lang,
// an unknown code is one line that lists the languages, texts change and JSON codes do not.
// Loopback only: a closed port on 127.0.0.1.

#include "LoopbackServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun tcpdoctor(const QStringList& args, const QString& lang = u"en_US.UTF-8"_s)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LANG"_s, lang);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s); // "tcpdoctor --lang xx" starts as the wizard would
    static const QTemporaryDir runtime; // Qt wants one for a GUI (0700), and says so on stderr otherwise
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TCPDOCTOR_BINARY), args);
    EXPECT_TRUE(p.waitForStarted(10000));
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(60000)) << "tcpdoctor did not finish: " << args.join(u' ').toStdString();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList diagnoseClosed()
{
    return {u"diagnose"_s, u"127.0.0.1:%1"_s.arg(tcpd::test::LoopbackServer::closedPort()), u"--steps"_s, u"port"_s};
}

TEST(LanguageCli, AnUnknownCodeIsOneLineListingTheLanguages)
{
    for (const QStringList& args : {diagnoseClosed() << u"--lang"_s << u"xx"_s,
                                    QStringList{u"explain"_s, u"Connection refused"_s, u"--lang=xx"_s},
                                    QStringList{u"listen"_s, u"5432"_s, u"--lang"_s, u"klingon"_s}}) {
        const CliRun r = tcpdoctor(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
        const QString err = r.err.trimmed();
        EXPECT_FALSE(err.contains(u'\n')) << "one line: " << err.toStdString();
        EXPECT_TRUE(err.contains(u"de, en, es, fr"_s)) << err.toStdString();
    }
}

// The wizard with an unknown --lang (a desktop shortcut someone edited) says so on stderr and still opens,
// in the system's language: refusing to start would leave a home user with nothing on the screen.
TEST(LanguageCli, TheWizardWithAnUnknownCodeStillOpens)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    static const QTemporaryDir runtime;
    static const QTemporaryDir config; // never the user's settings
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TCPDOCTOR_BINARY), {u"--lang"_s, u"xx"_s});
    ASSERT_TRUE(p.waitForStarted(10000));
    EXPECT_FALSE(p.waitForFinished(3000)) << "the wizard quit instead of opening; exit code " << p.exitCode();
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_TRUE(err.contains(u"no translation for \"xx\""_s)) << err.toStdString();
    p.kill();
    p.waitForFinished(10000);
}

TEST(LanguageCli, EveryCommandSpeaksTheLanguageAsked)
{
    const QList<QStringList> commands
        = {diagnoseClosed(), {u"explain"_s, u"Connection refused"_s}, {u"listen"_s, u"1"_s}, {u"--help"_s},
           {u"idle"_s, u"127.0.0.1:%1"_s.arg(tcpd::test::LoopbackServer::closedPort()), u"--periods"_s, u"5"_s}};
    for (const QStringList& args : commands) {
        const CliRun english = tcpdoctor(QStringList(args) << u"--lang"_s << u"en"_s);
        ASSERT_FALSE(english.out.isEmpty()) << args.join(u' ').toStdString() << ": " << english.err.toStdString();
        for (const QString& code : {u"de"_s, u"fr"_s, u"es"_s}) {
            const CliRun other = tcpdoctor(QStringList(args) << u"--lang"_s << code);
            EXPECT_EQ(other.exitCode, english.exitCode)
                << args.join(u' ').toStdString() << " --lang " << code.toStdString();
            EXPECT_NE(other.out, english.out)
                << args.join(u' ').toStdString() << " --lang " << code.toStdString() << " printed the English text";
        }
    }
}

TEST(LanguageCli, TheSystemLanguageIsTheDefaultAndLangBeatsIt)
{
    const CliRun english = tcpdoctor({u"explain"_s, u"Connection refused"_s}, u"en_US.UTF-8"_s);
    const CliRun german = tcpdoctor({u"explain"_s, u"Connection refused"_s}, u"de_DE.UTF-8"_s);
    const CliRun germanSystemLangEn
        = tcpdoctor({u"explain"_s, u"Connection refused"_s, u"--lang"_s, u"en"_s}, u"de_DE.UTF-8"_s);
    const CliRun explicitGerman = tcpdoctor({u"explain"_s, u"Connection refused"_s, u"--lang"_s, u"de"_s});
    EXPECT_NE(german.out, english.out) << "LANG=de_DE printed English";
    EXPECT_EQ(german.out, explicitGerman.out);
    EXPECT_EQ(germanSystemLangEn.out, english.out) << "--lang en must beat LANG=de_DE";
    const CliRun japanese = tcpdoctor({u"explain"_s, u"Connection refused"_s}, u"ja_JP.UTF-8"_s);
    EXPECT_EQ(japanese.exitCode, english.exitCode);
    EXPECT_EQ(japanese.out, english.out) << "a language without texts falls back to English";
}

TEST(LanguageCli, JsonCodesNeverChangeWithTheLanguage)
{
    QStringList args = diagnoseClosed() << u"--json"_s;
    const CliRun english = tcpdoctor(QStringList(args) << u"--lang"_s << u"en"_s);
    const QJsonObject en = QJsonDocument::fromJson(english.out.toUtf8()).object();
    ASSERT_FALSE(en.isEmpty()) << english.out.toStdString() << english.err.toStdString();
    const QString code = en.value(u"verdict"_s).toObject().value(u"code"_s).toString();
    EXPECT_FALSE(code.isEmpty());
    for (const QString& lang : {u"de"_s, u"fr"_s, u"es"_s}) {
        const CliRun other = tcpdoctor(QStringList(args) << u"--lang"_s << lang);
        const QJsonObject o = QJsonDocument::fromJson(other.out.toUtf8()).object();
        const QJsonObject verdict = o.value(u"verdict"_s).toObject();
        EXPECT_EQ(verdict.value(u"code"_s).toString(), code) << lang.toStdString();
        EXPECT_EQ(verdict.value(u"layer"_s), en.value(u"verdict"_s).toObject().value(u"layer"_s)) << lang.toStdString();
        EXPECT_NE(verdict.value(u"title"_s).toString(), en.value(u"verdict"_s).toObject().value(u"title"_s).toString())
            << lang.toStdString() << ": the verdict's title should be translated";
    }
}

} // namespace
