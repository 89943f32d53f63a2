export * from './organizations.module';
export * from './organizations.service';
export * from './members.service';
