// Installs Kring's service worker (sw.js), which keeps the app's own files so Kring opens
// and works without a network after the first visit. A file of its own because the page's
// Content-Security-Policy allows no inline script. Nothing here touches the maps.
if ('serviceWorker' in navigator && window.isSecureContext) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((err) => {
      // Kring still works online without it; say why in the console for whoever looks.
      console.warn('Kring: offline use is not available:', err);
    });
  });
}
