#pragma once
#include <QByteArray>
#include <QList>
#include <QString>

namespace emu {

// One part of a multipart/form-data body.
struct MultipartPart
{
    QString name;     // Content-Disposition name
    QString fileName; // Content-Disposition filename ("" when absent)
    QByteArray contentType;
    QByteArray data; // the part's bytes, exactly as sent
};

// A small, strict multipart/form-data parser (RFC 7578 / RFC 2046), because QHttpServer 6.4 has none.
// Rejects: a missing or malformed boundary parameter, a body that does not start with the first
// delimiter, parts without a CRLF CRLF header end or without "Content-Disposition: form-data",
// a missing close delimiter ("--boundary--"), and bodies without any part.
class MultipartParser
{
public:
    // contentType: the request's Content-Type header value.
    static bool parse(const QByteArray &contentType, const QByteArray &body, QList<MultipartPart> *parts,
                      QString *error);
    static QByteArray boundaryOf(const QByteArray &contentType); // "" if none
};

} // namespace emu
