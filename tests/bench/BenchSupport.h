#pragma once
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <algorithm>
#include <vector>

#include "app/connections/Connection.h"

// Shared pieces of the benchmarks: an emulator in its own process (so it has its own core and the
// figures measure the client), peak RSS, and percentiles.
namespace bench {

// Starts pbi-emulator with the given arguments and reads its startup line (baseUrl, loginUrl, ...).
inline QJsonObject startEmulator(QProcess &p, const QStringList &args)
{
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(TD_EMULATOR_PATH), args);
    if (!p.waitForStarted(10000))
        return {};
    QElapsedTimer t;
    t.start();
    while (!p.canReadLine() && t.elapsed() < 60000 && p.state() == QProcess::Running)
        p.waitForReadyRead(200);
    return QJsonDocument::fromJson(p.readLine()).object();
}

// A connection to the emulator described by its startup line.
inline td::Connection connectionFrom(const QJsonObject &info, const QString &id)
{
    td::Connection c;
    c.id = id;
    c.name = QStringLiteral("bench");
    c.cloud = QStringLiteral("Custom");
    c.apiBaseUrl = QUrl(info.value(QStringLiteral("baseUrl")).toString());
    c.loginUrl = QUrl(info.value(QStringLiteral("loginUrl")).toString());
    c.tenantId = info.value(QStringLiteral("tenantId")).toString();
    c.clientId = info.value(QStringLiteral("clientId")).toString();
    c.servicePrincipalObjectId = info.value(QStringLiteral("servicePrincipalObjectId")).toString();
    c.caCertificateFile = info.value(QStringLiteral("caCertFile")).toString(); // set with --tls
    return c;
}

// Peak resident set size of this process in MB (VmHWM), -1 when unknown.
inline double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = size_t(std::min<double>(double(v.size() - 1), p / 100.0 * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace bench
