/**
 * Act-now evaluation (tests/fixtures/act-now-eval.json): descriptions of an adult acting on the child, of an adult who
 * only found or reported the child's own behaviour, and of peers, written by a writer who never saw the engine, before
 * any tuning. The same fixed rule as the search evaluation splits them; the floors apply to the held-out half.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import tlJson from '../../content/en-GB/traffic-light.json';
import { trafficLightPackSchema } from '../../src/content/schema';
import { half, runItem, type EvalItem } from './helpers/search-eval';

const pack = trafficLightPackSchema.parse(tlJson);
type ActNowItem = EvalItem & { kind: 'adult-actor' | 'reporting-adult' | 'peer-relation'; behaviour?: string };
const items = JSON.parse(readFileSync('tests/fixtures/act-now-eval.json', 'utf8')) as ActNowItem[];
const prompted = (i: ActNowItem) => runItem(pack, i).cue !== null;
const share = (list: ActNowItem[]) => list.filter(prompted).length / list.length;
const of = (kind: ActNowItem['kind'], which: 'development' | 'held-out') => items.filter((i) => i.kind === kind && half(i) === which);

/** Tuned on, so not evidence of how well it does: a guard that a change to the cues loses none of what it reached. */
const tuning = JSON.parse(readFileSync('tests/fixtures/act-now-tuning.json', 'utf8')) as ActNowItem[];

/**
 * The adults acting that the cues do not reach yet: each needs more than a word ("her ex" is the mother's; "someone";
 * an adult who first reported the child, then, in a later clause, is said to act; an offer put as what the adult "said").
 */
const KNOWN_MISSES = [
  'mum rang to say her ex has been sending their daughter messages about sex',
  'someone who lives in the flat above pays her to come in, watch films and cuddle with him',
  "mum's bf rang school to say she'd been sending nudes to lads in her year, but she's now told us he's been asking her to send them to him too and comes in while she's getting dressed",
  'someone from the gym messagin him on insta saying hes fit n asking to meet up alone',
  'mums landlord said rent can be sorted if the daughter spends time w him, shes been going round',
  'RCW shift log: the 15 year old came back at 3am in a car driven by an adult male, says he buys her alcohol and she has to do stuff with him',
];

describe('act-now tuning set (2,359 from fifteen writers, tuned on)', () => {
  it('every adult acting but the known misses brings the prompt; under 3.5% of reporting adults and under 10% of peers do', () => {
    const kind = (k: ActNowItem['kind']) => tuning.filter((i) => i.kind === k);
    const missed = kind('adult-actor').filter((i) => !prompted(i)).map((i) => i.query);
    expect(missed).toEqual(KNOWN_MISSES);
    expect(kind('adult-actor').length).toBeGreaterThan(1100);
    // 25 of 759: the thirteenth to fifteenth writers added fifteen, mostly adults the child saw or heard ("she saw mummy
    // and her boyfriend kissing in bed", "…after seeing a pregnant lady") and reports a long clause away from the adult.
    expect(share(kind('reporting-adult'))).toBeLessThan(0.035);
    // The peers prompted are children telling of abuse by another child ("YP alleges that an older pupil forced her…"): the disclosure prompt.
    expect(share(kind('peer-relation'))).toBeLessThan(0.1);
  });
});

describe('act-now evaluation set', () => {
  it('holds 60 adults acting, 45 reporting adults and 15 peers, each no-prompt item naming a behaviour of its age', () => {
    expect(items.filter((i) => i.kind === 'adult-actor' && i.expect === 'act-now')).toHaveLength(60);
    expect(items.filter((i) => i.kind === 'reporting-adult' && i.expect === 'no-act-now')).toHaveLength(45);
    expect(items.filter((i) => i.kind === 'peer-relation' && i.expect === 'no-act-now')).toHaveLength(15);
    for (const i of items.filter((x) => x.behaviour)) {
      const b = pack.behaviours.find((x) => x.id === i.behaviour);
      const band = pack.bands.find((x) => x.id === b?.band);
      expect(band && i.age >= band.minAge && i.age <= band.maxAge, i.query).toBe(true);
    }
  });

  // Issue 19's floors: every held-out adult acting (reached after the tenth to twelfth writers' sets), at most 10% of reporting adults.
  it('held-out half: every adult acting on the child brings the act-now prompt; at most 10% of reporting adults do', () => {
    const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
    const figures = (['development', 'held-out'] as const).map(
      (w) => `${w}: adult acting ${pct(share(of('adult-actor', w)))} (${of('adult-actor', w).length}), reporting adult ${pct(share(of('reporting-adult', w)))}, peer ${pct(share(of('peer-relation', w)))}`,
    );
    console.info(`act-now prompt — ${figures.join('; ')}`);
    expect(of('adult-actor', 'held-out').length).toBeGreaterThan(20);
    expect(share(of('adult-actor', 'held-out'))).toBe(1);
    expect(share(of('reporting-adult', 'held-out'))).toBeLessThanOrEqual(0.1);
  });
});

/** Rules met in the tenth to twelfth writers' sets, on the shipped cue lists: each failed before its change. */
describe('act-now cues on the shipped pack, tenth to twelfth writers', () => {
  const cue = (query: string, age = 12) => runItem(pack, { age, query, expect: '' }).cue;
  it('an adult who "was seen" or "was observed" doing something is the one seen, not the one who saw', () => {
    expect(cue("During the home visit mother's partner was observed lying on the bed with the child under the covers", 9)).toBe('adult');
    expect(cue('Nursery reported that the child was dropped off by a family friend who was observed kissing her on the mouth', 4)).toBe('adult');
    expect(cue('Reception teacher observed CYP rubbing herself against furniture during carpet time', 6)).toBeNull();
  });
  it('a clause about the reporter ("who has a special guardianship order") does not hide the report, nor "who she says" the adult', () => {
    expect(cue('Grandmother, who has a special guardianship order, found sexual search history on her phone')).toBeNull();
    expect(cue('Mum, who found the messages while charging her phone, says she has been sending nudes to her boyfriend', 14)).toBeNull();
    expect(cue('she is being driven to school by a much older man who she says is her boyfriend', 15)).toBe('adult');
  });
  it('an "and …" act far after a report is the child\'s, not the reporter\'s; "and has been …" stays the adult\'s', () => {
    expect(cue('Step-mum reported that she confiscated his phone after finding a sexual video he had made of himself and sent to his friends')).toBeNull();
    expect(cue("landlord told mum rent could be sorted if her daughter 'was nice to him' and has been texting the girl", 16)).toBe('adult');
  });
  it('reads rough and open-ended adult ages, the ways an adult is placed in life, and who was told or handed something', () => {
    expect(cue('lad from the barbers, abt 25, said hell cut his hair free')).toBe('adult');
    expect(cue('someone 18+ on snap pressured her into a vid call', 13)).toBe('adult');
    expect(cue('twenty-something lad off the estate buys her phone credit', 15)).toBe('adult');
    expect(cue("someone who's at uni has been sleeping with her", 16)).toBe('adult');
    expect(cue('at cubs the leader makes the boys do press ups in their pants', 9)).toBe('adult');
    expect(cue('sent about 20 nudes to boys in her year', 14)).toBeNull();
    expect(cue('the teacher was handed a drawing of a penis that a girl had done in class', 10)).toBeNull();
    expect(cue('Childminder observed him showing his private parts to another child and reported this to mum', 7)).toBeNull();
  });
  it('an adult a child was "found by" or "caught by", or told something, heard it; "she says" is the child\'s report, not the adult\'s (thirteenth writer)', () => {
    expect(cue("6yo found by childminder playing 'doctors' with another 6yo, both undressed", 6)).toBeNull();
    expect(cue('10yo boy caught by teacher filming up girls skirts on a phone in class', 10)).toBeNull();
    expect(cue('GP: 10 y/o masturbating excessively per mum, no other concerns', 10)).toBeNull();
    expect(cue('PN: mum asking if normal, 4yo masturbating in front of the TV', 4)).toBeNull();
    expect(cue("16yo told CAMHS worker she's been having sex with her girlfriend (16)", 16)).toBeNull();
    expect(cue("She said to nursery staff 'I wanted to see what his one looks like'", 4)).toBeNull();
    expect(cue('15yo girl was seen getting into cars with older men, she says they give her vodka', 15)).toBe('adult');
    expect(cue('priest told the family he saw him looking at porn on a phone with another boy after mass', 11)).toBeNull();
  });
  it('fourteenth writer: "…by" whatever the title, a clause with its own subject, drawn people, nursery shorthand', () => {
    expect(cue("Toddler was spotted by the room leader trying to put her fingers in another child's nappy", 2)).toBeNull();
    expect(cue('11yo was reported by the lollipop lady for pulling his trousers down at girls outside school', 11)).toBeNull();
    expect(cue("The school were told by CYP that her friend's dad has been giving her lifts home and touching her knee", 13)).toBe('adult');
    expect(cue('KW noticed he puts his hand down his nappy and rubs a lot during story time', 2)).toBeNull();
    expect(cue('class teacher noticed she had drawn people having sex and was showing it round the table', 7)).toBeNull();
    expect(cue('sunday school teacher noticed a 6 yr old drawing a man and lady lying on each other naked', 6)).toBeNull();
    expect(cue("2.5yo keeps taking all her clothes off in the garden at nan's, nan mentioned it to kw", 2)).toBeNull();
    expect(cue('Head of Year received a report that YP exposed himself to other pupils on the school bus', 13)).toBeNull();
    expect(cue("childminder's husband seen with his hand inside toddler's nappy when no changing was needed", 2)).toBe('adult');
    expect(cue('6yo girl was asked by a man at church to show him her knickers', 6)).toBe('adult');
  });
  it('fifteenth writer: a note\'s label, a long clause about the reporter, "…by" a longer title, "contacted through"', () => {
    expect(cue('TA: the 8 year old autistic boy has started taking his trousers off in class and touching himself', 8)).toBeNull();
    expect(cue('Head: a parent helper was seen taking photos of a 9 year old girl getting changed for PE', 9)).toBe('adult');
    expect(cue('Key worker, who had only just started in the preschool room and was unsure what was normal, saw the 3 year old put a crayon in his bottom', 3)).toBeNull();
    expect(cue("DSL was told by a Year 6 girl's mum that the 11 year old has been sending sexy selfies to a boy in her class", 11)).toBeNull();
    expect(cue('Dad emailed the TA that the 11 year old has been searching for naked pictures on his mum\'s laptop', 11)).toBeNull();
    expect(cue('Police liaison: YP arranging to meet an adult male contacted through Roblox', 12)).toBe('adult');
    expect(cue("her mum's friend who stays at weekends has been sneaking in her room and she says they're together", 15)).toBe('adult');
  });
  it('a grown-up in play, in a comparison or as an adjective is not an adult there (search writers\' young children)', () => {
    expect(cue('kids pretending to be nurse and patient at the playscheme', 3)).toBeNull();
    expect(cue('3 of them playing houses, pretending to be mum n dad n baby', 4)).toBeNull();
    expect(cue("talking about 'shagging' and 'blowjobs' like an adult", 7)).toBeNull();
    expect(cue('uses grown up rude words for sex, obsessed with grown up sex', 4)).toBeNull();
    expect(cue('found adult sex videos in his search history', 11)).toBeNull();
    expect(cue('says mummys friend plays the tickle game on her privates', 4)).toBe('adult');
    expect(cue('the man next door plays games with her and then kisses her', 6)).toBe('adult');
  });
});

/** Rules met in the seventh to ninth writers' sets, on the shipped cue lists: each failed before its change. */
describe('act-now cues on the shipped pack', () => {
  const cue = (query: string, age = 12) => runItem(pack, { age, query, expect: '' }).cue;
  it('"films" after an adult is an act when someone is filmed; "adult films" is a thing', () => {
    expect(cue('stepdad films her in the shower through the gap in the door')).toBe('adult');
    expect(cue('her dance teacher films the girls getting changed')).toBe('adult');
    expect(cue('he has been watching adult films on his tablet')).toBeNull();
  });
  it('a person in a drawing or picture is not there, nor one joined to them by "and"', () => {
    expect(cue('her nan found a drawing she did of a naked man and woman', 11)).toBeNull();
    expect(cue('sent pics of herself to a man she met online', 13)).toBe('adult');
  });
  it('reads "mid-thirties" as an adult age, and "found out from" and "seized" as reporting', () => {
    expect(cue('friend says her boyfriend is mid-thirties and picks her up from school', 14)).toBe('adult');
    expect(cue('SW found out from mum that she is sleeping with a boy in her year', 16)).toBeNull();
    expect(cue('police seized his phone after he shared a video of a classmate', 14)).toBeNull();
  });
});
