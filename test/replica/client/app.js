// Gmail replica: the in-page app (plain browser JS, served at /mail/u/N/_replica/app.js).
// Mirrors docs/gmail.md "Thread view" (thread list rows, thread layouts 'a98'/'bs', message
// markup), "Compose" (dialog, inline reply, Send / Schedule send, toast with Undo / View message)
// and "The page" (Trusted Types: no innerHTML anywhere, DOM built with createElement/textContent).
(() => {
  'use strict';

  // ---------------------------------------------------------------- state
  let state = JSON.parse(document.getElementById('replica-state').textContent);
  let clockOffset = state.now - Date.now();
  const N = state.accountIndex;
  const BASE = '/mail/u/' + N + '/';
  const TZ = state.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const TOAST_MS = state.toastTimeoutMs;
  const ME = { name: state.name, email: state.email };
  const LABELS = { inbox: 'Inbox', starred: 'Starred', snoozed: 'Snoozed', sent: 'Sent Mail', drafts: 'Drafts', all: 'All Mail' };
  const LRM_OPEN = '\u202a';
  const LRM_CLOSE = '\u202c';
  const now = () => Date.now() + clockOffset;
  /** "Send mail as": the From selector's choices (the account first); [] when the account has none. */
  const sendAs = () => state.sendAs || [];
  /** The account's address and its send-as addresses are all "me", as in Gmail. */
  const isMe = (p) => !!p && (String(p.email).toLowerCase() === ME.email.toLowerCase() ||
    sendAs().some((q) => q.email.toLowerCase() === String(p.email).toLowerCase()));

  // ---------------------------------------------------------------- language (Gmail's display language)
  const LANG = state.language || 'en';
  const TEXTS = {
    en: { to: 'to', cc: 'cc', me: 'me', from: 'From', reply: 'Reply', replyAll: 'Reply all', forward: 'Forward', more: 'More',
      older: (n) => n + ' older messages', showDetails: 'Show details' },
    de: { to: 'an', cc: 'Cc', me: 'ich', from: 'Von', reply: 'Antworten', replyAll: 'Allen antworten', forward: 'Weiterleiten', more: 'Mehr',
      older: (n) => n + ' ältere Nachrichten', showDetails: 'Details anzeigen' },
    fr: { to: 'à', cc: 'Cc', me: 'moi', from: 'De', reply: 'Répondre', replyAll: 'Répondre à tous', forward: 'Transférer', more: 'Plus',
      older: (n) => n + ' messages plus anciens', showDetails: 'Afficher les détails' },
    ru: { to: 'кому', cc: 'копия', me: 'я', from: 'От', reply: 'Ответить', replyAll: 'Ответить всем', forward: 'Переслать', more: 'Ещё',
      older: (n) => 'Более ранние сообщения: ' + n, showDetails: 'Показать подробности' },
  };
  const T = TEXTS[LANG] || TEXTS.en;

  const main = document.querySelector('[role=main]');
  const dock = document.querySelector('.dw .no');
  const toastHost = document.querySelector('.b8.UC');

  // ---------------------------------------------------------------- DOM helpers (no innerHTML)
  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key === 'on') for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
      else if (key === 'style') node.setAttribute('style', value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    append(node, children);
    return node;
  }
  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const ICONS = {
    menu: 'M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z',
    search: 'M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z',
    edit: 'M3 17.25V21h3.75L17.81 9.94l-3.75-3.75L3 17.25zM20.71 7.04a1 1 0 0 0 0-1.41l-2.34-2.34a1 1 0 0 0-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z',
    inbox: 'M19 3H4.99C3.88 3 3.01 3.89 3.01 5L3 19c0 1.1.88 2 1.99 2H19c1.1 0 2-.9 2-2V5c0-1.11-.9-2-2-2zm0 12h-4c0 1.66-1.35 3-3 3s-3-1.34-3-3H4.99V5H19v10z',
    star: 'M22 9.24l-7.19-.62L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21 12 17.27 18.18 21l-1.63-7.03L22 9.24zM12 15.4l-3.76 2.27 1-4.28-3.32-2.88 4.38-.38L12 6.1l1.71 4.04 4.38.38-3.32 2.88 1 4.28L12 15.4z',
    schedule: 'M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm.5-13H11v6l5.25 3.15.75-1.23-4.5-2.67z',
    send: 'M2.01 21L23 12 2.01 3 2 10l15 2-15 2z',
    draft: 'M14 2H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V8l-6-6zM6 20V4h7v5h5v11H6z',
    refresh: 'M17.65 6.35A7.958 7.958 0 0 0 12 4c-4.42 0-7.99 3.58-7.99 8s3.57 8 7.99 8c3.73 0 6.84-2.55 7.73-6h-2.08A5.99 5.99 0 0 1 12 18c-3.31 0-6-2.69-6-6s2.69-6 6-6c1.66 0 3.14.69 4.22 1.78L13 11h7V4l-2.35 2.35z',
    more_vert: 'M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2z',
    arrow_back: 'M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20v-2z',
    archive: 'M20.54 5.23l-1.39-1.68C18.88 3.21 18.47 3 18 3H6c-.47 0-.88.21-1.16.55L3.46 5.23C3.17 5.57 3 6.02 3 6.5V19c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V6.5c0-.48-.17-.93-.46-1.27zM12 17.5L6.5 12H10v-2h4v2h3.5L12 17.5zM5.12 5l.81-1h12l.94 1H5.12z',
    report: 'M15.73 3H8.27L3 8.27v7.46L8.27 21h7.46L21 15.73V8.27L15.73 3zM12 17.3c-.72 0-1.3-.58-1.3-1.3s.58-1.3 1.3-1.3 1.3.58 1.3 1.3-.58 1.3-1.3 1.3zm1-4.3h-2V7h2v6z',
    delete: 'M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z',
    mail: 'M20 4H4c-1.1 0-1.99.9-1.99 2L2 18c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 4l-8 5-8-5V6l8 5 8-5v2z',
    label: 'M17.63 5.84C17.27 5.33 16.67 5 16 5L5 5.01C3.9 5.01 3 5.9 3 7v10c0 1.1.9 1.99 2 1.99L16 19c.67 0 1.27-.33 1.63-.84L22 12l-4.37-6.16z',
    print: 'M19 8H5c-1.66 0-3 1.34-3 3v6h4v4h12v-4h4v-6c0-1.66-1.34-3-3-3zm-3 11H8v-5h8v5zm3-7c-.55 0-1-.45-1-1s.45-1 1-1 1 .45 1 1-.45 1-1 1zm-1-9H6v4h12V3z',
    reply: 'M10 9V5l-7 7 7 7v-4.1c5 0 8.5 1.6 11 5.1-1-5-4-10-11-11z',
    reply_all: 'M7 8V5l-7 7 7 7v-3l-4-4 4-4zm6 1V5l-7 7 7 7v-4.1c5 0 8.5 1.6 11 5.1-1-5-4-10-11-11z',
    forward: 'M14 9V5l7 7-7 7v-4.1c-5 0-8.5 1.6-11 5.1 1-5 4-10 11-11z',
    close: 'M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
    minimize: 'M6 19h12v2H6z',
    fullscreen: 'M7 14H5v5h5v-2H7v-3zm-2-4h2V7h3V5H5v5zm12 7h-3v2h5v-5h-2v3zM14 5v2h3v3h2V5h-5z',
    arrow_drop_down: 'M7 10l5 5 5-5z',
    format: 'M5 17v2h14v-2H5zm4.5-4.2h5l.9 2.2h2.1L12.75 4h-1.5L6.5 15h2.1l.9-2.2zM12 5.98L13.87 11h-3.74L12 5.98z',
    attach: 'M16.5 6v11.5c0 2.21-1.79 4-4 4s-4-1.79-4-4V5a2.5 2.5 0 0 1 5 0v10.5c0 .55-.45 1-1 1s-1-.45-1-1V6H10v9.5a2.5 2.5 0 0 0 5 0V5c0-2.21-1.79-4-4-4S7 2.79 7 5v12.5c0 3.04 2.46 5.5 5.5 5.5s5.5-2.46 5.5-5.5V6h-1.5z',
    link: 'M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z',
    mood: 'M11.99 2C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8zm3.5-9c.83 0 1.5-.67 1.5-1.5S16.33 8 15.5 8 14 8.67 14 9.5s.67 1.5 1.5 1.5zm-7 0c.83 0 1.5-.67 1.5-1.5S9.33 8 8.5 8 7 8.67 7 9.5 7.67 11 8.5 11zm3.5 6.5c2.33 0 4.31-1.46 5.11-3.5H6.89c.8 2.04 2.78 3.5 5.11 3.5z',
    chevron_left: 'M15.41 7.41L14 6l-6 6 6 6 1.41-1.41L10.83 12z',
    chevron_right: 'M10 6L8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z',
  };
  function icon(name) {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'ri');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', ICONS[name] || ICONS.more_vert);
    svg.appendChild(path);
    return svg;
  }
  function gmailLogo() {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 40 30');
    svg.setAttribute('width', '40');
    svg.setAttribute('height', '30');
    const parts = [
      ['#4285f4', 'M2 9.5V26a2 2 0 0 0 2 2h5V13.5z'],
      ['#34a853', 'M31 28h5a2 2 0 0 0 2-2V9.5l-7 4z'],
      ['#ea4335', 'M9 13.5l11 8 11-8V6L20 14 9 6z'],
      ['#fbbc04', 'M31 6v7.5l7-5V6.5c0-2.5-2.8-3.9-4.8-2.4z'],
      ['#c5221f', 'M2 6.5v3l7 4V6L6.8 4.1C4.8 2.6 2 4 2 6.5z'],
    ];
    for (const [fill, d] of parts) {
      const p = document.createElementNS(SVG_NS, 'path');
      p.setAttribute('fill', fill);
      p.setAttribute('d', d);
      svg.appendChild(p);
    }
    return svg;
  }
  function toolbarButton(label, iconName, onClick, extraClass) {
    return h('div', {
      class: 'T-I J-J5-Ji T-I-ax7 L3' + (extraClass ? ' ' + extraClass : ''),
      role: 'button', tabindex: '0', 'aria-label': label, 'data-tooltip': label,
      on: onClick ? { click: onClick, keydown: (e) => { if (e.key === 'Enter') onClick(e); } } : {},
    }, icon(iconName));
  }
  const AVATAR_COLORS = ['#1a73e8', '#e8710a', '#188038', '#d93025', '#9334e6', '#12a4af', '#c5221f', '#b06000'];
  function avatar(p) {
    const key = String(p.email || '');
    let sum = 0;
    for (let i = 0; i < key.length; i++) sum = (sum * 31 + key.charCodeAt(i)) >>> 0;
    const letter = ((p.name || p.email || '?').trim()[0] || '?').toUpperCase();
    return h('div', { class: 'aju' }, h('div', { class: 'ajn', style: 'background:' + AVATAR_COLORS[sum % AVATAR_COLORS.length], 'aria-hidden': 'true' }, letter));
  }

  // ---------------------------------------------------------------- dates (replica time zone)
  function parts(ms, opts) {
    const out = {};
    for (const p of new Intl.DateTimeFormat('en-US', Object.assign({ timeZone: TZ }, opts)).formatToParts(new Date(ms))) out[p.type] = p.value;
    return out;
  }
  function timeText(ms) {
    const p = parts(ms, { hour: 'numeric', minute: '2-digit', hour12: true });
    return p.hour + ':' + p.minute + ' ' + String(p.dayPeriod || '').toUpperCase();
  }
  function dayKey(ms) {
    const p = parts(ms, { year: 'numeric', month: '2-digit', day: '2-digit' });
    return p.year + '-' + p.month + '-' + p.day;
  }
  /**
   * Gmail's title attribute on dates, in the account's language: "Fri, Nov 20, 2026, 9:14 AM",
   * "20. Aug. 2025, 13:19", "26 дек. 2019 г., 22:53" (formatDateTitle in ../html.ts does the same).
   */
  function fullTitle(ms) {
    if (LANG !== 'en') {
      const date = new Intl.DateTimeFormat(LANG, { timeZone: TZ, day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
      const time = new Intl.DateTimeFormat(LANG, { timeZone: TZ, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
      return (date + ', ' + time).replace(/[\u00a0\u202f]/g, ' ');
    }
    const p = parts(ms, { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });
    return p.weekday + ', ' + p.month + ' ' + p.day + ', ' + p.year + ', ' + timeText(ms);
  }
  function listDate(ms) {
    if (dayKey(ms) === dayKey(now())) return timeText(ms);
    const p = parts(ms, { month: 'short', day: 'numeric', year: 'numeric' });
    const y = parts(now(), { year: 'numeric' }).year;
    if (p.year === y) return p.month + ' ' + p.day;
    const n = parts(ms, { month: 'numeric', day: 'numeric', year: '2-digit' });
    return n.month + '/' + n.day + '/' + n.year;
  }
  function relative(ms) {
    const diff = now() - ms;
    if (LANG !== 'en') {
      const rtf = new Intl.RelativeTimeFormat(LANG, { numeric: 'always' });
      const abs = Math.abs(diff);
      if (abs < 3600000) return rtf.format(-Math.round(diff / 60000), 'minute');
      if (abs < 86400000) return rtf.format(-Math.round(diff / 3600000), 'hour');
      return rtf.format(-Math.round(diff / 86400000), 'day');
    }
    const future = diff < 0;
    const abs = Math.abs(diff);
    const unit = (v, w) => v + ' ' + w + (v === 1 ? '' : 's');
    let text;
    if (abs < 60000) text = future ? 'in a moment' : 'now';
    else if (abs < 3600000) text = unit(Math.round(abs / 60000), 'minute');
    else if (abs < 86400000) text = unit(Math.round(abs / 3600000), 'hour');
    else text = unit(Math.round(abs / 86400000), 'day');
    if (abs < 60000) return text;
    return future ? 'in ' + text : text + ' ago';
  }
  function threadDate(ms) {
    if (LANG !== 'en') return fullTitle(ms) + ' (' + relative(ms) + ')';
    if (dayKey(ms) === dayKey(now())) return timeText(ms) + ' (' + relative(ms) + ')';
    const p = parts(ms, { month: 'short', day: 'numeric', year: 'numeric' });
    return p.month + ' ' + p.day + ', ' + p.year + ', ' + timeText(ms) + ' (' + relative(ms) + ')';
  }
  function tzOffset(ms) {
    const p = parts(ms, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second) - Math.floor(ms / 1000) * 1000;
  }
  /** Epoch ms of a wall-clock time in the replica's time zone, `daysAhead` days from today. */
  function wallClock(daysAhead, hour) {
    const p = parts(now(), { year: 'numeric', month: 'numeric', day: 'numeric' });
    const target = Date.UTC(+p.year, +p.month - 1, +p.day + daysAhead, hour, 0);
    let guess = target;
    for (let i = 0; i < 3; i++) guess = target - tzOffset(guess);
    return guess;
  }

  // ---------------------------------------------------------------- network (XHR like Gmail)
  let syncSeq = 0;
  function xhr(method, url, body) {
    return new Promise((resolve, reject) => {
      const req = new XMLHttpRequest();
      req.open(method, url);
      if (body !== undefined) req.setRequestHeader('Content-Type', 'application/json');
      req.onload = () => {
        let json = null;
        try { json = JSON.parse(req.responseText); } catch (e) { json = null; }
        resolve({ status: req.status, json });
      };
      req.onerror = () => reject(new Error('network error'));
      req.send(body === undefined ? null : JSON.stringify(body));
    });
  }
  function syncUrl(op) {
    syncSeq += 1;
    return '/sync/u/' + N + '/i/' + op + '?hl=en&c=' + syncSeq + '&rt=r&pt=ji';
  }
  async function refreshState(openHex) {
    const url = BASE + '_replica/state.json?ik=' + encodeURIComponent(state.ik) + '&rt=j' + (openHex ? '&open=' + openHex : '');
    const res = await xhr('GET', url);
    if (res.status === 401) { location.reload(); return; }
    if (res.status === 200 && res.json) {
      state = res.json;
      clockOffset = state.now - Date.now();
    }
  }

  // ---------------------------------------------------------------- model helpers
  const findThread = (hex) => state.threads.find((t) => t.hex === hex);
  const lastOf = (t) => t.messages[t.messages.length - 1];
  const subjectText = (s) => (String(s || '').trim() ? s : '(no subject)');
  const displayName = (p) => (isMe(p) ? T.me : p.name || p.email);
  const firstName = (p) => (isMe(p) ? T.me : (p.name || p.email).split(/\s+/)[0]);
  function splitQuote(body) {
    const lines = String(body).replace(/\r\n?/g, '\n').split('\n');
    let q = lines.findIndex((l) => l.startsWith('>'));
    if (q > 0 && /wrote:\s*$/.test(lines[q - 1])) q -= 1;
    if (q < 0) return { own: lines, quoted: [] };
    const own = lines.slice(0, q);
    while (own.length && !own[own.length - 1].trim()) own.pop();
    return { own, quoted: lines.slice(q) };
  }
  function snippet(m) {
    return splitQuote(m.body).own.join(' ').replace(/\s+/g, ' ').trim().slice(0, 140);
  }
  function threadsFor(label) {
    const list = state.threads.filter((t) => (label === 'all' ? true : t.labels.includes(label)));
    const key = (t) => (label === 'sent' ? Math.max(...t.messages.filter(isMineMsg).map((m) => m.date), 0) : lastOf(t).date);
    return list.sort((a, b) => key(b) - key(a));
  }
  const isMineMsg = (m) => isMe(m.from);
  const personSpan = (p, cls, text) =>
    h('span', { class: cls, email: p.email, name: p.name || p.email, 'data-hovercard-id': p.email }, text);

  // ---------------------------------------------------------------- routing
  function parseRoute() {
    const raw = location.hash.replace(/^#/, '');
    const slash = raw.indexOf('/');
    const label = (slash < 0 ? raw : raw.slice(0, slash)) || 'inbox';
    let id = slash < 0 ? '' : raw.slice(slash + 1);
    try { id = decodeURIComponent(id); } catch (e) { /* keep raw */ }
    let hex = null;
    if (/^[0-9a-f]{16}$/i.test(id)) hex = id.toLowerCase();
    else {
      const m = /^#?thread-f:(\d{1,20})$/.exec(id);
      if (m) hex = BigInt(m[1]).toString(16).padStart(16, '0');
    }
    return { label, id, hex };
  }
  // Navigation renders at once from the cached mailbox (like Gmail), then asks the server for the
  // current state (this also marks an opened thread read) and renders again only if the view changed
  // (e.g. a test delivered a reply with replica.addReply).
  let navSeq = 0;
  function onRoute() {
    const seq = ++navSeq;
    const route = parseRoute();
    closeMenus();
    const opened = route.hex ? findThread(route.hex) : null;
    if (opened) opened.unread = false;
    render(route);
    const before = signature(route);
    refreshState(route.hex).then(() => {
      if (seq !== navSeq) return;
      if (signature(route) !== before) render(route);
      else updateNav(route.label);
    }, () => { /* offline: keep what is shown */ });
  }
  /** Fetches the mailbox, then renders the current route (Refresh button, window.__gmailReplica.refresh()). */
  async function refresh() {
    const seq = ++navSeq;
    try { await refreshState(parseRoute().hex); } catch (e) { /* keep cache */ }
    if (seq === navSeq) render(parseRoute());
  }
  function signature(route) {
    if (route.id) {
      const t = route.hex ? findThread(route.hex) : null;
      return t ? JSON.stringify([state.layout, t.subject, t.labels, t.messages]) : 'none';
    }
    return JSON.stringify(threadsFor(route.label).map((t) => [t.hex, t.unread, t.subject, t.messages.map((m) => m.hex)]));
  }
  function render(route) {
    updateNav(route.label);
    if (route.id) renderThread(route);
    else renderList(route.label);
  }
  function rerenderIfList() {
    const route = parseRoute();
    if (!route.id) render(route);
  }
  function updateNav(label) {
    for (const item of document.querySelectorAll('.aeN .TO')) {
      item.classList.toggle('nZ', item.getAttribute('data-label') === label);
    }
    const unread = state.threads.filter((t) => t.labels.includes('inbox') && t.unread).length;
    const count = document.querySelector('.aeN .TO[data-label=inbox] .bsU');
    if (count) count.textContent = unread ? String(unread) : '';
    const link = document.querySelector('.aeN .TO[data-label=inbox] a');
    if (link) link.setAttribute('aria-label', unread ? 'Inbox ' + unread + ' unread' : 'Inbox');
  }
  function setTitle(first) {
    document.title = first + ' - ' + ME.email + ' - Gmail';
  }

  // ---------------------------------------------------------------- thread list
  function sendersCell(t, label) {
    const out = [];
    if (label === 'sent') {
      const mine = t.messages.filter(isMineMsg);
      const m = mine[mine.length - 1] || lastOf(t);
      out.push('To: ');
      const people = m.to.concat(m.cc || []);
      people.forEach((p, i) => {
        if (i) out.push(', ');
        out.push(personSpan(p, 'yP', people.length > 1 ? firstName(p) : displayName(p)));
      });
    } else {
      const seen = [];
      for (const m of t.messages) {
        const key = m.from.email.toLowerCase();
        const at = seen.findIndex((s) => s.key === key);
        if (at >= 0) seen.splice(at, 1);
        seen.push({ key, p: m.from });
      }
      const shown = seen.slice(-3);
      const lastSender = lastOf(t).from.email.toLowerCase();
      shown.forEach((s, i) => {
        if (i) out.push(', ');
        const bold = t.unread && s.key === lastSender && !isMe(s.p);
        out.push(personSpan(s.p, bold ? 'zF' : 'yP', shown.length > 1 ? firstName(s.p) : displayName(s.p)));
      });
    }
    if (t.messages.length > 1) out.push(h('span', { class: 'bx0' }, String(t.messages.length)));
    return h('div', { class: 'yW' }, h('span', { class: 'bA4' }, out));
  }
  function threadRow(t, label) {
    const last = lastOf(t);
    const mine = t.messages.filter(isMineMsg);
    // The Sent list shows (and sorts by) the latest message the user sent.
    const shown = label === 'sent' && mine.length ? mine[mine.length - 1] : last;
    const stop = (e) => e.stopPropagation();
    const target = label + '/' + t.hex;
    const tr = h('tr', { class: 'zA ' + (t.unread ? 'zE' : 'yO'), role: 'row', tabindex: '-1', draggable: 'false' },
      h('td', { class: 'PF xY PE' }),
      h('td', { class: 'oZ-x3 xY', role: 'gridcell' },
        h('div', { class: 'oZ-jc T-Jo J-J5-Ji', role: 'checkbox', 'aria-checked': 'false', tabindex: '-1', on: { click: stop } })),
      h('td', { class: 'apU xY', role: 'gridcell' },
        h('span', { class: 'T-KT', role: 'button', title: 'Not starred', 'aria-label': 'Not starred', on: { click: stop } }, icon('star'))),
      h('td', { class: 'yX xY', role: 'gridcell' }, sendersCell(t, label)),
      h('td', { class: 'xY a4W', role: 'gridcell' },
        h('div', { class: 'xS', role: 'link' }, h('div', { class: 'xT' },
          h('div', { class: 'y6' }, h('span', { class: 'bog' },
            h('span', {
              class: 'bqe', 'data-thread-id': '#thread-f:' + t.dec, 'data-legacy-thread-id': t.hex,
              'data-legacy-last-message-id': last.hex,
            }, subjectText(t.subject)))),
          h('span', { class: 'y2' }, h('span', { class: 'Zt' }, '\u00a0-\u00a0'), snippet(shown))))),
      h('td', { class: 'xW xY', role: 'gridcell' },
        h('span', { title: fullTitle(shown.date), 'aria-label': fullTitle(shown.date) }, h('span', {}, listDate(shown.date)))));
    tr.addEventListener('click', () => { location.hash = target; });
    return tr;
  }
  function listToolbar(count) {
    return h('div', { class: 'G-atb', gh: 'tm' },
      h('div', { class: 'T-I J-J5-Ji T-Pm T-I-ax7 L3', role: 'button', 'aria-label': 'Select', 'data-tooltip': 'Select' }, h('div', { class: 'oZ-jc', role: 'checkbox', 'aria-checked': 'false' })),
      toolbarButton('Refresh', 'refresh', () => refresh(), 'nu'),
      toolbarButton('More email options', 'more_vert'),
      h('div', { class: 'aeH' }, count ? '1\u2013' + count + ' of ' + count : ''),
      toolbarButton('Newer', 'chevron_left'),
      toolbarButton('Older', 'chevron_right'));
  }
  function renderList(label) {
    const threads = threadsFor(label);
    setTitle(LABELS[label] || label.charAt(0).toUpperCase() + label.slice(1));
    const table = h('table', { class: 'F cf zt', role: 'grid' },
      h('colgroup', {}, ['PF', 'oZ-x3', 'apU', 'yX', 'a4W', 'xW'].map((c) => h('col', { class: 'Ci' }))),
      h('tbody', {}, threads.map((t) => threadRow(t, label))));
    const empty = label === 'sent' ? 'No sent messages! Send one now!' : 'No conversations in ' + (LABELS[label] || label) + '.';
    const view = h('div', { class: 'nH ae4 UI aDM', gh: 'tl' },
      listToolbar(threads.length),
      h('div', { class: 'Cp' }, h('div', {}, threads.length ? table : h('div', { class: 'TC' }, empty))));
    main.replaceChildren(view);
  }

  // ---------------------------------------------------------------- thread view
  // As real Gmail renders a thread (shared/real-gmail): every message is a list item of the
  // thread's [role=list]. Expanded: div.h7[aria-expanded=true] > .Bk > .G3.G2 > div > div#… >
  // div.adn.ads[data-message-id][data-legacy-message-id] (2023-08, 2025-08 header). Collapsed:
  // div.kv > … > div.adf.ads, without ids, sender and date and a snippet only (2019-12). A thread
  // of more than 4 messages shows the first, a stack of div.kQ ("N older messages", the number in
  // span.adx; the hidden messages are not in the DOM until it is clicked) and the last two.
  let domId = 0;
  const nextDomId = () => ':' + (++domId).toString(36);
  /** The thread view on screen: references, so nothing here is looked up in mail content. */
  let currentView = null;

  function recipientsLine(m) {
    const out = [T.to + ' '];
    m.to.forEach((p, i) => {
      if (i) out.push(', ');
      out.push(personSpan(p, 'g2', displayName(p)));
    });
    if (m.cc && m.cc.length) {
      out.push(', ' + T.cc + ': ');
      m.cc.forEach((p, i) => {
        if (i) out.push(', ');
        out.push(personSpan(p, 'g2', displayName(p)));
      });
    }
    return h('div', { class: 'iw ajw' }, h('span', { class: 'hb', translate: 'no' }, out));
  }
  function linesToNodes(lines) {
    const out = [];
    lines.forEach((line, i) => {
      if (i) out.push(h('br'));
      if (line) out.push(line);
    });
    return out;
  }

  // A message written in HTML is shown as HTML, the way Gmail shows mail: parsed inert (DOMParser,
  // through a replica-only Trusted Types policy), cleaned of everything that could run or restyle
  // the page, then imported. Markup that looks like Gmail's own stays: that is the point.
  let mailPolicy = null;
  function mailHtml(html) {
    if (!mailPolicy) {
      mailPolicy = window.trustedTypes
        ? window.trustedTypes.createPolicy('replica-mail-body', { createHTML: (text) => text })
        : { createHTML: (text) => text };
    }
    return mailPolicy.createHTML(html);
  }
  const DROPPED = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'BASE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'MATH']);
  const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'background', 'poster']);
  function cleanMail(node) {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) continue;
      if (child.nodeType !== Node.ELEMENT_NODE || DROPPED.has(child.tagName.toUpperCase())) { child.remove(); continue; }
      for (const attr of Array.from(child.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on') || name.startsWith('data-removed-on') || name === 'srcdoc' || name === 'style' ||
          (URL_ATTRS.has(name) && !/^\s*(https?:|mailto:|data:image\/|data:,|#)/i.test(attr.value))) child.removeAttribute(attr.name);
      }
      cleanMail(child);
    }
  }
  function mailFragment(html) {
    // Handler attributes are renamed before parsing too: Chromium checks them against the page's CSP
    // while parsing, even in an inert document (nothing would run, but it reports a violation).
    const parsed = new DOMParser().parseFromString(mailHtml(String(html).replace(/(\s)on([a-z]+\s*=)/gi, '$1data-removed-on$2')), 'text/html');
    cleanMail(parsed.body);
    const fragment = document.createDocumentFragment();
    for (const child of Array.from(parsed.body.childNodes)) fragment.appendChild(document.importNode(child, true));
    // A form in mail never submits anything.
    for (const form of fragment.querySelectorAll('form')) form.addEventListener('submit', (e) => e.preventDefault());
    return fragment;
  }
  function bodyView(m) {
    let body;
    if (m.bodyHtml) {
      body = h('div', { class: 'a3s aiL', id: nextDomId() }, mailFragment(m.bodyHtml));
    } else {
      const { own, quoted } = splitQuote(m.body);
      body = h('div', { class: 'a3s aiL', id: nextDomId() }, h('div', { dir: 'ltr' }, linesToNodes(own)));
      if (quoted.length) {
        const hidden = h('div', { class: 'gmail_quote h5', style: 'display:none' }, linesToNodes(quoted));
        const more = h('div', {
          class: 'ajR', role: 'button', tabindex: '0', 'aria-label': 'Show trimmed content', 'data-tooltip': 'Show trimmed content',
          style: 'display:inline-block;background:#e8eaed;border-radius:6px;padding:0 6px;margin-top:8px;line-height:12px;color:#444746',
          on: { click: (e) => { e.stopPropagation(); hidden.style.display = hidden.style.display ? '' : 'none'; } },
        }, '\u2022\u2022\u2022');
        append(body, [h('div', { class: 'yj6qo' }), more, hidden]);
      }
    }
    return h('div', { class: '' }, h('div', { class: 'aHl' }), h('div', { class: 'ii gt', id: nextDomId() }, body));
  }
  function dateSpan(m) {
    const title = fullTitle(m.date);
    return h('span', { class: 'g3', id: nextDomId(), title, alt: title, role: 'gridcell', tabindex: '-1' },
      m.scheduledAt ? 'Scheduled for ' + threadDate(m.date) : threadDate(m.date));
  }
  /** The list item around a message: div.h7 (expanded) or div.kv (collapsed) > .Bk > .G3.G2 > div > div#…. */
  function messageItem(expanded, inner) {
    return h('div', { class: expanded ? 'h7' : 'kv', role: 'listitem', 'aria-expanded': expanded ? 'true' : 'false', tabindex: expanded ? '-1' : '0' },
      h('div', { class: 'Bk' }, h('div', { class: 'G3 G2' }, h('div', {}, h('div', { id: nextDomId() }, inner)))));
  }
  function expandedMessage(m, view) {
    const reply = h('div', {
      class: 'T-I J-J5-Ji T-I-Js-IF aaq T-I-ax7 L3', role: 'button', tabindex: '0', 'data-tooltip': T.reply, 'aria-label': T.reply,
      style: 'user-select: none;',
      on: {
        click: (e) => { e.stopPropagation(); if (view && view.replyBar) openInline(view.t, 'reply', view.replyBar); },
        keydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); e.stopPropagation(); if (view && view.replyBar) openInline(view.t, 'reply', view.replyBar); } },
      },
    }, icon('reply'));
    const more = h('div', { class: 'T-I J-J5-Ji T-I-Js-Gs aap T-I-awG T-I-ax7 L3', role: 'button', tabindex: '0', 'aria-haspopup': 'true', 'aria-expanded': 'false', 'aria-label': T.more, 'data-tooltip': T.more }, icon('more_vert'));
    const sender = h('td', { class: 'gF gK' }, h('table', { cellpadding: '0', class: 'cf ix' }, h('tbody', {}, h('tr', {}, h('td', { class: 'c2' },
      h('h3', { class: 'iw' }, h('span', { translate: 'no', class: 'qu', role: 'gridcell', tabindex: '-1' },
        personSpan(m.from, 'gD', h('span', {}, m.from.name || m.from.email)), ' ',
        h('span', { class: 'go' }, h('span', { 'aria-hidden': 'true' }, '<'), m.from.email, h('span', { 'aria-hidden': 'true' }, '>')))))))));
    const details = h('td', { class: 'ady' }, recipientsLine(m),
      h('div', { class: 'ajy', role: 'button', tabindex: '0', 'aria-haspopup': 'true', 'data-tooltip': T.showDetails, 'aria-label': T.showDetails }));
    const top = h('tr', { class: 'acZ' },
      sender,
      h('td', { class: 'gH bAk' }, h('div', { class: 'gK' }, h('span'), dateSpan(m))),
      h('td', { class: 'gH' }),
      h('td', { class: 'gH acX bAm', rowspan: '2' }, reply, more));
    const second = h('tr', { class: 'acZ xD' },
      h('td', { colspan: '3' }, h('table', { cellpadding: '0', class: 'cf adz' }, h('tbody', {}, h('tr', {}, details)))));
    const header = h('div', { class: 'gE iv gt' }, h('table', { cellpadding: '0', class: 'cf gJ' }, h('tbody', {}, top, second)));
    const adn = h('div', { class: 'adn ads', 'data-message-id': '#msg-f:' + m.dec, 'data-legacy-message-id': m.hex },
      avatar(m.from), h('div', { class: 'gs' }, header, bodyView(m)), h('div', { class: 'ajx' }));
    const item = messageItem(true, adn);
    // Gmail collapses an expanded message when its header is clicked.
    header.addEventListener('click', (e) => {
      if (!view || (e.target.closest && e.target.closest('[role=button]'))) return;
      view.expanded.delete(m.hex);
      renderMessages(view, m.hex);
    });
    return item;
  }
  function collapsedMessage(m, view) {
    const snippetCell = h('td', { class: 'gF gK' }, h('table', { cellpadding: '0', class: 'cf iB za' }, h('tbody', {}, h('tr', {}, h('td', {},
      h('div', { class: 'iA g6' }, snippet(m)))))));
    const adf = h('div', { class: 'adf ads' },
      avatar(m.from),
      h('div', { class: 'gs gt' }, h('div', { class: 'gE hI' }, h('table', { cellpadding: '0', role: 'presentation', class: 'cf gJ' }, h('tbody', {},
        h('tr', {},
          h('td', { class: 'gF gK', style: 'width:auto' }, h('span', {
            email: m.from.email, 'data-hovercard-id': m.from.email, name: m.from.name || m.from.email, class: 'gD', role: 'gridcell', tabindex: '-1',
          }, displayName(m.from))),
          snippetCell,
          h('td', { class: 'gH bAk' }, h('span'), dateSpan(m))))))),
      h('div', { class: 'ajx' }));
    const item = messageItem(false, adf);
    const expand = () => {
      if (!view) return;
      view.expanded.add(m.hex);
      renderMessages(view, m.hex);
    };
    item.addEventListener('click', expand);
    item.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); expand(); } });
    return item;
  }
  /** Gmail's "N older messages": a stack of div.kQ, one per hidden message; one holds the number. */
  function olderMessagesBar(view, count) {
    const label = T.older(count);
    const reveal = () => { view.revealed = true; renderMessages(view); };
    const counter = h('span', {
      class: 'adx', role: 'button', tabindex: '0', 'aria-label': label, 'data-tooltip': label, title: label, 'aria-expanded': 'false',
      on: { keydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); reveal(); } } },
    }, String(count));
    const middle = Math.floor((count - 1) / 2);
    const stack = [];
    for (let i = 0; i < count; i++) {
      const withCount = i === middle;
      const bar = h('div', withCount
        ? { class: 'kQ adv bg', role: 'listitem', 'aria-label': label }
        : { class: 'kQ adv', 'aria-hidden': 'true' },
      h('div', { class: 'kx' }, h('div', { class: 'ky' }), withCount ? h('div', { class: 'adv-c' }, counter) : null));
      bar.addEventListener('click', reveal);
      stack.push(bar);
    }
    return stack;
  }
  /** (Re)builds the message list of the view; `focusHex` gets the focus (a message just expanded or collapsed). */
  function renderMessages(view, focusHex) {
    const msgs = view.t.messages;
    const n = msgs.length;
    const item = (m) => {
      const el = view.expanded.has(m.hex) ? expandedMessage(m, view) : collapsedMessage(m, view);
      el.setAttribute('data-replica-hex', m.hex);
      return el;
    };
    let items;
    if (!view.revealed && n > 4) items = [item(msgs[0]), olderMessagesBar(view, n - 3), item(msgs[n - 2]), item(msgs[n - 1])];
    else items = msgs.map(item);
    view.list.replaceChildren(...items.flat());
    if (focusHex) {
      const el = Array.from(view.list.children).find((c) => c.getAttribute('data-replica-hex') === focusHex);
      if (el) el.focus();
    }
  }
  function threadToolbar(label) {
    const back = LABELS[label] || 'Inbox';
    return h('div', { class: 'G-atb', gh: 'mtb' },
      toolbarButton('Back to ' + back, 'arrow_back', () => { location.hash = label; }, 'lS mA'),
      toolbarButton('Archive', 'archive'),
      toolbarButton('Report spam', 'report'),
      toolbarButton('Delete', 'delete'),
      h('div', { class: 'aeH-sep' }),
      toolbarButton('Mark as unread', 'mail'),
      toolbarButton('Snooze', 'schedule'),
      toolbarButton('Labels', 'label'),
      toolbarButton('More email options', 'more_vert'));
  }
  function printUrl(t) {
    return BASE + '?ik=' + encodeURIComponent(state.ik) + '&view=pt&search=all&permthid=thread-f:' + t.dec;
  }
  function renderThread(route) {
    const t = route.hex ? findThread(route.hex) : null;
    const toolbar = threadToolbar(route.label);
    currentView = null;
    if (!t) {
      setTitle(LABELS[route.label] || 'Inbox');
      main.replaceChildren(h('div', { class: 'nH' }, toolbar, h('div', { class: 'TC' }, 'The conversation that you requested could not be loaded.')));
      return;
    }
    setTitle(subjectText(t.subject));
    const list = h('div', { class: 'nH hx', role: 'list', 'aria-label': subjectText(t.subject) });
    // The mailbox is replaced on every refresh: the view reads its thread afresh each time.
    const view = {
      hex: t.hex, list, root: null, replyBar: null, expanded: new Set([lastOf(t).hex]), revealed: false,
      get t() { return findThread(t.hex) || t; },
    };
    renderMessages(view);
    view.replyBar = buildReplyBar(t, view);
    const root = h('div', { class: 'nH if' },
      h('div', { class: 'nH V8djrc byY' }, h('div', { class: 'ha' },
        h('h2', { class: 'hP', jsname: 'r4nke', tabindex: '-1', 'data-thread-perm-id': 'thread-f:' + t.dec, 'data-legacy-thread-id': t.hex }, subjectText(t.subject)),
        t.labels.includes('inbox') ? h('div', { class: 'ahR' }, 'Inbox') : null,
        h('div', { style: 'margin-left:auto;margin-right:16px' },
          toolbarButton('Print all', 'print', () => window.open(printUrl(t), '_blank'), 'aUP')))),
      h('div', { class: 'nH aHU' }, list, view.replyBar));
    view.root = root;
    currentView = view;
    let container;
    if (state.layout === 'bs') {
      // Pre-Nov-2023 Gmail: the thread lives in table.Bs > tr > td (rows appended directly, no tbody).
      const table = h('table', { class: 'Bs nH', role: 'presentation', cellpadding: '0' });
      table.appendChild(h('tr', {}, h('td', { class: 'Bu' }, root), h('td', { class: 'Bu y3' })));
      container = h('div', { class: 'nH g id' }, table);
    } else {
      container = h('div', { class: 'nH ao9' }, h('div', { class: 'nH a98 iY' }, h('div', { class: 'nH' }, root)));
    }
    main.replaceChildren(h('div', { class: 'nH' }, toolbar, container));
  }
  /** Replaces the view's reply bar (after a message was added or removed). */
  function setReplyBar(view, t) {
    const bar = buildReplyBar(t, view);
    if (view.replyBar) view.replyBar.replaceWith(bar);
    view.replyBar = bar;
    return bar;
  }
  function buildReplyBar(t, view) {
    const last = lastOf(t);
    const bar = h('div', { class: 'amn' });
    const others = new Set();
    for (const p of [last.from].concat(last.to, last.cc || [])) if (!isMe(p)) others.add(p.email.toLowerCase());
    const open = (mode) => openInline(view ? view.t : t, mode, view ? view.replyBar : bar);
    const mk = (cls, text, iconName, mode) =>
      h('span', {
        class: 'ams ' + cls, role: 'link', tabindex: '0',
        on: { click: () => open(mode), keydown: (e) => { if (e.key === 'Enter') open(mode); } },
      }, icon(iconName), text);
    append(bar, [mk('bkH', T.reply, 'reply', 'reply'), others.size > 1 ? mk('bkI', T.replyAll, 'reply_all', 'replyAll') : null, mk('bkG', T.forward, 'forward', 'forward')]);
    return bar;
  }
  function replyRecipients(t, mode) {
    const last = lastOf(t);
    if (mode === 'forward') return [];
    let to;
    if (isMe(last.from)) to = last.to.slice();
    else to = [last.from];
    if (mode === 'replyAll') {
      for (const p of last.to.concat(last.cc || [])) {
        if (!isMe(p) && !to.some((q) => q.email.toLowerCase() === p.email.toLowerCase())) to.push(p);
      }
    }
    return to;
  }
  let activeInline = null;
  function openInline(t, mode, bar, restore) {
    if (activeInline) removeCompose(activeInline);
    const last = lastOf(t);
    const subject = t.subject.replace(/^(re|fwd?):\s*/i, '');
    const body = restore ? restore.body : mode === 'forward'
      ? '\n\n---------- Forwarded message ---------\nFrom: ' + last.from.name + ' <' + last.from.email + '>\nDate: ' + fullTitle(last.date) + '\nSubject: ' + subjectText(t.subject) + '\n\n' + last.body
      : '';
    const c = buildCompose({
      inline: true,
      to: restore ? restore.to : replyRecipients(t, mode),
      subject: restore ? restore.subject : (mode === 'forward' ? 'Fwd: ' : 'Re: ') + subject,
      body,
      threadHex: t.hex,
      rm: last.hex,
      from: restore ? restore.from : replyFrom(t),
    });
    const wrap = h('div', { class: 'ip adB' }, c.root);
    bar.style.display = 'none';
    bar.after(wrap);
    c.onRemove = () => { wrap.remove(); bar.style.display = ''; if (activeInline === c) activeInline = null; };
    activeInline = c;
    (c.recipients.length ? c.bodyEl : c.toInput).focus();
    return c;
  }

  /** Gmail answers from the address the mail was sent to, when it is one of the user's send-as addresses. */
  function replyFrom(t) {
    const choices = sendAs();
    if (!choices.length) return null;
    for (const m of t.messages.slice().reverse()) {
      const people = isMe(m.from) ? [m.from] : m.to.concat(m.cc || []);
      const mine = people.map((p) => choices.find((c) => c.email.toLowerCase() === p.email.toLowerCase())).find(Boolean);
      if (mine) return mine;
    }
    return null;
  }

  // ---------------------------------------------------------------- compose
  let composeSeq = 0;
  function newDraftId() {
    return 'msg-a:r' + String(Math.floor(Math.random() * 9e15) + 1e15) + String(composeSeq);
  }
  function parseAddress(text) {
    const s = String(text).trim().replace(/[,;]+$/, '').trim();
    if (!s) return null;
    const m = /^"?([^"<]*?)"?\s*<([^>]+)>$/.exec(s);
    const name = m ? m[1].trim() : '';
    const email = (m ? m[2] : s).trim();
    const valid = /^[^\s@<>(),;"]+@[^\s@<>(),;"]+\.[^\s@<>(),;"]+$/.test(email);
    return { name, email, valid, raw: s };
  }
  function buildCompose(opts) {
    composeSeq += 1;
    const c = {
      id: 'c' + Date.now().toString(36) + composeSeq,
      draftId: opts.draftId || newDraftId(),
      inline: !!opts.inline,
      threadHex: opts.threadHex || null,
      rm: opts.rm || null,
      recipients: [],
      sending: false,
      onRemove: null,
    };
    const chipsBox = h('div', { name: 'to', class: 'aH9', role: 'listbox', 'aria-label': 'To recipients' });
    const toInput = h('input', {
      class: 'agP aFw', type: 'text', role: 'combobox', 'aria-label': 'To recipients', autocomplete: 'off',
      spellcheck: 'false', tabindex: '1', peoplekit_id: 'BbVjBd',
    });
    chipsBox.appendChild(toInput);
    c.toInput = toInput;
    function addChip(p) {
      const chip = h('div', {
        class: 'afV' + (p.valid === false ? ' afV-inv' : ''), 'data-hovercard-id': p.email, 'data-name': p.name || p.email,
        role: 'option', style: p.valid === false ? 'border-color:#d93025;color:#d93025' : null,
      }, h('span', { class: 'akl' }, p.name || p.email),
      h('div', { class: 'afX', role: 'button', 'aria-label': 'Remove ' + (p.name || p.email), on: { click: (e) => { e.stopPropagation(); removeChip(entry); } } }, icon('close')));
      const entry = { person: p, chip };
      c.recipients.push(entry);
      chipsBox.insertBefore(chip, toInput);
    }
    function removeChip(entry) {
      c.recipients.splice(c.recipients.indexOf(entry), 1);
      entry.chip.remove();
    }
    c.commitTyped = () => {
      const pieces = toInput.value.split(/[,;]/);
      toInput.value = '';
      for (const piece of pieces) {
        const p = parseAddress(piece);
        if (p) addChip(p);
      }
    };
    toInput.addEventListener('keydown', (e) => {
      if ((e.key === 'Enter' && !e.ctrlKey && !e.metaKey) || e.key === ',' || e.key === ';') {
        if (toInput.value.trim()) { e.preventDefault(); c.commitTyped(); }
        else if (e.key !== 'Enter') e.preventDefault();
      } else if (e.key === 'Tab' && toInput.value.trim()) {
        c.commitTyped();
      } else if (e.key === 'Backspace' && !toInput.value && c.recipients.length) {
        removeChip(c.recipients[c.recipients.length - 1]);
      }
    });
    toInput.addEventListener('blur', () => { if (toInput.value.trim()) c.commitTyped(); });
    toInput.addEventListener('input', () => { if (/[,;]/.test(toInput.value)) c.commitTyped(); });
    for (const p of opts.to || []) addChip(Object.assign({ valid: true }, p));

    // "Send mail as": with send-as addresses Gmail shows a From row whose selector opens a menu of
    // the addresses (div.J-M.jQjAxd.J-M-awS[role=menu] > div.SK.AX > div[value], as InboxSDK's
    // from-manager reads it); the chosen one is in the hidden input[name=from], "" without send-as.
    const fromInput = h('input', { type: 'hidden', name: 'from', value: '' });
    c.fromInput = fromInput;
    c.from = null;
    const fromRow = sendAs().length ? buildFromRow(c, opts.from) : null;

    const subject = h('input', {
      class: 'aoT', name: 'subjectbox', placeholder: 'Subject', 'aria-label': 'Subject', tabindex: '1', autocomplete: 'off',
      style: c.inline ? 'display:none' : null,
    });
    subject.value = opts.subject || '';
    const bodyEl = h('div', {
      class: 'Am Al editable LW-avf tS-tW', contenteditable: 'true', g_editable: 'true', role: 'textbox',
      'aria-label': 'Message Body', 'aria-multiline': 'true', tabindex: '1', hidefocus: 'true', spellcheck: 'true',
    });
    if (opts.body) bodyEl.textContent = opts.body;
    c.bodyEl = bodyEl;
    c.subjectEl = subject;

    const sendLabel = 'Send ' + LRM_OPEN + '(Ctrl-Enter)' + LRM_CLOSE;
    const sendBtn = h('div', {
      class: 'T-I J-J5-Ji aoO v7 T-I-atl L3', role: 'button', tabindex: '0', 'data-tooltip': sendLabel, 'aria-label': sendLabel,
      'data-tooltip-delay': '800', style: 'user-select: none;',
    }, 'Send');
    const arrow = h('div', {
      class: 'T-I J-J5-Ji hG T-I-atl L3', role: 'button', tabindex: '0', 'aria-haspopup': 'true', 'aria-expanded': 'false',
      'aria-label': 'More send options', 'data-tooltip': 'More send options', style: 'user-select: none;',
    }, icon('arrow_drop_down'));
    sendBtn.addEventListener('click', () => send(c));
    sendBtn.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); send(c); }
    });
    arrow.addEventListener('click', (e) => { e.stopPropagation(); toggleSendMenu(c, arrow); });
    arrow.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggleSendMenu(c, arrow); }
    });
    const discard = h('div', {
      class: 'og T-I-J3', role: 'button', tabindex: '0', 'aria-label': 'Discard draft',
      'data-tooltip': 'Discard draft ' + LRM_OPEN + '(Ctrl-Shift-D)' + LRM_CLOSE,
      on: { click: () => { removeCompose(c); showToast('Draft discarded.', []); } },
    }, icon('delete'));
    const bottom = h('table', { class: 'IZ', cellpadding: '0' }, h('tbody', {}, h('tr', { class: 'btC' },
      h('td', { class: 'gU Up' }, h('div', { class: 'J-J5-Ji btA' }, h('div', { class: 'dC' }, sendBtn, arrow))),
      h('td', { class: 'gU az5' }, h('span', { class: 'btC-icons' }, icon('format'), icon('attach'), icon('link'), icon('mood'), icon('more_vert'))),
      h('td', { class: 'gU a0z' }, discard))));

    const form = h('form', { class: 'bAs', method: 'POST', enctype: 'multipart/form-data' },
      h('input', { type: 'hidden', name: 'composeid', value: c.id }),
      h('input', { type: 'hidden', name: 'draft', value: '#' + c.draftId }),
      h('input', { type: 'hidden', name: 'rm', value: c.rm || 'undefined' }),
      fromInput,
      fromRow,
      h('div', { class: 'aoD hl' }, h('span', { class: 'aoD-l' }, 'To'), chipsBox),
      subject,
      h('div', { class: 'Ap' }, h('div', { class: 'Ar Au' }, bodyEl)),
      bottom);
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); send(c); }
    });
    c.form = form;
    c.root = h('div', { class: 'M9' }, form);
    c.sendBtn = sendBtn;
    return c;
  }
  function openComposeDialog(restore) {
    const c = buildCompose(restore || {});
    const close = h('img', {
      class: 'Ha', alt: 'Close', 'aria-label': 'Save & close', 'data-tooltip': 'Save & close', role: 'button', tabindex: '0',
      src: 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#fff" d="' + ICONS.close + '"/></svg>'),
      on: { click: () => removeCompose(c) },
    });
    const header = h('div', { class: 'aYF' },
      h('span', { class: 'aYF-t' }, 'New Message'),
      h('div', { class: 'Hl', role: 'button', 'aria-label': 'Minimize', 'data-tooltip': 'Minimize' }, icon('minimize')),
      h('div', { class: 'Hq', role: 'button', 'aria-label': 'Full screen', 'data-tooltip': 'Full screen' }, icon('fullscreen')),
      close);
    const dialog = h('div', { class: 'nH Hd', role: 'dialog', 'aria-label': 'New Message', tabindex: '-1' }, header, c.root);
    const column = h('div', { class: 'nH nn' }, h('div', { class: 'AD' }, dialog));
    dock.appendChild(column);
    c.onRemove = () => column.remove();
    dialog.addEventListener('keydown', (e) => { if (e.key === 'Escape') removeCompose(c); });
    (c.recipients.length ? c.bodyEl : c.toInput).focus();
    return c;
  }
  function fromText(p) {
    return (p.name ? p.name + ' <' + p.email + '>' : p.email);
  }
  function buildFromRow(c, initial) {
    const choices = sendAs();
    const menuId = nextDomId();
    const shown = h('span', { class: 'az2 az4', translate: 'no' });
    const selector = h('div', {
      class: 'J-JN-M-I J-J5-Ji', role: 'button', tabindex: '1', 'aria-haspopup': 'menu', 'aria-expanded': 'false',
      'aria-controls': menuId, style: 'user-select: none;',
    }, h('div', { class: 'J-J5-Ji J-JN-M-I-Jm' }, shown), h('div', { class: 'J-J5-Ji J-JN-M-I-JG' }, icon('arrow_drop_down')));
    const items = choices.map((p) => h('div', {
      class: 'J-N', role: 'menuitem', tabindex: '-1', value: p.email,
      on: {
        click: (e) => { e.stopPropagation(); choose(p); close(); selector.focus(); },
        keydown: (e) => {
          if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); e.stopPropagation(); choose(p); close(); selector.focus(); }
        },
      },
    }, h('div', { class: 'J-N-Jz' }, fromText(p))));
    const menu = h('div', { class: 'J-M jQjAxd J-M-awS', role: 'menu', id: menuId, 'aria-label': T.from, style: 'display: none;' },
      h('div', { class: 'SK AX' }, items));
    function choose(p) {
      c.from = p;
      c.fromInput.value = p.email;
      shown.textContent = fromText(p);
      selector.setAttribute('aria-label', T.from + ': ' + fromText(p));
      for (const item of items) {
        if (item.getAttribute('value') === p.email) item.setAttribute('aria-current', 'true');
        else item.removeAttribute('aria-current');
      }
    }
    function close() {
      menu.style.display = 'none';
      selector.setAttribute('aria-expanded', 'false');
    }
    function open() {
      menu.style.display = '';
      selector.setAttribute('aria-expanded', 'true');
      const current = items.find((i) => i.getAttribute('aria-current') === 'true') || items[0];
      if (current) current.focus();
    }
    selector.addEventListener('click', (e) => { e.stopPropagation(); if (menu.style.display === 'none') open(); else close(); });
    selector.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown') { e.preventDefault(); open(); }
    });
    menu.addEventListener('keydown', (e) => {
      const at = items.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const next = items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
        if (next) next.focus();
      } else if (e.key === 'Escape' || e.key === 'Tab') {
        e.stopPropagation();
        close();
        if (e.key === 'Escape') selector.focus();
      }
    });
    document.addEventListener('click', (e) => { if (!menu.contains(e.target)) close(); });
    const start = (initial && choices.find((p) => p.email.toLowerCase() === String(initial.email).toLowerCase())) || choices[0];
    choose(start);
    return h('div', { class: 'aoD az2' }, h('span', { class: 'aoD-l', id: menuId + '-l' }, T.from), h('div', { class: 'az3' }, selector, menu));
  }
  function removeCompose(c) {
    closeMenus();
    if (c.onRemove) c.onRemove();
    c.onRemove = null;
  }
  function snapshot(c) {
    return {
      to: c.recipients.map((r) => ({ name: r.person.name, email: r.person.email })),
      subject: c.subjectEl.value,
      body: c.bodyEl.innerText.replace(/\n$/, ''),
      threadHex: c.threadHex,
      rm: c.rm,
      draftId: c.draftId,
      from: c.from,
    };
  }

  // ---------------------------------------------------------------- schedule send
  let openMenu = null;
  function closeMenus() {
    if (openMenu) { openMenu.close(); openMenu = null; }
  }
  document.addEventListener('click', (e) => {
    if (openMenu && !openMenu.el.contains(e.target)) closeMenus();
  });
  function toggleSendMenu(c, arrow) {
    if (openMenu && openMenu.owner === c) { closeMenus(); return; }
    closeMenus();
    const item = h('div', { class: 'J-N', role: 'menuitem', tabindex: '0' }, icon('schedule'), h('div', { class: 'J-N-Jz' }, 'Schedule send'));
    const menu = h('div', { class: 'J-M jQjAxd', role: 'menu', 'aria-haspopup': 'true' }, item);
    document.body.appendChild(menu);
    const r = arrow.getBoundingClientRect();
    menu.style.left = Math.max(8, r.left) + 'px';
    menu.style.top = Math.max(8, r.top - menu.offsetHeight - 4) + 'px';
    arrow.setAttribute('aria-expanded', 'true');
    openMenu = { el: menu, owner: c, close: () => { menu.remove(); arrow.setAttribute('aria-expanded', 'false'); } };
    const pick = (e) => { e.stopPropagation(); closeMenus(); openScheduleDialog(c); };
    item.addEventListener('click', pick);
    item.addEventListener('keydown', (e) => { if (e.key === 'Enter') pick(e); });
    item.focus();
  }
  function openScheduleDialog(c) {
    const options = [['Tomorrow morning', wallClock(1, 8)], ['Tomorrow afternoon', wallClock(1, 13)]];
    const weekday = parts(now(), { weekday: 'short' }).weekday;
    const toMonday = { Sun: 1, Mon: 7, Tue: 6, Wed: 5, Thu: 4, Fri: 3, Sat: 2 }[weekday] || 7;
    if (toMonday > 1) options.push(['Monday morning', wallClock(toMonday, 8)]);
    const backdrop = h('div', { class: 'Kj-JD-Jh' });
    const close = () => backdrop.remove();
    const dialog = h('div', { class: 'Kj-JD', role: 'dialog', 'aria-label': 'Schedule send', tabindex: '-1' },
      h('div', { class: 'Kj-JD-K7' }, h('span', { class: 'Kj-JD-K7-K0' }, 'Schedule send')),
      h('div', { class: 'Kj-JD-Jz' }, TZ.replace(/_/g, ' ') + ' time'),
      options.map(([label, at]) => {
        const p = parts(at, { month: 'short', day: 'numeric' });
        return h('div', {
          class: 'J-N', role: 'menuitem', tabindex: '0', 'data-scheduled-at': String(at),
          on: { click: () => { close(); send(c, at); }, keydown: (e) => { if (e.key === 'Enter') { close(); send(c, at); } } },
        }, h('span', {}, label), h('span', {}, p.month + ' ' + p.day + ', ' + timeText(at)));
      }),
      h('div', { class: 'Kj-JD-Jl' }, h('div', { role: 'button', tabindex: '0', name: 'cancel', on: { click: close } }, 'Cancel')));
    backdrop.appendChild(dialog);
    backdrop.addEventListener('click', (e) => { if (e.target === backdrop) close(); });
    document.body.appendChild(backdrop);
    const first = dialog.querySelector('[role=menuitem]');
    if (first) first.focus();
  }

  // ---------------------------------------------------------------- sending, toast, undo
  function alertDialog(text) {
    const backdrop = h('div', { class: 'Kj-JD-Jh' });
    const ok = h('button', { name: 'ok', class: 'J-at1-auR', style: 'border:0;background:#0b57d0;color:#fff;border-radius:18px;padding:8px 24px;font:inherit;cursor:pointer', on: { click: () => backdrop.remove() } }, 'OK');
    backdrop.appendChild(h('div', { class: 'Kj-JD', role: 'alertdialog', 'aria-label': 'Error' },
      h('div', { class: 'Kj-JD-K7' }, 'Error'), h('div', { class: 'Kj-JD-Jz' }, text), h('div', { class: 'Kj-JD-Jl' }, ok)));
    document.body.appendChild(backdrop);
    ok.focus();
  }
  let toastTimer = null;
  function hideToast() {
    clearTimeout(toastTimer);
    toastHost.replaceChildren();
  }
  function showToast(text, actions, persistent) {
    clearTimeout(toastTimer);
    const items = [h('span', { class: 'bAq' }, text)];
    for (const a of actions) {
      items.push(h('span', {
        class: 'ag a8k', id: a.id, role: 'link', tabindex: '0',
        on: { click: a.run, keydown: (e) => { if (e.key === 'Enter') a.run(); } },
      }, a.label));
    }
    const box = h('div', { class: 'vh' }, h('span', { class: 'aT' }, items),
      h('div', { class: 'bBe' }, h('div', { class: 'bBf', role: 'button', tabindex: '0', 'aria-label': 'Close', on: { click: hideToast } }, icon('close'))));
    toastHost.replaceChildren(h('div', { class: 'J-J5-Ji' }, box));
    if (!persistent) toastTimer = setTimeout(hideToast, TOAST_MS);
  }
  /** The thread view on screen, if it shows thread `hex` (kept by reference, never looked up in the page). */
  function currentThreadView(hex) {
    return currentView && currentView.hex === hex && currentView.root.isConnected ? currentView : null;
  }
  async function send(c, scheduledAt) {
    if (c.sending) return;
    c.commitTyped();
    const bad = c.recipients.find((r) => r.person.valid === false);
    if (bad) {
      alertDialog('The address "' + bad.person.raw + '" in the "To" field was not recognized. Please make sure that all addresses are properly formed.');
      return;
    }
    if (!c.recipients.length) { alertDialog('Please specify at least one recipient.'); return; }
    c.sending = true;
    const draft = snapshot(c);
    const payload = {
      composeId: c.id,
      draftId: c.draftId,
      to: draft.to,
      subject: draft.subject,
      body: draft.body,
    };
    if (c.from) payload.from = { name: c.from.name, email: c.from.email };
    if (c.rm) payload.inReplyTo = c.rm;
    if (c.threadHex) payload.threadId = c.threadHex;
    if (scheduledAt !== undefined) payload.scheduledAt = scheduledAt;
    removeCompose(c);

    // An inline reply shows up in the thread at once, first with only a client id (msg-a:r…).
    let pending = null;
    const view = c.threadHex ? currentThreadView(c.threadHex) : null;
    if (view && c.inline) {
      const local = { hex: '', dec: '', from: c.from || ME, to: draft.to, cc: [], date: scheduledAt || now(), body: draft.body, scheduledAt: scheduledAt || null };
      pending = expandedMessage(local, null);
      const adn = pending.querySelector('.adn');
      adn.setAttribute('data-message-id', '#' + c.draftId);
      adn.removeAttribute('data-legacy-message-id');
      view.list.appendChild(pending);
      setReplyBar(view, Object.assign({}, view.t, { messages: view.t.messages.concat([local]) }));
    }
    showToast(scheduledAt !== undefined ? 'Scheduling\u2026' : 'Sending\u2026', [], true);
    let res;
    try {
      res = await xhr('POST', syncUrl('s'), payload);
    } catch (e) {
      res = { status: 0, json: null };
    }
    if (res.status !== 200 || !res.json || !res.json.ok) {
      if (pending) pending.remove();
      showToast('Message not sent' + (res.json && res.json.error ? ': ' + res.json.error : '.'), []);
      reopen(draft, c.inline);
      return;
    }
    const sent = res.json;
    const dec = sent.messageId.replace(/^msg-f:/, '');
    const threadDec = sent.threadId.replace(/^thread-f:/, '');
    const message = { hex: sent.legacyMessageId, dec, from: sent.from || c.from || ME, to: draft.to, cc: [], date: sent.date, body: draft.body, bodyHtml: null, scheduledAt: sent.scheduledAt };
    const existing = findThread(sent.legacyThreadId);
    if (existing) {
      existing.messages.push(message);
      if (!existing.labels.includes('sent')) existing.labels.push('sent');
    } else {
      state.threads.push({ hex: sent.legacyThreadId, dec: threadDec, subject: draft.subject, labels: ['sent'], unread: false, messages: [message] });
    }
    if (pending) {
      const adn = pending.querySelector('.adn');
      adn.setAttribute('data-message-id', '#msg-f:' + dec);
      adn.setAttribute('data-legacy-message-id', sent.legacyMessageId);
      pending.setAttribute('data-replica-hex', sent.legacyMessageId);
      if (view && view.root.isConnected) {
        view.expanded.add(sent.legacyMessageId);
        setReplyBar(view, view.t);
      }
    }
    showToast(sent.action === 'scheduled' ? 'Send scheduled' : 'Message sent', [
      { id: 'link_undo', label: 'Undo', run: () => undo(sent, draft, c.inline, pending) },
      { id: 'link_vsm', label: 'View message', run: () => { hideToast(); location.hash = 'sent/' + sent.legacyThreadId; } },
    ]);
    rerenderIfList();
  }
  async function undo(sent, draft, inline, pending) {
    hideToast();
    let res;
    try {
      res = await xhr('POST', syncUrl('undo'), { messageId: sent.legacyMessageId, threadId: sent.legacyThreadId });
    } catch (e) {
      res = { status: 0, json: null };
    }
    if (res.status !== 200) { showToast('Could not undo sending.', []); return; }
    const t = findThread(sent.legacyThreadId);
    if (t) {
      t.messages = t.messages.filter((m) => m.hex !== sent.legacyMessageId);
      if (!t.messages.length) state.threads.splice(state.threads.indexOf(t), 1);
    }
    if (pending) pending.remove();
    const route = parseRoute();
    if (route.hex === sent.legacyThreadId && res.json && res.json.removedThread) {
      location.hash = route.label === 'sent' ? 'sent' : 'inbox';
    } else if (route.hex === sent.legacyThreadId && pending === null) {
      render(route);
    }
    reopen(draft, inline);
    showToast('Sending undone.', []);
    rerenderIfList();
  }
  function reopen(draft, inline) {
    const view = inline && draft.threadHex ? currentThreadView(draft.threadHex) : null;
    const t = draft.threadHex ? findThread(draft.threadHex) : null;
    if (view && t) {
      openInline(t, 'reply', setReplyBar(view, t), draft);
    } else {
      openComposeDialog(draft);
    }
  }

  // ---------------------------------------------------------------- boot
  for (const slot of document.querySelectorAll('[data-icon]')) slot.replaceChildren(icon(slot.getAttribute('data-icon')));
  const logo = document.querySelector('.gb_m');
  if (logo) logo.replaceChildren(gmailLogo());
  const search = document.querySelector('.gb_search');
  if (search) search.addEventListener('submit', (e) => e.preventDefault());
  const composeButton = document.querySelector('.T-I.T-I-KE.L3');
  composeButton.addEventListener('click', () => openComposeDialog());
  composeButton.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); openComposeDialog(); } });
  window.addEventListener('hashchange', onRoute);
  window.__gmailReplica = { refresh };

  if (!location.hash || location.hash === '#') history.replaceState(null, '', '#inbox');
  onRoute();
})();
