// @vitest-environment node
import { describe, expect, it } from 'vitest';
import scenariosJson from '../../content/en-GB/scenarios.json';
import { isBlocking, scanFields, scanText } from '../../src/scenarios/identifiable';

const found = (text: string) => scanText(text).map((f) => `${f.kind}:${f.text}`);

describe('identifiability scan', () => {
  it('finds e-mail addresses', () => {
    expect(found('Her mum wrote to jo.bloggs+school@example.org.uk about it.')).toEqual(['email:jo.bloggs+school@example.org.uk']);
    expect(found('Contact them at a@b.co')).toEqual(['email:a@b.co']);
  });

  it.each([
    ['a mobile written with a space', 'Ring 07700 900123 after school.', '07700 900123'],
    ['a mobile written without spaces', 'He texted 07700900123.', '07700900123'],
    ['+44 and a mobile', 'Texts came from +44 7700 900123 at night.', '+44 7700 900123'],
    ['+44 with a bracketed (0)', 'Call +44 (0)20 7946 0018 today.', '+44 (0)20 7946 0018'],
    ['a London landline', 'The office is on 020 7946 0018.', '020 7946 0018'],
    ['an 01 landline with a hyphen', 'Home: 0161-496-0000', '0161-496-0000'],
  ])('finds UK phone numbers: %s', (_name, text, number) => {
    expect(found(text)).toEqual([`phone:${number}`]);
  });

  it('leaves ordinary numbers alone: ages, years, school years, a short count', () => {
    expect(found('At 14, in Year 9, she sent 3 messages in 2024 and 12 more after 10 days.')).toEqual([]);
  });

  it.each([
    ['dd/mm/yyyy', 'The boy (03/03/2012) was upset.', 'dob:03/03/2012'],
    ['dd-mm-yy', 'Seen on 3-3-12 at the club.', 'dob:3-3-12'],
    ['born and a written date', 'He was born 3 March 2012 in town.', 'dob:born 3 March'],
    ['"DOB"', 'Child A, DOB given to the office.', 'dob:DOB'],
    ['"date of birth"', 'Her date of birth is on file.', 'dob:date of birth'],
  ])('finds dates of birth: %s', (_name, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('does not read a year of birth alone as a date of birth', () => {
    expect(found('He was born in 2012 and moved in spring.')).toEqual([]);
  });

  it('finds capitalised words inside a sentence, and "called X" / "named X", as possible names', () => {
    expect(found('The teacher saw Jamie Rowe by the gate.')).toEqual(['name:Jamie', 'name:Rowe']);
    expect(found('A girl called May joined the class.')).toEqual(['name:May']);
    expect(found('Her friend named jess told a teacher.')).toEqual(['name:jess']);
  });

  it('does not flag sentence starts, common capitalised words, acronyms, or "called" before a phrase', () => {
    expect(found('Ten-year-old boys. They met on Snapchat on Monday in Year 6. The DSL called the police. He was called banter by others.')).toEqual([]);
    expect(found('“Stop,” she said. (Later) the class went to PE at school.')).toEqual([]);
  });

  it('reports an e-mail address once, not also as a name', () => {
    expect(found('Write to Sam.Jones@example.com now.')).toEqual(['email:Sam.Jones@example.com']);
  });

  it('blocks e-mails, phones and dates of birth, but only warns about names', () => {
    const kinds = scanText('Alex at a@b.com, 07700 900123, DOB 01/02/2010, met Robin.').map((f) => [f.kind, isBlocking(f)]);
    expect(kinds).toEqual([
      ['email', true],
      ['phone', true],
      ['dob', true],
      ['dob', true],
      ['name', false],
    ]);
  });

  it('scans named fields and returns only those with findings', () => {
    expect(scanFields({ title: 'Bus stop', vignette: 'They met Kai at the bus stop.' })).toEqual([{ field: 'vignette', findings: [{ kind: 'name', text: 'Kai', index: 9 }] }]);
  });

  it('finds nothing that blocks saving in the shipped fictional scenarios', () => {
    const texts = (scenariosJson as { scenarios: { title: string; vignette: string; discussion: string[]; variants: { change: string }[] }[] }).scenarios.flatMap((s) => [
      s.title,
      s.vignette,
      ...s.discussion,
      ...s.variants.map((v) => v.change),
    ]);
    expect(texts.flatMap((t) => scanText(t)).filter(isBlocking)).toEqual([]);
  });
});
