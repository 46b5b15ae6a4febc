import attestation from './attestation';
import audit from './audit';
import compliance from './compliance';
import policy from './policy';
import records from './records';
import review from './review';
import snapshot from './snapshot';
import targets from './targets';

export default {
  attestation,
  audit,
  compliance,
  policy,
  records,
  review,
  snapshot,
  targets,
};
