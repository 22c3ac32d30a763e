import { describe, expect, it } from 'vitest';
import { fieldIssues } from './field-issues';

describe('issues of an invalid-input answer, by field', () => {
  const body = {
    statusCode: 400,
    message: 'invalid input',
    issues: [
      { field: 'creditCode', message: 'not a unified social credit code: the check character' },
      { field: 'contact.phone', message: 'must be a mainland China mobile number' },
      { field: 'contact.name', message: 'is required' },
      { field: 'website', message: 'is not allowed' },
    ],
  };

  it('puts each message under the field it names, the first one for a field', () => {
    const { byField } = fieldIssues(body, ['creditCode', 'contact.phone', 'contact.name']);
    expect(byField).toEqual({
      creditCode: 'not a unified social credit code: the check character',
      'contact.phone': 'must be a mainland China mobile number',
      'contact.name': 'is required',
    });
  });

  it('folds nested fields into a form field that holds them', () => {
    expect(fieldIssues(body, ['contact']).byField['contact']).toBe('must be a mainland China mobile number');
  });

  it('keeps what no field takes, naming its field', () => {
    expect(fieldIssues(body, ['creditCode', 'contact']).rest).toEqual(['website: is not allowed']);
  });

  it('finds nothing in an answer without issues', () => {
    expect(fieldIssues({ message: 'already registered' }, ['name'])).toEqual({ byField: {}, rest: [] });
    expect(fieldIssues(undefined, ['name'])).toEqual({ byField: {}, rest: [] });
  });
});
