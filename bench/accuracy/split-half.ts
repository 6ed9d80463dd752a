/** The seeded dev/test split of the gold data: "dev" when the first byte of sha1("entente-split-v1:" + id) is even. */
import { createHash } from 'node:crypto';

export const half = (id: string): 'dev' | 'test' => (createHash('sha1').update('entente-split-v1:' + id).digest()[0] % 2 === 0 ? 'dev' : 'test');
