// Writes a Brotli (.br, quality 11) and a gzip (.gz, level 9) copy next to every fingerprinted script,
// stylesheet and SVG in <BUILD_DIR>/client/assets, so the server sends them as they are instead of
// compressing each asset on every request (docs/decisions/018). Run by scripts/build-server.mjs.
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|map)$/;
const MIN_BYTES = 1024;

export async function precompressAssets(buildDir) {
  const dir = path.join(buildDir, "client", "assets");
  if (!fs.existsSync(dir)) return { files: 0 };
  const names = fs.readdirSync(dir).filter((n) => COMPRESSIBLE.test(n));
  let files = 0;
  await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      const source = fs.readFileSync(file);
      if (source.length < MIN_BYTES) return;
      const [br, gz] = await Promise.all([
        brotli(source, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
          },
        }),
        gzip(source, { level: 9 }),
      ]);
      // A compressed copy that is not smaller is not worth sending.
      if (br.length < source.length) fs.writeFileSync(`${file}.br`, br);
      if (gz.length < source.length) fs.writeFileSync(`${file}.gz`, gz);
      files++;
    }),
  );
  return { files };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const buildDir = process.env.BUILD_DIR ?? "build";
  const { files } = await precompressAssets(buildDir);
  console.log(`precompressed ${files} assets in ${buildDir}/client/assets`);
}
