import { describe, expect, it } from 'vitest';
import tlJson from '../../content/en-GB/traffic-light.json';
import { trafficLightPackSchema, type Vocabulary } from '../../src/content/schema';
import { buildSearchIndex, editDistance, forgetQueries, matchesWell, normalise, searchBehaviours, stem, tokenize, type SearchHit } from '../../src/search';
import { actNowCue } from '../../src/search/act-now';
import { closestByLetters } from '../../src/search/closest';
import { miniPack } from './helpers/mini-pack';

const behaviours = miniPack().behaviours.map((b) => ({ ...b }));
const find = (id: string) => behaviours.find((b) => b.id === id)!;
Object.assign(find('own-body-young'), { text: 'holding or playing with own genitals', aids: ['willy', 'touching himself', 'hands down pants'] });
Object.assign(find('images'), { text: 'making and sending naked images', aids: ['nudes', 'sexting', 'snapchat pics'] });
Object.assign(find('trust'), { text: 'sexual activity with someone in a position of trust', aids: ['teacher', 'coach'] });
Object.assign(find('slang-young'), { text: 'talking about sex using adult slang', aids: ['rude words', 'says sex words'] });
Object.assign(find('sex-13-17'), { text: 'consenting oral or penetrative sex', aids: ['blow job', 'having sex'] });
// "sex" is common across entries, "teacher" is in one: the rare word should decide.
Object.assign(find('games-young'), { aids: ['sex games'] });
Object.assign(find('forcing'), { aids: ['forced sex'] });

const vocabulary: Vocabulary = {
  ignore: ['the', 'a', 'with', 'his', 'her', 'he', 'she', 'keeps', 'was', 'really', 'kids', 'again'],
  groups: [
    { id: 'penis', words: ['willy', 'penis', 'dick'] },
    { id: 'images', words: ['nudes', 'pics', 'pictures', 'dick pic', 'sexting'] },
    { id: 'position-of-trust', words: ['teacher', 'coach', 'youth worker', 'trust'] },
    { id: 'oral-sex', words: ['oral', 'blow job', 'giving head'] },
  ],
  actNow: {
    adult: ['man', 'dad', 'teacher', 'mum', 'carer', 'foster carer', 'ex boyfriend', 'staff'],
    disclosure: ['touched me', 'made me', 'my front bottom'],
    relations: ['mate', 'friend'],
    relationFillers: ['new'],
    reportedBy: ['found', 'saw', 'says', 'took his phone'],
    reportedTo: ['told'],
    reportedToFillers: ['her', 'the'],
    acts: ['touched', 'gave', 'kissed', 'sleeping', 'texting', 'keeps', 'took', 'grabbed', 'showing', 'sending'],
    joiners: ['and', 'and has been'],
    things: ['dating', 'pictures'],
    devices: ['phone', 'tablet'],
    seen: ['was seen', 'was observed'],
    pretend: ['like', 'pretending to be', 'being'],
  },
  qualifiers: [],
};
const index = buildSearchIndex(behaviours, vocabulary);
const ids = (q: string, opts = {}) => searchBehaviours(index, q, opts).map((h) => h.behaviour.id);

describe('text handling', () => {
  it('normalises case, accents and curly apostrophes', () => {
    expect(normalise('Children’s  CAFÉ')).toBe('childrens cafe');
  });
  it('splits words; which carry no meaning is data, not code', () => {
    expect(tokenize('The child, with his willy')).toEqual(['the', 'child', 'with', 'his', 'willy']);
  });
  it('stems word forms together', () => {
    expect(stem('masturbating')).toBe(stem('masturbation'));
    expect(stem('touching')).toBe('touch');
    expect(stem('jobs')).toBe('job');
    expect(stem('pics')).toBe('pic');
    for (const w of ['this', 'less', 'plus']) expect(stem(w)).toBe(w);
  });
  it('measures transpositions as one edit', () => {
    expect(editDistance('porn', 'pron', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('ranked search', () => {
  it('returns nothing for an empty query, or one of only everyday words', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('he keeps really')).toEqual([]);
  });
  it('ranks by coverage: one word outside the vocabulary does not empty the list', () => {
    expect(ids('googling nudes on snapchat')[0]).toBe('images');
    expect(ids('he keeps touching his willy again')[0]).toBe('own-body-young');
  });
  it('everyday words never decide a match', () => {
    const plain = searchBehaviours(index, 'willy');
    const padded = searchBehaviours(index, 'he really keeps his willy again');
    expect(padded.map((h) => [h.behaviour.id, h.score])).toEqual(plain.map((h) => [h.behaviour.id, h.score]));
  });
  it('matches the partly typed last word as a prefix', () => {
    expect(ids('geni')).toContain('own-body-young');
  });
  it('reaches an entry through a word family, including two-word members', () => {
    expect(ids('penis')[0]).toBe('own-body-young');
    expect(ids('pics')[0]).toBe('images');
    expect(ids('sleeping with a youth worker')[0]).toBe('trust');
    expect(ids('giving head')[0]).toBe('sex-13-17');
  });
  it('weighs a rare, specific word above a common one', () => {
    const hits = searchBehaviours(index, 'sex teacher');
    expect(hits[0]!.behaviour.id).toBe('trust');
  });
  it('rewards words found together, as a phrase', () => {
    const together = searchBehaviours(index, 'rude words').find((h) => h.behaviour.id === 'slang-young')!.score;
    const apart = searchBehaviours(index, 'words rude').find((h) => h.behaviour.id === 'slang-young')!.score;
    expect(together).toBeGreaterThan(apart);
  });
  it('tolerates typos in longer words but not in short ones', () => {
    expect(ids('genitls')).toContain('own-body-young');
    expect(ids('sextng')).toContain('images');
    expect(ids('xyz')).toEqual([]);
  });
  it('filters by band and level', () => {
    expect(ids('willy', { bands: ['5-9'] })).toEqual([]);
    expect(ids('sending', { levels: ['go'] })).toEqual([]);
  });
  it('says whether the best hit is a good match', () => {
    expect(matchesWell(index, searchBehaviours(index, 'sexting'))).toBe(true);
    expect(matchesWell(index, searchBehaviours(index, 'xyz'))).toBe(false);
  });
  it('is not a good match when only an aid’s setting words matched, not the tool’s wording or a word family', () => {
    const hits = searchBehaviours(index, 'himself');
    expect(hits[0]!.behaviour.id).toBe('own-body-young');
    expect(hits[0]!.topical).toBe(false);
    expect(matchesWell(index, hits)).toBe(false);
    expect(searchBehaviours(index, 'genitals')[0]!.topical).toBe(true);
  });
  it('is not a good match when the entry holds only a small share of what was typed', () => {
    // "games" is in an aid; "biting", "pushing" and "nursery" are in none: most of the meaning is elsewhere.
    const hits = searchBehaviours(index, 'biting pushing nursery games');
    expect(hits[0]!.behaviour.id).toBe('games-young');
    expect(hits[0]!.coverage).toBeLessThan(0.5);
    expect(matchesWell(index, hits)).toBe(false);
    expect(searchBehaviours(index, 'sexting snapchat')[0]!.coverage).toBeCloseTo(1);
  });
  it('finds a family phrase whatever its endings', () => {
    expect(ids('blow jobs')[0]).toBe('sex-13-17');
  });
  it('scores words that stand for a stated age as if typed, but not as the word being typed', () => {
    expect(ids('sleeping with', { extraWords: ['coach'] })[0]).toBe('trust');
    expect(ids('sleeping with')).not.toContain('trust');
  });
  it('is deterministic', () => {
    expect(ids('s')).toEqual(ids('s'));
  });
});

describe('qualifiers: the plain entry ranks above the qualified one the query does not describe', () => {
  const plain = { ...find('sex-13-17'), id: 'porn-plain', text: 'interest in pornography', aids: ['watching porn'] };
  const violent = { ...find('sex-13-17'), id: 'porn-violent', text: 'accessing violent pornography', aids: ['porn in his search history', 'searching for painful videos'] };
  const qualified: Vocabulary = { ...vocabulary, qualifiers: [{ id: 'violent', marks: ['violent'], words: ['violent', 'choking', 'aggressive'], denials: [] }] };
  const qIndex = buildSearchIndex([plain, violent], qualified);
  const order = (q: string) => searchBehaviours(qIndex, q).map((h) => h.behaviour.id);

  it('a query without the qualifier puts the plain twin first, even when an aid of the qualified one matches more', () => {
    const hits = searchBehaviours(qIndex, 'porn in his search history');
    expect(hits[0]!.score).toBeLessThan(hits[1]!.score);
    expect(hits.map((h) => h.behaviour.id)).toEqual(['porn-plain', 'porn-violent']);
  });
  it('the qualifier typed, even with one slip, keeps the qualified entry first', () => {
    expect(order('violent porn in his search history')[0]).toBe('porn-violent');
    expect(order('porn in his search history, choking')[0]).toBe('porn-violent');
    expect(order('agressive porn in his search history')[0]).toBe('porn-violent');
  });
  it('whether the match is good is judged on the strongest hit, wherever the qualifier put it', () => {
    const hits = searchBehaviours(qIndex, 'porn in his search history');
    expect(matchesWell(qIndex, hits)).toBe(matchesWell(qIndex, [...hits].sort((a, b) => b.score - a.score)));
  });
  it('without qualifiers in the pack, the order is by score alone', () => {
    const hits = searchBehaviours(buildSearchIndex([plain, violent], vocabulary), 'porn in his search history');
    expect(hits.map((h) => h.behaviour.id)).toEqual(['porn-violent', 'porn-plain']);
  });

  describe('a denial outweighs the qualifier’s words', () => {
    const curious = { ...find('sex-13-17'), id: 'questions', text: 'curiosity about sex', aids: ['asked about sex'] };
    const persistent = { ...find('sex-13-17'), id: 'questions-persistent', text: 'persistent questions about sex', aids: ['asked about sex again and again', 'asked how people have sex'] };
    const persistence = { id: 'persistent', marks: ['persistent'], words: ['persistent', 'again', 'keeps'] };
    const order = (q: string, denials: string[]) => searchBehaviours(buildSearchIndex([curious, persistent], { ...vocabulary, qualifiers: [{ ...persistence, denials }] }), q).map((h) => h.behaviour.id);

    it('"now and again" holds the word "again" but says it is not persistent', () => {
      expect(order('asks about sex now and again', [])[0]).toBe('questions-persistent');
      expect(order('asks about sex now and again', ['now and again'])[0]).toBe('questions');
    });
    it('a query that holds a word and no denial still finds the qualified entry', () => {
      expect(order('keeps asking about sex again and again', ['now and again'])[0]).toBe('questions-persistent');
    });
  });
});

describe('practitioners’ own descriptions (examples)', () => {
  const own = { ...find('sex-13-17'), id: 'own-body', text: 'holding or playing with own genitals', aids: ['fanny'], examples: [] };
  const objects = { ...find('sex-13-17'), id: 'objects', text: 'inserting objects', aids: [], examples: ['putting crayons in her fanny', 'fanny and bum with a pencil'] };
  const porn = { ...find('sex-13-17'), id: 'porn', text: 'interest in pornography', aids: ['watching porn'], examples: ['a stash of dirty mags under his bed'] };
  const exIndex = buildSearchIndex([own, objects, porn], vocabulary);
  const order = (q: string) => searchBehaviours(exIndex, q).map((h) => h.behaviour.id);
  it('reach words the wording and aids lack', () => {
    expect(order('found dirty mags')[0]).toBe('porn');
    expect(order('a stash under the bed')[0]).toBe('porn');
  });
  it('never outvote the tool’s own wording or an aid holding the same word', () => {
    expect(order('fanny')).toEqual(['own-body', 'objects']);
  });
});

describe('act-now cues and the closest fallback', () => {
  /** What the behaviour step would prompt for this description, with an adult at 18. */
  const cue = (query: string) => actNowCue(vocabulary, query, 18);
  it('spots an adult or a disclosure, disclosure first', () => {
    expect(cue('she said her dad touched me')).toBe('disclosure');
    expect(cue('sleeping with a teacher')).toBe('adult');
    expect(cue('a man online asked for pics')).toBe('adult');
    expect(cue('manages his feelings badly')).toBeNull();
    expect(actNowCue(undefined, 'a man', 18)).toBeNull();
  });
  it('finds the adult who acts, not the adult who found or was told', () => {
    expect(cue('dad found him watching porn')).toBeNull();
    expect(cue('told her teacher she has a girlfriend')).toBeNull();
    expect(cue('the teacher saw two boys kissing')).toBeNull();
    expect(cue('mum says he touched me')).toBeNull();
    expect(cue('teacher touched her and said keep it secret')).toBe('adult');
    expect(cue('dad found out a man online asked for pics')).toBe('adult');
    expect(cue('she told me her dad does it')).toBe('adult');
    expect(cue('the teacher saw she was upset and kissed her')).toBe('adult');
    expect(cue('the teacher saw him and a girl kissed behind the shed')).toBeNull();
  });
  it('an adult told by another adult is not the actor, whatever follows; an act just before an adult takes them in', () => {
    expect(cue('teacher told mum he keeps touching himself')).toBeNull();
    expect(cue('teacher told the mum he touched himself')).toBeNull();
    expect(cue('teacher told her mum he gave him a hug and has been texting her')).toBe('adult');
    expect(cue('sleeping over at a man flat, he says she is his gf')).toBe('adult');
    expect(cue('man flat, he says she is his gf')).toBeNull();
  });
  it('a role inside a longer one is the same person; the longer of an act and a report decides', () => {
    expect(cue('she told her foster carer a boy kissed her')).toBeNull();
    expect(cue('dad took his phone and found nudes from a girl')).toBeNull();
    expect(cue('dad took him to a flat')).toBe('adult');
  });
  it('an adult who takes or checks a device is reporting; a relation given an adult’s age is an adult', () => {
    expect(cue('dad grabbed her tablet and found porn')).toBeNull();
    expect(cue('teacher took the phone off her and saw nudes')).toBeNull();
    expect(cue('teacher grabbed her and kissed her')).toBe('adult');
    expect(cue('her brothers mate (20) has been sleeping with her')).toBe('adult');
    expect(cue('her brothers mate (15) has been sleeping with her')).toBeNull();
  });
  it('reads the clause an act belongs to', () => {
    // After "saw him …ing", an -ing act goes on with the child; after "and has been", it is the adult's again.
    expect(cue('teacher saw him pulling his trousers down and showing his bum')).toBeNull();
    expect(cue('teacher saw her upset and has been texting her')).toBe('adult');
    expect(cue('teacher saw her upset and kissed her')).toBe('adult');
    // "a man who says": a clause about the man, not a report.
    expect(cue('a man who says he is a scout wants her photos')).toBe('adult');
    expect(cue('a man says she was upset')).toBeNull();
    // What a child looked at is not a person there.
    expect(cue('looking at pictures of naked man on the ipad')).toBeNull();
    // The child telling an adult, in the child's words, is a disclosure.
    expect(cue('she told the teacher dad puts his finger in my front bottom')).toBe('disclosure');
    expect(cue('mum says my front bottom hurts')).toBeNull();
  });
  it('an adult "seen" doing something is the one seen, when nothing but "who" or a place comes between', () => {
    expect(cue('mums new mate was seen kissing her')).toBe('adult');
    expect(cue('a man at the park was observed kissing her')).toBe('adult');
    expect(cue('a man who was seen kissing her')).toBe('adult');
    expect(cue('dad found out she was seen kissing a boy')).toBeNull();
    expect(cue('mum says her son was seen kissing a girl')).toBeNull();
  });
  it('a role played or compared with is not a person there, nor one joined to it by "and"', () => {
    expect(cue('pretending to be the teacher and the man at the shop')).toBeNull();
    expect(cue('being mum and dad in the home corner')).toBeNull();
    expect(cue('talking about sex like a man')).toBeNull();
    expect(cue('a man touched her while they were pretending to be teachers')).toBe('adult');
  });
  it('a role given a child’s age is a child', () => {
    expect(cue('she sent a nude to her ex boyfriend (16)')).toBeNull();
    expect(cue('she sent a nude to her ex boyfriend who is 19')).toBe('adult');
    expect(cue('tells dirty jokes with other staff her age')).toBeNull();
    expect(cue('his 11 year old mate teacher kissed him')).toBe('adult');
    expect(cue('his 11 year old teacher kissed him')).toBeNull();
    expect(cue('a 15yo man kissed him')).toBeNull();
    expect(cue('a 25 year old man kissed him')).toBe('adult');
  });
  it('an adult’s relation is an adult; a child’s is not; an adult thing is not a person', () => {
    expect(cue('her mums mate kissed her')).toBe('adult');
    expect(cue('her mums new friend gave her money')).toBe('adult');
    expect(cue('dads friend gave her vapes')).toBe('adult');
    expect(cue('her mate kissed her')).toBeNull();
    expect(cue('using man dating apps')).toBeNull();
  });
  it('reads an adult from a stated age, however it is written, and not from a child’s', () => {
    for (const q of ['15 year old going out with a 24 year old', 'her boyfriend is 21', 'met a 30yo on tiktok', 'a lad aged 19', 'a bloke in his 20s']) expect(cue(q), q).toBe('adult');
    for (const q of ['a 15 year old and a 16 year old', 'she is 17', 'sexting a boy aged 14', 'two year 10s', 'her boyfriend is 17']) expect(cue(q), q).toBeNull();
    expect(actNowCue(vocabulary, 'her boyfriend is 19', 21)).toBeNull();
  });
  it('forgives two letters swapped in a one-word cue, and nothing looser', () => {
    expect(cue('teahcer showed her')).toBe('adult');
    expect(cue('teachers showed her')).toBeNull();
  });
  it('ranks entries by shared letters when no word is known, so the list is never empty', () => {
    const closest = closestByLetters(behaviours, 'naked imagez', 3);
    expect(closest).toHaveLength(3);
    expect(closest[0]!.id).toBe('images');
  });
});

describe('the memo of scored words', () => {
  const shipped = trafficLightPackSchema.parse(tlJson);
  const typedIndex = buildSearchIndex(shipped.behaviours, shipped.vocabulary);
  const coldIndex = buildSearchIndex(shipped.behaviours, shipped.vocabulary);
  const summary = (hits: SearchHit[]) => hits.map((h) => `${h.behaviour.id} ${h.score.toFixed(6)} ${h.coverage.toFixed(6)} ${h.topical}`);

  it('typing a character at a time gives, at every keystroke, exactly what the same text searched afresh gives', () => {
    const queries = ['mum found him watching violent porn on his phone again', 'persistantly touching other kids privates, now and again', 'sending nudes to her boyfriend (15)'];
    let keystrokes = 0;
    for (const query of queries) {
      for (let len = 1; len <= query.length; len++) {
        const typed = query.slice(0, len);
        forgetQueries(coldIndex);
        expect(summary(searchBehaviours(typedIndex, typed)), typed).toEqual(summary(searchBehaviours(coldIndex, typed)));
        keystrokes++;
      }
    }
    expect(keystrokes).toBeGreaterThan(100);
  });
});
