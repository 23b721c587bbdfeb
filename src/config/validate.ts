/**
 * A small JSON Schema (draft-07 subset) validator with readable messages.
 *
 * It checks the keywords copydesk's config schema and rule option schemas use: type, enum,
 * const, properties, required, additionalProperties, items (schema or tuple),
 * additionalItems, minItems, maxItems, uniqueItems, minimum, maximum, exclusiveMinimum,
 * exclusiveMaximum, minLength, maxLength, pattern, anyOf, oneOf, allOf, not, and local
 * `$ref`s (`#/definitions/…`, `#/$defs/…`). Unknown keywords are ignored, as JSON Schema
 * says. It compiles nothing, so it costs nothing at start-up.
 */

export type JsonSchema = Record<string, unknown> | boolean;

export interface SchemaProblem {
  /** Key path such as `rules.spelling[1].ignore`; empty for the root. */
  path: string;
  /** What was expected, e.g. `expected boolean, got "yes"`. */
  message: string;
}

const patternCache = new Map<string, RegExp>();

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function matchesType(v: unknown, t: string): boolean {
  const actual = typeOf(v);
  return actual === t || (t === 'number' && actual === 'integer');
}

export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

const isIdent = (k: string) => /^[A-Za-z_$][\w$-]*$/.test(k);

export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  const part = isIdent(key) ? key : JSON.stringify(key);
  return base ? (isIdent(key) ? `${base}.${part}` : `${base}[${part}]`) : part;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith('#')) throw new Error(`unsupported $ref ${ref}`);
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown>)?.[key];
  }
  if (node === undefined) throw new Error(`unresolvable $ref ${ref}`);
  return node as JsonSchema;
}

function describeSchema(s: JsonSchema, root: JsonSchema): string {
  if (typeof s === 'boolean') return s ? 'anything' : 'nothing';
  if (typeof s.$ref === 'string') return describeSchema(resolveRef(root, s.$ref), root);
  if (Array.isArray(s.enum)) return `one of ${s.enum.map((e) => show(e)).join(', ')}`;
  if ('const' in s) return show(s.const);
  if (s.type) {
    const t = Array.isArray(s.type) ? s.type.join(' or ') : String(s.type);
    if (t === 'array' && s.items && !Array.isArray(s.items) && typeof s.items === 'object') {
      return `an array of ${describeSchema(s.items as JsonSchema, root)}`;
    }
    return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
  }
  if (Array.isArray(s.anyOf)) return (s.anyOf as JsonSchema[]).map((x) => describeSchema(x, root)).join(', or ');
  if (Array.isArray(s.oneOf)) return (s.oneOf as JsonSchema[]).map((x) => describeSchema(x, root)).join(', or ');
  return 'a valid value';
}

/** Validate `value` against `schema`. Returns every problem found (empty when valid). */
export function validate(value: unknown, schema: JsonSchema, basePath = ''): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  check(value, schema, schema, basePath, out);
  return out;
}

function check(v: unknown, s: JsonSchema, root: JsonSchema, at: string, out: SchemaProblem[]): void {
  if (s === true) return;
  if (s === false) {
    out.push({ path: at, message: 'is not allowed here' });
    return;
  }
  if (typeof s.$ref === 'string') {
    check(v, resolveRef(root, s.$ref), root, at, out);
    return;
  }
  if (s.type !== undefined) {
    const types = (Array.isArray(s.type) ? s.type : [s.type]) as string[];
    if (!types.some((t) => matchesType(v, t))) {
      out.push({ path: at, message: `expected ${describeSchema({ type: s.type }, root)}, got ${show(v)}` });
      return;
    }
  }
  if (Array.isArray(s.enum) && !s.enum.some((e) => deepEqual(e, v))) {
    out.push({ path: at, message: `expected one of ${s.enum.map((e) => show(e)).join(', ')}, got ${show(v)}` });
    return;
  }
  if ('const' in s && !deepEqual(s.const, v)) {
    out.push({ path: at, message: `expected ${show(s.const)}, got ${show(v)}` });
    return;
  }
  if (Array.isArray(s.anyOf)) {
    const branches = s.anyOf as JsonSchema[];
    const results = branches.map((b) => validate(v, withRoot(b, root), at));
    if (!results.some((r) => r.length === 0)) {
      out.push(...pickBranch(v, branches, results, root, at));
      return;
    }
  }
  if (Array.isArray(s.oneOf)) {
    const branches = s.oneOf as JsonSchema[];
    const results = branches.map((b) => validate(v, withRoot(b, root), at));
    const ok = results.filter((r) => r.length === 0).length;
    if (ok === 0) {
      out.push(...pickBranch(v, branches, results, root, at));
      return;
    }
    if (ok > 1) out.push({ path: at, message: 'matches more than one of the allowed forms' });
  }
  if (Array.isArray(s.allOf)) for (const b of s.allOf as JsonSchema[]) check(v, b, root, at, out);
  if (s.not !== undefined && validate(v, withRoot(s.not as JsonSchema, root), at).length === 0) {
    out.push({ path: at, message: `must not be ${describeSchema(s.not as JsonSchema, root)}` });
  }
  if (typeof v === 'string') {
    if (typeof s.minLength === 'number' && [...v].length < s.minLength) out.push({ path: at, message: s.minLength === 1 ? 'expected a non-empty string' : `expected at least ${s.minLength} characters` });
    if (typeof s.maxLength === 'number' && [...v].length > s.maxLength) out.push({ path: at, message: `expected at most ${s.maxLength} characters` });
    if (typeof s.pattern === 'string') {
      let re = patternCache.get(s.pattern);
      if (!re) patternCache.set(s.pattern, (re = new RegExp(s.pattern, 'u')));
      if (!re.test(v)) out.push({ path: at, message: `expected a string matching /${s.pattern}/, got ${show(v)}` });
    }
  }
  if (typeof v === 'number') {
    if (typeof s.minimum === 'number' && v < s.minimum) out.push({ path: at, message: `expected a number ≥ ${s.minimum}, got ${v}` });
    if (typeof s.maximum === 'number' && v > s.maximum) out.push({ path: at, message: `expected a number ≤ ${s.maximum}, got ${v}` });
    if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) out.push({ path: at, message: `expected a number > ${s.exclusiveMinimum}, got ${v}` });
    if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum) out.push({ path: at, message: `expected a number < ${s.exclusiveMaximum}, got ${v}` });
  }
  if (Array.isArray(v)) {
    if (typeof s.minItems === 'number' && v.length < s.minItems) out.push({ path: at, message: `expected at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}, got ${v.length}` });
    if (typeof s.maxItems === 'number' && v.length > s.maxItems) out.push({ path: at, message: `expected at most ${s.maxItems} item${s.maxItems === 1 ? '' : 's'}, got ${v.length}` });
    if (s.uniqueItems === true) {
      for (let i = 1; i < v.length; i++) {
        if (v.slice(0, i).some((x) => deepEqual(x, v[i]))) out.push({ path: joinPath(at, i), message: `duplicate item ${show(v[i])}` });
      }
    }
    if (Array.isArray(s.items)) {
      const tuple = s.items as JsonSchema[];
      v.forEach((x, i) => {
        const sub = i < tuple.length ? tuple[i]! : ((s.additionalItems as JsonSchema | undefined) ?? true);
        check(x, sub, root, joinPath(at, i), out);
      });
    } else if (s.items !== undefined) {
      v.forEach((x, i) => check(x, s.items as JsonSchema, root, joinPath(at, i), out));
    }
  }
  if (typeOf(v) === 'object') {
    const obj = v as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, JsonSchema>;
    if (Array.isArray(s.required)) {
      for (const k of s.required as string[]) if (!(k in obj)) out.push({ path: joinPath(at, k), message: 'is required' });
    }
    for (const [k, x] of Object.entries(obj)) {
      if (k in props) check(x, props[k]!, root, joinPath(at, k), out);
      else if (s.additionalProperties === false) {
        const known = Object.keys(props);
        out.push({ path: joinPath(at, k), message: `unknown key${known.length ? ` (expected one of: ${known.join(', ')})` : ''}` });
      } else if (s.additionalProperties !== undefined && s.additionalProperties !== true) {
        check(x, s.additionalProperties as JsonSchema, root, joinPath(at, k), out);
      }
    }
  }
}

/** Sub-schemas keep resolving `$ref`s against the document they came from. */
function withRoot(branch: JsonSchema, root: JsonSchema): JsonSchema {
  if (typeof branch === 'boolean' || typeof root === 'boolean') return branch;
  return { ...branch, definitions: (root as Record<string, unknown>).definitions, $defs: (root as Record<string, unknown>).$defs } as JsonSchema;
}

/** Report the branch of an anyOf/oneOf the value was closest to, or what the branches expect. */
function pickBranch(v: unknown, branches: JsonSchema[], results: SchemaProblem[][], root: JsonSchema, at: string): SchemaProblem[] {
  // A branch whose own type matched is the one the author meant: report its deeper problems.
  const typed = results.filter((r, i) => {
    const b = branches[i]!;
    const target = typeof b === 'object' && typeof b.$ref === 'string' ? resolveRef(root, b.$ref) : b;
    if (typeof target !== 'object' || target.type === undefined) return false;
    const types = (Array.isArray(target.type) ? target.type : [target.type]) as string[];
    return types.some((t) => matchesType(v, t));
  });
  if (typed.length === 1) return typed[0]!;
  return [{ path: at, message: `expected ${branches.map((b) => describeSchema(b, root)).join(', or ')}, got ${show(v)}` }];
}
