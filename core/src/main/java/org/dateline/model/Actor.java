package org.dateline.model;

/**
 * Who someone is, as far as the text and the knowledge base tell.
 *
 * @param text    the words of the mention
 * @param name    canonical name ("Park Jin" for "Park"), or null
 * @param code    CAMEO-style actor code ("KORGOV", "APEC"), or null
 * @param country ISO 3166-1 alpha-3 code, or null for actors without one (IGOs, unknown)
 * @param sector  GOV, MIL, COP, JUD, LEG, OPP, REB, BUS, MED, NGO, IGO, CVL, REF, ... or null
 * @param role    e.g. "Foreign Minister", or null
 */
public record Actor(String text, String name, String code, String country, String sector, String role) {
  public Actor withText(String newText) {
    return new Actor(newText, name, code, country, sector, role);
  }

  /** The last word of the mention in lower case ("counterpart" of "his Chinese counterpart"), or "" without text. */
  public String headWord() {
    if (text == null || text.isBlank()) return "";
    String[] words = text.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }
}
