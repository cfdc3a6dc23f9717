#pragma once
#include <QObject>
#include <memory>

class QAction;

namespace td {

class MigrationStore;
class WindowContext;

// "Migrate to profiles…" in the Tools menu: opens a MigrationWizard (non-modal) on the open connection,
// over the migration journal (MigrationStore, opened on first use), the window's job engine, customer
// registry and audit log.
class MigrationLauncher : public QObject
{
    Q_OBJECT
public:
    explicit MigrationLauncher(const WindowContext *context, QObject *parent = nullptr);
    ~MigrationLauncher() override;
    QAction *action() const { return m_action; }
    void open();

private:
    const WindowContext *m_context;
    QAction *m_action;
    std::unique_ptr<MigrationStore> m_store;
};

} // namespace td
