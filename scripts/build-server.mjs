// Bundles the Express server and the operational scripts (app code included, packages external)
// so production runs plain `node build/*.js` with no TypeScript tooling.
import { build } from "esbuild";
import { precompressAssets } from "./precompress-assets.mjs";

await build({
  entryPoints: {
    server: "server/index.ts",
    migrate: "scripts/migrate.ts",
    backup: "scripts/backup.ts",
    restore: "scripts/restore.ts",
  },
  outdir: process.env.BUILD_DIR ?? "build",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: "tsconfig.json",
  logLevel: "info",
  define: { "import.meta.env.DEV": "false" },
});

// The client build is there by now (`remix vite:build` runs first): compress its assets once.
const buildDir = process.env.BUILD_DIR ?? "build";
const { files } = await precompressAssets(buildDir);
console.log(`precompressed ${files} assets in ${buildDir}/client/assets`);
