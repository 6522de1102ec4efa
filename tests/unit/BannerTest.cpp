// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "steps/Steps.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tcpd::core::escapeBanner;

TEST(Banner, PrintableTextStays)
{
    EXPECT_EQ(escapeBanner("SSH-2.0-OpenSSH_9.2"), u"SSH-2.0-OpenSSH_9.2");
    EXPECT_EQ(escapeBanner("220 smtp.example ESMTP\r\n"), u"220 smtp.example ESMTP\\r\\n");
}

TEST(Banner, ControlSequencesAreShownNotObeyed)
{
    EXPECT_EQ(escapeBanner("\x1b[2Jhi\x07"), u"\\x1b[2Jhi\\x07");
    EXPECT_EQ(escapeBanner(QByteArray("a\0b", 3)), u"a\\x00b");
}

TEST(Banner, InvalidUtf8IsEscapedByteByByte)
{
    EXPECT_EQ(escapeBanner("ok\xff\xfe"), u"ok\\xff\\xfe");
}

TEST(Banner, Utf8Stays)
{
    EXPECT_EQ(escapeBanner("Grüße"), u"Grüße");
}

TEST(Banner, BidiAndInvisibleFormatCharactersAreShownAsEscapes)
{
    // U+202E RIGHT-TO-LEFT OVERRIDE would reverse what follows; U+200B is invisible.
    EXPECT_EQ(escapeBanner("220 \xe2\x80\xae" "exe.txt\xe2\x80\x8b"), u"220 \\u202eexe.txt\\u200b");
    EXPECT_EQ(escapeBanner("\xc2\x85"), u"\\x85"); // NEL, a C1 control
}
