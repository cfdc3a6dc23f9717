#pragma once
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

namespace td {

class OnboardingRun;
class ApiCall;

// Undoes what one onboarding created, and only that: the profile's Admin membership it added to an
// existing workspace, the workspace it created (with the content imported into it), the profile it
// created, and the registry entry. What it found existing is kept. Ask for confirmation with
// description() first. One completion path: finished().
class OnboardingRollback : public QObject
{
    Q_OBJECT
public:
    explicit OnboardingRollback(OnboardingRun *run, QObject *parent = nullptr);

    QStringList description() const; // one line per deletion, in order
    QStringList kept() const;        // what stays (found existing, imports into an existing workspace)
    bool isEmpty() const { return m_actions.isEmpty(); }
    void start();

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    struct Action
    {
        QString description;
        std::function<ApiCall *()> send; // null: local only
        QString auditAction, kind, id, identity;
    };
    void next();
    void audit(const Action &a, bool ok, const QString &error, const QString &requestId);

    QPointer<OnboardingRun> m_run;
    QList<Action> m_actions;
    QStringList m_kept;
    int m_index = 0;
};

} // namespace td
