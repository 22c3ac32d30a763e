/**
 * The services answer invalid input with `issues`, each naming a field (`creditCode`, `contact.phone`);
 * a form shows each message under the field it names. What no field of the form takes stays for the
 * form's own alert.
 */
export interface FieldIssues {
  byField: Record<string, string>;
  rest: string[];
}

interface IssueBody {
  issues: { field: string; message: string }[];
}

function hasIssues(body: unknown): body is IssueBody {
  return !!body && typeof body === 'object' && Array.isArray((body as { issues?: unknown }).issues);
}

export function fieldIssues(body: unknown, fields: readonly string[]): FieldIssues {
  const result: FieldIssues = { byField: {}, rest: [] };
  if (!hasIssues(body)) return result;
  for (const issue of body.issues) {
    const field = fields.find((name) => issue.field === name || issue.field.startsWith(`${name}.`));
    if (field && !result.byField[field]) result.byField[field] = issue.message;
    else if (!field) result.rest.push(`${issue.field}: ${issue.message}`);
  }
  return result;
}
