package org.dateline.coding;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Actor;
import org.dateline.model.Sentence;
import org.dateline.model.Token;
import org.dateline.util.Tsv;

/**
 * Business told in the words of politics. A market's "demand" for steel is no party's claim, and
 * a firm that offers mortgages, strikes deals or cuts jobs with no public party involved trades;
 * neither is a political event (words in {@code dateline/coding/commerce.tsv}). A firm that
 * demands something of a government, or is aided or sanctioned by one, is still news.
 */
final class Commerce {
  private static final String BUSINESS = "BUS";
  // who a firm trades with: other firms, customers, workers
  private static final Set<String> PRIVATE = Set.of("BUS", "CVL", "LAB");
  // what is bought and sold: "demand for ethylene", "demand for cars"
  private static final Set<Senses.Kind> GOODS = EnumSet.of(Senses.Kind.QUANTITY, Senses.Kind.ARTIFACT,
      Senses.Kind.VEHICLE, Senses.Kind.PLANT, Senses.Kind.ANIMAL);
  private static final Set<String> MARKET = new HashSet<>();
  private static final Set<String> TRADE = new HashSet<>();
  private static final Set<String> ACCOUNTING = new HashSet<>();
  private static final Set<String> ASSETS = new HashSet<>();
  private static final Set<String> FEES = new HashSet<>();
  private static final Set<String> PRICED = new HashSet<>();

  static {
    for (Tsv.Row r : Tsv.resource("/dateline/coding/commerce.tsv")) {
      switch (r.get("kind")) {
        case "market" -> MARKET.add(r.get("word"));
        case "trade" -> TRADE.add(r.get("word"));
        case "asset" -> ASSETS.add(r.get("word"));
        case "fee" -> FEES.add(r.get("word"));
        case "priced" -> PRICED.add(r.get("word"));
        default -> ACCOUNTING.add(r.get("word"));
      }
    }
  }

  /**
   * "a fourth quarter charge of 45 mln dlrs", "a charge against earnings", "charged off 20 mln
   * dlrs of loans": a cost booked, no accusation.
   */
  static boolean booked(Sentence s, Token p) {
    String lemma = p.lemma().toLowerCase(Locale.ROOT);
    if (!lemma.equals("charge")) return false;
    if (p.isNoun() && fee(s, p)) return true;
    for (Token c : s.children(p.index())) {
      String word = c.lemma().toLowerCase(Locale.ROOT);
      if (p.isVerb() && c.deprel().equals("compound:prt") && word.equals("off")) return true;
      if (!p.isNoun()) continue;
      boolean modifier = c.deprel().equals("compound") || c.deprel().equals("amod");
      if (modifier && ACCOUNTING.contains(word)) return true;
      if (c.deprel().startsWith("nmod") && Arguments.caseOf(s, c).equals("against") && ACCOUNTING.contains(word)) return true;
      if (c.deprel().startsWith("nmod") && Arguments.caseOf(s, c).equals("of") && "MONEY".equals(c.ner())) return true;
    }
    return false;
  }

  private Commerce() {}

  /**
   * "raise landing charges", "pay the congestion charge": a price paid for a service, told by
   * what it is for or by the verb that sets or pays it; charges brought, filed or dropped stay.
   */
  private static boolean fee(Sentence s, Token charge) {
    boolean forAService = s.children(charge.index()).stream()
        .anyMatch(c -> c.deprel().equals("compound") && FEES.contains(c.lemma().toLowerCase(Locale.ROOT)));
    if (forAService) return true;
    if (charge.head() < 0 || !charge.deprel().equals("obj")) return false;
    boolean against = s.children(charge.index()).stream().anyMatch(c -> Arguments.caseOf(s, c).equals("against"));
    return !against && PRICED.contains(s.tokens().get(charge.head()).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "Shares rallied", "a rally in the pound", "a stock market rally": prices that rise, no crowd.
   */
  static boolean marketRally(Sentence s, Token p) {
    if (!p.lemma().toLowerCase(Locale.ROOT).equals("rally")) return false;
    // "the pound staged a rally": a light verb's subject rallies
    Token doer = p.isVerb() ? Fit.doer(s, p) : p.head() >= 0 && p.deprel().equals("obj") ? Fit.doer(s, s.tokens().get(p.head())) : null;
    if (doer != null && asset(doer)) return true;
    if (!p.isNoun()) return false;
    return s.children(p.index()).stream().anyMatch(c -> asset(c)
        && (c.deprel().equals("compound") || c.deprel().startsWith("nmod") && Arguments.caseOf(s, c).equals("in")));
  }

  // "Shares rallied": a capital first word may be parsed as a name, its lemma left as it is
  private static boolean asset(Token t) {
    String word = t.lemma().toLowerCase(Locale.ROOT);
    return ASSETS.contains(word) || word.endsWith("s") && ASSETS.contains(word.substring(0, word.length() - 1));
  }

  // nouns of a market's wish to buy: "demand for steel", "an order for 20 aircraft"
  private static final Set<String> WANTS = Set.of("demand", "order");

  /** "Consumer demand rose", "demand for ethylene", "orders for aircraft": a market's demand or a buyer's order. */
  static boolean marketDemand(Sentence s, Token p) {
    if (!p.isNoun() || !WANTS.contains(p.lemma().toLowerCase(Locale.ROOT))) return false;
    Senses senses = Senses.get();
    for (Token c : s.children(p.index())) {
      String word = c.lemma().toLowerCase(Locale.ROOT);
      boolean modifier = c.deprel().equals("compound") || c.deprel().equals("amod");
      if (modifier && MARKET.contains(word)) return true;
      boolean goods = c.deprel().startsWith("nmod") && Arguments.caseOf(s, c).equals("for")
          && (c.pos().equals("NN") || c.pos().equals("NNS")) && GOODS.contains(senses.kind(c.lemma()))
          && !ofPeople(s, c, senses);
      if (goods) return true;
    }
    return false;
  }

  /** "Demands for the release of prisoners": what is asked of people is no goods. */
  private static boolean ofPeople(Sentence s, Token noun, Senses senses) {
    return s.children(noun.index()).stream().anyMatch(g -> g.deprel().startsWith("nmod")
        && Arguments.caseOf(s, g).equals("of") && senses.mayBe(g.lemma(), EnumSet.of(Senses.Kind.PERSON, Senses.Kind.GROUP)));
  }

  /**
   * Whether a speech act is market talk: firms, analysts and dealers speaking of no public party
   * ("dealers said the dollar would stay firm", "the company said it expects higher sales"). A
   * business body that criticises a government still speaks politics.
   */
  static boolean marketTalk(List<Actor> source, List<Actor> target) {
    if (source.isEmpty() || !source.stream().allMatch(a -> BUSINESS.equals(a.sector()))) return false;
    return target.stream().allMatch(a -> a.sector() != null && PRIVATE.contains(a.sector()));
  }

  /** Whether a firm's act towards no public party is trade, no political event. */
  static boolean trade(List<Actor> source, List<Actor> target, String cameo) {
    return TRADE.contains(cameo.substring(0, 2)) && marketTalk(source, target);
  }

  // CAMEO 061, economic cooperation
  private static final String ECONOMIC_COOPERATION = "061";

  /**
   * Whether economic cooperation has no partner: "borrowing only to invest", "Labour investment",
   * "public investment" are spending, policy or forecast, no cooperation; "invest in Japan" has one.
   */
  static boolean alone(List<Actor> target, String cameo) {
    return cameo.startsWith(ECONOMIC_COOPERATION) && target.isEmpty();
  }

  /** What an investment goes into: the owner of its "in" phrase ("in Kenya's power plants"), or the phrase itself ("in Japan"). */
  static Token investedIn(Sentence s, Token p, String cameo) {
    if (!cameo.startsWith(ECONOMIC_COOPERATION)) return null;
    for (Token c : s.children(p.index())) {
      if (!c.deprel().startsWith("obl") || !Arguments.caseOf(s, c).equals("in")) continue;
      for (Token o : s.children(c.index())) {
        if (o.deprel().equals("nmod:poss") && o.pos().startsWith("NNP")) return o;
      }
      return c.pos().startsWith("NNP") ? c : null;
    }
    return null;
  }
}
