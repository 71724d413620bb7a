/**
 * Tiny `--key value` / `--flag` argument parser for the Node tools (eval, bench), so they
 * need no CLI dependency. Unknown keys are rejected with the list of known ones.
 */

/** Parsed arguments: each key maps to its values in order (flags get `'true'`). */
export type Args = Map<string, string[]>;

/** Parses `argv` against the allowed keys; `flags` take no value. */
export function parseArgs(argv: readonly string[], keys: readonly string[], flags: readonly string[] = []): Args {
  const out: Args = new Map();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') continue;
    if (!token.startsWith('--')) throw new Error(`unexpected argument ${token}`);
    const [rawKey, inline] = token.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (flags.includes(rawKey)) {
      out.set(rawKey, ['true']);
      continue;
    }
    if (!keys.includes(rawKey)) throw new Error(`unknown option --${rawKey} (known: ${[...keys, ...flags].map((k) => `--${k}`).join(' ')})`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${rawKey} needs a value`);
    out.set(rawKey, [...(out.get(rawKey) ?? []), value]);
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
