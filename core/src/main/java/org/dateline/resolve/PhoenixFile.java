package org.dateline.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.util.Tsv;

/**
 * Reads {@code knowledge/phoenix-actors.tsv}, the people, bodies and groups converted from the
 * Phoenix actor dictionaries (scripts/make-phoenix-actors.py): one entry per actor with its names
 * and its terms. Knowledge reads it after its own files, which win on every name they hold.
 */
final class PhoenixFile {
  static final String PATH = "/dateline/knowledge/phoenix-actors.tsv";
  // a code open at its start ("<YYMMDD" in the dictionaries) holds from long before any news
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** One actor: its names and its terms; a body when no term is dated (an army, a party, a firm). */
  record Entry(List<String> names, List<Knowledge.Term> terms) {
    boolean body() {
      return terms.stream().noneMatch(t -> t.start() != null);
    }
  }

  private PhoenixFile() {}

  static List<Entry> read() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.resource(PATH)) {
      String name = r.get("name");
      // an entry's rows repeat its names; the names together tell one entry from another
      Entry e = entries.computeIfAbsent(name + "\t" + r.get("aliases"), k -> {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(r.list("aliases"));
        return new Entry(names, new ArrayList<>());
      });
      e.terms().add(term(name, r));
    }
    return new ArrayList<>(entries.values());
  }

  private static Knowledge.Term term(String name, Tsv.Row r) {
    List<String> sectors = r.list("sector");
    // GOV|LEG is a member of the legislature; otherwise the first sector is the actor's kind and
    // the next the domain of a ministry (GOV|BUS, GOV|AGR), which Dateline codes as government
    String sector = sectors.contains("LEG") ? "LEG" : sectors.get(0);
    String country = r.get("country").isEmpty() ? null : r.get("country");
    LocalDate end = r.get("end").isEmpty() ? null : LocalDate.parse(r.get("end"));
    LocalDate start = r.get("start").isEmpty() ? (end == null ? null : EARLIEST) : LocalDate.parse(r.get("start"));
    return new Knowledge.Term(name, country, sector, null, start, end);
  }
}
