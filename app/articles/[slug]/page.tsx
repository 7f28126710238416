import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getReadableArticle } from "@/lib/server/articles";
import { NotFoundError } from "@/lib/server/errors";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=/articles/${encodeURIComponent(slug)}`);
  const article = await getReadableArticle(user.id, slug).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const blocks = article.body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  return (
    <article className="prose max-w-none space-y-4">
      <header>
        <h1 className="text-2xl font-bold">{article.title}</h1>
        <p className="text-sm text-slate-500">
          {[article.source, article.publishedAt?.toISOString().slice(0, 10)].filter(Boolean).join(" · ")}
        </p>
      </header>
      {blocks.map((block, i) =>
        block.startsWith("#") ? (
          <h2 key={i} className="pt-2 text-lg font-semibold">
            {block.replace(/^#+\s*/, "")}
          </h2>
        ) : (
          <p key={i} className="leading-relaxed">
            {block.replace(/\s*\n\s*/g, " ")}
          </p>
        ),
      )}
    </article>
  );
}
