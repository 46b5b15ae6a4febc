import socialPost from '../../../content-types/social-post/schema.json';
import messageTemplate from '../../../content-types/message-template/schema.json';
import complianceRecord from '../../../content-types/compliance-record/schema.json';
import schedule from '../../../content-types/schedule/schema.json';
import auditEvent from '../../../content-types/audit-event/schema.json';
import policy from '../../../content-types/policy/schema.json';
import imageReading from '../../../content-types/image-reading/schema.json';

// The schemas live in the top-level content-types/ folder, shared by the server and the admin.
export default {
  'social-post': { schema: socialPost },
  'message-template': { schema: messageTemplate },
  'compliance-record': { schema: complianceRecord },
  schedule: { schema: schedule },
  'audit-event': { schema: auditEvent },
  policy: { schema: policy },
  'image-reading': { schema: imageReading },
};
