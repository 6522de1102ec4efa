// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Target parsing (core/target): what a person pastes, and the --port text. Input: the target text,
// a 0 byte, the port override.

#include "FuzzSupport.h"

#include "target/Target.h"

#include <QHostAddress>

using namespace tcpd;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    fuzz::Input in(data, size);
    const QString input = in.text(2048);
    const QString portOverride = in.text(256);

    const core::TargetParse p = core::parseTarget(input, portOverride);
    FUZZ_CHECK(p.ok() == p.error.isEmpty(), "a parse has either a target or one error sentence");
    if (p.ok()) {
        const core::Target& t = *p.target;
        FUZZ_CHECK(t.input == input, "the input is kept exactly");
        FUZZ_CHECK(t.port != 0, "a target always has a port");
        FUZZ_CHECK(!t.host.isEmpty() && !t.displayHost.isEmpty(), "a target always has a host");
        FUZZ_CHECK(!t.host.contains(u' ') && !t.host.contains(u'\t'), "no spaces in the host");
        for (const QChar c : t.host) {
            FUZZ_CHECK(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format,
                       "no control characters in the host");
        }
        if (t.isAddress) {
            FUZZ_CHECK(QHostAddress().setAddress(t.host), "an address target is a valid address");
        } else {
            FUZZ_CHECK(t.host.size() <= 253, "a name has at most 253 characters");
            for (const QChar c : t.host) {
                FUZZ_CHECK(c.isDigit() || (c >= u'a' && c <= u'z') || c == u'.' || c == u'-' || c == u'_',
                           "a name target is plain lower-case ASCII (punycode)");
            }
            // What was understood parses again to the same thing.
            const core::TargetParse again = core::parseTarget(t.host + u':' + QString::number(t.port));
            FUZZ_CHECK(again.ok() && again.target->host == t.host && again.target->port == t.port,
                       "host:port of a parsed name parses to the same target");
        }
    }

    QString error;
    QString service;
    const quint16 port = core::parsePort(portOverride, &error, &service);
    FUZZ_CHECK((port == 0) == !error.isEmpty(), "a port, or one error sentence");
    return 0;
}
