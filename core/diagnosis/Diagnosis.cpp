// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "Diagnosis.h"

#include "diagnosis/Facts.h"
#include "diagnosis/Rules.h"
#include "evidence/Evidence.h"
#include "steps/Steps.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tcpd::core {

using rules::Diagnosis;

namespace {

void addAttemptEvidence(const Facts& f, Verdict& v)
{
    for (const Attempt& a : f.attempts) {
        v.evidence << rules::attemptLine(a, f.target.port);
    }
}

/// Every rule, in the order that decides: a working handshake first, then the earliest broken layer.
const rules::RuleList& allRules()
{
    static const rules::RuleList table = [] {
        rules::RuleList all;
        for (rules::RuleList part : {rules::portalRules(), rules::serviceRules(), rules::okRules(), rules::linkIpRules(), rules::proxyRules(), rules::dnsRules(), rules::firewallRules(),
                                     rules::portRules()}) {
            all.insert(all.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
        }
        return all;
    }();
    return table;
}

QString normalised(const QString& sentence)
{
    QString t = sentence.simplified().toCaseFolded();
    while (!t.isEmpty() && (t.back() == u'.' || t.back() == u'!' || t.back() == QChar(0x3002))) {
        t.chop(1);
    }
    return t;
}

QStringList sentencesOf(const QString& text)
{
    static const QRegularExpression end(u"(?<=[.!?])\\s+"_s);
    return text.split(end, Qt::SkipEmptyParts);
}

StepResult provenByAnswers(StepResult s, const QStringList& answers)
{
    s.status = StepStatus::Warn;
    Finding f;
    f.code = s.id + u".proven"_s;
    f.severity = Severity::Info;
    f.title = Diagnosis::tr("Answers came back from the network, so this worked at the time of the check");
    f.detail = answers.join(u' ');
    s.findings.prepend(f);
    s.summary = Diagnosis::tr("It looked broken, but answers came back from the network during the check: %1")
                    .arg(s.summary);
    return s;
}

} // namespace

QStringList rules::ruleCodes()
{
    QStringList codes;
    for (const rules::Rule& rule : allRules()) {
        if (!codes.contains(QLatin1String(rule.code))) {
            codes << QString::fromLatin1(rule.code);
        }
    }
    return codes;
}

QList<StepResult> reconcileSteps(const Target& target, QList<StepResult> steps, bool stopped)
{
    for (StepResult& s : steps) {
        if (stopped && evidence::wasCutShort(s)) {
            s = stoppedStep(s.id);
        }
    }
    const Facts facts = Facts::from(target, steps);
    const QStringList answers = facts.cameBackFromBeyond();
    if (answers.isEmpty()) {
        return steps;
    }
    for (StepResult& s : steps) {
        if ((s.id == u"link" || s.id == u"ip") && s.status == StepStatus::Fail) {
            s = provenByAnswers(s, answers);
        }
    }
    return steps;
}

void removeRepeats(Verdict& v)
{
    QStringList seen;
    QStringList kept;
    for (const QString& sentence : sentencesOf(v.explanation)) {
        const QString n = normalised(sentence);
        if (!seen.contains(n)) {
            seen << n;
            kept << sentence;
        }
    }
    v.explanation = kept.join(u' ');
    QStringList steps;
    for (const QString& step : std::as_const(v.nextSteps)) {
        const QString n = normalised(step);
        if (!seen.contains(n)) {
            seen << n;
            steps << step;
        }
    }
    v.nextSteps = steps;
    QStringList evidenceSeen;
    QStringList evidence;
    for (const QString& line : std::as_const(v.evidence)) {
        const QString n = normalised(line);
        if (!evidenceSeen.contains(n)) {
            evidenceSeen << n;
            evidence << line;
        }
    }
    v.evidence = evidence;
}

int exitCodeFor(const Verdict& v)
{
    if (v.code.startsWith(u"ok.")) {
        return 0;
    }
    if (v.code == u"input.invalid") {
        return 2;
    }
    if (v.code == u"tool.error") {
        return 3;
    }
    return 1;
}

Verdict diagnose(const Target& target, const QList<StepResult>& steps)
{
    const Facts facts = Facts::from(target, steps);
    for (const rules::Rule& rule : allRules()) {
        if (!rule.when(facts)) {
            continue;
        }
        Verdict v;
        v.code = QString::fromLatin1(rule.code);
        v.layer = QString::fromLatin1(rule.layer);
        rule.fill(facts, v);
        rules::fillPlain(facts, v);
        if (!facts.dnsAddresses.isEmpty()) {
            v.evidence << Diagnosis::tr("%1 has the address(es) %2.").arg(rules::where(facts), facts.dnsAddresses.join(u", "_s));
        }
        if (!facts.dnsError.isEmpty()) {
            v.evidence << Diagnosis::tr("The system resolver said: %1").arg(facts.dnsError);
        }
        addAttemptEvidence(facts, v);
        removeRepeats(v);
        return v;
    }
    if (facts.cancelled) {
        return toolErrorVerdict(Diagnosis::tr("The check was cancelled before it finished."));
    }
    // The port test was left out (--steps without "port"): not a failure of tcpdoctor, and nothing in
    // what did run points at a cause. Say so plainly (the contract keeps tool.error for "nothing could
    // be judged"), without sending anyone to file a bug.
    const bool portLeftOut = std::any_of(steps.begin(), steps.end(), [](const StepResult& s) {
        return s.id == u"port" && s.status == StepStatus::Skipped && evidence::skipReason(s.data) == u"not_requested";
    }) || std::none_of(steps.begin(), steps.end(), [](const StepResult& s) { return s.id == u"port"; });
    if (portLeftOut) {
        Verdict v;
        v.code = u"tool.error"_s;
        v.layer = u"unknown"_s;
        v.title = Diagnosis::tr("No verdict: the port test was not run");
        v.explanation = Diagnosis::tr("Only the port test shows whether %1 can be reached, and it was left out of "
                                      "this check. The steps that ran found nothing wrong.")
                            .arg(rules::where(facts));
        v.nextSteps << Diagnosis::tr("Run the check again with the port test (leave out --steps, or add port to it).");
        rules::fillPlainForLeftOutPortTest(facts, v);
        return v;
    }
    Verdict v = toolErrorVerdict(Diagnosis::tr("The port test could not run, so there is nothing to judge."));
    addAttemptEvidence(facts, v);
    return v;
}

Verdict invalidInputVerdict(const QString& input, const QString& reason)
{
    Verdict v;
    v.code = u"input.invalid"_s;
    v.layer = u"input"_s;
    v.title = Diagnosis::tr("This is not a target tcpdoctor can check");
    v.explanation = reason;
    v.nextSteps << Diagnosis::tr("Enter a name or address and a port, like example.com:443, 192.0.2.10:8080 or "
                      "https://example.com/.");
    v.evidence << Diagnosis::tr("Input: \"%1\"").arg(input.left(200));
    v.plain = {v.title, v.explanation, v.nextSteps}; // the parser's sentence is already plain
    return v;
}

Verdict toolErrorVerdict(const QString& reason)
{
    Verdict v;
    v.code = u"tool.error"_s;
    v.layer = u"unknown"_s;
    v.title = Diagnosis::tr("tcpdoctor could not finish the check");
    v.explanation = reason;
    v.nextSteps << Diagnosis::tr("Run the check again. If it keeps failing, run it with --verbose and attach the log to a "
                      "bug report.");
    rules::fillPlainForToolError(v);
    return v;
}

} // namespace tcpd::core
