// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Each writer against a report full of hostile text: nothing from the network or the user may
// become markup, a link, a terminal control sequence or reordered text; the content comes in the
// promised order; absent data shows as "not checked".

#include "ReportSamples.h"
#include "report/Escape.h"
#include "report/HtmlWriter.h"
#include "report/Report.h"
#include "report/ReportEvidence.h"
#include "report/ReportText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <limits>

using namespace Qt::StringLiterals;
using namespace tcpd::core;
using tcpd::test::hostileReport;
using tcpd::test::minimalReport;

namespace {
// The first control or invisible format character in `s` (besides \n and \t), or -1.
qsizetype firstHiddenChar(const QString& s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f
            || (c.unicode() >= 0x80 && c.unicode() < 0xa0) || c.category() == QChar::Other_Format
            || c.category() == QChar::Separator_Line) {
            return i;
        }
    }
    return -1;
}

// Every tag name in an HTML document.
QSet<QString> tagNames(const QString& html)
{
    QSet<QString> names;
    static const QRegularExpression tag(u"<\\s*/?\\s*([A-Za-z][A-Za-z0-9-]*)"_s);
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        names.insert(it.next().captured(1).toLower());
    }
    return names;
}

std::string str(const QString& s)
{
    return s.toStdString();
}
} // namespace

TEST(Escape, HtmlEscapesMarkupAndShowsControls)
{
    EXPECT_EQ(escapeHtml(u"<script>alert('x')</script> & \"q\""_s),
              u"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    EXPECT_EQ(escapeHtml(u"a\x1b[31mb\x07"_s), u"a\\x1b[31mb\\x07");
    EXPECT_EQ(escapeHtml(u"\u202Eevil\u200B"_s), u"\\u202eevil\\u200b");
    EXPECT_EQ(escapeHtml(u"line1\nline2"_s), u"line1\nline2");
}

TEST(Escape, ControlsAreVisibleButNewlinesCanStay)
{
    EXPECT_EQ(escapeControls(u"a\nb\tc\rd"_s), u"a\\nb\\tc\\rd");
    EXPECT_EQ(escapeControls(u"a\nb\tc\rd"_s, true), u"a\nb\tc\\rd");
    EXPECT_EQ(escapeControls(u"\u0085\u2028x"_s), u"\\x85\\u2028x");
    EXPECT_EQ(escapeControls(u"bücher.example ✔"_s), u"bücher.example ✔") << "ordinary Unicode is kept";
    // JSON for a terminal: the same JSON value, with format characters as JSON escapes.
    using tcpd::core::escapeJsonForTerminal;
    EXPECT_EQ(escapeJsonForTerminal(u"{\n  \"a\": \"x\u202ey\u0085\"\n}"_s), u"{\n  \"a\": \"x\\u202ey\\u0085\"\n}");
    EXPECT_EQ(escapeJsonForTerminal(u"\"\U000E0001\""_s), u"\"\\udb40\\udc01\"") << "a pair above the BMP";
    EXPECT_EQ(escapeJsonForTerminal(u"\"bücher ✓\""_s), u"\"bücher ✓\"") << "ordinary text stays";
}

TEST(Escape, MarkdownMetacharactersAreEscaped)
{
    EXPECT_EQ(escapeMarkdown(u"<script>alert(1)</script>"_s), u"\\<script\\>alert(1)\\</script\\>");
    EXPECT_EQ(escapeMarkdown(u"[click](javascript:alert(3))"_s), u"\\[click\\](javascript:alert(3))");
    EXPECT_EQ(escapeMarkdown(u"*b* _i_ `c` | ~~s~~ &amp; $x$ \\"_s),
              u"\\*b\\* \\_i\\_ \\`c\\` \\| \\~\\~s\\~\\~ \\&amp; \\$x\\$ \\\\");
    EXPECT_EQ(escapeMarkdown(u"# heading"_s), u"\\# heading");
    EXPECT_EQ(escapeMarkdown(u"- item"_s), u"\\- item");
    EXPECT_EQ(escapeMarkdown(u"12. item"_s), u"12\\. item");
    // One line (a newline cannot start a block); the escape's own backslash is escaped, so it renders as \x1b.
    EXPECT_EQ(escapeMarkdown(u"a\nb\x1b"_s), u"a b\\\\x1b");
    EXPECT_EQ(escapeMarkdown(u"port 443 on 192.0.2.1"_s), u"port 443 on 192.0.2.1") << "plain text stays readable";
    EXPECT_EQ(escapeMarkdown(u"192.0.2.1 answered"_s), u"192.0.2.1 answered") << "not a list item";
    EXPECT_EQ(escapeMarkdown(u"---"_s), u"\\---") << "not a rule";
    EXPECT_EQ(escapeMarkdown(u"#hashtag"_s), u"#hashtag");
}

TEST(Escape, MarkdownCodeHoldsAnyText)
{
    EXPECT_EQ(markdownCode(u"a`b"_s), u"``a`b``");
    EXPECT_EQ(markdownCode(u"`x`"_s), u"`` `x` ``");
    EXPECT_EQ(markdownCode(u"a|b"_s, true), u"`a\\|b`");
    EXPECT_EQ(markdownCode(u"a\nb"_s), u"`a\\nb`");
    const QString fence = markdownFence(u"x\n```\n# y\n"_s);
    EXPECT_TRUE(fence.startsWith(u"````text\n"_s)) << str(fence);
    EXPECT_TRUE(fence.endsWith(u"\n````\n"_s)) << str(fence);
}

TEST(HtmlWriter, HostileTextIsNeverMarkup)
{
    const QString html = reportToHtml(hostileReport());
    EXPECT_FALSE(html.contains(u"<script"_s, Qt::CaseInsensitive));
    EXPECT_FALSE(html.contains(u"<img"_s, Qt::CaseInsensitive));
    EXPECT_TRUE(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s)) << "the banner is shown, escaped";
    EXPECT_TRUE(html.contains(u"&lt;img src=x onerror=alert(2)&gt;"_s));
    EXPECT_EQ(firstHiddenChar(html), -1);
    EXPECT_TRUE(html.contains(u"\\x1b[2J\\x07"_s)) << "control characters are shown as escapes";
    EXPECT_TRUE(html.contains(u"\\u202eevil"_s));

    const QSet<QString> allowed{
        u"!doctype"_s, u"html"_s, u"head"_s, u"meta"_s,    u"title"_s,   u"style"_s,   u"body"_s,   u"h1"_s, u"h2"_s,
        u"h3"_s,       u"h4"_s,   u"p"_s,    u"strong"_s,  u"code"_s,    u"section"_s, u"ol"_s,     u"ul"_s, u"li"_s,
        u"svg"_s,      u"desc"_s, u"rect"_s, u"line"_s,    u"polygon"_s, u"text"_s,    u"table"_s,  u"tr"_s, u"th"_s,
        u"td"_s,       u"span"_s, u"br"_s,   u"details"_s, u"summary"_s, u"pre"_s,     u"footer"_s, u"div"_s};
    for (const QString& t : tagNames(html)) {
        EXPECT_TRUE(allowed.contains(t)) << "unexpected element <" << str(t) << ">";
    }
    static const QRegularExpression liveAttribute(u"<[^>]*\\s(on[a-z]+|href|src|srcdoc|formaction)\\s*="_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    EXPECT_FALSE(liveAttribute.match(html).hasMatch()) << str(liveAttribute.match(html).captured());
    EXPECT_FALSE(html.contains(u"url("_s)) << "nothing is loaded from anywhere";
}

TEST(HtmlWriter, SelfContainedLightDarkAndPrintable)
{
    const QString html = reportToHtml(hostileReport());
    EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>"_s));
    EXPECT_TRUE(html.contains(u"Content-Security-Policy"_s));
    EXPECT_TRUE(html.contains(u"default-src 'none'"_s));
    EXPECT_TRUE(html.contains(u"prefers-color-scheme:dark"_s));
    EXPECT_TRUE(html.contains(u"@media print"_s));
    EXPECT_TRUE(html.contains(u"<svg"_s));
    EXPECT_TRUE(html.contains(u"role=\"img\""_s));
}

TEST(HtmlWriter, ContentComesInTheUsefulOrder)
{
    const QString html = reportToHtml(hostileReport());
    const QStringList order{u"id=\"verdict\""_s,          u"Use IPv4 for now."_s,
                            u"id=\"path-title\""_s,       u"id=\"step-link\""_s,
                            u"id=\"step-port\""_s,        u"id=\"handshake-1-title\""_s,
                            u"id=\"timeline-title\""_s,   u">This computer</h2>"_s,
                            u">The error message</h2>"_s, u"<footer>"_s};
    qsizetype last = -1;
    for (const QString& marker : order) {
        const qsizetype at = html.indexOf(marker);
        ASSERT_GE(at, 0) << "missing: " << str(marker);
        EXPECT_GT(at, last) << str(marker) << " is out of order";
        last = at;
    }
}

TEST(HtmlWriter, LadderAndPathShowWhatHappened)
{
    const QString html = reportToHtml(hostileReport());
    EXPECT_TRUE(html.contains(u">SYN-ACK</text>"_s));
    EXPECT_TRUE(html.contains(u"ICMP 3/13: communication administratively prohibited"_s));
    EXPECT_TRUE(html.contains(u"router 203.0.113.254"_s));
    EXPECT_TRUE(html.contains(u">nothing came back</text>"_s));
    EXPECT_TRUE(html.contains(u">12 ms</text>"_s)) << "the handshake time";
    EXPECT_TRUE(html.contains(u"id=\"handshake-3-title\""_s)) << "one ladder per address";
    // The path: ok.partial blames the network, drawn with a strong outline and named in the text alternative.
    EXPECT_TRUE(html.contains(u"class=\"box t-warn strong\""_s));
    EXPECT_TRUE(html.contains(u"Network: partly works — the problem is here"_s));
    EXPECT_TRUE(html.contains(u"Router (192.168.1.1): works"_s));
}

TEST(HtmlWriter, EnvironmentFromTheStepsOrNotChecked)
{
    const QString full = reportToHtml(hostileReport());
    // Interfaces and addresses are in the evidence's interfaces table, not repeated under "This computer".
    EXPECT_TRUE(full.contains(u"<td class=\"nw\">eth0</td><td>wired</td><td>connected</td>"_s));
    EXPECT_TRUE(full.contains(u"<td class=\"nw\">192.168.1.23/24<br>2a01:4f8:1:2::23/64</td>"_s));
    EXPECT_FALSE(full.contains(u"<th>Interfaces</th>"_s));
    EXPECT_TRUE(full.contains(u"9.9.9.9"_s));
    EXPECT_TRUE(full.contains(u"2026-11-21 11:00:00 +01:00 (Europe/Berlin)"_s)) << "local time with the zone";
    EXPECT_TRUE(full.contains(u"Debian GNU/Linux 12 (bookworm) (linux 6.1.0, x86_64)"_s));

    const QString bare = reportToHtml(minimalReport());
    const QRegularExpression notChecked(u"<th>(Interfaces|Addresses|Default gateway|DNS servers|Proxy)</th><td><span "
                                        "class=\"muted\">not checked</span>"_s);
    int rows = 0;
    for (auto it = notChecked.globalMatch(bare); it.hasNext(); it.next()) {
        ++rows;
    }
    EXPECT_EQ(rows, 5) << "every row no step gathered says so";
    EXPECT_FALSE(bare.contains(u"The error message"_s)) << "no paste, no section";
}

TEST(HtmlWriter, RichTextFlavourHasTheSameContentAndImages)
{
    const RichTextReport rich = reportToRichText(hostileReport());
    EXPECT_FALSE(rich.html.contains(u"<svg"_s));
    EXPECT_FALSE(rich.html.contains(u"<script"_s, Qt::CaseInsensitive));
    EXPECT_TRUE(rich.html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    ASSERT_EQ(rich.diagrams.size(), 4) << "path, three ladders (the timeline is for screens)";
    for (const Diagram& d : rich.diagrams) {
        EXPECT_TRUE(rich.html.contains(u"src=\""_s + richTextDiagramUrl(d) + u'"')) << str(d.id);
    }
    EXPECT_EQ(firstHiddenChar(rich.html), -1);
}

// The body says what the steps found; it never dumps their `data`, whose keys are for programs.
TEST(HtmlWriter, EvidenceIsReadableNotARawDump)
{
    for (const bool rich : {false, true}) {
        const QString html = rich ? reportToRichText(hostileReport()).html : reportToHtml(hostileReport());
        const qsizetype appendix = html.indexOf(rich ? u"name=\"appendix\""_s : u"id=\"appendix\""_s);
        ASSERT_GT(appendix, 0) << "rich: " << rich;
        const QString body = html.left(appendix);
        for (const QString& key : {u"mac_address"_s, u"prefix_length"_s, u"cname_chain"_s, u"next_hop"_s,
                                   u"elapsed_ms"_s, u"class=\"data\""_s, u"Evidence (raw data)"_s}) {
            EXPECT_FALSE(body.contains(key)) << str(key) << " in the body, rich: " << rich;
            EXPECT_TRUE(key.contains(u'=') || key.contains(u' ') || html.mid(appendix).contains(key))
                << str(key) << " is missing from the appendix";
        }
        EXPECT_TRUE(body.contains(u"Packets to 93.184.216.34 go through the router 192.168.1.1 on eth0, from "
                                  "192.168.1.23."_s))
            << "the route in a sentence";
    }
}

TEST(HtmlWriter, InterfacesTableHasItsColumnsAndCellsThatNeverBreak)
{
    const QString html = reportToHtml(hostileReport());
    const qsizetype at = html.indexOf(u"<table class=\"ev\" id=\"ev-interfaces\">"_s);
    ASSERT_GE(at, 0);
    const QString table = html.mid(at, html.indexOf(u"</table>"_s, at) - at);
    EXPECT_TRUE(table.contains(u"<tr><th class=\"ev\">Interface</th><th class=\"ev\">Type</th><th class=\"ev\">State"
                               "</th><th class=\"ev\">MTU</th><th class=\"ev\">Addresses</th><th class=\"ev\">MAC "
                               "address</th></tr>"_s))
        << str(table);
    EXPECT_TRUE(table.contains(u"<td class=\"nw\">52:54:00:12:34:56</td>"_s)) << "a MAC address never wraps";
    EXPECT_TRUE(table.contains(u"<td class=\"nw\">192.168.1.23/24<br>2a01:4f8:1:2::23/64</td>"_s))
        << "nor does an IPv6 address";
    EXPECT_TRUE(table.contains(u"<td>Wi-Fi (Alice&#39;s home)</td><td>not connected</td>"_s));
    EXPECT_TRUE(html.contains(u".nowrap,td.nw{white-space:nowrap}"_s));

    // The same in the rich text of the PDF: QTextDocument needs the style on the cell itself.
    const QString rich = reportToRichText(hostileReport()).html;
    EXPECT_TRUE(rich.contains(u"<td class=\"nw\" style=\"white-space:nowrap\">52:54:00:12:34:56</td>"_s));
    EXPECT_TRUE(rich.contains(u"<td class=\"nw\" style=\"white-space:nowrap\">192.168.1.23/24<br>2a01:4f8:1:2::23/64</td>"_s));
}

TEST(HtmlWriter, AddressesRoutesAndDnsServersAreLists)
{
    Report r = hostileReport();
    QJsonObject ip = r.steps[1].data;
    QJsonArray routes;
    for (int i = 0; i < 30; ++i) {
        routes.append(QJsonObject{{u"destination"_s, u"10.%1.0.0"_s.arg(i)},
                                  {u"prefix_length"_s, 16},
                                  {u"gateway"_s, u"192.168.1.1"_s},
                                  {u"interface"_s, u"eth0"_s},
                                  {u"metric"_s, 100},
                                  {u"type"_s, u"unicast"_s}});
    }
    ip[u"routes"_s] = routes;
    r.steps[1].data = ip;
    const QString html = reportToHtml(r);
    EXPECT_TRUE(html.contains(u"<ul class=\"ev\" id=\"ev-dns-servers\">\n<li>192.168.1.1</li>\n<li>9.9.9.9</li>"_s));
    EXPECT_TRUE(html.contains(u"<ul class=\"ev\" id=\"ev-gateways\">\n<li>192.168.1.1 on eth0</li>"_s));
    EXPECT_TRUE(html.contains(u"<li>10.0.0.0/16 via 192.168.1.1 on eth0 (metric 100)</li>"_s));
    EXPECT_TRUE(html.contains(u"<li>10.11.0.0/16 via 192.168.1.1 on eth0 (metric 100)</li>"_s));
    EXPECT_FALSE(html.left(html.indexOf(u"id=\"appendix\""_s)).contains(u"10.12.0.0/16"_s)) << "a long list is cut";
    EXPECT_TRUE(html.contains(u"<li>… and 18 more (all of them are in the raw data at the end)</li>"_s));
    EXPECT_TRUE(html.mid(html.indexOf(u"id=\"appendix\""_s)).contains(u"10.29.0.0"_s)) << "the appendix has them all";
}

// HTML: the whole report as JSON in a closed <details> after everything else; it reads back as the report.
TEST(HtmlWriter, RawJsonIsACollapsedAppendixThatReadsBack)
{
    const QString html = reportToHtml(hostileReport());
    const qsizetype details = html.indexOf(u"<details id=\"raw-json\"><summary>"_s);
    ASSERT_GT(details, html.indexOf(u"id=\"step-port\""_s));
    EXPECT_GT(details, html.indexOf(u">This computer</h2>"_s));
    EXPECT_EQ(html.count(u"<details"_s), 1) << "nothing else is folded away";
    const qsizetype open = html.indexOf(u"<pre class=\"json\">"_s, details) + 18;
    const QString escaped = html.mid(open, html.indexOf(u"</pre>"_s, open) - open);
    QString json = escaped;
    json.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s);
    json.replace(u"&amp;"_s, u"&"_s);
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(json.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << str(error.errorString());
    EXPECT_EQ(back.object(), reportToJson(hostileReport()));
    EXPECT_FALSE(escaped.contains(u'<')) << "escaped like everything else";

    // On paper: the last pages, monospace, wrapped.
    const QString rich = reportToRichText(hostileReport()).html;
    EXPECT_FALSE(rich.contains(u"<details"_s));
    EXPECT_TRUE(rich.contains(u"<h2 style=\"page-break-before:always\"><a name=\"appendix\">"_s));
    EXPECT_TRUE(rich.contains(u"<pre class=\"json\" style=\"white-space:pre-wrap\">"_s));
    EXPECT_TRUE(rich.contains(u"<h2 style=\"page-break-before:always\"><a name=\"evidence\">"_s));
    EXPECT_TRUE(reportToRichText(hostileReport(), false).html.contains(u"<h2><a name=\"evidence\">"_s))
        << "a long summary runs on into the evidence";
}

TEST(ReportEvidence, JsonForReadingIsDenseAndValid)
{
    const QJsonObject doc = reportToJson(hostileReport());
    const QString text = reporttext::reportJsonText(doc, 80);
    EXPECT_EQ(QJsonDocument::fromJson(text.toUtf8()).object(), doc);
    const QStringList lines = text.split(u'\n');
    for (const QString& line : lines) {
        // Only a member that is one long string (the hostile banner, the pasted message) runs over.
        EXPECT_TRUE(line.size() <= 80 || line.trimmed().count(u"\": "_s) <= 1) << str(line);
    }
    EXPECT_LT(lines.size(), QJsonDocument(doc).toJson(QJsonDocument::Indented).count('\n') * 2 / 3)
        << "short members share a line";
    EXPECT_TRUE(text.contains(u"\"prefix_length\": 24"_s));
}

TEST(ReportEvidence, StepsThatDidNotLookHaveNoEvidence)
{
    const QJsonObject doc = reportToJson(minimalReport());
    for (const QString& id : {u"link"_s, u"ip"_s, u"dns"_s, u"proxy"_s, u"firewall"_s, u"service"_s}) {
        EXPECT_TRUE(reporttext::stepEvidence(doc, id).isEmpty()) << str(id);
    }
}

TEST(MarkdownWriter, HostileTextStaysText)
{
    const QString md = reportToMarkdown(hostileReport());
    EXPECT_EQ(firstHiddenChar(md), -1);
    // Outside code spans and the fenced paste, no character may open markup.
    QString outside = md;
    outside.remove(QRegularExpression(u"(?s)\n(`{3,})text\n.*?\n\\1\n"_s));
    outside.remove(QRegularExpression(u"(`+) .*? \\1|(`+)[^`\n]*?\\2"_s));
    static const QRegularExpression unescaped(u"(?<!\\\\)[<>\\[\\]`]"_s);
    EXPECT_FALSE(unescaped.match(outside).hasMatch())
        << "unescaped '" << str(unescaped.match(outside).captured()) << "' in: " << str(outside);
    EXPECT_TRUE(md.contains(u"`<script>alert(1)</script>\\x1b[2J\\x07"_s)) << "the banner, literally, in a code span";
    EXPECT_TRUE(md.contains(u"```text\n"_s) || md.contains(u"````text\n"_s));
    EXPECT_TRUE(md.contains(u"\n````text\ncurl: (7)"_s)) << "the paste's own ``` cannot close the fence";
    EXPECT_TRUE(md.contains(u"\n2. \\# Tell the admins"_s)) << "a list item cannot become a heading";
}

TEST(MarkdownWriter, ShortWithTheVerdictFirst)
{
    const QString md = reportToMarkdown(hostileReport());
    EXPECT_TRUE(md.startsWith(u"## tcpdoctor: example.com, port 443 (https)"_s)) << str(md.left(80));
    EXPECT_LT(md.indexOf(u"What to do next"_s), md.indexOf(u"| Step |"_s));
    EXPECT_EQ(md.count(u"\n| "_s), 1 + 5) << "the header and one row per step";
    EXPECT_LT(md.size(), 4000) << "short enough for a ticket";
}

TEST(TextWriter, NothingReachesTheTerminalRaw)
{
    const QString text = reportToText(hostileReport());
    EXPECT_EQ(firstHiddenChar(text), -1);
    EXPECT_TRUE(text.contains(u"\\x1b[2J\\x07"_s));
    EXPECT_TRUE(text.contains(u"  > <img src=x onerror=alert(1)>"_s)) << "the paste, quoted line by line";
    EXPECT_TRUE(text.contains(u"⚠ Port 443 answers on 1 of 3 addresses"_s));
    EXPECT_TRUE(text.contains(u"2606:2800:220:1::1: no answer in 1500 ms (SYN sent 3 times)"_s));
    EXPECT_TRUE(text.contains(u"Verdict code: ok.partial (layer: network)"_s));
}

TEST(JsonWriter, AdditionsNeverRenameTheContract)
{
    const QJsonObject o = reportToJson(hostileReport());
    EXPECT_EQ(o.value(u"schema"_s).toString(), u"tcpdoctor-report/1");
    EXPECT_FALSE(o.value(u"redacted"_s).toBool());
    const QJsonObject env = o.value(u"environment"_s).toObject();
    EXPECT_EQ(env.value(u"host_name"_s).toString(), u"alice-laptop");
    EXPECT_EQ(env.value(u"time_zone"_s).toString(), u"Europe/Berlin");
    const QJsonObject pasted = o.value(u"explained_error"_s).toObject();
    EXPECT_TRUE(pasted.value(u"message"_s).toString().startsWith(u"curl: (7)"_s));
    EXPECT_EQ(pasted.value(u"code"_s).toString(), u"error.refused");
    EXPECT_FALSE(reportToJson(minimalReport()).contains(u"explained_error"_s));
    // The banner is kept as it came (JSON escapes it); the writers show it safely.
    const QJsonObject a0 = o.value(u"steps"_s)
                               .toArray()
                               .at(4)
                               .toObject()
                               .value(u"data"_s)
                               .toObject()
                               .value(u"attempts"_s)
                               .toArray()
                               .at(0)
                               .toObject();
    EXPECT_EQ(a0.value(u"banner"_s).toString(), tcpd::test::hostileText());
    EXPECT_FALSE(QJsonDocument(o).toJson().contains("\x1b")) << "JSON escapes control characters itself";
}

TEST(JsonWriter, EmptyEnvironmentIsFilledFromThisComputer)
{
    Report r = minimalReport();
    r.environment = {};
    const QJsonObject env = reportToJson(r).value(u"environment"_s).toObject();
    EXPECT_FALSE(env.value(u"os"_s).toString().isEmpty());
    EXPECT_FALSE(env.value(u"kernel"_s).toString().isEmpty());
}

TEST(Writers, ManualChecksAreShownWhenTheWizardRecordedThem)
{
    Report r = hostileReport();
    EXPECT_FALSE(reportToHtml(r).contains(u"Checked by hand"_s)) << "no questions asked, no section";
    r.manualChecks = {{u"cable_seated"_s, u"Is the <b>cable</b> plugged in?"_s, ManualCheck::Answer::Yes},
                      {u"router_lights"_s, u"Are the router's lights on?"_s, ManualCheck::Answer::Unknown}};
    const QString html = reportToHtml(r);
    EXPECT_TRUE(html.contains(u"<tr><th>Is the &lt;b&gt;cable&lt;/b&gt; plugged in?</th><td>yes</td></tr>"_s));
    EXPECT_TRUE(html.contains(u"<tr><th>Are the router&#39;s lights on?</th><td>not answered</td></tr>"_s));
    EXPECT_LT(html.indexOf(u">This computer</h2>"_s), html.indexOf(u">Checked by hand</h2>"_s));
    EXPECT_LT(html.indexOf(u">Checked by hand</h2>"_s), html.indexOf(u">The error message</h2>"_s));
    EXPECT_TRUE(reportToMarkdown(r).contains(u"- Is the \\<b\\>cable\\</b\\> plugged in?: yes"_s));
    EXPECT_TRUE(reportToText(r).contains(u"  - Are the router's lights on?: not answered"_s));

    // Other shapes of `manual_checks` (a saved report from another version) read as well.
    QJsonObject doc = reportToJson(minimalReport());
    EXPECT_TRUE(tcpd::core::reporttext::manualChecks(doc).isEmpty());
    doc.insert(u"manual_checks"_s,
               QJsonArray{QJsonObject{{u"question"_s, u"Is the cable plugged in?"_s}, {u"answer"_s, u"yes"_s}},
                          QJsonObject{
                              {u"id"_s, u"router_lights"_s}, {u"answer"_s, false}, {u"note"_s, u"<b>blinking</b>"_s}}});
    const auto checks = tcpd::core::reporttext::manualChecks(doc);
    ASSERT_EQ(checks.size(), 2);
    EXPECT_EQ(checks.at(0).first, u"Is the cable plugged in?");
    EXPECT_EQ(checks.at(0).second, u"yes");
    EXPECT_EQ(checks.at(1).second, u"no — <b>blinking</b>");
}

// Found by tests/fuzz (fuzz_report): a report read back may hold any step id and any number. An
// unknown id is text like any other, and numbers out of range are "unknown" or printed as they are
// (qRound64 of 1e300 was undefined behaviour); the timeline stays within its axis.
TEST(Writers, ReportsReadBackWithOddIdsAndNumbers)
{
    Report r = minimalReport();
    r.steps[0].id = u"\u202Eevil\x1b[2J"_s;
    r.steps[1].status = StepStatus::Pass;
    r.steps[1].startedMs = std::numeric_limits<qint64>::min();
    r.steps[1].durationMs = std::numeric_limits<qint64>::max();
    r.steps[5].data = QJsonObject{{u"attempts"_s,
                                   QJsonArray{QJsonObject{{u"address"_s, u"127.0.0.1"_s},
                                                          {u"outcome"_s, u"open"_s},
                                                          {u"rtt_ms"_s, 1e300},
                                                          {u"elapsed_ms"_s, -1e300}}}},
                                  {u"huge"_s, 1e300}};
    const QString text = reportToText(r);
    EXPECT_EQ(firstHiddenChar(text), -1) << text.toStdString();
    EXPECT_TRUE(text.contains(u"\\u202eevil\\x1b[2J"_s)) << text.toStdString();
    EXPECT_EQ(reporttext::formatMs(1e300), reporttext::formatMs(-1));
    EXPECT_EQ(reporttext::compactJson(1e300), u"1e+300"_s);
    EXPECT_EQ(reporttext::compactJson(-42.0), u"-42"_s);
    const QString html = reportToHtml(r);
    EXPECT_EQ(firstHiddenChar(html), -1);
    // Every coordinate of the drawings is a plain number within the page.
    static const QRegularExpression coordinate(uR"re(\b(?:x|y|x1|y1|x2|y2|width)="(-?[0-9.e+]+)")re"_s);
    int coordinates = 0;
    for (auto it = coordinate.globalMatch(html); it.hasNext(); ++coordinates) {
        const QRegularExpressionMatch m = it.next();
        const double v = m.captured(1).toDouble();
        EXPECT_TRUE(v > -1000 && v < 10000) << m.captured(0).toStdString();
    }
    EXPECT_GT(coordinates, 10) << "the report has its drawings";
}
