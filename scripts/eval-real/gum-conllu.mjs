// Reading a GUM CoNLL-U document: the text (one sentence per line, a blank line per `# newpar`), every
// token's character span, and the entity mentions of the CorefUD `Entity=` brackets with their heads.

const misc = (col, key) => col.split('|').find((kv) => kv.startsWith(`${key}=`))?.slice(key.length + 1);

/** Splits the subtokens of a multiword token ("Byron's" → Byron + 's) over its surface where they match. */
function placeSubtokens(surface, start, subs) {
  let at = 0;
  return subs.map((form) => {
    const i = surface.indexOf(form, at);
    if (i < 0) return { start, end: start + surface.length };
    at = i + form.length;
    return { start: start + i, end: start + at };
  });
}

/** Opening brackets carry the fields of global.Entity: eid-etype-infstat-salience-centering-minspan-link-identity. */
function brackets(value) {
  const out = [];
  for (const m of value.matchAll(/\(([^()]+)(\))?|(\d+)\)/g)) {
    if (m[3]) { out.push({ close: m[3] }); continue; }
    const f = m[1].split('-');
    out.push({ open: f[0], etype: f[1], link: f[6], identity: f.slice(7).join('-') || null });
    if (m[2]) out.push({ close: f[0] });
  }
  return out;
}

function parseSentence(lines, text, toks) {
  let out = text;
  const ids = new Map();
  const pending = [];
  for (const line of lines) {
    const c = line.split('\t');
    if (c[0].includes('.')) continue; // empty nodes have no surface
    if (c[0].includes('-')) {
      const [a, b] = c[0].split('-').map(Number);
      const start = out.length;
      out += c[1] + (misc(c[9], 'SpaceAfter') === 'No' ? '' : ' ');
      pending.push({ a, b, start, surface: c[1] });
      continue;
    }
    const id = Number(c[0]);
    const range = pending.find((r) => r.a <= id && id <= r.b);
    const tok = { id, form: c[1], upos: c[3], head: Number(c[6]), misc: c[9], start: 0, end: 0 };
    if (!range) {
      tok.start = out.length;
      out += c[1];
      tok.end = out.length;
      if (misc(c[9], 'SpaceAfter') !== 'No') out += ' ';
    }
    tok.range = range;
    ids.set(id, toks.length);
    toks.push(tok);
  }
  for (const r of pending) {
    const members = [];
    for (let id = r.a; id <= r.b; id++) if (ids.has(id)) members.push(toks[ids.get(id)]);
    placeSubtokens(r.surface, r.start, members.map((t) => t.form)).forEach((s, i) => Object.assign(members[i], s));
  }
  for (const t of toks.slice(toks.length - ids.size)) t.headIndex = t.head ? ids.get(t.head) ?? -1 : -1;
  return out.trimEnd();
}

function mentionsOf(toks) {
  const open = new Map();
  const mentions = [];
  toks.forEach((t, i) => {
    const value = misc(t.misc, 'Entity');
    if (!value) return;
    for (const b of brackets(value)) {
      if (b.open) {
        if (!open.has(b.open)) open.set(b.open, []);
        open.get(b.open).push({ ...b, eid: b.open, first: i });
      } else {
        const m = open.get(b.close)?.pop();
        if (m) mentions.push({ ...m, last: i });
      }
    }
  });
  return mentions.map((m) => withHead(m, toks));
}

/** The head: the first token of the span whose syntactic head lies outside it. */
function withHead(m, toks) {
  let head = m.first;
  for (let i = m.first; i <= m.last; i++) {
    const h = toks[i].headIndex;
    if (h < m.first || h > m.last) { head = i; break; }
  }
  const upos = toks[head].upos;
  const kind = upos === 'PRON' ? 'pronoun' : upos === 'PROPN' ? 'named' : 'description';
  return {
    eid: m.eid, etype: m.etype, kind, start: toks[m.first].start, end: toks[m.last].end,
    headSpan: { start: toks[head].start, end: toks[head].end }, headForm: toks[head].form.toLowerCase(),
    name: kind === 'named' ? nameSpan(m, head, toks) : null,
  };
}

/**
 * The name inside a named mention: from its first word after a leading determiner to the end of the
 * proper-noun run at its head ("of", "for", "de", "the" inside it when a proper noun follows), so that
 * relative clauses, appositions, coordinated names and a possessive 's are cut off.
 */
function nameSpan(m, head, toks) {
  let first = m.first;
  while (first < head && toks[first].upos === 'DET') first++;
  let last = head;
  for (let i = head + 1; i <= m.last; i++) {
    const t = toks[i];
    if (t.upos === 'PROPN' || t.upos === 'NUM' || (t.upos === 'PUNCT' && /^[.-]$/.test(t.form) && toks[i + 1]?.upos === 'PROPN')) { last = i; continue; }
    if (/^(of|for|de|the|on|upon)$/i.test(t.form) && i < m.last && ['PROPN', 'DET'].includes(toks[i + 1].upos)) continue;
    break;
  }
  return { start: toks[first].start, end: toks[last].end };
}

/** { id, genre, text, mentions: [{ eid, etype, kind, start, end, headSpan }] } */
export function readGumDoc(conllu, id) {
  let text = '';
  const toks = [];
  let sent = [];
  let newpar = false;
  let genre = null;
  const flush = () => {
    if (!sent.length) return;
    if (text) text += newpar ? '\n\n' : '\n';
    newpar = false;
    text = parseSentence(sent, text, toks);
    sent = [];
  };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# newpar')) newpar = true;
    else if (line.startsWith('# meta::genre = ')) genre = line.slice(16).trim();
    else if (!line.trim()) flush();
    else if (!line.startsWith('#')) sent.push(line);
  }
  flush();
  return { id, genre, text, mentions: mentionsOf(toks) };
}
