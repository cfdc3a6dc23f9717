#pragma once
#include <QSortFilterProxyModel>

namespace td {

// The customers home's filter: a text (customer id, name, profile or workspace id or name, status;
// case-insensitive) and a status choice; sorts by CustomersModel::SortRole.
class CustomersFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show { All, NeedsAttention, Active, Onboarding, Failed, Offboarded, NotRegistered };

    explicit CustomersFilterProxy(QObject *parent = nullptr);
    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
};

} // namespace td
