import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type Database, migrateDatabase, openDatabase, seedDemo } from '@screenpop/db';
import { APP_CONFIG, type AppConfig } from '../app/config.js';

export const DATABASE = Symbol('Database');
const DATABASE_OWNED = Symbol('DatabaseOwned');

/** Closes the database on shutdown when the app opened it (a test's database belongs to the test). */
@Injectable()
class DatabaseCloser implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(DATABASE_OWNED) private readonly owned: boolean,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.owned) await this.database.close();
  }
}

@Global()
@Module({})
export class DatabaseModule {
  /** Uses the given database, or opens the configured one, migrating and seeding it as configured. */
  static forRoot(database?: Database): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_OWNED, useValue: database === undefined },
        {
          provide: DATABASE,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => database ?? openConfiguredDatabase(config),
        },
        DatabaseCloser,
      ],
      exports: [DATABASE],
    };
  }
}

async function openConfiguredDatabase(config: AppConfig): Promise<Database> {
  const logger = new Logger('Database');
  const database = await openDatabase(config.database);
  try {
    logger.log(`Opened ${database.kind} database at ${database.location}`);
    if (config.migrateOnStart) {
      const { applied } = await migrateDatabase(database);
      logger.log(
        applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date',
      );
    }
    if (config.seedDemo) {
      const { seeded } = await seedDemo(database.prisma);
      logger.log(seeded ? 'Seeded the demo data' : 'Demo data already present');
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
