#pragma once
#include <QObject>
#include <QPointer>
#include <memory>

#include "app/inventory/InventoryIndex.h"

class QThread;

namespace td {

// Loads an InventoryIndex on a worker thread, through its own connection to the inventory file (SQLite
// in WAL mode lets it read while the UI's store writes), so a large inventory does not freeze the UI.
// finished() comes on the loader's thread; takeIndex() then hands the index over. A new start() makes
// the result of a running load stale (it is dropped). The destructor waits for a running load.
class InventoryIndexLoader : public QObject
{
    Q_OBJECT
public:
    explicit InventoryIndexLoader(QObject *parent = nullptr);
    ~InventoryIndexLoader() override;

    void start(const QString &storePath, const QString &connectionId);
    bool isRunning() const { return m_running; }
    QString connectionId() const { return m_connectionId; }
    InventoryIndex takeIndex();

Q_SIGNALS:
    void finished(bool ok);

private:
    struct Job
    {
        InventoryIndex index;
        bool ok = false;
    };
    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
    InventoryIndex m_result;
    QString m_connectionId;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace td
