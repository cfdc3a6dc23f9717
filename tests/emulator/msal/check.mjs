// A client nobody here wrote signs in to pbi-emulator: MSAL for Node (ConfidentialClientApplication,
// client credentials) finds the token endpoint through OpenID discovery, then the Power BI API lists the
// app's profiles and one profile's workspaces with the token it got.
//
//   CLIENT_SECRET=… node check.mjs <authority> <clientId> [caCertFile]
//
// authority: https://127.0.0.1:PORT/<tenantId> (MSAL refuses http:// authorities: authority_uri_insecure).
// caCertFile: the emulator's CA, trusted the usual Node way (NODE_EXTRA_CA_CERTS, set here for a child run).
// Exit 0 when every step worked; 1 with the failing step on stderr. Never prints the secret or a token.
import { spawnSync } from "node:child_process";
import { ConfidentialClientApplication } from "@azure/msal-node";

const [authority, clientId, caFile] = process.argv.slice(2);
const clientSecret = process.env.CLIENT_SECRET;
if (!authority || !clientId || !clientSecret) {
  console.error("usage: CLIENT_SECRET=… node check.mjs <authority> <clientId> [caCertFile]");
  process.exit(2);
}
if (caFile && process.env.NODE_EXTRA_CA_CERTS !== caFile) {
  // Node reads NODE_EXTRA_CA_CERTS once at start: run again with it set.
  const child = spawnSync(process.execPath, process.argv.slice(1), {
    stdio: "inherit",
    env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile },
  });
  process.exit(child.status ?? 1);
}

function fail(step, detail) {
  console.error(`FAIL ${step}: ${detail}`);
  process.exit(1);
}

const url = new URL(authority);
const app = new ConfidentialClientApplication({
  auth: { clientId, clientSecret, authority, knownAuthorities: [url.host] },
});
const powerBi = ["https://analysis.windows.net/powerbi/api/.default"];

let result;
try {
  result = await app.acquireTokenByClientCredential({ scopes: powerBi });
} catch (e) {
  fail("sign-in", `${e.errorCode ?? ""} ${e.message}`);
}
if (!result?.accessToken) fail("sign-in", "no access token");
console.log(`signed in: token for ${powerBi[0]} until ${result.expiresOn?.toISOString()}`);

const cached = await app.acquireTokenByClientCredential({ scopes: powerBi });
if (cached.accessToken !== result.accessToken) fail("token cache", "a second token was fetched");

const api = `${url.origin}/v1.0/myorg`;
async function get(path, token, profileId) {
  const headers = { Authorization: `Bearer ${token}` };
  if (profileId) headers["X-PowerBI-Profile-Id"] = profileId;
  const r = await fetch(`${api}/${path}`, { headers });
  return { status: r.status, body: await r.json().catch(() => ({})) };
}

const profiles = await get("profiles", result.accessToken);
if (profiles.status !== 200) fail("GET profiles", `status ${profiles.status}`);
const list = profiles.body.value ?? [];
console.log(`profiles: ${list.length}`);
const profile = list.find((p) => p.displayName) ?? fail("GET profiles", "no profile");
const groups = await get("groups", result.accessToken, profile.id);
if (groups.status !== 200) fail("GET groups as a profile", `status ${groups.status}`);
console.log(`workspaces of profile "${profile.displayName}": ${(groups.body.value ?? []).length}`);

// Another resource in the same sign-in: Entra issues it, the Power BI API refuses it (401).
const management = await app.acquireTokenByClientCredential({
  scopes: ["https://management.core.windows.net//.default"],
});
const refused = await get("profiles", management.accessToken);
if (refused.status !== 401) fail("management token on Power BI", `status ${refused.status}, 401 expected`);
console.log("a management token is refused by the Power BI API (401)");
console.log("OK");
