/** A small hand-made pack for engine tests, so rules are tested apart from the shipped wording. */
import type { Behaviour, TrafficLightPack } from '../../../src/content/schema';

const b = (id: string, band: string, level: string, concept: string, tags: string[] = [], extra: Partial<Behaviour> = {}): Behaviour => ({
  id,
  band,
  level,
  concept,
  text: id.replace(/-/g, ' '),
  aids: [],
  legal: [],
  tags,
  ...extra,
});

export function miniPack(): TrafficLightPack {
  return {
    kind: 'traffic-light',
    id: 'mini',
    version: '1',
    locale: 'en-GB',
    provenance: { title: 'Mini', source: 'Test', version: '1', date: '2026', licence: 'Test only', credits: ['Test'] },
    levels: [
      { id: 'go', label: 'Go', colour: '#2e7d32', rank: 1, shape: 'circle', description: { summary: 'ok', points: ['ok'] }, whatCanYouDo: 'praise' },
      {
        id: 'wait',
        label: 'Wait',
        colour: '#b45309',
        rank: 2,
        shape: 'triangle',
        description: { summary: 'hm', points: ['hm'] },
        whatCanYouDo: 'notice',
        doNow: [{ text: 'Tell the lead.' }, { text: 'Talk to parents.', when: [{ bands: ['0-5'] }] }, { text: 'Gather facts.' }],
        caution: [{ text: 'Families wait.', when: [{ tags: ['harms-other'] }] }, { text: 'Parents can be told.', when: [{ bands: ['0-5'] }] }, { text: 'Ask the lead first.' }],
      },
      {
        id: 'stop',
        label: 'Stop',
        colour: '#c62828',
        rank: 3,
        shape: 'octagon',
        description: { summary: 'no', points: ['no'] },
        whatCanYouDo: 'act',
        doNow: [{ text: 'Tell the lead now.' }, { text: 'Keep children safe.' }, { text: 'Write it down.' }],
      },
    ],
    bands: [
      { id: '0-5', label: '0–5', minAge: 0, maxAge: 5 },
      { id: '5-9', label: '5–9', minAge: 5, maxAge: 9 },
      { id: '9-13', label: '9–13', minAge: 9, maxAge: 13 },
      { id: '13-17', label: '13–17', minAge: 13, maxAge: 17 },
    ],
    behaviours: [
      b('own-body-young', '0-5', 'go', 'own-body', ['solitary']),
      b('own-body-older', '5-9', 'go', 'own-body', ['solitary']),
      b('games-young', '0-5', 'go', 'games', ['interpersonal']),
      b('slang-young', '0-5', 'wait', 'slang'),
      b('slang-older', '5-9', 'go', 'slang'),
      b('swearing-9', '9-13', 'go', 'swearing'),
      b('swearing-5-9', '5-9', 'wait', 'swearing'),
      b('sex-9-13', '9-13', 'stop', 'sex', ['interpersonal', 'sexual-activity'], { hackett: ['abusive'] }),
      b('sex-13-17', '13-17', 'go', 'sex', ['interpersonal', 'sexual-activity']),
      b('sti', '13-17', 'stop', 'sti', ['harm-to-child']),
      b('forcing', '13-17', 'stop', 'forcing', ['interpersonal'], { hackett: ['abusive'] }),
      b('images', '13-17', 'wait', 'images', ['interpersonal', 'images'], { legal: ['indecent-images'] }),
      b('images-young', '9-13', 'stop', 'images', ['interpersonal', 'images']),
      b('pulling-young', '0-5', 'wait', 'pulling', ['interpersonal', 'harms-other']),
      b('trust', '13-17', 'stop', 'trust', ['interpersonal', 'position-of-trust']),
    ],
    criteria: [
      { id: 'other-adult', label: 'Adult', question: 'Is the other person 18 or over?', appliesTo: 'interpersonal', onYes: { raise: 'top', reason: 'an adult', hackettCap: 'problematic' } },
      {
        id: 'not-mutual',
        label: 'Not mutual',
        question: 'q',
        appliesTo: 'interpersonal',
        onYes: { raise: 'top', reason: 'the other child did not agree', hackett: 'abusive' },
        provisionalWhileUnknown: { condition: 'they agreed', reason: 'Consent: not known' },
      },
      { id: 'coercion', label: 'Coercion', question: 'q', appliesTo: 'interpersonal', onYes: { raise: 'top', reason: 'coercion was described', hackett: 'abusive' } },
      {
        id: 'power-difference',
        label: 'Power',
        question: 'q',
        appliesTo: 'interpersonal',
        onYes: { raise: 'top', reason: 'a power difference was described', hackett: 'abusive' },
        provisionalWhileUnknown: { condition: 'no power gap', reason: 'Power: not known' },
      },
      { id: 'own-distress', label: 'Own distress', question: 'q', appliesTo: 'all', onYes: { raise: 2, reason: 'this child is distressed', hackett: 'problematic', prompt: 'Consider harm.' } },
      { id: 'secrecy', label: 'Secrecy', question: 'q', appliesTo: 'all', onYes: { raise: 'top', reason: 'secrecy was described', hackett: 'problematic' } },
      { id: 'persisting', label: 'Persisting', question: 'q', appliesTo: 'all', onYes: { raise: 2, reason: 'it continued', hackett: 'problematic' } },
    ],
    tagRules: [
      { id: 'under-13', tag: 'sexual-activity', underAge: 13, raise: 'top', reason: 'a child under 13 cannot consent' },
      { id: 'harm', tag: 'harm-to-child', hackettCap: 'problematic', reason: 'harm', prompt: 'Child protection.' },
      { id: 'solitary', tag: 'solitary', hackettCap: 'problematic', reason: 'solitary' },
    ],
    actNow: [
      { id: 'adult', because: 'adult', when: [{ answers: { 'other-adult': 'yes' } }, { tags: ['position-of-trust'] }], text: 'Act now: the police.' },
      { id: 'sextortion', because: 'images', when: [{ tags: ['images'], answers: { coercion: 'yes' } }], text: 'Act now: sextortion.' },
    ],
    policeTriggers: [
      { id: 'under-13', when: [{ tags: ['sexual-activity'], underAge: 13 }], text: 'Police: under 13.', source: 'SOA', date: '2003' },
      { id: 'coercion', when: [{ answers: { coercion: 'yes' } }], text: 'Police: coercion.', source: 'KCSIE 2025', date: '2025' },
      { id: 'images', when: [{ tags: ['images'], underAge: 13 }], text: 'Police: images under 13.', source: 'UKCIS', date: '2024' },
    ],
    legalNotes: [
      { id: 'indecent-images', title: 'Images', text: 't', source: 's', jurisdiction: 'England and Wales', date: '1978' },
      { id: 'under-13', title: 'Under 13', text: 't', source: 's', jurisdiction: 'England and Wales', date: '2003' },
    ],
    hackettMapping: { byRank: { '1': ['normal'], '2': ['inappropriate', 'problematic'], '3': ['problematic', 'abusive'] }, note: 'own reading' },
    nextSteps: { national: { title: 'N', jurisdiction: 'England', source: 'KCSIE', options: ['o'] }, local: null, everyResult: ['Consider harm to this child.'] },
  };
}
