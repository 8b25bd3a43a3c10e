import type { EntryContext } from "@remix-run/node";

type ReadChunk = Promise<void> & { result?: { done: boolean; value: string } };
type RenderMeta = { didRenderScripts?: boolean; streamCache?: Record<number, ReadChunk> };

/**
 * Reads Remix's single-fetch data stream (the loader data the browser hydrates from) to its end and
 * leaves each decoded chunk where Remix's `<StreamTransfer>` looks for it (`renderMeta.streamCache`),
 * decoded exactly as it would decode them. `<StreamTransfer>` then writes its `<script>` tags without
 * suspending, so the whole document renders in one synchronous pass (`renderToString`).
 * See docs/decisions/014-render-to-string.md.
 */
export async function readHandoffStream(context: EntryContext) {
  const stream = context.serverHandoffStream;
  const meta = (context as { renderMeta?: RenderMeta }).renderMeta;
  if (!stream || !meta) return;
  const cache = (meta.streamCache ??= {});
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  try {
    for (let i = 0; ; i++) {
      const { done, value } = await reader.read();
      cache[i] = Object.assign(Promise.resolve(), {
        result: { done, value: decoder.decode(value, { stream: true }) },
      });
      if (done) break;
    }
  } finally {
    // RemixServer takes its own reader from this (now finished) stream.
    reader.releaseLock();
  }
}
