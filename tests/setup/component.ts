// Screen tests: a live query or a lazy page may take more than Testing Library's default second on
// a loaded CI machine; a longer wait costs nothing when the screen is right.
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 10_000 });
