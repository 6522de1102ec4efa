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
