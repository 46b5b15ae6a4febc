import audit from './audit';
import compliance from './compliance';
import feed from './feed';
import images from './images';
import policy from './policy';
import reviewQueue from './review-queue';
import schedule from './schedule';

export default {
  audit,
  compliance,
  feed,
  images,
  policy,
  reviewQueue,
  schedule,
};
