// A message template's text as the editor sees it: plain words, `[[locked wording]]` and `{{variables}}`
// (the syntax of server/src/compliance/message-template.ts, which checks what the post finally says).
export type TemplateSegment =
  | { kind: 'text'; text: string }
  | { kind: 'locked'; text: string }
  | { kind: 'variable'; name: string };

const TOKEN = /\[\[([\s\S]+?)\]\]|\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

export const templateSegments = (body: string): TemplateSegment[] => {
  const segments: TemplateSegment[] = [];
  let last = 0;
  for (const match of body.matchAll(TOKEN)) {
    if (match.index > last) segments.push({ kind: 'text', text: body.slice(last, match.index) });
    segments.push(
      match[1] !== undefined ? { kind: 'locked', text: match[1] } : { kind: 'variable', name: match[2] },
    );
    last = match.index + match[0].length;
  }
  if (last < body.length) segments.push({ kind: 'text', text: body.slice(last) });
  return segments;
};

export const templateVariables = (body: string): string[] => [
  ...new Set(
    templateSegments(body).flatMap((segment) => (segment.kind === 'variable' ? [segment.name] : [])),
  ),
];

/** The body the template gives with these values; a variable left empty stays `{{name}}`. */
export const fillTemplate = (body: string, values: Record<string, string>): string =>
  templateSegments(body)
    .map((segment) =>
      segment.kind === 'variable' ? values[segment.name]?.trim() || `{{${segment.name}}}` : segment.text,
    )
    .join('');
