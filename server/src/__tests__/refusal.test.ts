import { refusal, refusalReasons } from '../refusal';
import type { CheckResult, Evaluation } from '../compliance';

// The gate's "no" (DESIGN, errors: "bad input: a 4xx with a sentence a person can act on"): each unmet
// requirement placed on its field, and the sentence names how many and the first of them.
const target = (locale: string) => ({
  uid: 'plugin::social-compliance.social-post',
  documentId: 'd1',
  locale,
});
const evaluation = (checks: CheckResult[]): Evaluation => ({
  compliant: checks.every((check) => check.status !== 'fail'),
  contentHash: 'h',
  checks,
});
const attest: CheckResult = { id: 'attestation.missing', rule: 9, status: 'fail', message: 'Attest it.' };
const credit: CheckResult = {
  id: 'attribution.incomplete',
  rule: 8,
  status: 'fail',
  message: 'Add the credit line.',
  path: 'attributions.0.creditLine',
};
const topic: CheckResult = {
  id: 'topics.off-limits',
  rule: 4,
  status: 'warn',
  message: 'Sensitive.',
  path: 'body',
};

describe('a refusal', () => {
  it('names one unmet requirement in the singular, and puts each failing check on its field', () => {
    const error = refusal([{ target: target('en'), evaluation: evaluation([attest, topic]) }]);
    expect(error.name).toBe('ValidationError');
    expect(error.message).toBe(
      'This cannot be published yet: 1 requirement of the social media policy is not met. Attest it.',
    );
    expect(error.details).toEqual({
      errors: [
        {
          path: [],
          message: 'Attest it.',
          name: 'ComplianceError',
          value: { check: 'attestation.missing', rule: 9, locale: 'en' },
        },
      ],
    });
  });

  it('counts several in the plural, and tells the locales apart when several were asked for', () => {
    const error = refusal(
      [
        { target: target('en'), evaluation: evaluation([credit]) },
        { target: target('es'), evaluation: evaluation([attest]) },
      ],
      'schedule',
    );
    expect(error.message).toBe(
      'This post cannot be scheduled yet: 2 requirements of the social media policy are not met. [en] Add the credit line.',
    );
    expect((error.details as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({
        path: ['attributions', '0', 'creditLine'],
        message: '[en] Add the credit line.',
      }),
      expect.objectContaining({
        path: [],
        message: '[es] Attest it.',
        value: expect.objectContaining({ locale: 'es' }),
      }),
    ]);
  });

  it('of a type without i18n has no locale in its messages', () => {
    const error = refusal([
      { target: target(''), evaluation: evaluation([attest]) },
      { target: target(''), evaluation: evaluation([credit]) },
    ]);
    expect(error.message).toBe(
      'This cannot be published yet: 2 requirements of the social media policy are not met. Attest it.',
    );
    expect((error.details as { errors: { value: { locale: unknown } }[] }).errors[0].value.locale).toBeNull();
  });

  it('counts warnings as no unmet requirement, and still ends its sentence where the count does', () => {
    const error = refusal([{ target: target('en'), evaluation: evaluation([topic]) }]);
    expect(error.message).toBe(
      'This cannot be published yet: 0 requirements of the social media policy are not met.',
    );
    expect(error.details).toEqual({ errors: [] });
  });

  it('reads back as reasons (what a failed schedule shows), and nothing else does', () => {
    const error = refusal([{ target: target('en'), evaluation: evaluation([credit, attest]) }]);
    expect(refusalReasons(error)).toEqual([
      {
        message: 'Add the credit line.',
        check: 'attribution.incomplete',
        rule: 8,
        path: 'attributions.0.creditLine',
      },
      { message: 'Attest it.', check: 'attestation.missing', rule: 9 },
    ]);
    expect(refusalReasons(new Error('connection reset'))).toBeNull();
    // A publish can fail with anything thrown, even nothing: no reasons, a failure to try again.
    expect(refusalReasons(undefined)).toBeNull();
    expect(refusalReasons(null)).toBeNull();
    expect(refusalReasons({ name: 'ValidationError' })).toBeNull();
    expect(refusalReasons({ name: 'ValidationError', details: { errors: [] } })).toBeNull();
    expect(refusalReasons({ name: 'ValidationError', details: {} })).toBeNull();
    expect(refusalReasons({ name: 'ApplicationError', details: { errors: [{ message: 'x' }] } })).toBeNull();
    expect(
      refusalReasons({ name: 'ValidationError', details: { errors: [{ message: 'Too long.' }] } }),
    ).toEqual([{ message: 'Too long.' }]);
  });
});
