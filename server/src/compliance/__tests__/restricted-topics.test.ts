import { evaluate } from '..';
import { checkRestrictedTopics } from '../restricted-topics';
import type { FieldScan } from '../types';
import type { Finding } from '../../scanner/types';
import { NOW, policy, post, record } from './fixtures';

// Rule 4, "as a healthcare provider be clear about what topics are acceptable and what are off limits":
// each term of the policy's lexicon either warns (the post may go out) or blocks (it may not).
const lexiconFinding = (text: string, severity: Finding['severity'], reason: string): Finding => ({
  category: 'lexicon',
  start: 0,
  end: text.length,
  text,
  severity,
  reason,
});

describe('off-limits topics (rule 4)', () => {
  it('fails a post on a term the policy blocks, naming the term, its reason and where it is', () => {
    const scans: FieldScan[] = [
      {
        path: 'body',
        text: 'Our view on the pending lawsuit',
        findings: [lexiconFinding('lawsuit', 'block', 'Legal matters are for the legal team.')],
      },
    ];
    expect(checkRestrictedTopics(scans)).toEqual([
      {
        id: 'topics.off-limits',
        rule: 4,
        status: 'fail',
        message:
          '"lawsuit" is an off-limits topic: Legal matters are for the legal team. Remove it before publishing.',
        path: 'body',
      },
    ]);
  });

  it('warns on a term the policy marks sensitive, without failing the post', () => {
    const scans: FieldScan[] = [
      {
        path: 'title',
        text: 'Staffing update',
        findings: [lexiconFinding('staffing', 'warn', 'Check with HR first.')],
      },
    ];
    expect(checkRestrictedTopics(scans)).toEqual([
      {
        id: 'topics.off-limits',
        rule: 4,
        status: 'warn',
        message: '"staffing" is a sensitive topic: Check with HR first.',
        path: 'title',
      },
    ]);
  });

  it('reports each term of each field, and leaves patient-information findings to the PHI check', () => {
    const phone: Finding = { ...lexiconFinding('555 0100', 'block', 'A phone number.'), category: 'phone' };
    const scans: FieldScan[] = [
      { path: 'title', text: 't', findings: [lexiconFinding('strike', 'warn', 'r.'), phone] },
      { path: 'qa.0.answer', text: 'a', findings: [lexiconFinding('lawsuit', 'block', 'r.')] },
    ];
    expect(checkRestrictedTopics(scans).map(({ path, status }) => [path, status])).toEqual([
      ['title', 'warn'],
      ['qa.0.answer', 'fail'],
    ]);
  });

  it('passes a post that mentions no listed topic (a PHI finding alone is not a topic)', () => {
    const phone: Finding = { ...lexiconFinding('555 0100', 'block', 'A phone number.'), category: 'phone' };
    const expected = [{ id: 'topics', rule: 4, status: 'pass', message: 'Mentions no off-limits topic.' }];
    expect(checkRestrictedTopics([])).toEqual(expected);
    expect(checkRestrictedTopics([{ path: 'body', text: 'x', findings: [phone] }])).toEqual(expected);
  });

  it('with the scanner: a block term in the body makes an attested, approved post non-compliant', () => {
    const blocking = policy({
      lexicon: [{ term: 'lawsuit', severity: 'block', reason: 'Legal matters are for the legal team.' }],
    });
    const snapshot = post({ body: 'We will not comment on the lawsuit today.' });
    const evaluation = evaluate({ post: snapshot, policy: blocking, record: record(snapshot), now: NOW });
    expect(evaluation.compliant).toBe(false);
    expect(evaluation.checks.filter((check) => check.status === 'fail')).toEqual([
      expect.objectContaining({ id: 'topics.off-limits', path: 'body' }),
    ]);

    const warning = policy({ lexicon: [{ term: 'lawsuit', severity: 'warn' }] });
    expect(evaluate({ post: snapshot, policy: warning, record: record(snapshot), now: NOW }).compliant).toBe(
      true,
    );
  });
});
