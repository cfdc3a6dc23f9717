#pragma once
#include <QJsonObject>
#include <QObject>
#include <QVector>

#include "app/api/ApiCall.h"
#include "app/domain/JsonReader.h" // listItems()

namespace td {

class RequestScheduler;

struct ListResult
{
    QVector<QJsonObject> items; // every item of "value" over all pages, in order
    ApiError error;             // set if a page failed (items holds what came before)
    int pages = 0;
    int httpStatus = 0; // of the last page received
    QString requestId;  // RequestId of the last page received (on failure: error.requestId)
    bool ok() const { return !error.isError(); }
};

// Lists a collection with $top/$skip until a page returns fewer than $top items (or, when pageSize is
// 0, one un-paged GET). One completion path: finished(). Deletes itself after finished().
class PagedApiCall : public QObject
{
    Q_OBJECT
public:
    PagedApiCall(RequestScheduler *scheduler, const ApiRequest &request, int pageSize,
                 QObject *parent = nullptr);
    void start();
    void cancel();

Q_SIGNALS:
    void pageReceived(const QVector<QJsonObject> &items); // for progressive display
    void finished(const td::ListResult &result);

private:
    void requestPage();
    void onPage(const ApiResponse &response);
    void finish(const ApiError &error);

    RequestScheduler *m_scheduler;
    ApiRequest m_request;
    int m_pageSize;
    int m_skip = 0;
    ListResult m_result;
    ApiCall *m_current = nullptr;
    bool m_finished = false;
};

} // namespace td

Q_DECLARE_METATYPE(td::ListResult)
