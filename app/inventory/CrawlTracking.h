#pragma once
#include <QString>

namespace td {

class InventoryCrawler;
class JobCenter;

// Lists a crawl in the Jobs tab as a live operation: progress from progress(), Cancel ->
// crawler->cancel(), the result line and the failed lists from finished(). A crawl only reads, so it is
// not journaled. Returns the operation's id.
QString trackCrawl(JobCenter *center, InventoryCrawler *crawler, const QString &title);

} // namespace td
