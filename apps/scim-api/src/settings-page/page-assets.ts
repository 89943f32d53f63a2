import { NotFoundException } from '@nestjs/common';
import { API_SCRIPT } from './assets/api.script';
import { FORMAT_SCRIPT } from './assets/format.script';
import { PAGE_HTML } from './assets/page.html';
import { PAGE_CSS } from './assets/page.css';
import { PAGE_SCRIPT } from './assets/page.script';
import { TOKENS_SCRIPT } from './assets/tokens.script';
import { ACTIVITY_SCRIPT } from './assets/activity.script';

export interface PageAsset {
  contentType: string;
  body: string;
}

/**
 * The page's files live in TypeScript modules as strings, so `nest build` carries them into dist (and the Docker
 * image) without an asset-copy step. The scripts are plain ES modules that import each other by these names.
 */
const ASSETS: ReadonlyMap<string, PageAsset> = new Map([
  ['page.css', { contentType: 'text/css; charset=utf-8', body: PAGE_CSS }],
  ['page.js', { contentType: 'text/javascript; charset=utf-8', body: PAGE_SCRIPT }],
  ['api.js', { contentType: 'text/javascript; charset=utf-8', body: API_SCRIPT }],
  ['format.js', { contentType: 'text/javascript; charset=utf-8', body: FORMAT_SCRIPT }],
  ['tokens.js', { contentType: 'text/javascript; charset=utf-8', body: TOKENS_SCRIPT }],
  ['activity.js', { contentType: 'text/javascript; charset=utf-8', body: ACTIVITY_SCRIPT }],
]);

export const SETTINGS_PAGE_HTML = PAGE_HTML;

export function findPageAsset(name: string): PageAsset {
  const asset = ASSETS.get(name);
  if (asset === undefined) throw new NotFoundException('No such asset');
  return asset;
}
