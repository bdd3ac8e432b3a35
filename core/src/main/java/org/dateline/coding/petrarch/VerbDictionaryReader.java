package org.dateline.coding.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a PETRARCH/TABARI verb dictionary. The format, as Dateline understands it:
 * <ul>
 *   <li>{@code #} starts a comment; {@code <!-- ... -->} blocks are comments too;</li>
 *   <li>{@code &NAME} opens a synonym set whose members follow as {@code +WORD}, {@code +TWO WORDS} or
 *       {@code +&OTHER}; a blank line closes it;</li>
 *   <li>{@code --- NAME [code] ---} opens a verb family; the lines after it name its verbs
 *       ({@code BAN {BANS BANNED}}, {@code WIRE_+TAP}, {@code DOWNPLAY [014]}) and then its patterns
 *       ({@code - SAID * TALKS [031]});</li>
 *   <li>in a pattern {@code *} is the verb, {@code $} the source, {@code +} the target, {@code %} a
 *       compound actor, {@code ^} a skipped phrase, {@code &NAME} a synonym set; {@code _} joins words
 *       that must be adjacent, a space lets other words come between; PETRARCH2's {@code {}} and
 *       {@code ()} groupings are read as plain word sequences.</li>
 * </ul>
 * Lines that cannot be placed (a verb or pattern outside a family, a family without a code) raise
 * a {@link DictionaryException} naming the file and line. A single pattern that cannot be read
 * (no code, no verb, unbalanced brackets, an undefined synset) is skipped with a warning naming
 * the file and line: the Phoenix dictionary users bring has a few such lines, and one bad pattern
 * should not make thousands of good ones unusable.
 */
final class VerbDictionaryReader {
  /** A pattern read but not yet resolved: synsets may be defined after they are used. */
  private record RawPattern(VerbFamily family, List<String> items, List<Boolean> joined, String code, int line) {}

  private final Path file;
  private final Map<String, List<String>> synsets = new LinkedHashMap<>();
  private final Map<String, Integer> synsetLines = new LinkedHashMap<>();
  private final List<RawPattern> patterns = new ArrayList<>();
  private final List<VerbForm> forms = new ArrayList<>();
  private final List<VerbFamily> families = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private String synset;
  private VerbFamily family;
  private int lineNo;

  private VerbDictionaryReader(Path file) {
    this.file = file;
  }

  static VerbDictionary read(Path file) throws IOException {
    VerbDictionaryReader r = new VerbDictionaryReader(file);
    // The dictionaries users bring are Latin-1 or ASCII; Latin-1 reads both without failing.
    r.readLines(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
    return r.build();
  }

  private void readLines(List<String> lines) throws DictionaryException {
    boolean inMarkup = false;
    for (String raw : lines) {
      lineNo++;
      String trimmed = raw.strip();
      if (inMarkup) {
        inMarkup = !trimmed.contains("-->");
        continue;
      }
      if (trimmed.startsWith("<!--")) {
        inMarkup = !trimmed.contains("-->");
        continue;
      }
      if (trimmed.isEmpty()) {
        synset = null; // a blank line closes a synonym set
        continue;
      }
      String body = stripComment(trimmed);
      if (!body.isEmpty()) line(body);
    }
  }

  private void line(String body) throws DictionaryException {
    if (body.startsWith("---")) {
      familyHeader(body);
    } else if (body.startsWith("&")) {
      family = null;
      synset = synsetName(body.split("\\s+")[0]);
      if (synset.isEmpty()) throw error("synonym set without a name");
      if (synsets.containsKey(synset)) throw error("synonym set &" + synset + " is defined twice");
      synsets.put(synset, new ArrayList<>());
      synsetLines.put(synset, lineNo);
    } else if (body.startsWith("+") && synset != null) {
      String member = body.substring(1).strip();
      if (member.isEmpty()) throw error("empty member of synonym set &" + synset);
      synsets.get(synset).add(member);
    } else if (body.startsWith("-")) {
      if (family == null) throw error("pattern outside a verb family: " + body);
      try {
        pattern(body.substring(1).strip());
      } catch (DictionaryException e) {
        warnings.add(e.getMessage() + " (pattern skipped)"); // one bad pattern should not lose a whole dictionary
      }
    } else {
      verbLine(body);
    }
  }

  private void familyHeader(String body) throws DictionaryException {
    synset = null;
    String inner = body.replaceAll("^-+", "").replaceAll("-+$", "").strip();
    int open = inner.indexOf('[');
    int close = inner.indexOf(']', open + 1);
    if (open < 0 || close < 0) throw error("verb family header without a [code]: " + body);
    String name = inner.substring(0, open).replace('_', ' ').strip();
    if (name.isEmpty()) throw error("verb family header without a verb: " + body);
    family = new VerbFamily(name.toUpperCase(Locale.ROOT), code(inner.substring(open + 1, close)));
    families.add(family);
  }

  /** {@code BAN {BANS BANNED} [191]}: the verb, its irregular forms, and a code of its own. */
  private void verbLine(String body) throws DictionaryException {
    if (family == null) throw error("verb outside a verb family (a '--- VERB [code] ---' line must come first): " + body);
    checkBalanced(body, '{', '}');
    checkBalanced(body, '[', ']');
    String code = null;
    int open = body.indexOf('[');
    if (open >= 0) {
      code = code(body.substring(open + 1, body.indexOf(']', open)));
      body = body.substring(0, open).strip();
    }
    int brace = body.indexOf('{');
    String base = brace < 0 ? body : body.substring(0, brace);
    addForm(base, code);
    if (brace >= 0) {
      String others = body.substring(brace + 1, body.indexOf('}', brace));
      // Multi-word forms are written with '_' ("+BROKE_DOWN"); single words are space-separated.
      for (String f : others.strip().split("\\s+")) {
        if (!f.isEmpty()) addForm(f, code);
      }
    }
  }

  private void addForm(String text, String code) throws DictionaryException {
    List<String> words = new ArrayList<>();
    int head = -1;
    for (String w : text.strip().split("[_\\s]+")) {
      if (w.isEmpty()) continue;
      if (w.startsWith("+")) {
        if (head >= 0) throw error("verb form with two '+' verb marks: " + text);
        head = words.size();
        w = w.substring(1);
      }
      if (w.isEmpty()) throw error("'+' without a word in verb form: " + text);
      words.add(w.toUpperCase(Locale.ROOT));
    }
    if (words.isEmpty()) throw error("empty verb form");
    forms.add(new VerbForm(words, Math.max(head, 0), code, family));
  }

  private void pattern(String text) throws DictionaryException {
    checkBalanced(text, '[', ']');
    int open = text.lastIndexOf('[');
    if (open < 0) throw error("pattern without a [code]: - " + text);
    String code = code(text.substring(open + 1, text.indexOf(']', open)));
    String words = text.substring(0, open);
    checkBalanced(words, '{', '}');
    checkBalanced(words, '(', ')');
    // {} and ) only group; "(" marks the preposition that opens a prepositional phrase
    words = words.replaceAll("[{})]", " ").replace("(", " (").replaceAll("\\(\\s+", "(");
    List<String> items = new ArrayList<>();
    List<Boolean> joined = new ArrayList<>();
    for (String chunk : words.strip().split("\\s+")) {
      boolean first = true;
      // "*SCEPTICAL" occurs in the Phoenix dictionary: read a '*' glued to a word as joined to it
      for (String part : chunk.replace("*", "_*_").split("_")) {
        if (part.isEmpty()) continue; // "IN_ *": a trailing '_' only marks a whole word
        if (part.equals("(")) continue; // a '(' standing alone: the next chunk carries it
        items.add(part);
        joined.add(!first);
        first = false;
      }
    }
    long stars = items.stream().filter("*"::equals).count();
    if (stars != 1) throw error("pattern needs exactly one '*' for the verb, has " + stars + ": - " + text);
    patterns.add(new RawPattern(family, items, joined, code, lineNo));
  }

  /**
   * The code as written, but with an empty side of a pair made "---": Phoenix writes "[:100]"
   * ("faces pressure": no event from the subject, one back to it), and an empty code reached the
   * coder, which takes a code's first two digits as its root.
   */
  private String code(String inside) throws DictionaryException {
    String c = inside.strip();
    if (c.isEmpty() || c.contains(" ")) throw error("bad code [" + inside + "]");
    if (!c.contains(":")) return c;
    String[] sides = c.split(":", -1);
    if (sides.length != 2) throw error("bad code [" + inside + "]: a pair has one ':'");
    String forward = sides[0].isEmpty() ? "---" : sides[0];
    String back = sides[1].isEmpty() ? "---" : sides[1];
    if (forward.equals("---") && back.equals("---")) return "---";
    return forward + ":" + back;
  }

  private void checkBalanced(String text, char open, char close) throws DictionaryException {
    long o = text.chars().filter(ch -> ch == open).count();
    long c = text.chars().filter(ch -> ch == close).count();
    if (o != c) throw error("unbalanced '" + open + "' and '" + close + "' in: " + text);
  }

  private VerbDictionary build() throws DictionaryException {
    for (RawPattern p : patterns) {
      try {
        p.family().add(resolve(p));
      } catch (DictionaryException e) {
        warnings.add(e.getMessage() + " (pattern skipped)");
      }
    }
    return new VerbDictionary(families, forms, warnings);
  }

  /** Splits the items at the '*' into elements before (nearest first) and after the verb. */
  private VerbPattern resolve(RawPattern p) throws DictionaryException {
    int star = p.items().indexOf("*");
    List<PatternElement> after = new ArrayList<>();
    for (int i = star + 1; i < p.items().size(); i++) {
      after.add(element(p.items().get(i), p.joined().get(i), p.line()));
    }
    List<PatternElement> before = new ArrayList<>();
    for (int i = star - 1; i >= 0; i--) {
      // adjacent when the next item toward the verb was joined to this one by '_'
      before.add(element(p.items().get(i), p.joined().get(i + 1), p.line()));
    }
    return new VerbPattern(before, after, p.code(), file, p.line());
  }

  private PatternElement element(String raw, boolean adjacent, int line) throws DictionaryException {
    boolean preposition = raw.startsWith("(") && raw.length() > 1;
    String item = preposition ? raw.substring(1) : raw;
    PatternElement.Kind kind = switch (item) {
      case "$" -> PatternElement.Kind.SOURCE;
      case "+" -> PatternElement.Kind.TARGET;
      case "%" -> PatternElement.Kind.COMPOUND;
      case "^" -> PatternElement.Kind.SKIP;
      default -> item.startsWith("&") ? PatternElement.Kind.SYNSET : PatternElement.Kind.WORDS;
    };
    List<List<String>> phrases = switch (kind) {
      case SYNSET -> expand(synsetName(item), line, new HashSet<>());
      case WORDS -> List.of(List.of(item.toUpperCase(Locale.ROOT)));
      default -> List.of();
    };
    return new PatternElement(kind, phrases, adjacent, preposition);
  }

  /** The member phrases of a synonym set, with nested sets expanded. */
  private List<List<String>> expand(String name, int line, Set<String> seen) throws DictionaryException {
    List<String> members = synsets.get(name);
    if (members == null) throw new DictionaryException(file, line, "no synonym set &" + name + " is defined");
    if (!seen.add(name)) throw new DictionaryException(file, synsetLines.get(name), "synonym set &" + name + " contains itself");
    List<List<String>> out = new ArrayList<>();
    for (String m : members) {
      if (m.startsWith("&")) {
        out.addAll(expand(synsetName(m), synsetLines.get(name), seen));
        continue;
      }
      List<String> words = new ArrayList<>();
      for (String w : m.split("[_\\s]+")) {
        if (!w.isEmpty()) words.add(w.toUpperCase(Locale.ROOT));
      }
      if (!words.isEmpty()) out.add(words);
    }
    seen.remove(name);
    return out;
  }

  /** "&PREPOSIT1_" and "&PREPOSIT1" name the same set. */
  private static String synsetName(String ref) {
    return ref.replaceFirst("^&", "").replaceAll("_+$", "").toUpperCase(Locale.ROOT);
  }

  /** The line without its comment; a '#' inside a code ("[###]") is part of the code. */
  private static String stripComment(String line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '[') depth++;
      else if (c == ']') depth = Math.max(0, depth - 1);
      else if (c == '#' && depth == 0) return line.substring(0, i).strip();
    }
    return line.strip();
  }

  private DictionaryException error(String problem) {
    return new DictionaryException(file, lineNo, problem);
  }
}
