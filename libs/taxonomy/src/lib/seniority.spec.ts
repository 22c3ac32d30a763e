import { seniorityBandOf } from './seniority';

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
