import { Link } from "~/components/link";
import { Avatar } from "./portfolio-header";

export function SimilarCreators({
  creators,
}: {
  creators: { slug: string; displayName: string; headline: string; avatar: string | null }[];
}) {
  if (!creators.length) return null;
  return (
    <section aria-labelledby="similar-title" className="no-print mt-12">
      <h2 id="similar-title" className="text-xl font-bold">
        Similar creators
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {creators.map((c) => (
          <li key={c.slug} className="card flex items-center gap-3 p-3">
            <Avatar src={c.avatar} name={c.displayName} size="sm" />
            <div className="min-w-0">
              <Link to={`/${c.slug}`} className="link font-semibold">
                {c.displayName}
              </Link>
              <p className="truncate text-sm text-slate-600">{c.headline}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
