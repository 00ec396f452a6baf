import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, ServiceSchema } from './service-schema';
import { openServiceDataSource } from './migrate';

/** The service's one TypeORM connection to its own schema, migrated before anything else starts. */
@Module({})
export class PersistenceModule {
  static forService(databaseUrl: string, owned: ServiceSchema, applicationName: string): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(databaseUrl, owned, applicationName),
          dataSourceFactory: async () => openServiceDataSource(databaseUrl, owned, applicationName),
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
