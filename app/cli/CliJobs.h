#pragma once
#include <QJsonObject>
#include <QStringList>

#include "app/cli/CliCommand.h"

namespace td {

// tenantdesk-cli jobs list | jobs resume ID [--concurrency N] [--result FILE]
//                | jobs input ID ITEM [--param Name=Value ...] [--secret-stdin]
// list reads the journal only (a job a killed process left shows as running until an engine starts);
// resume opens the job's connection (secret from the keychain), starts an engine over the journal (which
// marks interrupted the jobs whose process is gone) and continues the job from each item's first
// unfinished step; a job that another live process runs is refused, with where it runs (exit 1).
// input answers an item that needs input ({"values": {Name: Value}}, the secret read from stdin is kept
// in memory only) and continues the job like resume.
class CliJobs : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override; // args after "jobs"
    static QString usage();

private:
    void list();
    void resume(const QString &jobId, int concurrency, const QString &resultPath,
                const QJsonObject &input = {}, const QString &itemKey = {});
    bool parseInput(const QStringList &params, bool secretFromStdin, QJsonObject *input);
};

} // namespace td
