import fs from "node:fs";
import os from "node:os";
import type { Measurement } from "./load";
import type { PageRow } from "./pages";
import type { MemoryReport } from "./server";
import type { ViewBatchResult, ViewResult, WriteResult } from "./writes";

export type Report = {
  date: string;
  dataset: string;
  seconds: number;
  floorRoute: string;
  measurements: Measurement[];
  skipped: string[];
  memory: MemoryReport;
  htmlSize: { slug: string; reviews: number | null; bytes: number } | null;
  writes: WriteResult[];
  views: ViewResult | null;
  viewBatches: ViewBatchResult | null;
  /** 200 list pages measured while creators' pages are visited at the same time (decision 023). */
  listsUnderViews?: {
    list: Measurement;
    portfolio: Measurement;
    viewsCounted: number;
  } | null;
  /** Every page for the heaviest accounts, a short run each (lib/pages.ts). */
  pages?: PageRow[] | null;
  notes: string[];
};

export function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

const TARGETS: Record<string, number> = {
  portfolio: 0.6,
  "creators filtered p50": 0.5,
  "creators search": 0.5,
};

/** The results as a Markdown table, ratios against the floor measured just before each route. */
export function toMarkdown(r: Report) {
  const lines: string[] = [];
  lines.push(
    `- Date: ${r.date}`,
    `- Machine: ${machine()}`,
    `- Dataset: ${r.dataset}`,
    `- Each run: ${r.seconds} s (autocannon, 127.0.0.1)`,
    `- Floor: \`${r.floorRoute}\`, the lightest page`,
    `- Server: ${r.memory.processes === 1 ? "one process" : `a cluster primary and ${r.memory.processes - 1} web processes (WEB_CONCURRENCY)`}`,
    '- p99 ms is autocannon\'s, over every request; "p99 ms, open connections" leaves out each connection\'s first request, and "slowest first request" is the longest of those (the wait to be accepted; see "Where the p99 comes from").',
    "- Ratios: each route against the floor measured just before it at the same connection count (the floor req/s column); the floor rows are its first run.",
    "- CPU ms/req: the server's CPU time over the run (all its processes) divided by the requests it answered; its ratio to the floor does not move with other load on the machine, unlike req/s.",
  );
  lines.push(
    "",
    "| Route | Conns | req/s | p50 ms | p99 ms | p99 ms, open connections | slowest first request ms | floor req/s just before | × floor | Target | Bad responses | CPU ms/req | × floor by CPU | From the page cache |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|",
  );
  for (const m of r.measurements) {
    const floor =
      m.floor ?? r.measurements.find((f) => f.route === "floor" && f.connections === m.connections);
    const ratio = floor && floor.rps ? m.rps / floor.rps : NaN;
    const target = TARGETS[m.route];
    const checks: string[] = [];
    if (target !== undefined) checks.push(`${ratio >= target ? "✅" : "❌"} ≥ ${target}×`);
    if (m.connections >= 50)
      checks.push(`${m.p99 <= 150 && m.rps > 0 && m.bad === 0 ? "✅" : "❌"} p99 ≤ 150`);
    lines.push(
      `| ${m.route} | ${m.connections} | ${m.rps} | ${m.p50} | ${m.p99} | ${m.p99Open ?? "–"} | ${m.firstMax ?? "–"} | ${m.floor?.rps ?? "–"} | ${Number.isFinite(ratio) ? ratio.toFixed(2) : "–"} | ${checks.join(", ")} | ${m.bad} | ${m.cpuMs ?? "–"} | ${floor?.cpuMs && m.cpuMs ? (floor.cpuMs / m.cpuMs).toFixed(2) : "–"} | ${m.cacheHits == null ? "–" : `${(m.cacheHits * 100).toFixed(1)} %`} |`,
    );
  }
  lines.push("");
  if (r.skipped.length) lines.push(...r.skipped.map((s) => `- Skipped: ${s}`));
  const mem = r.memory;
  const peak = mem.peakPssMb ?? mem.peakRssSumMb;
  lines.push(
    `- Server peak memory, all processes: ${peak ?? "?"} MB ${peak !== null ? (peak < 500 ? "✅ < 500 MB" : "❌ ≥ 500 MB") : ""} (sum of PSS, sampled every 0.5 s; highest while measuring ${mem.peakPhase}); sum of each process's peak RSS (VmHWM), which counts shared pages once per process: ${mem.peakRssSumMb ?? "?"} MB (${mem.peakRssPerProcessMb.join(" + ")})`,
  );
  if (r.htmlSize) {
    const kb = r.htmlSize.bytes / 1024;
    lines.push(
      `- Portfolio HTML (\`/${r.htmlSize.slug}\`, ${r.htmlSize.reviews ?? "?"} visible reviews, uncompressed): ${kb.toFixed(1)} KB ${kb <= 60 ? "✅ ≤ 60 KB" : "❌ > 60 KB"}`,
    );
  }
  for (const w of r.writes) {
    lines.push(
      `- ${w.name}: ${w.clients} concurrent clients, ${w.sent} posts, ${w.ok} redirected (success), ${w.errors} errors ${w.errors === 0 ? "✅" : "❌"}; statuses ${JSON.stringify(w.statuses)}; rows added ${w.rowsAdded ?? "?"}`,
    );
  }
  if (r.views) {
    const v = r.views;
    lines.push(
      `- Profile views over HTTP: ${v.views} views in ${v.seconds} s (${v.viewsPerSecond}/s); ${v.rowsWritten} views counted in profile_views; write transactions ${v.commitsPerSecond}/s on average, at most ${v.maxCommitsInASecond} in one second ${v.maxCommitsInASecond <= 10 ? "✅ ≤ 10/s" : "❌ > 10/s"}`,
    );
  }
  if (r.viewBatches) {
    const v = r.viewBatches;
    lines.push(
      `- ${v.perSecond.toLocaleString("en-US")} profile views a second for ${v.seconds} s through \`POST /resources/views\` (batches of ${v.perSecond / 10}, 10 a second): ${v.accepted}/${v.sent} accepted, ${v.counted} counted in profile_views ${v.counted === v.sent ? "✅" : "❌"}; write transactions ${v.commitsPerSecond}/s on average, at most ${v.maxCommitsInASecond} in one second ${v.maxCommitsInASecond <= 10 ? "✅ ≤ 10/s" : "❌ > 10/s"}`,
    );
  }
  if (r.listsUnderViews) {
    const { list, portfolio, viewsCounted } = r.listsUnderViews;
    const share = (m: Measurement) =>
      m.cacheHits == null ? "–" : `${(m.cacheHits * 100).toFixed(1)} %`;
    lines.push(
      `- Lists while creators' pages are visited (10 + 10 connections at once): \`/creators?sort=rating&page=1…200\` at random ${list.rps} req/s, p50 ${list.p50} ms, p99 ${list.p99} ms, ${share(list)} from the page cache; creators' pages at the same time ${portfolio.rps} req/s, ${share(portfolio)} from the page cache, ${viewsCounted.toLocaleString("en-US")} views counted (flushed by each web process once a second)`,
    );
  }
  lines.push(...r.notes.map((n) => `- Note: ${n}`));
  if (r.pages?.length) {
    const floor = r.measurements.find((m) => m.route === "floor")?.cpuMs ?? null;
    lines.push(
      "",
      "Every page for the heaviest accounts (the most popular creator, the brand with the most applications; anonymous pages rendered with no-cache), 4 connections, a short run each:",
      "",
      "| Who | Page | Status | KB | req/s | p99 ms | CPU ms/req | × floor's CPU |",
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...r.pages.map(
        (p) =>
          `| ${p.who} | \`${p.path}\` | ${p.status} | ${p.kb} | ${p.rps} | ${p.p99} | ${p.cpuMs ?? "–"} | ${floor && p.cpuMs ? (p.cpuMs / floor).toFixed(1) : "–"} |`,
      ),
    );
  }
  return lines.join("\n");
}

export function printTable(r: Report) {
  const rows = r.measurements.map((m) => {
    const floor =
      m.floor ?? r.measurements.find((f) => f.route === "floor" && f.connections === m.connections);
    return {
      route: m.route,
      conns: m.connections,
      "req/s": m.rps,
      "p50 ms": m.p50,
      "p99 ms": m.p99,
      "p99 open": m.p99Open ?? "–",
      "1st max": m.firstMax ?? "–",
      "× floor": floor?.rps ? (m.rps / floor.rps).toFixed(2) : "–",
      bad: m.bad,
      "cpu ms": m.cpuMs ?? "–",
      "× floor (cpu)": floor?.cpuMs && m.cpuMs ? (floor.cpuMs / m.cpuMs).toFixed(2) : "–",
      cached: m.cacheHits == null ? "–" : `${(m.cacheHits * 100).toFixed(1)} %`,
    };
  });
  console.table(rows);
}

/** Replaces the "latest run" block in docs/performance.md, leaving the hand-written parts alone. */
/** Replaces the block between <!-- bench:<marker>:start/end --> (added at the end when missing). */
export async function writeDocs(file: string, markdown: string, marker = "latest") {
  const start = `<!-- bench:${marker}:start -->`;
  const end = `<!-- bench:${marker}:end -->`;
  const title =
    marker === "latest" ? "Latest run" : "Latest run with the query and page caches off";
  const block = `${start}\n${markdown}\n${end}`;
  let text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Performance\n";
  if (!text.includes(start)) text += `\n## ${title}\n\n${start}\n${end}\n`;
  text = text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => block);
  // Formatted as the repository's lint expects (prettier --check runs in npm test).
  const prettier = await import("prettier");
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}
