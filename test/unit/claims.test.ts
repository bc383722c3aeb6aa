import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { buildContext } from '../../src/core/text/document';
import { findQuotes } from '../../src/core/text/quotes';
import type { Analysis, Claim } from '../../src/core/types';

function quotesOf(text: string): string[] {
  const ctx = buildContext(text);
  return findQuotes(text, ctx.paragraphs).map((q) => text.slice(q.start, q.end));
}

function speakerName(a: Analysis, c: Claim | undefined): string | null {
  if (!c || !c.speaker) return null;
  return a.actors.find((x) => x.id === c.speaker)?.name ?? null;
}

/** The claim overlapping the snippet. */
function claimAt(a: Analysis, text: string, snippet: string): Claim | undefined {
  const i = text.indexOf(snippet);
  assert.ok(i >= 0, `snippet not in text: ${snippet}`);
  return a.claims.find((c) => c.start < i + snippet.length && i < c.end);
}

function checkOffsets(text: string, a: Analysis): void {
  for (const c of a.claims) {
    assert.equal(c.text, text.slice(c.start, c.end));
    if (c.cue) assert.equal(c.cue.text, text.slice(c.cue.start, c.cue.end));
  }
}

describe('quote spans', () => {
  it('finds straight, curly, guillemet and low-high double quotes', () => {
    assert.deepEqual(quotesOf('He said "we will win the vote" on Monday.'), ['we will win the vote']);
    assert.deepEqual(quotesOf('He said “we will win the vote” on Monday.'), ['we will win the vote']);
    assert.deepEqual(quotesOf('Elle a dit « nous allons gagner le vote » lundi.'), ['nous allons gagner le vote']);
    assert.deepEqual(quotesOf('Er sagte „wir werden gewinnen“ am Montag.'), ['wir werden gewinnen']);
  });

  it('finds single quotes but not apostrophes', () => {
    assert.deepEqual(quotesOf("'We don't need their money,' she said of Bagheri’s plan."), ["We don't need their money"]);
    assert.deepEqual(quotesOf('‘We don’t need their money,’ she said of the ’90s.'), ['We don’t need their money']);
    assert.deepEqual(quotesOf("The players' union said the '90s were better."), []);
  });

  it('closes a quote at a closing mark preceded by a space', () => {
    assert.deepEqual(quotesOf('“Cooperation will certainly be developed in this regard, ”Bagheri said.'), ['Cooperation will certainly be developed in this regard']);
  });

  it('continues a quote over paragraphs that open with a quote mark', () => {
    const text = '“The first part goes on.\n\n“And the second part ends here,” she said.';
    const qs = quotesOf(text);
    assert.equal(qs.length, 1);
    assert.ok(qs[0].startsWith('The first part') && qs[0].endsWith('ends here'));
  });

  it('bounds an unclosed quote to its paragraph', () => {
    const text = 'He said "this never ends.\n\nThe next paragraph is plain prose about something else.\n\nAnd another one.';
    const qs = quotesOf(text);
    assert.deepEqual(qs, ['this never ends.']);
  });

  it('stays linear on many marks and an unclosed quote over many paragraphs', () => {
    const many = 'He said "a" and "b" and "c". '.repeat(20000);
    const open = ('“Going on and on. ' + 'word '.repeat(50) + '\n\n').repeat(2000);
    const t0 = Date.now();
    assert.equal(findQuotes(many, [{ start: 0, end: many.length, index: 0 }]).length, 60000);
    const ctx = { paragraphs: open.split('\n\n').reduce<Array<{ start: number; end: number; index: number }>>((acc, p) => {
      const start = acc.length ? acc[acc.length - 1].end + 2 : 0;
      acc.push({ start, end: start + p.length, index: acc.length });
      return acc;
    }, []).filter((p) => p.end > p.start) };
    assert.equal(findQuotes(open, ctx.paragraphs).length, 1);
    assert.ok(Date.now() - t0 < 2000);
  });
});

describe('findClaims', () => {
  it('takes a document that opens with a participle of saying ("Saying goodbye …")', () => {
    const a = analyze('Saying goodbye to friends is hard, Maria Lopez said.\n\nSaying so, she left.');
    assert.ok(a.claims.some((c) => c.text.includes('goodbye')));
  });

  it('attributes a quote with the cue after it, and the seed-style odd closing', () => {
    const text = '“This trip takes place at the beginning of the new administration, ”Mohammad Bagheri said, according to IRNA.';
    const a = analyze(text);
    checkOffsets(text, a);
    const c = claimAt(a, text, 'This trip takes place');
    assert.equal(c?.kind, 'quote');
    assert.equal(speakerName(a, c), 'Mohammad Bagheri');
    assert.equal(c?.cue?.text, 'said');
    assert.equal(a.claims.length, 1, 'according to IRNA is a source, not another claim');
  });

  it('attributes "said X" after a quote and a colon cue before one', () => {
    const text = '"We saw officers beating people," said Wanjiru Kamau, a lawyer.\n\nPresident Daniel Kiprop said: "The law will be obeyed by everyone."';
    const a = analyze(text);
    checkOffsets(text, a);
    assert.equal(speakerName(a, claimAt(a, text, 'We saw officers')), 'Wanjiru Kamau');
    assert.equal(speakerName(a, claimAt(a, text, 'The law will be obeyed')), 'Daniel Kiprop');
  });

  it('finds partial quotes inside a sentence', () => {
    const text = 'Prime Minister Haruto Sakamoto described Japan as "a trusted partner" in the region.';
    const a = analyze(text);
    const c = claimAt(a, text, 'a trusted partner');
    assert.equal(c?.kind, 'quote');
    assert.equal(c?.text, 'a trusted partner');
    assert.equal(speakerName(a, c), 'Haruto Sakamoto');
  });

  it('does not take scare quotes or titles for claims', () => {
    const text = 'The so-called “peace plan” was shelved. Critics watched "The Godfather" again. He said the "reforms" were a sham.';
    const a = analyze(text);
    assert.equal(claimAt(a, text, 'peace plan'), undefined);
    assert.equal(claimAt(a, text, 'The Godfather'), undefined);
    const reforms = text.indexOf('reforms');
    assert.ok(!a.claims.some((c) => c.kind === 'quote' && c.start <= reforms && reforms < c.end));
  });

  it('reads reported speech with that, without that, told and according to', () => {
    const text = [
      'Finance Minister Amara Diallo said that the budget would be balanced by 2026.',
      'Central bank governor Lars Berg told reporters inflation had peaked.',
      'According to the Kenya National Police Service, 112 people had been arrested.',
      'The tax would raise the price of petrol, according to the Energy Regulatory Authority.',
    ].join('\n\n');
    const a = analyze(text);
    checkOffsets(text, a);
    const c1 = claimAt(a, text, 'the budget would be balanced');
    assert.equal(c1?.kind, 'reported');
    assert.equal(c1?.text, 'the budget would be balanced by 2026');
    assert.equal(speakerName(a, c1), 'Amara Diallo');
    assert.equal(c1?.cue?.text, 'said');
    const c2 = claimAt(a, text, 'inflation had peaked');
    assert.equal(c2?.text, 'inflation had peaked');
    assert.equal(speakerName(a, c2), 'Lars Berg');
    assert.match(speakerName(a, claimAt(a, text, '112 people')) ?? '', /Police/);
    assert.match(speakerName(a, claimAt(a, text, 'raise the price')) ?? '', /Energy Regulatory Authority/);
  });

  it('reads a cue after the clause and a parenthetical cue', () => {
    const text = 'Emomali Sobirzoda spoke in Dushanbe.\n\nThe situation remains difficult, Sobirzoda said.\n\nPreparing the forces, he said, is becoming increasingly important.';
    const a = analyze(text);
    checkOffsets(text, a);
    const c1 = claimAt(a, text, 'The situation remains difficult');
    assert.equal(c1?.text, 'The situation remains difficult');
    assert.match(speakerName(a, c1) ?? '', /Sobirzoda/);
    const c2 = claimAt(a, text, 'Preparing the forces');
    assert.ok(c2 && c2.text.startsWith('Preparing the forces') && c2.text.endsWith('important'));
    assert.match(speakerName(a, c2) ?? '', /Sobirzoda/);
  });

  it('resolves he/she to the nearest fitting person named before', () => {
    const text = 'Corvane chief executive Priya Natarajan spoke to analysts on Monday. She said the company expected the purchase to close in September.';
    const a = analyze(text);
    assert.equal(speakerName(a, claimAt(a, text, 'the company expected')), 'Priya Natarajan');
  });

  it('gives "a spokeswoman for X", "the X campaign" and "a X reporter" to the described speaker, not to X', () => {
    const text = [
      'Dana Reyes is running for governor of Ohio, and the Tellmark Corporation backs her.',
      'A spokeswoman for the Tellmark Corporation said the company would not comment.',
      'The Reyes campaign said the ads were false.',
      'Officials at the Tellmark Corporation said the plant would stay open.',
    ].join('\n\n');
    const a = analyze(text);
    assert.equal(speakerName(a, claimAt(a, text, 'would not comment')), 'A spokeswoman for the Tellmark Corporation');
    assert.equal(speakerName(a, claimAt(a, text, 'the ads were false')), 'The Reyes campaign');
    assert.equal(speakerName(a, claimAt(a, text, 'would stay open')), 'Officials at the Tellmark Corporation');
  });

  it('gives "according to a poll by X" and "according to an X poll" to the poll, "X\'s Y" to Y', () => {
    const text = [
      'Mara Lind leads Tom Becker by 40 delegates, according to a count by the Harlow Ledger.',
      'Some 52 percent of voters back the plan, according to a Harlow Ledger poll.',
      'According to Vexmoor News’s Ed Carrow, the talks have stalled.',
    ].join('\n\n');
    const a = analyze(text);
    assert.equal(speakerName(a, claimAt(a, text, 'leads Tom Becker')), 'a count by the Harlow Ledger');
    assert.equal(speakerName(a, claimAt(a, text, 'back the plan')), 'a Harlow Ledger poll');
    assert.equal(speakerName(a, claimAt(a, text, 'the talks have stalled')), 'Ed Carrow');
  });

  it('ends a reported content before ", and X said" with a speaker of its own', () => {
    const text = 'The Tellmark Corporation announced a recall of 3,000 scooters on Monday after two riders were hurt, and the Harlow Safety Board said it had opened an inquiry.';
    const a = analyze(text);
    const recall = claimAt(a, text, 'a recall of 3,000 scooters');
    assert.equal(recall?.text, 'a recall of 3,000 scooters on Monday after two riders were hurt');
    assert.equal(speakerName(a, claimAt(a, text, 'opened an inquiry')), 'Harlow Safety Board');
  });

  it('keeps two indefinite descriptions apart ("a Democrat" twice is two people) and one definite one together', () => {
    const text = 'A local official said the vote was close. A local official said turnout was low. The campaign said the count was fair. The campaign said it would not appeal.';
    const a = analyze(text);
    assert.notEqual(claimAt(a, text, 'the vote was close')?.speaker, claimAt(a, text, 'turnout was low')?.speaker);
    assert.equal(claimAt(a, text, 'the count was fair')?.speaker, claimAt(a, text, 'it would not appeal')?.speaker);
  });

  it('reads "X reportedly …" as a reported claim with no speaker named', () => {
    const text = 'Former mayor Dana Reyes reportedly is weighing a run for the Senate. Reyes declined to comment.';
    const a = analyze(text);
    const c = claimAt(a, text, 'weighing a run');
    assert.equal(c?.kind, 'reported');
    assert.equal(c?.cue?.text, 'reportedly');
    assert.equal(c?.speaker, null);
  });

  it('gives a speaker known only by a description an actor of its own, never a guessed name', () => {
    const text = 'Mara Lind visited the plant. A senior official said the talks had stalled.';
    const a = analyze(text);
    const c = claimAt(a, text, 'the talks had stalled');
    assert.equal(c?.kind, 'reported');
    const actor = a.actors.find((x) => x.id === c?.speaker);
    assert.equal(actor?.name, 'A senior official');
    assert.equal(actor?.unnamed, true);
    assert.ok(a.mentions.some((m) => m.actor === actor?.id && m.type === 'nominal' && m.text === 'A senior official'));
    const more = 'A fisherman who watched the storm said the waves reached the harbor wall.';
    const b = analyze(more);
    assert.equal(speakerName(b, claimAt(b, more, 'the waves reached')), 'A fisherman');
  });

  it('does not take negated or infinitive speech verbs for cues', () => {
    const text = 'The ministry declined to say whether the plan would go ahead. Dana Aharoni did not say the plan had failed.';
    const a = analyze(text);
    assert.equal(a.claims.length, 0);
  });

  it('continues the speaker of a quote into the next quoted paragraph', () => {
    const text = '“We will not stop until the law is changed,” said Faith Mwangi.\n\n“The people are with us and they know it very well.”';
    const a = analyze(text);
    assert.equal(speakerName(a, claimAt(a, text, 'The people are with us')), 'Faith Mwangi');
  });

  it('finds the reported speech patterns of wire copy (invented sentences)', () => {
    const text = [
      'The Harlow plant will close in May, the Ledger reported.',
      'Two in three said they would vote again.',
      'Asked whether the talks would resume, Ngozi Okafor said no.',
      'Mayor Lena Ortiz vowed to reopen the bridge by June.',
      'Council members Ana Ruiz and Tom Becker say the budget is short.',
      'Mira Holt, speaking at a rally in Leeds, England, said the vote was close.',
      'Governor Ray Danner is telling reporters that the roads are open.',
    ].join('\n\n');
    const a = analyze(text);
    checkOffsets(text, a);
    const ledger = claimAt(a, text, 'plant will close');
    assert.equal(ledger?.cue?.text, 'reported');
    const poll = claimAt(a, text, 'would vote again');
    assert.equal(poll?.kind, 'reported');
    assert.equal(speakerName(a, poll), 'Two in three');
    assert.ok(claimAt(a, text, 'talks would resume')?.text.startsWith('whether'));
    const vow = claimAt(a, text, 'reopen the bridge');
    assert.equal(vow?.cue?.text, 'vowed');
    assert.equal(speakerName(a, vow), 'Lena Ortiz');
    assert.equal(speakerName(a, claimAt(a, text, 'budget is short')), 'Ana Ruiz');
    assert.equal(speakerName(a, claimAt(a, text, 'vote was close')), 'Mira Holt');
    assert.equal(speakerName(a, claimAt(a, text, 'roads are open')), 'Ray Danner');
  });

  it('reads a fronted adverbial before a cue at the end, and a subject split from its verb by the cue', () => {
    const text = [
      'Clara Voss runs the port authority.',
      'With the audit unresolved, the board has not used the new software, Voss said.',
      'After the meeting, Voss said.',
      'The new ferry, Voss says, runs twice a day from the north pier.',
      'Her deputy, Voss said, a former pilot.',
    ].join('\n\n');
    const a = analyze(text);
    checkOffsets(text, a);
    const audit = claimAt(a, text, 'the board has not used');
    assert.ok(audit?.text.startsWith('With the audit') && audit.text.endsWith('software'));
    assert.equal(speakerName(a, audit), 'Clara Voss');
    // an opener alone is not a claim
    assert.equal(claimAt(a, text, 'After the meeting'), undefined);
    const ferry = claimAt(a, text, 'runs twice a day');
    assert.ok(ferry?.text.startsWith('The new ferry') && ferry.text.endsWith('pier'));
    assert.equal(speakerName(a, ferry), 'Clara Voss');
    // an apposition after the cue is not the rest of the clause
    assert.equal(claimAt(a, text, 'a former pilot'), undefined);
  });

  it('finds the name that opens a chain of appositions and relative clauses, and skips manner adverbs', () => {
    const text = [
      'Voters lined up early in Dayton.',
      'Woodrow Reyes, 58, who lives outside Dayton, says he did not know much about the mayor.',
      'But Ana Ruiz, policy director of Civic Fund, which wrote the letter, said the mayor had ignored it.',
      'Tom Becker, who was a member of the Harbor Club, a group of boat owners, said that the rules had changed.',
      'Jane Roe, a lawyer with the Harbor Club, said the pier was closed.',
      'Mayor Lena Ortiz wrongly claimed that the bridge was safe.',
      'The council will formally declare the winner on Friday.',
    ].join('\n\n');
    const a = analyze(text);
    checkOffsets(text, a);
    assert.equal(speakerName(a, claimAt(a, text, 'did not know much')), 'Woodrow Reyes');
    assert.equal(speakerName(a, claimAt(a, text, 'had ignored it')), 'Ana Ruiz');
    // "which wrote the letter" is an aside before the main cue, not a claim running into it
    assert.equal(a.claims.find((c) => c.cue?.text === 'wrote'), undefined);
    assert.equal(speakerName(a, claimAt(a, text, 'rules had changed')), 'Tom Becker');
    assert.equal(speakerName(a, claimAt(a, text, 'pier was closed')), 'Jane Roe');
    assert.equal(speakerName(a, claimAt(a, text, 'bridge was safe')), 'Lena Ortiz');
    // a speech verb after a modal is not yet a claim
    assert.equal(claimAt(a, text, 'the winner on Friday'), undefined);
  });

  it('reads participles with an object or an infinitive, and a second participle after "and"', () => {
    const text = [
      'Senator Ray Danner spoke in Toledo.',
      'Danner said the plan was a mistake, citing slow growth and high prices.',
      'Danner opened his race with harsh words about the council, calling its members cowards and vowing to cut their pay.',
      'Danner left the hall, saying goodbye to the crowd.',
    ].join('\n\n');
    const a = analyze(text);
    checkOffsets(text, a);
    const cite = a.claims.find((c) => c.cue?.text === 'citing');
    assert.equal(cite?.text, 'slow growth and high prices');
    assert.equal(speakerName(a, cite), 'Ray Danner');
    const call = a.claims.find((c) => c.cue?.text === 'calling');
    assert.equal(call?.text, 'its members cowards');
    const vow = a.claims.find((c) => c.cue?.text === 'vowing');
    assert.equal(vow?.text, 'cut their pay');
    assert.equal(speakerName(a, vow), 'Ray Danner');
    // "saying goodbye" says nothing
    assert.equal(claimAt(a, text, 'goodbye'), undefined);
  });

  it('reads nouns of saying with their possessor as the speaker', () => {
    const text = [
      'Mayor Lena Ortiz spoke in Dayton on Monday.',
      'Ortiz repeated her warning that the bridge could close by June.',
      'Council members joined Ortiz’s call for a new audit of the port.',
      'Her attacks on the harbor board have grown sharper.',
      'The shop received 23 reports of batteries overheating.',
    ].join('\n\n');
    const a = analyze(text);
    checkOffsets(text, a);
    const warn = a.claims.find((c) => c.cue?.text === 'warning');
    assert.equal(warn?.text, 'the bridge could close by June');
    assert.equal(speakerName(a, warn), 'Lena Ortiz');
    const call = a.claims.find((c) => c.cue?.text === 'call');
    assert.equal(call?.text, 'a new audit of the port');
    assert.equal(speakerName(a, call), 'Lena Ortiz');
    assert.equal(a.claims.find((c) => c.cue?.text === 'attacks')?.text, 'the harbor board');
    assert.equal(claimAt(a, text, 'batteries overheating'), undefined);
  });

  it('does not take a place inside a description or a dateline with its agency for the subject', () => {
    const text = [
      'Dayton (AFP) – Mayor Lena Ortiz has taken a swipe at her rival, saying that his plan would fail.',
      'Senator Ray Danner of Ohio spoke in Toledo. The Ohio senator thanked his staff, saying the race had been hard.',
    ].join('\n\n');
    const a = analyze(text);
    assert.equal(speakerName(a, claimAt(a, text, 'his plan would fail')), 'Lena Ortiz');
    const hard = claimAt(a, text, 'race had been hard');
    assert.ok(hard);
    assert.notEqual(speakerName(a, hard), 'Ohio');
  });

  it('reads a gerund subject with a copula and a clause after an addressee that ran into it', () => {
    const text = [
      'Jane Roe runs a shop in Dayton.',
      'Roe said seeing the officers was a welcome sight.',
      'Roe told reporters the firm worked closely with the city.',
      'Roe left the room saying goodbye.',
    ].join('\n\n');
    const a = analyze(text);
    checkOffsets(text, a);
    assert.equal(claimAt(a, text, 'welcome sight')?.text, 'seeing the officers was a welcome sight');
    const firm = claimAt(a, text, 'worked closely');
    assert.equal(firm?.text, 'the firm worked closely with the city');
    assert.equal(speakerName(a, firm), 'Jane Roe');
    assert.equal(claimAt(a, text, 'goodbye'), undefined);
  });

  it('reads "pointed out" as a cue of its own, not a pointed-out object', () => {
    const text = [
      'Jane Roe runs a shop in Dayton.',
      'Roe pointed out that the shop had lost money.',
      'As Roe points out, the rent is high.',
      'The guide pointed out the old mill.',
    ].join('\n\n');
    const a = analyze(text);
    checkOffsets(text, a);
    const lost = claimAt(a, text, 'had lost money');
    assert.equal(lost?.cue?.text, 'pointed out');
    assert.equal(speakerName(a, lost), 'Jane Roe');
    assert.equal(speakerName(a, claimAt(a, text, 'rent is high')), 'Jane Roe');
    assert.equal(claimAt(a, text, 'old mill'), undefined);
  });

  it('reads a filing of money as reported speech, but not a count of cases', () => {
    const text = 'The campaign of Lena Ostrova reported $4 million in cash on hand at the end of May.\n\nThe county reported 37 cases of measles last week.';
    const a = analyze(text);
    const c = claimAt(a, text, 'million in cash');
    assert.equal(c?.cue?.text, 'reported');
    assert.equal(claimAt(a, text, '37 cases'), undefined);
  });

  it('gives a transcript\'s paragraphs to the speaker labels in capitals, quoted or not', () => {
    const text = [
      'Senator Maria Delgado spoke on the radio show of host Tom Okafor on Sunday.',
      'OKAFOR: Do you believe the budget will pass before the recess?',
      'DELGADO: I think the votes are there, and we will keep talking to both parties.',
      '"OKAFOR: What about the harbour tax that the mayor keeps pushing?',
      '"DELGADO: The harbour tax is a separate fight, and we will win it as well.',
      '"It will take a few more weeks of meetings, though.',
    ].join('\n\n');
    const a = analyze(text);
    checkOffsets(text, a);
    const labelled = (c: Claim | undefined, label: string): boolean => a.mentions.some((m) => m.actor === c?.speaker && text.slice(m.start, m.end).toUpperCase().includes(label));
    const pass = claimAt(a, text, 'budget will pass');
    assert.equal(pass?.cue?.text, ':');
    assert.ok(labelled(pass, 'OKAFOR'));
    assert.ok(labelled(claimAt(a, text, 'votes are there'), 'DELGADO'));
    const tax = claimAt(a, text, 'mayor keeps pushing');
    assert.equal(tax?.kind, 'quote');
    assert.ok(labelled(tax, 'OKAFOR'));
    const fight = claimAt(a, text, 'separate fight');
    assert.equal(fight?.kind, 'quote');
    assert.ok(labelled(fight, 'DELGADO'), 'the label, not the quote before');
    assert.ok(!fight!.text.includes('OKAFOR'));
    assert.ok(labelled(claimAt(a, text, 'few more weeks'), 'DELGADO'), 'the next paragraph goes on with the label\'s speaker');
  });

  it('reads "…, officials said" after a clause with a cue of its own as the whole clause, the inner claim ending at the comma', () => {
    const text = 'The port authority announced higher fees for cargo ships on Tuesday, shipping agents said.';
    const a = analyze(text);
    checkOffsets(text, a);
    const outer = a.claims.find((c) => c.cue?.text === 'said');
    assert.equal(outer?.text, 'The port authority announced higher fees for cargo ships on Tuesday');
    assert.equal(a.claims.find((c) => c.cue?.text === 'announced')?.text, 'higher fees for cargo ships on Tuesday');
  });

  it('never reads a dateline before a colon as a speaker label', () => {
    const text = 'NEW DELHI: The harbour authority opened a second container terminal on Monday.\n\nLAGOS: Port workers ended their strike after two weeks.\n\nShipping firms welcomed the move.';
    const a = analyze(text);
    checkOffsets(text, a);
    assert.equal(a.claims.find((c) => c.cue?.text === ':'), undefined);
  });

  it('reads a progressive cue past adverbs, an object of questioning or stressing, and a contracted pronoun after an addressee', () => {
    const text = [
      'Ravi Menon is once again questioning the honesty of the harbour board.',
      'Menon stressed the need for cheaper ferries.',
      'Paula Brandt told The Harbour Gazette she’s not planning to run again.',
    ].join('\n\n');
    const a = analyze(text);
    checkOffsets(text, a);
    const honesty = claimAt(a, text, 'honesty of the harbour');
    assert.equal(honesty?.cue?.text, 'questioning');
    assert.equal(speakerName(a, honesty), 'Ravi Menon');
    assert.equal(claimAt(a, text, 'cheaper ferries')?.cue?.text, 'stressed');
    const run = claimAt(a, text, 'not planning');
    assert.equal(run?.cue?.text, 'told');
    assert.equal(speakerName(a, run), 'Paula Brandt');
  });
});
