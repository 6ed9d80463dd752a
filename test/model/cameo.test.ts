import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameo, cameoTable, goldstein, quadClass } from '../../src/model/cameo.ts';
import { countryOf } from '../../src/model/countries.ts';

test('CAMEO table covers the 20 roots with Goldstein weights', () => {
  const t = cameoTable();
  assert.ok(t.size > 300);
  for (let r = 1; r <= 20; r++) assert.ok(t.has(String(r).padStart(2, '0')), `root ${r}`);
  assert.equal(goldstein('190'), -10);
  assert.equal(goldstein('016', 'gdelt'), -2);
  assert.equal(goldstein('016', 'icews'), -5);
});

test('lookup falls back to the parent code', () => {
  assert.equal(cameo('0314')?.code, '0314');
  assert.equal(cameo('0399')?.code, '039');
});

test('quad class schemes differ on roots 09 and 14 only', () => {
  const diff: number[] = [];
  for (let r = 1; r <= 20; r++) {
    const c = String(r).padStart(2, '0');
    if (quadClass(c, 'gdelt') !== quadClass(c, 'icews')) diff.push(r);
  }
  assert.deepEqual(diff, [9, 14]);
  assert.throws(() => quadClass('21'), /not a CAMEO code/);
});

test('sub-actors roll up to their country, non-state actors keep their code', () => {
  assert.equal(countryOf('IRNGOV'), 'IRN');
  assert.equal(countryOf('IRQMIL'), 'IRQ');
  assert.equal(countryOf('ISIS'), 'ISIS');
});
