import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { productFiles, SRC } from '../support/product-files';

const importsBotbuilder = (file: string): boolean => /(?:from|import|require\()\s*['"](?:botbuilder|botframework-)[^'"]*['"]/.test(readFileSync(file, 'utf8'));

describe('botbuilder at the edge', () => {
  it('only the adapter, the activity handler and the Teams activity conversions import botbuilder', () => {
    const importing = productFiles().filter(importsBotbuilder).map((file) => path.relative(SRC, file).split(path.sep).join('/'));
    assert.deepEqual(importing.sort(), ['bot/pim-activity-handler.ts', 'bot/teams-activity.ts', 'server/create-adapter.ts']);
  });
});
