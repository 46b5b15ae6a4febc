import { REVIEW_STATES, SCHEDULE_ACTIONS, SCHEDULE_STATUSES } from '../../../../shared/constants';
import complianceRecord from '../../../../content-types/compliance-record/schema.json';
import schedule from '../../../../content-types/schedule/schema.json';

// A schema is JSON and cannot import the shared lists: it must say the same values.
describe("the content types' enumerations are the shared lists", () => {
  it.each([
    ['compliance-record.reviewState', complianceRecord.attributes.reviewState.enum, REVIEW_STATES],
    ['schedule.action', schedule.attributes.action.enum, SCHEDULE_ACTIONS],
    ['schedule.status', schedule.attributes.status.enum, SCHEDULE_STATUSES],
  ])('%s', (_name, schemaValues, sharedValues) => {
    expect(schemaValues).toEqual([...sharedValues]);
  });
});
