// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The translation files are complete, consistent with their sources and current.
// Each failure names the file, the line, the context and the source text, and says what is wrong.

#include "TsFile.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::StringLiterals;
using tcpd::test::TsFile;
using tcpd::test::TsMessage;

namespace {

const QString kTranslations = QStringLiteral(TCPDOCTOR_SOURCE_DIR "/translations");

QString tsPath(const std::string& language)
{
    return kTranslations + u"/tcpdoctor_"_s + QString::fromStdString(language) + u".ts"_s;
}

// Plural forms per language (Qt's rules): English, German, French and Spanish have two.
int expectedNumerusForms(const QString& language)
{
    static const QHash<QString, int> forms = {{u"en"_s, 2}, {u"de"_s, 2}, {u"fr"_s, 2}, {u"es"_s, 2}};
    return forms.value(language.left(2), -1);
}

// Lists at most 60 problems, then how many there are in all: precise, and still readable.
std::string report(const QStringList& problems)
{
    QStringList shown = problems.mid(0, 60);
    if (problems.size() > shown.size()) {
        shown << u"... and %1 more"_s.arg(problems.size() - shown.size());
    }
    return u"%1 problem(s):\n  "_s.arg(problems.size()).append(shown.join(u"\n  "_s)).toStdString();
}

class TsFileCheck : public ::testing::TestWithParam<std::string>
{
protected:
    void SetUp() override
    {
        ts = tcpd::test::readTsFile(tsPath(GetParam()));
        ASSERT_TRUE(ts.error.isEmpty()) << ts.path.toStdString() << ": " << ts.error.toStdString();
        ASSERT_FALSE(ts.messages.isEmpty()) << ts.path.toStdString() << ": no messages";
    }
    bool isEnglish() const { return ts.language.startsWith(u"en"); }
    // The texts a translation gives for a message (one, or one per plural form), empty when none.
    static QStringList texts(const TsMessage& m) { return m.numerus ? m.numerusForms : QStringList{m.translation}; }

    TsFile ts;
};

TEST_P(TsFileCheck, LanguageMatchesTheFileName)
{
    EXPECT_EQ(ts.language.left(2).toStdString(), GetParam()) << ts.path.toStdString();
}

TEST_P(TsFileCheck, NoUnfinishedEntries)
{
    QStringList problems;
    for (const TsMessage& m : ts.messages) {
        // English texts are their own translation: only the plural forms need writing out.
        const bool allowed = isEnglish() && !m.numerus && m.translation.isEmpty();
        if (m.type == u"unfinished" && !allowed) {
            problems << tcpd::test::describe(ts, m) + u": unfinished"_s;
        } else if (m.type.isEmpty() && !m.numerus && m.translation.isEmpty()) {
            problems << tcpd::test::describe(ts, m) + u": marked finished but the translation is empty"_s;
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << ts.path.toStdString() << ": " << report(problems);
}

TEST_P(TsFileCheck, NoVanishedOrObsoleteEntries)
{
    QStringList problems;
    for (const TsMessage& m : ts.messages) {
        if (m.type == u"vanished" || m.type == u"obsolete") {
            problems << tcpd::test::describe(ts, m) + u": "_s + m.type
                    + u" (the source no longer has it: run cmake --build build --target update_translations)"_s;
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << ts.path.toStdString() << ": " << report(problems);
}

TEST_P(TsFileCheck, PlaceholdersMatchTheSource)
{
    QStringList problems;
    for (const TsMessage& m : ts.messages) {
        QStringList wanted = tcpd::test::placeholders(m.source);
        const QStringList forms = texts(m);
        for (qsizetype i = 0; i < forms.size(); ++i) {
            if (forms[i].isEmpty()) {
                continue; // unfinished: reported by NoUnfinishedEntries
            }
            QStringList found = tcpd::test::placeholders(forms[i]);
            QStringList want = wanted;
            // %n and %Ln are the same number; a plural form may drop it ("one second" for "%n second(s)").
            if (m.numerus && !found.contains(u"%n"_s) && !found.contains(u"%Ln"_s)) {
                want.removeAll(u"%n"_s);
                want.removeAll(u"%Ln"_s);
            }
            if (found != want) {
                problems << tcpd::test::describe(ts, m)
                        + u": placeholders differ%1: source has [%2], translation has [%3]"_s.arg(
                            m.numerus ? u" in plural form %1"_s.arg(i + 1) : QString(), wanted.join(u' '),
                            found.join(u' '));
            }
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << ts.path.toStdString() << ": " << report(problems);
}

TEST_P(TsFileCheck, HtmlTagsMatchTheSource)
{
    QStringList problems;
    for (const TsMessage& m : ts.messages) {
        const QStringList wanted = tcpd::test::htmlTags(m.source);
        const QStringList forms = texts(m);
        for (qsizetype i = 0; i < forms.size(); ++i) {
            if (forms[i].isEmpty()) {
                continue;
            }
            const QStringList found = tcpd::test::htmlTags(forms[i]);
            if (found != wanted) {
                problems << tcpd::test::describe(ts, m)
                        + u": HTML tags differ: source has [%1], translation has [%2]"_s.arg(wanted.join(u' '),
                                                                                             found.join(u' '));
            }
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << ts.path.toStdString() << ": " << report(problems);
}

TEST_P(TsFileCheck, PluralFormCountFitsTheLanguage)
{
    const int expected = expectedNumerusForms(ts.language);
    ASSERT_GT(expected, 0) << ts.path.toStdString() << ": no plural rule known for language \""
                           << ts.language.toStdString() << "\"; add it to expectedNumerusForms";
    QStringList problems;
    int numerus = 0;
    for (const TsMessage& m : ts.messages) {
        if (!m.numerus) {
            continue;
        }
        ++numerus;
        if (m.numerusForms.size() != expected) {
            problems << tcpd::test::describe(ts, m)
                    + u": %1 plural forms, %2 needs %3"_s.arg(m.numerusForms.size()).arg(ts.language).arg(expected);
        }
    }
    EXPECT_GT(numerus, 0) << "no %n message at all: did the .ts lose its plurals?";
    EXPECT_TRUE(problems.isEmpty()) << ts.path.toStdString() << ": " << report(problems);
}

// ---- The .ts files hold exactly the strings the sources have today ----------------------------

QString key(const TsMessage& m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

// Runs lupdate, as the update_translations target does (same project, same options), into a
// fresh .ts in a temporary folder; returns its messages, or a reason it could not.
struct Fresh {
    QList<TsMessage> messages;
    QString error;
};

const Fresh& freshMessages()
{
    static const Fresh fresh = [] {
        Fresh f;
        QTemporaryDir dir;
        if (!dir.isValid()) {
            f.error = u"no temporary folder"_s;
            return f;
        }
        const QString json = dir.filePath(u"project.json"_s);
        QProcess cmake;
        cmake.start(QStringLiteral(TCPDOCTOR_CMAKE),
                    {u"-DIN_FILE="_s + QStringLiteral(TCPDOCTOR_LUPDATE_PROJECT), u"-DOUT_FILE="_s + json, u"-P"_s,
                     QStringLiteral(TCPDOCTOR_LUPDATE_GENERATOR)});
        if (!cmake.waitForFinished(120000) || cmake.exitCode() != 0) {
            f.error = u"cmake could not write the lupdate project: "_s
                + QString::fromLocal8Bit(cmake.readAllStandardError());
            return f;
        }
        const QString out = dir.filePath(u"tcpdoctor_en.ts"_s);
        QProcess lupdate;
        lupdate.start(
            QStringLiteral(TCPDOCTOR_LUPDATE),
            {u"-project"_s, json, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s, u"-ts"_s, out});
        if (!lupdate.waitForFinished(300000) || lupdate.exitCode() != 0) {
            f.error = u"lupdate failed: "_s + QString::fromLocal8Bit(lupdate.readAllStandardError());
            return f;
        }
        const TsFile ts = tcpd::test::readTsFile(out);
        f.messages = ts.messages;
        f.error = ts.error;
        return f;
    }();
    return fresh;
}

TEST_P(TsFileCheck, IsCurrentWithTheSources)
{
    const Fresh& fresh = freshMessages();
    ASSERT_TRUE(fresh.error.isEmpty()) << fresh.error.toStdString();
    ASSERT_GT(fresh.messages.size(), 100) << "lupdate found almost no strings: is the project file right?";
    QSet<QString> committed;
    for (const TsMessage& m : ts.messages) {
        committed.insert(key(m));
    }
    QSet<QString> current;
    QStringList problems;
    for (const TsMessage& m : fresh.messages) {
        current.insert(key(m));
        if (!committed.contains(key(m))) {
            problems << u"[%1] \"%2\": in the sources, missing from the .ts"_s.arg(m.context, m.source);
        }
    }
#ifdef TCPDOCTOR_I18N_ALL_SOURCES
    for (const TsMessage& m : ts.messages) {
        if (!current.contains(key(m))) {
            problems << tcpd::test::describe(ts, m) + u": no longer in the sources"_s;
        }
    }
#else
    // Without the GUI, lupdate does not see ui/ and report_pdf/: only the other direction is checked.
    std::cout << "[ INFO     ] no GUI in this build: strings no longer in the sources are not checked\n";
#endif
    EXPECT_TRUE(problems.isEmpty()) << ts.path.toStdString() << " is out of date; run "
                                    << "\"cmake --build build --target update_translations\", then translate. "
                                    << report(problems);
}

std::vector<std::string> tsLanguages()
{
    std::vector<std::string> codes;
    const QStringList files = QDir(kTranslations).entryList({u"tcpdoctor_*.ts"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        codes.push_back(file.mid(10, file.size() - 13).toStdString());
    }
    return codes;
}

INSTANTIATE_TEST_SUITE_P(Translations, TsFileCheck, ::testing::ValuesIn(tsLanguages()),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

TEST(TsFiles, AllFourLanguagesArePresent)
{
    const std::vector<std::string> codes = tsLanguages();
    for (const char* code : {"de", "en", "es", "fr"}) {
        EXPECT_NE(std::find(codes.begin(), codes.end(), code), codes.end())
            << "translations/tcpdoctor_" << code << ".ts";
    }
}

// The checks themselves catch what they should.
TEST(TsChecks, PlaceholdersAndTagsAreMultisets)
{
    EXPECT_EQ(tcpd::test::placeholders(u"%2 of %1, %1 again, %n and %L3"_s),
              (QStringList{u"%1"_s, u"%1"_s, u"%2"_s, u"%L3"_s, u"%n"_s}));
    EXPECT_EQ(tcpd::test::placeholders(u"100% sure"_s), QStringList());
    EXPECT_EQ(tcpd::test::htmlTags(u"<b>a</b> <br/> <target> <a href='x'>y</a>"_s),
              (QStringList{u"/a"_s, u"/b"_s, u"a"_s, u"b"_s, u"br"_s}));
}

} // namespace
