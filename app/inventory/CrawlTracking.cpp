#include "app/inventory/CrawlTracking.h"

#include <QCoreApplication>
#include <QPointer>

#include "app/inventory/InventoryCrawler.h"
#include "app/jobs/JobCenter.h"

namespace td {

QString trackCrawl(JobCenter *center, InventoryCrawler *crawler, const QString &title)
{
    QPointer<InventoryCrawler> guard(crawler);
    const QString id = center->trackOperation(title, [guard] {
        if (guard)
            guard->cancel();
    });
    QObject::connect(crawler, &InventoryCrawler::progress, center,
                     [center, id](int done, int total) { center->updateOperation(id, done, total); });
    QObject::connect(crawler, &InventoryCrawler::finished, center, [center, id](const CrawlSummary &s) {
        QVector<JobItemInfo> items;
        for (int i = 0; i < s.errors.size(); ++i) {
            JobItemInfo item;
            item.key = QString::number(i + 1);
            item.displayName = s.errors.at(i).what;
            item.position = i;
            item.state = ItemState::Failed;
            item.error = s.errors.at(i).error.summary();
            item.requestId = s.errors.at(i).error.requestId;
            items.append(item);
        }
        JobState state = jobStateFromString(s.status);
        const QString summary =
            QCoreApplication::translate("CrawlTracking",
                                        "%1 profiles, %2 workspaces, %3 items; %4 failed lists in %5 s")
                .arg(s.profiles)
                .arg(s.workspaces)
                .arg(s.items)
                .arg(s.errors.size())
                .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1);
        center->finishOperation(id, state, summary, items);
    });
    QObject::connect(crawler, &QObject::destroyed, center, [center, id] {
        center->finishOperation(id, JobState::Cancelled,
                                QCoreApplication::translate("CrawlTracking", "The operation ended early."));
    });
    return id;
}

} // namespace td
