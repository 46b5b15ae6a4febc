// `@strapi/utils` as the gate's code uses it: the same `errors` module (index.js re-exports exactly this
// one), without loading the rest of the package again for each mutant (seconds per run on a busy machine).
module.exports = { errors: require('@strapi/utils/dist/errors.js') };
