// findEntity / resolveEntity: lookup by key, label, alias and words, folding case, accents and punctuation.
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors.ts';
import { closestNames, findEntity, resolveEntity } from '../../src/query/find-entity.ts';
import { AmbiguousNameError } from '../../src/query/errors.ts';
import { normalizeName } from '../../src/query/normalize.ts';
import { makeGraph, miniGraph } from './fixture.ts';

describe('normalizeName', () => {
  it.each([
    ['Wang Yi', 'wang yi'],
    ['  WANG   yi ', 'wang yi'],
    ['Wáng Yí', 'wang yi'],
    ['Kassym-Jomart Tokayev', 'kassym jomart tokayev'],
    ["China's", 'china'],
    ['China’s', 'china'],
    ['The Shanghai Cooperation Organisation', 'shanghai cooperation organisation'],
    ['Łukasz Żółć', 'łukasz zołc'],
    ['Сергей Алейник', 'сергеи алеиник'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('findEntity on the mini fixture', () => {
  const graph = miniGraph();
  it.each([
    ['Wang Yi', ['person:wang-yi'], 'label'],
    ['wang yi', ['person:wang-yi'], 'label'],
    ['WÁNG YÍ', ['person:wang-yi'], 'label'],
    ['person:zhang-ming', ['person:zhang-ming'], 'key'],
    ['Xi', ['person:xi-jinping'], 'alias'],
    ['President Xi Jinping', ['person:xi-jinping'], 'alias'],
    ['Shanghai Cooperation Organization', ['organisation:sco'], 'alias'],
    ['sco', ['organisation:sco'], 'alias'],
    ['Republic of Belarus', ['country:belarus'], 'alias'],
    ['Jinping', ['person:xi-jinping'], 'words'],
    ['Kulubaev', ['person:jeenbek-kulubaev'], 'words'],
    ['Astana', ['place:astana'], 'label'],
  ])('%j → %j by %s', (name, keys, matchedBy) => {
    const found = findEntity(graph, name);
    expect(found.map((m) => m.key)).toEqual(keys);
    expect(found.every((m) => m.matchedBy === matchedBy)).toBe(true);
  });

  it('finds nothing for an unknown name', () => {
    expect(findEntity(graph, 'Nobody Atall')).toEqual([]);
    expect(findEntity(graph, '   ')).toEqual([]);
  });

  it('restricts to the kinds asked for', () => {
    expect(findEntity(graph, 'Astana', { kind: 'summit' }).map((m) => m.key)).toEqual(['summit:sco-2024-astana']);
    expect(findEntity(graph, 'Wang Yi', { kind: 'country' })).toEqual([]);
  });
});

describe('ambiguous names', () => {
  const graph = makeGraph([
    ['person:wang-yi', 'Wang Yi', { aliases: ['Wang Yi', 'Wang'], mentions: 5 }],
    ['person:wang-wenbin', 'Wang Wenbin', { aliases: ['Wang Wenbin', 'Wang'], mentions: 2 }],
    ['country:china', 'China'],
  ]);

  it('returns every candidate, most mentioned first', () => {
    expect(findEntity(graph, 'Wang').map((m) => m.key)).toEqual(['person:wang-yi', 'person:wang-wenbin']);
  });

  it('prefers a label match over alias matches', () => {
    const g = makeGraph([
      ['place:astana', 'Astana'],
      ['summit:astana-2024', 'SCO Summit 2024', { aliases: ['Astana'] }],
    ]);
    expect(findEntity(g, 'Astana').map((m) => m.key)).toEqual(['place:astana']);
  });

  it('resolveEntity throws AmbiguousNameError listing the candidates (exit code 1)', () => {
    const err = catchError(() => resolveEntity(graph, 'Wang'));
    expect(err).toBeInstanceOf(AmbiguousNameError);
    expect((err as AmbiguousNameError).exitCode).toBe(1);
    expect((err as AmbiguousNameError).candidates.map((c) => c.key)).toEqual(['person:wang-yi', 'person:wang-wenbin']);
    expect((err as Error).message).toContain('Wang Wenbin (person:wang-wenbin)');
  });
});

describe('resolveEntity and suggestions', () => {
  const graph = miniGraph();
  it.each([
    ['Wang Yu', 'Wang Yi'],
    ['Sergey Aleinik', 'Sergei Aleinik'],
    ['Kazakstan', 'Kazakhstan'],
    ['Xi Jinpin', 'Xi Jinping'],
  ])('an unknown %j suggests %j first', (name, suggestion) => {
    const err = catchError(() => resolveEntity(graph, name));
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).exitCode).toBe(1);
    expect((err as NotFoundError).suggestions[0]).toBe(suggestion);
  });

  it('suggests nothing far-fetched', () => {
    expect(closestNames(graph, 'Zzyzx Qwerty')).toEqual([]);
  });

  it('resolves a unique name to its key', () => {
    expect(resolveEntity(graph, 'zhang ming')).toBe('person:zhang-ming');
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}
