import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyStoredLanguage } from '@/lib/i18n/i18n';
import { registerServiceWorker } from '@/lib/offline/register-service-worker';
import './index.css';

function render(container: HTMLElement): void {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) {
  void applyStoredLanguage().then(() => {
    render(container);
    registerServiceWorker();
  });
}
