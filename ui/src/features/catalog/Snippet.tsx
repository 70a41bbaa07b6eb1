import { Typography } from '@mui/material';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", '#x2F': '/' };

/** Undoes the API's HTML escaping of a snippet's text (only the entities an HTML escaper writes). */
function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|#x2F);/g, (_, entity: string) => ENTITIES[entity]);
}

/**
 * A search snippet: the API wraps the matched words in <em>…</em> and escapes everything else. The text is split
 * on those markers and rendered as text and <mark> elements; nothing of it is ever parsed as HTML.
 */
export function Snippet({ html }: { html: string }) {
  if (!html) return null;
  const parts = html.split(/<em>(.*?)<\/em>/s);
  return (
    <Typography variant="body2" color="text.secondary">
      {parts.map((part, index) => index % 2 === 1
        ? <mark key={index}>{unescape(part)}</mark>
        : unescape(part))}
    </Typography>
  );
}
