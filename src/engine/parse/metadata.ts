import type { ArticleMetadata } from '../../types.js';

const TITLE_KEYS = ['title', 'headline'];
const BYLINE_KEYS = ['author', 'authors', 'byline', 'creator'];
const DATE_KEYS = ['date', 'published', 'publishdate', 'pubdate', 'datepublished', 'published_at', 'created'];

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((v): v is string => Boolean(v));
    return parts.length ? parts.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && 'name' in value) return asText((value as { name: unknown }).name);
  return undefined;
}

/** Title, byline and date from a key/value record (front matter), keys compared case-insensitively. */
export function metadataFromRecord(record: Record<string, unknown>, origin: string): Partial<ArticleMetadata> {
  const lower = new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
  const pick = (keys: string[]) => {
    for (const k of keys) {
      const v = asText(lower.get(k));
      if (v) return v;
    }
    return undefined;
  };
  const meta: Partial<ArticleMetadata> = { sources: {} };
  const title = pick(TITLE_KEYS);
  const byline = pick(BYLINE_KEYS);
  const date = pick(DATE_KEYS);
  if (title) (meta.title = title), (meta.sources!.title = origin);
  if (byline) (meta.byline = byline), (meta.sources!.byline = origin);
  if (date) (meta.date = date), (meta.sources!.date = origin);
  return meta;
}
