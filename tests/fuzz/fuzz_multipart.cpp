// The emulator's multipart/form-data parser (imports): the first line of the input is the Content-Type
// header value, the rest the body. Every part it returns lies inside the body.
#include "MultipartParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype eol = input.indexOf('\n');
    const QByteArray contentType = eol < 0 ? QByteArray("multipart/form-data; boundary=b") : input.left(eol);
    const QByteArray body = eol < 0 ? input : input.mid(eol + 1);
    QList<emu::MultipartPart> parts;
    QString error;
    if (emu::MultipartParser::parse(contentType, body, &parts, &error)) {
        for (const emu::MultipartPart &p : parts) {
            if (p.data.size() > body.size())
                __builtin_trap();
        }
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
