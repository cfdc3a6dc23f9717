// The layering rules of docs/ARCHITECTURE.md, read from the sources: a change that breaks one fails here.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Include
{
    QString file; // relative to the source root
    QString target;
};

QVector<Include> includesUnder(const QString &folder)
{
    const QString root = QStringLiteral(TD_SOURCE_DIR);
    static const QRegularExpression re(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""),
                                       QRegularExpression::MultilineOption);
    QVector<Include> out;
    QDirIterator it(root + QLatin1Char('/') + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        auto matches = re.globalMatch(text);
        while (matches.hasNext())
            out.append({path.mid(root.size() + 1), matches.next().captured(1)});
    }
    return out;
}

QStringList emulatorHeaders()
{
    QStringList names;
    QDirIterator it(QStringLiteral(TD_SOURCE_DIR "/emulator"), {QStringLiteral("*.h")}, QDir::Files);
    while (it.hasNext())
        names << QFileInfo(it.next()).fileName();
    return names;
}

} // namespace

class TstLayers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filesAreThere()
    {
        // The checks below would pass vacuously over an empty tree.
        QVERIFY(includesUnder(QStringLiteral("app")).size() > 500);
        QVERIFY(includesUnder(QStringLiteral("app/jobs")).size() > 10);
        QVERIFY(includesUnder(QStringLiteral("emulator")).size() > 50);
    }

    void coreIncludesNeitherUiNorEmulator()
    {
        const QStringList emulator = emulatorHeaders();
        QVERIFY(emulator.contains(QStringLiteral("EmulatorServer.h")));
        for (const Include &i : includesUnder(QStringLiteral("app"))) {
            QVERIFY2(!i.target.startsWith(QLatin1String("ui/")) &&
                         !i.target.startsWith(QLatin1String("emulator/")) && !emulator.contains(i.target) &&
                         !i.target.startsWith(QLatin1String("ui_")),
                     qPrintable(i.file + QLatin1String(" includes ") + i.target));
        }
    }

    void includesNameTheirLayer()
    {
        for (const QString &folder : {QStringLiteral("app"), QStringLiteral("ui")}) {
            for (const Include &i : includesUnder(folder)) {
                const bool generated = i.target.startsWith(QLatin1String("ui_")) ||
                                       i.target.startsWith(QLatin1String("moc_")) ||
                                       i.target.endsWith(QLatin1String(".moc"));
                QVERIFY2(generated || i.target.startsWith(QLatin1String("app/")) ||
                             i.target.startsWith(QLatin1String("ui/")),
                         qPrintable(i.file + QLatin1String(" includes ") + i.target));
            }
        }
    }

    void jobEngineIncludesNoFeature()
    {
        const QStringList allowed{QStringLiteral("app/jobs/"),    QStringLiteral("app/api/"),
                                  QStringLiteral("app/session/"), QStringLiteral("app/util/"),
                                  QStringLiteral("app/db/"),      QStringLiteral("app/domain/")};
        for (const Include &i : includesUnder(QStringLiteral("app/jobs"))) {
            bool ok = false;
            for (const QString &prefix : allowed)
                ok = ok || i.target.startsWith(prefix);
            QVERIFY2(ok, qPrintable(i.file + QLatin1String(" includes ") + i.target));
        }
    }

    void emulatorIncludesNoCore()
    {
        for (const Include &i : includesUnder(QStringLiteral("emulator")))
            QVERIFY2(!i.target.startsWith(QLatin1String("app/")) &&
                         !i.target.startsWith(QLatin1String("ui/")),
                     qPrintable(i.file + QLatin1String(" includes ") + i.target));
    }

    void nothingCitesTheSharedFolder()
    {
        for (const QString &folder :
             {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("emulator")}) {
            QDirIterator it(QStringLiteral(TD_SOURCE_DIR "/") + folder, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray text = f.readAll();
                QVERIFY2(!text.contains("../shared") && !text.contains("shared/reference"),
                         qPrintable(f.fileName()));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TstLayers)
#include "tst_layers.moc"
