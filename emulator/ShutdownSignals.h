#pragma once
#include <QObject>

class QSocketNotifier;

namespace emu {

// SIGTERM, SIGINT and SIGHUP (docker stop, systemd, Ctrl+C, a closed terminal) delivered as a Qt
// signal from the event loop: the handler only writes the signal number to a self-pipe, so the
// emulator can write its pending state and leave the event loop instead of dying mid-debounce.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override; // restores the default dispositions
    bool install();              // false where not supported (the signals then end the process)

Q_SIGNALS:
    void received(int signalNumber);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace emu
