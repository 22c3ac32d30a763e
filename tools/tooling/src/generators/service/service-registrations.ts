/**
 * The two places outside its folder that a new service must be listed in, edited as text so that the
 * rest of each file (comments, order) stays as people wrote it.
 */

const SERVICE_SCOPES_LIST = /const SERVICE_SCOPES = \[([^\]]*)\];/;
// .prettierrc's printWidth.
const PRINT_WIDTH = 110;

/** eslint.config.mjs with `name` added to SERVICE_SCOPES, so that its module boundaries are enforced. */
export function withServiceScope(eslintConfig: string, name: string): string {
  const list = SERVICE_SCOPES_LIST.exec(eslintConfig);
  if (!list) throw new Error('eslint.config.mjs has no `const SERVICE_SCOPES = [...];` to add the scope to');
  const scopes = [...(list[1] ?? '').matchAll(/'([^']+)'/g)].map(([, scope]) => scope);
  if (scopes.includes(name)) throw new Error(`scope:${name} is already in SERVICE_SCOPES`);
  return eslintConfig.replace(SERVICE_SCOPES_LIST, scopesDeclaration([...scopes, name]));
}

/** Printed as prettier prints it (one line up to the repository's print width), so the file stays prettier-clean. */
function scopesDeclaration(scopes: string[]): string {
  const quoted = scopes.map((scope) => `'${scope}'`);
  const oneLine = `const SERVICE_SCOPES = [${quoted.join(', ')}];`;
  if (oneLine.length <= PRINT_WIDTH) return oneLine;
  return `const SERVICE_SCOPES = [\n${quoted.map((scope) => `  ${scope},\n`).join('')}];`;
}

interface ListedService {
  name: string;
  port: number;
  /** Line index in the file. */
  line: number;
}

function listedServices(servicesTsv: string): ListedService[] {
  return servicesTsv.split('\n').flatMap((text, line) => {
    if (text.startsWith('#') || text.trim() === '') return [];
    const [name = '', port = ''] = text.split('\t');
    return [{ name, port: Number(port), line }];
  });
}

/** The port after the highest one deploy/local/services.tsv hands out. */
export function nextFreePort(servicesTsv: string): number {
  return Math.max(3100, ...listedServices(servicesTsv).map((service) => service.port)) + 1;
}

/** deploy/local/services.tsv with the service's line after the last service (the notes below it stay last). */
export function withServicePort(servicesTsv: string, name: string, port: number): string {
  const services = listedServices(servicesTsv);
  const clash = services.find((service) => service.name === name || service.port === port);
  if (clash) throw new Error(`deploy/local/services.tsv already lists ${clash.name} on port ${clash.port}`);
  const lines = servicesTsv.split('\n');
  const lastService = services[services.length - 1];
  const afterHeader = lines.findIndex((text) => !text.startsWith('#'));
  const at = lastService ? lastService.line + 1 : afterHeader >= 0 ? afterHeader : lines.length;
  lines.splice(at, 0, `${name}\t${port}`);
  return lines.join('\n');
}
