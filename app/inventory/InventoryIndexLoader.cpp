#include "app/inventory/InventoryIndexLoader.h"

#include <QThread>

#include "app/inventory/InventoryLogging.h"
#include "app/inventory/InventoryStore.h"

namespace td {

InventoryIndexLoader::InventoryIndexLoader(QObject *parent) : QObject(parent) {}

InventoryIndexLoader::~InventoryIndexLoader()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void InventoryIndexLoader::start(const QString &storePath, const QString &connectionId)
{
    if (m_thread) { // a previous load still runs: let it finish, drop its result
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    const quint64 generation = ++m_generation;
    m_connectionId = connectionId;
    m_running = true;
    auto job = std::make_shared<Job>();
    m_job = job;
    m_thread = QThread::create([job, storePath, connectionId] {
        InventoryStore store(storePath);
        QString error;
        if (!store.open(&error)) {
            qCWarning(lcInventory) << "index load: cannot open the inventory:" << error;
            return;
        }
        job->ok = job->index.load(store, connectionId);
    });
    connect(m_thread, &QThread::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        m_running = false;
        m_result = std::move(job->index);
        m_job.reset();
        Q_EMIT finished(job->ok);
    });
    m_thread->start(QThread::LowPriority);
}

InventoryIndex InventoryIndexLoader::takeIndex()
{
    InventoryIndex out = std::move(m_result);
    m_result = InventoryIndex();
    return out;
}

} // namespace td
