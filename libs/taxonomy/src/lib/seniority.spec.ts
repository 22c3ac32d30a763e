import { seniorityBandOf, seniorityBandOfTitle } from './seniority';

describe('seniorityBandOf', () => {
  it('starts at entry when nothing is known', () => {
    expect(seniorityBandOf(undefined, [])).toBe('entry');
  });

  it('follows the rank', () => {
    expect(seniorityBandOf('private', [])).toBe('entry');
    expect(seniorityBandOf('sergeant', [])).toBe('skilled');
    expect(seniorityBandOf('staff-sergeant', [])).toBe('supervisory');
    expect(seniorityBandOf('captain', [])).toBe('management');
  });

  it('lets a post lift the band above the rank', () => {
    expect(seniorityBandOf('private-first-class', ['squad-leader'])).toBe('supervisory');
    expect(seniorityBandOf(undefined, ['company-commander'])).toBe('management');
  });

  it('never lets a post lower the band', () => {
    expect(seniorityBandOf('major', ['deputy-squad-leader'])).toBe('management');
  });
});

describe('seniorityBandOfTitle', () => {
  it('reads the level a Chinese or English title states', () => {
    expect(seniorityBandOfTitle('物流运营经理')).toBe('management');
    expect(seniorityBandOfTitle('外科护士长')).toBe('supervisory');
    expect(seniorityBandOfTitle('物业秩序主管')).toBe('supervisory');
    expect(seniorityBandOfTitle('Warehouse supervisor')).toBe('supervisory');
    expect(seniorityBandOfTitle('货车司机')).toBeUndefined();
  });
});
