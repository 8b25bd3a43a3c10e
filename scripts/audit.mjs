// `npm run audit`: known high or critical vulnerabilities in production dependencies.
// Exit 0: none; 1: some (listed); 2: the advisory service could not be reached, so nothing is known.
import { spawnSync } from "node:child_process";

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report = {};
try {
  report = JSON.parse(run.stdout);
} catch {
  /* no JSON: reported below */
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason =
    report.error?.summary ||
    run.stderr.split("\n").find((line) => /error/i.test(line)) ||
    "no report";
  console.error(`npm audit could not run: ${reason}`);
  process.exit(2);
}
console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) =>
  ["high", "critical"].includes(v.severity),
);
for (const [name, v] of serious) console.log(`${v.severity}: ${name} (${v.range})`);
process.exit(serious.length ? 1 : 0);
