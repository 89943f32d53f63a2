/** activity.js: member counts, when the identity provider last called, and the audit log with "Older" paging. */
export const ACTIVITY_SCRIPT = String.raw`import { actionLabel, actorLabel, el, explainFailure, relativeTime, timeElement } from './format.js';

const PAGE_SIZE = 20;
const byId = (id) => document.getElementById(id);

export function createActivityView(ctx) {
  // The 'before' cursor of every page shown so far; the first page has none.
  let pages = [null];
  let nextBefore = null;
  const older = byId('events-older');
  const newest = byId('events-newest');
  const refresh = byId('activity-refresh');

  function renderSummary(summary) {
    const m = summary.members;
    const stats = [
      ['Members', m.total],
      ['Active', m.active],
      ['Disabled', m.disabled],
      ['Admins', m.byRole.Admin],
      ['Users', m.byRole.User],
      ['Guests', m.byRole.Guest],
    ];
    byId('member-stats').replaceChildren(
      ...stats.map(([term, value]) => el('div', {}, [el('dt', { text: term }), el('dd', { text: value })])),
    );
    const lastCall = byId('last-call');
    if (summary.lastScimRequestAt === null) {
      lastCall.replaceChildren('never');
      return;
    }
    lastCall.replaceChildren(relativeTime(summary.lastScimRequestAt) + ' (', timeElement(summary.lastScimRequestAt, ''), ')');
  }

  function renderEvents(page) {
    nextBefore = page.nextBefore;
    byId('events-body').replaceChildren(...page.events.map(eventRow));
    byId('events-empty').hidden = page.events.length > 0;
    older.disabled = nextBefore === null;
    newest.disabled = pages.length === 1;
  }

  function eventRow(event) {
    const failed = event.outcome === 'failure';
    const action = actionLabel(event.action) + (event.actorType === 'token' ? '' : ' (by ' + actorLabel(event.actorType) + ')');
    const details = failed
      ? [
          el('span', { className: 'detail-status', text: explainFailure(event.httpStatus) }),
          event.detail ? el('span', { className: 'detail-raw', text: event.detail }) : null,
          event.requestId ? el('span', { className: 'detail-raw', text: 'Request id: ' + event.requestId }) : null,
        ]
      : [event.detail || ''];
    return el('tr', { className: failed ? 'failure' : null, 'data-event-id': event.id }, [
      el('td', { className: 'time' }, [timeElement(event.at, '')]),
      el('td', { text: action }),
      el('th', { scope: 'row', text: event.userName || '(unknown user)' }),
      el('td', {}, [
        el('span', {
          className: 'outcome ' + (failed ? 'failure' : 'success'),
          text: failed ? '✕ Failed (HTTP ' + event.httpStatus + ')' : '✓ Succeeded',
        }),
      ]),
      el('td', {}, details),
    ]);
  }

  async function showPage(before) {
    renderEvents(await ctx.api.events(PAGE_SIZE, before));
  }

  async function load() {
    pages = [null];
    const [summary, page] = await Promise.all([ctx.api.summary(), ctx.api.events(PAGE_SIZE, null)]);
    renderSummary(summary);
    renderEvents(page);
  }

  async function run(button, task, done) {
    button.disabled = true;
    try {
      await task();
      ctx.announce(done);
    } catch (error) {
      ctx.fail(error, 'The provisioning activity could not be loaded');
    } finally {
      older.disabled = nextBefore === null;
      newest.disabled = pages.length === 1;
      refresh.disabled = false;
    }
  }

  older.addEventListener('click', () =>
    run(older, async () => {
      const before = nextBefore;
      await showPage(before);
      pages.push(before);
    }, 'Showing older provisioning events.'),
  );
  newest.addEventListener('click', () => run(newest, load, 'Showing the newest provisioning events.'));
  // Refresh also reloads the tokens: their "Last used" moves with the same identity provider calls.
  refresh.addEventListener('click', () =>
    run(refresh, () => Promise.all([load(), ctx.reloadTokens()]), 'Tokens and provisioning activity refreshed.'),
  );

  return { load };
}
`;
