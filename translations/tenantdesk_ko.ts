<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ApiError</name>
    <message>
        <source>The server answered with a web page instead of JSON (HTTP %1): a proxy or gateway may be in the way; check the API address and the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server: check the network connection and the API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server (%1): check the network connection and the API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time: try again, and check the network or proxy if it keeps happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the client secret or application id was refused (invalid_client); check the secret and ids in the connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed (%1): check the tenant id and application id in the connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the token endpoint refused the credentials (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed (%1): the token endpoint refused the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response that could not be read (expected JSON): check the API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is stored in the keychain for this connection: enter the secret again in the connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is reachable to keep the client secret: start or unlock the desktop keyring (GNOME Keyring / KWallet / Secret Service) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings are invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI refused the request: this identity is not authorized (check the workspace role or the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI refused the request (%1): this identity is not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI refused the request: the access token expired; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI refused the request: access denied (check the workspace role, the profile or the capacity rights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: the item does not exist or this identity cannot see it (check the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI is throttling this connection: wait and try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI rejected the request as invalid (HTTP 400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI rejected the request as invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI reported a conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Power BI service failed (HTTP %1): try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI answered HTTP %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit file was written by a newer TenantDesk (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit file could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>Confirm delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QLabel#warningLabel { background: #fff3cd; color: #5c3c00; border: 1px solid #e0b64c; padding: 6px; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (client) id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal object id must be a GUID, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a full URL starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must use https (plain http is allowed only to this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Contoso ISV (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;loud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;REST base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;gin URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application (client) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal &amp;object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsRows</name>
    <message>
        <source>capacity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semantic model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semantic model&apos;s workspace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataflow id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application (client) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service principal object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data from the built-in emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service principal (no profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member profile id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryStore</name>
    <message>
        <source>The inventory file was written by a newer TenantDesk (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory file could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cannot start the built-in emulator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (built-in emulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable: %1 The demo secret is kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin console for Power BI embedded multi-tenant estates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in emulator and connect to its demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the tree has loaded, save a picture of the window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved connection &lt;name-or-id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name-or-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved connection named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodePresentation</name>
    <message>
        <source>Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · paginated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 — Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Press Enter or double-click to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application (client) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::AccessActions</name>
    <message>
        <source>&amp;Add access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last Admin of this workspace. Make another member an Admin first; a workspace without an Admin cannot be managed any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added access for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the role to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove workspace access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loses its %2 role in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the access of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::AccessDialog</name>
    <message>
        <source>&amp;Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add workspace access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App (service principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@contoso.com, or an object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection has no service principal object id; add it in Edit connection to grant profiles access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile (expand Profiles first if the list is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user&apos;s email address or the object id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user is identified by an email address (user@contoso.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ActionController</name>
    <message>
        <source>New &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename or delete profiles and workspaces; manage access (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its access to every workspace it is a member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content it owns stays in those workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This profile still administers or can see %n workspace(s). Workspaces where it is the only Admin become orphans: nobody can manage them through this app any more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check which workspaces this profile administers; any where it is the only Admin become orphans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every report, semantic model, dashboard and dataflow in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ConfirmDeleteDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 “%2” (id %3) in Power BI? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type “%1” to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes with it:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ConnectionDialog</name>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (api.powerbi.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret (it is stored in the system keychain only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected: the service principal sees %n profile(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the client secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ConnectionMenu</name>
    <message>
        <source>&amp;New connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant id %1, application (client) id %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ConnectionSession</name>
    <message>
        <source>the profile list has no &quot;value&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::DetailsPane</name>
    <message>
        <source>Open in Power BI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading failed — press Enter in the tree to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no JSON for this node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ErrorDetailsWidget</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error and its details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::InventoryCrawler</name>
    <message>
        <source>The inventory file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MainWindow</name>
    <message>
        <source>TenantDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the selected node&apos;s children (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, edit or remove connections, or switch to a saved one (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a loaded node by name or id; Enter finds the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data from the built-in emulator — not a production tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the client secret of %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TenantDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded node matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its client secret from the keychain? Nothing in Power BI is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::NameDialog</name>
    <message>
        <source>Create &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::PagedJob</name>
    <message>
        <source>the list response has no &quot;value&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::RequestScheduler</name>
    <message>
        <source>no token provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::RequestsModel</name>
    <message>
        <source>(service principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::RequestsPane</name>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests (path, profile, status, RequestId…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command (the token is redacted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::StatusIndicators</name>
    <message>
        <source>Connected to %1 as app %2 (SP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application (client) id %1, tenant id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: choose or create a connection in the Connection menu (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token: not yet requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throttled: retry after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throttled: no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::TokenProvider</name>
    <message>
        <source>the token endpoint did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint answered without an access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
