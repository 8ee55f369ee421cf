// npm run db:start | db:stop | db:status | db:schema. Parses the command, prints one line, sets the exit code.
import { localUri, readConfig } from './config.ts';
import { connect } from './connection.ts';
import { startLocal, statusLocal, stopLocal } from './local.ts';
import { applySchema } from './schema.ts';

const USAGE = 'Usage: tsx db/cli.ts start|stop|status|schema';

async function main(command: string | undefined): Promise<string> {
  switch (command) {
    case 'start': {
      const started = await startLocal();
      const { home } = await statusLocal();
      const state = started.alreadyRunning ? 'already running' : 'running';
      return `Neo4j ${started.version} ${state} at ${started.uri} (pid ${started.pid}, data ${home})`;
    }
    case 'stop': {
      const { uri, home } = await statusLocal();
      return (await stopLocal())
        ? `Neo4j at ${uri} stopped (data kept in ${home})`
        : `Neo4j at ${uri} was not running (data ${home})`;
    }
    case 'status': {
      const status = await statusLocal();
      if (!status.running) {
        return `Neo4j at ${status.uri} is not running (data ${status.home}); start it with npm run db:start`;
      }
      const state = status.version ? `Neo4j ${status.version} running` : 'Neo4j starting';
      return `${state} at ${status.uri} (pid ${status.pid ?? '?'}, data ${status.home})`;
    }
    case 'schema': {
      const config = readConfig();
      const driver = await connect(config);
      try {
        const count = await applySchema(driver);
        return `Schema applied at ${config.uri ?? localUri(config.port)} (${count} statements of cypher/schema.cypher)`;
      } finally {
        await driver.close();
      }
    }
    default:
      throw new Error(USAGE);
  }
}

main(process.argv[2]).then(
  (line) => {
    console.log(line);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
