/** The page shell; every dynamic value is filled in by the scripts with textContent, never as HTML. */
export const PAGE_HTML = String.raw`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>SCIM provisioning · Organization Settings</title>
<link rel="stylesheet" href="/settings/scim/assets/page.css">
<script type="module" src="/settings/scim/assets/page.js"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="top">
  <div class="top-inner">
    <nav aria-label="Breadcrumb">
      <ol class="crumbs">
        <li>Settings</li>
        <li>Organization Settings</li>
        <li><span aria-current="page">Authentication and SSO</span></li>
      </ol>
    </nav>
    <h1>SCIM user provisioning</h1>
    <p id="signed-in" class="signed-in" hidden></p>
  </div>
</header>
<main id="main" tabindex="-1">
  <p id="loading" class="loading">Loading your organization's SCIM settings…</p>

  <section id="problem" class="card problem" role="alert" aria-labelledby="problem-title" hidden>
    <h2 id="problem-title"></h2>
    <p id="problem-text"></p>
  </section>

  <div id="content" hidden>
    <section class="card" aria-labelledby="prereq-title">
      <h2 id="prereq-title">Prerequisites</h2>
      <p>SCIM provisioning from Microsoft Entra ID or Okta needs all three.</p>
      <ul id="prereq-list" class="checklist"></ul>
    </section>

    <section class="card" aria-labelledby="connection-title">
      <h2 id="connection-title">SCIM Base URL and Bearer Token</h2>
      <p>In Entra ID open <em>Enterprise applications › your application › Provisioning › Admin Credentials</em>,
        paste the base URL as <em>Tenant URL</em> and a bearer token as <em>Secret Token</em>, then click
        <em>Test Connection</em>.</p>
      <label for="base-url">SCIM Base URL</label>
      <div class="field-row">
        <input id="base-url" type="text" readonly spellcheck="false" autocomplete="off">
        <button type="button" id="copy-base-url">Copy URL</button>
      </div>

      <form id="generate-form" class="generate" hidden>
        <h3>Generate a bearer token</h3>
        <label for="token-label">Token label</label>
        <p id="token-label-hint" class="hint">Name it after the identity provider that will use it, for example “Entra production”.</p>
        <div class="field-row">
          <input id="token-label" name="label" type="text" maxlength="100" required autocomplete="off" aria-describedby="token-label-hint">
          <button type="submit" id="generate-button">Generate token</button>
        </div>
      </form>
      <p id="generate-blocked" class="note" hidden></p>

      <div id="new-token" class="new-token" tabindex="-1" aria-labelledby="new-token-title" role="region" hidden>
        <h3 id="new-token-title">Your new bearer token</h3>
        <p id="new-token-warning" class="warning"><strong>Copy this token now. It will not be shown again.</strong>
          Only a hash of it is kept. If you lose it, generate a new token and revoke this one.</p>
        <label for="new-token-value">Bearer token “<span id="new-token-label"></span>”</label>
        <div class="field-row">
          <input id="new-token-value" type="text" readonly spellcheck="false" autocomplete="off" aria-describedby="new-token-warning">
          <button type="button" id="copy-token">Copy token</button>
        </div>
        <button type="button" id="dismiss-token" class="secondary">I have stored it, hide the token</button>
      </div>
    </section>

    <section class="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title" tabindex="-1">Active bearer tokens</h2>
      <p id="tokens-readonly" class="note" hidden>Read-only: only an organization Admin can generate or revoke tokens.</p>
      <div class="table-wrap">
        <table id="tokens-table">
          <caption class="visually-hidden">Active SCIM bearer tokens</caption>
          <thead>
            <tr>
              <th scope="col">Label</th>
              <th scope="col">Ends with</th>
              <th scope="col">Created by</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col" id="tokens-actions">Actions</th>
            </tr>
          </thead>
          <tbody id="tokens-body"></tbody>
        </table>
      </div>
      <p id="tokens-empty" class="empty" hidden>No active tokens. Your identity provider cannot provision users until you generate one.</p>
    </section>

    <section class="card" aria-labelledby="activity-title">
      <h2 id="activity-title">Provisioning activity</h2>
      <p class="last-call">Identity provider last called: <strong id="last-call">never</strong></p>
      <dl id="member-stats" class="stats"></dl>
      <div class="table-wrap">
        <table id="events-table">
          <caption>Latest provisioning changes, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Action</th>
              <th scope="col">User</th>
              <th scope="col">Outcome</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody id="events-body"></tbody>
        </table>
      </div>
      <p id="events-empty" class="empty" hidden>No provisioning activity yet. Changes appear here once your identity provider starts provisioning.</p>
      <div class="pager">
        <button type="button" id="events-newest" class="secondary">Newest</button>
        <button type="button" id="events-older" class="secondary">Older</button>
        <button type="button" id="activity-refresh" class="secondary">Refresh</button>
      </div>
    </section>
  </div>

  <p id="status" class="status" role="status" aria-live="polite" aria-atomic="true"></p>
</main>

<dialog id="revoke-dialog" aria-labelledby="revoke-title" aria-describedby="revoke-text">
  <form method="dialog">
    <h2 id="revoke-title">Revoke this token?</h2>
    <p id="revoke-text"></p>
    <div class="dialog-actions">
      <button type="submit" value="cancel" class="secondary" autofocus>Cancel</button>
      <button type="submit" value="revoke" class="danger" id="revoke-confirm">Revoke token</button>
    </div>
  </form>
</dialog>
</body>
</html>
`;
