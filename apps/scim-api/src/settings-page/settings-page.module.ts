import { Module } from '@nestjs/common';
import { SettingsPageController } from './settings-page.controller';

/** The static settings page; it holds no data and talks to the settings API from the browser. */
@Module({ controllers: [SettingsPageController] })
export class SettingsPageModule {}
