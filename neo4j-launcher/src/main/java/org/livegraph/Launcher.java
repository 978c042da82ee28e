package org.livegraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community embedded with the Bolt connector, so that the project needs no Docker
 * and no Neo4j installation. Arguments: --data DIR --port N (0 picks a free port) [--host H]
 * [--pagecache SIZE] (like 256m or 2g; default 256m).
 *
 * <p>It prints one line "BOLT_READY bolt://host:port" once Bolt accepts connections, and stops
 * cleanly on SIGINT/SIGTERM or when its standard input closes: the parent holds the pipe, so
 * the database never outlives the process that started it, even one killed with SIGKILL.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(option(args, "--data", "data/neo4j")).toAbsolutePath();
    String host = option(args, "--host", "127.0.0.1");
    int port = Integer.parseInt(option(args, "--port", "7687"));
    long pagecache = bytes(option(args, "--pagecache", "256m"));

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(data)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
            // Loopback only and started by the project for its own use: no users to manage.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
            // Netty waits for a quiet period per event loop group before Bolt stops (5 s each, 10 s a stop);
            // the API has closed its driver by then, so nothing is left to wait for.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    HostnamePort bolt =
        db.getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT);
    System.out.println("BOLT_READY bolt://" + bolt.getHost() + ":" + bolt.getPort());
    System.out.flush();

    exitWhenStdinCloses();
  }

  private static void exitWhenStdinCloses() {
    Thread watcher =
        new Thread(
            () -> {
              InputStream in = System.in;
              byte[] buf = new byte[256];
              try {
                while (in.read(buf) >= 0) {
                  // Input is ignored; only its end matters.
                }
              } catch (IOException ignored) {
                // A broken pipe means the parent is gone, the same as end of input.
              }
              System.exit(0);
            },
            "parent-watch");
    watcher.setDaemon(false);
    watcher.start();
  }

  /** A size like 512m or 2g (k, m, g: powers of 1024), as the JVM's -Xmx takes it. */
  private static long bytes(String size) {
    String s = size.trim().toLowerCase();
    int shift = "kmg".indexOf(s.charAt(s.length() - 1));
    if (shift < 0) {
      return Long.parseLong(s);
    }
    return Long.parseLong(s.substring(0, s.length() - 1)) << (10 * (shift + 1));
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
