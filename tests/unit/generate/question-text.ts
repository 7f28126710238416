/** A question without the article label it is shown under ("(“Title”, Source, May 2026) How many ...?" -> "How many ...?"). */
export const questionText = (prompt: string | undefined): string | undefined => prompt?.replace(/^\((?:[^()]|\([^()]*\))*\)\s+/, "");
