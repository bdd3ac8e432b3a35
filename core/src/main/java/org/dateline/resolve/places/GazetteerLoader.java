package org.dateline.resolve.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.dateline.util.Tsv;

/** Reads the gazetteer resource into a {@link Gazetteer} with its name indexes. */
final class GazetteerLoader {
  // Column order of the generated file (scripts/gazetteer/make-gazetteer.js).
  private static final int ID = 0, NAME = 1, ALT = 2, ADJ = 3, ABBR = 4, FCODE = 5, CC = 6, ADMIN = 7,
      LAT = 8, LON = 9, POP = 10, ISO3 = 11;
  private static final String KNOWLEDGE_COUNTRIES = "/dateline/knowledge/countries.tsv";

  private final Map<String, String> pool = new HashMap<>();
  private final Map<String, String> iso3 = new HashMap<>();
  private final Map<String, String> admin1Names = new HashMap<>();
  private final List<GazetteerEntry> entries = new ArrayList<>();
  private final Map<String, List<Integer>> names = new HashMap<>();
  private final Map<String, List<Integer>> adjectives = new HashMap<>();
  private final Map<String, List<Integer>> abbreviations = new HashMap<>();

  private GazetteerLoader() {}

  static Gazetteer load(String resource) {
    InputStream in = GazetteerLoader.class.getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("data file missing from the build: " + resource);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
        StandardCharsets.UTF_8), 1 << 16)) {
      return new GazetteerLoader().read(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** One pass: the file lists countries and first-level divisions before the places in them. */
  private Gazetteer read(BufferedReader r) throws IOException {
    // The knowledge base's codes win, so that places and actors agree (Kosovo is XKX there).
    if (GazetteerLoader.class.getResource(KNOWLEDGE_COUNTRIES) != null) {
      for (Tsv.Row row : Tsv.resource(KNOWLEDGE_COUNTRIES)) {
        if (!row.get("iso2").isEmpty() && !row.get("iso3").isEmpty()) iso3.put(row.get("iso2"), row.get("iso3"));
      }
    }
    Map<String, GazetteerEntry> countries = new HashMap<>();
    Map<String, GazetteerEntry> admin1 = new HashMap<>();
    String line;
    boolean header = true;
    while ((line = r.readLine()) != null) {
      if (line.isEmpty() || line.startsWith("#")) continue;
      if (header) {
        header = false;
        continue;
      }
      String[] c = split(line);
      if (c[FCODE].startsWith("PCL")) iso3.putIfAbsent(c[CC], c[ISO3]);
      if (c[FCODE].equals("ADM1")) admin1Names.put(c[CC] + "." + c[ADMIN], c[NAME]);
      GazetteerEntry e = entry(c);
      int i = entries.size();
      entries.add(e);
      index(names, i, c[NAME]);
      for (String a : list(c[ALT])) index(names, i, a);
      for (String a : list(c[ADJ])) index(adjectives, i, a);
      for (String a : list(c[ABBR])) index(abbreviations, i, a);
      if (e.isCountry()) {
        countries.put(e.iso2(), e);
        countries.put(e.country(), e);
      }
      if (e.isAdmin1()) admin1.put(e.iso2() + "." + e.admin1Code(), e);
    }
    return new Gazetteer(List.copyOf(entries), sorted(names), sorted(adjectives), sorted(abbreviations),
        countries, admin1);
  }

  private GazetteerEntry entry(String[] c) {
    String fcode = intern(c[FCODE]);
    String cc = c[CC].isEmpty() ? null : intern(c[CC]);
    String admin = c[ADMIN].isEmpty() ? null : intern(c[ADMIN]);
    String featureClass = featureClass(fcode);
    Long id = c[ID].isEmpty() ? null : Long.valueOf(c[ID]);
    String adminName = cc == null || admin == null ? null : admin1Names.get(cc + "." + admin);
    return new GazetteerEntry(id, c[NAME], intern(featureClass), fcode, cc, cc == null ? null : iso3.get(cc),
        admin, adminName == null ? null : intern(adminName), Double.parseDouble(c[LAT]),
        Double.parseDouble(c[LON]), c[POP].isEmpty() ? 0 : Long.parseLong(c[POP]));
  }

  /** GeoNames feature classes: P populated places, L regions, H water, A countries and divisions. */
  private static String featureClass(String fcode) {
    if (fcode.startsWith("PPL") || fcode.equals("STLMT")) return "P";
    switch (fcode) {
      case "CONT": case "RGN": return "L";
      case "OCN": case "SEA": case "GULF": return "H";
      default: return "A";
    }
  }

  private static void index(Map<String, List<Integer>> index, int i, String name) {
    String k = Gazetteer.key(name);
    if (k.isEmpty()) return;
    List<Integer> ids = index.computeIfAbsent(k, x -> new ArrayList<>(2));
    if (!ids.contains(i)) ids.add(i);
  }

  /** Index lists as arrays, most populous place first. */
  private Map<String, int[]> sorted(Map<String, List<Integer>> index) {
    Comparator<Integer> byPopulation = Comparator.comparingLong((Integer i) -> -entries.get(i).population());
    Map<String, int[]> out = new HashMap<>(index.size() * 4 / 3 + 1);
    for (Map.Entry<String, List<Integer>> e : index.entrySet()) {
      List<Integer> ids = e.getValue();
      if (ids.size() > 1) ids.sort(byPopulation);
      int[] array = new int[ids.size()];
      for (int k = 0; k < array.length; k++) array[k] = ids.get(k);
      out.put(e.getKey(), array);
    }
    return out;
  }

  private String intern(String s) {
    return pool.computeIfAbsent(s, x -> x);
  }

  private static Set<String> list(String cell) {
    Set<String> out = new LinkedHashSet<>();
    if (cell.isEmpty()) return out;
    int from = 0;
    for (int i = 0; i <= cell.length(); i++) {
      if (i == cell.length() || cell.charAt(i) == '|') {
        if (i > from) out.add(cell.substring(from, i));
        from = i + 1;
      }
    }
    return out;
  }

  private static String[] split(String line) {
    String[] out = new String[ISO3 + 1];
    int from = 0;
    int col = 0;
    for (int i = 0; i <= line.length() && col < out.length; i++) {
      if (i == line.length() || line.charAt(i) == '\t') {
        out[col++] = line.substring(from, i);
        from = i + 1;
      }
    }
    while (col < out.length) out[col++] = "";
    return out;
  }
}
