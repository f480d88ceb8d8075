/**
 * Helvetia SSO — a local OpenID Connect provider for development and tests of Kinerja.
 *
 *   npm run idp            (= npx tsx scripts/dev-idp.ts)
 *
 * Env: DEV_IDP_PORT (9400), DEV_IDP_CLIENT_ID (kinerja-dev), DEV_IDP_CLIENT_SECRET (kinerja-dev-secret),
 * DEV_IDP_REDIRECT_URIS, DEV_IDP_POST_LOGOUT_REDIRECT_URIS (comma-separated), DEV_IDP_PASSWORD (kinerja).
 * Accounts are the Helvetia roster pegawai plus one guest who is not a pegawai. Login = NIP, password shared.
 * Everything is in memory; keys are generated at startup. Never use this outside development.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
// @ts-expect-error -- oidc-provider ships no type declarations (no @types/oidc-provider); the surface used is typed below.
import OidcProvider from 'oidc-provider';

type Account = { nip: string; nama: string; email: string | null };
type ConsentDetails = { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
type Interaction = { uid: string; prompt: { name: string; details: ConsentDetails }; params: Record<string, unknown>; session?: { accountId: string }; grantId?: string };
type Grant = { addOIDCScope(scope: string): void; addOIDCClaims(claims: string[]): void; addResourceScope(indicator: string, scope: string): void; save(): Promise<string> };
type KoaContext = { body: unknown; type: string };
type Provider = {
  proxy: boolean;
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: object, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  Grant: { new (init: { accountId: string; clientId: string }): Grant; find(id: string): Promise<Grant | undefined> };
};

const env = process.env;
const port = Number(env.DEV_IDP_PORT || 9400);
const issuer = `http://localhost:${port}`;
const password = env.DEV_IDP_PASSWORD || 'kinerja';
const list = (value: string | undefined, fallback: string) =>
  (value || fallback).split(',').map((item) => item.trim()).filter(Boolean);
const stripSpaces = (value: string) => value.replace(/\s+/g, '');

/** Not a pegawai: used by tests of "unknown identity is refused". */
const GUEST: Account = { nip: '199001012015011999', nama: 'Tamu Tidak Terdaftar', email: null };

async function loadRoster(): Promise<Account[]> {
  try {
    const { buildHelvetiaRoster } = await import('../db/seed/helvetia-roster');
    const { pegawai } = await buildHelvetiaRoster();
    return pegawai.map(({ nip, nama, email }) => ({ nip: stripSpaces(nip), nama, email: email ?? null }));
  } catch (error) {
    console.warn(`dev-idp: roster Helvetia tidak dapat dimuat, hanya akun tamu tersedia (${String(error)})`);
    return [];
  }
}

const accounts = new Map<string, Account>();
for (const account of [...(await loadRoster()), GUEST]) accounts.set(account.nip, account);

const esc = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const CSS = `*{box-sizing:border-box}body{margin:0;min-height:100vh;display:grid;place-items:center;padding:16px;
background:#eef2f7;color:#1f2937;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{width:100%;max-width:380px;background:#fff;border-radius:12px;padding:28px 24px;box-shadow:0 4px 24px #0f172a14}
h1{margin:0 0 4px;font-size:1.4rem}p{margin:0 0 20px;color:#4b5563}label{display:block;margin:14px 0 6px;font-weight:600}
input{width:100%;padding:10px 12px;border:1px solid #cbd5e1;border-radius:8px;font:inherit}
input:focus{outline:2px solid #2563eb;outline-offset:1px}
button{display:block;width:100%;margin-top:20px;padding:11px;border:0;border-radius:8px;background:#1d4ed8;color:#fff;
font:inherit;font-weight:600;cursor:pointer}button:hover{background:#1e40af}button.secondary{margin-top:10px;background:#e2e8f0;color:#1f2937}
.error{margin:0 0 8px;padding:10px 12px;border:1px solid #fecaca;border-radius:8px;background:#fef2f2;color:#b91c1c}
small{display:block;margin-top:18px;color:#6b7280;font-size:.85rem}`;
const page = (body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>Helvetia SSO</title><style>${CSS}</style></head><body><main>${body}</main></body></html>`;

const loginPage = (uid: string, nip: string, failed: boolean) =>
  page(`<h1>Helvetia SSO</h1><p>Masuk untuk melanjutkan ke Kinerja.</p>
${failed ? '<p class="error" role="alert">NIP atau kata sandi salah</p>' : ''}
<form method="post" action="/interaction/${esc(uid)}">
<label for="login">NIP</label>
<input id="login" name="login" inputmode="numeric" autocomplete="username" required${nip ? ` value="${esc(nip)}"` : ' autofocus'}>
<label for="password">Kata sandi</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${nip ? ' autofocus' : ''}>
<button type="submit">Masuk</button>
</form><small>Penyedia identitas lokal untuk pengembangan — bukan SSO sungguhan.</small>`);

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

// oidc-provider warns that its in-memory adapter is development-only, which is the whole point here.
const consoleWarn = console.warn;
console.warn = (...args: unknown[]) => {
  if (!String(args[0]).includes('in-memory adapter')) consoleWarn(...args);
};
const provider = new (OidcProvider as new (issuer: string, configuration: object) => Provider)(issuer, {
  clients: [
    {
      client_id: env.DEV_IDP_CLIENT_ID || 'kinerja-dev',
      client_secret: env.DEV_IDP_CLIENT_SECRET || 'kinerja-dev-secret',
      client_name: 'Kinerja',
      redirect_uris: list(env.DEV_IDP_REDIRECT_URIS, 'http://localhost:3000/api/auth/callback/sso'),
      post_logout_redirect_uris: list(env.DEV_IDP_POST_LOGOUT_REDIRECT_URIS, 'http://localhost:3000/'),
      grant_types: ['authorization_code'],
      response_types: ['code'],
      // oidc-provider accepts client_secret_post too for a client registered with client_secret_basic.
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256' }] },
  cookies: { keys: ['kinerja-dev-idp-cookie-key'] },
  scopes: ['openid', 'profile', 'email', 'nip'],
  // nip rides along with "profile" so next-auth's default "openid profile email" also receives it.
  claims: { openid: ['sub'], profile: ['name', 'nip'], email: ['email'], nip: ['nip'] },
  conformIdTokenClaims: false, // put scope claims into the ID token as well as /me
  pkce: { required: () => true },
  ttl: { AccessToken: 3600, IdToken: 3600, Interaction: 3600, Session: 8 * 3600, Grant: 8 * 3600 },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: (ctx: KoaContext, form: string) => {
        ctx.body = page(`<h1>Keluar</h1><p>Keluar dari Helvetia SSO?</p>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Ya, keluar</button>
<button type="submit" form="op.logoutForm" class="secondary">Tidak</button>`);
      },
      postLogoutSuccessSource: (ctx: KoaContext) => {
        ctx.body = page('<h1>Anda telah keluar</h1><p>Sesi Helvetia SSO Anda telah diakhiri.</p>');
      },
    },
  },
  renderError: (ctx: KoaContext, out: Record<string, string>) => {
    ctx.type = 'html';
    ctx.body = page(`<h1>Terjadi kesalahan</h1><p role="alert">${esc(out.error ?? 'server_error')}: ${esc(out.error_description ?? '')}</p>`);
  },
  findAccount: (_ctx: unknown, sub: string) => {
    const account = accounts.get(sub);
    if (!account) return undefined;
    const { nip, nama, email } = account;
    return { accountId: nip, claims: () => ({ sub: nip, nip, name: nama, ...(email ? { email } : {}) }) };
  },
});
console.warn = consoleWarn;
provider.proxy = false;

function send(res: ServerResponse, status: number, html: string) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if ((size += chunk.length) > 10_000) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Consent is implicit: grant whatever the client asked for, then resume the authorization. */
async function grantConsent(req: IncomingMessage, res: ServerResponse, { prompt, params, session, grantId }: Interaction) {
  if (!session) throw new Error('consent prompt without a session');
  const grant = (grantId ? await provider.Grant.find(grantId) : undefined)
    ?? new provider.Grant({ accountId: session.accountId, clientId: String(params.client_id) });
  const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = prompt.details;
  if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
  if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
  await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
}

async function handleInteraction(req: IncomingMessage, res: ServerResponse) {
  const interaction = await provider.interactionDetails(req, res);
  if (interaction.prompt.name === 'consent') return grantConsent(req, res, interaction);
  if (interaction.prompt.name !== 'login') return send(res, 501, page('<h1>Tidak didukung</h1>'));
  if (req.method !== 'POST') return send(res, 200, loginPage(interaction.uid, '', false));

  const form = await readForm(req);
  const nip = stripSpaces(form.get('login') ?? '');
  const account = accounts.get(nip);
  if (!account || form.get('password') !== password) return send(res, 200, loginPage(interaction.uid, nip, true));
  await provider.interactionFinished(req, res, { login: { accountId: account.nip } }, { mergeWithLastSubmission: false });
}

const oidc = provider.callback();
const server = createServer((req, res) => {
  if (!/^\/interaction\/[\w-]+\/?$/.test(new URL(req.url ?? '/', issuer).pathname)) return oidc(req, res);
  handleInteraction(req, res).catch((error: unknown) => {
    const expired = error instanceof Error && error.name === 'SessionNotFound';
    if (!expired) console.error('dev-idp:', error);
    if (res.headersSent) return void res.end();
    send(res, expired ? 400 : 500, page(expired
      ? '<h1>Sesi kedaluwarsa</h1><p>Silakan mulai masuk lagi dari aplikasi Kinerja.</p>'
      : '<h1>Terjadi kesalahan</h1><p>Lihat log dev-idp.</p>'));
  });
});

server.on('error', (error) => {
  console.error(`dev-idp: ${error.message}`);
  process.exit(1);
});
server.listen(port, () => console.log(`dev-idp listening on ${issuer}`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
