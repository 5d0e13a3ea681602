// GitHub's own description of its REST API (from @octokit/openapi), compiled into validators
// for just the operations the fake server plays. The file is 13 MB: it is read once per
// process, and only the schemas the served operations reach are handed to ajv.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface ServedOperation {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The path template exactly as the OpenAPI description spells it. */
  route: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  type: string | undefined;
  multiSegment: boolean;
  validate: ValidateFunction;
}

export interface Operation extends ServedOperation {
  operationId: string;
  docsUrl: string;
  parameters: Parameter[];
  body: { required: boolean; validate: ValidateFunction } | undefined;
  /** Per documented status: the body's validator, or null when the status has no body. */
  responses: Map<number, ValidateFunction | null>;
}

export interface RouteMatch {
  operation: Operation;
  pathParams: Record<string, string>;
}

export interface Contract {
  /** Version of the description, e.g. "23.0.2". */
  version: string;
  operations: Operation[];
  /** The served operation for a method and path, or why there is none. */
  match(method: string, pathname: string): RouteMatch | { reason: string };
  /** GitHub's generic error bodies (basic-error, validation-error), for statuses an operation does not list. */
  validateErrorBody: ValidateFunction;
}

const DOCUMENT = 'https://api.github.com/openapi.json';
const SPEC_FILE = 'generated/api.github.com.json';

let spec: JsonObject | undefined;
const contracts = new Map<string, Contract>();

export function loadContract(served: ServedOperation[]): Contract {
  const key = served.map((op) => `${op.method} ${op.route}`).join('\n');
  let contract = contracts.get(key);
  if (!contract) {
    contract = compileContract(readSpec(), served);
    contracts.set(key, contract);
  }
  return contract;
}

function readSpec(): JsonObject {
  if (!spec) {
    const require = createRequire(import.meta.url);
    const packageDir = dirname(require.resolve('@octokit/openapi/package.json'));
    spec = JSON.parse(readFileSync(join(packageDir, SPEC_FILE), 'utf8')) as JsonObject;
  }
  return spec;
}

function compileContract(doc: JsonObject, served: ServedOperation[]): Contract {
  const components = asObject(doc.components);
  const ajv = new Ajv({
    // OpenAPI annotations (example, x-github, discriminator...) are not JSON Schema keywords.
    strict: false,
    allErrors: true,
    formats: {
      'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/,
      date: /^\d{4}-\d\d-\d\d$/,
      uri: { validate: (value: string) => URL.canParse(value) },
      'uri-template': true,
      email: /^[^\s@]+@[^\s@]+$/,
      int64: { type: 'number', validate: (value: number) => Number.isSafeInteger(value) },
    },
  });

  const needed = new Set<string>();
  const operations = served.map((op) => describeOperation(doc, components, op, ajv, needed));

  const schemas = asObject(components.schemas);
  const subset: JsonObject = {};
  const queue = [...needed];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (name in subset) continue;
    const schema = schemas[name];
    if (schema === undefined) throw new Error(`OpenAPI description has no schema "${name}"`);
    subset[name] = toJsonSchema(schema, false);
    for (const ref of schemaRefs(schema)) if (!(ref in subset)) queue.push(ref);
  }
  ajv.addSchema({ $id: DOCUMENT, components: { schemas: subset } });

  for (const op of operations) op.compile();
  const validateErrorBody = ajv.compile({
    anyOf: [{ $ref: `${DOCUMENT}#/components/schemas/basic-error` }, { $ref: `${DOCUMENT}#/components/schemas/validation-error` }],
  });

  const compiled = operations.map((op) => op.operation);
  return {
    version: String(asObject(doc.info).version),
    operations: compiled,
    validateErrorBody,
    match: (method, pathname) => match(compiled, method, pathname),
  };
}

function describeOperation(
  doc: JsonObject,
  components: JsonObject,
  served: ServedOperation,
  ajv: Ajv,
  needed: Set<string>,
): { operation: Operation; compile(): void } {
  const item = asObject(asObject(doc.paths)[served.route] ?? null);
  const raw = asObject(item[served.method.toLowerCase()] ?? null);
  if (Object.keys(raw).length === 0) throw new Error(`OpenAPI description has no ${served.method} ${served.route}`);

  const parameterDefs = [...asArray(item.parameters), ...asArray(raw.parameters)].map((p) => resolve(components, p));
  const bodyDef = raw.requestBody === undefined ? undefined : resolve(components, raw.requestBody);
  const responseDefs = Object.entries(asObject(raw.responses)).map(([status, r]) => [Number(status), resolve(components, r)] as const);

  const schemaOf = (holder: JsonObject): Json | undefined => asObject(asObject(holder.content ?? null)['application/json'] ?? null).schema;
  const collect = (schema: Json | undefined): void => {
    if (schema !== undefined) for (const ref of schemaRefs(schema)) needed.add(ref);
  };
  for (const p of parameterDefs) collect(p.schema);
  if (bodyDef) collect(schemaOf(bodyDef));
  for (const [, r] of responseDefs) collect(schemaOf(r));

  const operation: Operation = {
    ...served,
    operationId: String(raw.operationId),
    docsUrl: String(asObject(raw.externalDocs ?? null).url ?? 'https://docs.github.com/rest'),
    parameters: [],
    body: undefined,
    responses: new Map(),
  };
  const compileSchema = (schema: Json): ValidateFunction => ajv.compile(asObject(toJsonSchema(schema, true)));
  return {
    operation,
    compile() {
      operation.parameters = parameterDefs
        .filter((p) => p.in === 'path' || p.in === 'query')
        .map((p) => ({
          name: String(p.name),
          in: p.in as 'path' | 'query',
          required: p.required === true,
          type: typeof asObject(p.schema ?? null).type === 'string' ? String(asObject(p.schema ?? null).type) : undefined,
          multiSegment: p['x-multi-segment'] === true,
          validate: compileSchema(p.schema ?? {}),
        }));
      if (bodyDef) {
        const schema = schemaOf(bodyDef);
        if (schema === undefined) throw new Error(`${served.method} ${served.route}: request body is not application/json`);
        operation.body = { required: bodyDef.required === true, validate: compileSchema(schema) };
      }
      for (const [status, r] of responseDefs) {
        const schema = schemaOf(r);
        operation.responses.set(status, schema === undefined ? null : compileSchema(schema));
      }
    },
  };
}

function match(operations: Operation[], method: string, pathname: string): RouteMatch | { reason: string } {
  const segments = pathname.split('/').slice(1);
  let pathKnown = false;
  let best: { match: RouteMatch; literals: number } | undefined;
  for (const operation of operations) {
    const pathParams = matchRoute(operation, segments);
    if (!pathParams) continue;
    pathKnown = true;
    if (operation.method !== method.toUpperCase()) continue;
    const literals = operation.route.split('/').filter((s) => s && !s.startsWith('{')).length;
    if (!best || literals > best.literals) best = { match: { operation, pathParams }, literals };
  }
  if (best) return best.match;
  return { reason: pathKnown ? `${method} is not served on ${pathname}` : `no served route matches ${pathname}` };
}

function matchRoute(operation: Operation, segments: string[]): Record<string, string> | undefined {
  const template = operation.route.split('/').slice(1);
  const params: Record<string, string> = {};
  let at = 0;
  for (let i = 0; i < template.length; i++) {
    const part = template[i]!;
    const name = /^\{(.+)\}$/.exec(part)?.[1];
    if (name === undefined) {
      if (segments[at] !== part) return undefined;
      at++;
      continue;
    }
    const multiSegment = operation.parameters.find((p) => p.name === name)?.multiSegment === true;
    const take = multiSegment ? segments.length - at - (template.length - i - 1) : 1;
    if (take < 1) return undefined;
    const value = segments.slice(at, at + take);
    if (value.some((s) => s === '')) return undefined;
    try {
      params[name] = value.map((s) => decodeURIComponent(s)).join('/');
    } catch {
      return undefined;
    }
    at += take;
  }
  return at === segments.length ? params : undefined;
}

function resolve(components: JsonObject, value: Json): JsonObject {
  let current = asObject(value);
  for (let hops = 0; typeof current.$ref === 'string'; hops++) {
    if (hops > 10) throw new Error(`OpenAPI $ref loop at ${current.$ref}`);
    const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(current.$ref) ?? [];
    if (kind === undefined || name === undefined) throw new Error(`Unsupported $ref ${current.$ref}`);
    current = asObject(asObject(components[kind] ?? null)[name] ?? null);
  }
  return current;
}

function schemaRefs(schema: Json): string[] {
  const refs: string[] = [];
  const walk = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const ref = node.$ref;
      if (typeof ref === 'string') {
        const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
        if (name === undefined) throw new Error(`Unsupported schema $ref ${ref}`);
        refs.push(name);
      }
      Object.values(node).forEach(walk);
    }
  };
  walk(schema);
  return refs;
}

// OpenAPI 3.0 schemas are not quite JSON Schema: `nullable: true` stands for "or null".
// Ajv only accepts nullable next to `type`, and the description also puts it on
// allOf/anyOf/$ref schemas, so it is rewritten into plain JSON Schema here. Refs are
// made absolute when the schema is compiled outside the components document.
function toJsonSchema(schema: Json, absoluteRefs: boolean): Json {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const convert = (s: Json): Json => toJsonSchema(s, absoluteRefs);
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = absoluteRefs ? `${DOCUMENT}${value}` : value;
    else if (SCHEMA_MAPS.has(key)) out[key] = Object.fromEntries(Object.entries(asObject(value)).map(([k, v]) => [k, convert(v)]));
    else if (SCHEMA_LISTS.has(key)) out[key] = asArray(value).map(convert);
    else if (SCHEMA_VALUES.has(key)) out[key] = convert(value);
    else out[key] = value;
  }
  if (schema.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

const SCHEMA_MAPS = new Set(['properties', 'patternProperties']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not']);

function asObject(value: Json | undefined): JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

function asArray(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

export function describeErrors(errors: ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? []).map(
    (e) =>
      `${where}${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${JSON.stringify(e.params.allowedValues)})` : ''}`,
  );
}

/** A fresh copy of one of the description's own response examples, as a template for fake data. */
export function example(name: string): JsonObject | JsonObject[] {
  const value = asObject(asObject(asObject(readSpec().components).examples)[name] ?? null).value;
  if (value === undefined || value === null || typeof value !== 'object') throw new Error(`OpenAPI description has no example "${name}"`);
  return structuredClone(value) as JsonObject | JsonObject[];
}
