// Asks the browser to keep our data (no eviction under storage pressure) and reports usage.
export interface StorageStatus {
  persisted: boolean;
  usageBytes?: number;
  quotaBytes?: number;
}

export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function storageStatus(): Promise<StorageStatus> {
  if (!navigator.storage) return { persisted: false };
  const [persisted, estimate] = await Promise.all([
    navigator.storage.persisted?.() ?? Promise.resolve(false),
    navigator.storage.estimate?.() ?? Promise.resolve({} as StorageEstimate),
  ]);
  return { persisted, usageBytes: estimate.usage, quotaBytes: estimate.quota };
}
