#pragma once
#include <QObject>

#include "app/inventory/InventoryIndex.h"

namespace td {

class InventoryIndexLoader;
class InventoryStore;

// The InventoryIndex of the open connection, shared by what searches it (the find box, the quick
// switcher). ensure() loads it on a worker thread (InventoryIndexLoader) when it is missing or stale: a
// crawl of the connection recorded since, or invalidate(). Until the new one is there, an older index of
// the same connection still answers. Readers that keep entry numbers drop them on aboutToReplace().
class ConnectionIndex : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Ready,        // index() answers
        Loading,      // nothing of this connection yet; loaded() follows
        NoConnection, // no connection is open
        NoStore,      // the inventory cache is not available
        LoadFailed,   // the cache could not be read (not retried until invalidate())
        Empty,        // the connection has no inventory yet
    };

    explicit ConnectionIndex(QObject *parent = nullptr);
    ~ConnectionIndex() override;

    // Starts a load when needed; connectionId empty = no connection. store may be null.
    State ensure(InventoryStore *store, const QString &connectionId);
    void invalidate(); // the next ensure() reloads
    void reset();      // another connection: forget the index
    void reloadNow(InventoryStore *store, const QString &connectionId); // on this thread (tests, benchmarks)
    bool isLoading() const;

    InventoryIndex &index() { return m_index; }
    const InventoryIndex &index() const { return m_index; }

Q_SIGNALS:
    void aboutToReplace(); // index() is about to change: forget its entry numbers
    void loaded(bool ok);  // a background load finished; index() is the new one

private:
    void onLoaded(bool ok);

    InventoryIndexLoader *m_loader;
    InventoryIndex m_index;
    bool m_stale = true;
    bool m_loadFailed = false;
};

} // namespace td
