// The embedded Neo4j of a local stancegraph instance. db/local.ts runs it in single-file source mode:
//   java @db/jvm.options -cp <jars> db/Launcher.java <port> <home> <conf>
// with the password of user neo4j in NEO4J_PASSWORD. Prints one "ready" line once Bolt accepts it.
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.Version;

public class Launcher {
    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("NEO4J_PASSWORD is not set");
        }
        var dbms = new DatabaseManagementServiceBuilder(Path.of(args[1]).toAbsolutePath())
                .loadPropertiesFromFile(Path.of(args[2]))
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .build();
        // SIGTERM (db:stop) runs this: Neo4j checkpoints and closes its store, so the data stays consistent.
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        try {
            setPassword(dbms.database("system"), password);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("ready: Neo4j " + Version.getNeo4jVersion() + " at bolt://127.0.0.1:" + port);
        Thread.currentThread().join();
    }

    // Applied on every start so that a changed NEO4J_PASSWORD takes effect. Neo4j refuses to "change" a
    // password to the one it already has, which here only means there is nothing to do.
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }
}
