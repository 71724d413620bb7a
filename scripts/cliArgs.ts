/**
 * Command-line options of the Node tools (eval, bench), on Node's own `util.parseArgs` (no
 * CLI dependency): every key takes a value and may repeat, flags take none, an unknown key
 * is an error that lists the known ones. Small readers below turn values into what the
 * tools need.
 */
import { parseArgs as nodeParseArgs, type ParseArgsConfig } from 'node:util';

/** Parsed arguments: each key maps to its values in order (flags get `'true'`). */
export type Args = Map<string, string[]>;

/** Parses `argv` against the allowed keys; `flags` take no value. */
export function parseArgs(argv: readonly string[], keys: readonly string[], flags: readonly string[] = []): Args {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const key of keys) options[key] = { type: 'string', multiple: true };
  for (const flag of flags) options[flag] = { type: 'boolean' };
  let values: Record<string, string[] | boolean | undefined>;
  try {
    // `npm run x -- --k v` passes a bare `--` through; it separates nothing here.
    ({ values } = nodeParseArgs({ args: argv.filter((a) => a !== '--'), options, strict: true, allowPositionals: false }) as { values: Record<string, string[] | boolean | undefined> });
  } catch (err) {
    // Node's messages, in the tools' own words (the option is the first `--name` it quotes).
    const message = err instanceof Error ? err.message : String(err);
    const option = /--([\w-]+)/.exec(message)?.[0] ?? '';
    const code = (err as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new Error(`unknown option ${option} (known: ${[...keys, ...flags].map((k) => `--${k}`).join(' ')})`, { cause: err });
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new Error(`${option} needs a value`, { cause: err });
    throw new Error(message, { cause: err });
  }
  const out: Args = new Map();
  for (const [key, value] of Object.entries(values)) {
    if (value === true) out.set(key, ['true']);
    else if (Array.isArray(value)) out.set(key, value);
  }
  return out;
}

/** The last value of `key`, or `fallback`. */
export function arg(args: Args, key: string, fallback?: string): string | undefined {
  return args.get(key)?.at(-1) ?? fallback;
}

/** All values of a repeatable, comma-separable option (`--locale de-DE,fr-FR --locale ja-JP`). */
export function list(args: Args, key: string): string[] | undefined {
  const values = args.get(key)?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return values?.length ? values : undefined;
}

/** A positive integer option. */
export function intArg(args: Args, key: string, fallback: number): number {
  const raw = arg(args, key);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${key} must be a positive integer, got ${raw}`);
  return n;
}
