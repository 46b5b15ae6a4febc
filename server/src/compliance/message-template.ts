// Rule 5: Q&A, be on the same page: approved key messages keep their locked wording, and categories
// that the policy names carry a template and a prepared Q&A for difficult questions.
import type { CheckId } from '../../../shared/constants';
import type { CheckResult, PostSnapshot, QaPair } from './types';
import type { Policy } from './policy';
import { own } from './own-key';

const RULE = 5;

const LOCKED = /\[\[([\s\S]+?)\]\]/g;
const VARIABLE = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

export interface ParsedTemplate {
  locked: string[];
  variables: string[];
}

/** `[[locked wording]]` must stand verbatim in a post; `{{variables}}` are filled in by the editor. */
export const parseTemplate = (body: string): ParsedTemplate => ({
  locked: [...body.matchAll(LOCKED)].map((match) => match[1]),
  variables: [...new Set([...body.matchAll(VARIABLE)].map((match) => match[1]))],
});

const valueOf = (values: Record<string, unknown> | null | undefined, name: string) => {
  const value = own(values, name);
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
};

/** The template's text with its values filled in: what "insert template" puts in the body. */
export const renderTemplate = (body: string, values: Record<string, unknown> | null | undefined = {}) =>
  body
    .replace(LOCKED, (_match, segment: string) => segment)
    .replace(VARIABLE, (match, name: string) => valueOf(values, name) || match);

// A line wrap is not an edit: runs of white space compare as one space.
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

const answered = (pair: QaPair) => Boolean(pair.question?.trim() && pair.answer?.trim());

export const checkMessageTemplate = (post: PostSnapshot, policy: Policy, now: Date): CheckResult[] => {
  const results: CheckResult[] = [];
  const fail = (id: CheckId, message: string, path?: string) =>
    results.push({ id, rule: RULE, status: 'fail', message, path });
  const requirements = own(policy.categories, post.category) || {};
  const template = post.template;

  if (requirements.requiresTemplate && !template) {
    fail(
      'template.required',
      `Posts in the "${post.category}" category must start from an approved message template.`,
      'template',
    );
  }

  (post.qa ?? []).forEach((pair, index) => {
    if (!answered(pair))
      fail('qa.incomplete', `Q&A ${index + 1} needs both a question and its approved answer.`, `qa.${index}`);
  });
  const prepared = (post.qa ?? []).some(answered) || (template?.qa ?? []).some(answered);
  if (requirements.requiresQa && !prepared) {
    fail(
      'qa.required',
      `Posts in the "${post.category}" category need a prepared Q&A: add the difficult questions you expect and their approved answers.`,
      'qa',
    );
  }

  if (template) {
    if (!template.approved) {
      fail(
        'template.unapproved',
        `The template "${template.name}" is not approved (published) for use.`,
        'template',
      );
    }
    if (template.validFrom && new Date(template.validFrom) > now) {
      fail(
        'template.not-yet-valid',
        `The template "${template.name}" may be used from ${template.validFrom.slice(0, 10)}.`,
        'template',
      );
    }
    if (template.validUntil && new Date(template.validUntil) < now) {
      fail(
        'template.expired',
        `The template "${template.name}" expired on ${template.validUntil.slice(0, 10)}; ask the policy owner for a current one.`,
        'template',
      );
    }

    const { locked, variables } = parseTemplate(template.body);
    for (const name of variables) {
      if (!valueOf(post.templateValues, name)) {
        fail(
          'template.variable',
          `Fill in "${name}" of the template "${template.name}".`,
          `templateValues.${name}`,
        );
      }
    }
    const body = normalise(post.body);
    for (const segment of locked) {
      const wording = normalise(renderTemplate(segment, post.templateValues));
      if (!body.includes(wording)) {
        fail(
          'template.locked',
          `The approved wording "${wording}" of the template "${template.name}" is missing or was changed: restore it word for word.`,
          'body',
        );
      }
    }
  }

  return results.length
    ? results
    : [
        {
          id: 'template',
          rule: RULE,
          status: 'pass',
          message: template
            ? `Follows the approved template "${template.name}".`
            : 'No template is required for this post.',
        },
      ];
};
