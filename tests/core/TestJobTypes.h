#pragma once
// Job types for the job-engine tests: "test.pure" (in-process timed steps a, b, c) and "test.emu"
// (check-first profile, then workspace as that profile, against the emulator). A Probe counts every
// step start and every delivered completion, and the steps in flight.
#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <memory>

#include "app/api/ApiCall.h"
#include "app/api/PagedApiCall.h"
#include "app/api/PowerBiClient.h"
#include "app/jobs/JobTypeRegistry.h"
#include "app/jobs/JobTypes.h"
#include "app/jobs/StepCall.h"

// Readable QCOMPARE failures for the engine's states.
namespace QTest {
template<> inline char *toString(const td::JobState &s)
{
    return qstrdup(qPrintable(td::stateKey(s)));
}
template<> inline char *toString(const td::ItemState &s)
{
    return qstrdup(qPrintable(td::stateKey(s)));
}
template<> inline char *toString(const td::StepState &s)
{
    return qstrdup(qPrintable(td::stateKey(s)));
}
} // namespace QTest

namespace tdtest {

struct JobProbe
{
    QHash<QString, int> started;   // "item/step" -> starts
    QHash<QString, int> completed; // "item/step" -> successful completions delivered to the engine
    QSet<QString> failOnce;        // "item/step": fail the next run only
    int inFlight = 0;              // step runs started and not yet completed
    int maxInFlight = 0;           // most steps running at the same time
    QList<QPointer<td::StepCall>> live;
    int delayOverrideMs = -1; // >= 0: every pure step takes this long instead of params.delayMs
    std::function<void(td::StepCall *)> onStart; // optional hook (e.g. to look at the journal)

    int totalStarted() const
    {
        int n = 0;
        for (int v : started)
            n += v;
        return n;
    }
};

inline QString stepKey(td::StepCall *call)
{
    return call->context().itemKey + QLatin1Char('/') + call->context().stepName;
}

// Counts the start, the in-flight window and the delivered success of one step run.
inline void track(JobProbe *probe, td::StepCall *call)
{
    const QString k = stepKey(call);
    ++probe->started[k];
    ++probe->inFlight;
    // Steps running right now: started and not yet succeeded/failed (the engine may start the next
    // step before this probe's completion handler below runs, so count by isFinished()).
    probe->live.removeIf([](const QPointer<td::StepCall> &c) { return !c || c->isFinished(); });
    probe->live.append(call);
    probe->maxInFlight = qMax(probe->maxInFlight, int(probe->live.size()));
    QObject::connect(call, &td::StepCall::completed, call, [probe, k](const td::StepResult &r) {
        --probe->inFlight;
        if (r.ok)
            ++probe->completed[k];
    });
    if (probe->onStart)
        probe->onStart(call);
}

inline td::JobStep pureStep(JobProbe *probe, const QString &name, const QString &previous)
{
    return {name, [probe, name, previous](td::StepCall *call) {
                track(probe, call);
                const QString k = stepKey(call);
                const int delay = probe->delayOverrideMs >= 0
                                      ? probe->delayOverrideMs
                                      : call->params().value(QStringLiteral("delayMs")).toInt(5);
                QObject::connect(call, &td::StepCall::cancelRequested, call, [call] {
                    call->fail(td::ApiError::make(td::ApiError::Kind::Cancelled, QStringLiteral("stopped")));
                });
                QTimer::singleShot(delay, call, [probe, call, k, name, previous] {
                    if (probe->failOnce.remove(k) ||
                        call->params().value(QStringLiteral("fail")).toString() == name) {
                        call->fail(QStringLiteral("boom in %1").arg(name), QStringLiteral("req-%1").arg(k));
                        return;
                    }
                    QJsonObject out{{QStringLiteral("step"), name}};
                    if (!previous.isEmpty())
                        out.insert(QStringLiteral("previous"),
                                   call->output(previous).value(QStringLiteral("step")));
                    call->succeed(out);
                });
            }};
}

inline void registerPureType(td::JobTypeRegistry &types, JobProbe *probe)
{
    types.registerType(QStringLiteral("test.pure"), [probe](const QJsonObject &, const QJsonObject &) {
        return QVector<td::JobStep>{pureStep(probe, QStringLiteral("a"), {}),
                                    pureStep(probe, QStringLiteral("b"), QStringLiteral("a")),
                                    pureStep(probe, QStringLiteral("c"), QStringLiteral("b"))};
    });
}

// Check first, create only when missing: a profile named params.profile, then, as that profile, a
// workspace named params.workspace.
inline void registerEmulatorType(td::JobTypeRegistry &types, JobProbe *probe)
{
    const td::JobStep profile{
        QStringLiteral("profile"), [probe](td::StepCall *call) {
            track(probe, call);
            const QString name = call->params().value(QStringLiteral("profile")).toString();
            call->await(call->client()->listProfiles(), [call, name](const td::ListResult &r) {
                if (!r.ok())
                    return call->fail(r.error);
                for (const QJsonObject &p : r.items) {
                    if (p.value(QStringLiteral("displayName")).toString() == name)
                        return call->succeed(
                            QJsonObject{{QStringLiteral("id"), p.value(QStringLiteral("id"))}});
                }
                call->await(call->client()->createProfile(name), [call](const td::ApiResponse &c) {
                    if (!c.ok())
                        return call->fail(c.error);
                    call->succeed(QJsonObject{{QStringLiteral("id"), c.json().value(QStringLiteral("id"))}},
                                  c.requestId);
                });
            });
        }};
    const td::JobStep workspace{
        QStringLiteral("workspace"), [probe](td::StepCall *call) {
            track(probe, call);
            const QString profileId =
                call->output(QStringLiteral("profile")).value(QStringLiteral("id")).toString();
            const QString name = call->params().value(QStringLiteral("workspace")).toString();
            const QString filter = QStringLiteral("name eq '%1'").arg(name);
            call->await(call->client()->listGroups(profileId, filter),
                        [call, profileId, name](const td::ListResult &r) {
                            if (!r.ok())
                                return call->fail(r.error);
                            if (!r.items.isEmpty())
                                return call->succeed(QJsonObject{
                                    {QStringLiteral("id"), r.items.first().value(QStringLiteral("id"))}});
                            call->await(call->client()->createGroup(profileId, name));
                        });
        }};
    types.registerType(QStringLiteral("test.emu"),
                       [profile, workspace](const QJsonObject &, const QJsonObject &) {
                           return QVector<td::JobStep>{profile, workspace};
                       });
}

// "test.ask": a (pure), ask, c (pure). An item with params.ask stops at "ask" until it has input
// ({"values": {...}}); "ask" then outputs the values and the length of the item's secret (never the secret).
inline void registerAskType(td::JobTypeRegistry &types, JobProbe *probe)
{
    const td::JobStep ask{
        QStringLiteral("ask"), [probe](td::StepCall *call) {
            track(probe, call);
            if (call->params().value(QStringLiteral("ask")).toBool() && call->input().isEmpty()) {
                call->needInput(QJsonObject{{QStringLiteral("kind"), QStringLiteral("modelParameters")},
                                            {QStringLiteral("datasets"), QJsonArray{}}});
                return;
            }
            call->succeed(
                QJsonObject{{QStringLiteral("values"), call->input().value(QStringLiteral("values"))},
                            {QStringLiteral("secretLength"), int(call->secret().size())}});
        }};
    types.registerType(QStringLiteral("test.ask"), [probe, ask](const QJsonObject &, const QJsonObject &) {
        return QVector<td::JobStep>{pureStep(probe, QStringLiteral("a"), {}), ask,
                                    pureStep(probe, QStringLiteral("c"), {})};
    });
}

} // namespace tdtest
