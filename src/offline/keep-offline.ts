/**
 * The home page's "Keep this language offline" control (src/components/KeepOffline.astro),
 * bundled to /offline/keep-offline.js and loaded when the control nears the window. It
 * shows the download size from the locale's list (/offline/<locale>.json, written by
 * scripts/build-offline.ts) before anything is downloaded; the worker downloads, reports
 * progress and removes (src/offline/sw.ts), since it owns the caches and their versions.
 * The progress bar is not a live region (a count per file would flood a screen reader);
 * the status line announces the outcome once.
 */
import { fill } from '../i18n/fill';
import type { Locale } from '../i18n/locales';
import { formatBytes, type OfflineReply, type OfflineRequest, type OfflineSet } from '../lib/offline';

const section = document.querySelector<HTMLElement>('#keep-offline');
const keepButton = section?.querySelector<HTMLButtonElement>('[data-keep]');
const removeButton = section?.querySelector<HTMLButtonElement>('[data-remove]');
const progressBox = section?.querySelector<HTMLElement>('.progress');
const progressBar = progressBox?.querySelector('progress');
const progressText = progressBox?.querySelector('p');
const status = section?.querySelector<HTMLElement>('.status');
const size = section?.querySelector<HTMLElement>('.size');

if (section && keepButton && removeButton && progressBox && progressBar && progressText && status && size) {
  const texts = section.dataset;
  const locale = texts['locale'] as Locale;
  const set = (await (await fetch(`/offline/${locale}.json`)).json()) as OfflineSet;
  size.textContent = fill(texts['size'] ?? '', { size: formatBytes(set.bytes, texts['intlLocale'] ?? locale) });

  const { active } = await navigator.serviceWorker.ready;
  const send = (request: OfflineRequest) => active?.postMessage(request);
  const showKept = (kept: boolean) => {
    keepButton.hidden = kept;
    keepButton.disabled = false;
    removeButton.hidden = !kept;
    progressBox.hidden = true;
  };

  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<OfflineReply>) => {
    const reply = event.data;
    if (reply.locale !== locale) return;
    if (reply.type === 'status') showKept(reply.kept);
    else if (reply.type === 'progress') {
      progressBar.value = reply.done / reply.total;
      progressText.textContent = fill(texts['progress'] ?? '', { done: reply.done, total: reply.total });
    } else {
      showKept(reply.type === 'kept');
      status.textContent = texts[reply.type] ?? '';
      (reply.type === 'kept' ? removeButton : keepButton).focus();
    }
  });

  keepButton.addEventListener('click', () => {
    keepButton.disabled = true;
    status.textContent = '';
    progressBar.value = 0;
    progressText.textContent = '';
    progressBox.hidden = false;
    send({ type: 'keep', locale });
  });
  removeButton.addEventListener('click', () => {
    status.textContent = '';
    send({ type: 'remove', locale });
  });
  send({ type: 'status', locale });
}
