#pragma once
#include <QObject>

class QSocketNotifier;

namespace td {

// SIGINT / SIGTERM for tenantdesk-cli, delivered as a Qt signal from the event loop (self-pipe; the
// handler only writes one byte). A command that runs a job records it as interrupted and exits 5.
class CliInterrupts : public QObject
{
    Q_OBJECT
public:
    explicit CliInterrupts(QObject *parent = nullptr);
    ~CliInterrupts() override;
    bool install(); // false where not supported; then Ctrl+C simply ends the process

Q_SIGNALS:
    void interrupted();

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace td
