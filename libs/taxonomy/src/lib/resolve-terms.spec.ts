import { resolveTerm } from './resolve-terms';
import { isTextTermId, textOfTermId, textTermId } from './text-term-ids';

describe('resolveTerm', () => {
  it('finds a name or synonym whatever its width, case or spacing', () => {
    expect(resolveTerm(['skill'], '牵引车驾驶')).toMatchObject({
      id: 'tractor-trailer-driving',
      confidence: 1,
    });
    expect(resolveTerm(['certificate'], 'ｈｃｉａ')).toMatchObject({ id: 'huawei-hcia', method: 'name' });
  });

  it('reads a licence class without the bracketed vehicle type the taxonomy adds', () => {
    expect(resolveTerm(['certificate'], 'A2驾驶证')).toMatchObject({
      id: 'driving-licence-a2',
      method: 'qualified',
    });
    expect(resolveTerm(['certificate'], 'C1 驾驶证')?.id).toBe('driving-licence-c1');
  });

  it('sets certificate suffixes aside ("证" / "证书" / "执照")', () => {
    expect(resolveTerm(['certificate'], '消防设施操作员证')?.id).toBe('fire-facility-operator');
  });

  it('reads the qualifier of a generic certificate: 特种作业操作证(电工) is the electrician’s', () => {
    expect(resolveTerm(['certificate'], '特种作业操作证(电工)')?.id).toBe('low-voltage-electrician');
  });

  it('takes a post typed among specialties as a role when roles are asked for too', () => {
    expect(resolveTerm(['specialty', 'role'], '班长')).toMatchObject({ kind: 'role', id: 'squad-leader' });
    expect(resolveTerm(['specialty', 'role'], '汽车兵')).toMatchObject({
      kind: 'specialty',
      id: 'wheeled-vehicle-driver',
    });
  });

  it('finds a known term inside a longer phrase (segmentation by the vocabulary)', () => {
    expect(resolveTerm(['skill'], '车辆例行保养')).toMatchObject({
      id: 'vehicle-daily-maintenance',
      method: 'contained',
    });
    expect(resolveTerm(['specialty'], '网络维护员')?.id).toBe('network-technician');
  });

  it('does not pin a generic word found in many names on one of them', () => {
    expect(resolveTerm(['occupation'], '驾驶员')).toBeUndefined();
  });

  it('tolerates a mistyped character in a longer name', () => {
    expect(resolveTerm(['occupation'], '叉车司几')?.id).toBe('forklift-driver');
  });

  it('resolves English names and synonyms too', () => {
    expect(resolveTerm(['occupation'], 'HGV driver')?.id).toBe('truck-driver');
  });

  it('reads a term ending like a certificate as a certificate only', () => {
    expect(resolveTerm(['certificate', 'occupation'], '健身教练证')).toBeUndefined();
    expect(resolveTerm(['certificate', 'occupation'], '健身教练')?.id).toBe('fitness-coach');
  });

  it('leaves what it cannot place unresolved, for the caller to keep as text', () => {
    expect(resolveTerm(['certificate'], '健身教练证')).toBeUndefined();
    expect(resolveTerm(['skill'], '')).toBeUndefined();
  });
});

describe('textTermId', () => {
  it('names a typed certificate by its normalised text, readable back', () => {
    const id = textTermId('网络工程师 认证');
    expect(id).toBe(textTermId('网络工程师认证'));
    expect(isTextTermId(id)).toBe(true);
    expect(textOfTermId(id)).toBe('网络工程师认证');
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('hashes a text too long for an id, keeping equal texts equal', () => {
    const long = '某某省某某市某某区某某街道颁发的特别长的一种职业资格证书';
    expect(textTermId(long)).toBe(textTermId(long));
    expect(textTermId(long).length).toBeLessThanOrEqual(80);
    expect(textOfTermId(textTermId(long))).toBeUndefined();
  });
});
