#include "app/api/PagedApiCall.h"

#include <QTimer>

#include "app/api/RequestScheduler.h"
#include "app/domain/JsonReader.h"

namespace td {

PagedApiCall::PagedApiCall(RequestScheduler *scheduler, const ApiRequest &request, int pageSize,
                           QObject *parent)
    : QObject(parent), m_scheduler(scheduler), m_request(request), m_pageSize(qMax(0, pageSize))
{}

void PagedApiCall::start()
{
    if (m_finished || m_current)
        return;
    requestPage();
}

void PagedApiCall::cancel()
{
    if (m_finished)
        return;
    cancelCall(std::exchange(m_current, nullptr), this);
    finish(ApiError::make(ApiError::Kind::Cancelled, QString()));
}

void PagedApiCall::requestPage()
{
    ApiRequest page = m_request;
    if (m_pageSize > 0) {
        page.query.removeAllQueryItems(QStringLiteral("$top"));
        page.query.removeAllQueryItems(QStringLiteral("$skip"));
        page.query.addQueryItem(QStringLiteral("$top"), QString::number(m_pageSize));
        page.query.addQueryItem(QStringLiteral("$skip"), QString::number(m_skip));
    }
    m_current = m_scheduler->submit(page);
    connect(m_current, &ApiCall::finished, this, &PagedApiCall::onPage);
}

void PagedApiCall::onPage(const ApiResponse &response)
{
    m_current = nullptr;
    if (m_finished)
        return;
    if (!response.ok()) {
        finish(response.error);
        return;
    }
    bool ok = false;
    const QVector<QJsonObject> items = listItems(response.body, &ok);
    if (!ok) {
        ApiError e =
            ApiError::make(ApiError::Kind::BadResponse, tr("the list response has no \"value\" array"));
        e.httpStatus = response.httpStatus;
        e.requestId = response.requestId;
        e.method = QString::fromLatin1(m_request.method);
        e.path = m_request.path;
        finish(e);
        return;
    }
    m_result.pages += 1;
    m_result.httpStatus = response.httpStatus;
    m_result.requestId = response.requestId;
    m_result.items += items;
    Q_EMIT pageReceived(items);
    if (m_finished) // cancelled from a pageReceived() slot
        return;
    const bool more = m_pageSize > 0 && items.size() >= m_pageSize && m_result.pages < 100000;
    if (!more) {
        finish(ApiError());
        return;
    }
    m_skip += items.size();
    requestPage();
}

void PagedApiCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.error = error;
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace td
