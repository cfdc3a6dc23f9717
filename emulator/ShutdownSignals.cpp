#include "ShutdownSignals.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace emu {

namespace {
#ifdef Q_OS_UNIX
int g_pipe[2] = {-1, -1}; // the one place a signal handler can reach
constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

extern "C" void onShutdownSignal(int signalNumber)
{
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
}
#endif
} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent) : QObject(parent) {}

ShutdownSignals::~ShutdownSignals()
{
#ifdef Q_OS_UNIX
    if (m_notifier) {
        for (int s : kSignals)
            std::signal(s, SIG_DFL);
    }
#endif
}

bool ShutdownSignals::install()
{
#ifdef Q_OS_UNIX
    if (g_pipe[0] < 0 && ::pipe(g_pipe) != 0)
        return false;
    ::fcntl(g_pipe[1], F_SETFL, ::fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
    ::fcntl(g_pipe[0], F_SETFL, ::fcntl(g_pipe[0], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::onReadable);
    struct sigaction sa = {};
    sa.sa_handler = onShutdownSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int s : kSignals) {
        if (sigaction(s, &sa, nullptr) != 0)
            return false;
    }
    return true;
#else
    return false;
#endif
}

void ShutdownSignals::onReadable()
{
#ifdef Q_OS_UNIX
    unsigned char buf[16];
    const ssize_t n = ::read(g_pipe[0], buf, sizeof buf);
    if (n > 0)
        Q_EMIT received(int(buf[0]));
#endif
}

} // namespace emu
