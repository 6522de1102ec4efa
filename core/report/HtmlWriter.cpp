// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// The HTML report, in two flavours from one builder: the browser page (inline SVG, CSS variables
// for light/dark, print rules) and the rich-text page for QTextDocument (PDF, preview). Every
// string that is not our own markup goes through escapeHtml; nothing here emits a script, an
// event attribute, a link or a URL that loads anything.

#include "report/HtmlWriter.h"

#include "report/Escape.h"
#include "report/ReportEvidence.h"
#include "report/ReportText.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tcpd::core {

namespace {
using namespace reporttext;

const QString kBrowserCss = uR"(
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1d1d1f;--muted:#5f6368;--card:#f6f7f9;--line:#d0d4da;--accent:#1a5fb4;
--pass:#1e7e34;--pass-bg:#e6f4ea;--warn:#9a6700;--warn-bg:#fff4d6;--fail:#c01c28;--fail-bg:#fdecec;--skip:#6b7280;--skip-bg:#eef0f3}
@media (prefers-color-scheme:dark){:root{--bg:#16181c;--fg:#e8eaed;--muted:#a0a6ad;--card:#1f2329;--line:#3a4048;--accent:#8ab4f8;
--pass:#5cc97b;--pass-bg:#16301f;--warn:#f0b429;--warn-bg:#3a2e0c;--fail:#ff6b6b;--fail-bg:#3d1a1c;--skip:#9aa0a6;--skip-bg:#2a2e34}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:62rem;padding:1.5rem;background:var(--bg);color:var(--fg);
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
h1{font-size:1.5rem;margin:0}h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1rem 0 .3rem}h4{font-size:.95rem;margin:.8rem 0 .3rem}
p{margin:.3rem 0}.muted,.meta{color:var(--muted)}.meta{font-size:.9rem}
code,pre,.mono{font-family:ui-monospace,"SF Mono",Consolas,"DejaVu Sans Mono",monospace;font-size:.9em}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem}
.notice{border:1px solid var(--accent);border-radius:8px;padding:.6rem .9rem;margin:1rem 0}
.verdict{border-radius:10px;border-left:6px solid var(--skip);background:var(--skip-bg);padding:1rem 1.25rem;margin:1rem 0}
.verdict h2{border:0;margin:0 0 .4rem;font-size:1.35rem}
.v-pass{border-left-color:var(--pass);background:var(--pass-bg)}.v-warn{border-left-color:var(--warn);background:var(--warn-bg)}
.v-fail{border-left-color:var(--fail);background:var(--fail-bg)}
.verdict ol{margin:.3rem 0 .3rem 1.2rem;padding:0}.verdict li{margin:.2rem 0}
.badge{display:inline-block;min-width:6.5rem;padding:0 .5rem;margin-right:.4rem;border-radius:1rem;border:1px solid currentColor;font-size:.85rem;font-weight:600;text-align:center}
.s-pass{color:var(--pass);background:var(--pass-bg)}.s-warn{color:var(--warn);background:var(--warn-bg)}
.s-fail{color:var(--fail);background:var(--fail-bg)}.s-skipped{color:var(--skip);background:var(--skip-bg)}
.step{border:1px solid var(--line);border-radius:10px;padding:.6rem 1rem;margin:.8rem 0;background:var(--card)}
.step h3{margin:.2rem 0}
ul.findings{margin:.4rem 0;padding-left:1.2rem}ul.findings li{margin:.25rem 0}
.sev-error{color:var(--fail)}.sev-warning{color:var(--warn)}
table{border-collapse:collapse;margin:.3rem 0}th,td{text-align:left;vertical-align:top;padding:.2rem .6rem .2rem 0;border-bottom:1px solid var(--line)}
table.env th{white-space:nowrap;padding-right:1.2rem}
.scroll{overflow-x:auto}table.ev,table.checklist{font-size:.88rem}table.ev th,table.checklist th{white-space:nowrap}
.nowrap,td.nw{white-space:nowrap}p.cap{font-weight:600;font-size:.9rem;margin:.6rem 0 .1rem}
ul.ev{margin:.1rem 0 .4rem;padding-left:1.2rem}ul.ev li{margin:0}p.ev{margin:.25rem 0}
details>summary{cursor:pointer;color:var(--muted);margin:.3rem 0}
pre.json{font-size:.8rem;white-space:pre-wrap;overflow-wrap:anywhere}
svg.diagram{display:block;width:100%;height:auto;margin:.4rem 0}
svg.diagram text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
svg .t-text{fill:var(--fg)}svg text.t-muted,svg text.t-skip{fill:var(--muted)}svg text.t-pass{fill:var(--pass)}
svg text.t-warn{fill:var(--warn)}svg text.t-fail{fill:var(--fail)}
svg line.t-line{stroke:var(--muted)}svg line.t-text{stroke:var(--fg)}svg line.t-fail{stroke:var(--fail)}
svg polygon.t-line{fill:var(--muted)}svg polygon.t-text{fill:var(--fg)}svg polygon.t-fail{fill:var(--fail)}
svg rect.t-pass{fill:var(--pass-bg);stroke:var(--pass)}svg rect.t-warn{fill:var(--warn-bg);stroke:var(--warn)}
svg rect.t-fail{fill:var(--fail-bg);stroke:var(--fail)}svg rect.t-skip{fill:var(--skip-bg);stroke:var(--skip)}
footer{margin-top:2.5rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);padding-top:.5rem}
@media print{:root{--bg:#fff;--fg:#000;--muted:#444;--card:#fff;--line:#bbb;--accent:#1a5fb4;
--pass:#1e7e34;--pass-bg:#e6f4ea;--warn:#9a6700;--warn-bg:#fff4d6;--fail:#c01c28;--fail-bg:#fdecec;--skip:#555;--skip-bg:#eef0f3}
body{max-width:none;padding:0;font-size:10.5pt}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.verdict,svg.diagram,tr,li{break-inside:avoid}h2,h3,h4{break-after:avoid}
.scroll{overflow:visible}table.ev,table.checklist{font-size:8.5pt}#evidence{break-before:page}#appendix{break-before:page}
pre.json{font-size:7pt}}
)"_s;

// QTextDocument understands class selectors, colours, margins and table borders, not variables,
// media queries or rounded corners.
const QString kRichCss = uR"(
body{color:#1d1d1f;font-family:"DejaVu Sans","Noto Sans",sans-serif;font-size:9pt}
h1{font-size:16pt;margin:0}h2{font-size:13pt;margin-top:16px;margin-bottom:4px;color:#1d1d1f}
h3{font-size:11pt;margin-top:6px;margin-bottom:1px}
ul.findings{margin-top:2px;margin-bottom:2px}h4{font-size:10pt;margin-top:6px;margin-bottom:2px}
p{margin-top:2px;margin-bottom:2px}.muted,.meta{color:#5f6368}
code,pre,.mono{font-family:"DejaVu Sans Mono",monospace;font-size:9pt}
pre{white-space:pre-wrap;background-color:#f6f7f9}
.notice{color:#1a5fb4}
.v-pass{background-color:#e6f4ea}.v-warn{background-color:#fff4d6}.v-fail{background-color:#fdecec}.v-skipped{background-color:#eef0f3}
.badge{font-weight:bold}
.s-pass{color:#1e7e34;background-color:#e6f4ea}.s-warn{color:#9a6700;background-color:#fff4d6}
.s-fail{color:#c01c28;background-color:#fdecec}.s-skipped{color:#6b7280;background-color:#eef0f3}
.sev-error{color:#c01c28}.sev-warning{color:#9a6700}
th{text-align:left;font-weight:bold}
table.ev,table.checklist{font-size:8pt}
th.ev{background-color:#eef0f3}
p.cap{font-weight:bold;font-size:9pt;margin-top:5px;margin-bottom:0px}
p.ev{margin-top:3px;margin-bottom:1px}
ul.ev{margin-top:0px;margin-bottom:2px}
pre.json{font-family:"DejaVu Sans Mono",monospace;font-size:6.5pt;background-color:#ffffff}
)"_s;

class HtmlBuilder
{
public:
    explicit HtmlBuilder(bool rich, bool summaryPage = true, const QString& attachedAs = {})
        : m_rich(rich)
        , m_summaryPage(summaryPage)
        , m_attachedAs(attachedAs)
    {
    }

    QString build(const QJsonObject& doc);
    QList<Diagram> diagrams() const { return m_diagrams; }

private:
    void diagram(const Diagram& d);
    void head(const QJsonObject& doc);
    void verdict(const QJsonObject& doc);
    void checklist(const QJsonObject& doc);
    void attempts(const QJsonObject& doc);
    void stepSection(const QJsonObject& doc);
    void oneStep(const QJsonObject& doc, const QJsonObject& s);
    void findings(const QJsonObject& s);
    void evidenceBlock(const reporttext::EvidenceBlock& b);
    void timeline(const QJsonObject& doc);
    void environment(const QJsonObject& doc);
    void extras(const QJsonObject& doc);
    void appendix(const QJsonObject& doc);
    QString badge(const QString& status) const;
    QString table(const QString& cssClass) const;
    /// A heading that starts a new page on paper (the evidence after the one-page summary, the appendix),
    /// with an anchor (rich text) or an id (browser, whose print CSS breaks the page).
    QString pageHeading(const QString& id, const QString& text) const;

    bool m_rich;
    bool m_summaryPage; ///< rich text: the evidence starts on a new page
    QString m_attachedAs; ///< rich text: the raw data is attached to the PDF under this name, not printed
    QString m_out;
    QList<Diagram> m_diagrams;
};

QString h(const QString& text)
{
    return escapeHtml(text);
}

QString HtmlBuilder::badge(const QString& status) const
{
    return u"<span class=\"badge s-%1\">%2 %3</span>"_s.arg(statusTone(status) == u"fail" ? u"fail"_s : h(status),
                                                            statusMark(status), h(statusLabel(status)));
}

void HtmlBuilder::diagram(const Diagram& d)
{
    if (m_rich) {
        // Paper is narrower than a screen: A4 less 2 cm margins is about 640 CSS pixels.
        // The ladders are smaller on paper: their labels stay readable, the pages fewer.
        const double k = qMin(1.0, 640 / d.width) * (d.id == u"path" ? 1.0 : 0.65);
        m_diagrams << d;
        m_out += u"<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n"_s.arg(
            h(richTextDiagramUrl(d)), QString::number(qRound(d.width * k)), QString::number(qRound(d.height * k)),
            h(d.description));
    } else {
        m_out += diagramToSvg(d);
    }
}

// Raw evidence (a step's `data`) as tables: objects as key/value rows, lists of objects (the port
// attempts) as one row each. Bounded depth; everything escaped.

void HtmlBuilder::head(const QJsonObject& doc)
{
    const QJsonObject v = doc.value(u"verdict"_s).toObject();
    m_out += u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"_s.arg(h(QLocale().bcp47Name()));
    if (!m_rich) {
        m_out += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                 "'unsafe-inline'\">\n"
                 "<meta name=\"color-scheme\" content=\"light dark\">\n"
                 "<meta name=\"referrer\" content=\"no-referrer\">\n"_s;
    }
    m_out += u"<meta name=\"generator\" content=\"tcpdoctor %1\">\n"_s.arg(
        h(doc.value(u"tool"_s).toObject().value(u"version"_s).toString()));
    m_out += u"<title>"_s + h(ReportText::tr("tcpdoctor: %1 — %2").arg(targetLine(doc), v.value(u"title"_s).toString()))
        + u"</title>\n"_s;
    m_out += u"<style>"_s + (m_rich ? kRichCss : kBrowserCss) + u"</style>\n</head>\n<body>\n"_s;

    m_out += u"<h1>"_s + h(ReportText::tr("tcpdoctor report")) + u"</h1>\n"_s;
    m_out += u"<p class=\"target\"><strong>"_s + h(targetLine(doc)) + u"</strong></p>\n"_s;
    const QJsonObject t = doc.value(u"target"_s).toObject();
    const QString input = t.value(u"input"_s).toString();
    if (!input.isEmpty() && input != t.value(u"host"_s).toString()) {
        m_out += u"<p class=\"meta\">"_s + h(ReportText::tr("You asked for:")) + u" <code>"_s + h(input)
            + u"</code></p>\n"_s;
    }
    m_out += u"<p class=\"meta\">"_s
        + h(ReportText::tr("Checked %1; took %2 ms; tcpdoctor %3.")
                .arg(startedLocal(doc))
                .arg(doc.value(u"duration_ms"_s).toInteger())
                .arg(doc.value(u"tool"_s).toObject().value(u"version"_s).toString()))
        + u"</p>\n"_s;
    if (doc.value(u"redacted"_s).toBool()) {
        m_out += u"<p class=\"notice\" id=\"redacted\">"_s + h(redactedNotice()) + u"</p>\n"_s;
    }
}

void HtmlBuilder::verdict(const QJsonObject& doc)
{
    const QJsonObject v = doc.value(u"verdict"_s).toObject();
    const QString code = v.value(u"code"_s).toString();
    const QString tone = code == u"ok.reachable" ? u"pass"_s : code.startsWith(u"ok.") ? u"warn"_s : u"fail"_s;
    if (m_rich) {
        m_out
            += u"<table class=\"verdict v-%1\" width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" border=\"0\"><tr><td>\n"_s
                   .arg(tone);
    } else {
        m_out += u"<section class=\"verdict v-%1\" id=\"verdict\">\n"_s.arg(tone);
    }
    m_out += u"<h2>"_s + statusMark(tone) + u' ' + h(v.value(u"title"_s).toString()) + u"</h2>\n"_s;
    m_out += u"<p>"_s + h(v.value(u"explanation"_s).toString()) + u"</p>\n"_s;
    m_out += u"<p class=\"meta\">"_s + h(ReportText::tr("Verdict code:")) + u" <code>"_s + h(code) + u"</code> · "_s
        + h(ReportText::tr("layer: %1").arg(v.value(u"layer"_s).toString())) + u"</p>\n"_s;
    const QJsonArray next = v.value(u"next_steps"_s).toArray();
    if (!next.isEmpty()) {
        m_out += u"<h3>"_s + h(ReportText::tr("What to do next")) + u"</h3>\n<ol>\n"_s;
        for (const QJsonValue& s : next) {
            m_out += u"<li>"_s + h(s.toString()) + u"</li>\n"_s;
        }
        m_out += u"</ol>\n"_s;
    }
    const QJsonArray evidence = v.value(u"evidence"_s).toArray();
    if (!evidence.isEmpty()) {
        m_out += u"<h3>"_s + h(ReportText::tr("Why tcpdoctor thinks so")) + u"</h3>\n<ul>\n"_s;
        for (const QJsonValue& e : evidence) {
            m_out += u"<li>"_s + h(e.toString()) + u"</li>\n"_s;
        }
        m_out += u"</ul>\n"_s;
    }
    m_out += m_rich ? u"</td></tr></table>\n"_s : u"</section>\n"_s;

}


QString HtmlBuilder::table(const QString& cssClass) const
{
    return m_rich ? u"<table class=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                    "style=\"border-color:#d0d4da;border-style:solid\">"_s.arg(cssClass)
                  : u"<table class=\"%1\">"_s.arg(cssClass);
}

QString HtmlBuilder::pageHeading(const QString& id, const QString& text) const
{
    const bool newPage = id != u"evidence" || m_summaryPage;
    return m_rich ? u"<h2%1><a name=\"%2\">%3</a></h2>\n"_s.arg(
               newPage ? u" style=\"page-break-before:always\""_s : QString(), id, h(text))
                  : u"<h2 id=\"%1\">%2</h2>\n"_s.arg(id, h(text));
}

// The checklist at a glance: one row per step, what it found in one sentence.
void HtmlBuilder::checklist(const QJsonObject& doc)
{
    m_out += u"<h2>"_s + h(ReportText::tr("The checklist")) + u"</h2>\n"_s + table(u"checklist"_s);
    m_out += u"<tr><th>"_s + h(ReportText::tr("Step")) + u"</th><th>"_s + h(ReportText::tr("Result"))
        + u"</th><th>"_s + h(ReportText::tr("What it found")) + u"</th><th>"_s + h(ReportText::tr("Took"))
        + u"</th></tr>\n"_s;
    for (const QJsonValue& sv : steps(doc)) {
        const QJsonObject s = sv.toObject();
        const QString status = s.value(u"status"_s).toString();
        const bool ran = status != u"skipped" || s.value(u"duration_ms"_s).toDouble() > 0;
        QString found = s.value(u"summary"_s).toString();
        if (found.isEmpty() && status == u"skipped") {
            if (const QString why = skipReason(s); !why.isEmpty()) {
                found = ReportText::tr("Not checked: %1.").arg(why);
            }
        }
        m_out += u"<tr><td class=\"nw\"%1>"_s.arg(m_rich ? u" style=\"white-space:nowrap\""_s : QString())
            + h(stepName(s.value(u"id"_s).toString())) + u"</td><td class=\"nw\"%1>"_s.arg(
                m_rich ? u" style=\"white-space:nowrap\""_s : QString())
            + badge(status) + u"</td><td>"_s + h(found) + u"</td><td class=\"nw\">"_s
            + (ran ? h(formatMs(s.value(u"duration_ms"_s).toDouble())) : u"—"_s) + u"</td></tr>\n"_s;
    }
    m_out += u"</table>\n"_s;
}

void HtmlBuilder::attempts(const QJsonObject& doc)
{
    const QList<evidence::PortAttempt> tried = portAttempts(doc);
    if (tried.isEmpty()) {
        return;
    }
    m_out += u"<h2>"_s + h(ReportText::tr("Connections tried")) + u"</h2>\n<ul class=\"attempts\">\n"_s;
    for (const evidence::PortAttempt& a : tried) {
        m_out += u"<li><code class=\"nowrap\">"_s + h(a.address) + u"</code>: "_s + h(attemptSentence(a));
        if (!a.banner.isEmpty()) {
            m_out += u"<br>"_s + h(ReportText::tr("greeting:")) + u" <code>"_s + h(a.banner) + u"</code>"_s;
        }
        m_out += u"</li>\n"_s;
    }
    m_out += u"</ul>\n"_s;
}

void HtmlBuilder::findings(const QJsonObject& s)
{
    const QJsonArray list = s.value(u"findings"_s).toArray();
    if (list.isEmpty()) {
        return;
    }
    m_out += u"<ul class=\"findings\">\n"_s;
    for (const QJsonValue& fv : list) {
        const QJsonObject f = fv.toObject();
        const QString sev = f.value(u"severity"_s).toString();
        m_out += u"<li class=\"sev-%1\"><strong>"_s.arg(sev == u"error" || sev == u"warning" ? sev : u"info"_s)
            + h(f.value(u"title"_s).toString()) + u"</strong> <code class=\"muted\">"_s + h(f.value(u"code"_s).toString())
            + u"</code>"_s;
        if (const QString detail = f.value(u"detail"_s).toString(); !detail.isEmpty()) {
            m_out += u"<br>"_s + h(detail);
        }
        const QJsonArray advice = f.value(u"advice"_s).toArray();
        if (!advice.isEmpty()) {
            m_out += u"<ul>"_s;
            for (const QJsonValue& a : advice) {
                m_out += u"<li>"_s + h(a.toString()) + u"</li>"_s;
            }
            m_out += u"</ul>"_s;
        }
        m_out += u"</li>\n"_s;
    }
    m_out += u"</ul>\n"_s;
}

// A sentence, a list or a small table. Cells that hold addresses and MAC addresses never break
// inside: white-space:nowrap (QTextDocument honours it on a cell's paragraph too).
void HtmlBuilder::evidenceBlock(const EvidenceBlock& b)
{
    if (!b.caption.isEmpty()) {
        m_out += u"<p class=\"cap\">"_s + h(b.caption) + u"</p>\n"_s;
    }
    if (b.kind == EvidenceBlock::Kind::Sentence) {
        m_out += u"<p class=\"ev\">"_s + h(b.lines.join(u' ')) + u"</p>\n"_s;
        return;
    }
    if (b.kind == EvidenceBlock::Kind::List) {
        m_out += (b.id.isEmpty() ? u"<ul class=\"ev\">\n"_s : u"<ul class=\"ev\" id=\"ev-%1\">\n"_s.arg(h(b.id)));
        for (const QString& item : b.lines) {
            m_out += u"<li>"_s + h(item) + u"</li>\n"_s;
        }
        m_out += u"</ul>\n"_s;
        return;
    }
    const QString open = table(u"ev"_s);
    m_out += m_rich ? open : open.chopped(1) + u" id=\"ev-%1\">"_s.arg(h(b.id));
    m_out += u"<tr>"_s;
    for (const QString& title : b.header) {
        m_out += u"<th class=\"ev\">"_s + h(title) + u"</th>"_s;
    }
    m_out += u"</tr>\n"_s;
    for (const QStringList& row : b.rows) {
        m_out += u"<tr>"_s;
        for (qsizetype c = 0; c < row.size(); ++c) {
            QStringList lines;
            for (const QString& line : row.at(c).split(u'\n')) {
                lines << h(line);
            }
            const bool whole = b.keepWhole.value(c);
            m_out += (whole ? (m_rich ? u"<td class=\"nw\" style=\"white-space:nowrap\">"_s : u"<td class=\"nw\">"_s)
                            : u"<td>"_s)
                + lines.join(u"<br>"_s) + u"</td>"_s;
        }
        m_out += u"</tr>\n"_s;
    }
    m_out += u"</table>\n"_s;
}

void HtmlBuilder::oneStep(const QJsonObject& doc, const QJsonObject& s)
{
    const QString id = s.value(u"id"_s).toString();
    const QString status = s.value(u"status"_s).toString();
    m_out += m_rich ? u"<div class=\"step\">\n"_s : u"<section class=\"step\" id=\"step-%1\">\n"_s.arg(h(id));
    m_out += u"<h3>"_s + badge(status) + u' ' + h(stepName(id)) + u"</h3>\n"_s;
    m_out += u"<p>"_s + h(s.value(u"summary"_s).toString());
    if (status == u"skipped") {
        if (const QString why = skipReason(s); !why.isEmpty() && s.value(u"summary"_s).toString().isEmpty()) {
            m_out += h(ReportText::tr("Not checked: %1.").arg(why));
        }
    } else {
        m_out += u" <span class=\"muted\">"_s
            + h(ReportText::tr("(started %1 into the check, took %2)")
                    .arg(formatMs(s.value(u"started_ms"_s).toDouble()), formatMs(s.value(u"duration_ms"_s).toDouble())))
            + u"</span>"_s;
    }
    m_out += u"</p>\n"_s;
    findings(s);
    if (id == u"port" && !portAttempts(doc).isEmpty()) {
        m_out += u"<p class=\"cap\">"_s + h(ReportText::tr("The handshake, address by address")) + u"</p>\n"_s;
        for (const Diagram& d : handshakeDiagrams(doc)) {
            diagram(d);
        }
    }
    for (const EvidenceBlock& b : stepEvidence(doc, id)) {
        evidenceBlock(b);
    }
    m_out += m_rich ? u"</div>\n"_s : u"</section>\n"_s;
}

void HtmlBuilder::stepSection(const QJsonObject& doc)
{
    m_out += pageHeading(u"evidence"_s, ReportText::tr("The evidence, step by step"));
    for (const QJsonValue& sv : steps(doc)) {
        oneStep(doc, sv.toObject());
    }
}

// The browser page only: on paper the checklist's times and each step's "started, took" say the
// same, and the pages are fewer without it.
void HtmlBuilder::timeline(const QJsonObject& doc)
{
    if (m_rich) {
        return;
    }
    m_out += u"<h2>"_s + h(ReportText::tr("Timeline")) + u"</h2>\n"_s;
    diagram(timelineDiagram(doc));
}

void HtmlBuilder::environment(const QJsonObject& doc)
{
    m_out += u"<h2>"_s + h(ReportText::tr("This computer")) + u"</h2>\n"_s;
    m_out += m_rich ? u"<table class=\"env\" cellpadding=\"2\" cellspacing=\"0\">\n"_s : u"<table class=\"env\">\n"_s;
    for (const EnvRow& row : environmentRows(doc)) {
        if (row.inEvidence) {
            continue; // the interfaces table and the address list of the evidence show them
        }
        QString value;
        if (row.notChecked || row.values.isEmpty()) {
            value = u"<span class=\"muted\">"_s + h(ReportText::tr("not checked")) + u"</span>"_s;
        } else {
            QStringList lines;
            for (const QString& line : row.values) {
                lines << h(line);
            }
            value = lines.join(u"<br>"_s);
        }
        m_out += u"<tr><th>"_s + h(row.label) + u"</th><td>"_s + value + u"</td></tr>\n"_s;
    }
    m_out += u"</table>\n"_s;
}

void HtmlBuilder::extras(const QJsonObject& doc)
{
    const auto checks = manualChecks(doc);
    if (!checks.isEmpty()) {
        m_out += u"<h2>"_s + h(ReportText::tr("Checked by hand")) + u"</h2>\n<table class=\"env\">\n"_s;
        for (const auto& [question, answer] : checks) {
            m_out += u"<tr><th>"_s + h(question) + u"</th><td>"_s + h(answer) + u"</td></tr>\n"_s;
        }
        m_out += u"</table>\n"_s;
    }
    const QJsonObject pasted = doc.value(u"explained_error"_s).toObject();
    if (!pasted.isEmpty()) {
        m_out += u"<h2>"_s + h(ReportText::tr("The error message")) + u"</h2>\n"_s;
        m_out += u"<pre>"_s + h(pasted.value(u"message"_s).toString()) + u"</pre>\n"_s;
        if (const QString title = pasted.value(u"title"_s).toString(); !title.isEmpty()) {
            m_out += u"<p><strong>"_s + h(ReportText::tr("What it means: %1").arg(title)) + u"</strong> <code>"_s
                + h(pasted.value(u"code"_s).toString()) + u"</code></p>\n<p>"_s
                + h(pasted.value(u"explanation"_s).toString()) + u"</p>\n"_s;
        }
        const QJsonArray suggested = pasted.value(u"suggested_steps"_s).toArray();
        if (!suggested.isEmpty()) {
            m_out += u"<p class=\"muted\">"_s + h(ReportText::tr("Steps to run for it: %1").arg(compactJson(suggested)))
                + u"</p>\n"_s;
        }
    }
}

// The whole report as JSON, for whoever needs a detail the pages above leave out: collapsed in a
// browser, the last pages on paper.
void HtmlBuilder::appendix(const QJsonObject& doc)
{
    if (!m_rich) {
        m_out += u"<section id=\"appendix\">\n"_s;
    }
    if (m_rich && !m_attachedAs.isEmpty()) {
        // The PDF carries the raw data as a file of its own: no pages of JSON to print.
        m_out += u"<h2><a name=\"appendix\">"_s + h(ReportText::tr("The raw data")) + u"</a></h2>\n<p>"_s
            + h(ReportText::tr("Everything the steps gathered is attached to this PDF as %1 (the tcpdoctor-report/1 "
                               "format): your PDF reader lists it with the attachments (often a paper clip), where it "
                               "can be saved.")
                    .arg(m_attachedAs))
            + u"</p>\n"_s;
        return;
    }
    m_out += pageHeading(u"appendix"_s, ReportText::tr("Appendix: the raw data"));
    m_out += u"<p class=\"meta\">"_s
        + h(ReportText::tr("Everything the steps gathered, as tcpdoctor saves it in a .json report "
                           "(the tcpdoctor-report/1 format)."))
        + u"</p>\n"_s;
    const QString json = h(reportJsonText(doc, m_rich ? 120 : 100)); // 6.5 pt monospace: 120 columns on A4
    if (m_rich) {
        m_out += u"<pre class=\"json\" style=\"white-space:pre-wrap\">"_s + json + u"</pre>\n"_s;
    } else {
        m_out += u"<details id=\"raw-json\"><summary>"_s + h(ReportText::tr("Show the raw data (JSON)"))
            + u"</summary>\n<pre class=\"json\">"_s + json + u"</pre>\n</details>\n</section>\n"_s;
    }
}

QString HtmlBuilder::build(const QJsonObject& doc)
{
    // Page 1, the summary: the verdict, what to do, the checklist, the connections tried, the path.
    head(doc);
    verdict(doc);
    checklist(doc);
    attempts(doc);
    m_out += u"<h2>"_s + h(ReportText::tr("Where the problem is")) + u"</h2>\n"_s;
    diagram(pathDiagram(doc));
    // Then the evidence, step by step, and the rest; the raw data last.
    stepSection(doc);
    timeline(doc);
    environment(doc);
    extras(doc);
    const QString footer
        = h(ReportText::tr("Made by tcpdoctor %1. This page contains no scripts and loads nothing from the network.")
                .arg(doc.value(u"tool"_s).toObject().value(u"version"_s).toString()));
    appendix(doc); // (on paper every page's footer names the report instead)
    m_out += m_rich ? QString() : u"<footer>"_s + footer + u"</footer>\n"_s;
    m_out += u"</body>\n</html>\n"_s;
    return m_out;
}
} // namespace

QString richTextDiagramUrl(const Diagram& diagram)
{
    return u"tcpdoctor-diagram:"_s + diagram.id;
}

QString reportToHtml(const Report& report)
{
    return HtmlBuilder(false).build(reportToJson(report));
}

RichTextReport reportToRichText(const Report& report, bool summaryPage, const QString& rawDataAttachedAs)
{
    HtmlBuilder builder(true, summaryPage, rawDataAttachedAs);
    RichTextReport r;
    r.html = builder.build(reportToJson(report));
    r.diagrams = builder.diagrams();
    return r;
}

} // namespace tcpd::core
