import { checkMessageTemplate, parseTemplate, renderTemplate } from '../message-template';
import type { TemplateSnapshot } from '../types';
import { NOW, policy, post } from './fixtures';

const template = (overrides: Partial<TemplateSnapshot> = {}): TemplateSnapshot => ({
  documentId: 't1',
  name: 'Flu clinic',
  body: '[[Protect yourself this winter.]] Free flu shots at {{location}} on {{date}}. [[No appointment needed.]]',
  approved: true,
  validFrom: '2026-10-01T00:00:00Z',
  validUntil: '2027-03-31T00:00:00Z',
  qa: [{ question: 'Is it safe?', answer: 'Yes.' }],
  ...overrides,
});

const values = { location: 'the atrium', date: 'Saturday' };
const body = 'Protect yourself this winter. Free flu shots at the atrium on Saturday. No appointment needed.';
const fails = (overrides: Parameters<typeof post>[0], p = policy()) =>
  checkMessageTemplate(post(overrides), p, NOW).filter((check) => check.status === 'fail');

describe('message template (rule 5)', () => {
  it('parses locked segments and variables', () => {
    expect(parseTemplate(template().body)).toEqual({
      locked: ['Protect yourself this winter.', 'No appointment needed.'],
      variables: ['location', 'date'],
    });
    expect(renderTemplate(template().body, values)).toBe(body);
  });

  it('passes a post that keeps the locked wording and fills every variable', () => {
    expect(fails({ template: template(), templateValues: values, body })).toEqual([]);
  });

  it('tolerates a line wrap but not an edit of one character in a locked segment', () => {
    expect(
      fails({
        template: template(),
        templateValues: values,
        body: body.replace('this winter.', 'this\nwinter.'),
      }),
    ).toEqual([]);
    expect(
      fails({ template: template(), templateValues: values, body: body.replace('winter.', 'winter!') }),
    ).toEqual([expect.objectContaining({ id: 'template.locked', path: 'body' })]);
  });

  // Rule 5, "ensure you co-ordinate consistent messages": the approved key message stands word for word.
  // Only a run of white space between words may differ (a line wrap); case, punctuation and the spaces
  // between words are part of the wording.
  it.each([
    ['a word in lower case', body.replace('Protect yourself', 'protect yourself')],
    ['the whole segment in capitals', body.replace('No appointment needed.', 'NO APPOINTMENT NEEDED.')],
    ['the space between two words removed', body.replace('Protect yourself', 'Protectyourself')],
    ['every space of the segment removed', body.replace('No appointment needed.', 'Noappointmentneeded.')],
    ['a space inserted inside a word', body.replace('appointment', 'appoint ment')],
    ['a full stop dropped', body.replace('winter.', 'winter')],
  ])('fails a locked segment with %s', (_change, changed) => {
    expect(changed).not.toBe(body);
    expect(fails({ template: template(), templateValues: values, body: changed })).toEqual([
      expect.objectContaining({ id: 'template.locked', rule: 5, path: 'body' }),
    ]);
  });

  it.each([
    ['a line wrap', body.replace('this winter.', 'this\nwinter.')],
    ['two spaces for one', body.replace('Protect yourself', 'Protect  yourself')],
    ['a tab for a space', body.replace('No appointment', 'No\tappointment')],
  ])('accepts a locked segment with %s', (_change, changed) => {
    expect(fails({ template: template(), templateValues: values, body: changed })).toEqual([]);
  });

  it('fails an unfilled variable on its field', () => {
    expect(fails({ template: template(), templateValues: { location: 'the atrium' }, body })).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'template.variable', path: 'templateValues.date' }),
      ]),
    );
  });

  it('fails a template that is not approved, not yet valid or expired', () => {
    const ids = (t: TemplateSnapshot) =>
      fails({ template: t, templateValues: values, body }).map((check) => check.id);
    expect(ids(template({ approved: false }))).toEqual(['template.unapproved']);
    expect(ids(template({ validFrom: '2026-12-01T00:00:00Z' }))).toEqual(['template.not-yet-valid']);
    expect(ids(template({ validUntil: '2026-11-01T00:00:00Z' }))).toEqual(['template.expired']);
  });

  // Rule 5, "be on the same page": a Q&A is asked only of the categories that the policy names.
  it('passes a post whose content type has no Q&A field at all, in a category that asks for none', () => {
    expect(fails({ qa: undefined })).toEqual([]);
    expect(fails({ qa: null } as never)).toEqual([]);
  });

  // Rule 5, "ensure you co-ordinate consistent messages": the panel shows each template failure at the
  // template field, where the editor picks a current, approved one.
  it('points the editor at the template field when the template is not approved, not yet valid or expired', () => {
    const cases: Array<[Partial<TemplateSnapshot>, string]> = [
      [{ approved: false }, 'template.unapproved'],
      [{ validFrom: '2026-12-01T00:00:00Z' }, 'template.not-yet-valid'],
      [{ validUntil: '2026-11-01T00:00:00Z' }, 'template.expired'],
    ];
    for (const [overrides, id] of cases) {
      expect(
        fails({ template: template(overrides), templateValues: values, body }).map((check) => [
          check.id,
          check.path,
        ]),
      ).toEqual([[id, 'template']]);
    }
  });

  it('fails a category that needs a template and a Q&A when the post has neither', () => {
    const strict = policy({ categories: { crisis: { requiresTemplate: true, requiresQa: true } } });
    expect(fails({ category: 'crisis' }, strict).map((check) => check.id)).toEqual([
      'template.required',
      'qa.required',
    ]);
    expect(fails({ category: 'event' }, strict)).toEqual([]);
  });

  it("accepts the template's Q&A or the post's own for a category that needs one", () => {
    const needsQa = policy({ categories: { crisis: { requiresQa: true } } });
    expect(
      fails({ category: 'crisis', template: template(), templateValues: values, body }, needsQa),
    ).toEqual([]);
    expect(
      fails(
        {
          category: 'crisis',
          qa: [{ question: 'Was anyone hurt?', answer: 'We do not comment on patients.' }],
        },
        needsQa,
      ),
    ).toEqual([]);
    expect(
      fails({ category: 'crisis', qa: [{ question: 'Was anyone hurt?', answer: ' ' }] }, needsQa).map(
        (c) => c.id,
      ),
    ).toEqual(['qa.incomplete', 'qa.required']);
  });
});

// Rule 5, what the editor is told, written out, and the edges of a template's validity.
describe('message template messages (rule 5)', () => {
  const all = (overrides: Parameters<typeof post>[0], p = policy()) =>
    checkMessageTemplate(post(overrides), p, NOW);

  it('says which template is followed, or that none is needed', () => {
    expect(all({ template: template(), templateValues: values, body })).toEqual([
      { id: 'template', rule: 5, status: 'pass', message: 'Follows the approved template "Flu clinic".' },
    ]);
    expect(all({})).toEqual([
      { id: 'template', rule: 5, status: 'pass', message: 'No template is required for this post.' },
    ]);
  });

  it('names the template, the variable, the dates and the wording concerned', () => {
    const strict = policy({ categories: { crisis: { requiresTemplate: true, requiresQa: true } } });
    expect(all({ category: 'crisis', qa: [{ question: 'Why?' }] }, strict)).toEqual([
      {
        id: 'template.required',
        rule: 5,
        status: 'fail',
        message: 'Posts in the "crisis" category must start from an approved message template.',
        path: 'template',
      },
      {
        id: 'qa.incomplete',
        rule: 5,
        status: 'fail',
        message: 'Q&A 1 needs both a question and its approved answer.',
        path: 'qa.0',
      },
      {
        id: 'qa.required',
        rule: 5,
        status: 'fail',
        message:
          'Posts in the "crisis" category need a prepared Q&A: add the difficult questions you expect and their approved answers.',
        path: 'qa',
      },
    ]);
    const old = template({
      approved: false,
      validUntil: '2026-11-01T00:00:00Z',
      body: '[[Stay safe, {{name}}.]]',
    });
    expect(
      all({ template: old, templateValues: {}, body: 'Stay safe.' }).map((check) => [
        check.id,
        check.message,
        check.path,
      ]),
    ).toEqual([
      ['template.unapproved', 'The template "Flu clinic" is not approved (published) for use.', 'template'],
      [
        'template.expired',
        'The template "Flu clinic" expired on 2026-11-01; ask the policy owner for a current one.',
        'template',
      ],
      ['template.variable', 'Fill in "name" of the template "Flu clinic".', 'templateValues.name'],
      [
        'template.locked',
        'The approved wording "Stay safe, {{name}}." of the template "Flu clinic" is missing or was changed: restore it word for word.',
        'body',
      ],
    ]);
    expect(
      all({ template: template({ validFrom: '2026-12-01T00:00:00Z' }), templateValues: values, body })[0]
        .message,
    ).toBe('The template "Flu clinic" may be used from 2026-12-01.');
  });

  it('is valid from its first instant to its last, and a template without dates always is', () => {
    const at = (iso: string) => ({ validFrom: iso, validUntil: iso });
    expect(fails({ template: template(at(NOW.toISOString())), templateValues: values, body })).toEqual([]);
    expect(
      fails({
        template: template({ validFrom: undefined, validUntil: undefined }),
        templateValues: values,
        body,
      }),
    ).toEqual([]);
  });

  it('fills a variable with a number or text, trimmed, and not with anything else', () => {
    const counted = template({ body: '[[{{count}} free shots]] at {{place}}.' });
    expect(
      fails({
        template: counted,
        templateValues: { count: 200, place: ' the atrium ' },
        body: '200 free shots at the atrium.',
      }),
    ).toEqual([]);
    expect(
      fails({
        template: counted,
        templateValues: { count: { n: 200 }, place: '   ' },
        body: '200 free shots.',
      }).map((check) => check.path),
    ).toEqual(['templateValues.count', 'templateValues.place', 'body']);
    expect(renderTemplate('{{ count }} at {{place}}', { count: 3 })).toBe('3 at {{place}}');
    expect(renderTemplate('{{place}}', null)).toBe('{{place}}');
    expect(parseTemplate('{{a}} {{ a }} {{b-c}} {{1x}} [[x]] [[\ny]]')).toEqual({
      locked: ['x', '\ny'],
      variables: ['a', 'b-c'],
    });
  });

  it('reads locked wording without the spaces inside its brackets, at the very start of the body too', () => {
    const spaced = template({ body: '[[ Protect yourself this winter. ]] Free flu shots.' });
    expect(
      fails({ template: spaced, templateValues: {}, body: 'Protect yourself this winter. Free flu shots.' }),
    ).toEqual([]);
    expect(all({ template: spaced, templateValues: {}, body: 'Free flu shots.' })[0].message).toBe(
      'The approved wording "Protect yourself this winter." of the template "Flu clinic" is missing or was changed: restore it word for word.',
    );
  });

  // Rule 5, "Q&A, be on the same page": a prepared answer answers a question; blanks are neither.
  it.each([
    ['a question of spaces', { question: '   ', answer: 'We do not comment on patients.' }],
    ['no question', { answer: 'We do not comment on patients.' }],
    ['an answer of spaces', { question: 'Was anyone hurt?', answer: '  ' }],
    ['no answer', { question: 'Was anyone hurt?' }],
  ])('does not count a Q&A with %s as prepared', (_what, pair) => {
    const needsQa = policy({ categories: { crisis: { requiresQa: true } } });
    expect(fails({ category: 'crisis', qa: [pair] }, needsQa).map((check) => check.id)).toEqual([
      'qa.incomplete',
      'qa.required',
    ]);
  });

  it("counts a template's own Q&A only when it is answered", () => {
    const needsQa = policy({ categories: { crisis: { requiresQa: true } } });
    const unanswered = template({ qa: [{ question: 'Is it safe?', answer: '  ' }] });
    expect(
      fails({ category: 'crisis', template: unanswered, templateValues: values, body }, needsQa).map(
        (check) => check.id,
      ),
    ).toEqual(['qa.required']);
  });
});

// Mutants that lived in the mutation run of 2026-11-30 15:39 UTC (issue 15) and that no test can tell apart:
// - message-template.ts:59 `(post.qa ?? [])` → `['Stryker was here']`: a string has no question, `answered`
//   is false, as for an empty list.
// - message-template.ts:59 `(template?.qa ?? [])` → `['Stryker was here']`: the same: the string is no
//   answered pair.
