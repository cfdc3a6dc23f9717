#include "app/jobs/JobJournal.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <iterator>

#include "app/db/SqliteDb.h"
#include "app/jobs/JobsLogging.h"
#include "app/util/DataDir.h"

Q_LOGGING_CATEGORY(lcJobs, "td.jobs", QtInfoMsg)

namespace td {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString toJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, type TEXT NOT NULL, title TEXT, connection_id "
    "TEXT,"
    " state TEXT NOT NULL, created TEXT, updated TEXT, params TEXT)",
    "CREATE TABLE IF NOT EXISTS items (job_id TEXT NOT NULL, item_key TEXT NOT NULL, display_name TEXT,"
    " position INTEGER, state TEXT NOT NULL, params TEXT, result TEXT, error TEXT, request_id TEXT,"
    " updated TEXT, PRIMARY KEY (job_id, item_key))",
    "CREATE TABLE IF NOT EXISTS steps (job_id TEXT NOT NULL, item_key TEXT NOT NULL, step_index INTEGER NOT"
    " NULL, step_name TEXT, state TEXT NOT NULL, output TEXT, error TEXT, request_id TEXT, attempts INTEGER"
    " DEFAULT 0, updated TEXT, PRIMARY KEY (job_id, item_key, step_index))",
    // Schema 3: who runs a job (JobLease).
    "CREATE TABLE IF NOT EXISTS leases (job_id TEXT PRIMARY KEY, pid INTEGER, host TEXT, process_start TEXT,"
    " since TEXT, heartbeat TEXT)",
};

// Schema 2: what a waiting item asks for, and the input each of its steps was given.
const char *const kUpgradeTo2[] = {
    "ALTER TABLE items ADD COLUMN input_request TEXT DEFAULT '{}'",
    "ALTER TABLE items ADD COLUMN inputs TEXT DEFAULT '{}'",
};

} // namespace

JobJournal::JobJournal(const QString &filePath)
    : m_path(filePath), m_db(std::make_unique<SqliteDb>(QStringLiteral("td.jobs")))
{}

JobJournal::~JobJournal() = default;

QString JobJournal::defaultPath()
{
    return DataDir::filePath(QStringLiteral("jobs.sqlite"));
}

bool JobJournal::open(QString *error)
{
    if (!m_db)
        m_db = std::make_unique<SqliteDb>(QStringLiteral("td.jobs"));
    // Every step of an upgrade in one write transaction: an older TenantDesk never sees half a schema, and
    // processes that start together upgrade once.
    const auto upgrade = [](int found) {
        QStringList sql;
        for (const char *s : kSchema)
            sql << QString::fromLatin1(s);
        for (int i = 0; found < 2 && i < int(std::size(kUpgradeTo2)); ++i)
            sql << QString::fromLatin1(kUpgradeTo2[i]);
        return sql;
    };
    if (m_db->openSchema(m_path, SchemaVersion, upgrade, tr("The job journal"), error))
        return true;
    close();
    return false;
}

bool JobJournal::isOpen() const
{
    return m_db && m_db->isOpen();
}

void JobJournal::close()
{
    m_db.reset();
}

QString JobJournal::createJob(const JobRequest &job, const QVector<QStringList> &stepNames, QString *error,
                              const JobLease &owner)
{
    if (!isOpen() || stepNames.size() != job.items.size()) {
        if (error)
            *error = tr("The job journal is not open.");
        return {};
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString t = now();
    QSqlDatabase d = m_db->db();
    d.transaction();
    bool ok = m_db->exec(
        QStringLiteral("INSERT INTO jobs VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, job.type, job.title, job.connectionId, stateKey(JobState::Running), t, t, toJson(job.params)});
    QSqlQuery item(d);
    QSqlQuery step(d);
    ok = ok && m_db->prepare(
                   item, QStringLiteral("INSERT INTO items (job_id, item_key, display_name, position, state,"
                                        " params, result, error, request_id, updated) VALUES"
                                        " (?, ?, ?, ?, ?, ?, '{}', '', '', ?)"));
    ok = ok &&
         m_db->prepare(step, QStringLiteral("INSERT INTO steps VALUES (?, ?, ?, ?, ?, '{}', '', '', 0, ?)"));
    for (int i = 0; ok && i < job.items.size(); ++i) {
        const JobItemSpec &spec = job.items.at(i);
        item.addBindValue(id);
        item.addBindValue(spec.key);
        item.addBindValue(spec.displayName);
        item.addBindValue(i);
        item.addBindValue(stateKey(ItemState::Pending));
        item.addBindValue(toJson(spec.params));
        item.addBindValue(t);
        ok = item.exec();
        const QStringList &names = stepNames.at(i);
        for (int s = 0; ok && s < names.size(); ++s) {
            step.addBindValue(id);
            step.addBindValue(spec.key);
            step.addBindValue(s);
            step.addBindValue(names.at(s));
            step.addBindValue(stateKey(StepState::Pending));
            step.addBindValue(t);
            ok = step.exec();
        }
    }
    ok = ok && (owner.isEmpty() || leases().write(id, owner));
    if (ok && d.commit())
        return id;
    const QString why = item.lastError().isValid() ? item.lastError().text() : d.lastError().text();
    d.rollback();
    qCWarning(lcJobs) << "job plan not written:" << why;
    if (error)
        *error = tr("The job plan could not be written: %1").arg(why);
    return {};
}

bool JobJournal::setJobState(const QString &jobId, JobState state)
{
    return isOpen() && m_db->exec(QStringLiteral("UPDATE jobs SET state = ?, updated = ? WHERE id = ?"),
                                  {stateKey(state), now(), jobId});
}

bool JobJournal::setItemState(const QString &jobId, const QString &key, ItemState state, const QString &error,
                              const QString &requestId, const QJsonObject &result)
{
    return isOpen() &&
           m_db->exec(QStringLiteral("UPDATE items SET state = ?, error = ?, request_id = ?, result = ?,"
                                     " updated = ? WHERE job_id = ? AND item_key = ?"),
                      {stateKey(state), error, requestId, toJson(result), now(), jobId, key});
}

bool JobJournal::setStepStarted(const QString &jobId, const QString &key, int index)
{
    return isOpen() && m_db->exec(QStringLiteral("UPDATE steps SET state = ?, attempts = attempts + 1,"
                                                 " updated = ? WHERE job_id = ? AND item_key = ? AND"
                                                 " step_index = ?"),
                                  {stateKey(StepState::Running), now(), jobId, key, index});
}

bool JobJournal::setStepFinished(const QString &jobId, const QString &key, int index, StepState state,
                                 const QJsonObject &output, const QString &error, const QString &requestId)
{
    return isOpen() &&
           m_db->exec(QStringLiteral("UPDATE steps SET state = ?, output = ?, error = ?,"
                                     " request_id = ?, updated = ? WHERE job_id = ? AND"
                                     " item_key = ? AND step_index = ?"),
                      {stateKey(state), toJson(output), error, requestId, now(), jobId, key, index});
}

bool JobJournal::setItemWaiting(const QString &jobId, const QString &key, int index,
                                const QJsonObject &request)
{
    const QVector<JobStepInfo> all = steps(jobId, key);
    QJsonObject r = request;
    r.insert(QStringLiteral("step"), index < all.size() ? all.at(index).name : QString());
    return isOpen() &&
           m_db->exec(QStringLiteral("UPDATE steps SET state = ?, updated = ? WHERE job_id = ? AND"
                                     " item_key = ? AND step_index = ?"),
                      {stateKey(StepState::NeedsInput), now(), jobId, key, index}) &&
           m_db->exec(QStringLiteral("UPDATE items SET state = ?, input_request = ?, updated = ? WHERE"
                                     " job_id = ? AND item_key = ?"),
                      {stateKey(ItemState::NeedsInput), toJson(r), now(), jobId, key});
}

bool JobJournal::setItemInput(const QString &jobId, const QString &key, const QJsonObject &input)
{
    const JobItemInfo item = this->item(jobId, key);
    const QString step = item.inputRequest.value(QLatin1String("step")).toString();
    if (!isOpen() || item.state != ItemState::NeedsInput || step.isEmpty())
        return false;
    QJsonObject inputs = item.inputs;
    inputs.insert(step, input);
    return m_db->exec(QStringLiteral("UPDATE steps SET state = 'pending' WHERE job_id = ? AND item_key = ?"
                                     " AND state = 'needs-input'"),
                      {jobId, key}) &&
           m_db->exec(QStringLiteral("UPDATE items SET state = ?, input_request = '{}', inputs = ?,"
                                     " updated = ? WHERE job_id = ? AND item_key = ?"),
                      {stateKey(ItemState::Pending), toJson(inputs), now(), jobId, key});
}

int JobJournal::moveItems(const QString &jobId, const QList<ItemState> &from, ItemState to)
{
    if (!isOpen())
        return 0;
    int moved = 0;
    for (ItemState s : from) {
        const QSqlQuery q =
            m_db->run(QStringLiteral("UPDATE items SET state = ?, updated = ? WHERE job_id = ? AND"
                                     " state = ?"),
                      {stateKey(to), now(), jobId, stateKey(s)});
        if (q.isActive())
            moved += q.numRowsAffected();
    }
    return moved;
}

bool JobJournal::resetUnfinishedSteps(const QString &jobId)
{
    return isOpen() && m_db->exec(QStringLiteral("UPDATE steps SET state = 'pending' WHERE job_id = ? AND"
                                                 " state IN ('running', 'failed')"),
                                  {jobId});
}

QStringList JobJournal::markInterrupted(const std::function<bool(const JobLease &owner)> &ownerGone)
{
    QStringList ids;
    if (!isOpen())
        return ids;
    const JobLeases leases = this->leases();
    const bool ok = m_db->writeTransaction([&] {
        QSqlQuery q = m_db->run(QStringLiteral("SELECT id FROM jobs WHERE state IN ('running', 'paused')"));
        QStringList left;
        while (q.next())
            left << q.value(0).toString();
        q.finish();
        for (const QString &id : std::as_const(left)) {
            if (ownerGone && !ownerGone(leases.holder(id)))
                continue; // runs elsewhere
            if (!setJobState(id, JobState::Interrupted) || !leases.remove(id))
                return false;
            ids << id;
        }
        return true;
    });
    if (!ok)
        ids.clear();
    if (!ids.isEmpty())
        qCInfo(lcJobs) << ids.size() << "job(s) were interrupted";
    return ids;
}

QVector<JobInfo> JobJournal::jobs() const
{
    return readJobs({});
}

JobInfo JobJournal::job(const QString &jobId) const
{
    const QVector<JobInfo> found = jobId.isEmpty() ? QVector<JobInfo>{} : readJobs(jobId);
    return found.isEmpty() ? JobInfo{} : found.first();
}

QVector<JobInfo> JobJournal::readJobs(const QString &jobId) const
{
    QVector<JobInfo> out;
    if (!isOpen())
        return out;
    const QString oneJob = jobId.isEmpty() ? QString() : QStringLiteral(" WHERE j.id = ?");
    QSqlQuery q =
        m_db->run(QStringLiteral("SELECT j.id, j.type, j.title, j.connection_id, j.state, j.created,"
                                 " j.updated, j.params, COUNT(i.item_key),"
                                 " SUM(i.state IN ('done', 'failed', 'cancelled')),"
                                 " SUM(i.state = 'failed'), SUM(i.state = 'cancelled'),"
                                 " SUM(i.state = 'needs-input')"
                                 " FROM jobs j LEFT JOIN items i ON i.job_id = j.id") +
                      oneJob + QStringLiteral(" GROUP BY j.id ORDER BY j.rowid"),
                  jobId.isEmpty() ? QVariantList() : QVariantList{jobId});
    while (q.next()) {
        JobInfo j;
        j.id = q.value(0).toString();
        j.type = q.value(1).toString();
        j.title = q.value(2).toString();
        j.connectionId = q.value(3).toString();
        j.state = jobStateFromString(q.value(4).toString());
        j.created = parseTime(q.value(5));
        j.updated = parseTime(q.value(6));
        j.params = fromJson(q.value(7));
        j.total = q.value(8).toInt();
        j.done = q.value(9).toInt();
        j.failed = q.value(10).toInt();
        j.cancelled = q.value(11).toInt();
        j.waiting = q.value(12).toInt();
        out.append(j);
    }
    return out;
}

QVector<JobItemInfo> JobJournal::items(const QString &jobId) const
{
    return readItems(jobId, {});
}

JobItemInfo JobJournal::item(const QString &jobId, const QString &key) const
{
    const QVector<JobItemInfo> found = readItems(jobId, key);
    return found.isEmpty() ? JobItemInfo{} : found.first();
}

QVector<JobItemInfo> JobJournal::readItems(const QString &jobId, const QString &key) const
{
    QVector<JobItemInfo> out;
    if (!isOpen())
        return out;
    const QString oneKey = key.isEmpty() ? QString() : QStringLiteral(" AND item_key = ?");
    QSqlQuery q =
        m_db->run(QStringLiteral("SELECT item_key, display_name, position, state, params, result, error,"
                                 " request_id, updated, input_request, inputs FROM items WHERE job_id = ?") +
                      oneKey + QStringLiteral(" ORDER BY position"),
                  key.isEmpty() ? QVariantList{jobId} : QVariantList{jobId, key});
    while (q.next()) {
        JobItemInfo i;
        i.jobId = jobId;
        i.key = q.value(0).toString();
        i.displayName = q.value(1).toString();
        i.position = q.value(2).toInt();
        i.state = itemStateFromString(q.value(3).toString());
        i.params = fromJson(q.value(4));
        i.result = fromJson(q.value(5));
        i.error = q.value(6).toString();
        i.requestId = q.value(7).toString();
        i.updated = parseTime(q.value(8));
        i.inputRequest = fromJson(q.value(9));
        i.inputs = fromJson(q.value(10));
        out.append(i);
    }
    return out;
}

QVector<JobStepInfo> JobJournal::steps(const QString &jobId, const QString &key) const
{
    QVector<JobStepInfo> out;
    if (!isOpen())
        return out;
    QSqlQuery q = m_db->run(QStringLiteral("SELECT step_index, step_name, state, output, error, request_id,"
                                           " attempts FROM steps WHERE job_id = ? AND item_key = ?"
                                           " ORDER BY step_index"),
                            {jobId, key});
    while (q.next()) {
        JobStepInfo s;
        s.index = q.value(0).toInt();
        s.name = q.value(1).toString();
        s.state = stepStateFromString(q.value(2).toString());
        s.output = fromJson(q.value(3));
        s.error = q.value(4).toString();
        s.requestId = q.value(5).toString();
        s.attempts = q.value(6).toInt();
        out.append(s);
    }
    return out;
}

} // namespace td
