package org.dateline.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.resolve.Knowledge.Country;
import org.dateline.resolve.Knowledge.Term;

/**
 * The tables behind {@link Knowledge}, keyed by {@link Knowledge#key}: filled by the loaders
 * ({@link KnowledgeFiles}, {@link PhoenixKnowledge}, {@link UserDictionaries}) and read by
 * Knowledge's lookups. Only a Knowledge and its loaders hold one.
 */
final class KnowledgeTables {
  final Map<String, Country> countryByName = new HashMap<>();
  final Map<String, Country> countryByAdjective = new HashMap<>();
  final Map<String, Country> countryBySeat = new HashMap<>();
  final Set<String> seatNames = new HashSet<>();
  final Map<String, Country> countryByIso3 = new HashMap<>();
  final Map<String, Actor> organisations = new HashMap<>();
  final Map<String, List<Term>> terms = new HashMap<>();
  final Map<String, String> sectors = new HashMap<>();
  final Map<String, List<String>> ambiguous = new HashMap<>();
  final Map<String, List<PetrarchActors.Coded>> datedCountries = new HashMap<>();
  final Map<String, List<Country>> joint = new HashMap<>();
  final Set<String> fromDictionary = new HashSet<>();
  // Phoenix's bodies and groups (phoenix-actors.tsv), and the names only Phoenix knows
  final Map<String, Actor> bodies = new HashMap<>();
  final Set<String> phoenixOnly = new HashSet<>();
  int longestRole = 1;
  // whether an agents dictionary replaced the built-in sectors
  boolean agents;

  /** The terms of a name, added to. */
  List<Term> termsOf(String key) {
    return terms.computeIfAbsent(key, k -> new ArrayList<>());
  }
}
