/** The page's only stylesheet (CSP: style-src 'self', so no inline styles anywhere). */
export const PAGE_CSS = String.raw`:root {
  --ink: #1d2330;
  --muted: #5a6475;
  --line: #d5dae3;
  --bg: #f4f6f9;
  --card: #ffffff;
  --accent: #1f5fbf;
  --accent-ink: #ffffff;
  --ok: #1c7c3a;
  --ok-bg: #e6f4ea;
  --bad: #b3261e;
  --bad-bg: #fdecea;
  --warn-bg: #fff6df;
  --warn-line: #e0b100;
  --focus: #ffbf47;
  color-scheme: light;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 16px; }
body { margin: 0; color: var(--ink); background: var(--bg); line-height: 1.5; }
.skip-link { position: absolute; left: -9999px; top: 0; background: var(--card); padding: .5rem 1rem; }
.skip-link:focus { left: 1rem; z-index: 10; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--ink); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.top { background: var(--ink); color: #fff; }
.top-inner, main { max-width: 1040px; margin: 0 auto; padding: 1rem 1.25rem; }
main { padding-bottom: 5rem; }
.top h1 { margin: .25rem 0; font-size: 1.6rem; }
.crumbs { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; margin: 0; padding: 0; color: #c9d1de; font-size: .9rem; }
.crumbs li + li::before { content: "›"; margin-right: .4rem; }
.crumbs [aria-current] { color: #fff; font-weight: 600; }
.signed-in { margin: 0; color: #c9d1de; font-size: .9rem; }
/* Focus moved there by the script for screen readers; a ring around the whole page would only distract. */
main:focus, main:focus-visible { outline: none; box-shadow: none; }

.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1.1rem 1.25rem; margin: 1rem 0; }
.card h2 { margin: 0 0 .5rem; font-size: 1.2rem; }
.card h2:focus, .card h2:focus-visible { outline: none; box-shadow: none; }
.card h3 { margin: 1.25rem 0 .25rem; font-size: 1.05rem; }
.loading, .empty, .hint { color: var(--muted); }
.hint { margin: 0 0 .35rem; font-size: .9rem; }
.note { background: var(--bg); border-left: 4px solid var(--muted); padding: .5rem .75rem; }

label { display: block; font-weight: 600; margin: .75rem 0 .25rem; }
.field-row { display: flex; gap: .5rem; flex-wrap: wrap; }
.field-row input { flex: 1 1 24rem; min-width: 0; }
input[type="text"] { font: inherit; padding: .45rem .6rem; border: 1px solid #8b95a7; border-radius: 4px; background: #fff; color: var(--ink); }
input[readonly] { background: var(--bg); font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9rem; }
button { font: inherit; cursor: pointer; border-radius: 4px; padding: .45rem .9rem; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-ink); font-weight: 600; }
button:hover { filter: brightness(1.08); }
button:disabled { cursor: not-allowed; opacity: .6; }
button.secondary { background: #fff; color: var(--accent); }
button.danger { background: var(--bad); border-color: var(--bad); color: #fff; }
button.link-danger { background: none; border: 1px solid var(--bad); color: var(--bad); padding: .2rem .6rem; font-size: .9rem; }

.checklist { list-style: none; padding: 0; margin: .5rem 0 0; }
.checklist li { display: grid; grid-template-columns: 1.75rem 1fr; gap: .1rem .5rem; padding: .45rem 0; border-top: 1px solid var(--line); }
.checklist li:first-child { border-top: 0; }
.checklist .mark { font-weight: 700; text-align: center; border-radius: 50%; width: 1.5rem; height: 1.5rem; line-height: 1.5rem; }
.checklist .met .mark { background: var(--ok-bg); color: var(--ok); }
.checklist .missing .mark { background: var(--bad-bg); color: var(--bad); }
.checklist .fix { grid-column: 2; margin: 0; color: var(--muted); font-size: .92rem; }

.new-token { margin-top: 1rem; padding: 1rem; border: 2px solid var(--warn-line); background: var(--warn-bg); border-radius: 6px; }
.new-token:focus { outline: 3px solid var(--focus); }
.new-token h3 { margin-top: 0; }
.new-token .warning { margin: .25rem 0 .5rem; }
.new-token > button { margin-top: .75rem; }

.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: .93rem; }
caption { text-align: left; color: var(--muted); padding: .25rem 0 .5rem; }
th, td { text-align: left; padding: .5rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { background: var(--bg); font-weight: 600; white-space: nowrap; }
td.mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
tr.failure > * { background: var(--bad-bg); }
tr.failure > :first-child { box-shadow: inset 4px 0 0 var(--bad); }
td.time { white-space: nowrap; }
.outcome { font-weight: 600; white-space: nowrap; }
.outcome.success { color: var(--ok); }
.outcome.failure { color: var(--bad); }
.detail-status { display: block; font-weight: 600; }
.detail-raw { display: block; color: var(--muted); font-size: .88rem; overflow-wrap: anywhere; }

.last-call { margin: .25rem 0 .75rem; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(7.5rem, 1fr)); gap: .5rem; margin: 0 0 1rem; }
.stats div { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
.stats dt { color: var(--muted); font-size: .85rem; }
.stats dd { margin: 0; font-size: 1.35rem; font-weight: 700; }
.pager { display: flex; gap: .5rem; margin-top: .75rem; flex-wrap: wrap; }

.problem { border-color: var(--bad); border-left: 6px solid var(--bad); }
.problem h2 { color: var(--bad); }
.status { position: fixed; right: 1rem; bottom: 1rem; max-width: min(26rem, calc(100vw - 2rem)); margin: 0; z-index: 5; }
.status:not(:empty) { background: var(--ink); color: #fff; padding: .6rem 1rem; border-radius: 6px; box-shadow: 0 4px 14px rgba(0, 0, 0, .25); }
.status.error:not(:empty) { background: var(--bad); }

dialog { border: 1px solid var(--line); border-radius: 8px; padding: 1.25rem 1.5rem; max-width: 30rem; color: var(--ink); }
dialog::backdrop { background: rgba(20, 25, 35, .55); }
dialog h2 { margin-top: 0; font-size: 1.2rem; }
.dialog-actions { display: flex; justify-content: flex-end; gap: .5rem; margin-top: 1rem; }

@media (max-width: 640px) {
  .top h1 { font-size: 1.3rem; }
  th, td { padding: .4rem; }
}
`;
