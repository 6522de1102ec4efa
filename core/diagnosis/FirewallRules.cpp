// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// firewall.* verdicts, and the firewall step's evidence (who blocks, where on the path) for the
// port verdicts that a firewall explains: port.filtered and port.rejected. The step's own story
// (steps/FirewallStepDetail.h) is told here in the verdict's words.

#include "diagnosis/Rules.h"

#include "steps/FirewallStepDetail.h"

using namespace Qt::StringLiterals;

namespace tcpd::core::rules {

namespace {

/// The firewall step's data when it ran and came to a conclusion, else an empty object (for the step's
/// own story, firewall::describe).
QJsonObject firewallData(const Facts& f)
{
    const StepResult* s = f.step(u"firewall"_s);
    return s == nullptr || f.firewall.conclusion.isEmpty() ? QJsonObject() : s->data;
}

QString conclusionOf(const Facts& f)
{
    return f.firewall.conclusion;
}

void appendNew(QStringList& list, const QStringList& more, qsizetype at = -1)
{
    for (const QString& s : more) {
        if (list.contains(s)) {
            continue;
        }
        if (at >= 0 && at <= list.size()) {
            list.insert(at++, s);
        } else {
            list << s;
        }
    }
}

} // namespace

std::optional<firewall::Story> firewallStory(const Facts& f)
{
    const QJsonObject data = firewallData(f);
    const QString code = conclusionOf(f);
    if (data.isEmpty() || code == u"none" || code == u"not_applicable") {
        return std::nullopt;
    }
    return firewall::describe(data);
}

bool serverAnswersOtherPorts(const Facts& f)
{
    return f.firewall.targetAnswersOtherPorts();
}

RuleList firewallRules()
{
    return {
        {"firewall.local_block", "local-firewall",
         [](const Facts& f) {
             return f.openCount() == 0 && (f.countOutcome(Outcome::LocalBlock) > 0 || conclusionOf(f) == u"local_firewall");
         },
         [](const Facts& f, Verdict& v) {
             v.title = Diagnosis::tr("This computer's firewall blocked the connection");
             v.explanation = Diagnosis::tr("The connection to port %1 never left this computer: its own firewall or security "
                                "software stopped the SYN before it reached the network.")
                                 .arg(f.target.port);
             v.nextSteps << Diagnosis::tr("Check the firewall on this computer (Windows Defender Firewall, ufw, firewalld, "
                               "nftables) for a rule that blocks outgoing connections to port %1.")
                                .arg(f.target.port)
                         << Diagnosis::tr("Check security software (antivirus, endpoint protection, parental control) that "
                               "may block this program or this port.")
                         << Diagnosis::tr("On a company computer, ask your IT department: the block may be on purpose.");
             const QJsonObject data = firewallData(f);
             if (data.isEmpty()) {
                 return;
             }
             const firewall::Story story = firewall::describe(data);
             if (!story.note.isEmpty()) {
                 v.explanation += u' ' + story.note;
             }
             appendNew(v.evidence, story.evidence);
             // The rule to look at and how to confirm safely, before the general advice.
             QStringList specific;
             for (const QString& a : story.advice) {
                 if (!a.contains(QString::number(f.target.port)) || a.contains(u"nft"_s)) {
                     specific << a;
                 }
             }
             appendNew(v.nextSteps, specific, 1);
         }},
    };
}

} // namespace tcpd::core::rules
