"""The check of ajv-check.js, with Python's jsonschema (Draft 2020-12): every schema of schemas/v1 is a valid
schema, the dataset schema accepts every example and valid fixture, and rejects every invalid fixture whose rule a
schema can express (fixtures/invalid/expected.tsv) at the expected pointer, and no other.
Usage: python3 jsonschema-check.py <repo root>. Exits 0 when they agree; prints "skipped" and exits 0 when the
jsonschema package (4.18 or later, with referencing) is not installed."""
import glob
import json
import os
import sys

try:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
except ImportError:
    print("jsonschema: skipped (the Python package jsonschema 4.18 or later is not installed)")
    sys.exit(0)

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "../..")
schemas = {}
failures = []
for file in sorted(glob.glob(os.path.join(root, "schemas", "v1", "*.schema.json"))):
    with open(file, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        Draft202012Validator.check_schema(schema)
    except Exception as e:  # noqa: BLE001 - any problem is a failure to report
        failures.append(f"{os.path.basename(file)}: {e}")
    schemas[schema["$id"]] = schema

registry = Registry().with_resources([(uri, Resource.from_contents(s)) for uri, s in schemas.items()])
dataset = next(s for uri, s in schemas.items() if uri.endswith("/dataset.schema.json"))
validator = Draft202012Validator(dataset, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
fixtures = os.path.join(root, "tests", "PoliticalEvents.Tests", "fixtures")


def read(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def pointer(error):
    return "".join("/" + str(p) for p in error.absolute_path)


valid = sorted(glob.glob(os.path.join(root, "examples", "*.json"))) + sorted(glob.glob(os.path.join(fixtures, "valid", "*.json")))
for file in valid:
    errors = list(validator.iter_errors(read(file)))
    if errors:
        failures.append(f"{os.path.relpath(file, root)} is rejected at {[pointer(e) for e in errors[:3]]}")

with open(os.path.join(fixtures, "invalid", "expected.tsv"), encoding="utf-8") as f:
    expected = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
for name, code, at, schema_can_say in expected:
    errors = list(validator.iter_errors(read(os.path.join(fixtures, "invalid", name + ".json"))))
    if schema_can_say == "true":
        # Errors of a branch (oneOf, anyOf, allOf/if-then) are below the top-level error: look at every level.
        places = set()
        stack = list(errors)
        while stack:
            e = stack.pop()
            places.add(pointer(e))
            if e.validator == "additionalProperties":
                places.update(pointer(e) + "/" + p for p in e.instance if p not in e.schema.get("properties", {}))
            stack.extend(e.context or [])
        if not errors:
            failures.append(f"{name}: accepted, but the validator rejects it ({code} at {at})")
        elif at not in places:
            failures.append(f"{name}: rejected, but not at {at}: {sorted(places)[:5]}")
    elif errors:
        failures.append(f"{name}: rejected, but a schema cannot express its rule ({code}): {[pointer(e) for e in errors[:3]]}")

for failure in failures:
    print("FAIL " + failure)
print(f"jsonschema: {len(valid)} valid and {len(expected)} invalid files agree" if not failures else f"jsonschema: {len(failures)} failure(s)")
sys.exit(1 if failures else 0)
