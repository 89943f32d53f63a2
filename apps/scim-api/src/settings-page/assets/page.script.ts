/**
 * page.js, the entry module: takes the session out of the URL, loads the settings, and turns 401/403/404 into a
 * message the admin can act on instead of an empty page.
 */
export const PAGE_SCRIPT = String.raw`import { createApi, forgetSession, takeCredentials } from './api.js';
import { createActivityView } from './activity.js';
import { createTokensView } from './tokens.js';

const byId = (id) => document.getElementById(id);

const PROBLEMS = {
  signedOut: [
    'You are not signed in',
    'Open this page from the console (Settings › Organization Settings › Authentication and SSO); that link signs you in.',
  ],
  expired: [
    'Your session has expired',
    'Sign in to the console again, then reopen Settings › Organization Settings › Authentication and SSO.',
  ],
  forbidden: ['You do not have access to these settings', 'Ask an Admin of your organization for access.'],
  notFound: [
    'Organization not found',
    'This organization does not exist or you are not a member of it. Check that you opened the link for your own organization.',
  ],
  failed: ['The settings could not be loaded', 'Try again in a moment.'],
};

const STATUS_SHOWN_MS = 8000;
let showTimer;
let clearTimer;

function announce(message, isError) {
  const status = byId('status');
  status.classList.toggle('error', Boolean(isError));
  status.textContent = '';
  window.clearTimeout(showTimer);
  window.clearTimeout(clearTimer);
  // Cleared first, then set: a screen reader announces the same message again when it repeats.
  showTimer = window.setTimeout(() => {
    status.textContent = message;
    clearTimer = window.setTimeout(() => {
      status.textContent = '';
    }, STATUS_SHOWN_MS);
  }, 30);
}

function showProblem(kind, detail) {
  const [title, text] = PROBLEMS[kind];
  byId('loading').hidden = true;
  byId('content').hidden = true;
  byId('signed-in').hidden = true;
  byId('problem-title').textContent = title;
  byId('problem-text').textContent = detail ? text + ' (' + detail + ')' : text;
  byId('problem').hidden = false;
  byId('main').focus();
}

async function main() {
  const { orgId, session } = takeCredentials();
  if (!orgId || !session) return showProblem('signedOut');
  const ctx = { api: createApi(orgId, session), announce, fail: null, reloadTokens: null };

  // 401 anywhere ends the page: the session is gone, so it is forgotten too. Other errors stay local to the action.
  ctx.fail = (error, what) => {
    if (error.status === 401) {
      forgetSession(orgId);
      return showProblem('expired');
    }
    announce(what + ': ' + error.message, true);
  };

  const tokens = createTokensView(ctx);
  const activity = createActivityView(ctx);
  ctx.reloadTokens = tokens.reload;
  try {
    const settings = await ctx.api.settings();
    tokens.render(settings);
    const signedIn = byId('signed-in');
    signedIn.textContent = 'Signed in as ' + settings.caller.userName + ' (' + settings.caller.role + ')';
    signedIn.hidden = false;
    await activity.load();
  } catch (error) {
    if (error.status === 401) return ctx.fail(error);
    if (error.status === 403) return showProblem('forbidden', error.message);
    if (error.status === 404) return showProblem('notFound');
    return showProblem('failed', error.message);
  }
  byId('loading').hidden = true;
  byId('content').hidden = false;
}

window.addEventListener('hashchange', () => window.location.reload());
main();
`;
