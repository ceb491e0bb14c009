// zod's own messages in French for the server (types, sizes, formats a schema does not name
// itself): a device must never be shown "Expected string, received number".
import { z } from 'zod';

z.config(z.locales.fr());
