import { Page } from '@strapi/strapi/admin';
import { Routes, Route } from 'react-router-dom';

import { AuditPage } from './AuditPage';
import { CalendarPage } from './CalendarPage';
import { PolicyPage } from './PolicyPage';
import { ReviewPage } from './ReviewPage';
import { ReviewQueuePage } from './ReviewQueuePage';

const App = () => (
  <Routes>
    <Route index element={<ReviewQueuePage />} />
    <Route path="review/:uid/:documentId" element={<ReviewPage />} />
    <Route path="calendar" element={<CalendarPage />} />
    <Route path="audit" element={<AuditPage />} />
    <Route path="policy" element={<PolicyPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
