// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// tcpdoctor diagnose --many FILE [--json]: a list of targets checked at once.

#include "Commands.h"
#include "StopSignals.h"

#include "diagnosis/Diagnosis.h"
#include "report/Escape.h"
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
        return failLine(Many::tr("Cannot read the target list %1: %2").arg(shownArg(path, 200), file.errorString()));
    }
    const QByteArray bytes = file.read(maxListBytes + 1);
    if (bytes.size() > maxListBytes) {
        return failLine(Many::tr("The target list %1 is larger than 16 MB: split it into smaller lists.").arg(shownArg(path, 200)));
    }
    // The lines are parsed when their turn comes: a long list costs its text, not a parsed target each.
    const QList<core::BatchLine> lines = core::splitTargetList(QString::fromUtf8(bytes));
    if (lines.isEmpty()) {
        return failLine(Many::tr("The target list %1 has no targets (one a line, # starts a comment).").arg(shownArg(path, 200)));
    }
    core::BatchOptions options;
    options.step = step;
    options.portOverride = portOverride;
    const core::BatchCapacity capacity = core::batchCapacity(options);
    if (capacity.targets == 0) {
        return failLine(Many::tr("This process may open only %1 files at once (ulimit -n), too few to check a list: it "
                                 "needs at least %2. Raise the limit, for example with \"ulimit -n 1024\", or check "
                                 "the targets one at a time.")
                            .arg(capacity.filesAllowed)
                            .arg(capacity.filesNeeded),
                        3);
    }
    QTextStream out(stdout);
    int worst = 0;
    if (!json) {
        out << Many::tr("Targets to check: %1").arg(lines.size()) << u"\n"_s;
        out.flush();
    }
    const StopSignals stop; // Ctrl-C or SIGTERM: what finished is still printed, then exit 3
    const int reported = core::streamBatch(lines, options, stop.flag(), [&](const core::Report& r) {
        const int code = core::exitCodeFor(r.verdict);
        worst = qMax(worst, code == 2 ? 1 : code); // a bad line is a problem with that line, not bad usage
        if (json) {
            jsonOut(core::reportToJson(r), true);
        } else {
            const QString target = r.target.host.isEmpty() ? r.target.input
                                                           : u"%1:%2"_s.arg(r.target.displayHost).arg(r.target.port);
            // The target is the list's own text: escape it, as every string for the terminal.
            out << core::escapeControls(u"%1  %2  %3"_s.arg(target.leftJustified(40), r.verdict.code.leftJustified(26),
                                                           r.verdict.title))
                << u"\n"_s;
        }
        out.flush();
    });
    if (stop.requested()) {
        return failLine(Many::tr("Stopped: the first %1 of %2 targets are printed above; the rest were not checked.")
                            .arg(reported)
                            .arg(lines.size()),
                        3);
    }
    return worst; // 0 when every target is reachable, 1 when any has a problem, 3 if tcpdoctor failed on one
}

} // namespace tcpd::app
