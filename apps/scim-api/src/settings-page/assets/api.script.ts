/**
 * api.js: the console session and the settings API. The session arrives once in the URL fragment (never sent to
 * a server, never logged) and is kept only in sessionStorage, per organization, then removed from the address bar.
 */
export const API_SCRIPT = String.raw`const SESSION_KEY = 'scim-settings:session:';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function takeCredentials() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const orgId = (params.get('org') || '').trim();
  const offered = params.get('session');
  if (orgId !== '' && offered) window.sessionStorage.setItem(SESSION_KEY + orgId, offered);
  if (offered !== null) {
    const fragment = orgId === '' ? '' : '#org=' + encodeURIComponent(orgId);
    window.history.replaceState(null, '', window.location.pathname + window.location.search + fragment);
  }
  const session = orgId === '' ? null : window.sessionStorage.getItem(SESSION_KEY + orgId);
  return { orgId, session };
}

export function forgetSession(orgId) {
  window.sessionStorage.removeItem(SESSION_KEY + orgId);
}

export function createApi(orgId, session) {
  const base = '/api/organizations/' + encodeURIComponent(orgId) + '/scim';

  async function call(method, path, body) {
    const headers = { Authorization: 'Bearer ' + session, Accept: 'application/json' };
    const init = { method, headers, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(base + path, init);
    } catch {
      throw new ApiError(0, 'The service could not be reached. Check your connection and try again.');
    }
    if (response.status === 204) return undefined;
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const message = data && typeof data.message === 'string' ? data.message : 'HTTP ' + response.status;
      throw new ApiError(response.status, message);
    }
    return data;
  }

  return {
    settings: () => call('GET', ''),
    summary: () => call('GET', '/summary'),
    events: (limit, before) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (before) query.set('before', before);
      return call('GET', '/events?' + query.toString());
    },
    issueToken: (label) => call('POST', '/tokens', { label }),
    revokeToken: (tokenId) => call('DELETE', '/tokens/' + encodeURIComponent(tokenId)),
  };
}
`;
