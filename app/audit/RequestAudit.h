#pragma once
#include <QByteArray>
#include <QString>

#include "app/audit/AuditLog.h"

namespace td {

struct ApiRequest;

// What the audit log records of one REST request: the scheduler appends one row per send of every request
// that is not a GET (POST, PUT, PATCH, DELETE, the read-like GenerateToken POST included), failures and
// retries alike, so the audit matches the service's own log request for request. The token endpoint is
// never audited (it is not a REST request). Names come from one method + path table.
class RequestAudit
{
public:
    static bool audits(const ApiRequest &request);
    // The row of one send: status 0 = no answer (error says why). connectionId and the time are left to
    // the caller. attempt is the send's number (1 = first).
    static AuditEntry entry(const ApiRequest &request, int status, const QByteArray &responseBody,
                            const QString &requestId, const QString &error, int attempt);
    // The stable action name of a request ("createProfile", "deleteGroup" ...); "" for a GET.
    static QString actionName(const QByteArray &method, const QString &path);
};

} // namespace td
