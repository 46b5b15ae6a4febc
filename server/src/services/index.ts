import attestation from './attestation';
import audit from './audit';
import compliance from './compliance';
import feed from './feed';
import imageReadings from '../ocr/readings';
import notifications from './notifications';
import policy from './policy';
import records from './records';
import review from './review';
import reviewQueue from './review-queue';
import reviewScreen from './review-screen';
import schedule from '../scheduling';
import snapshot from './snapshot';
import targets from './targets';

export default {
  attestation,
  audit,
  compliance,
  feed,
  imageReadings,
  notifications,
  policy,
  records,
  review,
  reviewQueue,
  reviewScreen,
  schedule,
  snapshot,
  targets,
};
