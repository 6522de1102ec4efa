// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Choosing a language (--lang, the system's), English plurals, locale formats, and JSON that never
// changes with the language. The .qm files are embedded under :/i18n as in the program.

#include "Translations.h"
#include "diagnosis/Rules.h"
#include "report/Report.h"
#include "report/ReportText.h"

#include "ReportSamples.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// Puts the test's language back (English) whatever a test chose.
class Language : public ::testing::Test
{
protected:
    void TearDown() override { tcpd::app::installTranslators(u"en"_s); }
};

TEST_F(Language, TheFourLanguagesAreEmbedded)
{
    EXPECT_EQ(tcpd::app::availableLanguages(), (QStringList{u"de"_s, u"en"_s, u"es"_s, u"fr"_s}));
}

TEST_F(Language, CodesAreMatchedByLanguage)
{
    for (const QString& code : {u"de"_s, u"de_AT"_s, u"de-CH"_s, u"fr_CA"_s, u"es_MX"_s, u"en_GB"_s, u"C"_s}) {
        EXPECT_TRUE(tcpd::app::isAvailableLanguage(code)) << code.toStdString();
    }
    for (const QString& code : {u"xx"_s, u"ja"_s, u"klingon"_s, u""_s, u"../de"_s}) {
        EXPECT_FALSE(tcpd::app::isAvailableLanguage(code)) << code.toStdString();
    }
}

TEST_F(Language, AnUnknownCodeInstallsNothing)
{
    ASSERT_TRUE(tcpd::app::installTranslators(u"en"_s));
    EXPECT_FALSE(tcpd::app::installTranslators(u"xx"_s));
    EXPECT_EQ(QLocale().language(), QLocale::English) << "a refused code must leave the language alone";
}

TEST_F(Language, EnglishPluralsReadRight)
{
    ASSERT_TRUE(tcpd::app::installTranslators(u"en"_s));
    const char* source = "%1 has %n address(es).";
    EXPECT_EQ(QCoreApplication::translate("DnsStep", source, nullptr, 1).arg(u"example.com"_s),
              u"example.com has 1 address."_s);
    EXPECT_EQ(QCoreApplication::translate("DnsStep", source, nullptr, 3).arg(u"example.com"_s),
              u"example.com has 3 addresses."_s);
    EXPECT_EQ(QCoreApplication::translate("tcpd::ui::ServerPage", "Test listener stopped. %n connection(s) arrived.",
                                          nullptr, 1),
              u"Test listener stopped. 1 connection arrived."_s);
    EXPECT_EQ(QCoreApplication::translate("IpStep", "%n hour(s) left", nullptr, 2), u"2 hours left"_s);
}

TEST_F(Language, TheCLocaleIsEnglish)
{
    ASSERT_TRUE(tcpd::app::installTranslators(u"de"_s));
    ASSERT_TRUE(tcpd::app::installTranslators(u"C"_s)); // LANG=C, --lang C: English, with its plurals
    EXPECT_EQ(QLocale().language(), QLocale::English);
    EXPECT_EQ(QCoreApplication::translate("IpStep", "%n minute(s) left", nullptr, 1), u"1 minute left"_s);
}

TEST_F(Language, DurationsFollowTheLocale)
{
    ASSERT_TRUE(tcpd::app::installTranslators(u"en"_s));
    EXPECT_EQ(tcpd::core::rules::seconds(1500), u"1.5"_s);
    EXPECT_EQ(tcpd::core::reporttext::formatMs(2.5), u"2.5 ms"_s);
    ASSERT_TRUE(tcpd::app::installTranslators(u"de"_s));
    EXPECT_EQ(QLocale().language(), QLocale::German);
    EXPECT_EQ(tcpd::core::rules::seconds(1500), u"1,5"_s);
    EXPECT_TRUE(tcpd::core::reporttext::formatMs(2.5).contains(u"2,5"_s))
        << tcpd::core::reporttext::formatMs(2.5).toStdString();
    ASSERT_TRUE(tcpd::app::installTranslators(u"fr"_s));
    EXPECT_EQ(tcpd::core::rules::seconds(12500), u"13"_s) << "whole seconds from 10 s on";
    EXPECT_EQ(tcpd::core::rules::seconds(2500), u"2,5"_s);
}

TEST_F(Language, JsonNeverChangesWithTheLanguage)
{
    const tcpd::core::Report report = tcpd::test::hostileReport();
    ASSERT_TRUE(tcpd::app::installTranslators(u"en"_s));
    const QByteArray english = QJsonDocument(tcpd::core::reportToJson(report)).toJson();
    for (const QString& code : {u"de"_s, u"fr"_s, u"es"_s}) {
        ASSERT_TRUE(tcpd::app::installTranslators(code));
        EXPECT_EQ(QJsonDocument(tcpd::core::reportToJson(report)).toJson(), english) << code.toStdString();
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
