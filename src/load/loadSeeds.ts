// A seeds folder to parsed articles plus the files rejected, each with a one-line reason naming it.
import type { Article } from '../parse/article.js';
import { parseArticle } from '../parse/parseArticle.js';
import { readSeedFolder, DEFAULT_LIMITS, type ReadLimits, type SeedProblem } from './readSeedFolder.js';

export interface LoadedSeeds {
  articles: Article[];
  rejected: SeedProblem[];
  skipped: SeedProblem[];
  /** Files that loaded with something not taken (a header date that is no date), for `check-seeds`. */
  warnings: SeedProblem[];
}

/** Parses files already read; pure, so a worker thread or a test can call it on any texts. */
export function parseSeedFiles(
  files: { file: string; text: string }[],
): { articles: Article[]; rejected: SeedProblem[]; warnings: SeedProblem[] } {
  const articles: Article[] = [];
  const rejected: SeedProblem[] = [];
  const warnings: SeedProblem[] = [];
  for (const f of files) {
    const r = parseArticle(f.file, f.text);
    if (r.ok) {
      articles.push(r.article);
      for (const w of r.warnings) warnings.push({ file: f.file, error: w });
    } else rejected.push({ file: f.file, error: `rejected: ${r.error}` });
  }
  return { articles, rejected, warnings };
}

export async function loadSeeds(dir: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<LoadedSeeds> {
  const folder = await readSeedFolder(dir, limits);
  const parsed = parseSeedFiles(folder.files);
  const rejected = [...folder.rejected, ...parsed.rejected].sort((a, b) => a.file.localeCompare(b.file));
  return { articles: parsed.articles, rejected, skipped: folder.skipped, warnings: parsed.warnings };
}
