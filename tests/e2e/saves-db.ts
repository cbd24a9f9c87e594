/** The game's saves as the browser stores them (IndexedDB, idb-keyval's "saves" store), read and written behind the game's back. */
import type { Page } from 'playwright-core';

/** Every entry of the game's IndexedDB store, by key (a save is JSON text; a set-aside game an object). */
export const storedEntries = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('race-of-logistics');
        open.onsuccess = () => {
          const store = open.result.transaction('saves').objectStore('saves');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => resolve(Object.fromEntries(keys.result.map((k, i) => [String(k), values.result[i] as unknown])));
          values.onerror = () => reject(values.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );

export const putEntry = (page: Page, key: string, value: unknown) =>
  page.evaluate(
    ([key, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('race-of-logistics');
        open.onsuccess = () => {
          const tx = open.result.transaction('saves', 'readwrite');
          tx.objectStore('saves').put(value, key);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [key, value] as const,
  );
