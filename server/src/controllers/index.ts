import compliance from './compliance';
import policy from './policy';

export default {
  compliance,
  policy,
};
