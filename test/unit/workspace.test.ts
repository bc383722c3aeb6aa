// The workspace index's pure parts: article summaries and actors merged across articles.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { WorkspaceIndex, mentionCountOf, mentionsOfRefs, nameKey, sortSteps } from '../../src/core/workspace/merge';
import { LineMap } from '../../src/core/text/lines';
import { CLAIM_CHARS, isSummary, summarize, type ActorSummary, type ArticleSummary } from '../../src/core/workspace/summary';

const ARTICLE_A = `GDANSK, March 3, 2025 — Mayor Marta Kowalczyk met the port director, Tomasz Lis, on Monday to discuss the new ferry terminal.
"We will open the terminal before the summer," Kowalczyk told reporters after the meeting.
The mayor said the city would sign an agreement with Baltic Ferries next week.`;

function actor(name: string, type: ActorSummary['type'], extra: Partial<ActorSummary> = {}): ActorSummary {
  return { name, type, aliases: [], forms: [name], mentions: [0, name.length, 0, 0, 0], ...extra };
}

function article(actors: ActorSummary[], extra: Partial<ArticleSummary> = {}): ArticleSummary {
  return { version: 1, actors, claims: [], events: [], ...extra };
}

describe('workspace summaries', () => {
  it('keeps actors with their mentions (offset, line, column, text), claims with speakers, events with arguments', () => {
    const analysis = analyze(ARTICLE_A);
    const s = summarize(analysis, ARTICLE_A);
    assert.ok(isSummary(s));
    const marta = s.actors.find((a) => a.name === 'Marta Kowalczyk');
    assert.ok(marta, `actors: ${s.actors.map((a) => a.name).join(', ')}`);
    assert.equal(marta.type, 'person');
    assert.equal(marta.mentions.length % 5, 0);
    const whole = analysis.actors.find((a) => a.name === 'Marta Kowalczyk')!;
    assert.equal(marta.mentions.length / 5, whole.mentions.length);
    for (let i = 0; i < marta.mentions.length; i += 5) {
      const [start, end, line, column, form] = marta.mentions.slice(i, i + 5);
      assert.equal(ARTICLE_A.slice(start, end), marta.forms[form]);
      assert.equal(ARTICLE_A.split('\n')[line].slice(column, column + end - start), marta.forms[form]);
    }
    const quote = s.claims.find((c) => c.text.startsWith('We will open'));
    assert.ok(quote, 'the quote is kept');
    assert.equal(s.actors[quote.speaker]?.name, 'Marta Kowalczyk');
    assert.equal(quote.line, 1);
    const meeting = s.events.find((e) => e.type === 'meeting');
    assert.ok(meeting, `events: ${s.events.map((e) => e.type).join(', ')}`);
    assert.ok(meeting.participants.every((k) => k >= 0 && k < s.actors.length));
    assert.ok(meeting.participants.some((k) => s.actors[k].name === 'Marta Kowalczyk'));
  });

  it('drops descriptions from aliases and clips long claims', () => {
    const long = `Officials said "${'the plan is sound and '.repeat(30)}final," according to Jan Nowak, the finance minister. Nowak added more.`;
    const s = summarize(analyze(long), long);
    for (const a of s.actors) for (const al of a.aliases) assert.ok(!/^(the|his|her)\b/i.test(al), `alias ${al}`);
    for (const c of s.claims) assert.ok(c.text.length <= CLAIM_CHARS);
  });

  it('is much smaller than the analysis', () => {
    const text = Array.from({ length: 20 }, () => ARTICLE_A).join('\n\n');
    const analysis = analyze(text);
    assert.ok(JSON.stringify(summarize(analysis, text)).length < JSON.stringify(analysis).length / 2);
  });

  it('maps offsets to lines and columns', () => {
    const lines = new LineMap('ab\ncd\n\nef');
    assert.deepEqual(lines.at(0), { line: 0, column: 0 });
    assert.deepEqual(lines.at(4), { line: 1, column: 1 });
    assert.deepEqual(lines.at(7), { line: 3, column: 0 });
  });

  it('rejects summaries of another version and junk', () => {
    assert.ok(!isSummary(null));
    assert.ok(!isSummary({ version: 999, actors: [], claims: [], events: [] }));
    assert.ok(!isSummary({ version: 1, actors: {} }));
  });
});

describe('workspace index: actors across articles', () => {
  it('one entry for the same full name in three articles, with every mention', () => {
    const ix = new WorkspaceIndex();
    ix.set('a', article([actor('Marta Kowalczyk', 'person', { role: 'Mayor of Gdansk' })]));
    ix.set('b', article([actor('Marta Kowalczyk', 'person')]));
    ix.set('c', article([actor('Marta Kowalczyk', 'person'), actor('Gdansk', 'place')]));
    const marta = ix.actors().filter((a) => a.name === 'Marta Kowalczyk');
    assert.equal(marta.length, 1);
    assert.equal(marta[0].articles, 3);
    assert.equal(marta[0].role, 'Mayor of Gdansk');
    assert.deepEqual(ix.mentionsOf(marta[0]).map((m) => m.article), ['a', 'b', 'c']);
    assert.equal(ix.actors()[0], marta[0], 'the most widely mentioned first');
    const inB = marta[0].refs.filter((r) => r.article === 'b');
    assert.deepEqual(mentionsOfRefs(inB).map((m) => `${m.article} ${m.text}`), ['b Marta Kowalczyk'], 'one article\'s mentions, for its tree row');
    assert.equal(mentionCountOf(marta[0].refs), ix.mentionsOf(marta[0]).length);
  });

  it('merges by alias and by spelling of a transliterated name, never across types', () => {
    const ix = new WorkspaceIndex();
    ix.set('a', article([actor('Mohammad Bagheri', 'person', { aliases: ['Bagheri'] }), actor('Georgia', 'place')]));
    ix.set('b', article([actor('Mohammad Baqeri', 'person'), actor('Georgia', 'person')]));
    ix.set('c', article([actor('North Atlantic Treaty Organization', 'organization', { aliases: ['NATO'] })]));
    ix.set('d', article([actor('NATO', 'organization')]));
    const got = ix.actors().map((a) => `${a.type}:${a.name}:${a.articles}`).sort();
    assert.equal(got.length, 4, got.join(' | '));
    assert.ok(got.includes('organization:North Atlantic Treaty Organization:2'), got.join(' | '));
    assert.ok(got.includes('person:Georgia:1') && got.includes('place:Georgia:1'), got.join(' | '));
    assert.ok(got.some((g) => /^person:Mohammad Ba[gq]h?eri:2$/.test(g)), got.join(' | '));
  });

  it('a surname alone joins the one full-named person with that surname, and stays apart when there are two', () => {
    const ix = new WorkspaceIndex();
    ix.set('a', article([actor('Tomasz Lis', 'person')]));
    ix.set('b', article([actor('Lis', 'person')]));
    assert.equal(ix.actors().length, 1);
    assert.equal(ix.actors()[0].name, 'Tomasz Lis');
    ix.set('c', article([actor('Anna Lis', 'person')]));
    assert.equal(ix.actors().length, 3, 'two people named Lis: the lone surname is not guessed');
    ix.set('d', article([actor('Lis', 'person')]));
    const keys = ix.actors().map((a) => a.key);
    assert.equal(new Set(keys).size, keys.length, `distinct keys: ${keys.join(' ')}`);
    ix.delete('a');
    ix.delete('c');
    assert.deepEqual(ix.actors().map((a) => `${a.name}:${a.articles}`), ['Lis:2'], 'lone surnames and nobody else: one person');
  });

  it('updates when an article changes or goes', () => {
    const ix = new WorkspaceIndex();
    ix.set('a', article([actor('Jan Nowak', 'person')]));
    ix.set('b', article([actor('Jan Nowak', 'person')]));
    assert.equal(ix.actors()[0].articles, 2);
    ix.set('b', article([actor('Ewa Zielinska', 'person')]));
    assert.equal(ix.actors().find((a) => a.name === 'Jan Nowak')!.articles, 1);
    ix.delete('a');
    assert.deepEqual(ix.actors().map((a) => a.name), ['Ewa Zielinska']);
    assert.equal(ix.actorOf('b', 0)!.name, 'Ewa Zielinska');
    assert.equal(ix.actorOf('a', 0), undefined);
  });

  it('claims by speaker across articles, events by date', () => {
    const ix = new WorkspaceIndex();
    const claim = (speaker: number, text: string) => ({ kind: 'quote' as const, speaker, text, start: 0, end: text.length, line: 0, column: 0 });
    const event = (date?: string) => ({ type: 'meeting' as const, trigger: 'met', participants: [0], ...(date ? { date } : {}), start: 5, end: 8, line: 0, column: 5 });
    ix.set('a', article([actor('Jan Nowak', 'person')], { claims: [claim(0, 'one'), claim(-1, 'anon')], events: [event('2025-03-04')] }));
    ix.set('b', article([actor('Jan Nowak', 'person')], { date: '2025-01-02', claims: [claim(0, 'two')], events: [event(), event('2024-12-31')] }));
    ix.set('c', article([], { events: [event()] }));
    const groups = ix.claimsBySpeaker();
    assert.equal(groups[0].speaker?.name, 'Jan Nowak');
    assert.deepEqual(groups[0].claims.map((c) => c.item.text).sort(), ['one', 'two']);
    assert.equal(groups[groups.length - 1].speaker, undefined);
    const dates = ix.eventsByDate();
    assert.deepEqual(dates.map((d) => d.date), ['2024-12-31', '2025-01-02', '2025-03-04', undefined]);
    assert.ok(dates[1].events[0].fromArticle);
  });

  it('looks up an article actor by name, also when the article is not indexed', () => {
    const ix = new WorkspaceIndex();
    ix.set('a', article([actor('Marta Kowalczyk', 'person', { aliases: ['Mayor Kowalczyk'] })]));
    ix.set('b', article([actor('Marta Kowalczyk', 'person')]));
    assert.equal(ix.lookup('b', 'Marta Kowalczyk', 'person')?.articles, 2);
    assert.equal(ix.lookup('new', 'Mayor Kowalczyk', 'person')?.name, 'Marta Kowalczyk');
    assert.equal(ix.lookup('new', 'Marta Kowalczyk', 'place'), undefined);
  });

  it('merges in slices when asked, reads seeing the last merge meanwhile, with the same result', async () => {
    const build = (ix: WorkspaceIndex) => {
      for (let i = 0; i < 400; i++) ix.set(`f${i}`, article([actor(`Person Number${i % 50}`, 'person'), actor(`Number${i % 70}`, 'person'), actor('Gdansk', 'place')]));
    };
    const exact = new WorkspaceIndex();
    build(exact);
    const sliced = new WorkspaceIndex();
    sliced.autoMerge = false;
    build(sliced);
    assert.deepEqual(sliced.actors(), [], 'nothing merged yet');
    let pauses = 0;
    await sliced.mergeAsync(async () => { pauses++; await new Promise((r) => setImmediate(r)); }, 0);
    assert.ok(pauses > 1, `yielded ${pauses} times`);
    assert.ok(!sliced.stale);
    const view = (ix: WorkspaceIndex) => ix.actors().map((a) => `${a.key} ${a.articles} ${a.mentions}`);
    assert.deepEqual(view(sliced), view(exact));
    sliced.delete('f0');
    assert.ok(sliced.stale);
    assert.equal(sliced.actors().find((a) => a.name === 'Gdansk')!.articles, 400, 'the last merge until the next');
  });

  it('sorts in steps as Array.prototype.sort does (stable), yielding on long lists', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const n of [0, 1, 5, 127, 128, 129, 1000, 5003]) {
      const items = Array.from({ length: n }, (_, i) => ({ k: Math.floor(rand() * 50), i }));
      const cmp = (a: { k: number }, b: { k: number }) => a.k - b.k;
      const steps = sortSteps(items, cmp);
      let yields = 0;
      let r = steps.next();
      while (!r.done) { yields++; r = steps.next(); }
      assert.deepEqual(r.value, [...items].sort(cmp), `n = ${n}`);
      if (n >= 5000) assert.ok(yields > 20, `yielded ${yields} times`);
    }
  });

  it('groups claims and events in slices the same as in one go', async () => {
    const claim = (speaker: number, start: number) => ({ kind: 'quote' as const, speaker, text: `c${start}`, start, end: start + 3, line: 0, column: 0 });
    const event = (start: number, date?: string) => ({ type: 'meeting' as const, trigger: 'met', participants: [0], ...(date ? { date } : {}), start, end: start + 3, line: 0, column: 0 });
    const build = (ix: WorkspaceIndex) => {
      for (let i = 0; i < 600; i++) {
        ix.set(`f${(i * 7919) % 600}`, article([actor(`Person Number${i % 40}`, 'person')], {
          ...(i % 3 ? { date: `2025-01-${String(1 + (i % 28)).padStart(2, '0')}` } : {}),
          claims: [claim(0, i), claim(-1, i + 1), claim(0, i + 2)],
          events: [event(i + 5), event(i + 1, i % 5 ? undefined : '2024-12-31')],
        }));
      }
    };
    const exact = new WorkspaceIndex();
    build(exact);
    const sliced = new WorkspaceIndex();
    sliced.autoMerge = false;
    build(sliced);
    let pauses = 0;
    await sliced.mergeAsync(async () => { pauses++; await new Promise((r) => setImmediate(r)); }, 0);
    assert.ok(pauses > 5, `yielded ${pauses} times`);
    const claims = (ix: WorkspaceIndex) => ix.claimsBySpeaker().map((g) => `${g.speaker?.name}: ${g.claims.map((c) => `${c.article}/${c.item.text}`).join(' ')}`);
    const events = (ix: WorkspaceIndex) => ix.eventsByDate().map((g) => `${g.date}: ${g.events.map((e) => `${e.article}@${e.item.start}${e.fromArticle ? '*' : ''}`).join(' ')}`);
    assert.deepEqual(claims(sliced), claims(exact));
    assert.deepEqual(events(sliced), events(exact));
    const first = exact.eventsByDate()[1].events;
    assert.deepEqual(first.map((e) => e.article), [...first.map((e) => e.article)].sort((a, b) => a.localeCompare(b)), 'by article within a date');
    assert.equal(exact.eventsByDate().at(-1)!.date, undefined, 'undated last');
  });

  it('merges the articles added since the last merge into it: as a fresh merge would, unchanged actors kept', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
    const first = ['Olga', 'Piotr', 'Irena', 'Bruno'], last = ['Sowa', 'Kruk', 'Wilk', 'Lis', 'Dzik'];
    const someone = (): ActorSummary => {
      const r = rand();
      if (r < 0.35) return actor(pick(last), 'person'); // a surname alone: joins, or not, as others arrive
      if (r < 0.45) return actor(pick(last), 'person', { aliases: [`${pick(first)} ${pick(last)}`] });
      if (r < 0.55) return actor(pick(['Port of Hel', 'Hel Port Authority']), 'organization', { aliases: ['HPA'] });
      return actor(`${pick(first)} ${pick(last)}`, 'person');
    };
    const claim = (speaker: number) => ({ kind: 'quote' as const, speaker, text: 'we will see', start: 0, end: 3, line: 0, column: 0 });
    const made = (k: number) => article(Array.from({ length: 1 + (k % 4) }, someone), { claims: [claim(k % 3 ? 0 : -1)] });
    const view = (ix: WorkspaceIndex) => [
      ix.actors().map((a) => `${a.key} ${a.name} [${a.aliases.join(',')}] ${a.articles} ${a.mentions} ${a.refs.map((r) => `${r.article}/${r.actor}`).join(' ')}`),
      ix.articles().map((f) => ix.summary(f)!.actors.map((_, k) => ix.actorOf(f, k)?.key).join(' ')),
      ix.claimsBySpeaker().map((g) => `${g.speaker?.key}: ${g.claims.map((c) => c.article).join(' ')}`),
    ];
    const ix = new WorkspaceIndex();
    ix.autoMerge = false;
    let n = 0;
    for (let round = 0; round < 30; round++) {
      for (let b = Math.floor(rand() * 6); b >= 0; b--, n++) ix.set(`f${n}`, made(n));
      if (round % 7 === 6) ix.set(`f${Math.floor(rand() * n)}`, made(n + 1)); // an article changes
      if (round % 11 === 10) ix.delete(`f${Math.floor(rand() * n)}`);
      ix.merge();
      const fresh = new WorkspaceIndex();
      for (const f of ix.articles()) fresh.set(f, ix.summary(f)!);
      assert.deepEqual(view(ix), view(fresh), `round ${round}`);
    }
  });

  it('keeps the actor of a group that no new article joins, leaving the last merge\'s actors as they were', () => {
    const ix = new WorkspaceIndex();
    ix.autoMerge = false;
    ix.set('a', article([actor('Olga Sowa', 'person'), actor('Port of Hel', 'organization')]));
    ix.merge();
    const [olga, port] = ix.actors();
    ix.set('b', article([actor('Olga Sowa', 'person')]));
    ix.merge();
    assert.equal(ix.actors().find((a) => a.name === 'Port of Hel'), port);
    assert.equal(ix.actors().find((a) => a.name === 'Olga Sowa')!.articles, 2);
    assert.equal(olga.articles, 1);
    // as many members as before, not the same: a second Sowa takes the lone surname away, another Olga Sowa comes
    ix.set('c', article([actor('Sowa', 'person')]));
    ix.merge();
    assert.deepEqual(ix.actors()[0].refs.map((r) => r.article), ['a', 'b', 'c']);
    ix.set('d', article([actor('Piotr Sowa', 'person'), actor('Olga Sowa', 'person')]));
    ix.merge();
    const refs = (name: string) => ix.actors().find((a) => a.name === name)!.refs.map((r) => `${r.article}/${r.actor}`);
    assert.deepEqual(refs('Olga Sowa'), ['a/0', 'b/0', 'd/1']);
    assert.deepEqual(refs('Sowa'), ['c/0']);
  });

  it('finds actors by a prefix of any of their names', () => {
    const ix = new WorkspaceIndex();
    ix.set('a', article([actor('Marta Kowalczyk', 'person', { aliases: ['Kowalczyk'] }), actor('Baltic Ferries', 'organization')]));
    assert.deepEqual(ix.search('kowal').map((a) => a.name), ['Marta Kowalczyk']);
    assert.deepEqual(ix.search('ferr').map((a) => a.name), ['Baltic Ferries']);
    assert.equal(ix.search('').length, 2);
  });

  it('normalizes names for matching', () => {
    assert.equal(nameKey('Sergei Shoigu'), nameKey('Sergey  Shoigu'));
    assert.equal(nameKey("Nowak's"), nameKey('Nowak'));
    assert.notEqual(nameKey('Jan Nowak'), nameKey('Jan Novotny'));
  });
});
