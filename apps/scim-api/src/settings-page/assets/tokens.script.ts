/**
 * tokens.js: prerequisites, base URL, "Generate token" (secret shown once) and the token table with Revoke.
 * Generate and Revoke exist only for an Admin; the API enforces the same rules (403), the page just does not offer
 * what would be refused.
 */
export const TOKENS_SCRIPT = String.raw`import { copyText, el, timeElement } from './format.js';

const PREREQUISITES = [
  {
    key: 'enterprisePlan',
    label: 'Enterprise plan',
    fix: 'SCIM provisioning is part of the Enterprise plan. Ask your account owner to upgrade the organization, or contact sales.',
  },
  {
    key: 'ssoConfigured',
    label: 'Single sign-on (SSO) configured',
    fix: 'Integrate SSO with your identity provider first (Organization Settings › Authentication and SSO › SSO), then come back here.',
  },
  {
    key: 'callerIsAdmin',
    label: 'You are an organization Admin',
    fix: 'Only an organization Admin can generate or revoke SCIM tokens. Ask an Admin of your organization.',
  },
];

const byId = (id) => document.getElementById(id);

export function createTokensView(ctx) {
  let settings = null;
  let shownTokenId = null;
  let pendingRevoke = null;
  const form = byId('generate-form');
  const labelInput = byId('token-label');
  const generateButton = byId('generate-button');
  const dialog = byId('revoke-dialog');

  function render(next) {
    settings = next;
    const p = settings.prerequisites;
    const canGenerate = p.enterprisePlan && p.ssoConfigured && p.callerIsAdmin;
    byId('prereq-list').replaceChildren(...PREREQUISITES.map((item) => prerequisiteItem(item, p[item.key])));
    byId('base-url').value = settings.baseUrl;
    form.hidden = !canGenerate;
    const blocked = byId('generate-blocked');
    blocked.hidden = canGenerate;
    blocked.textContent = p.callerIsAdmin
      ? 'Complete the prerequisites above before generating a bearer token.'
      : 'Only an organization Admin can generate bearer tokens.';
    byId('tokens-readonly').hidden = p.callerIsAdmin;
    byId('tokens-actions').hidden = !p.callerIsAdmin;
    byId('tokens-body').replaceChildren(...settings.tokens.map(tokenRow));
    byId('tokens-empty').hidden = settings.tokens.length > 0;
    if (shownTokenId !== null && !settings.tokens.some((token) => token.id === shownTokenId)) hideNewToken();
  }

  function prerequisiteItem(item, met) {
    return el('li', { className: met ? 'met' : 'missing' }, [
      el('span', { className: 'mark', 'aria-hidden': 'true', text: met ? '✓' : '✕' }),
      el('span', {}, [
        el('strong', { text: item.label }),
        el('span', { className: 'visually-hidden', text: met ? ': done' : ': missing' }),
      ]),
      met ? null : el('p', { className: 'fix', text: item.fix }),
    ]);
  }

  function tokenRow(token) {
    const creator = token.createdBy === null ? 'Support (admin API)' : settings.tokenCreators[token.createdBy] || 'A former member';
    const cells = [
      el('th', { scope: 'row', text: token.label }),
      el('td', { className: 'mono', text: '…' + token.hint }),
      el('td', { text: creator }),
      el('td', { className: 'time' }, [timeElement(token.createdAt, '')]),
      el('td', { className: 'time' }, [timeElement(token.lastUsedAt, 'Never')]),
      el('td', { className: 'time' }, [timeElement(token.expiresAt, 'Never')]),
    ];
    if (settings.prerequisites.callerIsAdmin) {
      const revoke = el('button', {
        type: 'button',
        className: 'link-danger',
        text: 'Revoke',
        'aria-label': 'Revoke token ' + token.label + ' ending ' + token.hint,
        onclick: () => askRevoke(token),
      });
      cells.push(el('td', {}, [revoke]));
    }
    return el('tr', { 'data-token-id': token.id }, cells);
  }

  async function reload() {
    render(await ctx.api.settings());
  }

  async function generate(event) {
    event.preventDefault();
    const label = labelInput.value.trim();
    if (label === '') {
      ctx.announce('Enter a label for the token.', true);
      labelInput.focus();
      return;
    }
    generateButton.disabled = true;
    try {
      const issued = await ctx.api.issueToken(label);
      showNewToken(issued);
      labelInput.value = '';
      ctx.announce('Token generated. Copy it now: it will not be shown again.');
      await reload();
    } catch (error) {
      ctx.fail(error, 'The token could not be generated');
    } finally {
      generateButton.disabled = false;
    }
  }

  function showNewToken(issued) {
    shownTokenId = issued.id;
    byId('new-token-label').textContent = issued.label;
    byId('new-token-value').value = issued.token;
    const panel = byId('new-token');
    panel.hidden = false;
    panel.focus();
  }

  function hideNewToken() {
    shownTokenId = null;
    byId('new-token-value').value = '';
    byId('new-token').hidden = true;
  }

  function askRevoke(token) {
    pendingRevoke = token;
    byId('revoke-text').textContent =
      'The token “' + token.label + '” (ending ' + token.hint + ') stops working at once. ' +
      'An identity provider that still uses it can no longer provision users until you give it another token.';
    dialog.returnValue = '';
    dialog.showModal();
  }

  async function onDialogClose() {
    const token = pendingRevoke;
    pendingRevoke = null;
    if (token === null || dialog.returnValue !== 'revoke') return;
    try {
      await ctx.api.revokeToken(token.id);
      ctx.announce('Token “' + token.label + '” revoked.');
    } catch (error) {
      if (error.status !== 404) return ctx.fail(error, 'The token could not be revoked');
      ctx.announce('Token “' + token.label + '” was already revoked.');
    }
    try {
      await reload();
    } catch (error) {
      return ctx.fail(error, 'The token list could not be refreshed');
    }
    byId('tokens-title').focus();
  }

  async function copy(inputId, what) {
    const copied = await copyText(byId(inputId));
    ctx.announce(copied ? what + ' copied to the clipboard.' : 'Could not copy: select the text and press Ctrl+C.', !copied);
  }

  form.addEventListener('submit', generate);
  dialog.addEventListener('close', onDialogClose);
  byId('copy-base-url').addEventListener('click', () => copy('base-url', 'SCIM Base URL'));
  byId('copy-token').addEventListener('click', () => copy('new-token-value', 'Bearer token'));
  byId('dismiss-token').addEventListener('click', () => {
    hideNewToken();
    ctx.announce('The token is hidden. It cannot be shown again.');
    if (!form.hidden) labelInput.focus();
  });

  return { render, reload };
}
`;
