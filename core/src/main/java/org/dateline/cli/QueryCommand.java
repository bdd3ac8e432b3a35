package org.dateline.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.store.BadParameter;
import org.dateline.store.EventFilter;
import org.dateline.store.EventQueries;
import org.dateline.store.Store;
import org.dateline.store.TextIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Lists stored events that match the filters (all filters must hold), or counts them per "
        + "period with --by, or lists articles matching a full-text search with --search.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done (also when nothing matched)", "1:no database or a database error", "2:bad usage"})
final class QueryCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "dateline.db", description = "database (default: ${DEFAULT-VALUE})")
  Path db;

  @Option(names = "--parquet", paramLabel = "DIR",
      description = "read the Parquet tables of `dateline spark code --out DIR` instead of a database")
  Path parquet;

  @Option(names = "--actor", paramLabel = "CODE", description = "an actor's code or its start (CHN matches CHNGOV)")
  String actor;
  @Option(names = "--country", paramLabel = "ISO3", description = "an actor's country")
  String country;
  @Option(names = "--sector", paramLabel = "CODE", description = "an actor's sector (GOV, MIL, REB, ...)")
  String sector;
  @Option(names = "--name", description = "words of an actor's name")
  String name;
  @Option(names = "--dyad", paramLabel = "A-B", description = "source and target actor, e.g. USA-CHN")
  String dyad;
  @Option(names = "--mutual", description = "the dyad in either direction")
  boolean mutual;
  @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO code or its start (112 matches 1121)")
  String cameo;
  @Option(names = "--root", paramLabel = "NN", description = "CAMEO root, two digits")
  String root;
  @Option(names = "--quad", paramLabel = "1-4", description = "QuadClass")
  String quad;
  @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER event type, e.g. ACCUSE")
  String plover;
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "events on or after this day")
  String from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "events on or before this day")
  String to;
  @Option(names = "--place", paramLabel = "ISO3", description = "country where the event took place")
  String place;
  @Option(names = "--near", paramLabel = "LAT,LON", description = "events within --km of this point")
  String near;
  @Option(names = "--km", description = "radius for --near (default 50)")
  String km;
  @Option(names = "--text", description = "full-text query over article text and evidence (Lucene syntax)")
  String text;
  @Option(names = "--sort", description = "date, mentions, sources, articles, goldstein or id; '-' first for descending")
  String sort;
  @Option(names = "--all", description = "also events not told as having happened: denied, only supposed or still "
      + "to come (left out by default)")
  boolean all;
  @Option(names = "--limit", defaultValue = "50", description = "at most this many rows (default: ${DEFAULT-VALUE})")
  String limit;
  @Option(names = "--offset", description = "skip this many rows first")
  String offset;

  @Option(names = "--by", paramLabel = "PERIOD", description = "count events and mean Goldstein per day, week, month or year")
  String by;
  @Option(names = "--search", paramLabel = "QUERY", description = "list articles matching this full-text query instead")
  String search;
  @Option(names = "--event", paramLabel = "ID", description = "show one event with every mention's evidence (JSON)")
  Long event;
  @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE})")
  Tables.Format format;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    try (Store store = parquet != null ? Store.openParquet(parquet) : Store.openReadOnly(db)) {
      // Parquet tables come without a full-text index: it is built next to them when first needed.
      if (parquet != null && (search != null || text != null)) new TextIndex(store.indexDir()).sync(store.connection());
      EventQueries q = new EventQueries(store);
      if (event != null) {
        Map<String, Object> e = q.event(event);
        if (e == null) throw new CommandLine.ParameterException(spec.commandLine(), "--event: no event " + event);
        Tables.print(List.of(e), Tables.Format.jsonl, out);
        return 0;
      }
      EventFilter f = EventFilter.parse(filters(), 50, 1_000_000);
      List<Map<String, Object>> rows = search != null ? q.search(search, f.limit())
          : by != null ? q.aggregate(f, by) : q.events(f);
      Tables.print(rows, format, out);
      return 0;
    } catch (BadParameter e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--" + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (SQLException e) {
      System.err.println("dateline: " + e.getMessage());
      return 1;
    }
  }

  private Map<String, String> filters() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("actor", actor);
    m.put("country", country);
    m.put("sector", sector);
    m.put("name", name);
    m.put("dyad", dyad);
    m.put("mutual", String.valueOf(mutual));
    m.put("cameo", cameo);
    m.put("root", root);
    m.put("quad", quad);
    m.put("plover", plover);
    m.put("from", from);
    m.put("to", to);
    m.put("place", place);
    m.put("near", near);
    m.put("km", km);
    m.put("text", text);
    m.put("sort", sort);
    m.put("limit", limit);
    m.put("offset", offset);
    m.put("all", String.valueOf(all));
    return m;
  }
}
