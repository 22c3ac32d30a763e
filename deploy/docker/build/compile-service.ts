/**
 * Compiles one service (and the operations scripts of deploy/docker/ops) to plain CommonJS for the
 * production image: `node dist/<service>/services/<service>/src/main.js`, no TypeScript loader.
 *
 * Starting from the entry files it follows every relative and `@vetlink/*` import, so only the files the
 * service runs are compiled (specs and test harnesses are never reached from main.ts). SWC is given the
 * options @swc-node/register derives from tsconfig.base.json — legacy decorators with their design-type
 * metadata, which Nest's dependency injection reads (esbuild does not emit it), class fields without
 * define semantics, class names kept — so that the compiled service behaves as the one started from source.
 * The `@vetlink/*` aliases are rewritten to relative paths; JSON imports (the taxonomy's data) are copied.
 * A bare import of a package that only the development install has fails the build: the image installs
 * production dependencies only, so it would fail at start-up instead.
 *
 * Usage: compile-service.ts <service> [--out dist/<service>]
 */
import { transformFileSync, type Options } from '@swc/core';
import { builtinModules } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const REPO_ROOT = resolve(__dirname, '../../..');

/** The operations entry points every image carries (topic creation for the Helm hook Job). */
export const OPS_ENTRIES = ['deploy/docker/ops/create-topics.ts'];

export interface CompileResult {
  outDir: string;
  /** The compiled entry of the service, relative to outDir. */
  main: string;
  /** Every source file compiled or copied, relative to the repository root. */
  files: string[];
  /** The npm packages the compiled code requires (the image must install them). */
  packages: string[];
}

export const SWC_OPTIONS: Options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
    externalHelpers: false,
  },
  module: { type: 'commonjs', noInterop: false },
  sourceMaps: true,
  inlineSourcesContent: false,
  swcrc: false,
  configFile: false,
};

export function compileService(service: string, outDir = join(REPO_ROOT, 'dist', service)): CompileResult {
  const main = `services/${service}/src/main.ts`;
  if (!existsSync(join(REPO_ROOT, main))) throw new Error(`no service "${service}" (${main} is missing)`);
  return { ...compileEntries([main, ...OPS_ENTRIES], outDir), main: main.replace(/\.ts$/, '.js') };
}

/** Compiles the given entry files (paths relative to the repository) and everything they import. */
export function compileEntries(entries: readonly string[], outDir: string): Omit<CompileResult, 'main'> {
  const aliases = readAliases();
  const devOnly = devOnlyPackages();
  rmSync(outDir, { recursive: true, force: true });

  const queue = [...entries];
  const done = new Set<string>();
  const packages = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (done.has(file)) continue;
    done.add(file);
    const target = join(outDir, file);
    mkdirSync(dirname(target), { recursive: true });
    if (file.endsWith('.json')) {
      copyFileSync(join(REPO_ROOT, file), target);
      continue;
    }
    const output = transformFileSync(join(REPO_ROOT, file), { ...SWC_OPTIONS, filename: file });
    const code = output.code.replace(
      /require\((["'])([^"']+)\1\)/g,
      (call, _quote: string, specifier: string) => {
        const local = resolveLocal(file, specifier, aliases);
        if (local === undefined) {
          const name = packageName(specifier);
          if (name !== undefined) {
            if (devOnly.has(name))
              throw new Error(
                `${file} requires "${name}", a development dependency the image does not install`,
              );
            packages.add(name);
          }
          return call;
        }
        queue.push(local);
        let path = relative(dirname(file), local.replace(/\.ts$/, ''));
        if (!path.startsWith('.')) path = `./${path}`;
        return `require(${JSON.stringify(path)})`;
      },
    );
    const jsFile = target.replace(/\.ts$/, '.js');
    writeFileSync(jsFile, `${code}\n//# sourceMappingURL=${jsFile.split('/').pop()}.map\n`);
    if (output.map) writeFileSync(`${jsFile}.map`, output.map);
  }
  return { outDir, files: [...done].sort(), packages: [...packages].sort() };
}

/** The repository file an import names, or undefined for a package or a Node built-in. */
function resolveLocal(from: string, specifier: string, aliases: Map<string, string>): string | undefined {
  const aliased = aliases.get(specifier);
  if (aliased !== undefined) return aliased;
  if (specifier.startsWith('@vetlink/'))
    throw new Error(`${from}: "${specifier}" is not in tsconfig.base.json`);
  if (!specifier.startsWith('.')) return undefined;
  const base = join(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    const path = join(REPO_ROOT, candidate);
    if (existsSync(path) && statSync(path).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function readAliases(): Map<string, string> {
  const tsconfig = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return new Map(Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [alias, target!]));
}

/** Packages the lockfile installs only for development (`npm ci --omit=dev` leaves them out). */
function devOnlyPackages(): Set<string> {
  const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  const names = Object.entries(lock.packages)
    .filter(([path, entry]) => entry.dev === true && /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path))
    .map(([path]) => path.slice('node_modules/'.length));
  return new Set(names);
}

if (require.main === module) {
  const [service, ...rest] = process.argv.slice(2);
  if (!service) {
    process.stderr.write('usage: compile-service.ts <service> [--out DIR]\n');
    process.exit(2);
  }
  const outIndex = rest.indexOf('--out');
  const outDir = outIndex >= 0 && rest[outIndex + 1] ? resolve(rest[outIndex + 1]!) : undefined;
  const started = Date.now();
  const result = compileService(service, outDir);
  process.stdout.write(
    `${service}: ${result.files.length} files compiled into ${relative(process.cwd(), result.outDir)} ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s; entry ${result.main}\n`,
  );
}
