/**
 * Reads one table of the extension's IndexedDB, bypassing our code; given to a page's or a
 * worker's evaluate (Playwright's or puppeteer's), so it holds everything it uses. Before the
 * extension has created its database there is nothing to read: opening it here would create an
 * empty one (and the read would throw where nothing catches it, so the answer would never come),
 * so the open steps back and the answer is an empty table.
 */
export function readTable({ database, table }: { database: string; table: string }): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(database);
    open.onupgradeneeded = () => {
      open.transaction!.abort();
      resolve([]);
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      try {
        if (!db.objectStoreNames.contains(table)) {
          db.close();
          resolve([]);
          return;
        }
        const request = db.transaction(table).objectStore(table).getAll();
        request.onsuccess = () => {
          db.close();
          resolve(request.result);
        };
        request.onerror = () => {
          db.close();
          reject(request.error);
        };
      } catch (error) {
        db.close();
        reject(error);
      }
    };
  });
}
