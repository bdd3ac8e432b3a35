package org.dateline.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.resolve.places.Disambiguator;
import org.dateline.resolve.places.Gazetteer;
import org.dateline.resolve.places.GazetteerEntry;
import org.dateline.resolve.places.Resolution;
import org.dateline.resolve.places.Toponym;

/**
 * Lists the place mentions of a document and puts each on the map with the gazetteer: the
 * names of the whole document, its dateline and the nationalities it names are read together
 * (see {@link Disambiguator}). A country or capital standing for its government ("Beijing
 * said") is an actor, not a location, unless a locative preposition puts something there
 * ("talks in Beijing"): it is listed with {@code usedAs} "actor", as demonyms are with
 * "demonym", so that a map can show them, and no event is placed there. A place the resolver
 * is unsure of keeps its name but no coordinates.
 */
final class PlaceResolver {
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "from", "to",
      "across", "around", "throughout", "into", "toward", "towards", "within", "off");
  // Sure enough of a place to overrule what its name alone suggested to the actor stage.
  private static final double SURE = 0.7;
  private final Knowledge kb;
  private final Gazetteer gazetteer;
  private final Disambiguator disambiguator;
  private final MissedPlaces missed;

  PlaceResolver(Knowledge kb) {
    this(kb, Gazetteer.get());
  }

  PlaceResolver(Knowledge kb, Gazetteer gazetteer) {
    this.kb = kb;
    this.gazetteer = gazetteer;
    this.disambiguator = new Disambiguator(gazetteer);
    this.missed = new MissedPlaces(gazetteer);
  }

  void resolve(Document doc) {
    List<Mention> names = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      if ((m.type().equals("LOCATION") || m.type().equals("COUNTRY")) && !firmsShortName(doc, m)) names.add(m);
    }
    List<Mention> found = new ArrayList<>(missed.find(doc));
    found.removeIf(m -> firmsShortName(doc, m));
    names.addAll(found);
    List<Mention> venues = venues(doc, found);
    names.addAll(venues);
    List<Toponym> toponyms = new ArrayList<>(names.size());
    for (Mention m : names) toponyms.add(new Toponym(m.text(), m.start(), m.end()));
    var dateline = doc.article().dateline();
    List<Resolution> resolved = disambiguator.resolve(doc.text(), toponyms,
        dateline == null ? null : dateline.place(), nationalities(doc));
    for (int i = 0; i < names.size(); i++) {
      Mention m = notTheSeat(doc, names.get(i), resolved.get(i));
      if (venues.contains(names.get(i)) && !resolved.get(i).resolved()) continue;
      Place p = place(m, resolved.get(i));
      boolean standsForGovernment = m.actor() != null && m.actor().country() != null;
      if (!standsForGovernment || afterLocative(doc, m)) doc.places().add(p);
      else if (p.lat() != null) doc.places().add(p.withUsedAs(Place.ACTOR));
    }
    demonyms(doc, toponyms, dateline == null ? null : dateline.place());
    doc.places().sort(Comparator.comparingInt(Place::start));
  }

  /**
   * "Dome Petroleum Ltd ... Dome's restructuring plan": a firm named after a place is called by
   * that word alone afterwards, and the word is then the firm, not the place (a suburb of Accra).
   * A country's name stays a country ("Japan Airlines ... Japan said").
   */
  private static boolean firmsShortName(Document doc, Mention m) {
    if (m.type().equals("COUNTRY") || m.actor() != null && m.actor().country() != null) return false;
    // "arrive in Lagos", "the Lagos State Governor": after a locative word or inside a longer name
    // it is the place
    if (afterLocative(doc, m) || beforeName(doc.text(), m.end())) return false;
    String prefix = m.text() + " ";
    return doc.mentions().stream().anyMatch(o -> o.type().equals("ORGANIZATION") && o.start() != m.start()
        && o.text().startsWith(prefix) && o.actor() != null && "BUS".equals(o.actor().sector()));
  }

  private static boolean beforeName(String text, int end) {
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') i++;
    return i > end && i < text.length() && Character.isUpperCase(text.charAt(i));
  }

  /**
   * Words for a place's people or things ("Canadian troops", "Syrians", "Texan farmers"), listed
   * as {@link Place#DEMONYM} where the gazetteer knows them as a country's, region's or state's:
   * geoparsing users map them. They are resolved with the document's names as context but are
   * not themselves context for those names, which stay as they were without them.
   */
  private void demonyms(Document doc, List<Toponym> names, String dateline) {
    List<Mention> words = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      boolean nationality = m.type().equals("NATIONALITY");
      boolean adjective = m.type().equals("MISC") && !gazetteer.byAdjective(m.text()).isEmpty();
      if (nationality || adjective) words.add(m);
    }
    if (words.isEmpty()) return;
    List<Toponym> all = new ArrayList<>(names);
    for (Mention m : words) all.add(new Toponym(m.text(), m.start(), m.end()));
    List<Resolution> resolved = disambiguator.resolve(doc.text(), all, dateline, nationalities(doc));
    for (int i = 0; i < words.size(); i++) {
      Mention m = words.get(i);
      Resolution r = resolved.get(names.size() + i);
      // The gazetteer knows the adjectives of some countries only ("Maltese" is not among them);
      // the knowledge base's country for the word stands in.
      GazetteerEntry country = m.actor() == null || m.actor().country() == null ? null
          : gazetteer.country(m.actor().country());
      if (r.resolved() && r.feature() == null) doc.places().add(place(m, r).withUsedAs(Place.DEMONYM));
      else if (country != null) doc.places().add(place(m, country, 0.9).withUsedAs(Place.DEMONYM));
    }
  }

  /**
   * Organisations named as where something is or happens, by a building's or street's form
   * after a locative preposition: "taken to Colchester General Hospital", "a vigil at the
   * Carnegie Library". Elsewhere an organisation is an actor ("the hospital said"). Left out when
   * a place found inside its name already stands for it ("the Ohio Supreme Court"); listed only
   * when the resolver puts it somewhere.
   */
  private List<Mention> venues(Document doc, List<Mention> inside) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : doc.mentions()) {
      if (!m.type().equals("ORGANIZATION") || disambiguator.featureKind(m.text()) == null) continue;
      boolean holdsPlace = inside.stream().anyMatch(p -> p.start() >= m.start() && p.end() <= m.end());
      if (!holdsPlace && afterLocative(doc, m)) out.add(m);
    }
    return out;
  }

  /**
   * "Paris, Texas", "Washington state" and "Macon, Georgia" share a name with a seat of
   * government or a country but are not it: when the place is surely somewhere else, the
   * mention loses the actor the actor stage gave it by name alone.
   */
  private Mention notTheSeat(Document doc, Mention m, Resolution r) {
    if (m.actor() == null || m.actor().country() == null || !r.resolved() || r.confidence() < SURE) return m;
    // A feature's place is inferred from the text, not read from its name: no ground to overrule.
    if (r.feature() != null) return m;
    // A country code the gazetteer does not know comes from the user's dictionary ("ZIMBABWE
    // [ZBW]"): the user has said what the name means, whatever the gazetteer's code for it.
    if (gazetteer.country(m.actor().country()) == null) return m;
    GazetteerEntry e = r.entry();
    boolean elsewhere = e.country() != null && !e.country().equals(m.actor().country());
    boolean division = m.type().equals("LOCATION") && (e.isAdmin1() || e.isAdmin2());
    if (!elsewhere && !division) return m;
    Mention plain = m.withActor(null).withType("LOCATION");
    int at = doc.mentions().indexOf(m);
    if (at >= 0) doc.mentions().set(at, plain);
    return plain;
  }

  /** Countries the text names by nationality words ("Korean officials"): context for the places. */
  private static Set<String> nationalities(Document doc) {
    Set<String> out = new LinkedHashSet<>();
    for (Mention m : doc.mentions()) {
      if (m.type().equals("NATIONALITY") && m.actor() != null && m.actor().country() != null) {
        out.add(m.actor().country());
      }
    }
    return out;
  }

  private Place place(Mention m, Resolution r) {
    GazetteerEntry e = r.entry();
    // A name the knowledge base knows as a country is that country, unless the text surely
    // means a state of that name ("Atlanta, Georgia").
    Knowledge.Country c = m.type().equals("COUNTRY") ? kb.countryByName(m.text()) : null;
    boolean state = e != null && e.isAdmin1() && r.confidence() >= SURE;
    if (c != null && !state && (e == null || !e.isCountry() || !c.iso3().equals(e.country()))) {
      GazetteerEntry country = gazetteer.country(c.iso3());
      if (country != null) return place(m, country, 0.9);
      return new Place(m.text(), m.start(), m.end(), m.sentence(), c.name(), c.iso3(), null, "A", null, null,
          null, 0.5);
    }
    if (e == null) {
      return new Place(m.text(), m.start(), m.end(), m.sentence(), m.text(), null, null, null, null, null, null,
          Math.min(r.confidence(), 0.3));
    }
    return place(m, e, r.confidence(), r.feature());
  }

  private static Place place(Mention m, GazetteerEntry e, double confidence) {
    return place(m, e, confidence, null);
  }

  private static Place place(Mention m, GazetteerEntry e, double confidence, String featureKind) {
    return new Place(m.text(), m.start(), m.end(), m.sentence(), e.name(), e.country(), e.admin1(),
        e.featureClass(), e.lat(), e.lon(), e.id(), Math.round(confidence * 100) / 100.0, featureKind);
  }

  /**
   * Whether the mention's head word is governed by a locative preposition ("in Busan"), also
   * through the noun it names ("across Washington state", "in the city of Busan").
   */
  private static boolean afterLocative(Document doc, Mention m) {
    if (m.sentence() < 0 || m.sentence() >= doc.sentences().size()) return false;
    Sentence s = doc.sentences().get(m.sentence());
    for (Token t : s.tokensIn(m.start(), m.end())) {
      int h = t.head();
      boolean headOutside = h < 0 || s.tokens().get(h).start() < m.start() || s.tokens().get(h).end() > m.end();
      if (!headOutside) continue;
      if (locativeCase(s, t)) return true;
      String rel = t.deprel();
      if (h >= 0 && (rel.equals("compound") || rel.startsWith("nmod") || rel.equals("appos"))
          && s.tokens().get(h).isNoun() && locativeCase(s, s.tokens().get(h))) {
        return true;
      }
    }
    return false;
  }

  private static boolean locativeCase(Sentence s, Token t) {
    for (Token c : s.children(t.index())) {
      if (c.deprel().equals("case") && LOCATIVE.contains(c.word().toLowerCase())) return true;
    }
    return false;
  }
}
