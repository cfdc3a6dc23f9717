// bench_import: `customers import` of a generated CSV (default 100,000 customers) into a fresh registry,
// the way the CLI does it (the file read through InputFile, every row checked, one transaction), then the
// same file again (every row an update). Bound: 10 s per import. Last line:
//   import: n=<rows> wall=<s> cpu=<s> rows_per_s=<n> bound=10.0 ratio=<wall / bound> again=<s> rss=<MB>
// (cpu: this process's CPU time for the first import; on a loaded machine wall time is far above it)
// Usage: bench_import [--n N]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

#include "BenchSupport.h"
#include "app/registry/CustomerRegistry.h"
#include "app/util/InputFile.h"

using namespace td;

namespace {
const QString kConn = QStringLiteral("11111111-2222-4333-8444-555555555555");
constexpr double kBoundSecs = 10.0;

// Seconds (wall and CPU) to read and import path; false when the import refused anything.
bool timedImport(CustomerRegistry &registry, const QString &path, int n, double *secs,
                 double *cpuSecs = nullptr)
{
    QElapsedTimer t;
    t.start();
    const std::clock_t cpu = std::clock();
    QByteArray bytes;
    QString error;
    if (!InputFile::read(path, InputFile::CsvLimit, &bytes, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const CsvImportResult r = registry.importCsv(bytes, kConn);
    *secs = double(t.elapsed()) / 1000.0;
    if (cpuSecs)
        *cpuSecs = double(std::clock() - cpu) / CLOCKS_PER_SEC;
    if (!r.errors.isEmpty() || r.added + r.updated != n) {
        std::fprintf(stderr, "import refused: %s\n", qPrintable(r.errors.mid(0, 3).join(QLatin1Char('\n'))));
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.contains(QStringLiteral("--n"))
                      ? args.value(args.indexOf(QStringLiteral("--n")) + 1).toInt()
                      : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    QFile f(path);
    if (n <= 0 || !f.open(QIODevice::WriteOnly))
        return 2;
    f.write("customerId,displayName,identity,profileId,workspaceIds,status\n");
    for (int i = 0; i < n; ++i) {
        const QByteArray num = QByteArray::number(i).rightJustified(12, '0');
        f.write("C" + QByteArray::number(i) + ",Customer " + QByteArray::number(i) +
                ",profile,aaaaaaaa-0000-4000-8000-" + num + ",bbbbbbbb-0000-4000-8000-" + num + ",active\n");
    }
    f.close();
    CustomerRegistry registry(dir.filePath(QStringLiteral("customers.sqlite")));
    QString error;
    if (!registry.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    double wall = 0, cpu = 0, again = 0;
    if (!timedImport(registry, path, n, &wall, &cpu) || !timedImport(registry, path, n, &again))
        return 1;
    std::printf("import: n=%d wall=%.2f cpu=%.2f rows_per_s=%.0f bound=%.1f ratio=%.3f again=%.2f rss=%.0f\n",
                n, wall, cpu, double(n) / qMax(wall, 0.001), kBoundSecs, wall / kBoundSecs, again,
                bench::peakRssMb());
    return wall <= kBoundSecs ? 0 : 1;
}
