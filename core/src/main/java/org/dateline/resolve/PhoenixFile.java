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
    Map<String, List<Tsv.Row>> rows = new LinkedHashMap<>();
    for (Tsv.Row r : Tsv.resource(PATH)) {
      // an entry's rows repeat its names; the names together tell one entry from another
      rows.computeIfAbsent(r.get("name") + "\t" + r.get("aliases"), k -> new ArrayList<>()).add(r);
    }
    List<Entry> out = new ArrayList<>(rows.size());
    for (List<Tsv.Row> entry : rows.values()) {
      Tsv.Row first = entry.get(0);
      List<String> names = new ArrayList<>();
      names.add(first.get("name"));
      names.addAll(first.list("aliases"));
      boolean body = entry.stream().allMatch(r -> r.get("start").isEmpty() && r.get("end").isEmpty());
      List<Knowledge.Term> terms = new ArrayList<>();
      for (Tsv.Row r : entry) terms.add(term(first.get("name"), r, body));
      out.add(new Entry(names, terms));
    }
    return out;
  }

  private static Knowledge.Term term(String name, Tsv.Row r, boolean body) {
    List<String> sectors = r.list("sector");
    // A body's last sector is its kind: GOV|MIL an army, GOV|JUD a court, GOV|COP a police force.
    // A person's GOV|LEG is a member of the legislature; otherwise their first sector is their
    // kind and the next the domain of their ministry (GOV|BUS, GOV|AGR), which is government.
    String sector = body ? sectors.get(sectors.size() - 1) : sectors.contains("LEG") ? "LEG" : sectors.get(0);
    String country = r.get("country").isEmpty() ? null : r.get("country");
    LocalDate end = r.get("end").isEmpty() ? null : LocalDate.parse(r.get("end"));
    LocalDate start = r.get("start").isEmpty() ? (end == null ? null : EARLIEST) : LocalDate.parse(r.get("start"));
    return new Knowledge.Term(name, country, sector, null, start, end);
  }
}
