#pragma once
#include <QWidget>

#include "app/api/ApiError.h"

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace td {

// One line a person can act on, then the details (HTTP status, error code, RequestId) behind a
// "Details" disclosure, with Copy. Never a raw JSON dump.
class ErrorDetailsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ErrorDetailsWidget(QWidget *parent = nullptr);
    void setError(const ApiError &error);
    void clear();
    QString summaryText() const;
    QString detailsText() const;

public Q_SLOTS:
    void setDetailsVisible(bool visible);

private:
    QLabel *m_icon;
    QLabel *m_summary;
    QToolButton *m_toggle;
    QToolButton *m_copy;
    QPlainTextEdit *m_details;
};

} // namespace td
