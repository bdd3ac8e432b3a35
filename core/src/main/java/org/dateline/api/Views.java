package org.dateline.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.store.BadParameter;
import org.dateline.store.Csv;
import org.dateline.store.EventFilter;
import org.dateline.store.EventQueries;
import org.dateline.store.Overviews;

/**
 * The endpoints the web interface draws from, each taking the filters of GET /events: counts per
 * period by QuadClass, dyad edges, located events, and the selection as a CSV or JSON download.
 */
final class Views {
  /** Most edges of a dyad network, events on a map, and rows of a download. */
  static final int MAX_EDGES = 500;
  static final int MAX_POINTS = 20_000;
  static final int MAX_EXPORT = 100_000;

  private final ApiServer api;
  private final EventQueries queries;
  private final Overviews overviews;

  Views(ApiServer api, EventQueries queries, Overviews overviews) {
    this.api = api;
    this.queries = queries;
    this.overviews = overviews;
  }

  void routes(Javalin app) {
    app.get("/timeline", ctx -> {
      Map<String, String> p = ApiServer.params(ctx);
      String by = take(p, "by", "month");
      EventFilter f = EventFilter.parse(p, ApiServer.PAGE, ApiServer.MAX_PAGE);
      ctx.json(Map.of("by", by, "items", api.locked(() -> overviews.timeline(f, by))));
    });
    app.get("/dyads", ctx -> {
      Map<String, String> p = ApiServer.params(ctx);
      int edges = count(take(p, "edges", "100"), "edges", MAX_EDGES);
      EventFilter f = EventFilter.parse(p, ApiServer.PAGE, ApiServer.MAX_PAGE);
      ctx.json(Map.of("items", api.locked(() -> overviews.dyads(f, edges))));
    });
    app.get("/points", ctx -> {
      EventFilter f = EventFilter.parse(ApiServer.params(ctx), ApiServer.PAGE, ApiServer.MAX_PAGE);
      Map<String, Object> out = new LinkedHashMap<>();
      api.locked(() -> {
        out.put("total", overviews.countPoints(f));
        out.put("items", overviews.points(f, MAX_POINTS));
        return null;
      });
      ctx.json(out);
    });
    app.get("/export", this::export);
  }

  /** Every event of the filters (paging ignored), as CSV or JSON, named for saving. */
  private void export(Context ctx) throws Exception {
    Map<String, String> p = ApiServer.params(ctx);
    String format = take(p, "format", "csv");
    if (!format.equals("csv") && !format.equals("json")) throw new BadParameter("format", "'" + format + "' is not csv or json");
    p.put("limit", String.valueOf(MAX_EXPORT));
    p.put("offset", "0");
    EventFilter f = EventFilter.parse(p, MAX_EXPORT, MAX_EXPORT);
    List<Map<String, Object>> rows = api.locked(() -> queries.events(f));
    ctx.header("Content-Disposition", "attachment; filename=\"dateline-events." + format + "\"");
    if (format.equals("json")) {
      ctx.json(rows);
      return;
    }
    StringWriter s = new StringWriter();
    try (PrintWriter w = new PrintWriter(s)) {
      Csv.write(rows, w);
    }
    ctx.contentType("text/csv; charset=utf-8").result(s.toString());
  }

  private static String take(Map<String, String> p, String name, String otherwise) {
    String v = p.remove(name);
    return v == null || v.isBlank() ? otherwise : v.strip();
  }

  private static int count(String v, String name, int max) {
    return EventFilter.wholeNumber(name, v, 1, max);
  }
}
