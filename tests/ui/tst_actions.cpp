// Management actions through the main window against the in-process emulator: profiles,
// workspaces and workspace access, the typed delete confirmation, refusals and a server error mid-action.
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include "DialogProbe.h"
#include "EmulatorModel.h"
#include "EmulatorState.h"
#include "UiTestSupport.h"
#include "app/api/RequestScheduler.h"
#include "app/audit/AuditLog.h"
#include "app/session/ConnectionSession.h"
#include "ui/actions/AccessActions.h"
#include "ui/actions/AccessDialog.h"
#include "ui/actions/ActionController.h"
#include "ui/actions/ConfirmDeleteDialog.h"
#include "ui/actions/NameDialog.h"
#include "ui/details/DetailsPane.h"
#include "ui/tree/ConnectionTreeModel.h"
#include "ui/window/MainWindow.h"

using namespace td;
using Kind = TreeNode::Kind;
using State = TreeNode::State;

namespace {

State stateOf(const QModelIndex &i)
{
    return State(i.data(ConnectionTreeModel::StateRole).toInt());
}

} // namespace

class TstActions : public QObject
{
    Q_OBJECT

private:
    emu::EmulatorServer m_emu;
    QNetworkAccessManager m_nam;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit; // a fresh one per test function
    int m_tests = 0;

    ConnectionTreeModel *model() const { return m_window->treeModel(); }
    QTreeView *tree() const { return m_window->treeView(); }

    void grabTo(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("TD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
    }

    // Waits until the node at index has (re)loaded; returns the child named name (NameRole), if any.
    QModelIndex waitChild(const QModelIndex &parent, const QString &name, int timeoutMs = 15000)
    {
        QModelIndex found;
        (void)QTest::qWaitFor(
            [&] {
                if (stateOf(parent) != State::Loaded)
                    return false;
                for (int r = 0; r < model()->rowCount(parent); ++r) {
                    const QModelIndex c = model()->index(r, 0, parent);
                    if (c.data(ConnectionTreeModel::NameRole).toString() == name)
                        return (found = c).isValid();
                }
                return false;
            },
            timeoutMs);
        return found;
    }

    // Selects index with the keyboard focus in the tree (after a dialog, the window is active again first).
    void select(const QModelIndex &index)
    {
        (void)QTest::qWaitFor([] { return QApplication::activeModalWidget() == nullptr; }, 5000);
        m_window->activateWindow();
        (void)QTest::qWaitForWindowActive(m_window.get());
        tree()->setCurrentIndex(index);
        tree()->setFocus(Qt::OtherFocusReason);
    }

    int countRequests(const QString &method, const QString &pathPart) const
    {
        int n = 0;
        for (const emu::RequestRecord &r : m_emu.requestLog())
            n += r.method == method && r.path.contains(pathPart) ? 1 : 0;
        return n;
    }

    QString spClientId() const { return m_emu.primaryServicePrincipal().clientId; }

    // A profile (and, if workspace is given, a workspace it administers) made directly in the emulator,
    // then the tree reloaded; returns the profile's node (invalid on timeout).
    QModelIndex seedProfile(const QString &name, const QString &workspace, QString *profileId,
                            QString *workspaceId = nullptr)
    {
        const emu::Profile prof = m_emu.state()->createProfile(spClientId(), name);
        *profileId = prof.id;
        if (!workspace.isEmpty()) {
            emu::Member admin;
            admin.principalType = QStringLiteral("App");
            admin.identifier = m_emu.primaryServicePrincipal().objectId;
            admin.profileId = prof.id;
            admin.accessRight = QStringLiteral("Admin");
            const QString id = m_emu.state()->createWorkspace(workspace, admin).id;
            if (workspaceId)
                *workspaceId = id;
        }
        m_window->refreshConnection();
        tree()->expand(model()->profilesIndex());
        return waitChild(model()->profilesIndex(), name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        emu::EmulatorOptions options;
        options.seed = QStringLiteral("demo");
        QString error;
        QVERIFY2(m_emu.start(options, &error), qPrintable(error));
    }

    void init()
    {
        m_audit =
            std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit-%1.sqlite").arg(++m_tests)));
        QVERIFY(m_audit->open());
        m_window = std::make_unique<MainWindow>(nullptr, nullptr, &m_nam);
        m_window->setAuditLog(m_audit.get());
        m_window->openSession(tdtest::demoConnection(m_emu), m_emu.primaryServicePrincipal().clientSecret);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(model()->profilesIndex().isValid());
        tree()->expand(model()->profilesIndex());
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(model()->profilesIndex()) == State::Loaded, 15000);
        m_emu.clearRequestLog();
    }

    void cleanup()
    {
        m_emu.setFaults(emu::FaultSettings{});
        // One audit row per REST write the emulator saw in this test, with the same RequestId: every tree
        // action is audited by the session's request layer, failures included.
        auto writes = [this] {
            QStringList ids;
            for (const emu::RequestRecord &r : m_emu.requestLog()) {
                if (r.method != QLatin1String("GET") && r.path.startsWith(QLatin1String("/v1.0/")))
                    ids << r.requestId;
            }
            ids.sort();
            return ids;
        };
        auto audited = [this] {
            QStringList ids;
            for (const AuditEntry &e : m_audit->latest(m_audit->count()))
                ids << e.requestId;
            ids.sort();
            return ids;
        };
        QTRY_COMPARE(audited(), writes());
        m_window.reset();
        m_audit.reset();
    }

    void createRenameDeleteProfile()
    {
        const QModelIndex profiles = model()->profilesIndex();
        const int before = model()->rowCount(profiles);
        m_window->actions()->newProfileAction()->trigger();
        auto *create = tdtest::waitModal<NameDialog>("nameDialog");
        QVERIFY(create);
        create->nameEdit()->setText(QStringLiteral("  Tst Profile Alpha  ")); // trimmed before sending
        tdtest::clickOk(create);
        QModelIndex p = waitChild(profiles, QStringLiteral("Tst Profile Alpha"));
        QVERIFY(p.isValid());
        QCOMPARE(model()->rowCount(profiles), before + 1);
        QTRY_COMPARE(tree()->currentIndex(), p); // the new profile is selected
        const QString id = p.data(ConnectionTreeModel::IdRole).toString();
        QCOMPARE(m_emu.state()->findProfile(id)->displayName, QStringLiteral("Tst Profile Alpha"));

        // F2 renames (PUT).
        select(p);
        QTest::keyClick(tree(), Qt::Key_F2);
        auto *rename = tdtest::waitModal<NameDialog>("nameDialog");
        QVERIFY(rename);
        QCOMPARE(rename->nameEdit()->text(), QStringLiteral("Tst Profile Alpha"));
        rename->nameEdit()->setText(QStringLiteral("Tst Profile Beta"));
        tdtest::clickOk(rename);
        p = waitChild(profiles, QStringLiteral("Tst Profile Beta"));
        QVERIFY(p.isValid());
        QCOMPARE(p.data(ConnectionTreeModel::IdRole).toString(), id);
        QCOMPARE(countRequests(QStringLiteral("PUT"), QStringLiteral("/profiles/") + id), 1);
        QCOMPARE(m_emu.state()->findProfile(id)->displayName, QStringLiteral("Tst Profile Beta"));
        QTRY_COMPARE(tdtest::labelText(*m_window->detailsPane(), QStringLiteral("detailsTitle"))
                         .contains(QLatin1String("Tst Profile Beta")),
                     true);

        // Del asks for the typed name; Delete stays disabled until it matches.
        select(p);
        QTest::keyClick(tree(), Qt::Key_Delete);
        auto *confirm = tdtest::waitModal<ConfirmDeleteDialog>("confirmDeleteDialog");
        QVERIFY(confirm);
        QVERIFY(!confirm->deleteButton()->isEnabled());
        confirm->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
            ->setText(QStringLiteral("Tst Profile"));
        QVERIFY(!confirm->deleteButton()->isEnabled());
        confirm->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
            ->setText(QStringLiteral("tst profile beta")); // case matters
        QVERIFY(!confirm->deleteButton()->isEnabled());
        confirm->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
            ->setText(QStringLiteral("Tst Profile Beta"));
        QVERIFY(confirm->deleteButton()->isEnabled());
        QCOMPARE(countRequests(QStringLiteral("DELETE"), id), 0);
        confirm->deleteButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_emu.state()->findProfile(id), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            stateOf(profiles) == State::Loaded &&
                !tdtest::findChild(model(), profiles, id, ConnectionTreeModel::IdRole).isValid(),
            10000);
        QCOMPARE(model()->rowCount(profiles), before);
    }

    void profileDeleteWarnsAboutWorkspaces()
    {
        QString profileId;
        const QModelIndex p =
            seedProfile(QStringLiteral("Tst Profile Owner"), QStringLiteral("Tst Owned WS"), &profileId);
        QVERIFY(p.isValid());
        select(p);
        m_window->actions()->deleteAction()->trigger(); // not expanded: a quick listGroups as the profile
        auto *confirm = tdtest::waitModal<ConfirmDeleteDialog>("confirmDeleteDialog");
        QVERIFY(confirm);
        QVERIFY2(
            tdtest::labelText(*confirm, QStringLiteral("warningLabel"))
                    .contains(QLatin1String("can see one workspace")) &&
                !tdtest::labelText(*confirm, QStringLiteral("warningLabel")).contains(QLatin1String("(s)")),
            qPrintable(tdtest::labelText(*confirm, QStringLiteral("warningLabel"))));
        QVERIFY(
            tdtest::labelText(*confirm, QStringLiteral("warningLabel")).contains(QLatin1String("orphan")));
        QVERIFY(!confirm->deleteButton()->isEnabled());
        confirm->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
            ->setText(QStringLiteral("Tst Profile Owner"));
        QVERIFY(confirm->deleteButton()->isEnabled());
        QTest::qWait(50);
        grabTo(confirm, QStringLiteral("screenshot-actions-confirm.png"));
        confirm->reject();
        QVERIFY(m_emu.state()->findProfile(profileId)); // cancelled: nothing deleted
    }

    void badNamesAreRefused()
    {
        m_window->actions()->newProfileAction()->trigger();
        auto *dlg = tdtest::waitModal<NameDialog>("nameDialog");
        QVERIFY(dlg);
        dlg->nameEdit()->setText(QStringLiteral("   "));
        tdtest::clickOk(dlg);
        QVERIFY(dlg->isVisible());
        QVERIFY(dlg->messageLabel()->isVisibleTo(dlg));
        QCOMPARE(dlg->messageLabel()->text(), QStringLiteral("Enter a name."));
        dlg->nameEdit()->setText(QString(257, QLatin1Char('x')));
        tdtest::clickOk(dlg);
        QVERIFY(dlg->isVisible());
        QVERIFY2(dlg->messageLabel()->text().contains(QLatin1String("256")),
                 qPrintable(dlg->messageLabel()->text()));
        QTest::qWait(100);
        QCOMPARE(countRequests(QStringLiteral("POST"), QStringLiteral("/profiles")), 0);
        dlg->nameEdit()->setText(QString(256, QLatin1Char('x'))); // exactly the limit is fine
        QString error;
        QCOMPARE(NameDialog::validate(dlg->nameEdit()->text(), &error).size(), 256);
        dlg->reject();
    }

    void createWorkspaceAsProfile()
    {
        const QModelIndex profiles = model()->profilesIndex();
        const QModelIndex p = model()->index(0, 0, profiles);
        const QString profileId = p.data(ConnectionTreeModel::IdRole).toString();
        QVERIFY(!profileId.isEmpty());
        select(p);
        m_window->actions()->newWorkspaceAction()->trigger();
        auto *dlg = tdtest::waitModal<NameDialog>("nameDialog");
        QVERIFY(dlg);
        QCOMPARE(dlg->identity(), profileId);                    // default: the selected profile
        QVERIFY(dlg->identityCombo()->findData(QString()) >= 0); // the SP is offered too
        dlg->nameEdit()->setText(QStringLiteral("Tst Workspace As Profile"));
        tdtest::clickOk(dlg);
        tree()->expand(p);
        const QModelIndex ws = waitChild(p, QStringLiteral("Tst Workspace As Profile"));
        QVERIFY(ws.isValid());
        bool sawCreate = false;
        for (const emu::RequestRecord &r : m_emu.requestLog()) {
            if (r.method == QLatin1String("POST") && r.path.endsWith(QLatin1String("/groups"))) {
                sawCreate = true;
                QCOMPARE(r.profileHeaders, QStringList{profileId});
            }
        }
        QVERIFY(sawCreate);
        const emu::Workspace *w =
            m_emu.state()->findWorkspaceByName(QStringLiteral("Tst Workspace As Profile"));
        QVERIFY(w);
        QCOMPARE(w->members.size(), 1);
        QCOMPARE(w->members.first().profileId, profileId);
        QCOMPARE(w->members.first().accessRight, QStringLiteral("Admin"));
    }

    void accessAddRemoveAndLastAdmin()
    {
        QString profileId;
        QString wsId;
        const QModelIndex p = seedProfile(QStringLiteral("Tst Access Owner"), QStringLiteral("Tst Access WS"),
                                          &profileId, &wsId);
        const QString profileName = QStringLiteral("Tst Access Owner");
        QVERIFY(p.isValid());
        tree()->expand(p);
        const QModelIndex ws = waitChild(p, QStringLiteral("Tst Access WS"));
        QVERIFY(ws.isValid());
        tree()->expand(ws);
        QModelIndex access;
        QTRY_VERIFY((access = tdtest::findChild(model(), ws, QStringLiteral("Access"))).isValid());
        tree()->expand(access);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(access) == State::Loaded, 10000);
        QCOMPARE(model()->rowCount(access), 1);
        QCOMPARE(access.data().toString(), QStringLiteral("Access (1)"));
        const QModelIndex owner = model()->index(0, 0, access);
        // A profile member shows by its display name, identified by the SP object id.
        QCOMPARE(owner.data(ConnectionTreeModel::NameRole).toString(), profileName);
        QCOMPARE(owner.data(ConnectionTreeModel::IdRole).toString(),
                 m_emu.primaryServicePrincipal().objectId);
        QVERIFY(owner.data().toString().contains(QLatin1String("Admin")));

        // Add a user as Viewer.
        select(access);
        m_window->actions()->access()->addAction()->trigger();
        auto *add = tdtest::waitModal<AccessDialog>("accessDialog");
        QVERIFY(add);
        add->typeCombo()->setCurrentIndex(add->typeCombo()->findData(QStringLiteral("User")));
        add->identifierEdit()->setText(QStringLiteral("not-an-email"));
        tdtest::clickOk(add);
        QVERIFY(add->isVisible() && add->messageLabel()->isVisibleTo(add)); // refused before sending
        add->identifierEdit()->setText(QStringLiteral("tst.user@contoso.example"));
        add->roleCombo()->setCurrentIndex(add->roleCombo()->findData(QStringLiteral("Viewer")));
        tdtest::clickOk(add);
        QModelIndex user;
        QTRY_VERIFY_WITH_TIMEOUT(
            (user = tdtest::findChild(model(), access, QStringLiteral("tst.user@contoso.example"),
                                      ConnectionTreeModel::IdRole))
                .isValid(),
            10000);
        QCOMPARE(user.data(ConnectionTreeModel::DetailRole).toString(), QStringLiteral("Viewer"));
        for (const emu::RequestRecord &r : m_emu.requestLog()) {
            if (r.path.contains(wsId))
                QCOMPARE(r.profileHeaders, QStringList{profileId}); // as the profile that sees it
        }
        QCOMPARE(m_emu.state()->findWorkspace(wsId)->members.size(), 2);
        grabTo(m_window.get(), QStringLiteral("screenshot-actions-access.png"));

        // Remove it (typed confirmation), then the refusal for the last Admin.
        select(user);
        QTest::keyClick(tree(), Qt::Key_Delete);
        auto *confirm = tdtest::waitModal<ConfirmDeleteDialog>("confirmDeleteDialog");
        QVERIFY(confirm);
        confirm->findChild<QLineEdit *>(QStringLiteral("confirmEdit"))
            ->setText(user.data(ConnectionTreeModel::NameRole).toString());
        confirm->deleteButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_emu.state()->findWorkspace(wsId)->members.size(), 1, 10000);
        QCOMPARE(countRequests(QStringLiteral("DELETE"), QStringLiteral("/users/tst.user@contoso.example")),
                 1);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(access) == State::Loaded && model()->rowCount(access) == 1, 10000);

        const QModelIndex last = model()->index(0, 0, access);
        select(last);
        m_window->actions()->deleteAction()->trigger();
        QWidget *refusal = tdtest::waitModal<QWidget>("refusalMessage");
        QVERIFY(refusal);
        QVERIFY(refusal->findChildren<QLabel *>().size() > 0);
        bool mentionsLast = false;
        for (QLabel *l : refusal->findChildren<QLabel *>())
            mentionsLast |= l->text().contains(QLatin1String("last Admin"));
        QVERIFY(mentionsLast);
        refusal->close();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        // Demoting the last Admin is refused too.
        select(last);
        m_window->actions()->access()->changeRoleAction()->trigger();
        auto *role = tdtest::waitModal<AccessDialog>("accessDialog");
        QVERIFY(role);
        QVERIFY(!role->typeCombo()->isEnabled());
        role->roleCombo()->setCurrentIndex(role->roleCombo()->findData(QStringLiteral("Viewer")));
        tdtest::clickOk(role);
        refusal = tdtest::waitModal<QWidget>("refusalMessage");
        QVERIFY(refusal);
        refusal->close();
        QTest::qWait(100);
        QCOMPARE(countRequests(QStringLiteral("DELETE"), wsId), 1); // only the user's removal
        QCOMPARE(countRequests(QStringLiteral("PUT"), wsId), 0);
        QCOMPARE(m_emu.state()->findWorkspace(wsId)->members.first().accessRight, QStringLiteral("Admin"));
    }

    void menusOfferTheActions()
    {
        auto names = [](const QList<QAction *> &actions) {
            QStringList out;
            for (QAction *a : actions) {
                if (!a->objectName().isEmpty() && a->isEnabled())
                    out << a->objectName();
            }
            return out;
        };
        const QModelIndex profile = model()->index(0, 0, model()->profilesIndex());
        select(profile);
        QMenu menu;
        m_window->actions()->addContextActions(&menu, profile);
        QCOMPARE(names(menu.actions()),
                 (QStringList{QStringLiteral("actionNewProfile"), QStringLiteral("actionNewWorkspace"),
                              QStringLiteral("actionRename"), QStringLiteral("actionDelete")}));
        QCOMPARE(m_window->actions()->renameAction()->shortcut(), QKeySequence(Qt::Key_F2));
        QCOMPARE(m_window->actions()->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
        select(model()->servicePrincipalIndex()); // nothing to rename or delete there
        QMenu spMenu;
        m_window->actions()->addContextActions(&spMenu, model()->servicePrincipalIndex());
        QCOMPARE(names(spMenu.actions()), QStringList{QStringLiteral("actionNewWorkspace")});
        auto *button = m_window->findChild<QToolButton *>(QStringLiteral("actionsButton"));
        QVERIFY(button && button->menu());
        QVERIFY(names(button->menu()->actions()).contains(QStringLiteral("actionNewProfile")));
        QVERIFY(!m_window->actions()->deleteAction()->isEnabled());
    }

    void serverErrorMidAction()
    {
        const QString name = QStringLiteral("Tst Fault Profile");
        QString profileId;
        QModelIndex p = seedProfile(name, QString(), &profileId);
        QVERIFY(p.isValid());
        RetryPolicy fast = m_window->session()->scheduler()->retryPolicy();
        fast.maxAttempts = 2;
        fast.baseDelayMs = 10;
        m_window->session()->scheduler()->setRetryPolicy(fast);
        emu::FaultSettings faults;
        faults.serverErrorShare = 1.0;
        m_emu.setFaults(faults);

        select(p);
        QTest::keyClick(tree(), Qt::Key_F2);
        auto *rename = tdtest::waitModal<NameDialog>("nameDialog");
        QVERIFY(rename);
        rename->nameEdit()->setText(QStringLiteral("Tst Fault Renamed"));
        tdtest::clickOk(rename);
        QWidget *error = tdtest::waitModal<QWidget>("errorDialog");
        QVERIFY(error);
        QVERIFY(error->windowTitle().contains(QLatin1String("Could not rename")));
        QString text;
        for (QWidget *w : error->findChildren<QWidget *>()) {
            if (auto *l = qobject_cast<QLabel *>(w))
                text += l->text() + QLatin1Char('\n');
        }
        QVERIFY2(text.contains(QLatin1String("50")), qPrintable(text)); // HTTP 500/503 in the details
        error->close();

        m_emu.setFaults(emu::FaultSettings{});
        const QModelIndex profiles = model()->profilesIndex();
        select(profiles);
        QTest::keyClick(tree(), Qt::Key_F5);
        p = waitChild(profiles, name);
        QVERIFY2(p.isValid(), "after the faults the tree shows the unchanged name");
        QVERIFY(!tdtest::findChild(model(), profiles, QStringLiteral("Tst Fault Renamed"),
                                   ConnectionTreeModel::NameRole)
                     .isValid());
        QCOMPARE(m_emu.state()->findProfile(profileId)->displayName, name);
    }
};

QTEST_MAIN(TstActions)
#include "tst_actions.moc"
