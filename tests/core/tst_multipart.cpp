#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "app/api/MultipartFileBody.h"

using namespace td;

class TestMultipart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void streamsHeaderFileAndTrailerInSmallReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pbix"));
        QByteArray content;
        for (int i = 0; i < 100000; ++i)
            content.append(char(i % 251));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();

        MultipartFileBody body(path, QStringLiteral("Sales \"Q1\".pbix"));
        QVERIFY(body.openForUpload());
        QVERIFY(body.isSequential());
        QVERIFY(!body.reset());
        QVERIFY(body.contentType().startsWith("multipart/form-data; boundary=" + body.boundary()));
        const qint64 total = body.size();
        QByteArray all;
        char buf[777];
        for (;;) {
            const qint64 n = body.read(buf, sizeof buf);
            if (n <= 0)
                break;
            all.append(buf, int(n));
        }
        QCOMPARE(qint64(all.size()), total);
        const QByteArray head = "--" + body.boundary() + "\r\n";
        QVERIFY(all.startsWith(head));
        QVERIFY(all.contains("name=\"file\"; filename=\"Sales _Q1_.pbix\"\r\n")); // quotes cannot break out
        const int start = all.indexOf("\r\n\r\n") + 4;
        QCOMPARE(all.mid(start, content.size()), content);
        QCOMPARE(all.mid(start + content.size()), "\r\n--" + body.boundary() + "--\r\n");
        QCOMPARE(body.bytesAvailable(), 0);
    }

    void missingFileIsRefusedBeforeSending()
    {
        MultipartFileBody body(QStringLiteral("/nonexistent/dir/report.pbix"), QString());
        QVERIFY(!body.openForUpload());
        QVERIFY(!body.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMultipart)
#include "tst_multipart.moc"
