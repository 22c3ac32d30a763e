import { formatFiles, generateFiles, logger, names, Tree } from '@nx/devkit';
import { join } from 'node:path';
import { ServiceGeneratorOptions } from './schema';
import { nextFreePort, withServicePort, withServiceScope } from './service-registrations';

const ESLINT_CONFIG = 'eslint.config.mjs';
const SERVICES_TSV = 'deploy/local/services.tsv';
// The schema checks this for the CLI; callers of the function (specs, other generators) skip the schema.
const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** `nx g @vetlink/tooling:service NAME`: a service on the kit, listed for the launcher and for lint. */
export default async function serviceGenerator(tree: Tree, options: ServiceGeneratorOptions) {
  const { name } = options;
  if (!KEBAB_CASE.test(name))
    throw new Error(`"${name}" is not a service name: use kebab case, e.g. mentors`);
  const root = `services/${name}`;
  if (tree.exists(root)) throw new Error(`${root} exists already`);

  // Computed first, so that a clash (name or port listed already) stops the generator before it writes.
  const currentServices = readText(tree, SERVICES_TSV);
  const port = options.port ?? nextFreePort(currentServices);
  const servicesTsv = withServicePort(currentServices, name, port);
  const eslintConfig = withServiceScope(readText(tree, ESLINT_CONFIG), name);

  const substitutions = {
    tmpl: '',
    name,
    className: names(name).className,
    port,
    title: `vetlink ${name.replace(/-/g, ' ')}`,
    description: options.description ?? `The ${name} service: notes about veterans (the example to replace)`,
  };
  generateFiles(tree, join(__dirname, 'files'), root, substitutions);
  generateFiles(tree, join(__dirname, 'readme'), root, substitutions);
  // formatFiles formats every changed file whole, so the two shared registrations come after it: they
  // may hold other people's edits in progress (the lines added are written prettier-clean).
  if (!options.skipFormat) await formatFiles(tree);
  tree.write(SERVICES_TSV, servicesTsv);
  tree.write(ESLINT_CONFIG, eslintConfig);

  return () =>
    logger.info(
      `${root} is ready on port ${port}: npx nx run-many -t lint,typecheck,test,integration -p ${name}`,
    );
}

function readText(tree: Tree, path: string): string {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} is missing: run the generator at the workspace root`);
  return text;
}
