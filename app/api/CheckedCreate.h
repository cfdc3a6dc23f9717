#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "app/api/ApiRequest.h"

namespace td {

class ApiCall;
class RequestScheduler;

// A create (POST) that is never blindly re-sent: when the answer is lost (5xx, timeout, dropped
// connection), it first lists with a $filter on the name; if the object exists it completes with it,
// otherwise it sends the create again (bounded by the retry policy). Completes through the returned
// ApiCall, like any other request.
class CheckedCreate : public QObject
{
    Q_OBJECT
public:
    static ApiCall *start(RequestScheduler *scheduler, const ApiRequest &create, const ApiRequest &check,
                             const QString &nameKey, const QString &name);

    // OData string literal: single quotes doubled.
    static QString odataQuote(const QString &text);

private:
    CheckedCreate(RequestScheduler *scheduler, ApiCall *outer, const ApiRequest &create,
                    const ApiRequest &check, const QString &nameKey, const QString &name);
    void sendCreate();
    void onCreated(const ApiResponse &response);
    void sendCheck();
    void onChecked(const ApiResponse &response);
    void cancel();
    void done(ApiResponse response);
    static bool answerLost(const ApiResponse &response);

    RequestScheduler *m_scheduler;
    ApiCall *m_outer;
    ApiRequest m_create;
    ApiRequest m_check;
    QString m_nameKey;
    QString m_name;
    QPointer<ApiCall> m_inner;
    ApiResponse m_lastFailure;
    int m_creates = 0;
    int m_sends = 0;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
};

} // namespace td
