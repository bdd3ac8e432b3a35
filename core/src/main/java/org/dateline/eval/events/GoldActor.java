package org.dateline.eval.events;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Actor;

/**
 * An actor as a gold set codes it: a country (ISO 3166 alpha-3) or a non-state code such as IGO,
 * and optionally a sector.
 *
 * @param text    the words of the gold mention, for the errors file
 * @param code    ISO alpha-3 country, or a non-state code (IGO, NGO, IMG, ...)
 * @param sector  three-letter sector (GOV, MIL, REB, ...), or null when the gold leaves it open
 */
public record GoldActor(String text, String code, String sector) {
  // Codes that name no country: CAMEO's transnational actor codes. A produced actor agrees with
  // them when it has no country and carries the code as its sector or code prefix.
  static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "ISM", "MNC", "UIS");

  // The PLOVER GSR readme says every state has its ISO code, but a few records kept the old
  // CAMEO country codes; mapping them keeps those records scoreable rather than always wrong.
  private static final Map<String, String> LEGACY = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

  /** Builds a gold actor from raw fields, normalising code and sector (see {@link #sector(String)}). */
  public static GoldActor of(String text, String rawCode, String rawSector) {
    String code = rawCode == null ? null : rawCode.strip().toUpperCase(Locale.ROOT);
    if (code != null && code.isEmpty()) code = null;
    if (code != null) code = LEGACY.getOrDefault(code, code);
    return new GoldActor(text, code, sector(rawSector));
  }

  /**
   * The primary sector of a raw gold sector. Gold sets append ethnic or religious codes
   * ("CVLalb", "REBMOS") and use "***" for "unknown"; only the first three letters are a sector.
   */
  static String sector(String raw) {
    if (raw == null) return null;
    String s = raw.strip();
    if (s.length() < 3 || !s.substring(0, 3).chars().allMatch(Character::isLetter)) return null;
    return s.substring(0, 3).toUpperCase(Locale.ROOT);
  }

  public boolean isState() {
    return code != null && !NON_STATE.contains(code);
  }

  /** Whether a produced actor is this one by country (or non-state code). */
  public boolean countryAgrees(Actor a) {
    if (code == null) return false;
    if (isState()) return code.equals(a.country());
    if (a.country() != null) return false;
    return code.equals(a.sector()) || (a.code() != null && a.code().startsWith(code));
  }

  /** Whether a produced actor has this sector; false when the gold has none to compare. */
  public boolean sectorAgrees(Actor a) {
    return sector != null && sector.equals(a.sector());
  }

  /** The agreement the scoring rules ask for: country, and sector where the gold has one. */
  public boolean agrees(Actor a) {
    return countryAgrees(a) && (sector == null || sectorAgrees(a));
  }

  /** Short form for error files: "ISR-MIL", "IGO". */
  public String label() {
    return (code == null ? "?" : code) + (sector == null ? "" : "-" + sector);
  }
}
