package org.dateline.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dateline.api.ApiServer;
import org.dateline.nlp.NlpConfig;
import org.dateline.pipeline.Pipeline;
import org.dateline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the store over HTTP: the web interface at /, the JSON API (described at /openapi.json). "
        + "Read-only unless started with a token, which POST /articles then requires as 'Authorization: Bearer TOKEN'.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "dateline.db", description = "database (default: ${DEFAULT-VALUE})")
  Path db;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "port, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:DATELINE_TOKEN}",
      description = "allow writes with this bearer token (default: $DATELINE_TOKEN; none: read-only)")
  String token;

  @Option(names = "--max-body", defaultValue = "1048576", description = "largest request body in bytes (default: ${DEFAULT-VALUE})")
  long maxBody;

  @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "drop a connection that sends nothing for this long, e.g. a client that stops half way through "
          + "a request (default: ${DEFAULT-VALUE})")
  int idleTimeout;

  @Option(names = "--nlp", defaultValue = NlpConfig.DEFAULT_PROFILE, description = "CoreNLP profile for posted articles")
  String nlpProfile;

  private Pipeline pipeline;

  @Override
  public Integer call() throws InterruptedException {
    String t = token == null || token.isBlank() ? null : token;
    try (Store store = t == null ? Store.openReadOnly(db) : Store.open(db);
         ApiServer server = new ApiServer(store, a -> pipeline().process(a), t, maxBody)) {
      int actual = server.idleTimeout(Duration.ofSeconds(idleTimeout)).start(host, port);
      System.err.println("dateline: serving " + db + " on http://" + host + ":" + actual + "/ ("
          + (t == null ? "read-only" : "writes need the token") + "); Ctrl-C stops");
      new CountDownLatch(1).await();
      return 0;
    } catch (SQLException e) {
      System.err.println("dateline: " + e.getMessage());
      return 1;
    }
  }

  private synchronized Pipeline pipeline() {
    // Loaded on the first posted article: a server that only reads needs no models.
    if (pipeline == null) pipeline = new Pipeline(new NlpConfig(nlpProfile));
    return pipeline;
  }
}
