// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// What a running step waits for, and its budget (issue 23, trap 9): the steps' own deadlines.

#include "runner/StepWait.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tcpd::core;

TEST(StepWait, ThePortTestNamesWhereItWaitsAndUsesItsTimeout)
{
    Target t;
    t.host = t.displayHost = u"db.example"_s;
    t.port = 5432;
    StepOptions o;
    o.timeoutMs = 2500;
    const StepWait one = stepWait(u"port"_s, t, o, {u"198.51.100.2"_s});
    EXPECT_EQ(one.what, u"Waiting for an answer from 198.51.100.2 port 5432"_s);
    EXPECT_EQ(one.budgetMs, 2500);
    const StepWait two = stepWait(u"port"_s, t, o, {u"198.51.100.2"_s, u"2001:db8::2"_s});
    EXPECT_TRUE(two.what.contains(u"2 addresses of db.example"_s)) << two.what.toStdString();
    EXPECT_EQ(stepWait(u"service"_s, t, o).budgetMs, o.serviceTimeoutMs);
    EXPECT_GE(stepWait(u"dns"_s, t, o).budgetMs, o.dnsTimeoutMs);
}

TEST(StepWait, EveryChecklistStepHasOne)
{
    Target t;
    t.host = u"db.example"_s;
    t.port = 5432;
    for (const QString& id : checklistStepIds()) {
        const StepWait w = stepWait(id, t, StepOptions{});
        EXPECT_FALSE(w.what.isEmpty()) << id.toStdString();
        EXPECT_GT(w.budgetMs, 0) << id.toStdString();
    }
    EXPECT_TRUE(stepWait(u"nonsense"_s, t, StepOptions{}).what.isEmpty());
}
