// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors

// Every user-visible string in core/, ui/ and app/ is marked for translation.

#include "StringScanner.h"

#include <QDirIterator>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QString kSource = QStringLiteral(TCPDOCTOR_SOURCE_DIR);

// Literals that reach a sink but are not prose to translate. Each with its reason; keep it short.
struct Allowed {
    const char16_t* file; ///< path under the source folder, or u"*" for any file
    const char16_t* literal; ///< exactly as written between the quotes
    const char16_t* reason;
};
const Allowed kAllowlist[] = {
    {u"app/Cli.cpp", u"tcpdoctor: ", u"the program's name, the prefix of every command-line message"},
    {u"app/Cli.cpp", u"IPv4", u"a protocol's name, the same in every language"},
    {u"app/Cli.cpp", u"IPv6", u"a protocol's name, the same in every language"},
    {u"app/Cli.cpp", u"--ipv4", u"an option, typed as is"},
    {u"app/Cli.cpp", u"--ipv6", u"an option, typed as is"},
    {u"core/steps/LinkStep.cpp", u"unknown",
     u"the kernel's operstate word (up, down, unknown...), quoted as the kernel says it"},
    {u"core/diagnosis/LinkIpRules.cpp", u"unknown", u"the kernel's operstate word, quoted as in the report's data"},
    {u"core/steps/NetConfigJson.cpp", u"system", u"a ProxySetting's source code in the JSON data, not a text"},
    {u"core/report/HtmlWriter.cpp", u"info", u"a CSS class (sev-info)"},
    {u"core/report/HtmlWriter.cpp",
     u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src ",
     u"HTML markup (the report's security policy)"},
    {u"core/report/HtmlWriter.cpp", u"'unsafe-inline'\">\n", u"HTML markup (the report's security policy)"},
    {u"core/report/HtmlWriter.cpp", u"checklist", u"a CSS class of the checklist table"},
    {u"core/report/HtmlWriter.cpp", u"evidence", u"an HTML id (the evidence section)"},
    {u"core/report/HtmlWriter.cpp", u"appendix", u"an HTML id (the raw-data appendix)"},
    {u"core/report/HtmlWriter.cpp", u" style=\"white-space:nowrap\"", u"HTML markup (cells that never break)"},
    {u"core/report/HtmlWriter.cpp", u" id=\"ev-%1\">", u"HTML markup (a step's anchor)"},
    {u"core/report/ReportEvidence.cpp", u"addresses", u"a CSS class of a list"},
    {u"core/report/ReportEvidence.cpp", u"gateways", u"a CSS class of a list"},
    {u"core/report/ReportEvidence.cpp", u"routes", u"a CSS class of a list"},
    {u"core/report/ReportEvidence.cpp", u"proxies", u"a CSS class of a list"},
};

// core/platform/ is the OS-facing layer: what it writes is the OS's own words and commands (std::string),
// kept verbatim as evidence in the report's data; the steps turn it into translated findings.
bool excludedFolder(const QString& file)
{
    return file.startsWith(u"core/platform/");
}

bool allowed(const QString& file, const QString& literal)
{
    for (const Allowed& a : kAllowlist) {
        if ((QStringView(a.file) == u"*" || QStringView(a.file) == file) && QStringView(a.literal) == literal) {
            return true;
        }
    }
    return false;
}

TEST(UnmarkedStrings, EveryUserVisibleLiteralIsTranslatable)
{
    QStringList problems;
    int files = 0;
    for (const QString& dir : {u"core"_s, u"ui"_s, u"app"_s}) {
        QDirIterator it(kSource + u'/' + dir, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
            ++files;
            const QString relative = path.mid(kSource.size() + 1);
            if (excludedFolder(relative)) {
                continue;
            }
            for (const tcpd::test::UnmarkedString& u :
                 tcpd::test::findUnmarkedStrings(QString::fromUtf8(f.readAll()))) {
                if (!allowed(relative, u.literal)) {
                    problems << u"%1:%2: \"%3\" reaches %4 without tr()"_s.arg(relative).arg(u.line).arg(u.literal,
                                                                                                         u.sink);
                }
            }
        }
    }
    EXPECT_GT(files, 50) << "scanned almost nothing: is TCPDOCTOR_SOURCE_DIR right?";
    EXPECT_TRUE(problems.isEmpty()) << problems.size() << " user-visible string(s) not marked for translation "
                                    << "(wrap in tr(), or allowlist in tests/i18n/UnmarkedStringsTest.cpp with a "
                                    << "reason):\n  " << problems.join(u"\n  "_s).toStdString();
}

// The scanner itself: it catches what it should and leaves alone what it should.
TEST(UnmarkedStrings, ScannerFindsLiteralsInSinks)
{
    const QString code = uR"cpp(
        label->setText(u"Hello there"_s);                 // caught
        label->setText(tr("Hello there"));                // marked
        button->setToolTip(QStringLiteral("Press me"));   // caught
        auto* l = new QLabel(u"<b>%1</b>"_s.arg(x), this); // no words: fine
        f.advice << u"Restart the router."_s;             // caught
        f.detail = Step::tr("%1 ms").arg(n) + u" — "_s;   // fine
        r.summary = QCoreApplication::translate("Ctx", "Done");
        QTextStream(stderr) << u"tcpdoctor: cannot read it"_s << Qt::endl; // caught
        // label->setText(u"in a comment"_s);
        /* label->setText(u"in a block comment"_s); */
        f.title = x == y ? u"A title here"_s : tr("Other"); // caught
    )cpp"_s;
    const QList<tcpd::test::UnmarkedString> found = tcpd::test::findUnmarkedStrings(code);
    QStringList literals;
    for (const auto& u : found) {
        literals << u.literal;
    }
    EXPECT_EQ(literals,
              (QStringList{u"Hello there"_s, u"Press me"_s, u"Restart the router."_s, u"tcpdoctor: cannot read it"_s,
                           u"A title here"_s}));
    ASSERT_FALSE(found.isEmpty());
    EXPECT_EQ(found.first().line, 2);
}

} // namespace
