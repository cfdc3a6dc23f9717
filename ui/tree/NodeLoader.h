#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>
#include <memory>
#include <vector>

#include "ui/tree/TreeNode.h"

namespace td {

class PagedApiCall;
class PowerBiClient;

// Knows which request lists a node's children and how to turn the returned objects into child nodes.
// Requests for a profile's subtree always carry that profile's id (node.profileId), never another's.
class NodeLoader
{
    Q_DECLARE_TR_FUNCTIONS(NodeLoader)
public:
    explicit NodeLoader(PowerBiClient *client = nullptr) : m_client(client) {}
    void setClient(PowerBiClient *client) { m_client = client; }

    // Children that need no request (connection -> SP + Profiles, workspace -> item folders).
    static bool hasStaticChildren(const TreeNode &node);
    static std::vector<std::unique_ptr<TreeNode>> staticChildren(const TreeNode &node);

    // The (not yet started) job listing the node's children; nullptr if there is none.
    PagedApiCall *createJob(const TreeNode &node) const;
    static std::unique_ptr<TreeNode> makeChild(const TreeNode &parent, const QJsonObject &object);

private:
    PowerBiClient *m_client;
};

} // namespace td
