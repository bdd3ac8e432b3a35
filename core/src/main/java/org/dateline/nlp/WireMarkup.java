package org.dateline.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Company markup of wire copy: Reuters put a company's stock symbol in angle brackets after its
 * name ("Union Carbide Corp &lt;UK&gt;") and the name of an unlisted company between them
 * ("&lt;San Miguel Corp&gt; said"). The tokenizer reads such a span as one XML-like token that
 * the tagger and parser then take for a noun ("UK" as a subject, a country). The markup is
 * blanked before analysis, keeping every character offset: a symbol is no word of the sentence,
 * and a name between brackets is a name.
 */
final class WireMarkup {
  private WireMarkup() {}

  // Stock symbols: capitals and digits, with an exchange suffix after a dot ("AGA.ST", "CGT.TO")
  private static final Pattern SYMBOL = Pattern.compile("<[A-Z0-9][A-Z0-9&]{0,7}(\\.[A-Z]{1,3})?\\.?>");
  // A name: starts with a capital or digit, no line break, no nested brackets
  private static final Pattern NAME = Pattern.compile("<([A-Z0-9][^<>\\n]{0,80})>");

  /** The text with markup replaced by spaces, of the same length. */
  static String blank(String text) {
    if (text.indexOf('<') < 0) return text;
    StringBuilder out = new StringBuilder(text);
    Matcher m = SYMBOL.matcher(text);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) out.setCharAt(i, ' ');
    }
    m = NAME.matcher(out);
    while (m.find()) {
      out.setCharAt(m.start(), ' ');
      out.setCharAt(m.end() - 1, ' ');
    }
    return out.toString();
  }
}
