import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import {
  bootstrapAdmin,
  type Database,
  loadCalls,
  migrateDatabase,
  openDatabase,
  seedDemo,
} from '@screenpop/db';
import { APP_CONFIG, type AppConfig } from '../app/config.js';

export const DATABASE = Symbol('Database');
const DATABASE_OWNED = Symbol('DatabaseOwned');
export const DEMO_SEED = Symbol('DemoSeed');

/** What the first start produced that is shown once: the Shuttle relay token and admin password it generated. */
export class DemoSeedOutcome {
  private shuttleToken: string | undefined;
  private admin: { email: string; password: string } | undefined;

  recordAdmin(admin: { email: string; password: string } | undefined): void {
    this.admin = admin;
  }

  /** The generated administrator's credentials the first time, then never again. */
  takeAdmin(): { email: string; password: string } | undefined {
    const admin = this.admin;
    this.admin = undefined;
    return admin;
  }

  recordShuttleToken(token: string | undefined): void {
    this.shuttleToken = token;
  }

  /** The token the first time, then never again (it is a secret; the database keeps its digest only). */
  takeShuttleToken(): string | undefined {
    const token = this.shuttleToken;
    this.shuttleToken = undefined;
    return token;
  }
}

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
    const demoSeed = new DemoSeedOutcome();
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_OWNED, useValue: database === undefined },
        { provide: DEMO_SEED, useValue: demoSeed },
        {
          provide: DATABASE,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => database ?? openConfiguredDatabase(config, demoSeed),
        },
        DatabaseCloser,
      ],
      exports: [DATABASE, DEMO_SEED],
    };
  }
}

async function openConfiguredDatabase(config: AppConfig, demoSeed: DemoSeedOutcome): Promise<Database> {
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
      const { seeded, shuttleToken } = await seedDemo(database.prisma, {
        shuttleToken: config.demoShuttleToken,
      });
      logger.log(seeded ? 'Seeded the demo data' : 'Demo data already present');
      if (seeded && config.demoHistoryCalls > 0) {
        // A month of calls, so the reports have something to show on the first start.
        const history = await loadCalls(database, { calls: config.demoHistoryCalls, days: 30 });
        logger.log(`Added ${history.calls} calls of history to the demo data`);
      }
      // A token of our own making is shown once; one given in DEMO_SHUTTLE_TOKEN is already known.
      if (!config.demoShuttleToken) demoSeed.recordShuttleToken(shuttleToken);
    }
    {
      // A new installation gets its first administrator; there is no default password.
      const admin = await bootstrapAdmin(database.prisma, {
        email: config.auth.adminEmail,
        password: config.auth.adminPassword,
      });
      if (admin.created) logger.log(`Created the first administrator, ${admin.email}`);
      if (admin.email && admin.generatedPassword) {
        demoSeed.recordAdmin({ email: admin.email, password: admin.generatedPassword });
      }
    }
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
