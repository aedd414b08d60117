// fxtriage web worklist: the list in the server's order, kept live by the SSE stream, a study view with
// overlays, worklist actions and keyboard navigation. Plain JS, no build step, no third-party code.
'use strict';

const RANK = { POSITIVE: 0, DOUBT: 1, PENDING: 2, NOT_ANALYSED: 3, NEGATIVE: 4 };
const LABEL = { POSITIVE: 'Positive', DOUBT: 'Doubt', PENDING: 'Pending', NOT_ANALYSED: 'Not analysed', NEGATIVE: 'Negative' };
const ACTION_KEYS = { c: 'claim', a: 'acknowledge', r: 'read' };
// Whether a study's results reached the PACS (StudySummary.results; null: nothing to send, or no destination).
const RESULTS_LABEL = { WAITING: 'waiting', SENDING: 'sending…', DELIVERED: '✓ in PACS', FAILED: '✗ failed' };
const RESULTS_TITLE = {
  WAITING: 'Results wait until the study is quiet, then go to the PACS',
  SENDING: 'Results are being sent to the PACS (retries included)',
  DELIVERED: 'Every PACS destination holds the annotated images and the report',
  FAILED: 'Results could not be sent to the PACS: an admin can re-send them',
};
const ITEM_STATUS = { PENDING: 'queued', SENDING: 'sending…', SENT: '✓ sent', DEAD: '✗ failed', SUPERSEDED: 'superseded' };

const studies = new Map();      // studyInstanceUid → StudySummary
let order = [];                 // uids in worklist order
let selected = null;            // uid of the highlighted row
let opened = null;              // uid shown in the study view
let showRead = false;           // read studies leave the default view (DESIGN §6)
let isAdmin = false;            // admins may re-send dead letters (the server checks it again)
let openedResults = null;       // GET /studies/{uid}/results of the opened study
const $ = (id) => document.getElementById(id);

/** The server's order (WorklistOrder): category, boost (highest first), waiting (oldest first), UID. */
function compare(a, b) {
  return (RANK[a.category] - RANK[b.category])
      || (b.boost - a.boost)
      || (Date.parse(a.firstReceivedAt) - Date.parse(b.firstReceivedAt))
      || (a.studyInstanceUid < b.studyInstanceUid ? -1 : a.studyInstanceUid > b.studyInstanceUid ? 1 : 0);
}

/** Same-origin fetch with the session cookie; a lost session (401) goes back to the login form. */
async function api(path, options = {}) {
  const headers = Object.assign({ Accept: 'application/json' }, options.headers || {});
  const r = await fetch(path, Object.assign({}, options, { headers, credentials: 'same-origin' }));
  if (r.status === 401) {
    location.assign('/login');
    throw new Error('signed out');
  }
  if (!r.ok) {
    let detail = r.status + ' ' + r.statusText;
    try { detail = (await r.json()).detail || detail; } catch (e) { /* not problem+json */ }
    throw new Error(detail);
  }
  return r.json();
}

function showMessage(text) {
  const m = $('message');
  m.textContent = text || '';
  m.hidden = !text;
}

// ---- formatting --------------------------------------------------------------------------------------------
function patientName(pn) {
  if (!pn) return '—';
  const [family, given] = pn.split('=')[0].split('^');
  return given ? `${family}, ${given}` : family;
}
function age(years) {
  if (years == null) return '';
  return years < 2 ? `${Math.floor(years * 12)} mo` : `${Math.floor(years)} y`;
}
function waiting(since) {
  let s = Math.max(0, Math.floor((Date.now() - Date.parse(since)) / 1000));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
  s %= 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(s).padStart(2, '0')} s`;
  return `${s} s`;
}
function score(v) { return v == null ? '—' : v.toFixed(2); }
function status(s) { return s.status === 'CLAIMED' && s.claimedBy ? `Claimed by ${s.claimedBy}` : s.status.charAt(0) + s.status.slice(1).toLowerCase(); }
function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v; else if (k.startsWith('data-') || k.startsWith('aria-')) e.setAttribute(k, v); else e[k] = v;
  }
  for (const c of children) e.append(c);
  return e;
}
function resultsCell(state) {
  if (!state) return el('td', { class: 'results', title: 'Nothing sent to the PACS' }, '—');
  return el('td', { class: `results results-${state}`, title: RESULTS_TITLE[state] || state }, RESULTS_LABEL[state] || state);
}
function badge(category) { return el('span', { class: `cat cat-${category}` }, LABEL[category] || category); }

// ---- the list ----------------------------------------------------------------------------------------------
function render(freshUid) {
  order = [...studies.values()].sort(compare).map((s) => s.studyInstanceUid);
  if (selected && !studies.has(selected)) selected = null;
  if (!selected && order.length) selected = order[0];
  const rows = document.createDocumentFragment();
  for (const uid of order) {
    const s = studies.get(uid);
    const sex = s.patientSex ? ` ${s.patientSex}` : '';
    const cat = el('td', {}, badge(s.category));
    if (s.boost > 0) cat.append(el('span', { class: 'boost', title: `priority boost ${s.boost}` }, `+${s.boost}`));
    const tr = el('tr', {
      'data-uid': uid, 'data-category': s.category, 'data-status': s.status, 'data-results': s.results || '',
      class: `cat-row-${s.category} status-${s.status.toLowerCase()}` + (uid === freshUid ? ' fresh' : ''),
      'aria-selected': String(uid === selected), tabIndex: uid === selected ? 0 : -1,
    },
    cat,
    el('td', { class: 'waiting', 'data-since': s.firstReceivedAt }, waiting(s.firstReceivedAt)),
    el('td', { class: 'patient' }, `${patientName(s.patientName)} `, el('small', {}, `${age(s.patientAgeYears)}${sex}`)),
    el('td', {}, s.bodyPart || '—'),
    el('td', {}, s.modality || '—'),
    el('td', { class: 'num' }, score(s.score)),
    el('td', { class: 'status' }, status(s)),
    resultsCell(s.results));
    rows.append(tr);
  }
  const focusInList = document.activeElement && document.activeElement.closest && document.activeElement.closest('#rows');
  $('rows').replaceChildren(rows);
  $('empty').hidden = order.length > 0;
  $('count').textContent = `(${order.length})`;
  if (focusInList && selected) rowOf(selected).focus();
}
function rowOf(uid) { return $('rows').querySelector(`tr[data-uid="${CSS.escape(uid)}"]`); }

function select(uid, focus = true) {
  selected = uid;
  for (const tr of $('rows').children) {
    const on = tr.dataset.uid === uid;
    tr.setAttribute('aria-selected', String(on));
    tr.tabIndex = on ? 0 : -1;
  }
  const tr = uid && rowOf(uid);
  if (tr) {
    tr.scrollIntoView({ block: 'nearest' });
    if (focus) tr.focus();
  }
}
function move(step) {
  if (!order.length) return;
  const i = Math.max(0, order.indexOf(selected));
  select(order[Math.min(order.length - 1, Math.max(0, i + step))]);
  // With the study view open it follows the selection, so c/a/r always act on the study shown.
  if (opened && opened !== selected) openStudy(selected);
}
function tick() {
  for (const td of document.querySelectorAll('td.waiting')) td.textContent = waiting(td.dataset.since);
}

// ---- the study view ----------------------------------------------------------------------------------------
async function openStudy(uid) {
  if (opened !== uid) {
    openedResults = null;
    $('results-outcome').textContent = '';
    $('results-state').textContent = '';
    $('results-items').replaceChildren();
    $('results-table').hidden = true;
    $('results-empty').textContent = 'Loading…';
  }
  opened = uid;
  $('detail').hidden = false;
  loadResults(uid);
  try {
    const d = await api(`/api/v1/studies/${encodeURIComponent(uid)}`);
    if (opened !== uid) return;
    upsert(d.study);
    showDetail(d);
  } catch (e) {
    showMessage(`Study could not be loaded: ${e.message}`);
  }
}
function closeStudy() {
  opened = null;
  openedResults = null;
  $('detail').hidden = true;
  if (selected) select(selected);
}
function showDetail(d) {
  // The server leaves out empty lists (no boxes, no audit yet).
  const s = d.study, images = d.images || [], audit = d.audit || [];
  $('detail-title').textContent = `${patientName(s.patientName)} — ${LABEL[s.category]}`;
  const facts = [
    ['Category', badge(s.category)], ['Score', score(s.score)], ['Status', status(s)],
    ['Patient', `${patientName(s.patientName)} ${age(s.patientAgeYears)} ${s.patientSex || ''}`],
    ['Patient ID', s.patientId || '—'], ['Body part', s.bodyPart || '—'], ['Modality', s.modality || '—'],
    ['Description', s.studyDescription || '—'], ['Accession', s.accessionNumber || '—'],
    ['Received', new Date(s.firstReceivedAt).toLocaleString()], ['Study UID', s.studyInstanceUid],
  ];
  $('detail-facts').replaceChildren(...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
  $('claim').disabled = s.status !== 'NEW';
  $('acknowledge').disabled = s.status === 'ACKNOWLEDGED' || s.status === 'READ';
  $('read').disabled = s.status === 'READ';
  const base = `/api/v1/studies/${encodeURIComponent(s.studyInstanceUid)}/images/`;
  $('images').replaceChildren(...images.map((img, i) => {
    const boxes = img.boxes || [];
    const src = `${base}${encodeURIComponent(img.sopInstanceUid)}/overlay.png`;
    const what = `${LABEL[img.category]}${img.probability != null ? ' p=' + img.probability.toFixed(2) : ''}`;
    const alt = `Image ${i + 1}, ${img.bodyPart || 'body part unknown'}, ${what}, ${boxes.length} box(es)`;
    const b = el('button', { type: 'button', 'aria-pressed': 'false', title: 'Enlarge' },
      el('img', { src: `${src}?max=256`, alt, loading: 'lazy' }));
    b.addEventListener('click', () => {
      for (const other of $('images').querySelectorAll('button')) other.setAttribute('aria-pressed', String(other === b));
      $('viewer').hidden = false;
      $('viewer-img').src = `${src}?max=1024`;
      $('viewer-img').alt = alt;
      $('viewer-caption').textContent = alt + (img.modelName ? ` — model ${img.modelName} ${img.modelVersion || ''}` : '');
    });
    return el('li', {}, b, badge(img.category), ` ${score(img.probability)}`,
      img.reason ? el('div', { class: 'reason' }, img.reason) : '');
  }));
  $('viewer').hidden = true;
  $('audit').replaceChildren(...(audit.length ? audit.map((a) => el('li', {},
    el('time', { dateTime: a.at }, new Date(a.at).toLocaleString()), ` ${a.actor} — ${a.action.toLowerCase()}`,
    a.detail ? ` (${a.detail})` : '')) : [el('li', {}, 'No actions yet.')]));
}

// ---- results in the PACS (outbox) ---------------------------------------------------------------------------
function objectName(item) {
  return item.kind === 'SR' ? `Report v${item.version}` : item.kind === 'SC' ? `Annotated image ${item.version}` : `${item.kind} ${item.version}`;
}
function when(t) { return el('time', { dateTime: t }, new Date(t).toLocaleString()); }

/** The opened study's outbox items (GET /api/v1/studies/{uid}/results); only the latest request is shown. */
let resultsRequest = 0;
async function loadResults(uid) {
  const request = ++resultsRequest;
  try {
    const r = await api(`/api/v1/studies/${encodeURIComponent(uid)}/results`);
    if (opened !== uid || request !== resultsRequest) return;
    openedResults = r;
    showResults();
  } catch (e) {
    if (opened === uid) $('results-empty').textContent = `Results state unavailable: ${e.message}`;
  }
}
function showResults() {
  const r = openedResults;
  if (!r) return;
  const items = r.items || [];
  $('results-state').textContent = r.state ? `— ${RESULTS_LABEL[r.state] || r.state}` : '';
  $('results-state').className = `results-state results-${r.state || 'none'}`;
  $('results-table').hidden = items.length === 0;
  $('results-empty').textContent = items.length ? ''
      : r.state === 'WAITING' ? 'Results are made once the study has been quiet for a while.' : 'Nothing sent to the PACS for this study.';
  $('results-items').replaceChildren(...items.map((item) => {
    // Status, attempts and when it was sent or why it failed, in one cell: the study view is narrow.
    const state = el('td', {}, el('span', { class: `item-status item-status-${item.status}` }, ITEM_STATUS[item.status] || item.status),
      ` · ${item.attempts} attempt${item.attempts === 1 ? '' : 's'}`);
    if (item.status === 'SENT' && item.sentAt) state.append(' · ', when(item.sentAt));
    else if (item.status === 'DEAD' && item.deadAt) state.append(' · ', when(item.deadAt));
    // A delivered object's earlier error is history: shown only while it is not sent.
    if (item.lastError && item.status !== 'SENT' && item.status !== 'SUPERSEDED') state.append(el('div', { class: 'error' }, item.lastError));
    if (item.status === 'DEAD' && isAdmin) {
      const b = el('button', { type: 'button', class: 'resend', 'data-item': String(item.id),
        'aria-label': `Re-send ${objectName(item)} to ${item.destination}` }, 'Re-send');
      b.addEventListener('click', () => resendItem(item, b));
      state.append(el('div', {}, b));
    }
    return el('tr', { 'data-item': String(item.id), 'data-status': item.status, 'data-attempts': String(item.attempts),
      class: `item-${item.status}` },
      el('th', { scope: 'row' }, objectName(item)),
      el('td', { class: 'destination' }, item.destination),
      state);
  }));
}
async function resendItem(item, button) {
  const uid = opened;
  button.disabled = true;
  try {
    const r = await api(`/api/v1/outbox/${item.id}/resend`, { method: 'POST' });
    $('results-outcome').textContent = `${objectName(item)} queued again for ${r.destination}.`;
  } catch (e) {
    $('results-outcome').textContent = `Re-send of ${objectName(item)} failed: ${e.message}`;
    button.disabled = false;
  }
  // The button goes away with the refreshed list: keep keyboard focus on what happened.
  if (document.activeElement === button || document.activeElement === document.body) $('results-outcome').focus();
  // A re-send is audited on the study: refresh the whole view, as after a worklist action.
  if (opened === uid) openStudy(uid);
  loadOutbox();
}

/**
 * Dead letters of all destinations, in the header (GET /api/v1/outbox/destinations). A call while a request is
 * out asks for one more after it, as that request may predate the change that prompted the call.
 */
let outboxLoading = null;
let outboxAgain = false;
function loadOutbox() {
  if (outboxLoading) {
    outboxAgain = true;
    return outboxLoading;
  }
  outboxLoading = (async () => {
    do {
      outboxAgain = false;
      await showOutbox();
    } while (outboxAgain);
    outboxLoading = null;
  })();
  return outboxLoading;
}
async function showOutbox() {
  try {
    const destinations = await api('/api/v1/outbox/destinations');
    const failing = destinations.filter((d) => (d.items && d.items.DEAD) > 0);
    const dead = failing.reduce((n, d) => n + d.items.DEAD, 0);
    $('outbox-alert').hidden = dead === 0;
    const text = dead === 0 ? '' : `Results outbox: ${dead} failed (${failing.map((d) => d.destination).join(', ')})`;
    // Rewriting the same text would make screen readers announce the alert again on every refresh.
    if ($('outbox-alert-text').textContent !== text) $('outbox-alert-text').textContent = text;
    $('outbox-alert').dataset.dead = String(dead);
    $('resend-all').hidden = !isAdmin || dead === 0;
  } catch (e) {
    if (e.message !== 'signed out') showMessage(`Results outbox state unknown: ${e.message}`);
  }
}
async function resendAll() {
  $('resend-all').disabled = true;
  try {
    const r = await api('/api/v1/outbox/resend', { method: 'POST' });
    $('resend-all-outcome').textContent = `${r.items} result object(s) of ${(r.studies || []).length} study(ies) queued again.`;
  } catch (e) {
    $('resend-all-outcome').textContent = `Re-send failed: ${e.message}`;
  }
  $('resend-all').disabled = false;
  await loadOutbox();
  if ($('resend-all').hidden && (document.activeElement === $('resend-all') || document.activeElement === document.body)) {
    $('resend-all-outcome').focus();
  }
  if (opened) openStudy(opened);
}

async function act(action, uid = opened || selected) {
  if (!uid) return;
  try {
    const s = await api(`/api/v1/studies/${encodeURIComponent(uid)}/${action}`, { method: 'POST' });
    showMessage('');
    upsert(s);
    render();
    if (opened === uid) await openStudy(uid);
  } catch (e) {
    showMessage(`${action} failed: ${e.message}`);
  }
}

// ---- live updates ------------------------------------------------------------------------------------------
function connect(lastChangeId) {
  // The browser resends Last-Event-ID itself when it reconnects; `since` only covers the first connection.
  const es = new EventSource(`/api/v1/worklist/stream?since=${lastChangeId}`);
  // The server sends its headers with the first change, so "open" can come late: a stream that has not
  // failed counts as live, and an error says otherwise at once.
  const live = () => { $('connection').textContent = 'live'; $('connection').className = 'connection live'; };
  live();
  es.onopen = live;
  es.addEventListener('worklist', (ev) => {
    live();
    const change = JSON.parse(ev.data);
    if (!change.study) return;
    const before = studies.get(change.studyInstanceUid);
    upsert(change.study);
    // A change to a study outside the view (e.g. results of one already read) is not a new study.
    const isNew = !before && studies.has(change.studyInstanceUid);
    // Tell screen-reader users what colour tells everyone else: a new study, or one that became urgent.
    const s = change.study;
    if (isNew || (before && before.category !== s.category && RANK[s.category] <= RANK.DOUBT)) {
      $('announce').textContent = `${isNew ? 'New study' : 'Study now'}: ${LABEL[s.category]}, ${s.bodyPart || 'body part unknown'}`;
    }
    render(isNew ? change.studyInstanceUid : null);
    if (change.kind === 'RESULTS') {
      // Only the results moved: refresh that part of the study view (an enlarged image stays open).
      if (opened === change.studyInstanceUid) loadResults(opened);
      loadOutbox();
    } else if (opened === change.studyInstanceUid) {
      openStudy(opened);
    }
  });
  es.onerror = async () => {
    $('connection').textContent = es.readyState === EventSource.CLOSED ? 'disconnected' : 'reconnecting…';
    $('connection').className = 'connection down';
    if (es.readyState === EventSource.CLOSED) {
      // A refused stream (e.g. the session expired): find out why, then start over.
      if (es !== stream) return; // replaced by a newer stream
      try { await load(); } catch (e) { showMessage(`Worklist unavailable: ${e.message}`); setTimeout(() => load().catch(() => {}), 5000); }
    }
  };
  return es;
}

/** Keeps a study in the view, or drops it once read (unless read studies are shown). */
function upsert(s) {
  if (s.status === 'READ' && !showRead) studies.delete(s.studyInstanceUid); else studies.set(s.studyInstanceUid, s);
}

let stream = null;
async function load() {
  const page = await api(`/api/v1/worklist?size=500${showRead ? '' : '&status=new,claimed,acknowledged'}`);
  studies.clear();
  // An empty worklist comes without "items" (the server leaves out empty lists).
  for (const s of page.items || []) studies.set(s.studyInstanceUid, s);
  render();
  loadOutbox();
  if (stream) stream.close();
  stream = connect(page.lastChangeId);
}

// ---- keyboard and mouse ------------------------------------------------------------------------------------
document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey || e.target.closest('input, textarea, select')) return;
  const k = e.key;
  if (k === 'j' || k === 'ArrowDown') { move(1); e.preventDefault(); }
  else if (k === 'k' || k === 'ArrowUp') { move(-1); e.preventDefault(); }
  else if (k === 'Enter' && selected && !e.target.closest('button')) { openStudy(selected); e.preventDefault(); }
  else if (k === 'Escape' && opened) { closeStudy(); e.preventDefault(); }
  else if (ACTION_KEYS[k]) { act(ACTION_KEYS[k]); e.preventDefault(); }
});

document.addEventListener('DOMContentLoaded', () => {
  api('/api/v1/me').then((me) => {
    $('whoami').textContent = `${me.name} (${me.roles.join(', ').toLowerCase()})`;
    isAdmin = me.roles.includes('ADMIN');
    showResults();
    loadOutbox();
  })
    .catch((e) => showMessage(`Sign-in state unknown: ${e.message}`));
  $('rows').addEventListener('click', (e) => {
    const tr = e.target.closest('tr[data-uid]');
    if (tr) { select(tr.dataset.uid); openStudy(tr.dataset.uid); }
  });
  for (const b of document.querySelectorAll('.actions button[data-action]')) b.addEventListener('click', () => act(b.dataset.action));
  $('close').addEventListener('click', closeStudy);
  $('show-read').addEventListener('change', () => {
    showRead = $('show-read').checked;
    load().catch((e) => showMessage(`Worklist unavailable: ${e.message}`));
  });
  $('resend-all').addEventListener('click', resendAll);
  setInterval(tick, 1000);
  // A RESULTS change comes only when a study's state changes; more dead letters of a study already failed,
  // or attempts of one still sending, show up on these slower refreshes.
  setInterval(() => { if (!document.hidden) loadOutbox(); }, 10000);
  setInterval(() => {
    const inFlight = openedResults && (openedResults.items || []).some((i) => i.status === 'PENDING' || i.status === 'SENDING');
    if (opened && !document.hidden && inFlight) loadResults(opened);
  }, 5000);
  load().catch((e) => showMessage(`Worklist unavailable: ${e.message}`));
});
