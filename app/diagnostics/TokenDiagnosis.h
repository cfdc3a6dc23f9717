#pragma once
#include <QCoreApplication>
#include <QString>

#include "app/api/ApiError.h"

namespace td {

// What a refused token request means, from the AADSTS code Entra puts at the start of error_description
// (and its "error" value): an expired secret, a wrong secret, a disabled or unknown application, a wrong
// tenant. finding and fix are for people; neither ever holds the secret.
struct TokenDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(TokenDiagnosis)
public:
    enum class Cause {
        None,
        WrongSecret,
        ExpiredSecret,
        Disabled,
        UnknownApp,
        UnknownTenant,
        Network,
        Other
    };

    Cause cause = Cause::None;
    int aadsts = 0; // e.g. 7000215; 0 when there was none
    QString finding;
    QString fix;

    static TokenDiagnosis fromError(const ApiError &error);
    static int aadstsCode(const QString &text); // the first "AADSTSnnnn" in text, else 0
};

} // namespace td
