/** format.js: DOM building (textContent only, so no value from the API is ever parsed as HTML), times, wording. */
export const FORMAT_SCRIPT = String.raw`export function el(tag, props, children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'className') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children || []) if (child !== null && child !== undefined) node.append(child);
  return node;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const UNITS = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60]];

export function timeElement(iso, emptyText) {
  if (!iso) return document.createTextNode(emptyText);
  const date = new Date(iso);
  return el('time', { datetime: date.toISOString(), title: date.toISOString(), text: dateTime.format(date) });
}

export function relativeTime(iso) {
  const seconds = Math.round((new Date(iso).getTime() - Date.now()) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

const ACTIONS = {
  create: 'Create user',
  restore: 'Re-create deleted user',
  replace: 'Replace user',
  patch: 'Update user',
  delete: 'Delete user',
};

export function actionLabel(action) {
  return Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : action;
}

const ACTORS = { token: 'identity provider', member: 'console', admin: 'support' };

export function actorLabel(actorType) {
  return Object.hasOwn(ACTORS, actorType) ? ACTORS[actorType] : actorType;
}

// What an admin can do about each refusal, in plain words (RFC 7644 §3.12 status codes).
const FAILURES = {
  400: 'The identity provider sent a value this service does not accept. Check the attribute mappings (userName, active, name.givenName, name.familyName, OrganizationRole).',
  403: 'An organization rule refused the change, for example disabling or demoting the last active Admin.',
  404: 'The user does not exist here (any more). The identity provider usually creates it again on its next cycle.',
  409: 'A user with this userName already exists. Make sure the identity provider matches users on userName.',
  412: 'The user changed since the identity provider read it. It retries on its next cycle.',
  413: 'The request was too large.',
  429: 'Too many requests at once. The identity provider retries later.',
};

export function explainFailure(status) {
  if (Object.hasOwn(FAILURES, status)) return FAILURES[status];
  if (status >= 500) return 'The service could not apply the change. The identity provider retries on its next cycle.';
  return 'The request was refused.';
}

/** The Clipboard API needs a secure context and focus; selecting the text and execCommand is the fallback. */
export async function copyText(input) {
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    input.focus();
    input.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
`;
