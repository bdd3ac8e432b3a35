package org.dateline.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.Document;
import org.dateline.model.Mention;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.resolve.places.Disambiguator;
import org.dateline.resolve.places.Gazetteer;
import org.dateline.resolve.places.GazetteerEntry;

/**
 * Place names the NER model left untagged, found conservatively. Outside every mention, a run
 * of proper-noun tokens is a place when its words are exactly the name of a country or of a city
 * of a million people or more ("talks in Busan" with "Busan" tagged O), or when they begin with
 * a name the document tags as a place elsewhere ("Mansfield" tagged once, then "Mansfield Mayor
 * Curtis McCoy": a text keeps one sense for a name). Inside an organisation's name, its leading
 * words are a place when they are such a name or a country's or a state's ("the Ohio Supreme
 * Court", "the Athens Police Department"), unless it is a newspaper's ("The New York Times").
 * Smaller places and ordinary words are left alone: a wrong place is worse than a missed one.
 */
final class MissedPlaces {
  private static final long BIG_CITY = 1_000_000;
  private static final long BIG_DIVISION = 1_000_000;
  private static final Set<String> PAPER_WORDS = Set.of("Times", "Post", "Daily", "Herald", "News", "Journal",
      "Tribune", "Gazette", "Chronicle", "Telegraph", "Globe", "Examiner", "Observer", "Courier", "Inquirer",
      "Register", "Sentinel", "Press", "Record", "Star", "Sun", "Mail", "Guardian", "Independent");
  private static final int LONGEST = 3;
  // Countries whose names are also given names: without the NER's word, too risky.
  private static final Set<String> ALSO_PEOPLE = Set.of("Chad", "Jordan", "Georgia", "Israel", "Kenya", "India");

  private final Gazetteer gazetteer;

  MissedPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<Mention> find(Document doc) {
    Set<String> known = namedPlaces(doc);
    List<Mention> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size()) {
        if (!proper(tokens.get(i))) {
          i++;
          continue;
        }
        int j = i;
        while (j < tokens.size() && proper(tokens.get(j))) j++;
        Mention m = candidate(doc, s, tokens.subList(i, j), known);
        if (m != null) out.add(m);
        i = j;
      }
    }
    out.addAll(inOrganizations(doc, known));
    return out;
  }

  /** The names the NER tagged as places in this document, in the gazetteer's compared form. */
  private static Set<String> namedPlaces(Document doc) {
    Set<String> out = new HashSet<>();
    for (Mention m : doc.mentions()) {
      if (m.type().equals("LOCATION") || m.type().equals("COUNTRY")) out.add(Gazetteer.key(m.text()));
    }
    return out;
  }

  private static boolean proper(Token t) {
    return t.pos().startsWith("NNP") && t.ner().equals("O") && Character.isUpperCase(t.word().charAt(0));
  }

  private Mention candidate(Document doc, Sentence s, List<Token> run, Set<String> known) {
    int start = run.get(0).start();
    for (Mention m : doc.mentions()) {
      if (m.start() < run.get(run.size() - 1).end() && start < m.end()) return null;
    }
    int n = knownPrefix(doc, run, known);
    if (n > 0) return mention(doc, s, run.subList(0, n));
    if (run.size() > LONGEST) return null;
    String text = text(doc, run);
    if (ALSO_PEOPLE.contains(text)) return null;
    for (GazetteerEntry e : gazetteer.lookup(text)) {
      if (e.isCountry() || (e.isCity() && e.population() >= BIG_CITY)) return mention(doc, s, run);
    }
    return null;
  }

  /** How many leading tokens of the run (at most three) spell a name of the known places; 0 if none. */
  private static int knownPrefix(Document doc, List<Token> run, Set<String> known) {
    for (int n = Math.min(LONGEST, run.size()); n >= 1; n--) {
      if (known.contains(Gazetteer.key(text(doc, run.subList(0, n))))) return n;
    }
    return 0;
  }

  /**
   * "Ohio Supreme Court", "Georgia Bureau of Investigation", "Mansfield Police Department": the
   * leading words of an organisation's name, when they are a country's or a first-level
   * division's whole name or a place the document names elsewhere, and more words follow.
   */
  private List<Mention> inOrganizations(Document doc, Set<String> known) {
    List<Mention> out = new ArrayList<>();
    for (Mention org : doc.mentions()) {
      if (!org.type().equals("ORGANIZATION") || org.sentence() < 0 || org.sentence() >= doc.sentences().size()) {
        continue;
      }
      Sentence s = doc.sentences().get(org.sentence());
      List<Token> tokens = s.tokensIn(org.start(), org.end());
      if (newspaper(tokens)) continue;
      int n = Math.min(LONGEST, tokens.size() - 1);
      while (n >= 1 && !placeAtHead(doc, tokens.subList(0, n), known)) n--;
      if (n >= 1) out.add(mention(doc, s, tokens.subList(0, n)));
    }
    return out;
  }

  /** "The New York Times", "China Daily": a paper named after its home is a source, not a scene. */
  private static boolean newspaper(List<Token> tokens) {
    for (Token t : tokens) {
      if (PAPER_WORDS.contains(t.word())) return true;
    }
    return false;
  }

  private boolean placeAtHead(Document doc, List<Token> words, Set<String> known) {
    for (Token t : words) {
      if (!t.pos().startsWith("NNP") || Disambiguator.isDirection(t.word())) return false;
    }
    String text = text(doc, words);
    if (known.contains(Gazetteer.key(text))) return true;
    // Only large divisions: small ones share their names with saints and streets ("St. James").
    for (GazetteerEntry e : gazetteer.lookup(text)) {
      boolean big = e.isCountry() || (e.isAdmin1() && e.population() >= BIG_DIVISION);
      if (big && Gazetteer.key(e.name()).equals(Gazetteer.key(text))) return true;
    }
    return false;
  }

  private static String text(Document doc, List<Token> run) {
    return doc.text().substring(run.get(0).start(), run.get(run.size() - 1).end());
  }

  private static Mention mention(Document doc, Sentence s, List<Token> run) {
    return new Mention(text(doc, run), "LOCATION", run.get(0).start(), run.get(run.size() - 1).end(), s.index(), null);
  }
}
