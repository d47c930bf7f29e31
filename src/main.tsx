// App entry: mounts the React shell and the service worker's update prompt.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import './ui/app.css';
import { startServiceWorker } from './offline/register-service-worker';
import { UpdatePrompt } from './offline/UpdatePrompt';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
    <UpdatePrompt />
  </StrictMode>,
);

// Production builds: the app installs, opens offline after the first visit and is cross-origin
// isolated on any static host (src/offline/sw.ts).
startServiceWorker();
