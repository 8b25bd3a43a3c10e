import { useEffect, useState } from "react";

/** A readonly field with the link (works without JavaScript); the Copy button appears once JS runs. */
export function CopyLink({ url, id = "share-url" }: { url: string; id?: string }) {
  const [enhanced, setEnhanced] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setEnhanced(true), []);
  return (
    <div>
      <label htmlFor={id} className="label">
        Your shareable link
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={url}
          className="input font-mono"
          onFocus={(e) => e.currentTarget.select()}
        />
        {enhanced ? (
          <button
            type="button"
            className="btn-secondary"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(url);
                setCopied(true);
                setTimeout(() => setCopied(false), 2000);
              } catch {
                (document.getElementById(id) as HTMLInputElement | null)?.select();
              }
            }}
          >
            {copied ? "Copied" : "Copy"}
          </button>
        ) : null}
      </div>
      <p aria-live="polite" className="sr-only">
        {copied ? "Link copied" : ""}
      </p>
    </div>
  );
}
