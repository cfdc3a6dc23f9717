#pragma once
#include <QHash>
#include <QString>
#include <QVector>

namespace emu {

// Items kept in insertion order with an id index (ids compared case-insensitively).
template<typename T> class OrderedStore
{
public:
    T *find(const QString &id)
    {
        const auto it = m_index.constFind(id.toLower());
        return it == m_index.constEnd() ? nullptr : &m_items[*it];
    }
    const T *find(const QString &id) const
    {
        const auto it = m_index.constFind(id.toLower());
        return it == m_index.constEnd() ? nullptr : &m_items[*it];
    }
    int indexOf(const QString &id) const { return m_index.value(id.toLower(), -1); }
    T &insert(const QString &id, const T &value)
    {
        m_index.insert(id.toLower(), int(m_items.size()));
        m_items.append(value);
        return m_items.last();
    }
    bool remove(const QString &id)
    {
        const auto it = m_index.find(id.toLower());
        if (it == m_index.end())
            return false;
        const int pos = *it;
        m_index.erase(it);
        m_items.removeAt(pos);
        for (auto i = m_index.begin(); i != m_index.end(); ++i) {
            if (*i > pos)
                --*i;
        }
        return true;
    }
    void clear()
    {
        m_items.clear();
        m_index.clear();
    }
    const QVector<T> &items() const { return m_items; }
    QVector<T> &items() { return m_items; }
    int size() const { return int(m_items.size()); }

private:
    QVector<T> m_items;
    QHash<QString, int> m_index;
};

} // namespace emu
