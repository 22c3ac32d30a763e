import { matchPinyin, pinyinKeysOf, pinyinQueryOf, type PinyinKey } from './pinyin-keys';
import { normaliseTerm } from './terms';

function keyOf(term: string): PinyinKey {
  const [key] = pinyinKeysOf([normaliseTerm(term)]);
  if (!key) throw new Error(`no pinyin key for ${term}`);
  return key;
}

describe('pinyinKeysOf', () => {
  it('spells each Han character in its context reading first, keeping letters and digits as written', () => {
    expect(keyOf('叉车司机').spelled).toBe('cha che si ji');
    expect(keyOf('A2驾驶证').spelled).toBe('a2 jia shi zheng');
    expect(keyOf('营长').spelled).toBe('ying zhang');
  });

  it('keeps the other readings of a polyphonic character after the one the context chose', () => {
    const [, zhang] = keyOf('营长').tokens;
    expect(zhang[0]).toBe('zhang');
    expect(zhang).toContain('chang');
  });

  it('answers every term in order, nothing for a term without Han characters, the same as one at a time', () => {
    const terms = ['电工', 'Forklift driver', '调度员', '绿化养护'].map(normaliseTerm);
    const keys = pinyinKeysOf(terms);
    expect(keys.map((key) => key?.spelled)).toEqual([
      'dian gong',
      undefined,
      'diao du yuan',
      'lv hua yang hu',
    ]);
    expect(terms.map((term) => pinyinKeysOf([term])[0]?.spelled)).toEqual(keys.map((key) => key?.spelled));
  });
});

describe('pinyinQueryOf', () => {
  it('takes letters, digits and the apostrophe of xi’an, nothing else', () => {
    expect(pinyinQueryOf('ccsj')).toBe('ccsj');
    expect(pinyinQueryOf("xi'an")).toBe('xian');
    expect(pinyinQueryOf('a2jsz')).toBe('a2jsz');
    expect(pinyinQueryOf('叉车')).toBeUndefined();
    expect(pinyinQueryOf('c#')).toBeUndefined();
    expect(pinyinQueryOf("'")).toBeUndefined();
  });
});

describe('matchPinyin', () => {
  const forklift = keyOf('叉车司机');

  it.each([
    ['ccsj', 'whole'],
    ['chachesiji', 'whole'],
    ['chachesj', 'whole'],
    ['chcsj', 'whole'],
    ['cc', 'beginning'],
    ['chache', 'beginning'],
    ['sj', 'part'],
    ['siji', 'part'],
  ] as const)('reads %p as %p of 叉车司机', (query, coverage) => {
    expect(matchPinyin(forklift, query)).toEqual({ coverage, otherReading: false });
  });

  it.each(['cx', 'sc', 'ccsjx', 'chachex', 'j'])('does not read %p as 叉车司机', (query) => {
    expect(matchPinyin(forklift, query)).toBeUndefined();
  });

  it('falls back to another reading of a polyphonic character, and says so', () => {
    const commander = keyOf('营长');
    expect(matchPinyin(commander, 'yz')).toEqual({ coverage: 'whole', otherReading: false });
    expect(matchPinyin(commander, 'yingchang')).toEqual({ coverage: 'whole', otherReading: true });
  });

  it('spells licence classes with their digits', () => {
    expect(matchPinyin(keyOf('A2驾驶证'), 'a2jsz')).toEqual({ coverage: 'whole', otherReading: false });
    expect(matchPinyin(keyOf('A2驾驶证'), 'ajsz')).toEqual({ coverage: 'whole', otherReading: false });
  });
});
