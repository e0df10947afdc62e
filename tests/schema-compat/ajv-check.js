// Compiles every schema of schemas/v1 with Ajv in strict mode (draft 2020-12, with ajv-formats for "date" and
// "date-time"), then checks that the dataset schema accepts every example and valid fixture and rejects every
// invalid fixture whose rule a schema can express (fixtures/invalid/expected.tsv), at the expected pointer.
// Usage: node ajv-check.js <repo root>
"use strict";
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats");
const fs = require("fs");
const path = require("path");

const root = path.resolve(process.argv[2] || "../..");
const schemaDir = path.join(root, "schemas", "v1");
const fixtures = path.join(root, "tests", "PoliticalEvents.Tests", "fixtures");
let failures = 0;
const fail = (message) => { failures++; console.log("FAIL " + message); };

function newAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

for (const file of fs.readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json")).sort()) {
  try {
    newAjv().compile(JSON.parse(fs.readFileSync(path.join(schemaDir, file), "utf8")));
    console.log("compiled " + file);
  } catch (e) {
    fail(file + ": " + e.message);
  }
}

const validate = newAjv().compile(JSON.parse(fs.readFileSync(path.join(schemaDir, "dataset.schema.json"), "utf8")));
const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

const valid = [
  ...fs.readdirSync(path.join(root, "examples")).filter((f) => f.endsWith(".json")).map((f) => path.join(root, "examples", f)),
  ...fs.readdirSync(path.join(fixtures, "valid")).filter((f) => f.endsWith(".json")).map((f) => path.join(fixtures, "valid", f)),
];
for (const file of valid) {
  if (!validate(read(file))) fail(path.relative(root, file) + " is rejected: " + JSON.stringify(validate.errors.slice(0, 3)));
}

const expected = fs.readFileSync(path.join(fixtures, "invalid", "expected.tsv"), "utf8")
  .split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t"));
for (const [name, code, pointer, schemaCanSay] of expected) {
  const ok = validate(read(path.join(fixtures, "invalid", name + ".json")));
  if (schemaCanSay === "true") {
    if (ok) fail(name + ": accepted, but the validator rejects it (" + code + " at " + pointer + ")");
    else if (!validate.errors.some((e) => e.instancePath === pointer || (code === "additionalProperties" && e.params.additionalProperty && e.instancePath + "/" + e.params.additionalProperty === pointer)))
      fail(name + ": rejected, but not at " + pointer + ": " + JSON.stringify(validate.errors.slice(0, 3)));
  } else if (!ok) {
    fail(name + ": rejected, but a schema cannot express its rule (" + code + "): " + JSON.stringify(validate.errors.slice(0, 3)));
  }
}

console.log(failures === 0 ? `ajv: ${valid.length} valid and ${expected.length} invalid files agree` : `ajv: ${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
