#include "MultipartParser.h"

namespace emu {

namespace {

// Value of a parameter (name="value" or name=value) in a header value such as Content-Disposition.
QByteArray headerParam(const QByteArray &value, const QByteArray &name)
{
    const QList<QByteArray> items = value.split(';');
    for (int i = 1; i < items.size(); ++i) {
        const QByteArray item = items.at(i).trimmed();
        const int eq = item.indexOf('=');
        if (eq <= 0 || item.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray v = item.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return {};
}

bool parseHeaders(const QByteArray &block, MultipartPart *part, QString *error)
{
    bool formData = false;
    for (const QByteArray &rawLine : block.split('\n')) {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
        if (line.isEmpty())
            continue;
        const int colon = line.indexOf(':');
        if (colon <= 0) {
            *error = QStringLiteral("malformed part header line");
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-disposition") {
            if (!value.split(';').first().trimmed().toLower().startsWith("form-data")) {
                *error = QStringLiteral("a part's Content-Disposition is not form-data");
                return false;
            }
            formData = true;
            part->name = QString::fromUtf8(headerParam(value, "name"));
            part->fileName = QString::fromUtf8(headerParam(value, "filename"));
        } else if (name == "content-type") {
            part->contentType = value;
        }
    }
    if (!formData) {
        *error = QStringLiteral("a part has no Content-Disposition: form-data header");
        return false;
    }
    return true;
}

} // namespace

QByteArray MultipartParser::boundaryOf(const QByteArray &contentType)
{
    if (!contentType.split(';').first().trimmed().toLower().startsWith("multipart/form-data"))
        return {};
    const QByteArray b = headerParam(contentType, "boundary");
    // RFC 2046: 1-70 characters.
    return b.size() > 70 ? QByteArray() : b;
}

bool MultipartParser::parse(const QByteArray &contentType, const QByteArray &body,
                            QList<MultipartPart> *parts, QString *error)
{
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty()) {
        *error = QStringLiteral("Content-Type must be multipart/form-data with a boundary");
        return false;
    }
    const QByteArray first = "--" + boundary;
    const QByteArray delimiter = "\r\n--" + boundary;
    // The body may start with the delimiter directly or after a preamble followed by CRLF.
    qsizetype pos = 0;
    if (!body.startsWith(first + "\r\n")) {
        const qsizetype at = body.indexOf(delimiter + "\r\n");
        if (at < 0) {
            *error = QStringLiteral("the body does not start with the multipart boundary");
            return false;
        }
        pos = at + 2;
    }
    pos += first.size() + 2; // after "--boundary\r\n"
    for (;;) {
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(delimiter, pos);
        if (headerEnd < 0 || next < 0 || headerEnd > next) {
            if (next < 0)
                *error = QStringLiteral("the multipart body has no closing boundary");
            else
                *error = QStringLiteral("a part's headers are not terminated by an empty line");
            return false;
        }
        MultipartPart part;
        if (!parseHeaders(body.mid(pos, headerEnd - pos), &part, error))
            return false;
        part.data = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts->append(part);
        pos = next + delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // close delimiter; an epilogue is ignored
        if (body.mid(pos, 2) != "\r\n") {
            *error = QStringLiteral("malformed multipart boundary line");
            return false;
        }
        pos += 2;
    }
}

} // namespace emu
