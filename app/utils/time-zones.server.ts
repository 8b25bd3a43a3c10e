let names: readonly string[] | undefined;

/**
 * The time zones a creator can pick: "UTC" (V8's list leaves it out) and every IANA zone this
 * runtime knows, read once per process. The list is fixed for a process; asking Intl for it cost
 * about 0.2 ms on every render of the profile and availability editors.
 */
export function timeZoneNames(): readonly string[] {
  return (names ??= Object.freeze(["UTC", ...Intl.supportedValuesOf("timeZone")]));
}

/** The zones to offer with `current` selectable, even when it is a name the list does not carry. */
export function timeZoneChoices(current: string | null | undefined): readonly string[] {
  const all = timeZoneNames();
  if (!current || all.includes(current)) return all;
  return [all[0]!, current, ...all.slice(1)];
}
