// A fresh in-memory IndexedDB for every test file, shared by Dexie and idb-keyval.
import 'fake-indexeddb/auto';
