// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The error explainer (core/explain): any pasted text, logs and binary junk included.

#include "FuzzSupport.h"

#include "explain/Explainer.h"

#include <QHostAddress>
#include <QJsonDocument>

using namespace tcpd;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)
{
    if (size > 64 * 1024) {
        return 0; // longer messages are cut to kMaxExplainInput anyway; keep the fuzzer fast
    }
    const QString message = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const core::Explanation e = core::explainError(message);

    FUZZ_CHECK(e.code.startsWith(u"error."_s), "every code is an error.* code");
    FUZZ_CHECK(!e.title.isEmpty() && !e.explanation.isEmpty(), "every explanation has its texts");
    if (e.matched.isEmpty()) {
        FUZZ_CHECK(!e.recognised() && e.phase.isEmpty(), "nothing matched: error.unknown without a phase");
    }
    if (e.recognised()) {
        FUZZ_CHECK(!e.phase.isEmpty() && !e.matched.isEmpty(), "a recognised code has its phase and what decided it");
    }
    if (e.host.isEmpty()) {
        FUZZ_CHECK(e.target().isEmpty(), "no computer named: no target");
    } else {
        FUZZ_CHECK(!e.target().isEmpty(), "a computer named: a target");
        for (const QChar c : e.host) {
            FUZZ_CHECK(!c.isSpace() && c.category() != QChar::Other_Control, "the host is validated");
        }
    }
    const QByteArray json = QJsonDocument(core::explanationToJson(e)).toJson(QJsonDocument::Compact);
    QJsonParseError err;
    const QJsonDocument back = QJsonDocument::fromJson(json, &err);
    FUZZ_CHECK(err.error == QJsonParseError::NoError && back.isObject(), "tcpdoctor-explain/1 is valid JSON");
    FUZZ_CHECK(back.object().value(u"code"_s).toString() == e.code, "the JSON carries the code");
    return 0;
}
