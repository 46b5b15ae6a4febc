import { errors, yup, validateYupSchema } from '@strapi/utils';

// Input of the plugin's routes. The acting user is never read from here: it is the session's.
export type Validator<T> = (input: unknown) => Promise<T>;

type Schema = ReturnType<typeof yup.object>;

interface Options {
  /**
   * A query string: all text, so its numbers and dates are read from it (which bodies never are).
   * Reading drops unknown keys, so they are refused first, named in this sentence (`${unknown}`).
   */
  query?: { unknown: string };
  /** Only the first problem, as its own sentence (not "2 errors occurred"). */
  firstProblemOnly?: boolean;
}

/** The one validator factory: each validator states the shape it returns, as yup 0.32 infers looser types. */
export const validator = <T>(
  schema: Schema,
  { query, firstProblemOnly = false }: Options = {},
): Validator<T> => {
  const validate = validateYupSchema(schema, {
    abortEarly: firstProblemOnly,
    ...(query ? { strict: false } : {}),
  }) as Validator<T>;
  if (!query) return validate;
  return async (input) => {
    const values = (input as Record<string, unknown> | null) ?? {};
    // Own keys only: `constructor` or `__proto__` is an unknown filter, not one of Object's.
    const unknown = Object.keys(values).filter(
      (key) => !Object.prototype.hasOwnProperty.call(schema.fields, key),
    );
    if (unknown.length)
      throw new errors.ValidationError(query.unknown.replace('${unknown}', unknown.join(', ')));
    // `?locale[]=en` and `?locale[$ne]=x` reach here as an array and an object: each value is one text.
    const shaped = Object.keys(values).filter((key) => typeof values[key] !== 'string');
    if (shaped.length)
      throw new errors.ValidationError(
        `${shaped.join(', ')} must be given once, as plain text (not a list or an object): e.g. ?${shaped[0]}=value.`,
      );
    return validate(input);
  };
};
