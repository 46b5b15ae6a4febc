import { Page } from '@strapi/strapi/admin';
import { Routes, Route } from 'react-router-dom';

import { OverviewPage } from './OverviewPage';

const App = () => (
  <Routes>
    <Route index element={<OverviewPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
