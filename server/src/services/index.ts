import attestation from './attestation';
import audit from './audit';
import compliance from './compliance';
import notifications from './notifications';
import policy from './policy';
import records from './records';
import review from './review';
import snapshot from './snapshot';
import targets from './targets';

export default {
  attestation,
  audit,
  compliance,
  notifications,
  policy,
  records,
  review,
  snapshot,
  targets,
};
