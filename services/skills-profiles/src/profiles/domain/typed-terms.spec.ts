import { isTextTermId } from '@vetlink/taxonomy';
import { emptyTermReport, mergeIds, resolveTyped, resolveTypedCertificates } from './typed-terms';

describe('typed terms of a profile', () => {
  it('reads specialties and posts as people say them: a post held is a role', () => {
    const report = emptyTermReport();
    const found = resolveTyped(
      'serviceRecord.specialties',
      ['汽车兵', '班长', '通信员'],
      ['specialty', 'role'],
      report,
    );
    expect(found.get('specialty')).toEqual(['wheeled-vehicle-driver']);
    expect(found.get('role')).toEqual(['squad-leader']);
    expect(report.kept).toEqual([{ field: 'serviceRecord.specialties', text: '通信员' }]);
  });

  it('keeps a certificate the taxonomy does not know as an id of its text', () => {
    const report = emptyTermReport();
    const ids = resolveTypedCertificates(['C1驾驶证', '健身教练证', 'C1 驾驶证'], report);
    expect(ids[0]).toBe('driving-licence-c1');
    expect(ids).toHaveLength(2);
    expect(isTextTermId(ids[1]!)).toBe(true);
  });

  it('merges typed ids into picked ones without repeating', () => {
    expect(mergeIds(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(mergeIds(['a'], undefined)).toEqual(['a']);
  });
});
