// The dashboard at /: plain browser JavaScript, no build step, and only the public API. uPlot
// (served by the app from its npm package) draws the chart.

const $ = (selector) => document.querySelector(selector);

/** A GET of the public API; a problem's detail becomes the error message. */
async function api(path) {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.detail ?? `${res.status} ${res.statusText}`);
  return body;
}

const money = (v) => (v === null || v === undefined ? '–' : Math.abs(v) >= 1e9 ? `$${(v / 1e9).toFixed(2)}bn` : `$${(v / 1e6).toFixed(1)}m`);
// Rounded for display only: the API's numbers are exact.
const pct = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(1)}%`);

function showSource(id, answer) {
  $(`#${id}-source`).textContent = answer.source === null ? 'No data.' : `Source: ${answer.source}`;
  const notes = $(`#${id}-notes`);
  notes.replaceChildren(...answer.notes.map((note) => Object.assign(document.createElement('li'), { textContent: note })));
}

function showTerms(id, terms) {
  $(`#${id}`).replaceChildren(
    ...terms.flatMap(([term, value]) => [
      Object.assign(document.createElement('dt'), { textContent: term }),
      Object.assign(document.createElement('dd'), { textContent: value }),
    ]),
  );
}

let chart = null;

function drawSeries(series) {
  const container = $('#chart');
  const years = series.data.map((row) => row.year);
  const values = (measure) => series.data.map((row) => row[measure].value);
  const data = [years, values('exports'), values('imports'), values('total')];
  chart?.destroy();
  const width = Math.max(320, container.clientWidth || 800);
  chart = new uPlot(
    {
      width,
      height: 320,
      series: [
        { label: 'Year' },
        { label: `Exports ${series.reporter.iso3}→${series.partner.iso3}`, stroke: '#1b7f6b', width: 2, value: (_, v) => money(v) },
        { label: `Imports ${series.reporter.iso3}←${series.partner.iso3}`, stroke: '#c0392b', width: 2, value: (_, v) => money(v) },
        { label: 'Total', stroke: '#1b4f72', width: 3, value: (_, v) => money(v), points: { size: 8 } },
      ],
      // Years as plain labels, one tick per whole year at least; a single year gets a year either side.
      axes: [
        { values: (_, ticks) => ticks.map(String), incrs: [1, 2, 5, 10] },
        { values: (_, ticks) => ticks.map(money), size: 70 },
      ],
      // Half a year of room either side, so the first and last points are not cut by the frame.
      scales: { x: { time: false, ...(years.length > 0 && { range: [years[0] - 0.5, years.at(-1) + 0.5] }) } },
    },
    data,
    container,
  );
  container.dataset.pair = `${series.reporter.iso3}-${series.partner.iso3}`;
  container.dataset.points = String(
    data
      .slice(1)
      .flat()
      .filter((v) => v !== null).length,
  );
}

async function showPair(a, b) {
  const [series, growth] = await Promise.all([api(`/v1/bilateral/${a}/${b}`), api(`/v1/bilateral/${a}/${b}/growth`)]);
  $('#series-title').textContent = `Trade of ${series.reporter.name} with ${series.partner.name}, by year (US dollars)`;
  drawSeries(series);
  showSource('series', series);
  showTerms('growth', [
    ['From', `${growth.start.year ?? '–'}: ${money(growth.start.value)}`],
    ['To', `${growth.end.year ?? '–'}: ${money(growth.end.value)}`],
    ['Change', `${money(growth.change)} (${pct(growth.changePct)})`],
    ['CAGR', pct(growth.cagrPct)],
  ]);
  showSource('growth', growth);
}

async function showPartners(a) {
  const partners = await api(`/v1/countries/${a}/partners?limit=10`);
  $('#partners-title').textContent = `Top partners of ${partners.reporter.name}${partners.year === null ? '' : ` in ${partners.year}`}`;
  const rows = partners.data.map((p) => {
    const tr = document.createElement('tr');
    tr.append(
      ...[p.rank, p.partner.name, money(p.value), pct(p.sharePct)].map((text) => Object.assign(document.createElement('td'), { textContent: String(text) })),
    );
    return tr;
  });
  $('#partners tbody').replaceChildren(...rows);
  showSource('partners', partners);
}

async function showGroup() {
  const trade = await api('/v1/groups/central-asia/trade');
  const year = trade.data.at(-1);
  showTerms(
    'group',
    year
      ? [
          ['Year', String(year.year)],
          ['Within the group', money(year.intra.value)],
          ['With the rest of the world', money(year.extra.value)],
          ['Intra-group share', pct(year.intraSharePct)],
        ]
      : [['Year', 'no data']],
  );
  showSource('group', trade);
}

/** Runs a section; a failure shows its message instead of leaving the page half drawn. */
async function guarded(work) {
  try {
    await work();
    $('#error').hidden = true;
  } catch (error) {
    $('#error').textContent = `Could not load: ${error.message}`;
    $('#error').hidden = false;
  }
}

async function countries() {
  const all = [];
  let cursor = null;
  do {
    const page = await api(`/v1/countries?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    all.push(...page.data);
    cursor = page.page.next;
  } while (cursor);
  return all.sort((x, y) => x.name.localeCompare(y.name));
}

async function start() {
  const list = await countries();
  const params = new URLSearchParams(location.search);
  const chosen = { a: (params.get('a') ?? 'KAZ').toUpperCase(), b: (params.get('b') ?? 'UZB').toUpperCase() };
  for (const id of ['a', 'b']) {
    $(`#${id}`).replaceChildren(...list.map((c) => new Option(`${c.name} (${c.iso3})`, c.iso3, false, c.iso3 === chosen[id])));
  }
  const update = async (changed) => {
    const a = $('#a').value;
    const b = $('#b').value;
    history.replaceState(null, '', `?a=${a}&b=${b}`);
    if (a === b) {
      $('#error').textContent = 'Pick two different countries.';
      $('#error').hidden = false;
      return;
    }
    await guarded(() => showPair(a, b));
    if (changed !== 'b') await guarded(() => showPartners(a));
  };
  $('#a').addEventListener('change', () => update('a'));
  $('#b').addEventListener('change', () => update('b'));
  await update('both');
  await guarded(showGroup);
}

void guarded(start);
