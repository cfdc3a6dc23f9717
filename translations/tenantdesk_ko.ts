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
        <source>The audit file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCsv</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must be a header with at least customerId and displayName (optional: capacityId, pbix, param.&lt;ParameterName&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 of %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 columns, the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the customer id &quot;%2&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: no display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the capacity id &quot;%2&quot; is not a GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: customer id %2 appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file %2 does not exist or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkOnboardDialog</name>
    <message>
        <source>Bulk onboard from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customerId,displayName[,capacityId][,pbix][,param.&lt;Name&gt;…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers are onboarded at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up what exists and what would be created; nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboard the valid rows as one job (see the Jobs tab to pause or cancel it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save result CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkResult</name>
    <message>
        <source>Cannot write %1: %2</source>
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
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text (first bad byte on line %1). Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>The customer id &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; or &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has no display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name of customer %1 is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 has no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile id of customer %1 is not a GUID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace id of customer %1 is not a GUID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity id of customer %1 is not a GUID: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRegistry</name>
    <message>
        <source>The customer could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer with the id %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header must name at least the columns customerId and displayName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 of %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown identity &quot;%2&quot; (profile or serviceprincipal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: customer id %2 appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer registry</source>
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
    <message>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared capacity (no dedicated capacity: embedding for customers needs one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and region not known yet: no inventory (Shift+F5 builds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SKU %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the inventory (the service principal may have no rights on it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryExport</name>
    <message>
        <source>The file is not an inventory CSV export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an inventory JSON export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory cache is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryIndex</name>
    <message>
        <source>profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item id</source>
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
    <name>JobJournal</name>
    <message>
        <source>The job journal was written by a newer TenantDesk (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job plan could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStates</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
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
    <message>
        <source>Inventory cache unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer registry unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job journal unavailable: %1</source>
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
    <name>OnboardJobType</name>
    <message>
        <source>The customer registry refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingCapacityPage</name>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: assign the workspace to a capacity and wait for the assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign the workspace to this capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingChoicePage</name>
    <message>
        <source>&amp;Create a new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customerId} and {name} are replaced by the customer&apos;s id and display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;existing profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingContentPage</name>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: .pbix files to import into the workspace (streamed from disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;les:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the name exists al&amp;ready:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingCredentialsPage</name>
    <message>
        <source>Credentials, refresh and embed check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: credentials for the model&apos;s data sources (sent, never stored), a refresh, and an embed check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set data source credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh the model now and wait for the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embed check (GenerateToken as the profile)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingCustomerPage</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s id in your own system and its display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. C1042 (letters, digits, - _ . :)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a00000;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingParametersPage</name>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: per-customer values of the semantic model&apos;s parameters (e.g. server and database), applied with UpdateParameters after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingRunPage</name>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step finds what exists before it creates anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDeleteWarning</name>
    <message>
        <source>Could not check which workspaces this profile administers; any where it is the only Admin become orphans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile administers one workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This profile administers %n workspaces.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In one of them it is the only Admin: that workspace becomes an orphan (nobody can manage it through this app any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n of them it is the only Admin: those workspaces become orphans (nobody can manage them through this app any more).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the inventory has no access list for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no inventory of this connection yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile can see one workspace; whether it administers it is not known (%1). If it is the only Admin there, that workspace becomes an orphan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This profile can see %n workspaces; whether it administers them is not known (%1). Any where it is the only Admin become orphans.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It can also see one workspace whose Admins are not known (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It can also see %n workspaces whose Admins are not known (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqliteDb</name>
    <message>
        <source>%1 was written by a newer TenantDesk (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be prepared: %2</source>
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
    <name>td::AssignCapacityOp</name>
    <message>
        <source>Assigning the workspace to the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity assignment failed (activity id %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::AsyncOp</name>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still not finished after %n second(s) of waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::AuditPane</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::BulkOnboardDialog</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
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
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal is not available, so bulk onboarding cannot run (a dry run can).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the onboarding CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s): %2 valid, %3 with errors. Dry run shows what will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up what exists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 new profile(s), %2 row(s) with errors. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running as a job: the Jobs tab can pause or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed, %4 cancelled; %5 row(s) refused before the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the result CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::BulkOnboardLauncher</name>
    <message>
        <source>&amp;Bulk onboard from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboard many customers from a CSV file as one resumable job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk onboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::BulkOnboarding</name>
    <message>
        <source>%1 has a header but no customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk onboarding from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of the file can be onboarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onboarding job type is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::BulkPlanner</name>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CliConnections</name>
    <message>
        <source>connections add --name N --tenant-id T --client-id C --secret-stdin [--base-url URL --login-url URL]
connections list
connections remove NAME
connections test NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Usage:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is read from standard input only: add --secret-stdin (never put a secret on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added connection %1 (%2); its secret is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections. Add one with: tenantdesk-cli connections add ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1, but its keychain entry could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed connection %1 and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: token and API call succeeded (%n profile(s) on the first page).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::CliCustomers</name>
    <message>
        <source>customers list [--connection NAME]
customers import --connection NAME --csv FILE
customers export [--connection NAME] --csv FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Usage:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CliJobWatcher</name>
    <message>
        <source>Interrupted with %1 of %2 customer(s) ended. Continue with: tenantdesk-cli jobs resume %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done, workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (RequestId %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 %2: %3 done, %4 failed, %5 cancelled of %6; %7 row(s) refused (%8 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CliJobs</name>
    <message>
        <source>jobs list
jobs resume ID [--concurrency N] [--result FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Usage:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is a %2 job; the CLI resumes onboarding jobs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 resumed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CliOnboard</name>
    <message>
        <source>onboard --connection NAME --csv FILE [--dry-run] [--concurrency N] [--result FILE] [--poll-ms MS] [--profile-template T] [--workspace-template T]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Usage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connection and --csv are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-ms takes a number of milliseconds (at least 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of %1 can be onboarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal is not available; bulk onboarding needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 %2: ERROR %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 %2: profile %3 &quot;%4&quot;, workspace %5 &quot;%6&quot;, capacity %7, import %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 row(s) can be onboarded, %2 with errors. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job %1: onboarding %n customer(s), %2 at once. Resume with: tenantdesk-cli jobs resume %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::CliRunner</name>
    <message>
        <source>Usage: tenantdesk-cli [--json] &lt;command&gt; ...
%1
%2
%3
%4
Exit codes: 0 done, 1 failed, 2 usage, 3 keychain, 4 connection, 5 interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer registry is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1.
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CliSessionOpener</name>
    <message>
        <source>No connection named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <message>
        <source>Saving the client secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Connected: the service principal sees one profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected: the service principal sees %n profiles.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
    <name>td::ConnectionTreeModel</name>
    <message>
        <source>%1  · customer %2</source>
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
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this object&apos;s JSON, as the service returned it, to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::EmbedCheckOp</name>
    <message>
        <source>Generating an embed token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered without a token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::EnsureProfileOp</name>
    <message>
        <source>Looking for profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating profile %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::EnsureWorkspaceOp</name>
    <message>
        <source>Looking for workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating workspace %1</source>
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
    <name>td::ExportActions</name>
    <message>
        <source>Export &amp;inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole cached inventory of this connection to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export current &amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the objects the search shows (all of its matches) to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the inventory or the current search to CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory cache is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n object(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ImportOp</name>
    <message>
        <source>Looking for semantic model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepted the upload but returned no import id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the import to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::InventoryController</name>
    <message>
        <source>refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lists could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inventory yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — refreshing… %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
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
    <name>td::JobCenter</name>
    <message>
        <source>%1 profiles, %2 workspaces, %3 items; %4 failed lists in %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation ended early.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::JobEngine</name>
    <message>
        <source>The job journal is not open; jobs cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown job type &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection of this job is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot; has an empty or duplicate key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the job&apos;s connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paused or interrupted job can resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an ended job with failed or cancelled items can retry them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::JobItemsModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::JobRunner</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of this job type changed since the plan was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step %1 has nothing to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::JobsModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaled job (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live operation (not journaled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted — Resume continues it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (%3 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::JobsPane</name>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal could not be opened (%1). Jobs that need the journal (onboarding, capacity moves, migrations) are disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing: running steps finish, no new step starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job did not resume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;? Running steps are told to stop; items not started are marked cancelled. Finished items stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was retried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
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
    <message>
        <source>Inventory of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the whole connection&apos;s inventory in the background (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the inventory…</source>
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
    <name>td::OnboardingCapacityPage</name>
    <message>
        <source>Loading capacities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the capacities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity is visible to the service principal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::OnboardingChoicePage</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal profile that will own this customer&apos;s content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace that will hold this customer&apos;s content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new workspace as the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;existing profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;existing workspace (the profile is made its Admin):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the inventory cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n existing, %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(empty: enter a template)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::OnboardingContentPage</name>
    <message>
        <source>Keep the existing one (Abort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a unique name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add .pbix files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power BI files (*.pbix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files do not exist or cannot be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::OnboardingCredentialsPage</name>
    <message>
        <source>Basic (user name and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password, key or token is sent to the service only: it is not saved in the settings, the registry or any log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .pbix file is to be imported: these steps are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::OnboardingCustomerPage</name>
    <message>
        <source>No connection is open: connect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id %1 is taken already (&quot;%2&quot;, status %3). Choose another id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::OnboardingLauncher</name>
    <message>
        <source>&amp;Onboard customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboard a customer: profile, workspace, capacity, content, embed check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboard customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::OnboardingParametersPage</name>
    <message>
        <source>The run reads the imported model&apos;s parameters and updates those named here; a name it does not have stops the step with the list of its parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::OnboardingRollback</name>
    <message>
        <source>Remove profile %1 from workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workspace &quot;%1&quot; (%2) and the content imported into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported model %1 in the existing workspace (delete it by hand if needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 (it existed before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 (it existed before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove customer %1 from the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onboarding is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the customer from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::OnboardingRun</name>
    <message>
        <source>Identity (profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content (.pbix import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile added as Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile is Admin already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed token issued, expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 registered as active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer registry open: nothing written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::OnboardingRunPage</name>
    <message>
        <source>%v of %m steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (RequestId %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at step &quot;%1&quot;: %2%3
Resume continues from this step; Back lets you change the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 (%2) is onboarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: report %1, semantic model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes what this onboarding created:

• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Kept:
• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: what this onboarding created is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::OnboardingWizard</name>
    <message>
        <source>Onboard customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
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
    <name>td::ParametersOp</name>
    <message>
        <source>Reading the parameters of the semantic model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semantic model has no parameter &quot;%1&quot;. Its parameters: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updating %n parameter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::RefreshOp</name>
    <message>
        <source>Starting a refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh ended with status %1: %2</source>
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
    <message>
        <source>Cannot read %1: %2</source>
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
    <name>td::SearchController</name>
    <message>
        <source>&amp;Build inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crawl every profile, workspace and item of this connection into the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name across every profile, or paste an id to see what it is (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name or id… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a connection to search it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search uses the inventory cache, which is not available; only the tree can be browsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory cache could not be read; search is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the inventory of this connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the inventory of this connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no inventory of this connection yet, so search has nothing to look in. Build it (it reads every profile, workspace and item once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the inventory is named like “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches; the first %2 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the inventory of this connection.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile id of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace id of “%1”, a workspace of the service principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace id of “%1” in profile “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity id of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item id of the %1 “%2” in workspace “%3” of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the inventory (last crawled %2). It may be newer than the cache, or belong to another tenant or app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the inventory of this connection… %1 of %2 lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The inventory was built with %n error(s); some objects may be missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SearchResultsModel</name>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paginated report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semantic model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more — refine the search</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::SetCredentialsOp</name>
    <message>
        <source>Reading the data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data source %1 has no gateway binding; its credentials cannot be set through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting credentials on %1</source>
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
    <name>td::StepCall</name>
    <message>
        <source>The step failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
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
<context>
    <name>td::TreeRevealer</name>
    <message>
        <source>“%1” did not load in the tree in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a %2; it is not shown in the connection tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree was reloaded while opening “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the inventory but not in the tree now; the inventory may be out of date. Refresh to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing “%1” in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
