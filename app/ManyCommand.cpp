// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// tcpdoctor diagnose --many FILE [--json]: a list of targets checked at once.

#include "Commands.h"

#include "diagnosis/Diagnosis.h"
#include "runner/Batch.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tcpd::app {

namespace {
struct Many {
    Q_DECLARE_TR_FUNCTIONS(Many)
};

constexpr qint64 maxListBytes = 16 * 1024 * 1024;
} // namespace

int runManyCommand(const QString& path, const core::StepOptions& step, const QString& portOverride, bool json)
{
    QFile file;
    const bool fromStdin = path == u"-";
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return failLine(Many::tr("Cannot read the target list %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.read(maxListBytes + 1);
    if (bytes.size() > maxListBytes) {
        return failLine(Many::tr("The target list %1 is larger than 16 MB: split it into smaller lists.").arg(path));
    }
    const QList<core::BatchLine> lines = core::parseTargetList(QString::fromUtf8(bytes), portOverride);
    if (lines.isEmpty()) {
        return failLine(Many::tr("The target list %1 has no targets (one a line, # starts a comment).").arg(path));
    }
    core::BatchOptions options;
    options.step = step;
    QTextStream out(stdout);
    int worst = 0;
    if (!json) {
        out << Many::tr("Targets to check: %1").arg(lines.size()) << u"\n"_s;
        out.flush();
    }
    core::runBatch(lines, options, nullptr, [&](const core::Report& r) {
        const int code = core::exitCodeFor(r.verdict);
        worst = qMax(worst, code == 2 ? 1 : code); // a bad line is a problem with that line, not bad usage
        if (json) {
            out << QString::fromUtf8(QJsonDocument(core::reportToJson(r)).toJson(QJsonDocument::Compact)) << u"\n"_s;
        } else {
            const QString target = r.target.host.isEmpty() ? r.target.input
                                                           : u"%1:%2"_s.arg(r.target.displayHost).arg(r.target.port);
            out << u"%1  %2  %3\n"_s.arg(target.leftJustified(40), r.verdict.code.leftJustified(26), r.verdict.title);
        }
        out.flush();
    });
    return worst; // 0 when every target is reachable, 1 when any has a problem, 3 if tcpdoctor failed on one
}

} // namespace tcpd::app
