// Smoke test of the npm package built by wasm/build.sh, with Node's built-in test runner:
//   bash wasm/build.sh && node --test wasm/tests/
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const bw = require("../pkg/node/bouwstenen.js");

/** Asserts that `f` throws an Error carrying the crate's error `code`. */
function throwsCode(f, code) {
  assert.throws(f, (e) => e instanceof Error && e.code === code && typeof e.message === "string");
}

test("INSZ: valid with details, invalid with the Rust error code", () => {
  const insz = bw.parseInsz("85.07.30-033.28", { today: "2026-11-29" });
  assert.deepEqual(insz, {
    valid: true,
    normalized: "85073003328",
    formatted: "85.07.30-033.28",
    kind: "rrn",
    birthYear: 1985,
    birthDate: "1985-07-30",
    sexAtIssuance: "male",
  });
  throwsCode(() => bw.parseInsz("85.07.30-033.29"), "insz.checksum");
  // Today comes from JS when not given; a birth date after `today` is rejected.
  assert.equal(bw.parseInsz("85.07.30-033.28").valid, true);
  throwsCode(() => bw.parseInsz("85.07.30-033.28", { today: "1985-07-29" }), "insz.future");
});

test("checkIdentifier gives the same line as `bouwstenen check`", () => {
  assert.deepEqual(bw.checkIdentifier("insz", "85.07.30-033.28"), {
    input: "85.07.30-033.28",
    valid: true,
    normalized: "85073003328",
    formatted: "85.07.30-033.28",
  });
  assert.deepEqual(bw.checkIdentifier("insz", "x"), {
    input: "x",
    valid: false,
    error: { code: "insz.length", message: "expected 11 digits, found 1" },
  });
  assert.deepEqual(bw.checkIdentifier("ogm", "010806817183"), {
    input: "010806817183",
    valid: true,
    normalized: "010806817183",
    formatted: "+++010/8068/17183+++",
  });
  throwsCode(() => bw.checkIdentifier("nope", "x"), "input.kind");
});

test("other identifiers, strict and lenient", () => {
  const iban = bw.parseIban("BE68 5390 0754 7034");
  assert.equal(iban.normalized, "BE68539007547034");
  assert.equal(iban.formatted, "BE68 5390 0754 7034");
  assert.equal(iban.countryCode, "BE");
  throwsCode(() => bw.parseIban("BE68 5390 0754 7035"), "iban.checksum");
  assert.equal(bw.parseEnterpriseNumber("BE 0403-019-261").formatted, "0403.019.261");
  throwsCode(() => bw.parseEnterpriseNumber("403019261"), "enterprise.length");
  assert.equal(bw.parseEnterpriseNumber("403019261", { lenient: true }).normalized, "0403019261");
  assert.equal(bw.parseVatNumber("BE 0403.019.261").normalized, "BE0403019261");
  throwsCode(() => bw.parseStructuredCommunication("+++123/4567/89003+++"), "ogm.checksum");
  assert.equal(bw.parseBic("GEBABEBB").countryCode, "BE");
  assert.equal(bw.parseNisCode("44021").level, "municipality");
  assert.equal(bw.parseIdentifier("rf", "RF18 5390 0754 7034").normalized, "RF18539007547034");
});

test("EPC payload equals the golden payload (segno vector 1, tests/payment.rs)", () => {
  const request = {
    creditor: { name: "Stad Gent" },
    creditorIban: "BE68539007547034",
    creditorBic: "GKCCBEBB",
    amount: "125.50",
    remittance: { structuredCommunication: "010806817183" },
  };
  const golden = "BCD\n002\n2\nSCT\nGKCCBEBB\nStad Gent\nBE68539007547034\nEUR125.50\n\n010806817183";
  const payload = bw.epcPayload(request, { charset: "iso-8859-1" });
  assert.equal(payload, golden);
  assert.deepEqual(Buffer.from(bw.epcPayloadBytes(request, { charset: "iso-8859-1" })), Buffer.from(golden, "latin1"));
  const back = bw.parseEpcPayload(payload);
  assert.equal(back.request.creditorIban, "BE68539007547034");
  assert.equal(back.request.amount, "125.50");
  assert.deepEqual(back.options, { version: "002", charset: "iso-8859-1", lineEnding: "lf" });
  assert.ok(bw.epcSvg(request).startsWith("<svg"));
  throwsCode(() => bw.epcPayload({ ...request, creditorBic: undefined }, { version: "001" }), "payment.bic_required");
  assert.throws(() => bw.parseEpcPayload("BCD\n003\n1\nSCT\n\nStad Gent\nBE68539007547034"), (e) => e instanceof Error && e.code.startsWith("payment."));
});

test("addresses: parse, validate, format, coordinates", () => {
  const parsed = bw.parseAddress("kerkstraat 12bus3 , B-9052 Zwijnaarde");
  assert.equal(parsed.valid, true);
  assert.equal(parsed.nisCode, "44021");
  assert.equal(parsed.address.busnummer, "3");
  assert.equal(bw.formatAddress(parsed.address, "fr", "line"), "kerkstraat 12 bte 3, 9052 Zwijnaarde");
  assert.equal(bw.formatAddress(parsed.address, "nl", "label"), "kerkstraat 12 bus 3\n9052 Zwijnaarde");
  const wrong = bw.parseAddress("Meir 78, 9000 Antwerpen");
  assert.equal(wrong.valid, false);
  assert.equal(wrong.findings[0].code, "address.postcode_municipality");
  assert.equal(bw.validateAddress(wrong.address).findings[0].code, "address.postcode_municipality");
  const [x, y] = bw.convertCoordinates(50.85, 4.35, "EPSG:4326", "EPSG:31370");
  assert.ok(Math.abs(x - 148000) < 2000 && Math.abs(y - 170000) < 2000, `${x} ${y}`);
});

test("consent: verify the example record, its state, and a tampered copy", () => {
  const json = bw.exampleConsentRecord();
  const report = bw.verifyConsentRecord(json);
  assert.equal(report.valid, true);
  assert.ok(report.events > 0);
  const state = bw.consentStateAt(json, "nieuwsbrief-wegenwerken", "2026-03-01T00:00:00Z");
  assert.equal(state.dpvStatus, "dpv:ConsentGiven");
  assert.equal(state.validForProcessing, true);
  const tampered = JSON.parse(json);
  tampered.events[1].at = "2026-01-01T00:00:00Z";
  const broken = bw.verifyConsentRecord(JSON.stringify(tampered));
  assert.equal(broken.valid, false);
  assert.match(broken.code, /^consent\./);
});

test("schemas", () => {
  const schemas = bw.schemas();
  assert.ok(Object.keys(schemas).length > 5);
  assert.ok(Object.keys(schemas).some((name) => name.includes("Insz")));
});
