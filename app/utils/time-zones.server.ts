let names: readonly string[] | undefined;
let nameSet: ReadonlySet<string> | undefined;

/**
 * Zones the IANA database renamed that Node's ICU still lists under the old name (CLDR keeps the
 * old ones as canonical): we offer and store the current name. Each new name is one Intl accepts
 * (tests/unit/time-zones.test.ts checks they name the same zone).
 */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  "Africa/Asmera": "Africa/Asmara",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Coral_Harbour": "America/Atikokan",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Godthab": "America/Nuuk",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Louisville": "America/Kentucky/Louisville",
  "America/Mendoza": "America/Argentina/Mendoza",
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Europe/Kiev": "Europe/Kyiv",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Truk": "Pacific/Chuuk",
};

/**
 * The time zones a creator can pick: "UTC" (V8's list leaves it out) and every IANA zone this
 * runtime knows under its current name, read once per process. The list is fixed for a process;
 * asking Intl for it cost about 0.2 ms on every render of the profile and availability editors.
 */
export function timeZoneNames(): readonly string[] {
  return (names ??= Object.freeze([
    ...new Set([
      "UTC",
      ...Intl.supportedValuesOf("timeZone")
        .map((tz) => CURRENT_NAMES[tz] ?? tz)
        .sort(),
    ]),
  ]));
}

/**
 * The name to show and store for a zone: Asia/Calcutta (stored before the list used current names)
 * is Asia/Kolkata, an alias Intl knows (US/Eastern) its zone's name. Unknown names come back as given.
 */
export function currentTimeZoneName(tz: string): string {
  nameSet ??= new Set(timeZoneNames());
  if (nameSet.has(tz)) return tz;
  const renamed = CURRENT_NAMES[tz];
  if (renamed) return renamed;
  try {
    const canonical = new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone;
    return CURRENT_NAMES[canonical] ?? canonical;
  } catch {
    return tz;
  }
}

/**
 * The zones to offer with `current` selectable, even when it is a name the list does not carry (an
 * old name a page shows as stored keeps its choice instead of falling back to the first option).
 */
export function timeZoneChoices(current: string | null | undefined): readonly string[] {
  const all = timeZoneNames();
  if (!current || all.includes(current)) return all;
  return [all[0]!, current, ...all.slice(1)];
}
