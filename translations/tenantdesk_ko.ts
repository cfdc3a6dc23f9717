<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccessCheckDialog</name>
    <message>
        <source>Troubleshoot access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer of the registry fills in its profile and workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the service principal itself (dedicated service principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the customer&apos;s reports, or paste a report id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic &amp;model id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the report&apos;s model is used; alone, checks only the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: searched among the identity&apos;s workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective identity &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for row-level security, e.g. anna@customer.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ticket text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links of the access check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected link in full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessLink</name>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection gets a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile exists and belongs to this service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s role on the workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semantic model&apos;s owner and data source credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semantic model&apos;s last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is on an active capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row-level security (effective identity and roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenerateToken as the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessReport</name>
    <message>
        <source>TenantDesk access check, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1 (tenant %2, application id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: the service principal itself (no profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic model&apos;s workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective identity: %1, roles: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 passed, %2 failed, %3 unknown%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; first broken link: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Finding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AssignCapacityJobType</name>
    <message numerus="yes">
        <source>Move %n workspace(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <source>the pbix column must name a .pbix file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .pbix file must be in the CSV&apos;s folder or below it (&quot;%1&quot; is not); to allow other folders, use --allow-outside-paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 does not exist or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a .pbix file (a .pbix file is a ZIP archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the display name holds control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
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
    <name>CapacityInfo</name>
    <message>
        <source>Shared capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityPlan</name>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to move, %2 to skip, %3 blocked; %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityPlanPage</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the job will do. Skipped and blocked workspaces stay where they are. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To skip (already there):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces that will move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityPreflightPage</name>
    <message>
        <source>Pre-flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each workspace is checked before anything is written: who is its Admin, that identity&apos;s rights on the capacity, the capacity&apos;s state, whether it is already there, and whether the move crosses regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight findings per workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace / finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityRollback</name>
    <message>
        <source>Job %1 is not a capacity assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no workspaces to move back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their previous capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Roll back: move %n workspace(s) back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapacityRunPage</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment runs as a job (also in the Jobs tab); this wizard can close while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result per workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export results CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oll back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityTargetPage</name>
    <message>
        <source>Target capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the workspaces go: a capacity, or shared capacity (unassign). Rights are the service principal&apos;s; the pre-flight checks each workspace&apos;s own identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target capacities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
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
    <message>
        <source>Rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapacityWorkspacesPage</name>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workspaces to move: the tree&apos;s selection, or a customer&apos;s, a profile&apos;s, a capacity&apos;s or a region&apos;s. Uncheck the ones to leave where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which customer, profile, capacity or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces to move (Space checks or unchecks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;none</source>
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
    <message>
        <source>The CA certificate file %1 cannot be read or holds no PEM certificate.</source>
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
    <message>
        <source>Extra trusted CA Extra trusted C&amp;A fileamp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: PEM CA of a test environment (e.g. the emulator&apos;s caCertFile)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrawlTracking</name>
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
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text (first bad byte on line %1). Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
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
    <message>
        <source>The display name of customer %1 holds control characters (such as tabs, line breaks or terminal escapes).</source>
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
    <name>DemoRegistrySeed</name>
    <message>
        <source>C0099 – Former customer (profile deleted)</source>
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
    <name>EmbedTokenDialog</name>
    <message>
        <source>Embed token test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: as the service principal itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report ids, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic &amp;models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: model ids, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target workspaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: workspace ids where Save as is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective identity &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: for row-level security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective identity u&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for models with row-level security; empty: the customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;les:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test every customer&apos;s &amp;main report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed token results per customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbedTokenOutcome</name>
    <message>
        <source>Embed token generated: token id %1, expires %2 UTC (RequestId %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenerateToken failed: HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (RequestId %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstateSummary</name>
    <message>
        <source>Shared capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>the service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthExport</name>
    <message numerus="yes">
        <source>%n finding(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthFixJobType</name>
    <message>
        <source>The connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer registry is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry entry %1 is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fix cannot be applied here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply %n health fix(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied (%1).</source>
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
    <message>
        <source>Needs input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeftoverUserRule</name>
    <message>
        <source>%1 %2 is still %3 of customer workspace %4. Accounts of the pre-profile app (a master user) keep reports working and hide problems of the profile&apos;s own access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from workspace %2 (as %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity of this connection is Admin there: make the profile Admin first (profile-not-admin), or ask %1 to remove the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leftover user account on a customer workspace</source>
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
    <name>MappingCsv</name>
    <message>
        <source>The file needs the columns customerId,displayName,workspaceId (header found: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the service principal does not reach workspace &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: workspace %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a valid customer id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded: not in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingRule</name>
    <message>
        <source>The pattern uses {name} more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern uses {id} more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern needs {name} or {id}, e.g. &quot;Legacy – {name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer id template is empty; use e.g. {slug}, {id} or LEG-{n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id template uses {id} but the pattern has no {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouped: %1 workspaces for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded: the name does not match the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded: &quot;%1&quot; is not a valid customer id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateJobType</name>
    <message>
        <source>The customer registry refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationCheckJobs</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Validate %n migrated customer(s) as their profiles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore the access of %n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clean up the access of %n customer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationCleanupPage</name>
    <message>
        <source>Clean up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the service principal&apos;s own access and the master user&apos;s access from the workspaces of validated customers, acting as each profile. Every removal is audited and can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;understand: the service principal and the master user lose their access to the ticked customers&apos; workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lean up ticked customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore ticked customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationInventoryPage</name>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspaces the service principal reaches directly, with their users and items. Name the master user if the app used one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Master user (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embed.master@contoso.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
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
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationMappingPage</name>
    <message>
        <source>Map customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One customer per workspace from its name; edit the pattern, or import a CSV (customerId,displayName,workspaceId). Same customer id = grouped; untick to exclude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy – {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{slug}, {id} or LEG-{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
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
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPlanPage</name>
    <message>
        <source>Plan (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is changed yet. Per customer: the profile, the workspaces it becomes Admin of, the models it takes over and what the clean-up will remove later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPlanner</name>
    <message>
        <source>%1 was not read completely: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal is not Admin of %1, so it cannot add the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no access for the master user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another customer has the display name &quot;%1&quot;: give each customer its own name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRunPage</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journaled job: it can be paused, resumed (also after a restart, or from the CLI) and cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
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
</context>
<context>
    <name>MigrationStore</name>
    <message>
        <source>The migration journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration journal could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationValidatePage</name>
    <message>
        <source>Validate as each profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each profile lists its items and GenerateToken must succeed for each report and model. The service principal&apos;s own access is never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLS test &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer, Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingCredentialsRule</name>
    <message>
        <source>The data sources of %1 in workspace %2 have no credentials: every refresh fails (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TenantDesk does not keep data source secrets. Enter the credentials (Onboard customer, credentials page, or the gateway data source API) as the model&apos;s owner, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources without credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoCapacityRule</name>
    <message>
        <source>Customer workspace %1 is on shared capacity: embedding for customers needs a capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer workspace %1 is on capacity %2, which is %3: its reports cannot be embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign workspace %1 to capacity %2 (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Active capacity is visible to this connection: resume the capacity in Azure or give the app Assign rights on one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity of this connection is Admin of the workspace: make the profile Admin first, then assign a capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer workspace without an active capacity</source>
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
    <message>
        <source>The input has no secret for the data sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboard %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardRollbackJobType</name>
    <message>
        <source>The connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove customer %1 from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back the onboarding of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile %1 from workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workspace &quot;%1&quot; (%2) and the content imported into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove customer %1 from the registry</source>
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
        <source>Profile %1 (it existed before)</source>
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
    <message>
        <source>Per-customer values of the semantic model&apos;s parameters (e.g. server and database), applied with UpdateParameters after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the import, read the model&apos;s parameters and let me fill them &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values known in advance (optional):</source>
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
    <message>
        <source>Every step finds what exists before it creates anything. The run is a job: it also shows in the Jobs tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphanProfileRule</name>
    <message>
        <source>Profile %1 has no workspace: a customer that was never finished or was offboarded only in part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile %1 (%2). It has no workspace; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry entry %1 is then marked offboarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile without a workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphanWorkspaceRule</name>
    <message>
        <source>No profile has access to workspace %1 (Admins: %2): no customer identity owns it. Workspaces of the pre-profile app wait for their migration; others are left over from an offboarding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate it to its customer&apos;s profile (add the profile as Admin in Access), or delete it once nobody uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace without a profile as Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentSpStillMemberRule</name>
    <message>
        <source>The service principal itself is still %1 of customer workspace %2. Once the profile has access, calls without the profile header still reach this customer&apos;s content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the service principal from workspace %1 (as %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is Admin there yet: make the customer&apos;s profile Admin first (profile-not-admin), then remove the service principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent service principal still has access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightRules</name>
    <message>
        <source>Neither the service principal nor any of its profiles can see workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workspace id; if the workspace belongs to another app or a user, add a profile of this connection to it as Admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity of this connection is Admin of workspace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity of this connection is Admin of workspace %1 (Admin: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the customer&apos;s profile Admin of the workspace (Access), then run the pre-flight again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is Admin of workspace %1: it is moved as the service principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing, or make the customer&apos;s profile Admin so that it owns its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %1 does not exist or this connection has no rights on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another capacity, or ask a capacity admin to give the service principal Assign rights (deleted capacities cannot be used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither Assign nor Admin rights on capacity %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a capacity admin to give the service principal (profiles inherit it) Assign rights on %1, or pick another capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity %1 is %2, not Active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the capacity in Azure (or pick an active one), then run the pre-flight again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 is on the target already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: it is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move takes the customer&apos;s data from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the customer agrees to its data changing region; large semantic models may block the move (move them or their storage format first).</source>
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
    <name>ProfileNotAdminRule</name>
    <message>
        <source>Profile %1 is only %2 of its workspace %3: it cannot manage access, capacity or settings of its own content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make profile %1 Admin of workspace %2 (as %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity of this connection is Admin there. Ask an Admin (%1) to give the profile the Admin role, then remove the Admins that should not stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile is not Admin of its workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileWorkspaceLimitRule</name>
    <message>
        <source>Profile %1 has %2 workspaces; a profile can have at most %3. Creating workspaces as this profile will soon fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put new customers&apos; workspaces under a new profile (one profile per customer), or delete workspaces this profile no longer uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile close to the workspace limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshFailedRule</name>
    <message>
        <source>no error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh of %1 in workspace %2 failed (%3, %4): its reports show old data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1 in workspace %2 now and wait for the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryDriftRule</name>
    <message>
        <source>Registry entry %1 names profile %2, which no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark registry entry %1 as offboarded (the entry is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>names %n workspace(s) that no longer exist (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>does not list %n workspace(s) its profile owns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Registry entry %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set the workspaces of registry entry %1 to the %n workspace(s) that exist and belong to its profile.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Profile %1 has no entry in the customer registry: TenantDesk cannot tell which customer it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add registry entry %1 for profile %2 with its %n workspace(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add the customer to the registry (Customers import, or tenantdesk-cli customers import) with this profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer registry out of step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestScheduler</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceUrl</name>
    <message>
        <source>Refused to send to %1://%2: only https is allowed (plain http only to this computer: localhost, 127.0.0.1 or ::1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedWorkspaceRule</name>
    <message>
        <source>Workspace %1 is shared by the profiles of several customers (%2): each can see the others&apos; data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 is %2 of workspace %3, which belongs to profile %4: that customer can see another customer&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile %1 from workspace %2 (as %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide which customer the workspace belongs to (the customer registry tells TenantDesk), then remove the other profiles from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace shared by several customers</source>
        <translation type="unfinished"></translation>
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
    <name>TokenDiagnosis</name>
    <message>
        <source>Entra refused the token request: the client secret has expired (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new client secret for the application in the Azure portal (App registrations → Certificates &amp; secrets), then store it in this connection&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra refused the token request: the client secret is wrong (%1). A secret&apos;s id was perhaps stored instead of its value, or the secret belongs to another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the secret&apos;s Value (not its Secret ID) from the Azure portal into this connection&apos;s settings, or create a new secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra refused the token request: the application (service principal) is disabled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the service principal in Entra ID (Enterprise applications → Properties → Enabled for users to sign in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra does not know this application id in the tenant (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the application (client) id and the tenant id in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra does not know the tenant (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tenant id (or domain) in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network, the proxy and the sign-in address of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection settings (tenant, application id, secret) and that the service principal is allowed to use the Power BI APIs (tenant setting).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowContext</name>
    <message>
        <source>Connect to a tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePool</name>
    <message>
        <source>%1 (not in the capacity list)</source>
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
    <name>td::AccessCheck</name>
    <message>
        <source>the service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report or a semantic model to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a token for the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra issued a token for application %1: the service principal is enabled and its secret is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: without a token no call can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile: the check runs as the service principal itself (e.g. a dedicated service principal per customer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 exists and was created by this service principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service principal has no profile with id %1: it does not exist, was deleted, or was created by another service principal (a profile is visible only to the service principal that created it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile id in the customer registry. If the profile is gone or belongs to another application, create it again with this service principal and give it access to the customer&apos;s workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal may not call the profiles API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Power BI admin portal, allow service principals to use the Power BI APIs and check that this application is in the allowed security group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the profile could not be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the workspaces of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workspaces of %1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the workspaces could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semantic model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 is in none of the %n workspace(s) %2 is a member of: it has no access to it (or the id is wrong).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the workspace that holds the item (Access → Add: principal type App with the profile), as Admin for the customer&apos;s own workspace; or correct the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the item is out of reach of this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s access list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: the report has no semantic model (paginated report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the semantic model is out of reach of this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member of workspace %2, but its access list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the access list of workspace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 as Admin of workspace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only %2 of workspace %3: it can view and embed, but cannot manage access, capacity or credentials there; a customer&apos;s own identity should be Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 Admin of workspace %2 (Access → Change role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Admin of workspace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semantic model %1 is in none of the workspaces %2 can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 at least Viewer on the workspace of the semantic model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semantic model lives in workspace %1, where %2 has no role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 at least Viewer on workspace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semantic model lives in workspace %1, where %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the semantic model&apos;s data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data sources could not be listed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no gateway binding to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic model %1 is owned by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources without working credentials: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the data source credentials (semantic model → Set credentials), then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner can set credentials on cloud data sources: take the model over as %1 (Default.TakeOver), set the data source credentials, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials could not be checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no data sources that need credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n data source(s) have working credentials.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The semantic model is not refreshable (e.g. DirectQuery or a live connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the refresh history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semantic model has never been refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the semantic model once its data source credentials are set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh is running (started %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh completed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh failed (status %1, ended %2) with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the data source credentials (link 4), then refresh the semantic model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the data source problem named by the error code (server reachable, credentials valid, gateway online), then refresh the semantic model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the workspace&apos;s capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 is on shared capacity: embedding for customers needs a capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the workspace to an active capacity (A, EM, P or F SKU): Workspace → Assign to capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is on capacity %1, which is Active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is on capacity %1, which is %2: its content cannot be embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the capacity (Azure portal: Power BI Embedded → Resume) or assign the workspace to an active capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is on capacity %1, which %2 cannot see: its state is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacities could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating an embed token as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token id %1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenerateToken (V2) as %1 succeeded for exactly this report and semantic model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenerateToken as %1 failed with HTTP %2 %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 access to every item in the token (see link 3), and check the capacity (link 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the report and semantic model ids; they do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the request; for row-level security see link 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, open a support case with the RequestId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic model %1 has no row-level security, but an effective identity (%2) was given: GenerateToken refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the token without an effective identity for this semantic model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic model %1 has no row-level security: no effective identity is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic model %1 uses row-level security: it requires an effective identity, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass an effective identity (the customer&apos;s user name and the roles its users need, e.g. Customer) when generating the token; enter them here to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic model %1 requires roles in the effective identity; none were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the row-level security roles the customer&apos;s users need to the effective identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effective identity %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only roles that exist in the semantic model (check its security roles in Power BI Desktop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic model %1 uses row-level security; the identity %2 with roles %3 was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic model %1 uses row-level security; the roles could not be confirmed because GenerateToken failed for another reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::AccessCheckDialog</name>
    <message>
        <source>(none: enter the ids below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has its own service principal connection: open that connection to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the customer&apos;s reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (paginated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report or a semantic model to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First broken link: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every link passes.</source>
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
        <source>The capacity assignment failed (status %1, activity id %2).</source>
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
    <name>td::AuditLog</name>
    <message>
        <source>The audit file</source>
        <translation type="unfinished"></translation>
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
    <name>td::CapacityLauncher</name>
    <message>
        <source>&amp;Assign capacity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estate overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected workspaces (or a customer&apos;s, a profile&apos;s, a capacity&apos;s or a region&apos;s) to a capacity or to shared capacity, with a pre-flight check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces per capacity, grouped by region, from the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CapacityPlanPage</name>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 workspaces at a time, at most %3 requests an hour, each move polled until it completes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to move: go back to change the choice, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job runs in the Jobs tab (pause, resume, cancel there); you can close this wizard while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some moves have warnings (see the pre-flight): read them before you run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CapacityPreflight</name>
    <message>
        <source>The connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pre-flight was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CapacityPreflightPage</name>
    <message>
        <source>%1: %2, nothing to note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2. %n finding(s) below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3
What to do: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n workspace(s)… nothing is written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The pre-flight could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CapacityRunPage</name>
    <message>
        <source>the failed workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the moved workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all workspaces of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaled jobs are disabled (%1): nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job engine or connection: nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not start: %1. Nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3 of %4 done, %5 moved, %6 failed, %7 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback: %1 — %2 of %3 done, %4 failed (details in the Jobs tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to roll back: no workspace is in that group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n workspace(s) back to the capacity each was on before?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This runs as a job of its own: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job to roll back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CapacityTargetPage</name>
    <message>
        <source>Loading the capacities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the capacities: %1. Only shared capacity can be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No capacity is visible to the service principal: ask a capacity admin to give it Assign rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active: it refuses assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal cannot assign workspaces to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign: the workspaces go back to shared capacity (embedding for customers needs a capacity)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CapacityWizard</name>
    <message>
        <source>Assign capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CapacityWorkspacesPage</name>
    <message>
        <source>Selected in the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By current capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal (its own workspaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n workspace(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::CliAssignCapacity</name>
    <message>
        <source>assign-capacity --connection NAME --capacity ID|shared (--workspaces ID,... | --customers ID,...) [--dry-run] [--concurrency N] [--result FILE] [--poll-ms MS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connection and --capacity are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --workspaces or --customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capacity takes a capacity id (see: capacities list) or &quot;shared&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a workspace id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of workspaces or customers is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer registry is not available; use --workspaces.</source>
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
        <source>The job journal is not available; capacity assignment needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is registered for customer(s) %1 on this connection (see: customers list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4, as %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on shared capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job %1: moving %n workspace(s), %2 at once. Resume with: tenantdesk-cli jobs resume %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::CliCapacities</name>
    <message>
        <source>capacities list --connection NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacities list needs --connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal sees no capacity (it needs Assign or Admin rights on one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CliCheckAccess</name>
    <message>
        <source>check-access --connection NAME [--profile ID] (--report ID | --dataset ID) [--workspace ID]
             [--username NAME] [--roles ROLE,ROLE]   (no --profile: as the service principal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CliCommand</name>
    <message>
        <source>Usage:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Usage:
%2</source>
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
        <source>No connection named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CliConnections</name>
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
    <message numerus="yes">
        <source>%1: token and API call succeeded (%n profile(s) on the first page).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>connections add --name N --tenant-id T --client-id C --secret-stdin [--base-url URL --login-url URL] [--ca-cert FILE]
connections list
connections remove NAME
connections test NAME</source>
        <translation type="unfinished"></translation>
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
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer registry is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CliDispatcher</name>
    <message>
        <source>Usage: tenantdesk-cli [--json] &lt;command&gt; ...
%1
Exit codes: 0 done, 1 failed, 2 usage, 3 keychain, 4 connection, 5 interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1.
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CliHealth</name>
    <message>
        <source>health --connection NAME [--fix RULE [--yes]]   rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connection is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to apply the %1 fixes without confirmation: standard input is not a terminal. Add --yes to apply them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--yes goes with --fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory cache cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the estate of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health check could not read the estate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-check: %n finding(s) of %1 remain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no automatic fix: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply %n fix(es)? [y/N] </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no automatic fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1 profiles, %2 workspaces, %3 semantic models.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1 (RequestId %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal is not available; fixes need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted. Resume with: tenantdesk-cli jobs resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job %1: applying %n fix(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>done, %1 on capacity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 %2: %3 done, %4 failed, %5 cancelled of %6; %7 blocked (%8 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) needs input at step %3: %4
Give it with: tenantdesk-cli jobs input %5 %1 --param Name=Value ...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CliJobs</name>
    <message>
        <source>The job journal is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64.</source>
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
        <source>Job %1 resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is a %2 job; the CLI resumes onboarding, capacity assignment and migration jobs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs list
jobs resume ID [--concurrency N] [--result FILE]
jobs input ID ITEM [--param Name=Value ...] [--secret-stdin] [--result FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param takes Name=Value, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-stdin: no secret on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of job %2 does not wait for input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 continues with the input for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CliMigrate</name>
    <message>
        <source>migrate plan|run|validate|cleanup|restore --connection NAME [--mapping FILE.csv] [--master-user EMAIL] [--pattern P] [--id-template T] [--customer ID]... [--rls-user U] [--rls-role R]... [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: plan, run, validate, cleanup or restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connection is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--master-user takes the user&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clean-up removes the service principal&apos;s own access and the master user&apos;s access from the customers&apos; workspaces. Standard input is not a terminal, so it cannot ask: confirm with --yes. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal is not available; the migration needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no migration plan for this connection yet: run `tenantdesk-cli migrate plan` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 maps no workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 profile &quot;%3&quot;; Admin of %4 workspace(s); take over %5 model(s) (set their credentials again after); clean-up will remove %6 access entr(ies)%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [BLOCKED]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1 customer(s), %2 workspace(s) excluded. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: migrating %2 customer(s). Continue after a stop with: tenantdesk-cli migrate run --connection NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 report token(s), %4 model token(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation as each profile: %1 passed, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer can be cleaned up: none has passed validation since its last clean-up. Run `tenantdesk-cli migrate validate` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes the service principal&apos;s own access%1 from the workspaces of %2 customer(s). Type yes to go on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1&apos;s access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed %2 %3 (%4) from %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ERROR %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-up: %1 access entr(ies) removed, %2 error(s). Undo with: tenantdesk-cli migrate restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was cleaned up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to restore: no clean-up removed access that is not back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore: %1 access entr(ies) put back, %2 error(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::CliOnboard</name>
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
    <message>
        <source>onboard --connection NAME --csv FILE [--dry-run] [--concurrency N] [--result FILE] [--poll-ms MS] [--profile-template T] [--workspace-template T] [--allow-outside-paths]</source>
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
    <name>td::DiagnosticsLauncher</name>
    <message>
        <source>Troubleshoot &amp;access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embed token test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why can&apos;t this customer see this report? Check every link from token to embed token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate an embed token as a customer&apos;s profile, or for every customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubleshoot access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed token test</source>
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
    <name>td::EmbedTokenBatch</name>
    <message>
        <source>%1 %2 — %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its dedicated service principal is another connection; test it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry names no workspace for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::EmbedTokenDialog</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one report or semantic model id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer registry is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed token test: every customer&apos;s main report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has no customer on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Testing %n customer(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>OK — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n failure(s) so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 of %2 customer(s) cannot embed their main report.</source>
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
    <name>td::EstateChart</name>
    <message>
        <source>Workspaces per capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces per capacity chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlisted %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the capacity list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::EstateOverview</name>
    <message>
        <source>Estate overview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces per capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the inventory cache again (Shift+F5 in the main window crawls the connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inventory cache: the overview needs one (it is built when a connection opens, or with Refresh inventory, Shift+F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) on %1 capacities and shared capacity (%2 on shared capacity).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has not been crawled yet: counts cover what the tree has loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the capacity list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active: its workspaces&apos; content cannot be embedded or refreshed</source>
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
    <name>td::HealthCheck</name>
    <message>
        <source>Reading the estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh history of %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading semantic models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::HealthDialog</name>
    <message>
        <source>Health check — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings (rule, object, text)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check to see the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the fixes of the selected findings (a preview and a confirmation first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled; the findings shown are from the last complete check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not read the estate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1 profiles, %2 workspaces and %3 semantic models.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) could not be read: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply %n fix(es)? Each change is sent as the identity shown and recorded in the audit log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fixing… %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fix(es) applied, %2 failed. Re-check to see what remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export findings as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export findings as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Journaled jobs are disabled (%1): nothing was fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job engine or connection: nothing was fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixes could not start: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::HealthFindingsModel</name>
    <message>
        <source>No automatic fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed — re-check to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::HealthLauncher</name>
    <message>
        <source>&amp;Health check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the whole estate for broken or risky set-ups, and fix them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory cache is not available; the health check needs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::HttpSend</name>
    <message>
        <source>The server&apos;s TLS certificate is not trusted (%1). For a test environment, set the connection&apos;s extra trusted CA file.</source>
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
    <name>td::InventoryScan</name>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semantic models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::JobCenter</name>
    <message>
        <source>Journaled jobs are disabled.</source>
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
    <message>
        <source>There is no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of job %2 does not wait for input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input could not be journaled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::JobInputDialog</name>
    <message>
        <source>Input for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source secret (%1, user %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of input (%1) cannot be given here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input was not taken: %1</source>
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
        <source>Waits for input (%1) at step %2</source>
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
    <message>
        <source>Cancelled while it waited for input.</source>
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
    <message numerus="yes">
        <source>%1 — %n item(s) need input</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
    <message>
        <source>Provide &amp;input…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MainReportTokenOp</name>
    <message>
        <source>Finding the main report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no report.</source>
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
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, rename or delete profiles and workspaces; manage access (Alt+A)</source>
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
</context>
<context>
    <name>td::MigrationCleanup</name>
    <message>
        <source>The customer has no profile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the profile cannot list the access (%2); nothing removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the profile is not Admin; nothing removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removing %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot list the access of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: putting back %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MigrationCleanupPage</name>
    <message>
        <source>Clean-up: %1 access entr(ies) removed, %2 error(s). Each removal is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore: %1 access entr(ies) put back, %2 error(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: not cleaned up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n access entr(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cleaned up; can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to clean up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning up as each profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MigrationController</name>
    <message>
        <source>Take the inventory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping includes no workspace: no customer to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal is not available; the migration run needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer of the plan is blocked; see its warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Migrate %n customer(s) to profiles</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clean-up needs an explicit confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not cleaned up, its validation has not passed (or it was cleaned up already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MigrationInventoryPage</name>
    <message>
        <source>Reading workspaces: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) reached directly, %1 existing profile(s); taken %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No inventory yet: press Take inventory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MigrationLauncher</name>
    <message>
        <source>&amp;Migrate to profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an app that reaches every customer with its service principal (or a master user) to one profile per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate to profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration journal cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MigrationMappingPage</name>
    <message>
        <source>Import mapping CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer(s) from %2 workspace(s); %3 workspace(s) excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MigrationPlanPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reuse profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the profile as Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take over as the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner now %1; set its credentials again after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean-up will remove (later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer(s), %2 blocked; %3 model(s) to take over; the clean-up will remove %4 access entr(ies) later. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MigrationRunPage</name>
    <message>
        <source>The job journal is not available, so the migration cannot run here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>migrated; set the credentials of %n model(s) again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 customer(s) ended, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MigrationValidatePage</name>
    <message>
        <source>Validation as each profile: %1 passed, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating as each profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report token(s), %2 model token(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MigrationValidator</name>
    <message>
        <source>The customer has no profile yet: run the migration first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot list the reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile does not see this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot list the semantic models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile does not see this semantic model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The semantic model %1 requires RLS roles: give a test role to validate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GenerateToken as the profile failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::MigrationWizard</name>
    <message>
        <source>Migrate to profiles – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ModelParametersBox</name>
    <message>
        <source>Semantic model parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the imported model. Enter this customer&apos;s values, then continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply and continue</source>
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
        <source>Parameter &quot;%1&quot; is required: enter a value.</source>
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
</context>
<context>
    <name>td::OnboardingParametersPage</name>
    <message>
        <source>Parameter &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the review on, the run stops after the import and shows the model&apos;s parameters to fill in (pre-filled from this table). Without it, only the names listed here are updated; a name the model lacks stops the step with the list of its parameters.</source>
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
        <source>Rolled back: what this onboarding created is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values were not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Journaled jobs are disabled (%1): nothing was onboarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job engine or connection: nothing was onboarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onboarding could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed token issued, expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run waits for input (%1): give it in the Jobs tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fill in the values of the model&apos;s %n parameter(s), then continue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to roll back: this onboarding created nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back… (a job of its own in the Jobs tab)</source>
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
    <name>td::PagedApiCall</name>
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
    <name>td::ReadParametersOp</name>
    <message>
        <source>Reading the parameters of semantic model %1 of %2</source>
        <translation type="unfinished"></translation>
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
        <source>cancelled before the answer</source>
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
    <name>td::TakeOverOp</name>
    <message>
        <source>Taking over semantic model %1</source>
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
    <name>td::ToolLaunchers</name>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity, health check, access check and migration tools (Alt+T)</source>
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
