// Happenings (event coreference) over hand-built event layers, and clause-bound event arguments.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { findHappenings } from '../../src/core/events/happenings';
import { toBrat } from '../../src/core/format';
import { buildContext } from '../../src/core/text/document';
import type { EventType, NewsEvent } from '../../src/core/types';

/** A hand-built event on the nth occurrence of word in text. */
function ev(text: string, word: string, type: EventType, extra: Partial<NewsEvent> = {}, nth = 1): NewsEvent {
  let i = -1;
  for (let k = 0; k < nth; k++) i = text.indexOf(word, i + 1);
  assert.ok(i >= 0, `not in text: ${word}`);
  return { id: `e-${word}-${nth}`, type, trigger: { start: i, end: i + word.length, text: word }, participants: [], modality: 'asserted', ...extra };
}

const ctxOf = (text: string) => buildContext(text);
const byTrigger = (out: NewsEvent[], id: string): NewsEvent => out.find((e) => e.id === id)!;

describe('findHappenings', () => {
  it('joins the headline happening and the body\'s first mention of it, "a fire" or not, and inflected forms of one phrase', () => {
    const text = 'Fire Destroys Old Mill\nA fire on Tuesday destroyed the old mill in Harlow, police said. The singer checks into rehab. Later she checked into a clinic.';
    const head = ev(text, 'Fire', 'disaster', { participants: ['a1'] });
    const body = ev(text, 'fire', 'disaster', { participants: ['a2'], when: 'Tuesday' });
    const checks = ev(text, 'checks into', 'other');
    const checked = ev(text, 'checked into', 'other');
    const out = findHappenings(ctxOf(text), [head, body, checks, checked]);
    assert.equal(byTrigger(out, body.id).happening, byTrigger(out, head.id).happening);
    assert.equal(byTrigger(out, checked.id).happening, byTrigger(out, checks.id).happening);
  });

  it('keeps a planned agreement apart from one told as signed later, which takes the same parties and its own verb', () => {
    const text = 'The ministers discussed an agreement to be signed between the two navies. The talks ended at noon. Officials said that the agreement was signed last year.';
    const planned = ev(text, 'agreement', 'agreement', { participants: ['a1', 'a2'], modality: 'planned' });
    const signed1 = ev(text, 'signed', 'agreement', { modality: 'planned' });
    const done = ev(text, 'agreement', 'agreement', {}, 2);
    const signed2 = ev(text, 'signed', 'agreement', {}, 2);
    const out = findHappenings(ctxOf(text), [planned, signed1, done, signed2]);
    assert.equal(byTrigger(out, signed1.id).happening, byTrigger(out, planned.id).happening);
    assert.notEqual(byTrigger(out, done.id).happening, byTrigger(out, planned.id).happening);
    assert.equal(byTrigger(out, signed2.id).happening, byTrigger(out, done.id).happening);
    assert.deepEqual(byTrigger(out, done.id).participants, ['a1', 'a2']);
  });

  it('does not merge two different words typed other by a definite description alone', () => {
    const text = 'Crews repaired the cable on Monday. The outage ended on Tuesday.';
    const repaired = ev(text, 'repaired', 'other');
    const outage = ev(text, 'outage', 'other');
    const out = findHappenings(ctxOf(text), [repaired, outage]);
    assert.notEqual(byTrigger(out, outage.id).happening, byTrigger(out, repaired.id).happening);
  });

  it('merges a definite description with the happening it points back to and shares its arguments', () => {
    const text = 'Bagheri met Gerasimov on Monday. During the meeting, they discussed Afghanistan.';
    const met = ev(text, 'met', 'meeting', { participants: ['a1', 'a2'], date: '2021-10-18' });
    const meeting = ev(text, 'meeting', 'meeting');
    const out = findHappenings(ctxOf(text), [met, meeting]);
    const m = byTrigger(out, meeting.id);
    assert.equal(m.happening, byTrigger(out, met.id).happening);
    assert.deepEqual(m.participants, ['a1', 'a2']);
    assert.equal(m.date, '2021-10-18');
    // the input layer is left as it was
    assert.equal(meeting.happening, undefined);
    assert.deepEqual(meeting.participants, []);
  });

  it('keeps different weekdays apart when no article date resolves them, and carries the words as `when`', () => {
    const text = 'Bagheri met Shoigu on Tuesday. During the meeting, Bagheri met Gerasimov on Monday night. The meeting ended.';
    const a = ev(text, 'met', 'meeting', { participants: ['a1', 'a2'], when: 'Tuesday' });
    const b = ev(text, 'meeting', 'meeting');
    const c = ev(text, 'met', 'meeting', { participants: ['a1', 'a3'], when: 'Monday night' }, 2);
    const out = findHappenings(ctxOf(text), [a, b, c]);
    assert.equal(byTrigger(out, b.id).happening, byTrigger(out, a.id).happening);
    assert.equal(byTrigger(out, b.id).when, 'Tuesday');
    assert.notEqual(byTrigger(out, c.id).happening, byTrigger(out, a.id).happening);
  });

  it('keeps an undated date\'s words on its event, and a calendar date wins over them', () => {
    const undated = analyze('Bagheri met Shoigu in Moscow on Tuesday.').events.find((e) => e.trigger.text === 'met')!;
    assert.equal(undated.when, 'Tuesday');
    assert.equal(undated.date, undefined);
    const dated = analyze('Bagheri met Shoigu in Moscow on Tuesday.', { date: '2021-10-20' }).events.find((e) => e.trigger.text === 'met')!;
    assert.equal(dated.date, '2021-10-19');
    assert.equal(dated.when, undefined);
  });

  it('keeps an indefinite mention and a clashing date apart', () => {
    const text = 'Bagheri met Shoigu on Tuesday. He met Gerasimov on Monday. He later held a meeting with experts.';
    const a = ev(text, 'met', 'meeting', { participants: ['a1', 'a2'], date: '2021-10-19' });
    const b = ev(text, 'met', 'meeting', { participants: ['a1', 'a3'], date: '2021-10-18' }, 2);
    const c = ev(text, 'meeting', 'meeting');
    const out = findHappenings(ctxOf(text), [a, b, c]);
    assert.equal(new Set(out.map((e) => e.happening)).size, 3);
  });

  it('does not merge a planned mention into one that happened, nor different types', () => {
    const text = 'The two sides held talks. He said bilateral talks will continue. Police arrested two men.';
    const held = ev(text, 'talks', 'meeting');
    const later = ev(text, 'talks', 'meeting', { modality: 'planned' }, 2);
    const arrest = ev(text, 'arrested', 'legal');
    const out = findHappenings(ctxOf(text), [held, later, arrest]);
    assert.notEqual(byTrigger(out, held.id).happening, byTrigger(out, later.id).happening);
    assert.notEqual(byTrigger(out, held.id).happening, byTrigger(out, arrest.id).happening);
  });

  it('treats a restrictive of-phrase as a new happening, not a reference back', () => {
    const text = 'The embargo was lifted in 2020. He announced the purchase of jets.';
    const embargo = ev(text, 'embargo', 'economic', { participants: ['un'] });
    const purchase = ev(text, 'purchase', 'economic', { participants: ['iran', 'russia'] });
    const out = findHappenings(ctxOf(text), [embargo, purchase]);
    assert.notEqual(byTrigger(out, embargo.id).happening, byTrigger(out, purchase.id).happening);
  });

  it('does not take a definite measure ("the arms embargo") for the trade it restricts, even with a party in common', () => {
    const text = 'He backed the purchase of jets. Later the arms embargo against Chile ended.';
    const purchase = ev(text, 'purchase', 'economic', { participants: ['chile', 'norway'] });
    const embargo = ev(text, 'embargo', 'economic', { participants: ['chile'] });
    const out = findHappenings(ctxOf(text), [purchase, embargo]);
    assert.notEqual(byTrigger(out, purchase.id).happening, byTrigger(out, embargo.id).happening);
  });
});

describe('event arguments', () => {
  it('reads both conjuncts of a subject and the place of the clause, and stamps no date the text does not give', () => {
    const text = 'TEHRAN – Mohammad Bagheri, Chief of Staff of the Iranian Armed Forces, and Russian Defense Minister Sergei Shoigu at a meeting in Moscow on Tuesday insisted on closer ties.\n\nBagheri’s visit to Russia came after his trip to Pakistan.';
    const a = analyze(text, { date: '2021-10-20' });
    const name = (id: string): string => a.actors.find((x) => x.id === id)?.name ?? id;
    const meeting = a.events.find((e) => e.trigger.text === 'meeting')!;
    assert.deepEqual(meeting.participants.map(name).sort(), ['Mohammad Bagheri', 'Sergei Shoigu']);
    assert.equal(name(meeting.place!), 'Moscow');
    assert.equal(meeting.date, '2021-10-19');
    const visit = a.events.find((e) => e.trigger.text === 'visit')!;
    assert.equal(visit.date, undefined);
    assert.ok(!visit.participants.map(name).includes('Russia'), 'the visited country is the place, not a participant');
  });

  it('places a placeless happening at the dateline only when the story plainly happens there', () => {
    const here = 'NAIROBI, Kenya (AP) — Police fired tear gas at protesters in Nairobi on Tuesday. The protests spread.';
    const a = analyze(here);
    const protests = a.events.find((e) => e.trigger.text === 'protests')!;
    assert.equal(a.actors.find((x) => x.id === protests.place)?.name, 'Nairobi');
    const elsewhere = 'TEHRAN – Bagheri met Shoigu at a meeting in Moscow on Tuesday. Iran signed an agreement.';
    const b = analyze(elsewhere);
    assert.equal(b.events.find((e) => e.trigger.text === 'agreement')?.place, undefined);
  });

  const partsOf = (text: string, trigger: string): string[] => {
    const a = analyze(text);
    const e = a.events.find((x) => x.trigger.text === trigger);
    assert.ok(e, `no event "${trigger}"`);
    return e.participants.map((id) => a.actors.find((x) => x.id === id)?.name ?? id).sort();
  };

  it('reads "the two countries", "both sides" and "bilateral" as the two states last named', () => {
    assert.deepEqual(partsOf('Chile and Peru ended a long dispute last year. On Monday the two countries signed a fisheries pact.', 'signed'), ['Chile', 'Peru']);
    // a person stands for their country, a pronoun for its person: "his trip to Ghana" is Togo's and Ghana's
    const text = 'Togo\'s president, Faure Mensah, flew to Nigeria in May. His trip to Ghana came next, where both sides agreed to hold joint patrols.';
    assert.deepEqual(partsOf(text, 'patrols'), ['Ghana', 'Togo']);
    assert.deepEqual(partsOf('Kenya is a close partner of Uganda. The minister said bilateral talks will continue.', 'talks'), ['Kenya', 'Uganda']);
    // no two states named before: no one is guessed
    assert.deepEqual(partsOf('The two countries signed a fisheries pact.', 'signed'), []);
  });

  it('gives the event of a sentence-opening phrase to the subject of the main clause', () => {
    const text = 'Ana Ruiz, the Peruvian health minister, toured Lima on Friday. During a meeting with nurses at a clinic, the minister promised more staff.';
    assert.deepEqual(partsOf(text, 'meeting'), ['Ana Ruiz']);
  });

  it('reads a government word as the person the article names as its head', () => {
    const text = 'A new government has taken office in Oslo. The government of Prime Minister Ingrid Solberg promised lower taxes.';
    assert.deepEqual(partsOf(text, 'taken office'), ['Ingrid Solberg']);
  });

  it('exports a happening told twice as a brat Equiv line', () => {
    const text = 'Bagheri met Shoigu in Moscow on Tuesday. During the meeting, Bagheri praised the army.';
    const brat = toBrat(analyze(text, { date: '2021-10-20' }));
    assert.match(brat, /^\*\tEquiv T\d+ T\d+$/m);
  });
});

describe('news events', () => {
  const typeOf = (text: string, word: string): string | undefined => {
    const a = analyze(text);
    const i = text.indexOf(word);
    return a.events.find((e) => e.trigger.start <= i && i < e.trigger.end)?.type;
  };

  it('keeps a negated happening the lexicon lacks, marked negated', () => {
    const text = 'The driver fled the scene. He did not stop and was not arrested until Friday.';
    const a = analyze(text);
    const stop = a.events.find((e) => e.trigger.text === 'stop');
    assert.ok(stop?.negated, 'the negated "stop" is kept and marked');
    assert.ok(!a.events.some((e) => e.trigger.text === 'did'));
  });

  it('finds and marks negated happenings across a negated auxiliary or after "unable to" / "failed to"', () => {
    const text = 'The bus driver was not charged. The report hasn\'t touched on wages. Divers were unable to reach the wreck. The firm failed to pay its suppliers. No agreement was reached. No plea was entered.';
    const a = analyze(text);
    for (const word of ['charged', 'touched', 'reach', 'pay', 'agreement', 'reached', 'entered']) {
      const e = a.events.find((x) => x.trigger.text === word);
      assert.ok(e, `"${word}" is found`);
      assert.equal(e.negated, true, `"${word}" is marked negated`);
      assert.equal(e.modality, 'asserted', `"${word}" is told, not planned`);
    }
    assert.equal(a.events.find((x) => x.trigger.text === 'charged')?.type, 'legal', 'a lexicon word keeps its type across the negation');
    // thought and light verbs stay out, unless they tell a happening ("not yet known", "has not taken place")
    const b = analyze('The results were not yet known. He did not know how fast she drove. The count has not yet taken place. It did not take long.');
    assert.deepEqual(b.events.filter((e) => e.negated).map((e) => e.trigger.text), ['known', 'taken']);
    // an adjective that is no participle stays out; a planned "to" stays planned
    assert.ok(!analyze('The results were not available.').events.length);
    assert.equal(analyze('The firm plans to pay its suppliers in May.').events.find((x) => x.trigger.text === 'pay')?.negated, undefined);
  });

  it('finds everyday happenings told as verbs and nouns', () => {
    for (const [text, word] of [['The striker broke the club scoring record on Saturday.', 'broke'], ['Police caught the suspect near the station.', 'caught'], ['The city restored power to 4,000 homes.', 'restored'], ['Fans left after the game.', 'game']]) {
      assert.ok(analyze(text).events.some((e) => e.trigger.text === word), `"${word}" in "${text}"`);
    }
    assert.equal(typeOf('The driver is accused of leaving the scene of the crash.', 'leaving'), 'travel');
    assert.equal(typeOf('Workers marched against spending cuts in Lisbon.', 'cuts'), 'economic');
    // a past-tense verb right after its named doer is who-did-what; speech, thought and "declined to" are not
    const doer = analyze('Wladimir Klitschko blasted Hasim Rahman in Mannheim on Saturday. Rahman wanted a rematch. Rahman said he was tired. Rahman declined to comment.');
    assert.deepEqual(doer.events.map((e) => e.trigger.text), ['blasted']);
    // verbs only: "a break", "the order" are no happening
    assert.ok(!analyze('After a short break, the order of speakers was read out.').events.some((e) => /^(break|order)$/.test(e.trigger.text)));
  });

  it('types a campaign rally apart from a protest rally, and a verbal attack as criticism', () => {
    assert.equal(typeOf('The candidate spoke to supporters at a campaign rally in Ohio.', 'rally'), 'other');
    assert.equal(typeOf('Thousands joined a rally against the fuel tax.', 'rally'), 'protest');
    assert.equal(typeOf('Smith launched a personal attack on his rival over his record.', 'attack'), 'criticism');
    assert.equal(typeOf('Gunmen killed four soldiers in an attack on the base.', 'attack'), 'conflict');
  });

  it('finds political and legal nouns and passives', () => {
    assert.equal(typeOf('Prosecutors opened an investigation into the mayor.', 'investigation'), 'legal');
    assert.equal(typeOf('A 61-year-old man was charged with murder.', 'charged'), 'legal');
    assert.equal(typeOf('The company said sales hit a record in May.', 'hit'), undefined);
  });
});

describe('purchase participants', () => {
  it('takes the seller after "from" over a list of goods, a country acting as a state', () => {
    const text = 'Minister Ana Ruiz said Chile would go ahead with the purchase of frigates, radars and helicopters from Norway.';
    const a = analyze(text);
    const e = a.events.find((x) => x.trigger.text === 'purchase');
    const norway = a.actors.find((x) => x.name === 'Norway');
    assert.ok(e && norway);
    assert.ok(e.participants.includes(norway.id));
  });

  it('has a person buying from a country buy for their own state, not as themselves', () => {
    const text = 'Chilean Defense Minister Ana Ruiz arrived in Oslo on Monday. Chile and Norway are old partners. Ruiz said she would go ahead with the purchase of frigates and radars from Norway.';
    const a = analyze(text);
    const e = a.events.find((x) => x.trigger.text === 'purchase');
    const id = (name: string): string | undefined => a.actors.find((x) => x.name === name)?.id;
    assert.ok(e && id('Chile') && id('Norway'));
    assert.deepEqual([...e.participants].sort(), [id('Chile')!, id('Norway')!].sort());
  });
});
