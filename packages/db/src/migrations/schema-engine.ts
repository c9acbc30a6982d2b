import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';

export type { SchemaEngine };
export type {
  MigrationList,
  SchemaContainer,
  SchemaFilter,
} from '@prisma/schema-engine-wasm/schema_engine_bg';

type EngineModule = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

// The ES2023 lib without DOM does not declare the WebAssembly global that Node provides.
declare const WebAssembly: {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: Record<string, object>): Promise<{ exports: Record<string, unknown> }>;
};

export const noFilters = { externalTables: [], externalEnums: [] };

let engineModule: Promise<EngineModule> | undefined;

/** The package targets bundlers (its entry imports the .wasm as a module), so it is instantiated here, once per process. */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= instantiateEngine().catch((error: unknown) => {
    engineModule = undefined;
    throw error;
  });
  return engineModule;
}

async function instantiateEngine(): Promise<EngineModule> {
  const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const glue = (await import(pathToFileURL(gluePath).href)) as EngineModule;
  const wasm = await WebAssembly.compile(await readFile(join(dirname(gluePath), 'schema_engine_bg.wasm')));
  const instance = await WebAssembly.instantiate(wasm, {
    './schema_engine_bg.js': glue,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

/** Runs `work` with a schema engine connected through `adapters`, then frees the engine. */
export async function withSchemaEngine<T>(
  adapters: SqlMigrationAwareDriverAdapterFactory,
  datamodel: { path: string; content: string } | undefined,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const factory = bindMigrationAwareSqlAdapterFactory(adapters);
  const options = {
    datamodels: datamodel ? [[datamodel.path, datamodel.content] as [string, string]] : undefined,
  };

  let engine: SchemaEngine;
  try {
    engine = await SchemaEngine.new(options, () => {}, factory);
  } catch (error) {
    throw readableEngineError(error, factory.errorRegistry);
  }
  try {
    return await work(engine);
  } catch (error) {
    throw readableEngineError(error, factory.errorRegistry);
  } finally {
    engine.free();
  }
}

/**
 * Engine errors end with a Rust span trace, and errors thrown by our JavaScript adapters only
 * show up as "External error id#N": keep the message and put the original error back in.
 */
function readableEngineError(error: unknown, registry: ErrorRegistry): unknown {
  if (!(error instanceof Error)) return error;
  const lines = error.message.split('\n');
  const traceStart = lines.findIndex((line) => /^\s*0: /.test(line));
  let message = (traceStart === -1 ? lines : lines.slice(0, traceStart)).join('\n').trim();

  const externalId = /External error id#(\d+)/.exec(message)?.[1];
  const original = externalId === undefined ? undefined : registry.consumeError(Number(externalId))?.error;
  if (original !== undefined) {
    const detail = original instanceof Error ? original.message : String(original);
    message = `${message.replace(/\s*External error id#\d+/, '')}: ${detail}`;
  }
  return new Error(message, { cause: original ?? error });
}
