import { certificatesCovered, certificateSatisfies } from './certificates';

describe('certificateSatisfies', () => {
  it('accepts the certificate itself', () => {
    expect(certificateSatisfies(['forklift-licence'], 'forklift-licence')).toBe(true);
  });

  it('lets an A2 licence satisfy a C1 requirement, through B2', () => {
    expect(certificateSatisfies(['driving-licence-a2'], 'driving-licence-c1')).toBe(true);
    expect(certificateSatisfies(['driving-licence-a2'], 'driving-licence-c2')).toBe(true);
  });

  it('lets an A1 licence drive city buses and heavy trucks', () => {
    expect(certificateSatisfies(['driving-licence-a1'], 'driving-licence-a3')).toBe(true);
    expect(certificateSatisfies(['driving-licence-a1'], 'driving-licence-b2')).toBe(true);
  });

  it('never works upwards', () => {
    expect(certificateSatisfies(['driving-licence-c1'], 'driving-licence-b2')).toBe(false);
    expect(certificateSatisfies(['driving-licence-b2'], 'driving-licence-a2')).toBe(false);
    expect(certificateSatisfies(['driving-licence-a2'], 'driving-licence-a1')).toBe(false);
  });

  it('does not mix unrelated certificates', () => {
    expect(certificateSatisfies(['driving-licence-a2'], 'forklift-licence')).toBe(false);
    expect(certificateSatisfies([], 'driving-licence-c1')).toBe(false);
  });
});

describe('certificatesCovered', () => {
  it('expands every held certificate', () => {
    expect([...certificatesCovered(['driving-licence-a2', 'driving-licence-d'])].sort()).toEqual([
      'driving-licence-a2',
      'driving-licence-b1',
      'driving-licence-b2',
      'driving-licence-c1',
      'driving-licence-c2',
      'driving-licence-d',
      'driving-licence-e',
    ]);
  });
});
