// Reading PolNeAR's brat standoff: records by their `T1\t` / `E1\t` prefix (a covered text may hold a
// newline), discontinuous spans as fragment lists, and one attribution per E line.
function records(ann) {
  const out = [];
  for (const line of ann.split('\n')) {
    if (/^[TE#]\d+\t/.test(line) || !out.length) out.push(line);
    else out[out.length - 1] += `\n${line}`;
  }
  return out.filter((r) => r.trim());
}

function fragments(spec) {
  return spec.split(';').map((f) => {
    const [start, end] = f.trim().split(/\s+/).map(Number);
    return { start, end };
  });
}

/** { spans: Map id → { type, frags }, attributions: [{ source, cue, content }], discard: frags[] } */
export function parseAnn(ann) {
  const spans = new Map();
  const events = [];
  for (const rec of records(ann)) {
    const [id, body] = rec.split('\t');
    if (id.startsWith('T')) {
      const m = /^(\S+) (.+)$/.exec(body);
      if (m) spans.set(id, { type: m[1], frags: fragments(m[2]) });
    } else if (id.startsWith('E')) {
      events.push(body.trim().split(/\s+/).map((r) => r.split(':')));
    }
  }
  const attributions = events.map((roles) => {
    const get = (re) => roles.filter(([r]) => re.test(r)).map(([, t]) => spans.get(t)).filter(Boolean);
    return {
      source: get(/^Source$/)[0] ?? null,
      cue: get(/^Cue$/)[0] ?? null,
      content: get(/^Content\d*$/).flatMap((s) => s.frags),
    };
  });
  const discard = [...spans.values()].filter((s) => s.type === 'Discard').flatMap((s) => s.frags);
  return { spans, attributions, discard };
}
