import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@app/tokens';
import { findPageAsset, SETTINGS_PAGE_HTML } from './page-assets';
import { PageHeaders } from './page-headers';

/**
 * Organization Settings › Authentication and SSO as a static page. Public because it holds no data: the browser
 * reads the console session from the URL fragment and calls the settings API, which does the authorization.
 */
@Controller('settings/scim')
@Public()
export class SettingsPageController {
  @Get()
  @PageHeaders()
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(): string {
    return SETTINGS_PAGE_HTML;
  }

  @Get('assets/:name')
  @PageHeaders()
  asset(@Param('name') name: string, @Res({ passthrough: true }) res: Response): string {
    const asset = findPageAsset(name);
    res.type(asset.contentType);
    return asset.body;
  }
}
