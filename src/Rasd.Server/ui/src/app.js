// Rasd's pages. Article text is untrusted: every string reaches the page as a text node, never as
// HTML (there is no innerHTML here), and the server's Content-Security-Policy runs only these scripts.

const page = document.getElementById('page');

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'on') for (const [type, fn] of Object.entries(v)) node.addEventListener(type, fn);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || body.title || response.statusText);
  return body;
}

function show(...nodes) { page.replaceChildren(...nodes); }

function failed(error) { show(el('p', { class: 'error', role: 'alert' }, 'تعذّر ذلك: ', error.message)); }

const typeNames = { visit: 'زيارة', meeting: 'لقاء', call: 'اتصال', statement: 'تصريح', agreement: 'اتفاق', request: 'طلب', support: 'دعم', accuse: 'اتهام', threaten: 'تهديد', deploy: 'نشر قوات' };
const facetNames = { people: 'الأشخاص', organizations: 'الهيئات', places: 'الأماكن', outlets: 'المصادر', years: 'السنوات', types: 'أنواع الأحداث' };

// ── search ────────────────────────────────────────────────────────────────────────────────────
function facetClause(facet, value) {
  const quoted = '"' + value.replaceAll('"', '') + '"';
  switch (facet) {
    case 'people': return 'person:' + quoted;
    case 'organizations': return 'org:' + quoted;
    case 'places': return 'place:' + quoted;
    case 'outlets': return 'outlet:' + quoted;
    case 'years': return 'date:' + value;
    case 'types': return 'type:' + value;
    default: return value;
  }
}

function snippetNode(snippet) {
  const p = el('p', { class: 'snippet' }, '… ');
  let at = snippet.start;
  for (const h of snippet.highlights) {
    if (h.start < at) continue;
    p.append(snippet.text.slice(at - snippet.start, h.start - snippet.start), el('mark', {}, snippet.text.slice(h.start - snippet.start, h.end - snippet.start)));
    at = h.end;
  }
  p.append(snippet.text.slice(at - snippet.start), ' …');
  return p;
}

async function searchPage(params) {
  const q = params.get('q') || '';
  const sort = params.get('sort') || 'relevance';
  const offset = Number(params.get('offset') || 0);
  const input = el('input', { type: 'search', name: 'q', value: q, 'aria-label': 'نص البحث', placeholder: 'كلمات، "عبارة"، AND / OR / NOT، entity:، outlet:، date:[2016 TO 2018]' });
  const order = el('select', { name: 'sort', 'aria-label': 'الترتيب' },
    ...[['relevance', 'الأقرب'], ['newest', 'الأحدث'], ['oldest', 'الأقدم']].map(([v, t]) => el('option', { value: v, selected: v === sort }, t)));
  const form = el('form', { class: 'search-form', on: { submit: e => { e.preventDefault(); go('search', { q: input.value, sort: order.value }); } } }, input, ' ', order, ' ', el('button', { type: 'submit' }, 'ابحث'));
  if (!q) return show(el('h1', {}, 'البحث في الأرشيف'), form);
  const results = await api(`/api/search?q=${encodeURIComponent(q)}&sort=${sort}&offset=${offset}&limit=10&facets=8`);
  const hits = results.hits.map(hit => el('article', { class: 'hit' },
    el('h2', {}, el('a', { href: `#/doc/${hit.id}` }, hit.title || hit.source)),
    el('div', { class: 'muted' }, [hit.date || 'غير مؤرخ', hit.outlet].filter(Boolean).join(' · ')),
    hit.snippets.map(snippetNode)));
  const facets = Object.entries(results.facets).filter(([, values]) => values.length > 0).map(([facet, values]) => el('section', { class: 'facet' },
    el('h3', {}, facetNames[facet] || facet),
    values.map(v => el('button', { type: 'button', on: { click: () => go('search', { q: `${q} AND ${facetClause(facet, v.value)}`, sort }) } },
      `${facet === 'types' ? typeNames[v.value] || v.value : v.value} (${v.count})`))));
  const more = results.total > offset + results.hits.length
    ? el('button', { type: 'button', on: { click: () => go('search', { q, sort, offset: offset + 10 }) } }, 'النتائج التالية') : null;
  show(form, el('p', { class: 'muted', id: 'total' }, `${results.total} وثيقة`), el('div', { class: 'layout' }, el('div', { id: 'hits' }, hits, more), el('aside', {}, facets)));
}

// ── timeline ──────────────────────────────────────────────────────────────────────────────────
const day = 86400000;
const toTime = iso => Date.parse(iso + 'T00:00:00Z');

function eventRow(e, names) {
  const who = [...e.actors, ...e.counterparts].map(id => el('a', { href: `#/entity/${encodeURIComponent(id)}` }, names[id] || id));
  const flags = el('span', { class: 'flags' },
    e.negated && el('span', { class: 'negated' }, 'لم يحدث'), e.future && el('span', {}, 'مُزمع'), e.hypothetical && el('span', {}, 'افتراضي'));
  const conflicts = e.conflicts.length ? el('div', { class: 'conflict' }, 'تواريخ أخرى في المصادر: ', e.conflicts.map(c => c.value).join('، ')) : null;
  const mentions = el('ul', { class: 'mentions', hidden: true }, e.mentions.map(m => el('li', {}, m.text, ' ', el('a', { href: `#/doc/${m.doc}` }, '(المصدر)'))));
  return el('div', { class: 'event-row', 'data-event': e.id },
    el('div', {}, e.date ? e.date.value : 'غير مؤرخ', conflicts),
    el('div', {}, el('strong', {}, e.summary), flags, el('div', { class: 'muted' }, typeNames[e.type] || e.type, ' · ', who.length ? who.flatMap((a, i) => i ? ['، ', a] : [a]) : '—'),
      el('button', { type: 'button', on: { click: () => { mentions.hidden = !mentions.hidden; } } }, 'الجمل المصدر'), mentions),
    el('div', { class: 'muted' }, `${e.sources} مصدر`));
}

function drawTimeline(host, events) {
  const dated = events.filter(e => e.date);
  const width = host.clientWidth || 1000, height = 220, pad = 30;
  if (dated.length === 0) { host.replaceChildren(el('p', { class: 'muted' }, 'لا أحداث مؤرخة')); return; }
  let lo = Math.min(...dated.map(e => toTime(e.date.start))) - 30 * day;
  let hi = Math.max(...dated.map(e => toTime(e.date.end))) + 30 * day;
  const plot = svg('svg', { class: 'timeline-svg', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'الخط الزمني' });
  // Time runs right to left, as the page reads: the earliest event stands at the right.
  const x = t => width - pad - (t - lo) / (hi - lo) * (width - 2 * pad);
  function ticks() {
    const span = (hi - lo) / day, out = [];
    const start = new Date(lo);
    if (span > 3 * 365) for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= hi; y++) out.push([Date.UTC(y, 0, 1), String(y)]);
    else if (span > 60) for (let m = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1); m <= hi; m = Date.UTC(new Date(m).getUTCFullYear(), new Date(m).getUTCMonth() + 1, 1)) out.push([m, new Date(m).toISOString().slice(0, 7)]);
    else for (let d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()); d <= hi; d += day * Math.max(1, Math.round(span / 15))) out.push([d, new Date(d).toISOString().slice(0, 10)]);
    return out.filter(([t]) => t >= lo);
  }
  function render() {
    const nodes = [svg('line', { x1: pad, x2: width - pad, y1: height - pad, y2: height - pad, stroke: '#999' })];
    for (const [t, label] of ticks()) nodes.push(svg('line', { x1: x(t), x2: x(t), y1: height - pad, y2: height - pad + 5, stroke: '#999' }), svg('text', { x: x(t), y: height - 8, 'text-anchor': 'middle' }, label));
    dated.forEach((e, i) => {
      const y = 20 + (i % 8) * 19, s = toTime(e.date.start), t = toTime(e.date.end) + day;
      const colour = e.negated ? '#b3261e' : e.type === 'visit' ? '#0b6e4f' : '#3b5bdb';
      const title = svg('title', {}, `${e.date.value} · ${e.summary}${e.conflicts.length ? ' · تواريخ أخرى: ' + e.conflicts.map(c => c.value).join('، ') : ''}`);
      // A partial date (a month, a year) is drawn as the range it covers; a day as a point.
      const mark = e.date.precision === 'day' && e.date.start === e.date.end
        ? svg('circle', { cx: x(s), cy: y, r: 5, fill: colour, class: 'event-mark', 'data-event': e.id }, title)
        : svg('rect', { x: x(t), y: y - 4, width: Math.max(3, x(s) - x(t)), height: 8, fill: colour, opacity: 0.55, class: 'event-mark', 'data-event': e.id }, title);
      if (e.conflicts.length) mark.setAttribute('stroke', '#b3261e'), mark.setAttribute('stroke-width', '2'), mark.setAttribute('stroke-dasharray', '3 2');
      mark.addEventListener('click', () => document.querySelector(`.event-row[data-event="${e.id}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'center' }));
      nodes.push(mark);
    });
    plot.replaceChildren(...nodes);
  }
  function zoom(factor, at = (lo + hi) / 2) {
    const span = Math.max(7 * day, (hi - lo) * factor);
    const share = (at - lo) / (hi - lo);
    lo = at - share * span; hi = lo + span; render();
  }
  plot.addEventListener('wheel', e => {
    e.preventDefault();
    const box = plot.getBoundingClientRect();
    const at = lo + (1 - (e.clientX - box.left) / box.width) * (hi - lo);
    zoom(e.deltaY < 0 ? 0.7 : 1.4, at);
  }, { passive: false });
  let drag = null;
  plot.addEventListener('pointerdown', e => { drag = { x: e.clientX, lo, hi }; });
  plot.addEventListener('pointermove', e => { if (!drag) return; const shift = (e.clientX - drag.x) / plot.getBoundingClientRect().width * (drag.hi - drag.lo); lo = drag.lo + shift; hi = drag.hi + shift; render(); });
  addEventListener('pointerup', () => { drag = null; });
  render();
  host.replaceChildren(plot, el('div', {}, el('button', { type: 'button', id: 'zoom-in', on: { click: () => zoom(0.5) } }, 'تكبير'), ' ',
    el('button', { type: 'button', id: 'zoom-out', on: { click: () => zoom(2) } }, 'تصغير')));
}

async function timelinePage(params) {
  const entity = params.get('entity') || '';
  const type = params.get('type') || '';
  const input = el('input', { type: 'text', name: 'entity', value: entity, placeholder: 'اسم علم: حفتر', 'aria-label': 'العلم' });
  const form = el('form', { on: { submit: e => { e.preventDefault(); go('timeline', { entity: input.value, type }); } } }, input, ' ', el('button', { type: 'submit' }, 'اعرض'));
  const query = new URLSearchParams();
  if (entity) query.set('entity', entity);
  if (type) query.set('type', type);
  const view = await api('/api/timeline?' + query);
  const chart = el('div', { id: 'chart' });
  show(el('h1', {}, entity ? `الخط الزمني: ${entity}` : 'الخط الزمني'), form, el('p', { class: 'muted' }, `${view.events.length} حدث`), chart,
    el('section', { id: 'events' }, view.events.map(e => eventRow(e, view.names))));
  drawTimeline(chart, view.events);
}

// ── entities ──────────────────────────────────────────────────────────────────────────────────
async function entitiesPage(params) {
  const q = params.get('q') || '';
  const input = el('input', { type: 'text', value: q, placeholder: 'اسم أو لقب', 'aria-label': 'الاسم' });
  const list = await api('/api/entities?limit=100' + (q ? '&q=' + encodeURIComponent(q) : ''));
  show(el('h1', {}, 'الأعلام'), el('form', { on: { submit: e => { e.preventDefault(); go('entities', { q: input.value }); } } }, input, ' ', el('button', { type: 'submit' }, 'ابحث')),
    el('table', {}, el('tbody', {}, list.map(x => el('tr', {}, el('td', {}, el('a', { href: `#/entity/${encodeURIComponent(x.id)}` }, x.name)), el('td', { class: 'muted' }, x.type), el('td', {}, `${x.events} حدث`))))));
}

async function entityPage(id) {
  const view = await api('/api/entities/' + encodeURIComponent(id));
  const e = view.entity;
  const names = Object.fromEntries([[e.id, e.name], ...view.coOccurring.map(c => [c.id, c.name])]);
  show(el('h1', {}, e.name, e.nameLatin ? el('span', { class: 'muted', dir: 'ltr' }, ' ', e.nameLatin) : null),
    el('p', { class: 'muted' }, e.type, e.wikidata ? ' · Wikidata ' + e.wikidata : ''),
    el('p', {}, el('a', { href: `#/timeline?entity=${encodeURIComponent(e.id)}` }, 'خطه الزمني'), ' · ', el('a', { href: `#/graph?entity=${encodeURIComponent(e.id)}` }, 'من التقى'), ' · ',
      el('a', { href: `#/search?q=${encodeURIComponent('entity:"' + e.name + '"')}` }, 'المقالات')),
    el('h2', {}, 'الأسماء'), el('p', { id: 'aliases' }, e.aliases.length ? e.aliases.join('، ') : '—'),
    el('h2', {}, 'المناصب عبر الزمن'),
    e.positions.length ? el('table', { id: 'positions' }, el('tbody', {}, e.positions.map(p => el('tr', {}, el('td', {}, p.title), el('td', { class: 'muted' }, [p.from?.value, p.to?.value].filter(Boolean).join(' – ')))))) : el('p', { class: 'muted' }, '—'),
    el('h2', {}, 'يظهر مع'), el('p', { id: 'with' }, view.coOccurring.flatMap((c, i) => [i ? '، ' : '', el('a', { href: `#/entity/${encodeURIComponent(c.id)}` }, c.name), ` (${c.events})`])),
    el('h2', {}, 'الأحداث'), el('section', { id: 'events' }, view.events.filter(x => x.type !== 'statement').map(x => eventRow(x, names))));
}

// ── graph ─────────────────────────────────────────────────────────────────────────────────────
async function graphPage(params) {
  const entity = params.get('entity') || '';
  const graph = await api('/api/graph' + (entity ? '?entity=' + encodeURIComponent(entity) : ''));
  const host = el('div', { class: 'graph', id: 'graph' });
  show(el('h1', {}, 'من التقى من', entity ? ` · ${entity}` : ''), el('p', { class: 'muted', id: 'graph-count' }, `${graph.nodes.length} علماً، ${graph.edges.length} صلة`), host);
  if (!window.cytoscape || graph.nodes.length === 0) return;
  const cy = window.cytoscape({
    container: host,
    elements: [
      ...graph.nodes.map(n => ({ data: { id: n.id, label: n.name, weight: n.events } })),
      ...graph.edges.map(e => ({ data: { id: e.source + '→' + e.target, source: e.source, target: e.target, count: e.count, label: String(e.count) } })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-family': 'Noto Naskh Arabic, serif', 'font-size': 12, 'background-color': '#0b6e4f', width: 'mapData(weight, 1, 20, 14, 44)', height: 'mapData(weight, 1, 20, 14, 44)' } },
      { selector: 'edge', style: { width: 'mapData(count, 1, 10, 1, 8)', 'line-color': '#9aa5b1', label: 'data(label)', 'font-size': 9 } },
    ],
    layout: { name: 'cose', animate: false },
  });
  cy.on('tap', 'node', evt => go('entity/' + encodeURIComponent(evt.target.id())));
  window.rasdGraph = cy; // for the browser tests
}

// ── reader ────────────────────────────────────────────────────────────────────────────────────
async function documentPage(id) {
  const view = await api('/api/documents/' + encodeURIComponent(id));
  const d = view.document;
  // Marks of one kind never overlap each other; where kinds overlap, an event's trigger wins over a date, a date over a name.
  const marks = [
    ...view.events.map(e => ({ start: e.mention.trigger.start, end: e.mention.trigger.end, kind: 'event', title: `${typeNames[e.type] || e.type}${e.mention.negated ? ' (لم يحدث)' : ''}`, rank: 0 })),
    ...d.times.map(t => ({ start: t.start, end: t.end, kind: 'time', title: t.value ? t.value.value : 'تاريخ لم يُحدَّد', rank: 1 })),
    ...(d.names || []).map(n => ({ start: n.start, end: n.end, kind: 'name', title: n.type, entity: n.entity, rank: 2 })),
  ].sort((a, b) => a.rank - b.rank || a.start - b.start);
  const taken = [];
  const chosen = marks.filter(m => !taken.some(t => m.start < t.end && t.start < m.end) && taken.push(m)).sort((a, b) => a.start - b.start);
  const text = el('div', { class: 'doc-text', id: 'doc-text', dir: 'rtl' });
  let at = 0;
  for (const m of chosen) {
    text.append(view.text.slice(at, m.start));
    const words = view.text.slice(m.start, m.end);
    const inner = m.kind === 'name' && m.entity ? el('a', { href: `#/entity/${encodeURIComponent(m.entity)}` }, words) : words;
    text.append(el('span', { class: m.kind, title: m.title }, inner));
    at = m.end;
  }
  text.append(view.text.slice(at));
  const repairs = d.repairs.length ? el('ul', { class: 'repairs', id: 'repairs' }, d.repairs.map(r => el('li', {}, r.kind, r.note ? ': ' + r.note : '', ` [${r.start}–${r.end}]`))) : el('p', { class: 'muted' }, 'لم يُصلَح شيء في هذا النص.');
  show(el('h1', {}, d.title || d.source), el('p', { class: 'muted' }, [d.outlet, d.published.value, d.source].filter(Boolean).join(' · ')),
    el('p', { class: 'legend' }, el('span', { class: 'name' }, 'اسم علم'), el('span', { class: 'time' }, 'تاريخ'), el('span', { class: 'event' }, 'حدث')),
    text, el('h2', {}, 'الإصلاحات'), repairs);
}

// ── routing ───────────────────────────────────────────────────────────────────────────────────
function go(route, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v !== undefined && v !== 0));
  location.hash = '#/' + route + (query.size ? '?' + query : '');
}

async function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query || '');
  const [name, ...rest] = path.split('/');
  const arg = decodeURIComponent(rest.join('/'));
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.page === (name || 'search')));
  try {
    switch (name) {
      case 'timeline': await timelinePage(params); break;
      case 'graph': await graphPage(params); break;
      case 'entities': await entitiesPage(params); break;
      case 'entity': await entityPage(arg); break;
      case 'doc': await documentPage(arg); break;
      default: await searchPage(params);
    }
    document.body.dataset.ready = location.hash; // for the browser tests: this page is drawn
  } catch (error) {
    failed(error);
    document.body.dataset.ready = location.hash;
  }
}

document.getElementById('quick-search').addEventListener('submit', e => {
  e.preventDefault();
  go('search', { q: new FormData(e.target).get('q') });
});
addEventListener('hashchange', route);
route();
