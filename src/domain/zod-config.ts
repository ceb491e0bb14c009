// Browser entries import this first: under our Content-Security-Policy (no 'unsafe-eval') zod cannot
// compile its parsers anyway, and « jitless » stops it probing `new Function`, which the browser
// reports as a policy violation in the console on every page load.
import { z } from 'zod';

z.config({ jitless: true });
