import fc from "fast-check";

/** Strings that have broken web apps before: markup, quotes, SQL, unicode, control characters. */
export const PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  "javascript:alert(1)",
  "' OR 1=1 --",
  "'); DROP TABLE users; --",
  "\u0000",
  "\u202e\u200b\ufeff",
  "𝕳𝖊𝖑𝖑𝖔 👩🏽‍🎤",
  "../../etc/passwd",
  "%00%0d%0a",
  "{{7*7}}${7*7}",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  " ",
  "",
];

const longString = fc.integer({ min: 90, max: 6000 }).map((n) => "a".repeat(n));

/** One form value: anything from junk to nearly valid, or the field left out (undefined). */
export function hostileString(valid: fc.Arbitrary<string>[] = []) {
  return fc.option(
    fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.constantFrom(...PAYLOADS),
      fc
        .tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...PAYLOADS.slice(0, 3)))
        .map(([a, b]) => a + b),
      longString,
      fc.integer().map(String),
      fc.double().map(String),
      ...valid,
    ),
    { nil: undefined },
  );
}

export const validEmail = fc.emailAddress();
export const validText = (min: number) =>
  fc.string({ minLength: min, maxLength: min + 40 }).filter((s) => s.trim().length >= min);

/** Drops undefined fields: an absent field is a different case from an empty one. */
export function toForm(record: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}

export function fuzzSeed() {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
  console.log(`fuzz seed: ${seed} (rerun with FUZZ_SEED=${seed})`);
  return seed;
}

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
