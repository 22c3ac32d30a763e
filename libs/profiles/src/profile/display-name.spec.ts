import { maskedDisplayName } from './display-name';

describe('maskedDisplayName', () => {
  it('keeps the first character and masks the rest', () => {
    expect(maskedDisplayName('张三丰')).toBe('张**');
    expect(maskedDisplayName('李娜')).toBe('李*');
    expect(maskedDisplayName('买买提·艾力')).toBe('买*****');
  });

  it('counts characters outside the basic plane as one', () => {
    expect(maskedDisplayName('𠮷野家')).toBe('𠮷**');
  });

  it('reveals nothing of a one-character name', () => {
    expect(maskedDisplayName('晶')).toBe('*');
  });
});
