// App entry: mounts the React shell.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import './ui/app.css';
import { registerServiceWorker } from './offline/register-service-worker';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// After the first visit the app opens offline (production builds only).
void registerServiceWorker();
