import { textTermId } from '@vetlink/taxonomy';
import { gapName } from './skill-gaps.view';

describe('a gap’s name', () => {
  it('is the taxonomy’s name, or the words an employer typed for a requirement the taxonomy lacks', () => {
    expect(gapName('certificate', 'forklift-licence')).toBe('叉车司机证（特种设备作业人员证N1）');
    expect(gapName('certificate', textTermId('健身教练证'))).toBe('健身教练证');
  });
});
