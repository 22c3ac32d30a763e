import { describe, expect, it } from 'vitest';
import { emptyCriterion, emptyProgrammeForm, programmeBody, programmeProblems } from './incubation-programme';

function filled() {
  const form = emptyProgrammeForm();
  form.name = ' 2027 春季孵化营 ';
  form.opensOn = '2027-03-01';
  form.closesOn = '2027-03-31';
  form.rubric = [{ id: 'team', name: '团队', weight: 50, anchors: ['弱', '', '一般', '', '强'] }];
  return form;
}

describe('the programme form', () => {
  it('names each problem by the field the API would name', () => {
    const form = emptyProgrammeForm();
    form.opensOn = '2027-03-31';
    form.closesOn = '2027-03-01';
    form.rubric.push({ ...emptyCriterion(), id: 'Team Work' });
    expect(programmeProblems(form)).toEqual({
      name: 'required',
      closesAt: 'closesAfterOpens',
      'rubric.0.id': 'criterionIdHint',
      'rubric.0.name': 'required',
      'rubric.0.anchors': 'anchorsEnds',
      'rubric.1.id': 'criterionIdHint',
      'rubric.1.name': 'required',
      'rubric.1.anchors': 'anchorsEnds',
    });
  });

  it('refuses a criterion id given twice', () => {
    const form = filled();
    form.rubric.push({ ...form.rubric[0]!, anchors: [...form.rubric[0]!.anchors] });
    expect(programmeProblems(form)).toEqual({ 'rubric.1.id': 'criterionTwice' });
    expect(programmeProblems(filled())).toEqual({});
  });

  it('opens at the first day’s Shanghai midnight and closes after the whole last day; empty anchors left out', () => {
    expect(programmeBody(filled())).toEqual({
      name: '2027 春季孵化营',
      opensAt: '2027-03-01T00:00:00+08:00',
      closesAt: '2027-04-01T00:00:00+08:00',
      seats: 10,
      eligibility: { founderMustBeVeteran: true, registration: 'any', industries: [] },
      rubric: [{ id: 'team', name: '团队', weight: 50, anchors: { '1': '弱', '3': '一般', '5': '强' } }],
    });
  });
});
