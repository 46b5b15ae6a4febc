// Rule 8: respect copyright: every image, video, logo and quoted work says who owns it and under
// which licence; a post with no third-party material carries the organisation's own copyright line.
import type { Attribution, CheckResult, PostSnapshot } from './types';
import type { Policy } from './policy';
import { own } from './own-key';

const RULE = 8;

type Field = keyof Attribution;

const LABELS: Partial<Record<Field, string>> = {
  rightsHolder: 'the rights holder',
  licenceReference: 'the licence or permission reference',
  sourceUrl: 'the source URL',
  creditLine: 'the credit line',
  justification: 'the fair-use justification',
};

/** What each licence must record; the rest is optional. */
export const REQUIRED_BY_LICENCE: Record<string, Field[]> = {
  'own-work': ['rightsHolder', 'creditLine'],
  licensed: ['rightsHolder', 'licenceReference', 'creditLine'],
  permission: ['rightsHolder', 'licenceReference', 'creditLine'],
  'cc-by': ['rightsHolder', 'sourceUrl', 'creditLine'],
  'cc-by-sa': ['rightsHolder', 'sourceUrl', 'creditLine'],
  cc0: ['sourceUrl'],
  'public-domain': ['sourceUrl'],
  'fair-use': ['rightsHolder', 'sourceUrl', 'justification'],
};

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** The credit as a network should carry it: the credit line, then trademark notices as entered. */
export const renderCredit = (attribution: Attribution): string =>
  [attribution.creditLine, attribution.trademarks]
    .filter((part): part is string => !blank(part))
    .map((part) => part.trim())
    .join(' ');

const describe = (attribution: Attribution, index: number) =>
  attribution.media?.name
    ? `the attribution for "${attribution.media.name}"`
    : attribution.description
      ? `the attribution "${attribution.description}"`
      : `attribution ${index + 1}`;

const endOfDay = (isoDate: string) => new Date(`${isoDate.slice(0, 10)}T23:59:59.999Z`);

const checkOne = (attribution: Attribution, index: number, policy: Policy, now: Date): CheckResult[] => {
  const path = `attributions.${index}`;
  const what = describe(attribution, index);
  const licence = attribution.licence ?? '';
  const required = own(REQUIRED_BY_LICENCE, licence);
  if (!required) {
    return [
      {
        id: 'attribution.licence',
        rule: RULE,
        status: 'fail',
        message: `Choose the licence of ${what}.`,
        path: `${path}.licence`,
      },
    ];
  }

  const results: CheckResult[] = required
    .filter((field) => blank(attribution[field]))
    .map((field) => ({
      id: 'attribution.incomplete',
      rule: RULE,
      status: 'fail',
      message: `Add ${LABELS[field]} to ${what}: a "${licence}" licence requires it.`,
      path: `${path}.${field}`,
    }));

  if (!blank(attribution.sourceUrl) && !isHttpUrl(attribution.sourceUrl!.trim())) {
    results.push({
      id: 'attribution.source-url',
      rule: RULE,
      status: 'fail',
      message: `The source URL of ${what} is not a web address (it must start with https:// or http://).`,
      path: `${path}.sourceUrl`,
    });
  }

  if (licence === 'own-work' && policy.copyrightLine && !blank(attribution.creditLine)) {
    if (!attribution.creditLine!.includes(policy.copyrightLine)) {
      results.push({
        id: 'attribution.copyright-line',
        rule: RULE,
        status: 'fail',
        message: `The credit line of ${what} must carry the organisation's copyright line "${policy.copyrightLine}".`,
        path: `${path}.creditLine`,
      });
    }
  }

  if (attribution.expiresAt && endOfDay(attribution.expiresAt) < now) {
    results.push({
      id: 'attribution.expired',
      rule: RULE,
      status: 'fail',
      message: `The licence of ${what} expired on ${attribution.expiresAt.slice(0, 10)}: renew it or remove the material.`,
      path: `${path}.expiresAt`,
    });
  }
  return results;
};

export const checkAttribution = (post: PostSnapshot, policy: Policy, now: Date): CheckResult[] => {
  const attributions = post.attributions;
  if (attributions === undefined) return [];

  const results: CheckResult[] = [];
  const covered = new Set(attributions.map((attribution) => attribution.media?.id).filter(Boolean));
  post.media.forEach((file, index) => {
    if (!covered.has(file.id)) {
      results.push({
        id: 'attribution.missing',
        rule: RULE,
        status: 'fail',
        message: `"${file.name ?? `Media file ${index + 1}`}" has no attribution: add one saying who owns it and under which licence.`,
        path: 'attributions',
      });
    }
  });

  if (attributions.length === 0) {
    results.push({
      id: 'attribution.own-work',
      rule: RULE,
      status: 'fail',
      message:
        'Add an attribution: an "own-work" one with the organisation\'s copyright line when the post has no third-party material.',
      path: 'attributions',
    });
  }

  attributions.forEach((attribution, index) => results.push(...checkOne(attribution, index, policy, now)));

  return results.length
    ? results
    : [
        {
          id: 'attribution',
          rule: RULE,
          status: 'pass',
          message: 'Every item has a complete, current attribution.',
        },
      ];
};
