#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <sys/stat.h>

#include "app/cli/CliContext.h"
#include "app/connections/ConnectionStore.h"
#include "app/jobs/JobJournal.h"
#include "app/onboarding/BulkCsv.h"
#include "app/registry/CustomerRegistry.h"
#include "app/util/DataDir.h"
#include "app/util/TerminalText.h"

using namespace td;

namespace {
const QString kConn = QStringLiteral("11111111-2222-4333-8444-555555555555");
const QString kEscape = QStringLiteral("Evil\x1b]0;pwned\x07 Corp\x1b[2J");

int modeOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}
} // namespace

// The data folder and what is in it are the user's alone; names cannot drive the terminal.
class TestPrivateFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // a data folder of its own, under the throwaway HOME
        ::umask(022);                             // the usual umask, which made files 0644 and folders 0755
    }

    void dataFolderAndStoresAreOwnerOnly()
    {
        const QString dir = DataDir::path();
        QCOMPARE(modeOf(dir), 0700);
        CustomerRegistry registry(DataDir::filePath(QStringLiteral("customers.sqlite")));
        QVERIFY(registry.open());
        Customer c;
        c.customerId = QStringLiteral("C1");
        c.displayName = QStringLiteral("One");
        c.connectionId = kConn;
        QVERIFY(registry.add(c));
        JobJournal journal(DataDir::filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(journal.open());
        for (const QString &name : QDir(dir).entryList(QDir::Files)) {
            QVERIFY2(
                modeOf(QDir(dir).filePath(name)) == 0600,
                qPrintable(name + QLatin1Char(' ') + QString::number(modeOf(QDir(dir).filePath(name)), 8)));
        }
        QVERIFY(QFileInfo::exists(DataDir::filePath(QStringLiteral("customers.sqlite-wal"))));
    }

    void settingsFileIsOwnerOnly()
    {
        QTemporaryDir tmp;
        QSettings settings(tmp.filePath(QStringLiteral("TenantDesk.conf")), QSettings::IniFormat);
        ConnectionStore store(&settings);
        Connection c;
        c.name = QStringLiteral("Contoso");
        c.tenantId = kConn;
        c.clientId = kConn;
        c.apiBaseUrl = Connection::publicApiBaseUrl();
        c.loginUrl = Connection::publicLoginUrl();
        QVERIFY(!store.save(c).isEmpty());
        QCOMPARE(modeOf(settings.fileName()), 0600);
    }

    void controlCharactersStrippedFromCliOutput()
    {
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        CliContext ctx;
        ctx.out = &o;
        ctx.err = &e;
        ctx.print(QStringLiteral("C1  ") + kEscape + QStringLiteral("\ttwo\nlines"));
        ctx.fail(1, kEscape);
        QCOMPARE(out, QStringLiteral("C1  Evil]0;pwned Corp[2J\ttwo\nlines\n"));
        QCOMPARE(err, QStringLiteral("Evil]0;pwned Corp[2J\n"));
        QCOMPARE(TerminalText::printable(QStringLiteral("a\u0085b\u007fc")), QStringLiteral("abc"));
        QCOMPARE(TerminalText::printable(QStringLiteral("K\u00f8benhavn \u2013 \u6771\u4eac")),
                 QStringLiteral("K\u00f8benhavn \u2013 \u6771\u4eac"));
    }

    void controlCharactersRefusedInNames()
    {
        QTemporaryDir tmp;
        CustomerRegistry registry(tmp.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(registry.open());
        Customer c;
        c.customerId = QStringLiteral("C1");
        c.displayName = kEscape;
        c.connectionId = kConn;
        QString error;
        QVERIFY(!registry.add(c, &error));
        QVERIFY2(error.contains(QLatin1String("control characters")), qPrintable(error));
        const QByteArray csv = "customerId,displayName\r\nC2,\"Bell\x07\"\r\nC3,\"Tab\there\"\r\nC4,Fine\r\n";
        const CsvImportResult r = registry.importCsv(csv, kConn);
        QCOMPARE(r.added, 0); // one refused row and nothing is imported
        QCOMPARE(r.errors.size(), 2);
        QVERIFY(registry.find(kConn, QStringLiteral("C2")).customerId.isEmpty());
        QVERIFY(registry.find(kConn, QStringLiteral("C4")).customerId.isEmpty());
        const BulkCsvResult bulk =
            BulkCsv::parse("customerId,displayName\nB1,\"Esc\x1b[2J\"\nB2,Fine\n", tmp.path());
        QCOMPARE(bulk.rows.size(), 2);
        QVERIFY2(bulk.rows[0].error.contains(QLatin1String("control characters")),
                 qPrintable(bulk.rows[0].error));
        QVERIFY(bulk.rows[1].ok());
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_private_files.moc"
