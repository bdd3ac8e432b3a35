package org.dateline.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dateline.model.Article;
import org.dateline.model.Document;
import org.dateline.store.BadParameter;
import org.dateline.store.EventFilter;
import org.dateline.store.EventQueries;
import org.dateline.store.Overviews;
import org.dateline.store.Store;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;

/**
 * The HTTP API over a store: events, actors, articles, aggregates and search with the filters of
 * {@code dateline query}, JSON and paginated, described by /openapi.json. Coding a posted article
 * is open to all; storing it needs the server's write token, and without a token nothing writes.
 * DuckDB connections are not meant for concurrent use, so requests take turns on the store. The web
 * interface is served at / from the same process ({@link WebUi}).
 */
public final class ApiServer implements AutoCloseable {
  /** Page size when none is asked for, and the largest one served. */
  static final int PAGE = 50;
  static final int MAX_PAGE = 500;

  private final Store store;
  private final EventQueries queries;
  private final Posts posts;
  private final Javalin app;
  private Duration idleTimeout = Duration.ofSeconds(30);

  /**
   * @param coder   codes one article (the pipeline), loaded by the caller when first needed
   * @param token   bearer token that writes require, or null for a read-only server
   * @param maxBody largest request body accepted, in bytes
   */
  public ApiServer(Store store, Function<Article, Document> coder, String token, long maxBody) {
    this.store = store;
    this.queries = new EventQueries(store);
    this.posts = new Posts(store, coder, token, maxBody);
    this.app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = maxBody;
      WebUi.configure(cfg);
    });
    WebUi.routes(app);
    routes();
    new Views(this, queries, new Overviews(store)).routes(app);
    errors();
  }

  /**
   * How long a connection may send nothing before it is dropped (default 30 s), so a client that
   * stops half way through a request does not hold a connection, or a worker reading its body,
   * for ever. Set before {@link #start}.
   */
  public ApiServer idleTimeout(Duration timeout) {
    this.idleTimeout = timeout;
    return this;
  }

  /** Starts listening; port 0 takes a free port. Returns the port. */
  public int start(String host, int port) {
    app.start(host, port);
    for (Connector c : app.jettyServer().server().getConnectors()) {
      if (c instanceof AbstractConnector a) a.setIdleTimeout(idleTimeout.toMillis());
    }
    return app.port();
  }

  private void routes() {
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
    app.get("/events", ctx -> {
      EventFilter f = filter(ctx);
      ctx.json(locked(() -> page(f.limit(), f.offset(), queries.countEvents(f), queries.events(f))));
    });
    app.get("/events/{id}", ctx -> {
      long id = eventId(ctx.pathParam("id"));
      ctx.json(found(locked(() -> queries.event(id)), "event " + id));
    });
    app.get("/aggregates", ctx -> {
      Map<String, String> p = params(ctx);
      String by = p.remove("by");
      EventFilter f = EventFilter.parse(p, PAGE, MAX_PAGE);
      ctx.json(Map.of("by", by == null ? "month" : by, "items", locked(() -> queries.aggregate(f, by == null ? "month" : by))));
    });
    app.get("/actors", ctx -> {
      Map<String, String> p = known(params(ctx), "q", "country", "sector", "limit", "offset");
      int limit = limit(p);
      int offset = offset(p);
      ctx.json(page(limit, offset, null, locked(() -> queries.actors(p.get("q"), upper(p.get("country")),
          upper(p.get("sector")), limit, offset))));
    });
    app.get("/articles", ctx -> {
      Map<String, String> p = known(params(ctx), "source", "limit", "offset");
      int limit = limit(p);
      int offset = offset(p);
      ctx.json(page(limit, offset, null, locked(() -> queries.articles(p.get("source"), limit, offset))));
    });
    app.get("/articles/{id}", ctx -> {
      String id = ctx.pathParam("id");
      ctx.json(found(locked(() -> queries.article(id)), "article " + id));
    });
    app.get("/search", ctx -> {
      Map<String, String> p = known(params(ctx), "q", "limit");
      if (p.get("q") == null || p.get("q").isBlank()) throw new BadParameter("q", "is required: the text to search for");
      int limit = limit(p);
      ctx.json(Map.of("q", p.get("q"), "items", locked(() -> queries.search(p.get("q"), limit))));
    });
    app.post("/code", ctx -> ctx.json(posts.code(ctx)));
    app.post("/articles", ctx -> {
      Object record = posts.codeAndStore(ctx);
      ctx.status(HttpStatus.CREATED).json(record);
    });
  }

  private void errors() {
    app.exception(BadParameter.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage(), "parameter", e.parameter())));
    app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
    app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(Map.of("error", e.getMessage())));
    app.exception(Exception.class, (e, ctx) -> ctx.status(500).json(Map.of("error", "internal error: " + e.getMessage())));
    app.error(404, ctx -> {
      if (ctx.result() == null) ctx.json(Map.of("error", "no such resource: " + ctx.method() + " " + ctx.path()));
    });
    app.error(413, ctx -> {
      if (ctx.result() == null) ctx.json(Map.of("error", "request body too large"));
    });
  }

  interface Query<T> {
    T run() throws Exception;
  }

  <T> T locked(Query<T> q) throws Exception {
    synchronized (store) {
      return q.run();
    }
  }

  static Map<String, Object> page(int limit, int offset, Long total, List<Map<String, Object>> items) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (total != null) out.put("total", total);
    out.put("limit", limit);
    out.put("offset", offset);
    out.put("items", items);
    return out;
  }

  private static EventFilter filter(Context ctx) {
    return EventFilter.parse(params(ctx), PAGE, MAX_PAGE);
  }

  /** First value of each query parameter. */
  static Map<String, String> params(Context ctx) {
    Map<String, String> p = new LinkedHashMap<>();
    ctx.queryParamMap().forEach((k, v) -> p.put(k, v.isEmpty() ? null : v.get(0)));
    return p;
  }

  private static Map<String, String> known(Map<String, String> p, String... names) {
    List<String> ok = List.of(names);
    for (String k : p.keySet()) {
      if (!ok.contains(k)) throw new BadParameter(k, "unknown parameter; known: " + String.join(", ", ok));
    }
    return p;
  }

  private static int limit(Map<String, String> p) {
    return EventFilter.parse(Map.of("limit", p.getOrDefault("limit", "") == null ? "" : p.getOrDefault("limit", "")),
        PAGE, MAX_PAGE).limit();
  }

  private static int offset(Map<String, String> p) {
    return EventFilter.parse(Map.of("offset", p.getOrDefault("offset", "") == null ? "" : p.getOrDefault("offset", "")),
        PAGE, MAX_PAGE).offset();
  }

  /** An event id; one with more digits than any id has is simply not there (404). */
  private static long eventId(String v) {
    if (!v.matches("[-+]?\\d{1,30}")) throw new BadParameter("id", "'" + v + "' is not a whole number");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new HttpResponseException(404, "no event " + v, Map.of());
    }
  }

  private static <T> T found(T value, String what) {
    if (value == null) throw new HttpResponseException(404, "no " + what, Map.of());
    return value;
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
  }

  private static String openApi() throws IOException {
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) throw new IOException("openapi.json is missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
