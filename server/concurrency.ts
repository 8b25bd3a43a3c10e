/** Memory one web process needs at peak on the 100k-creator benchmark, with room to spare. */
export const MEMORY_PER_PROCESS = 384 * 2 ** 20;

/**
 * How many web processes to run (docs/decisions 016). A number is taken as given. "auto" is one per
 * CPU, but never more than the machine's memory holds: a 1-CPU or 256 MB machine gets one process.
 */
export function webProcessCount(
  setting: number | "auto",
  machine: { cpus: number; memoryBytes: number },
): number {
  if (setting !== "auto") return setting;
  const byMemory = Math.floor(machine.memoryBytes / MEMORY_PER_PROCESS);
  return Math.max(1, Math.min(machine.cpus, byMemory));
}
