#include "app/cli/CliInterrupts.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace td {

namespace {
int g_pipe[2] = {-1, -1};
#ifdef Q_OS_UNIX
extern "C" void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
}
#endif
} // namespace

CliInterrupts::CliInterrupts(QObject *parent) : QObject(parent) {}

CliInterrupts::~CliInterrupts()
{
#ifdef Q_OS_UNIX
    if (m_notifier) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
#endif
}

bool CliInterrupts::install()
{
#ifdef Q_OS_UNIX
    if (g_pipe[0] < 0 && ::pipe(g_pipe) != 0)
        return false;
    ::fcntl(g_pipe[1], F_SETFL, ::fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &CliInterrupts::onReadable);
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return sigaction(SIGINT, &sa, nullptr) == 0 && sigaction(SIGTERM, &sa, nullptr) == 0;
#else
    return false;
#endif
}

void CliInterrupts::onReadable()
{
#ifdef Q_OS_UNIX
    char buf[16];
    [[maybe_unused]] const ssize_t n = ::read(g_pipe[0], buf, sizeof buf);
#endif
    Q_EMIT interrupted();
}

} // namespace td
