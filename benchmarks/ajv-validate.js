// Validates a PoliticalEvents JSON Lines file structurally with Ajv: each record line against the project's generated
// record schema (schemas/v1/record.schema.json, draft 2020-12, with ajv-formats), the header line skipped. What JSON
// Schema can say only: no references, no dates against each other. Prints the number of records and of invalid ones.
// Usage: node ajv-validate.js <repo root> <file.jsonl>   (ajv and ajv-formats resolvable, see whole-process.sh)
"use strict";
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats");
const fs = require("fs");
const path = require("path");
const readline = require("readline");

const root = path.resolve(process.argv[2]);
const ajv = new Ajv2020({ strict: true, allErrors: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, "schemas", "v1", "record.schema.json"), "utf8")));

let records = 0, invalid = 0, first = true;
const lines = readline.createInterface({ input: fs.createReadStream(process.argv[3]), crlfDelay: Infinity });
lines.on("line", (line) => {
  if (first) { first = false; return; } // the dataset header
  if (line.length === 0) return;
  records++;
  if (!validate(JSON.parse(line))) invalid++;
});
lines.on("close", () => console.log(`ajv: ${records} records, ${invalid} invalid`));
