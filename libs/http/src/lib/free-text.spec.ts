import { freeText, PUBLIC_TEXT_REFUSES } from './free-text';

describe('freeText', () => {
  const title = freeText({ max: 20 });
  const description = freeText({ max: 200, multiline: true, refuse: PUBLIC_TEXT_REFUSES });

  it('trims and accepts ordinary text, with line breaks only where multiline', () => {
    expect(title.parse('  叉车司机 ')).toBe('叉车司机');
    expect(description.parse('负责仓库叉车作业\n持证上岗')).toBe('负责仓库叉车作业\n持证上岗');
    expect(title.safeParse('叉车\n司机').success).toBe(false);
  });

  it('refuses control characters and bidirectional overrides', () => {
    for (const text of ['a\u0000b', 'a\u001Bb', 'a\u202Eb', 'a\u2066b', 'a\u200Fb']) {
      const result = title.safeParse(text);
      expect(result.success).toBe(false);
    }
    expect(title.safeParse('a\u202Eb').error?.issues[0]?.message).toMatch(/bidirectional/);
  });

  it('refuses ID numbers, mobile numbers and e-mail addresses in public text, naming what it found', () => {
    const result = description.safeParse('联系人身份证 320102199001011234，电话 138 1234 5678');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/an ID number and a mobile number/);
    expect(description.safeParse('简历发送至 hr@example.cn').success).toBe(false);
    expect(description.safeParse('月薪 6000-8000 元，工作地点 南京市江宁区 88 号').success).toBe(true);
  });

  it('lets non-public text carry what it is not told to refuse', () => {
    expect(title.safeParse('13812345678').success).toBe(true);
  });
});
