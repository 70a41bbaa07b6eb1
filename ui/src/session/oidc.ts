import type { AuthConfig } from '../api/types';

/** Single sign-on: the authorization-code flow with PKCE, done by the browser itself (a public client). */
type Oidc = NonNullable<AuthConfig['oidc']>;

const PENDING = 'lakegate.oidc';

interface Pending {
  state: string;
  verifier: string;
  tokenEndpoint: string;
  clientId: string;
}

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
}

const redirectUri = () => `${window.location.origin}/auth/callback`;

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const randomString = () => base64Url(crypto.getRandomValues(new Uint8Array(32)));

async function discover(issuerUri: string): Promise<Discovery> {
  const response = await fetch(`${issuerUri.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`The identity provider ${issuerUri} did not answer (${response.status})`);
  return response.json();
}

/** Sends the browser to the provider's sign-in page. */
export async function startSingleSignOn(oidc: Oidc): Promise<void> {
  const discovery = await discover(oidc.issuerUri);
  const pending: Pending = {
    state: randomString(),
    verifier: randomString(),
    tokenEndpoint: discovery.token_endpoint,
    clientId: oidc.clientId,
  };
  const challenge = base64Url(new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(pending.verifier))));
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const target = new URL(discovery.authorization_endpoint);
  Object.entries({
    response_type: 'code',
    client_id: oidc.clientId,
    redirect_uri: redirectUri(),
    scope: oidc.scopes,
    state: pending.state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).forEach(([name, value]) => target.searchParams.set(name, value));
  window.location.assign(target);
}

/** On /auth/callback: exchanges the code for tokens; answers the bearer token for the API. */
export async function completeSingleSignOn(params: URLSearchParams): Promise<string> {
  const pending: Pending | null = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING);
  if (params.get('error')) throw new Error(params.get('error_description') ?? params.get('error')!);
  if (!pending || params.get('state') !== pending.state) {
    throw new Error('This sign-in did not start here or has expired; sign in again');
  }
  const response = await fetch(pending.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: params.get('code') ?? '',
      redirect_uri: redirectUri(),
      client_id: pending.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) throw new Error(`The identity provider refused the sign-in (${response.status})`);
  const tokens: { access_token?: string; id_token?: string } = await response.json();
  // Lakegate accepts the provider's JWTs; some providers issue opaque access tokens, so then the ID token
  const isJwt = (token?: string) => token?.split('.').length === 3;
  const token = isJwt(tokens.access_token) ? tokens.access_token : tokens.id_token;
  if (!token) throw new Error('The identity provider answered no token');
  return token;
}
