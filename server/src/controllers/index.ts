import policy from './policy';

export default {
  policy,
};
