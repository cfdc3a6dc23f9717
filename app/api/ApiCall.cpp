#include "app/api/ApiCall.h"

#include "app/api/RequestScheduler.h"

namespace td {

ApiCall::ApiCall(const ApiRequest &request, RequestScheduler *scheduler)
    : QObject(scheduler), m_request(request), m_scheduler(scheduler)
{}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (m_cancelHandler) {
        const auto handler = m_cancelHandler;
        handler();
        return;
    }
    if (m_scheduler)
        m_scheduler->cancelJob(this);
}

void ApiCall::complete(const ApiResponse &response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelHandler = nullptr;
    m_response = response;
    Q_EMIT finished(m_response);
    deleteLater();
}

} // namespace td
