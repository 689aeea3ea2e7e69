/**
 * The "updated" notice, bundled to /sw-update.js, which the service worker adds to the
 * pages it serves while a newer worker waits (src/offline/sw.ts). The new worker waits, so
 * this page keeps the assets it was loaded with; the notice's Reload button lets the new
 * worker take over and reloads into the new version.
 * Another tab's Reload also moves this page to the new worker, so the notice stays until
 * this page is reloaded too. The text comes from the page's `<template id="update-notice">`
 * (src/components/UpdateNotice.astro), so it is in the page's language.
 */
import type { OfflineRequest } from '../lib/offline';

const serviceWorker = navigator.serviceWorker;
const registration = await serviceWorker.getRegistration();
const template = document.querySelector<HTMLTemplateElement>('#update-notice');

/** A polite live region added empty, then filled, so screen readers announce its text. */
function showNotice(worker: ServiceWorker): void {
  if (!template || document.querySelector('.update-notice')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  document.body.append(notice);
  requestAnimationFrame(() => {
    notice.append(template.content.cloneNode(true));
    notice.querySelector('button')?.addEventListener('click', () => {
      // Another tab may have let the new worker in already.
      if (worker.state !== 'installed') location.reload();
      serviceWorker.addEventListener('controllerchange', () => location.reload());
      worker.postMessage({ type: 'skip-waiting' } satisfies OfflineRequest);
    });
  });
}

const waiting = registration?.waiting;
if (waiting) showNotice(waiting);
