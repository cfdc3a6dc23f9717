// The client's readers of the service's JSON answers: any body, read as a paged list (listItems) and as
// one object, goes through every response type's fromJson (JsonReader, JsonFields) without a crash, and
// a list that does not parse yields no items.
#include <QJsonDocument>

#include "app/domain/ContentTypes.h"
#include "app/domain/JsonReader.h"
#include "app/domain/Types.h"

namespace {
void readAll(const QJsonObject &o)
{
    using namespace td;
    (void)Profile::fromJson(o);
    (void)Workspace::fromJson(o);
    (void)Report::fromJson(o).isPaginated();
    (void)Dataset::fromJson(o);
    (void)Dashboard::fromJson(o);
    (void)Dataflow::fromJson(o);
    (void)Capacity::fromJson(o);
    (void)GroupUser::fromJson(o).toJson();
    (void)Import::fromJson(o).isFinished();
    (void)MashupParameter::fromJson(o);
    (void)Datasource::fromJson(o).describe();
    (void)RefreshEntry::fromJson(o).errorCode();
    (void)EmbedToken::fromJson(o);
    (void)CapacityAssignment::fromJson(o).isFinished();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    bool ok = true;
    const QVector<QJsonObject> items = td::listItems(body, &ok);
    if (!ok && !items.isEmpty())
        __builtin_trap();
    for (const QJsonObject &o : items)
        readAll(o);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        readAll(doc.object());
    return 0;
}
