// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The tcpdoctor authors
#include "CompareDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tcpd::ui {

CompareDialog::CompareDialog(const QJsonObject& older, const QJsonObject& newer, QWidget* parent)
    : QDialog(parent)
    , m_comparison(core::compareReports(older, newer))
    , m_summary(new QLabel(this))
    , m_changes(new QListWidget(this))
{
    setObjectName(u"compareDialog"_s);
    setWindowTitle(tr("What changed since the earlier report"));
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_changes->setObjectName(u"changesList"_s);
    m_changes->setAccessibleName(tr("Changes"));
    m_changes->setWordWrap(true);
    m_changes->setMinimumSize(520, 220);

    // The earlier report's time, as people read dates in their language ("21.11.2026 08:15").
    const QString stamp = older.value(u"started_at"_s).toString();
    const QDateTime at = QDateTime::fromString(stamp, Qt::ISODateWithMs).isValid()
                             ? QDateTime::fromString(stamp, Qt::ISODateWithMs)
                             : QDateTime::fromString(stamp, Qt::ISODate);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : stamp;
    if (m_comparison.isEmpty()) {
        m_summary->setText(tr("Nothing changed since the report of %1: the same verdict, the same results.").arg(when));
    } else if (m_comparison.gotWorse()) {
        m_summary->setText(tr("Something got worse since the report of %1.").arg(when));
    } else {
        m_summary->setText(tr("Nothing got worse since the report of %1.").arg(when));
    }
    for (const core::ReportChange& c : m_comparison.changes) {
        using D = core::ReportChange::Direction;
        const QString mark = c.direction == D::Better ? u"✔ "_s : c.direction == D::Worse ? u"✘ "_s : u"• "_s;
        auto* item = new QListWidgetItem(mark + c.text, m_changes);
        item->setData(Qt::UserRole, static_cast<int>(c.direction));
        item->setToolTip(c.direction == D::Better      ? tr("better")
                             : c.direction == D::Worse ? tr("worse")
                                                       : tr("changed"));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
}

CompareDialog* CompareDialog::forFile(const QString& path, const core::Report& current, QWidget* parent, QString* error)
{
    const std::optional<QJsonObject> older = core::readReportJson(path, error);
    if (!older) {
        return nullptr;
    }
    return new CompareDialog(*older, core::reportToJson(current), parent);
}

bool CompareDialog::compareWithEarlierReport(const core::Report& current, QWidget* parent)
{
    QSettings settings;
    const QString dir
        = settings.value(u"export/lastFolder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString path = QFileDialog::getOpenFileName(parent, tr("Open an earlier JSON report"), dir,
                                                      tr("tcpdoctor JSON reports (*.json)"));
    if (path.isEmpty()) {
        return false;
    }
    QString error;
    CompareDialog* dialog = forFile(path, current, parent, &error);
    if (dialog == nullptr) {
        QMessageBox::warning(parent, tr("Compare reports"), error);
        return false;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->exec();
    return true;
}

} // namespace tcpd::ui
